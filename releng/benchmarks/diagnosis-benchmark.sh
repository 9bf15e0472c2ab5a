#!/bin/sh
# Diagnosis benchmark: how much the diagnosis engine with the built-in rules adds to importing the 1 GiB synthetic
# Outlook log (generated once by GenerateOutlookLog.java, as for import-benchmark.sh).
#
# usage: releng/benchmarks/diagnosis-benchmark.sh [FILE] [SIZE_MB]
# needs: ./mvnw -o verify -pl bundles/io.mailscope.model,bundles/io.mailscope.trace,bundles/io.mailscope.diagnosis
#        (the bundle jars in target/), ~/.m2 warm
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FILE=${1:-/tmp/mailscope-bench-outlook.log}
SIZE=${2:-1024}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
M2=${M2_REPO:-$HOME/.m2/repository}

jar_of() { ls "$M2/$1"/*/*.jar 2>/dev/null | grep -v sources | sort -V | tail -1; }
bundle_jar() { ls "$ROOT"/bundles/$1/target/$1-*.jar | grep -v sources | head -1; }
CP="$(bundle_jar io.mailscope.diagnosis):$(bundle_jar io.mailscope.trace):$(bundle_jar io.mailscope.model)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.common):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.ecore.xmi)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.equinox.common):$(jar_of org/eclipse/platform/org.eclipse.core.runtime)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.equinox.registry):$(jar_of org/eclipse/platform/org.eclipse.osgi)"

if [ ! -f "$FILE" ]; then
    "$JAVA" "$ROOT/releng/benchmarks/GenerateOutlookLog.java" "$FILE" "$SIZE"
fi
echo "file: $FILE, $(stat -c %s "$FILE") bytes"
cat "$FILE" > /dev/null   # warm the page cache
"$JAVA" -Xmx256m ${BENCH_OPTS:-} -cp "$CP" "$ROOT/releng/benchmarks/DiagnosisBenchmark.java" "$FILE"

#!/bin/sh
# Diagnosis benchmark: how much the diagnosis engine with the built-in rules adds to importing the 1 GiB synthetic
# Outlook log (generated once by GenerateOutlookLog.java, as for import-benchmark.sh).
#
# usage: releng/benchmarks/diagnosis-benchmark.sh [FILE] [SIZE_MB]
# needs: ./mvnw -o verify -pl bundles/io.mailscope.model,bundles/io.mailscope.trace,bundles/io.mailscope.diagnosis
#        (the bundle jars in target/), ~/.m2 warm
set -eu
. "$(dirname "$0")/bench-env.sh"
CP="$(bundle_jar io.mailscope.diagnosis):$(bundle_jar io.mailscope.trace):$(bundle_jar io.mailscope.model)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.common):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.ecore.xmi)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.equinox.common):$(jar_of org/eclipse/platform/org.eclipse.core.runtime)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.equinox.registry):$(jar_of org/eclipse/platform/org.eclipse.osgi)"
"$JAVA" -Xmx256m ${BENCH_OPTS:-} -cp "$CP" "$ROOT/releng/benchmarks/DiagnosisBenchmark.java" "$FILE"

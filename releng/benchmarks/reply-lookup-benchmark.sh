#!/bin/sh
# Reply-knowledge lookup benchmark: thread CPU time per text line of ReplyLookup.match (the catalog's reply knowledge,
# one pass for all phrases and codes) against the same knowledge as one regular expression per entry tried in order
# (the former error-texts.tsv way), alternating in one JVM, over every line of the accuracy corpus.
#
# usage: releng/benchmarks/reply-lookup-benchmark.sh [DIR...]   (default: benchmarks/accuracy/cases)
# needs: ./mvnw -o verify -pl bundles/io.mailscope.model (the bundle jar in target/), ~/.m2 warm
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
M2=${M2_REPO:-$HOME/.m2/repository}
jar_of() { ls "$M2/$1"/*/*.jar 2>/dev/null | grep -v sources | sort -V | tail -1; }
CP="$(ls "$ROOT"/bundles/io.mailscope.model/target/io.mailscope.model-*.jar | grep -v sources | head -1)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.common):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.ecore.xmi)"
[ $# -gt 0 ] || set -- "$ROOT/benchmarks/accuracy/cases"
"$JAVA_HOME/bin/java" -Xmx256m ${BENCH_OPTS:-} -cp "$CP" "$ROOT/releng/benchmarks/ReplyLookupBenchmark.java" "$@"

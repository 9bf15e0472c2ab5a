#!/bin/sh
# The structural record index (issue 15) of two builds in one JVM, rounds alternating (StructuralIndexAB.java): the
# replica's and the rest's CPU, warm, steadier on a loaded machine than fresh JVMs side by side. Run it in both orders
# (JARS_A JARS_B, then JARS_B JARS_A): the build loaded first showed a higher "rest" (workers, JIT, GC) in either order
# (2026-12-07, +0.016 to +0.020 s per 128 MB round), the replica's CPU did not depend on the order.
# usage: releng/benchmarks/structural-index-ab.sh FILE WARMUP ROUNDS JARS_A JARS_B
#   JARS_A, JARS_B: folders with io.mailscope.trace-*.jar and io.mailscope.model-*.jar (e.g. copied from target/)
#   e.g. head -c 134217681 /tmp/tp-legacy-1g.log > /tmp/slice.log; structural-index-ab.sh /tmp/slice.log 4 30 /tmp/after /tmp/before
set -eu
FILE=$1 WARMUP=$2 ROUNDS=$3 A=$4 B=$5
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/../java-home.sh"
M2=${M2_REPO:-$HOME/.m2/repository}
jar_of() { ls "$M2/$1"/*/*.jar 2>/dev/null | grep -v sources | sort -V | tail -1; }
REST="$(jar_of org/eclipse/emf/org.eclipse.emf.common):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore)"
REST="$REST:$(jar_of org/eclipse/platform/org.eclipse.equinox.common)"
CP_A="$(ls "$A"/io.mailscope.trace-*.jar | head -1):$(ls "$A"/io.mailscope.model-*.jar | head -1):$REST"
CP_B="$(ls "$B"/io.mailscope.trace-*.jar | head -1):$(ls "$B"/io.mailscope.model-*.jar | head -1):$REST"
HARNESS=$(mktemp -d /tmp/mailscope-index-ab.XXXXXX)
trap 'rm -rf "$HARNESS"' EXIT
mkdir "$HARNESS/round"
"$JAVA_HOME/bin/javac" -nowarn -d "$HARNESS/round" -cp "$CP_A" "$HERE/StructuralIndexRound.java"
"$JAVA_HOME/bin/javac" -nowarn -d "$HARNESS" "$HERE/StructuralIndexAB.java"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx512m -cp "$HARNESS" StructuralIndexAB "$FILE" "$WARMUP" "$ROUNDS" "$HARNESS/round" "$CP_A" "$CP_B"

#!/bin/sh
# Throughput of import + diagnosis (issue 16): for each file, in the same run and with the page cache warm,
# `grep -c POP3` (before and after) and the product's import + diagnosis in one JVM under -Xmx256m
# (ThroughputBenchmark.java, best of ROUNDS), the ratio of both, and the heap after GC from the GC log; then, when the
# product is built, `./mailscope diagnose FILE` wall time minus the same command's wall time on the seed log.
#
# usage: releng/benchmarks/throughput-benchmark.sh FILE...      (ROUNDS=3 by default; WALL=0 skips ./mailscope;
#        JARS=DIR takes the io.mailscope.{model,trace,diagnosis} bundle jars from DIR, e.g. those of an older build;
#        THREAD_CPU=1 prints the CPU time of each thread instead, for the first FILE)
#   make the files with GenerateOutlookLog.java / GenerateOutlookLegacyLog.java under /tmp (never in the repository)
# needs: ./mvnw -B -o verify -DskipTests -pl bundles/io.mailscope.model,bundles/io.mailscope.trace,bundles/io.mailscope.diagnosis
#        (and the product, ./mvnw -B verify -DskipTests, for the wall times)
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
JAVA="$JAVA_HOME/bin/java"
M2=${M2_REPO:-$HOME/.m2/repository}
ROUNDS=${ROUNDS:-3}
jar_of() { ls "$M2/$1"/*/*.jar 2>/dev/null | grep -v sources | sort -V | tail -1; }
bundle_jar() { ls "${JARS:-$ROOT/bundles/$1/target}"/$1-*.jar | grep -v sources | head -1; }
CP="$(bundle_jar io.mailscope.diagnosis):$(bundle_jar io.mailscope.trace):$(bundle_jar io.mailscope.model)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.common):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.ecore.xmi)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.equinox.common):$(jar_of org/eclipse/platform/org.eclipse.core.runtime)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.equinox.registry):$(jar_of org/eclipse/platform/org.eclipse.osgi)"
if [ "${THREAD_CPU:-0}" = 1 ]; then
    # CPU time per thread instead (ThreadCpuBenchmark.java): one file, ROUNDS rounds
    exec "$JAVA" -Xmx256m -Drounds="$ROUNDS" -cp "$CP" "$ROOT/releng/benchmarks/ThreadCpuBenchmark.java" "$1"
fi
SEED="$ROOT/bundles/io.mailscope.trace.tests/testfiles/outlook2002-pop3-0x800ccc97.log"
GC=$(mktemp)
trap 'rm -f "$GC"' EXIT

# output through a pipe: GNU grep stops at the first match when its output is /dev/null
seconds() { start=$(date +%s.%N); { "$@" 2>/dev/null || true; } | cat > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

for FILE in "$@"; do
    MB=$(echo "$(stat -c %s "$FILE") / 1000000" | bc -l)
    echo "== $FILE: $(printf '%.0f' "$MB") MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    cat "$FILE" > /dev/null
    g1=$(seconds grep -c POP3 "$FILE")
    "$JAVA" -Xmx256m -Xlog:gc:file="$GC" -cp "$CP" "$ROOT/releng/benchmarks/ThroughputBenchmark.java" "$FILE" "$ROUNDS" | tee "$GC.out"
    g2=$(seconds grep -c POP3 "$FILE")
    best=$(sed -n 's/^best \([0-9.]*\) s.*/\1/p' "$GC.out")
    median=$(sed -n 's/.*median \([0-9.]*\) s.*/\1/p' "$GC.out")
    grep_s=$(echo "if ($g1 < $g2) $g1 else $g2" | bc -l)
    printf 'grep -c POP3: %.2f s before, %.2f s after (%.0f MB/s at best)\n' "$g1" "$g2" "$(echo "$MB / $grep_s" | bc -l)"
    printf 'import + diagnosis / grep -c POP3 throughput: best %.2fx, median %.2fx\n' "$(echo "$grep_s / $best" | bc -l)" \
        "$(echo "$grep_s / $median" | bc -l)"
    echo "max heap after any GC: $(grep -o '[0-9]*M->[0-9]*M' "$GC" | sed 's/.*->//; s/M//' | sort -n | tail -1) MB (GC log, -Xmx256m)"
    if [ "${WALL:-1}" != 0 ] && [ -d "$ROOT/releng/io.mailscope.product/target/products" ]; then
        # the first run on the seed log also absorbs a rebuild when ./mailscope finds the product stale
        seed=$(seconds "$ROOT/mailscope" diagnose "$SEED")
        cmd=$(seconds "$ROOT/mailscope" diagnose "$FILE")
        seed2=$(seconds "$ROOT/mailscope" diagnose "$SEED")
        s=$(echo "if ($seed < $seed2) $seed else $seed2" | bc -l)
        net=$(echo "$cmd - $s" | bc -l)
        printf './mailscope diagnose: %.2f s, on the seed log %.2f s: %.2f s net, %.0f MB/s, %.2fx grep -c POP3\n' "$cmd" "$s" "$net" \
            "$(echo "$MB / $net" | bc -l)" "$(echo "$grep_s / $net" | bc -l)"
    fi
    rm -f "$GC.out"
done

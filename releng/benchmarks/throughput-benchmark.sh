#!/bin/sh
# Throughput of import + diagnosis (issue 16): for each file, in the same run and with the page cache warm,
# `grep -c POP3` (before and after) and the product's import + diagnosis in one JVM under -Xmx256m
# (ThroughputBenchmark.java, best of ROUNDS), the ratio of both, and the heap after GC from the GC log; then, when the
# product is built, `./mailscope diagnose FILE` wall time minus the same command's wall time on the seed log.
#
# usage: releng/benchmarks/throughput-benchmark.sh FILE...      (ROUNDS=3 by default; WALL=0 skips ./mailscope;
#        JARS=DIR takes the io.mailscope.{model,trace,diagnosis} bundle jars from DIR, e.g. those of an older build;
#        THREAD_CPU=1 prints the CPU time of each thread instead, for the first FILE;
#        WALL_RUNS=N runs each ./mailscope command N times (3), alternating; BEFORE=DIR also runs DIR/mailscope, another
#        checkout with its product built (e.g. of main), alternating with this one's, for a before/after in one run;
#        WALL_ONLY=1 skips grep and the in-process rounds)
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
# the measuring programs are compiled here, once, not by the java launcher in each measured JVM: javac running in
# that JVM leaves its own methods in the JIT's queue, compiled while the first rounds are measured (the product runs
# no javac; index-benchmark.sh does the same)
HARNESS=$(mktemp -d /tmp/mailscope-throughput-harness.XXXXXX)
GC=$(mktemp)
trap 'rm -rf "$HARNESS"; rm -f "$GC" "$GC".*' EXIT
"$JAVA_HOME/bin/javac" -nowarn -d "$HARNESS" -cp "$CP" "$ROOT/releng/benchmarks/ThroughputBenchmark.java" \
    "$ROOT/releng/benchmarks/ThreadCpuBenchmark.java"
if [ "${THREAD_CPU:-0}" = 1 ]; then
    # CPU time per thread instead (ThreadCpuBenchmark.java): one file, ROUNDS rounds
    "$JAVA" -Xmx256m -Drounds="$ROUNDS" -cp "$HARNESS:$CP" ThreadCpuBenchmark "$1"
    exit
fi
SEED="$ROOT/bundles/io.mailscope.trace.tests/testfiles/outlook2002-pop3-0x800ccc97.log"

# output through a pipe: GNU grep stops at the first match when its output is /dev/null
seconds() { start=$(date +%s.%N); { "$@" 2>/dev/null || true; } | cat > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

# wall and CPU time (user + system, all processes: /usr/bin/time) of one command, its output through a pipe
timed() { /usr/bin/time -o "$GC.time" -f '%e %U %S' "$@" 2>/dev/null | cat > /dev/null || true; tail -n 1 "$GC.time"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ./mailscope diagnose FILE and on the seed log, WALL_RUNS times each, alternating (and alternating with BEFORE's
# ./mailscope); net = median wall on FILE - median wall on the seed log. The first, untimed runs absorb a rebuild of a
# stale product and the preparation of the fast start.
wall_part() { # FILE MB GREP_SECONDS
    [ "${WALL:-1}" != 0 ] && [ -d "$ROOT/releng/io.mailscope.product/target/products" ] || return 0
    roots="$ROOT"
    [ -n "${BEFORE:-}" ] && roots="$BEFORE $ROOT"
    for r in $roots; do "$r/mailscope" diagnose "$SEED" > /dev/null 2>&1 || true; done
    rm -f "$GC".wall.*
    i=0
    while [ "$i" -lt "${WALL_RUNS:-3}" ]; do
        n=0
        for r in $roots; do
            timed "$r/mailscope" diagnose "$SEED" >> "$GC.wall.$n.seed"
            timed "$r/mailscope" diagnose "$1" >> "$GC.wall.$n.file"
            n=$((n + 1))
        done
        i=$((i + 1))
    done
    n=0
    for r in $roots; do
        label="this checkout"
        [ "$r" != "$ROOT" ] && label="BEFORE ($r)"
        sw=$(cut -d' ' -f1 "$GC.wall.$n.seed" | median); fw=$(cut -d' ' -f1 "$GC.wall.$n.file" | median)
        sc=$(awk '{ print $2 + $3 }' "$GC.wall.$n.seed" | median); fc=$(awk '{ print $2 + $3 }' "$GC.wall.$n.file" | median)
        net=$(echo "$fw - $sw" | bc -l)
        printf './mailscope diagnose, %s, median of %s: %.2f s (CPU %.2f s), on the seed log %.2f s (CPU %.2f s): %.2f s net, %.0f MB/s, %.2fx grep -c POP3 (%.2f s), net CPU %.2f s\n' \
            "$label" "${WALL_RUNS:-3}" "$fw" "$fc" "$sw" "$sc" "$net" "$(echo "$2 / $net" | bc -l)" "$(echo "$3 / $net" | bc -l)" "$3" \
            "$(echo "$fc - $sc" | bc -l)"
        printf '  runs (wall user sys) on FILE: %s; on the seed log: %s\n' "$(paste -sd, "$GC.wall.$n.file")" "$(paste -sd, "$GC.wall.$n.seed")"
        n=$((n + 1))
    done
    rm -f "$GC".wall.* "$GC.time"
}

for FILE in "$@"; do
    MB=$(echo "$(stat -c %s "$FILE") / 1000000" | bc -l)
    echo "== $FILE: $(printf '%.0f' "$MB") MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    cat "$FILE" > /dev/null
    if [ "${WALL_ONLY:-0}" = 1 ]; then
        wall_part "$FILE" "$MB" "$(seconds grep -c POP3 "$FILE")"
        continue
    fi
    g1=$(seconds grep -c POP3 "$FILE")
    "$JAVA" -Xmx256m -Xlog:gc:file="$GC" -cp "$HARNESS:$CP" ThroughputBenchmark "$FILE" "$ROUNDS" | tee "$GC.out"
    g2=$(seconds grep -c POP3 "$FILE")
    best=$(sed -n 's/^best \([0-9.]*\) s.*/\1/p' "$GC.out")
    median=$(sed -n 's/.*median \([0-9.]*\) s.*/\1/p' "$GC.out")
    grep_s=$(echo "if ($g1 < $g2) $g1 else $g2" | bc -l)
    printf 'grep -c POP3: %.2f s before, %.2f s after (%.0f MB/s at best)\n' "$g1" "$g2" "$(echo "$MB / $grep_s" | bc -l)"
    printf 'import + diagnosis / grep -c POP3 throughput: best %.2fx, median %.2fx\n' "$(echo "$grep_s / $best" | bc -l)" \
        "$(echo "$grep_s / $median" | bc -l)"
    echo "max heap after any GC: $(grep -o '[0-9]*M->[0-9]*M' "$GC" | sed 's/.*->//; s/M//' | sort -n | tail -1) MB (GC log, -Xmx256m)"
    wall_part "$FILE" "$MB" "$grep_s"
    rm -f "$GC.out"
done

#!/bin/sh
# Record index benchmark (issue 15) on a generated Outlook 2000-2002 log. In the same run, page cache warm, ROUNDS
# times, alternating: `grep -c POP3` (the goal: the whole index at least as fast), the product's record index built
# from the bytes ("after": IndexBenchmark with the structural pass) and built by the import ("before":
# -Dio.mailscope.trace.index.structural=false), each JVM under -Xmx256m with its wall time, CPU time (user + system)
# and peak resident memory; then `lnav -n` once (time-boxed; `apt-get install lnav`).
#
# usage: releng/benchmarks/index-benchmark.sh [FILE] [SIZE_MB] [ROUNDS]
#   FILE     the log to use or create (default /tmp/tp-legacy-1g.log, made by GenerateOutlookLegacyLog.java)
#   SIZE_MB  size of the generated log (default 1024)
#   ROUNDS   before/after pairs (default 2)
#   LNAV=0 skips lnav; IMPORT_INDEX=0 skips "before" (the index built by the import); LNAV_SECONDS stops it after that many seconds (default 120); JARS=DIR: see bench-env.sh;
#   BENCH_OPTS=-DfirstOnly=true stops each JVM after the first page, BENCH_OPTS=-DindexOnly=true after the whole index;
#   WARM=N: each JVM then opens the file N times more, each time until the whole index is complete, and closes it:
#   the whole index and its CPU per thread in a JVM that has indexed before (the workbench's second and later traces),
#   next to the fresh JVM's first (e.g. WARM=3 BENCH_OPTS=-DindexOnly=true IMPORT_INDEX=0);
#   BEFORE_JARS=DIR also runs, in each round, the structural pass of an older build ("previous": the bundle jars
#   io.mailscope.trace-*.jar and io.mailscope.model-*.jar in DIR, e.g. copied from target/ of the commit to compare with);
#   THREAD_CPU=N also runs the structural pass alone (StructuralIndexThreads.java, N rounds in one JVM) for "after" and
#   "previous", alternating: CPU time per thread, the steadier figure on a loaded machine;
#   STAGES=N also runs StructuralIndexStages.java (N rounds per stage in one JVM): the CPU time of reading the file,
#   splitting it into lines, marking each line and the whole pass, stage by stage (where the floor of this design is)
# needs: the bundles built (./mvnw -o verify -DskipTests -pl bundles/io.mailscope.model,bundles/io.mailscope.trace)
set -eu
FILE=${1:-/tmp/tp-legacy-1g.log}
SIZE=${2:-1024}
ROUNDS=${3:-2}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$FILE" ]; then
    . "$HERE/../java-home.sh"
    "$JAVA_HOME/bin/java" "$HERE/GenerateOutlookLegacyLog.java" "$FILE" "$SIZE"
fi
set -- "$FILE" "$SIZE"
. "$HERE/bench-env.sh"
CP="$(bundle_jar io.mailscope.trace):$(bundle_jar io.mailscope.model)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.common):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.equinox.common)"
# the import behind the index runs with the built-in rules as the workbench's does (IndexBenchmark -Ddiagnosis=false:
# without): the diagnosis bundle and what it needs, after the two bundles BEFORE_JARS replaces
CP="$CP:$(bundle_jar io.mailscope.diagnosis):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore.xmi)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.core.runtime):$(jar_of org/eclipse/platform/org.eclipse.equinox.registry)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.osgi)"
if [ -n "${BEFORE_JARS:-}" ]; then
    PREVIOUS_CP="$(ls "$BEFORE_JARS"/io.mailscope.trace-*.jar | head -1):$(ls "$BEFORE_JARS"/io.mailscope.model-*.jar | head -1)"
    PREVIOUS_CP="$PREVIOUS_CP:${CP#*:*:}"
fi
# the measuring programs are compiled here, once, not by the java launcher in each measured JVM: javac running in
# that JVM leaves its own methods in the JIT's queue, compiled during the first seconds the benchmark measures (the
# product runs no javac)
HARNESS=$(mktemp -d /tmp/mailscope-index-harness.XXXXXX)
trap 'rm -rf "$HARNESS"' EXIT
"$JAVA_HOME/bin/javac" -nowarn -d "$HARNESS" -cp "$CP" "$ROOT/releng/benchmarks/IndexBenchmark.java" \
    "$ROOT/releng/benchmarks/StructuralIndexThreads.java" "$ROOT/releng/benchmarks/StructuralIndexRound.java" \
    "$ROOT/releng/benchmarks/StructuralIndexStages.java"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

grep_pop3() { # its output goes through cat: GNU grep stops at the first match when its output is /dev/null
    /usr/bin/time -f "grep -c POP3: %e s wall, %U+%S s CPU" grep -c POP3 "$FILE" | cat > /dev/null
}

index_jvm() { # LABEL [JVM OPTIONS]
    label=$1
    shift
    classes=$CP
    if [ "$label" = previous ]; then
        classes=$PREVIOUS_CP
    fi
    /usr/bin/time -f "$label JVM: %e s wall, %U+%S s CPU, %M KB peak resident" \
        "$JAVA" -Xmx256m "$@" ${BENCH_OPTS:-} ${WARM:+-Dwarm=$WARM} -Xlog:gc:file=/tmp/mailscope-index-gc-$label.log \
        -Xlog:safepoint:file=/tmp/mailscope-index-safepoint-$label.log:tn -DsafepointLog=/tmp/mailscope-index-safepoint-$label.log -cp "$HARNESS:$classes" \
        IndexBenchmark "$FILE" "$label"
    echo "$label: max heap after any GC $(grep -o '[0-9]*M->[0-9]*M' /tmp/mailscope-index-gc-$label.log | sed 's/.*->//; s/M//' | sort -n | tail -1) MB"
}

round=1
while [ "$round" -le "$ROUNDS" ]; do
    echo "--- round $round, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    grep_pop3
    if [ $((round % 2)) = 1 ]; then
        index_jvm after
        grep_pop3
        if [ -n "${BEFORE_JARS:-}" ]; then
            index_jvm previous
            grep_pop3
        fi
        [ "${IMPORT_INDEX:-1}" = 0 ] || index_jvm before -Dio.mailscope.trace.index.structural=false
    else
        if [ "${IMPORT_INDEX:-1}" != 0 ]; then
            index_jvm before -Dio.mailscope.trace.index.structural=false
            grep_pop3
        fi
        if [ -n "${BEFORE_JARS:-}" ]; then
            index_jvm previous
            grep_pop3
        fi
        index_jvm after
    fi
    round=$((round + 1))
done

thread_cpu() { # LABEL CLASSPATH
    echo "$1, structural pass alone:"
    "$JAVA" -Xmx256m -cp "$HARNESS:$2" StructuralIndexThreads "$FILE" "$THREAD_CPU"
}
if [ -n "${THREAD_CPU:-}" ]; then
    thread_cpu after "$CP"
    if [ -n "${BEFORE_JARS:-}" ]; then
        thread_cpu previous "$PREVIOUS_CP"
        thread_cpu after "$CP"
    fi
fi

if [ -n "${STAGES:-}" ]; then
    echo "structural pass stage by stage (CPU of the process per round):"
    "$JAVA" -Xmx256m -cp "$HARNESS:$CP" StructuralIndexStages "$FILE" "$STAGES" read split mark pass
fi

if [ "${LNAV:-1}" = 0 ]; then
    echo "lnav -n: skipped (LNAV=0)"
elif command -v lnav > /dev/null 2>&1; then
    /usr/bin/time -f "lnav -n: %e s wall, %U+%S s CPU, %M KB peak resident (exit %x; 124 = stopped after ${LNAV_SECONDS:-120} s)" \
        timeout "${LNAV_SECONDS:-120}" lnav -n "$FILE" > /dev/null || true
else
    echo "lnav -n: not installed (apt-get install lnav)"
fi

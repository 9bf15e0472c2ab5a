#!/bin/sh
# Record index benchmark (issue 15): generates (once) the synthetic Outlook log, then in the same run, page cache
# warm, times `wc -l`, `grep -c POP3` and `lnav -n` (wall time and peak resident memory; lnav is only needed here,
# `apt-get install lnav`), and opens the file for paging through the product's record index under -Xmx256m: first
# 200 records, whole index, random pages of 200, a filter for one session, heap after GC.
#
# usage: releng/benchmarks/index-benchmark.sh [FILE] [SIZE_MB]     (LNAV=0 skips lnav; JARS=DIR: see bench-env.sh;
#        BENCH_OPTS=-DfirstOnly=true stops after the first page)
#   FILE     the log to use or create (default /tmp/mailscope-bench-outlook.log)
#   SIZE_MB  size of the generated log (default 1024)
# needs: the bundles built (./mvnw -o verify -DskipTests -pl bundles/io.mailscope.model,bundles/io.mailscope.trace)
set -eu
. "$(dirname "$0")/bench-env.sh"
CP="$(bundle_jar io.mailscope.trace):$(bundle_jar io.mailscope.model)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.common):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.equinox.common)"

now() { date +%s.%N; }
t0=$(now); LINES=$(wc -l < "$FILE"); t1=$(now)
echo "wc -l:        $LINES lines, $(echo "$t1 - $t0" | bc -l | cut -c1-6) s"
t0=$(now); HITS=$(grep -c POP3 "$FILE"); t1=$(now)
echo "grep -c POP3: $HITS lines, $(echo "$t1 - $t0" | bc -l | cut -c1-6) s"
if [ "${LNAV:-1}" = 0 ]; then
    echo "lnav -n:       skipped (LNAV=0)"
elif command -v lnav >/dev/null 2>&1; then
    /usr/bin/time -f "lnav -n:       %e s wall, %M KB peak resident" lnav -n "$FILE" > /dev/null
else
    echo "lnav -n:       not installed (apt-get install lnav)"
fi
/usr/bin/time -f "index benchmark JVM: %e s wall, %M KB peak resident" \
    "$JAVA" -Xmx256m ${BENCH_OPTS:-} -Xlog:gc:file=/tmp/mailscope-index-gc.log -cp "$CP" "$ROOT/releng/benchmarks/IndexBenchmark.java" "$FILE"
echo "GC log: /tmp/mailscope-index-gc.log (max heap after GC: $(grep -o '[0-9]*M->[0-9]*M' /tmp/mailscope-index-gc.log | sed 's/.*->//; s/M//' | sort -n | tail -1) MB)"

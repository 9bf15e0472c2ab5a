#!/bin/sh
# Trace editor benchmark (issue 22): opens a generated Outlook log (default the 1 GiB one of index-benchmark.sh) in
# the workbench's trace editor under Xvfb and prints the time until the first rows are painted, the UI thread's
# longest gap while it loads and scrolls, and the time to show random pages; next to `grep -c` and (time-boxed)
# `lnav -n` on the same file in the same run.
#
# usage: releng/benchmarks/editor-benchmark.sh [FILE] [SIZE_MB] [LNAV_SECONDS]
# needs: xvfb-run; the Maven artifacts cached (it runs ./mvnw -o)
set -eu
FILE=${1:-/tmp/mailscope-index-bench.log}
SIZE_MB=${2:-1024}
LNAV_SECONDS=${3:-120}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
. releng/java-home.sh
if [ ! -f "$FILE" ]; then
    "$JAVA_HOME/bin/java" releng/benchmarks/GenerateOutlookLog.java "$FILE" "$SIZE_MB"
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
now() { date +%s.%N; }
t0=$(now); HITS=$(grep -c POP3 "$FILE"); t1=$(now)
echo "grep -c POP3: $HITS lines, $(echo "$t1 - $t0" | bc -l | cut -c1-6) s"
if command -v lnav >/dev/null 2>&1; then
    /usr/bin/time -f "lnav -n: %e s wall, %M KB peak resident (exit %x; 124 = stopped after ${LNAV_SECONDS} s)" \
        timeout "$LNAV_SECONDS" lnav -n "$FILE" > /dev/null || true
else
    echo "lnav -n: not installed (apt-get install lnav)"
fi
export GDK_BACKEND=x11 NO_AT_BRIDGE=1
xvfb-run -a ./mvnw -B -o verify -pl bundles/io.mailscope.ui.tests,features/io.mailscope.ui.feature -am -Dtest=TraceEditorBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false "-Dtycho.testArgLine=-Xmx2g -Dmailscope.bench.trace=$FILE" 2>&1 | grep -E 'BENCH|Tests run:|ERROR' || true

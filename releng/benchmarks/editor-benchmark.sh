#!/bin/sh
# Trace editor benchmark (issue 22): opens a generated Outlook log (default the 1 GiB one of index-benchmark.sh) in
# the workbench's trace editor under Xvfb and prints the time until the first rows are painted (the import still
# running), the time until it is read and diagnosed, the UI thread's longest gap (10 ms timerExec heartbeat) while it
# loads and while the paged table jumps to random pages, Ctrl+End and Page Down; next to `grep -c` and `lnav -n`
# (wall time, peak resident memory; time-boxed) on the same file in the same run. lnav is installed with apt-get when
# it is missing and the script runs as root.
#
# usage: releng/benchmarks/editor-benchmark.sh [FILE] [SIZE_MB] [LNAV_SECONDS]
#   FILE          the log to use or create (default /tmp/mailscope-bench-outlook.log, shared with index-benchmark.sh)
#   SIZE_MB       size of the generated log (default 1024)
#   LNAV_SECONDS  stop lnav after this long (default 300; exit 124 in its line then)
# needs: xvfb-run; the Maven artifacts cached (it runs ./mvnw -o)
set -eu
LNAV_SECONDS=${3:-300}
. "$(dirname "$0")/bench-env.sh"
cd "$ROOT"
if ! command -v lnav >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get install -y -q lnav > /dev/null || echo "lnav could not be installed (apt-get install lnav)"
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
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
export GDK_BACKEND=x11 NO_AT_BRIDGE=1
xvfb-run -a ./mvnw -B -o verify -pl bundles/io.mailscope.ui.tests,features/io.mailscope.ui.feature -am -Dtest=TraceEditorBenchmark \
    -Dsurefire.failIfNoSpecifiedTests=false "-Dtycho.testArgLine=-Xmx1g -Dmailscope.bench.trace=$FILE" 2>&1 | grep -E 'BENCH|Tests run:|ERROR' || true
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

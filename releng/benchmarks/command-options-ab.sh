#!/usr/bin/env bash
# Two sets of extra JVM options for the same headless command, alternating, RUNS times each; medians of wall, CPU and
# CPU per thread kind (issue 16: whether a JVM option lowers a fresh JVM's cost; on a loaded machine trust the CPU).
# usage: releng/benchmarks/command-options-ab.sh CMDFILE RUNS FILE "OPTIONS A" "OPTIONS B"
#   CMDFILE as for command-thread-cpu.py (MAILSCOPE_PRINT_COMMAND=1 ./mailscope diagnose X > CMDFILE)
# example: releng/benchmarks/command-options-ab.sh /tmp/cmd.txt 5 /tmp/tp-outlook-1g.log "" "-XX:-DoEscapeAnalysis"
# CMD_B=CMDFILE2 runs B with another command line (other jars, say: before/after of a change), e.g. with no options:
#   CMD_B=/tmp/cmd-after.txt releng/benchmarks/command-options-ab.sh /tmp/cmd-before.txt 4 /tmp/tp-legacy-1g.log "" ""
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
cmd=$1 runs=$2 file=$3 a=$4 b=$5
cmd_b=${CMD_B:-$cmd}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for _ in $(seq "$runs"); do
  # shellcheck disable=SC2086 # the options are words
  echo "A $(python3 "$here/command-thread-cpu.py" "$cmd" "$file" $a)" | tee -a "$log"
  # shellcheck disable=SC2086
  echo "B $(python3 "$here/command-thread-cpu.py" "$cmd_b" "$file" $b)" | tee -a "$log"
done
python3 - "$log" <<'PY'
import collections, re, statistics, sys
values = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    for m in re.finditer(r'(\w[\w .#-]*?)[=:]([\d.]+)(?= |$)', line[2:]):
        values[line[0]][m.group(1).strip()].append(float(m.group(2)))
for k in 'AB':
    print(k, 'median:', ' '.join('%s=%.2f' % (n, statistics.median(v)) for n, v in values[k].items()
                                 if n not in ('rc', 'out', 'err')))
PY
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Start-up benchmark of the headless commands (issue 16, goal: <= 0.5 s wall, median): the wall time of
# `./mailscope <command>` as a user types it (launcher, staleness check, JVM, command), next to a bare `java -version`
# measured in the same run, and next to the same `code` command started in the OSGi framework (MAILSCOPE_LAUNCH=osgi,
# how every command started before the plain class path launch).
# Usage: benchmarks/startup.sh [runs]       (default 5; prints each run and the medians of wall and CPU time)
# CPU time (user + system, all threads of the launcher and the JVM) is printed too: on a machine shared with other
# work it says what a command costs when the wall time mostly says how busy the machine was.
# The product is built (and the plain class path and its AOT cache prepared) by an untimed first run; the script
# fails if a timed run rebuilds the product. The workbench's start-up next to a bare RCP product is measured by
# releng/benchmarks/startup-benchmark.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/releng/java-home.sh"
runs=${1:-5}
seed="$root/bundles/io.mailscope.ui/samples/outlook2002-pop3-0x800ccc97.log"
seed0b="$root/bundles/io.mailscope.ui/samples/smtp-auth-required-0x800ccc0b.txt"
stamp="$root/releng/io.mailscope.product/target/products/io.mailscope.product/linux/gtk/x86_64/mailscope/configuration/config.ini"

# name|command line (run from the repository root; stdout discarded, exit codes 0-2 are the commands' answers)
cases=(
  "java -version|$JAVA_HOME/bin/java -version"
  "code 0x800CCC0F|./mailscope code 0x800CCC0F"
  "diagnose seed|./mailscope diagnose $seed"
  "import seed 0x800CCC0B|./mailscope import $seed0b"
  "--version|./mailscope --version"
  "help|./mailscope help"
  "code 0x800CCC0F (OSGi)|env MAILSCOPE_LAUNCH=osgi ./mailscope code 0x800CCC0F"
)

cd "$root"
./mailscope code 0x800CCC0F >/dev/null   # builds the product and prepares the fast start if needed; not timed
stamp_before=$(stat -c %Y.%N "$stamp")

declare -A times cpu
err=$(mktemp); timing=$(mktemp)
trap 'rm -f "$err" "$timing"' EXIT
TIMEFORMAT='%R %U %S'
for i in $(seq 1 "$runs"); do
  line="run $i:"
  for c in "${cases[@]}"; do
    name=${c%%|*}; command=${c#*|}
    set +e; { time $command >/dev/null 2>"$err"; } 2>"$timing"; exit=$?; set -e
    if [ "$exit" -gt 2 ]; then echo "'$command' failed with exit $exit:" >&2; cat "$err" >&2; exit 1; fi
    if grep -q 'building the product' "$err"; then echo "'$command' rebuilt the product" >&2; exit 1; fi
    read -r wall user system <"$timing"
    times[$name]+="$wall "
    cpu[$name]+="$(echo "$user + $system" | bc) "
    line+=$(printf ' %s %.2f s,' "$name" "$wall")
  done
  echo "${line%,} (load $(cut -d' ' -f1 /proc/loadavg))"
done
[ "$(stat -c %Y.%N "$stamp")" = "$stamp_before" ] || { echo "the product was rebuilt during the runs" >&2; exit 1; }

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median of $runs runs ($(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)):"
for c in "${cases[@]}"; do
  name=${c%%|*}
  m=$(echo "${times[$name]}" | median)
  verdict=""
  case "$name" in "java -version"|*"(OSGi)") ;; *) verdict=$( [ "$(echo "$m <= 0.5" | bc)" = 1 ] && echo " (goal <= 0.50 s: met)" || echo " (goal <= 0.50 s: NOT met)") ;; esac
  printf '  %-26s %.2f s wall, %.2f s CPU%s\n' "$name" "$m" "$(echo "${cpu[$name]}" | median)" "$verdict"
done

#!/usr/bin/env bash
# Start-up benchmark: time from `./mailscope` to the workbench window (Xvfb), next to two baselines measured in
# the same run: a bare `java -version` and a headless command (`./mailscope code 0x800CCC0F`, same OSGi runtime,
# no UI). Prints one line per run and the medians. Usage: benchmarks/startup.sh [runs]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/releng/java-home.sh"
runs=${1:-5}
"$root/mailscope" code 0x800CCC0F >/dev/null   # builds the product if needed; not timed
display=:$((150 + RANDOM % 50))
Xvfb "$display" -screen 0 1280x860x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
jv=(); hl=(); wb=()
for i in $(seq 1 "$runs"); do
  t=$(now); "$JAVA_HOME/bin/java" -version >/dev/null 2>&1; jv+=("$(echo "$(now) - $t" | bc)")
  t=$(now); "$root/mailscope" code 0x800CCC0F >/dev/null; hl+=("$(echo "$(now) - $t" | bc)")
  t=$(now)
  DISPLAY=$display "$root/mailscope" >/dev/null 2>&1 & app=$!
  until DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Mailscope": ("Mailscope" "Mailscope")  [0-9][0-9][0-9][0-9]*x'; do sleep 0.05; done
  wb+=("$(echo "$(now) - $t" | bc)")
  kill "$app"; wait "$app" 2>/dev/null || true
  printf 'run %d: java -version %.2f s, headless code %.2f s, workbench window %.2f s\n' "$i" "${jv[-1]}" "${hl[-1]}" "${wb[-1]}"
done
printf 'median: java -version %.2f s, headless code %.2f s, workbench window %.2f s (%d runs)\n' \
  "$(printf '%s\n' "${jv[@]}" | median)" "$(printf '%s\n' "${hl[@]}" | median)" "$(printf '%s\n' "${wb[@]}" | median)" "$runs"

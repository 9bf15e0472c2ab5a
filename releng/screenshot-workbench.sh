#!/usr/bin/env bash
# Screenshots of the real workbench with traces open, under Xvfb with the openbox window manager.
# Usage: releng/screenshot-workbench.sh OUT.png WAIT-SECONDS [xdotool-script] -- [FILE...]
#   xdotool-script: commands run after the wait, one per line, each given to xdotool (e.g. "key ctrl+shift+c")
# Needs: xvfb imagemagick openbox x11-utils xdotool (apt). A fresh workspace each run, so the default layout shows.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1; wait=$2; script=${3:-}; shift 3 || true
[ "${1:-}" = "--" ] && shift
display=:$((90 + RANDOM % 100))
workspace=$(mktemp -d)
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
app=; wm=
trap 'kill $app $wm $xvfb 2>/dev/null || true; rm -rf "$workspace"' EXIT
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 & wm=$!
start=$(date +%s.%N)
DISPLAY=$display MAILSCOPE_WORKSPACE=$workspace "$root/mailscope" "$@" >/tmp/mailscope-screenshot.log 2>&1 & app=$!
for _ in $(seq 1 150); do
  if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Mailscope".*[0-9][0-9][0-9]x[0-9][0-9][0-9]'; then
    echo "workbench window after $(echo "$(date +%s.%N) - $start" | bc) s"
    break
  fi
  sleep 0.2
done
window=$(DISPLAY=$display xdotool search --onlyvisible --name '^Mailscope$' | head -n 1)
DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" 1600 1000; sleep 2; DISPLAY=$display xdotool windowactivate "$window" || true
sleep "$wait"
if [ -n "$script" ]; then
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    case "$line" in sleep\ *) sleep "${line#sleep }" ;; *) DISPLAY=$display xdotool $line ;; esac
  done <<<"$script"
  sleep 2
fi
DISPLAY=$display xdotool mousemove 1590 990 # no tooltip in the picture
sleep 1
DISPLAY=$display import -window root "$out"
echo "wrote $out"

#!/usr/bin/env bash
# Takes a screenshot of the real workbench under Xvfb (with the openbox window manager, so the window has its title bar).
# Usage: releng/screenshot.sh OUT.png [seconds-to-wait] [xdotool-type-text]
# Needs: xvfb imagemagick openbox x11-utils (apt). The product must be built (./mailscope builds it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1; wait=${2:-8}; typed=${3:-}
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x860x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $app $wm $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display openbox >/dev/null 2>&1 & wm=$!
start=$(date +%s.%N)
DISPLAY=$display "$root/mailscope" >/tmp/mailscope-screenshot.log 2>&1 & app=$!
for _ in $(seq 1 120); do
  if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"Mailscope".*[0-9][0-9][0-9]x[0-9][0-9][0-9]'; then
    echo "workbench window after $(echo "$(date +%s.%N) - $start" | bc) s"
    break
  fi
  sleep 0.2
done
sleep "$wait"
if [ -n "$typed" ]; then DISPLAY=$display xdotool type --delay 30 "$typed"; sleep 2; fi
DISPLAY=$display import -window root "$out"
echo "wrote $out"

#!/usr/bin/env bash
# Screenshots of the real workbench with traces open, under Xvfb with the openbox window manager.
# Usage: releng/screenshot-workbench.sh OUT.png WAIT-SECONDS [xdotool-script] -- [FILE...]
#   xdotool-script: commands run after the wait, one per line, each given to xdotool (e.g. "key ctrl+shift+c");
#                   "sleep N" waits, "typefile FILE" types the file's lines
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
# the largest window named Mailscope is the workbench shell
window=$(for w in $(DISPLAY=$display xdotool search --name '^Mailscope$' 2>/dev/null); do
  echo "$(DISPLAY=$display xdotool getwindowgeometry "$w" | awk '/Geometry/{split($2,a,"x"); print a[1]*a[2]}') $w"; done | sort -n | tail -n 1 | cut -d' ' -f2)
if [ -n "$window" ]; then
  DISPLAY=$display xdotool windowmove "$window" 0 0 windowsize "$window" 1600 1000 || true
  sleep 2
  DISPLAY=$display xdotool windowactivate "$window" 2>/dev/null || true
fi
sleep "$wait"
if [ -n "$script" ]; then
  set -f # a typed word like ******** is text, not a file name pattern
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    case "$line" in
      sleep\ *) sleep "${line#sleep }" ;;
      typefile\ *) while IFS= read -r text; do DISPLAY=$display xdotool type --delay 8 -- "$text"; DISPLAY=$display xdotool key Return; done <"${line#typefile }" ;;
      *) DISPLAY=$display xdotool $line ;;
    esac
  done <<<"$script"
  sleep 2
fi
DISPLAY=$display xdotool mousemove 1590 990 # no tooltip in the picture
sleep 1
DISPLAY=$display import -window root "$out"
convert "$out" -trim +repage "$out" # the screen around the window is black
echo "wrote $out"

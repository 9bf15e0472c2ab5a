#!/usr/bin/env bash
# Start-up benchmark (issue 22): time from `./mailscope` to its first mapped top-level window, next to a bare Eclipse
# RCP product (releng/benchmarks/bare-rcp: one empty workbench window) built from the same target platform, in the
# same run, under Xvfb. Goal: Mailscope <= 1.1 x bare RCP (docs/benchmarks.md).
#
# Usage: releng/benchmarks/startup-benchmark.sh [runs] [BASELINE-PRODUCT-DIR]
#   runs                  default 5; prints each run, the medians and the ratios
#   BASELINE-PRODUCT-DIR  another materialised Mailscope product (e.g. a copy of one built from an earlier commit),
#                         started the same way (./mailscope with MAILSCOPE_HOME) and timed in the same runs: before/after
# Environment:
#   BASELINE_LAUNCHER     the ./mailscope script that starts the baseline (default: this checkout's). The launcher
#                         chooses the workbench's JVM options, so a before/after comparison of a change to them needs
#                         the earlier commit's script: git archive OLD mailscope releng | tar -x -C DIR, then DIR/mailscope
#   BARE_JVM_OPTIONS      the bare product's JVM options (default -Xmx1g, what a bare product gets); e.g. Mailscope's
#                         own (releng/workbench-jvm-options.sh) to see what they do for the bare product
#
# - Builds what is missing: the Mailscope product (through ./mailscope itself, as a user's first start does) and the
#   bare product (./mvnw -f releng/benchmarks/bare-rcp/pom.xml, into that folder's target/ directories; never part of
#   the root reactor or CI). Then checks that ./mailscope will not rebuild during the timed runs (its staleness stamp
#   must not change, and no timed run may print "building the product").
# - Same JVM for both, each started as it ships: the bare product with `java -Xmx1g -jar
#   plugins/org.eclipse.equinox.launcher_*.jar -nosplash`, Mailscope by ./mailscope (the same, plus the JVM options it
#   ships, releng/workbench-jvm-options.sh, and its AOT cache; both printed at the start); a fresh instance area
#   (-data) per run, runs of the two products interleaved.
# - "cold": the product's configuration area is reset to what the build wrote (config.ini, bundles.info, org.eclipse.update; the OSGi
#   framework cache and the e4/runtime state are deleted), as on the first start after installing. "warm": started
#   again right after, with the cache from the cold start, as on every later start. Both include what the build ships
#   outside the configuration area, as a user's first start does: Mailscope's workbench AOT cache
#   (PRODUCT/workbench/mailscope.aot, made by the product build on JDK 25+ under Xvfb; ./mailscope adds -XX:AOTCache),
#   which the bare product does not have (build-time training of the application under test; the bare product's JVM
#   gets the JDK's default CDS archive).
# - The clock starts just before the launch and stops when `xdotool search --onlyvisible` finds the product's
#   top-level window (title "Mailscope" / "Bare RCP", at least 400 px wide) mapped, polled every 20 ms. At that moment
#   the CPU time (user + system) of the started process and its children is read from /proc: less sensitive to other
#   work on the machine than the wall time, so both are reported.
# Needs Xvfb, xdotool and x11-utils (installed with apt-get when missing; the benchmark only, not CI).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/java-home.sh"
runs=${1:-5}
baseline_product=${2:+$(cd "$2" && pwd)}
baseline_launcher=${BASELINE_LAUNCHER:-$root/mailscope}
read -r -a bare_jvm_options <<<"${BARE_JVM_OPTIONS:--Xmx1g}"

need=()
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v xwininfo >/dev/null 2>&1 || need+=(x11-utils)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

mailscope_product="$root/releng/io.mailscope.product/target/products/io.mailscope.product/linux/gtk/x86_64/mailscope"
bare_dir="$root/releng/benchmarks/bare-rcp"
bare_product="$bare_dir/bare.rcp.product/target/products/bare.rcp.product/linux/gtk/x86_64/bare-rcp"

# --- build what is missing ------------------------------------------------------------------------------------------
"$root/mailscope" code 0x800CCC0F >/dev/null   # builds the Mailscope product when missing or stale (not timed)
if [ ! -f "$bare_product/configuration/config.ini" ] \
    || [ -n "$(find "$bare_dir" -type f -newer "$bare_product/configuration/config.ini" -not -path '*/target/*' -print -quit)" ]; then
  echo "building the bare RCP product (./mvnw -f releng/benchmarks/bare-rcp/pom.xml verify)..." >&2
  (cd "$root" && ./mvnw -B -ntp -q -f releng/benchmarks/bare-rcp/pom.xml clean verify) >&2
fi
stamp="$mailscope_product/configuration/config.ini"
stamp_before=$(stat -c %Y.%N "$stamp")
mailscope_launcher=$(ls "$mailscope_product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
bare_launcher=$(ls "$bare_product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
[ "$(basename "$mailscope_launcher")" = "$(basename "$bare_launcher")" ] || { echo "the products have different launchers" >&2; exit 1; }

# --- display ----------------------------------------------------------------------------------------------------------
export GDK_BACKEND=x11 NO_AT_BRIDGE=1
scratch=$(mktemp -d /tmp/startup-benchmark.XXXXXX)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT
# -displayfd: Xvfb picks a free display number itself (other Xvfb servers run on shared machines) and writes it;
# -noreset: without it the server resets whenever its last client goes, and a product starting then fails in gtk_init
Xvfb -displayfd 3 -noreset -screen 0 1280x860x24 -nolisten tcp 3>"$scratch/display" >/dev/null 2>&1 & xvfb=$!
for _ in $(seq 1 100); do [ -s "$scratch/display" ] && break; sleep 0.1; done
[ -s "$scratch/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(head -n 1 "$scratch/display")

# Deletes what a start adds to a product's configuration area; keeps what the build wrote.
reset_configuration() {
  find "$1/configuration" -mindepth 1 -maxdepth 1 -not -name config.ini -not -name org.eclipse.equinox.simpleconfigurator -not -name org.eclipse.update \
    -exec rm -rf {} +
}

# True when a mapped top-level window titled TITLE (the workbench may append a space) of at least 400 pixels wide exists:
# the workbench also creates small hidden shells with the same title, never mapped, but checked to be sure.
window_shown() {
  local w
  for w in $(xdotool search --onlyvisible --name "^$1 ?\$" 2>/dev/null); do
    [ "$(xdotool getwindowgeometry "$w" | awk -F'[ x]+' '/Geometry/ {print $3}')" -ge 400 ] && return 0
  done
  return 1
}

# Runs in a command substitution (a subshell without the EXIT trap): stops the product itself.
fail() {
  [ -n "$app" ] && { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true; }
  echo "$1; the end of its output:" >&2; tail -n 20 "$2" >&2
  local errors; errors=$(ls -t "$scratch"/data.*/.metadata/.log 2>/dev/null | head -n 1)
  [ -z "$errors" ] || { echo "the end of $errors:" >&2; tail -n 40 "$errors" >&2; }
  exit 1
}

# CPU seconds (user + system) used so far by process PID (all its threads), its finished children (the launcher's
# find, readlink, ...) and its running children (the JVM ./mailscope starts): steadier than wall time on a busy machine.
process_cpu() {
  local ticks=0 p stat
  for p in "$1" $(pgrep -P "$1"); do
    read -r -a stat <"/proc/$p/stat" || continue
    ticks=$((ticks + stat[13] + stat[14] + stat[15] + stat[16]))
  done
  echo "scale=2; $ticks / $(getconf CLK_TCK)" | bc
}

# start_and_time NAME TITLE COMMAND...: prints seconds from launch to the mapped window titled TITLE, then stops it;
# appends the CPU seconds used until then to $scratch/cpu.$CPU_KEY.
start_and_time() {
  local name=$1 title=$2 start end log
  shift 2
  log="$scratch/$name-$RANDOM.log"
  start=$EPOCHREALTIME
  "$@" >"$log" 2>&1 & app=$!
  until window_shown "$title"; do
    kill -0 "$app" 2>/dev/null || fail "$name exited before its window appeared" "$log"
    [ "$(echo "$EPOCHREALTIME - $start > 120" | bc)" = 0 ] || fail "$name: no window after 120 s" "$log"
    sleep 0.02
  done
  end=$EPOCHREALTIME
  process_cpu "$app" >>"$scratch/cpu.$CPU_KEY"
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
  if grep -q 'building the product' "$log"; then fail "./mailscope rebuilt the product during a timed run" "$log"; fi
  echo "$end - $start" | bc
}
run_mailscope() { MAILSCOPE_WORKSPACE=$(mktemp -d "$scratch/data.XXXX") start_and_time mailscope Mailscope "$root/mailscope"; }
run_baseline() { MAILSCOPE_WORKSPACE=$(mktemp -d "$scratch/data.XXXX") MAILSCOPE_HOME=$baseline_product start_and_time baseline Mailscope "$baseline_launcher"; }
run_bare() { start_and_time bare "Bare RCP" "$JAVA_HOME/bin/java" "${bare_jvm_options[@]}" -jar "$bare_launcher" -nosplash -data "$(mktemp -d "$scratch/data.XXXX")"; }
# the JVM options between java and -jar of ./mailscope's command line (MAILSCOPE_PRINT_COMMAND=1)
jvm_options_of() { MAILSCOPE_PRINT_COMMAND=1 "$@" | sed -n '2,/^-jar$/p' | sed '$d' | tr '\n' ' '; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "JVM: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM options: bare RCP ${bare_jvm_options[*]}; Mailscope $(jvm_options_of "$root/mailscope")"
[ -z "$baseline_product" ] || echo "JVM options: baseline $(MAILSCOPE_HOME=$baseline_product jvm_options_of "$baseline_launcher")"
bare_cold=(); ms_cold=(); bare_warm=(); ms_warm=(); base_cold=(); base_warm=()
for i in $(seq 1 "$runs"); do
  reset_configuration "$bare_product"; reset_configuration "$mailscope_product"
  [ -z "$baseline_product" ] || reset_configuration "$baseline_product"
  bare_cold+=("$(CPU_KEY=bare_cold run_bare)"); ms_cold+=("$(CPU_KEY=ms_cold run_mailscope)")
  [ -z "$baseline_product" ] || base_cold+=("$(CPU_KEY=base_cold run_baseline)")
  bare_warm+=("$(CPU_KEY=bare_warm run_bare)"); ms_warm+=("$(CPU_KEY=ms_warm run_mailscope)")
  [ -z "$baseline_product" ] || base_warm+=("$(CPU_KEY=base_warm run_baseline)")
  printf 'run %d: cold bare RCP %.2f s, Mailscope %.2f s | warm bare RCP %.2f s, Mailscope %.2f s (load %s)\n' "$i" \
    "${bare_cold[-1]}" "${ms_cold[-1]}" "${bare_warm[-1]}" "${ms_warm[-1]}" "$(cut -d' ' -f1 /proc/loadavg)"
  [ -z "$baseline_product" ] || printf '       baseline Mailscope: cold %.2f s | warm %.2f s\n' "${base_cold[-1]}" "${base_warm[-1]}"
done
[ "$(stat -c %Y.%N "$stamp")" = "$stamp_before" ] || { echo "the Mailscope product was rebuilt during the runs" >&2; exit 1; }

report() {
  local label=$1 bare mailscope bare_cpu ms_cpu
  bare=$(printf '%s\n' "${@:2:$runs}" | median)
  mailscope=$(printf '%s\n' "${@:$((2 + runs))}" | median)
  bare_cpu=$(median <"$scratch/cpu.bare_$label"); ms_cpu=$(median <"$scratch/cpu.ms_$label")
  printf 'median %s: bare RCP %.2f s, Mailscope %.2f s, ratio %.2f (goal <= 1.10); CPU time to the window: bare RCP %.2f s, Mailscope %.2f s, ratio %.2f\n' \
    "$label" "$bare" "$mailscope" "$(echo "scale=4; $mailscope / $bare" | bc)" "$bare_cpu" "$ms_cpu" "$(echo "scale=4; $ms_cpu / $bare_cpu" | bc)"
}
report cold "${bare_cold[@]}" "${ms_cold[@]}"
report warm "${bare_warm[@]}" "${ms_warm[@]}"
if [ -n "$baseline_product" ]; then
  printf 'baseline CPU time to the window: median cold %.2f s, warm %.2f s\n' "$(median <"$scratch/cpu.base_cold")" "$(median <"$scratch/cpu.base_warm")"
  printf 'baseline %s: median cold %.2f s (ratio to bare %.2f), warm %.2f s (ratio to bare %.2f)\n' "$baseline_product" \
    "$(printf '%s\n' "${base_cold[@]}" | median)" \
    "$(echo "scale=4; $(printf '%s\n' "${base_cold[@]}" | median) / $(printf '%s\n' "${bare_cold[@]}" | median)" | bc)" \
    "$(printf '%s\n' "${base_warm[@]}" | median)" \
    "$(echo "scale=4; $(printf '%s\n' "${base_warm[@]}" | median) / $(printf '%s\n' "${bare_warm[@]}" | median)" | bc)"
fi
echo "$runs runs each; load average after: $(cut -d' ' -f1-3 /proc/loadavg); bundles: bare RCP $(ls "$bare_product/plugins" | wc -l), Mailscope $(ls "$mailscope_product/plugins" | wc -l)"

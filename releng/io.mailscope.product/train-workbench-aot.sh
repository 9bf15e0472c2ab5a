#!/usr/bin/env bash
# Creates the workbench's AOT cache (JDK 25+, JEP 483/514/515) in a materialised product: PRODUCT/workbench/mailscope.aot
# and PRODUCT/workbench/mailscope.aot.key. Run by the product build (releng/io.mailscope.product/pom.xml, package
# phase), so every build of the product, ./mailscope's own included, ships a cache for the JDK that built it.
#
# Usage: train-workbench-aot.sh PRODUCT-DIR
#
# A training JVM of its own starts the workbench exactly as ./mailscope does (same launcher jar, same JVM options:
# releng/workbench-jvm-options.sh), under a
# private Xvfb server (xvfb-run -a: nothing appears on anyone's screen), with a private instance area, home and copy
# of the configuration area (so the product's configuration stays as the build wrote it: the first start after
# installing still starts from there), with -Dio.mailscope.ui.closeWhenStarted=true: the workbench closes itself once
# its window is up and its start-up jobs are done. It starts twice, the second time with -XX:AOTMode=record: the JVM
# writes which classes that start loaded and linked and how hot its methods were. -XX:AOTMode=create then builds the cache from that, into a temporary
# file renamed over the old one. No user session ever records or dumps anything (a dump in a running workbench froze
# its window for seconds).
#
# Never fails the build and never hangs it: each step has a time limit (MAILSCOPE_AOT_TRAINING_LIMIT seconds, default
# 180); whatever goes wrong (no Xvfb, no GTK, JDK older than 25, a step killed or failing) leaves no cache and one line
# saying why, and the workbench then starts without it. MAILSCOPE_AOT_TRAINING=skip skips it.
#
# ./mailscope starts the workbench with -XX:AOTCache only when the cache is newer than the product's build stamp
# (configuration/config.ini) and its key file matches the launcher jar and the JDK it is about to use (the JDK's
# release file); keep the key's format in step with workbench_aot_is_usable in ./mailscope.
set -uo pipefail
product=$(cd "${1:?usage: $0 PRODUCT-DIR}" && pwd -P) || exit 0
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/java-home.sh"
. "$root/releng/workbench-jvm-options.sh"
out="$product/workbench"
log="$out/aot-training.log"
limit=${MAILSCOPE_AOT_TRAINING_LIMIT:-180}

say() { echo "mailscope workbench AOT cache: $*"; }
# no cache at all rather than one from an earlier build of this folder
rm -rf "$out"
if [ "${MAILSCOPE_AOT_TRAINING:-}" = skip ]; then
  say "skipped (MAILSCOPE_AOT_TRAINING=skip); the workbench starts without it"; exit 0
fi
if [ "$MAILSCOPE_JAVA_MAJOR" -lt 25 ]; then
  say "skipped: Java $MAILSCOPE_JAVA_MAJOR has no AOT cache for it (Java 25+); the workbench starts without it"; exit 0
fi
# A display the user may be looking at is never used: a window that opens and closes by itself is a glitch.
if ! command -v xvfb-run >/dev/null 2>&1 || ! command -v Xvfb >/dev/null 2>&1; then
  say "skipped: Xvfb is not installed (sudo apt-get install xvfb xauth); the workbench starts without it"
  exit 0
fi
launchers=("$product"/plugins/org.eclipse.equinox.launcher_*.jar)
launcher=${launchers[0]}
[ -f "$launcher" ] || { say "skipped: no Equinox launcher in $product/plugins"; exit 0; }

mkdir -p "$out"
work=$(mktemp -d "${TMPDIR:-/tmp}/mailscope-aot-training.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -a "$product/configuration" "$work/configuration"
mkdir -p "$work/home" "$work/config" "$work/cache"
: >"$log"
started=$SECONDS

# start_workbench JVM-OPTION...: starts the workbench once, closing itself when started; false when it fails or
# overruns the time limit (then $why says which). timeout signals its whole process group (xvfb-run, Xvfb, the JVM)
# and kills it 10 s later if still there. The private HOME and XDG folders keep the user's settings (rules turned off,
# demo server preferences) out of the training and the training out of the user's settings.
start_workbench() {
  local rc
  HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" GDK_BACKEND=x11 NO_AT_BRIDGE=1 \
    timeout -k 10 "$limit" xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
    "$JAVA_HOME/bin/java" "${mailscope_workbench_jvm_options[@]}" "$@" -Dio.mailscope.ui.closeWhenStarted=true -jar "$launcher" -nosplash \
    -configuration "$work/configuration" -data "$(mktemp -d "$work/data.XXXXXX")" >>"$log" 2>&1 </dev/null
  rc=$?
  case $rc in
    0) return 0 ;;
    124|137) why="a training start did not end within $limit s" ;;
    *) why="a training start failed (exit $rc)" ;;
  esac
  return 1
}
# The first start fills the configuration copy's framework and registry caches, as a user's first start does; the
# second, recorded, start is then the one every later start repeats. Its cache serves the first start as well: in
# alternating starts (docs/benchmarks.md) a cache recorded so took no more CPU time to the window on a first start
# than one recorded on a first start, and less on later starts.
if ! start_workbench || ! start_workbench -XX:AOTMode=record -XX:AOTConfiguration="$work/workbench.aotconf"; then
  say "not created: $why (see $log); the workbench starts without it"
  exit 0
fi
if [ ! -s "$work/workbench.aotconf" ]; then
  say "not created: the training start wrote no AOT configuration (see $log); the workbench starts without it"; exit 0
fi
# Same class path (the launcher jar) and JVM options as the starts that use it. The workbench is not started here.
if ! timeout -k 10 "$limit" "$JAVA_HOME/bin/java" "${mailscope_workbench_jvm_options[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$work/workbench.aotconf" \
    -XX:AOTCache="$work/mailscope.aot" -jar "$launcher" >>"$log" 2>&1 </dev/null || [ ! -s "$work/mailscope.aot" ]; then
  say "not created: creating it from the training failed or took longer than $limit s (see $log); the workbench starts without it"
  exit 0
fi
release=""
IFS= read -r -d '' release <"$JAVA_HOME/release" || true
# the key first, the cache last: ./mailscope uses the cache only when it is newer than the build stamp
printf 'launcher=%s\njava.home=%s\n%s' "$launcher" "$JAVA_HOME" "$release" >"$out/mailscope.aot.key"
mv -f "$work/mailscope.aot" "$out/mailscope.aot.$$" && mv -f "$out/mailscope.aot.$$" "$out/mailscope.aot" || {
  rm -f "$out/mailscope.aot.$$"; say "not created: could not write $out/mailscope.aot"; exit 0; }
say "$out/mailscope.aot, $(( $(stat -c %s "$out/mailscope.aot") / 1048576 )) MB, in $((SECONDS - started)) s"

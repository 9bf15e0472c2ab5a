#!/bin/sh
# The Outlook 2000-2002 import's run workers' work on one thread (issue 16, LegacyRunScan.java): thread CPU time per
# pass over FILE, best of PASSES, and a checksum of what was found; ROUNDS times, alternating with the jars of an older
# build when BEFORE_JARS is set (a before/after in the same minutes: on a loaded machine the steadier figure than the
# import's wall time).
#
# usage: releng/benchmarks/legacy-run-scan-benchmark.sh [FILE] [PASSES]   (default /tmp/tp-legacy-1g.log, 4 passes)
#   JARS=DIR the io.mailscope.{model,trace}-*.jar to measure (default: this checkout's bundles' target/);
#   BEFORE_JARS=DIR those of the build to compare with (e.g. /tmp/ci19's); ROUNDS before/after pairs (default 2)
#   JVM_OPTIONS: extra options of the measured JVMs, e.g. -XX:TieredStopAtLevel=1 (the quick JIT tier `./mailscope
#   diagnose` runs inputs of 32 MB-1.5 GiB with: C1-compiled code only)
# needs: ./mvnw -B -o verify -DskipTests -pl bundles/io.mailscope.model,bundles/io.mailscope.trace
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
FILE=${1:-/tmp/tp-legacy-1g.log}
PASSES=${2:-4}
M2=${M2_REPO:-$HOME/.m2/repository}
jar_of() { ls "$M2/$1"/*/*.jar 2>/dev/null | grep -v sources | sort -V | tail -1; }
LIBS="$(jar_of org/eclipse/emf/org.eclipse.emf.common):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore)"
LIBS="$LIBS:$(jar_of org/eclipse/platform/org.eclipse.equinox.common)"
HARNESS=$(mktemp -d /tmp/mailscope-run-scan.XXXXXX)
trap 'rm -rf "$HARNESS"' EXIT
# one "label dir" pair per build measured
run() { # LABEL DIR
    cp="$(ls "$2"/io.mailscope.trace-*.jar | grep -v sources | head -1):$(ls "$2"/io.mailscope.model-*.jar | grep -v sources | head -1):$LIBS"
    mkdir -p "$HARNESS/$1"
    [ -f "$HARNESS/$1/io/mailscope/trace/internal/formats/LegacyRunScan.class" ] \
        || "$JAVA_HOME/bin/javac" -nowarn -d "$HARNESS/$1" -cp "$cp" "$ROOT/releng/benchmarks/LegacyRunScan.java"
    echo "== $1 ($2), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    "$JAVA_HOME/bin/java" -Xmx256m ${JVM_OPTIONS:-} -cp "$HARNESS/$1:$cp" io.mailscope.trace.internal.formats.LegacyRunScan "$FILE" "$PASSES"
}
AFTER=${JARS:-}
if [ -z "$AFTER" ]; then
    AFTER="$HARNESS/jars"
    mkdir -p "$AFTER"
    cp "$ROOT"/bundles/io.mailscope.trace/target/io.mailscope.trace-*.jar "$ROOT"/bundles/io.mailscope.model/target/io.mailscope.model-*.jar "$AFTER"/
fi
i=0
while [ $i -lt "${ROUNDS:-2}" ]; do
    [ -n "${BEFORE_JARS:-}" ] && run before "$BEFORE_JARS"
    run after "$AFTER"
    i=$((i + 1))
done

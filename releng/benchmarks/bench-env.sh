# Sourced by the benchmark scripts: the Java runtime (releng/java-home.sh, as for ./mailscope), the arguments
# [FILE] [SIZE_MB], class-path helpers for the bundle jars in target/ and their dependencies in ~/.m2, and the
# test log, generated once by GenerateOutlookLog.java (fixed seed) and read once so the page cache is warm.
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
JAVA="$JAVA_HOME/bin/java"
FILE=${1:-/tmp/mailscope-bench-outlook.log}
SIZE=${2:-1024}
M2=${M2_REPO:-$HOME/.m2/repository}

jar_of() { ls "$M2/$1"/*/*.jar 2>/dev/null | grep -v sources | sort -V | tail -1; }
# JARS=DIR: the bundle jars from DIR instead of target/ (e.g. an older build, to measure before and after in one run)
bundle_jar() { ls "${JARS:-$ROOT/bundles/$1/target}"/$1-*.jar | grep -v sources | head -1; }

if [ ! -f "$FILE" ]; then
    "$JAVA" "$ROOT/releng/benchmarks/GenerateOutlookLog.java" "$FILE" "$SIZE"
fi
echo "file: $FILE, $(stat -c %s "$FILE") bytes"
cat "$FILE" > /dev/null   # warm the page cache

#!/bin/sh
# Repeatability check of rule API 2.0 (issue 14): `./mailscope diagnose --format json` several times on a large
# wrapped, two-thread interleaved Outlook 2000-2002 log with the seed-002 and seed-001 faults planted near its end
# (generated once by GenerateOutlookLegacyLog.java, under /tmp, never in the repository). Every run must report
# the same findings (code, cause, confidence, evidence lines and texts) and no rule failure.
#
# usage: releng/benchmarks/repeat-diagnosis.sh [FILE] [SIZE_MB] [RUNS]     (default /tmp/mailscope-legacy-512.log 512 5)
# needs: the product built (./mvnw -B verify -DskipTests), so ./mailscope does not rebuild it
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/releng/java-home.sh"
FILE=${1:-/tmp/mailscope-legacy-512.log}
SIZE=${2:-512}
RUNS=${3:-5}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
if [ ! -f "$FILE" ]; then
    (cd "$ROOT" && "$JAVA_HOME/bin/java" releng/benchmarks/GenerateOutlookLegacyLog.java "$FILE" "$SIZE")
fi
echo "file: $FILE, $(stat -c %s "$FILE") bytes"
i=1
while [ "$i" -le "$RUNS" ]; do
    start=$(date +%s.%N)
    rc=0
    "$ROOT/mailscope" diagnose --format json "$FILE" > "$OUT/run$i.json" 2> "$OUT/run$i.err" || rc=$?
    end=$(date +%s.%N)
    echo "run $i: exit $rc, $(awk "BEGIN { printf \"%.1f\", $end - $start }") s"
    i=$((i + 1))
done
python3 - "$OUT" "$RUNS" <<'PY'
import json, sys
out, runs = sys.argv[1], int(sys.argv[2])
def findings(n):
    d = json.load(open(f"{out}/run{n}.json"))
    f = d["files"][0]
    return ([(x["code"], x["causeId"], x["determined"], x["confidence"],
              [(e["firstLine"], e["lastLine"], e["text"]) for e in x["evidence"]]) for x in f["findings"]],
            f["ruleFailures"])
first, failures = findings(1)
for x in first:
    print(f"  {x[0]} {x[1]} determined={x[2]} confidence={x[3]}")
    for e in x[4]:
        print(f"      L{e[0]}-{e[1]} {e[2]}")
print("  rule failures:", failures)
same = all(findings(n) == (first, failures) for n in range(2, runs + 1))
print(f"{runs} runs: {'identical findings' if same else 'FINDINGS DIFFER'}")
sys.exit(0 if same and not [r for r in failures if 'not in the catalog' not in r['message']] else 1)
PY

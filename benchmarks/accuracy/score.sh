#!/usr/bin/env bash
# Prints the real-world accuracy score per root-cause category: the product's own diagnosis
# (./mailscope diagnose --format json) of every case in cases/, compared with the labels in manifest.tsv.
#   benchmarks/accuracy/score.sh [--case-details]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# exit 1 (failures diagnosed) and 2 (unrecognised inputs) are results here, not errors
rc=0
"$root/mailscope" diagnose --format json "$here/cases" >"$out" 2>/dev/null || rc=$?
if [ "$rc" -gt 2 ]; then
  echo "score.sh: mailscope diagnose failed with exit code $rc" >&2
  exit "$rc"
fi
python3 "$here/score.py" "$out" "$@"

#!/usr/bin/env bash
# benchmarks/probe.sh [RUNS] -- the healthy POP3S account test against a local Dovecot:
#   1. inside the running engine: ./mailscope probe --repeat RUNS (connect to QUIT, per run, one JVM)
#   2. curl pop3s://... doing the same login and listing, as a whole process, RUNS times
#   3. ./mailscope probe wall time, start-up included, 5 times
# Starts Dovecot/Postfix with the session tests' own setup (needs root, installs the packages when missing) on
# loopback high ports and stops them at the end. Prints medians.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-20}
. "$root/releng/java-home.sh"
setup="$root/bundles/io.mailscope.session.tests/testfiles/mail-servers"
dir=/tmp/mailscope-probe-bench-$$
export MAIL_PASS=bench-$$-secret
KEYTOOL="$JAVA_HOME/bin/keytool" bash "$setup/start-mail-servers.sh" "$dir" >/dev/null
trap 'bash "$setup/stop-mail-servers.sh" "$dir" >/dev/null; rm -rf "$dir"' EXIT
. "$dir/ports.env"
export BENCH_PW="$MAIL_PASS"
uri="pop3s://$MAIL_USER@127.0.0.1:$POP3S_PORT"
fp=$(openssl x509 -in "$dir/ssl/cert.pem" -noout -fingerprint -sha256 | cut -d= -f2)
pin=$(openssl x509 -in "$dir/ssl/cert.pem" -noout -pubkey | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64)

median() { sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%.1f", m}'; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "== engine: ./mailscope probe --repeat $runs $uri (connect to QUIT inside one JVM)"
"$root/mailscope" probe --repeat "$runs" --password-env BENCH_PW --trust-fingerprint "$fp" "$uri" > "$dir/repeat.txt" || true
grep -E '^run [0-9]+:' "$dir/repeat.txt" | head -3
engine=$(grep -E '^run [0-9]+:' "$dir/repeat.txt" | tail -n +2 | sed -E 's/.* ([0-9]+) ms$/\1/' | median)
grep -q '^Result: HEALTHY' "$dir/repeat.txt" || { echo "the account test is not healthy:" >&2; cat "$dir/repeat.txt" >&2; exit 1; }
echo "engine median (runs 2..$runs, warm JVM): $engine ms"

echo "== curl: curl --insecure --pinnedpubkey ... --user $MAIL_USER:\$BENCH_PW $uri/ (whole process, $runs times)"
for i in $(seq 1 "$runs"); do
  t=$(date +%s%N)
  curl -sS --insecure --pinnedpubkey "sha256//$pin" --user "$MAIL_USER:$BENCH_PW" "pop3s://127.0.0.1:$POP3S_PORT/" >/dev/null
  ms "$t"
done > "$dir/curl.txt"
curlm=$(median < "$dir/curl.txt")
echo "curl median: $curlm ms"

echo "== ./mailscope probe wall time (JVM + OSGi start-up + the test), 5 times"
for i in 1 2 3 4 5; do
  t=$(date +%s%N)
  "$root/mailscope" probe --password-env BENCH_PW --trust-fingerprint "$fp" "$uri" >/dev/null
  ms "$t"
done > "$dir/wall.txt"
wall=$(median < "$dir/wall.txt")
echo "probe wall median: $wall ms"
awk -v e="$engine" -v c="$curlm" 'BEGIN { printf "engine / curl = %.2f\n", e / c }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

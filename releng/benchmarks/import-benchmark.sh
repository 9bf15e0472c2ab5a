#!/bin/sh
# Trace import benchmark: generates (once) a synthetic Outlook-style log, then in the same run, page cache warm,
# times `wc -l`, `grep -c POP3` and the product's import code on it, and prints MB/s and the import's peak heap.
#
# usage: releng/benchmarks/import-benchmark.sh [FILE] [SIZE_MB]
#   FILE     the log to use or create (default /tmp/mailscope-bench-outlook.log)
#   SIZE_MB  size of the generated log (default 1024)
# needs: the bundles built (./mvnw -o verify -pl bundles/io.mailscope.model,bundles/io.mailscope.trace), ~/.m2 warm
set -eu
. "$(dirname "$0")/bench-env.sh"
CP="$(bundle_jar io.mailscope.trace):$(bundle_jar io.mailscope.model)"
CP="$CP:$(jar_of org/eclipse/emf/org.eclipse.emf.common):$(jar_of org/eclipse/emf/org.eclipse.emf.ecore)"
CP="$CP:$(jar_of org/eclipse/platform/org.eclipse.equinox.common)"
BYTES=$(stat -c %s "$FILE")
MB=$(echo "$BYTES / 1000000" | bc -l)

now() { date +%s.%N; }
rate() { echo "scale=1; $MB / ($2 - $1)" | bc -l; }

t0=$(now); LINES=$(wc -l < "$FILE"); t1=$(now)
echo "wc -l:        $LINES lines, $(echo "$t1 - $t0" | bc -l | cut -c1-6) s, $(rate "$t0" "$t1") MB/s"
t0=$(now); HITS=$(grep -c POP3 "$FILE"); t1=$(now)
echo "grep -c POP3: $HITS lines, $(echo "$t1 - $t0" | bc -l | cut -c1-6) s, $(rate "$t0" "$t1") MB/s"
"$JAVA" -Xmx256m -Xlog:gc:file=/tmp/mailscope-bench-gc.log -cp "$CP" "$ROOT/releng/benchmarks/ImportBenchmark.java" "$FILE"
echo "GC log: /tmp/mailscope-bench-gc.log (max heap after GC: $(grep -o '[0-9]*M->[0-9]*M' /tmp/mailscope-bench-gc.log | sed 's/.*->//; s/M//' | sort -n | tail -1) MB)"

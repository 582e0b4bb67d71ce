#!/usr/bin/env bash
# Figures for issue 12 (not a test): the Spark delta job. N synthetic partners (default 1,000,000) against
# the OFAC SDN list of 2024-07-02 of which an "old version" lacks K entries (default 200; every k-th row
# left out, written to WORKDIR, never into the repository): the delta run screens only those K entries
# (index over the K, weighted by the whole list), the full run screens every entry; both on local[2],
# back to back; the delta hits must equal the full hits on those entries.
# Run from the repository root: spark/bench/delta-screening.sh [N] [K] [WORKDIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
n="${1:-1000000}"
k="${2:-200}"
work="${3:-/tmp/clearance-spark-bench}"
shared="${CLEARANCE_SHARED:-$root/../shared}"
sdn="$shared/data/lists/ofac_sdn_2024-07-02.csv"
[ -f "$sdn" ] && [ -d "$shared/data/bench/yente" ] || { echo "needs $sdn and $shared/data/bench/yente" >&2; exit 2; }
mkdir -p "$work"
bin/clearance spark-screen --help >/dev/null
cp="spark/target/clearance-spark.jar:spark/target/lib/*"
partners="$work/partners-$n.csv"
[ -f "$partners" ] || java -cp "$cp" dev.clearance.spark.bench.SyntheticPartners "$shared/data/bench/yente" "$n" "$partners"
old="$work/sdn-without-$k.csv"
lines=$(wc -l < "$sdn")
awk -v step=$(( lines / k )) -v k="$k" '{ if (NR % step == 0 && NR / step <= k) next; print }' "$sdn" > "$old"
secs() { date +%s.%N; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(secs)
bin/clearance spark-screen --master 'local[2]' --parties "$partners" --list "ofac-csv:$sdn" --delta-from "ofac-csv:$old" \
  --out "$work/delta" 2>"$work/delta.err" || true
t1=$(secs)
echo "load average between: $(cut -d' ' -f1-3 /proc/loadavg)"
bin/clearance spark-screen --master 'local[2]' --parties "$partners" --list "ofac-csv:$sdn" --out "$work/full-sdn" \
  2>"$work/full-sdn.err" || true
t2=$(secs)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep "delta:" "$work/delta.err"; tail -1 "$work/delta.err"; tail -1 "$work/full-sdn.err"
awk -v n="$n" -v t0="$t0" -v t1="$t1" -v t2="$t2" 'BEGIN { d = t1 - t0; f = t2 - t1
  printf "partners %d\ndelta job (added entries only): %8.1f s\nfull job (every entry):          %8.1f s\nratio (full / delta): %.2f\n", n, d, f, f / d }'
java -cp "$cp" dev.clearance.spark.bench.CompareHits "$work/full-sdn/hits" "$work/delta/hits" "$work/delta/changes"

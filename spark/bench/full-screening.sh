#!/usr/bin/env bash
# Figures for issue 12 (not a test): full screening of N synthetic partners (default 1,000,000, made from
# the yente negatives and treated positives) with `screen --in` in one JVM and with `spark-screen` on
# local[2], back to back on the same input and lists; compares the two outputs row by row.
# Run from the repository root: spark/bench/full-screening.sh [N] [WORKDIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
n="${1:-1000000}"
work="${2:-/tmp/clearance-spark-bench}"
shared="${CLEARANCE_SHARED:-$root/../shared}"
L="$shared/data/lists"
[ -d "$L" ] && [ -d "$shared/data/bench/yente" ] || { echo "needs $L and $shared/data/bench/yente" >&2; exit 2; }
mkdir -p "$work"
lists=(--list "ofac-csv:$L/ofac_sdn_2024-07-02.csv"
       --list "ofac-csv:$L/ofac_2022-01-31_sdn.csv,$L/ofac_2022-01-31_alt.csv,$L/ofac_2022-01-31_add.csv"
       --list "ofac-xml:$L/ofac_consolidated_nonsdn_2018-04-06.xml"
       --list "un-xml:$L/un_consolidated_2025-11-20.xml"
       --list "eu-journal-csv:$L/eu_reg_833_2014_consolidated.csv"
       --list "eu-journal-csv:$L/eu_reg_269_2014_consolidated.csv"
       --list "meti-txt:$L/jp_meti_russia_tokutei_2025-09-12.txt"
       --list "meti-txt:$L/jp_meti_third_country_tokutei_2025-09-12.txt"
       --list "meti-txt:$L/jp_meti_belarus_tokutei.txt"
       --list "csl-json:$L/bis_entity_list_china_universities_2026-03-30.json")
# Build both launchers' class paths first, so that no build is timed.
bin/clearance screen --list "un-xml:$L/un_consolidated_2025-11-20.xml" --name warmup >/dev/null
bin/clearance spark-screen --help >/dev/null
cp="spark/target/clearance-spark.jar:spark/target/lib/*"
partners="$work/partners-$n.csv"
[ -f "$partners" ] || java -cp "$cp" dev.clearance.spark.bench.SyntheticPartners "$shared/data/bench/yente" "$n" "$partners"
secs() { date +%s.%N; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(secs)
bin/clearance screen "${lists[@]}" --in "$partners" --out "$work/batch-hits.csv" 2>"$work/batch.err" || true
t1=$(secs)
echo "load average between: $(cut -d' ' -f1-3 /proc/loadavg)"
bin/clearance spark-screen --master 'local[2]' --parties "$partners" "${lists[@]}" --out "$work/spark" 2>"$work/spark.err" || true
t2=$(secs)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
tail -1 "$work/batch.err"; tail -1 "$work/spark.err"
awk -v n="$n" -v t0="$t0" -v t1="$t1" -v t2="$t2" 'BEGIN { b = t1 - t0; s = t2 - t1
  printf "partners %d\nscreen --in (one JVM):        %8.1f s  %8.0f partners/s\n", n, b, n / b
  printf "spark-screen local[2]:        %8.1f s  %8.0f partners/s\n", s, n / s
  printf "ratio (batch time / spark time): %.2f\n", b / s }'
java -cp "$cp" dev.clearance.spark.bench.CompareHits "$work/batch-hits.csv" "$work/spark/hits"

#!/usr/bin/env bash
# Loopback load run (a benchmark, not a test): starts one server on 127.0.0.1 over a fresh H2 data folder with the
# UN, OFAC SDN and EU 833 lists, warms it up, runs wrk against POST /api/screenings and POST /api/determinations
# (every request audited), checks the audit chain, and stops the server it started. Nothing listens elsewhere.
#
# Environment: PORT (18095), DURATION (20s), WARMUP (10s), THREADS (2), CONNECTIONS (16), JAVA_OPTS (-Xmx1g),
# SERVER_CP (class path of a server to measure instead of building this tree), CLEARANCE_SHARED (../shared).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${CLEARANCE_SHARED:-$root/../shared}"
port="${PORT:-18095}"
lists="$shared/data/lists"
for f in un_consolidated_2025-11-20.xml ofac_sdn_2024-07-02.csv eu_reg_833_2014_consolidated.csv; do
  [ -f "$lists/$f" ] || { echo "load: $lists/$f absent: the run needs ../shared" >&2; exit 2; }
done
command -v wrk >/dev/null || { echo "load: wrk not installed (apt-get install -y wrk)" >&2; exit 2; }

cp="${SERVER_CP:-}"
if [ -z "$cp" ]; then
  (cd "$root" && mvn -o -q -B package -DskipTests -Dmaven.javadoc.skip=true -pl server -am \
      dependency:build-classpath -Dmdep.outputFile="$root/server/target/load-classpath.txt" >/dev/null)
  cp="$root/server/target/classes:$(cat "$root/server/target/load-classpath.txt")"
fi

data="$(mktemp -d /tmp/clearance-load.XXXXXX)"
cat >"$data/lists.yaml" <<YAML
lists:
  - name: un
    format: un-xml
    path: $lists/un_consolidated_2025-11-20.xml
  - name: ofac-sdn
    format: ofac-csv
    path: $lists/ofac_sdn_2024-07-02.csv
  - name: eu-833
    format: eu-journal-csv
    path: $lists/eu_reg_833_2014_consolidated.csv
YAML
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx1g} -cp "$cp" dev.clearance.server.ServerMain --host 127.0.0.1 --port "$port" \
    --data "$data" --lists "$data/lists.yaml" >"$data/server.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
  grep -q "serving on" "$data/server.log" && break
  kill -0 "$pid" 2>/dev/null || { cat "$data/server.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "serving on" "$data/server.log" || { echo "load: server did not start" >&2; exit 1; }
export CLEARANCE_KEY; CLEARANCE_KEY="$(tr -d '\n' <"$data/admin.key")"
base="http://127.0.0.1:$port"
wrkopts=(-t"${THREADS:-2}" -c"${CONNECTIONS:-16}")
for kind in screenings determinations; do
  wrk "${wrkopts[@]}" -d"${WARMUP:-10s}" -s "$here/$kind.lua" "$base/api/$kind" >/dev/null
done
# CPU time the server process used (user + system, clock ticks): its cost per request is a figure that other load
# on the machine disturbs far less than requests/s.
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
tck="$(getconf CLK_TCK)"
for kind in screenings determinations; do
  echo "== POST /api/$kind  (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  before="$(cpu)"
  wrk "${wrkopts[@]}" -d"${DURATION:-20s}" --latency -s "$here/$kind.lua" "$base/api/$kind" | tee "$data/$kind.txt"
  after="$(cpu)"
  requests="$(awk '/requests in/ {print $1}' "$data/$kind.txt")"
  awk -v c=$((after - before)) -v t="$tck" -v n="$requests" \
      'BEGIN { printf "server CPU: %.1f s for %d requests = %.3f ms per request\n", c / t, n, 1000 * c / t / n }'
done
echo "== GET /api/audit/verify"
curl -s -H "X-API-Key: $CLEARANCE_KEY" "$base/api/audit/verify"
echo
echo "(server log and database: $data)"

#!/bin/bash
# End to end: N generated pages on disk -> converted (all syntaxes), loaded, answering SPARQL, with one
# command (esf-kg up), timed from the command's start to the first answer of the headline question
# (municipalities sharing partners). A benchmark, not a test.
#
#   scripts/bench-end-to-end.sh [--work DIR] [--port P] N [N ...]
#
# Needs target/esf-kg.jar. Corpora are generated once into DIR/gen-N (seed 11) and reused.
set -euo pipefail

work=${TMPDIR:-/tmp}/esf-kg-bench
port=3099
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --work) work=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || { echo "usage: $0 [--work DIR] [--port P] N [N ...]" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/target/esf-kg.jar
query=$root/sparql-examples/municipalities-sharing-partners.rq
[ -f "$jar" ] || { echo "no $jar: run mvn -q package -DskipTests first" >&2; exit 1; }
mkdir -p "$work"

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| pages | seconds to first answer | answer rows | data folder MB | dumps MB |"
echo "|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  gen="$work/gen-$n"
  [ -d "$gen" ] || java -jar "$jar" generate "$n" -o "$gen" --seed 11 > /dev/null
  rm -rf "$work/e2e-out-$n" "$work/e2e-data-$n"
  start=$(date +%s.%N)
  java -jar "$jar" up "$gen" -o "$work/e2e-out-$n" --data "$work/e2e-data-$n" --port "$port" \
      > "$work/e2e-$n.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  rows=""
  while kill -0 "$server" 2>/dev/null; do
    if rows=$(curl -sf --max-time 60 -H 'Accept: text/csv' --data-urlencode "query@$query" \
        "http://127.0.0.1:$port/esf/sparql" | tail -n +2 | wc -l) && [ "$rows" -gt 0 ]; then
      break
    fi
    rows=""
    sleep 1
  done
  end=$(date +%s.%N)
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  [ -n "$rows" ] || { echo "up failed for $n pages; see $work/e2e-$n.log" >&2; exit 1; }
  printf "| %s | %.0f | %s | %.0f | %.0f |\n" "$n" "$(echo "$end - $start" | bc)" "$rows" \
      "$(echo "$(du -sb "$work/e2e-data-$n" | cut -f1) / 1048576" | bc -l)" \
      "$(echo "$(du -sb "$work/e2e-out-$n" | cut -f1) / 1048576" | bc -l)"
  rm -rf "$work/e2e-out-$n" "$work/e2e-data-$n"
done

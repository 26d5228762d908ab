#!/usr/bin/env bash
# The site under load (docs/benchmarks.md, "Site under wrk"). Builds a corpus of N generated projects
# (once; reused while WORK/data exists), starts the application and a bare Fuseki over the same live
# dataset in one JVM (se.esfkg.bench.BenchServers), collects up to 1,000 IRIs of every kind from SPARQL
# (hubs first), asks for each of them once as a warm-up, then runs wrk for DURATION cycling through them,
# once for HTML and once for Turtle, and reports requests/s, p50/p99 latency, errors and the description
# cache's hits. Last, one cheap SPARQL query is POSTed to the application's endpoint and to the bare
# Fuseki in turn, to compare the two under the same load.
#
#   mvn -B -ntp -o -q package -DskipTests
#   mvn -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
#   scripts/bench-site.sh                     # N=10000, WORK=target/bench-site
#   N=1000 DURATION=20s scripts/bench-site.sh # smaller and shorter
#
# Settings (environment): N, SEED (1), WORK, DURATION (60s), THREADS (2), CONNECTIONS (16),
# SPARQL_DURATION (20s, each of two rounds per side), APP_PORT (3031), BARE_PORT (3032), JAVA_OPTS (-Xmx2g),
# BENCH_CP (the class path of the servers; default target/test-classes:target/classes and target/cp.txt).
# Needs wrk (Debian: apt-get install -y wrk), curl and the jar and class path above.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${N:-10000}
SEED=${SEED:-1}
WORK=${WORK:-target/bench-site}
DURATION=${DURATION:-60s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
SPARQL_DURATION=${SPARQL_DURATION:-20s}
APP_PORT=${APP_PORT:-3031}
BARE_PORT=${BARE_PORT:-3032}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
JAR=target/esf-kg.jar
mkdir -p "$WORK"

say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

if [[ ! -f "$WORK/data/CURRENT" ]]; then
  say "generating $N projects (seed $SEED), converting to N-Quads, loading"
  rm -rf "$WORK/corpus" "$WORK/out" "$WORK/data"
  java -jar "$JAR" generate "$N" -o "$WORK/corpus" --seed "$SEED" > "$WORK/generate.log"
  java -jar "$JAR" convert "$WORK/corpus" -o "$WORK/out" --formats nq --no-progress > "$WORK/convert.log" 2>&1 || true
  java $JAVA_OPTS -jar "$JAR" load "$WORK/out" --data "$WORK/data" > "$WORK/load.log" 2>&1
fi

# The servers run until their standard input (a pipe held by this script) closes.
mkfifo "$WORK/servers.in" 2>/dev/null || true
# shellcheck disable=SC2086
BENCH_CP=${BENCH_CP:-target/test-classes:target/classes:$(cat target/cp.txt)}
java $JAVA_OPTS -cp "$BENCH_CP" se.esfkg.bench.BenchServers \
  "$WORK/data" "$APP_PORT" "$BARE_PORT" < "$WORK/servers.in" > "$WORK/servers.log" 2>&1 &
SERVERS=$!
exec 9> "$WORK/servers.in"
stop_servers() { exec 9>&-; wait "$SERVERS" 2>/dev/null || true; rm -f "$WORK/servers.in"; }
trap stop_servers EXIT
for _ in $(seq 1 120); do
  grep -q '^bare ' "$WORK/servers.log" 2>/dev/null && break
  kill -0 "$SERVERS" 2>/dev/null || { cat "$WORK/servers.log"; exit 1; }
  sleep 1
done
APP=http://127.0.0.1:$APP_PORT
BARE=http://127.0.0.1:$BARE_PORT
say "application on $APP, bare Fuseki on $BARE/bare"

# IRIs of every kind, served at their path under the public root. Organisations and units come
# busiest first, so the hubs (Arbetsförmedlingen and its offices) are in.
PREFIXES='PREFIX esf: <https://w3id.org/esf-kg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>'
declare -A KINDS=(
  [projects]='SELECT ?iri { ?iri a esf:Project } ORDER BY ?iri LIMIT 1000'
  [organisations]='SELECT ?iri (COUNT(*) AS ?n) { ?iri a org:FormalOrganization FILTER NOT EXISTS { ?iri a esf:Municipality }
     { ?role prov:agent ?iri } UNION { ?unit org:unitOf ?iri . ?role prov:agent ?unit } } GROUP BY ?iri ORDER BY DESC(?n) ?iri LIMIT 1000'
  [units]='SELECT ?iri (COUNT(*) AS ?n) { ?iri a org:OrganizationalUnit . ?role prov:agent ?iri } GROUP BY ?iri ORDER BY DESC(?n) ?iri LIMIT 1000'
  [municipalities]='SELECT ?iri { ?iri a esf:Municipality } ORDER BY ?iri LIMIT 1000'
  [regions]='SELECT ?iri { { ?iri a esf:EsfRegion } UNION { ?iri a esf:County } } ORDER BY ?iri LIMIT 1000'
  [concepts]='SELECT ?iri { { ?iri a skos:Concept } UNION { ?iri a skos:ConceptScheme } } ORDER BY ?iri LIMIT 1000'
  [sources]='SELECT ?iri { ?iri a esf:SourceRecord } ORDER BY ?iri LIMIT 1000'
)
ROOT_IRI=https://w3id.org/esf-kg/
: > "$WORK/paths.txt"
for kind in projects organisations units municipalities regions concepts sources; do
  curl -sf -H 'Accept: text/csv' --data-urlencode "query=$PREFIXES ${KINDS[$kind]}" "$APP/esf/sparql" \
    | tail -n +2 | cut -d, -f1 | tr -d '\r' | grep "^$ROOT_IRI" | sed "s|^$ROOT_IRI|/|" > "$WORK/paths-$kind.txt"
  say "$(wc -l < "$WORK/paths-$kind.txt") $kind, e.g. $(head -1 "$WORK/paths-$kind.txt")"
  cat "$WORK/paths-$kind.txt" >> "$WORK/paths.txt"
done
# One fixed shuffle, so the kinds interleave and every run asks in the same order.
shuf --random-source=<(yes) "$WORK/paths.txt" -o "$WORK/paths.txt"
say "$(wc -l < "$WORK/paths.txt") distinct paths"

cache_counts() {
  curl -sf "$APP/actuator/prometheus" | awk '/^cache_gets_total\{.*cache="esf.descriptions"/ {
      if ($0 ~ /result="hit"/) h += $NF; else if ($0 ~ /result="miss"/) m += $NF }
      END { printf "%d %d\n", h, m }'
}

declare -A ACCEPTS=([html]='text/html' [turtle]='text/turtle')
# The warm-up asks for every path once (curl, 4 at a time): wrk cannot stop after one pass.
awk -v site="$APP" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", site, $0 }' "$WORK/paths.txt" > "$WORK/warm-up.curl"
for kind in html turtle; do
  start=$(date +%s)
  statuses=$(curl -s --no-progress-meter --parallel --parallel-max 4 -H "Accept: ${ACCEPTS[$kind]}" -w '%{http_code}\n' -K "$WORK/warm-up.curl" \
    | sort | uniq -c | awk '{ printf "%s%s x %s", sep, $1, $2; sep = ", " }')
  say "warm-up ($kind): every path once in $(( $(date +%s) - start )) s; status $statuses"
done
for kind in html turtle; do
  read -r hits0 misses0 < <(cache_counts)
  say "wrk $DURATION, $THREADS threads, $CONNECTIONS connections, $kind (Accept: ${ACCEPTS[$kind]}); load average $(load_average)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s scripts/bench-site.lua "$APP" -- \
    "$WORK/paths.txt" "${ACCEPTS[$kind]}" "$THREADS" | tee "$WORK/wrk-$kind.txt" | grep -E '^RESULT|Non-2xx'
  read -r hits1 misses1 < <(cache_counts)
  say "  description cache during the run: $((hits1 - hits0)) hits, $((misses1 - misses0)) misses; load average $(load_average)"
done

# SPARQL: the application's endpoint against the bare Fuseki, alternating, two rounds each.
QUERY_FILE="$WORK/cheap-query.rq"
cat > "$QUERY_FILE" <<'RQ'
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label WHERE { <https://w3id.org/esf-kg/id/municipality/1293> rdfs:label ?label }
RQ
for round in 1 2; do
  for side in app bare; do
    url=$APP/esf/sparql
    [[ $side == bare ]] && url=$BARE/bare/sparql
    say "SPARQL round $round, $side ($url), $SPARQL_DURATION; load average $(load_average)"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$SPARQL_DURATION" --latency -s scripts/bench-sparql.lua "$url" -- "$QUERY_FILE" \
      | grep -E '^RESULT|Non-2xx' | sed "s/^/  $side /"
  done
done
say "done; load average $(load_average)"

#!/usr/bin/env bash
# The SPARQL endpoint under wrk, application against bare Fuseki (docs/benchmarks.md, "The SPARQL
# endpoint under wrk"): the SPARQL part of scripts/bench-site.sh alone, over an already loaded data
# folder. Starts the application and a bare Fuseki over the same live dataset in one JVM
# (se.esfkg.bench.BenchServers), warms both up, then POSTs one query for DURATION to each in turn,
# ROUNDS times, and prints wrk's figures with the load average beside each run.
#
#   mvn -B -ntp -o -q package -DskipTests
#   mvn -B -ntp -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
#   scripts/bench-sparql.sh target/bench-site/data                  # the cheap one-row SELECT
#   QUERY=my.rq ROUNDS=3 scripts/bench-sparql.sh DATA
#   JAVA_OPTS='-Xmx2g -Desf.log.max-query-chars=0' scripts/bench-sparql.sh DATA   # one thing switched off
#
# Settings (environment): QUERY (a file; default the one-row SELECT of bench-site.sh), DURATION (20s),
# ROUNDS (2), THREADS (2), CONNECTIONS (16), WARM_UP (15s a side: after 5 s the JIT is still compiling
# the application's path), APP_PORT (3041), BARE_PORT (3042), JAVA_OPTS (-Xmx2g; Spring settings as
# -D), BENCH_CP, PROFILE (set: a JFR recording of the measured runs, WORK/sparql.jfr), WORK
# (target/bench-sparql). Each run also prints the servers' CPU time per request (cpu_us_per_request).
# Needs wrk (Debian: apt-get install -y wrk).
set -euo pipefail

cd "$(dirname "$0")/.."
DATA=${1:?usage: scripts/bench-sparql.sh DATA}
DURATION=${DURATION:-20s}
ROUNDS=${ROUNDS:-2}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
WARM_UP=${WARM_UP:-15s}
APP_PORT=${APP_PORT:-3041}
BARE_PORT=${BARE_PORT:-3042}
JAVA_OPTS=${JAVA_OPTS:--Xmx2g}
WORK=${WORK:-target/bench-sparql}
mkdir -p "$WORK"

say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

if [[ -z ${QUERY:-} ]]; then
  QUERY="$WORK/cheap-query.rq"
  cat > "$QUERY" <<'RQ'
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label WHERE { <https://w3id.org/esf-kg/id/municipality/1293> rdfs:label ?label }
RQ
fi

rm -f "$WORK/servers.in"
mkfifo "$WORK/servers.in"
# shellcheck disable=SC2086
BENCH_CP=${BENCH_CP:-target/test-classes:target/classes:$(cat target/cp.txt)}
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$BENCH_CP" se.esfkg.bench.BenchServers \
  "$DATA" "$APP_PORT" "$BARE_PORT" < "$WORK/servers.in" > "$WORK/servers.log" 2>&1 &
SERVERS=$!
exec 9> "$WORK/servers.in"
stop_servers() { exec 9>&-; wait "$SERVERS" 2>/dev/null || true; rm -f "$WORK/servers.in"; }
trap stop_servers EXIT
for _ in $(seq 1 120); do
  grep -q '^bare ' "$WORK/servers.log" 2>/dev/null && break
  kill -0 "$SERVERS" 2>/dev/null || { cat "$WORK/servers.log"; exit 1; }
  sleep 1
done
APP=http://127.0.0.1:$APP_PORT/esf/sparql
BARE=http://127.0.0.1:$BARE_PORT/bare/sparql
say "application $APP, bare Fuseki $BARE; JAVA_OPTS: $JAVA_OPTS"

# The servers' CPU time (user + system, clock ticks) from /proc: per request it is the figure that the
# other processes on a shared machine disturb least.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVERS/stat"; }
TICKS=$(getconf CLK_TCK)
run() { # side url duration
  local before after result requests
  before=$(cpu_ticks)
  result=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --latency -s scripts/bench-sparql.lua "$2" -- "$QUERY" \
    | grep -E '^RESULT|Non-2xx')
  after=$(cpu_ticks)
  requests=$(sed -n 's/.*requests=\([0-9]*\).*/\1/p' <<< "$result" | head -1)
  printf '  %s %s cpu_us_per_request=%s\n' "$1" "$result" \
    "$(awk -v t=$((after - before)) -v n="${requests:-0}" -v hz="$TICKS" 'BEGIN { printf "%.0f", n ? t * 1e6 / hz / n : 0 }')"
}
run app-warm-up "$APP" "$WARM_UP" > /dev/null
run bare-warm-up "$BARE" "$WARM_UP" > /dev/null
if [[ -n ${PROFILE:-} ]]; then
  jcmd "$SERVERS" JFR.start name=sparql settings=profile filename="$(cd "$WORK" && pwd)/sparql.jfr" > /dev/null
fi
for round in $(seq 1 "$ROUNDS"); do
  for side in app bare; do
    url=$APP
    [[ $side == bare ]] && url=$BARE
    say "round $round, $side, $DURATION, $THREADS threads, $CONNECTIONS connections; load average $(load_average)"
    run "$side" "$url" "$DURATION"
  done
done
if [[ -n ${PROFILE:-} ]]; then
  jcmd "$SERVERS" JFR.stop name=sparql > /dev/null
fi
say "done; load average $(load_average)"

#!/usr/bin/env bash
# A one-page change at N generated pages: `load` of the changed conversion after a full load of the
# original, timed for the jar under test and, if given, a baseline jar (e.g. main's), on the same
# two N-Quads conversions and fresh data folders. Prints each load's own summary (the store's
# milliseconds) and the command's wall time; the difference is mostly the release publishing
# (change set, VoID, checksums), which `load` does before the switch.
#
#   mvn -q -o package -DskipTests
#   scripts/bench-one-page-change.sh 10000 [/path/to/baseline.jar]
#
# Converts with the jar under test (N-Quads only, so with its graph index); a baseline that knows no
# index reads the same dump as one gzip stream. Corpora come from /tmp/bench/gen-N when present
# (else `generate N --seed 11`); work files go to $WORK (default /tmp/esf-kg-bench/one-page-N).
set -euo pipefail
n=${1:?pages}
baseline=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/target/esf-kg.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -q -o package -DskipTests first" >&2; exit 1; }
work=${WORK:-/tmp/esf-kg-bench/one-page-$n}
rm -rf "$work" && mkdir -p "$work"
gen=/tmp/bench/gen-$n
if [ ! -d "$gen" ]; then
  gen=$work/gen
  java -jar "$jar" generate "$n" -o "$gen" --seed 11 > /dev/null
fi
# The changed corpus: the first text page's first summary paragraph gains a sentence.
cp -r "$gen" "$work/gen-changed"
for f in "$gen"/*.txt; do page=$(basename "$f"); break; done
sed -i '0,/^Projektet /s//Projektet (ändrad) /' "$work/gen-changed/$page"
cmp -s "$gen/$page" "$work/gen-changed/$page" && { echo "the edit of $page changed nothing" >&2; exit 1; }

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1), $n pages, changed page $page"
for v in orig changed; do
  src=$gen; [ $v = changed ] && src=$work/gen-changed
  java -jar "$jar" convert "$src" -o "$work/out-$v" --formats n-quads --no-progress > "$work/convert-$v.log" 2>&1 || true
done
ls -l "$work/out-orig"

run() { # label jar
  local label=$1 j=$2 data=$work/data-$1
  for v in orig changed; do
    local t0 t1
    echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
    t0=$(date +%s%N)
    java -jar "$j" load "$work/out-$v" --data "$data" > "$work/load-$label-$v.log" 2>&1
    t1=$(date +%s%N)
    echo "$label load $v: wall $(( (t1 - t0) / 1000000 )) ms"
    grep -E "build|unchanged|release|graph index" "$work/load-$label-$v.log" | sed 's/^/  /'
  done
  du -sh "$data" | sed 's/^/  /'
}
[ -n "$baseline" ] && run baseline "$baseline"
run test "$jar"

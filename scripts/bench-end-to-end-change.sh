#!/bin/bash
# End to end on a generated corpus with `up --formats nq` (convert N-Quads only, load, publish the
# release, serve), timed to the headline question's first answer; then a one-page change (one page's
# total budget edited) converted and loaded without a server, and the original loaded back while a
# server runs (the patch is then applied by the server). A benchmark, not a test.
#
#   scripts/bench-end-to-end-change.sh JAR CORPUS WORK     e.g. target/esf-kg.jar /tmp/bench/gen-100000 /tmp/e2e
#
# CORPUS: `esf-kg generate 100000 -o CORPUS --seed 11`; the edited page is page-000124-a.txt of that
# corpus (for another corpus, change the sed line below). WORK is deleted and rewritten.
set -u
J=$1
C=$2
W=$3
Q=$(cd "$(dirname "$0")/.." && pwd)/sparql-examples/municipalities-sharing-partners.rq
rm -rf $W; mkdir -p $W
echo "# $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg) jar $J"
t0=$(date +%s.%N)
java -jar $J up $C -o $W/out --data $W/data --formats nq --port 3111 > $W/up.log 2>&1 &
up=$!
rows=""
while kill -0 $up 2>/dev/null; do
  if rows=$(curl -sf --max-time 120 -H 'Accept: text/csv' --data-urlencode "query@$Q" http://127.0.0.1:3111/esf/sparql | tail -n +2 | wc -l) && [ "$rows" -gt 0 ]; then break; fi
  rows=""; sleep 2
done
t1=$(date +%s.%N)
echo "e2e $C: $(echo "$t1 - $t0" | bc) s to first answer, rows $rows"
# The release (catalog, VoID, checksums) follows in the server's background since session 8.
while kill -0 $up 2>/dev/null && ! grep -q "release .* published\|release failed\|release not made" $W/up.log; do sleep 1; done
t2=$(date +%s.%N)
echo "e2e $C: $(echo "$t2 - $t0" | bc) s to the first release, load $(cut -d' ' -f1-3 /proc/loadavg)"
grep -n "converted\|full build\|release\|SPARQL endpoint" $W/up.log | cut -c1-300
kill $up; wait $up 2>/dev/null
du -sb $W/out $W/data
echo "# one-page change"
cp -r $C $W/gen-changed
sed -i 's/Total projektbudget2 929 791 kr/Total projektbudget2 929 792 kr/' $W/gen-changed/page-000124-a.txt
/usr/bin/time -f "convert changed: %e s, max RSS %M KB" java -jar $J convert $W/gen-changed -o $W/out2 --formats nq --no-progress 2>&1 | tail -3
/usr/bin/time -f "load changed (no server): %e s, max RSS %M KB" java -jar $J load $W/out2 --data $W/data 2>&1 | tail -6
echo "# back to the original, with a server running"
java -jar $J serve --data $W/data --port 3112 > $W/serve.log 2>&1 &
sv=$!
for i in $(seq 1 120); do curl -sf -o /dev/null http://127.0.0.1:3112/ && break; sleep 1; done
/usr/bin/time -f "load original (server running): %e s, max RSS %M KB" java -jar $J load $W/out --data $W/data 2>&1 | tail -6
curl -sf -o /dev/null -w "page after patch: %{http_code}\n" http://127.0.0.1:3112/
kill $sv; wait $sv 2>/dev/null
echo "# done $(date -u +%FT%TZ)"

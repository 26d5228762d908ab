#!/bin/bash
# Conversion at several corpus sizes: pages/s, output MB/s beside the disk's own write speed, bytes
# per page, peak live heap, and the disk a run needs. A benchmark, not a test; results go to
# docs/benchmarks.md by hand, with the date, machine and load average this prints.
#
#   scripts/bench-convert.sh [--formats nq|all] [--threads T] [--work DIR] [--max-heap SIZE] [--jar JAR] N [N ...]
#
# --max-heap caps the heap (java -Xmx, e.g. 160m): a run that completes under the same cap at every size
# shows its memory does not grow with the corpus. --jar measures another build (e.g. main's) the same way.
# Needs target/esf-kg.jar (mvn -q package -DskipTests). Generated corpora are kept in
# DIR/gen-N (seed 11) and reused by later runs; outputs are deleted after each measurement.
set -euo pipefail

formats=nq
threads=$(nproc)
work=${TMPDIR:-/tmp}/esf-kg-bench
max_heap=
jar=
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --formats) formats=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --max-heap) max_heap=$2; shift 2 ;;
    --jar) jar=$(realpath "$2"); shift 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || { echo "usage: $0 [--formats nq|all] [--threads T] [--work DIR] [--max-heap SIZE] [--jar JAR] N [N ...]" >&2; exit 2; }
[ -n "$jar" ] || jar=$(cd "$(dirname "$0")/.." && pwd)/target/esf-kg.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -q package -DskipTests first" >&2; exit 1; }
mkdir -p "$work"
format_option=()
[ "$formats" = all ] || format_option=(--formats "$formats")
heap_option=()
[ -z "$max_heap" ] || heap_option=("-Xmx$max_heap")

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg), jar $jar, max heap ${max_heap:-default}"
# The disk's own sequential write speed, in the same run (direct I/O, so the page cache does not flatter it).
dd if=/dev/zero of="$work/dd.test" bs=1M count=512 oflag=direct 2>&1 | tail -1 | sed 's/^/# disk (dd, 512 MB, direct): /'
rm -f "$work/dd.test"
echo "| pages | files | formats | threads | seconds | pages/s | output MB | MB/s | bytes/page | peak live heap MB | max RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  gen="$work/gen-$n"
  if [ ! -d "$gen" ]; then
    java -jar "$jar" generate "$n" -o "$gen" --seed 11 > /dev/null
  fi
  out="$work/out-$n"
  rm -rf "$out" "$work/convert-$n.jfr"
  start=$(date +%s.%N)
  # Exit status 1 means some pages were rejected (the generator makes ~0.5 % malformed ones on purpose),
  # so the status does not tell a finished run: its "wrote" line does.
  /usr/bin/time -f "%M" -o "$work/rss" java "${heap_option[@]}" -XX:+ExitOnOutOfMemoryError -XX:StartFlightRecording=filename="$work/convert-$n.jfr",settings=default \
      -jar "$jar" convert "$gen" -o "$out" --threads "$threads" "${format_option[@]}" --no-progress \
      > "$work/convert-$n.log" 2>&1 || true
  # A run that did not finish (out of memory under --max-heap, say) has no "wrote" line.
  if ! grep -q '^wrote ' "$work/convert-$n.log"; then
    echo "| $n | did not finish: $(grep -m1 -o 'OutOfMemoryError.*\|Exception.*' "$work/convert-$n.log" || true) (see $work/convert-$n.log) |"
    rm -rf "$out"
    continue
  fi
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc)
  bytes=$(du -sb "$out" | cut -f1)
  heap=$(jfr print --events jdk.GCHeapSummary "$work/convert-$n.jfr" \
      | awk '/when = "After GC"/ {after=1} /heapUsed/ && after {gsub(/[^0-9.]/, "", $3); v=$3; unit=$4;
             if (unit ~ /kB/) v/=1024; if (unit ~ /GB/) v*=1024; if (v>max) max=v; after=0} END {printf "%.0f", max}')
  rss=$(( $(tail -1 "$work/rss") / 1024 ))
  files=$(find "$gen/" -type f | wc -l)
  printf "| %s | %s | %s | %s | %.1f | %.0f | %.0f | %.1f | %.0f | %s | %s |\n" "$n" "$files" "$formats" "$threads" \
      "$seconds" "$(echo "$n / $seconds" | bc -l)" "$(echo "$bytes / 1048576" | bc -l)" \
      "$(echo "$bytes / 1048576 / $seconds" | bc -l)" "$(echo "$bytes / $n" | bc -l)" "$heap" "$rss"
  rm -rf "$out"
done

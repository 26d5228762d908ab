#!/bin/bash
# The shares of a conversion's CPU samples by stage, from a JFR recording (e.g. the convert-N.jfr that
# scripts/bench-convert.sh leaves in its work folder, or one made with -XX:StartFlightRecording=...,settings=profile).
# A sample counts once for every stage on its stack, so shares overlap (validation runs inside the page's conversion).
#
#   scripts/profile-convert.sh RECORDING.jfr
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 RECORDING.jfr" >&2; exit 2; }
jfr print --stack-depth 200 --events jdk.ExecutionSample "$1" | awk '
  function stage(frame) {
    if (frame ~ /org\.apache\.jena\.shacl\./) return "SHACL validation (Jena)";
    if (frame ~ /se\.esfkg\.output\.RioCheck(\$Terms)?\.check\(/) return "Rio re-read of each page (line-based dumps)";
    if (frame ~ /se\.esfkg\.output\.RioCheck\.countStatements/) return "Rio re-read of whole dumps at the end";
    if (frame ~ /se\.esfkg\.output\.JsonLdSink\.prepare/) return "JSON-LD compaction and re-read";
    if (frame ~ /se\.esfkg\.classify\./) return "classifier";
    if (frame ~ /se\.esfkg\.resolve\./) return "resolver";
    if (frame ~ /se\.esfkg\.parse\./) return "layout parsing";
    if (frame ~ /se\.esfkg\.source\./) return "reading sources";
    if (frame ~ /se\.esfkg\.map\./) return "mapping to RDF";
    if (frame ~ /se\.esfkg\.output\.SortedPage\.of/) return "sorting and N-Triples forms";
    if (frame ~ /se\.esfkg\.output\.quality\./) return "quality report";
    if (frame ~ /se\.esfkg\.output\.Dumps\.write/) return "writing (writing thread)";
    if (frame ~ /se\.esfkg\.publish\./) return "VoID, catalog, checksums";
    if (frame ~ /java\.util\.zip\./) return "gzip";
    return "";
  }
  /^jdk\.ExecutionSample/ { if (n++) flush(); delete seen; next }
  /line:/ { s = stage($0); if (s != "") seen[s] = 1 }
  function flush(  k) { for (k in seen) count[k]++ }
  END { flush(); for (k in count) printf "%5.1f %%  %s\n", 100 * count[k] / n, k | "sort -rn"; print n " samples" }'

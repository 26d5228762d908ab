#!/usr/bin/env bash
# Runs every sparql-examples/*.rq query against an esf-kg endpoint with Comunica, the JavaScript
# SPARQL engine many web applications use, and prints each answer as CSV. Not run in CI.
#
#   scripts/comunica.sh [ENDPOINT]      default http://localhost:3030/esf/sparql
#
# Needs Node.js and npm. @comunica/query-sparql 4.5 runs on Node 20 (Debian's); 5.x needs Node 22.
set -euo pipefail
cd "$(dirname "$0")/.."
endpoint="${1:-http://localhost:3030/esf/sparql}"
tools="${TMPDIR:-/tmp}/esf-kg-comunica"
if [ ! -x "$tools/node_modules/.bin/comunica-sparql" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-save --silent @comunica/query-sparql@4.5
fi
for q in sparql-examples/*.rq; do
  echo "== $q"
  # "sparql@" tells Comunica the source is a SPARQL endpoint, so the whole query is sent there.
  # A CONSTRUCT or DESCRIBE answers with triples, which have no CSV form: ask for Turtle.
  if grep -qiE '^[[:space:]]*(CONSTRUCT|DESCRIBE)' "$q"; then type=text/turtle; else type=text/csv; fi
  "$tools/node_modules/.bin/comunica-sparql" "sparql@$endpoint" -f "$q" -t "$type"
done

#!/bin/sh
# Installs the site's front-end packages (src/main/frontend/package-lock.json) with `npm ci`.
# Run by Maven in generate-resources; Maven then copies the files the site serves into
# target/classes/static/. A stamp beside node_modules skips the reinstall while the lock file is
# unchanged, so repeated builds stay fast and work without the registry.
set -eu
cd "$(dirname "$0")/../src/main/frontend"
stamp=node_modules/.esf-kg-installed-lock.json
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund --prefer-offline
cp package-lock.json "$stamp"

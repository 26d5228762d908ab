#!/bin/sh
# Installs the Debian packages the tests drive: headless Chromium with its WebDriver for the browse
# tests, and rdflib + SPARQLWrapper for the Python client tests. Run by Maven before the tests
# (exec-maven-plugin, skipped with -DskipTests); a no-op when everything is already there.
set -eu

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
for pkg in python3-rdflib python3-sparqlwrapper; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done

if [ -z "$missing" ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test-tools: missing$missing; run as root or install them with apt-get" >&2
  exit 1
fi

echo "install-test-tools: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=900 update -q
# shellcheck disable=SC2086  # the package list is meant to split
apt-get -o DPkg::Lock::Timeout=900 install -y -q --no-install-recommends $missing

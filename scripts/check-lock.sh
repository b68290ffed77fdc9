#!/usr/bin/env bash
# Fails when package-lock.json has drifted from package.json: when npm, asked to write the lock for
# package.json, would write anything else. A lock that `npm ci` refuses fails here too.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp package.json package-lock.json .npmrc "$tmp"/
(cd "$tmp" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
if ! cmp -s package-lock.json "$tmp/package-lock.json"; then
  echo 'package-lock.json has drifted from package.json; what npm would change:' >&2
  diff -u package-lock.json "$tmp/package-lock.json" | head -40 >&2
  echo 'Run `npm install` and commit package-lock.json (README, Development: why unrs-resolver is pinned).' >&2
  exit 1
fi
echo 'package-lock.json matches package.json'

#!/usr/bin/env bash
# Fails when dist/ is not what a fresh build of the committed sources gives.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build >/dev/null
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ is stale: run 'npm run build' and commit dist/" >&2
  git status --short -- dist >&2
  exit 1
fi
echo "dist/ is fresh"

#!/usr/bin/env bash
# Installs the dependencies exactly as package-lock.json says (`npm ci`) when they are missing (a fresh
# clone) or older than the lock (after a pull that changed it).
set -euo pipefail
cd "$(dirname "$0")/.."
# A linked node_modules (a git worktree sharing another checkout's install) is its owner's to keep current:
# `npm ci` removes node_modules' contents through the link, emptying the other checkout's install too.
if [ -L node_modules ]; then
  exit 0
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

#!/usr/bin/env bash
# Installs the dependencies exactly as package-lock.json says (`npm ci`) when they are missing (a fresh
# clone) or older than the lock (after a pull that changed it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

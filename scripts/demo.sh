#!/usr/bin/env bash
# The README's first command: installs dependencies when missing, then runs the demo (scripts/demo.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund  # not `npm ci`: see README, Development
exec npx tsx scripts/demo.ts "$@"

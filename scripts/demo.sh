#!/usr/bin/env bash
# The README's first command: installs dependencies when missing, then runs the demo (scripts/demo.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci --no-audit --no-fund
exec npx tsx scripts/demo.ts "$@"

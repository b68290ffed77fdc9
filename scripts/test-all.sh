#!/usr/bin/env bash
# The one command that runs every test (README, .ci/run), on a supported Node: the lock, types, lint, unit
# tests, the bundle's freshness (in CI), then the end-to-end suite against the local peers, which it starts
# and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/supported-node.sh
bash scripts/check-lock.sh
bash scripts/install.sh
. scripts/private-tmp.sh
npm run typecheck
npm run lint
npm run test:unit
# In CI the committed bundle must be fresh; elsewhere build it, so the end-to-end suite runs this tree's code.
if [ "${CI:-}" = true ]; then bash scripts/check-dist.sh; else npm run build --silent >/dev/null; fi
# One end-to-end run at a time per machine; peers already running are used and left running.
bash scripts/peers/with-peers.sh npm run test:e2e

#!/usr/bin/env bash
# The one command that runs every test (README, .ci/run): types, lint, unit tests, the bundle's
# freshness (in CI), then the end-to-end suite against the local peers, which it starts and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm install --no-audit --no-fund  # not `npm ci`: see README, Development
npm run typecheck
npm run lint
npm run test:unit
# In CI the committed bundle must be fresh; elsewhere build it, so the end-to-end suite runs this tree's code.
if [ "${CI:-}" = true ]; then bash scripts/check-dist.sh; else npm run build --silent >/dev/null; fi
# The peers take fixed ports (the registry listens on 127.0.0.1:443): one end-to-end run at a time on a
# machine, so two clones (or worktrees) testing at once queue here instead of failing on a taken port.
exec 9>"${TMPDIR:-/tmp}/compose-ecs-peers.lock"
flock 9
started_peers=0
if [ ! -f .peers/env ] || ! bash -c '. scripts/peers/common.sh; alive moto && alive registry && alive podman && alive dockerd'; then
  started_peers=1
fi
bash scripts/peers/start.sh
# Stop only what this run started, so a developer's running peers survive.
[ "$started_peers" = 1 ] && trap 'bash scripts/peers/stop.sh' EXIT
set -a; . .peers/env; set +a
npm run test:e2e

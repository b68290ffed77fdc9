#!/usr/bin/env bash
# Runs builds.measure.ts against the local peers, as scripts/test-all.sh runs the end-to-end suite:
# called under the machine-wide peers lock; starts the peers when they are not running and stops
# only what it started. The peers' environment (e.g. the registry's CA) must be set before Node starts.
set -euo pipefail
cd "$(dirname "$0")/../.."
started_peers=0
if [ ! -f .peers/env ] || ! bash -c '. scripts/peers/common.sh; alive moto && alive registry && alive podman && alive dockerd'; then
  started_peers=1
fi
bash scripts/peers/start.sh
[ "$started_peers" = 1 ] && trap 'bash scripts/peers/stop.sh' EXIT
set -a; . .peers/env; set +a
npx tsx scripts/bench/builds.measure.ts "$1"

#!/usr/bin/env bash
# The README's first command: installs dependencies when missing, then runs the demo (scripts/demo.ts)
# with the local peers, stopping the ones it started and leaving no temp files behind.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/supported-node.sh
bash scripts/install.sh
. scripts/private-tmp.sh
bash scripts/peers/with-peers.sh npx tsx scripts/demo.ts "$@"

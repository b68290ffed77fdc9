#!/usr/bin/env bash
# with-peers.sh COMMAND...: runs COMMAND with the local peers up and their environment (.peers/env).
# The peers take fixed ports (moto 5055, the registry 127.0.0.1:443), so runs queue on one machine-wide lock
# (two clones or worktrees at once wait here instead of failing on a taken port). Peers that were already
# running are used and left running; the ones this run started are stopped when it ends, however it ends.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$root"
PEERS=(moto registry podman dockerd)

# Always /tmp, never $TMPDIR: the lock must be the same file for every clone and every run. A run inside a
# run (a test of this script) already holds it.
if [ -z "${COMPOSE_ECS_PEERS_HELD:-}" ]; then
  exec 9>/tmp/compose-ecs-peers.lock
  if ! flock -n 9; then
    log 'another run holds the local peers (fixed ports); waiting for it'
    flock 9
  fi
  export COMPOSE_ECS_PEERS_HELD=1
fi

already=()
for name in "${PEERS[@]}"; do alive "$name" && already+=("$name"); done
stop_started() {
  local started=()
  for name in "${PEERS[@]}"; do
    [[ " ${already[*]} " == *" $name "* ]] || started+=("$name")
  done
  [ ${#started[@]} -eq 0 ] || bash "$root/scripts/peers/stop.sh" "${started[@]}"
}
trap stop_started EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bash "$root/scripts/peers/start.sh" || exit $?
set -a
. "$state/env"
set +a
"$@"

#!/usr/bin/env bash
# stop.sh [NAME...]: stops the peers that start.sh started (all, or the ones named), by the process ids it
# recorded. Leaves state on disk.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
for name in dockerd podman registry moto; do
  [ $# -eq 0 ] || [[ " $* " == *" $name "* ]] || continue
  pidfile="$state/$name.pid"
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill "$pid"
    # dockerd stops its containerd first; give it time.
    for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$pidfile"
done

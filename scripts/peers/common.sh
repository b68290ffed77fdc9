# Shared settings for the local peers: sourced by start.sh and stop.sh.
# Everything they create lives under .peers/ in the project root (git-ignored).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
state=${COMPOSE_ECS_PEERS_STATE:-$root/.peers}
MOTO_PORT=${MOTO_PORT:-5055}
# The account and region moto reports; its ECR proxy endpoint and repository URIs use this host.
ECR_HOST=${ECR_HOST:-123456789012.dkr.ecr.us-east-1.amazonaws.com}
ECR_PASSWORD=${ECR_PASSWORD:-123456789012-auth-token}
# moto's services report this many running tasks, so a rollout can complete.
MOTO_ECS_SERVICE_RUNNING=${MOTO_ECS_SERVICE_RUNNING:-2}

log() { printf '[peers] %s\n' "$*" >&2; }

# Runs a command as root: directly when we are root, else through sudo (non-interactive).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

alive() { # alive NAME: the peer's recorded process is running
  local pidfile="$state/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

# wait_for SECONDS DESCRIPTION COMMAND...: SECONDS on an idle machine, stretched by the load per core (a
# loaded machine starts peers slower); on giving up it says which peer and what the check answered last.
wait_for() {
  local seconds=$1 what=$2; shift 2
  local cores load factor last status
  cores=$(nproc 2>/dev/null || echo 1)
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
  factor=$(awk -v l="$load" -v c="$cores" 'BEGIN { f = l / c; print (f > 1 ? int(f + 0.999) : 1) }')
  seconds=$((seconds * factor))
  local deadline=$((SECONDS + seconds))
  until last=$("$@" 2>&1); do
    status=$?
    if [ $SECONDS -ge $deadline ]; then
      log "$what did not come up in ${seconds}s (load $load on $cores cores); the check ($*) last exited $status: $(printf %s "$last" | tail -c 300)"
      return 1
    fi
    sleep 0.2
  done
}

# refuse_taken_port PORT PEER HINT: before starting PEER, fail with an explanation when something else
# (another clone's peers, a developer's own service) already listens on PORT.
refuse_taken_port() {
  local port=$1 peer=$2 hint=$3 owner
  [ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ] || return 0
  owner=$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'users:(([^)]*))' | head -1 || true)
  log "cannot start $peer: port $port is already taken by ${owner:-another process}, which this clone did not start."
  log "If it is another clone's peers, run \`npm run peers:stop\` there (or let its tests finish); $hint"
  exit 1
}

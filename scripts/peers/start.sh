#!/usr/bin/env bash
# Installs what is missing and starts the local stand-ins for AWS and a container registry:
#   moto_server        every AWS API on 127.0.0.1:$MOTO_PORT
#   docker-registry    TLS + htpasswd on 127.0.0.1:443, reachable as moto's ECR host name
#   podman             Docker-compatible API on a unix socket, driven by the ordinary docker CLI
# Idempotent: a peer that is already running is left alone. Writes .peers/env to source.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"
mkdir -p "$state"

install_missing() {
  local packages=()
  command -v podman >/dev/null || packages+=(podman)
  command -v docker-registry >/dev/null || packages+=(docker-registry)
  command -v htpasswd >/dev/null || packages+=(apache2-utils)
  command -v openssl >/dev/null || packages+=(openssl)
  command -v curl >/dev/null || packages+=(curl)
  # Only the docker CLI is used; Debian ships it in docker.io. Its daemon is never started.
  command -v docker >/dev/null || packages+=(docker.io)
  if [ ${#packages[@]} -gt 0 ]; then
    log "installing ${packages[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
  if ! command -v moto_server >/dev/null; then
    log 'installing moto[server] and cfn-lint with pip'
    python3 -m pip install --quiet 'moto[server]' cfn-lint
  fi
}

start_moto() {
  if alive moto; then log "moto already running (pid $(cat "$state/moto.pid"))"; return; fi
  log "starting moto_server on 127.0.0.1:$MOTO_PORT"
  MOTO_ECS_SERVICE_RUNNING=$MOTO_ECS_SERVICE_RUNNING \
    nohup moto_server -H 127.0.0.1 -p "$MOTO_PORT" >"$state/moto.log" 2>&1 &
  echo $! >"$state/moto.pid"
  wait_for 60 moto_server curl -sf "http://127.0.0.1:$MOTO_PORT/moto-api/data.json"
}

start_registry() {
  local dir="$state/registry"
  mkdir -p "$dir/data"
  if [ ! -f "$dir/cert.pem" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=$ECR_HOST" \
      -addext "subjectAltName=DNS:$ECR_HOST" -keyout "$dir/key.pem" -out "$dir/cert.pem" 2>/dev/null
  fi
  htpasswd -Bbn AWS "$ECR_PASSWORD" >"$dir/htpasswd"
  cat >"$dir/config.yml" <<YAML
version: 0.1
log: { level: warn }
storage: { filesystem: { rootdirectory: $dir/data }, delete: { enabled: true } }
http:
  addr: 127.0.0.1:443
  tls: { certificate: $dir/cert.pem, key: $dir/key.pem }
auth:
  htpasswd: { realm: compose-ecs-local, path: $dir/htpasswd }
YAML
  # The ECR host name must reach the local registry, and podman must trust its certificate.
  grep -q " $ECR_HOST\$" /etc/hosts || echo "127.0.0.1 $ECR_HOST" | as_root tee -a /etc/hosts >/dev/null
  as_root mkdir -p "/etc/containers/certs.d/$ECR_HOST"
  as_root cp "$dir/cert.pem" "/etc/containers/certs.d/$ECR_HOST/ca.crt"
  if alive registry; then log "registry already running (pid $(cat "$state/registry.pid"))"; return; fi
  log "starting docker-registry on 127.0.0.1:443 as $ECR_HOST"
  nohup docker-registry serve "$dir/config.yml" >"$state/registry.log" 2>&1 &
  echo $! >"$state/registry.pid"
  # 401 without credentials is the sign of life we want.
  wait_for 30 docker-registry curl -s -o /dev/null --cacert "$dir/cert.pem" "https://$ECR_HOST/v2/"
}

start_podman() {
  if alive podman; then log "podman API already running (pid $(cat "$state/podman.pid"))"; return; fi
  rm -f "$state/podman.sock"
  log "starting podman's Docker-compatible API on $state/podman.sock"
  nohup podman system service --time=0 "unix://$state/podman.sock" >"$state/podman.log" 2>&1 &
  echo $! >"$state/podman.pid"
  wait_for 30 'podman API' curl -sf --unix-socket "$state/podman.sock" http://d/_ping
}

install_missing
start_moto
start_registry
start_podman

cat >"$state/env" <<ENV
# Source this file to point the AWS SDK and the docker CLI at the local peers.
export AWS_ENDPOINT_URL=http://127.0.0.1:$MOTO_PORT
export AWS_REGION=us-east-1
export AWS_ACCESS_KEY_ID=local-access-key
export AWS_SECRET_ACCESS_KEY=local-secret-key
export DOCKER_HOST=unix://$state/podman.sock
export DOCKER_BUILDKIT=0
export COMPOSE_ECS_PEERS=$state
# The action reads tags from the registry over HTTPS: trust the local registry's certificate.
export NODE_EXTRA_CA_CERTS=$state/registry/cert.pem
ENV
log "ready: source $state/env"

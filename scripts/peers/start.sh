#!/usr/bin/env bash
# Installs what is missing and starts the local stand-ins for AWS and a container registry:
#   moto_server        every AWS API on 127.0.0.1:$MOTO_PORT
#   docker-registry    TLS + htpasswd on 127.0.0.1:443, reachable as moto's ECR host name
#   podman             Docker-compatible API on a unix socket, driven by the ordinary docker CLI;
#                      the podman CLI builds with runc (crun fails here) through containers.conf
#   dockerd            Debian's docker.io 20.10 with its embedded BuildKit, on its own socket and roots,
#                      driven by its own /usr/bin/docker CLI (linked into .peers/dockerd-bin)
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
  # pgrep: the images end-to-end test checks that a cancelled build leaves no step running.
  command -v pgrep >/dev/null || packages+=(procps)
  # Debian's docker.io: dockerd 20.10 (embedded BuildKit) and its own CLI at /usr/bin/docker.
  [ -x /usr/bin/docker ] && command -v dockerd >/dev/null || packages+=(docker.io)
  command -v runc >/dev/null || packages+=(runc)
  # One static binary: the base image the tests build FROM scratch, so Dockerfiles can RUN.
  [ -x /bin/busybox ] || packages+=(busybox-static)
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
  refuse_taken_port "$MOTO_PORT" moto_server 'or choose another port with MOTO_PORT.'
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
  refuse_taken_port 443 docker-registry 'the registry must answer on 443 as the ECR host name, so stop the other service.'
  log "starting docker-registry on 127.0.0.1:443 as $ECR_HOST"
  nohup docker-registry serve "$dir/config.yml" >"$state/registry.log" 2>&1 &
  echo $! >"$state/registry.pid"
  # 401 without credentials is the sign of life we want.
  wait_for 30 docker-registry curl -s -o /dev/null --cacert "$dir/cert.pem" "https://$ECR_HOST/v2/"
}

start_podman() {
  # podman's default runtime (crun) cannot run containers here; runc can (RUN steps in builds too).
  printf '[engine]\nruntime = "runc"\n' >"$state/containers.conf"
  if alive podman; then log "podman API already running (pid $(cat "$state/podman.pid"))"; return; fi
  rm -f "$state/podman.sock"
  log "starting podman's Docker-compatible API on $state/podman.sock"
  CONTAINERS_CONF="$state/containers.conf" nohup podman system service --time=0 "unix://$state/podman.sock" >"$state/podman.log" 2>&1 &
  echo $! >"$state/podman.pid"
  wait_for 30 'podman API' curl -sf --unix-socket "$state/podman.sock" http://d/_ping
}

start_dockerd() {
  local dir="$state/dockerd"
  mkdir -p "$dir" "$state/dockerd-bin"
  # The daemon must trust the registry's certificate; it reads /etc/docker/certs.d/<host>/ca.crt.
  as_root mkdir -p "/etc/docker/certs.d/$ECR_HOST"
  as_root cp "$state/registry/cert.pem" "/etc/docker/certs.d/$ECR_HOST/ca.crt"
  # Its own CLI (20.10): the newer docker on PATH refuses BuildKit without a buildx plugin.
  ln -sf /usr/bin/docker "$state/dockerd-bin/docker"
  if alive dockerd; then log "dockerd already running (pid $(cat "$state/dockerd.pid"))"; return; fi
  rm -f "$state/dockerd.sock"
  log "starting dockerd (embedded BuildKit) on $state/dockerd.sock"
  # Its own data and exec roots and pid file: nothing shared with another Docker on the machine.
  # No iptables rules: builds only need the bridge to exist.
  as_root nohup dockerd --host "unix://$state/dockerd.sock" --data-root "$dir/data" --exec-root "$dir/exec" \
    --pidfile "$state/dockerd.pid" --iptables=false >"$state/dockerd.log" 2>&1 &
  wait_for 60 dockerd curl -sf --unix-socket "$state/dockerd.sock" http://d/_ping
}

# nginx for the example's proxy, run as a task in the configs end-to-end test: the package's files are
# unpacked under .peers, never installed (installing it would start a web server on this machine).
fetch_nginx() {
  local dir="$state/nginx"
  [ -x "$dir/usr/sbin/nginx" ] && return
  # A download left by an earlier failed attempt would make two packages for dpkg -x below.
  rm -rf "$dir/deb"
  mkdir -p "$dir/deb"
  log 'fetching the nginx package (unpacked, not installed)'
  if ! (cd "$dir/deb" && apt-get download -qq nginx 2>/dev/null); then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    (cd "$dir/deb" && apt-get download -qq nginx 2>/dev/null)
  fi
  dpkg -x "$dir"/deb/nginx_*.deb "$dir"
}

install_missing
# Only the test that serves the example needs it: a failed download is said, not fatal to the peers.
fetch_nginx || log 'could not fetch the nginx package: the end-to-end test that serves the example through its proxy will fail'
start_moto
start_registry
start_podman
start_dockerd

cat >"$state/env" <<ENV
# Source this file to point the AWS SDK and the docker CLI at the local peers.
export AWS_ENDPOINT_URL=http://127.0.0.1:$MOTO_PORT
export AWS_REGION=us-east-1
export AWS_ACCESS_KEY_ID=local-access-key
export AWS_SECRET_ACCESS_KEY=local-secret-key
export DOCKER_HOST=unix://$state/podman.sock
export DOCKER_BUILDKIT=0
export COMPOSE_ECS_PEERS=$state
# The podman CLI builds with runc.
export CONTAINERS_CONF=$state/containers.conf
# Docker's embedded BuildKit: DOCKER_HOST=\$COMPOSE_ECS_DOCKERD_HOST with \$COMPOSE_ECS_DOCKERD_BIN first on PATH.
export COMPOSE_ECS_DOCKERD_HOST=unix://$state/dockerd.sock
export COMPOSE_ECS_DOCKERD_BIN=$state/dockerd-bin
# nginx unpacked from Debian's package, for a proxy image the configs end-to-end test builds FROM scratch.
export COMPOSE_ECS_NGINX=$state/nginx/usr/sbin/nginx
# The action reads tags from the registry over HTTPS: trust the local registry's certificate.
export NODE_EXTRA_CA_CERTS=$state/registry/cert.pem
ENV
log "ready: source $state/env"

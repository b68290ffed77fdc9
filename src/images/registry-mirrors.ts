// The registry mirrors the runner's container engine is configured with, so a digest lookup goes where the
// engine's pulls go (a runner that cannot reach Docker Hub usually has one). Docker mirrors Docker Hub only
// (`registry-mirrors` in daemon.json: https://docs.docker.com/docker-hub/image-library/mirror/); podman
// mirrors any registry (`[[registry.mirror]]` in registries.conf, containers-registries.conf(5), whose path
// CONTAINERS_REGISTRIES_CONF overrides). Read once per run; a file that is missing or unreadable adds none.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where a registry's API answers: `https://mirror.example` (or `http://` for an insecure one). */
export type RegistryMirrors = Map<string, string[]>;

const DOCKER_HUB = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];

/** The configuration files, per engine, the way each engine finds them. */
export function mirrorConfigPaths(env: NodeJS.ProcessEnv): {
  daemonJson: string[];
  registriesConf: string[];
} {
  const config = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  return {
    // Rootful docker, then rootless docker.
    daemonJson: ['/etc/docker/daemon.json', join(config, 'docker/daemon.json')],
    registriesConf: env.CONTAINERS_REGISTRIES_CONF
      ? [env.CONTAINERS_REGISTRIES_CONF]
      : ['/etc/containers/registries.conf', join(config, 'containers/registries.conf')],
  };
}

/** `registry-mirrors` of daemon.json: URLs, each a mirror of Docker Hub. */
export function daemonJsonMirrors(text: string): string[] {
  try {
    const mirrors = (JSON.parse(text) as { 'registry-mirrors'?: unknown })['registry-mirrors'];
    return Array.isArray(mirrors)
      ? mirrors.filter((m): m is string => typeof m === 'string').map((m) => m.replace(/\/+$/, ''))
      : [];
  } catch {
    return [];
  }
}

/**
 * `[[registry]]` tables with their `[[registry.mirror]]` entries, from the subset of TOML registries.conf
 * uses: table headers and `key = "string"` or `key = true|false` lines. A registry is keyed by its prefix
 * (else its location); a mirror's location becomes an https URL, or http where `insecure = true`.
 */
export function registriesConfMirrors(text: string): RegistryMirrors {
  const out: RegistryMirrors = new Map();
  let registry: { key?: string; mirrors: Array<{ location?: string; insecure?: boolean }> } | undefined;
  let table = '';
  const flush = () => {
    const mirrors = (registry?.mirrors ?? []).filter((m) => m.location);
    if (registry?.key && mirrors.length)
      out.set(
        registry.key,
        mirrors.map((m) => `${m.insecure ? 'http' : 'https'}://${m.location!.replace(/\/+$/, '')}`),
      );
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) continue;
    const header = /^\[\[?\s*([\w.]+)\s*\]\]?$/.exec(line);
    if (header) {
      table = header[1]!;
      if (table === 'registry') {
        flush();
        registry = { mirrors: [] };
      } else if (table === 'registry.mirror') registry?.mirrors.push({});
      continue;
    }
    const pair = /^([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(true|false))$/.exec(line);
    if (!pair || !registry) continue;
    const [, key, dq, sq, bool] = pair;
    const value = dq ?? sq;
    if (table === 'registry' && (key === 'prefix' || (key === 'location' && !registry.key)))
      registry.key = value;
    if (table === 'registry.mirror') {
      const mirror = registry.mirrors.at(-1)!;
      if (key === 'location') mirror.location = value;
      if (key === 'insecure') mirror.insecure = bool === 'true';
    }
  }
  flush();
  return out;
}

/** Every mirror the engines on this machine are configured with, by the registry host they mirror. */
export async function engineMirrors(env: NodeJS.ProcessEnv): Promise<RegistryMirrors> {
  const paths = mirrorConfigPaths(env);
  const read = (path: string) => readFile(path, 'utf8').catch(() => '');
  const mirrors: RegistryMirrors = new Map();
  const add = (host: string, urls: string[]) =>
    mirrors.set(host, [...new Set([...(mirrors.get(host) ?? []), ...urls])]);
  for (const path of paths.daemonJson) {
    const hub = daemonJsonMirrors(await read(path));
    for (const host of DOCKER_HUB) if (hub.length) add(host, hub);
  }
  for (const path of paths.registriesConf)
    for (const [key, urls] of registriesConfMirrors(await read(path))) {
      const host = key.split('/')[0]!;
      for (const alias of DOCKER_HUB.includes(host) ? DOCKER_HUB : [host]) add(alias, urls);
    }
  return mirrors;
}

// Registry credentials the way the runner's Docker client configuration names them
// (https://docs.docker.com/reference/cli/docker/login/#credential-stores): `credHelpers` per registry, else
// the `credsStore` for all, else the `auths` entries `docker login` wrote. A helper is the program
// docker-credential-<name>, run with `get` and the server on stdin, answering {"Username","Secret"}.
// $DOCKER_CONFIG names the directory (default ~/.docker). Used for the digest lookups of `image:` tags.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './command.js';

export interface BasicCredentials {
  username: string;
  password: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

const HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Docker Hub's key in config.json and in the helpers, as `docker login` writes it. */
const HUB_SERVER = 'https://index.docker.io/v1/';

/** `https://host:5000/v1/` → `host:5000`; Docker Hub's names → docker.io. */
function normalHost(key: string): string {
  const host = key.replace(/^\w+:\/\//, '').split('/')[0]!;
  return HUB.has(host) ? 'docker.io' : host;
}

async function readConfig(env: NodeJS.ProcessEnv): Promise<DockerConfig> {
  const dir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  try {
    return JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as DockerConfig;
  } catch {
    return {};
  }
}

/** What a credential helper knows about `server`; undefined when it has nothing (or cannot run). */
async function fromHelper(
  helper: string,
  server: string,
  env: NodeJS.ProcessEnv,
): Promise<BasicCredentials | undefined> {
  if (!/^[\w.-]+$/.test(helper)) return undefined;
  const result = await runCommand(`docker-credential-${helper}`, ['get'], {
    input: server,
    env: Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)),
  }).catch(() => undefined);
  if (!result || result.exitCode !== 0) return undefined;
  try {
    const answer = JSON.parse(result.stdout) as { Username?: string; Secret?: string };
    return answer.Username && answer.Secret
      ? { username: answer.Username, password: answer.Secret }
      : undefined;
  } catch {
    return undefined;
  }
}

function fromAuths(config: DockerConfig, host: string): BasicCredentials | undefined {
  const entry = Object.entries(config.auths ?? {}).find(([key]) => normalHost(key) === host)?.[1];
  if (entry?.username && entry.password) return { username: entry.username, password: entry.password };
  if (!entry?.auth) return undefined;
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}

/** The credentials Docker's configuration holds for each of `hosts` (those it has none for are left out). */
export async function dockerCredentials(
  hosts: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<Map<string, BasicCredentials>> {
  const config = await readConfig(env);
  const found = new Map<string, BasicCredentials>();
  for (const host of new Set(hosts.map(normalHost))) {
    const helper =
      Object.entries(config.credHelpers ?? {}).find(([key]) => normalHost(key) === host)?.[1] ??
      config.credsStore;
    const server = host === 'docker.io' ? HUB_SERVER : host;
    const credentials = helper ? await fromHelper(helper, server, env) : fromAuths(config, host);
    if (credentials) found.set(host, credentials);
  }
  return found;
}

/** The key a host has in dockerCredentials' answer. */
export const credentialKey = normalHost;

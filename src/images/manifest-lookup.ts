import type { ImageRegistry } from '../aws/edge.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { getRegistryLogin } from './ecr.js';
import { isPrivateEcrHost, type ImageReference } from './image-reference.js';
import { realmRefusal, type ResolveHost } from './token-realm.js';
import type { RegistryMirrors } from './registry-mirrors.js';

/** Every manifest kind a tag can name: a multi-platform index first, so the digest is the tag's own. */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

export interface LookupDeps {
  fetch: typeof fetch;
  /** Basic credentials for a host (the ECR token login, or Docker's configuration); anonymous otherwise. */
  credentials(host: string): { username: string; password: string } | undefined;
  /** What to do about a registry that will not show the image (default: how to avoid pinning it). */
  deniedHint?: (ref: ImageReference) => string;
  /** DNS, for the token realm's rules (token-realm.ts); the system resolver unless a test passes its own. */
  resolveHost?: ResolveHost;
  /** The engine's registry mirrors (registry-mirrors.ts), asked before the registry itself. */
  mirrors?: RegistryMirrors;
  /** Said when a mirror could not answer and the registry is asked instead. */
  onMirrorMiss?: (message: string) => void;
}

/**
 * The credentials lookups of these references need: the ECR token login (masked) when one of them is in a
 * private ECR registry — it serves this account's registry (and the local stand-in for it) only — and
 * anonymous access for every other host.
 */
export async function registryCredentials(
  refs: Array<Pick<ImageReference, 'host'> | undefined>,
  registry: ImageRegistry,
  logger: Logger,
): Promise<LookupDeps['credentials']> {
  const login = refs.some((r) => r && isPrivateEcrHost(r.host))
    ? await getRegistryLogin(registry)
    : undefined;
  if (login) logger.mask(login.password);
  return (host) =>
    login && host === login.registry ? { username: login.username, password: login.password } : undefined;
}

/**
 * The digest a tag (or digest) points at now, by a HEAD request on the manifest (Docker Registry HTTP API
 * v2, which Docker Hub, GHCR, public and private ECR all serve; Docker Hub does not count HEAD requests
 * against its pull rate limit). A 401 with a Bearer challenge is answered with a token for pull (anonymous, or for the credentials)
 * scope (the token authentication specification); registries that ask for Basic get the ECR login.
 * Undefined when the registry has no such manifest.
 */
export async function manifestDigestOf(ref: ImageReference, deps: LookupDeps): Promise<string | undefined> {
  // The engine's mirrors first, as its pulls go; the registry itself when none has the manifest.
  const tried: string[] = [];
  const mirrors = deps.mirrors?.get(ref.host) ?? [];
  for (const mirror of mirrors) {
    const host = new URL(mirror).host;
    try {
      const digest = await digestAt(mirror, host, ref, deps);
      if (digest) return digest;
      tried.push(`${host}: no such manifest`);
    } catch (err) {
      tried.push(`${host}: ${(err as Error).message}`);
    }
    deps.onMirrorMiss?.(
      `mirror ${host} could not pin ${ref.name}:${ref.tag ?? 'latest'} (${tried.at(-1)}); asking ${ref.host}`,
    );
  }
  try {
    return await digestAt(`https://${ref.apiHost}`, ref.host, ref, deps);
  } catch (err) {
    if (!(err instanceof UserError) || !err.message.startsWith('cannot reach')) throw err;
    const viaMirrors = tried.length ? ` (mirrors: ${tried.join('; ')})` : '';
    throw new UserError(`${err.message}${viaMirrors}. ${UNREACHABLE_HINT(ref)}`);
  }
}

/** The lookup against one registry API (`https://host[:port]`), with `credentialHost`'s Basic login if any. */
async function digestAt(
  base: string,
  credentialHost: string,
  ref: ImageReference,
  deps: LookupDeps,
): Promise<string | undefined> {
  const url = `${base}/v2/${ref.path}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`;
  const basic = deps.credentials(credentialHost);
  const deniedHint = deps.deniedHint ?? pinDeniedHint;
  const head = (authorization?: string) =>
    deps.fetch(url, {
      method: 'HEAD',
      signal: AbortSignal.timeout(30_000),
      headers: { Accept: MANIFEST_ACCEPT, ...(authorization ? { Authorization: authorization } : {}) },
    });
  let response = await reach(ref, () => head(basic ? basicHeader(basic) : undefined));
  if (response.status === 401) {
    const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
    if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
      throw new UserError(`${ref.host} asks for credentials to read ${ref.path}: ${deniedHint(ref)}`);
    const refused = await realmRefusal(
      challenge.params.realm,
      base.startsWith('http://') ? base : ref.apiHost,
      deps.resolveHost,
    );
    if (refused)
      throw new UserError(
        `${ref.host} asked for a token from elsewhere, which is not fetched: ${refused}. ${deniedHint(ref)}`,
      );
    const token = await bearerToken(ref, challenge.params, deps.fetch, deniedHint, basic);
    response = await reach(ref, () => head(`Bearer ${token}`));
  }
  if (response.status === 404) return undefined;
  if (response.status === 401 || response.status === 403)
    throw new UserError(`${ref.host} refused to show ${ref.path}: ${deniedHint(ref)}`);
  if (!response.ok) throw new UserError(`${ref.host} answered ${response.status} for ${ref.path}`);
  const digest = response.headers.get('docker-content-digest');
  if (!digest?.startsWith('sha256:'))
    throw new UserError(`${ref.host} did not say which digest ${ref.path}:${ref.tag} is`);
  return digest;
}

const basicHeader = (c: { username: string; password: string }) =>
  `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;

function pinDeniedHint(ref: ImageReference): string {
  return `a private image outside this account's ECR cannot be looked up; pin it by digest in the compose file (${ref.name}@sha256:…) or set pin-images: false`;
}

async function reach(ref: ImageReference, call: () => Promise<Response>): Promise<Response> {
  try {
    return await call();
  } catch (err) {
    const cause = (err as { cause?: Error }).cause;
    throw new UserError(
      `cannot reach the registry ${ref.host} to pin ${ref.name}:${ref.tag ?? 'latest'}: ${cause?.message ?? (err as Error).message}`,
    );
  }
}

/** The ways out when the registry cannot be reached from here. */
const UNREACHABLE_HINT = (ref: ImageReference) =>
  `To deploy without the lookup, set pin-images: false (the release then names the tag, which can move) or write the digest in the compose file (${ref.name}@sha256:…); to reach the registry, set HTTPS_PROXY (with NO_PROXY) for the run, or give the engine a registry mirror (registry-mirrors in /etc/docker/daemon.json, [[registry.mirror]] in registries.conf for podman), which the lookup uses too`;

/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"` */
export function parseChallenge(
  header: string,
): { scheme: string; params: Record<string, string> } | undefined {
  const m = /^\s*(\w+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2]!.matchAll(/(\w+)="([^"]*)"/g)) params[p[1]!.toLowerCase()] = p[2]!;
  return { scheme: m[1]!.toLowerCase(), params };
}

/** A pull token from the challenge's realm: with the Basic credentials when there are some, else anonymous. */
async function bearerToken(
  ref: ImageReference,
  params: Record<string, string>,
  fetchImpl: typeof fetch,
  deniedHint: (ref: ImageReference) => string,
  basic: { username: string; password: string } | undefined,
): Promise<string> {
  const url = new URL(params.realm!);
  if (params.service) url.searchParams.set('service', params.service);
  url.searchParams.set('scope', params.scope ?? `repository:${ref.path}:pull`);
  const headers: Record<string, string> = basic ? { Authorization: basicHeader(basic) } : {};
  const response = await reach(ref, () => fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) }));
  if (!response.ok)
    throw new UserError(
      `${url.host} gave no pull token for ${ref.path} (${response.status}): ${deniedHint(ref)}`,
    );
  const body = (await response.json()) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  if (!token) throw new UserError(`${url.host} answered without a token for ${ref.path}`);
  return token;
}

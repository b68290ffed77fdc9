// Which token realm a registry may send the runner to. A registry answering 401 names the URL of its
// token service (`WWW-Authenticate: Bearer realm=…`, the Docker token authentication specification), and
// the runner fetches it: a hostile registry (any `image:` in a pull request's compose file) could name an
// internal URL — the instance metadata service of a self-hosted runner, a service on localhost — and read
// the answer back through the error. Only https realms are followed (or, for a registry or mirror the
// runner already reaches over plain http, an http realm on that same host); link-local and
// instance-metadata addresses never; private and loopback addresses only when the registry itself is
// private (internal registries and mirrors keep working).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Every address a host name resolves to (an IP literal resolves to itself). */
export type ResolveHost = (host: string) => Promise<string[]>;

export const resolveHost: ResolveHost = async (host) =>
  isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

type Scope = 'public' | 'private' | 'link-local';

/** The reason a realm is refused, or undefined when the runner may fetch it. */
export async function realmRefusal(
  realm: string,
  /** The registry's host, or the base URL the lookup asked (`http://…` for an insecure mirror). */
  registry: string,
  resolve: ResolveHost = resolveHost,
): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(realm);
  } catch {
    return `its token realm ${JSON.stringify(realm)} is not a URL`;
  }
  const asked = new URL(registry.includes('://') ? registry : `https://${registry}`);
  // An insecure registry's token may go back to it as plainly as its manifests do, and nowhere else.
  const plainToItself = asked.protocol === 'http:' && url.protocol === 'http:' && url.host === asked.host;
  if (url.protocol !== 'https:' && !plainToItself) return `its token realm ${url.origin} is not https`;
  const realmScopes = await scopes(hostOf(url.hostname), resolve);
  if (realmScopes === undefined) return `its token realm's host ${url.hostname} does not resolve`;
  if (realmScopes.has('link-local'))
    return `its token realm ${url.host} is a link-local or instance-metadata address`;
  if (!realmScopes.has('private')) return undefined;
  const registryScopes = await scopes(hostOf(asked.hostname), resolve);
  if (registryScopes && !registryScopes.has('public')) return undefined;
  return `its token realm ${url.host} is a private address, and the registry is not`;
}

/** `[::1]` → `::1`: URL keeps IPv6 literals in brackets. */
function hostOf(hostname: string): string {
  return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}

async function scopes(host: string, resolve: ResolveHost): Promise<Set<Scope> | undefined> {
  const addresses = await resolve(host).catch(() => []);
  return addresses.length ? new Set(addresses.map(addressScope)) : undefined;
}

/** Where an address lies: link-local (169.254.0.0/16, fe80::/10, fd00:ec2::254), private, or public. */
export function addressScope(address: string): Scope {
  const v4 = isIP(address) === 4 ? address : /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4) {
    const [a, b] = v4.split('.').map(Number) as [number, number];
    if (a === 169 && b === 254) return 'link-local';
    if (a === 10 || a === 127 || a === 0) return 'private';
    if (a === 172 && b >= 16 && b <= 31) return 'private';
    if (a === 192 && b === 168) return 'private';
    if (a === 100 && b >= 64 && b <= 127) return 'private'; // carrier-grade NAT (RFC 6598)
    return 'public';
  }
  const v6 = address.toLowerCase();
  // The EC2 instance metadata service's IPv6 address, inside fd00::/8.
  if (v6 === 'fd00:ec2::254' || v6 === 'fd00:ec2:0:0:0:0:0:254') return 'link-local';
  if (/^fe[89ab]/.test(v6)) return 'link-local';
  if (v6 === '::1' || v6 === '::' || /^f[cd]/.test(v6)) return 'private';
  return 'public';
}

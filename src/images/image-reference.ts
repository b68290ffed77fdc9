/** A parsed image reference: `[host[:port]/]path[:tag][@digest]`, with Docker Hub's defaults filled in. */
export interface ImageReference {
  /** The registry host as the reference names it, or docker.io. */
  host: string;
  /** The host to call: Docker Hub's API lives at registry-1.docker.io. */
  apiHost: string;
  /** Repository path; Docker Hub's official images live under library/. */
  path: string;
  tag?: string;
  digest?: string;
  /** The name as written, without tag or digest (what a pinned reference keeps). */
  name: string;
}

/**
 * The reference grammar of the distribution project (reference.go): the first component is a host when it
 * has a dot or a port, or is localhost; otherwise the image is on Docker Hub.
 */
export function parseImageReference(text: string): ImageReference | undefined {
  const at = text.indexOf('@');
  const digest = at >= 0 ? text.slice(at + 1) : undefined;
  const rest = at >= 0 ? text.slice(0, at) : text;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  const tag = colon > slash ? rest.slice(colon + 1) : undefined;
  const name = colon > slash ? rest.slice(0, colon) : rest;
  if (!name || (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest))) return undefined;
  if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) return undefined;
  const first = name.split('/')[0]!;
  const hasHost = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const host = hasHost ? first : 'docker.io';
  let path = hasHost ? name.slice(first.length + 1) : name;
  if (host === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path))
    return undefined;
  return {
    host,
    apiHost: host === 'docker.io' || host === 'index.docker.io' ? 'registry-1.docker.io' : host,
    path,
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
    name,
  };
}

/** Private ECR registries answer the ECR token login (Basic AWS:<token>), never an anonymous token. */
export function isPrivateEcrHost(host: string): boolean {
  return /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?(:\d+)?$/.test(host);
}

import { UserError } from '../errors.js';
import type { RegistryLogin } from './ecr.js';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/**
 * Asks the registry itself (the Docker Registry HTTP API, which ECR serves too) for the digest
 * stored under a tag; undefined when the tag does not exist. The digest is the registry's own
 * Docker-Content-Digest, the one a task will pull.
 */
export async function manifestDigest(
  login: RegistryLogin,
  repository: string,
  tag: string,
): Promise<string | undefined> {
  const url = `https://${login.registry}/v2/${repository}/manifests/${encodeURIComponent(tag)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'HEAD',
      // A stalled registry must not hold the job until GitHub kills it.
      signal: AbortSignal.timeout(30_000),
      headers: {
        Accept: MANIFEST_TYPES,
        Authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`,
      },
    });
  } catch (err) {
    const cause = (err as { cause?: Error }).cause;
    throw new UserError(
      'images',
      `cannot reach the registry ${login.registry}: ${cause?.message ?? (err as Error).message}`,
    );
  }
  if (response.status === 404) return undefined;
  if (!response.ok)
    throw new UserError(
      'images',
      `registry ${login.registry} answered ${response.status} for ${repository}:${tag}`,
    );
  return response.headers.get('docker-content-digest') ?? undefined;
}

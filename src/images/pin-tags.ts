import type { ImageRegistry } from '../aws/edge.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { parseImageReference } from './image-reference.js';
import { manifestDigestOf, registryCredentials } from './manifest-lookup.js';
import type { ImagesResult } from './build-and-push.js';
import type { RegistryMirrors } from './registry-mirrors.js';
import { credentialKey, dockerCredentials } from './docker-credentials.js';

export interface PinDeps {
  registry: ImageRegistry;
  logger: Logger;
  fetch: typeof fetch;
  /** The engine's registry mirrors, asked first (registry-mirrors.ts). */
  mirrors?: RegistryMirrors;
  /** Where Docker's client configuration is found (DOCKER_CONFIG, HOME); none read without it. */
  env?: NodeJS.ProcessEnv;
}

/**
 * Pins every `image:` given by tag (`postgres:16`) to the digest the tag points at now, so the template
 * and the release name the same bytes whenever they are deployed again (a tag can move). Built services
 * are already pinned; an image already given by digest stays as written.
 */
export async function pinImageTags(result: ImagesResult, deps: PinDeps): Promise<ImagesResult> {
  const toPin = Object.values(result.project.services).filter(
    (s) => !s.build && s.image && !s.image.includes('@'),
  );
  if (!toPin.length) return result;
  const refs = toPin.map((s) => {
    const ref = parseImageReference(s.image!);
    if (!ref) throw new UserError(`service ${s.name}: "${s.image}" is not an image reference`);
    return { service: s, ref };
  });
  // A mirror in this account's ECR takes the ECR login like the registry it stands for.
  const mirrorHosts = refs
    .flatMap((r) => deps.mirrors?.get(r.ref.host) ?? [])
    .map((url) => ({ host: new URL(url).host }));
  const hosts = [...refs.map((r) => r.ref), ...mirrorHosts];
  const ecrLogin = await registryCredentials(hosts, deps.registry, deps.logger);
  // Other registries: what the runner's Docker configuration holds for them (docker login, helpers).
  const configured = deps.env
    ? await dockerCredentials(
        hosts.map((h) => h.host),
        deps.env,
      )
    : new Map();
  for (const c of configured.values()) deps.logger.mask(c.password);
  const credentials = (host: string) => ecrLogin(host) ?? configured.get(credentialKey(host));
  const pinned = await Promise.all(
    refs.map(async ({ service, ref }) => {
      const digest = await manifestDigestOf(ref, {
        fetch: deps.fetch,
        credentials,
        ...(deps.mirrors ? { mirrors: deps.mirrors } : {}),
        onMirrorMiss: (message) => deps.logger.warning(message),
      });
      if (!digest)
        throw new UserError(`service ${service.name}: image ${service.image} does not exist in ${ref.host}`);
      const uri = `${ref.name}@${digest}`;
      deps.logger.info(`${service.name}: ${service.image} is ${digest}; the release pins ${uri}`);
      return { service, ref, digest, uri };
    }),
  );
  const services = { ...result.project.services };
  for (const p of pinned) services[p.service.name] = { ...p.service, image: p.uri };
  return {
    project: { ...result.project, services },
    images: [
      ...result.images,
      ...pinned.map((p) => ({
        service: p.service.name,
        uri: p.uri,
        repository: p.ref.name,
        tag: p.ref.tag ?? 'latest',
        digest: p.digest,
        pushed: false,
        origin: `pinned from ${p.service.image}`,
      })),
    ].sort((a, b) => a.service.localeCompare(b.service)),
  };
}

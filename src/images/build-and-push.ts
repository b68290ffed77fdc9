import type { ImageRegistry } from '../aws/edge.js';
import { availableParallelism } from 'node:os';
import type { Project, Service } from '../compose/model.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { ensureRepositories, getRegistryLogin, isValidRepositoryName, type RegistryLogin } from './ecr.js';
import type { ContainerEngine } from './engine.js';
import { applyLifecyclePolicy } from './lifecycle.js';
import { prepareBuild, type BuiltService, type PreparedBuild } from './prepare-build.js';
import { runBuilds } from './run-builds.js';

export interface ImageRecord {
  service: string;
  /** The image the service runs: `repository@sha256:...` for built services, else the compose image as written. */
  uri: string;
  repository?: string;
  tag?: string;
  digest?: string;
  /** False when the registry already had an image built from the same inputs. */
  pushed: boolean;
  /** Where an image that was not built comes from: `pinned from postgres:16`, `as recorded in release 2222222`. */
  origin?: string;
  /** How long the build and push took, when the image was built. */
  durationMs?: number;
}

export interface ImagesResult {
  project: Project;
  images: ImageRecord[];
}

export interface ImagesDeps {
  registry: ImageRegistry;
  /** Needed only when a service is built. */
  engine?: ContainerEngine;
  logger: Logger;
}

export interface ImageOptions {
  repositoryPrefix?: string;
  /**
   * Push to `<prefix>-untrusted/*` (default on pull_request events): what a pull request built never
   * lands where a trusted deploy finds and reuses images. IAM holds the line (README, "Security").
   */
  untrusted?: boolean;
  /** Keys the HMAC of build secret contents in the content tag (build-secret-key). */
  secretKey?: string;
  /** Builds at once (default: the machine's cores). */
  concurrency?: number;
  /** The default registry cache on a `buildcache` tag, where the builder supports it (default on). */
  cache?: boolean;
  /** buildx attestations, unless a service's build says otherwise. */
  provenance?: string;
  sbom?: string;
  /** KMS key for repositories the action creates (AES256 otherwise). */
  kmsKey?: string;
  /** Put a lifecycle policy keeping the last N builds (never a release's images, never the cache). */
  lifecycleKeep?: number;
  /** Where environment build secrets are read. */
  environment?: Record<string, string | undefined>;
}

export const CACHE_TAG = 'buildcache';
export const UNTRUSTED_SUFFIX = '-untrusted';

/** The repository prefix a run pushes to: `<prefix>-untrusted` for untrusted runs. */
export function imagePrefix(prefix: string, untrusted: boolean | undefined): string {
  return untrusted && !prefix.endsWith(UNTRUSTED_SUFFIX) ? `${prefix}${UNTRUSTED_SUFFIX}` : prefix;
}

/** ECR repository per built service: `<prefix>/<service>`, lowercase as ECR requires. */
export function repositoryName(prefix: string, service: string): string {
  return `${prefix}/${service}`.toLowerCase();
}

/**
 * Builds every service that has `build:` (in parallel, up to `concurrency`), pushes it to ECR after
 * one token login, and returns the project with each built service's `image` pinned to
 * `repository@digest` as the registry reported it. An image whose content tag the registry already has
 * is neither built nor pushed. Services without `build:` keep their image as written.
 */
export async function buildAndPushImages(
  project: Project,
  deps: ImagesDeps,
  options: ImageOptions = {},
): Promise<ImagesResult> {
  const prefix = imagePrefix(options.repositoryPrefix ?? project.name, options.untrusted);
  const built = Object.values(project.services)
    .filter((s): s is BuiltService => Boolean(s.build))
    .sort((a, b) => a.name.localeCompare(b.name));
  const invalid = built
    .map((s) => repositoryName(prefix, s.name))
    .filter((name) => !isValidRepositoryName(name));
  if (invalid.length) {
    throw new UserError(`not valid ECR repository names: ${invalid.join(', ')} (set repository-prefix)`);
  }

  const images: ImageRecord[] = [];
  const services: Record<string, Service> = { ...project.services };
  if (built.length) {
    const engine = deps.engine;
    if (!engine) throw new Error('internal: services are built but no engine was chosen');
    const cache = options.cache !== false && engine.capabilities.defaultCache !== 'none';
    if ((options.provenance || options.sbom) && !engine.capabilities.attestations)
      deps.logger.warning(
        `provenance and sbom are not produced by ${engine.description}: they need buildx with the docker-container driver`,
      );
    const login = await getRegistryLogin(deps.registry);
    deps.logger.mask(login.password);
    const names = built.map((s) => repositoryName(prefix, s.name));
    const serviceOf = (name: string) => built.find((s) => repositoryName(prefix, s.name) === name)!;
    const repositories = await ensureRepositories(deps.registry, names, (name) => ({
      tags: {
        'com.docker.compose.project': project.name,
        'com.docker.compose.service': serviceOf(name).name,
      },
      kmsKey: options.kmsKey,
      // build.tags into the same repository (e.g. :latest) are rewritten by every build: keep them mutable.
      mutableTags: [
        ...(cache ? [CACHE_TAG] : []),
        ...(serviceOf(name).build.tags ?? [])
          .filter((t) => t.startsWith(`${login.registry}/${name}:`))
          .map((t) => t.slice(`${login.registry}/${name}:`.length)),
      ],
    }));
    for (const [name, { created }] of repositories)
      if (created) deps.logger.info(`created ECR repository ${name}`);
    if (options.lifecycleKeep) {
      const changed = await applyLifecyclePolicy(deps.registry, names, options.lifecycleKeep);
      if (changed.length)
        deps.logger.info(
          `lifecycle policy (keep the last ${options.lifecycleKeep} builds) put on ${changed.join(', ')}`,
        );
    }

    const plans = await Promise.all(
      built.map((service) => {
        const repository = repositoryName(prefix, service.name);
        return prepareBuild(service, {
          repository,
          repositoryUri: repositories.get(repository)!.uri,
          projectName: project.name,
          // A repository someone made fully immutable cannot take a rewritten cache tag: no default cache there.
          cache: cache && repositories.get(repository)!.canRewrite(CACHE_TAG),
          provenance: options.provenance,
          sbom: options.sbom,
          environment: options.environment ?? process.env,
          secrets: project.secrets,
          secretKey: options.secretKey,
        });
      }),
    );
    const records = await buildMissing(
      plans,
      login,
      { ...deps, engine },
      options.concurrency ?? availableParallelism(),
    );
    for (const record of records) {
      images.push(record);
      services[record.service] = { ...project.services[record.service]!, image: record.uri };
    }
  }
  for (const service of Object.values(project.services)) {
    if (!service.build && service.image)
      images.push({ service: service.name, uri: service.image, pushed: false });
  }
  images.sort((a, b) => a.service.localeCompare(b.service));
  return { project: { ...project, services }, images };
}

/** Asks the registry for every content tag, then builds (in parallel) only the images it lacks. */
async function buildMissing(
  plans: PreparedBuild[],
  login: RegistryLogin,
  deps: ImagesDeps & { engine: ContainerEngine },
  concurrency: number,
): Promise<ImageRecord[]> {
  const existing = await Promise.all(
    plans.map((p) => deps.registry.manifestDigest(login, p.repository, p.tag)),
  );
  const records: ImageRecord[] = [];
  const missing: PreparedBuild[] = [];
  plans.forEach((plan, i) => {
    const digest = existing[i];
    if (!digest) return missing.push(plan);
    deps.logger.info(
      `${plan.repository}:${plan.tag} is already in the registry (${digest}): nothing to build`,
    );
    records.push(record(plan, digest, false));
  });
  try {
    if (missing.length) {
      await deps.engine.login(login.registry, login.username, login.password);
      const results = await runBuilds(missing, deps.engine, deps.logger, concurrency);
      // The registry's own digest for the content tag is what a task pulls: it is the one pinned, whatever
      // an engine reported (older buildx with the docker driver reported the image id, not the digest).
      const pushed = await Promise.all(
        results.map((r) => deps.registry.manifestDigest(login, r.plan.repository, r.plan.tag)),
      );
      results.forEach(({ plan, digest, durationMs }, i) => {
        const stored = pushed[i];
        if (!stored)
          throw new UserError(`${plan.repository}:${plan.tag} was pushed but the registry does not have it`);
        if (stored !== digest)
          deps.logger.info(
            `${plan.repository}:${plan.tag}: the engine reported ${digest}, the registry stores ${stored}`,
          );
        records.push({ ...record(plan, stored, true), durationMs });
      });
    }
  } finally {
    await Promise.all(plans.map((p) => p.cleanup()));
  }
  return records;
}

function record(plan: PreparedBuild, digest: string, pushed: boolean): ImageRecord {
  return {
    service: plan.request.service,
    uri: `${plan.repositoryUri}@${digest}`,
    repository: plan.repository,
    tag: plan.tag,
    digest,
    pushed,
  };
}

import type { ECRClient } from '@aws-sdk/client-ecr';
import type { Project, Service } from '../compose/model.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { buildInputsHash } from './build-inputs.js';
import { ensureRepository, getRegistryLogin, isValidRepositoryName, type RegistryLogin } from './ecr.js';
import { manifestDigest } from './registry.js';
import type { ContainerEngine } from './engine.js';

export interface ImageRecord {
  service: string;
  /** The image the service runs: `repository@sha256:...` for built services, else the compose image as written. */
  uri: string;
  repository?: string;
  tag?: string;
  digest?: string;
  /** False when the registry already had an image built from the same inputs. */
  pushed: boolean;
}

export interface ImagesResult {
  project: Project;
  images: ImageRecord[];
}

export interface ImagesDeps {
  ecr: ECRClient;
  engine: ContainerEngine;
  logger: Logger;
}

/** ECR repository per built service: `<prefix>/<service>`, lowercase as ECR requires. */
export function repositoryName(prefix: string, service: string): string {
  return `${prefix}/${service}`.toLowerCase();
}

/**
 * Builds every service that has `build:`, pushes it to ECR after a token login, and returns the
 * project with each built service's `image` pinned to `repository@digest` as the registry reported it.
 * Services without `build:` keep their image as written.
 */
export async function buildAndPushImages(
  project: Project,
  deps: ImagesDeps,
  options: { repositoryPrefix?: string } = {},
): Promise<ImagesResult> {
  const prefix = options.repositoryPrefix ?? project.name;
  const built = Object.values(project.services)
    .filter((s): s is Service & { build: NonNullable<Service['build']> } => Boolean(s.build))
    .sort((a, b) => a.name.localeCompare(b.name));
  const invalid = built
    .map((s) => repositoryName(prefix, s.name))
    .filter((name) => !isValidRepositoryName(name));
  if (invalid.length) {
    throw new UserError(
      'images',
      `not valid ECR repository names: ${invalid.join(', ')} (set repository-prefix)`,
    );
  }

  const images: ImageRecord[] = [];
  const services: Record<string, Service> = { ...project.services };
  if (built.length) {
    const login = await getRegistryLogin(deps.ecr);
    deps.logger.mask(login.password);
    await deps.engine.login(login.registry, login.username, login.password);
    for (const service of built) {
      const record = await deps.logger.group(`image: ${service.name}`, () =>
        buildOne(service, repositoryName(prefix, service.name), project.name, login, deps),
      );
      images.push(record);
      services[service.name] = { ...service, image: record.uri };
    }
  }
  for (const service of Object.values(project.services)) {
    if (!service.build && service.image)
      images.push({ service: service.name, uri: service.image, pushed: false });
  }
  images.sort((a, b) => a.service.localeCompare(b.service));
  return { project: { ...project, services }, images };
}

async function buildOne(
  service: Service & { build: NonNullable<Service['build']> },
  repository: string,
  projectName: string,
  login: RegistryLogin,
  deps: ImagesDeps,
): Promise<ImageRecord> {
  const { uri: repositoryUri } = await ensureRepository(deps.ecr, repository, {
    'com.docker.compose.project': projectName,
    'com.docker.compose.service': service.name,
  });
  const dockerfile = resolveDockerfile(service.build.context, service.build.dockerfile);
  // Tag by what the build reads: an unchanged service is neither rebuilt nor pushed (and immutable tags never clash).
  const tag = `src-${(await buildInputsHash(service.build, dockerfile, service.platform)).slice(0, 32)}`;
  const existing = await manifestDigest(login, repository, tag);
  if (existing) {
    deps.logger.info(`${repository}:${tag} is already in the registry (${existing}): nothing to build`);
    return {
      service: service.name,
      uri: `${repositoryUri}@${existing}`,
      repository,
      tag,
      digest: existing,
      pushed: false,
    };
  }
  const reference = `${repositoryUri}:${tag}`;
  await deps.engine.build({
    service: service.name,
    context: service.build.context,
    dockerfile,
    tag: reference,
    args: service.build.args,
    labels: {
      ...service.build.labels,
      'com.docker.compose.project': projectName,
      'com.docker.compose.service': service.name,
    },
    target: service.build.target,
    platform: service.platform,
  });
  const digest = await deps.engine.push(reference);
  deps.logger.info(`pushed ${reference} as ${digest}`);
  return { service: service.name, uri: `${repositoryUri}@${digest}`, repository, tag, digest, pushed: true };
}

function resolveDockerfile(context: string, dockerfile: string): string {
  return dockerfile.startsWith('/') ? dockerfile : `${context.replace(/\/$/, '')}/${dockerfile}`;
}

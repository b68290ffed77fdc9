// From a compose service to the engine's BuildRequest: the content tag, the Dockerfile (a private
// file for dockerfile_inline), build secrets as files (an environment secret is written to a private
// 0600 file for the build and removed after it), the default registry cache and attestations.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Build, Service } from '../compose/model.js';
import { UserError } from '../errors.js';
import { makePrivateDir } from '../private-temp.js';
import { buildInputsHash, secretDigest } from './build-inputs.js';
import type { BuildRequest } from './build-request.js';
import { gitContext } from './remote-context.js';

export type BuiltService = Service & { build: Build };

export interface PreparedBuild {
  request: BuildRequest;
  repository: string;
  repositoryUri: string;
  /** The content tag: `src-` and the fingerprint of the build's inputs. */
  tag: string;
  /** Removes the private files (secrets, inline Dockerfile). */
  cleanup: () => Promise<void>;
}

export interface PrepareOptions {
  repository: string;
  repositoryUri: string;
  projectName: string;
  /** Use the default registry cache on the repository's buildcache tag (when the user wrote none). */
  cache: boolean;
  provenance?: string;
  sbom?: string;
  environment: Record<string, string | undefined>;
  /** Top-level secrets, to read build secrets from. */
  secrets?: Record<string, { file?: string; environment?: string }>;
  /** Keys the HMAC of build secret contents in the content tag (build-secret-key). */
  secretKey?: string;
}

export async function prepareBuild(
  service: BuiltService,
  options: PrepareOptions & { secrets: NonNullable<PrepareOptions['secrets']> },
): Promise<PreparedBuild> {
  const { build } = service;
  let privateDir: string | undefined;
  const privateFile = async (name: string, content: string) => {
    privateDir ??= await makePrivateDir('compose-ecs-build-');
    const file = join(privateDir, name);
    await writeFile(file, content, { mode: 0o600 });
    return file;
  };
  const cleanup = async () => {
    if (privateDir) await rm(privateDir, { recursive: true, force: true });
  };
  try {
    const platforms = build.platforms.length ? build.platforms : service.platform ? [service.platform] : [];
    const remote = gitContext(build.context);
    const dockerfile =
      build.dockerfileInline !== undefined
        ? await privateFile('Dockerfile', build.dockerfileInline)
        : remote || isAbsolute(build.dockerfile)
          ? build.dockerfile
          : join(build.context, build.dockerfile);
    const secrets: BuildRequest['secrets'] = [];
    const secretDigests: Record<string, string> = {};
    for (const [i, secret] of (build.secrets ?? []).entries()) {
      const definition = options.secrets[secret.source];
      if (definition?.file) {
        secrets.push({ id: secret.id, file: definition.file });
        const content = await readFile(definition.file).catch(() => {
          throw new UserError(
            `build secret "${secret.source}" of service "${service.name}": cannot read its file ${definition.file}`,
          );
        });
        secretDigests[secret.id] = secretDigest(content, options.secretKey);
      } else {
        const value = definition?.environment ? options.environment[definition.environment] : undefined;
        if (value === undefined)
          throw new UserError(
            `build secret "${secret.source}" of service "${service.name}" has no value: set ${definition?.environment ?? 'its environment variable'}`,
          );
        secrets.push({ id: secret.id, file: await privateFile(`secret-${i}`, value) });
        secretDigests[secret.id] = secretDigest(value, options.secretKey);
      }
    }
    const fingerprint = await buildInputsHash(
      build,
      build.dockerfileInline !== undefined || remote
        ? { text: build.dockerfileInline ?? build.dockerfile }
        : { path: dockerfile },
      platforms,
      secretDigests,
    );
    const tag = `src-${fingerprint.slice(0, 32)}`;
    const userCache = Boolean(build.cacheFrom?.length || build.cacheTo?.length);
    const request: BuildRequest = {
      service: service.name,
      context: build.context,
      dockerfile,
      tags: [`${options.repositoryUri}:${tag}`, ...(build.tags ?? [])],
      args: build.args,
      labels: {
        ...build.labels,
        'com.docker.compose.project': options.projectName,
        'com.docker.compose.service': service.name,
      },
      target: build.target,
      platforms,
      secrets,
      ssh: build.ssh ?? [],
      additionalContexts: build.additionalContexts ?? {},
      cacheFrom: build.cacheFrom ?? [],
      cacheTo: build.cacheTo ?? [],
      cacheRef:
        options.cache && !userCache && !build.noCache ? `${options.repositoryUri}:buildcache` : undefined,
      extraHosts: build.extraHosts ?? [],
      network: build.network,
      shmSize: build.shmSize,
      pull: build.pull ?? false,
      noCache: build.noCache ?? false,
      ulimits: build.ulimits ?? {},
      entitlements: [...(build.entitlements ?? []), ...(build.privileged ? ['security.insecure'] : [])],
      provenance: build.provenance ?? options.provenance,
      sbom: build.sbom ?? options.sbom,
    };
    return { request, repository: options.repository, repositoryUri: options.repositoryUri, tag, cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

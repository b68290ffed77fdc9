// Docker with the buildx plugin (GitHub's runners): `docker buildx build --push`, digests from the
// metadata file. What the builder can do depends on its driver: the default `docker` driver exports
// no cache and builds one platform; docker-container (docker/setup-buildx-action) does everything.
// https://docs.docker.com/build/builders/drivers/ ; ECR's registry cache needs image-manifest=true:
// https://aws.amazon.com/blogs/containers/announcing-remote-cache-support-in-amazon-ecr-for-buildkit-clients/
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../../errors.js';
import type { Logger } from '../../log.js';
import {
  addHostArgs,
  keyValues,
  repeat,
  secretArgs,
  sshArgs,
  ulimitArgs,
  type BuildRequest,
} from '../build-request.js';
import { CliEngine, copyDockerConfig, type ContainerEngine, type EngineCapabilities } from '../engine.js';

export function buildxCapabilities(driver: string): EngineCapabilities {
  const full = driver !== 'docker';
  return {
    multiPlatform: full,
    cacheTo: full ? 'any' : 'none',
    cacheFrom: 'any',
    additionalContexts: true,
    attestations: full,
    ulimits: true,
    entitlements: true,
    secretIdOk: () => true,
    defaultCache: full ? 'registry' : 'inline',
  };
}

/** `docker buildx build` arguments for one request; the metadata file tells the pushed digest. */
export function buildxArgs(
  r: BuildRequest,
  metadataFile: string,
  capabilities: EngineCapabilities,
): string[] {
  const cacheFrom = r.cacheRef ? [`type=registry,ref=${r.cacheRef}`] : r.cacheFrom;
  const cacheTo = !r.cacheRef
    ? r.cacheTo
    : capabilities.defaultCache === 'registry'
      ? [`type=registry,ref=${r.cacheRef},mode=max,image-manifest=true,oci-mediatypes=true`]
      : ['type=inline'];
  const tags = r.cacheRef && capabilities.defaultCache === 'inline' ? [...r.tags, r.cacheRef] : r.tags;
  return [
    'buildx',
    'build',
    '--push',
    '--progress=plain',
    '--metadata-file',
    metadataFile,
    '--file',
    r.dockerfile,
    ...repeat('--tag', tags),
    ...repeat('--build-arg', keyValues(r.args)),
    ...repeat('--label', keyValues(r.labels)),
    ...(r.target ? ['--target', r.target] : []),
    ...(r.platforms.length ? ['--platform', r.platforms.join(',')] : []),
    ...secretArgs(r.secrets),
    ...sshArgs(r.ssh),
    ...repeat('--build-context', keyValues(r.additionalContexts)),
    ...repeat('--cache-from', cacheFrom),
    ...repeat('--cache-to', cacheTo),
    ...addHostArgs(r.extraHosts),
    ...(r.network && r.network !== 'default' ? ['--network', r.network] : []),
    ...(r.shmSize !== undefined ? ['--shm-size', String(r.shmSize)] : []),
    ...ulimitArgs(r.ulimits),
    ...repeat('--allow', r.entitlements),
    ...(r.pull ? ['--pull'] : []),
    ...(r.noCache ? ['--no-cache'] : []),
    ...(r.provenance !== undefined ? [`--provenance=${r.provenance}`] : []),
    ...(r.sbom !== undefined ? [`--sbom=${r.sbom}`] : []),
    r.context,
  ];
}

export class BuildxEngine extends CliEngine implements ContainerEngine {
  readonly name = 'buildx' as const;
  readonly description: string;
  readonly capabilities: EngineCapabilities;

  constructor(
    private readonly logger: Logger,
    readonly driver: string,
    program = 'docker',
  ) {
    super(program);
    this.description = `docker buildx (${driver} driver)`;
    this.capabilities = buildxCapabilities(driver);
  }

  protected prepare(dir: string): Promise<void> {
    return copyDockerConfig(dir);
  }

  protected environment(dir: string): Record<string, string> {
    return { DOCKER_CONFIG: dir };
  }

  protected log(line: string): void {
    this.logger.info(line);
  }

  async buildAndPush(r: BuildRequest, onLine: (line: string) => void): Promise<string> {
    const metadataFile = join(await this.privateDir(), `${r.service}.metadata.json`);
    await this.run(
      buildxArgs(r, metadataFile, this.capabilities),
      `building and pushing the image of service "${r.service}"`,
      {
        onLine,
      },
    );
    const metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Record<string, unknown>;
    const digest = metadata['containerimage.digest'];
    if (typeof digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(digest))
      throw new UserError(`buildx reported no pushed digest for service "${r.service}"`);
    return digest;
  }
}

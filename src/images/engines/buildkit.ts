// Docker's embedded BuildKit through the docker CLI with DOCKER_BUILDKIT=1 (docker 18.09–22.x; the
// CLI of Docker 23 and later needs the buildx plugin instead). Secrets, ssh, targets and inline cache
// work; cache exports, named contexts, attestations and multi-platform builds need buildx.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../../log.js';
import { addHostArgs, keyValues, repeat, secretArgs, sshArgs, type BuildRequest } from '../build-request.js';
import {
  CliEngine,
  copyDockerConfig,
  pushedDigest,
  type ContainerEngine,
  type EngineCapabilities,
} from '../engine.js';

export const BUILDKIT_CAPABILITIES: EngineCapabilities = {
  multiPlatform: false,
  cacheTo: 'none',
  cacheFrom: 'reference',
  additionalContexts: false,
  attestations: false,
  ulimits: false,
  entitlements: false,
  secretIdOk: () => true,
  defaultCache: 'inline',
};

/** Maps `type=registry,ref=X` to X, the only cache source this CLI takes; anything else stays as written. */
export function plainCacheRef(entry: string): string {
  const ref = /^type=registry,ref=([^,]+)$/.exec(entry);
  return ref ? ref[1]! : entry;
}

/** `docker build` arguments for one request (the iid file tells the image id; progress in plain lines). */
export function buildkitArgs(r: BuildRequest, iidfile: string): string[] {
  const inline = r.cacheRef !== undefined;
  return [
    'build',
    '--progress=plain',
    '--file',
    r.dockerfile,
    '--iidfile',
    iidfile,
    ...repeat('--tag', inline ? [...r.tags, r.cacheRef!] : r.tags),
    ...repeat('--build-arg', keyValues(r.args)),
    // Inline cache: the pushed buildcache image carries its own cache metadata for the next runner.
    ...(inline ? ['--build-arg', 'BUILDKIT_INLINE_CACHE=1'] : []),
    ...repeat('--label', keyValues(r.labels)),
    ...(r.target ? ['--target', r.target] : []),
    ...(r.platforms.length ? ['--platform', r.platforms[0]!] : []),
    ...secretArgs(r.secrets),
    ...sshArgs(r.ssh),
    ...repeat('--cache-from', (inline ? [r.cacheRef!] : r.cacheFrom).map(plainCacheRef)),
    ...addHostArgs(r.extraHosts),
    ...(r.network && r.network !== 'default' ? ['--network', r.network] : []),
    ...(r.pull ? ['--pull'] : []),
    ...(r.noCache ? ['--no-cache'] : []),
    r.context,
  ];
}

export class BuildkitEngine extends CliEngine implements ContainerEngine {
  readonly name = 'buildkit' as const;
  readonly description = "Docker's embedded BuildKit (DOCKER_BUILDKIT=1)";
  readonly capabilities = BUILDKIT_CAPABILITIES;

  constructor(
    private readonly logger: Logger,
    program = 'docker',
  ) {
    super(program);
  }

  protected prepare(dir: string): Promise<void> {
    return copyDockerConfig(dir);
  }

  protected environment(dir: string): Record<string, string> {
    return { DOCKER_CONFIG: dir, DOCKER_BUILDKIT: '1' };
  }

  protected log(line: string): void {
    this.logger.info(line);
  }

  async buildAndPush(r: BuildRequest, onLine: (line: string) => void): Promise<string> {
    const iidfile = join(await this.privateDir(), `${r.service}.iid`);
    await this.run(buildkitArgs(r, iidfile), `building the image of service "${r.service}"`, { onLine });
    onLine(`image ${(await readFile(iidfile, 'utf8')).trim()}`);
    const pushes = r.cacheRef ? [...r.tags, r.cacheRef] : r.tags;
    const digests: string[] = [];
    for (const tag of pushes)
      digests.push(pushedDigest(await this.run(['push', tag], `pushing ${tag}`, { onLine }), tag));
    return digests[0]!;
  }
}

// podman (buildah inside): secrets, ssh, named contexts and cache mounts work; its registry cache
// (--cache-from/--cache-to) takes plain repositories, and a multi-platform build needs buildx here.
import { copyFile, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
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
import { CliEngine, type ContainerEngine, type EngineCapabilities } from '../engine.js';
import { plainCacheRef } from './buildkit.js';

export const PODMAN_CAPABILITIES: EngineCapabilities = {
  multiPlatform: false,
  cacheTo: 'reference',
  cacheFrom: 'reference',
  additionalContexts: true,
  attestations: false,
  ulimits: true,
  entitlements: false,
  // buildah splits --secret on commas, with no quoting.
  secretIdOk: (id) => !/[,\r\n]/.test(id),
  defaultCache: 'none',
};

/** `podman build` arguments for one request. */
export function podmanBuildArgs(r: BuildRequest, iidfile: string): string[] {
  return [
    'build',
    '--file',
    r.dockerfile,
    '--iidfile',
    iidfile,
    ...repeat('--tag', r.tags),
    ...repeat('--build-arg', keyValues(r.args)),
    ...repeat('--label', keyValues(r.labels)),
    ...(r.target ? ['--target', r.target] : []),
    ...(r.platforms.length ? ['--platform', r.platforms[0]!] : []),
    ...secretArgs(r.secrets, (field) => field),
    ...sshArgs(r.ssh),
    ...repeat('--build-context', keyValues(r.additionalContexts)),
    ...repeat('--cache-from', r.cacheFrom.map(plainCacheRef)),
    ...repeat('--cache-to', r.cacheTo.map(plainCacheRef)),
    ...addHostArgs(r.extraHosts),
    ...(r.network && r.network !== 'default' ? ['--network', r.network] : []),
    ...(r.shmSize !== undefined ? ['--shm-size', `${r.shmSize}b`] : []),
    ...ulimitArgs(r.ulimits),
    ...(r.pull ? ['--pull=always'] : []),
    ...(r.noCache ? ['--no-cache'] : []),
    r.context,
  ];
}

export class PodmanEngine extends CliEngine implements ContainerEngine {
  readonly name = 'podman' as const;
  readonly description = 'podman';
  readonly capabilities = PODMAN_CAPABILITIES;

  constructor(
    private readonly logger: Logger,
    program = 'podman',
  ) {
    super(program);
  }

  /** Starts from the user's own podman logins (private base images, other registries of build.tags). */
  protected async prepare(dir: string): Promise<void> {
    const candidates = [
      process.env.REGISTRY_AUTH_FILE,
      process.env.XDG_RUNTIME_DIR && join(process.env.XDG_RUNTIME_DIR, 'containers/auth.json'),
      join(homedir(), '.config/containers/auth.json'),
    ].filter((p): p is string => Boolean(p));
    for (const file of candidates) {
      if (
        await copyFile(file, join(dir, 'auth.json')).then(
          () => true,
          () => false,
        )
      )
        return;
    }
  }

  protected environment(dir: string): Record<string, string> {
    // Logins for this run only; podman reads and writes this file instead of the user's.
    return { REGISTRY_AUTH_FILE: join(dir, 'auth.json') };
  }

  protected log(line: string): void {
    this.logger.info(line);
  }

  async buildAndPush(r: BuildRequest, onLine: (line: string) => void): Promise<string> {
    const dir = await this.privateDir();
    const iidfile = join(dir, `${r.service}.iid`);
    await this.run(podmanBuildArgs(r, iidfile), `building the image of service "${r.service}"`, { onLine });
    onLine(`image ${(await readFile(iidfile, 'utf8')).trim()}`);
    const digests: string[] = [];
    for (const [i, tag] of r.tags.entries()) {
      const digestfile = join(dir, `${r.service}.${i}.digest`);
      await this.run(['push', '--digestfile', digestfile, tag], `pushing ${tag}`, { onLine });
      digests.push((await readFile(digestfile, 'utf8')).trim());
    }
    return digests[0]!;
  }
}

// podman (buildah inside): secrets, ssh, named contexts and cache mounts work; its registry cache
// (--cache-from/--cache-to) takes plain repositories. A multi-platform build goes into a local manifest
// list that `podman manifest push --all` pushes as one index (RUN steps for a foreign architecture need
// qemu-user-static's binfmt handlers on the runner, as with buildx).
import { copyFile, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
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
  multiPlatform: true,
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

/** `podman build` arguments for one request; several platforms build into the local manifest list named. */
export function podmanBuildArgs(r: BuildRequest, iidfile: string, manifest?: string): string[] {
  return [
    'build',
    '--file',
    r.dockerfile,
    '--iidfile',
    iidfile,
    ...(manifest ? ['--manifest', manifest] : repeat('--tag', r.tags)),
    // podman 4.3's layer cache ignores the platform for some steps (FROM scratch + COPY gives every
    // platform the first one's image, and the list ends up with one entry): no layer cache for these.
    ...(manifest ? ['--layers=false'] : []),
    ...repeat('--build-arg', keyValues(r.args)),
    ...repeat('--label', keyValues(r.labels)),
    ...(r.target ? ['--target', r.target] : []),
    ...(r.platforms.length ? ['--platform', r.platforms.join(',')] : []),
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
    const manifest =
      r.platforms.length > 1
        ? `localhost/compose-ecs-${basename(dir).toLowerCase()}/${r.service}:index`
        : undefined;
    try {
      await this.run(podmanBuildArgs(r, iidfile, manifest), `building the image of service "${r.service}"`, {
        onLine,
      });
      onLine(`image ${(await readFile(iidfile, 'utf8')).trim()}`);
      const digests: string[] = [];
      for (const [i, tag] of r.tags.entries()) {
        const digestfile = join(dir, `${r.service}.${i}.digest`);
        const push = manifest
          ? ['manifest', 'push', '--all', '--digestfile', digestfile, manifest, `docker://${tag}`]
          : ['push', '--digestfile', digestfile, tag];
        await this.run(push, `pushing ${tag}`, { onLine });
        digests.push((await readFile(digestfile, 'utf8')).trim());
      }
      return digests[0]!;
    } finally {
      // The local manifest list is this run's scratch; its images stay in the layer cache.
      if (manifest)
        await this.run(['manifest', 'rm', manifest], `removing ${manifest}`).catch(() => undefined);
    }
  }
}

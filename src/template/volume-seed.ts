// Docker fills a new, empty named volume with what the image has at the mount path; an EFS file system
// starts empty, so `html:/usr/share/nginx/html` would serve an empty directory (403) where compose serves
// the image's pages. Before a service starts, a non-essential init container of the same image copies the
// image's content at that path into the volume when the volume is empty. Several replicas start at once,
// so the copy runs under a lock (mkdir is atomic on NFS) and ends with a completion marker; a later start
// sees the marker, or a volume that already holds data, and copies nothing. An image without content at
// the path (a database's data directory) copies nothing and leaves no marker, so initdb and
// mysqld --initialize still find an empty directory.
import type { Service } from '../compose/model.js';
import type { Context } from './context.js';
import { shellQuote } from './file-script.js';
import { logConfiguration } from './logs.js';
import { containerName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';

/** A named-volume mount that Docker would populate from the image. */
export interface SeedMount {
  service: Service;
  /** The task volume's name. */
  volume: string;
  target: string;
  index: number;
}

const MARKER = '.compose-ecs-populated';
const LOCK = '.compose-ecs-populating';
/** Images known to have no shell: the copy cannot run in them. */
const SHELLLESS = /(^|\/)(distroless\/|static-debian|scratch$)|-distroless(:|@|$)|(^|\/)chainguard\/static/;

/** The script: wait for the lock, copy when the volume is empty and the image has content, mark done. */
export function seedScript(from: string, to: string): string {
  const [src, dst] = [shellQuote(from), shellQuote(to)];
  return [
    'set -e',
    `[ -e ${dst}/${MARKER} ] && exit 0`,
    // Nothing at the path in the image: nothing to copy, and no marker in what may be a data directory.
    `[ -d ${src} ] && [ -n "$(ls -A ${src})" ] || exit 0`,
    `n=0; until mkdir ${dst}/${LOCK} 2>/dev/null; do`,
    `  [ -e ${dst}/${MARKER} ] && exit 0`,
    // A replica that died mid-copy leaves its lock: after 10 minutes, take it over.
    `  n=$((n+1)); [ "$n" -ge 300 ] && break; sleep 2`,
    'done',
    `if [ ! -e ${dst}/${MARKER} ] && [ -z "$(ls -A ${dst} | grep -v '^${LOCK}$')" ] || [ "$n" -ge 300 ]; then`,
    `  cp -a ${src}/. ${dst}/ 2>/dev/null || cp -R ${src}/. ${dst}/`,
    `  touch ${dst}/${MARKER}`,
    'fi',
    `rmdir ${dst}/${LOCK}`,
  ].join('\n');
}

/**
 * Why the copy cannot run in the service's image, or undefined when it can. A non-essential container that
 * cannot start (no sh) stops its task, so only images known to have a shell are used: pulled images outside
 * the shell-less families, and images built here FROM such an image (their Dockerfile's root FROM, read at
 * load time: what the built stage rests on; a build adds layers to it and removes no shell). A base named by
 * a variable, or an unreadable Dockerfile, says nothing: the mount is named instead.
 */
function noShell(c: Service, image: string, base: string | undefined, target: string): string | undefined {
  const copy = `to copy its content at ${target}`;
  if (c.build === undefined)
    return SHELLLESS.test(image.split('@')[0]!) ? `${image} has no shell ${copy}` : undefined;
  if (base === undefined)
    return `${c.name}'s image is built here on a base its Dockerfile does not name plainly, so no shell is known ${copy}`;
  return SHELLLESS.test(base.split('@')[0]!)
    ? `${c.name}'s image is built FROM ${base}, which has no shell ${copy}`
    : undefined;
}

/** Init containers that populate a task's volumes from its images, and the DependsOn of each service. */
export function volumeSeeds(
  ctx: Context,
  task: TaskPlan,
  seeds: SeedMount[],
): { initContainers: Array<Record<string, unknown>>; containers: Map<string, Record<string, unknown>> } {
  const initContainers: Array<Record<string, unknown>> = [];
  const containers = new Map<string, Record<string, unknown>>();
  for (const seed of seeds) {
    const c = seed.service;
    const image = c.image ?? '';
    const why = noShell(c, image, ctx.builtFrom.get(c.name), seed.target);
    if (why !== undefined) {
      ctx.warn(
        ['services', c.name, 'volumes', seed.index],
        `volume ${seed.volume} starts empty on EFS, where Docker fills a new volume from the image: ${why}; copy it in at start, or use an image with a shell`,
      );
      continue;
    }
    const name = `compose-seed-${containerName(c.name)}-${seed.index}`;
    const staging = `/compose-seed/${seed.volume}`;
    initContainers.push({
      Name: name,
      Image: image,
      Essential: false,
      EntryPoint: ['sh', '-c'],
      Command: [seedScript(seed.target, staging)],
      // As the service's user, so the copied files are its own (root only where the service is root).
      ...(c.user ? { User: c.user } : {}),
      LogConfiguration: logConfiguration(ctx, { ...task.main, logging: undefined }).config,
      MountPoints: [{ ContainerPath: staging, ReadOnly: false, SourceVolume: seed.volume }],
    });
    const deps = (containers.get(c.name)?.DependsOn as unknown[]) ?? [];
    containers.set(c.name, { DependsOn: [...deps, { Condition: 'SUCCESS', ContainerName: name }] });
  }
  return { initContainers, containers };
}

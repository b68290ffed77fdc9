// What becomes of each bind mount under the `bind-mounts` policy (compose/bind-policy.ts). Fargate has no
// host file system to mount from (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html:
// a Fargate bind mount is an empty volume on the task's ephemeral storage), so a mount is delivered as a
// config, dropped with a warning, or an error that names the way out.
import type { ModelPath } from '../errors.js';
import {
  bindConfigRefusal,
  bindMountToConfig,
  inGitMetadata,
  inside,
  type BindSource,
} from './bind-configs.js';
import type { BindMountPolicy } from './bind-policy.js';
import type { Diagnostics } from './diagnostics.js';
import type { ImageContent } from './dockerfile-copies.js';
import type { Project, Service, SourceMap, VolumeMount } from './model.js';

type BindMount = Extract<VolumeMount, { type: 'bind' }>;

export interface BindMountContext {
  project: Project;
  sourceMap: SourceMap;
  diags: Diagnostics;
  policy: BindMountPolicy;
  /** What each source is on disk. */
  sources?: ReadonlyMap<string, BindSource>;
  /** What each built service's image holds from its context (read only under `auto`). */
  images?: ReadonlyMap<string, ImageContent>;
  /** The directory a run may publish from (src/workspace.ts); undefined: the project directory. */
  workspace?: string;
}

const FIX =
  'Fargate cannot mount host paths. Add a production override file that replaces the list, e.g. `volumes: !reset []` (or `!override` with named volumes), or set bind-mounts: drop to drop them';

/**
 * Why `auto` may not drop the mount as source code the image already holds, or undefined when it may:
 * the source is a file or directory inside the workspace (not a socket, not .git) and the service's
 * Dockerfile copies exactly it to exactly the mount's target.
 */
function sourceCodeRefusal(ctx: BindMountContext, service: Service, mount: BindMount): string {
  const source = ctx.sources?.get(mount.source);
  const workspace = ctx.workspace ?? ctx.project.workingDir;
  const real = source?.realPath ?? mount.source;
  if (source?.realPath && !source.kind)
    return `${mount.written ?? mount.source} is a socket or device of the host, which no task can reach`;
  if (!inside(workspace, mount.source) || !inside(workspace, real))
    return `it lies outside the workspace (${workspace})`;
  if (inGitMetadata(inside(workspace, real)!)) return 'it is inside .git';
  const keepData = mount.readOnly ? '' : ': keep data the service writes in a named volume (EFS)';
  if (!service.build)
    return `the service's image is not built from this project, so it does not hold it${keepData}`;
  if (!ctx.images?.get(service.name)?.holds(real, mount.target))
    return `the Dockerfile does not copy it to ${mount.target}, so the image lacks it${keepData}`;
  return '';
}

/** Applies the policy to one bind mount; whether it stays in the model (it then is an error). */
export function applyBindMountPolicy(
  ctx: BindMountContext,
  service: Service,
  mount: BindMount,
  path: ModelPath,
): boolean {
  const { project, diags, policy } = ctx;
  const location = ctx.sourceMap.locate(path);
  const what = `bind mount of ${mount.written ?? mount.source} at ${mount.target}`;
  const source = ctx.sources?.get(mount.source);
  const refusal = bindConfigRefusal(project, mount, source);
  if (policy.configs && refusal === undefined) {
    const config = bindMountToConfig(project, service, mount, path);
    diags.warn(`the ${what} is delivered as config ${config} (bind-mounts)`, path, location);
    return false;
  }
  if (policy.drop === 'all') {
    diags.warn(`dropped the ${what}: Fargate cannot mount host paths`, path, location);
    return false;
  }
  const notSource = policy.drop === 'copied-source' ? sourceCodeRefusal(ctx, service, mount) : undefined;
  if (notSource === '') {
    diags.warn(
      `dropped the ${what}: the image already holds it there (the Dockerfile copies it), so the task runs the image's copy`,
      path,
      location,
    );
    return false;
  }
  // Configuration (read-only, or a single file) can be delivered as a config; source code is better reset.
  const looksLikeConfiguration = mount.readOnly || source?.kind === 'file';
  const asConfig = !looksLikeConfiguration
    ? ''
    : policy.configs
      ? `; it cannot become a config: ${refusal}`
      : refusal === undefined
        ? '; as it looks like configuration, set bind-mounts: configs (or auto) to deliver it to the tasks as a config'
        : `; bind-mounts: configs could not deliver it as a config: ${refusal}`;
  const notDropped = notSource ? `; bind-mounts: auto does not drop it: ${notSource}` : '';
  diags.error(`${what}: ${FIX}${asConfig}${notDropped}`, path, location);
  return true;
}

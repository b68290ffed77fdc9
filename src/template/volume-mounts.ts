// How a service mounts compose volumes: an EFS access point per service mount whose root the service's user
// owns (access-points.ts), the task volume, the mount point and the task role's EFS client access.
// Anonymous volumes are left to the image; bind mounts have no host on Fargate.
import type { Service, VolumeMount } from '../compose/model.js';
import type { ModelPath } from '../errors.js';
import { accessPoint, owner } from './access-points.js';
import type { Context } from './context.js';
import { ref, sub } from './context.js';
import { pascal } from './logical-id.js';
import { containerName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';
import type { SeedMount } from './volume-seed.js';
import type { VolumePlan } from './volumes.js';

export interface TaskVolumes {
  containers: Map<string, Record<string, unknown>>;
  volumes: Array<Record<string, unknown>>;
  /** Task-role statements for EFS client access through the access points. */
  statements: unknown[];
  /** Mount targets the service must wait for; when non-empty the service runs in the mount-target subnets. */
  mountTargets: string[];
  /** Named-volume mounts Docker would fill from the image (volume-seed.ts). */
  seeds: SeedMount[];
}

type VolumeTypeMount = Extract<VolumeMount, { type: 'volume' }>;

/** What a file system's mounts in one task need: its access points, and whether any writes or runs as root. */
interface FileSystemAccess {
  fs: unknown;
  points: unknown[];
  write: boolean;
  root: boolean;
}

/** One task's mounts, built up container by container. */
interface TaskMounts {
  ctx: Context;
  task: TaskPlan;
  plan: VolumePlan;
  out: TaskVolumes;
  /** Task volume names already declared (one per volume and subpath). */
  declared: Set<string>;
  /** File system (as JSON) → its access. */
  access: Map<string, FileSystemAccess>;
}

export function taskVolumes(ctx: Context, task: TaskPlan, plan: VolumePlan): TaskVolumes {
  const out: TaskVolumes = {
    containers: new Map(),
    volumes: [],
    statements: [],
    mountTargets: [],
    seeds: [],
  };
  const state: TaskMounts = { ctx, task, plan, out, declared: new Set(), access: new Map() };
  for (const c of task.containers) {
    const mounts: Array<Record<string, unknown>> = [];
    c.volumes.forEach((m: VolumeMount, i) => {
      const path = ['services', c.name, 'volumes', i];
      if (m.type === 'tmpfs') return; // a writable task volume (tmpfs.ts)
      if (m.type === 'bind') return refuseBind(ctx, m, path);
      if (m.type !== 'volume') return ctx.error(path, `${m.type} mounts are not available on Fargate`);
      const mount = m.source ? volumeMount(state, c, m, i) : anonymousMount(ctx, out, c, m, i);
      if (mount) mounts.push(mount);
    });
    if (mounts.length > 0) out.containers.set(c.name, { MountPoints: mounts });
  }
  for (const a of state.access.values()) out.statements.push(clientAccess(a));
  return out;
}

function refuseBind(ctx: Context, m: Extract<VolumeMount, { type: 'bind' }>, path: ModelPath): void {
  const what = `bind mount ${m.source} → ${m.target}`;
  if (ctx.options.dropUnsupportedMounts)
    ctx.warn(path, `${what} is dropped: Fargate has no host file system`);
  else ctx.error(path, `${what} is not available on Fargate (use a named volume)`);
}

/**
 * Docker fills an anonymous volume with the image's content at that path; an ECS task volume starts empty
 * (only a path the image declares as VOLUME is copied), so `- /code/node_modules` would hide the image's
 * node_modules. Without the mount the image's content stays visible and writes go to the container's layer —
 * what compose shows, minus persistence across restarts, which an anonymous volume never promised. Kept
 * (empty) where nocopy asks for an empty volume or the root file system is read-only and the path must
 * stay writable.
 */
function anonymousMount(
  ctx: Context,
  out: TaskVolumes,
  c: Service,
  m: VolumeTypeMount,
  i: number,
): Record<string, unknown> | undefined {
  const path = ['services', c.name, 'volumes', i];
  if (!m.nocopy && !c.readOnly) {
    ctx.warn(
      path,
      `anonymous volume ${m.target} is not mounted: an ECS task volume starts empty and would hide the image's content there, which Docker copies in; the image's files stay visible and writes go to the container`,
    );
    return undefined;
  }
  const name = `${containerName(c.name)}-anon-${i}`;
  out.volumes.push({ Name: name });
  if (!m.nocopy)
    ctx.warn(
      path,
      `anonymous volume ${m.target} starts empty on ECS (Docker would copy the image's content there); kept because read_only needs it writable`,
    );
  return { ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: name };
}

/** A named volume's mount: the access point and task volume (once per volume and subpath), and its access. */
function volumeMount(
  state: TaskMounts,
  c: Service,
  m: VolumeTypeMount,
  i: number,
): Record<string, unknown> | undefined {
  const { ctx, task, plan, out } = state;
  const source = m.source!;
  const fs = plan.fileSystems.get(source);
  if (fs === undefined) return undefined; // reported by planVolumes
  const vol = ctx.project.volumes[source]!;
  const sub_ = m.subpath ? m.subpath.replace(/^\/+|\/+$/g, '') : '';
  const volName = `${source}${sub_ ? `-${sub_}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const apId = `${task.id}${ctx.ids.volume.get(source)}${sub_ ? pascal(sub_) : ''}AccessPoint`;
  if (!state.declared.has(volName)) {
    state.declared.add(volName);
    ctx.add(apId, accessPoint(fs, vol.driverOpts, sub_, vol.external ? '' : source, owner(c)), task.name);
    out.volumes.push({
      EFSVolumeConfiguration: {
        AuthorizationConfig: { AccessPointId: ref(apId), IAM: 'ENABLED' },
        FilesystemId: fs,
        TransitEncryption: 'ENABLED',
      },
      Name: volName,
    });
    const key = JSON.stringify(fs);
    const a = state.access.get(key) ?? { fs, points: [], write: false, root: false };
    a.points.push(
      sub(
        `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:access-point/\${${apId}}`,
      ),
    );
    state.access.set(key, a);
    out.mountTargets.push(...(plan.mountTargets.get(source) ?? []));
  }
  const a = state.access.get(JSON.stringify(fs))!;
  if (!m.readOnly) a.write = true;
  // With a file-system policy in force (efs-policy.ts), root is squashed to nfsnobody unless the
  // client may ClientRootAccess: images that start as root (mysql's entrypoint chowns its data
  // directory) need it; a known non-root user or a PosixUser (driver_opts uid) does not.
  const runsAs = owner(c);
  if (vol.driverOpts.uid === undefined && (runsAs === undefined || runsAs.uid === '0')) a.root = true;
  if (!m.nocopy && !m.readOnly && !vol.external && !sub_)
    out.seeds.push({ service: c, volume: volName, target: m.target, index: i });
  return { ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: volName };
}

/** The task role's statement for one file system: mount through these access points, write and root if used. */
function clientAccess(a: FileSystemAccess): unknown {
  const actions = [
    'elasticfilesystem:ClientMount',
    ...(a.root ? ['elasticfilesystem:ClientRootAccess'] : []),
    ...(a.write ? ['elasticfilesystem:ClientWrite'] : []),
  ];
  const arn = 'arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/';
  const fsArn = typeof a.fs === 'string' ? sub(`${arn}${a.fs}`) : sub(`${arn}\${Id}`, { Id: a.fs });
  return {
    Action: actions.length === 1 ? actions[0] : actions,
    Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': a.points } },
    Effect: 'Allow',
    Resource: fsArn,
  };
}

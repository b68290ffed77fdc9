// Compose volumes → EFS: an encrypted, retained file system per volume, a mount target in each of the
// first N subnets, and an access point per service mount whose root the service's user owns. External
// volumes name an existing file system id. Anonymous volumes are left to the image (see taskVolumes).
import type { VolumeMount } from '../compose/model.js';
import type { Context } from './context.js';
import { ref, sub } from './context.js';
import { pascal } from './logical-id.js';
import { SUBNETS_PARAM } from './network.js';
import { containerName } from './task-definition.js';
import { fileSystemPolicy } from './efs-policy.js';
import type { SeedMount } from './volume-seed.js';
import type { TaskPlan } from './tasks.js';
import type { ParameterSource } from './convert.js';

const KNOWN_OPTS = [
  'uid',
  'gid',
  'permissions',
  'root_directory',
  'performance_mode',
  'throughput_mode',
  'provisioned_throughput',
  'lifecycle_policy',
  'backup_policy',
];

/** compose's volume label, also on each file system so a later stack of the project finds it again. */
export const VOLUME_TAG = 'com.docker.compose.volume';
/** The stack that created a file system: a stack created again under that name finds its data; other stacks of the project (previews) never take it. */
export const STACK_TAG = 'compose-ecs.stack';

export interface VolumePlan {
  /** Compose volume name → file system id value (Ref or literal), for volumes a service mounts. */
  fileSystems: Map<string, unknown>;
  /** Compose volume name → mount-target logical IDs (created file systems only). */
  mountTargets: Map<string, string[]>;
  /** What the plan stage fills in: a retained file system of the project, per created volume. */
  parameters: ParameterSource[];
}

export function fileSystemId(ctx: Context, volume: string): string {
  return `${ctx.ids.volume.get(volume)}Filesystem`;
}

/** Adds file systems, their security group and mount targets for every volume a service mounts. */
export function planVolumes(ctx: Context, tasks: TaskPlan[], groups: Map<string, unknown>): VolumePlan {
  const plan: VolumePlan = { fileSystems: new Map(), mountTargets: new Map(), parameters: [] };
  const users = new Map<string, Set<TaskPlan>>();
  for (const task of tasks) {
    for (const c of task.containers) {
      for (const m of c.volumes) {
        if (m.type !== 'volume' || !m.source) continue;
        users.set(m.source, (users.get(m.source) ?? new Set()).add(task));
      }
    }
  }
  for (const name of [...users.keys()].sort()) {
    const vol = ctx.project.volumes[name];
    const path = ['volumes', name];
    if (!vol) {
      ctx.error(
        ['services', [...users.get(name)!][0]!.name, 'volumes'],
        `volume ${name} is not defined in the top-level volumes`,
      );
      continue;
    }
    if (vol.driver && !['local', 'efs'].includes(vol.driver))
      ctx.warn(
        [...path, 'driver'],
        `volume driver ${vol.driver} is ignored: volumes become EFS file systems`,
      );
    for (const key of Object.keys(vol.driverOpts).sort()) {
      if (!KNOWN_OPTS.includes(key))
        ctx.warn(
          [...path, 'driver_opts', key],
          `driver option ${key} is ignored (known: ${KNOWN_OPTS.join(', ')})`,
        );
    }
    if (vol.external) {
      const fs = vol.externalName ?? vol.name;
      if (!/^fs-[0-9a-f]+$/.test(fs))
        ctx.error(
          [...path, 'name'],
          `external volume ${name} must name an existing EFS file system id (fs-...), got ${fs}`,
        );
      plan.fileSystems.set(name, fs);
      continue;
    }
    const id = fileSystemId(ctx, name);
    const o = vol.driverOpts;
    const throughput = o.provisioned_throughput !== undefined ? Number(o.provisioned_throughput) : undefined;
    if (throughput !== undefined && !(throughput > 0))
      ctx.error(
        [...path, 'driver_opts', 'provisioned_throughput'],
        'provisioned_throughput must be a positive number of MiB/s',
      );
    // Data outlives the stack: deleting the project must not delete its volumes, and the stack deployed
    // again finds the retained file system (the plan stage looks it up by its project, volume and stack
    // tags, as Docker's ECS integration did by project and volume) instead of creating an empty one.
    const retained = `${id}RetainedId`;
    const isNew = `${id}IsNew`;
    ctx.template.Parameters[retained] = {
      Type: 'String',
      Default: '',
      AllowedPattern: '^(fs-[0-9a-f]+)?$',
      Description: `A retained EFS file system of volume ${name} to use instead of creating one (looked up at plan time)`,
    };
    ctx.template.Conditions = { ...ctx.template.Conditions, [isNew]: { 'Fn::Equals': [ref(retained), ''] } };
    plan.parameters.push({
      name: retained,
      kind: 'retained-file-system',
      volume: name,
      description: `a file system of volume ${name} that an earlier stack of ${ctx.project.name} retained`,
    });
    const fsValue = { 'Fn::If': [isNew, ref(id), ref(retained)] };
    ctx.add(id, {
      Type: 'AWS::EFS::FileSystem',
      Condition: isNew,
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        FileSystemTags: [
          { Key: STACK_TAG, Value: ref('AWS::StackName') },
          { Key: VOLUME_TAG, Value: name },
        ],
        ...(o.backup_policy ? { BackupPolicy: { Status: o.backup_policy.toUpperCase() } } : {}),
        Encrypted: true,
        FileSystemPolicy: fileSystemPolicy(),
        ...(o.lifecycle_policy ? { LifecyclePolicies: [{ TransitionToIA: o.lifecycle_policy }] } : {}),
        ...(o.performance_mode ? { PerformanceMode: o.performance_mode } : {}),
        ...(throughput !== undefined && throughput > 0 ? { ProvisionedThroughputInMibps: throughput } : {}),
        ...(o.throughput_mode ? { ThroughputMode: o.throughput_mode } : {}),
      },
    });
    // NFS from the security groups of the services that mount it, nothing else.
    const clientGroups = new Map<string, unknown>();
    for (const task of users.get(name)!) {
      for (const n of Object.keys(task.main.networks).sort()) {
        const g = groups.get(n);
        if (g !== undefined) clientGroups.set(JSON.stringify(g), g);
      }
    }
    ctx.add(`${id}SecurityGroup`, {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: `compose-ecs volume ${name}: NFS from the services that mount it`,
        SecurityGroupIngress: [...clientGroups.values()].map((g) => ({
          Description: 'NFS',
          FromPort: 2049,
          IpProtocol: 'tcp',
          SourceSecurityGroupId: g,
          ToPort: 2049,
        })),
        VpcId: ref('VpcId'),
      },
    });
    const targets: string[] = [];
    for (let i = 0; i < ctx.options.efsSubnetCount; i++) {
      const mt = `${id}MountTarget${i}`;
      ctx.add(mt, {
        Type: 'AWS::EFS::MountTarget',
        Properties: {
          FileSystemId: fsValue,
          SecurityGroups: [ref(`${id}SecurityGroup`)],
          SubnetId: { 'Fn::Select': [i, ref(SUBNETS_PARAM)] },
        },
      });
      targets.push(mt);
    }
    plan.fileSystems.set(name, fsValue);
    plan.mountTargets.set(name, targets);
  }
  return plan;
}

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

export function taskVolumes(ctx: Context, task: TaskPlan, plan: VolumePlan): TaskVolumes {
  const out: TaskVolumes = {
    containers: new Map(),
    volumes: [],
    statements: [],
    mountTargets: [],
    seeds: [],
  };
  const taskVolumeNames = new Set<string>();
  const access = new Map<string, { fs: unknown; points: unknown[]; write: boolean; root: boolean }>();
  for (const c of task.containers) {
    const mounts: Array<Record<string, unknown>> = [];
    c.volumes.forEach((m: VolumeMount, i) => {
      const path = ['services', c.name, 'volumes', i];
      if (m.type === 'tmpfs') return; // a writable task volume (tmpfs.ts)
      if (m.type === 'bind') {
        const what = `bind mount ${m.source} → ${m.target}`;
        if (ctx.options.dropUnsupportedMounts)
          ctx.warn(path, `${what} is dropped: Fargate has no host file system`);
        else ctx.error(path, `${what} is not available on Fargate (use a named volume)`);
        return;
      }
      if (m.type !== 'volume') {
        ctx.error(path, `${m.type} mounts are not available on Fargate`);
        return;
      }
      if (!m.source) {
        // Docker fills an anonymous volume with the image's content at that path; an ECS task volume
        // starts empty (only a path the image declares as VOLUME is copied), so `- /code/node_modules`
        // would hide the image's node_modules. Without the mount the image's content stays visible and
        // writes go to the container's layer — what compose shows, minus persistence across restarts,
        // which an anonymous volume never promised. Kept (empty) where nocopy asks for an empty volume
        // or the root file system is read-only and the path must stay writable.
        if (m.nocopy || c.readOnly) {
          const name = `${containerName(c.name)}-anon-${i}`;
          out.volumes.push({ Name: name });
          mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: name });
          if (!m.nocopy)
            ctx.warn(
              path,
              `anonymous volume ${m.target} starts empty on ECS (Docker would copy the image's content there); kept because read_only needs it writable`,
            );
        } else {
          ctx.warn(
            path,
            `anonymous volume ${m.target} is not mounted: an ECS task volume starts empty and would hide the image's content there, which Docker copies in; the image's files stay visible and writes go to the container`,
          );
        }
        return;
      }
      const fs = plan.fileSystems.get(m.source);
      if (fs === undefined) return; // reported by planVolumes
      const vol = ctx.project.volumes[m.source]!;
      const sub_ = m.subpath ? m.subpath.replace(/^\/+|\/+$/g, '') : '';
      const volName = `${m.source}${sub_ ? `-${sub_}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '-');
      const apId = `${task.id}${ctx.ids.volume.get(m.source)}${sub_ ? pascal(sub_) : ''}AccessPoint`;
      if (!taskVolumeNames.has(volName)) {
        taskVolumeNames.add(volName);
        ctx.add(
          apId,
          accessPoint(fs, vol.driverOpts, sub_, vol.external ? '' : m.source, owner(c)),
          task.name,
        );
        out.volumes.push({
          EFSVolumeConfiguration: {
            AuthorizationConfig: { AccessPointId: ref(apId), IAM: 'ENABLED' },
            FilesystemId: fs,
            TransitEncryption: 'ENABLED',
          },
          Name: volName,
        });
        const key = JSON.stringify(fs);
        const a = access.get(key) ?? { fs, points: [], write: false, root: false };
        a.points.push(
          sub(
            `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:access-point/\${${apId}}`,
          ),
        );
        access.set(key, a);
        out.mountTargets.push(...(plan.mountTargets.get(m.source) ?? []));
      }
      const a = access.get(JSON.stringify(fs))!;
      if (!m.readOnly) a.write = true;
      // With a file-system policy in force (efs-policy.ts), root is squashed to nfsnobody unless the
      // client may ClientRootAccess: images that start as root (mysql's entrypoint chowns its data
      // directory) need it; a known non-root user or a PosixUser (driver_opts uid) does not.
      const runsAs = owner(c);
      if (vol.driverOpts.uid === undefined && (runsAs === undefined || runsAs.uid === '0')) a.root = true;
      mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: volName });
      if (!m.nocopy && !m.readOnly && !vol.external && !sub_)
        out.seeds.push({ service: c, volume: volName, target: m.target, index: i });
    });
    if (mounts.length > 0) out.containers.set(c.name, { MountPoints: mounts });
  }
  for (const a of access.values()) {
    const actions = [
      'elasticfilesystem:ClientMount',
      ...(a.root ? ['elasticfilesystem:ClientRootAccess'] : []),
      ...(a.write ? ['elasticfilesystem:ClientWrite'] : []),
    ];
    const arn = 'arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/';
    const fsArn = typeof a.fs === 'string' ? sub(`${arn}${a.fs}`) : sub(`${arn}\${Id}`, { Id: a.fs });
    out.statements.push({
      Action: actions.length === 1 ? actions[0] : actions,
      Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': a.points } },
      Effect: 'Allow',
      Resource: fsArn,
    });
  }
  return out;
}

/** The uid:gid a service's processes run as, when the compose file tells (user:, or a known image). */
export function owner(c: { user?: string; image?: string }): { uid: string; gid: string } | undefined {
  const user = c.user?.trim();
  if (user) {
    const [u = '', g] = user.split(':');
    const known = NAMED_USERS[u];
    const uid = /^\d+$/.test(u) ? u : known?.[0];
    if (uid === undefined) return undefined;
    const gid =
      g !== undefined && /^\d+$/.test(g)
        ? g
        : g !== undefined
          ? (NAMED_USERS[g]?.[1] ?? uid)
          : (known?.[1] ?? uid);
    return { uid, gid };
  }
  const repo = (c.image ?? '').split('@')[0]!.replace(/:[^/]*$/, '');
  for (const [pattern, ids] of NON_ROOT_IMAGES) if (pattern.test(repo)) return { uid: ids[0], gid: ids[1] };
  return undefined;
}

/** Users of the official Debian-based images, by name (`user: postgres`). */
const NAMED_USERS: Record<string, [string, string]> = {
  root: ['0', '0'],
  postgres: ['999', '999'],
  mysql: ['999', '999'],
  redis: ['999', '999'],
  mongodb: ['999', '999'],
  rabbitmq: ['999', '999'],
  nobody: ['65534', '65534'],
  'www-data': ['33', '33'],
  node: ['1000', '1000'],
  nginx: ['101', '101'],
  elasticsearch: ['1000', '0'],
  grafana: ['472', '0'],
};

/** Images that run as a non-root user by default. */
const NON_ROOT_IMAGES: Array<[RegExp, [string, string]]> = [
  [/(^|\/)prom\/(prometheus|alertmanager|pushgateway)$/, ['65534', '65534']],
  [/(^|\/)grafana\/grafana(-oss|-enterprise)?$/, ['472', '0']],
  [/(^|\/)elasticsearch\/elasticsearch$|(^|\/)elasticsearch$/, ['1000', '0']],
  [/(^|\/)bitnami\//, ['1001', '0']],
];

/**
 * An access point per service mount. Its root directory is created on first use owned by the uid:gid the
 * service runs as — driver_opts uid/gid, else `user:` (numeric, or a known name), else a known non-root
 * image — so non-root images can write; when nothing tells, it is root-owned and world-writable (0777),
 * so whatever user the image runs as can write. The root is /<volume> on file systems the stack creates
 * and the root of an external one (driver_opts root_directory overrides; "/" keeps the file system's
 * root, root-owned 0755, as before this change).
 * PosixUser (every request as that user) only when driver_opts say uid.
 */
function accessPoint(
  fs: unknown,
  o: Record<string, string>,
  subpath: string,
  volume: string,
  runsAs: { uid: string; gid: string } | undefined,
): { Type: string; Properties: Record<string, unknown> } {
  const base = o.root_directory !== undefined ? o.root_directory.replace(/^\/+|\/+$/g, '') : volume;
  const root = `/${[base, subpath].filter(Boolean).join('/')}`;
  const uid = o.uid ?? runsAs?.uid;
  const gid = o.gid ?? (o.uid !== undefined ? o.uid : runsAs?.gid);
  return {
    Type: 'AWS::EFS::AccessPoint',
    Properties: {
      FileSystemId: fs,
      ...(o.uid !== undefined ? { PosixUser: { Gid: o.gid ?? o.uid, Uid: o.uid } } : {}),
      ...(root !== '/'
        ? {
            RootDirectory: {
              CreationInfo: {
                OwnerGid: gid ?? '0',
                OwnerUid: uid ?? '0',
                Permissions: o.permissions ?? (uid !== undefined ? '0755' : '0777'),
              },
              Path: root,
            },
          }
        : {}),
    },
  };
}

// Compose volumes → EFS: an encrypted, retained file system per volume, its NFS security group and a
// mount target in each of the first N subnets. External volumes name an existing file system id. How each
// service mounts them (access points, task volumes, IAM) is volume-mounts.ts.
import type { Volume } from '../compose/model.js';
import type { Context } from './context.js';
import { ref } from './context.js';
import { SUBNETS_PARAM } from './network.js';
import { fileSystemPolicy } from './efs-policy.js';
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
  const users = volumeUsers(tasks);
  for (const name of [...users.keys()].sort()) {
    const vol = ctx.project.volumes[name];
    if (!vol) {
      ctx.error(
        ['services', [...users.get(name)!][0]!.name, 'volumes'],
        `volume ${name} is not defined in the top-level volumes`,
      );
      continue;
    }
    warnIgnored(ctx, name, vol);
    if (vol.external) {
      plan.fileSystems.set(name, externalFileSystem(ctx, name, vol));
      continue;
    }
    const fsValue = addFileSystem(ctx, name, vol, plan.parameters);
    addNfsGroup(ctx, name, users.get(name)!, groups);
    plan.fileSystems.set(name, fsValue);
    plan.mountTargets.set(name, addMountTargets(ctx, name, fsValue));
  }
  return plan;
}

/** Compose volume name → the tasks that mount it. */
function volumeUsers(tasks: TaskPlan[]): Map<string, Set<TaskPlan>> {
  const users = new Map<string, Set<TaskPlan>>();
  for (const task of tasks)
    for (const c of task.containers)
      for (const m of c.volumes) {
        if (m.type !== 'volume' || !m.source) continue;
        users.set(m.source, (users.get(m.source) ?? new Set()).add(task));
      }
  return users;
}

/** A driver other than EFS, and driver options EFS has no use for, are warned about where written. */
function warnIgnored(ctx: Context, name: string, vol: Volume): void {
  const path = ['volumes', name];
  if (vol.driver && !['local', 'efs'].includes(vol.driver))
    ctx.warn([...path, 'driver'], `volume driver ${vol.driver} is ignored: volumes become EFS file systems`);
  for (const key of Object.keys(vol.driverOpts).sort()) {
    if (!KNOWN_OPTS.includes(key))
      ctx.warn(
        [...path, 'driver_opts', key],
        `driver option ${key} is ignored (known: ${KNOWN_OPTS.join(', ')})`,
      );
  }
}

/** An external volume names an existing file system: its id, checked for form. */
function externalFileSystem(ctx: Context, name: string, vol: Volume): string {
  const fs = vol.externalName ?? vol.name;
  if (!/^fs-[0-9a-f]+$/.test(fs))
    ctx.error(
      ['volumes', name, 'name'],
      `external volume ${name} must name an existing EFS file system id (fs-...), got ${fs}`,
    );
  return fs;
}

/** The retained, encrypted file system of a volume (or the one an earlier stack retained): its id value. */
function addFileSystem(ctx: Context, name: string, vol: Volume, parameters: ParameterSource[]): unknown {
  const id = fileSystemId(ctx, name);
  const o = vol.driverOpts;
  const throughput = o.provisioned_throughput !== undefined ? Number(o.provisioned_throughput) : undefined;
  if (throughput !== undefined && !(throughput > 0))
    ctx.error(
      ['volumes', name, 'driver_opts', 'provisioned_throughput'],
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
  parameters.push({
    name: retained,
    kind: 'retained-file-system',
    volume: name,
    description: `a file system of volume ${name} that an earlier stack of ${ctx.project.name} retained`,
  });
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
  return { 'Fn::If': [isNew, ref(id), ref(retained)] };
}

/** NFS from the security groups of the services that mount it, nothing else. */
function addNfsGroup(ctx: Context, name: string, users: Set<TaskPlan>, groups: Map<string, unknown>): void {
  const clientGroups = new Map<string, unknown>();
  for (const task of users) {
    for (const n of Object.keys(task.main.networks).sort()) {
      const g = groups.get(n);
      if (g !== undefined) clientGroups.set(JSON.stringify(g), g);
    }
  }
  ctx.add(`${fileSystemId(ctx, name)}SecurityGroup`, {
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
}

/** A mount target in each of the first efsSubnetCount subnets: their logical IDs. */
function addMountTargets(ctx: Context, name: string, fsValue: unknown): string[] {
  const id = fileSystemId(ctx, name);
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
  return targets;
}

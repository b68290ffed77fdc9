// Compose volumes → EFS: an encrypted, retained file system per volume, a mount target in each of the
// first N subnets, and an access point per service mount (uid/gid from driver_opts). External volumes
// name an existing file system id. Anonymous volumes become task-scoped (ephemeral) storage.
import type { VolumeMount } from '../compose/model.js';
import type { Context } from './context.js';
import { ref, sub } from './context.js';
import { pascal } from './logical-id.js';
import { SUBNETS_PARAM } from './network.js';
import { containerName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';

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

export interface VolumePlan {
  /** Compose volume name → file system id value (Ref or literal), for volumes a service mounts. */
  fileSystems: Map<string, unknown>;
  /** Compose volume name → mount-target logical IDs (created file systems only). */
  mountTargets: Map<string, string[]>;
}

export function fileSystemId(ctx: Context, volume: string): string {
  return `${ctx.ids.volume.get(volume)}Filesystem`;
}

/** Adds file systems, their security group and mount targets for every volume a service mounts. */
export function planVolumes(ctx: Context, tasks: TaskPlan[], groups: Map<string, unknown>): VolumePlan {
  const plan: VolumePlan = { fileSystems: new Map(), mountTargets: new Map() };
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
    ctx.add(id, {
      Type: 'AWS::EFS::FileSystem',
      // Data outlives the stack: deleting the project must not delete its volumes.
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        ...(o.backup_policy ? { BackupPolicy: { Status: o.backup_policy.toUpperCase() } } : {}),
        Encrypted: true,
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
        GroupDescription: `${ctx.project.name} ${name} volume: NFS from the services that mount it`,
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
          FileSystemId: ref(id),
          SecurityGroups: [ref(`${id}SecurityGroup`)],
          SubnetId: { 'Fn::Select': [i, ref(SUBNETS_PARAM)] },
        },
      });
      targets.push(mt);
    }
    plan.fileSystems.set(name, ref(id));
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
}

export function taskVolumes(ctx: Context, task: TaskPlan, plan: VolumePlan): TaskVolumes {
  const out: TaskVolumes = { containers: new Map(), volumes: [], statements: [], mountTargets: [] };
  const taskVolumeNames = new Set<string>();
  const access = new Map<string, { fs: unknown; points: unknown[]; write: boolean }>();
  for (const c of task.containers) {
    const mounts: Array<Record<string, unknown>> = [];
    c.volumes.forEach((m: VolumeMount, i) => {
      const path = ['services', c.name, 'volumes', i];
      if (m.type === 'bind' || m.type === 'tmpfs') {
        const what = m.type === 'bind' ? `bind mount ${m.source} → ${m.target}` : `tmpfs ${m.target}`;
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
        // Anonymous volume: scratch space that lives as long as the task.
        const name = `${containerName(c.name)}-anon-${i}`;
        out.volumes.push({ Name: name });
        mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: name });
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
        ctx.add(apId, accessPoint(fs, vol.driverOpts, sub_), task.name);
        out.volumes.push({
          EFSVolumeConfiguration: {
            AuthorizationConfig: { AccessPointId: ref(apId), IAM: 'ENABLED' },
            FilesystemId: fs,
            TransitEncryption: 'ENABLED',
          },
          Name: volName,
        });
        const key = JSON.stringify(fs);
        const a = access.get(key) ?? { fs, points: [], write: false };
        a.points.push(
          sub(
            `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:access-point/\${${apId}}`,
          ),
        );
        access.set(key, a);
        out.mountTargets.push(...(plan.mountTargets.get(m.source) ?? []));
      }
      if (!m.readOnly) access.get(JSON.stringify(fs))!.write = true;
      mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: volName });
    });
    if (mounts.length > 0) out.containers.set(c.name, { MountPoints: mounts });
  }
  for (const a of access.values()) {
    const fsArn =
      typeof a.fs === 'string'
        ? sub(
            `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:file-system/${a.fs}`,
          )
        : sub(
            `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:file-system/\${${(a.fs as { Ref: string }).Ref}}`,
          );
    out.statements.push({
      Action: a.write
        ? ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite']
        : 'elasticfilesystem:ClientMount',
      Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': a.points } },
      Effect: 'Allow',
      Resource: fsArn,
    });
  }
  return out;
}

function accessPoint(
  fs: unknown,
  o: Record<string, string>,
  subpath: string,
): { Type: string; Properties: Record<string, unknown> } {
  const root = `/${[o.root_directory?.replace(/^\/+|\/+$/g, ''), subpath].filter(Boolean).join('/')}`;
  const uid = o.uid;
  const gid = o.gid ?? uid;
  return {
    Type: 'AWS::EFS::AccessPoint',
    Properties: {
      FileSystemId: fs,
      ...(uid !== undefined ? { PosixUser: { Gid: gid, Uid: uid } } : {}),
      ...(root !== '/'
        ? {
            RootDirectory: {
              CreationInfo: {
                OwnerGid: gid ?? '0',
                OwnerUid: uid ?? '0',
                Permissions: o.permissions ?? '0755',
              },
              Path: root,
            },
          }
        : {}),
    },
  };
}

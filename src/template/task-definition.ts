// One Fargate task definition per task (a service plus its sidecars).
import type { Service } from '../compose/model.js';
import type { Context } from './context.js';
import { join, ref, sortedRecord } from './context.js';
import { fargateSize, MAX_CPUS, MAX_MEMORY_MIB } from './fargate-size.js';
import { HEAP_SHARE, jvmHeap } from './jvm-heap.js';
import { logConfiguration } from './logs.js';
import { systemControls } from './sysctls.js';
import type { TaskPlan } from './tasks.js';

/** What other concerns contribute to a task definition. */
export interface TaskExtras {
  /** Per container name: extra container definition properties (Secrets, MountPoints, DependsOn, ...), merged in. */
  containers: Map<string, Record<string, unknown>>;
  /** Containers added to the task (the secrets init container), placed before the compose containers. */
  initContainers: Array<Record<string, unknown>>;
  volumes: Array<Record<string, unknown>>;
  executionRole: unknown;
  taskRole?: unknown;
  /** A GPU task on the stack's EC2 capacity (gpu-capacity.ts): its size, instead of a Fargate size. */
  ec2?: { cpu: number; memory: number };
}

/** ECS container names allow letters, digits, '_' and '-'. */
export function containerName(service: string): string {
  return service.replace(/[^A-Za-z0-9_-]/g, '_');
}

const MIB = 1024 * 1024;

export function taskSize(ctx: Context, task: TaskPlan): { cpu: number; memory: number } {
  let cpus = 0;
  let memory = 0;
  const heaps: string[] = [];
  let sized = false;
  for (const c of task.containers) {
    const r = c.deploy?.resources;
    cpus += r?.limits?.cpus ?? r?.reservations?.cpus ?? 0;
    const asked = r?.limits?.memory ?? r?.reservations?.memory;
    const heap = jvmHeap(c);
    if (asked !== undefined || r?.limits?.cpus !== undefined || r?.reservations?.cpus !== undefined)
      sized = true;
    if (asked !== undefined) {
      memory += asked;
      if (heap && heap.bytes > asked * HEAP_SHARE)
        ctx.warn(
          ['services', c.name, 'deploy', 'resources'],
          `${c.name}'s JVM heap (${heap.said}) takes more than ${HEAP_SHARE * 100} % of the ${Math.ceil(asked / MIB)} MiB it is given; the rest of the JVM may not fit and the container be killed`,
        );
    } else if (heap) {
      // The heap at most three quarters of the container's share: the JVM needs room beyond it.
      memory += Math.ceil(heap.bytes / HEAP_SHARE);
      heaps.push(`${c.name}: ${heap.said}`);
    }
  }
  const size = fargateSize(cpus, memory);
  if (!size) {
    ctx.error(
      ['services', task.name, 'deploy', 'resources'],
      `task ${task.name} asks for ${cpus} vCPU and ${Math.ceil(memory / MIB)} MiB; Fargate tasks go up to ${MAX_CPUS} vCPU and ${MAX_MEMORY_MIB} MiB`,
    );
    return { cpu: 256, memory: 512 };
  }
  const how = 'set deploy.resources.limits (cpus, memory) to choose';
  if (heaps.length > 0)
    ctx.warn(
      ['services', task.name],
      `${task.name} runs with ${size.cpu} CPU units and ${size.memory} MiB, sized so the JVM heap (${heaps.join('; ')}) is at most ${HEAP_SHARE * 100} % of it; ${how}`,
    );
  else if (!sized)
    ctx.warn(
      ['services', task.name],
      `${task.name} has no deploy.resources and runs on the smallest Fargate size, ${size.cpu} CPU units and ${size.memory} MiB; ${how}`,
    );
  return size;
}

export function addTaskDefinition(ctx: Context, task: TaskPlan, extras: TaskExtras): string {
  const id = `${task.id}TaskDefinition`;
  const size = extras.ec2 ?? taskSize(ctx, task);
  const containers = task.containers.map((c, i) =>
    mergeProperties(containerDefinition(ctx, c, i === 0, task), extras.containers.get(c.name)),
  );
  ctx.add(
    id,
    {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: {
        ContainerDefinitions: [...extras.initContainers, ...containers],
        Cpu: String(size.cpu),
        ExecutionRoleArn: extras.executionRole,
        Family: join('-', [ref('AWS::StackName'), containerName(task.name)]),
        Memory: String(size.memory),
        NetworkMode: 'awsvpc',
        RequiresCompatibilities: [extras.ec2 ? 'EC2' : 'FARGATE'],
        RuntimePlatform: { CpuArchitecture: cpuArchitecture(ctx, task), OperatingSystemFamily: 'LINUX' },
        ...(extras.taskRole !== undefined ? { TaskRoleArn: extras.taskRole } : {}),
        ...(extras.volumes.length > 0 ? { Volumes: extras.volumes } : {}),
      },
    },
    task.name,
  );
  return id;
}

/** Adds properties from other concerns; lists (MountPoints, DependsOn, Secrets) are concatenated. */
export function mergeProperties(
  base: Record<string, unknown>,
  extra: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const out = { ...base };
  for (const [key, value] of Object.entries(extra ?? {})) {
    const prev = out[key];
    out[key] = Array.isArray(prev) && Array.isArray(value) ? [...prev, ...value] : value;
  }
  return out;
}

function cpuArchitecture(ctx: Context, task: TaskPlan): 'X86_64' | 'ARM64' {
  const archs = new Set<string>();
  for (const c of task.containers) {
    if (!c.platform) continue;
    const arch = (
      {
        'linux/amd64': 'X86_64',
        'linux/x86_64': 'X86_64',
        'linux/arm64': 'ARM64',
        'linux/arm64/v8': 'ARM64',
      } as Record<string, string>
    )[c.platform];
    if (!arch)
      ctx.error(
        ['services', c.name, 'platform'],
        `platform ${c.platform} is not available on Fargate (use linux/amd64 or linux/arm64)`,
      );
    else archs.add(arch);
  }
  if (archs.size > 1)
    ctx.error(
      ['services', task.name, 'platform'],
      `the containers of task ${task.name} ask for different platforms`,
    );
  return archs.has('ARM64') ? 'ARM64' : 'X86_64';
}

function containerDefinition(
  ctx: Context,
  c: Service,
  main: boolean,
  task: TaskPlan,
): Record<string, unknown> {
  const path = ['services', c.name];
  if (!c.image)
    ctx.error(path, `service ${c.name} has no image (the images stage pins built images before conversion)`);
  const environment = sortedRecord(c.environment)
    .filter(([, v]) => v !== null)
    .map(([Name, Value]) => ({ Name, Value }));
  const linux: Record<string, unknown> = {};
  const caps = capabilities(c);
  if (caps) linux.Capabilities = caps;
  if (c.init !== undefined) linux.InitProcessEnabled = c.init;
  const ports = new Map<string, Record<string, unknown>>();
  for (const p of c.ports)
    ports.set(`${p.target}/${p.protocol}`, {
      ContainerPort: p.target,
      Name: portName(c.name, p.target, p.protocol),
      Protocol: p.protocol,
    });
  for (const e of c.expose) {
    const [num, proto = 'tcp'] = e.split('/');
    const target = Number(num);
    if (!Number.isInteger(target) || (proto !== 'tcp' && proto !== 'udp')) {
      ctx.warn([...path, 'expose'], `expose ${e} is not a single port; ignored`);
      continue;
    }
    if (!ports.has(`${target}/${proto}`))
      ports.set(`${target}/${proto}`, {
        ContainerPort: target,
        Name: portName(c.name, target, proto),
        Protocol: proto,
      });
  }
  const r = c.deploy?.resources;
  const memLimit = r?.limits?.memory;
  const memReservation = r?.reservations?.memory;
  const log = logConfiguration(ctx, c);
  let stopTimeout = c.stopGracePeriod;
  if (stopTimeout !== undefined && stopTimeout > 120) {
    ctx.warn(
      [...path, 'stop_grace_period'],
      `Fargate waits at most 120s before killing a container; stop_grace_period ${stopTimeout}s is cut to 120s`,
    );
    stopTimeout = 120;
  }
  const sysctls = systemControls(ctx, c);
  const def: Record<string, unknown> = {
    Name: containerName(c.name),
    Image: c.image ?? '',
    Essential:
      main ||
      !task.containers.some((o) => o.dependsOn[c.name]?.condition === 'service_completed_successfully'),
    ...(c.command ? { Command: c.command } : {}),
    ...(c.entrypoint ? { EntryPoint: c.entrypoint } : {}),
    ...(environment.length > 0 ? { Environment: environment } : {}),
    ...(c.workingDir ? { WorkingDirectory: c.workingDir } : {}),
    ...(c.user ? { User: c.user } : {}),
    ...(c.readOnly !== undefined ? { ReadonlyRootFilesystem: c.readOnly } : {}),
    ...(Object.keys(linux).length > 0 ? { LinuxParameters: linux } : {}),
    ...(Object.keys(c.ulimits).length > 0 ? { Ulimits: ulimits(ctx, c) } : {}),
    ...(sysctls.length > 0 ? { SystemControls: sysctls } : {}),
    ...(stopTimeout !== undefined ? { StopTimeout: Math.round(stopTimeout) } : {}),
    ...(Object.keys(c.labels).length > 0 ? { DockerLabels: Object.fromEntries(sortedRecord(c.labels)) } : {}),
    ...healthCheck(ctx, c),
    LogConfiguration: log.config,
    ...(ports.size > 0 ? { PortMappings: [...ports.values()] } : {}),
    ...(memLimit !== undefined ? { Memory: Math.ceil(memLimit / MIB) } : {}),
    ...(memReservation !== undefined ? { MemoryReservation: Math.ceil(memReservation / MIB) } : {}),
    ...(c.tty ? { PseudoTerminal: true } : {}),
    ...(c.stdinOpen ? { Interactive: true } : {}),
  };
  return def;
}

/** Port mapping names (Service Connect refers to them): lowercase letters, digits, '-'. */
export function portName(service: string, port: number, protocol: string): string {
  const base =
    service
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'port';
  return `${base.slice(0, 50)}-${port}-${protocol}`;
}

function capabilities(c: Service): Record<string, string[]> | undefined {
  const norm = (cap: string) => cap.toUpperCase().replace(/^CAP_/, '');
  const add = c.capAdd.map(norm).sort();
  const drop = c.capDrop.map(norm).sort();
  // Fargate lets a task add SYS_PTRACE and nothing else; the loader's Fargate table refuses the others.
  if (add.length === 0 && drop.length === 0) return undefined;
  return {
    ...(add.length ? { Add: add.filter((a) => a === 'SYS_PTRACE') } : {}),
    ...(drop.length ? { Drop: drop } : {}),
  };
}

const ULIMIT_NAMES = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
];

function ulimits(ctx: Context, c: Service): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const [name, { soft, hard }] of sortedRecord(c.ulimits)) {
    if (!ULIMIT_NAMES.includes(name))
      ctx.error(
        ['services', c.name, 'ulimits', name],
        `ulimit ${name} is not supported by ECS (known: ${ULIMIT_NAMES.join(', ')})`,
      );
    else out.push({ HardLimit: hard, Name: name, SoftLimit: soft });
  }
  return out;
}

function healthCheck(ctx: Context, c: Service): { HealthCheck?: Record<string, unknown> } {
  const hc = c.healthcheck;
  if (!hc || hc.disable || !hc.test || hc.test[0] === 'NONE') return {};
  const path = ['services', c.name, 'healthcheck'];
  const bounded = (field: string, v: number | undefined, lo: number, hi: number) => {
    if (v === undefined) return undefined;
    const r = Math.round(v);
    if (r < lo || r > hi)
      ctx.warn(
        [...path, field],
        `ECS takes a health-check ${field} from ${lo} to ${hi}; ${v} becomes ${Math.min(hi, Math.max(lo, r))}`,
      );
    return Math.min(hi, Math.max(lo, r));
  };
  const interval = bounded('interval', hc.interval, 5, 300);
  const timeout = bounded('timeout', hc.timeout, 2, 60);
  const retries = bounded('retries', hc.retries, 1, 10);
  const startPeriod = bounded('start_period', hc.startPeriod, 0, 300);
  return {
    HealthCheck: {
      Command: hc.test,
      ...(interval !== undefined ? { Interval: interval } : {}),
      ...(retries !== undefined ? { Retries: retries } : {}),
      ...(startPeriod !== undefined ? { StartPeriod: startPeriod } : {}),
      ...(timeout !== undefined ? { Timeout: timeout } : {}),
    },
  };
}

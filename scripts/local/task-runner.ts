// Runs the tasks of a deployed template's ECS services under the dockerd peer, the way Fargate starts
// them, because moto keeps task definitions but runs nothing. What it reproduces, from the template:
// - awsvpc: the containers of a task share one network namespace (one ENI: they reach each other on
//   localhost, and share /etc/resolv.conf): here a task's containers join one holder container's namespace.
//   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html
// - Cloud Map service discovery: a service's tasks answer to `<discovery name>.<namespace name>` (A records,
//   MULTIVALUE): here a network alias of the holder on one Docker network standing in for the VPC.
// - container start order by dependsOn (START, COMPLETE, SUCCESS; HEALTHY is refused, not emulated),
//   a non-essential container others wait on runs to its exit first:
//   https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDependency.html
// - task volumes without a host: storage shared by the task's containers, gone with the task
//   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/bind-mounts.html); an EFS volume is one
//   Docker volume per file system, shared by every task that mounts it. A Docker volume would receive
//   whatever the image has at its mount path when first mounted empty; ECS copies the image's data only
//   where the image declares that path as a VOLUME (same page), and never onto EFS, so the runner asks
//   Docker not to copy anywhere else (volume-nocopy).
// - secrets injected as environment variables from their valueFrom (resolved by the caller, e.g. from moto):
//   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html
// Not emulated: health checks, log drivers, CPU/memory limits, IAM (the caller reads the stores).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { templateValues, type StackContext, type TemplateDocument } from './template-values.js';

const run = promisify(execFile);

interface ContainerDefinition {
  Name: string;
  Image: string;
  Essential?: boolean;
  EntryPoint?: string[];
  Command?: string[];
  WorkingDirectory?: string;
  User?: string;
  ReadonlyRootFilesystem?: boolean;
  Environment?: Array<{ Name: string; Value: string }>;
  Secrets?: Array<{ Name: string; ValueFrom: string }>;
  MountPoints?: Array<{ SourceVolume: string; ContainerPath: string; ReadOnly?: boolean }>;
  DependsOn?: Array<{ ContainerName: string; Condition: string }>;
}

interface TaskVolume {
  Name: string;
  Host?: unknown;
  EFSVolumeConfiguration?: { FilesystemId: string };
}

export interface TaskRunnerOptions {
  /** The docker CLI and its environment (DOCKER_HOST of the dockerd peer). */
  docker: string;
  dockerEnv: NodeJS.ProcessEnv;
  template: TemplateDocument;
  stack: StackContext;
  /** The local image that stands in for a container's image (e.g. the pushed image plus a server). */
  image: (container: { name: string; image: string }) => string;
  /** The value behind a secret's valueFrom, as the execution role would read it. */
  secret: (valueFrom: string) => Promise<string>;
  /** The image of the container that holds each task's network namespace (any image with `sleep`). */
  holderImage: string;
}

/** The Docker volume standing in for a task volume, and whether it is an EFS file system. */
interface RunnerVolume {
  name: string;
  efs: boolean;
}

/**
 * The `--mount` option for a container's mount point: the image's data at the path is copied into an
 * empty volume only where the image declares that path a VOLUME (`declared`), as ECS does.
 */
export function mountOption(
  mount: { ContainerPath: string; ReadOnly?: boolean },
  volume: string,
  declared: string[],
): string {
  const copies = declared.some((d) => d.replace(/\/+$/, '') === mount.ContainerPath.replace(/\/+$/, ''));
  return [
    'type=volume',
    `source=${volume}`,
    `target=${mount.ContainerPath}`,
    ...(mount.ReadOnly ? ['readonly'] : []),
    ...(copies ? [] : ['volume-nocopy']),
  ].join(',');
}

export interface RunningTask {
  service: string;
  /** The names the task answers to on the network, as Cloud Map would publish them. */
  addresses: string[];
  /** Docker container names by container definition name. */
  containers: Record<string, string>;
}

/** Names that would reach the docker CLI itself if passed through its environment. */
const RESERVED = /^(DOCKER_.*|PATH|HOME)$/;

export class TaskRunner {
  readonly network: string;
  private readonly label: string;
  private readonly values: ReturnType<typeof templateValues>;

  constructor(private readonly options: TaskRunnerOptions) {
    const id = createHash('sha256').update(`${options.stack.stackName}-${process.pid}-${Date.now()}`);
    this.label = `compose-ecs-task-runner=${id.digest('hex').slice(0, 12)}`;
    this.network = `tasks-${this.label.split('=')[1]}`;
    this.values = templateValues(options.template, options.stack);
  }

  private docker(args: string[], env: NodeJS.ProcessEnv = {}) {
    return run(this.options.docker, args, {
      env: { ...this.options.dockerEnv, ...env },
      maxBuffer: 16 * 1024 * 1024,
    });
  }

  /** Starts one task of each ECS service (compose service names), in the order the services' DependsOn gives. */
  async start(services: string[]): Promise<RunningTask[]> {
    await this.docker(['network', 'create', '--label', this.label, this.network]);
    const byName = new Map(services.map((s) => [s, this.serviceResource(s)]));
    const started: RunningTask[] = [];
    for (const name of this.serviceOrder(byName)) started.push(await this.startTask(name, byName.get(name)!));
    return started;
  }

  /** Removes every container, volume and the network this runner created. */
  async stop(): Promise<void> {
    const { stdout } = await this.docker(['ps', '-aq', '--filter', `label=${this.label}`]);
    const ids = stdout.split('\n').filter(Boolean);
    if (ids.length > 0) await this.docker(['rm', '-f', '-v', ...ids]);
    const volumes = await this.docker(['volume', 'ls', '-q', '--filter', `label=${this.label}`]);
    const names = volumes.stdout.split('\n').filter(Boolean);
    if (names.length > 0) await this.docker(['volume', 'rm', ...names]);
    await this.docker(['network', 'rm', this.network]).catch(() => undefined);
  }

  /** Every container's state and last lines, for a failure message. */
  async report(): Promise<string> {
    const { stdout } = await this.docker([
      'ps',
      '-a',
      '--filter',
      `label=${this.label}`,
      '--format',
      '{{.Names}} {{.Status}}',
    ]);
    const lines: string[] = [];
    for (const row of stdout.split('\n').filter(Boolean)) {
      const name = row.split(' ')[0]!;
      const output = (await this.logs(name).catch((e: unknown) => String(e))).split('\n').slice(-15);
      lines.push(`== ${row}`, ...output);
    }
    return lines.join('\n');
  }

  /** The output of a container so far (stdout and stderr). */
  async logs(container: string): Promise<string> {
    const { stdout, stderr } = await this.docker(['logs', container]);
    return stdout + stderr;
  }

  /** Runs a one-off command on the network (as a client in the VPC would), returning its stdout. */
  async client(command: string[]): Promise<string> {
    const { stdout } = await this.docker([
      'run',
      '--rm',
      '--label',
      this.label,
      '--network',
      this.network,
      this.options.holderImage,
      ...command,
    ]);
    return stdout;
  }

  private serviceResource(service: string): { logicalId: string; properties: Record<string, unknown> } {
    for (const [logicalId, r] of Object.entries(this.options.template.Resources)) {
      if (r.Type !== 'AWS::ECS::Service') continue;
      const tags = (r.Properties?.Tags ?? []) as Array<{ Key: string; Value: unknown }>;
      if (tags.some((t) => t.Key === 'com.docker.compose.service' && t.Value === service))
        return { logicalId, properties: r.Properties ?? {} };
    }
    throw new Error(`the template has no ECS service for ${service}`);
  }

  private serviceOrder(byName: Map<string, { logicalId: string }>): string[] {
    const byId = new Map([...byName].map(([name, r]) => [r.logicalId, name]));
    return dependencyOrder('services', [...byName.keys()], (name) => {
      const dependsOn = this.options.template.Resources[byName.get(name)!.logicalId]!.DependsOn ?? [];
      return [dependsOn].flat().flatMap((d) => (byId.has(d) ? [byId.get(d)!] : []));
    });
  }

  /** The Cloud Map names of a service: `<service name>.<namespace name>` for each registry. */
  private discoveryNames(properties: Record<string, unknown>): string[] {
    const resources = this.options.template.Resources;
    const registries = (properties.ServiceRegistries ?? []) as Array<{ RegistryArn: unknown }>;
    return registries.map((r) => {
      const arn = String(this.values.value(r.RegistryArn));
      const id = arn.slice(arn.lastIndexOf('/') + 1);
      const discovery = resources[id]?.Properties;
      if (!discovery) throw new Error(`registry ${arn} is not a discovery service in the template`);
      const namespace = resources[String(this.values.value(discovery.NamespaceId))]?.Properties;
      return `${String(discovery.Name)}.${String(this.values.value(namespace?.Name))}`;
    });
  }

  private async startTask(
    service: string,
    resource: { logicalId: string; properties: Record<string, unknown> },
  ): Promise<RunningTask> {
    const taskId = String(this.values.value(resource.properties.TaskDefinition));
    const task = this.values.value(this.options.template.Resources[taskId]?.Properties ?? {}) as {
      NetworkMode?: string;
      ContainerDefinitions: ContainerDefinition[];
      Volumes?: TaskVolume[];
    };
    if (task.NetworkMode !== 'awsvpc') throw new Error(`${taskId}: only awsvpc tasks run here`);
    const prefix = `${this.network}-${service}`;
    const addresses = this.discoveryNames(resource.properties);
    const holder = `${prefix}-task`;
    await this.docker([
      'run',
      '-d',
      '--name',
      holder,
      '--label',
      this.label,
      '--network',
      this.network,
      ...addresses.flatMap((a) => ['--network-alias', a]),
      '--entrypoint',
      'sleep',
      this.options.holderImage,
      '86400',
    ]);
    const volumes = await this.createVolumes(prefix, task.Volumes ?? []);
    const containers: Record<string, string> = {};
    for (const c of this.containerOrder(task.ContainerDefinitions)) {
      const name = `${prefix}-${c.Name}`;
      containers[c.Name] = name;
      const waits = task.ContainerDefinitions.flatMap((o) =>
        (o.DependsOn ?? []).filter((d) => d.ContainerName === c.Name).map((d) => d.Condition),
      );
      // COMPLETE: others wait for its exit; SUCCESS: for an exit with status 0.
      const exit = waits.includes('SUCCESS') ? 'success' : waits.includes('COMPLETE') ? 'complete' : 'none';
      await this.startContainer(name, holder, c, volumes, exit);
    }
    return { service, addresses, containers };
  }

  /** The paths an image declares as VOLUME (its config's Volumes). */
  private async declaredVolumes(image: string): Promise<string[]> {
    const { stdout } = await this.docker(['image', 'inspect', '--format', '{{json .Config.Volumes}}', image]);
    return Object.keys((JSON.parse(stdout) as Record<string, unknown> | null) ?? {});
  }

  private async createVolumes(prefix: string, volumes: TaskVolume[]): Promise<Map<string, RunnerVolume>> {
    const names = new Map<string, RunnerVolume>();
    for (const v of volumes) {
      if (v.Host !== undefined) throw new Error(`volume ${v.Name}: host volumes do not exist on Fargate`);
      const efs = v.EFSVolumeConfiguration?.FilesystemId;
      const name = efs
        ? `${this.network}-efs-${createHash('sha256').update(efs).digest('hex').slice(0, 12)}`
        : `${prefix}-${v.Name}`;
      await this.docker(['volume', 'create', '--label', this.label, name]);
      names.set(v.Name, { name, efs: efs !== undefined });
    }
    return names;
  }

  /** Containers in an order their dependsOn allows; a cycle or an unknown name is an error, as ECS says. */
  private containerOrder(containers: ContainerDefinition[]): ContainerDefinition[] {
    const byName = new Map(containers.map((c) => [c.Name, c]));
    const names = dependencyOrder('containers', [...byName.keys()], (name) =>
      (byName.get(name)!.DependsOn ?? []).map((d) => {
        if (d.Condition === 'HEALTHY') throw new Error(`${name}: HEALTHY dependencies are not emulated`);
        if (!byName.has(d.ContainerName))
          throw new Error(`${name} depends on ${d.ContainerName}, which the task lacks`);
        return d.ContainerName;
      }),
    );
    return names.map((n) => byName.get(n)!);
  }

  private async startContainer(
    name: string,
    holder: string,
    c: ContainerDefinition,
    volumes: Map<string, RunnerVolume>,
    exit: 'success' | 'complete' | 'none',
  ): Promise<void> {
    const args = ['run', '--name', name, '--label', this.label, '--network', `container:${holder}`];
    if (exit === 'none') args.push('-d');
    // Values travel in the docker CLI's environment (`-e NAME`), never on its command line.
    const env: Record<string, string> = {};
    for (const e of c.Environment ?? []) env[e.Name] = e.Value;
    for (const s of c.Secrets ?? []) env[s.Name] = await this.options.secret(s.ValueFrom);
    for (const key of Object.keys(env)) {
      if (RESERVED.test(key)) throw new Error(`${c.Name}: cannot pass ${key} through the docker CLI`);
      args.push('-e', key);
    }
    const image = this.options.image({ name: c.Name, image: c.Image });
    const declared = c.MountPoints?.length ? await this.declaredVolumes(image) : [];
    for (const m of c.MountPoints ?? []) {
      const volume = volumes.get(m.SourceVolume);
      if (!volume) throw new Error(`${c.Name} mounts ${m.SourceVolume}, which the task does not declare`);
      args.push('--mount', mountOption(m, volume.name, volume.efs ? [] : declared));
    }
    if (c.User) args.push('--user', c.User);
    if (c.WorkingDirectory) args.push('--workdir', c.WorkingDirectory);
    if (c.ReadonlyRootFilesystem) args.push('--read-only');
    const [entry, ...entryArgs] = c.EntryPoint ?? [];
    if (entry !== undefined) args.push('--entrypoint', entry);
    args.push(image, ...entryArgs, ...(c.Command ?? []));
    try {
      await this.docker(args, env);
    } catch (error) {
      if (exit === 'complete' && (error as { code?: unknown }).code !== 125) return;
      const output = await this.logs(name).catch(() => '');
      throw new Error(`${c.Name} (${name}) failed to start or exited non-zero: ${String(error)}\n${output}`, {
        cause: error,
      });
    }
  }
}

/** `names` with each after those it depends on (depth first, in the given order otherwise); a cycle is an error. */
function dependencyOrder(what: string, names: string[], dependencies: (name: string) => string[]): string[] {
  const order: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (order.includes(name)) return;
    if (path.includes(name)) throw new Error(`${what} depend on each other: ${[...path, name].join(' → ')}`);
    for (const d of dependencies(name)) visit(d, [...path, name]);
    order.push(name);
  };
  for (const name of names) visit(name, []);
  return order;
}

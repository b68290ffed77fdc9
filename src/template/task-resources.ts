// The resources of one task: its GPU capacity, container extras and init containers, roles, task
// definition, and then either its ECS service (with autoscaling) or, for a job, the spec the deploy runs.
import { addAutoscaling, clusterName } from './autoscaling.js';
import { containerDependencies } from './container-dependencies.js';
import { taskConfigs, type TaskConfigs } from './configs.js';
import { ref, type Context } from './context.js';
import { DNS_INIT_CONTAINER, dnsSearchContainer, serviceRegistries } from './discovery.js';
import { addGpuCapacity, gpuContainerExtras, gpuTaskSize, type GpuPlacement } from './gpu-capacity.js';
import { addExecutionRole, addTaskRole } from './iam.js';
import { jobSpec, type JobSpec } from './jobs.js';
import { portDependencies } from './listeners.js';
import { logConfiguration } from './logs.js';
import { SUBNETS_PARAM } from './network.js';
import { taskSecurityGroups, type ProjectPlan } from './project-plan.js';
import { taskSecrets, type TaskSecrets } from './secrets.js';
import { addService, execEnabled, serviceId } from './service.js';
import { addTaskDefinition, containerName, mergeProperties } from './task-definition.js';
import type { TaskPlan } from './tasks.js';
import { taskTmpfs, type TaskTmpfs } from './tmpfs.js';
import { taskVolumes, type TaskVolumes } from './volume-mounts.js';
import { volumeSeeds } from './volume-seed.js';

type Properties = Record<string, unknown>;

/** What each concern (secrets, configs, volumes, tmpfs, seeds, GPUs) adds to one task. */
interface TaskPieces {
  gpu: GpuPlacement | undefined;
  exec: boolean;
  ts: TaskSecrets;
  tc: TaskConfigs;
  tv: TaskVolumes;
  tt: TaskTmpfs;
  seeds: ReturnType<typeof volumeSeeds>;
}

/** Adds the task's resources; for a job, returns the spec the deploy runs instead of a service. */
export function addTaskResources(ctx: Context, task: TaskPlan, plan: ProjectPlan): JobSpec | undefined {
  const gpu = plan.gpus.get(task.name);
  if (gpu && plan.jobs.has(task.name))
    ctx.error(
      ['services', task.name],
      `${task.name} reserves GPUs and runs once (a job); jobs run on Fargate, which has no GPUs: run it as a service`,
    );
  else if (gpu) addGpuCapacity(ctx, task, gpu, plan.cluster);
  const exec = task.containers.some((c) => execEnabled(ctx, c));
  const ts = taskSecrets(ctx, task, plan.secrets);
  const tc = taskConfigs(ctx, task);
  const tv = taskVolumes(ctx, task, plan.volumes);
  const tt = taskTmpfs(ctx, task);
  const seeds = volumeSeeds(ctx, task, tv.seeds);
  const pieces: TaskPieces = { gpu, exec, ts, tc, tv, tt, seeds };
  // A job is no CloudFormation resource to wait for: the deploy runs it between two change sets.
  const dependsOn = [...(plan.order.after.get(task.name) ?? [])]
    .filter((name) => !plan.jobs.has(name))
    .map((name) => serviceId(plan.byName.get(name)!));
  const taskDefinition = addTaskDefinitionAndRoles(ctx, task, plan, pieces);
  const ports = plan.portsOf.get(task) ?? [];
  if (ports.length > 5)
    ctx.error(
      ['services', task.name, 'ports'],
      `an ECS service can attach to at most 5 target groups; ${task.name} publishes ${ports.length} ports`,
    );
  // Services that mount EFS volumes run where the mount targets are.
  const efsSubnets = Array.from({ length: ctx.options.efsSubnetCount }, (_, i) => ({
    'Fn::Select': [i, ref(SUBNETS_PARAM)],
  }));
  if (plan.jobs.has(task.name))
    return jobSpec(ctx, task, {
      taskDefinition,
      cluster: plan.cluster,
      subnets: tv.mountTargets.length > 0 ? efsSubnets : ref(SUBNETS_PARAM),
      securityGroups: taskSecurityGroups(ctx, plan.groups, task),
      order: plan.order.after,
      jobs: plan.jobs,
    });
  addTaskService(ctx, task, plan, pieces, {
    taskDefinition,
    dependsOn,
    ...(tv.mountTargets.length > 0 ? { subnets: efsSubnets } : {}),
  });
  return undefined;
}

/** The task's roles and task definition, with every concern's containers, init containers and volumes. */
function addTaskDefinitionAndRoles(
  ctx: Context,
  task: TaskPlan,
  plan: ProjectPlan,
  pieces: TaskPieces,
): string {
  const { gpu, exec, ts, tc, tv, tt, seeds } = pieces;
  // Every container starts after the DNS search list names the namespace, so bare compose names resolve.
  const initContainers = [
    ...(plan.discovery ? [dnsSearchContainer(ctx, task.main)] : []),
    ...ts.initContainers,
    ...tc.initContainers,
    ...tt.initContainers,
    ...seeds.initContainers,
  ];
  const containers = containerExtras(ctx, task, plan, pieces);
  const executionRole = addExecutionRole(ctx, task, {
    images: [
      ...task.containers.map((c) => c.image ?? ''),
      // The volume seeds run the service's own images; the others run the init image.
      ...(initContainers.length > seeds.initContainers.length ? [ctx.options.secretsInitImage] : []),
    ],
    extraLogGroups: task.containers.flatMap((c) => logConfiguration(ctx, c).extraGroup ?? []),
    secretArns: ts.secretArns,
    parameterArns: [...ts.parameterArns, ...tc.parameterArns],
  });
  const taskRole = addTaskRole(ctx, task, { statements: tv.statements, exec });
  return addTaskDefinition(ctx, task, {
    containers,
    initContainers,
    volumes: [...ts.volumes, ...tc.volumes, ...tv.volumes, ...tt.volumes],
    executionRole,
    ...(taskRole !== undefined ? { taskRole } : {}),
    ...(gpu ? { ec2: gpuTaskSize(ctx, task, gpu) } : {}),
  });
}

/** Container name → what the concerns add to its definition (mounts, secrets, GPUs, start dependencies). */
function containerExtras(
  ctx: Context,
  task: TaskPlan,
  plan: ProjectPlan,
  { gpu, ts, tc, tv, tt, seeds }: TaskPieces,
): Map<string, Properties> {
  const gpuExtras = gpu ? gpuContainerExtras(gpu) : new Map<string, Properties>();
  const dnsReady = plan.discovery ? [{ Condition: 'SUCCESS', ContainerName: DNS_INIT_CONTAINER }] : [];
  const containers = new Map<string, Properties>();
  for (const c of task.containers) {
    const deps = containerDependencies(ctx, task, c, plan.taskOf);
    let extra = mergeProperties(
      mergeProperties(
        mergeProperties(ts.containers.get(c.name) ?? {}, tc.containers.get(c.name)),
        gpuExtras.get(c.name),
      ),
      mergeProperties(
        mergeProperties(tv.containers.get(c.name) ?? {}, tt.containers.get(c.name)),
        seeds.containers.get(c.name),
      ),
    );
    const after = [...dnsReady, ...deps.container];
    if (after.length > 0) extra = mergeProperties(extra, { DependsOn: after });
    if (Object.keys(extra).length > 0) containers.set(c.name, extra);
  }
  return containers;
}

/** The task's ECS service, attached to its target groups, and its autoscaling. */
function addTaskService(
  ctx: Context,
  task: TaskPlan,
  plan: ProjectPlan,
  { gpu, exec, tv }: TaskPieces,
  where: { taskDefinition: string; dependsOn: string[]; subnets?: unknown[] },
): void {
  const ports = plan.portsOf.get(task) ?? [];
  const startPeriods = ports
    .map((p) => p.container.healthcheck?.startPeriod)
    .filter((v): v is number => v !== undefined);
  const strategy = plan.strategies.get(task.name);
  addService(ctx, task, where.taskDefinition, {
    cluster: plan.cluster,
    securityGroups: taskSecurityGroups(ctx, plan.groups, task),
    ...(where.subnets ? { subnets: where.subnets } : {}),
    loadBalancers: ports.map((p) => ({
      ContainerName: containerName(p.container.name),
      ContainerPort: p.port.target,
      TargetGroupArn: ref(p.targetGroupId),
      ...(plan.advanced.has(p.targetGroupId)
        ? { AdvancedConfiguration: plan.advanced.get(p.targetGroupId) }
        : {}),
    })),
    publishedProtocols: ports.flatMap((p) => p.protocols),
    dependsOn: [
      ...ports.flatMap(portDependencies),
      ...where.dependsOn,
      ...tv.mountTargets,
      ...(strategy && plan.capacityProviders ? [plan.capacityProviders] : []),
    ],
    ...(startPeriods.length > 0 ? { gracePeriod: Math.max(...startPeriods.map(Math.round)) } : {}),
    serviceRegistries: plan.discovery ? serviceRegistries(plan.discovery, task) : [],
    autoscaled: task.main.deploy?.aws?.autoscaling !== undefined,
    enableExec: exec,
    ...(strategy ? { capacityProviderStrategy: strategy } : {}),
    ...(gpu ? { ec2: true } : {}),
  });
  addAutoscaling(ctx, task, clusterName(plan.cluster), plan.lb, ports);
}

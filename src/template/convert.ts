// Orchestrates the conversion of a loaded compose project into a CloudFormation template.
// Pure and deterministic: no I/O, no clock, no randomness; every concern lives in its own file.
import type { LoadedProject } from '../compose/model.js';
import { UserError, type Diagnostic } from '../errors.js';
import { addAutoscaling, clusterName } from './autoscaling.js';
import { addCluster } from './cluster.js';
import { capacityStrategy } from './capacity.js';
import { addCapacityProviders, providersOf } from './capacity-providers.js';
import { createContext, ref } from './context.js';
import { addDiscovery, DNS_INIT_CONTAINER, dnsSearchContainer, serviceRegistries } from './discovery.js';
import { addGpuCapacity, gpuContainerExtras, gpuStrategy, gpuTaskSize, planGpuTask } from './gpu-capacity.js';
import { addExecutionRole, addTaskRole } from './iam.js';
import { checkQuotas } from './aws-quotas.js';
import { checkLimits } from './limits.js';
import { LB_ID, planLoadBalancer } from './load-balancer.js';
import { addListeners, portDependencies } from './listeners.js';
import type { LoadBalancerChoice } from './load-balancer-type.js';
import { addLogGroup, logConfiguration } from './logs.js';
import {
  addLoadBalancerSubnetsParameter,
  addNetworkParameters,
  addNetworks,
  SUBNETS_PARAM,
} from './network.js';
import { resolveOptions, type ConvertOptions } from './options.js';
import { applyOverlay } from './overlay.js';
import { applyPermissionsBoundary } from './permissions-boundary.js';
import { planSecrets, taskSecrets } from './secrets.js';
import { taskConfigs } from './configs.js';
import { taskTmpfs } from './tmpfs.js';
import { volumeSeeds } from './volume-seed.js';
import { canonicalTemplate, serialize } from './serialize.js';
import { addService, execEnabled, serviceId } from './service.js';
import { serviceStrategies, type ServiceStrategy } from './deployment-strategy.js';
import { applyTags } from './tags.js';
import { addTaskDefinition, containerName, mergeProperties } from './task-definition.js';
import { planTasks, type TaskPlan } from './tasks.js';
import { checkJobOrder, findJobs, jobSpec, JOBS_METADATA, type JobSpec } from './jobs.js';
import { startOrder } from './start-order.js';
import { containerDependencies } from './container-dependencies.js';
import { taskVolumes } from './volume-mounts.js';
import { planVolumes } from './volumes.js';
import type { Template } from './types.js';

export type { ConvertOptions } from './options.js';
export { templateBodyTooLarge } from './limits.js';

export interface ParameterSource {
  /** Template parameter name. */
  name: string;
  kind:
    | 'vpc'
    | 'subnets'
    | 'load-balancer-subnets'
    | 'file-secret'
    | 'file-secret-version'
    | 'retained-file-system'
    | 'hosted-zone';
  /** For 'retained-file-system': the compose volume whose retained file system (by project and volume tags) to use. */
  volume?: string;
  /**
   * For 'file-secret': the compose secret whose content (file or environment variable) the pipeline stores in Secrets Manager.
   * For 'file-secret-version': the same compose secret; the value is the Secrets Manager version id its content is stored under.
   */
  secret?: string;
  description: string;
  /** For 'vpc': the VPC id the compose file names (x-aws-vpc); absent means the account's default VPC. */
  value?: string;
  /** For 'subnets': whether to pick public subnets (tasks get public IPs) or private ones; 'load-balancer-subnets' are always public. */
  public?: boolean;
  /** For 'hosted-zone': the x-aws-domain name whose public hosted zone the plan finds (deploy/hosted-zones.ts). */
  domain?: string;
  /** For 'hosted-zone': the compose service whose x-aws-domain it is. */
  service?: string;
  /** For 'hosted-zone': the zone x-aws-hosted_zone names (a name or a Z… id), instead of the longest match. */
  hostedZone?: string;
  /** For 'subnets': the least number of subnets (in distinct availability zones) to pass; EFS mount targets use the first ones. */
  minCount?: number;
}

export interface ConvertResult {
  template: Template;
  /** JSON.stringify(template, null, 2) + '\n', with deterministic key order. */
  body: string;
  /** What the plan stage must fill in. */
  parameters: ParameterSource[];
  warnings: Diagnostic[];
  /** Which service starts after which, and why, per edge (start-order.ts); the plan shows it. */
  startOrder: string[];
  /** How the load balancer's type was chosen, when the stack creates one (the plan checks a change). */
  loadBalancer?: LoadBalancerChoice;
  /** The services with an x-aws-deployment and how their next rollout goes (the plan describes it). */
  strategies: ServiceStrategy[];
}

export function convert(loaded: LoadedProject, options: ConvertOptions = {}): ConvertResult {
  const { errors, ...built } = buildTemplate(loaded, options);
  const body = serialize(built.template);
  for (const problem of checkLimits(built.template, body)) errors.push(problem);
  const quotas = checkQuotas(built.template);
  errors.push(...quotas.errors);
  built.warnings.push(...quotas.warnings);
  if (errors.length > 0) {
    throw new UserError(`cannot convert project ${loaded.project.name}: ${errors.length} problem(s)`, errors);
  }
  return { ...built, body };
}

/**
 * The template in its canonical order, before it is written out and checked against CloudFormation's
 * limits (convert does both). Apart so that the bench can time the two (issue 13: conversion).
 */
export function buildTemplate(
  loaded: LoadedProject,
  options: ConvertOptions = {},
): {
  template: Template;
  parameters: ParameterSource[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
  startOrder: string[];
  loadBalancer?: LoadBalancerChoice;
  strategies: ServiceStrategy[];
} {
  const ctx = createContext(loaded, resolveOptions(options));
  const project = ctx.project;

  const parameters = addNetworkParameters(ctx);
  const cluster = addCluster(ctx);
  addLogGroup(ctx);
  const groups = addNetworks(ctx);
  const allTasks = planTasks(ctx);
  // Jobs (one-shot services) get a task definition and no ECS service: the deploy runs them (src/jobs/).
  const jobs = findJobs(ctx, allTasks);
  const tasks = allTasks.filter((t) => !jobs.has(t.name));
  const lb = planLoadBalancer(ctx, tasks);
  if (ctx.template.Resources[LB_ID] && lb.scheme === 'internet-facing')
    parameters.push(addLoadBalancerSubnetsParameter(ctx));
  else if (ctx.template.Resources[LB_ID]) {
    // An internal load balancer sits in the tasks' subnets: they must span two zones.
    const subnets = parameters.find((p) => p.kind === 'subnets')!;
    subnets.minCount = Math.max(subnets.minCount ?? 0, 2);
  }
  const taskOf = new Map<string, TaskPlan>();
  for (const t of allTasks) for (const c of t.containers) taskOf.set(c.name, t);

  const taskGroups = (task: TaskPlan): unknown[] => {
    const names = Object.keys(task.main.networks).sort();
    for (const c of task.containers.slice(1)) {
      // A network_mode: service:<name> sidecar declares no networks of its own (compose forbids both).
      const own = Object.keys(c.networks).sort();
      if (own.length > 0 && own.join() !== names.join()) {
        ctx.warn(
          ['services', c.name, 'networks'],
          `sidecar ${c.name} shares the network of ${task.name}; its own networks are ignored`,
        );
      }
    }
    return names.map((n) => groups.get(n)).filter((g) => g !== undefined);
  };
  // Ingress for published ports goes on the first security group we create for the task.
  const ingressGroup = (task: TaskPlan): unknown =>
    Object.keys(task.main.networks)
      .sort()
      .map((n) => groups.get(n))
      .find((g) => typeof g === 'object');
  const listened = addListeners(ctx, lb, ingressGroup);
  parameters.push(...listened.parameters);
  const advanced = listened.advanced;

  const secrets = planSecrets(ctx);
  parameters.push(...secrets.parameters);
  const volumes = planVolumes(ctx, tasks, groups);
  parameters.push(...volumes.parameters);
  const discovery = addDiscovery(ctx, tasks);
  const order = startOrder(ctx, allTasks);
  checkJobOrder(ctx, jobs, order.after);
  const byName = new Map(tasks.map((t) => [t.name, t]));
  const jobSpecs: Record<string, JobSpec> = {};

  // GPU services run on EC2 capacity of their own (gpu-capacity.ts), the others on Fargate (capacity.ts).
  const gpus = new Map(allTasks.map((t) => [t.name, planGpuTask(ctx, t)]));
  const strategies = new Map(
    allTasks.map((t) => {
      const gpu = gpus.get(t.name);
      return [
        t.name,
        gpu && !jobs.has(t.name) ? gpuStrategy(gpu) : capacityStrategy(ctx, t, jobs.has(t.name)),
      ];
    }),
  );
  const capacityProviders = addCapacityProviders(ctx, cluster, providersOf(strategies.values()));

  const portsOf = new Map<TaskPlan, typeof lb.ports>();
  for (const p of lb.ports) portsOf.set(p.task, [...(portsOf.get(p.task) ?? []), p]);

  for (const task of allTasks) {
    const gpu = gpus.get(task.name);
    if (gpu && jobs.has(task.name))
      ctx.error(
        ['services', task.name],
        `${task.name} reserves GPUs and runs once (a job); jobs run on Fargate, which has no GPUs: run it as a service`,
      );
    else if (gpu) addGpuCapacity(ctx, task, gpu, cluster);
    const gpuExtras = gpu ? gpuContainerExtras(gpu) : new Map<string, Record<string, unknown>>();
    const exec = task.containers.some((c) => execEnabled(ctx, c));
    const ts = taskSecrets(ctx, task, secrets.sources);
    const tc = taskConfigs(ctx, task);
    const tv = taskVolumes(ctx, task, volumes);
    const tt = taskTmpfs(ctx, task);
    const seeds = volumeSeeds(ctx, task, tv.seeds);
    const containers = new Map<string, Record<string, unknown>>();
    // A job is no CloudFormation resource to wait for: the deploy runs it between two change sets.
    const dependsOn = [...(order.after.get(task.name) ?? [])]
      .filter((name) => !jobs.has(name))
      .map((name) => serviceId(byName.get(name)!));
    // Every container starts after the DNS search list names the namespace, so bare compose names resolve.
    const initContainers = discovery
      ? [
          dnsSearchContainer(ctx, task.main),
          ...ts.initContainers,
          ...tc.initContainers,
          ...tt.initContainers,
          ...seeds.initContainers,
        ]
      : [...ts.initContainers, ...tc.initContainers, ...tt.initContainers, ...seeds.initContainers];
    const dnsReady = discovery ? [{ Condition: 'SUCCESS', ContainerName: DNS_INIT_CONTAINER }] : [];
    for (const c of task.containers) {
      const deps = containerDependencies(ctx, task, c, taskOf);
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
    const taskDefinition = addTaskDefinition(ctx, task, {
      containers,
      initContainers,
      volumes: [...ts.volumes, ...tc.volumes, ...tv.volumes, ...tt.volumes],
      executionRole,
      ...(taskRole !== undefined ? { taskRole } : {}),
      ...(gpu ? { ec2: gpuTaskSize(ctx, task, gpu) } : {}),
    });
    const ports = portsOf.get(task) ?? [];
    if (ports.length > 5)
      ctx.error(
        ['services', task.name, 'ports'],
        `an ECS service can attach to at most 5 target groups; ${task.name} publishes ${ports.length} ports`,
      );
    const startPeriods = ports
      .map((p) => p.container.healthcheck?.startPeriod)
      .filter((v): v is number => v !== undefined);
    // Services that mount EFS volumes run where the mount targets are.
    const efsSubnets = Array.from({ length: ctx.options.efsSubnetCount }, (_, i) => ({
      'Fn::Select': [i, ref(SUBNETS_PARAM)],
    }));
    if (jobs.has(task.name)) {
      jobSpecs[task.name] = jobSpec(ctx, task, {
        taskDefinition,
        cluster,
        subnets: tv.mountTargets.length > 0 ? efsSubnets : ref(SUBNETS_PARAM),
        securityGroups: taskGroups(task),
        order: order.after,
        jobs,
      });
      continue;
    }
    const strategy = strategies.get(task.name);
    addService(ctx, task, taskDefinition, {
      cluster,
      securityGroups: taskGroups(task),
      ...(tv.mountTargets.length > 0 ? { subnets: efsSubnets } : {}),
      loadBalancers: ports.map((p) => ({
        ContainerName: containerName(p.container.name),
        ContainerPort: p.port.target,
        TargetGroupArn: ref(p.targetGroupId),
        ...(advanced.has(p.targetGroupId) ? { AdvancedConfiguration: advanced.get(p.targetGroupId) } : {}),
      })),
      publishedProtocols: ports.flatMap((p) => p.protocols),
      dependsOn: [
        ...ports.flatMap(portDependencies),
        ...dependsOn,
        ...tv.mountTargets,
        ...(strategy && capacityProviders ? [capacityProviders] : []),
      ],
      ...(startPeriods.length > 0 ? { gracePeriod: Math.max(...startPeriods.map(Math.round)) } : {}),
      serviceRegistries: discovery ? serviceRegistries(discovery, task) : [],
      autoscaled: task.main.deploy?.aws?.autoscaling !== undefined,
      enableExec: exec,
      ...(strategy ? { capacityProviderStrategy: strategy } : {}),
      ...(gpu ? { ec2: true } : {}),
    });
    addAutoscaling(ctx, task, clusterName(cluster), lb, ports);
  }

  if (Object.keys(jobSpecs).length > 0) {
    // The resources of the services that wait for a job stay as deployed until it succeeded.
    for (const spec of Object.values(jobSpecs))
      spec.Holds = [...ctx.owners]
        .filter(([, owner]) => spec.Before.includes(owner))
        .map(([id]) => id)
        .sort();
    ctx.template.Metadata = { ...ctx.template.Metadata, [JOBS_METADATA]: jobSpecs };
  }
  applyTags(ctx, ctx.owners);
  const overlaid = applyOverlay(ctx, ctx.template, project.aws?.cloudformation);
  const template = canonicalTemplate(
    applyPermissionsBoundary(ctx, overlaid, ctx.options.permissionsBoundary),
  );
  // The choice matters only for a load balancer the stack creates: an existing one keeps its type.
  const loadBalancer = ctx.template.Resources[LB_ID] ? lb.choice : undefined;
  return {
    template,
    parameters,
    errors: ctx.errors,
    warnings: ctx.warnings,
    startOrder: order.explained,
    strategies: serviceStrategies(
      tasks.map((t) => ({ main: t.main, loadBalanced: portsOf.has(t) })),
      lb.type,
      discovery !== undefined,
    ),
    ...(loadBalancer ? { loadBalancer } : {}),
  };
}

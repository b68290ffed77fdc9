// The project-level resources every task builds on: network, cluster, load balancer and listeners,
// secrets, volumes, service discovery, start order and each task's capacity. Added once, before any task.
import { capacityStrategy } from './capacity.js';
import { addCapacityProviders, providersOf, type StrategyItem } from './capacity-providers.js';
import { addCluster } from './cluster.js';
import type { Context } from './context.js';
import type { ParameterSource } from './convert.js';
import { addDiscovery, type DiscoveryPlan } from './discovery.js';
import { gpuStrategy, planGpuTask, type GpuPlacement } from './gpu-capacity.js';
import { checkJobOrder, findJobs } from './jobs.js';
import { addListeners } from './listeners.js';
import { LB_ID, planLoadBalancer, type LoadBalancerPlan, type PublishedPort } from './load-balancer.js';
import { addLogGroup } from './logs.js';
import { addLoadBalancerSubnetsParameter, addNetworkParameters, addNetworks } from './network.js';
import { planSecrets, type SecretSource } from './secrets.js';
import { startOrder, type StartOrder } from './start-order.js';
import type { AdvancedConfigurations } from './strategy-traffic.js';
import { planTasks, type TaskPlan } from './tasks.js';
import { planVolumes, type VolumePlan } from './volumes.js';

/** What the per-task assembly (task-resources.ts) reads of the project-level resources. */
export interface ProjectPlan {
  /** Template parameters the plan stage fills in, in the order they were added. */
  parameters: ParameterSource[];
  cluster: unknown;
  /** Compose network name → its security group. */
  groups: Map<string, unknown>;
  /** Every task, services and jobs. */
  allTasks: TaskPlan[];
  /** The tasks that become ECS services (jobs left out). */
  tasks: TaskPlan[];
  /** Jobs (one-shot services): a task definition and no ECS service; the deploy runs them (src/jobs/). */
  jobs: Set<string>;
  lb: LoadBalancerPlan;
  /** Target group id → the AdvancedConfiguration of a service's load balancer entry (strategies). */
  advanced: AdvancedConfigurations;
  secrets: Map<string, SecretSource>;
  volumes: VolumePlan;
  discovery: DiscoveryPlan | undefined;
  order: StartOrder;
  /** Container name → the task it runs in. */
  taskOf: Map<string, TaskPlan>;
  /** Service task name → its task (jobs left out). */
  byName: Map<string, TaskPlan>;
  /** Task name → its GPU placement, for tasks that reserve GPUs. */
  gpus: Map<string, GpuPlacement | undefined>;
  /** Task name → its capacity provider strategy, when it has one. */
  strategies: Map<string, StrategyItem[] | undefined>;
  /** The cluster's capacity provider association, when the stack adds one. */
  capacityProviders: string | undefined;
  /** Task → the ports it publishes through the load balancer. */
  portsOf: Map<TaskPlan, PublishedPort[]>;
}

export function planProject(ctx: Context): ProjectPlan {
  const parameters = addNetworkParameters(ctx);
  const cluster = addCluster(ctx);
  addLogGroup(ctx);
  const groups = addNetworks(ctx);
  const allTasks = planTasks(ctx);
  const jobs = findJobs(ctx, allTasks);
  const tasks = allTasks.filter((t) => !jobs.has(t.name));
  const lb = planLoadBalancer(ctx, tasks);
  addLoadBalancerSubnets(ctx, parameters, lb);
  const taskOf = new Map<string, TaskPlan>();
  for (const t of allTasks) for (const c of t.containers) taskOf.set(c.name, t);

  const listened = addListeners(ctx, lb, (task) => ingressGroup(groups, task));
  parameters.push(...listened.parameters);
  const secrets = planSecrets(ctx);
  parameters.push(...secrets.parameters);
  const volumes = planVolumes(ctx, tasks, groups);
  parameters.push(...volumes.parameters);
  const discovery = addDiscovery(ctx, tasks);
  const order = startOrder(ctx, allTasks);
  checkJobOrder(ctx, jobs, order.after);

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

  const portsOf = new Map<TaskPlan, PublishedPort[]>();
  for (const p of lb.ports) portsOf.set(p.task, [...(portsOf.get(p.task) ?? []), p]);
  return {
    parameters,
    cluster,
    groups,
    allTasks,
    tasks,
    jobs,
    lb,
    advanced: listened.advanced,
    secrets: secrets.sources,
    volumes,
    discovery,
    order,
    taskOf,
    byName: new Map(tasks.map((t) => [t.name, t])),
    gpus,
    strategies,
    capacityProviders,
    portsOf,
  };
}

/** The subnets a load balancer the stack creates sits in. */
function addLoadBalancerSubnets(ctx: Context, parameters: ParameterSource[], lb: LoadBalancerPlan): void {
  if (ctx.template.Resources[LB_ID] && lb.scheme === 'internet-facing')
    parameters.push(addLoadBalancerSubnetsParameter(ctx));
  else if (ctx.template.Resources[LB_ID]) {
    // An internal load balancer sits in the tasks' subnets: they must span two zones.
    const subnets = parameters.find((p) => p.kind === 'subnets')!;
    subnets.minCount = Math.max(subnets.minCount ?? 0, 2);
  }
}

/** Ingress for published ports goes on the first security group we create for the task. */
function ingressGroup(groups: Map<string, unknown>, task: TaskPlan): unknown {
  return Object.keys(task.main.networks)
    .sort()
    .map((n) => groups.get(n))
    .find((g) => typeof g === 'object');
}

/** The security groups of a task's networks (its main container's: sidecars share its network). */
export function taskSecurityGroups(ctx: Context, groups: Map<string, unknown>, task: TaskPlan): unknown[] {
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
}

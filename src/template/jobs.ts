// One-shot services (compose's migrations and seeders) become jobs: a task definition without an ECS service,
// which the deploy runs once, as a one-off task (ECS RunTask), before the services that wait for it roll
// (src/jobs/). An ECS service would restart the task every time it exits (ECS developer guide, "Amazon ECS
// services": the scheduler replaces tasks that stop), and nothing would wait for its success.
//
// A service is a job when it is the main container of its own task, restarts at most on failure (compose's
// default `restart: "no"`, `on-failure[:n]`, or deploy.restart_policy none/on-failure), and either declares
// `deploy.mode: replicated-job` or another task waits for it with `condition: service_completed_successfully`.
// Within one task that condition stays a container dependency (SUCCESS): the init-container case.
import type { Service } from '../compose/model.js';
import { restartsForever } from '../compose/one-shot.js';
import type { Context } from './context.js';
import { containerName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';

/** Where the template says what its jobs are and how to run them (template Metadata, read by the deploy). */
export const JOBS_METADATA = 'ComposeEcsJobs';

/** How the deploy runs one job; values are template expressions, resolved against the stack (src/jobs/resolve.ts). */
export interface JobSpec {
  /** Logical ID of the job's task definition. */
  TaskDefinition: string;
  /** The container whose exit code is the job's (the compose service's container). */
  Container: string;
  Cluster: unknown;
  Subnets: unknown;
  SecurityGroups: unknown[];
  AssignPublicIp: 'ENABLED' | 'DISABLED';
  /** Compose services and jobs it starts after (depends_on, names it uses). */
  After: string[];
  /** Logical IDs of what it starts after: ECS services, and the task definitions of jobs. */
  Needs: string[];
  /** Compose services that wait for it, directly or through services that wait for them. */
  Before: string[];
  /** Logical IDs of those services' resources: kept as deployed until the job has succeeded. */
  Holds: string[];
  /** 1 + the retries `on-failure:<n>` (or deploy.restart_policy.max_attempts) allows. */
  Attempts: number;
}

/** Compose names of the tasks that are jobs. */
export function findJobs(ctx: Context, tasks: TaskPlan[]): Set<string> {
  const waitedFor = new Set<string>();
  for (const t of tasks)
    for (const c of t.containers)
      for (const [dep, d] of Object.entries(c.dependsOn))
        if (d.condition === 'service_completed_successfully' && !t.containers.some((x) => x.name === dep))
          waitedFor.add(dep);
  const jobs = new Set<string>();
  for (const t of tasks) {
    const s = t.main;
    const explicit = s.deploy?.mode === 'replicated-job' || s.deploy?.mode === 'global-job';
    if (!explicit && !waitedFor.has(s.name)) continue;
    if (restartsForever(s)) {
      ctx.warn(
        ['services', s.name, 'restart'],
        `${s.name} is waited for with service_completed_successfully but restarts after it exits (restart: ${s.restart ?? s.deploy?.restartPolicy?.condition}); it runs as a long-running ECS service and nothing waits for its success: set restart: "no" to run it once per deploy`,
      );
      continue;
    }
    if (t.containers.length > 1)
      ctx.error(
        ['services', s.name],
        `job ${s.name} (a one-shot service) cannot have sidecars (${t.containers
          .slice(1)
          .map((c) => c.name)
          .join(', ')}): its task ends when ${s.name} exits`,
      );
    s.ports.forEach((p, i) => {
      if (p.published !== undefined)
        ctx.error(
          ['services', s.name, 'ports', i],
          `job ${s.name} (a one-shot service) cannot publish a port: it runs once and exits`,
        );
    });
    if (s.deploy?.aws?.autoscaling !== undefined)
      ctx.error(['services', s.name, 'deploy'], `job ${s.name} (a one-shot service) cannot be autoscaled`);
    if ((s.deploy?.replicas ?? 1) > 1)
      ctx.warn(
        ['services', s.name, 'deploy', 'replicas'],
        `job ${s.name} runs once per deploy; replicas ${s.deploy?.replicas} is ignored`,
      );
    jobs.add(t.name);
  }
  return jobs;
}

/** What the deploy needs to run the job: the task definition, where (as its service would run) and its order. */
export function jobSpec(
  ctx: Context,
  task: TaskPlan,
  where: {
    taskDefinition: string;
    cluster: unknown;
    subnets: unknown;
    securityGroups: unknown[];
    order: Map<string, Set<string>>;
    jobs: Set<string>;
  },
): JobSpec {
  return {
    TaskDefinition: where.taskDefinition,
    Container: containerName(task.main.name),
    Cluster: where.cluster,
    Subnets: where.subnets,
    SecurityGroups: where.securityGroups,
    AssignPublicIp: ctx.options.assignPublicIp ? 'ENABLED' : 'DISABLED',
    After: [...(where.order.get(task.name) ?? [])].sort(),
    Needs: [...(where.order.get(task.name) ?? [])]
      .map((name) => `${ctx.ids.service.get(name)!}${where.jobs.has(name) ? 'TaskDefinition' : 'Service'}`)
      .sort(),
    Before: waitersOf(task.name, where.order, where.jobs),
    Holds: [],
    Attempts: jobAttempts(task.main),
  };
}

/** Refuses orders the two-phase deploy cannot honour (checkNoJobBehindService). */
export function checkJobOrder(ctx: Context, jobs: Set<string>, order: Map<string, Set<string>>): void {
  for (const job of jobs) checkNoJobBehindService(ctx, job, jobs, order);
}

/** How many times the deploy may start the job: compose's on-failure retry count, plus the first run. */
export function jobAttempts(s: Service): number {
  const [policy, count] = (s.restart ?? '').split(':');
  if (policy === 'on-failure' && count && /^\d+$/.test(count)) return 1 + Math.min(Number(count), 10);
  const max = s.deploy?.restartPolicy?.maxAttempts;
  if (s.deploy?.restartPolicy?.condition === 'on-failure' && max !== undefined) return 1 + Math.min(max, 10);
  return 1;
}

/** Every task `name` starts after, directly or not. */
export function startsAfter(name: string, order: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(order.get(name) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(order.get(next) ?? []));
  }
  return seen;
}

/**
 * A job runs before the services waiting for it roll, after the services it waits for rolled: one that
 * waits for a service which itself waits for a job would need a third phase. Refused, naming the chain.
 */
function checkNoJobBehindService(
  ctx: Context,
  job: string,
  jobs: Set<string>,
  order: Map<string, Set<string>>,
): void {
  for (const dep of startsAfter(job, order)) {
    if (jobs.has(dep)) continue;
    const blocking = [...startsAfter(dep, order)].find((x) => jobs.has(x));
    if (blocking)
      ctx.error(
        ['services', job, 'depends_on'],
        `job ${job} starts after ${dep}, which waits for job ${blocking}: a job can wait for jobs and for services that wait for no job`,
      );
  }
}

/** The tasks that wait for `job`, directly or through other services. */
export function waitersOf(job: string, order: Map<string, Set<string>>, jobs: Set<string>): string[] {
  return [...order.keys()].filter((t) => !jobs.has(t) && startsAfter(t, order).has(job)).sort();
}

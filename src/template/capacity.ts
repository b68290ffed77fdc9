// x-aws-capacity → a service's capacity provider strategy on Fargate Spot and on-demand Fargate (ECS
// developer guide, "AWS Fargate capacity providers"), with what a strategy cannot honour said at load time.
import { X } from '../compose/aws-extensions.js';
import type { Service } from '../compose/model.js';
import { FARGATE, FARGATE_SPOT, type StrategyItem } from './capacity-providers.js';
import type { Context } from './context.js';
import { statefulVolume } from './service.js';
import type { TaskPlan } from './tasks.js';

/**
 * The task's capacity provider strategy, or undefined for the FARGATE launch type (no x-aws-capacity).
 * Only the main service's x-aws-capacity counts: a sidecar runs in its task. Jobs run through RunTask
 * on on-demand Fargate whatever they ask (a Spot interruption would fail the deploy that waits for them).
 */
export function capacityStrategy(ctx: Context, task: TaskPlan, job: boolean): StrategyItem[] | undefined {
  for (const sidecar of task.containers.slice(1))
    if (sidecar.aws?.capacity)
      ctx.warn(
        ['services', sidecar.name, X.capacity],
        `${X.capacity} on sidecar ${sidecar.name} is ignored: it runs in the task of ${task.name}, which sets the capacity`,
      );
  const capacity = task.main.aws?.capacity;
  if (!capacity) return undefined;
  const at = ['services', task.name, X.capacity];
  if (job) {
    ctx.warn(
      at,
      `${X.capacity} is ignored: ${task.name} is a job, run once on on-demand Fargate (a Spot interruption would fail the deploy that waits for it)`,
    );
    return undefined;
  }
  if (capacity.spot > 0) warnStateful(ctx, task);
  const strategy: StrategyItem[] = [];
  if (capacity.onDemand > 0)
    strategy.push({
      CapacityProvider: FARGATE,
      ...(capacity.base > 0 ? { Base: capacity.base } : {}),
      Weight: capacity.onDemand,
    });
  if (capacity.spot > 0) strategy.push({ CapacityProvider: FARGATE_SPOT, Weight: capacity.spot });
  return strategy;
}

/** Spot tasks are stopped with two minutes' notice: a database on one loses its writes in flight. */
function warnStateful(ctx: Context, task: TaskPlan): void {
  for (const c of task.containers) {
    const stateful = statefulVolume(c as Service);
    if (stateful)
      ctx.warn(
        ['services', c.name, 'volumes', stateful.index],
        `${c.name} writes volume ${stateful.volume} and runs on Fargate Spot (${X.capacity}): AWS stops Spot tasks with two minutes' notice, so Spot is for stateless services; run a stateful one on on-demand Fargate`,
      );
  }
}

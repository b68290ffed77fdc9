// Compose depends_on between the containers of one task becomes container DependsOn (between tasks,
// start-order.ts makes CloudFormation create the other service first).
import type { Context } from './context.js';
import { containerName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';

/** depends_on within a task becomes container DependsOn (across tasks: start-order.ts). */
export function containerDependencies(
  ctx: Context,
  task: TaskPlan,
  c: TaskPlan['main'],
  taskOf: Map<string, TaskPlan>,
): { container: Array<{ Condition: string; ContainerName: string }> } {
  const container: Array<{ Condition: string; ContainerName: string }> = [];
  for (const [dep, d] of Object.entries(c.dependsOn).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const other = taskOf.get(dep);
    const path = ['services', c.name, 'depends_on', dep];
    if (!other) {
      if (d.required) ctx.error(path, `depends on ${dep}, which is not a service of this project`);
      continue;
    }
    // ECS cannot order tasks of different services; start-order.ts makes CloudFormation create the other one first.
    if (other !== task) continue;
    const target = task.containers.find((x) => x.name === dep)!;
    if (
      d.condition === 'service_healthy' &&
      (!target.healthcheck?.test || target.healthcheck.disable || target.healthcheck.test[0] === 'NONE')
    ) {
      ctx.error(path, `waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
    }
    const Condition = {
      service_started: 'START',
      service_healthy: 'HEALTHY',
      service_completed_successfully: 'SUCCESS',
    }[d.condition];
    container.push({ Condition, ContainerName: containerName(dep) });
  }
  return { container };
}

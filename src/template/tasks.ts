// Groups compose services into ECS tasks: a service runs in its own task unless it is a sidecar
// (x-aws-sidecar_of: <service>, or compose's own `network_mode: service:<name>`), which joins the named service's task.
import type { Service } from '../compose/model.js';
import type { Context } from './context.js';
import { sortedRecord } from './context.js';
import { X } from '../compose/aws-extensions.js';

export interface TaskPlan {
  /** Compose name of the service that owns the task (and the ECS service). */
  name: string;
  /** Logical-ID base of that service. */
  id: string;
  main: Service;
  /** Main container first, then sidecars by name. */
  containers: Service[];
}

export function sidecarTarget(service: Service): string | undefined {
  if (service.aws?.sidecarOf !== undefined) return service.aws.sidecarOf;
  const mode = service.networkMode;
  if (mode?.startsWith('service:')) return mode.slice('service:'.length);
  return undefined;
}

export function planTasks(ctx: Context): TaskPlan[] {
  const services = ctx.project.services;
  const targets = new Map<string, string>();
  for (const [name, service] of sortedRecord(services)) {
    const target = sidecarTarget(service);
    if (target === undefined) continue;
    const path = ['services', name, service.aws?.sidecarOf !== undefined ? X.sidecarOf : 'network_mode'];
    if (!services[target])
      ctx.error(path, `service ${name} is a sidecar of ${target}, which is not a service of this project`);
    else if (target === name) ctx.error(path, `service ${name} cannot be its own sidecar`);
    else targets.set(name, target);
  }
  for (const [name, target] of targets) {
    if (targets.has(target))
      ctx.error(
        ['services', name],
        `service ${name} is a sidecar of ${target}, which is itself a sidecar; name the task's main service instead`,
      );
  }
  const tasks: TaskPlan[] = [];
  for (const [name, main] of sortedRecord(services)) {
    if (targets.has(name)) continue;
    const sidecars = [...targets].filter(([, t]) => t === name).map(([s]) => services[s]!);
    tasks.push({ name, id: ctx.ids.service.get(name)!, main, containers: [main, ...sidecars] });
  }
  return tasks;
}

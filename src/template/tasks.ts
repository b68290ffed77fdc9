// Groups compose services into ECS tasks: a service runs in its own task unless it is a sidecar
// (x-aws-sidecar_of: <service>, or compose's own `network_mode: service:<name>`), which joins the named service's task.
import type { Service } from '../compose/model.js';
import type { Context } from './context.js';
import { sortedRecord } from './context.js';
import { X, readString } from './extensions.js';

export interface TaskPlan {
  /** Compose name of the service that owns the task (and the ECS service). */
  name: string;
  /** Logical-ID base of that service. */
  id: string;
  main: Service;
  /** Main container first, then sidecars by name. */
  containers: Service[];
}

export function sidecarTarget(ctx: Context, service: Service): string | undefined {
  const path = ['services', service.name];
  const ext = readString(ctx, service.extensions, X.sidecarOf, path);
  if (ext !== undefined) return ext;
  const mode = service.networkMode;
  if (mode?.startsWith('service:')) return mode.slice('service:'.length);
  return undefined;
}

export function planTasks(ctx: Context): TaskPlan[] {
  const services = ctx.project.services;
  const targets = new Map<string, string>();
  for (const [name, service] of sortedRecord(services)) {
    const target = sidecarTarget(ctx, service);
    if (target === undefined) continue;
    const path = [
      'services',
      name,
      service.extensions[X.sidecarOf] !== undefined ? X.sidecarOf : 'network_mode',
    ];
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

// Clients start after the services they name. A task that resolves `db` before db's tasks registered gets
// no address (and its resolver may cache the negative answer), so the ECS service of a client waits, through
// CloudFormation DependsOn, until the services it names are created and stable: their tasks run and their
// names answer. depends_on edges come first; a name use that would close a cycle is left out with a warning
// (CloudFormation refuses circular dependencies), and the client must then retry the connection itself.
import type { Context } from './context.js';
import { taskNames } from './discovery.js';
import { namesUsedBy } from './names-used.js';
import type { TaskPlan } from './tasks.js';

/** Task name → the tasks it must start after (depends_on across tasks, and names it uses). */
export function startOrder(ctx: Context, tasks: TaskPlan[]): Map<string, Set<string>> {
  const taskOf = new Map<string, TaskPlan>();
  for (const t of tasks) for (const c of t.containers) taskOf.set(c.name, t);
  const edges = new Map<string, Set<string>>(tasks.map((t) => [t.name, new Set<string>()]));
  for (const t of tasks)
    for (const c of t.containers)
      for (const dep of Object.keys(c.dependsOn)) {
        const other = taskOf.get(dep);
        if (other && other !== t) edges.get(t.name)!.add(other.name);
      }
  if (!ctx.options.serviceDiscovery) return edges;

  const owner = new Map<string, string>();
  for (const t of tasks) for (const n of taskNames(ctx, t)) owner.set(n, t.name);
  const names = new Set(owner.keys());
  const reaches = (from: string, to: string): boolean => {
    if (from === to) return true;
    const seen = new Set<string>([from]);
    const stack = [from];
    while (stack.length > 0) {
      const next = edges.get(stack.pop()!) ?? new Set<string>();
      // A direct edge answers before any longer path is walked (a chain of services is the common shape).
      if (next.has(to)) return true;
      for (const n of next) if (!seen.has(n) && seen.add(n)) stack.push(n);
    }
    return false;
  };
  for (const t of [...tasks].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    for (const c of t.containers) {
      for (const use of namesUsedBy(c, names)) {
        const server = owner.get(use.name)!;
        if (server === t.name || edges.get(t.name)!.has(server)) continue;
        if (reaches(server, t.name)) {
          ctx.warn(
            ['services', c.name],
            `${c.name} names ${use.name} (${use.where}), but ${server} already starts after ${t.name}; ${c.name} may start before ${use.name} answers and must retry`,
          );
          continue;
        }
        edges.get(t.name)!.add(server);
      }
    }
  }
  return edges;
}

// Profiles: a service without `profiles:` is always active; one with profiles is active when
// one of them is enabled (`*` enables all). Services that active services depend on
// (required depends_on) are pulled in, as `docker compose up <service>` does.
import type { Service } from './model.js';

export function enabledProfiles(input: string[] | undefined, environment: string | undefined): Set<string> {
  const fromEnv = (environment ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return new Set([...(input ?? []), ...fromEnv]);
}

/** Names of the active services, in declaration order. */
export function activeServices(services: Record<string, Service>, enabled: Set<string>): Set<string> {
  const all = enabled.has('*');
  const active = new Set<string>();
  const queue: string[] = [];
  for (const [name, s] of Object.entries(services)) {
    if (s.profiles.length === 0 || all || s.profiles.some((p) => enabled.has(p))) {
      active.add(name);
      queue.push(name);
    }
  }
  // Breadth-first over depends_on: each service is visited once, so this is linear.
  for (let i = 0; i < queue.length; i++) {
    const name = queue[i]!;
    for (const [dep, spec] of Object.entries(services[name]?.dependsOn ?? {})) {
      if (!spec.required || active.has(dep) || !services[dep]) continue;
      active.add(dep);
      queue.push(dep);
    }
  }
  return new Set(Object.keys(services).filter((n) => active.has(n)));
}

// Several services behind one ALB listener: `x-aws-route: { path, host, priority }` on a published port
// (long syntax) lets HTTP ports of many services share one published port, each reached through a
// listener rule (path-pattern / host-header), as AWS Copilot routes by path. A project then needs
// neither a listener per service (50 per load balancer at most) nor several load balancers.
import type { RouteExtension } from '../compose/aws-extensions.js';
import { shortHash } from './logical-id.js';

export interface Route {
  paths: string[];
  hosts: string[];
  priority: number;
}

/** The port's route, if it has one (x-aws-route, checked by the loader): prefixes expanded, a stable priority. */
export function portRoute(route: RouteExtension | undefined, key: string): Route | undefined {
  if (!route) return undefined;
  const { paths, hosts } = route;
  return { paths: expand(paths), hosts, priority: route.priority ?? defaultPriority(paths, hosts, key) };
}

/** `/api` means the prefix: `/api` and `/api/*`, as a compose user would expect. */
function expand(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p.includes('*') || p === '/') out.push(p === '/' ? '/*' : p);
    else out.push(p.replace(/\/+$/, ''), `${p.replace(/\/+$/, '')}/*`);
  }
  return [...new Set(out)];
}

/**
 * A rule's priority must be unique on the listener and should not move when other routes come and go
 * (CloudFormation would create the new rule while the old one still holds the number). So: a band by
 * specificity — a host and more path segments come first, since the load balancer takes the lowest
 * matching number — and a stable hash of the service and port within the band.
 */
function defaultPriority(paths: string[], hosts: string[], key: string): number {
  const segments = Math.max(0, ...paths.map((p) => p.split('/').filter((s) => s && s !== '*').length));
  const specificity = Math.min(49, segments + (hosts.length > 0 ? 10 : 0));
  return (49 - specificity) * 1000 + (parseInt(shortHash(key), 16) % 1000) + 1;
}

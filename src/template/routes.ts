// Several services behind one ALB listener: `x-aws-route: { path, host, priority }` on a published port
// (long syntax) lets HTTP ports of many services share one published port, each reached through a
// listener rule (path-pattern / host-header), as AWS Copilot routes by path. A project then needs
// neither a listener per service (50 per load balancer at most) nor several load balancers.
import type { Context } from './context.js';
import { X, readNumber, readObject, readStringList } from './extensions.js';
import { shortHash } from './logical-id.js';

export interface Route {
  paths: string[];
  hosts: string[];
  priority: number;
}

const FIELDS = ['path', 'host', 'priority'];

/** The port's route, if it has one. */
export function readRoute(
  ctx: Context,
  extensions: Record<string, unknown>,
  path: Array<string | number>,
  key: string,
): Route | undefined {
  const spec = readObject(ctx, extensions, X.route, path);
  if (!spec) return undefined;
  const at = [...path, X.route];
  for (const field of Object.keys(spec).sort())
    if (!FIELDS.includes(field))
      ctx.warn([...at, field], `unknown route field ${field} is ignored (known: ${FIELDS.join(', ')})`);
  const paths = (readStringList(ctx, spec, 'path', at) ?? []).map((p) => (p.startsWith('/') ? p : `/${p}`));
  const hosts = readStringList(ctx, spec, 'host', at) ?? [];
  if (paths.length === 0 && hosts.length === 0) {
    ctx.error(at, `${X.route} needs a path or a host`);
    return undefined;
  }
  if (paths.length + hosts.length > 5)
    ctx.error(
      at,
      'a listener rule takes at most 5 path and host values in all (Elastic Load Balancing quota)',
    );
  const explicit = readNumber(ctx, spec, 'priority', at, { min: 1, max: 50000 });
  return { paths: expand(paths), hosts, priority: explicit ?? defaultPriority(paths, hosts, key) };
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

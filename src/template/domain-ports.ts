// Which published port a service's x-aws-domain names are served from, and whether the load balancer can
// serve them: the names need the service's one published HTTP port (preferring 80) on an Application Load
// Balancer this stack creates. A domain port takes no listener's default action (it is reached by host
// name), so several services with domains may publish the same port; its rules get a priority here.
import { X } from '../compose/aws-extensions.js';
import type { Context } from './context.js';
import { shortHash } from './logical-id.js';
import type { PublishedPort } from './load-balancer.js';
import type { PortRequest } from './load-balancer-plan.js';
import type { TaskPlan } from './tasks.js';
import { listenerId } from './listener-ids.js';

/** x-aws-domain on a published port: the host names, the zone if x-aws-hosted_zone named it, the rules' priority. */
export interface PortDomain {
  names: string[];
  hostedZone?: string;
  /** The priority of its host-header rules on the HTTPS listener and on the port's own listener. */
  priority: number;
}

export const HTTPS_PORT = 443;

/** Marks the port each x-aws-domain is served from (priority 0 until assignDomainPriorities). */
export function markDomainPorts(ctx: Context, tasks: TaskPlan[], raw: PortRequest[]): void {
  for (const task of tasks)
    for (const container of task.containers) {
      const domain = container.aws?.domain;
      if (!domain) continue;
      const at = ['services', container.name, X.domain];
      const own = raw.filter((p) => p.container === container);
      const http = own.filter((p) => p.http);
      if (http.length === 0) {
        const others = own.map((p) => `${p.port.published}/${p.port.protocol}`);
        ctx.error(
          at,
          `${X.domain} needs a published HTTP port (e.g. ports: ["80:8080"])${others.length ? `; ${others.join(', ')} ${others.length > 1 ? 'are' : 'is'} not HTTP` : ''}`,
        );
        continue;
      }
      const chosen = http.length === 1 ? http[0] : http.find((p) => p.port.published === 80);
      if (!chosen) {
        ctx.error(
          at,
          `${X.domain} serves one HTTP port, and ${container.name} publishes ${http.map((p) => p.port.published).join(', ')}: publish the one for the names on 80`,
        );
        continue;
      }
      if (chosen.certificate !== undefined || chosen.requested === 'https') {
        ctx.error(
          [...chosen.path, X.certificate],
          `${X.domain} creates the certificate for its names and serves them on ${HTTPS_PORT}: publish the service's plain HTTP port (e.g. "80:8080") and drop ${X.certificate} here`,
        );
        continue;
      }
      if (chosen.route) {
        ctx.error(
          [...chosen.path, X.route],
          `${X.domain} serves whole host names: ${X.route} on the port it serves is not supported with it`,
        );
        continue;
      }
      chosen.domain = {
        names: domain.names,
        ...(domain.hostedZone ? { hostedZone: domain.hostedZone } : {}),
        priority: 0,
      };
    }
}

/**
 * What the load balancer must be for the domains: an Application Load Balancer this stack creates (the
 * alias records name its DNS name and zone), a name given to one service only, and 443 free for HTTPS.
 */
export function checkDomainLoadBalancer(
  ctx: Context,
  ports: PublishedPort[],
  type: 'application' | 'network',
  existing: boolean,
): void {
  const owners = new Map<string, string>();
  for (const p of ports) {
    if (!p.domain) continue;
    const at = ['services', p.container.name, X.domain];
    if (type !== 'application')
      ctx.error(
        at,
        `${X.domain} needs an Application Load Balancer, and this project's is a Network Load Balancer: every published port must be HTTP`,
      );
    if (existing)
      ctx.error(at, `${X.domain} needs the load balancer this stack creates, not ${X.loadBalancer}`);
    const taken = p.domain.names.filter((name) => owners.has(name));
    for (const name of taken)
      ctx.error(at, `${name} is also the ${X.domain} of service ${owners.get(name)}: one service per name`);
    // Refused already: its resources would only repeat the other service's (same logical IDs).
    if (taken.length > 0) delete p.domain;
    else for (const name of p.domain.names) owners.set(name, p.container.name);
  }
  const plain = ports.find((p) => p.port.published === HTTPS_PORT && p.protocol !== 'HTTPS');
  if (plain && ports.some((p) => p.domain))
    ctx.error(
      plain.path,
      `port ${HTTPS_PORT} is published as plain ${plain.protocol} by service ${plain.container.name}, and ${X.domain} needs it for HTTPS`,
    );
}

/**
 * Each domain port's rules get one priority, used on the HTTPS listener and on the port's own listener:
 * from 1 to 999, so a host name is matched before any x-aws-route (whose priorities start at 1,000 unless
 * given), stable per service (a hash of its name) so that adding a service moves no other rule, and past
 * any priority already taken on either listener.
 */
export function assignDomainPriorities(ports: PublishedPort[]): PublishedPort[] {
  const taken = new Map<string, Set<number>>();
  const takenOn = (listener: string) => taken.get(listener) ?? taken.set(listener, new Set()).get(listener)!;
  for (const p of ports) if (p.route) takenOn(p.listenerId).add(p.route.priority);
  const https = listenerId(HTTPS_PORT);
  const domains = ports
    .filter((p) => p.domain)
    .sort((a, b) => (a.container.name < b.container.name ? -1 : 1));
  for (const p of domains) {
    const used = (n: number) => takenOn(https).has(n) || takenOn(p.listenerId).has(n);
    let priority = (parseInt(shortHash(p.container.name), 16) % 999) + 1;
    while (used(priority)) priority = (priority % 999) + 1;
    takenOn(https).add(priority);
    takenOn(p.listenerId).add(priority);
    p.domain = { ...p.domain!, priority };
  }
  return ports;
}

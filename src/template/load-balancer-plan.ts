// Which published ports reach the load balancer and on which listener protocol: the ports compose
// publishes (host_ip, x-aws-protocol and x-aws-acm_certificate checked here), then, once the load
// balancer's type is known, each port's listener protocol, route and URL-output id.
import type { Port, Service } from '../compose/model.js';
import type { Context } from './context.js';
import { X } from '../compose/aws-extensions.js';
import { portRoute } from './routes.js';
import { isLoopback, isWildcard } from './published-ports.js';
import type { TaskPlan } from './tasks.js';
import { listenerId } from './listener-ids.js';
import type { ListenerProtocol, PublishedPort } from './load-balancer.js';

/** A published port before the load balancer's type is chosen. */
export type PortRequest = Omit<
  PublishedPort,
  'id' | 'protocol' | 'protocols' | 'listenerId' | 'targetGroupId'
> & {
  http: boolean;
  requested?: string;
};

const HTTP_PROTOCOLS = ['http', 'https'];

/** Every published port of the project's tasks that the load balancer serves, in compose order. */
export function collectPublishedPorts(ctx: Context, tasks: TaskPlan[]): PortRequest[] {
  const raw: PortRequest[] = [];
  for (const task of tasks) {
    for (const container of task.containers) {
      container.ports.forEach((port, i) => {
        const request = portRequest(ctx, task, container, port, i);
        if (request) raw.push(request);
      });
    }
  }
  return raw;
}

function portRequest(
  ctx: Context,
  task: TaskPlan,
  container: Service,
  port: Port,
  i: number,
): PortRequest | undefined {
  if (port.published === undefined) return undefined;
  const path = ['services', container.name, 'ports', i];
  if (port.hostIp !== undefined && !isWildcard(port.hostIp)) {
    if (isLoopback(port.hostIp)) {
      // Compose binds such a port on the host's loopback only: nobody outside the host reaches it.
      // Publishing it on an internet-facing load balancer would expose what the file keeps private.
      ctx.warn(
        [...path, 'host_ip'],
        `port ${port.published}:${port.target}/${port.protocol} is bound to ${port.hostIp} under compose: not published; reachable from other services by name (${container.name}:${port.target})`,
      );
      return undefined;
    }
    ctx.warn(
      [...path, 'host_ip'],
      `host_ip ${port.hostIp} is ignored: the port is published on the load balancer, open to 0.0.0.0/0`,
    );
  }
  // x-aws-protocol (lower case, one of the known values) and x-aws-acm_certificate, from the loader.
  const requested = port.aws?.protocol;
  const certificate = port.aws?.certificate;
  if (port.protocol === 'udp' && requested && requested !== 'udp')
    ctx.error([...path, X.protocol], `a UDP port cannot use ${requested}`);
  if (port.protocol === 'udp' && certificate)
    ctx.error([...path, X.certificate], 'a UDP port cannot take a certificate');
  if ((requested === 'https' || requested === 'tls') && !certificate) {
    ctx.error(
      [...path, X.protocol],
      `${requested.toUpperCase()} needs a certificate: set ${X.certificate} to an ACM certificate ARN`,
    );
  }
  const http =
    port.protocol === 'tcp' &&
    (requested !== undefined
      ? HTTP_PROTOCOLS.includes(requested)
      : port.published === 80 || (port.published === 443 && certificate !== undefined));
  const route = portRoute(port.aws?.route, `${container.name}:${port.target}`);
  return {
    task,
    container,
    port,
    path,
    http,
    ...(route ? { route } : {}),
    ...(requested ? { requested } : {}),
    ...(certificate ? { certificate } : {}),
  };
}

/**
 * One listener per published port. Ports sharing one are routed (x-aws-route), all but at most one.
 * Target groups are assigned later (listener-ids.ts), hence the empty targetGroupId.
 */
export function listenerPorts(
  ctx: Context,
  raw: PortRequest[],
  type: 'application' | 'network',
): PublishedPort[] {
  const unrouted = new Map<string, string>();
  return raw.map((p) => {
    const key = `${p.port.published}/${p.port.protocol}`;
    if (p.route && type !== 'application')
      ctx.error(
        [...p.path, X.route],
        `${X.route} needs an Application Load Balancer: every published port must be HTTP`,
      );
    const other = unrouted.get(key);
    // A port with x-aws-domain is reached by host name (domain-ports.ts): it claims no default action.
    const byHost = p.route !== undefined || p.domain !== undefined;
    if (!byHost && other)
      ctx.error(
        p.path,
        `port ${key} is already published by service ${other}; each published port needs its own listener (or give each service an ${X.route} to share it)`,
      );
    if (!byHost) unrouted.set(key, p.container.name);
    // e.g. WebTCP80: the compose service, the compose protocol and the published port.
    const id = `${ctx.ids.service.get(p.container.name)}${p.port.protocol.toUpperCase()}${p.port.published}`;
    return {
      listenerId: listenerId(p.port.published!),
      targetGroupId: '',
      task: p.task,
      container: p.container,
      port: p.port,
      path: p.path,
      id,
      protocols: [p.port.protocol],
      ...(p.route ? { route: p.route } : {}),
      protocol: listenerProtocol(p, type),
      ...(p.certificate ? { certificate: p.certificate } : {}),
      ...(p.domain ? { domain: p.domain } : {}),
    };
  });
}

function listenerProtocol(p: PortRequest, type: 'application' | 'network'): ListenerProtocol {
  if (type === 'application')
    return p.requested === 'https' || (p.requested === undefined && p.certificate) ? 'HTTPS' : 'HTTP';
  return p.port.protocol === 'udp' ? 'UDP' : p.certificate ? 'TLS' : 'TCP';
}

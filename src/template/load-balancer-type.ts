// Which kind of load balancer the stack creates. Chosen from the published ports (an Application Load
// Balancer when every one is HTTP, else a Network Load Balancer) unless x-aws-loadbalancer_type says.
// The type is create-only: a change replaces the load balancer, with a new DNS name, and every URL of
// the project changes. So the choice says why it was made, and the plan stops a change nobody asked for
// (src/deploy/day-two.ts).
import { X } from '../compose/aws-extensions.js';
import type { Port } from '../compose/model.js';
import type { Context } from './context.js';
import { formatPath } from '../errors.js';

export interface LoadBalancerChoice {
  type: 'application' | 'network';
  /** Set by x-aws-loadbalancer_type, not inferred from the ports. */
  explicit: boolean;
  /** Why an inferred type is what it is, naming the port that decided it. */
  cause: string;
}

interface Candidate {
  port: Port;
  path: Array<string | number>;
  http: boolean;
  requested?: string;
}

const describe = (p: Candidate) =>
  `${formatPath(p.path)} (${p.port.published}:${p.port.target}/${p.port.protocol})`;

/**
 * The type, and for an explicit Application Load Balancer the ports it cannot serve (UDP, TCP or TLS
 * asked through x-aws-protocol). A TCP port without x-aws-protocol is served as HTTP there: the file
 * says the load balancer speaks HTTP.
 */
export function chooseLoadBalancerType(ctx: Context, ports: Candidate[]): LoadBalancerChoice {
  const asked = ctx.project.aws?.loadBalancerType;
  if (asked === 'network')
    return { type: 'network', explicit: true, cause: `${X.loadBalancerType}: network` };
  if (asked === 'application') {
    for (const p of ports) {
      if (
        p.port.protocol === 'udp' ||
        (p.requested !== undefined && !['http', 'https'].includes(p.requested))
      )
        ctx.error(
          p.path,
          `${X.loadBalancerType}: application serves HTTP and HTTPS only; ${describe(p)} is ${p.requested ?? p.port.protocol}`,
        );
      else p.http = true;
    }
    return { type: 'application', explicit: true, cause: `${X.loadBalancerType}: application` };
  }
  const other = ports.find((p) => !p.http);
  if (ports.length > 0 && other === undefined)
    return {
      type: 'application',
      explicit: false,
      cause:
        'every published port is HTTP (published on 80, on 443 with a certificate, or x-aws-protocol http/https)',
    };
  return {
    type: 'network',
    explicit: false,
    cause: other
      ? `${describe(other)} is not HTTP (an Application Load Balancer serves HTTP on 80, HTTPS on 443 with a certificate, or what x-aws-protocol says)`
      : 'nothing is published',
  };
}

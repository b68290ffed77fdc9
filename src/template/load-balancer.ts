// Published ports → one load balancer per project (or an existing one via x-aws-loadbalancer):
// an Application LB when every published port is HTTP, else a Network LB; a listener and an ip
// target group per published port. Listener port = published port, target port = container port,
// so "8080:80" means what it means under compose. Which ports and protocols: load-balancer-plan.ts;
// listeners, rules, target groups and task ingress: listeners.ts and the files it calls.
import type { Port, Service } from '../compose/model.js';
import type { Context } from './context.js';
import { ref } from './context.js';
import { X } from '../compose/aws-extensions.js';
import { LB_SUBNETS_PARAM, SUBNETS_PARAM, VPC_PARAM } from './network.js';
import type { Route } from './routes.js';
import { mergeTcpUdp, shareListeners, warnIfDatastore } from './published-ports.js';

export { isLoopback } from './published-ports.js';
import type { TaskPlan } from './tasks.js';
import { assignTargetGroups } from './listener-ids.js';
import { chooseLoadBalancerType, type LoadBalancerChoice } from './load-balancer-type.js';
import { collectPublishedPorts, listenerPorts } from './load-balancer-plan.js';
import {
  assignDomainPriorities,
  checkDomainLoadBalancer,
  HTTPS_PORT,
  markDomainPorts,
  type PortDomain,
} from './domain-ports.js';

export const LB_ID = 'LoadBalancer';
export const LB_SG_ID = 'LoadBalancerSecurityGroup';

export type ListenerProtocol = 'HTTP' | 'HTTPS' | 'TCP' | 'UDP' | 'TLS' | 'TCP_UDP';

export interface PublishedPort {
  task: TaskPlan;
  container: Service;
  port: Port;
  path: Array<string | number>;
  /** Logical-ID base of the port's URL output, e.g. WebTCP80 (WebTCPUDP53 for TCP and UDP on one port). */
  id: string;
  /** The target group: the service and container port it forwards to (listenerIds.ts). */
  targetGroupId: string;
  /** The IP protocols the port carries: one, or TCP and UDP together on one TCP_UDP listener. */
  protocols: Array<'tcp' | 'udp'>;
  /** The listener of its published port, shared by the ports routed there (x-aws-route). */
  listenerId: string;
  /** Set when the port is reached through a listener rule on a shared listener. */
  route?: Route;
  protocol: ListenerProtocol;
  certificate?: string;
  /** x-aws-domain: reached by host name over HTTPS on 443 (domains.ts), not by this listener's default. */
  domain?: PortDomain;
}

export interface LoadBalancerPlan {
  type: 'application' | 'network';
  /** How the type was chosen (x-aws-loadbalancer_type, or which port decided it). */
  choice: LoadBalancerChoice;
  ports: PublishedPort[];
  /** Undefined when there is nothing published. */
  arn?: unknown;
  /** The LB's security group: ours when we create the LB, else x-aws-loadbalancer_securitygroup. */
  securityGroup?: unknown;
  existing: boolean;
  scheme: 'internet-facing' | 'internal';
}

export function planLoadBalancer(ctx: Context, tasks: TaskPlan[]): LoadBalancerPlan {
  const raw = collectPublishedPorts(ctx, tasks);
  markDomainPorts(ctx, tasks, raw);
  const choice = chooseLoadBalancerType(ctx, raw);
  const type = choice.type;
  const all = listenerPorts(ctx, raw, type);
  shareListeners(ctx, all);
  const ports = assignDomainPriorities(assignTargetGroups(ctx, mergeTcpUdp(ctx, all)));
  const lbScheme = ctx.project.aws?.loadBalancerScheme ?? 'internet-facing';
  if (lbScheme === 'internet-facing') for (const p of ports) warnIfDatastore(ctx, p);
  const existing = ctx.project.aws?.loadBalancer;
  checkDomainLoadBalancer(ctx, ports, type, existing !== undefined);
  const existingGroup = ctx.project.aws?.loadBalancerSecurityGroup;
  if (existingGroup !== undefined && existing === undefined && ports.length > 0)
    ctx.warn(
      [X.loadBalancerSecurityGroup],
      `${X.loadBalancerSecurityGroup} applies only with ${X.loadBalancer}; the load balancer this stack creates has its own group`,
    );
  if (ports.length === 0) return { type, choice, ports, existing: false, scheme: lbScheme };

  if (existing !== undefined) {
    if (existingGroup === undefined) {
      ctx.warn(
        [X.loadBalancer],
        `SECURITY: the tasks behind the existing load balancer accept their published container ports from anywhere (0.0.0.0/0), not only from the load balancer; set ${X.loadBalancerSecurityGroup} to the load balancer's security group id to restrict them`,
      );
      return { type, choice, ports, arn: existing, existing: true, scheme: lbScheme };
    }
    return {
      type,
      choice,
      ports,
      arn: existing,
      securityGroup: existingGroup,
      existing: true,
      scheme: lbScheme,
    };
  }
  addLoadBalancer(ctx, ports, type, lbScheme);
  return {
    type,
    choice,
    ports,
    arn: ref(LB_ID),
    securityGroup: ref(LB_SG_ID),
    existing: false,
    scheme: lbScheme,
  };
}

/** The load balancer this stack creates and its security group, open on every published port. */
function addLoadBalancer(
  ctx: Context,
  ports: PublishedPort[],
  type: 'application' | 'network',
  lbScheme: 'internet-facing' | 'internal',
): void {
  ctx.add(LB_SG_ID, {
    Type: 'AWS::EC2::SecurityGroup',
    Properties: {
      // Fixed: GroupDescription is create-only, and the project (which can be renamed) is in the tags.
      GroupDescription: 'compose-ecs load balancer: published ports',
      VpcId: ref(VPC_PARAM),
      SecurityGroupIngress: [
        ...firstPerListener(ports).flatMap((p) =>
          p.protocols.map((protocol) => ({
            CidrIp: '0.0.0.0/0',
            Description: `${p.container.name} published port ${p.port.published}/${protocol}`,
            FromPort: p.port.published,
            IpProtocol: protocol,
            ToPort: p.port.published,
          })),
        ),
        ...httpsIngress(ports),
      ],
    },
  });
  ctx.add(LB_ID, {
    Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    Properties: {
      Scheme: lbScheme,
      SecurityGroups: [ref(LB_SG_ID)],
      // An internet-facing load balancer needs public subnets (a route to an internet gateway), whatever
      // subnets the tasks use; an internal one sits beside the tasks.
      Subnets: ref(lbScheme === 'internal' ? SUBNETS_PARAM : LB_SUBNETS_PARAM),
      Type: type,
    },
  });
}

/** The HTTPS port x-aws-domain serves its names on, when no published port opens it already. */
function httpsIngress(ports: PublishedPort[]): Array<Record<string, unknown>> {
  if (!ports.some((p) => p.domain) || ports.some((p) => p.port.published === HTTPS_PORT)) return [];
  const services = [...new Set(ports.filter((p) => p.domain).map((p) => p.container.name))];
  return [
    {
      CidrIp: '0.0.0.0/0',
      Description: `HTTPS for the ${X.domain} names of ${services.join(', ')}`,
      FromPort: HTTPS_PORT,
      IpProtocol: 'tcp',
      ToPort: HTTPS_PORT,
    },
  ];
}

/** The first port of each listener, in order (ports sharing a listener open its port once). */
function firstPerListener(ports: PublishedPort[]): PublishedPort[] {
  const seen = new Set<string>();
  return ports.filter((p) => !seen.has(p.listenerId) && Boolean(seen.add(p.listenerId)));
}

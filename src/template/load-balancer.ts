// Published ports → one load balancer per project (or an existing one via x-aws-loadbalancer):
// an Application LB when every published port is HTTP, else a Network LB; a listener and an ip
// target group per published port. Listener port = published port, target port = container port,
// so "8080:80" means what it means under compose.
import type { Port, Service } from '../compose/model.js';
import type { Context } from './context.js';
import { getAtt, ref, sub } from './context.js';
import { X } from '../compose/aws-extensions.js';
import { LB_SUBNETS_PARAM, SUBNETS_PARAM, VPC_PARAM } from './network.js';
import { drainSeconds, targetHealthCheck } from './target-health.js';
import { portRoute, type Route } from './routes.js';
import { isLoopback, isWildcard, mergeTcpUdp, shareListeners, warnIfDatastore } from './published-ports.js';

export { isLoopback } from './published-ports.js';
import type { TaskPlan } from './tasks.js';
import { shortHash } from './logical-id.js';
import { assignTargetGroups, listenerId, ruleId } from './listener-ids.js';
import { chooseLoadBalancerType, type LoadBalancerChoice } from './load-balancer-type.js';

export const LB_ID = 'LoadBalancer';
export const LB_SG_ID = 'LoadBalancerSecurityGroup';

type ListenerProtocol = 'HTTP' | 'HTTPS' | 'TCP' | 'UDP' | 'TLS' | 'TCP_UDP';

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

const HTTP_PROTOCOLS = ['http', 'https'];

export function planLoadBalancer(ctx: Context, tasks: TaskPlan[]): LoadBalancerPlan {
  const raw: Array<
    Omit<PublishedPort, 'id' | 'protocol' | 'protocols' | 'listenerId' | 'targetGroupId'> & {
      http: boolean;
      requested?: string;
    }
  > = [];
  for (const task of tasks) {
    for (const container of task.containers) {
      container.ports.forEach((port, i) => {
        if (port.published === undefined) return;
        const path = ['services', container.name, 'ports', i];
        if (port.hostIp !== undefined && !isWildcard(port.hostIp)) {
          if (isLoopback(port.hostIp)) {
            // Compose binds such a port on the host's loopback only: nobody outside the host reaches it.
            // Publishing it on an internet-facing load balancer would expose what the file keeps private.
            ctx.warn(
              [...path, 'host_ip'],
              `port ${port.published}:${port.target}/${port.protocol} is bound to ${port.hostIp} under compose: not published; reachable from other services by name (${container.name}:${port.target})`,
            );
            return;
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
        raw.push({
          task,
          container,
          port,
          path,
          http,
          ...(route ? { route } : {}),
          ...(requested ? { requested } : {}),
          ...(certificate ? { certificate } : {}),
        });
      });
    }
  }
  const choice = chooseLoadBalancerType(ctx, raw);
  const type = choice.type;
  // One listener per published port. Ports sharing one are routed (x-aws-route), all but at most one.
  const unrouted = new Map<string, string>();
  const all: PublishedPort[] = raw.map((p) => {
    const key = `${p.port.published}/${p.port.protocol}`;
    if (p.route && type !== 'application')
      ctx.error(
        [...p.path, X.route],
        `${X.route} needs an Application Load Balancer: every published port must be HTTP`,
      );
    const other = unrouted.get(key);
    if (!p.route && other)
      ctx.error(
        p.path,
        `port ${key} is already published by service ${other}; each published port needs its own listener (or give each service an ${X.route} to share it)`,
      );
    if (!p.route) unrouted.set(key, p.container.name);
    const protocol: ListenerProtocol =
      type === 'application'
        ? p.requested === 'https' || (p.requested === undefined && p.certificate)
          ? 'HTTPS'
          : 'HTTP'
        : p.port.protocol === 'udp'
          ? 'UDP'
          : p.certificate
            ? 'TLS'
            : 'TCP';
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
      protocol,
      ...(p.certificate ? { certificate: p.certificate } : {}),
    };
  });
  shareListeners(ctx, all);
  const ports = assignTargetGroups(ctx, mergeTcpUdp(ctx, all));
  const lbScheme = ctx.project.aws?.loadBalancerScheme ?? 'internet-facing';
  if (lbScheme === 'internet-facing') for (const p of ports) warnIfDatastore(ctx, p);
  const existing = ctx.project.aws?.loadBalancer;
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
  ctx.add(LB_SG_ID, {
    Type: 'AWS::EC2::SecurityGroup',
    Properties: {
      // Fixed: GroupDescription is create-only, and the project (which can be renamed) is in the tags.
      GroupDescription: 'compose-ecs load balancer: published ports',
      VpcId: ref(VPC_PARAM),
      SecurityGroupIngress: firstPerListener(ports).flatMap((p) =>
        p.protocols.map((protocol) => ({
          CidrIp: '0.0.0.0/0',
          Description: `${p.container.name} published port ${p.port.published}/${protocol}`,
          FromPort: p.port.published,
          IpProtocol: protocol,
          ToPort: p.port.published,
        })),
      ),
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

/** Target group, listener, task ingress and URL output per published port. */
/**
 * A task ingress rule belongs to the security group and port it opens, not to the service that asked
 * first: services sharing a network and container port share the rule, and removing one of them
 * neither deletes the rule the others need nor recreates it under another name (which EC2 refuses
 * while the old one exists).
 */
function ingressId(group: unknown, protocol: 'tcp' | 'udp', port: number, purpose = ''): string {
  const ref = (group as { Ref?: unknown } | undefined)?.Ref;
  const base = typeof ref === 'string' ? ref : `Group${shortHash(JSON.stringify(group))}`;
  return `${base}${protocol.toUpperCase()}${port}${purpose}Ingress`;
}

export function addListeners(
  ctx: Context,
  plan: LoadBalancerPlan,
  taskGroup: (task: TaskPlan) => unknown,
): void {
  // EC2 refuses a rule that already exists (same group, protocol, port and source), and so would
  // CloudFormation's create: e.g. "80:8080" plus "443:8080", or a TCP port that is also a UDP health-check port.
  const rules = new Set<string>();
  const addIngress = (
    id: string,
    p: PublishedPort,
    group: unknown,
    protocol: 'tcp' | 'udp',
    port: number,
    why: string,
  ) => {
    const source = plan.securityGroup ?? '0.0.0.0/0';
    const key = JSON.stringify([group, protocol, port, source]);
    if (rules.has(key)) return;
    rules.add(key);
    const fromLb = plan.securityGroup !== undefined;
    ctx.add(
      id,
      {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: {
          ...(fromLb ? {} : { CidrIp: '0.0.0.0/0' }),
          Description: `container port ${port}/${protocol} ${why}`,
          FromPort: port,
          GroupId: group,
          IpProtocol: protocol,
          ...(fromLb ? { SourceSecurityGroupId: plan.securityGroup } : {}),
          ToPort: port,
        },
      },
      p.task.name,
    );
  };
  const listeners = new Set<string>();
  // The port without a route answers what no rule matches, per listener (looked up once, not per port).
  const fallbacks = new Map<string, PublishedPort>();
  for (const p of plan.ports) if (!p.route && !fallbacks.has(p.listenerId)) fallbacks.set(p.listenerId, p);
  for (const p of plan.ports) {
    const tg = p.targetGroupId;
    const owner = p.task.name;
    const tgProtocol =
      plan.type === 'application'
        ? 'HTTP'
        : p.protocol === 'UDP' || p.protocol === 'TCP_UDP'
          ? p.protocol
          : 'TCP';
    const checked = {
      container: p.container,
      target: p.port.target,
      health: p.port.aws?.healthcheck,
      path: p.path,
      ...(p.route ? { route: p.route } : {}),
    };
    const health = targetHealthCheck(ctx, checked, plan.type);
    ctx.add(
      tg,
      {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: {
          ...health,
          Port: p.port.target,
          Protocol: tgProtocol,
          TargetGroupAttributes: [
            { Key: 'deregistration_delay.timeout_seconds', Value: String(drainSeconds(checked)) },
          ],
          TargetType: 'ip',
          VpcId: ref(VPC_PARAM),
        },
      },
      owner,
    );
    if (!listeners.has(p.listenerId)) {
      listeners.add(p.listenerId);
      // The port without a route answers what no rule matches; without one, the listener says 404.
      const fallback = fallbacks.get(p.listenerId);
      ctx.add(
        p.listenerId,
        {
          Type: 'AWS::ElasticLoadBalancingV2::Listener',
          Properties: {
            ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
            DefaultActions: [
              fallback
                ? { TargetGroupArn: ref(fallback.targetGroupId), Type: 'forward' }
                : {
                    FixedResponseConfig: {
                      ContentType: 'text/plain',
                      MessageBody: 'not found',
                      StatusCode: '404',
                    },
                    Type: 'fixed-response',
                  },
            ],
            LoadBalancerArn: plan.arn,
            Port: p.port.published,
            Protocol: p.protocol,
          },
        },
        (fallback ?? p).task.name,
      );
    }
    if (p.route) {
      ctx.add(
        ruleId(p.listenerId, p.route.priority),
        {
          Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
          Properties: {
            Actions: [{ TargetGroupArn: ref(tg), Type: 'forward' }],
            Conditions: [
              ...(p.route.hosts.length > 0
                ? [{ Field: 'host-header', HostHeaderConfig: { Values: p.route.hosts } }]
                : []),
              ...(p.route.paths.length > 0
                ? [{ Field: 'path-pattern', PathPatternConfig: { Values: p.route.paths } }]
                : []),
            ],
            ListenerArn: ref(p.listenerId),
            Priority: p.route.priority,
          },
        },
        owner,
      );
    }
    // The container port opens to the load balancer's security group only — also for UDP: AWS documents
    // that a target rule referencing the NLB's security group admits its traffic even with client IP
    // preservation (always on for UDP). Without a group (an existing LB whose group is not given, which
    // planLoadBalancer warns about) it opens to 0.0.0.0/0.
    const group = taskGroup(p.task);
    if (group === undefined) {
      ctx.warn(
        p.path,
        `service ${p.task.name} joins only external networks: allow port ${p.port.target}/${p.protocols.join('+')} from the load balancer yourself`,
      );
    } else {
      for (const protocol of p.protocols)
        addIngress(
          ingressId(group, protocol, p.port.target),
          p,
          group,
          protocol,
          p.port.target,
          'from the load balancer',
        );
      // Health checks obey the targets' inbound rules: a check on another port than the traffic port
      // (x-aws-healthcheck.port, or the port a compose healthcheck fetches), or the TCP check of a UDP
      // target group (an NLB cannot check UDP), needs that TCP port open to the load balancer too —
      // otherwise every target stays unhealthy and the service never becomes stable.
      const hcPort = Number(health.HealthCheckPort ?? p.port.target);
      if (hcPort !== p.port.target || !p.protocols.includes('tcp')) {
        addIngress(
          ingressId(group, 'tcp', hcPort, 'HealthCheck'),
          p,
          group,
          'tcp',
          hcPort,
          'for health checks',
        );
      }
      if (tgProtocol === 'UDP' && health.HealthCheckPort === undefined) {
        ctx.warn(
          p.path,
          `UDP port ${p.port.target} is health-checked over TCP on port ${hcPort} (a Network Load Balancer cannot check UDP): the container must accept TCP connections there, or set ${X.healthcheck}: { port: <a TCP port it listens on> }`,
        );
      }
    }
    if (!plan.existing) {
      const scheme =
        p.protocol === 'HTTPS'
          ? 'https'
          : p.protocol === 'HTTP'
            ? 'http'
            : p.protocol === 'TCP_UDP'
              ? 'tcp'
              : p.protocol.toLowerCase();
      const defaultPort =
        (scheme === 'http' && p.port.published === 80) || (scheme === 'https' && p.port.published === 443);
      const prefix = p.route?.paths[0]?.replace(/\/?\*$/, '') ?? '';
      ctx.template.Outputs[`${p.id}URL`] = {
        Description: `${p.container.name}: published port ${p.port.published}/${p.protocols.join('+')}`,
        Value: sub(`${scheme}://\${${LB_ID}.DNSName}${defaultPort ? '' : `:${p.port.published}`}${prefix}`),
      };
    }
  }
  if (plan.ports.length > 0 && !plan.existing) {
    ctx.template.Outputs.LoadBalancerDNSName = {
      Description: 'DNS name of the load balancer',
      Value: getAtt(LB_ID, 'DNSName'),
    };
  }
}

/** The first port of each listener, in order (ports sharing a listener open its port once). */
function firstPerListener(ports: PublishedPort[]): PublishedPort[] {
  const seen = new Set<string>();
  return ports.filter((p) => !seen.has(p.listenerId) && Boolean(seen.add(p.listenerId)));
}

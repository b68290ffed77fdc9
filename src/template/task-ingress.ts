// The tasks' side of a published port: their security group admits the container port (and a
// health-check port) from the load balancer's security group.
import type { Context } from './context.js';
import { X } from '../compose/aws-extensions.js';
import { shortHash } from './logical-id.js';
import type { LoadBalancerPlan, PublishedPort } from './load-balancer.js';
import type { TargetGroupMade } from './target-groups.js';

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

/** The task ingress rules of one template, each added once. */
export class TaskIngress {
  // EC2 refuses a rule that already exists (same group, protocol, port and source), and so would
  // CloudFormation's create: e.g. "80:8080" plus "443:8080", or a TCP port that is also a UDP health-check port.
  private readonly rules = new Set<string>();

  constructor(
    private readonly ctx: Context,
    private readonly plan: LoadBalancerPlan,
  ) {}

  /**
   * The container port opens to the load balancer's security group only — also for UDP: AWS documents
   * that a target rule referencing the NLB's security group admits its traffic even with client IP
   * preservation (always on for UDP). Without a group (an existing LB whose group is not given, which
   * planLoadBalancer warns about) it opens to 0.0.0.0/0.
   */
  openPort(p: PublishedPort, group: unknown, targetGroup: TargetGroupMade): void {
    const { health } = targetGroup;
    for (const protocol of p.protocols)
      this.add(
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
      this.add(ingressId(group, 'tcp', hcPort, 'HealthCheck'), p, group, 'tcp', hcPort, 'for health checks');
    }
    if (targetGroup.protocol === 'UDP' && health.HealthCheckPort === undefined) {
      this.ctx.warn(
        p.path,
        `UDP port ${p.port.target} is health-checked over TCP on port ${hcPort} (a Network Load Balancer cannot check UDP): the container must accept TCP connections there, or set ${X.healthcheck}: { port: <a TCP port it listens on> }`,
      );
    }
  }

  private add(
    id: string,
    p: PublishedPort,
    group: unknown,
    protocol: 'tcp' | 'udp',
    port: number,
    why: string,
  ): void {
    const source = this.plan.securityGroup ?? '0.0.0.0/0';
    const key = JSON.stringify([group, protocol, port, source]);
    if (this.rules.has(key)) return;
    this.rules.add(key);
    const fromLb = this.plan.securityGroup !== undefined;
    this.ctx.add(
      id,
      {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: {
          ...(fromLb ? {} : { CidrIp: '0.0.0.0/0' }),
          Description: `container port ${port}/${protocol} ${why}`,
          FromPort: port,
          GroupId: group,
          IpProtocol: protocol,
          ...(fromLb ? { SourceSecurityGroupId: this.plan.securityGroup } : {}),
          ToPort: port,
        },
      },
      p.task.name,
    );
  }
}

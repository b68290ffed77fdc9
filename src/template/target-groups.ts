// One ip target group per published port (listener-ids.ts names it by service and container port):
// the port, protocol, health check and drain time of the targets behind a listener.
import type { Context } from './context.js';
import { ref } from './context.js';
import { VPC_PARAM } from './network.js';
import { drainSeconds, targetHealthCheck } from './target-health.js';
import type { LoadBalancerPlan, PublishedPort } from './load-balancer.js';

export interface TargetGroupMade {
  /** The target group's protocol: HTTP behind an ALB, the listener's (TCP, UDP, TCP_UDP) behind an NLB. */
  protocol: string;
  /** The health-check properties it was given (the task ingress opens HealthCheckPort too). */
  health: Record<string, unknown>;
}

/** Adds p's target group (or, with id, a twin of it: the alternate group of a deployment strategy). */
export function addTargetGroup(
  ctx: Context,
  plan: LoadBalancerPlan,
  p: PublishedPort,
  id = p.targetGroupId,
): TargetGroupMade {
  const protocol =
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
    id,
    {
      Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
      Properties: {
        ...health,
        Port: p.port.target,
        Protocol: protocol,
        TargetGroupAttributes: [
          { Key: 'deregistration_delay.timeout_seconds', Value: String(drainSeconds(checked)) },
        ],
        TargetType: 'ip',
        VpcId: ref(VPC_PARAM),
      },
    },
    p.task.name,
  );
  return { protocol, health };
}

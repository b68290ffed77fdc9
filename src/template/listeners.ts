// Target group, listener, listener rule, task ingress and URL output per published port.
import type { Context } from './context.js';
import { getAtt, ref, sub } from './context.js';
import type { TaskPlan } from './tasks.js';
import { LB_ID, type LoadBalancerPlan, type PublishedPort } from './load-balancer.js';
import { addListenerRule, routeConditions } from './listener-rules.js';
import { addTargetGroup } from './target-groups.js';
import { TaskIngress } from './task-ingress.js';
import { forwardActions, StrategyTraffic, type AdvancedConfigurations } from './strategy-traffic.js';
import type { ParameterSource } from './convert.js';
import { addDomains } from './domains.js';
import { HTTPS_PORT } from './domain-ports.js';
import { listenerId, ruleId } from './listener-ids.js';

/** Adds every listener resource of the plan; returns the parameters x-aws-domain needs (domains.ts). */
export function addListeners(
  ctx: Context,
  plan: LoadBalancerPlan,
  taskGroup: (task: TaskPlan) => unknown,
): { parameters: ParameterSource[]; advanced: AdvancedConfigurations } {
  const ingress = new TaskIngress(ctx, plan);
  const traffic = new StrategyTraffic(ctx, plan);
  const listeners = new Set<string>();
  // The port without a route answers what no rule matches, per listener (looked up once, not per port).
  const fallbacks = new Map<string, PublishedPort>();
  for (const p of plan.ports)
    if (!p.route && !p.domain && !fallbacks.has(p.listenerId)) fallbacks.set(p.listenerId, p);
  for (const p of plan.ports) {
    const targetGroup = addTargetGroup(ctx, plan, p);
    if (!listeners.has(p.listenerId)) {
      listeners.add(p.listenerId);
      addListener(ctx, plan, p, fallbacks.get(p.listenerId));
    }
    if (p.route) {
      addListenerRule(ctx, {
        listenerId: p.listenerId,
        priority: p.route.priority,
        conditions: routeConditions(p.route),
        actions: forwardActions(p),
        owner: p.task.name,
      });
    }
    traffic.addPort(p);
    const group = taskGroup(p.task);
    if (group === undefined) {
      ctx.warn(
        p.path,
        `service ${p.task.name} joins only external networks: allow port ${p.port.target}/${p.protocols.join('+')} from the load balancer yourself`,
      );
    } else {
      ingress.openPort(p, group, targetGroup);
    }
    // A domain port's URLs are its names (domains.ts).
    if (!plan.existing && !p.domain) addUrlOutput(ctx, p);
  }
  if (plan.ports.length > 0 && !plan.existing) {
    ctx.template.Outputs.LoadBalancerDNSName = {
      Description: 'DNS name of the load balancer',
      Value: getAtt(LB_ID, 'DNSName'),
    };
  }
  const parameters = addDomains(ctx, plan);
  traffic.finish();
  return { parameters, advanced: traffic.advanced };
}

/**
 * What an ECS service behind a port waits for: its target group must be reached from a listener of the load
 * balancer before the service is created (the listener, its route's rule, its domain's HTTPS rule).
 */
export function portDependencies(p: PublishedPort): string[] {
  return [
    p.listenerId,
    ...(p.route ? [ruleId(p.listenerId, p.route.priority)] : []),
    ...(p.domain ? [ruleId(listenerId(HTTPS_PORT), p.domain.priority)] : []),
  ];
}

/** The listener of p's published port; the port without a route answers what no rule matches, else 404. */
function addListener(
  ctx: Context,
  plan: LoadBalancerPlan,
  p: PublishedPort,
  fallback: PublishedPort | undefined,
): void {
  ctx.add(
    p.listenerId,
    {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
        DefaultActions: [
          // On an NLB the listener is the production "rule" ECS shifts (weighted when a strategy manages
          // it); an ALB's default stays a plain forward, behind the catch-all rule ECS shifts.
          fallback && plan.type === 'network'
            ? forwardActions(fallback)[0]
            : fallback
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

/** The port's URL on the load balancer this stack creates (no default port, the route's path prefix). */
function addUrlOutput(ctx: Context, p: PublishedPort): void {
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

// ECS's deployment strategy for a service (x-aws-deployment, decoded by the loader) and compose's
// deploy.update_config, in DeploymentConfiguration: Strategy, CanaryConfiguration/LinearConfiguration,
// BakeTimeInMinutes, Alarms and the circuit breaker. docs/mapping.md cites the AWS documentation of each
// rule. The traffic side (alternate target group, listener rules, infrastructure role): strategy-traffic.ts.
import type { Service } from '../compose/model.js';
import { X } from '../compose/aws-extensions.js';
import {
  CLOUDFORMATION_CEILING_MINUTES,
  ECS_DEFAULTS,
  MAX_MINUTES,
  totalMinutes,
} from '../compose/extensions/deployment.js';
import type { DeploymentStrategyExtension } from '../compose/extensions/types.js';
import type { Context } from './context.js';

/** BakeTimeInMinutes when neither x-aws-deployment.bake nor update_config.monitor says: ours, not ECS's. */
export const DEFAULT_BAKE_MINUTES = 5;

const ECS_STRATEGY = { rolling: 'ROLLING', 'blue-green': 'BLUE_GREEN', canary: 'CANARY', linear: 'LINEAR' };

/**
 * The service's strategy with every default filled in (bake from update_config.monitor, else 5 minutes;
 * canary and linear timings from ECS's documented defaults), or undefined for a rolling update. The plan
 * text (src/report/strategy-text.ts) and the template read the same figures.
 */
export function effectiveStrategy(s: Service): DeploymentStrategyExtension | undefined {
  const d = s.aws?.deployment;
  if (!d || d.strategy === 'rolling') return undefined;
  const monitor = s.deploy?.updateConfig?.monitor;
  // update_config.monitor is seconds; ECS takes whole minutes: round up, so at least what compose asked.
  const bakeMinutes =
    d.bakeMinutes ?? (monitor !== undefined ? Math.ceil(monitor / 60) : DEFAULT_BAKE_MINUTES);
  const shifting =
    d.strategy === 'canary'
      ? {
          percent: d.percent ?? ECS_DEFAULTS.canaryPercent,
          intervalMinutes: d.intervalMinutes ?? ECS_DEFAULTS.canaryMinutes,
        }
      : d.strategy === 'linear'
        ? {
            percent: d.percent ?? ECS_DEFAULTS.linearPercent,
            intervalMinutes: d.intervalMinutes ?? ECS_DEFAULTS.linearMinutes,
          }
        : {};
  return { ...d, ...shifting, bakeMinutes };
}

export interface StrategyChecks {
  /** Whether the service has a published port on the load balancer. */
  loadBalanced: boolean;
  /** The load balancer's type, when it has one. */
  loadBalancerType?: 'application' | 'network';
  /** The IP protocols of its published ports. */
  protocols: Array<'tcp' | 'udp'>;
  /** A named volume the service writes, if any (statefulVolume). */
  statefulVolume?: string;
}

/** Refuses, with ECS's reason, what ECS or CloudFormation would refuse after the images were built. */
export function checkStrategy(ctx: Context, s: Service, checks: StrategyChecks): void {
  const d = effectiveStrategy(s);
  if (!d) return;
  const at = ['services', s.name, X.deployment];
  const replicas = s.deploy?.replicas ?? 1;
  if (checks.statefulVolume !== undefined && replicas <= 1)
    ctx.error(
      at,
      `${s.name} writes volume ${checks.statefulVolume} with one replica, so its updates stop the old task first; ${d.strategy} runs both revisions at once (two writers on one data directory): use strategy: rolling`,
    );
  if ((d.strategy === 'canary' || d.strategy === 'linear') && !checks.loadBalanced)
    ctx.error(
      at,
      `${d.strategy} shifts load-balanced traffic, and ${s.name} publishes no port on the load balancer (ECS needs Elastic Load Balancing or Service Connect for it); use blue-green, or publish a port`,
    );
  if (checks.loadBalanced && checks.protocols.includes('udp'))
    ctx.error(
      at,
      `${d.strategy} shifts traffic through a weighted TCP listener; ${s.name} publishes a UDP port, which ECS documents no traffic shifting for: use strategy: rolling`,
    );
  if (d.testPort !== undefined && !checks.loadBalanced)
    ctx.error([...at, 'test_port'], `test_port needs a published port on the load balancer to test`);
  if (s.deploy?.aws?.autoscaling === undefined && replicas === 0)
    ctx.warn(at, `${s.name} runs no task (replicas: 0): there is nothing to shift`);
  if (d.bakeMinutes! > MAX_MINUTES)
    ctx.error(
      [...at],
      `the bake time from update_config.monitor is ${d.bakeMinutes} minutes; ECS allows 0 to ${MAX_MINUTES}`,
    );
  const total = totalMinutes(d);
  if ((d.strategy === 'canary' || d.strategy === 'linear') && total > CLOUDFORMATION_CEILING_MINUTES)
    ctx.error(
      at,
      `CloudFormation refuses a ${d.strategy} deployment computed at over 33 hours (${total} minutes with the bake from update_config.monitor)`,
    );
}

/**
 * DeploymentConfiguration's strategy fields: Strategy and its configuration, BakeTimeInMinutes (ECS
 * requires it for BLUE_GREEN; set for every strategy, so the plan can say how long the old revision stays)
 * and, with alarms, Alarms (Enable; Rollback unless update_config.failure_action says otherwise).
 */
export function strategyConfiguration(s: Service, rollback: boolean): Record<string, unknown> {
  const declared = s.aws?.deployment;
  const d = effectiveStrategy(s);
  const alarms = declared?.alarms;
  return {
    ...(alarms ? { Alarms: { AlarmNames: alarms, Enable: true, Rollback: rollback } } : {}),
    ...(d ? { BakeTimeInMinutes: d.bakeMinutes } : {}),
    ...(d?.strategy === 'canary'
      ? { CanaryConfiguration: { CanaryBakeTimeInMinutes: d.intervalMinutes, CanaryPercent: d.percent } }
      : {}),
    ...(d?.strategy === 'linear'
      ? { LinearConfiguration: { StepBakeTimeInMinutes: d.intervalMinutes, StepPercent: d.percent } }
      : {}),
    ...(declared ? { Strategy: ECS_STRATEGY[declared.strategy] } : {}),
  };
}

/** A service's deployment strategy as the plan describes it (src/report/strategy-text.ts). */
export interface ServiceStrategy {
  service: string;
  /** With the converter's defaults filled in (effectiveStrategy); rolling when declared so. */
  strategy: DeploymentStrategyExtension;
  /** The load balancer in front of the service, when it publishes a port. */
  loadBalancer?: 'application' | 'network';
  /** Whether its tasks register in Cloud Map (their compose name resolves inside the project). */
  cloudMap: boolean;
  /** Whether an alarm or a failed deployment rolls back (update_config.failure_action rollback). */
  rollback: boolean;
}

/** Every service with an x-aws-deployment, for the plan. */
export function serviceStrategies(
  services: Array<{ main: Service; loadBalanced: boolean }>,
  loadBalancer: 'application' | 'network',
  cloudMap: boolean,
): ServiceStrategy[] {
  return services.flatMap(({ main, loadBalanced }) => {
    const declared = main.aws?.deployment;
    if (!declared) return [];
    const failureAction = main.deploy?.updateConfig?.failureAction ?? 'rollback';
    return [
      {
        service: main.name,
        strategy: effectiveStrategy(main) ?? declared,
        ...(loadBalanced ? { loadBalancer } : {}),
        cloudMap,
        rollback: failureAction === 'rollback',
      },
    ];
  });
}

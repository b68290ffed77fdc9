// How a service's next rollout will go, in one line, from its deployment strategy (x-aws-deployment with
// the converter's defaults filled in): "canary: 10 % for 3 min, then 100 %, old revision kept 5 min; rolls
// back on alarm shop-5xx". Pure; the plan shows it per service and the rollout view may reuse it.
import type { DeploymentStrategyExtension } from '../compose/extensions/types.js';

export interface StrategyContext {
  /** The load balancer in front of the service, if any: only its traffic is shifted. */
  loadBalancer?: 'application' | 'network';
  /** Whether the service is registered in Cloud Map (its compose name resolves inside the project). */
  cloudMap?: boolean;
  /** Whether an alarm or a failed deployment rolls back (update_config.failure_action), default true. */
  rollback?: boolean;
}

const minutes = (m: number | undefined) => `${m ?? 0} min`;
const percent = (p: number | undefined) => `${p ?? 0} %`;

/** The shift itself: how much traffic moves when. */
function shift(d: DeploymentStrategyExtension, balanced: boolean): string {
  if (!balanced)
    return d.strategy === 'rolling'
      ? 'rolling: tasks replaced a few at a time'
      : `${label(d)}: the new revision starts beside the old one and replaces it once healthy (no load balancer: no traffic is shifted)`;
  switch (d.strategy) {
    case 'canary':
      return `canary: ${percent(d.percent)} for ${minutes(d.intervalMinutes)}, then 100 %`;
    case 'linear':
      return `linear: ${percent(d.percent)} more every ${minutes(d.intervalMinutes)} up to 100 %`;
    case 'blue-green':
      return 'blue/green: 100 % at once when the new revision is healthy';
    default:
      return 'rolling: tasks replaced a few at a time behind the load balancer';
  }
}

function label(d: DeploymentStrategyExtension): string {
  return d.strategy === 'blue-green' ? 'blue/green' : d.strategy;
}

export function describeStrategy(d: DeploymentStrategyExtension, where: StrategyContext = {}): string {
  const balanced = where.loadBalancer !== undefined;
  const parts = [shift(d, balanced)];
  if (d.strategy !== 'rolling' && d.bakeMinutes !== undefined)
    parts[0] += `, old revision kept ${minutes(d.bakeMinutes)}`;
  const notes: string[] = [];
  if (d.testPort !== undefined && balanced)
    notes.push(`test listener on port ${d.testPort} reaches the new revision first`);
  if (d.alarms?.length)
    notes.push(
      `${where.rollback === false ? 'stops' : 'rolls back'} on alarm${d.alarms.length > 1 ? 's' : ''} ${d.alarms.join(', ')}`,
    );
  if (where.loadBalancer === 'network' && d.strategy !== 'rolling')
    notes.push('Network Load Balancer: ECS waits about 10 min more at each traffic shift');
  if (where.cloudMap && d.strategy !== 'rolling')
    notes.push(
      balanced
        ? 'only load-balanced traffic is shifted: Cloud Map names are never shifted, callers inside the project reach the new revision at once'
        : 'Cloud Map names are never shifted: callers inside the project reach the new revision at once',
    );
  return [...parts, ...notes].join('; ');
}

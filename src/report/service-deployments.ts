// How far a service's deployment got, as ECS reports it (src/deploy/service-deployments.ts), in one line for
// the rollout table of the comment and the job summary: strategy, lifecycle stage, the share of production
// traffic on the new revision, bake time left, the circuit breaker's count and the alarms that went off.
import type { DeploymentView } from '../deploy/service-deployments.js';

const STRATEGY: Record<string, string> = {
  ROLLING: 'rolling',
  BLUE_GREEN: 'blue/green',
  CANARY: 'canary',
  LINEAR: 'linear',
};

/** "canary · PRODUCTION_TRAFFIC_SHIFT · 10 % of traffic · circuit breaker 1/3 · alarm shop-5xx in ALARM". */
export function deploymentSummary(view: DeploymentView): string {
  const parts: string[] = [];
  parts.push(
    [view.strategy ? (STRATEGY[view.strategy] ?? view.strategy) : undefined, view.status]
      .filter(Boolean)
      .join(' '),
  );
  if (view.stage && !view.finished) parts.push(view.stage);
  if (view.trafficPercent !== undefined && view.strategy && view.strategy !== 'ROLLING')
    parts.push(`${formatPercent(view.trafficPercent)} % of traffic on the new revision`);
  if (view.bakeMinutesLeft !== undefined) parts.push(`bake: about ${view.bakeMinutesLeft} min left`);
  if (view.circuitBreaker && (view.circuitBreaker.failures > 0 || view.circuitBreaker.status === 'TRIGGERED'))
    parts.push(
      `circuit breaker ${view.circuitBreaker.failures}${view.circuitBreaker.threshold !== undefined ? `/${view.circuitBreaker.threshold}` : ''} failed tasks`,
    );
  if (view.alarms?.triggered.length) parts.push(`alarm ${view.alarms.triggered.join(', ')} in ALARM`);
  return parts.join(' · ');
}

function formatPercent(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

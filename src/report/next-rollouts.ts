// The plan's "Next rollout" lines: how each strategy-managed service's next rollout goes (strategy-text.ts),
// with the time the rollout model gives it (deploy/rollout-duration.ts), so a reviewer sees both at once.
import { stackRollout, type ServiceRolloutModel } from '../deploy/rollout-duration.js';
import type { ServiceStrategy } from '../template/deployment-strategy.js';
import type { Template } from '../template/types.js';
import { describeStrategy } from './strategy-text.js';

const minutes = (seconds: number) => Math.ceil(seconds / 60);

/** One line per service with x-aws-deployment: its strategy in words, then its modelled duration. */
export function nextRolloutLines(strategies: ServiceStrategy[], template: Template): string[] {
  const models = new Map<string, ServiceRolloutModel>(
    strategies.length ? stackRollout(template).services.map((m) => [m.service, m]) : [],
  );
  return strategies.map((s) => {
    const model = models.get(s.service);
    const duration = model ? ` (modelled at ${minutes(model.min)}–${minutes(model.max)} min)` : '';
    return `${s.service}${duration}: ${describeStrategy(s.strategy, s)}`;
  });
}

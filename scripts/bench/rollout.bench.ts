// The rollout model (rollout-model.ts) as bench rows: each phase and the total, for the converter's
// defaults beside AWS's; ms is the slowest end of the range, the note gives both ends.
import type { Row } from './run.js';
import { AWS_DEFAULTS, CONVERTER_DEFAULTS, rolloutTimeline, type RolloutSettings } from './rollout-model.js';

export async function bench(): Promise<Row[]> {
  const rows = (label: string, settings: RolloutSettings): Row[] => {
    const { phases, total } = rolloutTimeline(settings);
    return [
      ...phases.map((p) => ({
        name: `one-service update model, ${label}: ${p.phase}`,
        n: 0,
        ms: p.max * 1000,
        note: `${p.min}–${p.max} s${p.estimate ? ' (estimate)' : ''}`,
      })),
      {
        name: `one-service update model, ${label}: total`,
        n: 0,
        ms: total.max * 1000,
        note: `${total.min}–${total.max} s`,
      },
    ];
  };
  return [...rows("compose-ecs's defaults", CONVERTER_DEFAULTS), ...rows("AWS's defaults", AWS_DEFAULTS)];
}

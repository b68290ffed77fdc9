import { AWS_DEFAULTS, CONVERTER_DEFAULTS, rolloutTimeline } from '../../scripts/bench/rollout-model.js';

describe('the rollout model', () => {
  it("with the converter's defaults a one-service update takes about 1–2.5 minutes", () => {
    const { phases, total } = rolloutTimeline(CONVERTER_DEFAULTS);
    expect(phases.map((p) => [p.min, p.max])).toEqual([
      [30, 60],
      [10, 20],
      [10, 10],
      [0, 10],
      [10, 30],
    ]);
    expect(total).toEqual({ min: 60, max: 130 });
  });

  it("with AWS's defaults the same update takes 7.5–9.5 minutes, the drain alone 5", () => {
    const { phases, total } = rolloutTimeline(AWS_DEFAULTS);
    expect(phases[1]).toMatchObject({ min: 120, max: 150 });
    expect(phases[2]).toMatchObject({ min: 300, max: 300 });
    expect(total).toEqual({ min: 460, max: 570 });
  });
});

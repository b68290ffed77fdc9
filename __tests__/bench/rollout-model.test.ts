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

describe("the bench's strategy rows", () => {
  it('cover every strategy behind both load balancer types, from the model the plan refuses with', async () => {
    const { bench } = await import('../../scripts/bench/rollout.bench.js');
    const rows = (await bench()).filter((r) => r.name.startsWith('strategy model'));
    expect(rows.map((r) => r.name)).toEqual([
      'strategy model, rolling, ALB',
      'strategy model, rolling, NLB',
      'strategy model, blue/green, bake 5 min, ALB',
      'strategy model, blue/green, bake 5 min, NLB',
      'strategy model, canary 10 % for 3 min, bake 5 min, ALB',
      'strategy model, canary 10 % for 3 min, bake 5 min, NLB',
      'strategy model, linear 20 % every 2 min, bake 5 min, ALB',
      'strategy model, linear 20 % every 2 min, bake 5 min, NLB',
    ]);
    const canary = rows.find((r) => r.name === 'strategy model, canary 10 % for 3 min, bake 5 min, ALB')!;
    expect(canary.note).toBe('9–10.5 min');
    // A network load balancer never shortens a rollout, and adds ten minutes to at least two stages.
    for (let i = 2; i < rows.length; i += 2)
      expect(rows[i + 1]!.ms - rows[i]!.ms).toBeGreaterThanOrEqual(1_200_000);
  });
});

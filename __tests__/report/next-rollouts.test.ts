// The plan's "Next rollout" line joins the strategy in words with the rollout model's duration (issue 25).
import { serviceRollout } from '../../src/deploy/rollout-duration.js';
import { nextRolloutLines } from '../../src/report/next-rollouts.js';
import { convert } from '../../src/template/convert.js';
import { loadShopExample } from '../template/shop-example.js';

describe('next rollout lines', () => {
  it("say the example's canary proxy in words, with the minutes the rollout model gives it", async () => {
    const { template, strategies } = convert(await loadShopExample());
    const lines = nextRolloutLines(strategies, template);
    expect(lines).toHaveLength(1);
    const model = serviceRollout(template, 'ProxyService');
    const [min, max] = [Math.ceil(model.min / 60), Math.ceil(model.max / 60)];
    // 10 % for 3 minutes and a 5-minute bake cannot take less than 8 minutes.
    expect(min).toBeGreaterThanOrEqual(8);
    expect(max).toBeGreaterThanOrEqual(min);
    expect(lines[0]).toMatch(
      new RegExp(`^proxy \\(modelled at ${min}–${max} min\\): canary: 10 % for 3 min`),
    );
  });

  it('say nothing for a project without strategies', async () => {
    const { template } = convert(await loadShopExample());
    expect(nextRolloutLines([], template)).toEqual([]);
  });
});

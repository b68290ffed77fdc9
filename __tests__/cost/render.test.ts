import type { CostEstimate } from '../../src/cost/estimate.js';
import { costLine, costSection } from '../../src/cost/render.js';

const base: CostEstimate = { region: 'eu-west-1', readOn: '2026-12-06', rows: [], notes: [] };
const label =
  'estimate: on-demand list prices, no savings plans or free tier · AWS Price List, eu-west-1, 2026-12-06';

describe('the cost line under the headline', () => {
  it('names the stack after the change, the difference and what it was', () => {
    const estimate = { ...base, before: { low: 43.2, high: 43.2 }, after: { low: 61.4, high: 61.4 } };
    expect(costLine({ estimate })).toBe(`💰 **≈ $61/month, +$18 (from $43)** (${label})`);
  });

  it('shows ranges (Spot, autoscaling) and a decrease', () => {
    const estimate = { ...base, before: { low: 80, high: 80 }, after: { low: 40, high: 61 } };
    expect(costLine({ estimate })).toBe(`💰 **≈ $40–$61/month, −$40 to −$19 (from $80)** (${label})`);
  });

  it('says a new stack, what stops being paid on destroy, and the publication date', () => {
    expect(costLine({ estimate: { ...base, after: { low: 7.3, high: 7.3 } } })).toBe(
      `💰 **≈ $7.30/month (new stack)** (${label})`,
    );
    expect(
      costLine({ estimate: { ...base, before: { low: 120, high: 120 }, published: '2026-11-28' } }),
    ).toBe(`💰 **$120/month stops being paid** (${label} (prices published 2026-11-28))`);
  });

  it('says why there are no figures', () => {
    expect(costLine({ unavailable: 'the role may not call `pricing:GetProducts`.' })).toBe(
      '💰 No cost estimate: the role may not call `pricing:GetProducts`.',
    );
    expect(costSection({ unavailable: 'x' })).toBeUndefined();
  });
});

describe('the folded table', () => {
  it('lists each service and shared resource with the total, what is billed by use, the notes and the source', () => {
    const estimate: CostEstimate = {
      ...base,
      before: { low: 10, high: 10 },
      after: { low: 30, high: 30 },
      rows: [
        {
          name: 'web',
          kind: 'service',
          before: { low: 10, high: 10 },
          after: { low: 20, high: 20 },
          what: '2 × 1 vCPU',
          perUse: [],
          missing: [],
        },
        {
          name: 'Lb',
          kind: 'shared',
          after: { low: 10, high: 10 },
          what: 'ALB',
          perUse: ['capacity units: $0.008 per LCU-Hrs (EUW1-LCUUsage)'],
          missing: ['alb.hour'],
        },
      ],
      notes: ['A note.'],
    };
    const text = costSection({ estimate })!.render(2);
    expect(text).toContain('| **web** | $10 | $20 | +$10 | 2 × 1 vCPU |');
    expect(text).toContain('| Lb (shared) | — | $10 | +$10 | ALB; ⚠️ no price for alb.hour |');
    expect(text).toContain('| **Total** | $10 | $30 | +$20 | |');
    expect(text).toContain('- Lb capacity units: $0.008 per LCU-Hrs (EUW1-LCUUsage)');
    expect(text).toContain('A note.');
    expect(text).toMatch(/^<details><summary><b>Monthly cost<\/b> \(estimate\)<\/summary>/);
    expect(text).toContain('AWS Price List, eu-west-1, 2026-12-06');
  });
});

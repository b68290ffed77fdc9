import type { PricingClient } from '@aws-sdk/client-pricing';
import { sdkPriceList } from '../../src/aws/sdk/pricing.js';
import { StreamLogger } from '../../src/log.js';
import { estimateStackCost } from '../../src/steps/cost.js';
import { stepContext } from '../../src/steps/context.js';
import type { PriceQuery } from '../../src/cost/price-catalog.js';
import { convert } from '../../src/template/convert.js';
import { answer } from '../support/price-list.js';
import { fakeClock, fakeEdge, type EdgeOverrides } from '../support/fake-edge.js';
import { loadShopExample } from '../template/shop-example.js';

function context(edge: EdgeOverrides, cost?: boolean) {
  const aws = fakeEdge({ identity: { region: async () => 'eu-west-1' }, ...edge });
  const lines: string[] = [];
  const ctx = stepContext(
    {
      mode: 'plan',
      load: { files: [], workingDir: '/x', environment: {} },
      waitTimeoutMs: 60_000,
      ...(cost === undefined ? {} : { cost }),
    },
    {
      logger: new StreamLogger((line) => lines.push(line)),
      aws,
      clock: fakeClock(Date.parse('2026-12-06T10:00:00Z')),
    },
  );
  return { ctx, aws, lines };
}

const shop = async () => convert(await loadShopExample()).template;
const fromFixture = async (q: PriceQuery) => answer({ ServiceCode: q.serviceCode, Filters: q.filters });

describe('the cost step', () => {
  it('asks the Price List one query per service code and estimates from the answers', async () => {
    const { ctx, aws, lines } = context({ prices: { products: fromFixture } });
    const cost = await estimateStackCost(ctx, undefined, await shop());
    if (!cost || !('estimate' in cost)) throw new Error(`no estimate: ${JSON.stringify(cost)}`);
    expect(cost.estimate.region).toBe('eu-west-1');
    expect(cost.estimate.readOn).toBe('2026-12-06');
    expect(cost.estimate.after!.low).toBeGreaterThan(100);
    expect(aws.log.filter((c) => c === 'prices.products')).toHaveLength(6);
    expect(lines.join('\n')).toMatch(/💰 \*\*≈ \$\d+\/month \(new stack\)\*\*/);
  });

  it('says the role lacks pricing:GetProducts, with no figures', async () => {
    const denied = Object.assign(
      new Error('User: arn:aws:sts::1:assumed-role/plan is not authorized to perform: pricing:GetProducts'),
      {
        name: 'AccessDeniedException',
      },
    );
    const { ctx } = context({ prices: { products: async () => Promise.reject(denied) } });
    expect(await estimateStackCost(ctx, undefined, await shop())).toEqual({
      unavailable:
        'the role may not call `pricing:GetProducts` (the README’s plan policy lists it; `cost: false` turns the estimate off).',
    });
  });

  it('says the API could not be reached, with no figures', async () => {
    const down = Object.assign(new Error('connect ETIMEDOUT 52.94.0.1:443'), { name: 'TimeoutError' });
    const { ctx } = context({ prices: { products: async () => Promise.reject(down) } });
    expect(await estimateStackCost(ctx, await shop(), await shop())).toEqual({
      unavailable:
        'the AWS Price List API could not be reached (TimeoutError: connect ETIMEDOUT 52.94.0.1:443).',
    });
  });

  it('makes no call with cost: false, or when neither template bills anything', async () => {
    const off = context({}, false);
    expect(await estimateStackCost(off.ctx, undefined, await shop())).toBeUndefined();
    expect(off.aws.log).toEqual([]);
    const empty = context({});
    const nothing = { AWSTemplateFormatVersion: '2010-09-09' as const, Resources: {} };
    expect(await estimateStackCost(empty.ctx, undefined, nothing)).toBeUndefined();
    expect(empty.aws.log).toEqual(['identity.region']);
  });
});

describe('the Price List port over the SDK', () => {
  it('reads every page and asks each query once a run; a failed answer is asked again', async () => {
    const sent: Array<Record<string, unknown>> = [];
    let fail = true;
    const client = {
      send: async (command: { input: Record<string, unknown> }) => {
        sent.push(command.input);
        if (command.input.ServiceCode === 'AWSELB' && fail) {
          fail = false;
          throw new Error('throttled');
        }
        return command.input.NextToken ? { PriceList: ['b'] } : { PriceList: ['a'], NextToken: 'page-2' };
      },
    } as unknown as PricingClient;
    const port = sdkPriceList(client);
    const ecs: PriceQuery = { id: 'ecs', serviceCode: 'AmazonECS', filters: [] };
    expect(await port.products(ecs)).toEqual(['a', 'b']);
    expect(await port.products(ecs)).toEqual(['a', 'b']);
    expect(sent.map((s) => s.NextToken)).toEqual([undefined, 'page-2']);
    expect(sent[0]).toMatchObject({ ServiceCode: 'AmazonECS', FormatVersion: 'aws_v1', MaxResults: 100 });
    const elb: PriceQuery = { id: 'elb', serviceCode: 'AWSELB', filters: [] };
    await expect(port.products(elb)).rejects.toThrow('throttled');
    expect(await port.products(elb)).toEqual(['a', 'b']);
  });
});

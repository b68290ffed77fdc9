import { isProductOf, queriesFor, type PriceKey } from '../../src/cost/price-catalog.js';
import { findPrice } from '../../src/cost/price-list.js';
import { pricingEndpointRegion } from '../../src/aws/clients.js';
import { answer } from '../support/price-list.js';

describe('which product is a price', () => {
  it.each<[PriceKey, string, string | undefined, boolean]>([
    ['fargate.vcpu.x86', 'EUW1-Fargate-vCPU-Hours:perCPU', undefined, true],
    ['fargate.vcpu.x86', 'Fargate-vCPU-Hours:perCPU', undefined, true],
    ['fargate.vcpu.x86', 'EUW1-Fargate-ARM-vCPU-Hours:perCPU', undefined, false],
    ['fargate.vcpu.x86', 'EUW1-SpotUsage:Fargate-vCPU-Hours:perCPU', undefined, false],
    ['fargate.vcpu.arm', 'EUW1-Fargate-ARM-vCPU-Hours:perCPU', undefined, true],
    ['alb.hour', 'EUW1-LoadBalancerUsage', 'LoadBalancing:Application', true],
    ['alb.hour', 'EUW1-TS-LoadBalancerUsage', 'LoadBalancing:Application', false],
    ['alb.hour', 'EUW1-LoadBalancerUsage', 'LoadBalancing:Network', false],
    ['nlb.hour', 'EUW1-LoadBalancerUsage', 'LoadBalancing:Network', true],
    ['efs.gb-month', 'EUW1-IATimedStorage-ByteHrs', undefined, false],
    ['logs.gb', 'EUW1-VendedLog-Bytes', undefined, false],
  ])('%s ← %s (%s): %s', (key, usagetype, operation, expected) => {
    expect(isProductOf(key, { usagetype, ...(operation ? { operation } : {}) })).toBe(expected);
  });

  it('reads the first paid tier of a tiered or free-first price, and the publication date', () => {
    const logs = queriesFor(['logs.gb'], 'eu-west-1')[0]!;
    expect(findPrice('logs.gb', answer({ ServiceCode: logs.serviceCode, Filters: logs.filters }))).toEqual({
      usd: 0.57,
      unit: 'GB',
      usagetype: 'EUW1-DataProcessing-Bytes',
      published: '2026-11-28T19:07:44Z',
    });
    const ssm = queriesFor(['parameter.advanced.month'], 'eu-west-1')[0]!;
    expect(
      findPrice('parameter.advanced.month', answer({ ServiceCode: ssm.serviceCode, Filters: ssm.filters }))
        ?.usd,
    ).toBe(0.05);
  });

  it('skips entries that are not products', () => {
    expect(findPrice('secret.month', ['not json', '{}', 'null'])).toBeUndefined();
  });

  it('prices an EC2 instance type by its Linux, shared-tenancy, on-demand product', () => {
    const [query] = queriesFor(['ec2:m7g.large'], 'eu-west-1');
    expect(query!.filters.map((f) => `${f.Field}=${f.Value}`)).toEqual([
      'regionCode=eu-west-1',
      'instanceType=m7g.large',
      'operatingSystem=Linux',
      'tenancy=Shared',
      'preInstalledSw=NA',
      'capacitystatus=Used',
    ]);
    expect(
      findPrice('ec2:m7g.large', answer({ ServiceCode: query!.serviceCode, Filters: query!.filters }))?.usd,
    ).toBe(0.089);
  });

  it('shares one query among the keys of one service code and filters', () => {
    expect(
      queriesFor(
        ['fargate.vcpu.x86', 'fargate.gb.x86', 'fargate.storage', 'alb.hour', 'nlb.nlcu'],
        'eu-west-1',
      ),
    ).toHaveLength(2);
  });
});

describe('the Price List endpoint', () => {
  it.each([
    ['us-west-2', 'us-east-1'],
    ['ca-central-1', 'us-east-1'],
    ['eu-west-1', 'eu-central-1'],
    ['il-central-1', 'eu-central-1'],
    ['ap-northeast-1', 'ap-south-1'],
    ['cn-north-1', 'cn-northwest-1'],
  ])('%s asks %s', (region, endpoint) => {
    expect(pricingEndpointRegion(region)).toBe(endpoint);
  });
});

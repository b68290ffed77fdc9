import { costQueries, estimateCost, HOURS_PER_MONTH, type CostEstimate } from '../../src/cost/estimate.js';
import type { LoadedProject } from '../../src/compose/model.js';
import { convert } from '../../src/template/convert.js';
import type { Template } from '../../src/template/types.js';
import { answer, estimateFromFixture } from '../support/price-list.js';
import { loadShopExample } from '../template/shop-example.js';

// eu-west-1's prices in the recorded answer (__tests__/support/price-list.ts).
const VCPU = 0.04048;
const GB = 0.004445;
const IPV4 = 0.005;
const ALB = 0.0252;
const NLB = 0.0252;
const SECRET = 0.4;
const STORAGE = 0.000111;
const month = (hourly: number) => hourly * HOURS_PER_MONTH;

async function shop(edit: (l: LoadedProject) => void = () => undefined): Promise<Template> {
  const loaded = await loadShopExample();
  edit(loaded);
  return convert(loaded).template;
}

const estimate = estimateFromFixture;

const rowOf = (e: CostEstimate, name: string) => {
  const row = e.rows.find((r) => r.name === name);
  if (!row) throw new Error(`no row ${name} in ${e.rows.map((r) => r.name).join(', ')}`);
  return row;
};

// One task of 0.25 vCPU and 0.5 GB with its public IPv4 (the converter's default size, public subnets).
const smallTask = 0.25 * VCPU + 0.5 * GB + IPV4;

describe('the monthly estimate of the shop example', () => {
  it('prices each service, the load balancer with its addresses and the stored secret', async () => {
    const e = estimate(undefined, await shop());
    expect(e.before).toBeUndefined();
    for (const name of ['api', 'db', 'proxy', 'worker']) {
      expect(rowOf(e, name).after!.low).toBeCloseTo(month(smallTask), 6);
      expect(rowOf(e, name).what).toBe('1 × 0.25 vCPU, 0.5 GB x86, public IPv4 each');
    }
    // web: 2 replicas of 0.5 vCPU / 1 GB (deploy.resources.limits).
    expect(rowOf(e, 'web').after!.low).toBeCloseTo(month(2 * (0.5 * VCPU + 1 * GB + IPV4)), 6);
    // Internet-facing ALB: its hour and one public IPv4 per zone (the subnets are a parameter: 2 assumed).
    expect(rowOf(e, 'LoadBalancer').after!.low).toBeCloseTo(month(ALB + 2 * IPV4), 6);
    expect(rowOf(e, 'LoadBalancer').perUse).toEqual(['capacity units: $0.008 per LCU-Hrs (EUW1-LCUUsage)']);
    // db_password is stored by the action; api_key is external (paid for by whoever owns it).
    expect(rowOf(e, 'Secrets Manager').after!.low).toBeCloseTo(SECRET, 6);
    // Billed by use: the unit price only, never a guess.
    expect(rowOf(e, 'EFS').after!.low).toBe(0);
    expect(rowOf(e, 'EFS').perUse).toEqual([
      'stored (Standard): $0.33 per GB-Mo (EUW1-TimedStorage-ByteHrs)',
    ]);
    expect(rowOf(e, 'CloudWatch Logs').perUse).toEqual([
      'ingested: $0.57 per GB (EUW1-DataProcessing-Bytes)',
    ]);
    const total = e.rows.reduce((sum, r) => sum + (r.after?.low ?? 0), 0);
    expect(e.after!.low).toBeCloseTo(total, 6);
    expect(e.after!.high).toBeCloseTo(e.after!.low, 6);
    expect(e.published).toBe('2026-11-28');
    expect(e.notes).toEqual([]);
  });

  it('counts an internet-facing load balancer’s addresses by the subnets the plan gives it', async () => {
    const template = await shop();
    const answers = Object.fromEntries(
      costQueries(undefined, template, 'eu-west-1').map((q) => [
        q.id,
        answer({ ServiceCode: q.serviceCode, Filters: q.filters }),
      ]),
    );
    const parameters = { LoadBalancerSubnetIds: 'subnet-a,subnet-b,subnet-c' };
    const e = estimateCost({
      after: template,
      answers,
      region: 'eu-west-1',
      readOn: '2026-12-06',
      parameters,
    });
    expect(rowOf(e, 'LoadBalancer').after!.low).toBeCloseTo(month(ALB + 3 * IPV4), 6);
    expect(rowOf(e, 'LoadBalancer').what).toBe('Application Load Balancer, 3 public IPv4');
  });

  it('asks one query per service code, each filtered to the region', async () => {
    const queries = costQueries(undefined, await shop(), 'eu-west-1');
    expect(queries.map((q) => q.serviceCode)).toEqual([
      'AmazonCloudWatch',
      'AmazonECS',
      'AmazonEFS',
      'AmazonVPC',
      'AWSELB',
      'AWSSecretsManager',
    ]);
    for (const q of queries)
      expect(q.filters[0]).toEqual({ Type: 'TERM_MATCH', Field: 'regionCode', Value: 'eu-west-1' });
  });
});

describe('the estimate of an update', () => {
  it('shows the difference of more replicas, a bigger size, Spot and a new load balancer', async () => {
    const before = await shop();
    const after = await shop((l) => {
      const web = l.project.services.web!.deploy!;
      web.replicas = 4;
      web.resources.limits = { cpus: 1, memory: 2 * 1024 ** 3 };
    });
    // What an x-aws-cloudformation overlay writes: the worker on Fargate Spot, and a Network Load Balancer.
    const worker = after.Resources.WorkerService!.Properties!;
    delete worker.LaunchType;
    worker.CapacityProviderStrategy = [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }];
    after.Resources.InternalNlb = {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: { Type: 'network', Scheme: 'internal', Subnets: ['subnet-1', 'subnet-2'] },
    };
    const e = estimate(before, after);

    const web = rowOf(e, 'web');
    expect(web.before!.low).toBeCloseTo(month(2 * (0.5 * VCPU + GB + IPV4)), 6);
    expect(web.after!.low).toBeCloseTo(month(4 * (1 * VCPU + 2 * GB + IPV4)), 6);
    expect(web.what).toBe('4 × 1 vCPU, 2 GB x86, public IPv4 each');
    // Spot: from 30% of the on-demand price (AWS's "up to 70%" discount) to all of it; the address is not discounted.
    const worker_ = rowOf(e, 'worker');
    expect(worker_.after!.low).toBeCloseTo(month(0.3 * (0.25 * VCPU + 0.5 * GB) + IPV4), 6);
    expect(worker_.after!.high).toBeCloseTo(month(smallTask), 6);
    expect(worker_.what).toContain('Spot');
    // An internal NLB has no public address.
    const nlb = rowOf(e, 'InternalNlb');
    expect(nlb.before).toBeUndefined();
    expect(nlb.after!.low).toBeCloseTo(month(NLB), 6);
    expect(nlb.perUse).toEqual(['NLCUs: $0.006 per LCU-Hrs (EUW1-LCUUsage)']);
    expect(nlb.missing).toEqual([]);

    const delta = (side: 'low' | 'high') => e.after![side] - e.before![side];
    expect(delta('high')).toBeCloseTo(web.after!.low - web.before!.low + month(NLB), 6);
    expect(delta('low')).toBeCloseTo(delta('high') - (worker_.after!.high - worker_.after!.low), 6);
    expect(e.notes[0]).toMatch(/Fargate Spot is shown from 30% to 100% of the on-demand price/);
  });

  it('shows an autoscaled service as the range of its replicas, and ARM and extra storage at their prices', async () => {
    const after = await shop((l) => {
      l.project.services.web!.deploy!.aws = { autoscaling: { min: 2, max: 6, cpu: 70 } };
    });
    const task = after.Resources.ApiTaskDefinition!.Properties!;
    task.RuntimePlatform = { CpuArchitecture: 'ARM64', OperatingSystemFamily: 'LINUX' };
    task.EphemeralStorage = { SizeInGiB: 50 };
    const e = estimate(undefined, after);
    const webTask = 0.5 * VCPU + GB + IPV4;
    expect(rowOf(e, 'web').after).toEqual({
      low: expect.closeTo(month(2 * webTask), 6),
      high: expect.closeTo(month(6 * webTask), 6),
    });
    expect(rowOf(e, 'web').what).toBe('2–6 (autoscaled) × 0.5 vCPU, 1 GB x86, public IPv4 each');
    expect(rowOf(e, 'api').after!.low).toBeCloseTo(
      month(0.25 * 0.03238 + 0.5 * 0.00356 + 30 * STORAGE + IPV4),
      6,
    );
  });

  it('prices EC2 capacity by its instances, and NAT gateways, Elastic IPs and advanced parameters', async () => {
    const after = await shop();
    const api = after.Resources.ApiService!.Properties!;
    delete api.LaunchType;
    api.CapacityProviderStrategy = [{ CapacityProvider: 'Instances', Weight: 1 }];
    Object.assign(after.Resources, {
      Instances: { Type: 'AWS::ECS::CapacityProvider', Properties: {} },
      InstancesGroup: {
        Type: 'AWS::AutoScaling::AutoScalingGroup',
        Properties: {
          MinSize: '1',
          MaxSize: '3',
          LaunchTemplate: { LaunchTemplateId: { Ref: 'InstancesTemplate' } },
        },
      },
      InstancesTemplate: {
        Type: 'AWS::EC2::LaunchTemplate',
        Properties: { LaunchTemplateData: { InstanceType: 'm7g.large' } },
      },
      Nat: { Type: 'AWS::EC2::NatGateway', Properties: {} },
      NatAddress: { Type: 'AWS::EC2::EIP', Properties: {} },
      Flag: { Type: 'AWS::SSM::Parameter', Properties: { Tier: 'Advanced', Type: 'String', Value: 'x' } },
      Plain: { Type: 'AWS::SSM::Parameter', Properties: { Type: 'String', Value: 'x' } },
    });
    const e = estimate(undefined, after);
    // The tasks on EC2 capacity cost no Fargate hours; only their public address (awsvpc) is counted.
    expect(rowOf(e, 'api').after!.low).toBeCloseTo(month(IPV4), 6);
    expect(rowOf(e, 'api').what).toContain('on EC2 capacity');
    expect(rowOf(e, 'InstancesGroup').after).toEqual({
      low: expect.closeTo(month(0.089), 6),
      high: expect.closeTo(month(3 * 0.089), 6),
    });
    expect(rowOf(e, 'NAT gateways').after!.low).toBeCloseTo(month(0.048), 6);
    expect(rowOf(e, 'NAT gateways').perUse).toEqual(['data processed: $0.048 per GB (EU-NatGateway-Bytes)']);
    expect(rowOf(e, 'Elastic IPs').after!.low).toBeCloseTo(month(IPV4), 6);
    expect(rowOf(e, 'SSM parameters').after!.low).toBeCloseTo(0.05, 6);
    expect(rowOf(e, 'SSM parameters').what).toBe('1 advanced parameter');
  });

  it('on destroy, shows what stops being paid', async () => {
    const e = estimate(await shop(), undefined);
    expect(e.after).toBeUndefined();
    expect(e.before!.low).toBeGreaterThan(0);
    expect(e.rows.every((r) => r.after === undefined && r.before)).toBe(true);
    expect(rowOf(e, 'EFS').perUse).toHaveLength(1);
  });

  it('leaves out, and names, what the Price List did not answer for the region', async () => {
    const template = await shop();
    const answers = Object.fromEntries(
      costQueries(undefined, template, 'eu-west-1')
        .filter((q) => q.serviceCode !== 'AWSSecretsManager')
        .map((q) => [q.id, answer({ ServiceCode: q.serviceCode, Filters: q.filters })]),
    );
    const e = estimateCost({ after: template, answers, region: 'eu-west-1', readOn: '2026-12-06' });
    expect(rowOf(e, 'Secrets Manager').missing).toEqual(['AWSSecretsManager AWSSecretsManager-Secrets']);
    expect(rowOf(e, 'Secrets Manager').after!.low).toBe(0);
    expect(e.notes).toContain(
      'Not in the Price List for eu-west-1, so left out: AWSSecretsManager AWSSecretsManager-Secrets.',
    );
  });

  it('needs no address price for an internal load balancer', () => {
    const template: Template = {
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Nlb: {
          Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
          Properties: { Type: 'network', Scheme: 'internal', Subnets: ['subnet-1', 'subnet-2'] },
        },
      },
    };
    const queries = costQueries(undefined, template, 'eu-west-1');
    expect(queries.map((q) => q.serviceCode)).toEqual(['AWSELB']);
    const answers = { [queries[0]!.id]: answer({ ServiceCode: 'AWSELB', Filters: queries[0]!.filters }) };
    const e = estimateCost({ after: template, answers, region: 'eu-west-1', readOn: '2026-12-06' });
    expect(rowOf(e, 'Nlb').missing).toEqual([]);
    expect(e.notes).toEqual([]);
  });

  it('never reads another region’s product as the price', async () => {
    // us-east-1 has only the USE1 vCPU product in the recorded answer: asked for us-east-1, nothing matches GB.
    const e = estimate(undefined, await shop(), 'us-east-1');
    expect(rowOf(e, 'web').missing).toEqual([
      'AmazonVPC PublicIPv4:InUseAddress',
      'AmazonECS Fargate-GB-Hours',
    ]);
    expect(rowOf(e, 'web').after!.low).toBeCloseTo(month(2 * 0.5 * VCPU), 6);
  });
});

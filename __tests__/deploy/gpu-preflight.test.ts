// Plan time for GPU services (issue 26): the task subnets' routes (NAT or the endpoints ECS, ECR, S3 and
// Logs need), the G and VT vCPU quota said either way, the sentence in compose words, and the AMI id
// CloudFormation resolved, kept in the release record.
import type { RouteTable, VpcEndpoint } from '@aws-sdk/client-ec2';
import { createChangeSet } from '../../src/deploy/change-set.js';
import { checkGpuNetwork, G_VT_QUOTA, gpuQuotaNote, missingEgress } from '../../src/deploy/gpu-preflight.js';
import { UserError } from '../../src/errors.js';
import { composeChanges } from '../../src/report/compose-changes.js';
import { gpuSummaries } from '../../src/template/gpu-summary.js';
import { fixtures } from '../template/fixtures.js';
import { convert } from '../../src/template/convert.js';
import { fakePoll } from '../support/fake-edge.js';

const table = (id: string, subnets: string[], routes: RouteTable['Routes'], main = false): RouteTable => ({
  RouteTableId: id,
  Associations: [...subnets.map((SubnetId) => ({ SubnetId })), ...(main ? [{ Main: true }] : [])],
  Routes: routes,
});
const igw = [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-1', State: 'active' as const }];
const nat = [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1', State: 'active' as const }];
const endpoint = (
  service: string,
  type: 'Interface' | 'Gateway' = 'Interface',
  tables?: string[],
): VpcEndpoint => ({
  ServiceName: `com.amazonaws.eu-west-1.${service}`,
  VpcEndpointType: type,
  State: 'Available',
  ...(tables ? { RouteTableIds: tables } : {}),
});
const allEndpoints = (s3Tables: string[]) => [
  ...['ecs', 'ecs-agent', 'ecs-telemetry', 'ecr.api', 'ecr.dkr', 'logs'].map((s) => endpoint(s)),
  endpoint('s3', 'Gateway', s3Tables),
];

describe('GPU subnets: a NAT route or the endpoints', () => {
  it('private subnets with a NAT gateway pass; the main table routes a subnet without its own', () => {
    expect(
      missingEgress(
        ['subnet-a', 'subnet-b'],
        [table('rtb-1', ['subnet-a'], nat), table('rtb-m', [], nat, true)],
        [],
      ),
    ).toEqual([]);
  });

  it('public subnets (internet gateway only) are refused, naming the subnet, its table and each missing endpoint', () => {
    const problems = missingEgress(
      ['subnet-a'],
      [table('rtb-pub', ['subnet-a'], igw)],
      [endpoint('ecr.dkr')],
    );
    expect(problems).toEqual([
      'subnet-a (route table rtb-pub) has no default route through a NAT gateway, and the VPC lacks the endpoints ecs (interface), ecs-agent (interface), ecs-telemetry (interface), ecr.api (interface), logs (interface), s3 (gateway, on this route table)',
    ]);
  });

  it('isolated subnets with every endpoint pass; an S3 gateway on another route table does not count', () => {
    const tables = [table('rtb-a', ['subnet-a'], []), table('rtb-b', ['subnet-b'], [])];
    expect(missingEgress(['subnet-a'], tables, allEndpoints(['rtb-a']))).toEqual([]);
    expect(missingEgress(['subnet-b'], tables, allEndpoints(['rtb-a']))).toEqual([
      expect.stringMatching(
        /^subnet-b \(route table rtb-b\) .* the endpoints s3 \(gateway, on this route table\)$/,
      ),
    ]);
  });

  it('a blackholed NAT route is no route', () => {
    const dead = [{ ...nat[0]!, State: 'blackhole' as const }];
    expect(missingEgress(['subnet-a'], [table('rtb-1', ['subnet-a'], dead)], [])).toHaveLength(1);
  });

  it('checkGpuNetwork refuses the plan with the services named and the way out', async () => {
    const capacity = {
      routeTables: async () => [table('rtb-pub', ['subnet-a'], igw)],
      vpcEndpoints: async () => [],
    };
    const err = await checkGpuNetwork(capacity, 'vpc-1', ['subnet-a'], ['trainer']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(
      /^trainer runs on EC2 GPU instances whose awsvpc tasks get no public IP, .*subnet-a \(route table rtb-pub\).*Run them in private subnets with a NAT gateway/,
    );
  });
});

describe('the G and VT instance vCPU quota, said either way', () => {
  const gpu = fixtures.find((f) => f.name === 'gpu')!;
  const summaries = gpuSummaries(convert(gpu.loaded, gpu.options).template);

  it('reads the quota by its code and says when it is too low', async () => {
    const asked: string[][] = [];
    const note = await gpuQuotaNote({ quota: async (s, q) => (asked.push([s, q]), 0) }, summaries);
    expect(asked).toEqual([[G_VT_QUOTA.serviceCode, G_VT_QUOTA.quotaCode]]);
    // trainer: 2 × g4dn.xlarge (4 vCPUs) now, 4 at most; notebook: 1 × g5.12xlarge (48), 2 at most.
    expect(note).toBe(
      "the GPU instances need 56 vCPUs (up to 112 while tasks are replaced), but the account's G and VT instance vCPU quota is 0: no instance will start. Ask for at least 56 in Service Quotas (L-DB2E81BA)",
    );
  });

  it('says the quota when it is enough', async () => {
    expect(await gpuQuotaNote({ quota: async () => 128 }, summaries)).toMatch(/quota is 128$/);
    expect(await gpuQuotaNote({ quota: async () => 64 }, summaries)).toMatch(
      /quota is 64, less than a rolling update may use$/,
    );
  });

  it('says that it could not read it when the role may not', async () => {
    const denied = Object.assign(new Error('no'), { name: 'AccessDeniedException' });
    expect(await gpuQuotaNote({ quota: async () => Promise.reject(denied) }, summaries)).toMatch(
      /could not be read \(AccessDeniedException: allow servicequotas:GetServiceQuota to check it\)\. New accounts often have 0/,
    );
  });
});

describe('the plan in compose words', () => {
  it('says where each GPU service runs, and a change of instance type', () => {
    const gpu = fixtures.find((f) => f.name === 'gpu')!;
    const after = convert(gpu.loaded, gpu.options).template;
    const added = composeChanges(undefined, after).services;
    expect(added.find((s) => s.service === 'trainer')!.notes[0]).toBe(
      'trainer runs on 2 g4dn.xlarge instances, 1 GPU per task, scaled by ECS',
    );
    expect(added.find((s) => s.service === 'notebook')!.notes[0]).toBe(
      'notebook runs on 1 g5.12xlarge instance, 4 GPUs, scaled by ECS',
    );
    expect(added.find((s) => s.service === 'api')!.notes.join()).not.toMatch(/GPU/);
    const before = structuredClone(after);
    (
      before.Resources.TrainerLaunchTemplate!.Properties!.LaunchTemplateData as Record<string, unknown>
    ).InstanceType = 'g5.xlarge';
    const changed = composeChanges(before, after).services.find((s) => s.service === 'trainer')!;
    expect(changed.notes).toContain('trainer runs on 2 g4dn.xlarge instances, 1 GPU per task, scaled by ECS');
  });
});

describe('the AMI CloudFormation resolved', () => {
  it('comes back with a ready change set, for the release record', async () => {
    const outcome = await createChangeSet(
      {
        create: async () => ({ id: 'cs-1', stackId: 'stack-1' }),
        describe: async () => ({
          $metadata: {},
          Status: 'CREATE_COMPLETE',
          StackId: 'stack-1',
          Parameters: [
            { ParameterKey: 'VpcId', ParameterValue: 'vpc-1' },
            {
              ParameterKey: 'GpuAmiId',
              ParameterValue: '/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id',
              ResolvedValue: 'ami-0123456789abcdef0',
            },
          ],
          Changes: [],
        }),
        execute: async () => undefined,
        delete: async () => undefined,
      },
      {
        stackName: 'ml',
        changeSetName: 'compose-ecs-1',
        type: 'CREATE',
        templateBody: '{}',
        parameters: {},
        tags: {},
      },
      fakePoll(),
    );
    expect(outcome).toMatchObject({ kind: 'ready', resolved: { GpuAmiId: 'ami-0123456789abcdef0' } });
  });
});

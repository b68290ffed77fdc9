// planStack through the typed AWS edge: what a plan may and may not do to the account.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { accountParameters } from '../../src/deploy/account-parameters.js';
import type { NetworkRequest } from '../../src/deploy/parameters.js';
import { planStack, type PlanRequest } from '../../src/deploy/plan.js';
import { StreamLogger } from '../../src/log.js';
import { convert } from '../../src/template/convert.js';
import { port, project, service } from '../template/builder.js';
import { fakeEdge, fakePoll } from '../support/fake-edge.js';

const loaded = project([service('web', { ports: [port(8080, 80)] }), service('worker')]);
const conversion = convert(loaded);
const failed = { StackId: 'arn:stack/shop/1', StackName: 'shop', StackStatus: 'ROLLBACK_COMPLETE' } as Stack;

function request(
  mode: 'plan' | 'deploy',
  account: { network?: NetworkRequest; forceLookup?: boolean } = {},
): PlanRequest {
  return {
    stackName: 'shop',
    template: conversion.template,
    body: JSON.stringify(conversion.template),
    parameters: accountParameters({
      stackName: 'shop',
      project: loaded.project,
      sources: conversion.parameters,
      mode,
      environment: {},
      network: account.network ?? {},
      overrides: {},
      ...(account.forceLookup ? { forceLookup: true } : {}),
    }),
    mode,
    description: `compose-ecs ${mode} of shop`,
    region: 'us-east-1',
    tags: {},
    stack: {},
    now: new Date('2026-11-22T12:00:00Z'),
  };
}
const poll = () => fakePoll();

describe('a plan never changes the account', () => {
  it('a stack left by a failed first create is not deleted by a plan: it shows the stack a deploy creates instead', async () => {
    const aws = fakeEdge({ stacks: { describe: async () => failed } });
    const lines: string[] = [];
    const plan = await planStack(request('plan'), aws, new StreamLogger((l) => lines.push(l)), poll());
    // One read, nothing written: no DeleteStack, no change set, no secret.
    expect(aws.log).toEqual(['stacks.describe']);
    expect(plan.type).toBe('CREATE');
    expect(plan.outcome.kind).toBe('preview');
    if (plan.outcome.kind !== 'preview') return;
    expect(plan.outcome.reason).toBe(
      'stack shop is ROLLBACK_COMPLETE after a failed first create: a deploy deletes it and creates it again with these resources (this plan changed nothing)',
    );
    expect(plan.outcome.changes.map((c) => c.logicalId)).toEqual(
      Object.keys(conversion.template.Resources).sort(),
    );
    expect(new Set(plan.outcome.changes.map((c) => c.action))).toEqual(new Set(['Add']));
  });

  it('a deploy deletes that stack, says so, and goes on to create it again', async () => {
    let deleted = false;
    const aws = fakeEdge({
      stacks: {
        describe: async () => (deleted ? undefined : failed),
        delete: async () => {
          deleted = true;
        },
      },
      // The test stops at the first call after the deletion: what matters is that deploy deletes first.
      templates: {},
    });
    const lines: string[] = [];
    await expect(
      planStack(request('deploy'), aws, new StreamLogger((l) => lines.push(l)), poll()),
    ).rejects.toThrow(/unexpected call/);
    expect(aws.log.slice(0, 3)).toEqual(['stacks.describe', 'stacks.delete', 'stacks.describe']);
    expect(lines.join('\n')).toMatch(/ROLLBACK_COMPLETE after a failed first create; deleting it/);
  });
});

describe('no change set when the stack already runs exactly this (issue 13)', () => {
  const subnets = [
    { SubnetId: 'subnet-a', AvailabilityZone: 'us-east-1a', MapPublicIpOnLaunch: true },
    { SubnetId: 'subnet-b', AvailabilityZone: 'us-east-1b', MapPublicIpOnLaunch: true },
  ];
  const tags = { 'com.docker.compose.project': 'demo', team: 'shop' };

  /** An existing stack that runs this template with these parameters and tags; change sets are recorded. */
  function deployed(
    parameters: Record<string, string>,
    stackTags: Record<string, string>,
    running: unknown = conversion.template,
  ) {
    return fakeEdge({
      stacks: {
        describe: async () =>
          ({
            StackId: 'arn:stack/shop/1',
            StackName: 'shop',
            StackStatus: 'UPDATE_COMPLETE',
            Parameters: Object.entries(parameters).map(([ParameterKey, ParameterValue]) => ({
              ParameterKey,
              ParameterValue,
            })),
            Tags: Object.entries(stackTags).map(([Key, Value]) => ({ Key, Value })),
          }) as Stack,
        template: async () => JSON.stringify(running),
      },
      network: { defaultVpcId: async () => 'vpc-1', subnets: async () => subnets },
      changeSets: {
        create: async () => ({ id: 'cs-1', stackId: 'arn:stack/shop/1' }),
        describe: async () => ({
          Status: 'CREATE_COMPLETE',
          StackId: 'arn:stack/shop/1',
          Changes: [],
          $metadata: {},
        }),
      },
    });
  }
  /** A deploy's request; `network` goes to the account parameters, force-change-set to both (as prepare does). */
  const deployRequest = ({
    network,
    ...extra
  }: Partial<PlanRequest> & { network?: NetworkRequest } = {}): PlanRequest => ({
    ...request('deploy', {
      ...(network ? { network } : {}),
      ...(extra.forceChangeSet ? { forceLookup: true } : {}),
    }),
    tags,
    ...extra,
  });

  /** What a forced change set of this project gives the stack: its parameters and tags. */
  async function forcedChangeSet(): Promise<{
    parameters: Record<string, string>;
    tags: Record<string, string>;
  }> {
    const aws = deployed({}, tags);
    await planStack(deployRequest({ forceChangeSet: true }), aws, new StreamLogger(() => {}), poll());
    return aws.argsOf('changeSets.create')[0]![0] as {
      parameters: Record<string, string>;
      tags: Record<string, string>;
    };
  }
  const currentParameters = async () => (await forcedChangeSet()).parameters;

  it('a stack an older release deployed (listener by service, the project in labels) is this: no change set', async () => {
    const current = await forcedChangeSet();
    const older = JSON.parse(
      JSON.stringify(conversion.template)
        .replaceAll('Port80Listener', 'WebTCP80Listener')
        .replaceAll('WebTCP8080TargetGroup', 'WebTCP80TargetGroup')
        .replaceAll('"compose-ecs network default"', '"demo default network"')
        .replaceAll('"awslogs-stream-prefix":"compose"', '"awslogs-stream-prefix":"demo"'),
    ) as typeof conversion.template;
    expect(older.Resources.WebTCP80Listener).toBeDefined();
    const aws = deployed(current.parameters, current.tags, older);
    const plan = await planStack(deployRequest(), aws, new StreamLogger(() => {}), poll());
    expect(plan.outcome.kind).toBe('no-changes');
    expect(aws.log.filter((c) => c.startsWith('changeSets.'))).toEqual([]);
    // What is planned (and recorded) keeps the deployed IDs.
    expect(Object.keys(plan.template.Resources)).toContain('WebTCP80Listener');
    expect(JSON.parse(plan.body)).toEqual(plan.template);
  });

  it('template, parameters, tags and settings all equal: no CreateChangeSet at all, and no changes', async () => {
    const current = await forcedChangeSet();
    const aws = deployed(current.parameters, current.tags);
    const plan = await planStack(deployRequest(), aws, new StreamLogger(() => {}), poll());
    expect(plan.outcome).toEqual({
      kind: 'no-changes',
      reason: 'the template, every parameter, the tags and the stack settings equal what the stack runs',
      stackId: 'arn:stack/shop/1',
    });
    expect(aws.log.filter((c) => c.startsWith('changeSets.'))).toEqual([]);
    // The network came from the stack's own parameters: its record matches the inputs, nothing was looked up.
    expect(current.tags['compose-ecs:network']).toBe(
      'vpc=default subnets=public zones=2 lb=tasks lb-zones=2',
    );
    expect(aws.log.filter((c) => c.startsWith('network.'))).toEqual([]);
  });

  it('empty network inputs (as the action passes them) ask for nothing: still taken from the stack', async () => {
    const current = await forcedChangeSet();
    const aws = deployed(current.parameters, current.tags);
    const empty = { network: { vpcId: '', subnetIds: [], publicSubnetIds: [], privateSubnets: false } };
    const plan = await planStack(deployRequest(empty), aws, new StreamLogger(() => {}), poll());
    expect(aws.log.filter((c) => c.startsWith('network.'))).toEqual([]);
    expect(plan.outcome.kind).toBe('no-changes');
  });

  it('the commit and run tags alone differ: still no change set (they keep naming the run that deployed it)', async () => {
    const current = await forcedChangeSet();
    const aws = deployed(current.parameters, {
      ...current.tags,
      'compose-ecs:sha': 'a'.repeat(40),
      'compose-ecs:run-url': 'https://github.com/o/r/actions/runs/1',
    });
    const request = deployRequest({
      tags: {
        ...tags,
        'compose-ecs:sha': 'b'.repeat(40),
        'compose-ecs:run-url': 'https://github.com/o/r/actions/runs/2',
      },
    });
    const plan = await planStack(request, aws, new StreamLogger(() => {}), poll());
    expect(plan.outcome.kind).toBe('no-changes');
  });

  it.each([
    ['the stack was deployed before the network was recorded', { tag: undefined }],
    ['the inputs ask for other subnets', { request: { network: { subnetIds: ['subnet-b', 'subnet-a'] } } }],
    ['force-change-set', { request: { forceChangeSet: true } }],
    // The emulator's form of a List<AWS::EC2::Subnet::Id> value: not what CloudFormation returns, so not reused.
    ['a subnet value that is not a plain id list', { subnets: "['subnet-a', 'subnet-b']" }],
  ])('%s: the network is looked up again', async (_what, change) => {
    const current = await forcedChangeSet();
    const stackTags = { ...current.tags };
    if ('tag' in change) delete stackTags['compose-ecs:network'];
    const parameters = {
      ...current.parameters,
      ...('subnets' in change ? { SubnetIds: change.subnets } : {}),
    };
    const aws = deployed(parameters, stackTags);
    await planStack(
      deployRequest('request' in change ? change.request : {}),
      aws,
      new StreamLogger(() => {}),
      poll(),
    );
    expect(aws.log.filter((c) => c.startsWith('network.'))).not.toEqual([]);
  });

  it('given subnets equal to the stack’s are taken without a lookup, their zones as recorded', async () => {
    const given = { network: { subnetIds: ['subnet-a', 'subnet-b'] } };
    const first = deployed({}, tags);
    await planStack(
      deployRequest({ ...given, forceChangeSet: true }),
      first,
      new StreamLogger(() => {}),
      poll(),
    );
    const current = first.argsOf('changeSets.create')[0]![0] as {
      parameters: Record<string, string>;
      tags: Record<string, string>;
    };
    expect(current.tags['compose-ecs:network']).toBe('vpc=default subnets=given zones=2 lb=tasks lb-zones=2');
    const aws = deployed(current.parameters, current.tags);
    const plan = await planStack(deployRequest(given), aws, new StreamLogger(() => {}), poll());
    expect(aws.log.filter((c) => c.startsWith('network.'))).toEqual([]);
    expect(plan.outcome.kind).toBe('no-changes');
  });

  it.each([
    ['taken 5 s before: used, and the plan reads the stack no more', 5_000, 0],
    ['taken 60 s before (a long build): the stack is read again', 60_000, 1],
  ])('the run’s first reading of the stack, %s', async (_what, age, describes) => {
    const current = await forcedChangeSet();
    const aws = deployed(current.parameters, current.tags);
    const stack = await aws.stacks.describe('shop');
    const before = aws.argsOf('stacks.describe').length;
    const request = deployRequest();
    const plan = await planStack(
      { ...request, preflight: { stack, readAt: request.now.getTime() - age } },
      aws,
      new StreamLogger(() => {}),
      poll(),
    );
    expect(aws.argsOf('stacks.describe').length - before).toBe(describes);
    // The no-op's URLs come from this reading too.
    expect(plan.stack?.StackId).toBe('arn:stack/shop/1');
  });

  it.each([
    ['a parameter differs', { parameters: { SubnetIds: 'subnet-z' } }],
    ['a tag differs', { tags: { ...tags, team: 'payments' } }],
    ['the service role differs', { roleArn: 'arn:aws:iam::123456789012:role/cfn' }],
    ['forced', { force: true }],
  ])('%s: a change set decides, as before', async (_what, change) => {
    const parameters = {
      ...(await currentParameters()),
      ...('parameters' in change ? change.parameters : {}),
    };
    const aws = deployed(parameters, tags);
    const extra: Partial<PlanRequest> = {
      ...('tags' in change ? { tags: change.tags } : {}),
      ...('roleArn' in change ? { stack: { roleArn: change.roleArn } } : {}),
      ...('force' in change ? { forceChangeSet: true } : {}),
    };
    await planStack(deployRequest(extra), aws, new StreamLogger(() => {}), poll());
    expect(aws.log.filter((c) => c.startsWith('changeSets.'))[0]).toBe('changeSets.create');
  });
});

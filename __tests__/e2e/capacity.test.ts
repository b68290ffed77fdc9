// Fargate Spot against moto, through the pipeline's own AWS edge (real SDK clients): moto keeps a
// cluster's capacity providers (CreateCluster, PutClusterCapacityProviders, DescribeClusters), so the
// plan's check of an existing cluster (x-aws-cluster) runs against it for real; moto's CloudFormation does
// not create the association of the stack's own cluster nor keep a service's strategy, so for that cluster
// the change set is what moto witnesses (docs/mapping.md, "Capacity").
import { DescribeChangeSetCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { CreateClusterCommand, ECSClient, PutClusterCapacityProvidersCommand } from '@aws-sdk/client-ecs';
import { createAwsEdge } from '../../src/aws/sdk-edge.js';
import { accountParameters } from '../../src/deploy/account-parameters.js';
import { checkClusterCapacity } from '../../src/deploy/cluster-capacity.js';
import { discardPlan, planStack, type PlanRequest } from '../../src/deploy/plan.js';
import { UserError } from '../../src/errors.js';
import { StreamLogger } from '../../src/log.js';
import { convert } from '../../src/template/convert.js';
import { project, service } from '../template/builder.js';
import { localAws } from './support.js';

const RUN = Date.now().toString(36);
let aws: Awaited<ReturnType<typeof localAws>>;
let ecs: ECSClient;
const logger = new StreamLogger(() => {});
const poll = { timeoutMs: 60_000, intervalMs: 200 };

const spotProject = (cluster?: string) =>
  project(
    [
      service('worker', {
        image: 'public.ecr.aws/docker/library/busybox:1.36',
        extensions: { 'x-aws-capacity': 'spot' },
      }),
      service('web', { image: 'public.ecr.aws/docker/library/busybox:1.36' }),
    ],
    cluster ? { extensions: { 'x-aws-cluster': cluster } } : {},
  );

function planRequest(stackName: string, loaded: ReturnType<typeof spotProject>): PlanRequest {
  const conversion = convert(loaded);
  return {
    stackName,
    template: conversion.template,
    body: conversion.body,
    parameters: accountParameters({
      stackName,
      project: loaded.project,
      sources: conversion.parameters,
      mode: 'plan',
      environment: {},
      network: {},
      overrides: {},
    }),
    mode: 'plan',
    description: 'compose-ecs plan of spot',
    region: aws.env.AWS_REGION!,
    tags: {},
    stack: {},
    now: new Date(),
  };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
  throw new Error('expected a refusal');
}

beforeAll(async () => {
  aws = await localAws();
  Object.assign(process.env, aws.env);
  ecs = new ECSClient(aws.config);
});

describe('Fargate Spot on moto', () => {
  it('an existing cluster without FARGATE_SPOT is refused, naming it; once its owner adds the provider the check passes', async () => {
    const name = `shared-${RUN}`;
    await ecs.send(new CreateClusterCommand({ clusterName: name, capacityProviders: ['FARGATE'] }));
    const edge = createAwsEdge({ region: aws.env.AWS_REGION! });
    const { template } = convert(spotProject(name));
    expect(await refusal(checkClusterCapacity(edge.services, template))).toContain(
      `cluster ${name} (x-aws-cluster) has no FARGATE_SPOT capacity provider, which WorkerService asks for (it has: FARGATE)`,
    );
    // What the refusal tells the cluster's owner to run, as the API call.
    await ecs.send(
      new PutClusterCapacityProvidersCommand({
        cluster: name,
        capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
        defaultCapacityProviderStrategy: [],
      }),
    );
    await checkClusterCapacity(edge.services, template);
    expect(
      await refusal(checkClusterCapacity(edge.services, convert(spotProject(`absent-${RUN}`)).template)),
    ).toMatch(new RegExp(`cluster absent-${RUN} \\(x-aws-cluster\\) was not found`));
  });

  it('the plan stops before any change set: no stack is left behind', async () => {
    const name = `bare-${RUN}`;
    await ecs.send(new CreateClusterCommand({ clusterName: name }));
    const stackName = `spot-refused-${RUN}`;
    const edge = createAwsEdge({ region: aws.env.AWS_REGION! });
    expect(await refusal(planStack(planRequest(stackName, spotProject(name)), edge, logger, poll))).toContain(
      `cluster ${name} (x-aws-cluster) has no FARGATE_SPOT capacity provider`,
    );
    await expect(aws.cfn.send(new DescribeStacksCommand({ StackName: stackName }))).rejects.toThrow(
      /does not exist/,
    );
  });

  it("the stack's own cluster: the change set adds the association with the Spot service, and the plan is discarded", async () => {
    const stackName = `spot-own-${RUN}`;
    const edge = createAwsEdge({ region: aws.env.AWS_REGION! });
    const plan = await planStack(planRequest(stackName, spotProject()), edge, logger, poll);
    expect(plan.outcome.kind).toBe('ready');
    const changeSet = await aws.cfn.send(
      new DescribeChangeSetCommand({ ChangeSetName: plan.outcome.changeSetId!, StackName: stackName }),
    );
    const added = (changeSet.Changes ?? []).map((c) => c.ResourceChange?.LogicalResourceId);
    expect(added).toEqual(
      expect.arrayContaining(['Cluster', 'ClusterCapacityProviders', 'WebService', 'WorkerService']),
    );
    await discardPlan(edge, plan, poll, logger);
  });
});

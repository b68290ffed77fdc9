// plan and deploy as run() composes them, through the typed fakes of the AWS edge: which calls each mode makes,
// what it leaves behind, and what it reports. (The end-to-end suite runs them against moto; these pin the
// composition down without it.)
import type { Stack } from '@aws-sdk/client-cloudformation';
import type { Service } from '@aws-sdk/client-ecs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamLogger } from '../../src/log.js';
import { run, type RunOptions } from '../../src/run.js';
import { fakeClock, fakeEdge, type EdgeOverrides } from '../support/fake-edge.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'modes-'));
  await writeFile(join(dir, 'compose.yaml'), 'name: shop\nservices:\n  worker:\n    image: busybox:1.36\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const options = (mode: RunOptions['mode']): RunOptions => ({
  mode,
  load: { files: [], workingDir: dir, environment: {} },
  waitTimeoutMs: 600_000,
  pinImages: false,
});

/**
 * The account a first deploy meets: no stack until a change set makes one, a default VPC with two public
 * subnets. The stack's life is kept in `state`: a CREATE change set makes the REVIEW_IN_PROGRESS shell.
 */
function account(more: (state: { stack?: Stack }) => EdgeOverrides = () => ({})) {
  const state: { stack?: Stack } = {};
  const base: EdgeOverrides = {
    identity: {
      region: async () => 'eu-west-1',
      account: async () => ({ id: '123456789012', partition: 'aws' }),
    },
    network: {
      defaultVpcId: async () => 'vpc-1',
      subnets: async () => [
        { SubnetId: 'subnet-a', AvailabilityZone: 'eu-west-1a', MapPublicIpOnLaunch: true, VpcId: 'vpc-1' },
        { SubnetId: 'subnet-b', AvailabilityZone: 'eu-west-1b', MapPublicIpOnLaunch: true, VpcId: 'vpc-1' },
      ],
    },
    stacks: {
      describe: async () => state.stack,
      delete: async () => {
        state.stack = undefined;
      },
    },
    changeSets: {
      create: async () => {
        state.stack = {
          StackId: 'arn:stack/shop/1',
          StackName: 'shop',
          StackStatus: 'REVIEW_IN_PROGRESS',
        } as Stack;
        return { id: 'arn:changeSet/cs-1', stackId: 'arn:stack/shop/1' };
      },
      describe: async () => ({
        $metadata: {},
        Status: 'CREATE_COMPLETE',
        StackId: 'arn:stack/shop/1',
        Changes: [
          {
            Type: 'Resource',
            ResourceChange: {
              Action: 'Add',
              LogicalResourceId: 'WorkerService',
              ResourceType: 'AWS::ECS::Service',
            },
          },
        ],
      }),
      delete: async () => undefined,
    },
  };
  const extra = more(state);
  const ports = new Set([...Object.keys(base), ...Object.keys(extra)] as (keyof EdgeOverrides)[]);
  const aws = fakeEdge(
    Object.fromEntries([...ports].map((p) => [p, { ...base[p], ...extra[p] }])) as EdgeOverrides,
  );
  return { aws, state };
}

const lines: string[] = [];
const deps = (aws: ReturnType<typeof fakeEdge>) => ({
  aws,
  logger: new StreamLogger((l) => lines.push(l)),
  clock: fakeClock(),
});

describe('plan', () => {
  it('creates a change set for a new stack, reports it, and leaves the account as it was', async () => {
    const { aws, state } = account();
    const result = await run(options('plan'), deps(aws));
    expect(result.report).toMatchObject({ mode: 'plan', stackName: 'shop', hasChanges: true });
    expect(result.report.changes).toMatchObject([{ logicalId: 'WorkerService', action: 'Add' }]);
    // One reading of the stack serves the preflight and the plan; the change set and the empty new stack go.
    expect(aws.log).toEqual([
      'stacks.describe',
      'identity.region',
      'network.defaultVpcId',
      'network.subnets',
      'changeSets.create',
      'changeSets.describe',
      // The cost estimate: one Price List query per service code the templates bill (the region is known).
      'prices.products',
      'prices.products',
      'prices.products',
      'changeSets.delete',
      'stacks.delete',
      'stacks.describe',
    ]);
    expect(state.stack).toBeUndefined();
    expect(aws.log).not.toContain('changeSets.execute');
    // The phases the report's footer and the bench show come from the steps the mode ran (src/kernel/).
    expect(aws.calls.phaseTotals()).toEqual({
      'preflight and images': 2,
      plan: 4,
      cost: 3,
      'after the plan': 3,
    });
  });
});

describe('deploy', () => {
  it('executes the change set, follows the stack and the ECS rollout, and reports the release', async () => {
    const { aws, state } = account((state) => ({
      changeSets: {
        execute: async () => {
          state.stack = {
            StackId: 'arn:stack/shop/1',
            StackName: 'shop',
            StackStatus: 'CREATE_COMPLETE',
          } as Stack;
        },
      },
      events: {
        page: async () => ({
          events: [
            {
              EventId: 'e1',
              StackId: 'arn:stack/shop/1',
              StackName: 'shop',
              Timestamp: new Date(),
              LogicalResourceId: 'WorkerService',
              ResourceType: 'AWS::ECS::Service',
              ResourceStatus: 'CREATE_COMPLETE',
            },
          ],
        }),
      },
      stacks: {
        resources: async () =>
          [
            { LogicalResourceId: 'Cluster', ResourceType: 'AWS::ECS::Cluster', PhysicalResourceId: 'shop' },
            {
              LogicalResourceId: 'WorkerService',
              ResourceType: 'AWS::ECS::Service',
              PhysicalResourceId: 'arn:aws:ecs:eu-west-1:123456789012:service/shop/shop-worker',
            },
          ] as never,
      },
      services: {
        // The first look finds the rollout under way, the second done.
        describe: async () => ({
          services: [
            {
              serviceName: 'shop-worker',
              serviceArn: 'arn:aws:ecs:eu-west-1:123456789012:service/shop/shop-worker',
              deployments: [
                {
                  status: 'PRIMARY',
                  rolloutState: rollouts.shift() ?? 'COMPLETED',
                  desiredCount: 1,
                  runningCount: 1,
                },
              ],
            },
          ] as Service[],
          failures: [],
        }),
        // ECS reports no service deployment of this run for it (listed once, after the stack settled).
        deployments: async () => [],
      },
    }));
    const rollouts = ['IN_PROGRESS', 'COMPLETED'];
    const result = await run(options('deploy'), deps(aws));
    expect(result.report).toMatchObject({
      mode: 'deploy',
      hasChanges: true,
      deploy: {
        state: 'succeeded',
        rollout: [{ name: 'shop-worker', rolloutState: 'COMPLETED', running: 1, desired: 1, done: true }],
        resources: [{ logicalId: 'WorkerService', status: 'CREATE_COMPLETE' }],
      },
    });
    // Plan as before, then execute; the settled stack serves the events and the rollout without a re-read.
    expect(aws.log).toEqual([
      'stacks.describe',
      'identity.region',
      'network.defaultVpcId',
      'network.subnets',
      'changeSets.create',
      'changeSets.describe',
      'prices.products',
      'prices.products',
      'prices.products',
      'changeSets.execute',
      'stacks.describe',
      'events.page',
      'stacks.resources',
      'services.describe',
      'services.deployments',
      'services.describe',
    ]);
    expect(aws.argsOf('changeSets.execute')).toEqual([
      ['arn:changeSet/cs-1', { token: expect.stringMatching(/^compose-ecs-/), disableRollback: undefined }],
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/ WorkerService CREATE_COMPLETE$/));
    expect(state.stack?.StackStatus).toBe('CREATE_COMPLETE');
    expect(aws.calls.phaseTotals()).toEqual({
      'preflight and images': 2,
      plan: 4,
      cost: 3,
      deploy: 3,
      // The stack's services, their state twice, and the one ListServiceDeployments that finds the deployment.
      rollout: 4,
    });
  });
});

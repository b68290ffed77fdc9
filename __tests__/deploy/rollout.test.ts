import type { Deployment } from '@aws-sdk/client-ecs';
import { sdkStacks } from '../../src/aws/sdk/cloudformation.js';
import { sdkServices } from '../../src/aws/sdk/ecs.js';
import { rolloutOf, stackServices, watchRollout } from '../../src/deploy/rollout.js';
import {
  CloudFormationClient,
  ListStackResourcesCommand,
  type StackResourceSummary,
} from '@aws-sdk/client-cloudformation';
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { OFFLINE, fakeSdk, inputsOf, on } from '../support/fake-sdk.js';

const deployment = (overrides: Partial<Deployment> = {}): Deployment => ({
  status: 'PRIMARY',
  taskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:7',
  desiredCount: 2,
  runningCount: 2,
  pendingCount: 0,
  failedTasks: 0,
  rolloutState: 'COMPLETED',
  ...overrides,
});
const service = (deployments: Deployment[], events: string[] = []) => ({
  serviceName: 'shop-web',
  serviceArn: 'arn:aws:ecs:eu-west-1:1:service/shop/shop-web',
  deployments,
  events: events.map((message) => ({ message })),
});
const services = [
  { logicalId: 'WebService', arn: 'arn:aws:ecs:eu-west-1:1:service/shop/shop-web', cluster: 'shop' },
];

describe('rolloutOf', () => {
  it('is done when the primary deployment completed with every task running', () => {
    expect(rolloutOf('WebService', service([deployment()]))).toMatchObject({
      done: true,
      failed: false,
      taskDefinition: 'shop-web:7',
      running: 2,
      desired: 2,
    });
  });
  it('is not done while an old deployment still drains', () => {
    const row = rolloutOf(
      'WebService',
      service([deployment(), deployment({ status: 'ACTIVE', taskDefinition: 'x:6' })]),
    );
    expect(row).toMatchObject({ done: false, otherDeployments: 1 });
  });
  it('names the revision still serving while the new one rolls out, and shows it in the comment', async () => {
    const row = rolloutOf(
      'WebService',
      service([
        deployment({ rolloutState: 'IN_PROGRESS', runningCount: 1 }),
        deployment({
          status: 'ACTIVE',
          taskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:6',
        }),
        deployment({ status: 'INACTIVE', taskDefinition: 'shop-web:5', runningCount: 0 }),
      ]),
    );
    expect(row.serving).toEqual(['shop-web:6 (2 running)']);
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    const md = renderMarkdown({
      mode: 'deploy',
      project: 'shop',
      stackName: 'shop',
      hasChanges: true,
      changes: [],
      images: [],
      warnings: [],
      deploy: { state: 'in-progress', rollout: [row], urls: {} },
    });
    expect(md).toContain(
      '| ⏳ `WebService` | shop-web:7<br>still serving: shop-web:6 (2 running) | IN_PROGRESS |',
    );
  });
  it("is failed when the circuit breaker rolled back, with ECS's reason", () => {
    const row = rolloutOf(
      'WebService',
      service(
        [
          deployment({
            rolloutState: 'FAILED',
            rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
            runningCount: 0,
          }),
        ],
        ['(service shop-web) has started 1 tasks: (task 1).'],
      ),
    );
    expect(row).toMatchObject({
      failed: true,
      done: false,
      reason: 'ECS deployment circuit breaker: tasks failed to start.',
    });
  });
});

describe('a circuit-breaker rollback that has finished', () => {
  // After ECS rolls back, PRIMARY is a new deployment of the OLD task definition, and COMPLETED.
  const rolledBack = {
    ...service([
      deployment({
        taskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:6',
        rolloutState: 'COMPLETED',
      }),
      deployment({
        status: 'INACTIVE',
        rolloutState: 'FAILED',
        rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
      }),
    ]),
    taskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:6',
  };

  it('is a failure when ECS runs another task definition than the one deployed', () => {
    const row = rolloutOf('WebService', rolledBack, 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:7');
    expect(row).toMatchObject({ done: false, failed: true });
    expect(row.reason).toBe(
      'ECS deployment circuit breaker: tasks failed to start.; ECS runs shop-web:6 instead of shop-web:7',
    );
  });

  it('is not a failure, only a note, when another revision shows without any sign of a rollback', () => {
    const row = rolloutOf(
      'WebService',
      {
        ...service([deployment({ taskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:6' })]),
        taskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:6',
      },
      'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:7',
    );
    expect(row).toMatchObject({
      done: true,
      failed: false,
      note: 'ECS reports shop-web:6, not the deployed shop-web:7',
    });
  });

  it('is a failure when a rollback event is the only sign', () => {
    const row = rolloutOf(
      'WebService',
      {
        ...service(
          [deployment({ taskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:6' })],
          ['(service shop-web) rolling back to deployment ecs-svc/123.'],
        ),
        taskDefinition: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:6',
      },
      'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:7',
    );
    expect(row).toMatchObject({
      failed: true,
      reason: 'the deployment was rolled back; ECS runs shop-web:6 instead of shop-web:7',
    });
  });

  it('is done when ECS runs the deployed task definition', () => {
    const row = rolloutOf(
      'WebService',
      service([deployment()]),
      'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:7',
    );
    expect(row).toMatchObject({ done: true, failed: false });
  });
});

/** A stack resource as ListStackResources returns it. */
const resource = (
  r: Pick<StackResourceSummary, 'LogicalResourceId' | 'ResourceType' | 'PhysicalResourceId'>,
) => ({
  ...r,
  ResourceStatus: 'CREATE_COMPLETE' as const,
  LastUpdatedTimestamp: new Date(),
});

describe('stackServices', () => {
  it('finds each service with its cluster and the task definition the template gives it', async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(ListStackResourcesCommand, () => ({
        StackResourceSummaries: [
          resource({
            LogicalResourceId: 'Cluster',
            ResourceType: 'AWS::ECS::Cluster',
            PhysicalResourceId: 'shop',
          }),
          resource({
            LogicalResourceId: 'WebTaskDefinition',
            ResourceType: 'AWS::ECS::TaskDefinition',
            PhysicalResourceId: 'arn:td/shop-web:7',
          }),
          resource({
            LogicalResourceId: 'WebService',
            ResourceType: 'AWS::ECS::Service',
            PhysicalResourceId: 'arn:aws:ecs:eu-west-1:1:service/shop/shop-web',
          }),
        ],
      })),
    );
    const template = {
      AWSTemplateFormatVersion: '2010-09-09' as const,
      Resources: {
        WebService: {
          Type: 'AWS::ECS::Service',
          Properties: { TaskDefinition: { Ref: 'WebTaskDefinition' } },
        },
      },
    };
    await expect(stackServices(sdkStacks(cfn), 'stack-1', template)).resolves.toEqual([
      {
        logicalId: 'WebService',
        arn: 'arn:aws:ecs:eu-west-1:1:service/shop/shop-web',
        cluster: 'shop',
        taskDefinition: 'arn:td/shop-web:7',
      },
    ]);
  });
});

describe('a service ECS does not return', () => {
  it('is never counted as done', async () => {
    const ecs = fakeSdk(
      new ECSClient(OFFLINE),
      on(DescribeServicesCommand, () => ({
        services: [],
        failures: [{ arn: services[0]!.arn, reason: 'MISSING' }],
      })),
    );
    let clock = 0;
    await expect(
      watchRollout(sdkServices(ecs, fakeSdk(new ElasticLoadBalancingV2Client(OFFLINE))), services, {
        intervalMs: 100,
        timeoutMs: 300,
        sleep: async (ms) => void (clock += ms),
        now: () => clock,
      }),
    ).rejects.toThrow(
      'rollout did not complete within the wait timeout: shop-web (0/0 running; ECS did not return the service (MISSING))',
    );
  });
});

describe('watchRollout', () => {
  const poll = { intervalMs: 1, maxIntervalMs: 1, timeoutMs: 1000, sleep: async () => {} };

  it('reports every poll and returns once all services completed', async () => {
    const ecs = fakeSdk(
      new ECSClient(OFFLINE),
      on(
        DescribeServicesCommand,
        () => ({
          services: [
            service([deployment({ rolloutState: 'IN_PROGRESS', runningCount: 1, pendingCount: 1 })]),
          ],
        }),
        () => ({ services: [service([deployment()])] }),
      ),
    );
    const progress: string[] = [];
    const rows = await watchRollout(
      sdkServices(ecs, fakeSdk(new ElasticLoadBalancingV2Client(OFFLINE))),
      services,
      poll,
      (r) => void progress.push(`${r[0]!.rolloutState} ${r[0]!.running}/${r[0]!.desired}`),
    );
    expect(progress).toEqual(['IN_PROGRESS 1/2', 'COMPLETED 2/2']);
    expect(rows[0]!.done).toBe(true);
    expect(inputsOf(ecs, DescribeServicesCommand)[0]).toEqual({
      cluster: 'shop',
      services: [services[0]!.arn],
    });
  });

  it('never reports success when ECS rolled the deployment back', async () => {
    const ecs = fakeSdk(
      new ECSClient(OFFLINE),
      on(
        DescribeServicesCommand,
        () => ({ services: [service([deployment({ rolloutState: 'IN_PROGRESS', runningCount: 0 })])] }),
        () => ({
          services: [
            service(
              [
                deployment({
                  rolloutState: 'FAILED',
                  rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
                }),
              ],
              ['(service shop-web) (task 9) failed container health checks.'],
            ),
          ],
        }),
      ),
    );
    await expect(
      watchRollout(sdkServices(ecs, fakeSdk(new ElasticLoadBalancingV2Client(OFFLINE))), services, poll),
    ).rejects.toThrow(
      'ECS rolled back service shop-web: ECS deployment circuit breaker: tasks failed to start. (latest event: (service shop-web) (task 9) failed container health checks.)',
    );
  });

  it('times out naming the services still waiting', async () => {
    const ecs = fakeSdk(
      new ECSClient(OFFLINE),
      on(DescribeServicesCommand, () => ({
        services: [
          service(
            [deployment({ rolloutState: 'IN_PROGRESS', runningCount: 1 })],
            ['(service shop-web) was unable to place a task.'],
          ),
        ],
      })),
    );
    let clock = 0;
    await expect(
      watchRollout(sdkServices(ecs, fakeSdk(new ElasticLoadBalancingV2Client(OFFLINE))), services, {
        intervalMs: 100,
        timeoutMs: 1000,
        sleep: async (ms) => void (clock += ms),
        now: () => clock,
      }),
    ).rejects.toThrow(
      'rollout did not complete within the wait timeout: shop-web (1/2 running; (service shop-web) was unable to place a task.)',
    );
  });
});

import type { StepRunner } from '../../src/kernel/steps.js';
// deployChangeSet with ECS's service deployments (issue 25): the rollout shown while CloudFormation waits
// through it, a rollback by ECS failing the step with its cause, and what a cancel does at each moment.
// ECS's answers follow DescribeServiceDeployments' documented shape (API_ServiceDeployment).
import type { Service, ServiceDeployment } from '@aws-sdk/client-ecs';
import type { Stack, StackEvent as CfnEvent } from '@aws-sdk/client-cloudformation';
import { CancelRequest, Cancelled } from '../../src/runtime/cancellation.js';
import { deployChangeSet } from '../../src/deploy/deploy.js';
import { RolloutFailed, type ServiceRollout } from '../../src/deploy/rollout.js';
import { StreamLogger } from '../../src/log.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Template } from '../../src/template/types.js';
import { fakeEdge, fakePoll, type EdgeOverrides } from '../support/fake-edge.js';

const STACK_ID = 'arn:aws:cloudformation:eu-west-1:1:stack/shop/1';
const SERVICE_ARN = 'arn:aws:ecs:eu-west-1:1:service/shop/shop-web';
const DEPLOYMENT = 'arn:aws:ecs:eu-west-1:1:service-deployment/shop/shop-web/d1';
const template = {
  Resources: {
    WebService: { Type: 'AWS::ECS::Service', Properties: { TaskDefinition: { Ref: 'WebTaskDefinition' } } },
  },
} as unknown as Template;
const ready = { stackId: STACK_ID, changeSetId: 'cs-1', stackName: 'shop', template };

const canary = (overrides: Partial<ServiceDeployment>): ServiceDeployment => ({
  serviceDeploymentArn: DEPLOYMENT,
  serviceArn: SERVICE_ARN,
  status: 'IN_PROGRESS',
  deploymentConfiguration: { strategy: 'CANARY', bakeTimeInMinutes: 5 },
  alarms: { status: 'MONITORING', alarmNames: ['shop-5xx'], triggeredAlarmNames: [] },
  deploymentCircuitBreaker: { status: 'MONITORING', failureCount: 0, threshold: 3 },
  ...overrides,
});

/** The stages of a canary in order, one per DescribeServiceDeployments call, the last repeated. */
function stages(...answers: ServiceDeployment[]) {
  let i = 0;
  return async () => [answers[Math.min(i++, answers.length - 1)]!];
}

const ecsService = (rolloutState: string, taskDefinition = 'shop-web:8'): Service => ({
  serviceName: 'shop-web',
  serviceArn: SERVICE_ARN,
  taskDefinition: `arn:aws:ecs:eu-west-1:1:task-definition/${taskDefinition}`,
  deployments: [
    {
      status: 'PRIMARY',
      rolloutState: rolloutState as never,
      taskDefinition: `arn:aws:ecs:eu-west-1:1:task-definition/${taskDefinition}`,
      desiredCount: 2,
      runningCount: 2,
    },
  ],
});

/** A stack that reports UPDATE_IN_PROGRESS for `busy` reads, then `final`. */
function stackStatuses(busy: number, final: string, onRead: (n: number) => void = () => {}) {
  let reads = 0;
  return async (): Promise<Stack> => {
    reads++;
    onRead(reads);
    return {
      StackId: STACK_ID,
      StackName: 'shop',
      CreationTime: new Date(0),
      StackStatus: (reads <= busy ? 'UPDATE_IN_PROGRESS' : final) as never,
    };
  };
}

/** CloudFormation starts the service's update (at the fake clock's start): the service is one to follow. */
const serviceUpdating: CfnEvent = {
  EventId: 'e0',
  StackId: STACK_ID,
  StackName: 'shop',
  Timestamp: new Date(Date.parse('2026-11-22T12:00:00Z')),
  LogicalResourceId: 'WebService',
  ResourceType: 'AWS::ECS::Service',
  ResourceStatus: 'UPDATE_IN_PROGRESS',
};

function edge(overrides: EdgeOverrides) {
  return fakeEdge({
    ...overrides,
    changeSets: { execute: async () => undefined, delete: async () => undefined, ...overrides.changeSets },
    stacks: {
      resources: async () => [
        {
          LogicalResourceId: 'Cluster',
          ResourceType: 'AWS::ECS::Cluster',
          PhysicalResourceId: 'shop',
        } as never,
        {
          LogicalResourceId: 'WebService',
          ResourceType: 'AWS::ECS::Service',
          PhysicalResourceId: SERVICE_ARN,
        } as never,
        {
          LogicalResourceId: 'WebTaskDefinition',
          ResourceType: 'AWS::ECS::TaskDefinition',
          PhysicalResourceId: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:8',
        } as never,
      ],
      ...overrides.stacks,
    },
    events: { page: async () => ({ events: [serviceUpdating] }), ...overrides.events },
  });
}

/** Steps run as they are, outside a kernel. */
const runStep: StepRunner = (_name, body) => body();

function run(aws: ReturnType<typeof edge>, poll = fakePoll()) {
  const rows: ServiceRollout[][] = [];
  const lines: string[] = [];
  const result = deployChangeSet(
    aws,
    ready,
    new StreamLogger((l) => lines.push(l)),
    poll,
    {
      onEvent: () => undefined,
      onRollout: async (r) => void rows.push(r),
    },
    runStep,
  ).catch((e: unknown) => e);
  return { result, rows, lines };
}

const comment = (rollout: ServiceRollout[]) =>
  renderMarkdown({
    mode: 'deploy',
    project: 'shop',
    stackName: 'shop',
    hasChanges: true,
    changes: [],
    images: [],
    warnings: [],
    deploy: { state: 'in-progress', rollout, urls: {} },
  });

describe('the rollout while CloudFormation waits through it', () => {
  it('shows each stage live, and an alarm rollback fails the step with the alarm, the stopped task and its last lines', async () => {
    const poll = fakePoll();
    const failedEvent = (): CfnEvent => ({
      EventId: 'e1',
      StackId: STACK_ID,
      StackName: 'shop',
      Timestamp: new Date(poll.now!()),
      LogicalResourceId: 'WebService',
      ResourceType: 'AWS::ECS::Service',
      ResourceStatus: 'UPDATE_FAILED',
      ResourceStatusReason:
        'Resource handler returned message: "Error occurred during operation \'ECS Deployment Circuit Breaker was triggered\'."',
    });
    let failedYet = false;
    const aws = edge({
      stacks: { describe: stackStatuses(60, 'UPDATE_ROLLBACK_COMPLETE', (n) => (failedYet = n > 60)) },
      events: {
        page: async () => ({ events: failedYet ? [failedEvent(), serviceUpdating] : [serviceUpdating] }),
      },
      services: {
        describe: async () => ({ services: [ecsService('IN_PROGRESS')], failures: [] }),
        deployments: async () => [{ serviceDeploymentArn: DEPLOYMENT, createdAt: new Date(poll.now!()) }],
        describeDeployments: stages(
          canary({
            lifecycleStage: 'SCALE_UP',
            targetServiceRevision: { requestedProductionTrafficWeight: 0 },
          }),
          canary({
            lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT',
            targetServiceRevision: { requestedProductionTrafficWeight: 10 },
          }),
          canary({
            lifecycleStage: 'BAKE_TIME',
            targetServiceRevision: { requestedProductionTrafficWeight: 100 },
          }),
          canary({
            status: 'ROLLBACK_IN_PROGRESS',
            lifecycleStage: 'BAKE_TIME',
            alarms: { status: 'TRIGGERED', alarmNames: ['shop-5xx'], triggeredAlarmNames: ['shop-5xx'] },
            rollback: {
              reason: 'Service deployment rolled back because of CloudWatch alarm',
              serviceRevisionArn: 'rev-7',
            },
          }),
        ),
        stoppedTasks: async () => [
          {
            taskArn: 'arn:aws:ecs:eu-west-1:1:task/shop/t1',
            taskDefinitionArn: 'arn:aws:ecs:eu-west-1:1:task-definition/shop-web:8',
            stoppedReason: 'Scaling activity initiated by (deployment ecs-svc/1)',
            containers: [{ name: 'web', exitCode: 1, reason: 'Essential container in task exited' }],
          },
        ],
        taskDefinition: async () => ({
          containerDefinitions: [
            {
              name: 'web',
              logConfiguration: {
                logDriver: 'awslogs',
                options: { 'awslogs-group': '/shop', 'awslogs-stream-prefix': 'shop' },
              },
            },
          ],
        }),
      },
      logs: {
        tail: async () => [{ timestamp: new Date(0), message: 'panic: 500 on /checkout', stream: 's' }],
      },
    });
    const { result, rows } = run(aws, poll);
    const error = await result;
    expect(error).toBeInstanceOf(RolloutFailed);
    expect((error as Error).message).toMatch(
      /^ECS rolled back service shop-web: CloudWatch alarm shop-5xx went into ALARM; Service deployment rolled back because of CloudWatch alarm during BAKE_TIME \(ROLLBACK_IN_PROGRESS\); deploy failed: WebService \(AWS::ECS::Service\) UPDATE_FAILED: /,
    );
    expect((error as RolloutFailed).diagnosis).toContain('stopped task t1 of shop-web');
    expect((error as RolloutFailed).diagnosis).toContain('panic: 500 on /checkout');
    // Every stage reached the comment while the stack was still in progress, one row per service.
    const shown = rows.map((r) => `${r[0]!.deployment?.status} ${r[0]!.deployment?.stage}`);
    expect(shown.filter((s, i) => s !== shown[i - 1])).toEqual([
      'IN_PROGRESS SCALE_UP',
      'IN_PROGRESS PRODUCTION_TRAFFIC_SHIFT',
      'IN_PROGRESS BAKE_TIME',
      'ROLLBACK_IN_PROGRESS BAKE_TIME',
    ]);
    // Two minutes of stack update read every 15 s (and once more at the failure), not at every poll.
    expect(rows.length).toBeLessThanOrEqual(9);
    expect(rows.every((r) => r.length === 1)).toBe(true);
    expect(comment(rows[1]!)).toContain(
      'canary IN_PROGRESS · PRODUCTION_TRAFFIC_SHIFT · 10 % of traffic on the new revision',
    );
    expect(comment(rows[2]!)).toContain('bake: about 5 min left');
    expect(comment(rows.at(-1)!)).toContain('alarm shop-5xx in ALARM');
    // Reads spaced out while CloudFormation works, and the deployment listed once.
    expect(aws.argsOf('services.deployments')).toHaveLength(1);
    expect(aws.log).not.toContain('services.stopDeployment');
  });

  it('a circuit-breaker rollback names the count against the threshold', async () => {
    const poll = fakePoll();
    const aws = edge({
      stacks: { describe: stackStatuses(20, 'UPDATE_ROLLBACK_COMPLETE') },
      services: {
        describe: async () => ({ services: [ecsService('IN_PROGRESS')], failures: [] }),
        deployments: async () => [{ serviceDeploymentArn: DEPLOYMENT }],
        describeDeployments: stages(
          canary({
            status: 'ROLLBACK_SUCCESSFUL',
            lifecycleStage: 'CLEAN_UP',
            deploymentCircuitBreaker: { status: 'TRIGGERED', failureCount: 3, threshold: 3 },
            statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
          }),
        ),
        stoppedTasks: async () => [],
      },
    });
    const error = await run(aws, poll).result;
    expect((error as Error).message).toBe(
      'ECS rolled back service shop-web: the deployment circuit breaker counted 3 of 3 failed tasks; ECS deployment circuit breaker: tasks failed to start. during CLEAN_UP (ROLLBACK_SUCCESSFUL); deploy failed: stack is UPDATE_ROLLBACK_COMPLETE',
    );
  });

  it('a service the stack operation did not touch is not listed once its events name another', async () => {
    const aws = edge({
      stacks: { describe: stackStatuses(1, 'UPDATE_COMPLETE') },
      events: { page: async () => ({ events: [{ ...serviceUpdating, LogicalResourceId: 'ApiService' }] }) },
      services: { describe: async () => ({ services: [ecsService('COMPLETED')], failures: [] }) },
    });
    const rows = (await run(aws).result) as ServiceRollout[];
    expect(rows).toMatchObject([{ logicalId: 'WebService', done: true }]);
    expect(aws.log).not.toContain('services.deployments');
  });

  it('a stack that fails within seconds is not read as a rollout: its error stands, and ECS is not asked', async () => {
    const aws = edge({ stacks: { describe: stackStatuses(2, 'UPDATE_ROLLBACK_COMPLETE') }, services: {} });
    const error = await run(aws).result;
    expect((error as Error).message).toBe('deploy failed: stack is UPDATE_ROLLBACK_COMPLETE');
    expect(error).not.toBeInstanceOf(RolloutFailed);
    expect(aws.log.filter((c) => c.startsWith('services.'))).toEqual([]);
  });

  it('without the API (the emulator, an old partition) the deploy follows DescribeServices and says so once', async () => {
    const aws = edge({
      stacks: { describe: stackStatuses(1, 'UPDATE_COMPLETE') },
      services: {
        describe: async () => ({ services: [ecsService('COMPLETED')], failures: [] }),
        deployments: async () => {
          throw Object.assign(new Error('The list_service_deployments action has not been implemented'), {
            name: 'InternalFailure',
          });
        },
      },
    });
    const { result, lines } = run(aws);
    const rows = (await result) as ServiceRollout[];
    expect(rows).toMatchObject([{ logicalId: 'WebService', done: true }]);
    expect(rows[0]!.deployment).toBeUndefined();
    expect(lines.filter((l) => l.includes('ECS service deployments could not be read'))).toHaveLength(1);
  });
});

describe('cancelling while ECS deploys', () => {
  it('during the stack update stays CancelUpdateStack: the deployment is left to CloudFormation, and the report says so', async () => {
    const controller = new AbortController();
    const poll = fakePoll(controller.signal);
    let rolledBack = false;
    const aws = edge({
      stacks: {
        describe: async (): Promise<Stack> => ({
          StackId: STACK_ID,
          StackName: 'shop',
          CreationTime: new Date(0),
          StackStatus: (rolledBack ? 'UPDATE_ROLLBACK_COMPLETE' : 'UPDATE_IN_PROGRESS') as never,
        }),
        cancelUpdate: async () => void (rolledBack = true),
      },
      services: {
        describe: async () => ({ services: [ecsService('IN_PROGRESS')], failures: [] }),
        deployments: async () => [{ serviceDeploymentArn: DEPLOYMENT }],
        describeDeployments: async () => {
          // The job is cancelled while the new revision bakes.
          controller.abort(new CancelRequest('SIGINT', 5000));
          return [canary({ lifecycleStage: 'BAKE_TIME' })];
        },
      },
    });
    const error = await run(aws, poll).result;
    expect(error).toBeInstanceOf(Cancelled);
    expect(aws.log).toContain('stacks.cancelUpdate');
    expect(aws.log).not.toContain('services.stopDeployment');
    expect((error as Error).message).toMatch(
      /^deploy cancelled \(SIGINT\): asked CloudFormation to cancel the update \(CancelUpdateStack\).*; stack shop is UPDATE_ROLLBACK_COMPLETE; ECS's deployment of WebService \(BAKE_TIME\) was not stopped underneath CloudFormation: the stack's rollback deploys the previous revision again/,
    );
  });

  it('after the stack settled, a deployment still in flight is stopped with StopServiceDeployment (ROLLBACK)', async () => {
    const controller = new AbortController();
    const poll = fakePoll(controller.signal);
    let reads = 0;
    const aws = edge({
      stacks: { describe: stackStatuses(0, 'UPDATE_COMPLETE') },
      services: {
        describe: async () => ({ services: [ecsService('IN_PROGRESS')], failures: [] }),
        deployments: async () => [{ serviceDeploymentArn: DEPLOYMENT }],
        describeDeployments: async () => {
          if (++reads === 2) controller.abort(new CancelRequest('SIGTERM', 5000));
          return [canary({ lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT' })];
        },
        stopDeployment: async () => undefined,
      },
    });
    const error = await run(aws, poll).result;
    expect(error).toBeInstanceOf(Cancelled);
    expect(aws.argsOf('services.stopDeployment')).toEqual([[DEPLOYMENT]]);
    expect(aws.log).not.toContain('stacks.cancelUpdate');
    expect((error as Error).message).toBe(
      'deploy cancelled (SIGTERM) while ECS rolled the release out: stack shop had already been updated, so there was nothing to cancel in CloudFormation; asked ECS to stop the deployment of WebService (StopServiceDeployment, ROLLBACK): ECS rolls it back to the previous service revision, while the stack still names the new one, so deploy again (or roll the release back) to bring the two together',
    );
  });
});

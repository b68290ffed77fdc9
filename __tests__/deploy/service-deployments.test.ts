import type { ServiceDeployment } from '@aws-sdk/client-ecs';
import { DeploymentFollower, deploymentView, rollbackCause } from '../../src/deploy/service-deployments.js';
import { rolloutOf, withDeployment } from '../../src/deploy/rollout.js';
import { deploymentSummary } from '../../src/report/service-deployments.js';
import type { Logger } from '../../src/log.js';
import { fakeEdge } from '../support/fake-edge.js';

const ARN = 'arn:aws:ecs:eu-west-1:1:service-deployment/shop/shop-web/abc';
const web = {
  logicalId: 'WebService',
  arn: 'arn:aws:ecs:eu-west-1:1:service/shop/shop-web',
  cluster: 'shop',
};

/** A deployment as DescribeServiceDeployments documents it (API_ServiceDeployment). */
function described(overrides: Partial<ServiceDeployment> = {}): ServiceDeployment {
  return {
    serviceDeploymentArn: ARN,
    serviceArn: web.arn,
    status: 'IN_PROGRESS',
    lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT',
    deploymentConfiguration: {
      strategy: 'CANARY',
      bakeTimeInMinutes: 5,
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 3 },
    },
    targetServiceRevision: { arn: 'rev-2', requestedProductionTrafficWeight: 10, runningTaskCount: 2 },
    sourceServiceRevisions: [{ arn: 'rev-1', requestedProductionTrafficWeight: 90, runningTaskCount: 2 }],
    deploymentCircuitBreaker: { status: 'MONITORING', failureCount: 1, threshold: 3 },
    alarms: { status: 'MONITORING', alarmNames: ['shop-5xx'], triggeredAlarmNames: [] },
    ...overrides,
  };
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    debug: () => undefined,
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    mask: () => undefined,
    group: (_t, body) => body(),
    verbatim: () => undefined,
  };
}

describe('a deployment as ECS reports it', () => {
  it('reads the stage, the traffic share, the circuit breaker and the alarms', () => {
    const view = deploymentView(described(), 0);
    expect(view).toMatchObject({
      status: 'IN_PROGRESS',
      stage: 'PRODUCTION_TRAFFIC_SHIFT',
      strategy: 'CANARY',
      trafficPercent: 10,
      circuitBreaker: { failures: 1, threshold: 3 },
      alarms: { names: ['shop-5xx'], triggered: [] },
      finished: false,
      rolledBack: false,
    });
    expect(deploymentSummary(view)).toBe(
      'canary IN_PROGRESS · PRODUCTION_TRAFFIC_SHIFT · 10 % of traffic on the new revision · circuit breaker 1/3 failed tasks',
    );
  });

  it('counts the bake time down from when the run first saw it', () => {
    const bake = described({ lifecycleStage: 'BAKE_TIME' });
    expect(deploymentView(bake, 2 * 60_000, 0).bakeMinutesLeft).toBe(3);
    expect(deploymentView(bake, 9 * 60_000, 0).bakeMinutesLeft).toBe(0);
    expect(deploymentView(described(), 0).bakeMinutesLeft).toBeUndefined();
  });

  it('names the alarm that rolled a deployment back', () => {
    const view = deploymentView(
      described({
        status: 'ROLLBACK_IN_PROGRESS',
        lifecycleStage: 'BAKE_TIME',
        statusReason: 'Service deployment rolled back because of an alarm',
        alarms: {
          status: 'TRIGGERED',
          alarmNames: ['shop-5xx', 'shop-p99'],
          triggeredAlarmNames: ['shop-5xx'],
        },
        rollback: { reason: 'CloudWatch alarm triggered', serviceRevisionArn: 'rev-1' },
      }),
      0,
    );
    expect(view.rolledBack).toBe(true);
    expect(rollbackCause(view)).toBe(
      'CloudWatch alarm shop-5xx went into ALARM; CloudWatch alarm triggered during BAKE_TIME (ROLLBACK_IN_PROGRESS)',
    );
  });

  it("gives the circuit breaker's count against its threshold when it rolled back", () => {
    const view = deploymentView(
      described({
        status: 'ROLLBACK_SUCCESSFUL',
        lifecycleStage: 'CLEAN_UP',
        deploymentCircuitBreaker: { status: 'TRIGGERED', failureCount: 3, threshold: 3 },
        statusReason: 'tasks failed to start',
      }),
      0,
    );
    expect(view).toMatchObject({ finished: true, rolledBack: true });
    expect(rollbackCause(view)).toBe(
      'the deployment circuit breaker counted 3 of 3 failed tasks; tasks failed to start during CLEAN_UP (ROLLBACK_SUCCESSFUL)',
    );
  });

  it('fails the row of a rolled-back service and holds a done one open until ECS says SUCCESSFUL', () => {
    const completed = rolloutOf('WebService', {
      serviceName: 'shop-web',
      deployments: [{ status: 'PRIMARY', rolloutState: 'COMPLETED', desiredCount: 1, runningCount: 1 }],
    });
    expect(completed.done).toBe(true);
    expect(
      withDeployment(completed, deploymentView(described({ lifecycleStage: 'BAKE_TIME' }), 0)).done,
    ).toBe(false);
    expect(withDeployment(completed, deploymentView(described({ status: 'SUCCESSFUL' }), 0)).done).toBe(true);
    const rolled = withDeployment(
      completed,
      deploymentView(
        described({ status: 'ROLLBACK_REQUESTED', alarms: { triggeredAlarmNames: ['shop-5xx'] } }),
        0,
      ),
    );
    expect(rolled).toMatchObject({ failed: true, done: false });
    expect(rolled.reason).toContain('CloudWatch alarm shop-5xx went into ALARM');
  });
});

describe('the deployment follower', () => {
  it('lists each service once, then only describes the deployment until it finishes', async () => {
    const answers = [described(), described({ status: 'SUCCESSFUL', lifecycleStage: 'CLEAN_UP' })];
    const aws = fakeEdge({
      services: {
        deployments: async () => [
          { serviceDeploymentArn: 'older', createdAt: new Date(1) },
          { serviceDeploymentArn: ARN, createdAt: new Date(2) },
        ],
        describeDeployments: async () => [answers.shift()!],
      },
    });
    const since = new Date(0);
    const follower = new DeploymentFollower(aws.services, since, recordingLogger(), () => 0);
    expect((await follower.read([web])).get('WebService')?.stage).toBe('PRODUCTION_TRAFFIC_SHIFT');
    expect(follower.inFlight().map((d) => d.view.arn)).toEqual([ARN]);
    expect((await follower.read([web])).get('WebService')?.status).toBe('SUCCESSFUL');
    await follower.read([web]);
    expect(aws.log).toEqual([
      'services.deployments',
      'services.describeDeployments',
      'services.describeDeployments',
    ]);
    expect(aws.argsOf('services.deployments')[0]).toEqual(['shop', web.arn, since]);
    expect(aws.argsOf('services.describeDeployments')[0]).toEqual([[ARN]]);
    expect(follower.inFlight()).toEqual([]);
  });

  it('lists a service with no deployment again only while the stack works', async () => {
    const aws = fakeEdge({ services: { deployments: async () => [] } });
    const follower = new DeploymentFollower(aws.services, new Date(0), recordingLogger(), () => 0);
    await follower.read([web], true);
    await follower.read([web], true);
    await follower.read([web]);
    expect(aws.log).toEqual(['services.deployments', 'services.deployments']);
  });

  it('a denied API is a warning naming the permissions, said once, and never a failure', async () => {
    const denied = Object.assign(new Error('User is not authorized to perform: ecs:ListServiceDeployments'), {
      name: 'AccessDeniedException',
    });
    const aws = fakeEdge({
      services: {
        deployments: async () => {
          throw denied;
        },
      },
    });
    const logger = recordingLogger();
    const follower = new DeploymentFollower(aws.services, new Date(0), logger, () => 0);
    expect((await follower.read([web])).size).toBe(0);
    expect((await follower.read([web], true)).size).toBe(0);
    expect(aws.log).toEqual(['services.deployments']);
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(
      /^warning: ECS service deployments could not be read \(User is not authorized.*Allow ecs:ListServiceDeployments and ecs:DescribeServiceDeployments/,
    );
  });

  it('an API the endpoint lacks (an emulator, an older partition) is said once as information', async () => {
    const aws = fakeEdge({
      services: {
        deployments: async () => {
          throw Object.assign(new Error('The list_service_deployments action has not been implemented'), {
            name: 'InternalFailure',
          });
        },
      },
    });
    const logger = recordingLogger();
    const follower = new DeploymentFollower(aws.services, new Date(0), logger, () => 0);
    await follower.read([web]);
    await follower.read([web]);
    expect(follower.unavailable).toContain('has not been implemented');
    expect(logger.lines).toEqual([expect.stringMatching(/^info: ECS service deployments could not be read/)]);
  });
});

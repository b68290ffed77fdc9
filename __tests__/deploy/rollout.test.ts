import type { Deployment } from '@aws-sdk/client-ecs';
import { rolloutOf, watchRollout } from '../../src/deploy/rollout.js';
import { fakeClient } from '../support/fake-aws.js';

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

describe('watchRollout', () => {
  const poll = { intervalMs: 1, maxIntervalMs: 1, timeoutMs: 1000, sleep: async () => {} };

  it('reports every poll and returns once all services completed', async () => {
    const ecs = fakeClient({
      DescribeServices: [
        () => ({
          services: [
            service([deployment({ rolloutState: 'IN_PROGRESS', runningCount: 1, pendingCount: 1 })]),
          ],
        }),
        () => ({ services: [service([deployment()])] }),
      ],
    });
    const progress: string[] = [];
    const rows = await watchRollout(
      ecs,
      services,
      poll,
      (r) => void progress.push(`${r[0]!.rolloutState} ${r[0]!.running}/${r[0]!.desired}`),
    );
    expect(progress).toEqual(['IN_PROGRESS 1/2', 'COMPLETED 2/2']);
    expect(rows[0]!.done).toBe(true);
    expect(ecs.calls[0].input).toEqual({ cluster: 'shop', services: [services[0]!.arn] });
  });

  it('never reports success when ECS rolled the deployment back', async () => {
    const ecs = fakeClient({
      DescribeServices: [
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
      ],
    });
    await expect(watchRollout(ecs, services, poll)).rejects.toThrow(
      'ECS rolled back service shop-web: ECS deployment circuit breaker: tasks failed to start. (latest event: (service shop-web) (task 9) failed container health checks.)',
    );
  });

  it('times out naming the services still waiting', async () => {
    const ecs = fakeClient({
      DescribeServices: () => ({
        services: [
          service(
            [deployment({ rolloutState: 'IN_PROGRESS', runningCount: 1 })],
            ['(service shop-web) was unable to place a task.'],
          ),
        ],
      }),
    });
    let clock = 0;
    await expect(
      watchRollout(ecs, services, {
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

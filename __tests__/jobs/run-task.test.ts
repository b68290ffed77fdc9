// One one-off task to its end through the typed edge: exit code, reasons, last lines, and StopTask on cancel.
import type { Task } from '@aws-sdk/client-ecs';
import { Cancelled } from '../../src/runtime/cancellation.js';
import { runTaskToEnd } from '../../src/jobs/run-task.js';
import { fakeEdge, fakePoll } from '../support/fake-edge.js';

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task/shop/abc123';
const input = {
  cluster: 'shop',
  taskDefinition: 'arn:td/migrate:3',
  subnets: ['subnet-1'],
  securityGroups: ['sg-1'],
  assignPublicIp: true,
  startedBy: 'compose-ecs job migrate',
  container: 'migrate',
  what: 'job migrate',
};
const definition = {
  containerDefinitions: [
    {
      name: 'migrate',
      logConfiguration: {
        logDriver: 'awslogs' as const,
        options: { 'awslogs-group': '/compose-ecs/shop', 'awslogs-stream-prefix': 'shop' },
      },
    },
  ],
};

function edge(states: Task[], extra: Parameters<typeof fakeEdge>[0] = {}) {
  let i = 0;
  return fakeEdge({
    tasks: {
      run: async () => ({ task: { taskArn: ARN, taskDefinitionArn: 'arn:td/migrate:3' } }),
      describe: async () => [states[Math.min(i++, states.length - 1)]!],
      stop: async () => undefined,
    },
    services: { taskDefinition: async () => definition },
    logs: {
      tail: async (group, stream) =>
        group === '/compose-ecs/shop' && stream === 'shop/migrate/abc123'
          ? [{ timestamp: new Date(0), message: 'relation "users" already exists\n', stream }]
          : [],
      read: async () => ({ lines: [] }),
    },
    ...extra,
  });
}

describe('a one-off task run to its end', () => {
  it('waits for STOPPED and returns the exit code, the reasons and the last lines', async () => {
    const aws = edge([
      { lastStatus: 'PENDING' },
      { lastStatus: 'RUNNING' },
      {
        lastStatus: 'STOPPED',
        stoppedReason: 'Essential container in task exited',
        containers: [{ name: 'migrate', exitCode: 3 }],
      },
    ]);
    const out = await runTaskToEnd(aws, input, fakePoll());
    expect(out).toEqual({
      taskArn: ARN,
      taskId: 'abc123',
      exitCode: 3,
      reason: 'Essential container in task exited',
      lastLines: ['relation "users" already exists'],
    });
    expect(aws.argsOf('tasks.run')[0]![0]).toMatchObject({
      cluster: 'shop',
      taskDefinition: 'arn:td/migrate:3',
    });
    expect(aws.log.filter((c) => c === 'tasks.describe')).toHaveLength(3);
  });

  it('says why ECS placed no task', async () => {
    const aws = fakeEdge({ tasks: { run: async () => ({ failure: 'arn:td: MISSING (no subnets)' }) } });
    await expect(runTaskToEnd(aws, input, fakePoll())).rejects.toThrow(
      'ECS started no task for job migrate: arn:td: MISSING (no subnets)',
    );
  });

  it('stops the task when the run is cancelled, and says so', async () => {
    const controller = new AbortController();
    const aws = edge([{ lastStatus: 'RUNNING' }], {
      tasks: {
        run: async () => ({ task: { taskArn: ARN } }),
        describe: async () => {
          controller.abort();
          return [{ lastStatus: 'RUNNING' }];
        },
        stop: async () => undefined,
      },
    });
    const err = await runTaskToEnd(aws, input, fakePoll(controller.signal)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Cancelled);
    expect((err as Error).message).toBe('job migrate cancelled: stopped its task abc123');
    expect(aws.argsOf('tasks.stop')).toEqual([['shop', ARN, 'job migrate cancelled']]);
  });

  it('stops a task that runs past the wait budget', async () => {
    const aws = edge([{ lastStatus: 'RUNNING' }]);
    await expect(runTaskToEnd(aws, input, { ...fakePoll(), timeoutMs: 10_000 })).rejects.toThrow(
      'job migrate did not finish within the wait timeout: stopped its task abc123',
    );
    expect(aws.log).toContain('tasks.stop');
  });
});

// Why a rolled-back service's task stopped, read through the typed AWS edge.
import type { Task, TaskDefinition } from '@aws-sdk/client-ecs';
import { diagnoseService, formatDiagnosis } from '../../src/deploy/failure-report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/run-report.js';
import { fakeEdge } from '../support/fake-edge.js';

const TASK_ARN = 'arn:aws:ecs:us-east-1:123456789012:task/shop/0f1e2d3c4b5a';
const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/1';
const stopped: Task = {
  taskArn: TASK_ARN,
  taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/shop-web:7',
  stoppedReason: 'Essential container in task exited',
  containers: [
    { name: 'compose-dns-search', exitCode: 0 },
    { name: 'web', exitCode: 1 },
  ],
};
const definition: TaskDefinition = {
  containerDefinitions: [
    {
      name: 'web',
      logConfiguration: {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/compose-ecs/shop',
          'awslogs-stream-prefix': 'shop',
          'awslogs-region': 'us-east-1',
        },
      },
    },
  ],
};

function edge() {
  return fakeEdge({
    services: {
      stoppedTasks: async () => [stopped],
      taskDefinition: async () => definition,
      describe: async () => ({ services: [{ loadBalancers: [{ targetGroupArn: TG }] }], failures: [] }),
      targetHealth: async () => [
        {
          Target: { Id: '10.0.1.5', Port: 8080 },
          TargetHealth: {
            State: 'unhealthy',
            Reason: 'Target.FailedHealthChecks',
            Description: 'Health checks failed',
          },
        },
        { Target: { Id: '10.0.2.9', Port: 8080 }, TargetHealth: { State: 'healthy' } },
      ],
    },
    logs: {
      tail: async () => [
        { timestamp: new Date(), stream: 's', message: 'listening on :8080' },
        {
          timestamp: new Date(),
          stream: 's',
          message: 'FATAL: could not connect to db:5432 (password hunter2)\n',
        },
      ],
    },
  });
}

describe('why the task stopped', () => {
  it("reads the stopped task, the failed container's last lines from its awslogs stream, and unhealthy targets", async () => {
    const aws = edge();
    const d = await diagnoseService(aws.services, aws.logs, { cluster: 'shop', arn: 'svc-arn', name: 'web' });
    expect(aws.argsOf('services.stoppedTasks')).toEqual([['shop', 'svc-arn', 1]]);
    // awslogs streams are <prefix>/<container>/<task id>.
    expect(aws.argsOf('logs.tail')).toEqual([['/compose-ecs/shop', 'shop/web/0f1e2d3c4b5a', 20]]);
    expect(formatDiagnosis(d!)).toBe(
      [
        'stopped task 0f1e2d3c4b5a of web: Essential container in task exited',
        '  container web: exit code 1',
        '  last 2 lines of web:',
        '    listening on :8080',
        '    FATAL: could not connect to db:5432 (password hunter2)',
        '  target 10.0.1.5:8080 unhealthy (Target.FailedHealthChecks: Health checks failed)',
      ].join('\n'),
    );
  });

  it('says nothing when ECS has no stopped task, and never fails on a read it cannot make', async () => {
    const none = fakeEdge({ services: { stoppedTasks: async () => [] } });
    await expect(
      diagnoseService(none.services, none.logs, { cluster: 'c', arn: 'a', name: 'web' }),
    ).resolves.toBeUndefined();
    const broken = fakeEdge({
      services: {
        stoppedTasks: async () => [stopped],
        taskDefinition: async () => {
          throw new Error('AccessDenied');
        },
        describe: async () => {
          throw new Error('AccessDenied');
        },
      },
    });
    const d = await diagnoseService(broken.services, broken.logs, { cluster: 'c', arn: 'a', name: 'web' });
    expect(formatDiagnosis(d!)).toBe(
      'stopped task 0f1e2d3c4b5a of web: Essential container in task exited\n  container web: exit code 1',
    );
  });

  it('the comment shows it in a block log lines cannot break, with secrets blanked', async () => {
    const aws = edge();
    const d = await diagnoseService(aws.services, aws.logs, { cluster: 'shop', arn: 'svc-arn', name: 'web' });
    const report: RunReport = {
      mode: 'deploy',
      project: 'shop',
      stackName: 'shop',
      hasChanges: true,
      changes: [],
      images: [],
      warnings: [],
      redactions: ['hunter2'],
      deploy: {
        state: 'failed',
        rollout: [],
        error: 'ECS rolled back service web: tasks failed to start',
        diagnosis: `${formatDiagnosis(d!)}\n    \`\`\` a line with a fence`,
        urls: {},
      },
    };
    const md = renderMarkdown(report);
    expect(md).toContain('**Why the task stopped**\n\n````text\nstopped task 0f1e2d3c4b5a of web');
    expect(md).toContain('FATAL: could not connect to db:5432');
    expect(md).not.toContain('hunter2');
  });
});

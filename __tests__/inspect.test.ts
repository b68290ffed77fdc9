// compose-ecs ps and logs: read-only looks at a deployed stack, through the typed AWS edge.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { formatStatus, stackStatus } from '../src/inspect/ps.js';
import { serviceLogs } from '../src/inspect/logs.js';
import { UserError } from '../src/errors.js';
import { fakeEdge } from './support/fake-edge.js';

const stack = { StackId: 'arn:stack/shop/1', StackName: 'shop', StackStatus: 'UPDATE_COMPLETE' } as Stack;
const svc = (name: string) => `arn:aws:ecs:us-east-1:123456789012:service/shop-Cluster-1/${name}`;

describe('compose-ecs ps', () => {
  it('lists each service of the stack with its revision, rollout, counts and running tasks', async () => {
    const aws = fakeEdge({
      stacks: {
        describe: async () => stack,
        // The deployed template tags each service with its compose name.
        template: async () =>
          JSON.stringify({
            Resources: {
              WebService: {
                Type: 'AWS::ECS::Service',
                Properties: { Tags: [{ Key: 'com.docker.compose.service', Value: 'web' }] },
              },
            },
          }),
        resources: async () =>
          [
            {
              LogicalResourceId: 'WebService',
              ResourceType: 'AWS::ECS::Service',
              PhysicalResourceId: svc('web'),
            },
            {
              LogicalResourceId: 'DbService',
              ResourceType: 'AWS::ECS::Service',
              PhysicalResourceId: svc('db'),
            },
            {
              LogicalResourceId: 'Cluster',
              ResourceType: 'AWS::ECS::Cluster',
              PhysicalResourceId: 'shop-Cluster-1',
            },
          ] as never,
      },
      services: {
        describe: async (_cluster, [arn]) => ({
          services: [
            arn!.endsWith('web')
              ? {
                  serviceName: 'shop-WebService-AbC123',
                  taskDefinition: 'arn:aws:ecs:us-east-1:1:task-definition/shop-web:7',
                  runningCount: 2,
                  desiredCount: 2,
                  pendingCount: 0,
                  deployments: [{ status: 'PRIMARY', rolloutState: 'COMPLETED' }],
                }
              : { serviceName: 'db', runningCount: 0, desiredCount: 1, pendingCount: 1, deployments: [] },
          ],
          failures: [],
        }),
        runningTasks: async (_c, arn) =>
          arn.endsWith('web')
            ? [
                { taskArn: 'arn:task/shop/aaa', lastStatus: 'RUNNING', healthStatus: 'HEALTHY' },
                { taskArn: 'arn:task/shop/bbb', lastStatus: 'RUNNING', healthStatus: 'HEALTHY' },
              ]
            : [],
      },
    });
    const status = await stackStatus(aws, 'shop');
    expect(aws.argsOf('services.describe').map(([cluster]) => cluster)).toEqual([
      'shop-Cluster-1',
      'shop-Cluster-1',
    ]);
    expect(formatStatus('shop', status)).toBe(
      [
        'stack shop: UPDATE_COMPLETE',
        'SERVICE  TASK DEFINITION  ROLLOUT    RUNNING           TASKS',
        'db       -                -          0/1 (+1 pending)  -',
        'web      shop-web:7       COMPLETED  2/2               aaa RUNNING HEALTHY, bbb RUNNING HEALTHY',
      ].join('\n') + '\n',
    );
  });

  it('names a stack that does not exist', async () => {
    const aws = fakeEdge({ stacks: { describe: async () => undefined } });
    await expect(stackStatus(aws, 'nope')).rejects.toThrow(UserError);
    await expect(stackStatus(aws, 'nope')).rejects.toThrow(/stack nope does not exist/);
  });
});

describe('compose-ecs logs', () => {
  const at = (s: number) => new Date(Date.parse('2026-11-22T12:00:00Z') + s * 1000);
  // Streams under the fixed prefix, and one a stack deployed before it wrote under the project's name.
  const streams = [
    { timestamp: at(1), stream: 'compose/web/aaa', message: 'listening' },
    { timestamp: at(2), stream: 'shop/db/ccc', message: 'ready to accept connections' },
    { timestamp: at(3), stream: 'compose/web/aaa', message: 'GET / 200\n' },
  ];
  const edge = () =>
    fakeEdge({
      logs: {
        // Two pages for web's streams: the reader follows nextToken.
        read: async (_group, { streamPrefix, nextToken }) => {
          const matching = streams.filter((l) => l.stream.startsWith(streamPrefix ?? ''));
          if (streamPrefix === 'compose/web/')
            return nextToken
              ? { lines: matching.slice(1) }
              : { lines: matching.slice(0, 1), nextToken: 'p2' };
          return { lines: matching };
        },
      },
    });

  it("reads each service's streams of the stack's group, every page, in time order, named by service", async () => {
    const aws = edge();
    const since = at(0);
    const lines = await serviceLogs(aws.logs, {
      stackName: 'shop',
      project: 'shop',
      services: ['web', 'db'],
      since,
    });
    expect(lines).toEqual(['web | listening', 'db | ready to accept connections', 'web | GET / 200']);
    expect(aws.argsOf('logs.read')[0]).toEqual([
      '/compose-ecs/shop',
      { streamPrefix: 'compose/web/', since },
    ]);
    expect(aws.argsOf('logs.read').map(([, o]) => (o as { streamPrefix: string }).streamPrefix)).toEqual([
      'compose/web/',
      'compose/web/',
      'shop/web/',
      'compose/db/',
      'shop/db/',
    ]);
  });

  it('all services without names; --tail keeps the last lines', async () => {
    const aws = edge();
    expect(
      await serviceLogs(aws.logs, { stackName: 'shop', project: 'shop', services: [], since: at(0) }),
    ).toEqual(['web | listening', 'db | ready to accept connections', 'web | GET / 200']);
    expect(
      await serviceLogs(aws.logs, {
        stackName: 'shop',
        project: 'shop',
        services: ['web'],
        since: at(0),
        tail: 1,
      }),
    ).toEqual(['web | GET / 200']);
  });
});

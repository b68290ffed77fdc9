// The one stack-event watcher: deploy (execute), rollback and destroy read their operation's events through it.
import type { Stack, StackEvent } from '@aws-sdk/client-cloudformation';
import { StreamLogger } from '../../src/log.js';
import { StackEventStream, watchStack } from '../../src/deploy/stack-watch.js';
import { fakeEdge, fakePoll } from '../support/fake-edge.js';

const since = new Date('2026-11-22T12:00:00Z');
const at = (s: number) => new Date(since.getTime() + s * 1000);
const event = (id: string, s: number, status: string, extra: Partial<StackEvent> = {}) =>
  ({
    StackId: 'arn:stack/shop',
    StackName: 'shop',
    EventId: id,
    Timestamp: at(s),
    LogicalResourceId: extra.LogicalResourceId ?? 'WebService',
    ResourceType: 'AWS::ECS::Service',
    ResourceStatus: status as StackEvent['ResourceStatus'],
    ...extra,
  }) as StackEvent;

describe('the stack-event watcher', () => {
  it('logs each event of the operation once, pages only to what it knows, and names the root cause', async () => {
    // Newest first, as DescribeStackEvents answers; the first poll sees two events, the second two more.
    const first = [
      event('e2', 2, 'DELETE_IN_PROGRESS'),
      event('e1', 1, 'DELETE_IN_PROGRESS', {
        LogicalResourceId: 'shop',
        ResourceType: 'AWS::CloudFormation::Stack',
      }),
      event('old-token', 0.5, 'UPDATE_COMPLETE', { ClientRequestToken: 'an-earlier-deploy' }),
      event('older', -60, 'UPDATE_COMPLETE'),
    ];
    const second = [
      event('e4', 4, 'DELETE_FAILED', {
        LogicalResourceId: 'shop',
        ResourceType: 'AWS::CloudFormation::Stack',
        ResourceStatusReason: 'The following resource(s) failed to delete: [Bucket]',
      }),
      event('e3', 3, 'DELETE_FAILED', {
        LogicalResourceId: 'Bucket',
        ResourceType: 'AWS::S3::Bucket',
        ResourceStatusReason: 'The bucket you tried to delete is not empty',
      }),
      ...first,
    ];
    const statuses = ['DELETE_IN_PROGRESS', 'DELETE_FAILED'];
    const aws = fakeEdge({
      stacks: {
        describe: async () => ({ StackId: 'arn:stack/shop', StackStatus: statuses.shift() }) as Stack,
      },
      events: {
        page: async () => ({ events: statuses.length ? first : second }),
      },
    });
    const lines: string[] = [];
    const handed: string[] = [];
    const stream = new StackEventStream(aws.events, 'arn:stack/shop', {
      since,
      logger: new StreamLogger((l) => lines.push(l)),
      onEvent: (e) => handed.push(e.id),
    });
    const settled = await watchStack(aws.stacks, stream, fakePoll(), (stack) =>
      stack?.StackStatus === 'DELETE_FAILED' ? stack.StackStatus : undefined,
    );
    await stream.read();
    expect(settled).toEqual({ done: true, value: 'DELETE_FAILED' });
    expect(handed).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(lines).toEqual([
      '2026-11-22T12:00:01.000Z shop DELETE_IN_PROGRESS',
      '2026-11-22T12:00:02.000Z WebService DELETE_IN_PROGRESS',
      '2026-11-22T12:00:03.000Z Bucket DELETE_FAILED: The bucket you tried to delete is not empty',
      '2026-11-22T12:00:04.000Z shop DELETE_FAILED: The following resource(s) failed to delete: [Bucket]',
    ]);
    expect(stream.rootCause()).toMatchObject({
      logicalId: 'Bucket',
      reason: 'The bucket you tried to delete is not empty',
    });
    // The stack first, then its events, each poll; the last read finds nothing new.
    expect(aws.log).toEqual([
      'stacks.describe',
      'events.page',
      'stacks.describe',
      'events.page',
      'events.page',
    ]);
  });

  it('with a request token, keeps the events of that operation only', async () => {
    const aws = fakeEdge({
      events: {
        page: async () => ({
          events: [
            event('mine', 2, 'UPDATE_IN_PROGRESS', { ClientRequestToken: 'compose-ecs-1' }),
            event('other', 1, 'UPDATE_IN_PROGRESS', { ClientRequestToken: 'someone-else' }),
            event('untagged', 1, 'UPDATE_IN_PROGRESS'),
          ],
        }),
      },
    });
    const stream = new StackEventStream(aws.events, 'arn:stack/shop', {
      token: 'compose-ecs-1',
      since,
      logger: new StreamLogger(() => {}),
    });
    await stream.read();
    expect(stream.events.map((e) => e.id)).toEqual(['untagged', 'mine']);
  });
});

import type { Stack } from '@aws-sdk/client-cloudformation';
import { prepareStack } from '../../src/deploy/stack.js';
import type { PollOptions } from '../../src/runtime/poll.js';
import { StreamLogger } from '../../src/log.js';
import { fakeClock, fakeEdge } from '../support/fake-edge.js';

const stack = (status: string): Stack =>
  ({
    StackId: 'arn:stack/shop/1',
    StackName: 'shop',
    StackStatus: status,
    CreationTime: new Date(),
  }) as Stack;

/** A stack whose describe answers the statuses in turn (the last one from then on). */
function stacks(...statuses: Array<string | undefined>) {
  let i = 0;
  return fakeEdge({
    stacks: {
      describe: async () => {
        const status = statuses[Math.min(i++, statuses.length - 1)];
        return status === undefined ? undefined : stack(status);
      },
      delete: async () => undefined,
    },
  });
}

/** The run's one wait budget, on a clock that only moves when the code sleeps. */
function budget(minutes: number) {
  const clock = fakeClock();
  const poll: PollOptions = {
    intervalMs: 1000,
    maxIntervalMs: 15_000,
    timeoutMs: minutes * 60_000,
    deadline: clock.now() + minutes * 60_000,
    now: clock.now,
    sleep: clock.sleep,
  };
  return { clock, poll };
}

function recorder() {
  const lines: string[] = [];
  return { lines, logger: new StreamLogger((l) => lines.push(l)) };
}

describe('prepareStack', () => {
  it('says a missing stack is new', async () => {
    const { logger } = recorder();
    await expect(prepareStack(stacks(undefined).stacks, 'shop', logger, budget(1).poll)).resolves.toEqual({
      isNew: true,
    });
  });

  it('updates a settled stack', async () => {
    const { logger } = recorder();
    await expect(
      prepareStack(stacks('UPDATE_COMPLETE').stacks, 'shop', logger, budget(1).poll),
    ).resolves.toEqual({
      isNew: false,
      stackId: 'arn:stack/shop/1',
      status: 'UPDATE_COMPLETE',
      parameters: {},
      settings: { tags: {}, notificationArns: [] },
      stack: expect.objectContaining({ StackId: 'arn:stack/shop/1', StackStatus: 'UPDATE_COMPLETE' }),
    });
  });

  it('deletes a failed first create so it can be created again, and says so', async () => {
    const aws = stacks('ROLLBACK_COMPLETE', 'DELETE_IN_PROGRESS', 'DELETE_COMPLETE');
    const { logger, lines } = recorder();
    await expect(prepareStack(aws.stacks, 'shop', logger, budget(30).poll)).resolves.toEqual({ isNew: true });
    expect(aws.argsOf('stacks.delete')).toEqual([['arn:stack/shop/1']]);
    expect(lines.join('\n')).toMatch(/ROLLBACK_COMPLETE after a failed first create; deleting it/);
  });

  it("deleting waits within the run's budget, not a fixed 30 minutes of its own", async () => {
    const aws = stacks('ROLLBACK_COMPLETE', 'DELETE_IN_PROGRESS');
    const { clock, poll } = budget(5);
    const started = clock.now();
    await expect(prepareStack(aws.stacks, 'shop', recorder().logger, poll)).rejects.toThrow(
      /deleting stack arn:stack\/shop\/1 did not finish in time/,
    );
    expect(clock.now() - started).toBeLessThanOrEqual(5 * 60_000);
  });

  it('waits for another operation to finish, saying every minute what it waits for', async () => {
    const statuses = [...Array(12).fill('UPDATE_IN_PROGRESS'), 'UPDATE_COMPLETE'];
    const aws = stacks(...statuses);
    const { clock, poll } = budget(30);
    const { logger, lines } = recorder();
    const state = await prepareStack(aws.stacks, 'shop', logger, poll);
    expect(state.status).toBe('UPDATE_COMPLETE');
    const notices = lines.filter((l) =>
      l.includes('is UPDATE_IN_PROGRESS: waiting for that operation to finish'),
    );
    const waitedMinutes = (clock.now() - Date.parse('2026-11-22T12:00:00Z')) / 60_000;
    expect(notices.length).toBeGreaterThanOrEqual(1);
    // One line a minute at most, so a long wait does not flood the log.
    expect(notices.length).toBeLessThanOrEqual(Math.floor(waitedMinutes) + 1);
  });

  it('fails clearly when the operation outlasts the wait-timeout', async () => {
    const aws = stacks('UPDATE_ROLLBACK_IN_PROGRESS');
    await expect(prepareStack(aws.stacks, 'shop', recorder().logger, budget(3).poll)).rejects.toThrow(
      /stack shop was still UPDATE_ROLLBACK_IN_PROGRESS when the wait-timeout ran out: another operation is running on it/,
    );
  });

  it('a change set waiting on a new stack (REVIEW_IN_PROGRESS) is not an operation to wait for', async () => {
    const aws = stacks('REVIEW_IN_PROGRESS');
    await expect(prepareStack(aws.stacks, 'shop', recorder().logger, budget(1).poll)).resolves.toEqual({
      isNew: true,
      stackId: 'arn:stack/shop/1',
      status: 'REVIEW_IN_PROGRESS',
    });
    expect(aws.log).toEqual(['stacks.describe']);
  });

  it.each([
    ['UPDATE_ROLLBACK_FAILED', /continue-update-rollback --stack-name shop/],
    ['DELETE_FAILED', /DELETE_FAILED/],
  ])('refuses a stack in %s with what to do', async (status, message) => {
    await expect(
      prepareStack(stacks(status).stacks, 'shop', recorder().logger, budget(1).poll),
    ).rejects.toThrow(message);
  });
});

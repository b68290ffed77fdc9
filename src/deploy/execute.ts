import type { Stack } from '@aws-sdk/client-cloudformation';
import { randomUUID } from 'node:crypto';
import type { AwsEdge } from '../aws/edge.js';
import { awsFailure, errorMessage } from '../aws/errors.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { deleteChangeSet } from './change-set.js';
import type { OperationEvent } from './events.js';
import type { PollOptions } from '../runtime/poll.js';
import { StackEventStream, watchStack } from './stack-watch.js';
import { cancelExecution } from './cancel.js';
import { Cancelled, cancelRequest, cleanupPoll, isCancelled } from '../runtime/cancellation.js';
import { deleteStack, describeStack } from './stack.js';

export interface ExecutionResult {
  stackId: string;
  status: string;
  events: OperationEvent[];
  /** The reading that saw the stack settle: its outputs are final. */
  stack?: Stack;
}

const SUCCESS = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);

/**
 * Executes a change set and waits for the stack to settle. On failure it names the root-cause
 * event (not the last one) and leaves no change set behind.
 */
export async function executeChangeSet(
  aws: Pick<AwsEdge, 'changeSets' | 'events' | 'stacks'>,
  input: { stackId: string; changeSetId: string; disableRollback?: boolean },
  logger: Logger,
  poll: PollOptions,
  onEvent: (event: OperationEvent) => void = () => {},
  /** Runs between polls while CloudFormation works (the live view of the ECS rollout it waits through). */
  alongside?: () => Promise<void>,
): Promise<ExecutionResult> {
  const token = `compose-ecs-${randomUUID()}`;
  // A little slack: the emulator and AWS stamp events with their own clocks.
  const since = new Date((poll.now ?? Date.now)() - 5000);
  if (poll.signal?.aborted) throw await discardUnexecuted(aws, input, logger, poll);
  let executeError: unknown;
  try {
    await aws.changeSets.execute(input.changeSetId, { token, disableRollback: input.disableRollback });
  } catch (err) {
    executeError = err;
  }

  const stream = new StackEventStream(aws.events, input.stackId, { token, since, logger, onEvent });

  let status = '';
  let statusReason: string | undefined;
  let settledStack: Stack | undefined;
  if (!executeError) {
    const settled = await watchStack(
      aws.stacks,
      stream,
      poll,
      (stack) => (!stack?.StackStatus || stack.StackStatus.endsWith('_IN_PROGRESS') ? undefined : stack),
      alongside,
    ).catch(async (err: unknown) => {
      // Cancelled while CloudFormation works: cancel the update (or delete a first create) and say how it ended.
      if (!isCancelled(err)) throw err;
      throw await cancelExecution(aws.stacks, input.stackId, input, logger, poll);
    });
    if (!settled.done) {
      throw new UserError(
        `stack ${input.stackId} did not settle within the wait timeout; it is still running in CloudFormation`,
      );
    }
    settledStack = settled.value;
    status = settled.value.StackStatus!;
    statusReason = settled.value.StackStatusReason;
  }

  if (!executeError && SUCCESS.has(status))
    return {
      stackId: input.stackId,
      status,
      events: stream.events,
      ...(settledStack ? { stack: settledStack } : {}),
    };

  // Failed: read what is left to read (ExecuteChangeSet's own failure has had no read yet), clean up, then
  // explain with the first real failure.
  await stream.read().catch(() => undefined);
  await deleteChangeSet(aws.changeSets, input.changeSetId).catch((err) =>
    logger.warning(`could not delete change set ${input.changeSetId}: ${errorMessage(err)}`),
  );
  const cause = stream.rootCause();
  if (cause) {
    throw new UserError(`deploy failed: ${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`);
  }
  if (executeError) throw awsFailure('CloudFormation ExecuteChangeSet', executeError);
  throw new UserError(`deploy failed: stack is ${status}${statusReason ? `: ${statusReason}` : ''}`);
}

/**
 * Cancelled after the plan, before ExecuteChangeSet: nothing changed, so the change set goes, and so does
 * the empty REVIEW_IN_PROGRESS stack of a CREATE change set.
 */
async function discardUnexecuted(
  aws: Pick<AwsEdge, 'changeSets' | 'stacks'>,
  input: { stackId: string; changeSetId: string },
  logger: Logger,
  poll: PollOptions,
): Promise<Cancelled> {
  const done: string[] = [];
  try {
    await deleteChangeSet(aws.changeSets, input.changeSetId);
    done.push('deleted the change set');
    const stack = await describeStack(aws.stacks, input.stackId);
    if (stack?.StackStatus === 'REVIEW_IN_PROGRESS') {
      await deleteStack(aws.stacks, input.stackId, cleanupPoll(poll));
      done.push('deleted the empty new stack');
    }
  } catch (err) {
    done.push(`could not finish cleaning up: ${errorMessage(err)}`);
  }
  const message = `deploy cancelled (${cancelRequest(poll.signal!).signalName}) before the change set executed: the stack is unchanged; ${done.join(', ')}`;
  logger.warning(message);
  return new Cancelled(message);
}

import type { Stack, StackResourceSummary } from '@aws-sdk/client-cloudformation';
import type { StackOperations } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { Cancelled, isCancelled } from '../runtime/cancellation.js';
import { pollUntil, type PollOptions } from '../runtime/poll.js';

export interface StackState {
  stackId?: string;
  status?: string;
  /** No stack, or only the empty shell a CREATE change set leaves (REVIEW_IN_PROGRESS). */
  isNew: boolean;
  /** The parameter values the stack runs with now (an existing stack). */
  parameters?: Record<string, string>;
  /** What the stack was last given besides template and parameters: a change set is needed when they differ. */
  settings?: { tags: Record<string, string>; roleArn?: string; notificationArns: string[] };
  /** A failed first create a plan left in place (ROLLBACK_COMPLETE or ROLLBACK_FAILED): deploy replaces it. */
  failedCreate?: string;
  /** The reading of an existing stack this state comes from (its outputs, for the URLs of a no-op). */
  stack?: Stack;
}

export async function describeStack(stacks: StackOperations, stackName: string): Promise<Stack | undefined> {
  try {
    return await stacks.describe(stackName);
  } catch (err) {
    throw awsFailure(`CloudFormation DescribeStacks ${stackName}`, err);
  }
}

/**
 * States no change set can be made in until someone acts, with what to do; a no-op for any other state.
 * (An operation in progress is waited for instead: waitForOperation.)
 */
export function refuseBlockedStack(stackName: string, status: string | undefined): void {
  if (status === 'UPDATE_ROLLBACK_FAILED') {
    throw new UserError(
      `stack ${stackName} is UPDATE_ROLLBACK_FAILED: fix the resource that could not roll back, then run ContinueUpdateRollback (aws cloudformation continue-update-rollback --stack-name ${stackName}).`,
    );
  }
  if (status === 'DELETE_FAILED') {
    throw new UserError(
      `stack ${stackName} is DELETE_FAILED: finish deleting it in the CloudFormation console first.`,
    );
  }
}

/**
 * Reads the stack and makes it ready for a change set: an operation still running (another deploy, a
 * rollback) is waited for within the run's one wait budget; a failed first create (ROLLBACK_COMPLETE) is
 * deleted, since CloudFormation cannot update it; states that block an update are refused with what to do.
 */
export async function prepareStack(
  cfn: StackOperations,
  stackName: string,
  logger: Logger,
  poll: PollOptions,
  options: {
    /** Only a deploy deletes a failed first create: a plan never changes the account. */
    deleteFailedCreate: boolean;
    /** A reading of the stack taken just before, used instead of a first DescribeStacks. */
    known?: { stack: Stack | undefined };
  } = { deleteFailedCreate: true },
): Promise<StackState> {
  const stack = await waitForOperation(cfn, stackName, logger, poll, options.known);
  const status = stack?.StackStatus;
  if (!stack || status === 'DELETE_COMPLETE') return { isNew: true };
  if (status === 'REVIEW_IN_PROGRESS') return { isNew: true, stackId: stack.StackId, status };
  if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED') {
    if (!options.deleteFailedCreate)
      return { isNew: true, stackId: stack.StackId, status, failedCreate: status };
    logger.warning(
      `stack ${stackName} is ${status} after a failed first create; deleting it so it can be created again`,
    );
    // Within the run's deadline like every other wait (wait-timeout), not a budget of its own.
    await deleteStack(cfn, stack.StackId!, poll);
    return { isNew: true };
  }
  refuseBlockedStack(stackName, status);
  const parameters = Object.fromEntries(
    (stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']),
  );
  const settings = {
    tags: Object.fromEntries((stack.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
    ...(stack.RoleARN ? { roleArn: stack.RoleARN } : {}),
    notificationArns: stack.NotificationARNs ?? [],
  };
  return { isNew: false, stackId: stack.StackId, status, parameters, settings, stack };
}

/** How often a wait for another operation says what it waits for. */
const WAIT_NOTICE_MS = 60_000;

/**
 * The stack once no operation runs on it: a stack *_IN_PROGRESS (another deploy, a rollback, a deletion)
 * cannot take a change set, so this waits for it within the run's wait budget, saying every minute what it
 * waits for, and fails clearly when the budget runs out. REVIEW_IN_PROGRESS is a change set waiting, not an
 * operation.
 */
export async function waitForOperation(
  cfn: StackOperations,
  stackName: string,
  logger: Logger,
  poll: PollOptions,
  /** A reading taken just before: the first check uses it instead of calling DescribeStacks. */
  known?: { stack: Stack | undefined },
): Promise<Stack | undefined> {
  const now = poll.now ?? Date.now;
  const started = now();
  let lastNotice = -Infinity;
  let last: Stack | undefined;
  let reading = known;
  const result = await pollUntil(async () => {
    last = reading ? reading.stack : await describeStack(cfn, stackName);
    reading = undefined;
    const status = last?.StackStatus;
    if (!status?.endsWith('_IN_PROGRESS') || status === 'REVIEW_IN_PROGRESS') return { stack: last };
    if (now() - lastNotice >= WAIT_NOTICE_MS) {
      lastNotice = now();
      const waited = Math.round((now() - started) / 1000);
      logger.info(
        `stack ${stackName} is ${status}: waiting for that operation to finish (${waited} s so far)`,
      );
    }
    return undefined;
  }, poll).catch((err: unknown) => {
    if (!isCancelled(err)) throw err;
    throw new Cancelled(
      `plan ${err.message} while stack ${stackName} was ${last?.StackStatus}: this run changed nothing`,
    );
  });
  if (!result.done)
    throw new UserError(
      `stack ${stackName} was still ${last?.StackStatus} when the wait-timeout ran out: another operation is running on it. Let it finish (a workflow concurrency group makes deploys queue) and run again.`,
    );
  return result.value.stack;
}

export async function deleteStack(cfn: StackOperations, stackId: string, poll: PollOptions): Promise<void> {
  try {
    await cfn.delete(stackId);
  } catch (err) {
    throw awsFailure(`CloudFormation DeleteStack ${stackId}`, err);
  }
  const result = await pollUntil(async () => {
    const stack = await describeStack(cfn, stackId);
    const status = stack?.StackStatus;
    if (!stack || status === 'DELETE_COMPLETE') return true;
    if (status === 'DELETE_FAILED')
      throw new UserError(`deleting stack ${stackId} failed: ${stack.StackStatusReason ?? ''}`);
    return undefined;
  }, poll);
  if (!result.done) throw new UserError(`deleting stack ${stackId} did not finish in time`);
}

/** Every resource of a stack, page by page (DescribeStackResources stops at 100). */
export async function listStackResources(
  cfn: StackOperations,
  stackId: string,
): Promise<StackResourceSummary[]> {
  try {
    return await cfn.resources(stackId);
  } catch (err) {
    throw awsFailure('CloudFormation ListStackResources', err);
  }
}

import type { Stack, StackResourceSummary } from '@aws-sdk/client-cloudformation';
import type { StackOperations } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { pollUntil, type PollOptions } from './poll.js';

export interface StackState {
  stackId?: string;
  status?: string;
  /** No stack, or only the empty shell a CREATE change set leaves (REVIEW_IN_PROGRESS). */
  isNew: boolean;
  /** The parameter values the stack runs with now (an existing stack). */
  parameters?: Record<string, string>;
}

export async function describeStack(stacks: StackOperations, stackName: string): Promise<Stack | undefined> {
  try {
    return await stacks.describe(stackName);
  } catch (err) {
    throw awsFailure('plan', `CloudFormation DescribeStacks ${stackName}`, err);
  }
}

/** States no change set can be made in, with what to do; a no-op for any other state. */
export function refuseBlockedStack(stackName: string, status: string | undefined): void {
  if (status === 'REVIEW_IN_PROGRESS') return;
  if (status?.endsWith('_IN_PROGRESS')) {
    throw new UserError(
      'plan',
      `stack ${stackName} is ${status}: another operation is running. Wait for it to finish (and use a workflow concurrency group so deploys queue).`,
    );
  }
  if (status === 'UPDATE_ROLLBACK_FAILED') {
    throw new UserError(
      'plan',
      `stack ${stackName} is UPDATE_ROLLBACK_FAILED: fix the resource that could not roll back, then run ContinueUpdateRollback (aws cloudformation continue-update-rollback --stack-name ${stackName}).`,
    );
  }
  if (status === 'DELETE_FAILED') {
    throw new UserError(
      'plan',
      `stack ${stackName} is DELETE_FAILED: finish deleting it in the CloudFormation console first.`,
    );
  }
}

/**
 * Reads the stack and makes it ready for a change set: a failed first create (ROLLBACK_COMPLETE)
 * is deleted, since CloudFormation cannot update it; states that block an update are refused
 * with what to do.
 */
export async function prepareStack(
  cfn: StackOperations,
  stackName: string,
  logger: Logger,
  poll: Omit<PollOptions, 'timeoutMs'> & { timeoutMs?: number } = {},
): Promise<StackState> {
  const stack = await describeStack(cfn, stackName);
  const status = stack?.StackStatus;
  if (!stack || status === 'DELETE_COMPLETE') return { isNew: true };
  if (status === 'REVIEW_IN_PROGRESS') return { isNew: true, stackId: stack.StackId, status };
  if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED') {
    logger.warning(
      `stack ${stackName} is ${status} after a failed first create; deleting it so it can be created again`,
    );
    await deleteStack(cfn, stack.StackId!, { timeoutMs: 30 * 60_000, ...poll });
    return { isNew: true };
  }
  refuseBlockedStack(stackName, status);
  const parameters = Object.fromEntries(
    (stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']),
  );
  return { isNew: false, stackId: stack.StackId, status, parameters };
}

export async function deleteStack(cfn: StackOperations, stackId: string, poll: PollOptions): Promise<void> {
  try {
    await cfn.delete(stackId);
  } catch (err) {
    throw awsFailure('plan', `CloudFormation DeleteStack ${stackId}`, err);
  }
  const result = await pollUntil(async () => {
    const stack = await describeStack(cfn, stackId);
    const status = stack?.StackStatus;
    if (!stack || status === 'DELETE_COMPLETE') return true;
    if (status === 'DELETE_FAILED')
      throw new UserError('plan', `deleting stack ${stackId} failed: ${stack.StackStatusReason ?? ''}`);
    return undefined;
  }, poll);
  if (!result.done) throw new UserError('plan', `deleting stack ${stackId} did not finish in time`);
}

/** Every resource of a stack, page by page (DescribeStackResources stops at 100). */
export async function listStackResources(
  cfn: StackOperations,
  stackId: string,
): Promise<StackResourceSummary[]> {
  try {
    return await cfn.resources(stackId);
  } catch (err) {
    throw awsFailure('deploy', 'CloudFormation ListStackResources', err);
  }
}

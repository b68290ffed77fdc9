// Cancelling a run (SIGINT/SIGTERM to the action or the CLI): the shells abort an AbortSignal whose reason
// is a CancelRequest; every wait of the pipeline (pollUntil) then throws Cancelled, and the code that owns
// what is in flight undoes it within the request's budget:
// - a plan deletes its change set and the empty REVIEW_IN_PROGRESS stack a CREATE change set made
//   (change-set.ts, plan.ts, execute.ts before ExecuteChangeSet);
// - an execution is cancelled by the stack's status (cancelStackOperation below).
// AWS: "You can cancel only stacks that are in the UPDATE_IN_PROGRESS state"; the stack then goes to
// UPDATE_ROLLBACK_IN_PROGRESS and UPDATE_ROLLBACK_COMPLETE (CancelUpdateStack,
// https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CancelUpdateStack.html and
// https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn--stack-update-cancel.html).
// A create has no cancel call, so a cancelled first create is deleted (DeleteStack, which documents no
// status it refuses besides termination protection, which compose-ecs turns on only after a create
// succeeded): the account is left as it was before the run, as a plan leaves it. With disable-rollback the
// user asked to keep what a first create made, so it is left running and the report says how to remove it.
import type { Stack } from '@aws-sdk/client-cloudformation';
import type { StackOperations } from '../aws/edge.js';
import { errorMessage } from '../aws/errors.js';
import type { Logger } from '../log.js';
import { Cancelled, cancelRequest, cleanupPoll, type CancelRequest } from '../runtime/cancellation.js';
import { pollUntil, type PollOptions } from '../runtime/poll.js';

/** The status reported when CloudFormation could not be read at all. */
const UNREAD = 'in a state that could not be read (DescribeStacks failed)';

export interface CancelOutcome {
  /** The status the stack was in when the run was cancelled. */
  before: string;
  /** What was asked of CloudFormation. */
  action: 'cancel-update' | 'delete' | 'none';
  /** The status the stack was left in (DELETE_COMPLETE once it is gone). */
  status: string;
  /** Still *_IN_PROGRESS when the budget ran out: CloudFormation carries on without the run. */
  settling: boolean;
  /** Why the cancel call failed, when it did. */
  refused?: string;
}

/**
 * Stops the stack operation a cancelled run started: an update is cancelled (CloudFormation rolls it
 * back), a first create is deleted (unless disable-rollback keeps it); either is followed until it
 * settles or the cancel budget runs out.
 */
export async function cancelStackOperation(
  stacks: StackOperations,
  stackId: string,
  options: { disableRollback?: boolean },
  poll: PollOptions,
): Promise<CancelOutcome> {
  const settle = cleanupPoll(poll);
  const before = await stacks.describe(stackId).catch(() => undefined);
  const status = before?.StackStatus ?? '';
  const action =
    status === 'UPDATE_IN_PROGRESS'
      ? 'cancel-update'
      : status === 'CREATE_IN_PROGRESS' && !options.disableRollback
        ? 'delete'
        : 'none';
  let refused: string | undefined;
  try {
    if (action === 'cancel-update') await stacks.cancelUpdate(stackId);
    if (action === 'delete') await stacks.delete(stackId);
  } catch (err) {
    // e.g. the update finished between the read and the call; the state read below says what happened.
    refused = errorMessage(err);
  }
  let last: Stack | undefined = before;
  let gone = false;
  const settled =
    action === 'none' && !status.endsWith('_IN_PROGRESS')
      ? true
      : (
          await pollUntil(async () => {
            try {
              last = await stacks.describe(stackId);
            } catch {
              return undefined; // a failed read within a short budget: try again
            }
            gone = !last || last.StackStatus === 'DELETE_COMPLETE';
            return gone || !last?.StackStatus?.endsWith('_IN_PROGRESS') ? true : undefined;
          }, settle)
        ).done;
  const finalStatus = gone ? 'DELETE_COMPLETE' : last?.StackStatus || status || UNREAD;
  return { before: status, action, status: finalStatus, settling: !settled, ...(refused ? { refused } : {}) };
}

/** One sentence for the log, the comment and the job summary: what was done and the state left. */
export function describeCancel(
  stackName: string,
  request: CancelRequest,
  outcome: CancelOutcome,
  options: { disableRollback?: boolean },
): string {
  const waited = `${Math.round(request.waitMs / 1000)} s`;
  const state = outcome.settling
    ? `stack ${stackName} was still ${outcome.status} after ${waited}: CloudFormation carries on without this run`
    : `stack ${stackName} is ${outcome.status}`;
  const asked =
    outcome.action === 'cancel-update'
      ? 'asked CloudFormation to cancel the update (CancelUpdateStack), which rolls it back to the previous release'
      : outcome.action === 'delete'
        ? 'the stack was being created, which CloudFormation cannot cancel, so it was deleted (DeleteStack)'
        : options.disableRollback && outcome.before === 'CREATE_IN_PROGRESS'
          ? `the stack was being created and disable-rollback keeps it: delete it when done (aws cloudformation delete-stack --stack-name ${stackName})`
          : 'the stack operation had already finished, so there was nothing to cancel';
  const refused = outcome.refused ? ` (CloudFormation refused: ${outcome.refused})` : '';
  return `deploy cancelled (${request.signalName}): ${asked}${refused}; ${state}`;
}

/** Cancels what the run executes, logs it, and returns the Cancelled error that ends the run. */
export async function cancelExecution(
  stacks: StackOperations,
  stackId: string,
  options: { disableRollback?: boolean },
  logger: Logger,
  poll: PollOptions,
): Promise<Cancelled> {
  const request = cancelRequest(poll.signal!);
  logger.warning(`${request.signalName} received: stopping the stack operation`);
  const outcome = await cancelStackOperation(stacks, stackId, options, poll);
  const stackName = /:stack\/([^/]+)\//.exec(stackId)?.[1] ?? stackId;
  const message = describeCancel(stackName, request, outcome, options);
  logger.warning(message);
  return new Cancelled(message);
}

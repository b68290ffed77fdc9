// termination-protection: CloudFormation refuses DeleteStack while it is on
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-protect-stacks.html). A change set
// cannot set it (CreateChangeSet has no such parameter), so it is turned on with UpdateTerminationProtection
// once the first create succeeded, never before: a failed or cancelled first create must stay deletable.
import type { StackOperations } from '../aws/edge.js';
import { errorMessage } from '../aws/errors.js';
import type { Logger } from '../log.js';

export async function protectStack(
  aws: { stacks: StackOperations },
  stackId: string,
  logger: Logger,
): Promise<void> {
  try {
    await aws.stacks.setTerminationProtection(stackId, true);
    logger.info('termination protection is on: the stack cannot be deleted until it is turned off');
  } catch (err) {
    // The release runs; only the protection is missing: say so loudly, without failing the deploy.
    logger.warning(`could not turn termination protection on: ${errorMessage(err)}`);
  }
}

import type { Stack } from '@aws-sdk/client-cloudformation';
import type { AwsEdge } from '../aws/edge.js';
import type { StepRunner } from '../kernel/steps.js';
import type { Logger } from '../log.js';
import type { OperationEvent } from './events.js';
import { executeChangeSet } from './execute.js';
import type { Template } from '../template/types.js';
import type { PollOptions } from '../runtime/poll.js';
import { Cancelled, cancelRequest, isCancelled } from '../runtime/cancellation.js';
import { diagnoseService, formatDiagnosis } from './failure-report.js';
import { RolloutFailed, stackServices, watchRollout, type ServiceRollout } from './rollout.js';

/** A rolled-back service's failure, with why its last task stopped and what it printed (failure-report.ts). */
async function withDiagnosis(
  aws: Pick<AwsEdge, 'services' | 'logs'>,
  err: unknown,
  logger: Logger,
): Promise<unknown> {
  if (!(err instanceof RolloutFailed) || !err.failedService) return err;
  const diagnosis = await diagnoseService(aws.services, aws.logs, err.failedService).catch(() => undefined);
  if (!diagnosis) return err;
  err.diagnosis = formatDiagnosis(diagnosis);
  logger.info(err.diagnosis);
  return err;
}

/** What a deploy calls: CloudFormation to execute and follow, ECS and its logs for the rollout. */
export type DeployEdge = Pick<AwsEdge, 'stacks' | 'changeSets' | 'events' | 'services' | 'logs'>;

/**
 * Executes a ready change set, then follows every ECS service of the stack until its rollout has
 * completed. Either step's failure throws with its root cause; success means ECS runs the release.
 */
export async function deployChangeSet(
  aws: DeployEdge,
  ready: {
    stackId: string;
    changeSetId: string;
    stackName: string;
    template: Template;
    disableRollback?: boolean;
  },
  logger: Logger,
  poll: PollOptions,
  progress: {
    onEvent: (event: OperationEvent) => void;
    onRollout: (rows: ServiceRollout[]) => Promise<void>;
    /** The stack as CloudFormation finished it (its outputs final), so nobody needs to read it again. */
    onSettled?: (stack: Stack) => void;
  },
  /** The run's steps (src/kernel/): the change set's execution and the rollout are one each. */
  step: StepRunner,
): Promise<ServiceRollout[]> {
  const executed = await step(
    'deploy',
    () => executeChangeSet(aws, ready, logger, poll, progress.onEvent),
    ready.stackName,
  );
  if (executed.stack) progress.onSettled?.(executed.stack);
  return step('rollout', async () => {
    const services = await stackServices(aws.stacks, ready.stackId, ready.template);
    const rows = await watchRollout(aws.services, services, poll, async (rows) => {
      for (const r of rows) {
        logger.info(
          `${r.name}: ${r.rolloutState} ${r.running}/${r.desired} running${r.latestEvent ? ` · ${r.latestEvent}` : ''}`,
        );
      }
      await progress.onRollout(rows);
    }).catch(async (err: unknown) => {
      if (isCancelled(err)) throw rolloutCancelled(ready.stackName, poll, logger);
      throw await withDiagnosis(aws, err, logger);
    });
    for (const r of rows) if (r.note) logger.warning(`${r.name}: ${r.note}`);
    return rows;
  });
}

/**
 * Cancelled once CloudFormation had finished: there is no stack operation left to cancel (CancelUpdateStack
 * applies to UPDATE_IN_PROGRESS only), and ECS goes on with the rollout the stack started.
 */
function rolloutCancelled(stackName: string, poll: PollOptions, logger: Logger): Cancelled {
  const message = `deploy cancelled (${cancelRequest(poll.signal!).signalName}) while ECS rolled the release out: stack ${stackName} had already been updated, so there was nothing to cancel in CloudFormation; ECS goes on with the rollout (its deployment circuit breaker rolls back new tasks that fail, unless update_config.failure_action is continue)`;
  logger.warning(message);
  return new Cancelled(message);
}

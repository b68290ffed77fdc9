import type { Stack } from '@aws-sdk/client-cloudformation';
import { isCancelled } from '../runtime/cancellation.js';
import { RolloutFailed } from '../deploy/rollout.js';
import { deployChangeSet } from '../deploy/deploy.js';
import { protectStack } from '../deploy/termination-protection.js';
import { discardPlan } from '../deploy/plan.js';
import { writeFileSecrets } from '../deploy/file-secrets.js';
import { releaseTag, tagRelease } from '../images/lifecycle.js';
import type { StepContext } from './context.js';
import { serviceUrls, type Planned } from './plan.js';
import { secondDeployStop } from './day-two.js';
import { JobFailed, runJobsFirst } from '../jobs/run-jobs.js';
import type { OperationEvent } from '../deploy/events.js';
import type { ServiceRollout } from '../deploy/rollout.js';

/**
 * Applies a plan: nothing to do when it found no changes; otherwise the release's images are tagged
 * (lifecycle policies keep them), file secrets stored under the versions the change set pins, the change
 * set executed and the ECS rollout followed to the end. A failure is said (deploy-failed) and thrown.
 */
export async function applyPlanned(ctx: StepContext, planned: Planned): Promise<void> {
  const { aws, logger } = ctx;
  const { plan, result } = planned;
  const { outcome } = plan;
  // A job whose last run failed runs again even when the template has nothing left to change.
  const jobsFirst = planned.jobs.some((j) => j.run) && outcome.kind !== 'preview';
  if (outcome.kind !== 'ready' && !jobsFirst) {
    await discardPlan(aws, plan, ctx.poll, logger);
    const urls = result.stackId ? await serviceUrls(ctx, planned, result.stackId, plan.stack) : {};
    await ctx.emit({ kind: 'deploy-skipped', urls });
    return;
  }
  // A change that would break the running stack or lose sight of its data stops here, unexecuted.
  const stop = secondDeployStop(planned.findings);
  if (stop) {
    await discardPlan(aws, plan, ctx.poll, logger);
    throw stop;
  }
  await ctx.emit({ kind: 'deploy-started' });
  try {
    await storeBeforeExecuting(ctx, planned);
  } catch (err) {
    // The change set never executes: leave none behind (nor the empty stack and secrets it made).
    await discardPlan(aws, plan, ctx.poll, logger).catch((e: Error) =>
      logger.warning(`could not remove the change set: ${e.message}`),
    );
    await deployFailed(ctx, err);
    throw err;
  }
  try {
    await execute(ctx, planned, jobsFirst);
  } catch (err) {
    await deployFailed(ctx, err);
    throw err;
  }
}

/**
 * What the change set needs stored first: with a lifecycle policy, the images this release runs are
 * tagged before it executes (so the policy never expires an image a deployed release uses); the content of
 * file secrets under the version ids the change set pins; config contents the account does not have yet.
 */
async function storeBeforeExecuting(ctx: StepContext, planned: Planned): Promise<void> {
  const { aws, logger, options } = ctx;
  const { plan, candidate } = planned;
  if (options.images?.lifecycleKeep)
    await tagRelease(
      aws.registry,
      candidate.images,
      releaseTag(`${candidate.stackName}-${plan.changeSetName}`),
    );
  await writeFileSecrets(plan.secrets, { secrets: aws.secrets, logger });
  await candidate.storeContent?.();
}

/** Jobs first (two phases from this one plan, src/jobs/run-jobs.ts), else the change set as planned. */
async function execute(ctx: StepContext, planned: Planned, jobsFirst: boolean): Promise<void> {
  const { aws, logger, options } = ctx;
  const { plan, candidate } = planned;
  const { outcome } = plan;
  // The reading that saw the stack settle holds its outputs: the URLs need no further DescribeStacks.
  let settled: Stack | undefined;
  const progress = {
    // Stack events are frequent: published without waiting (the commenter spaces its edits out).
    onEvent: (event: OperationEvent) => void ctx.emit({ kind: 'stack-event', event }),
    onRollout: (rows: ServiceRollout[]) => ctx.emit({ kind: 'rollout', rows }),
    onSettled: (stack: Stack) => (settled = stack),
  };
  const ready =
    jobsFirst || outcome.kind !== 'ready'
      ? await runJobsFirst(ctx, planned, progress)
      : { stackId: outcome.stackId, changeSetId: outcome.changeSetId };
  if (ready.changeSetId)
    await deployChangeSet(
      aws,
      {
        stackId: ready.stackId,
        changeSetId: ready.changeSetId,
        stackName: candidate.stackName,
        template: candidate.template,
        disableRollback: options.stack?.disableRollback,
      },
      logger,
      ctx.poll,
      progress,
      ctx.step,
    );
  if (plan.type === 'CREATE' && options.stack?.terminationProtection)
    await protectStack(aws, ready.stackId, logger);
  const urls = await serviceUrls(ctx, planned, ready.stackId, settled);
  await ctx.emit({ kind: 'deploy-succeeded', urls });
}

/** The deploy's failure as the report shows it: cancelled or failed, with a rollout's or a job's diagnosis. */
function deployFailed(ctx: StepContext, err: unknown): Promise<void> {
  return ctx.emit({
    kind: 'deploy-failed',
    error: err instanceof Error ? err.message : String(err),
    cancelled: isCancelled(err),
    ...((err instanceof RolloutFailed || err instanceof JobFailed) && err.diagnosis
      ? { diagnosis: err.diagnosis }
      : {}),
  });
}

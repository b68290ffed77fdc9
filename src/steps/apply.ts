import type { Stack } from '@aws-sdk/client-cloudformation';
import { isCancelled } from '../runtime/cancellation.js';
import { RolloutFailed } from '../deploy/rollout.js';
import { deployChangeSet } from '../deploy/deploy.js';
import { protectStack } from '../deploy/termination-protection.js';
import { discardPlan } from '../deploy/plan.js';
import { writeFileSecrets } from '../deploy/file-secrets.js';
import { releaseTag, tagRelease } from '../images/lifecycle.js';
import type { RunReport } from '../report/run-report.js';
import type { StepContext } from './context.js';
import { serviceUrls, type Planned } from './plan.js';
import { failure } from './result.js';
import { secondDeployStop } from './day-two.js';
import { JobFailed, runJobsFirst } from '../jobs/run-jobs.js';
import type { OperationEvent } from '../deploy/events.js';
import type { ServiceRollout } from '../deploy/rollout.js';

type DeployReport = NonNullable<RunReport['deploy']>;

/**
 * Applies a plan: nothing to do when it found no changes; otherwise the release's images are tagged
 * (lifecycle policies keep them), file secrets stored under the versions the change set pins, the change
 * set executed and the ECS rollout followed to the end. Throws a RunFailure carrying the report.
 */
export async function applyPlanned(ctx: StepContext, planned: Planned): Promise<DeployReport> {
  const { aws, logger, options } = ctx;
  const { plan, result, candidate } = planned;
  const { report } = result;
  const { outcome } = plan;
  // A job whose last run failed runs again even when the template has nothing left to change.
  const jobsFirst = planned.jobs.some((j) => j.run) && outcome.kind !== 'preview';
  if (outcome.kind !== 'ready' && !jobsFirst) {
    await discardPlan(aws, plan, ctx.poll, logger);
    const urls = result.stackId ? await serviceUrls(ctx, planned, result.stackId, plan.stack) : {};
    await ctx.emit(report, { kind: 'deploy-skipped', urls });
    return report.deploy!;
  }
  // A change that would break the running stack or lose sight of its data stops here, unexecuted.
  const stop = secondDeployStop(planned.findings);
  if (stop) {
    await discardPlan(aws, plan, ctx.poll, logger);
    throw failure(stop, candidate.stackName, result);
  }
  await ctx.emit(report, { kind: 'deploy-started' });
  const failed = (err: unknown) =>
    ctx.emit(report, {
      kind: 'deploy-failed',
      error: err instanceof Error ? err.message : String(err),
      cancelled: isCancelled(err),
      ...((err instanceof RolloutFailed || err instanceof JobFailed) && err.diagnosis
        ? { diagnosis: err.diagnosis }
        : {}),
    });
  try {
    // With a lifecycle policy, the images this release runs are tagged before it executes, so the
    // policy never expires an image a deployed release uses.
    if (options.images?.lifecycleKeep)
      await tagRelease(
        aws.registry,
        candidate.images,
        releaseTag(`${candidate.stackName}-${plan.changeSetName}`),
      );
    // The content of file secrets is stored only now, under the version ids the change set pins.
    await writeFileSecrets(plan.secrets, { secrets: aws.secrets, logger });
    // Config contents (SSM, content-addressed) the template reads and the account does not have yet.
    await candidate.storeContent?.();
  } catch (err) {
    // The change set never executes: leave none behind (nor the empty stack and secrets it made).
    await discardPlan(aws, plan, ctx.poll, logger).catch((e: Error) =>
      logger.warning(`could not remove the change set: ${e.message}`),
    );
    await failed(err);
    throw failure(err, candidate.stackName, result);
  }
  // The reading that saw the stack settle holds its outputs: the URLs need no further DescribeStacks.
  let settled: Stack | undefined;
  const progress = {
    // Stack events are frequent: published without waiting (the commenter spaces its edits out).
    onEvent: (event: OperationEvent) => void ctx.emit(report, { kind: 'stack-event', event }),
    onRollout: (rows: ServiceRollout[]) => ctx.emit(report, { kind: 'rollout', rows }),
    onSettled: (stack: Stack) => (settled = stack),
  };
  try {
    // Jobs to run first: two phases from this one plan (src/jobs/run-jobs.ts); otherwise the change set as planned.
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
      );
    if (plan.type === 'CREATE' && options.stack?.terminationProtection)
      await protectStack(aws, ready.stackId, logger);
    const urls = await serviceUrls(ctx, planned, ready.stackId, settled);
    await ctx.emit(report, { kind: 'deploy-succeeded', urls });
  } catch (err) {
    await failed(err);
    throw failure(err, candidate.stackName, result);
  }
  return report.deploy!;
}

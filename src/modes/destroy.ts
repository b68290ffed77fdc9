import type { StepContext } from '../steps/context.js';
import {
  deleteStackWatched,
  planDestroy,
  removeStoredConfigs,
  removeStoredObjects,
  removeStoredSecrets,
} from '../steps/destroy.js';
import { environmentOf, githubProblem } from '../steps/record.js';
import { releaseGpuInstances } from '../steps/release-capacity.js';
import { failure, type RunResult } from '../steps/result.js';
import type { RunReport } from '../report/run-report.js';
import { estimateStackCost } from '../steps/cost.js';

/**
 * destroy (compose's `down`): say what goes and what stays → delete the stack, watching its events →
 * remove the secrets the action stored (unless keep-secrets) → mark the environment's releases inactive.
 */
export async function destroyMode(ctx: StepContext, stackName: string): Promise<RunResult> {
  const { logger } = ctx;
  const plan = await planDestroy(ctx, stackName);
  const report: RunReport = {
    mode: 'destroy',
    project: stackName,
    stackName,
    hasChanges:
      Boolean(plan.stackId) ||
      plan.secrets.length > 0 ||
      plan.configs.length > 0 ||
      plan.objects.keys.length > 0,
    changes: plan.deleted.map((r) => ({
      action: 'Remove',
      logicalId: r.logicalId,
      type: r.type,
      scope: [],
      properties: [],
    })),
    images: [],
    warnings: [],
  };
  if (!plan.stackId) report.warnings.push(`stack ${stackName} does not exist: there was nothing to delete`);
  for (const r of plan.retained)
    report.warnings.push(
      `${r.logicalId} (${r.type}${r.physicalId ? ` ${r.physicalId}` : ''}) is retained, not deleted: its data stays until you delete it yourself`,
    );
  report.warnings.push(
    'ECR repositories stay: other environments of the project push to the same ones (repository-prefix)',
  );
  if (plan.secrets.length)
    report.warnings.push(
      ctx.options.keepSecrets
        ? `kept (keep-secrets): ${plan.secrets.map((s) => s.name).join(', ')}`
        : `deleted from Secrets Manager, where the action stored them: ${plan.secrets.map((s) => s.name).join(', ')}`,
    );
  if (plan.configs.length)
    report.warnings.push(
      `deleted from SSM Parameter Store, where the action stored the configs: ${plan.configs.length} parameter(s) under ${plan.configs[0]!.split('/').slice(0, 3).join('/')}/`,
    );
  if (plan.objects.keys.length)
    report.warnings.push(
      `deleted from s3://${plan.objects.bucket}/compose-ecs/${stackName}/, where the action stored templates and release records: ${plan.objects.keys.length} object(s)`,
    );
  for (const w of report.warnings) logger.info(w);
  // What stops being paid: the stack's monthly cost, from the template it runs.
  const cost = plan.template
    ? await estimateStackCost(ctx, plan.template, undefined, plan.parameters)
    : undefined;
  if (cost) report.cost = cost;
  const result: RunResult = {
    report,
    hasChanges: report.hasChanges,
    images: [],
    ...(plan.stackId ? { stackId: plan.stackId } : {}),
  };
  try {
    await ctx.deps.onReport?.(report, false);
    await releaseGpuInstances(ctx, plan);
    await logger.group(`delete stack ${stackName}`, () => deleteStackWatched(ctx, plan, report));
    if (!ctx.options.keepSecrets) await removeStoredSecrets(ctx, plan);
    // Configs are not secret, but they are this stack's alone: nothing of a preview stays behind.
    await removeStoredConfigs(ctx, plan);
    // Templates over the inline limit and release records too big for a deployment's payload.
    await removeStoredObjects(ctx, plan);
  } catch (err) {
    throw failure(err, stackName, result);
  }
  await markInactive(ctx, environmentOf(ctx, stackName));
  return result;
}

/**
 * GitHub shows the environment as no longer deployed once its deployments are inactive. Only the ones that
 * succeeded, as GitHub's own auto_inactive does: `inactive` means "succeeded, no longer live" to a rollback
 * (src/releases/select.ts), so a failed release keeps its failure.
 */
async function markInactive(ctx: StepContext, environment: string): Promise<void> {
  const store = ctx.deps.releases;
  if (!store) return;
  try {
    const live = (await store.list(environment, 100)).filter((x) => x.state === 'success');
    for (const r of live) await store.setState(r.id, 'inactive', { description: 'the stack was destroyed' });
    if (live.length) ctx.logger.info(`marked ${live.length} deployment(s) of ${environment} inactive`);
  } catch (err) {
    ctx.logger.warning(`could not mark the deployments of ${environment} inactive: ${githubProblem(err)}`);
  }
}

import type { RunKernel } from '../kernel/kernel.js';
import { stepContext } from '../steps/context.js';
import { estimateStackCost } from '../steps/cost.js';
import type { Template } from '../template/types.js';
import {
  deleteStackWatched,
  destroyNotes,
  planDestroy,
  removeStoredConfigs,
  removeStoredObjects,
  removeStoredSecrets,
} from '../steps/destroy.js';
import { loadCompose } from '../steps/load.js';
import type { RunDeps, RunOptions } from '../steps/options.js';
import { environmentOf, markInactive } from '../steps/record.js';
import type { RunOutputs } from '../steps/result.js';
import { releaseGpuInstances } from '../steps/release-capacity.js';

/**
 * destroy (compose's `down`): say what goes and what stays → delete the stack, watching its events →
 * remove the secrets the action stored (unless keep-secrets) → mark the environment's releases inactive.
 */
export async function destroyMode(
  kernel: RunKernel,
  options: RunOptions,
  deps: RunDeps,
): Promise<RunOutputs> {
  // The stack to delete: named, or the compose project's (as plan and deploy name it).
  const stackName =
    options.stackName ??
    (await kernel.step('load', () => loadCompose(options, deps.logger, deps.signal))).stackName;
  const ctx = stepContext(options, deps, kernel);
  await ctx.emit({ kind: 'stack-named', project: stackName, stackName });
  const plan = await ctx.step('plan-destroy', () => planDestroy(ctx, stackName));
  const notes = [...destroyNotes(plan, options.keepSecrets ?? false), ...certificateNotes(plan.template)];
  for (const note of notes) ctx.logger.info(note);
  await ctx.emit(...notes.map((text) => ({ kind: 'warning' as const, text })));
  // What stops being paid: the stack's monthly cost, from the template it runs.
  const cost = plan.template
    ? await estimateStackCost(ctx, plan.template, undefined, plan.parameters)
    : undefined;
  if (cost) await ctx.emit({ kind: 'cost-estimated', cost });
  const outputs: RunOutputs = {
    hasChanges:
      Boolean(plan.stackId) ||
      plan.secrets.length > 0 ||
      plan.configs.length > 0 ||
      plan.objects.keys.length > 0,
    images: [],
    ...(plan.stackId ? { stackId: plan.stackId } : {}),
  };
  ctx.know(outputs);
  const changes = plan.deleted.map((r) => ({
    action: 'Remove' as const,
    logicalId: r.logicalId,
    type: r.type,
    scope: [],
    properties: [],
  }));
  await ctx.emit({ kind: 'destroy-planned', changes, hasChanges: outputs.hasChanges });
  await ctx.step(
    'delete',
    async () => {
      // GPU instances protected from scale-in would hold the stack's deletion (release-capacity.ts).
      await releaseGpuInstances(ctx, plan);
      await deleteStackWatched(ctx, plan);
    },
    stackName,
  );
  await ctx.step('remove-stored', async () => {
    if (!options.keepSecrets) await removeStoredSecrets(ctx, plan);
    // Configs are not secret, but they are this stack's alone: nothing of a preview stays behind.
    await removeStoredConfigs(ctx, plan);
    // Templates over the inline limit and release records too big for a deployment's payload.
    await removeStoredObjects(ctx, plan);
  });
  await ctx.step('record', () => markInactive(ctx, environmentOf(ctx, stackName)));
  return outputs;
}

/** The certificates' DNS validation records outlive the stack (ACM reuses one per name across certificates). */
function certificateNotes(template: Template | undefined): string[] {
  const validated = aliasNames(template);
  return validated.length
    ? [
        `the alias records of ${validated.join(', ')} are deleted with the stack; their certificates' DNS validation records (_….NAME CNAME) stay in the hosted zone: CloudFormation leaves them, and ACM reuses one per name for other certificates`,
      ]
    : [];
}

/** The names of the stack's alias records (x-aws-domain): their certificates' validation records outlive them. */
function aliasNames(template: Template | undefined): string[] {
  const names = Object.values(template?.Resources ?? {})
    .filter((r) => r.Type === 'AWS::Route53::RecordSet' && r.Properties?.AliasTarget !== undefined)
    .map((r) => r.Properties?.Name)
    .filter((n): n is string => typeof n === 'string');
  return [...new Set(names)];
}

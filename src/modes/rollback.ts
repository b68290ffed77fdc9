import type { RunKernel } from '../kernel/kernel.js';
import { stepContext } from '../steps/context.js';
import { deliverCandidate } from '../steps/deliver.js';
import type { RunDeps, RunOptions } from '../steps/options.js';
import { markRolledBack } from '../steps/record.js';
import { restoreRelease } from '../steps/restore.js';
import type { RunOutputs } from '../steps/result.js';

/**
 * rollback: restore a recorded release → plan it like any deploy → record it → apply → record the outcome;
 * once it runs, the release rolled back from is marked inactive so `previous` never picks it again.
 */
export async function rollbackMode(
  kernel: RunKernel,
  options: RunOptions,
  deps: RunDeps,
): Promise<RunOutputs> {
  const ctx = stepContext(options, deps, kernel);
  const { candidate, live } = await ctx.step('restore', () => restoreRelease(ctx));
  const planned = await deliverCandidate(ctx, candidate);
  if (live) await ctx.step('record', () => markRolledBack(ctx, live, candidate));
  return planned.result;
}

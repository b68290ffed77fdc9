import type { RunKernel } from '../kernel/kernel.js';
import { stepContext } from '../steps/context.js';
import { loadStep } from '../steps/load.js';
import type { RunDeps, RunOptions } from '../steps/options.js';
import { discardPlanned, planCandidate } from '../steps/plan.js';
import { prepareRelease } from '../steps/prepare.js';
import type { RunOutputs } from '../steps/result.js';

/** plan: load → prepare a release → plan it → discard the change set. The account is left as it was. */
export async function planMode(kernel: RunKernel, options: RunOptions, deps: RunDeps): Promise<RunOutputs> {
  const compose = await loadStep(kernel, options, deps);
  const ctx = stepContext(options, deps, kernel);
  const candidate = await ctx.step('prepare', () => prepareRelease(ctx, compose, 'plan'));
  const planned = await planCandidate(ctx, candidate, 'plan');
  await discardPlanned(ctx, planned);
  return planned.result;
}

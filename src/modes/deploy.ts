import type { RunKernel } from '../kernel/kernel.js';
import { stepContext } from '../steps/context.js';
import { deliverCandidate } from '../steps/deliver.js';
import { loadStep } from '../steps/load.js';
import type { RunDeps, RunOptions } from '../steps/options.js';
import { prepareRelease } from '../steps/prepare.js';
import type { RunOutputs } from '../steps/result.js';

/** deploy: load → prepare a release → plan → record it → apply → record the outcome. */
export async function deployMode(kernel: RunKernel, options: RunOptions, deps: RunDeps): Promise<RunOutputs> {
  const compose = await loadStep(kernel, options, deps);
  const ctx = stepContext(options, deps, kernel);
  const candidate = await ctx.step('prepare', () => prepareRelease(ctx, compose, 'deploy'));
  return (await deliverCandidate(ctx, candidate)).result;
}

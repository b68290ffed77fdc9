import type { StepContext } from '../steps/context.js';
import type { LoadedCompose } from '../steps/load.js';
import { discardPlanned, planCandidate } from '../steps/plan.js';
import { prepareRelease } from '../steps/prepare.js';
import type { RunResult } from '../steps/result.js';
import { failure } from '../steps/result.js';

/** plan: prepare a release → plan it → discard the change set. The account is left as it was. */
export async function planMode(ctx: StepContext, compose: LoadedCompose): Promise<RunResult> {
  const candidate = await prepareRelease(ctx, compose);
  const planned = await planCandidate(ctx, candidate).catch((err: unknown) => {
    throw failure(err, candidate.stackName);
  });
  await discardPlanned(ctx, planned).catch((err: unknown) => {
    throw failure(err, candidate.stackName, planned.result);
  });
  return planned.result;
}

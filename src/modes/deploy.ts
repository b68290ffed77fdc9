import { applyPlanned } from '../steps/apply.js';
import type { StepContext } from '../steps/context.js';
import type { LoadedCompose } from '../steps/load.js';
import { planCandidate } from '../steps/plan.js';
import { prepareRelease } from '../steps/prepare.js';
import { finishRelease, startRelease } from '../steps/record.js';
import { failure, type RunResult } from '../steps/result.js';

/** deploy: prepare a release → plan → record it (in progress) → apply → record the outcome. */
export async function deployMode(ctx: StepContext, compose: LoadedCompose): Promise<RunResult> {
  const candidate = await prepareRelease(ctx, compose);
  const planned = await planCandidate(ctx, candidate).catch((err: unknown) => {
    throw failure(err, candidate.stackName);
  });
  const record = await startRelease(ctx, planned);
  try {
    await applyPlanned(ctx, planned);
  } catch (err) {
    await finishRelease(ctx, planned, record, err);
    throw failure(err, candidate.stackName, planned.result);
  }
  await finishRelease(ctx, planned, record);
  return planned.result;
}

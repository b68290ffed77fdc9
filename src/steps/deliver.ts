import { applyPlanned } from './apply.js';
import type { Candidate } from './candidate.js';
import type { StepContext } from './context.js';
import { planCandidate, type Planned } from './plan.js';
import { finishRelease, startRelease } from './record.js';

/**
 * What deploy and rollback share once they have a candidate: plan it → record the release (in progress)
 * → apply → record the outcome. A failure is recorded on the release, then goes on to the run.
 */
export async function deliverCandidate(ctx: StepContext, candidate: Candidate): Promise<Planned> {
  const planned = await planCandidate(ctx, candidate, 'deploy');
  const record = await ctx.step('record', () => startRelease(ctx, planned));
  try {
    await ctx.step('apply', () => applyPlanned(ctx, planned));
  } catch (err) {
    await ctx.step('record', () => finishRelease(ctx, planned, record, err));
    throw err;
  }
  await ctx.step('record', () => finishRelease(ctx, planned, record));
  return planned;
}

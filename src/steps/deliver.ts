import { applyPlanned } from './apply.js';
import type { Candidate } from './candidate.js';
import type { StepContext } from './context.js';
import { planCandidate, type Planned } from './plan.js';
import { finishRelease, startRelease } from './record.js';
import { failure } from './result.js';

/**
 * What deploy and rollback share once they have a candidate: plan it → record the release (in progress)
 * → apply → record the outcome. A failure is recorded on the release and thrown with what was known.
 */
export async function deliverCandidate(ctx: StepContext, candidate: Candidate): Promise<Planned> {
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
  return planned;
}

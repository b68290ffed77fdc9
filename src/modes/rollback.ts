import type { StepContext } from '../steps/context.js';
import { deliverCandidate } from '../steps/deliver.js';
import { ROLLED_BACK } from '../releases/store.js';
import { marksRolledBack } from '../releases/select.js';
import { githubProblem } from '../steps/record.js';
import { restoreRelease } from '../steps/restore.js';
import type { RunResult } from '../steps/result.js';

/**
 * rollback: restore a recorded release → plan it like any deploy → record it → apply → record the outcome;
 * once it runs, the release rolled back from is marked inactive so `previous` never picks it again.
 */
export async function rollbackMode(ctx: StepContext): Promise<RunResult> {
  const { candidate, live } = await restoreRelease(ctx);
  const planned = await deliverCandidate(ctx, candidate);
  // A failed release keeps its failure; a good one rolled back from is no longer a candidate for `previous`.
  if (live && ctx.deps.releases && marksRolledBack(live, candidate.sha ?? '')) {
    await ctx.deps.releases
      .setState(live.id, 'inactive', { description: `${ROLLED_BACK} ${candidate.description ?? ''}` })
      .catch((err: unknown) =>
        ctx.logger.warning(`could not mark deployment ${live.id} rolled back: ${githubProblem(err)}`),
      );
  }
  return planned.result;
}

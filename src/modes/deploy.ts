import type { StepContext } from '../steps/context.js';
import { deliverCandidate } from '../steps/deliver.js';
import type { LoadedCompose } from '../steps/load.js';
import { prepareRelease } from '../steps/prepare.js';
import type { RunResult } from '../steps/result.js';

/** deploy: prepare a release from the compose files → plan → record it → apply → record the outcome. */
export async function deployMode(ctx: StepContext, compose: LoadedCompose): Promise<RunResult> {
  const candidate = await prepareRelease(ctx, compose);
  return (await deliverCandidate(ctx, candidate)).result;
}

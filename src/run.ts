import { convertMode } from './modes/convert.js';
import { deployMode } from './modes/deploy.js';
import { destroyMode } from './modes/destroy.js';
import { planMode } from './modes/plan.js';
import { rollbackMode } from './modes/rollback.js';
import { loadCompose, type LoadedCompose } from './steps/load.js';
import { stepContext } from './steps/context.js';
import type { RunDeps, RunOptions } from './steps/options.js';
import { failure, type RunResult } from './steps/result.js';

export type { Mode, RunDeps, RunOptions } from './steps/options.js';
export { RunFailure, type RunResult } from './steps/result.js';

/**
 * The pipeline both shells run. Each mode is a composition of the same typed steps (src/steps):
 *   convert  = load → convert
 *   plan     = load → prepare (images, convert) → plan → discard
 *   deploy   = load → prepare → plan → record → apply → record outcome
 *   rollback = restore a recorded release → plan → record → apply → record outcome
 *   destroy  = read the stack → delete it and what the action stored → mark its releases inactive
 * A failure is a RunFailure carrying what was known when it happened.
 */
export async function run(options: RunOptions, deps: RunDeps): Promise<RunResult> {
  if (options.mode === 'rollback') {
    return guarded(options.stackName, () => rollbackMode(stepContext(options, deps)));
  }
  if (options.mode === 'destroy') {
    // The stack to delete: named, or the compose project's (as plan and deploy name it).
    const stackName = options.stackName ?? (await loadCompose(options, deps.logger, deps.signal)).stackName;
    return guarded(stackName, () => destroyMode(stepContext(options, deps), stackName));
  }
  const compose: LoadedCompose = await loadCompose(options, deps.logger, deps.signal);
  return guarded(compose.stackName, async () => {
    if (options.mode === 'convert') {
      return convertMode(options, deps, compose);
    }
    const ctx = stepContext(options, deps);
    if (options.mode === 'plan') {
      return planMode(ctx, compose);
    }
    return deployMode(ctx, compose);
  });
}

/** Every failure leaves run() as a RunFailure that names the stack (the shells' comment marker needs it). */
async function guarded(stackName: string | undefined, body: () => Promise<RunResult>): Promise<RunResult> {
  try {
    return await body();
  } catch (err) {
    throw failure(err, stackName);
  }
}

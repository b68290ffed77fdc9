import { RunKernel } from './kernel/kernel.js';
import { convertMode } from './modes/convert.js';
import { deployMode } from './modes/deploy.js';
import { destroyMode } from './modes/destroy.js';
import { planMode } from './modes/plan.js';
import { rollbackMode } from './modes/rollback.js';
import type { Mode, RunDeps, RunOptions } from './steps/options.js';
import type { RunOutputs, RunResult } from './steps/result.js';

export type { Mode, RunDeps, RunOptions } from './steps/options.js';
export { RunFailure, type RunResult } from './steps/result.js';

type ModeRun = (kernel: RunKernel, options: RunOptions, deps: RunDeps) => Promise<RunOutputs>;

/**
 * Each mode is a short composition of the same typed steps (src/steps), run through one kernel
 * (src/kernel/kernel.ts):
 *   convert  = load → convert
 *   plan     = load → prepare (images, convert) → plan → discard
 *   deploy   = load → prepare → plan → record → apply → record outcome
 *   rollback = restore a recorded release → plan → record → apply → record outcome
 *   destroy  = read the stack → delete it and what the action stored → mark its releases inactive
 */
const MODES: Record<Mode, ModeRun> = {
  convert: convertMode,
  plan: planMode,
  deploy: deployMode,
  rollback: rollbackMode,
  destroy: destroyMode,
};

/**
 * The pipeline both shells run. The report is folded from the run's events, which the shells hear as
 * they come (deps.onEvents); a failure is a RunFailure carrying the step it came from and those events.
 */
export async function run(options: RunOptions, deps: RunDeps): Promise<RunResult> {
  const kernel = new RunKernel(options.mode, deps.logger, deps.aws?.calls, deps.onEvents);
  return kernel.run(() => MODES[options.mode](kernel, options, deps));
}

// The engines' leftovers (src/images/leftovers.ts) as the action's state, for its post step: saveState
// writes to GITHUB_STATE, which the runner reads when the main step ends however it ends (actions/runner
// ActionRunner.RunAsync processes the file commands in a finally: also after a failure, a cancel or a kill)
// and hands to the post step as STATE_<name>.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#sending-values-to-the-pre-and-post-actions
import * as core from '@actions/core';
import { parseLeftovers, type EngineLeftovers, type LeftoverLedger } from '../images/leftovers.js';

export const LEFTOVERS_STATE = 'engine-leftovers';

/** A ledger that keeps the saved state current: each change saves the whole record (the last save wins). */
export function stateLedger(save: (name: string, value: string) => void = core.saveState): LeftoverLedger {
  const current = new Map<string, EngineLeftovers>();
  return {
    update(engineId, leftovers) {
      if (leftovers) current.set(engineId, { ...leftovers, registries: [...leftovers.registries] });
      else current.delete(engineId);
      save(LEFTOVERS_STATE, JSON.stringify([...current.values()]));
    },
  };
}

/** What the main step left, read in the post step. */
export function savedLeftovers(get: (name: string) => string = core.getState): EngineLeftovers[] {
  return parseLeftovers(get(LEFTOVERS_STATE));
}

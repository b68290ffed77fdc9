import type { Logger } from '../log.js';
import type { CallCounter } from './call-counter.js';

/**
 * The pipeline's stages announce themselves as log groups; this names the phase AWS calls are counted
 * under from those groups, so the counts per phase need no hooks in the pipeline. Calls between two
 * stages belong to the gap after the last one (the preflight read and the ECR work come after loading;
 * removing a plan's change set, storing secrets and reading URLs after planning). Groups of other titles
 * (one per image build) leave the phase as it is.
 */
const STAGES: Array<[RegExp, string, string | undefined]> = [
  [/^load the compose project/, 'load', 'preflight and images'],
  [/^plan stack /, 'plan', 'after the plan'],
  // The Price List calls (src/steps/cost.ts) have their own phase; the one before resumes after them.
  [/^estimate the monthly cost/, 'cost', undefined],
  [/^deploy stack /, 'deploy', 'after the deploy'],
  [/^watch the ECS rollout/, 'rollout', 'after the rollout'],
];

export function countCallsByPhase(logger: Logger, calls: CallCounter): Logger {
  return {
    info: (message) => logger.info(message),
    debug: (message) => logger.debug(message),
    warning: (message, location) => logger.warning(message, location),
    error: (message, location) => logger.error(message, location),
    mask: (secret) => logger.mask(secret),
    verbatim: (lines) => logger.verbatim(lines),
    group: async (title, body) => {
      const stage = STAGES.find(([pattern]) => pattern.test(title));
      if (!stage) return logger.group(title, body);
      const before = calls.phase;
      calls.phase = stage[1];
      try {
        return await logger.group(title, body);
      } finally {
        calls.phase = stage[2] ?? before;
      }
    },
  };
}

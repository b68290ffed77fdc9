import type { AwsEdge } from '../aws/edge.js';
import { systemClock, type Clock } from '../runtime/clock.js';
import type { PollOptions } from '../runtime/poll.js';
import type { Logger } from '../log.js';
import { applyReportEvent, type ReportEvent } from '../report/report-events.js';
import type { RunReport } from '../report/run-report.js';
import type { RunDeps, RunOptions } from './options.js';

/** What every step that talks to AWS shares: the edge, the clock, and one wait budget for the whole run. */
export interface StepContext {
  options: RunOptions;
  deps: RunDeps;
  logger: Logger;
  aws: AwsEdge;
  clock: Clock;
  poll: PollOptions;
  /** Tells the shells the report changed (the PR comment follows the rollout); never fails the run. */
  publish(report: RunReport): Promise<void>;
  /** A step says what happened: the report is built from these events, then published. */
  emit(report: RunReport, event: ReportEvent): Promise<void>;
}

export function stepContext(options: RunOptions, deps: RunDeps): StepContext {
  const aws = required(deps.aws, 'AWS clients');
  const clock = deps.clock ?? systemClock;
  const publish = async (report: RunReport) => {
    // The commenter spaces edits out and runs them one at a time; a lost update is harmless.
    await deps.onReport?.(report, false).catch(() => undefined);
  };
  return {
    options,
    deps,
    logger: deps.logger,
    aws,
    clock,
    // One budget for the whole wait (change set, stack, rollout), as the wait-timeout input promises.
    poll: {
      intervalMs: options.pollIntervalMs ?? 2000,
      timeoutMs: options.waitTimeoutMs,
      deadline: clock.now() + options.waitTimeoutMs,
      now: clock.now,
      sleep: clock.sleep,
      ...(deps.signal ? { signal: deps.signal } : {}),
    },
    publish,
    emit: async (report, event) => {
      applyReportEvent(report, event);
      // A plan is shown by the deploy that starts from it or by the final report: one comment write fewer.
      if (event.kind !== 'planned' && event.kind !== 'jobs-planned') await publish(report);
    },
  };
}

export function required<T>(value: T | undefined, what: string): T {
  if (!value) throw new Error(`internal: the pipeline needs ${what} in this mode`);
  return value;
}

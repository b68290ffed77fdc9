import type { AwsEdge } from '../aws/edge.js';
import { systemClock, type Clock } from '../runtime/clock.js';
import type { PollOptions } from '../runtime/poll.js';
import { RunKernel } from '../kernel/kernel.js';
import type { StepRunner } from '../kernel/steps.js';
import type { Logger } from '../log.js';
import type { ReportEvent } from '../report/report-events.js';
import type { RunReport } from '../report/run-report.js';
import type { RunDeps, RunOptions } from './options.js';
import type { RunOutputs } from './result.js';

/**
 * What every step that talks to AWS shares: the edge, the clock, one wait budget for the whole run, and
 * the run's kernel (src/kernel/kernel.ts), through which steps run and say what happened.
 */
export interface StepContext {
  options: RunOptions;
  deps: RunDeps;
  logger: Logger;
  aws: AwsEdge;
  clock: Clock;
  poll: PollOptions;
  /** Runs a body as a named step: its log group, its phase of the AWS calls, its failure noted. */
  step: StepRunner;
  /** A step says what happened: the report is folded from these events; progress is published. */
  emit(...events: ReportEvent[]): Promise<void>;
  /** The report as the events so far describe it (read, never written). */
  report(): RunReport;
  /** The outputs so far: a failure from here on still sets them. */
  know(outputs: RunOutputs): void;
}

export function stepContext(
  options: RunOptions,
  deps: RunDeps,
  kernel = new RunKernel(options.mode, deps.logger, deps.aws?.calls, deps.onEvents),
): StepContext {
  const aws = required(deps.aws, 'AWS clients');
  const clock = deps.clock ?? systemClock;
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
    step: (name, body, subject) => kernel.step(name, body, subject),
    emit: (...events) => kernel.emit(...events),
    report: () => kernel.report(),
    know: (outputs) => kernel.know(outputs),
  };
}

export function required<T>(value: T | undefined, what: string): T {
  if (!value) throw new Error(`internal: the pipeline needs ${what} in this mode`);
  return value;
}

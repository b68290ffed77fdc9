// The run kernel: every step of a mode runs through step(name, body), which opens the step's log group,
// counts its AWS calls under the step's phase (steps.ts), and notes which step a failure came from; the
// facts the steps learn are events, kept in order, from which the report is folded (report-fold.ts); a
// failure leaves run() once, as a RunFailure carrying the step and every event known by then.
import type { CallCounter } from '../aws/call-counter.js';
import type { Logger } from '../log.js';
import type { Mode } from '../options/modes.js';
import type { ReportEvent } from '../report/report-events.js';
import { foldReport } from '../report/report-fold.js';
import type { RunReport } from '../report/run-report.js';
import { RunFailure, type RunOutputs, type RunResult } from '../steps/result.js';
import { STEPS, type StepName, type StepSpec } from './steps.js';

/** Who hears of the run as it goes: the events so far (the shells fold them into the report they show). */
export type EventSubscriber = (events: readonly ReportEvent[], final: boolean) => Promise<void>;

/**
 * The events that change what a reader of the PR comment sees while the run goes on: each is published.
 * The others (a plan, warnings, images, ...) are shown by the next publication or by the final report, so
 * a plan makes one comment write, not one per fact.
 */
const PROGRESS = new Set<ReportEvent['kind']>([
  'destroy-planned',
  'job',
  'deploy-skipped',
  'deploy-started',
  'stack-event',
  'rollout',
  'deploy-succeeded',
  'deploy-failed',
]);

export class RunKernel {
  private readonly log: ReportEvent[];
  private known: RunOutputs | undefined;
  /** The step each failure came from: the innermost one it left (an error keeps the first step noted). */
  private readonly stepOf = new WeakMap<object, StepName>();

  constructor(
    mode: Mode,
    private readonly logger: Logger,
    private readonly calls?: CallCounter,
    private readonly subscriber?: EventSubscriber,
  ) {
    this.log = [{ kind: 'run-started', mode }];
  }

  /** The run's history so far (the live list: a failure's events include those its clean-up added). */
  get events(): readonly ReportEvent[] {
    return this.log;
  }

  /** The report as the events describe it now. */
  report(): RunReport {
    return foldReport(this.log);
  }

  /** A fact learnt; published when it is progress a reader follows. Publishing never fails the run. */
  async emit(...events: ReportEvent[]): Promise<void> {
    this.log.push(...events);
    if (events.some((e) => PROGRESS.has(e.kind)))
      await this.subscriber?.(this.log, false).catch(() => undefined);
  }

  /** What the run has produced so far (stack, change set, images): the outputs a failed run still sets. */
  know(outputs: RunOutputs): void {
    this.known = outputs;
  }

  /** Runs `body` as the named step: its log group, its phase of the AWS call counts, its failures noted. */
  async step<T>(name: StepName, body: () => Promise<T>, subject = ''): Promise<T> {
    const spec: StepSpec = STEPS[name];
    const before = this.calls?.phase;
    if (this.calls && spec.phase) this.calls.phase = spec.phase;
    try {
      return spec.title ? await this.logger.group(spec.title(subject), body) : await body();
    } catch (err) {
      if (typeof err === 'object' && err !== null && !this.stepOf.has(err)) this.stepOf.set(err, name);
      throw err;
    } finally {
      if (this.calls && spec.phase) this.calls.phase = spec.then ?? before!;
    }
  }

  /** The mode's composition of steps, with its outputs as the result; any failure wrapped once. */
  async run(mode: () => Promise<RunOutputs>): Promise<RunResult> {
    try {
      return this.result(await mode());
    } catch (err) {
      if (err instanceof RunFailure) throw err;
      const step = typeof err === 'object' && err !== null ? this.stepOf.get(err) : undefined;
      throw new RunFailure(err, step, {
        events: this.log,
        result: () => (this.known ? this.result(this.known) : undefined),
      });
    }
  }

  private result(outputs: RunOutputs): RunResult {
    const report = this.report();
    return {
      ...outputs,
      report,
      events: this.log,
      ...(report.release ? { releaseId: report.release.id } : {}),
    };
  }
}

import type { ImageRecord } from '../images/build-and-push.js';
import type { StepName } from '../kernel/steps.js';
import type { ReportEvent } from '../report/report-events.js';
import { foldReport } from '../report/report-fold.js';
import type { RunReport } from '../report/run-report.js';
import type { ConvertResult } from '../template/convert.js';

/** What a mode produces besides its report: the stack, the change set, the images, the template. */
export interface RunOutputs {
  stackId?: string;
  changeSetId?: string;
  hasChanges: boolean;
  images: ImageRecord[];
  /** The file the template went to, when RunOptions.templatePath asked for one. */
  templatePath?: string;
  conversion?: ConvertResult;
}

/** What a run produced: the shells turn it into outputs, a comment and a job summary. */
export interface RunResult extends RunOutputs {
  /** Folded from `events` (src/report/report-fold.ts). */
  report: RunReport;
  /** Every fact the run learnt, in order. */
  events: readonly ReportEvent[];
  /** The GitHub deployment that records this release, when one was made. */
  releaseId?: number;
}

/**
 * The one failure type of a run: the error that ended it, the step it came from, and what was known
 * when it did (the events, hence the report, and the outputs once there were some), so the shells still
 * report the plan, the images and the stack of a failed deploy.
 */
export class RunFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly step: StepName | undefined,
    private readonly known: {
      events: readonly ReportEvent[];
      result: () => RunResult | undefined;
    },
  ) {
    super(error instanceof Error ? error.message : String(error));
    this.name = 'RunFailure';
  }

  get events(): readonly ReportEvent[] {
    return this.known.events;
  }

  get report(): RunReport {
    return foldReport(this.known.events);
  }

  /** The stack the run was about, once the compose project (or a restored release) named it. */
  get stackName(): string | undefined {
    return this.report.stackName || undefined;
  }

  get result(): RunResult | undefined {
    return this.known.result();
  }
}

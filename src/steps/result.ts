import type { ImageRecord } from '../images/build-and-push.js';
import type { RunReport } from '../report/run-report.js';
import type { ConvertResult } from '../template/convert.js';

/** What a run produced: the shells turn it into outputs, a comment and a job summary. */
export interface RunResult {
  report: RunReport;
  stackId?: string;
  changeSetId?: string;
  hasChanges: boolean;
  images: ImageRecord[];
  /** The file the template went to, when RunOptions.templatePath asked for one. */
  templatePath?: string;
  conversion?: ConvertResult;
  /** The GitHub deployment that records this release, when one was made. */
  releaseId?: number;
}

/**
 * The one failure type of a run: the error that ended it, and what was known when it did (the stack's
 * name from the start, then the report and the partial result as the steps fill them), so the shells
 * still report the plan, the images and the stack of a failed deploy.
 */
export class RunFailure extends Error {
  constructor(
    readonly error: unknown,
    readonly stackName: string | undefined,
    readonly result?: RunResult,
  ) {
    super(error instanceof Error ? error.message : String(error));
    this.name = 'RunFailure';
  }

  get report(): RunReport | undefined {
    return this.result?.report;
  }
}

/** Wraps an error with what is known; an error already wrapped keeps the most it knows. */
export function failure(error: unknown, stackName: string | undefined, result?: RunResult): RunFailure {
  if (error instanceof RunFailure)
    return new RunFailure(error.error, error.stackName ?? stackName, error.result ?? result);
  return new RunFailure(error, stackName, result);
}

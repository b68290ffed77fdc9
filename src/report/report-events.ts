import type { CostReport } from '../cost/estimate.js';
import type { ResourceChange } from '../deploy/change-set.js';
import type { OperationEvent } from '../deploy/events.js';
import type { ServiceRollout } from '../deploy/rollout.js';
import type { ImageRecord } from '../images/build-and-push.js';
import type { JobPlan } from '../jobs/phases.js';
import type { Mode } from '../options/modes.js';
import type { JobEvent } from './job-rows.js';
import type { ReviewedPlan } from './reviewed-plan.js';
import type { ShownAs } from './runner-values.js';
import type { TemplateDiff } from './template-diff.js';

/**
 * Every fact a run learns, in the order it learns them. The report (comment, job summary, CLI output) is
 * derived from these events alone by one pure fold (report-fold.ts): no step and no shell edits a report,
 * so every rendering sees one history, and a failure's report is the events known when it happened.
 */
export type ReportEvent =
  /** The kernel's first event: what the run does. */
  | { kind: 'run-started'; mode: Mode }
  /** The compose project and the stack it goes to (a rollback: the restored release's). */
  | { kind: 'stack-named'; project: string; stackName: string }
  /** A warning for the report's list (load, build and conversion warnings, destroy's notes, ...). */
  | { kind: 'warning'; text: string }
  /** The images the release runs (built, pinned, or as a restored release recorded them). */
  | { kind: 'images'; images: ImageRecord[] }
  /** What the converter adds for the reader: which service starts after which. */
  | { kind: 'start-order'; lines: string[] }
  /** x-aws-domain: which hosted zone each name goes in, and what the plan says of certificates. */
  | { kind: 'domains'; lines: string[] }
  /** x-aws-deployment: how each service's next rollout goes (strategy-text.ts). */
  | { kind: 'next-rollouts'; lines: string[] }
  /** Values never rendered (secrets), and runner values shown as `${NAME}`. */
  | { kind: 'redactions'; values: string[] }
  | { kind: 'shown-as'; shownAs: ShownAs[] }
  /** The commit the release is of (a rollback: the restored one; a later one wins). */
  | { kind: 'commit'; sha: string }
  | { kind: 'run-url'; url: string }
  | { kind: 'region-read'; region: string | undefined }
  | {
      kind: 'planned';
      changeSetType: 'CREATE' | 'UPDATE';
      changeSetName: string;
      diff: TemplateDiff;
      hasChanges: boolean;
      changes?: ResourceChange[];
      /** Said first (a plan that could not make a change set without changing the account). */
      warning?: string;
      /** The monthly cost before and after (src/steps/cost.ts). */
      cost?: CostReport;
    }
  /** What a destroy removes (a change set's Remove rows, without one). */
  | { kind: 'destroy-planned'; changes: ResourceChange[]; hasChanges: boolean }
  | { kind: 'cost-estimated'; cost: CostReport }
  | { kind: 'jobs-planned'; jobs: JobPlan[] }
  | JobEvent
  /** The GitHub deployment that records the release. */
  | { kind: 'release-recorded'; id: number; environment: string }
  /** On a deploy: the plan reviewed on the pull request, read back from its comment. */
  | { kind: 'reviewed-plan'; reviewed: ReviewedPlan | undefined }
  | { kind: 'deploy-skipped'; urls: Record<string, string> }
  | { kind: 'deploy-started' }
  | { kind: 'stack-event'; event: OperationEvent }
  | { kind: 'rollout'; rows: ServiceRollout[] }
  | { kind: 'deploy-succeeded'; urls: Record<string, string> }
  | { kind: 'deploy-failed'; error: string; diagnosis?: string; cancelled: boolean }
  /** The failure that ended the run (the first one said stays). */
  | { kind: 'run-failed'; error: string; cancelled: boolean }
  /** How many AWS calls the run made, and how many each phase of it made (src/kernel/steps.ts). */
  | { kind: 'api-calls'; total?: number; byPhase: Record<string, number> };

export type ReportEventKind = ReportEvent['kind'];

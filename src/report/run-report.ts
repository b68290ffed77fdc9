import type { ShownAs } from './runner-values.js';
import type { CostReport } from '../cost/estimate.js';
import type { ResourceChange } from '../deploy/change-set.js';
import type { ServiceRollout } from '../deploy/rollout.js';
import type { ImageRecord } from '../images/build-and-push.js';
import type { Mode } from '../options/modes.js';
import type { JobRow } from './job-rows.js';
import type { ReviewedPlan } from './reviewed-plan.js';
import type { ProgressRow } from './stack-progress.js';
import type { TemplateDiff } from './template-diff.js';

/**
 * Everything a report shows about one run; the PR comment, job summary and CLI all render this. It is
 * derived from the run's events (report-fold.ts), never written by a step or a shell.
 */
export interface RunReport {
  mode: Mode;
  project: string;
  stackName: string;
  region?: string;
  changeSetType?: 'CREATE' | 'UPDATE';
  changeSetName?: string;
  hasChanges: boolean;
  changes: ResourceChange[];
  diff?: TemplateDiff;
  images: ImageRecord[];
  warnings: string[];
  /** Which service starts after which, and the evidence for each edge (template/start-order.ts). */
  startOrder?: string[];
  /** Per service with an x-aws-deployment: how its next rollout goes (report/strategy-text.ts). */
  nextRollouts?: string[];
  /** x-aws-domain: each name's URL and hosted zone, and what the certificate's validation means (deploy/hosted-zones.ts). */
  domains?: string[];
  deploy?: {
    /** cancelled: SIGINT/SIGTERM stopped it; `error` says what was undone and the state the stack was left in. */
    state: 'in-progress' | 'succeeded' | 'failed' | 'cancelled' | 'skipped';
    rollout: ServiceRollout[];
    /** Latest CloudFormation status of the stack and of each resource this deploy touched (recordEvent). */
    resources?: ProgressRow[];
    error?: string;
    /** Why the failed service's last task stopped: its reason, exit codes, last log lines, unhealthy targets. */
    diagnosis?: string;
    urls: Record<string, string>;
  };
  /** One-shot services (src/jobs/): whether this run runs each, why, and how its run went. */
  jobs?: JobRow[];
  /** The failure that ended the run before or during the deploy. */
  error?: string;
  /** The run was cancelled (SIGINT/SIGTERM); `error` says what was undone. */
  cancelled?: boolean;
  apiCalls?: number;
  /** How many of them each phase of the run made, in order (src/kernel/steps.ts). */
  apiCallsByPhase?: Record<string, number>;
  /** Secret values to blank out of anything rendered; never rendered themselves. */
  redactions?: string[];
  /** Values interpolated from the runner, shown as `${NAME}` (report/runner-values.ts). */
  shownAs?: ShownAs[];
  /** The commit the release is of (a rollback: the restored one). */
  commit?: string;
  /** Link to the workflow run, when known. */
  runUrl?: string;
  /** The monthly cost before and after the change, or why it is not known (src/cost/). */
  cost?: CostReport;
  /** On a deploy: the plan reviewed on the pull request, read back from its comment. */
  reviewed?: ReviewedPlan;
  /** The GitHub deployment that records this release, when one was made. */
  release?: { id: number; environment: string };
}

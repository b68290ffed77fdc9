import type { ResourceChange } from '../deploy/change-set.js';
import type { ServiceRollout } from '../deploy/rollout.js';
import type { ImageRecord } from '../images/pin.js';
import type { TemplateDiff } from './template-diff.js';

/** Everything a report shows about one run; the PR comment, job summary and CLI all render this. */
export interface RunReport {
  mode: 'plan' | 'deploy';
  project: string;
  stackName: string;
  region?: string;
  changeSetType?: 'CREATE' | 'UPDATE';
  changeSetName?: string;
  hasChanges: boolean;
  changes: ResourceChange[];
  diff?: TemplateDiff;
  images: ImageRecord[];
  sensitive: string[];
  warnings: string[];
  deploy?: {
    state: 'in-progress' | 'succeeded' | 'failed' | 'skipped';
    rollout: ServiceRollout[];
    /** Latest CloudFormation status per resource this deploy touched, in the order they started. */
    resources?: Array<{ logicalId: string; type: string; status: string; reason?: string }>;
    error?: string;
    /** Why the failed service's last task stopped: its reason, exit codes, last log lines, unhealthy targets. */
    diagnosis?: string;
    urls: Record<string, string>;
  };
  /** The failure that ended the run before or during the deploy. */
  error?: string;
  apiCalls?: number;
  /** How many of them each phase of the run made, in order (src/aws/call-phases.ts). */
  apiCallsByPhase?: Record<string, number>;
  /** Secret values to blank out of anything rendered; never rendered themselves. */
  redactions?: string[];
  /** Link to the workflow run, when known. */
  runUrl?: string;
}

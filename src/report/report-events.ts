import type { CostReport } from '../cost/estimate.js';
import type { ResourceChange } from '../deploy/change-set.js';
import type { OperationEvent } from '../deploy/events.js';
import type { ServiceRollout } from '../deploy/rollout.js';
import type { RunReport } from './run-report.js';
import { applyJobEvent, type JobEvent } from './job-rows.js';
import type { JobPlan } from '../jobs/phases.js';
import { recordEvent } from './stack-progress.js';
import type { TemplateDiff } from './template-diff.js';

/**
 * What the steps say happened, in order. The report (comment, job summary, CLI output) is built from these
 * events alone: a step never edits the report itself, so every rendering sees one history.
 */
export type ReportEvent =
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
  | { kind: 'jobs-planned'; jobs: JobPlan[] }
  | JobEvent
  | { kind: 'deploy-skipped'; urls: Record<string, string> }
  | { kind: 'deploy-started' }
  | { kind: 'stack-event'; event: OperationEvent }
  | { kind: 'rollout'; rows: ServiceRollout[] }
  | { kind: 'deploy-succeeded'; urls: Record<string, string> }
  | { kind: 'deploy-failed'; error: string; diagnosis?: string; cancelled: boolean };

export function applyReportEvent(report: RunReport, event: ReportEvent): void {
  switch (event.kind) {
    case 'planned':
      report.changeSetType = event.changeSetType;
      report.changeSetName = event.changeSetName;
      report.diff = event.diff;
      report.hasChanges = event.hasChanges;
      if (event.changes) report.changes = event.changes;
      if (event.warning) report.warnings.unshift(event.warning);
      if (event.cost) report.cost = event.cost;
      return;
    case 'jobs-planned':
      report.jobs = event.jobs.map((j) => ({ ...j }));
      return;
    case 'job':
      applyJobEvent(report, event);
      return;
    case 'deploy-skipped':
      report.deploy = { state: 'skipped', rollout: [], urls: event.urls };
      return;
    case 'deploy-started':
      report.deploy = { state: 'in-progress', rollout: [], resources: [], urls: {} };
      return;
    case 'stack-event':
      recordEvent(deployOf(report).resources!, event.event);
      return;
    case 'rollout':
      deployOf(report).rollout = event.rows;
      return;
    case 'deploy-succeeded': {
      const deploy = deployOf(report);
      deploy.state = 'succeeded';
      deploy.urls = event.urls;
      return;
    }
    case 'deploy-failed': {
      const deploy = deployOf(report);
      deploy.state = event.cancelled ? 'cancelled' : 'failed';
      deploy.error = event.error;
      if (event.diagnosis) deploy.diagnosis = event.diagnosis;
      return;
    }
  }
}

function deployOf(report: RunReport): NonNullable<RunReport['deploy']> {
  report.deploy ??= { state: 'in-progress', rollout: [], resources: [], urls: {} };
  report.deploy.resources ??= [];
  return report.deploy;
}

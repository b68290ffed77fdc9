// The report is a fold of the run's events: one pure function from the events (report-events.ts) to the
// RunReport every rendering reads. It builds a fresh report each time and never changes an event: the
// events stay the run's history, and any prefix of them is the report as it stood then.
import { applyJobEvent } from './job-rows.js';
import type { ReportEvent } from './report-events.js';
import type { RunReport } from './run-report.js';
import { recordEvent } from './stack-progress.js';

type Deploy = NonNullable<RunReport['deploy']>;

/** The report the events describe. The first `run-started` names the mode; without one there is no run. */
export function foldReport(events: readonly ReportEvent[]): RunReport {
  const started = events.find((e) => e.kind === 'run-started');
  if (!started) throw new Error('internal: a report needs the run-started event');
  const report: RunReport = {
    mode: started.mode,
    project: '',
    stackName: '',
    hasChanges: false,
    changes: [],
    images: [],
    warnings: [],
  };
  for (const event of events) apply(report, event);
  return report;
}

/**
 * One event into the report the fold is building (and owns): arrays are copied before they are changed,
 * so nothing an event holds is ever written to.
 */
function apply(report: RunReport, event: ReportEvent): void {
  switch (event.kind) {
    case 'run-started':
      report.mode = event.mode;
      return;
    case 'stack-named':
      report.project = event.project;
      report.stackName = event.stackName;
      return;
    case 'warning':
      report.warnings.push(event.text);
      return;
    case 'images':
      report.images = [...event.images];
      return;
    case 'start-order':
      report.startOrder = [...event.lines];
      return;
    case 'domains':
      report.domains = [...event.lines];
      return;
    case 'next-rollouts':
      report.nextRollouts = [...event.lines];
      return;
    case 'redactions':
      report.redactions = [...new Set([...(report.redactions ?? []), ...event.values])];
      return;
    case 'shown-as':
      report.shownAs = [...event.shownAs];
      return;
    case 'commit':
      report.commit = event.sha;
      return;
    case 'run-url':
      report.runUrl = event.url;
      return;
    case 'region-read':
      if (event.region) report.region = event.region;
      else delete report.region;
      return;
    case 'release-recorded':
      report.release = { id: event.id, environment: event.environment };
      return;
    case 'reviewed-plan':
      if (event.reviewed) report.reviewed = event.reviewed;
      return;
    case 'api-calls':
      if (event.total !== undefined) report.apiCalls = event.total;
      report.apiCallsByPhase = { ...event.byPhase };
      return;
    case 'run-failed':
      report.error ??= event.error;
      if (event.cancelled) report.cancelled = true;
      return;
    default:
      applyPlanEvent(report, event);
  }
}

/** What the plan found, and the jobs it decided on. */
function applyPlanEvent(report: RunReport, event: ReportEvent): void {
  switch (event.kind) {
    case 'planned':
      report.changeSetType = event.changeSetType;
      report.changeSetName = event.changeSetName;
      report.diff = event.diff;
      report.hasChanges = event.hasChanges;
      if (event.changes) report.changes = event.changes;
      // A plan's own warning is said first.
      if (event.warning) report.warnings.unshift(event.warning);
      if (event.cost) report.cost = event.cost;
      return;
    case 'destroy-planned':
      report.changes = event.changes;
      report.hasChanges = event.hasChanges;
      return;
    case 'cost-estimated':
      report.cost = event.cost;
      return;
    case 'jobs-planned':
      report.jobs = event.jobs.map((j) => ({ ...j }));
      return;
    case 'job':
      // The rows are the fold's own copies (jobs-planned), so a job's progress is written into them.
      applyJobEvent(report, event);
      return;
    default:
      applyDeployEvent(report, event);
  }
}

/** The deploy (or a destroy's deletion) as it goes: its state, the stack's events, the rollout, the URLs. */
function applyDeployEvent(report: RunReport, event: ReportEvent): void {
  switch (event.kind) {
    case 'deploy-skipped':
      report.deploy = { state: 'skipped', rollout: [], urls: { ...event.urls } };
      return;
    case 'deploy-started':
      report.deploy = { state: 'in-progress', rollout: [], resources: [], urls: {} };
      return;
    case 'stack-event':
      // The rows are the fold's own: recordEvent copies the event's fields into a new row.
      recordEvent(deployOf(report).resources!, event.event);
      return;
    case 'rollout':
      deployOf(report).rollout = [...event.rows];
      return;
    case 'deploy-succeeded': {
      const deploy = deployOf(report);
      deploy.state = 'succeeded';
      deploy.urls = { ...event.urls };
      return;
    }
    case 'deploy-failed': {
      const deploy = deployOf(report);
      deploy.state = event.cancelled ? 'cancelled' : 'failed';
      deploy.error = event.error;
      if (event.diagnosis) deploy.diagnosis = event.diagnosis;
      return;
    }
    default:
      return;
  }
}

function deployOf(report: RunReport): Deploy {
  report.deploy ??= { state: 'in-progress', rollout: [], resources: [], urls: {} };
  report.deploy.resources ??= [];
  return report.deploy;
}

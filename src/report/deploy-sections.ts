// A deploy as it goes: each resource's latest CloudFormation status, and each ECS service's rollout.
import { deploymentSummary } from './service-deployments.js';
import type { ServiceRollout } from '../deploy/rollout.js';
import { codeSpan, escapeText as cell } from './escape.js';
import type { RunReport } from './run-report.js';
import { tableSection, type Section } from './sections.js';
import { shortType } from './change-sections.js';
import type { ProgressRow } from './stack-progress.js';

function resourcesTable(rows: ProgressRow[]): string[] {
  const icon = (status: string) =>
    status.endsWith('_FAILED')
      ? '❌'
      : status.includes('ROLLBACK')
        ? '↩️'
        : status.endsWith('_COMPLETE')
          ? '✅'
          : '⏳';
  // The stack first, then failures: when the list is shortened, the rows that explain it stay.
  const rank = (r: ProgressRow) => (r.type === 'AWS::CloudFormation::Stack' ? 0 : r.failure ? 1 : 2);
  const ordered = [...rows].sort((a, b) => rank(a) - rank(b));
  return ordered.map((r) => {
    // A failure stays on its row when the rollback's events for the resource follow it.
    const status =
      r.failure && r.failure.status !== r.status
        ? `❌ ${cell(r.failure.status)}, then ${icon(r.status)} ${cell(r.status)}`
        : `${icon(r.status)} ${cell(r.status)}`;
    return `| ${codeSpan(r.logicalId)} | ${cell(shortType(r.type))} | ${status} | ${cell(r.failure?.reason ?? r.reason)} |`;
  });
}

const ROLLOUT_HEADER = [
  'Service',
  'Task definition',
  'Rollout',
  'Desired',
  'Running',
  'Pending',
  'Failed tasks',
  'Latest event',
];

function rolloutRows(rows: ServiceRollout[]): string[] {
  const icon = (r: ServiceRollout) => (r.failed ? '❌' : r.done ? '✅' : '⏳');
  return [...rows]
    .sort((a, b) => Number(b.failed) - Number(a.failed))
    .map(
      (r) =>
        `| ${icon(r)} ${codeSpan(r.logicalId)} | ${cell(r.taskDefinition)}${r.serving?.length ? `<br>still serving: ${cell(r.serving.join(', '))}` : ''} | ${cell(r.rolloutState)}${r.deployment ? `<br>${cell(deploymentSummary(r.deployment))}` : ''} | ${r.desired} | ${r.running}${r.instances ? `<br>${cell(r.instances)}` : ''} | ${r.pending} | ${r.failedTasks} | ${cell(r.reason ?? r.latestEvent)} |`,
    );
}

/** The services' rollouts, failed ones first; none before ECS has started one. */
export function rolloutSection(report: RunReport): Section | undefined {
  const rollout = report.deploy?.rollout ?? [];
  return rollout.length
    ? tableSection('Rollout', ROLLOUT_HEADER, rolloutRows(rollout), 7, 'services')
    : undefined;
}

/** While CloudFormation works (and after it failed), each resource's latest status, as a console shows it. */
export function progressSection(report: RunReport): Section | undefined {
  const resources =
    report.deploy?.state === 'in-progress' || report.deploy?.state === 'failed'
      ? report.deploy.resources
      : undefined;
  return resources?.length
    ? tableSection(
        'Stack progress',
        ['Resource', 'Type', 'Status', 'Reason'],
        resourcesTable(resources),
        6,
        'resources',
        40,
      )
    : undefined;
}

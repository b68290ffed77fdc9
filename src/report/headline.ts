// The report's first lines: where the run stands (its outcome) and what it changes, counted as
// CloudFormation's change set lists them.
import type { ResourceChange } from '../deploy/change-set.js';
import { codeSpan } from './escape.js';
import type { RunReport } from './run-report.js';

export type Outcome =
  | 'planned'
  | 'no changes'
  | 'deploying'
  | 'deployed'
  | 'failed'
  | 'rolled back'
  | 'cancelled'
  | 'deleting'
  | 'deleted'
  | 'nothing to delete';

/** Where the run stands; once known it is never "deploying" again. */
export function outcome(report: RunReport): Outcome {
  const deploy = report.deploy;
  if (report.cancelled || deploy?.state === 'cancelled') return 'cancelled';
  if (report.mode === 'destroy') {
    if (report.error || deploy?.state === 'failed') return 'failed';
    if (!deploy) return report.changes.length ? 'deleting' : 'nothing to delete';
    return deploy.state === 'succeeded' ? 'deleted' : 'deleting';
  }
  if (!deploy) return report.error ? 'failed' : report.hasChanges ? 'planned' : 'no changes';
  if (deploy.state === 'skipped') return report.error ? 'failed' : 'no changes';
  if (deploy.state === 'succeeded') return report.error ? 'failed' : 'deployed';
  if (deploy.state === 'in-progress' && !report.error) {
    // CloudFormation rolling back means the deploy has failed, though the step still waits for it.
    const stack = deploy.resources?.find((r) => r.type === 'AWS::CloudFormation::Stack');
    if (!stack || !/ROLLBACK/.test(stack.status)) return 'deploying';
    return /ROLLBACK_COMPLETE$/.test(stack.status) ? 'rolled back' : 'failed';
  }
  const text = [deploy.error, report.error, ...(deploy.resources ?? []).map((r) => r.status)].join('\n');
  return /rolled back|ROLLBACK/i.test(text) ? 'rolled back' : 'failed';
}

/** add / change / replace / remove, as CloudFormation's change set lists them. */
export function countChanges(changes: ResourceChange[]) {
  const counts = { add: 0, change: 0, replace: 0, remove: 0 };
  for (const c of changes) {
    if (c.action === 'Add' || c.action === 'Import') counts.add++;
    else if (c.action === 'Remove') counts.remove++;
    else if (c.replacement === 'True') counts.replace++;
    else counts.change++;
  }
  return counts;
}

const OUTCOME_TEXT: Record<Outcome, string> = {
  planned: '📋 {mode}: {stack} planned',
  'no changes': '✅ {mode}: {stack} no changes',
  deploying: '⏳ {mode}: {stack} deploying',
  deployed: '✅ {mode}: {stack} deployed',
  failed: '❌ {mode}: {stack} failed',
  'rolled back': '❌ {mode}: {stack} failed and rolled back',
  cancelled: '⛔ {mode}: {stack} cancelled',
  deleting: '⏳ {mode}: {stack} deleting',
  deleted: '🗑️ {mode}: {stack} deleted',
  'nothing to delete': '✅ {mode}: {stack} nothing to delete',
};

/** The headline: the outcome, the counts, and the project, region, commit and run beneath. */
export function headline(report: RunReport): string {
  const state = outcome(report);
  const c = countChanges(report.changes);
  const counts =
    report.hasChanges || report.changes.length
      ? `: ${c.add} to add, ${c.change} to change, ${c.replace} to replace, ${c.remove} to remove`
      : state === 'no changes' && report.mode === 'deploy'
        ? ', nothing to deploy'
        : '';
  const title = OUTCOME_TEXT[state]
    .replace('{mode}', `compose-ecs ${report.mode}`)
    .replace('{stack}', `\`${report.stackName}\``);
  const meta = [
    `project ${codeSpan(report.project)}`,
    report.region,
    report.changeSetType === 'CREATE' ? 'new stack' : undefined,
    report.commit ? `commit ${codeSpan(report.commit.slice(0, 7))}` : undefined,
    report.runUrl ? `[run](${report.runUrl})` : undefined,
  ].filter(Boolean);
  return `### ${title}${counts}\n${meta.join(' · ')}`;
}

import type { ResourceChange } from '../deploy/change-set.js';
import type { ServiceRollout } from '../deploy/rollout.js';
import { VERSION } from '../version.js';
import type { RunReport } from './run-report.js';
import { redact } from './secret-guard.js';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** Job summaries take 1 MiB per step; stay well inside it. */
export const SUMMARY_LIMIT = 1_000_000;

/** Hidden marker that finds this stack's comment again, so one comment is edited in place. */
export function commentMarker(stackName: string): string {
  return `<!-- compose-ecs stack=${stackName} -->`;
}

const ACTION_ICON: Record<string, string> = {
  Add: '➕',
  Modify: '✏️',
  Remove: '➖',
  Import: '📥',
  Dynamic: '❔',
};

function headline(report: RunReport): string {
  const counts = countActions(report.changes);
  const plan = report.hasChanges
    ? `${counts.Add ?? 0} to add, ${counts.Modify ?? 0} to change, ${counts.Remove ?? 0} to remove`
    : 'no changes';
  const stack = `\`${report.stackName}\``;
  if (report.error && !report.deploy) return `### ❌ compose-ecs ${report.mode}: ${stack} failed`;
  if (report.mode === 'plan') return `### 📋 compose-ecs plan: ${stack}: ${plan}`;
  switch (report.deploy?.state) {
    case 'succeeded':
      return `### ✅ compose-ecs deploy: ${stack} deployed (${plan})`;
    case 'failed':
      return `### ❌ compose-ecs deploy: ${stack} failed`;
    case 'in-progress':
      return `### ⏳ compose-ecs deploy: ${stack} rolling out (${plan})`;
    default:
      return `### ✅ compose-ecs deploy: ${stack}: nothing to deploy`;
  }
}

function countActions(changes: ResourceChange[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of changes) counts[c.action] = (counts[c.action] ?? 0) + 1;
  return counts;
}

/** Pipes and newlines would break a markdown table cell. */
function cell(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function changesTable(changes: ResourceChange[]): string {
  if (!changes.length) return '';
  const rows = changes.map(
    (c) =>
      `| ${ACTION_ICON[c.action] ?? ''} ${c.action} | \`${cell(c.logicalId)}\` | ${cell(c.type)} | ${cell(c.replacement === 'True' ? '⚠️ replaced' : c.replacement === 'Conditional' ? 'maybe replaced' : '')} |`,
  );
  return ['| Action | Resource | Type | Replacement |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function imagesTable(report: RunReport): string {
  if (!report.images.length) return '';
  // What the deploy does with each image: a task definition gets it for the first time, or swaps to it.
  const deployed = new Map((report.diff?.images ?? []).map((i) => [i.to, i.from ? '**changes**' : 'new']));
  const rows = report.images.map((i) => {
    const build = i.repository ? (i.pushed ? 'built and pushed' : 'reused from the registry') : 'as written';
    return `| ${cell(i.service)} | \`${cell(i.uri)}\` | ${build} | ${deployed.get(i.uri) ?? 'unchanged'} |`;
  });
  return [
    '**Images**',
    '',
    '| Service | Image | Build | Deploy |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function resourcesTable(rows: NonNullable<NonNullable<RunReport['deploy']>['resources']>): string {
  const icon = (status: string) =>
    status.endsWith('_FAILED') ? '❌' : status.endsWith('_COMPLETE') ? '✅' : '⏳';
  return [
    '| Resource | Type | Status | Reason |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| \`${cell(r.logicalId)}\` | ${cell(r.type)} | ${icon(r.status)} ${cell(r.status)} | ${cell(r.reason)} |`,
    ),
  ].join('\n');
}

export function rolloutTable(rows: ServiceRollout[]): string {
  if (!rows.length) return '';
  const icon = (r: ServiceRollout) => (r.failed ? '❌' : r.done ? '✅' : '⏳');
  return [
    '| Service | Task definition | Rollout | Desired | Running | Pending | Failed tasks | Latest event |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${icon(r)} \`${cell(r.logicalId)}\` | ${cell(r.taskDefinition)} | ${cell(r.rolloutState)} | ${r.desired} | ${r.running} | ${r.pending} | ${r.failedTasks} | ${cell(r.reason ?? r.latestEvent)} |`,
    ),
  ].join('\n');
}

function diffSection(report: RunReport, budget: number): string {
  const unified = report.diff?.unified;
  if (!unified) return '';
  const lines = unified.split('\n').length;
  let body = unified;
  if (body.length > budget) {
    body = `${body.slice(0, Math.max(0, budget)).replace(/\n[^\n]*$/, '')}\n… (diff truncated: the full template is in the job summary and the template-path output)`;
  }
  return `<details><summary>Template diff (${lines} lines)</summary>\n\n${fence(body, 'diff')}\n\n</details>`;
}

/**
 * Renders the report as GitHub-flavoured markdown within `limit` characters: the template diff is
 * what gets cut first, so the verdict, the changes and the rollout always fit.
 */
export function renderMarkdown(report: RunReport, limit = COMMENT_LIMIT): string {
  const parts: string[] = [commentMarker(report.stackName), headline(report)];
  if (report.error) parts.push(`> [!CAUTION]\n> ${cell(report.error)}`);
  if (report.deploy?.error && report.deploy.error !== report.error)
    parts.push(`> [!CAUTION]\n> ${cell(report.deploy.error)}`);
  if (report.deploy?.diagnosis) parts.push(`**Why the task stopped**\n\n${fence(report.deploy.diagnosis)}`);
  const urls = Object.entries(report.deploy?.urls ?? {});
  if (urls.length) parts.push(urls.map(([name, url]) => `- ${cell(name)}: ${url}`).join('\n'));
  if (report.deploy?.rollout.length) parts.push(`**Rollout**\n\n${rolloutTable(report.deploy.rollout)}`);
  // While CloudFormation works (and after it failed), each resource's latest status, as a console shows it.
  const resources =
    report.deploy?.state === 'in-progress' || report.deploy?.state === 'failed'
      ? report.deploy.resources
      : undefined;
  if (resources?.length) parts.push(`**Stack progress**\n\n${resourcesTable(resources)}`);
  if (report.sensitive.length)
    parts.push(
      `**Security-sensitive changes**\n\n${report.sensitive.map((s) => `- ⚠️ ${cell(s)}`).join('\n')}`,
    );
  const table = changesTable(report.changes);
  if (table) parts.push(`**${report.changeSetType === 'CREATE' ? 'New stack' : 'Changes'}**\n\n${table}`);
  const images = imagesTable(report);
  if (images) parts.push(images);
  if (report.warnings.length)
    parts.push(`**Warnings**\n\n${report.warnings.map((w) => `- ${cell(w)}`).join('\n')}`);
  const footer = [
    `compose-ecs ${VERSION}`,
    report.region,
    report.changeSetName ? `change set \`${report.changeSetName}\`` : undefined,
    report.apiCalls !== undefined ? `${report.apiCalls} AWS API calls${byPhase(report)}` : undefined,
    report.runUrl ? `[run](${report.runUrl})` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const head = parts.join('\n\n');
  const tail = `<sub>${footer}</sub>`;
  const budget = limit - head.length - tail.length - 400;
  const diff = diffSection(report, budget);
  let out = redact([head, diff, tail].filter(Boolean).join('\n\n') + '\n', report.redactions ?? []);
  if (out.length > limit) out = `${out.slice(0, limit - 80)}\n\n… (truncated to fit GitHub's limit)\n`;
  return out;
}

/** ` (images 3, plan 5)`: the phases that made calls, in order; nothing when none is known. */
function byPhase(report: RunReport): string {
  const phases = Object.entries(report.apiCallsByPhase ?? {}).filter(([, n]) => n > 0);
  return phases.length ? ` (${phases.map(([phase, n]) => `${phase} ${n}`).join(', ')})` : '';
}

/** A code block its content cannot close: the fence is longer than any run of backticks inside (CommonMark). */
export function fence(text: string, language = 'text'): string {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${language}\n${text}\n${ticks}`;
}

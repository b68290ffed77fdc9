import { costLine, costSection } from '../cost/render.js';
import type { ResourceChange } from '../deploy/change-set.js';
import type { ServiceRollout } from '../deploy/rollout.js';
import { VERSION } from '../version.js';
import type { RunReport } from './run-report.js';
import { isSecretLikePath } from './compose-changes.js';
import { isIntrinsic, showValue, type PropertyChange } from './resource-diff.js';
import { codeSpan, escapeText } from './escape.js';
import { showAsVariables } from './runner-values.js';
import { fingerprintLine, reviewedSection } from './reviewed-plan.js';
import { redact } from './secret-guard.js';
import { fitSections, fixed, listSection, more, tableSection, type Section } from './sections.js';
import { jobItems } from './job-rows.js';
import type { SecurityChange } from './security-changes.js';
import type { ProgressRow } from './stack-progress.js';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/**
 * Job summaries take 1 MiB per step, counted in bytes (the runner refuses larger ones: "supports content up
 * to a size of 1024k"), while the fitting counts UTF-16 code units; one unit is at most 3 bytes of UTF-8
 * (a 4-byte character is 2 units), so 349,525 units always fit, whatever the text.
 */
export const SUMMARY_LIMIT = Math.floor((1024 * 1024) / 3);

/** Hidden marker that finds this stack's comment again, so one comment is edited in place. */
export function commentMarker(stackName: string): string {
  return `<!-- compose-ecs stack=${stackName} -->`;
}

/**
 * Whether a comment is the one `marker` names: the marker is the comment's first line, where only
 * compose-ecs writes it. Anywhere else it is text someone else put there (a quote, an environment key).
 */
export function carriesMarker(body: string | null | undefined, marker: string): boolean {
  return body === marker || (body?.startsWith(`${marker}\n`) ?? false);
}

const ACTION_ICON: Record<string, string> = {
  Add: '➕',
  Modify: '✏️',
  Remove: '➖',
  Import: '📥',
  Dynamic: '❔',
};

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

function headline(report: RunReport): string {
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

/** User-supplied text in prose or a table cell: escaped (report/escape.ts), one line. */
const cell = escapeText;

/** `repo/web@sha256:0123456789abcdef…` → `web@sha256:0123456789ab`: enough to tell two images apart. */
export function shortImage(uri: string | undefined): string {
  if (!uri) return '(none)';
  const [name, digest] = uri.split('@');
  const base = name!.split('/').pop()!;
  return showValue(digest ? `${base}@${digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1')}` : base, 80);
}

/** `AWS::ECS::Service` → `ECS::Service`: the table stays narrow enough to read without scrolling. */
const shortType = (type: string) => type.replace(/^AWS::/, '');

function composeItems(report: RunReport): string[] {
  const compose = report.diff?.compose;
  if (!compose) return [];
  const images = new Map(report.images.map((i) => [i.service, i]));
  const items = compose.services.map((s) => {
    const record = images.get(s.service);
    const origin = record?.repository
      ? record.pushed
        ? `built now${record.tag ? `, tag ${codeSpan(record.tag)}` : ''}`
        : `reused${record.tag ? `, tag ${codeSpan(record.tag)}` : ''}`
      : undefined;
    const image = s.image
      ? s.image.from && s.image.to
        ? `image \`${shortImage(s.image.from)}\` → \`${shortImage(s.image.to)}\``
        : `image \`${shortImage(s.image.to ?? s.image.from)}\``
      : undefined;
    const head = [
      s.status === 'added' ? 'new service' : s.status === 'removed' ? 'removed' : undefined,
      image,
    ]
      .filter(Boolean)
      .join(', ');
    const lines = [
      `- **${cell(s.service)}**${head ? `: ${head}` : ''}${origin && s.image?.to ? ` (${origin})` : ''}`,
    ];
    for (const note of s.notes) lines.push(`  - ${cell(note)}`);
    return lines.join('\n');
  });
  return [...items, ...compose.project.map((note) => `- project: ${cell(note)}`)];
}

function securityItems(report: RunReport): string[] {
  // One line per distinct change; the same statement in several roles (a new stack's) says where once.
  const groups = new Map<string, { change: SecurityChange; where: string[] }>();
  for (const c of report.diff?.security ?? []) {
    const key = `${c.change}\n${c.kind}\n${c.text}\n${c.flag ?? ''}`;
    const group = groups.get(key) ?? { change: c, where: [] };
    if (c.where) group.where.push(c.where);
    groups.set(key, group);
  }
  // What needs a second look first, then what is added, then what is removed.
  const rank = (s: SecurityChange) => (s.flag ? 0 : s.change === 'added' ? 1 : 2);
  return [...groups.values()]
    .sort((a, b) => rank(a.change) - rank(b.change))
    .map(({ change: s, where }) => {
      const at = where.length ? ` — ${where.join(', ')}` : '';
      if (s.kind === 'day-two') return `- ⛔ ${cell(s.text)}${s.flag ? ` — ⚠️ **${s.flag}**` : ''}`;
      return `- ${s.change === 'added' ? '➕' : '➖'} ${s.change} ${cell(s.text)}${cell(at)}${s.flag ? ` — ⚠️ **${s.flag}**` : ''}`;
    });
}

function changeRows(report: RunReport): string[] {
  const byId = new Map((report.diff?.resources ?? []).map((r) => [r.logicalId, r]));
  return report.changes.map((c) => {
    const local = byId.get(c.logicalId);
    // CloudFormation's own word first (RequiresRecreation per property), the documented table otherwise.
    const recreating = (c.details ?? []).filter((d) =>
      c.replacement === 'Conditional' ? d.recreation && d.recreation !== 'Never' : d.recreation === 'Always',
    );
    const causes = recreating.length
      ? [...new Set(recreating.map((d) => (d.cause ? `${d.property} (${d.cause})` : d.property)))]
      : local?.replacedBy.length
        ? local.replacedBy
        : c.properties;
    const by = causes.length ? ` by ${cell(causes.join(', '))}` : '';
    const replacement =
      c.replacement === 'True'
        ? `⚠️ **replaced**${by}`
        : c.replacement === 'Conditional'
          ? `may be replaced${by}`
          : '';
    const fromAws = (c.details ?? []).filter((d) => d.before !== undefined || d.after !== undefined);
    const props =
      c.action === 'Modify' && fromAws.length
        ? fromAws
            .map((d) =>
              cell(
                `${d.path ?? d.property}: ${showValue(d.before ?? '(none)', 40)} → ${showValue(d.after ?? '(none)', 40)}`,
              ),
            )
            .join('<br>')
        : c.action === 'Modify' && local
          ? propertySummary(local.changes)
          : c.action === 'Modify'
            ? cell(c.properties.join(', '))
            : '';
    // Replacement first, then the properties: four columns stay readable without scrolling. Each part is
    // escaped already; only the <br> between them is markup.
    const what = [replacement, props].filter(Boolean).join('<br>');
    return `| ${ACTION_ICON[c.action] ?? ''} ${c.action} | ${codeSpan(c.logicalId)} | ${cell(shortType(c.type))} | ${what} |`;
  });
}

const isScalar = (v: unknown) => v === undefined || v === null || typeof v !== 'object' || isIntrinsic(v);

/**
 * One short line per changed property, narrow enough for a table cell: `Type: application → network`
 * for a plain value, else the property with what happens inside it (`ContainerDefinitions: 2 added,
 * 1 changed`). Every value is in the template diff, resource by resource.
 */
function propertySummary(changes: PropertyChange[]): string {
  const byProperty = new Map<string, PropertyChange[]>();
  for (const c of changes) {
    const top = c.path.replace(/^Properties\./, '').split(/[.[]/)[0]!;
    byProperty.set(top, [...(byProperty.get(top) ?? []), c]);
  }
  return [...byProperty]
    .map(([name, list]) => {
      const only = list[0]!;
      if (
        list.length === 1 &&
        only.path.replace(/^Properties\./, '') === name &&
        isScalar(only.before) &&
        isScalar(only.after)
      )
        return cell(`${name}: ${showValue(only.before, 30)} → ${showValue(only.after, 30)}`);
      const count = (what: string, n: number) => (n ? `${n} ${what}` : '');
      return `${cell(name)}: ${[
        count('added', list.filter((c) => c.before === undefined).length),
        count('removed', list.filter((c) => c.after === undefined).length),
        count('changed', list.filter((c) => c.before !== undefined && c.after !== undefined).length),
      ]
        .filter(Boolean)
        .join(', ')}`;
    })
    .join('<br>');
}

function imageRows(report: RunReport): string[] {
  // What the deploy does with each image: a task definition gets it for the first time, or swaps to it.
  const deployed = new Map(
    (report.diff?.images ?? []).map((i) => [
      i.to,
      i.from ? `**changes** from \`${shortImage(i.from)}\`` : 'new',
    ]),
  );
  return report.images.map((i) => {
    const build =
      i.origin ??
      (i.repository ? (i.pushed ? 'built and pushed' : 'reused from the registry') : 'as written');
    return `| ${cell(i.service)} | ${codeSpan(shortImage(i.uri))} | ${build} | ${deployed.get(i.uri) ?? 'unchanged'} |`;
  });
}

function fullImages(report: RunReport): Section {
  const lines = report.images.map((i) => `${i.service}: ${i.uri}`);
  return {
    priority: 3,
    rows: lines.length ? 1 : 0,
    render: (n) =>
      n && lines.length
        ? `<details><summary>Full image references</summary>\n\n${fence(lines.join('\n'))}\n\n</details>`
        : '',
  };
}

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

export function rolloutTable(rows: ServiceRollout[]): string {
  if (!rows.length) return '';
  return [
    `| ${ROLLOUT_HEADER.join(' | ')} |`,
    `| ${ROLLOUT_HEADER.map(() => '---').join(' | ')} |`,
    ...rolloutRows(rows),
  ].join('\n');
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
        `| ${icon(r)} ${codeSpan(r.logicalId)} | ${cell(r.taskDefinition)}${r.serving?.length ? `<br>still serving: ${cell(r.serving.join(', '))}` : ''} | ${cell(r.rolloutState)} | ${r.desired} | ${r.running} | ${r.pending} | ${r.failedTasks} | ${cell(r.reason ?? r.latestEvent)} |`,
    );
}

/** A secret-like variable's value is replaced by a word, in the diff as in the compose view. */
const hidden = (c: PropertyChange) => ({
  before: c.before === undefined ? undefined : '(value not shown: secret-like name)',
  after: c.after === undefined ? undefined : '(value not shown: secret-like name)',
});

/** The template diff, resource by resource, each folded: what a reviewer opens last, and dropped first. */
function diffSection(report: RunReport): Section {
  const resources = report.diff?.resources ?? [];
  const blocks = resources.map((r) => {
    const lines = r.changes.map((change) => {
      const c = isSecretLikePath(change.path) ? { ...change, ...hidden(change) } : change;
      const path = c.path.replace(/^Properties\./, '');
      if (c.before === undefined) return `+ ${path}: ${showValue(c.after, 200)}`;
      if (c.after === undefined) return `- ${path}: ${showValue(c.before, 200)}`;
      return `- ${path}: ${showValue(c.before, 200)}\n+ ${path}: ${showValue(c.after, 200)}`;
    });
    const replaced = r.replacedBy.length ? `, replaced by ${r.replacedBy.join(', ')}` : '';
    const summary = `<details><summary>${ACTION_ICON[r.action]} <code>${r.logicalId}</code> ${r.type}${replaced}</summary>`;
    // Cut inside the code block, never through it: the lines that fit, then how many were left out.
    return (rowLimit = Infinity) => {
      let kept = lines.length;
      let size = lines.reduce((n, l) => n + l.length + 1, 0);
      while (kept > 0 && size > rowLimit - summary.length - 80) size -= lines[--kept]!.length + 1;
      const cut =
        kept < lines.length
          ? [...lines.slice(0, kept), `… ${lines.length - kept} more lines cut to fit`]
          : lines;
      return `${summary}\n\n${fence(cut.join('\n'), 'diff')}\n\n</details>`;
    };
  });
  return {
    priority: 1,
    rows: blocks.length,
    render: (n, rowLimit) =>
      blocks.length
        ? `<details><summary><b>Template diff</b> (${blocks.length} resources)</summary>\n\n${blocks
            .slice(0, n)
            .map((block) => block(rowLimit))
            .join('\n')}${more(blocks.length - n, 'resources')}\n\n</details>`
        : '',
  };
}

/**
 * Renders the report as GitHub-flavoured markdown within `limit` characters. When it does not fit,
 * the least important sections are shortened row by row (never inside a table row or a code block),
 * the template diff first; the headline, the cause of a failure, the images and the run link stay.
 */
export function renderMarkdown(report: RunReport, limit = COMMENT_LIMIT): string {
  const hidden = [commentMarker(report.stackName), fingerprintLine(report)].filter(Boolean).join('\n');
  const sections: Section[] = [fixed(hidden), fixed(headline(report))];
  if (report.cost) sections.push(fixed(costLine(report.cost)));
  if (report.error) sections.push(fixed(`> [!CAUTION]\n> ${cell(report.error)}`));
  if (report.deploy?.error && report.deploy.error !== report.error)
    sections.push(fixed(`> [!CAUTION]\n> ${cell(report.deploy.error)}`));
  if (report.deploy?.diagnosis)
    sections.push(fixed(`**Why the task stopped**\n\n${fence(report.deploy.diagnosis)}`));
  const urls = Object.entries(report.deploy?.urls ?? {});
  if (urls.length) sections.push(fixed(urls.map(([name, url]) => `- ${cell(name)}: ${url}`).join('\n')));
  // Whether this deploy applies what was reviewed; the reviewed plan folded, given up first for space.
  if (reviewedSection(report, false))
    sections.push({ priority: 2, rows: 1, keep: 0, render: (n) => reviewedSection(report, n > 0) });
  if (report.deploy?.rollout.length)
    sections.push(tableSection('Rollout', ROLLOUT_HEADER, rolloutRows(report.deploy.rollout), 7, 'services'));
  // While CloudFormation works (and after it failed), each resource's latest status, as a console shows it.
  const resources =
    report.deploy?.state === 'in-progress' || report.deploy?.state === 'failed'
      ? report.deploy.resources
      : undefined;
  if (resources?.length)
    sections.push(
      tableSection(
        'Stack progress',
        ['Resource', 'Type', 'Status', 'Reason'],
        resourcesTable(resources),
        6,
        'resources',
        40,
      ),
    );
  sections.push(listSection('Jobs', jobItems(report), 8, 'jobs'));
  const cost = report.cost && costSection(report.cost);
  if (cost) sections.push(cost);
  sections.push(listSection('In compose words', composeItems(report), 8, 'services'));
  sections.push(
    listSection(
      'Domains',
      (report.domains ?? []).map((line) => `- ${cell(line)}`),
      7,
      'lines',
    ),
  );
  sections.push(
    listSection(
      'Start order',
      (report.startOrder ?? []).map((line) => `- ${cell(line)}`),
      9,
      'orderings',
    ),
  );
  sections.push(
    listSection(
      'Next rollout',
      (report.nextRollouts ?? []).map((line) => `- ${cell(line)}`),
      9,
      'services',
    ),
  );
  sections.push(listSection('Security-sensitive changes', securityItems(report), 9, 'changes'));
  sections.push(
    tableSection(
      report.changeSetType === 'CREATE' ? 'New stack' : 'Changes',
      ['Action', 'Resource', 'Type', 'What changes'],
      changeRows(report),
      4,
      'resources',
      30,
    ),
  );
  sections.push(
    tableSection('Images', ['Service', 'Image', 'Build', 'Deploy'], imageRows(report), 10, 'images'),
  );
  sections.push(fullImages(report));
  sections.push(
    listSection(
      'Warnings',
      report.warnings.map((w) => `- ${cell(w)}`),
      5,
      'warnings',
    ),
  );
  sections.push(diffSection(report));
  const footer = [
    `compose-ecs ${VERSION}`,
    report.region,
    report.changeSetName ? `change set \`${report.changeSetName}\`` : undefined,
    report.apiCalls !== undefined ? `${report.apiCalls} AWS API calls${byPhase(report)}` : undefined,
    report.runUrl ? `[run](${report.runUrl})` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  sections.push(fixed(`<sub>${footer}</sub>`));

  let out = fitSections(sections, limit, (text) =>
    showAsVariables(redact(text, report.redactions ?? []), report.shownAs ?? []),
  );
  // Only the fixed parts are left (a giant error message): cut at a paragraph, outside any table.
  if (out.length > limit) {
    const cut = out.lastIndexOf('\n\n', limit - 80);
    out = `${out.slice(0, cut > 0 ? cut : limit - 80)}\n\n… (truncated to fit GitHub's limit)\n`;
  }
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

// What the plan changes, as a reviewer reads it: in compose words (services, images), the security-sensitive
// changes, and one table row per resource CloudFormation changes.
import { codeSpan, escapeText as cell } from './escape.js';
import { shortImage } from './image-sections.js';
import { isIntrinsic, showValue, type PropertyChange } from './resource-diff.js';
import type { RunReport } from './run-report.js';
import type { SecurityChange } from './security-changes.js';
import { tableSection, type Section } from './sections.js';

export const ACTION_ICON: Record<string, string> = {
  Add: '➕',
  Modify: '✏️',
  Remove: '➖',
  Import: '📥',
  Dynamic: '❔',
};

/** `AWS::ECS::Service` → `ECS::Service`: the table stays narrow enough to read without scrolling. */
export const shortType = (type: string) => type.replace(/^AWS::/, '');

export function composeItems(report: RunReport): string[] {
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

export function securityItems(report: RunReport): string[] {
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

export function changeRows(report: RunReport): string[] {
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

/** The resources the change set changes (a new stack: all of them), one row each. */
export function changesSection(report: RunReport): Section {
  return tableSection(
    report.changeSetType === 'CREATE' ? 'New stack' : 'Changes',
    ['Action', 'Resource', 'Type', 'What changes'],
    changeRows(report),
    4,
    'resources',
    30,
  );
}

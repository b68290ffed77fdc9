// The estimate in the report: one line under the headline and a folded table per service and shared
// resource, for the PR comment, the job summary and the CLI alike (src/report/markdown.ts hooks it in).
import type { Section } from '../report/sections.js';
import type { CostEstimate, CostReport, CostRow, Money } from './estimate.js';

/** `$61`, `$7.30`: cents only where they matter. */
function dollars(n: number): string {
  const abs = Math.abs(n);
  const text = abs >= 10 ? Math.round(abs).toLocaleString('en-US') : abs.toFixed(2);
  return `${n < 0 ? '−' : ''}$${text}`;
}

const same = (m: Money) => Math.abs(m.high - m.low) < 0.005;
const amount = (m: Money) => (same(m) ? dollars(m.low) : `${dollars(m.low)}–${dollars(m.high)}`);
const signed = (n: number) => (n > 0.004 ? `+${dollars(n)}` : Math.abs(n) <= 0.004 ? '±$0' : dollars(n));

function change(before: Money | undefined, after: Money | undefined): string {
  const d = { low: (after?.low ?? 0) - (before?.low ?? 0), high: (after?.high ?? 0) - (before?.high ?? 0) };
  if (Math.abs(d.low - d.high) < 0.005) return signed(d.low);
  const [a, b] = [d.low, d.high].sort((x, y) => x - y);
  return `${signed(a!)} to ${signed(b!)}`;
}

export function sourceOf(e: CostEstimate): string {
  return `AWS Price List, ${e.region}, ${e.readOn}${e.published ? ` (prices published ${e.published})` : ''}`;
}

/** "≈ $61/month, +$18 (from $43)": the stack after the change and the difference. */
export function costLine(cost: CostReport): string {
  if ('unavailable' in cost) return `💰 No cost estimate: ${cost.unavailable}`;
  const e = cost.estimate;
  const label = `estimate: on-demand list prices, no savings plans or free tier · ${sourceOf(e)}`;
  if (!e.after) return `💰 **${e.before ? amount(e.before) : '$0'}/month stops being paid** (${label})`;
  const delta = e.before ? `, ${change(e.before, e.after)} (from ${amount(e.before)})` : ' (new stack)';
  return `💰 **≈ ${amount(e.after)}/month${delta}** (${label})`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function tableRow(r: CostRow): string {
  const name = r.kind === 'service' ? `**${cell(r.name)}**` : `${cell(r.name)} (shared)`;
  const what = [r.what, ...(r.missing.length ? [`⚠️ no price for ${r.missing.join(', ')}`] : [])];
  // Billed by use alone (a file system, a log group): its unit price is listed below the table.
  const byUse = r.perUse.length > 0 && !r.before?.high && !r.after?.high;
  const side = (m: Money | undefined) => (!m ? '—' : byUse ? 'by use' : amount(m));
  return `| ${name} | ${side(r.before)} | ${side(r.after)} | ${byUse ? '' : change(r.before, r.after)} | ${cell(what.join('; '))} |`;
}

/** The folded detail: the rows, the unit prices of what is billed by use, the notes and the source. */
export function costSection(cost: CostReport): Section | undefined {
  if ('unavailable' in cost) return undefined;
  const e = cost.estimate;
  const rows = e.rows.map(tableRow);
  const perUse = e.rows.flatMap((r) => r.perUse.map((u) => `- ${cell(r.name)} ${u}`));
  return {
    priority: 6,
    rows: rows.length,
    keep: rows.length,
    render: (n) => {
      if (!rows.length || !n) return '';
      const total = `| **Total** | ${e.before ? amount(e.before) : '—'} | ${e.after ? amount(e.after) : '—'} | ${change(e.before, e.after)} | |`;
      const parts = [
        [
          '| Service / resource | Before | After | Change | What is billed |',
          '|---|---|---|---|---|',
          ...rows.slice(0, n),
          total,
        ].join('\n'),
        perUse.length
          ? `Billed by use, so not in the figures (usage is unknown):\n\n${perUse.join('\n')}`
          : '',
        ...e.notes,
        `<sub>An estimate per month of 730 hours from on-demand list prices (no savings plans, free tier, data transfer or taxes): ${sourceOf(e)}.</sub>`,
      ];
      return `<details><summary><b>Monthly cost</b> (estimate)</summary>\n\n${parts.filter(Boolean).join('\n\n')}\n\n</details>`;
    },
  };
}

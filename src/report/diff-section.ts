// The template diff, resource by resource, each folded: what a reviewer opens last, and dropped first.
import { ACTION_ICON } from './change-sections.js';
import { isSecretLikePath } from './compose-changes.js';
import { fence } from './escape.js';
import { showValue, type PropertyChange } from './resource-diff.js';
import type { RunReport } from './run-report.js';
import { more, type Section } from './sections.js';

/** A secret-like variable's value is replaced by a word, in the diff as in the compose view. */
const hidden = (c: PropertyChange) => ({
  before: c.before === undefined ? undefined : '(value not shown: secret-like name)',
  after: c.after === undefined ? undefined : '(value not shown: secret-like name)',
});

/** The template diff, resource by resource, each folded: what a reviewer opens last, and dropped first. */
export function diffSection(report: RunReport): Section {
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

// The comment as sections that can give up rows: how it fits GitHub's limit. A section is shortened by
// whole rows (list items, table rows, folded resources), never inside a table or a code block, the
// least important first; each keeps its first rows until every section has given up the rest.

/** A section of the comment, shortened to `rows` rows (0: left out, with a line saying so) when space is short. */
export interface Section {
  /** Higher is kept longer. */
  priority: number;
  rows: number;
  /** Rows kept in the first round of shortening (KEEP_ROWS unless said). */
  keep?: number;
  /** `rowLimit`: the most characters one row may take; a longer one is cut (a row never hides the rest). */
  render(rows: number, rowLimit?: number): string;
}

const KEEP_ROWS = 5;

/** The most of the limit one row may take once the comment does not fit whole. */
const ROW_SHARE = 8;

/**
 * A row cut to `limit` characters at a line (or, for one line, a word) boundary, saying how much was cut;
 * a table row stays a table row.
 */
export function cutRow(row: string, limit = Infinity): string {
  if (row.length <= limit) return row;
  const table = row.startsWith('|');
  const room = Math.max(0, limit - 60);
  const head = row.slice(0, room);
  const lastLine = head.lastIndexOf('\n');
  if (!table && lastLine > 0) {
    const hiddenLines = row.slice(lastLine).split('\n').length - 1;
    return `${head.slice(0, lastLine)}\n  - … ${hiddenLines} more lines cut to fit`;
  }
  const lastSpace = head.lastIndexOf(' ');
  const kept = lastSpace > room / 2 ? head.slice(0, lastSpace) : head;
  // An entity cut in half would show its start: drop it whole.
  const clean = kept.replace(/&#?\w*$/, '');
  return table ? `${clean} … (cut to fit) |` : `${clean} … (cut to fit)`;
}

/** The line that says how many rows a shortened section left out. */
export const more = (hidden: number, what: string) =>
  hidden > 0
    ? `\n\n<sub>… ${hidden} more ${what} left out to fit GitHub's limit: see the job summary</sub>`
    : '';

export function listSection(title: string, items: string[], priority: number, what: string): Section {
  return {
    priority,
    rows: items.length,
    render: (rows, rowLimit) =>
      items.length
        ? `**${title}**\n\n${items
            .slice(0, rows)
            .map((item) => cutRow(item, rowLimit))
            .join('\n')}${more(items.length - rows, what)}`
        : '',
  };
}

export function tableSection(
  title: string,
  header: string[],
  rows: string[],
  priority: number,
  what: string,
  foldOver = Infinity,
): Section {
  return {
    priority,
    rows: rows.length,
    render: (n, rowLimit) => {
      if (!rows.length) return '';
      const table = [
        `| ${header.join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
        ...rows.slice(0, n).map((row) => cutRow(row, rowLimit)),
      ];
      const body =
        n > 0 ? `${table.join('\n')}${more(rows.length - n, what)}` : more(rows.length, what).trim();
      // A long table is folded, so the sections after it stay in sight.
      return rows.length > foldOver
        ? `<details><summary><b>${title}</b> (${rows.length})</summary>\n\n${body}\n\n</details>`
        : `**${title}**\n\n${body}`;
    },
  };
}

/** Always shown whole: the marker, the headline, the cause of a failure, the footer. */
export const fixed = (text: string): Section => ({ priority: Infinity, rows: 0, render: () => text });

/**
 * Joins the sections (through `finish`, e.g. redaction) within `limit` characters: when they do not fit,
 * each section in turn, least important first, keeps the most rows that fit (binary search), first
 * down to its first rows, then, if that is not enough, down to none.
 */
export function fitSections(sections: Section[], limit: number, finish: (text: string) => string): string {
  const shown = sections.map((s) => s.rows);
  let rowLimit = Infinity;
  const text = () =>
    finish(
      sections
        .map((s, i) => s.render(shown[i]!, rowLimit))
        .filter(Boolean)
        .join('\n\n') + '\n',
    );
  let out = text();
  // One oversized row (a service with 1,500 variables) must not push every other section out: rows are cut
  // to a share of the limit first, then sections give up rows as before.
  if (out.length > limit) {
    rowLimit = Math.max(400, Math.floor(limit / ROW_SHARE));
    out = text();
  }
  const byImportance = sections.map((s, i) => ({ s, i })).filter(({ s }) => s.rows > 0);
  byImportance.sort((a, b) => a.s.priority - b.s.priority);
  for (const floor of [(s: Section) => Math.min(s.rows, s.keep ?? KEEP_ROWS), () => 0]) {
    for (const { s, i } of byImportance) {
      if (out.length <= limit) break;
      let low = floor(s);
      let high = shown[i]!;
      while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        shown[i] = mid;
        if (text().length <= limit) low = mid;
        else high = mid - 1;
      }
      shown[i] = low;
      out = text();
    }
  }
  return out;
}

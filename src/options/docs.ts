// What the options table says in action.yml and in the README's input table. `npm run options` writes both
// (scripts/options-docs.ts); __tests__/options/docs.test.ts fails when either differs from the table.
import { ACTION_MODES } from './modes.js';
import { flagOf, type OptionRow } from './row.js';
import { OPTION_ROWS } from './table.js';

/** The rows the action has as inputs, in action.yml's order. */
const inputRows = (): OptionRow[] => OPTION_ROWS.filter((row) => row.action !== false);

/** action.yml's `inputs:` entries: each input's description and default. */
export function actionInputs(): Record<string, { description: string; required: false; default: string }> {
  return Object.fromEntries(
    inputRows().map((row) => [
      row.name,
      { description: description(row), required: false, default: row.default ?? '' },
    ]),
  );
}

/** action.yml has no default column: a default the literal one does not say is said in the description. */
function description(row: OptionRow): string {
  return row.shown ? `${row.doc} (default: ${row.shown})` : row.doc;
}

export const README_HEADER = ['input', 'CLI', 'default', 'modes', 'meaning'];

/** The README's input table, a row of Markdown cells per input. */
export function readmeRows(): string[][] {
  return inputRows().map((row) => [
    `\`${row.name}\``,
    cliCell(row),
    defaultCell(row),
    modesCell(row),
    row.doc,
  ]);
}

function cliCell(row: OptionRow): string {
  if (row.cli === 'positional') return 'first word';
  const flag = flagOf(row);
  if (!flag || typeof row.cli !== 'object' || !('help' in row.cli)) return '—';
  const negated = row.field.shape === 'boolean' && row.default === 'true';
  const long = `\`--${negated ? 'no-' : ''}${flag}\``;
  return row.cli.short ? `\`-${row.cli.short}\`, ${long}` : long;
}

function defaultCell(row: OptionRow): string {
  if (row.shown !== undefined) return row.shown;
  return row.default ? `\`${row.default}\`` : '';
}

function modesCell(row: OptionRow): string {
  const modes = ACTION_MODES.filter((m) => row.modes.includes(m));
  return modes.length === ACTION_MODES.length ? 'all' : modes.join(', ');
}

/** The table as Markdown (the generator lets prettier pad it). */
export function readmeTable(): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(README_HEADER), line(README_HEADER.map(() => '---')), ...readmeRows().map(line)].join('\n');
}

/** action.yml's `inputs:` block as YAML (descriptions double-quoted: JSON strings are YAML). */
export function actionInputsYaml(): string {
  const entries = Object.entries(actionInputs()).map(
    ([name, input]) =>
      `  ${name}:\n    description: ${JSON.stringify(input.description)}\n    required: false\n    default: ${JSON.stringify(input.default)}\n`,
  );
  return `inputs:\n${entries.join('')}`;
}

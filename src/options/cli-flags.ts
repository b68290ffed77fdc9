// The CLI's flags, derived from the options table: parseArgs' configuration, --help, and the reader that turns
// parsed flags into the text the action's inputs carry, so one parser checks both (src/options/parse.ts).
import type { ParseArgsConfig } from 'node:util';
import { flagOf, type OptionRow } from './row.js';
import { MODES } from './modes.js';
import { OPTION_ROWS } from './table.js';
import type { InputReader } from './parse.js';

type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** A switch whose default is on is turned off: `--no-pin-images`. */
function isNegated(row: OptionRow): boolean {
  return row.field.shape === 'boolean' && row.default === 'true';
}

/** The flag as typed on the command line, without the dashes. */
function cliFlag(row: OptionRow): string | undefined {
  const flag = flagOf(row);
  return flag && isNegated(row) ? `no-${flag}` : flag;
}

/** parseArgs' options: every row with a flag, and --help and --version. */
export function parseArgsOptions(): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
  };
  for (const row of OPTION_ROWS) {
    const flag = cliFlag(row);
    if (!flag || typeof row.cli !== 'object' || !('help' in row.cli)) continue;
    const shape = row.field.shape;
    options[flag] = {
      type: shape === 'boolean' ? 'boolean' : 'string',
      ...(shape === 'repeatable' ? { multiple: true } : {}),
      ...(row.cli.short ? { short: row.cli.short } : {}),
    };
  }
  return options;
}

/**
 * The parsed flags as the action's inputs would carry them: a switch as true/false, a repeated flag as lines,
 * the mode from the first word.
 */
export function flagReader(values: FlagValues, mode: string): InputReader {
  const byName = new Map(OPTION_ROWS.map((row) => [row.name, row]));
  return (name) => {
    const row = byName.get(name);
    if (row?.cli === 'positional') return mode;
    const flag = row && cliFlag(row);
    const value = flag === undefined ? undefined : values[flag];
    if (value === undefined) return '';
    if (typeof value === 'boolean') return String(isNegated(row!) ? !value : value);
    return Array.isArray(value) ? value.join('\n') : value;
  };
}

/** "input wait-timeout: …" → "--wait-timeout: …": problems named as the CLI user typed them. */
export function asFlagProblem(problem: string): string {
  return problem.replace(/^input ([a-z-]+):/, (whole, name: string) => {
    const row = OPTION_ROWS.find((r) => r.name === name);
    const flag = row && cliFlag(row);
    return flag ? `--${flag}:` : whole;
  });
}

/** --help: the commands, then one line per flag (with the modes that read it, when not all do). */
export function usage(): string {
  const lines = OPTION_ROWS.flatMap((row): [string, string][] => {
    const flag = cliFlag(row);
    if (!flag || typeof row.cli !== 'object' || !('help' in row.cli)) return [];
    const names = `${row.cli.short ? `-${row.cli.short}, ` : '    '}--${flag}${row.cli.meta ? ` ${row.cli.meta}` : ''}`;
    const modes = MODES.every((m) => row.modes.includes(m)) ? '' : ` [${row.modes.join(', ')}]`;
    return [[names, `${row.cli.help}${modes}`]];
  });
  lines.push(['-h, --help', 'this text'], ['    --version', 'the version']);
  const width = Math.max(...lines.map(([names]) => names.length)) + 2;
  return [
    `usage: compose-ecs <${MODES.join('|')}> [options]`,
    '       compose-ecs rollback [--to previous|SHA|DEPLOYMENT-ID] --environment ENV   restore a recorded release',
    '       compose-ecs releases --environment ENV               the environment’s releases (GitHub Deployments)',
    '       compose-ecs ps [--stack-name NAME | -f FILE]        what the deployed stack runs now',
    '       compose-ecs logs [SERVICE...] [--since 10m] [--tail N]  what its containers printed',
    '       compose-ecs run SERVICE [-- COMMAND...]              a one-off task of a deployed service or job',
    '',
    ...lines.map(([names, help]) => `  ${names.padEnd(width)}${help}`),
  ].join('\n');
}

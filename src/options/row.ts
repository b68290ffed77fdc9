// The shape of one row of the options table (src/options/table.ts): everything both shells and the docs need
// to know of one option. action.yml, the CLI's flags and --help, and the README's input table come from rows.
import type { Field } from './fields.js';
import type { Command } from './modes.js';

/** How the CLI takes an option: a flag, the positional word (the mode), or not at all (and why not). */
export type CliSpec =
  | {
      /** The flag when it is not the input's name (`--file` for compose-file). */
      flag?: string;
      short?: string;
      /** What the value is called in --help (FILE, N); none for a switch. */
      meta?: string;
      /** One line for --help. */
      help: string;
    }
  | 'positional'
  | { absent: string };

export interface OptionRow<T = unknown> {
  /** The action's input, as action.yml and the workflow spell it. */
  name: string;
  field: Field<T>;
  /** The default as action.yml writes it; none means the field's own (unset, for most). */
  default?: string;
  /** The default as the README shows it, where the literal one says too little ("the project name"). */
  shown?: string;
  cli: CliSpec;
  /** false: a CLI flag with no action input (ps and logs' --since, say). */
  action?: false;
  /** The modes (and CLI commands) that read it. */
  modes: readonly Command[];
  /** What it does, in Markdown: the README's input table and action.yml's description. */
  doc: string;
}

/** The CLI's flag for a row; undefined when the CLI takes it otherwise (the mode) or not at all. */
export function flagOf(row: OptionRow): string | undefined {
  if (row.cli === 'positional' || 'absent' in row.cli) return undefined;
  return row.cli.flag ?? row.name;
}

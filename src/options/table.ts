// The options table: every option of the action and the CLI, once. action.yml's inputs, the CLI's flags and
// --help, and the README's input table are generated from it (`npm run options`; a test fails when they
// differ), and both shells parse through it (src/options/parse.ts). Adding an option is adding a row to one
// of the groups below; its value then reaches RunOptions in src/options/run-options.ts.
import { bool, count, duration, text } from './fields.js';
import { COMMANDS } from './modes.js';
import type { OptionRow } from './row.js';
import { IMAGE_OPTIONS, PROJECT_OPTIONS } from './rows-compose.js';
import { RELEASE_OPTIONS, STACK_OPTIONS } from './rows-stack.js';

/** Flags only the CLI has: the read-only commands' and the terminal's. */
const CLI_OPTIONS = {
  repository: {
    name: 'repository',
    field: text,
    action: false,
    cli: {
      meta: 'O/R',
      help: 'GitHub repository of the releases (default: $GITHUB_REPOSITORY); token from $GITHUB_TOKEN',
    },
    modes: ['deploy', 'rollback', 'destroy', 'releases'],
    doc: 'the GitHub repository whose deployments record the releases (the action: the workflow’s own)',
  },
  since: {
    name: 'since',
    field: duration('1h'),
    action: false,
    cli: { meta: 'DURATION', help: 'logs: from this long ago (30s, 10m, 2h; default 1h)' },
    modes: ['logs'],
    doc: 'how far back `logs` reads',
  },
  tail: {
    name: 'tail',
    field: count,
    action: false,
    cli: { meta: 'N', help: 'logs: the last N lines per service' },
    modes: ['logs'],
    doc: 'how many lines per service `logs` prints',
  },
  verbose: {
    name: 'verbose',
    field: bool(false),
    action: false,
    cli: { short: 'v', help: 'debug output' },
    modes: COMMANDS,
    doc: 'debug output',
  },
} as const satisfies Record<string, OptionRow>;

/** Every option, keyed by the name the code reads it under; the order is action.yml's and --help's. */
export const OPTIONS = {
  ...PROJECT_OPTIONS,
  ...IMAGE_OPTIONS,
  ...STACK_OPTIONS,
  ...RELEASE_OPTIONS,
  ...CLI_OPTIONS,
} as const satisfies Record<string, OptionRow>;

export type OptionKey = keyof typeof OPTIONS;

/** The rows in order. */
export const OPTION_ROWS: readonly (OptionRow & { key: OptionKey })[] = Object.entries(OPTIONS).map(
  ([key, row]) => ({ ...(row as OptionRow), key: key as OptionKey }),
);

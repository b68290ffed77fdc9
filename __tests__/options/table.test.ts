// The options table drives both shells: every row parsed from the action's input and from the CLI's flag gives
// the same value, the CLI has a flag for every input (or says why not), and --help lists them all.
import { parseArgs } from 'node:util';
import { asFlagProblem, flagReader, parseArgsOptions, usage } from '../../src/options/cli-flags.js';
import { ACTION_MODES, MODES } from '../../src/options/modes.js';
import { parseOptions, type Options } from '../../src/options/parse.js';
import { flagOf, type OptionRow } from '../../src/options/row.js';
import { runOptions } from '../../src/options/run-options.js';
import { OPTION_ROWS } from '../../src/options/table.js';

const env = { GITHUB_WORKSPACE: '/repo', RUNNER_TEMP: '/tmp/runner' };
const context = { workspace: '/repo', env };
const action = (inputs: Record<string, string>) =>
  parseOptions((name) => inputs[name] ?? '', { ...context, shell: 'action' });
const cli = (argv: string[]) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: parseArgsOptions(),
  });
  return parseOptions(flagReader(values, positionals[0] ?? ''), { ...context, shell: 'cli' });
};

/** Texts to try as a row's value. */
const CANDIDATES = [
  '3',
  'auto',
  'true',
  'arn:aws:iam::123456789012:policy/boundary',
  '4f2a9c1',
  '10m',
  'deploy',
  'podman',
  'arn:aws:iam::123456789012:role/cfn',
  'arn:aws:sns:us-east-1:123456789012:events',
  'team=shop',
  'shop',
];

/** Texts to try for a row: the first the action takes without a problem that differs from the default. */
function sample(row: OptionRow & { key: keyof Options }): string {
  const fallback = action({})[row.key];
  if (row.field.shape === 'boolean') return String(!fallback);
  const takes = (text: string) => {
    try {
      return action({ mode: 'plan', [row.name]: text })[row.key] !== fallback;
    } catch {
      return false;
    }
  };
  const text = CANDIDATES.find(takes);
  if (!text) throw new Error(`no sample value for ${row.name}`);
  return text;
}

/** The argv that gives a row `text`: the flag (a switch only when it turns the default over), or the first word. */
function argvFor(row: OptionRow, text: string): string[] {
  if (row.cli === 'positional') return [text];
  const flag = flagOf(row)!;
  if (row.field.shape !== 'boolean') return ['plan', `--${flag}`, text];
  return ['plan', row.default === 'true' ? `--no-${flag}` : `--${flag}`];
}

const withFlags = OPTION_ROWS.filter((row) => row.action !== false && flagOf(row));

describe('the options table', () => {
  it.each(withFlags.map((row) => [row.name, row] as const))(
    '%s: the input and its CLI flag give the same value',
    (name, row) => {
      const text = sample(row);
      const fromInput = action({ [name]: text, ...(row.key === 'mode' ? {} : { mode: 'plan' }) });
      const fromFlag = cli(argvFor(row, text));
      expect(fromFlag[row.key]).toEqual(fromInput[row.key]);
      expect(fromInput[row.key]).not.toEqual(action({})[row.key]);
    },
  );

  it('gives every action input a CLI flag, the first word (the mode), or a reason it has none', () => {
    for (const row of OPTION_ROWS.filter((r) => r.action !== false)) {
      const reason = typeof row.cli === 'object' && 'absent' in row.cli ? row.cli.absent : undefined;
      expect([row.name, Boolean(flagOf(row) || row.cli === 'positional' || reason)]).toEqual([
        row.name,
        true,
      ]);
    }
    const absent = OPTION_ROWS.filter((r) => typeof r.cli === 'object' && 'absent' in r.cli).map(
      (r) => r.name,
    );
    expect(absent).toEqual(['build-secret-key', 'comment', 'github-token']);
  });

  it('names inputs, flags and short flags once each, and lists every flag in --help', () => {
    const names = OPTION_ROWS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const options = parseArgsOptions();
    const shorts = Object.values(options).flatMap((o) => (o.short ? [o.short] : []));
    expect(new Set(shorts).size).toBe(shorts.length);
    const help = usage();
    for (const flag of Object.keys(options)) expect(help).toContain(`--${flag}`);
    expect(help).toContain(`usage: compose-ecs <${MODES.join('|')}>`);
  });

  it('has defaults that agree with what each field reads from nothing', () => {
    for (const row of OPTION_ROWS.filter((r) => r.default !== undefined && r.name !== 'github-token')) {
      const parse = (text: string) => row.field.parse(text, () => undefined, 'action');
      expect([row.name, parse(row.default!)]).toEqual([row.name, parse('')]);
    }
  });

  it('takes convert on the CLI only; the action’s mode input lists the others', () => {
    expect(cli(['convert']).mode).toBe('convert');
    expect(() => action({ mode: 'convert' })).toThrow(
      `input mode: expected one of ${ACTION_MODES.join(', ')}, got "convert"`,
    );
  });

  it('says a bad flag by the name the CLI user typed', () => {
    let message = '';
    try {
      cli(['rollback', '--to', 'yesterday', '--file', 'a.yaml', '--wait-timeout', '0']);
    } catch (err) {
      message = (err as Error).message.split('; ').map(asFlagProblem).join('\n');
    }
    expect(message).toBe(
      [
        '--wait-timeout: expected a positive number of minutes, got "0"',
        '--to: expected previous, a commit sha (7 to 40 hex digits) or a deployment id, got "yesterday"',
        '--environment: rollback needs the environment (or stack-name) whose release it restores',
      ].join('\n'),
    );
  });

  it('makes the same RunOptions from the action’s inputs and the CLI’s flags', () => {
    const inputs: Record<string, string> = { mode: 'deploy' };
    const argv = ['deploy'];
    for (const row of withFlags.filter((r) => r.cli !== 'positional')) {
      const text = sample(row);
      inputs[row.name] = text;
      argv.push(...argvFor(row, text).slice(1));
    }
    const shell = { env: { GITHUB_SHA: 'abc' } };
    const fromInputs: Options = action(inputs);
    expect(runOptions(cli(argv), shell)).toEqual(runOptions(fromInputs, shell));
    expect(runOptions(fromInputs, shell)).toMatchObject({
      repositoryPrefix: '3',
      images: { concurrency: 3, cache: false, lifecycleKeep: 3, kmsKey: '3' },
      release: { transient: true, rollbackTo: '3', sha: 'abc' },
      stack: { roleArn: 'arn:aws:iam::123456789012:role/cfn', tags: { team: 'shop' } },
      pinImages: false,
    });
  });
});

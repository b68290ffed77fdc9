// Both shells' options, parsed and checked in one place from the options table. The action reads each input as
// the runner hands it over; the CLI turns its flags into the same text first (src/options/cli-flags.ts). Every
// problem is reported at once, named after the action's input ("input wait-timeout: …"); the CLI renames
// them to its flags.
import { isAbsolute, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { ACTION_TAGS, stackSettingProblems, type StackSettings } from '../deploy/stack-settings.js';
import { UserError } from '../errors.js';
import type { Field, Shell } from './fields.js';
import { OPTION_ROWS, OPTIONS, type OptionKey } from './table.js';

/** Every option's value, typed by its row's field. */
export type Options = {
  [K in OptionKey]: (typeof OPTIONS)[K]['field'] extends Field<infer T> ? T : never;
};

/** Reads one option's text by its action input name; '' when unset. */
export type InputReader = (name: string) => string;

export interface ParseContext {
  shell: Shell;
  /** What a relative working-directory resolves against: the workspace (action), the current directory (CLI). */
  workspace: string;
  /** RUNNER_TEMP, for the action's default template path. */
  env: Record<string, string | undefined>;
}

/** The options, or a UserError listing every problem (each "input NAME: …"). */
export function parseOptions(read: InputReader, context: ParseContext): Options {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const row of OPTION_ROWS) {
    // A CLI-only flag has its default in the action, whatever INPUT_<NAME> the environment carries.
    const text = row.action === false && context.shell === 'action' ? '' : read(row.name);
    const fail = (message: string) => problems.push(`input ${row.name}: ${message}`);
    values[row.key] = row.field.parse(text, fail, context.shell);
  }
  const options = values as Options;
  options.workingDirectory = resolve(context.workspace, options.workingDirectory);
  options.templatePath = templatePath(options, context);
  problems.push(...crossChecks(options));
  if (problems.length) throw new UserError(problems.join('; '));
  return options;
}

/** The stack settings the options make (issue 10): service role, protection, topics, tags, overrides, rollback. */
export function stackSettings(options: Options): StackSettings {
  return {
    ...(options.roleArn ? { roleArn: options.roleArn } : {}),
    terminationProtection: options.terminationProtection,
    notificationArns: options.notificationArns,
    tags: options.tags,
    parameterOverrides: options.parameterOverrides,
    disableRollback: options.disableRollback,
  };
}

/** Problems no single option shows. */
function crossChecks(options: Options): string[] {
  const problems: string[] = [];
  if (options.mode === 'rollback' && !options.environment && !options.stackName)
    problems.push(
      'input environment: rollback needs the environment (or stack-name) whose release it restores',
    );
  const actionTags = Object.fromEntries(ACTION_TAGS.map((t) => [t, '']));
  problems.push(...stackSettingProblems(stackSettings(options), actionTags));
  return problems;
}

/**
 * Where the template goes: relative to the working directory when given; unasked, the action writes it to the
 * runner's temp directory (its template-path output) and the CLI nowhere (convert prints it).
 */
function templatePath(options: Options, context: ParseContext): string | undefined {
  const given = options.templatePath;
  if (given) return isAbsolute(given) ? given : resolve(options.workingDirectory, given);
  if (context.shell === 'cli') return undefined;
  const file = `${options.stackName ?? 'project'}.template.json`;
  return join(context.env.RUNNER_TEMP || tmpdir(), 'compose-ecs', file);
}

/** The action's inputs: relative paths resolve against the workspace. */
export function parseInputs(
  read: InputReader,
  env: Record<string, string | undefined> = process.env,
): Options {
  return parseOptions(read, { shell: 'action', workspace: env.GITHUB_WORKSPACE || process.cwd(), env });
}

#!/usr/bin/env node
// compose-ecs convert | plan | deploy, for laptops: the same pipeline as the action, plain terminal output.
// The Node check comes first: ES modules evaluate in import order, so nothing else has run when it refuses.
import './cli-node-guard.js';
import { parseArgs } from 'node:util';
import { cancelOnSignals } from './runtime/cancel-on-signals.js';
import { redactionsBeforeLoad } from './compose/runner-credentials.js';
import { UserError, diagnosticBody } from './errors.js';
import { selectEngine } from './images/select-engine.js';
import { CliOutput } from './cli-output.js';
import { StreamLogger, type Logger } from './log.js';
import { asFlagProblem, flagReader, parseArgsOptions, usage } from './options/cli-flags.js';
import { MODES } from './options/modes.js';
import { parseOptions, type Options } from './options/parse.js';
import { bindMountChoice, buildSecretKey, runOptions } from './options/run-options.js';
import { RunFailure } from './steps/result.js';
import { VERSION } from './version.js';

/** How long a cancelled CLI run waits for CloudFormation's rollback (nothing kills it, unlike a runner). */
const CLI_CANCEL_WAIT_MS = 60_000;

export async function cli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: parseArgsOptions() });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage()}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = positionals[0] ?? '';
  const known = (MODES as readonly string[]).includes(command) || command in READ_ONLY;
  if (values.help || !known) {
    process.stderr.write(`${usage()}\n`);
    return values.help ? 0 : 2;
  }
  let options: Options;
  try {
    options = parseOptions(flagReader(values, command in READ_ONLY ? '' : command), {
      shell: 'cli',
      workspace: process.cwd(),
      env: process.env,
    });
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    process.stderr.write(`${err.message.split('; ').map(asFlagProblem).join('\n')}\n`);
    return 2;
  }
  const readOnly = READ_ONLY[command];
  if (readOnly) return readOnly(options, positionals.slice(1));
  return runMode(options);
}

/** The commands that only look: an environment's releases, the stack's services, their logs. */
const READ_ONLY: Record<string, (options: Options, services: string[]) => Promise<number>> = {
  releases: (options) => releasesCommand(options),
  ps: (options) => inspect('ps', [], options),
  logs: (options, services) => inspect('logs', services, options),
  run: async (options, args) => (await import('./run-command.js')).runCommand(args, options),
};

/** convert, plan, deploy, rollback or destroy, as the action runs them, with the report on stdout. */
async function runMode(options: Options): Promise<number> {
  const { mode } = options;
  // The report lists the run's warnings once; convert has no report, so they are said as they come.
  const logger = new CliOutput(
    { stdout: process.stdout, stderr: process.stderr, env: process.env },
    { verbose: options.verbose ?? false, holdWarnings: mode !== 'convert' },
  );
  const deprecation = bindMountChoice(options, 'flag').deprecation;
  if (deprecation) logger.warning(deprecation);
  // Hidden before loading: a load error may quote a value before the project names its secrets.
  for (const value of redactionsBeforeLoad(process.env)) logger.mask(value);
  const secretKey = buildSecretKey(options, process.env);
  if (secretKey) logger.mask(secretKey);
  // The pipeline and the AWS SDK load only now (ncc chunks), so --help, --version and bad arguments answer at once.
  const [{ run }, { createAwsEdge }, { renderTerminal }, { foldReport }] = await Promise.all([
    import('./run.js'),
    import('./aws/sdk-edge.js'),
    import('./report/terminal.js'),
    import('./report/report-fold.js'),
  ]);
  const aws = mode === 'convert' ? undefined : createAwsEdge({ region: options.awsRegion });
  const releases = await releaseStore(options.repository);
  if (mode === 'rollback' && !releases) {
    process.stderr.write(
      'rollback reads the releases from GitHub: set GITHUB_TOKEN and --repository (or GITHUB_REPOSITORY)\n',
    );
    return 2;
  }
  // Ctrl-C cancels what is in flight (a change set, a stack update) and waits up to a minute for the
  // rollback; a second Ctrl-C leaves at once, with CloudFormation carrying on.
  const interrupts = cancelOnSignals({
    waitMs: CLI_CANCEL_WAIT_MS,
    onFirst: (name) => logger.warning(`${name}: cancelling (press Ctrl-C again to leave at once)`),
    onRepeat: () => {
      logger.error('interrupted again: leaving without waiting; CloudFormation carries on');
      process.exit(130);
    },
  });
  try {
    const result = await run(runOptions(options, { env: process.env }), {
      logger,
      aws,
      engine: aws ? () => selectEngine(options.builder, logger) : undefined,
      ...(releases ? { releases } : {}),
      signal: interrupts.signal,
    });
    if (mode === 'convert' && !options.templatePath) process.stdout.write(result.conversion?.body ?? '');
    else if (mode !== 'convert') {
      const calls = aws ? [{ kind: 'api-calls' as const, byPhase: aws.calls.phaseTotals() }] : [];
      logger.close();
      process.stdout.write(logger.report(foldReport([...result.events, ...calls]), renderTerminal));
    }
    return 0;
  } catch (err) {
    logger.releaseWarnings();
    return userFailure(err, logger);
  } finally {
    logger.close();
    interrupts.dispose();
  }
}

/** GitHub Deployments of the repository, when a token and the repository are known. */
async function releaseStore(repositoryFlag: string | undefined) {
  const token = process.env.GITHUB_TOKEN;
  const [owner, repo] = (repositoryFlag ?? process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) return undefined;
  const { githubReleases } = await import('./releases/github-store.js');
  return githubReleases(token, { owner, repo });
}

/** `releases`: an environment's releases, newest first, as a rollback sees them. */
async function releasesCommand(options: Options): Promise<number> {
  const environment = options.environment ?? options.stackName;
  const store = await releaseStore(options.repository);
  if (!environment || !store) {
    process.stderr.write(
      'releases: needs --environment, GITHUB_TOKEN and --repository (or GITHUB_REPOSITORY)\n',
    );
    return 2;
  }
  const { formatReleases, recordedReleases } = await import('./releases/select.js');
  let releases;
  try {
    releases = recordedReleases(await store.list(environment, 30));
  } catch (err) {
    const { githubProblem } = await import('./steps/record.js');
    process.stderr.write(
      `error: cannot read the releases of environment ${environment}: ${githubProblem(err)}\n`,
    );
    return 1;
  }
  process.stdout.write(
    releases.length
      ? `${formatReleases(releases)}\n`
      : `no releases recorded for environment ${environment}\n`,
  );
  return 0;
}

/** `ps` and `logs`: read-only looks at a deployed stack. */
async function inspect(command: 'ps' | 'logs', services: string[], options: Options): Promise<number> {
  const { since, tail } = options;
  const logger = new StreamLogger();
  try {
    const [{ createAwsEdge }, { stackOfProject }] = await Promise.all([
      import('./aws/sdk-edge.js'),
      import('./inspect/stack-of-project.js'),
    ]);
    const stackName = await stackOfProject(options);
    const aws = createAwsEdge({ region: options.awsRegion });
    if (command === 'ps') {
      const { stackStatus, formatStatus } = await import('./inspect/ps.js');
      process.stdout.write(formatStatus(stackName, await stackStatus(aws, stackName)));
      return 0;
    }
    const [{ serviceLogs }, { describeStack }] = await Promise.all([
      import('./inspect/logs.js'),
      import('./deploy/stack.js'),
    ]);
    const stack = await describeStack(aws.stacks, stackName);
    // The stream prefix is the compose project, which the stack carries as a tag.
    const project = stack?.Tags?.find((t) => t.Key === 'com.docker.compose.project')?.Value;
    if (!stack || !project)
      throw new UserError(`stack ${stackName} does not exist or was not deployed by compose-ecs`);
    const lines = await serviceLogs(aws.logs, {
      stackName,
      project,
      services,
      since: new Date(Date.now() - since),
      ...(tail !== undefined ? { tail } : {}),
    });
    process.stdout.write(lines.map((l) => `${l}\n`).join(''));
    return 0;
  } catch (err) {
    return userFailure(err, logger);
  }
}

/** A failure the user can act on: each diagnostic once with its place, then the summary; exit code 1. */
function userFailure(caught: unknown, logger: Logger): number {
  const err = caught instanceof RunFailure ? caught.error : caught;
  if (!(err instanceof UserError)) throw err;
  for (const d of err.diagnostics) logger.error(diagnosticBody(d), d.location);
  logger.error(err.message);
  return 1;
}

process.exitCode = await cli(process.argv.slice(2));

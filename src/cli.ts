#!/usr/bin/env node
// compose-ecs convert | plan | deploy, for laptops: the same pipeline as the action, plain terminal output.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { countCallsByPhase } from './aws/call-phases.js';
import { cancelOnSignals } from './cancel-on-signals.js';
import { readStackSettings } from './deploy/stack-settings.js';
import { UserError, diagnosticBody } from './errors.js';
import { BUILDERS, selectEngine, type Builder } from './images/select-engine.js';
import { StreamLogger } from './log.js';
import type { Mode } from './run.js';
import { RunFailure } from './steps/result.js';
import { VERSION } from './version.js';

/** How long a cancelled CLI run waits for CloudFormation's rollback (nothing kills it, unlike a runner). */
const CLI_CANCEL_WAIT_MS = 60_000;

const USAGE = `usage: compose-ecs <convert|plan|deploy|destroy> [options]
       compose-ecs rollback [--to previous|SHA|DEPLOYMENT-ID] --environment ENV   restore a recorded release
       compose-ecs releases --environment ENV               the environment's releases (GitHub Deployments)
       compose-ecs ps [--stack-name NAME | -f FILE]        what the deployed stack runs now
       compose-ecs logs [SERVICE...] [--since 10m] [--tail N]  what its containers printed

  -f, --file FILE          compose file (repeatable; default: compose.yaml, docker-compose.yml, ...)
  -p, --project-name NAME  compose project name
      --stack-name NAME    CloudFormation stack (default: the project name made valid, my_app → my-app)
      --profile NAME       compose profile to activate (repeatable)
      --env-file FILE      extra env file for interpolation (repeatable)
      --region REGION      AWS region (default: the SDK's own resolution)
      --vpc-id ID          VPC (default: the account's default VPC)
      --subnet-ids IDS     comma-separated subnet ids
      --public-subnet-ids IDS  public subnets for the internet-facing load balancer
      --private-subnets    run tasks in private subnets without public IPs
      --drop-bind-mounts   drop bind mounts with a warning instead of failing
      --bind-mounts-as-configs  deliver read-only bind mounts inside the project as configs
      --template-bucket B  S3 bucket for templates over 51,200 bytes
  -o, --output FILE        where to write the template (convert prints it to stdout otherwise)
      --wait-timeout MIN   minutes to wait for the deploy (default 30)
      --role-arn ARN       IAM role CloudFormation acts as (a service role)
      --termination-protection  turn termination protection on when the stack is created
      --notification-arns ARNS  comma-separated SNS topics for the stack's events
      --tags KEY=VALUE     stack tag (repeatable, or comma-separated)
      --parameter-overrides KEY=VALUE  a parameter added through x-aws-cloudformation (repeatable)
      --disable-rollback   keep what a failed deploy created, for debugging
      --force-change-set   make a change set even when nothing differs from the stack
      --allow-volume-replacement VOLUME
                           let the deploy replace this volume's file system or access point
                           (repeatable; the data stays on the retained file system)
      --since DURATION     logs: from this long ago (30s, 10m, 2h; default 1h)
      --tail N             logs: the last N lines per service
      --environment ENV    GitHub environment of the releases (default: the stack name)
      --to WHAT            rollback: previous (default), a commit sha or a deployment id
      --repository O/R     GitHub repository of the releases (default: $GITHUB_REPOSITORY); token from $GITHUB_TOKEN
      --keep-secrets       destroy: keep the secrets the action stored in Secrets Manager
      --no-pin-images      deploy \`image:\` tags as written instead of pinning them to their digests
      --builder NAME       auto (default), buildx, buildkit or podman
      --build-concurrency N  builds at once (default: the machine's cores)
  -v, --verbose            debug output
  -h, --help               this text`;

export async function cli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        file: { type: 'string', short: 'f', multiple: true },
        'project-name': { type: 'string', short: 'p' },
        'stack-name': { type: 'string' },
        profile: { type: 'string', multiple: true },
        'env-file': { type: 'string', multiple: true },
        region: { type: 'string' },
        'vpc-id': { type: 'string' },
        'subnet-ids': { type: 'string' },
        'public-subnet-ids': { type: 'string' },
        'private-subnets': { type: 'boolean' },
        'drop-bind-mounts': { type: 'boolean' },
        'bind-mounts-as-configs': { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        'template-bucket': { type: 'string' },
        'wait-timeout': { type: 'string' },
        builder: { type: 'string' },
        'role-arn': { type: 'string' },
        'termination-protection': { type: 'boolean' },
        'notification-arns': { type: 'string' },
        tags: { type: 'string', multiple: true },
        'parameter-overrides': { type: 'string', multiple: true },
        'disable-rollback': { type: 'boolean' },
        'force-change-set': { type: 'boolean' },
        'allow-volume-replacement': { type: 'string', multiple: true },
        'build-concurrency': { type: 'string' },
        since: { type: 'string' },
        environment: { type: 'string' },
        to: { type: 'string' },
        repository: { type: 'string' },
        'keep-secrets': { type: 'boolean' },
        'no-pin-images': { type: 'boolean' },
        tail: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (positionals[0] === 'ps' || positionals[0] === 'logs')
    return inspect(positionals[0], positionals.slice(1), values);
  if (positionals[0] === 'releases') return releasesCommand(values);
  const mode = positionals[0] as Mode | undefined;
  if (values.help || !mode || !['convert', 'plan', 'deploy', 'rollback', 'destroy'].includes(mode)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const waitMinutes = Number(values['wait-timeout'] ?? 30);
  if (!Number.isFinite(waitMinutes) || waitMinutes <= 0) {
    process.stderr.write(
      `--wait-timeout: expected a positive number of minutes, got "${values['wait-timeout']}"\n`,
    );
    return 2;
  }
  const builder = (values.builder ?? 'auto') as Builder;
  const concurrency =
    values['build-concurrency'] === undefined ? undefined : Number(values['build-concurrency']);
  if (
    !BUILDERS.includes(builder) ||
    (concurrency !== undefined && !(Number.isSafeInteger(concurrency) && concurrency >= 1))
  ) {
    process.stderr.write(
      `--builder: expected one of ${BUILDERS.join(', ')}; --build-concurrency: a whole number, 1 or more\n`,
    );
    return 2;
  }
  const { settings: stack, problems: stackProblems } = readStackSettings({
    roleArn: values['role-arn'],
    terminationProtection: values['termination-protection'] ?? false,
    notificationArns: values['notification-arns']?.split(',').filter(Boolean) ?? [],
    tags: (values.tags ?? []).join('\n'),
    parameterOverrides: (values['parameter-overrides'] ?? []).join('\n'),
    disableRollback: values['disable-rollback'] ?? false,
  });
  if (stackProblems.length) {
    // Named as the action's inputs; the CLI's flags carry the same names.
    process.stderr.write(`${stackProblems.join('\n').replace(/input /g, '--')}\n`);
    return 2;
  }
  const logger = new StreamLogger(undefined, values.verbose);
  const cwd = process.cwd();
  // Without --output nothing is written: convert prints the template, plan and deploy their report.
  const templatePath = values.output === undefined ? undefined : resolve(values.output);
  // The pipeline and the AWS SDK load only now (ncc chunks), so --help, --version and bad arguments answer at once.
  const [{ run }, { createAwsEdge }, { renderMarkdown }] = await Promise.all([
    import('./run.js'),
    import('./aws/sdk-edge.js'),
    import('./report/markdown.js'),
  ]);
  const aws = mode === 'convert' ? undefined : createAwsEdge({ region: values.region });
  if (values.to !== undefined && values.to !== 'previous' && !/^(\d+|[0-9a-fA-F]{7,40})$/.test(values.to)) {
    process.stderr.write(
      `--to: expected previous, a commit sha (7 to 40 hex digits) or a deployment id, got "${values.to}"\n`,
    );
    return 2;
  }
  const releases = await releaseStore(values.repository);
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
  const staged = aws ? countCallsByPhase(logger, aws.calls) : logger;
  try {
    const result = await run(
      {
        mode,
        load: {
          files: values.file ?? [],
          workingDir: cwd,
          projectName: values['project-name'],
          envFiles: values['env-file'] ?? [],
          profiles: values.profile ?? [],
          environment: process.env,
          dropBindMounts: values['drop-bind-mounts'],
          bindMountsAsConfigs: values['bind-mounts-as-configs'],
        },
        stackName: values['stack-name'],
        vpcId: values['vpc-id'],
        subnetIds: values['subnet-ids']?.split(',').filter(Boolean),
        publicSubnetIds: values['public-subnet-ids']?.split(',').filter(Boolean),
        privateSubnets: values['private-subnets'],
        convert: {
          dropUnsupportedMounts: values['drop-bind-mounts'],
          assignPublicIp: !values['private-subnets'],
        },
        templatePath,
        templateBucket: values['template-bucket'],
        waitTimeoutMs: waitMinutes * 60_000,
        images: { concurrency },
        stack,
        forceChangeSet: values['force-change-set'] ?? false,
        allowVolumeReplacement: (values['allow-volume-replacement'] ?? []).flatMap((v) =>
          v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
        pinImages: !values['no-pin-images'],
        keepSecrets: values['keep-secrets'] ?? false,
        release: {
          ...(values.environment ? { environment: values.environment } : {}),
          ...(values.to ? { rollbackTo: values.to } : {}),
          ...(process.env.GITHUB_SHA ? { sha: process.env.GITHUB_SHA } : {}),
        },
      },
      {
        logger: staged,
        aws,
        engine: aws ? () => selectEngine(builder, logger) : undefined,
        ...(releases ? { releases } : {}),
        signal: interrupts.signal,
      },
    );
    if (aws) result.report.apiCallsByPhase = aws.calls.phaseTotals();
    if (mode === 'convert' && !values.output) process.stdout.write(result.conversion?.body ?? '');
    else if (mode !== 'convert') process.stdout.write(renderMarkdown(result.report));
    return 0;
  } catch (err) {
    return userFailure(err, logger);
  } finally {
    interrupts.dispose();
  }
}

/** GitHub Deployments of the repository, when a token and the repository are known. */
async function releaseStore(repositoryFlag: string | undefined) {
  const token = process.env.GITHUB_TOKEN;
  const [owner, repo] = (repositoryFlag ?? process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) return undefined;
  const { githubReleases } = await import('./github/releases.js');
  return githubReleases(token, { owner, repo });
}

/** `releases`: an environment's releases, newest first, as a rollback sees them. */
async function releasesCommand(values: {
  environment?: string;
  'stack-name'?: string;
  repository?: string;
}): Promise<number> {
  const environment = values.environment ?? values['stack-name'];
  const store = await releaseStore(values.repository);
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
async function inspect(
  command: 'ps' | 'logs',
  services: string[],
  values: {
    file?: string[];
    'project-name'?: string;
    'stack-name'?: string;
    region?: string;
    since?: string;
    tail?: string;
  },
): Promise<number> {
  const since = parseDuration(values.since ?? '1h');
  const tail = values.tail === undefined ? undefined : Number(values.tail);
  if (since === undefined || (tail !== undefined && !(Number.isSafeInteger(tail) && tail > 0))) {
    process.stderr.write('--since: a duration such as 30s, 10m or 2h; --tail: a whole number, 1 or more\n');
    return 2;
  }
  const logger = new StreamLogger();
  try {
    const [{ createAwsEdge }, { resolveStackName }] = await Promise.all([
      import('./aws/sdk-edge.js'),
      import('./stack-name.js'),
    ]);
    let stackName = values['stack-name'];
    if (!stackName) {
      // The stack of the compose project here, named as plan and deploy name it.
      const { loadProject } = await import('./compose/load.js');
      const loaded = await loadProject({
        files: values.file ?? [],
        workingDir: process.cwd(),
        projectName: values['project-name'],
        environment: process.env,
      });
      stackName = resolveStackName(undefined, loaded.project.name);
    }
    const aws = createAwsEdge({ region: values.region });
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
      throw new UserError('inputs', `stack ${stackName} does not exist or was not deployed by compose-ecs`);
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
function userFailure(caught: unknown, logger: StreamLogger): number {
  const err = caught instanceof RunFailure ? caught.error : caught;
  if (!(err instanceof UserError)) throw err;
  for (const d of err.diagnostics) logger.error(diagnosticBody(d), d.location);
  logger.error(err.message);
  return 1;
}

/** 30s, 10m, 2h, 1d → milliseconds. */
function parseDuration(text: string): number | undefined {
  const m = /^(\d+)(s|m|h|d)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

process.exitCode = await cli(process.argv.slice(2));

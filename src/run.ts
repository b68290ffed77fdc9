import type { Stack } from '@aws-sdk/client-cloudformation';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { systemClock, type AwsEdge, type Clock } from './aws/edge.js';
import { loadProject, type LoadOptions } from './compose/load.js';
import type { LoadedProject } from './compose/model.js';
import { deployChangeSet } from './deploy/deploy.js';
import { stackUrls } from './deploy/outputs.js';
import { writeFileSecrets } from './deploy/file-secrets.js';
import { discardPlan, planStack } from './deploy/plan.js';
import { describeStack, refuseBlockedStack } from './deploy/stack.js';
import { requireBucket } from './deploy/template-upload.js';
import type { PollOptions } from './deploy/poll.js';
import { UserError, diagnosticBody, formatDiagnostic } from './errors.js';
import type { ContainerEngine } from './images/engine.js';
import { buildSecretLeaks, buildSupport, engineSupport, unsetBuildSecrets } from './images/build-support.js';
import { releaseTag, tagRelease } from './images/lifecycle.js';
import { buildAndPushImages, type ImageOptions, type ImageRecord } from './images/pin.js';
import type { Logger } from './log.js';
import type { RunReport } from './report/run-report.js';
import { resolveStackName } from './stack-name.js';
import { parameterOverrideProblems, type StackSettings } from './deploy/stack-settings.js';
import { sensitiveChanges } from './report/sensitive.js';
import { secretLeaks, secretValues, unsetSecrets } from './report/secret-guard.js';
import { diffTemplates } from './report/template-diff.js';
import {
  convert,
  templateBodyTooLarge,
  type ConvertOptions,
  type ConvertResult,
} from './template/convert.js';

export type Mode = 'convert' | 'plan' | 'deploy';

export interface RunOptions {
  mode: Mode;
  load: LoadOptions;
  /** Defaults to a valid stack name derived from the compose project name (src/stack-name.ts). */
  stackName?: string;
  repositoryPrefix?: string;
  vpcId?: string;
  subnetIds?: string[];
  /** Public subnets for an internet-facing load balancer (public-subnet-ids). */
  publicSubnetIds?: string[];
  privateSubnets?: boolean;
  convert?: ConvertOptions;
  /** Where the generated template is written; without it nothing is written (the CLI prints the body instead). */
  templatePath?: string;
  /** How long the deploy may take (stack and rollout), in milliseconds. */
  waitTimeoutMs: number;
  /** First poll interval; polls back off from here. */
  pollIntervalMs?: number;
  /** S3 bucket for templates over CloudFormation's 51,200-byte inline limit. */
  templateBucket?: string;
  /** Tags for the stack (and so every resource that takes stack tags). */
  tags?: Record<string, string>;
  /** Service role, termination protection, notifications, user tags, parameter overrides, disable-rollback. */
  stack?: StackSettings;
  /** Make a change set even when nothing differs from what the stack runs (otherwise skipped: issue 13). */
  forceChangeSet?: boolean;
  /** How images are built and where they go (repository-prefix above wins over images.repositoryPrefix). */
  images?: Omit<ImageOptions, 'repositoryPrefix' | 'environment'>;
}

export interface RunDeps {
  logger: Logger;
  /** Needed by plan and deploy. */
  aws?: AwsEdge;
  /** The image builder, or how to choose it (selectEngine) when one is needed. */
  engine?: ContainerEngine | (() => Promise<ContainerEngine>);
  /** Called whenever the report changes (plan ready, rollout progress) and once at the end with final=true. */
  onReport?: (report: RunReport, final: boolean) => Promise<void>;
  /** Time and waiting (the system clock unless a test drives it). */
  clock?: Clock;
}

export interface RunResult {
  report: RunReport;
  stackId?: string;
  changeSetId?: string;
  hasChanges: boolean;
  images: ImageRecord[];
  /** The file the template went to, when RunOptions.templatePath asked for one. */
  templatePath?: string;
  conversion: ConvertResult;
}

/**
 * The pipeline both shells run: load → images → convert → plan → deploy → report.
 * Each stage throws a UserError that names where it failed; nothing after it runs.
 */
export async function run(options: RunOptions, deps: RunDeps): Promise<RunResult> {
  const { logger } = deps;
  const loaded = await deps.logger.group('load the compose project', async () => {
    const result = await loadProject(options.load);
    for (const w of result.warnings) logger.warning(diagnosticBody(w), w.location);
    logger.info(`project ${result.project.name}: ${Object.keys(result.project.services).length} services`);
    return result;
  });
  const build = buildSupport(loaded);
  for (const w of build.warnings) logger.warning(diagnosticBody(w), w.location);
  if (build.errors.length && options.mode !== 'convert') {
    throw new UserError('load', `${build.errors.length} build option(s) cannot be applied`, build.errors);
  }
  const stackName = resolveStackName(options.stackName, loaded.project.name);
  try {
    return await runStages(options, deps, loaded, stackName);
  } catch (err) {
    // The shells name the stack in what they post (the comment marker), also for an early failure.
    if (err && typeof err === 'object' && !('stackName' in err)) Object.assign(err, { stackName });
    throw err;
  }
}

async function runStages(
  options: RunOptions,
  deps: RunDeps,
  loaded: LoadedProject,
  stackName: string,
): Promise<RunResult> {
  const { logger } = deps;
  // Convert once before building anything: a converter error must stop the run before a push.
  const preview = convertProject(withPreviewImages(loaded), options, logger);
  const secrets = await secretValues(loaded, options.load.environment);
  for (const { value } of secrets) logger.mask(value);
  // convert needs no secret values (the template takes their ARNs as parameters); plan and deploy do.
  const unset =
    options.mode === 'convert'
      ? []
      : [
          ...unsetSecrets(loaded, options.load.environment),
          ...unsetBuildSecrets(loaded, options.load.environment),
        ];
  if (unset.length) throw new UserError('load', `${unset.length} secret(s) have no value`, unset);
  const leaks = secretLeaks(loaded, secrets);
  if (leaks.length)
    throw new UserError(
      'convert',
      `${leaks.length} field(s) would put a secret's value into the template`,
      leaks,
    );
  const imageLeaks = buildSecretLeaks(loaded, secrets);
  if (imageLeaks.length)
    throw new UserError(
      'load',
      `${imageLeaks.length} build field(s) would put a secret's value into an image`,
      imageLeaks,
    );

  if (options.mode === 'convert') {
    await writeTemplate(options.templatePath, preview.body);
    const report = baseReport(options, loaded, stackName, preview, []);
    return { report, hasChanges: false, images: [], templatePath: options.templatePath, conversion: preview };
  }

  const overrideProblems = parameterOverrideProblems(
    options.stack?.parameterOverrides ?? {},
    preview.template.Parameters ?? {},
    preview.parameters,
  );
  if (overrideProblems.length) throw new UserError('inputs', overrideProblems.join('; '));
  const aws = required(deps.aws, 'AWS clients');
  const clock = deps.clock ?? systemClock;
  // What can refuse the run later is checked before anything is built or pushed.
  const preflight = { stack: await describeStack(aws.stacks, stackName), readAt: clock.now() };
  refuseBlockedStack(stackName, preflight.stack?.StackStatus);
  const engine = await chooseEngine(loaded, deps.engine);
  // The pushed images' names are longer than the preview's, so a preview over the inline limit is
  // certainly too large: say so now rather than after the push.
  const previewBody = JSON.stringify(JSON.parse(preview.body));
  if (templateBodyTooLarge(previewBody)) requireBucket(previewBody, options.templateBucket);
  const { project, images } = await buildAndPushImages(
    loaded.project,
    { registry: aws.registry, engine, logger },
    { ...options.images, repositoryPrefix: options.repositoryPrefix, environment: options.load.environment },
  ).finally(() => engine?.dispose());
  const conversion = convertProject({ ...loaded, project }, options, logger, false);
  await writeTemplate(options.templatePath, conversion.body);

  const report = baseReport(options, loaded, stackName, conversion, images);
  report.redactions = secrets.map((s) => s.value);
  report.region = await aws.identity.region().catch(() => undefined);
  // The URLs are a convenience: failing to read them never fails a deploy that succeeded.
  const urlsOf = (stackId: string, known?: Stack) =>
    stackUrls(aws, stackId, conversion.template, known).catch((err: Error) => {
      logger.warning(`could not read the service URLs: ${err.message}`);
      return {};
    });
  // One budget for the whole wait (change set, stack, rollout), as the wait-timeout input promises.
  const poll: PollOptions = {
    intervalMs: options.pollIntervalMs ?? 2000,
    timeoutMs: options.waitTimeoutMs,
    deadline: clock.now() + options.waitTimeoutMs,
    now: clock.now,
    sleep: clock.sleep,
  };

  const plan = await logger.group(`plan stack ${stackName}`, () =>
    planStack(
      {
        stackName,
        project,
        conversion,
        mode: options.mode === 'deploy' ? 'deploy' : 'plan',
        environment: options.load.environment,
        network: {
          vpcId: options.vpcId,
          subnetIds: options.subnetIds,
          publicSubnetIds: options.publicSubnetIds,
          privateSubnets: options.privateSubnets,
        },
        templateBucket: options.templateBucket,
        region: report.region ?? '',
        tags: { ...options.stack?.tags, 'com.docker.compose.project': loaded.project.name, ...options.tags },
        stack: options.stack ?? {},
        forceChangeSet: options.forceChangeSet ?? false,
        now: new Date(clock.now()),
        preflight,
      },
      aws,
      logger,
      poll,
    ),
  );
  const { outcome } = plan;
  report.changeSetType = plan.type;
  report.changeSetName = plan.changeSetName;
  report.diff = diffTemplates(plan.before, conversion.template);
  report.sensitive = sensitiveChanges(conversion.template, report.diff);
  report.hasChanges = outcome.kind !== 'no-changes';
  if (outcome.kind !== 'no-changes') report.changes = outcome.changes;
  if (outcome.kind === 'preview') {
    logger.warning(outcome.reason);
    report.warnings.unshift(outcome.reason);
  } else
    logger.info(
      outcome.kind === 'ready'
        ? `change set ${plan.changeSetName}: ${outcome.changes.length} resource changes`
        : `no changes: ${outcome.reason}`,
    );

  const result: RunResult = {
    report,
    // A plan of a new stack removes the stack it created: there is no stack to name.
    stackId:
      options.mode === 'plan' && plan.type === 'CREATE' ? undefined : (outcome.stackId ?? plan.stackId),
    changeSetId: outcome.changeSetId,
    hasChanges: outcome.kind !== 'no-changes',
    images,
    templatePath: options.templatePath,
    conversion,
  };

  if (options.mode === 'plan' || outcome.kind !== 'ready') {
    // A plan never leaves a change set behind; the next run computes a fresh one.
    await discardPlan(aws, plan, poll, logger);
    if (options.mode === 'deploy') {
      report.deploy = {
        state: 'skipped',
        rollout: [],
        urls: result.stackId ? await urlsOf(result.stackId, plan.stack) : {},
      };
    }
    report.apiCalls = aws.calls.total;
    return result;
  }

  const deploy: NonNullable<RunReport['deploy']> = {
    state: 'in-progress',
    rollout: [],
    resources: [],
    urls: {},
  };
  report.deploy = deploy;
  await deps.onReport?.(report, false);
  try {
    // With a lifecycle policy, the images this release runs are tagged before it executes, so the
    // policy never expires an image a deployed release uses.
    if (options.images?.lifecycleKeep)
      await tagRelease(aws.registry, images, releaseTag(`${stackName}-${plan.changeSetName}`));
    // The content of file secrets is stored only now, under the version ids the change set pins.
    await writeFileSecrets(plan.secrets, { secrets: aws.secrets, logger });
  } catch (err) {
    // The change set never executes: leave none behind (nor the empty stack and secrets it made).
    await discardPlan(aws, plan, poll, logger).catch((e: Error) =>
      logger.warning(`could not remove the change set: ${e.message}`),
    );
    deploy.state = 'failed';
    deploy.error = err instanceof Error ? err.message : String(err);
    report.apiCalls = aws.calls.total;
    throw Object.assign(err as Error, { report, result });
  }
  let settled: Stack | undefined;
  try {
    deploy.rollout = await deployChangeSet(
      aws,
      {
        stackId: outcome.stackId,
        changeSetId: outcome.changeSetId,
        stackName,
        template: conversion.template,
        disableRollback: options.stack?.disableRollback,
      },
      logger,
      poll,
      {
        onEvent: (e) => {
          if (e.type === 'AWS::CloudFormation::Stack') return;
          const row = { logicalId: e.logicalId, type: e.type, status: e.status, reason: e.reason };
          const at = deploy.resources!.findIndex((r) => r.logicalId === e.logicalId);
          if (at >= 0) deploy.resources![at] = row;
          else deploy.resources!.push(row);
          // The commenter spaces edits out and runs them one at a time; a lost update is harmless.
          void deps.onReport?.(report, false).catch(() => undefined);
        },
        onRollout: async (rows) => {
          deploy.rollout = rows;
          await deps.onReport?.(report, false);
        },
        onSettled: (stack) => (settled = stack),
      },
    );
    deploy.state = 'succeeded';
    if (plan.type === 'CREATE' && options.stack?.terminationProtection)
      await protectStack(aws, outcome.stackId, logger);
    deploy.urls = await urlsOf(outcome.stackId, settled);
  } catch (err) {
    deploy.state = 'failed';
    deploy.error = err instanceof Error ? err.message : String(err);
    const diagnosis = (err as { diagnosis?: string }).diagnosis;
    if (diagnosis) deploy.diagnosis = diagnosis;
    report.apiCalls = aws.calls.total;
    // The shells still report what is known: the plan, the images, the stack.
    throw Object.assign(err as Error, { report, result });
  }
  report.apiCalls = aws.calls.total;
  return result;
}

/** termination-protection: turned on once the stack exists (a change set cannot set it). */
async function protectStack(aws: AwsEdge, stackId: string, logger: Logger): Promise<void> {
  try {
    await aws.stacks.setTerminationProtection(stackId, true);
    logger.info('termination protection is on: the stack cannot be deleted until it is turned off');
  } catch (err) {
    // The release runs; only the protection is missing: say so loudly, without failing the deploy.
    logger.warning(`could not turn termination protection on: ${(err as Error).message}`);
  }
}

/** Built services have no image until they are pushed: stand in a name so the converter can check the rest. */
function withPreviewImages(loaded: LoadedProject): LoadedProject {
  const services = Object.fromEntries(
    Object.entries(loaded.project.services).map(([name, s]) => [
      name,
      s.image || !s.build ? s : { ...s, image: `${name}:compose-ecs-preview` },
    ]),
  );
  return { ...loaded, project: { ...loaded.project, services } };
}

/** The builder, checked against every build field before anything is built: one error per field it cannot apply. */
async function chooseEngine(
  loaded: LoadedProject,
  engine: ContainerEngine | (() => Promise<ContainerEngine>) | undefined,
): Promise<ContainerEngine | undefined> {
  if (!Object.values(loaded.project.services).some((s) => s.build)) return undefined;
  const chosen = await (typeof engine === 'function' ? engine() : required(engine, 'a container engine'));
  const errors = engineSupport(loaded, chosen);
  if (errors.length) {
    await chosen.dispose();
    throw new UserError(
      'load',
      `${errors.length} build option(s) cannot be applied by ${chosen.description}`,
      errors,
    );
  }
  return chosen;
}

function required<T>(value: T | undefined, what: string): T {
  if (!value) throw new Error(`internal: the pipeline needs ${what} in this mode`);
  return value;
}

function convertProject(
  loaded: LoadedProject,
  options: RunOptions,
  logger: Logger,
  log = true,
): ConvertResult {
  const conversion = convert(loaded, options.convert);
  if (log) for (const w of conversion.warnings) logger.warning(diagnosticBody(w), w.location);
  return conversion;
}

async function writeTemplate(path: string | undefined, body: string): Promise<void> {
  if (path === undefined) return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, body);
}

function baseReport(
  options: RunOptions,
  loaded: LoadedProject,
  stackName: string,
  conversion: ConvertResult,
  images: ImageRecord[],
): RunReport {
  return {
    mode: options.mode === 'deploy' ? 'deploy' : 'plan',
    project: loaded.project.name,
    stackName,
    hasChanges: false,
    changes: [],
    images,
    sensitive: [],
    warnings: [...loaded.warnings, ...conversion.warnings].map(formatDiagnostic),
  };
}

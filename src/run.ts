import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AwsClients } from './aws/clients.js';
import { loadProject, type LoadOptions } from './compose/load.js';
import type { LoadedProject } from './compose/model.js';
import {
  changeSetName,
  createChangeSet,
  deleteChangeSet,
  type ChangeSetOutcome,
} from './deploy/change-set.js';
import { executeChangeSet } from './deploy/execute.js';
import { resolveNetwork } from './deploy/network.js';
import type { PollOptions } from './deploy/poll.js';
import { stackServices, watchRollout } from './deploy/rollout.js';
import { deleteStack, prepareStack } from './deploy/stack.js';
import { stackUrls } from './deploy/outputs.js';
import { fileSecretParameters } from './deploy/file-secrets.js';
import { deployedTemplate } from './deploy/template-source.js';
import { templateSource } from './deploy/template-upload.js';
import { UserError, formatDiagnostic } from './errors.js';
import type { ContainerEngine } from './images/engine.js';
import { buildAndPushImages, type ImageRecord } from './images/pin.js';
import type { Logger } from './log.js';
import type { RunReport } from './report/run-report.js';
import { sensitiveChanges } from './report/sensitive.js';
import { diffTemplates } from './report/template-diff.js';
import { convert, type ConvertOptions, type ConvertResult } from './template/convert.js';

export type Mode = 'convert' | 'plan' | 'deploy';

export interface RunOptions {
  mode: Mode;
  load: LoadOptions;
  /** Defaults to the compose project name. */
  stackName?: string;
  repositoryPrefix?: string;
  vpcId?: string;
  subnetIds?: string[];
  privateSubnets?: boolean;
  convert?: ConvertOptions;
  /** Where the generated template is written. */
  templatePath: string;
  /** How long the deploy may take (stack and rollout), in milliseconds. */
  waitTimeoutMs: number;
  /** First poll interval; polls back off from here. */
  pollIntervalMs?: number;
  /** S3 bucket for templates over CloudFormation's 51,200-byte inline limit. */
  templateBucket?: string;
  /** Tags for the stack (and so every resource that takes stack tags). */
  tags?: Record<string, string>;
}

export interface RunDeps {
  logger: Logger;
  /** Needed by plan and deploy. */
  aws?: AwsClients;
  engine?: ContainerEngine;
  /** Called whenever the report changes (plan ready, rollout progress) and once at the end with final=true. */
  onReport?: (report: RunReport, final: boolean) => Promise<void>;
  now?: () => Date;
}

export interface RunResult {
  report: RunReport;
  stackId?: string;
  changeSetId?: string;
  hasChanges: boolean;
  images: ImageRecord[];
  templatePath: string;
  conversion: ConvertResult;
}

const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;

/**
 * The pipeline both shells run: load → images → convert → plan → deploy → report.
 * Each stage throws a UserError that names where it failed; nothing after it runs.
 */
export async function run(options: RunOptions, deps: RunDeps): Promise<RunResult> {
  const { logger } = deps;
  const loaded = await deps.logger.group('load the compose project', async () => {
    const result = await loadProject(options.load);
    for (const w of result.warnings) logger.warning(formatDiagnostic(w), w.location);
    logger.info(`project ${result.project.name}: ${Object.keys(result.project.services).length} services`);
    return result;
  });
  const stackName = options.stackName || loaded.project.name;
  if (!STACK_NAME.test(stackName)) {
    throw new UserError(
      'inputs',
      `stack-name "${stackName}" is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128)`,
    );
  }
  // Convert once before building anything: a converter error must stop the run before a push.
  const preview = convertProject(withPreviewImages(loaded), options, logger);

  if (options.mode === 'convert') {
    await writeTemplate(options.templatePath, preview.body);
    const report = baseReport(options, loaded, stackName, preview, []);
    return { report, hasChanges: false, images: [], templatePath: options.templatePath, conversion: preview };
  }

  const aws = required(deps.aws, 'AWS clients');
  const engine = required(deps.engine, 'a container engine');
  const { project, images } = await buildAndPushImages(
    loaded.project,
    { ecr: aws.ecr, engine, logger },
    {
      repositoryPrefix: options.repositoryPrefix,
    },
  ).finally(() => engine.dispose());
  const conversion = convertProject({ ...loaded, project }, options, logger, false);
  await writeTemplate(options.templatePath, conversion.body);

  const report = baseReport(options, loaded, stackName, conversion, images);
  report.region = await aws.region().catch(() => undefined);
  const poll: PollOptions = { intervalMs: options.pollIntervalMs ?? 2000, timeoutMs: options.waitTimeoutMs };

  const plan = await logger.group(`plan stack ${stackName}`, async () => {
    const state = await prepareStack(aws.cloudformation, stackName, logger, { intervalMs: poll.intervalMs });
    const before =
      state.isNew || !state.stackId ? undefined : await deployedTemplate(aws.cloudformation, state.stackId);
    // Compact JSON for the API (more stays under the inline limit); the file on disk stays readable.
    const source = await templateSource(JSON.stringify(JSON.parse(conversion.body)), {
      s3: aws.s3,
      bucket: options.templateBucket,
      stackName,
      region: report.region ?? '',
    });
    // Secrets are written only once everything that can refuse the template has passed.
    const parameters = {
      ...(await templateParameters(conversion, options, aws)),
      ...(await fileSecretParameters(
        project,
        options.load.environment,
        stackName,
        conversion.parameters,
        options.mode === 'deploy' ? 'deploy' : 'plan',
        {
          ...aws,
          logger,
        },
      )),
    };
    const name = changeSetName('compose-ecs', (deps.now ?? (() => new Date()))());
    const type: 'CREATE' | 'UPDATE' = state.isNew ? 'CREATE' : 'UPDATE';
    const outcome = await createChangeSet(
      aws.cloudformation,
      {
        stackName,
        changeSetName: name,
        type,
        ...source,
        parameters,
        tags: { 'com.docker.compose.project': loaded.project.name, ...options.tags },
        description: `compose-ecs ${options.mode} of ${loaded.project.name}`,
      },
      poll,
    );
    report.changeSetType = type;
    report.changeSetName = name;
    report.diff = diffTemplates(before, conversion.template);
    report.sensitive = sensitiveChanges(conversion.template, report.diff);
    if (outcome.kind === 'ready') {
      report.hasChanges = true;
      report.changes = outcome.changes;
      logger.info(`change set ${name}: ${outcome.changes.length} resource changes`);
    } else {
      logger.info(`no changes: ${outcome.reason}`);
    }
    return { outcome, state, type };
  });

  const result: RunResult = {
    report,
    stackId: plan.outcome.stackId ?? plan.state.stackId,
    changeSetId: plan.outcome.changeSetId,
    hasChanges: plan.outcome.kind === 'ready',
    images,
    templatePath: options.templatePath,
    conversion,
  };

  if (options.mode === 'plan' || plan.outcome.kind === 'no-changes') {
    await discardPlan(aws, plan.outcome, plan.type, poll, logger);
    // A plan never leaves a change set; the next run computes a fresh one.
    result.changeSetId = plan.outcome.changeSetId;
    if (options.mode === 'deploy') report.deploy = { state: 'skipped', rollout: [], urls: {} };
    if (options.mode === 'deploy' && result.stackId)
      report.deploy!.urls = await stackUrls(aws.cloudformation, result.stackId);
    report.apiCalls = aws.calls.total;
    return result;
  }

  const ready = plan.outcome;
  await deps.onReport?.(report, false);
  report.deploy = { state: 'in-progress', rollout: [], urls: {} };
  try {
    await logger.group(`deploy stack ${stackName}`, async () => {
      await executeChangeSet(
        aws.cloudformation,
        { stackId: ready.stackId, changeSetId: ready.changeSetId },
        logger,
        poll,
        (e) =>
          logger.info(
            `${e.timestamp.toISOString()} ${e.logicalId} ${e.status}${e.reason ? `: ${e.reason}` : ''}`,
          ),
      );
    });
    await logger.group('watch the ECS rollout', async () => {
      const services = await stackServices(aws.cloudformation, ready.stackId);
      report.deploy!.rollout = await watchRollout(aws.ecs, services, poll, async (rows) => {
        report.deploy!.rollout = rows;
        for (const r of rows)
          logger.info(
            `${r.name}: ${r.rolloutState} ${r.running}/${r.desired} running${r.latestEvent ? ` · ${r.latestEvent}` : ''}`,
          );
        await deps.onReport?.(report, false);
      });
    });
    report.deploy.state = 'succeeded';
    report.deploy.urls = await stackUrls(aws.cloudformation, ready.stackId);
  } catch (err) {
    report.deploy.state = 'failed';
    report.deploy.error = err instanceof Error ? err.message : String(err);
    report.apiCalls = aws.calls.total;
    throw Object.assign(err as Error, { report });
  }
  report.apiCalls = aws.calls.total;
  return result;
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
  if (log) for (const w of conversion.warnings) logger.warning(formatDiagnostic(w), w.location);
  return conversion;
}

async function writeTemplate(path: string, body: string): Promise<void> {
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

/**
 * Fills the template's network parameters from the account: the VPC and subnets, looked up now, never baked in.
 * The vpc-id and subnet-ids inputs win over the compose file's x-aws-vpc, which wins over the default VPC.
 */
async function templateParameters(
  conversion: ConvertResult,
  options: RunOptions,
  aws: AwsClients,
): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  const vpc = conversion.parameters.find((p) => p.kind === 'vpc');
  const subnets = conversion.parameters.find((p) => p.kind === 'subnets');
  const network =
    vpc || subnets
      ? await resolveNetwork(aws.ec2, {
          vpcId: options.vpcId ?? vpc?.value,
          subnetIds: options.subnetIds,
          privateSubnets: options.privateSubnets ?? (subnets?.public === false ? true : undefined),
        })
      : undefined;
  if (subnets?.minCount && network && network.subnetIds.length < subnets.minCount) {
    throw new UserError(
      'plan',
      `${subnets.description}: needs at least ${subnets.minCount} subnets, found ${network.subnetIds.length} (${network.subnetIds.join(', ')})`,
    );
  }
  for (const p of conversion.parameters) {
    if (p.kind === 'vpc') values[p.name] = network!.vpcId;
    else if (p.kind === 'subnets') values[p.name] = network!.subnetIds.join(',');
  }
  return values;
}

/** Removes what planning created: the change set, and for a new stack the empty REVIEW_IN_PROGRESS shell. */
async function discardPlan(
  aws: AwsClients,
  outcome: ChangeSetOutcome,
  type: 'CREATE' | 'UPDATE',
  poll: PollOptions,
  logger: Logger,
): Promise<void> {
  if (outcome.changeSetId) await deleteChangeSet(aws.cloudformation, outcome.changeSetId);
  if (type === 'CREATE' && outcome.stackId) {
    logger.info('removing the empty stack the plan created');
    await deleteStack(aws.cloudformation, outcome.stackId, poll);
  }
}

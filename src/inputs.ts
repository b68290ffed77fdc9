import { isAbsolute, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { UserError } from './errors.js';
import { BUILDERS, type Builder } from './images/builders.js';
import { readStackSettings, type StackSettings } from './deploy/stack-settings.js';

/** The action's inputs, typed and validated in one place. Names match action.yml. */
export interface ActionInputs {
  mode: (typeof MODES)[number];
  composeFiles: string[];
  workingDirectory: string;
  projectName?: string;
  stackName?: string;
  awsRegion?: string;
  envFiles: string[];
  profiles: string[];
  repositoryPrefix?: string;
  vpcId?: string;
  subnetIds: string[];
  /** Public subnets for an internet-facing load balancer when the tasks run in private ones. */
  publicSubnetIds: string[];
  privateSubnets: boolean;
  dropBindMounts: boolean;
  bindMountsAsConfigs: boolean;
  waitTimeoutMinutes: number;
  templatePath: string;
  templateBucket?: string;
  githubToken?: string;
  comment: boolean;
  builder: Builder;
  /** Builds at once; undefined = the runner's cores. */
  buildConcurrency?: number;
  buildCache: boolean;
  provenance?: string;
  sbom?: string;
  repositoryKmsKey?: string;
  /** Keep the last N builds per repository (a lifecycle policy); undefined = no policy. */
  lifecycleKeep?: number;
  /** role-arn, termination-protection, notification-arns, tags, parameter-overrides, disable-rollback. */
  stack: StackSettings;
  /** Make a change set even when nothing differs from the stack. */
  forceChangeSet: boolean;
  /** The GitHub environment releases are recorded for (default: the stack name). */
  environment?: string;
  /** A preview environment that goes away (GitHub's transient_environment). */
  transientEnvironment: boolean;
  /** rollback: previous | <commit sha> | <deployment id>. */
  rollbackTo: string;
  /** Pin `image:` tags to their digests (default true). */
  pinImages: boolean;
  /** destroy: keep the secrets the action stored in Secrets Manager. */
  keepSecrets: boolean;
  /** Estimate the monthly cost from the AWS Price List (default true). */
  cost: boolean;
}

/** Reads one input as the runner passes it (INPUT_<NAME>); '' when unset. */
export type InputReader = (name: string) => string;

export const MODES = ['plan', 'deploy', 'rollback', 'destroy'] as const;

function list(text: string, separators = /[\n,]/): string[] {
  return text
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A boolean input as the Actions toolkit's getBooleanInput reads it (YAML 1.2 core schema): true | True | TRUE |
 * false | False | FALSE; empty means the default. A bad value is added to `errors`, so every bad input is
 * reported at once.
 */
function bool(name: string, text: string, fallback: boolean, errors: string[]): boolean {
  const value = text.trim();
  if (!value) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  errors.push(
    `input ${name}: expected true or false (true | True | TRUE | false | False | FALSE), got "${text}"`,
  );
  return fallback;
}

export function parseInputs(
  read: InputReader,
  env: Record<string, string | undefined> = process.env,
): ActionInputs {
  const errors: string[] = [];
  const mode = read('mode').trim() || 'plan';
  if (!(MODES as readonly string[]).includes(mode)) {
    errors.push(`input mode: expected one of ${MODES.join(', ')}, got "${mode}"`);
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const workingDirectory = resolve(workspace, read('working-directory').trim() || '.');
  const timeoutText = read('wait-timeout').trim() || '30';
  const waitTimeoutMinutes = Number(timeoutText);
  if (!Number.isFinite(waitTimeoutMinutes) || waitTimeoutMinutes <= 0) {
    errors.push(`input wait-timeout: expected a positive number of minutes, got "${timeoutText}"`);
  }
  const stackName = read('stack-name').trim() || undefined;
  const templateText = read('template-path').trim();
  const templatePath = templateText
    ? isAbsolute(templateText)
      ? templateText
      : resolve(workingDirectory, templateText)
    : join(env.RUNNER_TEMP || tmpdir(), 'compose-ecs', `${stackName ?? 'project'}.template.json`);
  const builder = read('builder').trim() || 'auto';
  if (!(BUILDERS as readonly string[]).includes(builder))
    errors.push(`input builder: expected one of ${BUILDERS.join(', ')}, got "${builder}"`);
  const concurrencyText = read('build-concurrency').trim();
  const buildConcurrency = concurrencyText ? Number(concurrencyText) : undefined;
  if (buildConcurrency !== undefined && !(Number.isSafeInteger(buildConcurrency) && buildConcurrency >= 1))
    errors.push(`input build-concurrency: expected a whole number, 1 or more, got "${concurrencyText}"`);
  const keepText = read('lifecycle-keep').trim();
  const lifecycleKeep = keepText ? Number(keepText) : undefined;
  if (lifecycleKeep !== undefined && !(Number.isSafeInteger(lifecycleKeep) && lifecycleKeep >= 1))
    errors.push(`input lifecycle-keep: expected a whole number, 1 or more, got "${keepText}"`);
  const flags = {
    privateSubnets: bool('private-subnets', read('private-subnets'), false, errors),
    dropBindMounts: bool('drop-bind-mounts', read('drop-bind-mounts'), false, errors),
    bindMountsAsConfigs: bool('bind-mounts-as-configs', read('bind-mounts-as-configs'), false, errors),
    comment: bool('comment', read('comment'), true, errors),
    buildCache: bool('build-cache', read('build-cache'), true, errors),
    cost: bool('cost', read('cost'), true, errors),
  };
  const stack = stackSettings(read, errors);
  const forceChangeSet = bool('force-change-set', read('force-change-set'), false, errors);
  const releases = {
    transientEnvironment: bool('transient-environment', read('transient-environment'), false, errors),
    pinImages: bool('pin-images', read('pin-images'), true, errors),
    keepSecrets: bool('keep-secrets', read('keep-secrets'), false, errors),
    rollbackTo: read('rollback-to').trim() || 'previous',
  };
  const environment = read('environment').trim() || undefined;
  if (releases.rollbackTo !== 'previous' && !/^(\d+|[0-9a-fA-F]{7,40})$/.test(releases.rollbackTo))
    errors.push(
      `input rollback-to: expected previous, a commit sha (7 to 40 hex digits) or a deployment id, got "${releases.rollbackTo}"`,
    );
  if (mode === 'rollback' && !environment && !stackName)
    errors.push(
      'input environment: rollback needs the environment (or stack-name) whose release it restores',
    );
  if (errors.length) throw new UserError('inputs', errors.join('; '));
  return {
    mode: mode as ActionInputs['mode'],
    composeFiles: list(read('compose-file'), /\n/),
    workingDirectory,
    projectName: read('project-name').trim() || undefined,
    stackName,
    awsRegion: read('aws-region').trim() || undefined,
    envFiles: list(read('env-file'), /\n/),
    profiles: list(read('profiles')),
    repositoryPrefix: read('repository-prefix').trim() || undefined,
    vpcId: read('vpc-id').trim() || undefined,
    subnetIds: list(read('subnet-ids')),
    publicSubnetIds: list(read('public-subnet-ids')),
    ...flags,
    waitTimeoutMinutes,
    templatePath,
    templateBucket: read('template-bucket').trim() || undefined,
    githubToken: read('github-token').trim() || undefined,
    builder: builder as Builder,
    buildConcurrency,
    provenance: read('provenance').trim() || undefined,
    sbom: read('sbom').trim() || undefined,
    repositoryKmsKey: read('repository-kms-key').trim() || undefined,
    lifecycleKeep,
    stack,
    forceChangeSet,
    ...(environment ? { environment } : {}),
    ...releases,
  };
}

function stackSettings(read: InputReader, errors: string[]): StackSettings {
  const { settings, problems } = readStackSettings({
    roleArn: read('role-arn'),
    terminationProtection: bool('termination-protection', read('termination-protection'), false, errors),
    notificationArns: list(read('notification-arns')),
    tags: read('tags'),
    parameterOverrides: read('parameter-overrides'),
    disableRollback: bool('disable-rollback', read('disable-rollback'), false, errors),
  });
  errors.push(...problems);
  return settings;
}

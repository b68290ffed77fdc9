// The options as the pipeline takes them (RunOptions), built once for both shells. What only a shell knows
// comes in `shell`: the environment, and the action's stack tags and run link.
import type { RunOptions } from '../steps/options.js';
import { chooseBindMountPolicy, type ChosenPolicy } from '../compose/bind-policy.js';
import { stackSettings, type Options } from './parse.js';

export interface ShellFacts {
  /** The process environment: interpolation reads it, GITHUB_SHA names the commit. */
  env: Record<string, string | undefined>;
  /** Stack tags the action sets (repository, commit, run). */
  tags?: Record<string, string>;
  /** The run, for the deployment status. */
  runUrl?: string;
}

export function runOptions(options: Options, shell: ShellFacts): RunOptions {
  const sha = shell.env.GITHUB_SHA;
  const secretKey = buildSecretKey(options, shell.env);
  return {
    mode: options.mode,
    load: {
      files: options.composeFiles,
      workingDir: options.workingDirectory,
      projectName: options.projectName,
      envFiles: options.envFiles,
      profiles: options.profiles,
      environment: shell.env,
      bindMounts: bindMountChoice(options).policy,
      allowOutsideWorkspace: options.allowOutsideWorkspace,
      allowPrivilegedBuilds: options.allowPrivilegedBuilds,
    },
    showVariables: options.showVariables,
    stackName: options.stackName,
    repositoryPrefix: options.repositoryPrefix,
    vpcId: options.vpcId,
    subnetIds: options.subnetIds,
    publicSubnetIds: options.publicSubnetIds,
    privateSubnets: options.privateSubnets,
    convert: {
      dropUnsupportedMounts: bindMountChoice(options).policy.drop === 'all',
      assignPublicIp: !options.privateSubnets,
      ...(options.permissionsBoundary ? { permissionsBoundary: options.permissionsBoundary } : {}),
    },
    templatePath: options.templatePath,
    templateBucket: options.templateBucket,
    waitTimeoutMs: options.waitTimeoutMinutes * 60_000,
    ...(shell.tags ? { tags: shell.tags } : {}),
    stack: stackSettings(options),
    forceChangeSet: options.forceChangeSet,
    cost: options.cost,
    allowVolumeReplacement: options.allowVolumeReplacement,
    pinImages: options.pinImages,
    keepSecrets: options.keepSecrets,
    release: {
      ...(options.environment ? { environment: options.environment } : {}),
      ...(sha ? { sha } : {}),
      ...(shell.runUrl ? { runUrl: shell.runUrl } : {}),
      transient: options.transientEnvironment,
      rollbackTo: options.rollbackTo,
    },
    images: {
      concurrency: options.buildConcurrency,
      cache: options.buildCache,
      provenance: options.provenance,
      sbom: options.sbom,
      kmsKey: options.repositoryKmsKey,
      lifecycleKeep: options.lifecycleKeep,
      untrusted: untrustedImages(options.untrustedImages, shell.env.GITHUB_EVENT_NAME),
      ...(secretKey ? { secretKey } : {}),
    },
  };
}

/**
 * Events whose code comes from a pull request: `pull_request` runs the pull request's own workflow, and
 * `pull_request_target` workflows that check the pull request out build its code too.
 */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** untrusted-images: `auto` is true on pull-request events. */
export function untrustedImages(value: 'auto' | 'true' | 'false', eventName: string | undefined): boolean {
  return value === 'auto' ? PULL_REQUEST_EVENTS.includes(eventName ?? '') : value === 'true';
}

/** The build secrets' HMAC key: the action's input, or the CLI's $COMPOSE_ECS_BUILD_SECRET_KEY. */
export function buildSecretKey(
  options: Options,
  env: Record<string, string | undefined>,
): string | undefined {
  return options.buildSecretKey || env.COMPOSE_ECS_BUILD_SECRET_KEY || undefined;
}

/**
 * The bind-mount policy `bind-mounts` names, or the deprecated flags' (with the deprecation the shells say
 * once, spelled as their input or flag).
 */
export function bindMountChoice(
  options: Pick<Options, 'bindMounts' | 'dropBindMounts' | 'bindMountsAsConfigs'>,
  style: 'input' | 'flag' = 'input',
): ChosenPolicy {
  return chooseBindMountPolicy(
    options.bindMounts ?? '',
    { dropBindMounts: options.dropBindMounts, bindMountsAsConfigs: options.bindMountsAsConfigs },
    style,
  );
}

import { relative } from 'node:path';
import { accountParameters } from '../deploy/account-parameters.js';
import { findHostedZones, zoneLines } from '../deploy/hosted-zones.js';
import { writeFileConfigs } from '../deploy/file-configs.js';
import { parameterOverrideProblems } from '../deploy/stack-settings.js';
import { describeStack, refuseBlockedStack } from '../deploy/stack.js';
import { requireBucket } from '../deploy/template-upload.js';
import { rolloutTimeProblems } from '../deploy/rollout-duration.js';
import { UserError, formatDiagnostic } from '../errors.js';
import { templateBodyTooLarge, type ConvertResult, type ParameterSource } from '../template/convert.js';
import { gpuSummaries } from '../template/gpu-summary.js';
import { runnerValueDisplay } from '../report/runner-values.js';
import type { Candidate } from './candidate.js';
import type { SecretVersion } from '../releases/payload.js';
import type { StepContext } from './context.js';
import { compactBody, convertProject, withPreviewImages, writeTemplate } from './convert.js';
import { guardSecrets, refuseLeaks } from './guard-secrets.js';
import { buildImages } from './images.js';
import type { LoadedCompose } from './load.js';
import { nextRolloutLines } from '../report/next-rollouts.js';

/**
 * A new release from the compose files: secrets checked, converted once before anything is built (a
 * converter error stops the run before a push), images built, pushed and pinned, converted again with
 * the pinned images.
 */
export async function prepareRelease(
  ctx: StepContext,
  compose: LoadedCompose,
  /** A plan's account lookups leave nothing behind; a deploy's create what the release needs. */
  intent: 'plan' | 'deploy',
): Promise<Candidate> {
  const { options, logger } = ctx;
  const { loaded, stackName } = compose;
  const preview = convertProject(withPreviewImages(loaded), options.convert, logger);
  const secrets = await guardSecrets(loaded, options.load.environment, true, logger, preview.template);
  // Blanked out of every report from here on, a failure's too.
  await ctx.emit({ kind: 'redactions', values: secrets.map((s) => s.value) });
  refuseBeforeBuild(ctx, preview);
  // What can refuse the run later is checked before anything is built or pushed.
  // The reading is reused by the plan when it is still fresh (issue 13: one DescribeStacks per run).
  const preflight = { stack: await describeStack(ctx.aws.stacks, stackName), readAt: ctx.clock.now() };
  refuseBlockedStack(stackName, preflight.stack?.StackStatus);
  // x-aws-domain: a name outside every hosted zone stops the run here, before a build.
  const zones = await findHostedZones(ctx.aws.zones, preview.parameters, (path) =>
    loaded.sourceMap.locate(path),
  );
  const domains = zoneLines(zones);
  for (const line of domains.slice(0, zones.length)) logger.info(line);
  const { project, images } = await buildImages(ctx, loaded);
  const conversion = convertProject({ ...loaded, project }, options.convert, logger, false);
  // The pinned template differs from the preview only in images; checked again all the same.
  refuseLeaks(conversion.template, secrets, 'template');
  await writeTemplate(options.templatePath, conversion.body);
  const gpu = gpuSummaries(conversion.template);
  await emitRelease(ctx, loaded, conversion, images, domains);
  return {
    stackName,
    project: loaded.project.name,
    template: conversion.template,
    body: compactBody(conversion.template),
    parameters: accountParameters({
      stackName,
      project,
      sources: conversion.parameters,
      mode: intent,
      environment: options.load.environment,
      network: {
        vpcId: options.vpcId,
        subnetIds: options.subnetIds,
        publicSubnetIds: options.publicSubnetIds,
        privateSubnets: options.privateSubnets,
      },
      overrides: options.stack?.parameterOverrides ?? {},
      ...(options.forceChangeSet ? { forceLookup: true } : {}),
      hostedZones: Object.fromEntries(zones.map((z) => [z.parameter, z.zone.id])),
      ...(gpu.length > 0 ? { gpu, say: sayOnce(ctx) } : {}),
    }),
    preflight,
    images,
    storeContent: () =>
      writeFileConfigs(project, stackName, { parameters: ctx.aws.parameters, logger: ctx.logger }),
    composeFiles: loaded.project.files.map((f) => relative(options.load.workingDir, f)),
    ...(options.release?.sha ? { sha: options.release.sha } : {}),
    secretVersions: (values) => secretVersions(conversion.parameters, values),
    conversion,
    ...(options.templatePath ? { templatePath: options.templatePath } : {}),
  };
}

/** What the preview alone can refuse (parameter overrides, rollout time, template size), before any build. */
function refuseBeforeBuild(ctx: StepContext, preview: ConvertResult): void {
  const { options, logger } = ctx;
  const overrideProblems = parameterOverrideProblems(
    options.stack?.parameterOverrides ?? {},
    preview.template.Parameters ?? {},
    preview.parameters,
  );
  if (overrideProblems.length) throw new UserError(overrideProblems.join('; '));
  // A rollout that cannot finish within the wait (or a hosted runner's job) is refused before any build.
  const timing = rolloutTimeProblems(preview.template, {
    waitTimeoutMinutes: options.waitTimeoutMs / 60_000,
    hostedRunner: process.env.RUNNER_ENVIRONMENT === 'github-hosted',
  });
  if (timing.summary) logger.info(timing.summary);
  if (timing.error) throw new UserError(timing.error);
  for (const w of timing.warnings) logger.warning(w);
  // A rollout that may outlast the wait is said in the report too, not only in the log.
  for (const text of timing.warnings) void ctx.emit({ kind: 'warning', text });
  // The pushed images' names are longer than the preview's, so a preview over the inline limit is
  // certainly too large: say so now rather than after the push.
  const previewBody = compactBody(preview.template);
  if (templateBodyTooLarge(previewBody)) requireBucket(previewBody, options.templateBucket);
}

/** The release's events for the report: images, warnings, start order, domains, rollouts, runner values. */
async function emitRelease(
  ctx: StepContext,
  loaded: LoadedCompose['loaded'],
  conversion: ConvertResult,
  images: Candidate['images'],
  domains: string[],
): Promise<void> {
  const { options } = ctx;
  await ctx.emit(
    { kind: 'images', images },
    ...conversion.warnings.map((w) => ({ kind: 'warning' as const, text: formatDiagnostic(w) })),
    { kind: 'start-order', lines: conversion.startOrder },
    ...(domains.length ? [{ kind: 'domains' as const, lines: domains }] : []),
    ...(conversion.strategies.length
      ? [
          {
            kind: 'next-rollouts' as const,
            lines: nextRolloutLines(conversion.strategies, conversion.template),
          },
        ]
      : []),
    {
      kind: 'shown-as',
      shownAs: runnerValueDisplay(loaded.runnerVariables ?? [], options.showVariables ?? []),
    },
    ...(options.release?.sha ? [{ kind: 'commit' as const, sha: options.release.sha }] : []),
  );
}

/** The plan's GPU checks speak later, once each (account-parameters.ts). */
function sayOnce(ctx: StepContext): (note: string) => void {
  const said = new Set<string>();
  return (note) => {
    if (said.has(note)) return;
    said.add(note);
    void ctx.emit({ kind: 'warning', text: note });
  };
}

/** Each file secret's stored ARN and version, from the values the plan filled in. */
function secretVersions(parameters: ParameterSource[], values: Record<string, string>): SecretVersion[] {
  return parameters
    .filter((p) => p.kind === 'file-secret-version')
    .flatMap((v) => {
      const arn = parameters.find((p) => p.kind === 'file-secret' && p.secret === v.secret);
      const [arnValue, versionId] = [arn && values[arn.name], values[v.name]];
      return arnValue && versionId ? [{ secret: v.secret!, arn: arnValue, versionId }] : [];
    });
}

import { awsFailure } from '../aws/errors.js';
import { releasePayload, templateHash, type ReleaseRecord } from '../releases/payload.js';
import { ROLLED_BACK, type ReleaseState, type ReleaseSummary } from '../releases/store.js';
import { marksRolledBack } from '../releases/select.js';
import type { Candidate } from './candidate.js';
import { vouchForRelease } from '../releases/trust.js';
import type { StepContext } from './context.js';
import { refuseLeaks } from './guard-secrets.js';
import { CONFIGS_INIT_CONTAINER } from '../template/configs.js';
import { DNS_INIT_CONTAINER } from '../template/discovery.js';
import { SECRETS_INIT_CONTAINER } from '../template/secrets.js';
import type { Template } from '../template/types.js';
import type { Planned } from './plan.js';

/** A release being recorded: the GitHub deployment's id. */
export interface RecordedRelease {
  id: number;
  environment: string;
}

/** The GitHub environment releases are recorded for: the input, else the stack's name. */
export function environmentOf(ctx: StepContext, stackName: string): string {
  return ctx.options.release?.environment || stackName;
}

/** What a rollback needs to replay the planned release exactly (NoEcho values are never recorded). */
export function releaseRecord(ctx: StepContext, planned: Planned): ReleaseRecord {
  const { candidate, plan } = planned;
  const parameters = Object.fromEntries(Object.entries(plan.parameters).sort(([a], [b]) => (a < b ? -1 : 1)));
  const noEcho = Object.entries(candidate.template.Parameters ?? {})
    .filter(([, p]) => String((p as { NoEcho?: unknown }).NoEcho) === 'true')
    .map(([name]) => name);
  for (const name of noEcho) delete parameters[name];
  return {
    version: 1,
    stack: candidate.stackName,
    region: ctx.report().region ?? '',
    environment: environmentOf(ctx, candidate.stackName),
    project: candidate.project,
    sha: candidate.sha ?? '',
    composeFiles: candidate.composeFiles,
    images: Object.fromEntries(candidate.images.map((i) => [i.service, i.uri])),
    helperImages: helperImages(candidate.template),
    templateHash: templateHash(candidate.body),
    templateBody: candidate.body,
    parameters,
    noEcho,
    secretVersions: candidate.secretVersions(plan.parameters),
    ...(plan.outcome.kind === 'ready' && plan.outcome.resolved
      ? { resolvedParameters: plan.outcome.resolved }
      : {}),
  };
}

/**
 * Records the planned release as a GitHub deployment, in progress. Without a token, a repository or a
 * commit there is nothing to record; without the deployments permission GitHub refuses: both are a
 * warning, never a failed deploy (the stack still runs the release).
 */
export async function startRelease(ctx: StepContext, planned: Planned): Promise<RecordedRelease | undefined> {
  const store = ctx.deps.releases;
  const { candidate } = planned;
  if (!store || !candidate.sha) {
    ctx.logger.debug('no GitHub token, repository or commit: the release is not recorded');
    return undefined;
  }
  const record = releaseRecord(ctx, planned);
  // The record holds the template and every parameter: no secret's value may be among them.
  refuseLeaks(
    record,
    (ctx.report().redactions ?? []).map((value) => ({ secret: 'declared in the compose files', value })),
    'release record',
  );
  const environment = record.environment;
  try {
    const { payload, upload, compressed } = releasePayload(record, ctx.options.templateBucket);
    await vouch(ctx, record, compressed);
    if (upload) {
      await ctx.aws.templates.put(upload.bucket, upload.key, upload.body).catch((err: unknown) => {
        throw awsFailure(`storing the release in s3://${upload.bucket}/${upload.key}`, err);
      });
      ctx.logger.info(
        `the release record went to s3://${upload.bucket}/${upload.key}: ${payload['compose-ecs'].release.storage === 's3' ? payload['compose-ecs'].release.reason : ''}`,
      );
    }
    const id = await store.create({
      environment,
      sha: candidate.sha,
      description:
        candidate.description ?? `compose-ecs deploy of ${candidate.project} to ${candidate.stackName}`,
      transient: ctx.options.release?.transient ?? false,
      payload: payload as unknown as Record<string, unknown>,
    });
    await store.setState(id, 'in_progress', { ...logUrl(ctx), description: 'deploying' });
    ctx.logger.info(`release recorded as deployment ${id} of environment ${environment}`);
    await ctx.emit({ kind: 'release-recorded', id, environment });
    return { id, environment };
  } catch (err) {
    ctx.logger.warning(`the release is not recorded: ${githubProblem(err)}`);
    return undefined;
  }
}

/**
 * The hash of the record where only the deploy role writes (src/releases/trust.ts): without it no
 * rollback will restore this release, which the warning says; the deploy itself goes on.
 */
async function vouch(ctx: StepContext, record: ReleaseRecord, compressed: Buffer): Promise<void> {
  try {
    const name = await vouchForRelease(ctx.aws.parameters, record, compressed);
    ctx.logger.info(`the release's hash is recorded in SSM as ${name}`);
  } catch (err) {
    ctx.logger.warning(
      `no rollback will restore this release: its hash could not be recorded in SSM under /compose-ecs/${record.stack}/releases/ (the deploy role needs ssm:PutParameter there): ${(err as Error).message}`,
    );
  }
}

/** The outcome of the release on its deployment: success with the first URL, or failure with the root cause. */
export async function finishRelease(
  ctx: StepContext,
  planned: Planned,
  recorded: RecordedRelease | undefined,
  error?: unknown,
): Promise<void> {
  if (!recorded || !ctx.deps.releases) return;
  const { deploy } = ctx.report();
  const urls = Object.values(deploy?.urls ?? {});
  const state: ReleaseState = error ? 'failure' : 'success';
  const description = error
    ? (deploy?.error ?? (error instanceof Error ? error.message : String(error)))
    : (planned.candidate.description ?? 'deployed');
  try {
    await ctx.deps.releases.setState(recorded.id, state, {
      ...logUrl(ctx),
      description,
      ...(urls[0] ? { environmentUrl: urls[0] } : {}),
    });
  } catch (err) {
    ctx.logger.warning(`could not mark deployment ${recorded.id} ${state}: ${githubProblem(err)}`);
  }
}

function logUrl(ctx: StepContext): { logUrl?: string } {
  return ctx.options.release?.runUrl ? { logUrl: ctx.options.release.runUrl } : {};
}

/**
 * GitHub shows the environment as no longer deployed once its deployments are inactive. Only the ones that
 * succeeded, as GitHub's own auto_inactive does: `inactive` means "succeeded, no longer live" to a rollback
 * (src/releases/select.ts), so a failed release keeps its failure.
 */
export async function markInactive(ctx: StepContext, environment: string): Promise<void> {
  const store = ctx.deps.releases;
  if (!store) return;
  try {
    const live = (await store.list(environment, 100)).filter((x) => x.state === 'success');
    for (const r of live) await store.setState(r.id, 'inactive', { description: 'the stack was destroyed' });
    if (live.length) ctx.logger.info(`marked ${live.length} deployment(s) of ${environment} inactive`);
  } catch (err) {
    ctx.logger.warning(`could not mark the deployments of ${environment} inactive: ${githubProblem(err)}`);
  }
}

/**
 * After a rollback ran: a failed release keeps its failure; a good one rolled back from is marked inactive,
 * no longer a candidate for `previous`.
 */
export async function markRolledBack(
  ctx: StepContext,
  live: ReleaseSummary,
  candidate: Candidate,
): Promise<void> {
  if (!ctx.deps.releases || !marksRolledBack(live, candidate.sha ?? '')) return;
  await ctx.deps.releases
    .setState(live.id, 'inactive', { description: `${ROLLED_BACK} ${candidate.description ?? ''}` })
    .catch((err: unknown) =>
      ctx.logger.warning(`could not mark deployment ${live.id} rolled back: ${githubProblem(err)}`),
    );
}

/** GitHub's refusal in words that say what to change. */
export function githubProblem(err: unknown): string {
  const status = (err as { status?: number }).status;
  const message = err instanceof Error ? err.message : String(err);
  if (status === 403 || status === 404)
    return `GitHub answered ${status} (${message}): the workflow needs \`permissions: deployments: write\``;
  return message;
}

const HELPERS = new Set([SECRETS_INIT_CONTAINER, CONFIGS_INIT_CONTAINER, DNS_INIT_CONTAINER]);

/** The images of the init containers the converter adds (they receive secret values), by container name. */
export function helperImages(template: Template): Record<string, string> {
  const out: Record<string, string> = {};
  for (const resource of Object.values(template.Resources ?? {})) {
    if ((resource as { Type?: string }).Type !== 'AWS::ECS::TaskDefinition') continue;
    const containers = (resource as { Properties?: { ContainerDefinitions?: unknown[] } }).Properties
      ?.ContainerDefinitions;
    for (const c of (containers ?? []) as Array<{ Name?: unknown; Image?: unknown }>)
      if (typeof c.Name === 'string' && HELPERS.has(c.Name) && typeof c.Image === 'string')
        out[c.Name] = c.Image;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

import { awsFailure } from '../aws/errors.js';
import { NotFound } from '../aws/failures.js';
import { UserError } from '../errors.js';
import { readPayload, type ReleaseRecord } from '../releases/payload.js';
import type { ReleaseSummary } from '../releases/store.js';
import { parseImageReference } from '../images/image-reference.js';
import { manifestDigestOf, registryCredentials } from '../images/manifest-lookup.js';
import { selectRelease, sha7, type Selection } from '../releases/select.js';
import { verifiedRecord } from '../releases/trust.js';
import type { Candidate } from './candidate.js';
import { required, type StepContext } from './context.js';
import { environmentOf } from './record.js';

/** How many of an environment's releases a rollback looks through. */
const RELEASES_READ = 50;

export interface Restored {
  candidate: Candidate;
  target: ReleaseSummary;
  live?: ReleaseSummary;
  record: ReleaseRecord;
}

/**
 * A recorded release, ready to plan again exactly as it was deployed: its template body and parameters
 * byte for byte, nothing built, pushed or converted. Before the stack is touched, every image it runs must
 * still be in its registry (ECR lifecycle policies delete images) and every secret version it pinned must
 * still exist in Secrets Manager; all that is missing is named at once.
 */
export async function restoreRelease(ctx: StepContext): Promise<Restored> {
  const { options, aws, logger } = ctx;
  const store = required(ctx.deps.releases, 'GitHub releases (a github-token and the repository)');
  const stackHint = options.stackName;
  const environment = options.release?.environment || stackHint;
  if (!environment)
    throw new UserError('rollback needs the environment (or stack-name) whose release it restores');
  const releases = await store.list(environment, RELEASES_READ).catch((err: unknown) => {
    throw new UserError(`cannot read the releases of environment ${environment}: ${(err as Error).message}`);
  });
  const { target, live, record } = await trustedRelease(ctx, releases, environment);
  const region = await aws.identity.region().catch(() => record.region);
  if (record.region && region && record.region !== region)
    throw new UserError(
      `deployment ${target.id} released stack ${record.stack} in ${record.region}, not ${region}`,
    );
  if (environmentOf(ctx, record.stack) !== record.environment)
    throw new UserError(
      `deployment ${target.id} is a release of environment ${record.environment}, not ${environment}`,
    );
  logger.info(
    `restoring deployment ${target.id}: ${sha7(record.sha)} of ${record.stack}${live ? ` (live now: ${sha7(live.sha)}, deployment ${live.id})` : ''}`,
  );
  const problems = [
    ...(await missingImages(ctx, record)),
    ...(await missingSecrets(ctx, record)),
    ...(await missingConfigs(ctx, record)),
  ];
  const overrides = options.stack?.parameterOverrides ?? {};
  for (const name of record.noEcho)
    if (overrides[name] === undefined)
      problems.push(
        `parameter ${name} is NoEcho, so its value was never recorded: pass it again in parameter-overrides`,
      );
  if (problems.length)
    throw new UserError(
      `release ${sha7(record.sha)} (deployment ${target.id}) cannot be restored:\n  ${problems.join('\n  ')}`,
    );
  const description = `rollback from ${live ? sha7(live.sha) : 'unknown'} to ${sha7(record.sha)}`;
  const images = Object.entries(record.images).map(([service, uri]) => ({
    service,
    uri,
    ...(uri.includes('@') ? { digest: uri.slice(uri.indexOf('@') + 1) } : {}),
    pushed: false,
    origin: `as recorded in deployment ${target.id}`,
  }));
  const noEchoValues = Object.fromEntries(record.noEcho.map((n) => [n, overrides[n]!]));
  await ctx.emit(
    { kind: 'stack-named', project: record.project, stackName: record.stack },
    { kind: 'commit', sha: record.sha },
    { kind: 'images', images },
    {
      kind: 'warning',
      text: `${description}: deployment ${target.id} replayed as recorded (nothing built, pushed or converted)`,
    },
  );
  return {
    target,
    ...(live ? { live } : {}),
    record,
    candidate: {
      stackName: record.stack,
      project: record.project,
      template: JSON.parse(record.templateBody) as Candidate['template'],
      body: record.templateBody,
      // The recorded values exactly: no lookup, no secret written (their versions exist, checked above).
      parameters: async () => ({
        values: { ...record.parameters, ...noEchoValues },
        secrets: { parameters: {}, writes: [], created: [] },
      }),
      images,
      composeFiles: record.composeFiles,
      sha: record.sha,
      secretVersions: () => record.secretVersions,
      description,
      restored: true,
    },
  };
}

/**
 * The release rollback-to names, among those the account vouches for (src/releases/trust.ts): a named
 * one that is not vouched for is refused; `previous` passes over those with a warning naming each.
 */
async function trustedRelease(
  ctx: StepContext,
  releases: ReleaseSummary[],
  environment: string,
): Promise<Selection & { record: ReleaseRecord }> {
  const rollbackTo = ctx.options.release?.rollbackTo ?? 'previous';
  const stackHint = ctx.options.stackName;
  const skipped = new Map<number, string>();
  for (;;) {
    let selection: Selection;
    try {
      selection = selectRelease(releases, rollbackTo, environment, new Set(skipped.keys()));
    } catch (err) {
      if (!(err instanceof UserError) || !skipped.size) throw err;
      const list = [...skipped].map(([id, why]) => `deployment ${id}: ${why}`).join('\n  ');
      throw new UserError(`${err.message}\nPassed over, not recorded by the deploy role:\n  ${list}`);
    }
    const { target } = selection;
    const stack = stackHint ?? readPayload(target.payload)!.stack;
    const checked = await verifiedRecord(
      {
        parameters: ctx.aws.parameters,
        templates: ctx.aws.templates,
        templateBucket: ctx.options.templateBucket,
      },
      target,
      stack,
    );
    if (checked.verified) return { ...selection, record: checked.record };
    const why = `${sha7(target.sha)} cannot be trusted: ${checked.why}`;
    if (rollbackTo.trim() && rollbackTo.trim() !== 'previous')
      throw new UserError(
        `rollback-to ${rollbackTo}: deployment ${target.id} (${why}); only a release the deploy role recorded can be restored (anyone who can create deployments can write a payload)`,
      );
    ctx.logger.warning(`rollback-to previous passes over deployment ${target.id}: ${why}`);
    skipped.set(target.id, why);
  }
}

/** Images of the release no longer in their registry (HEAD on the manifest by digest). */
async function missingImages(ctx: StepContext, record: ReleaseRecord): Promise<string[]> {
  const refs = Object.entries(record.images).map(([service, uri]) => ({
    service,
    uri,
    ref: parseImageReference(uri),
  }));
  const credentials = await registryCredentials(
    refs.map((r) => r.ref),
    ctx.aws.registry,
    ctx.logger,
  );
  const missing = await Promise.all(
    refs.map(async ({ service, uri, ref }) => {
      if (!ref) return `service ${service}: ${uri} is not an image reference`;
      if (!ref.digest) {
        // Deployed with pin-images: false: the template names the tag, which is replayed as it is.
        ctx.logger.warning(
          `service ${service}: ${uri} was recorded by tag (pin-images: false): the rollback runs whatever it names now`,
        );
        return undefined;
      }
      try {
        const found = await manifestDigestOf(ref, {
          fetch: ctx.deps.fetch ?? fetch,
          credentials,
          deniedHint: () => 'ECS pulls it with the task execution role, and will say if it cannot',
        });
        return found
          ? undefined
          : `service ${service}: image ${uri} no longer exists (an ECR lifecycle policy or someone deleted it)`;
      } catch (err) {
        // A check that cannot be made (a private registry outside this account, a registry out of reach)
        // must not make every rollback of the environment impossible: the rollout watch sees a failed pull.
        if (!(err instanceof UserError)) throw err;
        ctx.logger.warning(`service ${service}: could not check that ${uri} still exists: ${err.message}`);
        return undefined;
      }
    }),
  );
  return missing.filter((m): m is string => Boolean(m));
}

/**
 * Config contents the release's tasks read (SSM parameters named by content in the template body) that
 * are gone: someone deleted them, or a destroy of the stack did.
 */
async function missingConfigs(ctx: StepContext, record: ReleaseRecord): Promise<string[]> {
  const names = [
    ...new Set(
      [
        ...record.templateBody.matchAll(/parameter(\/compose-ecs\/\$\{AWS::StackName\}\/configs\/[^"*\\]+)/g),
      ].map((m) => m[1]!.replace('${AWS::StackName}', record.stack)),
    ),
    // The execution role's policy names a config's parameters by a prefix (`…/configs/<name>/*`; releases
    // before 6539d43 `…/<hash>/*`), not a parameter.
  ].filter((n) => !n.endsWith('/'));
  if (!names.length) return [];
  const found = await ctx.aws.parameters.existing(names).catch((err: unknown) => {
    throw awsFailure('SSM GetParameters', err);
  });
  return names
    .filter((n) => !found.has(n))
    .map((n) => `config content ${n} no longer exists in SSM Parameter Store`);
}

/** Secret versions the release pinned that Secrets Manager no longer has. */
async function missingSecrets(ctx: StepContext, record: ReleaseRecord): Promise<string[]> {
  const missing: string[] = [];
  for (const s of record.secretVersions) {
    const ids = await ctx.aws.secrets.versionIds(s.arn).catch((err: unknown) => {
      if (err instanceof NotFound) return [] as string[];
      throw awsFailure(`Secrets Manager ListSecretVersionIds ${s.arn}`, err);
    });
    if (!ids.includes(s.versionId))
      missing.push(
        `secret ${s.secret}: version ${s.versionId} no longer exists in Secrets Manager (${s.arn})`,
      );
  }
  return missing;
}

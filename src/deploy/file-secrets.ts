import { randomUUID } from 'node:crypto';
import type { Identity, SecretStore } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import type { Project, SecretDefinition } from '../compose/model.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { readSecret } from '../secrets/values.js';
import type { ParameterSource } from '../template/convert.js';

export interface FileSecretDeps {
  secrets: SecretStore;
  identity: Identity;
  logger: Logger;
  /** New version ids (Secrets Manager's ClientRequestToken); random UUIDs unless a test fixes them. */
  newVersionId?: () => string;
}

/** Content still to be stored, under the version id the change set already pins. */
export interface PendingSecretWrite {
  secret: string;
  arn: string;
  versionId: string;
  content: string;
}

export interface FileSecretPlan {
  parameters: Record<string, string>;
  /** Written only when the change set will execute (writeFileSecrets). */
  writes: PendingSecretWrite[];
  /** Secrets this run created without a value, to remove when the change set never executes. */
  created: string[];
  /** A plan's secrets whose contents it did not compare (it reads no secret value): compared at deploy. */
  comparedAtDeploy?: string[];
}

/** The Secrets Manager name a compose secret is stored under: one per stack and secret. */
export function storedSecretName(stackName: string, secret: string): string {
  return `compose-ecs/${stackName}/${secret}`;
}

/**
 * Fills the template's file-secret parameters. A `file:` (or `environment:`) secret's content goes
 * to Secrets Manager through the API, never into the template, the change set, a log or a comment;
 * the template gets the secret's ARN and the version id its tasks pin.
 *
 * Nothing is written here. New content gets a fresh random version id (never derived from the
 * content: a hash of a weak password in a stack parameter could be guessed offline), which the change
 * set pins; the content is stored under that id by writeFileSecrets only once the change set is ready
 * and about to execute (Secrets Manager takes the version id as PutSecretValue's ClientRequestToken:
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html). A deploy
 * of a secret that does not exist yet creates it without a value (CreateSecret without SecretString
 * creates no version: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html),
 * because its ARN carries a random suffix the template needs. A plan creates nothing and passes the
 * ARN the secret has, or will have.
 */
export async function fileSecretParameters(
  project: Project,
  environment: Record<string, string | undefined>,
  stackName: string,
  parameters: ParameterSource[],
  mode: 'plan' | 'deploy',
  deps: FileSecretDeps,
  /** The parameter values the stack runs now (a plan keeps the version it pins). */
  stackParameters: Record<string, string> = {},
): Promise<FileSecretPlan> {
  const plan: FileSecretPlan = { parameters: {}, writes: [], created: [] };
  const values = plan.parameters;
  const newVersionId = deps.newVersionId ?? randomUUID;
  for (const p of parameters.filter((x) => x.kind === 'file-secret')) {
    const definition = project.secrets[p.secret ?? ''];
    if (!definition) throw new UserError(`template parameter ${p.name} names an unknown secret ${p.secret}`);
    const content = await secretContent(definition, environment);
    deps.logger.mask(content);
    const name = storedSecretName(stackName, definition.name);
    const version = parameters.find((x) => x.kind === 'file-secret-version' && x.secret === p.secret);
    if (mode === 'plan') {
      // A plan reads no secret value: a comparison it could make would let whoever controls a plan (a
      // pull request) confirm a guessed value, and the plan role would need to read production's secrets.
      // It keeps the version the stack pins; the deploy compares the contents and pins a new one if they
      // changed. DescribeSecret answers metadata only.
      const existing = await call(`Secrets Manager DescribeSecret ${name}`, () => deps.secrets.find(name));
      values[p.name] = existing ?? (await predictedArn(deps.identity, name));
      const pinned = version ? stackParameters[version.name] : undefined;
      if (version) values[version.name] = existing && pinned ? pinned : 'new-version-on-deploy';
      (plan.comparedAtDeploy ??= []).push(definition.name);
      continue;
    }
    // One read when the secret holds a value (every run after the first): GetSecretValue by name answers
    // the ARN, the version and the content together; only without one does DescribeSecret say whether it exists.
    const current = await call(`Secrets Manager GetSecretValue ${name}`, () => deps.secrets.current(name));
    const existing =
      current?.arn ?? (await call(`Secrets Manager DescribeSecret ${name}`, () => deps.secrets.find(name)));
    const unchanged = current !== undefined && current.value === content;
    let arn = existing;
    if (!arn) {
      arn = await call(`creating secret ${definition.name} in Secrets Manager`, () =>
        deps.secrets.create({
          name,
          description: `compose secret ${definition.name} of stack ${stackName}, stored by compose-ecs`,
          tags: { 'com.docker.compose.project': project.name, 'compose-ecs:stack': stackName },
        }),
      );
      plan.created.push(arn);
    }
    values[p.name] = arn;
    const versionId = unchanged ? current.versionId : newVersionId();
    if (version) values[version.name] = versionId;
    if (!unchanged) plan.writes.push({ secret: definition.name, arn, versionId, content });
  }
  return plan;
}

/** Stores the pending contents under the version ids the change set pins: call it just before executing. */
export async function writeFileSecrets(
  plan: FileSecretPlan,
  deps: Pick<FileSecretDeps, 'secrets' | 'logger'>,
): Promise<void> {
  for (const w of plan.writes) {
    await call(`storing secret ${w.secret} in Secrets Manager`, () =>
      deps.secrets.put(w.arn, w.content, w.versionId),
    );
    deps.logger.info(
      `stored ${plan.created.includes(w.arn) ? 'secret' : 'a new version of secret'} ${w.secret} in Secrets Manager`,
    );
  }
}

/** Removes the secrets this run created without a value, when their change set will not execute. */
export async function discardCreatedSecrets(
  plan: FileSecretPlan,
  deps: Pick<FileSecretDeps, 'secrets' | 'logger'>,
): Promise<void> {
  for (const arn of plan.created) {
    await deps.secrets
      .remove(arn)
      .catch((err: Error) =>
        deps.logger.warning(`could not remove the unused secret ${arn}: ${err.message}`),
      );
  }
}

async function call<T>(what: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    throw awsFailure(what, err);
  }
}

async function predictedArn(identity: Identity, name: string): Promise<string> {
  const [account, region] = await call('STS GetCallerIdentity', () =>
    Promise.all([identity.account(), identity.region()]),
  );
  return `arn:${account.partition}:secretsmanager:${region}:${account.id}:secret:${name}`;
}

async function secretContent(
  definition: SecretDefinition,
  environment: Record<string, string | undefined>,
): Promise<string> {
  const content = await readSecret(definition, environment);
  if (content !== undefined) return content;
  // The loader checked the file and the pipeline the variable; this is the last word if either vanished.
  throw new UserError(
    definition.file
      ? `secret ${definition.name}: cannot read its file ${definition.file}; write it before this step, e.g. from a GitHub secret`
      : `secret ${definition.name}: environment variable ${definition.environment} is not set`,
  );
}

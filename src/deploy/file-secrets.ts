import {
  CreateSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { awsFailure, errorName } from '../aws/errors.js';
import type { Project, SecretDefinition } from '../compose/model.js';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { readSecret } from '../report/secret-guard.js';
import type { ParameterSource } from '../template/convert.js';

export interface FileSecretDeps {
  secretsManager: SecretsManagerClient;
  sts: STSClient;
  logger: Logger;
}

/** The Secrets Manager name a compose secret is stored under: one per stack and secret. */
export function storedSecretName(stackName: string, secret: string): string {
  return `compose-ecs/${stackName}/${secret}`;
}

/**
 * Fills the template's file-secret parameters. A `file:` (or `environment:`) secret's content goes
 * to Secrets Manager through the API, never into the template, the change set, a log or a comment;
 * the template gets the secret's ARN. A deploy creates the secret, or stores a new version when the
 * content differs from the current one; a plan writes nothing and passes the ARN the secret has, or
 * will have. A `file-secret-version` parameter gets the version id the template pins.
 */
export async function fileSecretParameters(
  project: Project,
  environment: Record<string, string | undefined>,
  stackName: string,
  parameters: ParameterSource[],
  mode: 'plan' | 'deploy',
  deps: FileSecretDeps,
): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  let account: { id: string; partition: string; region: string } | undefined;
  for (const p of parameters.filter((x) => x.kind === 'file-secret')) {
    const definition = project.secrets[p.secret ?? ''];
    if (!definition)
      throw new UserError('plan', `template parameter ${p.name} names an unknown secret ${p.secret}`);
    const content = await secretContent(definition, environment);
    deps.logger.mask(content);
    const name = storedSecretName(stackName, definition.name);
    const version = parameters.find((x) => x.kind === 'file-secret-version' && x.secret === p.secret);
    const existing = await describeSecret(deps.secretsManager, name);
    // The template pins the version the secret's content is stored under, so new content rolls the
    // services. The id comes from Secrets Manager (random), never from the content: a hash of a weak
    // password in a stack parameter could be guessed offline.
    const current = existing ? await currentVersion(deps.secretsManager, existing) : undefined;
    const unchanged = current !== undefined && current.value === content;
    if (mode === 'plan') {
      account ??= await callerAccount(deps.sts, deps.secretsManager);
      values[p.name] =
        existing ?? `arn:${account.partition}:secretsmanager:${account.region}:${account.id}:secret:${name}`;
      // A plan stores nothing: new content shows as a version still to be written.
      if (version) values[version.name] = unchanged ? current.versionId : 'new-version-on-deploy';
      continue;
    }
    try {
      if (existing && unchanged) {
        values[p.name] = existing;
      } else if (existing) {
        const put = await deps.secretsManager.send(
          new PutSecretValueCommand({ SecretId: existing, SecretString: content }),
        );
        values[p.name] = existing;
        if (version) values[version.name] = put.VersionId!;
        deps.logger.info(`stored a new version of secret ${definition.name} in Secrets Manager`);
      } else {
        const created = await deps.secretsManager.send(
          new CreateSecretCommand({
            Name: name,
            SecretString: content,
            Description: `compose secret ${definition.name} of stack ${stackName}, stored by compose-ecs`,
            Tags: [
              { Key: 'com.docker.compose.project', Value: project.name },
              { Key: 'compose-ecs:stack', Value: stackName },
            ],
          }),
        );
        values[p.name] = created.ARN!;
        if (version) values[version.name] = created.VersionId!;
        deps.logger.info(`stored secret ${definition.name} in Secrets Manager as ${name}`);
      }
      if (version && unchanged) values[version.name] = current.versionId;
    } catch (err) {
      throw awsFailure('deploy', `storing secret ${definition.name} in Secrets Manager`, err);
    }
  }
  return values;
}

async function secretContent(
  definition: SecretDefinition,
  environment: Record<string, string | undefined>,
): Promise<string> {
  const content = await readSecret(definition, environment);
  if (content !== undefined) return content;
  // The loader checked the file and the pipeline the variable; this is the last word if either vanished.
  throw new UserError(
    'plan',
    definition.file
      ? `secret ${definition.name}: cannot read its file ${definition.file}; write it before this step, e.g. from a GitHub secret`
      : `secret ${definition.name}: environment variable ${definition.environment} is not set`,
  );
}

/** The value and version id the secret holds now (AWSCURRENT), to store a new version only when it changed. */
async function currentVersion(
  sm: SecretsManagerClient,
  arn: string,
): Promise<{ value?: string; versionId: string } | undefined> {
  try {
    const out = await sm.send(new GetSecretValueCommand({ SecretId: arn }));
    return out.VersionId ? { value: out.SecretString, versionId: out.VersionId } : undefined;
  } catch (err) {
    if (errorName(err) === 'ResourceNotFoundException') return undefined;
    throw awsFailure('plan', `Secrets Manager GetSecretValue ${arn}`, err);
  }
}

async function describeSecret(sm: SecretsManagerClient, name: string): Promise<string | undefined> {
  try {
    const out = await sm.send(new DescribeSecretCommand({ SecretId: name }));
    return out.DeletedDate ? undefined : out.ARN;
  } catch (err) {
    if (errorName(err) === 'ResourceNotFoundException') return undefined;
    throw awsFailure('plan', `Secrets Manager DescribeSecret ${name}`, err);
  }
}

async function callerAccount(sts: STSClient, sm: SecretsManagerClient) {
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    const [, partition = 'aws'] = (identity.Arn ?? '').split(':');
    const region = typeof sm.config.region === 'function' ? await sm.config.region() : sm.config.region;
    return { id: identity.Account ?? '', partition, region: String(region) };
  } catch (err) {
    throw awsFailure('plan', 'STS GetCallerIdentity', err);
  }
}

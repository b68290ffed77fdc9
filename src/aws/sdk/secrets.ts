import {
  CreateSecretCommand,
  DeleteSecretCommand,
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  ListSecretVersionIdsCommand,
  PutSecretValueCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { AwsFailure, NotFound } from '../failures.js';
import type { SecretStore } from '../edge.js';
import { allPages } from './pages.js';

export function sdkSecrets(sm: SecretsManagerClient): SecretStore {
  return {
    async find(name) {
      try {
        const out = await sm.send(new DescribeSecretCommand({ SecretId: name }));
        return out.DeletedDate ? undefined : out.ARN;
      } catch (err) {
        if (err instanceof NotFound) return undefined;
        throw err;
      }
    },
    async current(secret) {
      try {
        const out = await sm.send(new GetSecretValueCommand({ SecretId: secret }));
        return out.VersionId && out.ARN
          ? { arn: out.ARN, value: out.SecretString, versionId: out.VersionId }
          : undefined;
      } catch (err) {
        // ResourceNotFoundException: no such secret, or one created without a value (no AWSCURRENT version);
        // InvalidRequestException: among others, a secret scheduled for deletion. DescribeSecret (find) tells
        // these apart. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html
        if (err instanceof NotFound || (err instanceof AwsFailure && err.code === 'InvalidRequestException'))
          return undefined;
        throw err;
      }
    },
    async create(input) {
      const out = await sm.send(
        new CreateSecretCommand({
          Name: input.name,
          Description: input.description,
          Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
      return out.ARN!;
    },
    async put(arn, value, versionId) {
      await sm.send(
        new PutSecretValueCommand({ SecretId: arn, SecretString: value, ClientRequestToken: versionId }),
      );
    },
    async remove(arn) {
      await sm.send(new DeleteSecretCommand({ SecretId: arn, ForceDeleteWithoutRecovery: true }));
    },
    async versionIds(arn) {
      const pages = await allPages((NextToken) =>
        sm.send(new ListSecretVersionIdsCommand({ SecretId: arn, IncludeDeprecated: true, NextToken })),
      );
      return pages.flatMap((out) => out.Versions ?? []).flatMap((v) => (v.VersionId ? [v.VersionId] : []));
    },
    async named(prefix) {
      const pages = await allPages((NextToken) =>
        sm.send(new ListSecretsCommand({ Filters: [{ Key: 'name', Values: [prefix] }], NextToken })),
      );
      return pages
        .flatMap((page) => page.SecretList ?? [])
        .flatMap((s) =>
          s.ARN && s.Name?.startsWith(prefix) && !s.DeletedDate ? [{ arn: s.ARN, name: s.Name }] : [],
        );
    },
  };
}

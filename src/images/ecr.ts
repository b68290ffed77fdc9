import {
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  GetAuthorizationTokenCommand,
  type ECRClient,
} from '@aws-sdk/client-ecr';
import { awsFailure, errorName } from '../aws/errors.js';
import { UserError } from '../errors.js';

export interface RegistryLogin {
  /** Host name of the registry, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com */
  registry: string;
  username: string;
  password: string;
}

/** Decodes GetAuthorizationToken's `base64(user:password)`. The caller masks the password at once. */
export async function getRegistryLogin(ecr: ECRClient): Promise<RegistryLogin> {
  let data;
  try {
    data = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0];
  } catch (err) {
    throw awsFailure('images', 'ECR GetAuthorizationToken', err);
  }
  if (!data?.authorizationToken || !data.proxyEndpoint) {
    throw new UserError('images', 'ECR GetAuthorizationToken returned no token');
  }
  const decoded = Buffer.from(data.authorizationToken, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1)
    throw new UserError('images', 'ECR GetAuthorizationToken returned a token that is not user:password');
  return {
    registry: new URL(data.proxyEndpoint).host,
    username: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
  };
}

const REPOSITORY_NAME = /^(?=.{2,256}$)[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;

export function isValidRepositoryName(name: string): boolean {
  return REPOSITORY_NAME.test(name);
}

/** Returns the repository's URI, creating the repository (scan on push, tagged) when it is missing. */
export async function ensureRepository(
  ecr: ECRClient,
  name: string,
  tags: Record<string, string>,
): Promise<{ uri: string; created: boolean }> {
  try {
    const found = await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: [name] }));
    const uri = found.repositories?.[0]?.repositoryUri;
    if (uri) return { uri, created: false };
  } catch (err) {
    if (errorName(err) !== 'RepositoryNotFoundException')
      throw awsFailure('images', `ECR DescribeRepositories ${name}`, err);
  }
  try {
    const created = await ecr.send(
      new CreateRepositoryCommand({
        repositoryName: name,
        imageScanningConfiguration: { scanOnPush: true },
        tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
      }),
    );
    const uri = created.repository?.repositoryUri;
    if (!uri) throw new UserError('images', `ECR CreateRepository ${name} returned no URI`);
    return { uri, created: true };
  } catch (err) {
    throw awsFailure('images', `ECR CreateRepository ${name}`, err);
  }
}

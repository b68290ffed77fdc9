import type { Repository } from '@aws-sdk/client-ecr';
import type { ImageRegistry, RegistryLogin } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import { AccessDenied, NotFound } from '../aws/failures.js';
import { UserError } from '../errors.js';

export type { RegistryLogin } from '../aws/edge.js';

/** Decodes GetAuthorizationToken's `base64(user:password)`. The caller masks the password at once. */
export async function getRegistryLogin(ecr: ImageRegistry): Promise<RegistryLogin> {
  let data;
  try {
    data = await ecr.authorizationToken();
  } catch (err) {
    throw (
      permissionFailure(err, 'ecr:GetAuthorizationToken', '*') ?? awsFailure('ECR GetAuthorizationToken', err)
    );
  }
  if (!data.token || !data.endpoint) {
    throw new UserError('ECR GetAuthorizationToken returned no token');
  }
  const decoded = Buffer.from(data.token, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw new UserError('ECR GetAuthorizationToken returned a token that is not user:password');
  return {
    registry: new URL(data.endpoint).host,
    username: decoded.slice(0, colon),
    password: decoded.slice(colon + 1),
  };
}

const REPOSITORY_NAME = /^(?=.{2,256}$)[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;

export function isValidRepositoryName(name: string): boolean {
  return REPOSITORY_NAME.test(name);
}

/** How repositories the action creates are set up (existing repositories are left as they are). */
export interface RepositorySettings {
  tags: Record<string, string>;
  /** A KMS key (ARN, id or alias) for KMS encryption; AES256 otherwise. */
  kmsKey?: string;
  /**
   * Tags that are rewritten on purpose (the build cache, tags the user asked for): the repository is
   * IMMUTABLE_WITH_EXCLUSION for them, so the content tags can never be overwritten. Filters are
   * wildcards of [0-9a-zA-Z._*-]:
   * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_ImageTagMutabilityExclusionFilter.html
   */
  mutableTags: string[];
}

export interface FoundRepository {
  uri: string;
  created: boolean;
  /** Whether a tag may be pushed again with other content (the build cache's tag). */
  canRewrite: (tag: string) => boolean;
}

/** What the repository's tag mutability says about rewriting a tag (exclusion filters are wildcards). */
function canRewrite(repository: Repository, tag: string): boolean {
  const matches = (repository.imageTagMutabilityExclusionFilters ?? []).some((f) =>
    new RegExp(`^${(f.filter ?? '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(tag),
  );
  switch (repository.imageTagMutability) {
    case 'IMMUTABLE':
      return false;
    case 'IMMUTABLE_WITH_EXCLUSION':
      return matches;
    case 'MUTABLE_WITH_EXCLUSION':
      return !matches;
    default:
      return true;
  }
}

/**
 * Finds every repository in one DescribeRepositories call and creates the missing ones, with scan on
 * push, encryption and immutable content tags. Returns each name's URI.
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 */
export async function ensureRepositories(
  ecr: ImageRegistry,
  names: string[],
  settings: (name: string) => RepositorySettings,
): Promise<Map<string, FoundRepository>> {
  const found = new Map<string, FoundRepository>();
  for (const repository of await describeRepositories(ecr, names)) {
    if (repository.repositoryName && repository.repositoryUri)
      found.set(repository.repositoryName, {
        uri: repository.repositoryUri,
        created: false,
        canRewrite: (tag) => canRewrite(repository, tag),
      });
  }
  for (const name of names.filter((n) => !found.has(n))) {
    const { tags, kmsKey, mutableTags } = settings(name);
    try {
      const created = await ecr.createRepository({ name, kmsKey, mutableTags, tags });
      const uri = created?.repositoryUri;
      if (!uri) throw new UserError(`ECR CreateRepository ${name} returned no URI`);
      found.set(name, { uri, created: true, canRewrite: (tag) => mutableTags.includes(tag) });
    } catch (err) {
      throw (
        permissionFailure(err, 'ecr:CreateRepository', name) ??
        awsFailure(`ECR CreateRepository ${name}`, err)
      );
    }
  }
  return found;
}

/**
 * One call when every repository exists (the steady state). A missing name fails the whole call, so
 * then each name is looked up on its own: the same repository-scoped permission, never a listing of the
 * registry (which a policy scoped to repository/PREFIX/* would refuse).
 */
async function describeRepositories(ecr: ImageRegistry, names: string[]): Promise<Repository[]> {
  const describe = async (repositoryNames: string[]): Promise<Repository[] | undefined> => {
    try {
      return await ecr.repositories(repositoryNames);
    } catch (err) {
      if (err instanceof NotFound) return undefined;
      throw (
        permissionFailure(err, 'ecr:DescribeRepositories', repositoryNames.join(', ')) ??
        awsFailure('ECR DescribeRepositories', err)
      );
    }
  };
  // DescribeRepositories takes up to 100 names.
  const batches: string[][] = [];
  for (let i = 0; i < names.length; i += 100) batches.push(names.slice(i, i + 100));
  const found: Repository[] = [];
  for (const batch of batches) {
    const all = await describe(batch);
    if (all) found.push(...all);
    else for (const one of await Promise.all(batch.map((n) => describe([n])))) found.push(...(one ?? []));
  }
  return found;
}

/** An access-denied failure as one line naming the repository and the IAM action the role lacks. */
export function permissionFailure(err: unknown, action: string, repository: string): UserError | undefined {
  if (!(err instanceof AccessDenied)) return undefined;
  return deniedError(`${err.code} ${err.message}`, action, repository);
}

/** Names the action AWS reported as missing, else the one the call needed. */
export function deniedError(text: string, action: string, repository: string): UserError {
  const reported = /not authorized to perform: ([a-z0-9-]+:[A-Za-z]+)/.exec(text)?.[1];
  return new UserError(
    `access denied to ECR repository ${repository}: the role needs ${reported ?? action} on it (see the README's IAM policy) [${text.trim().split('\n').pop()}]`,
  );
}

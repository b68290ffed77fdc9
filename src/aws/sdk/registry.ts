import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  PutImageCommand,
  PutLifecyclePolicyCommand,
  type ECRClient,
} from '@aws-sdk/client-ecr';
import { UserError } from '../../errors.js';
import { AlreadyExists, NotFound } from '../failures.js';
import type { ImageRegistry } from '../edge.js';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** ECR's API over the SDK, and the registry's HTTP API over the `fetch` given. */
export function sdkRegistry(ecr: ECRClient, fetchImpl: typeof fetch): ImageRegistry {
  return {
    async authorizationToken() {
      const data = (await ecr.send(new GetAuthorizationTokenCommand({}))).authorizationData?.[0];
      return { token: data?.authorizationToken, endpoint: data?.proxyEndpoint };
    },
    async repositories(names) {
      return (await ecr.send(new DescribeRepositoriesCommand({ repositoryNames: names }))).repositories ?? [];
    },
    async createRepository({ name, kmsKey, mutableTags, tags }) {
      const out = await ecr.send(
        new CreateRepositoryCommand({
          repositoryName: name,
          imageScanningConfiguration: { scanOnPush: true },
          encryptionConfiguration: kmsKey ? { encryptionType: 'KMS', kmsKey } : { encryptionType: 'AES256' },
          ...(mutableTags.length
            ? {
                imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
                imageTagMutabilityExclusionFilters: mutableTags.map((filter) => ({
                  filterType: 'WILDCARD',
                  filter,
                })),
              }
            : { imageTagMutability: 'IMMUTABLE' }),
          tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
      return out.repository;
    },
    async lifecyclePolicy(repositoryName) {
      try {
        return (await ecr.send(new GetLifecyclePolicyCommand({ repositoryName }))).lifecyclePolicyText;
      } catch (err) {
        if (err instanceof NotFound) return undefined;
        throw err;
      }
    },
    async putLifecyclePolicy(repositoryName, lifecyclePolicyText) {
      await ecr.send(new PutLifecyclePolicyCommand({ repositoryName, lifecyclePolicyText }));
    },
    async tagImage(repositoryName, digest, tag) {
      const found = await ecr.send(
        new BatchGetImageCommand({ repositoryName, imageIds: [{ imageDigest: digest }] }),
      );
      const image = found.images?.[0];
      if (!image?.imageManifest) return false;
      try {
        await ecr.send(
          new PutImageCommand({
            repositoryName,
            imageManifest: image.imageManifest,
            imageManifestMediaType: image.imageManifestMediaType,
            imageDigest: digest,
            imageTag: tag,
          }),
        );
      } catch (err) {
        if (!(err instanceof AlreadyExists)) throw err;
      }
      return true;
    },
    async manifestDigest(login, repository, tag) {
      const url = `https://${login.registry}/v2/${repository}/manifests/${encodeURIComponent(tag)}`;
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: 'HEAD',
          // A stalled registry must not hold the job until GitHub kills it.
          signal: AbortSignal.timeout(30_000),
          headers: {
            Accept: MANIFEST_TYPES,
            Authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`,
          },
        });
      } catch (err) {
        const cause = (err as { cause?: Error }).cause;
        throw new UserError(
          `cannot reach the registry ${login.registry}: ${cause?.message ?? (err as Error).message}`,
        );
      }
      if (response.status === 404) return undefined;
      if (!response.ok)
        throw new UserError(
          `registry ${login.registry} answered ${response.status} for ${repository}:${tag}`,
        );
      return response.headers.get('docker-content-digest') ?? undefined;
    },
  };
}

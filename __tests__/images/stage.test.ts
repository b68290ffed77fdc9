import { join } from 'node:path';
import { sdkRegistry } from '../../src/aws/sdk/registry.js';
import { loadProject } from '../../src/compose/load.js';
import { formatDiagnostic } from '../../src/errors.js';
import {
  buildSecretLeaks,
  buildSupport,
  engineSupport,
  unsetBuildSecrets,
} from '../../src/images/build-support.js';
import { ensureRepositories } from '../../src/images/ecr.js';
import { applyLifecyclePolicy, lifecyclePolicy, releaseTag, tagRelease } from '../../src/images/lifecycle.js';
import type { ContainerEngine } from '../../src/images/engine.js';
import { BUILDKIT_CAPABILITIES } from '../../src/images/engines/buildkit.js';
import { buildxCapabilities } from '../../src/images/engines/buildx.js';
import { PODMAN_CAPABILITIES } from '../../src/images/engines/podman.js';
import type { PreparedBuild } from '../../src/images/prepare-build.js';
import { runBuilds } from '../../src/images/run-builds.js';
import { UserError } from '../../src/errors.js';
import { StreamLogger } from '../../src/log.js';
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  PutImageCommand,
  PutLifecyclePolicyCommand,
  type Repository,
} from '@aws-sdk/client-ecr';
import { OFFLINE, fakeSdk, inputsOf, on, sdkError } from '../support/fake-sdk.js';

const fixture = join(import.meta.dirname, '../compose/fixtures/build-fields');
// The fixture forwards the SSH agent and uses host networking: allowed only with the opt-out input.

function engine(
  name: ContainerEngine['name'],
  description: string,
  capabilities = BUILDKIT_CAPABILITIES,
): ContainerEngine {
  return {
    name,
    description,
    capabilities,
    login: async () => undefined,
    buildAndPush: async () => `sha256:${'0'.repeat(64)}`,
    dispose: async () => undefined,
  };
}

describe('build fields against engines', () => {
  it('refuses, before anything is built, each field the engine cannot apply, naming the field, the engine and the line', async () => {
    const loaded = await loadProject({
      files: [],
      environment: { API_KEY: 'k' },
      workingDir: fixture,
      allowOutsideWorkspace: true,
    });
    const buildkit = engineSupport(
      loaded,
      engine('buildkit', "Docker's embedded BuildKit (DOCKER_BUILDKIT=1)"),
    ).map(formatDiagnostic);
    expect(buildkit).toEqual([
      expect.stringMatching(
        /compose\.yaml:12:\d+ services\.app\.build\.platforms: build\.platforms cannot be applied by Docker's embedded BuildKit \(DOCKER_BUILDKIT=1\): it builds one platform at a time/,
      ),
      expect.stringMatching(
        /compose\.yaml:\d+:\d+ services\.app\.build\.additional_contexts: .*named build contexts need buildx or podman/,
      ),
      expect.stringMatching(
        /services\.app\.build\.cache_to\[0\]: build\.cache_to cannot be applied by .*: it exports no build cache/,
      ),
      expect.stringMatching(/services\.app\.build\.provenance: .*attestations need buildx/),
      expect.stringMatching(/services\.app\.build\.sbom: /),
      expect.stringMatching(/services\.app\.build\.ulimits: /),
      expect.stringMatching(/services\.app\.build\.shm_size: /),
      expect.stringMatching(/services\.app\.build\.entitlements: /),
    ]);
    const podman = engineSupport(loaded, engine('podman', 'podman', PODMAN_CAPABILITIES)).map(
      formatDiagnostic,
    );
    expect(podman.map((l) => /build\.(\w+)/.exec(l)![1])).toEqual([
      'cache_to',
      'provenance',
      'sbom',
      'entitlements',
    ]);
    expect(podman[0]).toContain(
      'it takes only a registry reference, not "type=registry,ref=r/app:cache,mode=max"',
    );
    expect(
      engineSupport(
        loaded,
        engine('buildx', 'docker buildx (docker-container driver)', buildxCapabilities('docker-container')),
      ),
    ).toEqual([]);
  });

  it('refuses a build secret that is not defined, or external, and a tarball context, in every mode', async () => {
    const loaded = await loadProject({
      files: [],
      environment: {},
      workingDir: fixture,
      allowOutsideWorkspace: true,
    });
    const app = loaded.project.services.app!;
    app.build!.secrets = [{ source: 'missing', id: 'missing' }];
    loaded.project.secrets.ext = { name: 'ext', external: true, extensions: {} };
    app.build!.secrets.push({ source: 'ext', id: 'ext' });
    loaded.project.services.remote!.build!.context = 'https://example.com/context.tar.gz';
    const { errors } = buildSupport(loaded);
    expect(errors.map((e) => e.message)).toEqual([
      'secret "missing" is not defined under the top-level secrets',
      expect.stringContaining('secret "ext" has neither file nor environment'),
      expect.stringContaining('only Git URLs'),
    ]);
  });
});

describe('build secrets and platforms, checked before anything is built', () => {
  it('refuses a secret value in a build arg or label (it would be in the image history) and an unset build secret', async () => {
    const loaded = await loadProject({
      files: [],
      environment: {},
      workingDir: fixture,
      allowOutsideWorkspace: true,
    });
    loaded.project.services.app!.build!.args.TOKEN = 'prefix-s3cr3t-value';
    const leaks = buildSecretLeaks(loaded, [{ secret: 'npm_token', value: 's3cr3t-value' }]).map(
      formatDiagnostic,
    );
    expect(leaks).toEqual([
      expect.stringMatching(
        /services\.app\.build\.args\.TOKEN: contains the value of secret npm_token, which would be stored in the image's history/,
      ),
    ]);
    expect(unsetBuildSecrets(loaded, {}).map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /compose\.yaml:\d+:\d+ services\.app\.build\.secrets\[1\]: environment variable API_KEY of build secret api_key is not set/,
      ),
    ]);
    expect(unsetBuildSecrets(loaded, { API_KEY: '' })).toEqual([]);
  });

  it('refuses an image built for platforms the task does not run on', async () => {
    const loaded = await loadProject({
      files: [],
      environment: {},
      workingDir: fixture,
      allowOutsideWorkspace: true,
    });
    const app = loaded.project.services.app!;
    app.build!.platforms = ['linux/arm64'];
    expect(buildSupport(loaded).errors.map((e) => e.message)).toEqual([
      "the image is built for linux/arm64 only, but the task runs on linux/amd64: set the service's platform: linux/arm64",
    ]);
    app.platform = 'linux/amd64';
    expect(buildSupport(loaded).errors.map((e) => e.message)).toEqual([
      "build.platforms does not include the service's platform linux/amd64: the task would run an image built for another platform",
    ]);
    app.platform = 'linux/arm64';
    expect(buildSupport(loaded).errors).toEqual([]);
  });
});

describe('runBuilds', () => {
  const plan = (service: string): PreparedBuild =>
    ({
      request: { service, tags: [`r/${service}:src-1`] },
      repository: `p/${service}`,
      tag: 'src-1',
    }) as PreparedBuild;

  it('runs up to the limit at once and prints each build as one group with its duration', async () => {
    let running = 0;
    let peak = 0;
    const lines: string[] = [];
    const slow: ContainerEngine = {
      ...engine('podman', 'podman'),
      buildAndPush: async (r, onLine) => {
        peak = Math.max(peak, ++running);
        onLine(`step 1 of ${r.service}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        onLine(`step 2 of ${r.service}`);
        running--;
        return `sha256:${'1'.repeat(64)}`;
      },
    };
    const results = await runBuilds(
      ['a', 'b', 'c', 'd', 'e'].map(plan),
      slow,
      new StreamLogger((l) => lines.push(l)),
      2,
    );
    expect(peak).toBe(2);
    expect(results.map((r) => r.plan.request.service).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Each group's lines stay together even though builds overlapped.
    for (const service of ['a', 'b', 'c', 'd', 'e']) {
      const at = lines.findIndex((l) =>
        new RegExp(`^── image: ${service} \\(built and pushed in \\d+\\.\\ds\\)$`).test(l),
      );
      expect(lines.slice(at + 1, at + 4)).toEqual([
        `step 1 of ${service}`,
        `step 2 of ${service}`,
        `pushed r/${service}:src-1 as sha256:${'1'.repeat(64)}`,
      ]);
    }
  });

  it('after a failure starts nothing new, lets running builds finish, and fails with the failed build', async () => {
    const started: string[] = [];
    const failing: ContainerEngine = {
      ...engine('podman', 'podman'),
      buildAndPush: async (r) => {
        started.push(r.service);
        if (r.service === 'a')
          throw new UserError('building the image of service "a" failed (exit 1):\nboom');
        await new Promise((resolve) => setTimeout(resolve, 20));
        return `sha256:${'1'.repeat(64)}`;
      },
    };
    await expect(
      runBuilds(['a', 'b', 'c', 'd'].map(plan), failing, new StreamLogger(() => undefined), 2),
    ).rejects.toThrow('building the image of service "a" failed (exit 1):\nboom');
    expect(started).toEqual(['a', 'b']);
  });

  it('names the repository and the IAM action when the registry refuses a push', async () => {
    const denied: ContainerEngine = {
      ...engine('buildkit', 'docker'),
      buildAndPush: async () => {
        throw new UserError(
          'pushing r/web:src-1 failed (exit 1):\ndenied: User: arn:aws:sts::1:assumed-role/ci is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:1:repository/shop/web',
        );
      },
    };
    await expect(runBuilds([plan('web')], denied, new StreamLogger(() => undefined), 1)).rejects.toThrow(
      /^access denied to ECR repository p\/web: the role needs ecr:InitiateLayerUpload on it/,
    );
  });
});

describe('ensureRepositories', () => {
  const uri = (name: string) => `1.dkr.ecr.eu-west-1.amazonaws.com/${name}`;
  const settings = () => ({ tags: { 'com.docker.compose.project': 'shop' }, mutableTags: ['buildcache'] });

  it('looks every repository up in one call when they all exist', async () => {
    const ecr = fakeSdk(
      new ECRClient(OFFLINE),
      on(DescribeRepositoriesCommand, (input) => ({
        repositories: (input.repositoryNames ?? []).map((n) => ({
          repositoryName: n,
          repositoryUri: uri(n),
        })),
      })),
    );
    const found = await ensureRepositories(
      sdkRegistry(ecr, fetch),
      ['shop/api', 'shop/web', 'shop/worker'],
      settings,
    );
    expect(ecr.calls.map((c) => c.command)).toEqual(['DescribeRepositories']);
    expect(found.get('shop/web')).toMatchObject({ uri: uri('shop/web'), created: false });
  });

  it("tells whether the cache tag may be rewritten, from the repository's tag mutability and exclusions", async () => {
    const repositories: Repository[] = [
      { repositoryName: 'a', repositoryUri: uri('a'), imageTagMutability: 'MUTABLE' },
      { repositoryName: 'b', repositoryUri: uri('b'), imageTagMutability: 'IMMUTABLE' },
      {
        repositoryName: 'c',
        repositoryUri: uri('c'),
        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'build*' }],
      },
      {
        repositoryName: 'd',
        repositoryUri: uri('d'),
        imageTagMutability: 'MUTABLE_WITH_EXCLUSION',
        imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'buildcache' }],
      },
    ];
    const ecr = fakeSdk(
      new ECRClient(OFFLINE),
      on(DescribeRepositoriesCommand, () => ({ repositories })),
    );
    const found = await ensureRepositories(sdkRegistry(ecr, fetch), ['a', 'b', 'c', 'd'], settings);
    expect(['a', 'b', 'c', 'd'].map((n) => found.get(n)!.canRewrite('buildcache'))).toEqual([
      true,
      false,
      true,
      false,
    ]);
    expect(found.get('c')!.canRewrite('src-1')).toBe(false);
  });

  it('creates the missing ones with scan on push, encryption and immutable content tags (the cache tag excepted)', async () => {
    const ecr = fakeSdk(
      new ECRClient(OFFLINE),
      on(DescribeRepositoriesCommand, (input) => {
        if (input.repositoryNames?.includes('shop/web'))
          throw sdkError('RepositoryNotFoundException', "The repository with name 'shop/web' does not exist");
        return { repositories: [{ repositoryName: 'shop/api', repositoryUri: uri('shop/api') }] };
      }),
      on(CreateRepositoryCommand, (input) => ({
        repository: { repositoryUri: uri(input.repositoryName ?? '') },
      })),
    );
    const found = await ensureRepositories(sdkRegistry(ecr, fetch), ['shop/api', 'shop/web'], (name) => ({
      ...settings(),
      kmsKey: name === 'shop/web' ? 'alias/ecr' : undefined,
    }));
    expect(found.get('shop/web')!.created).toBe(true);
    // One call for all, then one per name (the same repository-scoped permission, never a listing).
    expect(inputsOf(ecr, DescribeRepositoriesCommand)).toEqual([
      { repositoryNames: ['shop/api', 'shop/web'] },
      { repositoryNames: ['shop/api'] },
      { repositoryNames: ['shop/web'] },
    ]);
    expect(found.get('shop/api')!.created).toBe(false);
    const [create] = inputsOf(ecr, CreateRepositoryCommand);
    expect(create).toEqual({
      repositoryName: 'shop/web',
      imageScanningConfiguration: { scanOnPush: true },
      encryptionConfiguration: { encryptionType: 'KMS', kmsKey: 'alias/ecr' },
      imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
      imageTagMutabilityExclusionFilters: [{ filterType: 'WILDCARD', filter: 'buildcache' }],
      tags: [{ Key: 'com.docker.compose.project', Value: 'shop' }],
    });
  });

  it('names the repository and the IAM action when creation is denied', async () => {
    const ecr = fakeSdk(
      new ECRClient(OFFLINE),
      on(DescribeRepositoriesCommand, () => {
        throw sdkError('RepositoryNotFoundException', 'missing');
      }),
      on(CreateRepositoryCommand, () => {
        throw sdkError(
          'AccessDeniedException',
          'User: arn:aws:sts::1:assumed-role/ci is not authorized to perform: ecr:CreateRepository on resource: *',
        );
      }),
    );
    await expect(ensureRepositories(sdkRegistry(ecr, fetch), ['shop/web'], settings)).rejects.toThrow(
      /^access denied to ECR repository shop\/web: the role needs ecr:CreateRepository on it/,
    );
  });
});

describe('lifecycle policy and release tags', () => {
  it('keeps release and cache tags by rules of their own above the rule that expires builds beyond N', () => {
    const policy = JSON.parse(lifecyclePolicy(30)) as {
      rules: Array<{ rulePriority: number; selection: { tagPatternList: string[]; countNumber: number } }>;
    };
    expect(
      policy.rules.map((r) => [r.rulePriority, r.selection.tagPatternList, r.selection.countNumber]),
    ).toEqual([
      [1, ['release-*'], 20000],
      [2, ['buildcache'], 20000],
      [3, ['src-*'], 30],
    ]);
  });

  it('puts the policy only where it differs', async () => {
    const ecr = fakeSdk(
      new ECRClient(OFFLINE),
      on(GetLifecyclePolicyCommand, (input) => {
        if (input.repositoryName === 'shop/api') return { lifecyclePolicyText: lifecyclePolicy(5) };
        if (input.repositoryName === 'shop/web') return { lifecyclePolicyText: lifecyclePolicy(9) };
        throw sdkError('LifecyclePolicyNotFoundException', 'none');
      }),
      on(PutLifecyclePolicyCommand, () => ({})),
    );
    expect(
      await applyLifecyclePolicy(sdkRegistry(ecr, fetch), ['shop/api', 'shop/web', 'shop/worker'], 5),
    ).toEqual(['shop/web', 'shop/worker']);
    const puts = inputsOf(ecr, PutLifecyclePolicyCommand);
    expect(puts.map((input) => input.lifecyclePolicyText)).toEqual([lifecyclePolicy(5), lifecyclePolicy(5)]);
  });

  it('tags each built image of a release by its digest, the same manifest under a release tag', async () => {
    const ecr = fakeSdk(
      new ECRClient(OFFLINE),
      on(BatchGetImageCommand, () => ({
        images: [
          { imageManifest: '{"m":1}', imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json' },
        ],
      })),
      on(
        PutImageCommand,
        () => ({}),
        () => {
          throw sdkError('ImageAlreadyExistsException', 'already tagged');
        },
      ),
    );
    const digest = `sha256:${'a'.repeat(64)}`;
    await tagRelease(
      sdkRegistry(ecr, fetch),
      [
        { service: 'web', uri: `r/shop/web@${digest}`, repository: 'shop/web', digest, pushed: true },
        { service: 'api', uri: `r/shop/api@${digest}`, repository: 'shop/api', digest, pushed: false },
        { service: 'db', uri: 'postgres:16', pushed: false },
      ],
      releaseTag('shop-prod-compose-ecs-20260101/x'),
    );
    const puts = ecr.calls.filter((c) => c.command === 'PutImage').map((c: { input: unknown }) => c.input);
    expect(puts).toEqual([
      {
        repositoryName: 'shop/web',
        imageManifest: '{"m":1}',
        imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
        imageDigest: digest,
        imageTag: 'release-shop-prod-compose-ecs-20260101-x',
      },
      {
        repositoryName: 'shop/api',
        imageManifest: '{"m":1}',
        imageManifestMediaType: 'application/vnd.oci.image.manifest.v1+json',
        imageDigest: digest,
        imageTag: 'release-shop-prod-compose-ecs-20260101-x',
      },
    ]);
  });
});

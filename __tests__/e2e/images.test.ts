// The images stage with real engines: Docker's embedded BuildKit (Debian's docker.io daemon and its own
// 20.10 CLI) and podman build the example's services in parallel, plus a service whose Dockerfile uses
// a build secret and a cache mount FROM a busybox base the test builds itself, and push them to the
// TLS registry behind the ECR token login (repositories in moto). A second run builds nothing; changing
// one service's source rebuilds only that one. Hostile build values arrive verbatim; the secret never
// reaches a layer, the image config or the log.
import { DescribeRepositoriesCommand, ECRClient, GetLifecyclePolicyCommand } from '@aws-sdk/client-ecr';
import { typedFailures } from '../../src/aws/clients.js';
import { sdkRegistry } from '../../src/aws/sdk/registry.js';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { loadProject } from '../../src/compose/load.js';
import type { Project } from '../../src/compose/model.js';
import type { BuildRequest } from '../../src/images/build-request.js';
import type { ContainerEngine } from '../../src/images/engine.js';
import { lifecyclePolicy } from '../../src/images/lifecycle.js';
import { buildAndPushImages, type ImageRecord } from '../../src/images/build-and-push.js';
import { selectEngine, type Builder } from '../../src/images/select-engine.js';
import { StreamLogger } from '../../src/log.js';
import {
  BASE_IMAGE,
  BUILD_FIXTURE_FILES,
  buildBaseImage,
  buildFixture,
  engineEnvironment,
} from '../../scripts/local/build-fixture.js';
import { startFakeGitHub, type FakeGitHub } from '../../scripts/local/fake-github.js';
import { runActionLocally } from '../../scripts/local/runner.js';
import { isCancelled } from '../../src/runtime/cancellation.js';
import { waitFor } from '../../scripts/local/wait.js';
import { pinImageTags } from '../../src/images/pin-tags.js';
import { registryFetch } from '../../src/net/proxy.js';
import { startForwardProxy } from '../support/forward-proxy.js';
import { localAws, node24Binary, root } from './support.js';

const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const AUTH = `Basic ${Buffer.from('AWS:123456789012-auth-token').toString('base64')}`;
const SECRET = `build-secret-${Date.now()}-never-in-a-layer`;
const MARKER = join(tmpdir(), `compose-ecs-pwned-${process.pid}`);
const HOSTILE = `it's "quoted"; $(touch ${MARKER}) \`touch ${MARKER}\`\nsecond line && touch ${MARKER}`;

let aws: Awaited<ReturnType<typeof localAws>>;
beforeAll(async () => {
  aws = await localAws();
});

async function registryJson(path: string, accept: string): Promise<any> {
  const response = await fetch(`https://${REGISTRY}/v2/${path}`, {
    headers: { Authorization: AUTH, Accept: accept },
  });
  if (!response.ok) throw new Error(`registry ${path}: ${response.status}`);
  return response.json();
}

async function blob(repository: string, digest: string): Promise<Buffer> {
  const response = await fetch(`https://${REGISTRY}/v2/${repository}/blobs/${digest}`, {
    headers: { Authorization: AUTH },
  });
  if (!response.ok) throw new Error(`blob ${digest}: ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
}

/** The image's config (labels, history) and every layer, uncompressed. */
async function imageContent(
  record: ImageRecord,
): Promise<{ config: any; configText: string; layers: Buffer[] }> {
  const manifest = await registryJson(
    `${record.repository}/manifests/${record.digest}`,
    'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
  );
  const configText = (await blob(record.repository!, manifest.config.digest)).toString('utf8');
  const layers = await Promise.all(
    manifest.layers.map((l: { digest: string }) => blob(record.repository!, l.digest)),
  );
  return { config: JSON.parse(configText), configText, layers };
}

/** A file's content in an uncompressed layer tar (ustar: 512-byte header, name at 0, size in octal at 124). */
function fileInLayers(layers: Buffer[], name: string): string | undefined {
  for (const tar of layers) {
    for (let at = 0; at + 512 <= tar.length;) {
      const header = tar.subarray(at, at + 512);
      const entry = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
      if (!entry) break;
      const size = parseInt(
        header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0',
        8,
      );
      if (entry.replace(/^\.?\//, '') === name)
        return tar.subarray(at + 512, at + 512 + size).toString('utf8');
      at += 512 + Math.ceil(size / 512) * 512;
    }
  }
  return undefined;
}

/** The engine with its builds passed through `around` (which calls `build`); everything else as it is. */
function aroundBuilds(
  engine: ContainerEngine,
  around: (
    request: BuildRequest,
    onLine: (line: string) => void,
    build: ContainerEngine['buildAndPush'],
  ) => Promise<string>,
): ContainerEngine {
  return {
    name: engine.name,
    description: engine.description,
    capabilities: engine.capabilities,
    login: (registry, username, password) => engine.login(registry, username, password),
    dispose: () => engine.dispose(),
    buildAndPush: (request, onLine) => around(request, onLine, (r, l) => engine.buildAndPush(r, l)),
  };
}

/** Records when each build starts and ends, to show they overlapped. */
function timed(
  engine: ContainerEngine,
  spans: Array<{ service: string; start: number; end: number }>,
): ContainerEngine {
  return aroundBuilds(engine, async (request, onLine, build) => {
    const start = performance.now();
    try {
      return await build(request, onLine);
    } finally {
      spans.push({ service: request.service, start, end: performance.now() });
    }
  });
}

const engines: Array<{ builder: Builder }> = [{ builder: 'buildkit' }, { builder: 'podman' }];

describe.each(engines)('building the example with $builder', ({ builder }) => {
  const prefix = `e2e-${builder}-${Date.now().toString(36)}`;
  const saved = { ...process.env };
  let shop: string;
  const lines: string[] = [];

  async function stage(
    adjust: (project: Project) => void = () => undefined,
    repositoryPrefix = prefix,
  ): Promise<{
    images: ImageRecord[];
    spans: Array<{ service: string; start: number; end: number }>;
  }> {
    const logger = new StreamLogger((l) => lines.push(l));
    const environment = { ...process.env, NPM_TOKEN: SECRET };
    const loaded = await loadProject({
      files: BUILD_FIXTURE_FILES,
      workingDir: shop,
      environment,
    });
    adjust(loaded.project);
    logger.mask(SECRET);
    const engine = await selectEngine(builder, logger);
    const spans: Array<{ service: string; start: number; end: number }> = [];
    try {
      const { images } = await buildAndPushImages(
        loaded.project,
        {
          registry: sdkRegistry(typedFailures(new ECRClient(aws.config), 'ECR'), fetch),
          engine: timed(engine, spans),
          logger,
        },
        { repositoryPrefix, concurrency: 4, environment, lifecycleKeep: 10 },
      );
      return { images, spans };
    } finally {
      await engine.dispose();
    }
  }

  beforeAll(async () => {
    Object.assign(process.env, engineEnvironment(builder, aws.env));
    await buildBaseImage(builder, aws.env);
    shop = await buildFixture(root, HOSTILE);
  });
  afterAll(() => {
    process.env = saved;
  });

  let first: ImageRecord[];
  it('builds every service in parallel and pushes it under its content tag', async () => {
    const { images, spans } = await stage();
    first = images;
    const built = images.filter((i) => i.repository);
    expect(built.map((i) => [i.service, i.pushed])).toEqual([
      ['api', true],
      ['assets', true],
      ['db', true],
      ['proxy', true],
      ['web', true],
      ['worker', true],
    ]);
    for (const image of built) {
      expect(image.uri).toBe(`${REGISTRY}/${prefix}/${image.service}@${image.digest}`);
      expect(image.durationMs).toBeGreaterThan(0);
    }
    // Builds overlapped: one started before another had finished.
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    expect(sorted.some((span, i) => i > 0 && span.start < sorted[i - 1]!.end)).toBe(true);
    // The repositories as ECR (moto) keeps them: scan on push, encryption, immutable content tags, lifecycle.
    const ecr = new ECRClient(aws.config);
    const repositories = await ecr.send(
      new DescribeRepositoriesCommand({ repositoryNames: built.map((i) => i.repository!) }),
    );
    for (const repository of repositories.repositories ?? []) {
      expect(repository.imageScanningConfiguration?.scanOnPush).toBe(true);
      expect(repository.encryptionConfiguration?.encryptionType).toBe('AES256');
      expect(repository.imageTagMutability).toBe(
        builder === 'podman' ? 'IMMUTABLE' : 'IMMUTABLE_WITH_EXCLUSION',
      );
      const policy = await ecr.send(
        new GetLifecyclePolicyCommand({ repositoryName: repository.repositoryName }),
      );
      expect(JSON.parse(policy.lifecyclePolicyText!)).toEqual(JSON.parse(lifecyclePolicy(10)));
    }
    expect(lines).toContain(
      `builder: ${builder === 'podman' ? 'podman' : "Docker's embedded BuildKit (DOCKER_BUILDKIT=1)"}`,
    );
  });

  it('passes hostile build values verbatim, runs nothing else, and keeps the secret out of every layer and the log', async () => {
    const assets = first.find((i) => i.service === 'assets')!;
    const { config, configText, layers } = await imageContent(assets);
    expect(config.config.Labels['e2e.hostile']).toBe(HOSTILE);
    expect(fileInLayers(layers, 'arg.txt')).toBe(HOSTILE);
    expect(fileInLayers(layers, 'token-length')?.trim()).toBe(String(SECRET.length));
    expect(fileInLayers(layers, 'hostile-length')?.trim()).toBe('3');
    expect(existsSync(MARKER)).toBe(false);
    expect(configText).not.toContain(SECRET);
    for (const layer of layers) expect(layer.includes(SECRET)).toBe(false);
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('pins an image: tag through the engine mirror (the local registry) and a proxy on 127.0.0.1', async () => {
    const web = first.find((i) => i.service === 'web')!;
    const dir = await mkdtemp(join(tmpdir(), 'mirror-pin-'));
    // The registry's name reaches it only through the proxy's route; Docker Hub is never asked.
    const proxy = await startForwardProxy({ [REGISTRY]: 443 });
    try {
      await writeFile(
        join(dir, 'compose.yaml'),
        `services:\n  mirrored:\n    image: docker.io/${web.repository}:${web.tag}\n`,
      );
      const loaded = await loadProject({ files: [], workingDir: dir, environment: {} });
      const logged: string[] = [];
      const pinned = await pinImageTags(
        { project: loaded.project, images: [] },
        {
          registry: sdkRegistry(new ECRClient(aws.config), fetch),
          logger: new StreamLogger((l) => logged.push(l)),
          fetch: registryFetch({ HTTPS_PROXY: proxy.url }),
          mirrors: new Map([['docker.io', [`https://${REGISTRY}`]]]),
        },
      );
      expect(pinned.images.map((i) => i.uri)).toEqual([`docker.io/${web.repository}@${web.digest}`]);
      expect(new Set(proxy.targets)).toEqual(new Set([`${REGISTRY}:443`]));
      expect(logged.join('\n')).not.toMatch(/warning|registry-1\.docker\.io/);
    } finally {
      await proxy.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a second run builds and pushes nothing and pins the same digests', async () => {
    const { images, spans } = await stage();
    expect(spans).toEqual([]);
    expect(images.filter((i) => i.repository).every((i) => !i.pushed)).toBe(true);
    expect(images.map((i) => i.uri)).toEqual(first.map((i) => i.uri));
  });

  it("changing one service's source rebuilds only that one", async () => {
    await writeFile(join(shop, 'api/api.txt'), `changed ${Date.now()}\n`);
    const { images, spans } = await stage();
    expect(spans.map((s) => s.service)).toEqual(['api']);
    expect(images.filter((i) => i.pushed).map((i) => i.service)).toEqual(['api']);
    const before = first.find((i) => i.service === 'api')!;
    expect(images.find((i) => i.service === 'api')!.digest).not.toBe(before.digest);
  });

  it('a cancelled run stops the build in flight: it ends as cancelled, nothing is pushed, no build step runs on', async () => {
    // A service whose build runs until it is stopped; the run is cancelled once the engine says it runs.
    // A sleep of a duration no other process has, so pgrep finds this step's processes and nothing else.
    const token = `sleep ${600_000 + Math.floor(Math.random() * 99_999)}`;
    await mkdir(join(shop, 'slow'), { recursive: true });
    await writeFile(join(shop, 'slow/Dockerfile'), `FROM ${BASE_IMAGE}\nRUN ${token}\n`);
    await writeFile(join(shop, 'compose.slow.yaml'), 'services:\n  slow:\n    build: ./slow\n');
    const logger = new StreamLogger((l) => lines.push(l));
    const loaded = await loadProject({
      files: ['compose.yaml', 'compose.slow.yaml'],
      workingDir: shop,
      environment: process.env,
    });
    loaded.project.services = { slow: loaded.project.services.slow! };
    const engine = await selectEngine(builder, logger);
    const controller = new AbortController();
    engine.abortOn?.(controller.signal);
    let sawItRun = false;
    const cancelOnceRunning = async () => {
      // The step runs once the builder has set it up: its output lines are the progress.
      await waitFor(
        'the slow build step to run',
        async () => {
          if (!running()) throw new Error('the build step has not started');
        },
        { idleMs: 60_000, maxMs: 300_000, progress: () => String(lines.length) },
      );
      sawItRun = true;
      controller.abort();
    };
    const watching = aroundBuilds(engine, (request, onLine, build) =>
      build(request, (line) => {
        onLine(line);
        // Never seen running: cancel anyway; the test then fails on sawItRun.
        if (line.includes(token) && !controller.signal.aborted)
          cancelOnceRunning().catch(() => controller.abort());
      }),
    );
    const running = () => {
      try {
        return execFileSync('pgrep', ['-f', token], { encoding: 'utf8' }).trim();
      } catch {
        return ''; // pgrep exits 1 when nothing matches
      }
    };
    const failure = await buildAndPushImages(
      loaded.project,
      {
        registry: sdkRegistry(typedFailures(new ECRClient(aws.config), 'ECR'), fetch),
        engine: watching,
        logger,
      },
      { repositoryPrefix: `${prefix}-cancel`, concurrency: 1, environment: process.env },
    )
      .then(
        () => undefined,
        (e: unknown) => e,
      )
      .finally(() => engine.dispose());
    expect(sawItRun).toBe(true);
    expect(isCancelled(failure)).toBe(true);
    expect((failure as Error).message).toMatch(
      /^building the image of service "slow" stopped: cancelled \(SIGINT\)$/,
    );
    expect(lines.join('\n')).toMatch(/image: slow \(cancelled after/);
    // The engine let go of the step it was running (BuildKit cancels the solve when its client goes).
    await waitFor(
      'the cancelled build step to exit',
      async () => {
        if (running()) throw new Error(`still running: ${running()}`);
      },
      { idleMs: 30_000, maxMs: 120_000, progress: running },
    );
    const tags = await fetch(`https://${REGISTRY}/v2/${prefix}-cancel/slow/tags/list`, {
      headers: { Authorization: AUTH },
    });
    expect(tags.ok ? (((await tags.json()) as { tags?: string[] | null }).tags ?? []) : []).toEqual([]);
  });

  if (builder === 'podman')
    it('builds a multi-platform image as one index in the registry', async () => {
      const { images } = await stage((project) => {
        project.services = { web: project.services.web! };
        project.services.web!.build!.platforms = ['linux/amd64', 'linux/arm64'];
      }, `${prefix}-multi`);
      const web = images.find((i) => i.service === 'web')!;
      expect(web.pushed).toBe(true);
      const index = await registryJson(
        `${web.repository}/manifests/${web.digest}`,
        'application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json',
      );
      expect(
        index.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture).sort(),
      ).toEqual(['amd64', 'arm64']);
    });
});

describe('the bundled action with the builder input', () => {
  let github: FakeGitHub;
  beforeAll(async () => {
    github = await startFakeGitHub();
    await buildBaseImage('buildkit', aws.env);
  });
  afterAll(async () => github?.close());

  const run = (workspace: string, files: string[], prefix: string) =>
    runActionLocally({
      inputs: {
        mode: 'plan',
        'compose-file': files.join('\n'),
        'stack-name': `builds-${prefix}`,
        'repository-prefix': prefix,
        builder: 'buildkit',
        'build-concurrency': '2',
        comment: 'false',
        'github-token': 'ghs_builds',
      },
      eventName: 'workflow_dispatch',
      event: { repository: { name: 'shop', owner: { login: 'octo-org' } } },
      workspace,
      githubApiUrl: github.url,
      env: {
        ...aws.env,
        ...engineEnvironment('buildkit', aws.env),
        NPM_TOKEN: SECRET,
        DB_PASSWORD: 'db-pw-builds',
      },
      node: [node24Binary()],
      entry: join(root, 'dist/index.js'),
    });

  it("builds through Docker's embedded BuildKit when asked, each build in one group with its duration", async () => {
    const shop = await buildFixture(root, HOSTILE);
    const prefix = `e2e-action-${Date.now().toString(36)}`;
    const result = await run(shop, BUILD_FIXTURE_FILES, prefix);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain("builder: Docker's embedded BuildKit (DOCKER_BUILDKIT=1)");
    for (const service of ['api', 'assets', 'db', 'web', 'worker'])
      expect(result.stdout).toMatch(
        new RegExp(`::group::image: ${service} \\(built and pushed in \\d+\\.\\ds\\)`),
      );
    // Only the mask command itself carries the value (the runner hides it from every later line).
    const lines = result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(lines.join('\n')).not.toContain(SECRET);
    expect(result.summary).not.toContain(SECRET);
  });

  it('refuses a field the engine cannot apply, naming field, engine and line, before anything is built', async () => {
    const shop = await buildFixture(root, HOSTILE);
    await writeFile(
      join(shop, 'compose.contexts.yaml'),
      'services:\n  web:\n    build:\n      context: ./web\n      additional_contexts:\n        shared: ./api\n',
    );
    const result = await run(
      shop,
      ['compose.yaml', 'compose.contexts.yaml'],
      `e2e-refused-${Date.now().toString(36)}`,
    );
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(
      /::error file=[^,]*compose\.contexts\.yaml,line=5,.*services\.web\.build\.additional_contexts: build\.additional_contexts cannot be applied by Docker's embedded BuildKit \(DOCKER_BUILDKIT=1\): named build contexts need buildx or podman/,
    );
    expect(result.stdout).not.toMatch(/::group::image:|pushed .* as sha256/);
  });
});

import { readFileSync } from 'node:fs';
import { access, chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCancelled } from '../../src/runtime/cancellation.js';
import type { BuildRequest } from '../../src/images/build-request.js';
import type { EngineLeftovers } from '../../src/images/leftovers.js';
import { BuildkitEngine, buildkitArgs } from '../../src/images/engines/buildkit.js';
import { BuildxEngine, buildxArgs, buildxCapabilities } from '../../src/images/engines/buildx.js';
import { PodmanEngine, podmanBuildArgs } from '../../src/images/engines/podman.js';
import { selectEngine, type Probe } from '../../src/images/select-engine.js';
import { StreamLogger } from '../../src/log.js';

// Values a compose file may carry that a shell would act on: quotes, command substitution, `;`, newlines.
const HOSTILE = `it's "quoted"; $(touch /tmp/pwned) \`id\`\nsecond line && rm -rf /`;
const HOSTILE_ID = `id"x;$(touch /tmp/pwned),y`;

function request(overrides: Partial<BuildRequest> = {}): BuildRequest {
  return {
    service: 'web',
    context: '/src/web dir',
    dockerfile: '/src/web dir/Dockerfile',
    tags: ['123.dkr.ecr.eu-west-1.amazonaws.com/shop/web:src-1'],
    args: { NOTE: HOSTILE },
    labels: { 'com.docker.compose.service': 'web', note: HOSTILE },
    platforms: [],
    secrets: [],
    ssh: [],
    additionalContexts: {},
    cacheFrom: [],
    cacheTo: [],
    extraHosts: [],
    pull: false,
    noCache: false,
    ulimits: {},
    entitlements: [],
    ...overrides,
  };
}

const everything = request({
  target: 'prod',
  platforms: ['linux/arm64'],
  secrets: [{ id: 'npm_token', file: '/tmp/private/secret-0' }],
  ssh: [
    { id: 'default', paths: [] },
    { id: 'deploy', paths: ['/home/u/.ssh/id_ed25519'] },
  ],
  additionalContexts: { shared: '/src/shared' },
  cacheFrom: ['type=registry,ref=r/web:cache'],
  cacheTo: ['type=registry,ref=r/web:cache'],
  extraHosts: ['db=10.0.0.5'],
  network: 'host',
  shmSize: 67108864,
  pull: true,
  noCache: true,
  ulimits: { nofile: { soft: 1024, hard: 2048 } },
  entitlements: ['network.host'],
  provenance: 'mode=max',
  sbom: 'true',
});

describe('engine command lines', () => {
  it('buildx: one `buildx build --push` with every field, the metadata file telling the digest', () => {
    expect(buildxArgs(everything, '/p/web.metadata.json', buildxCapabilities('docker-container'))).toEqual([
      'buildx', 'build', '--push', '--progress=plain',
      '--metadata-file', '/p/web.metadata.json',
      '--file', '/src/web dir/Dockerfile',
      '--tag', '123.dkr.ecr.eu-west-1.amazonaws.com/shop/web:src-1',
      '--build-arg', `NOTE=${HOSTILE}`,
      '--label', 'com.docker.compose.service=web', '--label', `note=${HOSTILE}`,
      '--target', 'prod',
      '--platform', 'linux/arm64',
      '--secret', 'id=npm_token,src=/tmp/private/secret-0',
      '--ssh', 'default', '--ssh', 'deploy=/home/u/.ssh/id_ed25519',
      '--build-context', 'shared=/src/shared',
      '--cache-from', 'type=registry,ref=r/web:cache',
      '--cache-to', 'type=registry,ref=r/web:cache',
      '--add-host', 'db:10.0.0.5',
      '--network', 'host',
      '--shm-size', '67108864',
      '--ulimit', 'nofile=1024:2048',
      '--allow', 'network.host',
      '--pull', '--no-cache',
      '--provenance=mode=max', '--sbom=true',
      '/src/web dir',
    ]); // prettier-ignore
  });

  it('buildx: the default registry cache is ECR-compatible (mode=max, image-manifest) with the docker-container driver, inline with the docker driver', () => {
    const cached = request({ cacheRef: 'r/web:buildcache', platforms: ['linux/amd64', 'linux/arm64'] });
    const full = buildxArgs(cached, '/m', buildxCapabilities('docker-container'));
    expect(full).toEqual(
      expect.arrayContaining([
        '--cache-from', 'type=registry,ref=r/web:buildcache',
        '--cache-to', 'type=registry,ref=r/web:buildcache,mode=max,image-manifest=true,oci-mediatypes=true',
        '--platform', 'linux/amd64,linux/arm64',
      ]), // prettier-ignore
    );
    const docker = buildxArgs(cached, '/m', buildxCapabilities('docker'));
    expect(docker).toEqual(
      expect.arrayContaining(['--cache-to', 'type=inline', '--tag', 'r/web:buildcache']),
    );
  });

  it("Docker's embedded BuildKit: docker build with secrets, ssh and inline cache on the buildcache tag", () => {
    const {
      cacheTo: _,
      additionalContexts: __,
      ulimits: ___,
      shmSize: ____,
      entitlements: _____,
      ...rest
    } = everything;
    const args = buildkitArgs(
      {
        ...rest,
        cacheTo: [],
        additionalContexts: {},
        ulimits: {},
        entitlements: [],
        cacheFrom: ['type=registry,ref=r/web:cache'],
      },
      '/p/web.iid',
    );
    expect(args).toEqual([
      'build', '--progress=plain',
      '--file', '/src/web dir/Dockerfile',
      '--iidfile', '/p/web.iid',
      '--tag', '123.dkr.ecr.eu-west-1.amazonaws.com/shop/web:src-1',
      '--build-arg', `NOTE=${HOSTILE}`,
      '--label', 'com.docker.compose.service=web', '--label', `note=${HOSTILE}`,
      '--target', 'prod',
      '--platform', 'linux/arm64',
      '--secret', 'id=npm_token,src=/tmp/private/secret-0',
      '--ssh', 'default', '--ssh', 'deploy=/home/u/.ssh/id_ed25519',
      '--cache-from', 'r/web:cache',
      '--add-host', 'db:10.0.0.5',
      '--network', 'host',
      '--pull', '--no-cache',
      '/src/web dir',
    ]); // prettier-ignore
    const inline = buildkitArgs(request({ cacheRef: 'r/web:buildcache' }), '/i');
    expect(inline).toEqual(
      expect.arrayContaining([
        '--tag',
        'r/web:buildcache',
        '--build-arg',
        'BUILDKIT_INLINE_CACHE=1',
        '--cache-from',
        'r/web:buildcache',
      ]),
    );
  });

  it('podman: podman build with secrets, ssh, named contexts and its repository cache', () => {
    expect(podmanBuildArgs({ ...everything, entitlements: [], provenance: undefined, sbom: undefined }, '/p/web.iid')).toEqual([
      'build',
      '--file', '/src/web dir/Dockerfile',
      '--iidfile', '/p/web.iid',
      '--tag', '123.dkr.ecr.eu-west-1.amazonaws.com/shop/web:src-1',
      '--build-arg', `NOTE=${HOSTILE}`,
      '--label', 'com.docker.compose.service=web', '--label', `note=${HOSTILE}`,
      '--target', 'prod',
      '--platform', 'linux/arm64',
      '--secret', 'id=npm_token,src=/tmp/private/secret-0',
      '--ssh', 'default', '--ssh', 'deploy=/home/u/.ssh/id_ed25519',
      '--build-context', 'shared=/src/shared',
      '--cache-from', 'r/web:cache',
      '--cache-to', 'r/web:cache',
      '--add-host', 'db:10.0.0.5',
      '--network', 'host',
      '--shm-size', '67108864b',
      '--ulimit', 'nofile=1024:2048',
      '--pull=always', '--no-cache',
      '/src/web dir',
    ]); // prettier-ignore
  });

  it("quotes a secret id for docker's CSV syntax, so a comma or quote cannot add a key", () => {
    const args = buildxArgs(
      request({ secrets: [{ id: HOSTILE_ID, file: '/p/s,1' }] }),
      '/m',
      buildxCapabilities('docker'),
    );
    expect(args[args.indexOf('--secret') + 1]).toBe(`"id=id""x;$(touch /tmp/pwned),y","src=/p/s,1"`);
  });
});

// A stand-in engine CLI that records its argv, stdin and environment, then behaves like docker/podman.
const FAKE_ENGINE = `#!/usr/bin/env node
const fs = require('node:fs');
const argv = process.argv.slice(2);
const stdin = fs.readFileSync(0, 'utf8');
fs.appendFileSync(process.env.FAKE_ENGINE_LOG, JSON.stringify({ argv, stdin, env: {
  DOCKER_CONFIG: process.env.DOCKER_CONFIG, DOCKER_BUILDKIT: process.env.DOCKER_BUILDKIT, REGISTRY_AUTH_FILE: process.env.REGISTRY_AUTH_FILE } }) + '\\n');
const after = (flag) => argv[argv.indexOf(flag) + 1];
if (argv.includes('slow=yes')) {
  // A build that runs until it is stopped; its pid says whether it still runs.
  fs.writeFileSync(process.env.FAKE_ENGINE_LOG + '.pid', String(process.pid));
  console.log('#1 building slowly');
  setInterval(() => undefined, 1000);
  return;
}
if (argv.includes('fail=yes')) {
  for (let i = 1; i <= 12; i++) console.log('#' + i + ' step ' + i);
  console.error('ERROR: failed to solve: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3');
  process.exit(1);
}
if (argv.includes('denied=yes')) {
  console.error('denied: User: arn:aws:sts::1:assumed-role/ci is not authorized to perform: ecr:InitiateLayerUpload on resource: arn:aws:ecr:eu-west-1:1:repository/shop/web');
  process.exit(1);
}
if (argv.includes('--iidfile')) fs.writeFileSync(after('--iidfile'), 'sha256:' + 'a'.repeat(64));
if (argv.includes('--metadata-file')) fs.writeFileSync(after('--metadata-file'), JSON.stringify({ 'containerimage.digest': 'sha256:' + 'c'.repeat(64) }));
if (argv.includes('--digestfile')) fs.writeFileSync(after('--digestfile'), 'sha256:' + 'd'.repeat(64));
else if (argv[0] === 'push') console.log('src-1: digest: sha256:' + 'b'.repeat(64) + ' size: 420');
`;

async function fakeEngine() {
  const dir = await mkdtemp(join(tmpdir(), 'fake-engine-'));
  const program = join(dir, 'engine');
  await writeFile(program, FAKE_ENGINE.replace('#!/usr/bin/env node', `#!${process.execPath}`));
  await chmod(program, 0o755);
  const log = join(dir, 'log.jsonl');
  await writeFile(log, '');
  process.env.FAKE_ENGINE_LOG = log;
  const calls = async () =>
    (await readFile(log, 'utf8'))
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(
        (l) => JSON.parse(l) as { argv: string[]; stdin: string; env: Record<string, string | undefined> },
      );
  return { program, calls };
}

describe('engines run their CLI with argument arrays', () => {
  const lines: string[] = [];
  const logger = new StreamLogger((l) => lines.push(l));

  it.each([
    ['buildx', (p: string) => new BuildxEngine(logger, 'docker-container', p), 'DOCKER_CONFIG'],
    ['buildkit', (p: string) => new BuildkitEngine(logger, p), 'DOCKER_CONFIG'],
    ['podman', (p: string) => new PodmanEngine(logger, p), 'REGISTRY_AUTH_FILE'],
  ] as const)(
    '%s logs in with the password on stdin only, into private credentials: logged out and removed afterwards, recorded for the post step meanwhile',
    async (_, make, variable) => {
      const { program, calls } = await fakeEngine();
      const engine = make(program);
      // What the post step would find at each moment, and how many engine commands had run by then.
      const recorded: Array<{ leftovers?: EngineLeftovers; commandsRun: number }> = [];
      engine.trackLeftovers({
        update: (_id, leftovers) =>
          recorded.push({
            leftovers: leftovers && structuredClone(leftovers),
            commandsRun: readFileSync(process.env.FAKE_ENGINE_LOG!, 'utf8').split('\n').filter(Boolean)
              .length,
          }),
      });
      await engine.login('123.dkr.ecr.eu-west-1.amazonaws.com', 'AWS', 'pa55-word');
      const [call] = await calls();
      expect(call!.argv).toEqual([
        'login',
        '--username',
        'AWS',
        '--password-stdin',
        '123.dkr.ecr.eu-west-1.amazonaws.com',
      ]);
      expect(call!.stdin).toBe('pa55-word');
      expect(call!.env[variable]).toMatch(/compose-ecs-engine-/);
      const dir = call!.env[variable]!.replace(/\/auth\.json$/, '');
      // The registry is on record before the login command runs: a step killed during it is covered.
      expect(recorded.at(-1)).toEqual({
        leftovers: expect.objectContaining({
          dir,
          program,
          registries: ['123.dkr.ecr.eu-west-1.amazonaws.com'],
        }),
        commandsRun: 0,
      });
      await access(dir);
      await engine.dispose();
      const logout = (await calls()).at(-1)!;
      expect(logout.argv).toEqual(['logout', '123.dkr.ecr.eu-west-1.amazonaws.com']);
      expect(logout.env[variable]).toBe(call!.env[variable]);
      await expect(access(dir)).rejects.toThrow(/ENOENT/);
      expect(recorded.at(-1)!.leftovers).toBeUndefined();
    },
  );

  it('hostile build args, labels and secret ids arrive verbatim, and nothing else runs', async () => {
    const { program, calls } = await fakeEngine();
    const marker = join(tmpdir(), `pwned-${process.pid}`);
    const hostile = `x"; touch ${marker}; echo "$(touch ${marker})\n\`touch ${marker}\``;
    for (const engine of [
      new BuildxEngine(logger, 'docker-container', program),
      new BuildkitEngine(logger, program),
      new PodmanEngine(logger, program),
    ]) {
      await engine.buildAndPush(
        request({
          args: { A: hostile },
          labels: { L: hostile },
          secrets: [{ id: `s;$(touch ${marker})`, file: '/p/s' }],
        }),
        () => undefined,
      );
      await engine.dispose();
    }
    const builds = (await calls()).filter((c) => c.argv.includes('--build-arg'));
    expect(builds).toHaveLength(3);
    for (const { argv } of builds) {
      expect(argv).toContain(`A=${hostile}`);
      expect(argv).toContain(`L=${hostile}`);
      expect(argv).toContain(`id=s;$(touch ${marker}),src=/p/s`);
    }
    await expect(readFile(marker)).rejects.toThrow(/ENOENT/);
  });

  it('buildkit sets DOCKER_BUILDKIT=1, pushes each tag and returns the first digest the registry reported', async () => {
    const { program, calls } = await fakeEngine();
    const engine = new BuildkitEngine(logger, program);
    const digest = await engine.buildAndPush(request({ cacheRef: 'r/web:buildcache' }), () => undefined);
    expect(digest).toBe(`sha256:${'b'.repeat(64)}`);
    const all = await calls();
    expect(all.every((c) => c.env.DOCKER_BUILDKIT === '1')).toBe(true);
    expect(all.filter((c) => c.argv[0] === 'push').map((c) => c.argv[1])).toEqual([
      '123.dkr.ecr.eu-west-1.amazonaws.com/shop/web:src-1',
      'r/web:buildcache',
    ]);
    await engine.dispose();
  });

  it('buildx reads the digest from its metadata file; podman from its digest file', async () => {
    const { program } = await fakeEngine();
    const buildx = new BuildxEngine(logger, 'docker-container', program);
    await expect(buildx.buildAndPush(request(), () => undefined)).resolves.toBe(`sha256:${'c'.repeat(64)}`);
    const podman = new PodmanEngine(logger, program);
    await expect(podman.buildAndPush(request(), () => undefined)).resolves.toBe(`sha256:${'d'.repeat(64)}`);
    await buildx.dispose();
    await podman.dispose();
  });

  it("fails a build with the engine's own last lines", async () => {
    const { program } = await fakeEngine();
    const engine = new BuildkitEngine(logger, program);
    const failure = engine.buildAndPush(request({ args: { fail: 'yes' } }), () => undefined);
    await expect(failure).rejects.toThrow(
      /building the image of service "web" failed \(exit 1\):\n#6 step 6\n/,
    );
    await expect(failure).rejects.toThrow(/#12 step 12\nERROR: failed to solve: .*exit code: 3$/);
    await engine.dispose();
  });

  it('a cancelled run stops the build in flight: the engine process is gone and the build ends as cancelled', async () => {
    const { program } = await fakeEngine();
    const engine = new BuildkitEngine(logger, program);
    const controller = new AbortController();
    engine.abortOn(controller.signal);
    const output: string[] = [];
    const build = engine.buildAndPush(request({ args: { slow: 'yes' } }), (line) => output.push(line));
    const pidFile = `${process.env.FAKE_ENGINE_LOG}.pid`;
    while (!output.includes('#1 building slowly')) await new Promise((r) => setTimeout(r, 20));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    controller.abort();
    const error = await build.catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect((error as Error).message).toBe('building the image of service "web" stopped: cancelled (SIGINT)');
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    // Nothing more starts once cancelled, and cleaning up still works.
    await expect(engine.buildAndPush(request(), () => undefined)).rejects.toThrow(/cancelled/);
    await engine.dispose();
  });

  it('podman builds several platforms into a local manifest list, pushes it as one index, then removes the list', async () => {
    const { program, calls } = await fakeEngine();
    const engine = new PodmanEngine(logger, program);
    const digest = await engine.buildAndPush(
      request({ platforms: ['linux/amd64', 'linux/arm64'], tags: ['r/web:src-1', 'r/web:latest'] }),
      () => undefined,
    );
    expect(digest).toBe(`sha256:${'d'.repeat(64)}`);
    const argvs = (await calls()).map((c) => c.argv);
    const manifest = argvs[0]![argvs[0]!.indexOf('--manifest') + 1]!;
    expect(manifest).toMatch(/^localhost\/compose-ecs-[a-z0-9-]+\/web:index$/);
    expect(argvs[0]).toEqual(
      expect.arrayContaining(['--platform', 'linux/amd64,linux/arm64', '--layers=false']),
    );
    expect(argvs[0]).not.toContain('--tag');
    expect(argvs.slice(1)).toEqual([
      [
        'manifest',
        'push',
        '--all',
        '--digestfile',
        expect.stringMatching(/web\.0\.digest$/),
        manifest,
        'docker://r/web:src-1',
      ],
      [
        'manifest',
        'push',
        '--all',
        '--digestfile',
        expect.stringMatching(/web\.1\.digest$/),
        manifest,
        'docker://r/web:latest',
      ],
      ['manifest', 'rm', manifest],
    ]);
    await engine.dispose();
  });

  it('says so when the engine is not installed', async () => {
    const engine = new PodmanEngine(logger, '/nonexistent/podman');
    await expect(engine.login('r', 'AWS', 'pw')).rejects.toThrow(
      /could not run \/nonexistent\/podman .*is a container engine installed\?/,
    );
    await engine.dispose();
  });
});

describe('selectEngine', () => {
  const logger = new StreamLogger(() => undefined);
  const probe =
    (answers: Record<string, { exitCode: number; stdout?: string }>): Probe =>
    async (program, args) => {
      const answer = answers[`${program} ${args.join(' ')}`];
      return answer ? { exitCode: answer.exitCode, stdout: answer.stdout ?? '', stderr: '' } : undefined;
    };

  it('auto prefers buildx and reads its driver', async () => {
    const engine = await selectEngine(
      'auto',
      logger,
      probe({
        'docker buildx version': { exitCode: 0 },
        'docker buildx inspect': { exitCode: 0, stdout: 'Name: builder\nDriver: docker-container\n' },
        'podman --version': { exitCode: 0 },
      }),
    );
    expect(engine.description).toBe('docker buildx (docker-container driver)');
    expect(engine.capabilities.defaultCache).toBe('registry');
  });

  it('auto falls back to podman, then to a docker CLI before 23 with a daemon', async () => {
    expect((await selectEngine('auto', logger, probe({ 'podman --version': { exitCode: 0 } }))).name).toBe(
      'podman',
    );
    const old = probe({
      'docker version --format {{.Client.Version}} {{.Server.Version}}': {
        exitCode: 0,
        stdout: '20.10.24+dfsg1 20.10.24+dfsg1\n',
      },
    });
    expect((await selectEngine('auto', logger, old)).name).toBe('buildkit');
    const modern = probe({
      'docker version --format {{.Client.Version}} {{.Server.Version}}': {
        exitCode: 0,
        stdout: '28.2.2 28.2.2',
      },
    });
    await expect(selectEngine('auto', logger, modern)).rejects.toThrow(
      /no usable image builder: tried docker buildx \(no buildx plugin\); podman \(not found\); docker with DOCKER_BUILDKIT=1/,
    );
  });

  it('an explicit builder is used or refused, never swapped for another', async () => {
    await expect(
      selectEngine('buildx', logger, probe({ 'podman --version': { exitCode: 0 } })),
    ).rejects.toThrow(
      'no usable image builder: tried docker buildx (no buildx plugin). Install one, or set the builder input',
    );
  });
});

// Issue 22, items 6, 8 and 9: a pull request's compose file reads nothing of the runner's. Each case is an
// attack from the security review, written as a project in a temporary workspace (a fixture cannot hold
// .git, symbolic links out of the repository or /proc paths).
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject, type LoadOptions } from '../../src/compose/load.js';
import type { LoadedProject } from '../../src/compose/model.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { workspaceRoot, insideWorkspace } from '../../src/workspace.js';
import { redactionsBeforeLoad } from '../../src/compose/runner-credentials.js';

const KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
let root: string;
let ws: string;
let outside: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'hostile-'));
  ws = join(root, 'ws');
  outside = join(root, 'runner');
  await mkdir(join(ws, '.git'), { recursive: true });
  await writeFile(join(ws, '.git/config'), '[http]\n\textraheader = AUTHORIZATION: basic dG9rZW4=\n');
  await mkdir(join(ws, 'app'));
  await writeFile(join(ws, 'app/Dockerfile'), 'FROM scratch\n');
  await mkdir(outside);
  await writeFile(
    join(outside, 'id_ed25519'),
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n',
  );
  await writeFile(join(outside, 'other.yaml'), 'services:\n  other:\n    image: o\n');
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function load(compose: string, options: Partial<LoadOptions> = {}): Promise<LoadedProject> {
  await writeFile(join(ws, 'compose.yaml'), compose);
  return loadProject({
    files: [],
    environment: { AWS_SECRET_ACCESS_KEY: KEY, GITHUB_TOKEN: 'ghs_jobtoken123', RUNNER_TEMP: outside },
    workingDir: ws,
    workspace: ws,
    projectName: 'p',
    ...options,
  });
}

async function errors(compose: string, options: Partial<LoadOptions> = {}): Promise<string[]> {
  try {
    await load(compose, options);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics.map(formatDiagnostic);
    throw err;
  }
  return [];
}

const app = (fields: string) => `services:\n  app:\n    image: app\n${fields}`;

describe('the workspace', () => {
  it('is GITHUB_WORKSPACE in the action, else the git root around the working directory', async () => {
    expect(workspaceRoot({ GITHUB_WORKSPACE: '/home/runner/work/r/r' }, '/elsewhere')).toBe(
      '/home/runner/work/r/r',
    );
    await mkdir(join(ws, 'deep/er'), { recursive: true });
    expect(workspaceRoot({}, join(ws, 'deep/er'))).toBe(ws);
    expect(workspaceRoot({}, outside)).toBe(outside);
  });

  it('judges a path by where its links lead, and never admits .git', async () => {
    await symlink(join(outside, 'id_ed25519'), join(ws, 'key'));
    expect((await insideWorkspace(ws, join(ws, 'app/Dockerfile'))).inside).toBe(true);
    expect(await insideWorkspace(ws, join(ws, 'key'))).toMatchObject({ inside: false, gitMetadata: false });
    expect(await insideWorkspace(ws, join(ws, '.git/config'))).toMatchObject({ gitMetadata: true });
    expect((await insideWorkspace(ws, join(ws, 'not/yet/there'))).inside).toBe(true);
    expect((await insideWorkspace(ws, join(ws, '../runner/x'))).inside).toBe(false);
  });
});

describe('runner credentials are not interpolated (item 6)', () => {
  it.each([
    ['${AWS_SECRET_ACCESS_KEY}', 'AWS_SECRET_ACCESS_KEY'],
    ['${NOPE:-$GITHUB_TOKEN}', 'GITHUB_TOKEN'],
    ['${RUNNER_TEMP}/x', 'RUNNER_TEMP'],
    ['${INPUT_GITHUB-TOKEN:-x}', 'INPUT_GITHUB'],
    ['${ACTIONS_ID_TOKEN_REQUEST_TOKEN:-}', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
  ])('%s is an error naming the variable', async (value, name) => {
    const found = await errors(app(`    environment:\n      REGION_HINT: "${value}"\n`));
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^compose.yaml:5:\\d+ .*variable ${name} is the runner`)),
    ]);
    expect(found.join('\n')).not.toContain(KEY);
  });

  it('refuses a bare environment key and a bare env_file key', async () => {
    await writeFile(join(ws, 'app.env'), 'A=1\nGITHUB_TOKEN\n');
    const found = await errors(app('    environment: [AWS_SECRET_ACCESS_KEY]\n    env_file: app.env\n'));
    expect(found).toEqual([
      expect.stringMatching(/^app.env:2:1: variable GITHUB_TOKEN is the runner/),
      expect.stringMatching(
        /^compose.yaml:4:19 services.app.environment.AWS_SECRET_ACCESS_KEY: variable AWS_SECRET_ACCESS_KEY is the runner/,
      ),
    ]);
  });

  it('refuses a credential as the source of a config (stored in plain text)', async () => {
    const found = await errors(
      app('    configs: [c]\nconfigs:\n  c:\n    environment: AWS_SECRET_ACCESS_KEY\n'),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^compose.yaml:7:18 configs.c.environment: config c: variable AWS_SECRET_ACCESS_KEY is the runner/,
      ),
    ]);
  });

  it('still reads settings such as AWS_REGION, and records what came from the runner', async () => {
    const loaded = await load(app('    environment:\n      R: ${AWS_REGION}\n      T: ${TAG}\n'), {
      environment: { AWS_REGION: 'eu-west-1' },
    });
    expect(loaded.project.services.app!.environment).toEqual({ R: 'eu-west-1', T: '' });
    expect(loaded.runnerVariables).toEqual([{ name: 'AWS_REGION', value: 'eu-west-1' }]);
  });
});

describe('errors never quote secrets (item 8)', () => {
  it("prints a required variable's message as written, not expanded", async () => {
    const found = await errors(app('    environment:\n      X: ${NOPE:?${DB_PASSWORD}}\n'), {
      environment: { DB_PASSWORD: 'hunter2-very-secret' },
    });
    expect(found).toEqual([
      'compose.yaml:5:10 services.app.environment.X: required variable NOPE is not set: ${DB_PASSWORD}',
    ]);
  });

  it("never echoes an env file's line", async () => {
    await writeFile(join(ws, 'key.env'), '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n');
    const found = (await errors(app('    env_file: key.env\n'))).join('\n');
    expect(found).toContain('key.env:1:1: expected KEY=VALUE');
    expect(found).not.toMatch(/BEGIN|b3BlbnNz/);
  });
});

describe('files from anywhere (item 9)', () => {
  it.each([
    [
      'a config from .git/config',
      'configs: [c]\nconfigs:\n  c:\n    file: ./.git/config\n',
      'configs.c.file: config file',
      'inside .git',
    ],
    [
      'an env file from /proc',
      'env_file: /proc/self/environ\n',
      'services.app.env_file: env file /proc/self/environ is not read',
      'outside the workspace',
    ],
    [
      'a secret from ~/.ssh',
      'secrets: [k]\nsecrets:\n  k:\n    file: ../runner/id_ed25519\n',
      'secrets.k.file: secret file',
      'outside the workspace',
    ],
    [
      'a build context two levels up',
      'build: ../..\n',
      'services.app.build.context: build context',
      'outside the workspace',
    ],
    [
      'an additional context in RUNNER_TEMP',
      'build:\n      context: app\n      additional_contexts:\n        x: ../runner\n',
      'additional_contexts.x: additional context',
      'outside the workspace',
    ],
    [
      'a Dockerfile outside the context',
      'build:\n      context: app\n      dockerfile: ../../runner/id_ed25519\n',
      'build.dockerfile: Dockerfile',
      'outside the workspace',
    ],
    [
      "the runner's SSH agent",
      'build:\n      context: app\n      ssh: [default]\n',
      'build.ssh[0]: ssh default forwards',
      'SSH agent',
    ],
    [
      'an ssh key outside',
      'build:\n      context: app\n      ssh: [k=../runner/id_ed25519]\n',
      'build.ssh[0]: ssh key',
      'outside the workspace',
    ],
    [
      'host networking',
      'build:\n      context: app\n      network: host\n',
      'build.network: network: host',
      "runner's network",
    ],
    [
      'a local cache written outside',
      'build:\n      context: app\n      cache_to: ["type=local,dest=/tmp/c"]\n',
      'build.cache_to[0]: cache_to directory /tmp/c',
      'outside the workspace',
    ],
    ['an include from outside', '', 'include[0]: compose file', 'outside the workspace'],
    [
      'an extends file from outside',
      'extends: { file: ../runner/other.yaml, service: other }\n',
      'services.app.extends: compose file',
      'outside the workspace',
    ],
  ])('refuses %s', async (_, fields, where, why) => {
    const found = await errors(
      fields === '' ? `include: [../runner/other.yaml]\n${app('')}` : app(`    ${fields}`),
    );
    expect(found.join('\n')).toContain(where);
    expect(found.join('\n')).toContain(why);
    expect(found.join('\n')).not.toContain('OPENSSH');
  });

  it('makes privileged builds opt-in (item 14)', async () => {
    const compose = app('    build:\n      context: app\n      privileged: true\n');
    expect(await errors(compose)).toEqual([
      expect.stringMatching(
        /^compose.yaml:6:19 services.app.build.privileged: a privileged build .*allow-privileged-builds: true/,
      ),
    ]);
    expect(await errors(compose, { allowPrivilegedBuilds: true })).toEqual([]);
  });

  it('follows a symbolic link inside the workspace to where it leads', async () => {
    await symlink(join(outside, 'id_ed25519'), join(ws, 'innocent.env'));
    expect((await errors(app('    env_file: innocent.env\n'))).join('\n')).toMatch(
      /env file innocent.env is not read: it is outside the workspace/,
    );
  });

  it('accepts files outside the workspace when the operator opts out, but never .git', async () => {
    await writeFile(join(outside, 'ok.env'), 'A=1\n');
    const loaded = await load(app(`    env_file: ${join(outside, 'ok.env')}\n`), {
      allowOutsideWorkspace: true,
    });
    expect(loaded.project.services.app!.environment).toEqual({ A: '1' });
    const found = await errors(app('    configs: [c]\nconfigs:\n  c:\n    file: ./.git/config\n'), {
      allowOutsideWorkspace: true,
    });
    expect(found.join('\n')).toContain('inside .git');
  });
});

describe('values hidden before loading (item 8)', () => {
  it('are the runner credentials and every secret-looking variable, not settings', () => {
    expect(
      redactionsBeforeLoad({
        DB_PASSWORD: 'hunter2-very-secret',
        AWS_SECRET_ACCESS_KEY: KEY,
        GITHUB_TOKEN: 'ghs_jobtoken123',
        NPM_TOKEN: 'npm_abc',
        API_KEY: 'k-123456',
        RUNNER_OS: 'Linux',
        PORT: '8080',
        KEYBOARD: 'us-intl',
      }).sort(),
    ).toEqual(['ghs_jobtoken123', 'hunter2-very-secret', 'k-123456', 'npm_abc', KEY].sort());
  });
});

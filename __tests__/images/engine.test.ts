import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DockerCli } from '../../src/images/engine.js';
import { StreamLogger } from '../../src/log.js';

// A stand-in `docker` that records its argv, stdin and DOCKER_CONFIG, then behaves like the CLI.
const FAKE_DOCKER = `#!/usr/bin/env node
const fs = require('node:fs');
const argv = process.argv.slice(2);
// Reads stdin to its end, as a program that prompts would: it must get EOF, not hang.
const stdin = fs.readFileSync(0, 'utf8');
fs.appendFileSync(process.env.FAKE_DOCKER_LOG, JSON.stringify({ argv, stdin, config: process.env.DOCKER_CONFIG }) + '\\n');
if (argv[0] === 'build') {
  const iid = argv[argv.indexOf('--iidfile') + 1];
  if (argv.includes('fail=yes')) { console.error('Step 2/2 : COPY missing /x'); console.error('COPY failed: file not found in build context'); process.exit(1); }
  fs.writeFileSync(iid, 'sha256:' + 'a'.repeat(64));
}
if (argv[0] === 'push') console.log('src-1: digest: sha256:' + 'b'.repeat(64) + ' size: 420');
`;

async function fakeDocker() {
  const dir = await mkdtemp(join(tmpdir(), 'fake-docker-'));
  const program = join(dir, 'docker');
  await writeFile(program, FAKE_DOCKER.replace('#!/usr/bin/env node', `#!${process.execPath}`));
  await chmod(program, 0o755);
  const log = join(dir, 'log.jsonl');
  await writeFile(log, '');
  process.env.FAKE_DOCKER_LOG = log;
  const calls = async () =>
    (await readFile(log, 'utf8'))
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { argv: string[]; stdin: string; config: string });
  return { program, calls };
}

describe('DockerCli', () => {
  const lines: string[] = [];
  const logger = new StreamLogger((l) => lines.push(l));

  it('logs in with the password on stdin only, into a private DOCKER_CONFIG removed afterwards', async () => {
    const { program, calls } = await fakeDocker();
    const cli = new DockerCli(logger, program);
    await cli.login('123.dkr.ecr.eu-west-1.amazonaws.com', 'AWS', 'pa55-word');
    const [call] = await calls();
    expect(call!.argv).toEqual([
      'login',
      '--username',
      'AWS',
      '--password-stdin',
      '123.dkr.ecr.eu-west-1.amazonaws.com',
    ]);
    expect(call!.argv.join(' ')).not.toContain('pa55-word');
    expect((await calls()).length).toBe(1);
    expect(call!.stdin).toBe('pa55-word');
    expect(call!.config).toMatch(/compose-ecs-docker-/);
    await cli.dispose();
    await expect(readFile(join(call!.config, 'x'))).rejects.toThrow();
  });

  it('passes compose values as single arguments, so nothing can inject a command', async () => {
    const { program, calls } = await fakeDocker();
    const cli = new DockerCli(logger, program);
    const hostile = '$(touch /tmp/pwned); `id` && rm -rf /';
    const id = await cli.build({
      service: 'web',
      context: '/src/web dir',
      dockerfile: '/src/web dir/Dockerfile',
      tag: 'repo/web:src-1',
      args: { NOTE: hostile },
      labels: { 'com.docker.compose.service': 'web' },
      target: 'prod',
      platform: 'linux/arm64',
    });
    expect(id).toBe(`sha256:${'a'.repeat(64)}`);
    const [call] = await calls();
    expect(call!.argv).toEqual([
      'build',
      '--file',
      '/src/web dir/Dockerfile',
      '--tag',
      'repo/web:src-1',
      '--iidfile',
      expect.stringMatching(/web\.iid$/),
      '--build-arg',
      `NOTE=${hostile}`,
      '--label',
      'com.docker.compose.service=web',
      '--target',
      'prod',
      '--platform',
      'linux/arm64',
      '/src/web dir',
    ]);
    await cli.dispose();
  });

  it("keeps the user's own docker config (earlier logins) in the private one", async () => {
    const { program, calls } = await fakeDocker();
    const own = await mkdtemp(join(tmpdir(), 'own-docker-'));
    await writeFile(join(own, 'config.json'), '{"auths":{"docker.io":{"auth":"x"}}}');
    const before = process.env.DOCKER_CONFIG;
    process.env.DOCKER_CONFIG = own;
    try {
      const cli = new DockerCli(logger, program);
      await cli.login('r.example', 'AWS', 'pw');
      const [call] = await calls();
      expect(call!.config).not.toBe(own);
      expect(await readFile(join(call!.config, 'config.json'), 'utf8')).toContain('docker.io');
      await cli.dispose();
    } finally {
      if (before === undefined) delete process.env.DOCKER_CONFIG;
      else process.env.DOCKER_CONFIG = before;
    }
  });

  it('reads the digest the registry reported from the push', async () => {
    const { program } = await fakeDocker();
    const cli = new DockerCli(logger, program);
    await expect(cli.push('repo/web:src-1')).resolves.toBe(`sha256:${'b'.repeat(64)}`);
    await cli.dispose();
  });

  it("ends a failed build with the engine's own last line", async () => {
    const { program } = await fakeDocker();
    const cli = new DockerCli(logger, program);
    await expect(
      cli.build({
        service: 'api',
        context: '/c',
        dockerfile: '/c/Dockerfile',
        tag: 't',
        args: { fail: 'yes' },
        labels: {},
      }),
    ).rejects.toThrow(
      'building the image of service "api" failed (exit 1): COPY failed: file not found in build context',
    );
    await cli.dispose();
  });

  it('says so when no container engine is installed', async () => {
    const cli = new DockerCli(logger, '/nonexistent/docker');
    await expect(cli.push('x')).rejects.toThrow(
      /could not run \/nonexistent\/docker .*is a container engine installed\?/,
    );
    await cli.dispose();
  });
});

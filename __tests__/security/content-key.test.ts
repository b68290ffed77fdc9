// Issue 22, item 1. Attack: plan and deploy pushed to the same repositories under a content tag that
// hashed a build secret's id but not its content, and left out cache_from/cache_to, ssh sources and
// `pull`. A pull request building the same context with its own `secrets: npmrc: file: ./evil-npmrc` (or
// an attacker's cache_from) produced the tag main computes; the deploy then found the tag and skipped
// its build, shipping the pull request's image.
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { secretDigest } from '../../src/images/build-inputs.js';
import { imagePrefix } from '../../src/images/build-and-push.js';
import { prepareBuild, type BuiltService } from '../../src/images/prepare-build.js';
import { untrustedImages } from '../../src/options/run-options.js';

async function project(buildLines: string[], files: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'content-key-'));
  await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  await writeFile(
    join(dir, 'compose.yaml'),
    [
      'name: shop',
      'services:',
      '  web:',
      '    build:',
      '      context: .',
      ...buildLines.map((l) => `      ${l}`),
      'secrets:',
      '  npmrc:',
      '    file: ./npmrc',
      '',
    ].join('\n'),
  );
  const { project } = await loadProject({ files: [], workingDir: dir, environment: {} });
  return { dir, service: project.services.web as BuiltService, secrets: project.secrets };
}

async function tagOf(
  p: Awaited<ReturnType<typeof project>>,
  secretKey?: string,
  service: BuiltService = p.service,
) {
  const prepared = await prepareBuild(service, {
    repository: 'shop/web',
    repositoryUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/web',
    projectName: 'shop',
    cache: false,
    environment: {},
    secrets: p.secrets,
    ...(secretKey ? { secretKey } : {}),
  });
  await prepared.cleanup();
  return prepared.tag;
}

describe('the content key covers every build input', () => {
  it("a pull request's own build secret file gives another tag than main's", async () => {
    const main = await project(['secrets: [npmrc]'], { npmrc: 'registry=https://registry.npmjs.org/\n' });
    const trusted = await tagOf(main);
    await writeFile(join(main.dir, 'npmrc'), 'registry=https://evil.example/\n');
    expect(await tagOf(main)).not.toBe(trusted);
  });

  it('hashes secret contents by HMAC under build-secret-key, never in clear nor by a plain hash', async () => {
    const value = 'hunter2';
    const p = await project(['secrets: [npmrc]'], { npmrc: value });
    const keyed = await tagOf(p, 'k1');
    expect(await tagOf(p, 'k2')).not.toBe(keyed);
    expect(await tagOf(p, 'k1')).toBe(keyed);
    expect(keyed).not.toContain(value);
    expect(secretDigest(value, 'k1')).not.toBe(createHash('sha256').update(value).digest('hex'));
    expect(secretDigest(value, 'k1')).toBe(secretDigest(Buffer.from(value), 'k1'));
  });

  it.each([
    ['cache_from', ['cache_from: [type=registry,ref=evil.example/cache]']],
    ['cache_to', ['cache_to: [type=registry,ref=evil.example/cache]']],
    ['pull', ['pull: true']],
  ])('%s changes the tag', async (_field, lines) => {
    const plain = await project([], { npmrc: 'x' });
    const withField = await project(lines, { npmrc: 'x' });
    // Same context bytes in both directories: only the field differs.
    expect(await tagOf(withField)).not.toBe(await tagOf(plain));
  });

  it('ssh sources change the tag, not only their ids', async () => {
    const p = await project([], { npmrc: 'x' });
    const withSsh = (paths: string[]) => ({
      ...p.service,
      build: { ...p.service.build, ssh: [{ id: 'deploy', paths }] },
    });
    const a = await tagOf(p, undefined, withSsh(['/home/runner/.ssh/a']));
    const b = await tagOf(p, undefined, withSsh(['/home/runner/.ssh/b']));
    expect(a).not.toBe(b);
  });

  it('a build without these fields keeps the tag it had (no needless rebuild of every image)', async () => {
    const p = await project([], { npmrc: 'x' });
    // The tag this build had before the content key grew (build-inputs.ts: fields hash only when written).
    expect(await tagOf(p)).toBe('src-750faa848ef11668055d6c390f1eb67d');
  });
});

describe('untrusted repository prefix', () => {
  it('is the default on pull-request events, and only there', () => {
    expect(untrustedImages('auto', 'pull_request')).toBe(true);
    expect(untrustedImages('auto', 'pull_request_target')).toBe(true);
    expect(untrustedImages('auto', 'push')).toBe(false);
    expect(untrustedImages('auto', 'workflow_dispatch')).toBe(false);
    expect(untrustedImages('true', 'push')).toBe(true);
    expect(untrustedImages('false', 'pull_request')).toBe(false);
  });

  it('appends -untrusted once to the prefix, build cache included (same repository)', () => {
    expect(imagePrefix('shop', true)).toBe('shop-untrusted');
    expect(imagePrefix('shop-untrusted', true)).toBe('shop-untrusted');
    expect(imagePrefix('shop', false)).toBe('shop');
  });
});

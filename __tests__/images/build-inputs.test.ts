import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Build } from '../../src/compose/model.js';
import { buildInputsHash } from '../../src/images/build-inputs.js';
import { parseDockerignore } from '../../src/images/dockerignore.js';

describe('parseDockerignore', () => {
  it('follows Docker: globs, ** across directories, and the last matching rule wins', () => {
    const ignored = parseDockerignore('# comment\nnode_modules\n*.log\n**/tmp\n!keep.log\ndocs/\n');
    expect(ignored('node_modules/x/index.js')).toBe(true);
    expect(ignored('app.log')).toBe(true);
    expect(ignored('keep.log')).toBe(false);
    expect(ignored('a/b/tmp/file')).toBe(true);
    expect(ignored('tmp')).toBe(true);
    expect(ignored('docs/readme.md')).toBe(true);
    expect(ignored('src/app.ts')).toBe(false);
    expect(ignored('src/app.log')).toBe(false); // `*` does not cross directories
  });
});

describe('buildInputsHash', () => {
  async function context() {
    const dir = await mkdtemp(join(tmpdir(), 'ctx-'));
    await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
    await mkdir(join(dir, 'src'));
    await writeFile(join(dir, 'src/app.txt'), 'v1');
    await writeFile(join(dir, '.dockerignore'), 'notes.md\n');
    const build: Build = {
      context: dir,
      dockerfile: 'Dockerfile',
      args: { A: '1' },
      labels: {},
      platforms: [],
      extensions: {},
    };
    return { dir, build, hash: () => buildInputsHash(build, { path: join(dir, 'Dockerfile') }) };
  }

  it('is stable for the same inputs and changes with any file, arg or the Dockerfile', async () => {
    const { dir, build, hash } = await context();
    const first = await hash();
    expect(await hash()).toBe(first);
    await writeFile(join(dir, 'src/app.txt'), 'v2');
    const second = await hash();
    expect(second).not.toBe(first);
    expect(await buildInputsHash({ ...build, args: { A: '2' } }, { path: join(dir, 'Dockerfile') })).not.toBe(
      second,
    );
    await writeFile(join(dir, 'Dockerfile'), 'FROM scratch\n');
    expect(await hash()).not.toBe(second);
  });

  it('ignores what .dockerignore leaves out of the context', async () => {
    const { dir, hash } = await context();
    const before = await hash();
    await writeFile(join(dir, 'notes.md'), 'scratch notes');
    expect(await hash()).toBe(before);
  });
});

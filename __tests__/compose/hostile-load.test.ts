// Issue 22, item 10: the loader's denial-of-service shapes, each bounded by a cap on bytes, depth or
// expansion (never by a clock): special files, include fan-outs, deep interpolation, redefined anchors.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { MAX_INCLUDE_DEPTH } from '../../src/compose/include.js';
import { MAX_INTERPOLATION_DEPTH } from '../../src/compose/interpolate.js';
import { MAX_FILE_BYTES } from '../../src/compose/parse.js';
import { readBounded } from '../../src/compose/read-bounded.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-load-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function outcome(compose: string): Promise<{ services?: string[]; errors?: string[] }> {
  await writeFile(join(dir, 'compose.yaml'), compose);
  try {
    const loaded = await loadProject({
      files: [],
      environment: {},
      workingDir: dir,
      workspace: dir,
      projectName: 'p',
      // Special files live outside any workspace: what is tested here is the read itself.
      allowOutsideWorkspace: true,
    });
    return { services: Object.keys(loaded.project.services).sort() };
  } catch (err) {
    if (err instanceof UserError) return { errors: err.diagnostics.map(formatDiagnostic) };
    throw err;
  }
}

describe('special and oversized files', () => {
  it.each(['/dev/zero', '/dev/urandom'])('refuses env_file %s without reading it', async (device) => {
    expect(await outcome(`services:\n  a:\n    image: a\n    env_file: ${device}\n`)).toEqual({
      errors: [
        `compose.yaml:4:15 services.a.env_file: env file ${device} is not a regular file (a device, pipe or socket)`,
      ],
    });
  });

  it('refuses a FIFO, which would block the read forever', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.env')]);
    expect((await outcome('services:\n  a:\n    image: a\n    env_file: pipe.env\n')).errors).toEqual([
      'compose.yaml:4:15 services.a.env_file: env file pipe.env is not a regular file (a device, pipe or socket)',
    ]);
  });

  it('judges size before reading: a sparse file of 9 MB is refused by its length alone', async () => {
    await writeFile(join(dir, 'big.env'), '');
    await truncate(join(dir, 'big.env'), MAX_FILE_BYTES + 1);
    expect((await outcome('services:\n  a:\n    image: a\n    env_file: big.env\n')).errors).toEqual([
      `compose.yaml:4:15 services.a.env_file: env file big.env is larger than ${MAX_FILE_BYTES} bytes`,
    ]);
  });

  it('stops reading once the run is cancelled', async () => {
    await writeFile(join(dir, 'f'), 'x'.repeat(1000));
    const controller = new AbortController();
    controller.abort();
    expect(await readBounded(join(dir, 'f'), 10_000, controller.signal)).toEqual({
      problem: 'was not read: the run was cancelled',
    });
    expect(await readBounded(join(dir, 'f'), 999)).toEqual({ problem: 'is larger than 999 bytes' });
    expect(await readBounded(dir, 999)).toEqual({ problem: 'is not a regular file (a directory)' });
  });
});

describe('include fan-out', () => {
  /** Level i has `width` files, each including every file of level i+1 and defining one service. */
  async function fanOut(width: number, depth: number): Promise<string[]> {
    const names: string[] = [];
    for (let level = depth; level >= 1; level--)
      for (let k = 0; k < width; k++) {
        const next = level < depth ? Array.from({ length: width }, (_, j) => `l${level + 1}_${j}.yaml`) : [];
        names.push(`s${level}_${k}`);
        await writeFile(
          join(dir, `l${level}_${k}.yaml`),
          `${next.length ? `include: [${next.join(', ')}]\n` : ''}services:\n  s${level}_${k}: {image: x}\n`,
        );
      }
    return names.sort();
  }

  it('loads each file of a diamond once: a 3-way fan-out 8 deep yields each service once', async () => {
    const expected = await fanOut(3, 8);
    expect(await outcome('include: [l1_0.yaml, l1_1.yaml, l1_2.yaml]\n')).toEqual({ services: expected });
  });

  it('knows a file by its real path: a link to an included file adds nothing twice', async () => {
    await writeFile(join(dir, 'shared.yaml'), 'services:\n  db: {image: pg}\n');
    await symlink(join(dir, 'shared.yaml'), join(dir, 'alias.yaml'));
    expect(await outcome('include: [shared.yaml, alias.yaml]\n')).toEqual({ services: ['db'] });
  });

  it(`caps the chain at ${MAX_INCLUDE_DEPTH} files`, async () => {
    await fanOut(1, MAX_INCLUDE_DEPTH + 2);
    const { errors } = await outcome('include: [l1_0.yaml]\n');
    expect(errors).toEqual([expect.stringContaining(`include nests deeper than ${MAX_INCLUDE_DEPTH} files`)]);
  });
});

describe('interpolation and anchors', () => {
  it('reports `${A:-` nested 20,000 deep as an error, not a crash of the stack', async () => {
    const deep = `${'${A:-'.repeat(20_000)}x${'}'.repeat(20_000)}`;
    const { errors } = await outcome(`services:\n  a:\n    image: a\n    environment:\n      X: "${deep}"\n`);
    expect(errors).toEqual([expect.stringContaining(`nested deeper than ${MAX_INTERPOLATION_DEPTH} levels`)]);
  });

  it('resolves each alias to the latest anchor before it among many redefinitions', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `  - &a v${i}\n  - *a`).join('\n');
    await writeFile(
      join(dir, 'compose.yaml'),
      `x-list:\n${lines}\nservices:\n  s:\n    image: x\n    command: [*a]\n`,
    );
    const loaded = await loadProject({ files: [], environment: {}, workingDir: dir, workspace: dir });
    expect(loaded.project.services.s!.command).toEqual(['v2999']);
  });
});

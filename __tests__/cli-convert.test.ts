// `compose-ecs convert` prints the template and leaves nothing behind (it used to write
// compose-ecs-<pid>.template.json into the temp directory on every run).
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

describe('compose-ecs convert to stdout', () => {
  it('prints the template and writes no file, to the temp directory or anywhere', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cli-convert-'));
    try {
      const project = join(root, 'project');
      const temp = join(root, 'tmp');
      await Promise.all([mkdir(project), mkdir(temp)]);
      await writeFile(join(project, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
      const { stdout } = await run(
        process.execPath,
        [join(process.cwd(), 'node_modules/tsx/dist/cli.mjs'), join(process.cwd(), 'src/cli.ts'), 'convert'],
        { cwd: project, env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp } },
      );
      expect(JSON.parse(stdout)).toHaveProperty('Resources');
      expect(await readdir(project)).toEqual(['compose.yaml']);
      expect((await readdir(temp)).filter((f) => f.startsWith('compose-ecs'))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});

// `compose-ecs convert` prints the template and leaves nothing behind (it used to write
// compose-ecs-<pid>.template.json into the temp directory on every run).
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
const CLI = join(process.cwd(), 'src/cli.ts');

describe('compose-ecs convert to stdout', () => {
  it('prints the template and writes no file, to the temp directory or anywhere', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cli-convert-'));
    try {
      const project = join(root, 'project');
      const temp = join(root, 'tmp');
      await Promise.all([mkdir(project), mkdir(temp)]);
      await writeFile(join(project, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
      const { stdout } = await run(process.execPath, [TSX, CLI, 'convert'], {
        cwd: project,
        env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp },
      });
      expect(JSON.parse(stdout)).toHaveProperty('Resources');
      expect(await readdir(project)).toEqual(['compose.yaml']);
      expect((await readdir(temp)).filter((f) => f.startsWith('compose-ecs'))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('says each warning and each error once', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cli-once-'));
    try {
      await writeFile(
        join(root, 'compose.yaml'),
        'services:\n  web:\n    image: nginx:1.27\n    restart: on-failure\n    hostname: web1\n    logging:\n      driver: syslog\n',
      );
      await writeFile(join(root, 'bad.yaml'), 'services:\n  web:\n    image: nginx\n    ports: ["abc"]\n');
      const ok = await run(process.execPath, [TSX, CLI, 'convert', '-o', join(root, 't.json')], {
        cwd: root,
      });
      const warnings = ok.stderr.split('\n').filter((l) => l.startsWith('warning:'));
      expect(warnings).toHaveLength(4);
      expect(warnings.filter((l) => /services\.web: web has no deploy\.resources/.test(l))).toHaveLength(1);
      for (const field of ['restart', 'hostname', 'logging.driver'])
        expect(warnings.filter((l) => l.includes(`services.web.${field}:`))).toHaveLength(1);
      const bad = await run(process.execPath, [TSX, CLI, 'convert', '-f', 'bad.yaml'], { cwd: root }).catch(
        (err: { code: number; stderr: string }) => err,
      );
      expect('code' in bad && bad.code).toBe(1);
      expect(bad.stderr.split('expected a port such as').length - 1).toBe(1);
      expect(bad.stderr.trimEnd().split('\n').at(-1)).toBe('error: The compose project is invalid (1 error)');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});

// Issue 22, item 8: a load error may quote a value before the project says which variables are secrets;
// the values of secret-looking variables are hidden from the start.
describe('compose-ecs convert errors', () => {
  it('never print the value of a secret-looking variable, even from a load that fails', async () => {
    const root = await mkdtemp(join(tmpdir(), 'cli-redact-'));
    try {
      // An invalid port quotes the interpolated value in its error.
      await writeFile(
        join(root, 'compose.yaml'),
        'services:\n  web:\n    image: nginx:1.27\n    ports: ["${DB_PASSWORD}"]\n',
      );
      const failed = await run(process.execPath, [TSX, CLI, 'convert'], {
        cwd: root,
        env: { ...process.env, DB_PASSWORD: 'hunter2-very-secret' },
      }).catch((err: { stderr: string }) => err);
      expect(failed.stderr).toContain('ports');
      expect(failed.stderr).not.toContain('hunter2-very-secret');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 60_000);
});

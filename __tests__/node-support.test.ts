// The CLI refuses a Node older than it supports with one line, before anything else runs.
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MINIMUM_NODE_MAJOR, unsupportedNode } from '../src/node-support.js';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
const CLI = join(process.cwd(), 'src/cli.ts');

describe('the Node the CLI supports', () => {
  it('accepts the supported majors and refuses older ones, naming both versions', () => {
    expect(unsupportedNode('22.0.0')).toBeUndefined();
    expect(unsupportedNode('24.11.1')).toBeUndefined();
    expect(unsupportedNode('v25.1.0')).toBeUndefined();
    expect(unsupportedNode('20.19.5')).toBe(
      'compose-ecs needs Node.js 22 or newer, this is 20.19.5: install an LTS release (https://nodejs.org/en/download)',
    );
    expect(unsupportedNode('18.20.0')).toMatch(/needs Node\.js 22 or newer, this is 18\.20\.0/);
    expect(unsupportedNode('not a version')).toBeDefined();
  });

  it('is what package.json declares', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { engines: { node: string } };
    expect(manifest.engines.node).toBe(`>=${MINIMUM_NODE_MAJOR}`);
  });

  /** Runs `compose-ecs --version` with Node reporting `version` (a preload rewrites process.versions). */
  async function cliOn(version: string) {
    const dir = await mkdtemp(join(tmpdir(), 'node-guard-'));
    try {
      const preload = join(dir, 'pretend.mjs');
      await writeFile(
        preload,
        `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: ${JSON.stringify(version)} } });\n`,
      );
      return await run(process.execPath, [TSX, CLI, '--version'], {
        env: { ...process.env, NODE_OPTIONS: `--import ${preload}` },
      }).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (err: { code: number; stdout: string; stderr: string }) => err,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('refuses an older Node with one line on stderr and exit code 1, nothing else', async () => {
    const { code, stdout, stderr } = await cliOn('20.19.5');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: ${unsupportedNode('20.19.5')}\n`);
  }, 60_000);

  it('runs on a supported Node', async () => {
    const { code, stdout, stderr } = await cliOn('24.11.1');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  }, 60_000);
});

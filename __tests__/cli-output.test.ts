// The CLI's terminal output: a progress line only on a terminal, colour only on a terminal without
// NO_COLOR, each warning once (in the report, or before the error when the run fails).
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CliOutput, type OutputStream } from '../src/cli-output.js';
import { renderTerminal } from '../src/report/terminal.js';
import type { RunReport } from '../src/report/run-report.js';

const run = promisify(execFile);
const ESC = String.fromCharCode(27);
const TSX = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
const DRIVER = join(process.cwd(), '__tests__/support/terminal-driver.ts');

function stream(isTTY: boolean): OutputStream & { text: string } {
  return {
    isTTY,
    columns: 60,
    text: '',
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

const report: RunReport = {
  mode: 'plan',
  project: 'shop',
  stackName: 'shop',
  hasChanges: false,
  changes: [],
  images: [],
  warnings: ['compose.yaml:3:5 services.web.restart: ignored on ECS'],
};

async function session(tty: boolean, env: NodeJS.ProcessEnv = {}) {
  const [stdout, stderr] = [stream(tty), stream(tty)];
  const output = new CliOutput({ stdout, stderr, env }, { holdWarnings: true });
  await output.group('load the compose project', async () => {
    output.info('project shop: 2 services');
    output.warning('services.web.restart: ignored on ECS', { file: 'compose.yaml', line: 3, column: 5 });
    output.warning('the pin of example/worker:1 waited for the registry');
  });
  output.close();
  stdout.write(output.report(report, renderTerminal));
  return { stdout: stdout.text, stderr: stderr.text, output };
}

describe('the CLI on a terminal and off it', () => {
  it('off a terminal: plain lines, no escape codes, each warning once in the report', async () => {
    const { stdout, stderr } = await session(false);
    expect(stderr).toBe('── load the compose project\nproject shop: 2 services\n');
    expect(stdout + stderr).not.toContain(ESC);
    const all = (stdout + stderr).split('\n');
    expect(all.filter((l) => l.includes('services.web.restart'))).toEqual([
      '  - compose.yaml:3:5 services.web.restart: ignored on ECS',
    ]);
    expect(all.filter((l) => l.includes('waited for the registry'))).toHaveLength(1);
  });

  it('on a terminal: a progress line redrawn in place, the finished step left above, colour', async () => {
    const { stdout, stderr } = await session(true);
    expect(stderr).toContain(`\r${ESC}[2K`);
    expect(stderr).toMatch(/load the compose project: project shop: 2 services \(0s\)/);
    expect(stderr).toMatch(
      new RegExp(`${ESC}\\[32m✓${ESC}\\[0m load the compose project \\(\\d+\\.\\ds\\)\\n`),
    );
    // The redrawn line never outgrows the terminal's width (60 columns here).
    for (const frame of stderr.split(`\r${ESC}[2K`))
      expect([...frame.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '')].length).toBeLessThanOrEqual(60);
    expect(stdout).toContain(`${ESC}[1m`);
    // Cleared at the end: the last thing on stderr is the clearing sequence or a finished line.
    expect(stderr.endsWith('\n') || stderr.endsWith(`\r${ESC}[2K`)).toBe(true);
  });

  it('honours NO_COLOR: the progress line stays, the colour goes', async () => {
    const { stdout, stderr } = await session(true, { NO_COLOR: '1' });
    expect(stderr).toContain(`\r${ESC}[2K`);
    expect((stdout + stderr).replaceAll(`\r${ESC}[2K`, '')).not.toContain(ESC);
  });

  it('says held warnings before the error when the run fails, once', () => {
    const stderr = stream(false);
    const output = new CliOutput({ stdout: stream(false), stderr, env: {} }, { holdWarnings: true });
    output.mask('s3cret');
    output.warning('token s3cret looked odd');
    output.releaseWarnings();
    output.releaseWarnings();
    output.error('plan failed');
    expect(stderr.text).toBe('warning: token *** looked odd\nerror: plan failed\n');
  });

  it('in a pseudo-terminal: progress and colour; piped: plain', async () => {
    const command = [process.execPath, TSX, DRIVER].map((a) => `'${a}'`).join(' ');
    const pty = await run('script', ['-qefc', command, '/dev/null'], {
      env: { ...process.env, NO_COLOR: '' },
    });
    expect(pty.stdout).toContain(`\r${ESC}[2K`);
    expect(pty.stdout).toMatch(/build images: web: building \(0s\)/);
    expect(pty.stdout).toContain(`${ESC}[1mcompose-ecs plan: shop planned`);
    const piped = await run(process.execPath, [TSX, DRIVER]);
    expect(piped.stdout + piped.stderr).not.toContain(ESC);
    expect(piped.stderr).toBe('── build images\nweb: building\nweb: pushed\n');
    expect(piped.stdout.split('\n').filter((l) => l.includes('a privileged build'))).toEqual([
      '  - compose.yaml:7:7 services.web.build.privileged: a privileged build',
    ]);
  }, 60_000);
});

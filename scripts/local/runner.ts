// Runs the built action (dist/index.js) the way a GitHub runner does: INPUT_* variables, the
// GITHUB_* files for outputs and the job summary, and an event payload on disk.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface LocalRun {
  exitCode: number;
  /** The signal that ended the process when it did not exit by itself (e.g. SIGKILL). */
  killedBy?: NodeJS.Signals;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** What the step saved for its post step (GITHUB_STATE), by name. */
  state: Record<string, string>;
}

export interface LocalRunOptions {
  /** Action inputs by their action.yml names. */
  inputs: Record<string, string>;
  eventName: 'pull_request' | 'push' | 'workflow_dispatch';
  event: Record<string, unknown>;
  workspace: string;
  githubApiUrl: string;
  /** Extra environment (the peers' AWS endpoint, DOCKER_HOST, ...). */
  env?: Record<string, string | undefined>;
  /** The node binary and leading arguments, e.g. ['npx', '-y', '-p', 'node@24', 'node']. */
  node?: string[];
  entry?: string;
  /** Echo the action's output as it runs. */
  echo?: boolean;
  sha?: string;
  /** The main step's saved state, given to a post step as STATE_<name> the way the runner does. */
  state?: Record<string, string>;
  /** Called once the process runs (to signal it, as a runner cancelling the job does). */
  onSpawn?: (child: ChildProcess) => void;
}

/**
 * Cancels a step the way GitHub's runner does: SIGINT, SIGTERM 7.5 s later if it still runs, and the
 * process killed 2.5 s after that.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-cancellation
 */
export function cancelLikeRunner(child: ChildProcess): void {
  child.kill('SIGINT');
  const term = setTimeout(() => child.kill('SIGTERM'), 7500);
  const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
  child.once('exit', () => {
    clearTimeout(term);
    clearTimeout(kill);
  });
}

/** GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks (and plain name=value lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

export async function runActionLocally(options: LocalRunOptions): Promise<LocalRun> {
  const dir = await mkdtemp(join(tmpdir(), 'compose-ecs-runner-'));
  const files = {
    output: join(dir, 'output'),
    summary: join(dir, 'summary.md'),
    event: join(dir, 'event.json'),
    state: join(dir, 'state'),
  };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.state, '');
  await writeFile(files.event, JSON.stringify(options.event));
  await mkdir(join(dir, 'temp'), { recursive: true });
  const env: Record<string, string | undefined> = {
    ...process.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_SHA: options.sha ?? 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_REF: options.eventName === 'pull_request' ? 'refs/pull/7/merge' : 'refs/heads/main',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.githubApiUrl,
    RUNNER_TEMP: join(dir, 'temp'),
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  const [command, ...leading] = options.node ?? [process.execPath];
  const entry = options.entry ?? resolve('dist/index.js');
  const child = spawn(command!, [...leading, entry], {
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (options.echo) process.stdout.write(d);
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (options.echo) process.stderr.write(d);
  });
  options.onSpawn?.(child);
  const { exitCode, killedBy } = await new Promise<{ exitCode: number; killedBy?: NodeJS.Signals }>(
    (resolveExit) =>
      child.on('close', (code, signal) =>
        resolveExit({ exitCode: code ?? 1, ...(signal ? { killedBy: signal } : {}) }),
      ),
  );
  return {
    exitCode,
    ...(killedBy ? { killedBy } : {}),
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    // The state file has the same format as the output file.
    state: parseOutputFile(await readFile(files.state, 'utf8')),
  };
}

/** The environment the peers' start script wrote to .peers/env, as a map. */
export async function peersEnv(root = process.cwd()): Promise<Record<string, string>> {
  const text = await readFile(join(root, '.peers', 'env'), 'utf8').catch(() => {
    throw new Error('the local peers are not running: run `npm run peers:start` first');
  });
  const env: Record<string, string> = {};
  for (const m of text.matchAll(/^export ([A-Z_]+)=(.*)$/gm)) env[m[1]!] = m[2]!;
  return env;
}

export const newId = () => randomUUID();

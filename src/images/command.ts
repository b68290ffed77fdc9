// Runs the engines' CLIs and git. Node's own spawn rather than @actions/exec: a cancelled run must stop a
// build in flight, and @actions/exec gives no way to signal the child it started (actions/toolkit#1656,
// #1534). Output is captured and forwarded line by line, as @actions/exec's listeners did.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { descendants, killSurvivors, type ProcessId } from './process-tree.js';

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  /** Written to the command's stdin (how passwords reach `docker login`). */
  input?: string;
  env?: Record<string, string>;
  cwd?: string;
  /** Each output line as it arrives (stdout and stderr), for live logs. */
  onLine?: (line: string) => void;
  /** Stops the program (SIGTERM, then SIGKILL `killAfterMs` later) when the run is cancelled. */
  signal?: AbortSignal;
  /** How long a stopped program may take to exit after SIGTERM before it is killed (default 5 s). */
  killAfterMs?: number;
}

/** The program was stopped, or never started, because the signal was aborted. */
export class CommandAborted extends Error {
  constructor(file: string) {
    super(`${file} was stopped: the run was cancelled`);
    this.name = 'CommandAborted';
  }
}

/** Process groups exist on POSIX systems; on Windows only the program itself is signalled. */
const GROUPS = process.platform !== 'win32';

/** The runner kills a cancelled step 10 s after its first signal: leave half of that to the build's exit. */
const KILL_AFTER_MS = 5000;

/**
 * Runs a program with an argument array: no shell is involved, so no compose value can inject
 * a command. Output is captured and, line by line, handed to `onLine`. A non-zero exit is a result,
 * not an error; a program that cannot be started (not installed) rejects.
 */
export function runCommand(
  file: string,
  args: string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(new CommandAborted(file));
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env ? { ...process.env, ...options.env } : process.env,
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
      // Its own process group, so a cancel reaches what it started too: podman runs a RUN step through runc,
      // which forwards the signal to the step, while a SIGTERM to podman alone leaves the step running.
      detached: GROUPS,
    });
    const stdout = collect(child.stdout, options.onLine);
    const stderr = collect(child.stderr, options.onLine);
    let killer: NodeJS.Timeout | undefined;
    let started: ProcessId[] = [];
    const signalAll = (name: NodeJS.Signals) => {
      try {
        if (GROUPS && child.pid !== undefined) process.kill(-child.pid, name);
        else child.kill(name);
      } catch {
        // Already gone.
      }
    };
    const stop = () => {
      if (child.pid !== undefined) started = descendants(child.pid);
      signalAll('SIGTERM');
      killer = setTimeout(() => signalAll('SIGKILL'), options.killAfterMs ?? KILL_AFTER_MS);
      killer.unref();
    };
    signal?.addEventListener('abort', stop, { once: true });
    const settle = () => {
      signal?.removeEventListener('abort', stop);
      if (killer) clearTimeout(killer);
    };
    child.on('error', (err) => {
      settle();
      reject(err);
    });
    child.on('close', (code, killedBy) => {
      settle();
      stdout.flush();
      stderr.flush();
      if (signal?.aborted) {
        // What it started and left behind (a RUN step in its own session) goes with it.
        killSurvivors(started);
        return reject(new CommandAborted(file));
      }
      // A program ended by a signal exits 128 + its number, as a shell would report it.
      const exitCode = code ?? 128 + (killedBy ? (constants.signals[killedBy] ?? 0) : 0);
      resolve({ exitCode, stdout: stdout.text(), stderr: stderr.text() });
    });
    // Always close stdin: a program that unexpectedly reads (or prompts) gets EOF instead of hanging the
    // job; one that exits without reading must not fail the run with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '', 'utf8');
  });
}

/** A stream's whole text, and its complete lines as they arrive (each stream keeps its own partial line). */
function collect(stream: NodeJS.ReadableStream, onLine?: (line: string) => void) {
  // Decoded as a stream: a character split between two chunks is not mangled.
  stream.setEncoding('utf8');
  let text = '';
  let pending = '';
  stream.on('data', (data: string) => {
    text += data;
    if (!onLine) return;
    pending += data;
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  return {
    flush() {
      if (pending && onLine) onLine(pending);
      pending = '';
    },
    text: () => text,
  };
}

import { getExecOutput } from '@actions/exec';

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
}

/**
 * Runs a program with an argument array: no shell is involved, so no compose value can inject
 * a command. Output is captured and, line by line, handed to `onLine`.
 */
export async function runCommand(
  file: string,
  args: string[],
  options: CommandOptions = {},
): Promise<CommandResult> {
  let pending = '';
  const forward = (data: Buffer) => {
    if (!options.onLine) return;
    pending += data.toString('utf8');
    const lines = pending.split(/\r?\n/);
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine(line);
  };
  const result = await getExecOutput(file, args, {
    silent: true,
    ignoreReturnCode: true,
    // Always close stdin: a program that unexpectedly reads (or prompts) gets EOF instead of hanging the job.
    input: Buffer.from(options.input ?? '', 'utf8'),
    env: options.env ? { ...(process.env as Record<string, string>), ...options.env } : undefined,
    cwd: options.cwd,
    listeners: { stdout: forward, stderr: forward },
  });
  if (pending && options.onLine) options.onLine(pending);
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

// The variables a compose project is interpolated from: what compose would see on a developer's
// machine (the environment, `.env`, env files), minus the runner's own credentials. A runner's AWS keys,
// job token or action inputs are not the project's: `${AWS_SECRET_ACCESS_KEY}` in a compose file would
// otherwise copy the key, in clear, into the template and the pull-request comment (a public page on a
// public repository; the runner's log masks never apply there).
import type { Diagnostics } from './diagnostics.js';
import { readEnvFile } from './env-file.js';
import { RefusedVariable, type Lookup } from './interpolate.js';
import { runnerCredential } from './runner-credentials.js';
import { resolve, sep } from 'node:path';
import type { ReadCached } from './file-access.js';

/** One variable the loader resolved from the runner (the environment or the env-file input), not a project file. */
export interface RunnerVariable {
  name: string;
  value: string;
}

export interface LookupSources {
  environment: Record<string, string | undefined>;
  diags: Diagnostics;
  display: (absolute: string) => string;
  read: ReadCached;
  /** Records each variable resolved from the runner, for the report to show as `${NAME}`. */
  onRunnerValue?: (variable: RunnerVariable) => void;
}

/**
 * Builds the interpolation lookup of a project directory: the environment wins over env files, later
 * env files over earlier ones; `.env` first unless `mode` is 'instead-of-dotenv' with files given.
 * `fromRunner` marks the given files as the runner's (the env-file input), not the repository's.
 */
export async function projectLookup(
  sources: LookupSources,
  projectDir: string,
  envFiles: string[] | undefined,
  mode: 'after-dotenv' | 'instead-of-dotenv',
): Promise<Lookup> {
  const env = sources.environment;
  const fromFiles = new Map<string, { value: string | undefined; runner: boolean }>();
  const runnerValue = (name: string, value: string | undefined) => {
    if (value !== undefined) sources.onRunnerValue?.({ name, value });
    return value;
  };
  const base: Lookup = (name) => {
    const refused = runnerCredential(name);
    if (refused) throw new RefusedVariable(name, refused);
    if (env[name] !== undefined) return runnerValue(name, env[name]);
    const file = fromFiles.get(name);
    return file?.runner ? runnerValue(name, file.value) : file?.value;
  };
  // Joined by hand: ncc's asset relocator rewrites resolve(dir, '.env') into a path inside dist/.
  const dotEnv = [resolve(projectDir), '.env'].join(sep);
  const given = envFiles ?? [];
  const list: Array<[string, boolean]> = [
    ...(mode === 'after-dotenv' || given.length === 0 ? [[dotEnv, false] as [string, boolean]] : []),
    ...given.map((f) => [f, true] as [string, boolean]),
  ];
  for (const [file, required] of list) {
    const fromInput = required && mode === 'after-dotenv';
    const shown = fromInput ? `${sources.display(file)} (from the env-file input)` : sources.display(file);
    const vars = await readEnvFile(file, shown, base, sources.diags, {
      required,
      read: sources.read,
      // An include's .env and env files are named by a compose file: confined to the workspace.
      confine: mode === 'instead-of-dotenv',
    });
    for (const [key, entry] of vars)
      if (entry.value !== undefined || env[key] !== undefined)
        fromFiles.set(key, {
          value: entry.value ?? env[key],
          runner: fromInput || entry.value === undefined,
        });
  }
  return base;
}

// Where the run's private files go (registry credentials, build-secret files, an inline Dockerfile).
// On a GitHub runner: RUNNER_TEMP, which the runner empties at the beginning and end of each job, so a
// step killed before its own cleanup (or its post step) cannot leave a secret on a self-hosted runner's
// /tmp for the next job. Elsewhere (the CLI): the system's temp directory.
// https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function privateTempRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || tmpdir();
}

/** A new directory only this user can read (mkdtemp makes it 0700). */
export function makePrivateDir(prefix: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return mkdtemp(join(privateTempRoot(env), prefix));
}

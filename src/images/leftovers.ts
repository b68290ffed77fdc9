// What a container engine leaves on the runner until it is disposed of: a private directory with this
// run's registry credentials (DOCKER_CONFIG, or podman's REGISTRY_AUTH_FILE) and the logins themselves.
// The main step cleans up after the images stage; the action's post step (src/post.ts) cleans up what a
// failed, cancelled or killed main step left, from the same record. Logging out matters beyond removing
// the directory: a docker config copied from the user's may name a credential store (credsStore or
// credHelpers), and `docker login` then keeps the ECR password there, outside the directory.
// https://docs.docker.com/reference/cli/docker/login/ ; podman: containers-auth.json(5) ("removed by using a logout
// command"; credential helpers configured per registry keep it elsewhere likewise).
import { access, rm } from 'node:fs/promises';
import { runCommand, type CommandOptions, type CommandResult } from './command.js';

export interface EngineLeftovers {
  /** The engine's private directory: this run's credentials, iid and metadata files. */
  dir: string;
  /** The engine's CLI and the environment that points it at `dir`, to log out with. */
  program: string;
  env: Record<string, string>;
  /** Registries logged in to, recorded before each login runs so a kill during one is covered. */
  registries: string[];
}

/** Where engines record their leftovers: the action saves them for its post step. */
export interface LeftoverLedger {
  /** The engine's leftovers as they are now; undefined once it has cleaned up. */
  update(engineId: string, leftovers: EngineLeftovers | undefined): void;
}

export type Run = (file: string, args: string[], options: CommandOptions) => Promise<CommandResult>;

/**
 * Logs out of each registry through the engine's own CLI and configuration, then removes the directory.
 * Nothing to do when the directory is already gone (`found` false). `problems` says what could not be
 * done, for the log: a failed logout (e.g. of a registry whose login never completed) never stops the
 * directory's removal.
 */
export async function cleanUpEngine(
  leftovers: EngineLeftovers,
  run: Run = runCommand,
): Promise<{ found: boolean; problems: string[] }> {
  const found = await access(leftovers.dir).then(
    () => true,
    () => false,
  );
  if (!found) return { found, problems: [] };
  const problems: string[] = [];
  for (const registry of leftovers.registries) {
    const result = await run(leftovers.program, ['logout', registry], { env: leftovers.env }).catch(
      (err: Error) => ({ exitCode: -1, stdout: '', stderr: err.message }),
    );
    if (result.exitCode !== 0)
      problems.push(`${leftovers.program} logout ${registry}: ${(result.stderr || result.stdout).trim()}`);
  }
  await rm(leftovers.dir, { recursive: true, force: true });
  return { found, problems };
}

/** The record read back (the post step's state), keeping only well-formed entries. */
export function parseLeftovers(text: string): EngineLeftovers[] {
  let value: unknown;
  try {
    value = JSON.parse(text || '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.filter(
    (l): l is EngineLeftovers =>
      typeof l?.dir === 'string' &&
      l.dir.length > 0 &&
      typeof l.program === 'string' &&
      typeof l.env === 'object' &&
      l.env !== null &&
      Object.values(l.env as object).every((v) => typeof v === 'string') &&
      Array.isArray(l.registries) &&
      (l.registries as unknown[]).every((r) => typeof r === 'string'),
  );
}

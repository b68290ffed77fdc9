import { randomUUID } from 'node:crypto';
import { copyFile, symlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { makePrivateDir } from '../private-temp.js';
import type { BuildRequest, EngineName } from './build-request.js';
import { Cancelled, cancelRequest } from '../runtime/cancellation.js';
import { CommandAborted, runCommand, type CommandResult } from './command.js';
import { cleanUpEngine, type EngineLeftovers, type LeftoverLedger } from './leftovers.js';

export type { BuildRequest, EngineName } from './build-request.js';

/** What the images stage needs from a container engine. */
export interface ContainerEngine {
  readonly name: EngineName;
  /** A name for messages, e.g. "buildx (docker-container driver)". */
  readonly description: string;
  readonly capabilities: EngineCapabilities;
  login(registry: string, username: string, password: string): Promise<void>;
  /**
   * Builds the image and pushes every tag of the request; returns the manifest digest the registry
   * reported for the first tag. Output lines go to `onLine` (the stage buffers them per build).
   */
  buildAndPush(request: BuildRequest, onLine: (line: string) => void): Promise<string>;
  /** Removes the engine's credentials and private files for this run. */
  dispose(): Promise<void>;
  /** Stops the engine's commands in flight when `signal` aborts (a cancelled run); they end as Cancelled. */
  abortOn?(signal: AbortSignal): void;
}

/** What an engine can do beyond a plain build; the stage refuses fields an engine lacks up front. */
export interface EngineCapabilities {
  multiPlatform: boolean;
  /** cache_to: any exporter (type=registry,mode=max, …), only a plain registry reference, or none. */
  cacheTo: 'any' | 'reference' | 'none';
  /** cache_from: any importer, or only a plain registry reference (`type=registry,ref=X` or `X`). */
  cacheFrom: 'any' | 'reference';
  additionalContexts: boolean;
  attestations: boolean;
  ulimits: boolean;
  entitlements: boolean;
  /** Secret ids the CLI can pass (podman splits --secret on commas without quoting). */
  secretIdOk: (id: string) => boolean;
  /** How the default registry cache works: exported with mode=max, inline in the image, or none. */
  defaultCache: 'registry' | 'inline' | 'none';
}

/**
 * A container engine driven through its CLI. Credentials live in a private config directory for
 * this run only (the password reaches the CLI on stdin); every command is an argument array.
 */
export abstract class CliEngine {
  /** The private directory and the logins in it, once created. */
  private leftovers?: EngineLeftovers;
  private ledger?: LeftoverLedger;
  private signal?: AbortSignal;
  private readonly id = randomUUID();

  constructor(protected readonly program: string) {}

  /** Records the private directory and logins where the action's post step finds them (src/post.ts). */
  trackLeftovers(ledger: LeftoverLedger): void {
    this.ledger = ledger;
  }

  abortOn(signal: AbortSignal): void {
    this.signal = signal;
  }

  /** The private directory (created on first use) for credentials, iid and metadata files. */
  protected async privateDir(): Promise<string> {
    if (!this.leftovers) {
      const dir = await makePrivateDir('compose-ecs-engine-');
      this.leftovers = { dir, program: this.program, env: this.environment(dir), registries: [] };
      this.ledger?.update(this.id, this.leftovers);
      await this.prepare(dir);
    }
    return this.leftovers.dir;
  }

  /** Fills a fresh private directory (e.g. a copy of the user's docker config). */
  protected abstract prepare(dir: string): Promise<void>;
  /** Environment variables that point the CLI at the private directory. */
  protected abstract environment(dir: string): Record<string, string>;

  protected async run(
    args: string[],
    what: string,
    options: { input?: string; onLine?: (line: string) => void; env?: Record<string, string> } = {},
  ): Promise<CommandResult> {
    const dir = await this.privateDir();
    let result: CommandResult;
    try {
      result = await runCommand(this.program, args, {
        input: options.input,
        env: { ...this.environment(dir), ...options.env },
        onLine: options.onLine,
        ...(this.signal ? { signal: this.signal } : {}),
      });
    } catch (err) {
      if (err instanceof CommandAborted && this.signal)
        throw new Cancelled(`${what} stopped: cancelled (${cancelRequest(this.signal).signalName})`);
      throw new UserError(
        `${what}: could not run ${this.program} (${(err as Error).message}); is a container engine installed?`,
      );
    }
    if (result.exitCode !== 0) {
      const tail = lastLines(`${result.stdout}\n${result.stderr}`, 8);
      throw new UserError(`${what} failed (exit ${result.exitCode}):\n${tail}`);
    }
    return result;
  }

  /** `<cli> login --password-stdin`: the password never appears in an argument list. */
  async login(registry: string, username: string, password: string): Promise<void> {
    await this.privateDir();
    const leftovers = this.leftovers!;
    // Recorded before the login runs: a step killed during it is still logged out afterwards.
    if (!leftovers.registries.includes(registry)) {
      leftovers.registries.push(registry);
      this.ledger?.update(this.id, leftovers);
    }
    await this.run(
      ['login', '--username', username, '--password-stdin', registry],
      `${this.program} login to ${registry}`,
      {
        input: password,
        onLine: (line) => this.log(line),
      },
    );
  }

  protected abstract log(line: string): void;

  /** Logs out of every registry (a credential store may hold the password) and removes the private directory. */
  async dispose(): Promise<void> {
    if (this.leftovers) {
      for (const problem of (await cleanUpEngine(this.leftovers)).problems) this.log(`cleanup: ${problem}`);
      this.ledger?.update(this.id, undefined);
    }
    this.leftovers = undefined;
  }
}

/** A private DOCKER_CONFIG that starts from the user's own (earlier logins, CLI plugins such as buildx). */
export async function copyDockerConfig(dir: string): Promise<void> {
  const own = process.env.DOCKER_CONFIG || join(homedir(), '.docker');
  await copyFile(join(own, 'config.json'), join(dir, 'config.json')).catch(() => undefined);
  await symlink(join(own, 'cli-plugins'), join(dir, 'cli-plugins')).catch(() => undefined);
}

const PUSH_DIGEST = /digest: (sha256:[a-f0-9]{64})/;

/** The digest `docker push` reports ("latest: digest: sha256:... size: 528"). */
export function pushedDigest(result: CommandResult, reference: string): string {
  const match = PUSH_DIGEST.exec(result.stdout) ?? PUSH_DIGEST.exec(result.stderr);
  if (!match?.[1]) throw new UserError(`pushing ${reference}: the registry reported no digest`);
  return match[1];
}

/** The last meaningful lines of a command's output, for the error that fails the stage. */
export function lastLines(text: string, count: number): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() && !/^DEPRECATED|BuildKit is currently disabled|environment-variable\.$/.test(l));
  return lines.slice(-count).join('\n');
}

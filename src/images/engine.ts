import { copyFile, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import { runCommand, type CommandResult } from './command.js';

export interface BuildRequest {
  service: string;
  context: string;
  /** Absolute path of the Dockerfile. */
  dockerfile: string;
  tag: string;
  args: Record<string, string>;
  labels: Record<string, string>;
  target?: string;
  platform?: string;
}

/** What the images stage needs from a container engine. */
export interface ContainerEngine {
  login(registry: string, username: string, password: string): Promise<void>;
  /** Builds and tags an image; returns the engine's image id (`sha256:...`). */
  build(request: BuildRequest): Promise<string>;
  /** Pushes a tagged image; returns the manifest digest the registry reported. */
  push(reference: string): Promise<string>;
  /** Removes the engine's credentials for this run. */
  dispose(): Promise<void>;
}

const PUSH_DIGEST = /digest: (sha256:[a-f0-9]{64})/;

/**
 * The ordinary `docker` CLI, against Docker, buildx or podman's Docker-compatible API (DOCKER_HOST).
 * Credentials go to a private DOCKER_CONFIG for this run only, and the password only on stdin.
 */
export class DockerCli implements ContainerEngine {
  private configDir?: string;

  constructor(
    private readonly logger: Logger,
    private readonly program = 'docker',
  ) {}

  private async env(): Promise<Record<string, string>> {
    if (!this.configDir) {
      this.configDir = await mkdtemp(join(tmpdir(), 'compose-ecs-docker-'));
      // Start from the user's own config, so earlier logins (private base images, Docker Hub limits)
      // and CLI plugins still apply; only our ECR login stays private to this run.
      const own = process.env.DOCKER_CONFIG || join(homedir(), '.docker');
      await copyFile(join(own, 'config.json'), join(this.configDir, 'config.json')).catch(() => undefined);
      await symlink(join(own, 'cli-plugins'), join(this.configDir, 'cli-plugins')).catch(() => undefined);
    }
    return { DOCKER_CONFIG: this.configDir };
  }

  private async run(args: string[], what: string, input?: string): Promise<CommandResult> {
    let result: CommandResult;
    try {
      result = await runCommand(this.program, args, {
        input,
        env: await this.env(),
        onLine: (line) => this.logger.info(line),
      });
    } catch (err) {
      throw new UserError(
        'images',
        `${what}: could not run ${this.program} (${(err as Error).message}); is a container engine installed?`,
      );
    }
    if (result.exitCode !== 0) {
      const tail = lastMeaningfulLine(result.stderr) || lastMeaningfulLine(result.stdout);
      throw new UserError('images', `${what} failed (exit ${result.exitCode}): ${tail}`);
    }
    return result;
  }

  async login(registry: string, username: string, password: string): Promise<void> {
    await this.run(
      ['login', '--username', username, '--password-stdin', registry],
      `docker login to ${registry}`,
      password,
    );
  }

  async build(request: BuildRequest): Promise<string> {
    const env = await this.env();
    const iidfile = join(env.DOCKER_CONFIG!, `${request.service}.iid`);
    const args = ['build', '--file', request.dockerfile, '--tag', request.tag, '--iidfile', iidfile];
    for (const [key, value] of Object.entries(request.args)) args.push('--build-arg', `${key}=${value}`);
    for (const [key, value] of Object.entries(request.labels)) args.push('--label', `${key}=${value}`);
    if (request.target) args.push('--target', request.target);
    if (request.platform) args.push('--platform', request.platform);
    args.push(request.context);
    await this.run(args, `building the image of service "${request.service}"`);
    return (await readFile(iidfile, 'utf8')).trim();
  }

  async push(reference: string): Promise<string> {
    const result = await this.run(['push', reference], `pushing ${reference}`);
    const match = PUSH_DIGEST.exec(result.stdout) ?? PUSH_DIGEST.exec(result.stderr);
    if (!match?.[1]) throw new UserError('images', `pushing ${reference}: the registry reported no digest`);
    return match[1];
  }

  async dispose(): Promise<void> {
    if (this.configDir) await rm(this.configDir, { recursive: true, force: true });
    this.configDir = undefined;
  }
}

function lastMeaningfulLine(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !/^DEPRECATED|BuildKit is currently disabled|environment-variable\.$/.test(l));
  return lines[lines.length - 1] ?? '';
}

// Which engine builds the images: the `builder` input, or the first that works here — buildx (what
// GitHub's runners have), podman, then the docker CLI's embedded BuildKit (Docker before 23).
import { UserError } from '../errors.js';
import type { Logger } from '../log.js';
import type { EngineName } from './build-request.js';
import type { Builder } from './builders.js';
import { runCommand, type CommandResult } from './command.js';
import { CliEngine, type ContainerEngine } from './engine.js';
import type { LeftoverLedger } from './leftovers.js';
import { BuildkitEngine } from './engines/buildkit.js';
import { BuildxEngine } from './engines/buildx.js';
import { PodmanEngine } from './engines/podman.js';

export { BUILDERS, type Builder } from './builders.js';

export type Probe = (program: string, args: string[]) => Promise<CommandResult | undefined>;

const probeCommand: Probe = (program, args) => runCommand(program, args).catch(() => undefined);

const ok = (r: CommandResult | undefined): r is CommandResult => r?.exitCode === 0;

/** The driver of buildx's current builder ("docker", "docker-container", ...), or undefined without buildx. */
async function buildxDriver(probe: Probe): Promise<string | undefined> {
  if (!ok(await probe('docker', ['buildx', 'version']))) return undefined;
  const inspect = await probe('docker', ['buildx', 'inspect']);
  return (ok(inspect) && /^Driver:\s*(\S+)/m.exec(inspect.stdout)?.[1]) || 'docker';
}

/** The docker CLI's major version when it can still build with its embedded BuildKit (before 23). */
async function embeddedBuildkit(probe: Probe): Promise<boolean> {
  const version = await probe('docker', ['version', '--format', '{{.Client.Version}} {{.Server.Version}}']);
  const [client, server] = ok(version) ? version.stdout.trim().split(' ') : [];
  return Boolean(client && server && Number(client.split('.')[0]) < 23);
}

export async function selectEngine(
  builder: Builder,
  logger: Logger,
  probe: Probe = probeCommand,
  /** Where the engine records its credentials directory and logins (the action's post step cleans up). */
  ledger?: LeftoverLedger,
): Promise<ContainerEngine> {
  const tried: string[] = [];
  const make: Record<EngineName, () => Promise<ContainerEngine | undefined>> = {
    buildx: async () => {
      const driver = await buildxDriver(probe);
      if (driver) return new BuildxEngine(logger, driver);
      tried.push('docker buildx (no buildx plugin)');
      return undefined;
    },
    podman: async () => {
      if (ok(await probe('podman', ['--version']))) return new PodmanEngine(logger);
      tried.push('podman (not found)');
      return undefined;
    },
    buildkit: async () => {
      if (await embeddedBuildkit(probe)) return new BuildkitEngine(logger);
      tried.push('docker with DOCKER_BUILDKIT=1 (needs a docker CLI before 23 and a reachable daemon)');
      return undefined;
    },
  };
  const order: EngineName[] = builder === 'auto' ? ['buildx', 'podman', 'buildkit'] : [builder];
  for (const name of order) {
    const engine = await make[name]();
    if (engine) {
      if (ledger && engine instanceof CliEngine) engine.trackLeftovers(ledger);
      logger.info(`builder: ${engine.description}${builder === 'auto' ? ' (chosen automatically)' : ''}`);
      return engine;
    }
  }
  throw new UserError(
    `no usable image builder: tried ${tried.join('; ')}. Install one, or set the builder input`,
  );
}

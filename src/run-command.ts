// The CLI's `run SERVICE [-- COMMAND…]` (src/inspect/run.ts): streams what the task prints and exits with its
// exit code, as `docker compose run` does. Ctrl-C stops the task before the command returns.
import { cancelOnSignals } from './cancel-on-signals.js';
import { UserError, diagnosticBody } from './errors.js';
import { StreamLogger } from './log.js';

export async function runCommand(
  args: string[],
  values: {
    file?: string[];
    'project-name'?: string;
    'stack-name'?: string;
    region?: string;
    'wait-timeout'?: string;
  },
): Promise<number> {
  const [service, ...command] = args;
  const waitMinutes = Number(values['wait-timeout'] ?? 30);
  if (!service || !Number.isFinite(waitMinutes) || waitMinutes <= 0) {
    process.stderr.write(
      'usage: compose-ecs run SERVICE [-- COMMAND...] [--stack-name NAME] [--wait-timeout MIN]\n',
    );
    return 2;
  }
  const logger = new StreamLogger();
  const cancel = cancelOnSignals({
    waitMs: 60_000,
    onFirst: (name) => logger.warning(`${name}: stopping the task`),
    onRepeat: () => undefined,
  });
  try {
    const [{ createAwsEdge }, { runOneOff }, { resolveStackName }] = await Promise.all([
      import('./aws/sdk-edge.js'),
      import('./inspect/run.js'),
      import('./stack-name.js'),
    ]);
    let stackName = values['stack-name'];
    if (!stackName) {
      const { loadProject } = await import('./compose/load.js');
      const loaded = await loadProject({
        files: values.file ?? [],
        workingDir: process.cwd(),
        projectName: values['project-name'],
        environment: process.env,
      });
      stackName = resolveStackName(undefined, loaded.project.name);
    }
    const aws = createAwsEdge({ region: values.region });
    const outcome = await runOneOff(
      aws,
      { stackName, service, command },
      { intervalMs: 2000, timeoutMs: waitMinutes * 60_000, signal: cancel.signal },
      (lines) => process.stdout.write(lines.map((l) => `${l.message.replace(/\s+$/, '')}\n`).join('')),
      (taskId) => logger.info(`task ${taskId} of ${service} started`),
    );
    if (outcome.exitCode === undefined) {
      logger.error(
        `task ${outcome.taskId} of ${service} did not run: ${outcome.reason ?? 'no reason given'}`,
      );
      return 1;
    }
    if (outcome.exitCode !== 0) logger.info(`task ${outcome.taskId} exited with code ${outcome.exitCode}`);
    return outcome.exitCode;
  } catch (err) {
    if (!(err instanceof UserError) && !(err instanceof Error)) throw err;
    if (err instanceof UserError)
      for (const d of err.diagnostics) logger.error(diagnosticBody(d), d.location);
    logger.error(err.message);
    return 1;
  } finally {
    cancel.dispose();
  }
}

// The CLI's `run SERVICE [-- COMMAND…]` (src/inspect/run.ts): streams what the task prints and exits with its
// exit code, as `docker compose run` does. Ctrl-C stops the task before the command returns.
import { cancelOnSignals } from './runtime/cancel-on-signals.js';
import { UserError, diagnosticBody } from './errors.js';
import { StreamLogger } from './log.js';
import type { Options } from './options/parse.js';

export async function runCommand(
  args: string[],
  options: Pick<
    Options,
    'composeFiles' | 'workingDirectory' | 'projectName' | 'stackName' | 'awsRegion' | 'waitTimeoutMinutes'
  >,
): Promise<number> {
  const [service, ...command] = args;
  const waitMinutes = options.waitTimeoutMinutes;
  if (!service) {
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
    const [{ createAwsEdge }, { runOneOff }, { stackOfProject }] = await Promise.all([
      import('./aws/sdk-edge.js'),
      import('./inspect/run.js'),
      import('./inspect/stack-of-project.js'),
    ]);
    const stackName = await stackOfProject(options);
    const aws = createAwsEdge({ region: options.awsRegion });
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

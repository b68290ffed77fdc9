import { errorMessage } from '../aws/errors.js';
import { cleanUpEngine, type EngineLeftovers, type Run } from '../images/leftovers.js';

/**
 * The post step's work: for each engine the main step did not clean up after (it failed, was cancelled or
 * killed), log out of its registries and remove its private directory. It never fails the job: a problem is
 * a warning, and the next engine is still cleaned.
 */
export async function postCleanup(
  leftovers: EngineLeftovers[],
  log: { info(message: string): void; warning(message: string): void },
  run?: Run,
): Promise<void> {
  if (!leftovers.length) {
    log.info('nothing to clean up: the main step removed its registry credentials itself');
    return;
  }
  for (const item of leftovers) {
    try {
      const { found, problems } = await cleanUpEngine(item, run);
      for (const problem of problems) log.info(problem);
      if (!found) log.info(`${item.dir} is already gone`);
      else
        log.info(
          `removed ${item.dir}${item.registries.length ? ` after logging out of ${item.registries.join(', ')}` : ''}`,
        );
    } catch (err) {
      log.warning(`could not remove ${item.dir}: ${errorMessage(err)}`);
    }
  }
}

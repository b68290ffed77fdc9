import { loadProject } from '../compose/load.js';
import type { LoadedProject } from '../compose/model.js';
import { UserError, diagnosticBody, type Diagnostic } from '../errors.js';
import { buildSupport } from '../images/build-support.js';
import type { Logger } from '../log.js';
import { resolveStackName } from '../stack-name.js';
import type { RunOptions } from './options.js';

export interface LoadedCompose {
  loaded: LoadedProject;
  stackName: string;
  /** Build fields no engine applies here (images/build-support.ts): the report lists them with the rest. */
  buildWarnings: Diagnostic[];
}

/** Step 1 of a new release: the compose project, checked, and the stack it goes to. */
export async function loadCompose(
  options: RunOptions,
  logger: Logger,
  signal?: AbortSignal,
): Promise<LoadedCompose> {
  const loaded = await logger.group('load the compose project', async () => {
    const result = await loadProject({ ...options.load, ...(signal && { signal }) });
    for (const w of result.warnings) logger.warning(diagnosticBody(w), w.location);
    logger.info(`project ${result.project.name}: ${Object.keys(result.project.services).length} services`);
    return result;
  });
  const build = buildSupport(loaded);
  for (const w of build.warnings) logger.warning(diagnosticBody(w), w.location);
  if (build.errors.length && options.mode !== 'convert') {
    throw new UserError(`${build.errors.length} build option(s) cannot be applied`, build.errors);
  }
  return {
    loaded,
    stackName: resolveStackName(options.stackName, loaded.project.name),
    buildWarnings: build.warnings,
  };
}

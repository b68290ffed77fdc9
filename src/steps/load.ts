import { loadProject } from '../compose/load.js';
import type { LoadedProject } from '../compose/model.js';
import { UserError, diagnosticBody, formatDiagnostic, type Diagnostic } from '../errors.js';
import { buildSupport } from '../images/build-support.js';
import type { Logger } from '../log.js';
import { resolveStackName } from '../stack-name.js';
import type { StepContext } from './context.js';
import type { RunDeps, RunOptions } from './options.js';

export interface LoadedCompose {
  loaded: LoadedProject;
  stackName: string;
  /** Build fields no engine applies here (images/build-support.ts): the report lists them with the rest. */
  buildWarnings: Diagnostic[];
}

/**
 * Step 1 of a new release: the compose project, checked, and the stack it goes to. A build field no engine
 * can apply stops the run here, unless nothing will be built (convert).
 */
export async function loadCompose(
  options: RunOptions,
  logger: Logger,
  signal?: AbortSignal,
  refuseBuildErrors = true,
): Promise<LoadedCompose> {
  const loaded = await loadProject({ ...options.load, ...(signal && { signal }) });
  for (const w of loaded.warnings) logger.warning(diagnosticBody(w), w.location);
  logger.info(`project ${loaded.project.name}: ${Object.keys(loaded.project.services).length} services`);
  const build = buildSupport(loaded);
  for (const w of build.warnings) logger.warning(diagnosticBody(w), w.location);
  if (build.errors.length && refuseBuildErrors) {
    throw new UserError(`${build.errors.length} build option(s) cannot be applied`, build.errors);
  }
  return {
    loaded,
    stackName: resolveStackName(options.stackName, loaded.project.name),
    buildWarnings: build.warnings,
  };
}

/** The load step of a mode that reports on the project: the stack it names, the loader's and build warnings. */
export async function loadStep(
  run: Pick<StepContext, 'step' | 'emit'>,
  options: RunOptions,
  deps: Pick<RunDeps, 'logger' | 'signal'>,
  refuseBuildErrors = true,
): Promise<LoadedCompose> {
  const compose = await run.step('load', () =>
    loadCompose(options, deps.logger, deps.signal, refuseBuildErrors),
  );
  const { loaded, stackName, buildWarnings } = compose;
  await run.emit(
    { kind: 'stack-named', project: loaded.project.name, stackName },
    ...[...loaded.warnings, ...buildWarnings].map((w) => ({
      kind: 'warning' as const,
      text: formatDiagnostic(w),
    })),
  );
  return compose;
}

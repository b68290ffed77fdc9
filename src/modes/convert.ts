import { formatDiagnostic } from '../errors.js';
import { convertProject, withPreviewImages, writeTemplate } from '../steps/convert.js';
import { guardSecrets } from '../steps/guard-secrets.js';
import type { LoadedCompose } from '../steps/load.js';
import type { RunDeps, RunOptions } from '../steps/options.js';
import type { RunResult } from '../steps/result.js';

/** convert: load → convert. No AWS, no build; built services get a stand-in image name. */
export async function convertMode(
  options: RunOptions,
  deps: RunDeps,
  compose: LoadedCompose,
): Promise<RunResult> {
  const { loaded, stackName } = compose;
  const conversion = convertProject(withPreviewImages(loaded), options.convert, deps.logger);
  await guardSecrets(loaded, options.load.environment, false, deps.logger, conversion.template);
  await writeTemplate(options.templatePath, conversion.body);
  return {
    report: {
      mode: 'convert',
      project: loaded.project.name,
      stackName,
      hasChanges: false,
      changes: [],
      images: [],
      warnings: [...loaded.warnings, ...conversion.warnings].map(formatDiagnostic),
    },
    hasChanges: false,
    images: [],
    ...(options.templatePath ? { templatePath: options.templatePath } : {}),
    conversion,
  };
}

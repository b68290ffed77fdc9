import { formatDiagnostic } from '../errors.js';
import type { RunKernel } from '../kernel/kernel.js';
import { convertProject, withPreviewImages, writeTemplate } from '../steps/convert.js';
import { guardSecrets } from '../steps/guard-secrets.js';
import { loadStep } from '../steps/load.js';
import type { RunDeps, RunOptions } from '../steps/options.js';
import type { RunOutputs } from '../steps/result.js';

/** convert: load → convert. No AWS, no build; built services get a stand-in image name. */
export async function convertMode(
  kernel: RunKernel,
  options: RunOptions,
  deps: RunDeps,
): Promise<RunOutputs> {
  // Nothing is built: a build field no engine applies is a warning here, not an error.
  const { loaded } = await loadStep(kernel, options, deps, false);
  const conversion = await kernel.step('convert', async () => {
    const conversion = convertProject(withPreviewImages(loaded), options.convert, deps.logger);
    await guardSecrets(loaded, options.load.environment, false, deps.logger, conversion.template);
    await writeTemplate(options.templatePath, conversion.body);
    return conversion;
  });
  await kernel.emit(
    ...conversion.warnings.map((w) => ({ kind: 'warning' as const, text: formatDiagnostic(w) })),
  );
  return {
    hasChanges: false,
    images: [],
    ...(options.templatePath ? { templatePath: options.templatePath } : {}),
    conversion,
  };
}

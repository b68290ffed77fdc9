import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LoadedProject } from '../compose/model.js';
import { diagnosticBody } from '../errors.js';
import type { Logger } from '../log.js';
import { convert, type ConvertOptions, type ConvertResult } from '../template/convert.js';
import type { Template } from '../template/types.js';

/** The pure conversion; its warnings are logged once, by the first conversion of a run. */
export function convertProject(
  loaded: LoadedProject,
  options: ConvertOptions | undefined,
  logger: Logger,
  log = true,
): ConvertResult {
  const conversion = convert(loaded, options);
  if (log) for (const w of conversion.warnings) logger.warning(diagnosticBody(w), w.location);
  return conversion;
}

/** Built services have no image until they are pushed: stand in a name so the converter can check the rest. */
export function withPreviewImages(loaded: LoadedProject): LoadedProject {
  const services = Object.fromEntries(
    Object.entries(loaded.project.services).map(([name, s]) => [
      name,
      s.image || !s.build ? s : { ...s, image: `${name}:compose-ecs-preview` },
    ]),
  );
  return { ...loaded, project: { ...loaded.project, services } };
}

export async function writeTemplate(path: string | undefined, body: string): Promise<void> {
  if (path === undefined) return;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, body);
}

/**
 * Compact JSON for the API (more projects stay under the inline limit); the file on disk stays readable.
 * The template convert returns is already in its canonical order, so this is the readable body without
 * its indents — written from the template rather than by parsing that body back.
 */
export function compactBody(template: Template): string {
  return JSON.stringify(template);
}

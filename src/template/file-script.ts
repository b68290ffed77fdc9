// Shell lines of the init containers that write secret and config files into task volumes. Every
// value in a script is quoted, even those the loader already checked (numeric ids, octal mode).
import type { ModelPath } from '../errors.js';
import type { ServiceFileReference } from '../compose/model.js';
import type { Context } from './context.js';
import { logConfiguration } from './logs.js';
import type { TaskPlan } from './tasks.js';

export const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Refuses a uid or gid that is not a number: the init container runs chown without a passwd file. */
export function checkOwnerIds(ctx: Context, path: ModelPath, r: ServiceFileReference): void {
  for (const key of ['uid', 'gid'] as const) {
    const id = r[key];
    if (id !== undefined && !/^[0-9]+$/.test(id))
      ctx.error([...path, key], `${key} must be a numeric id (decimal digits), not ${JSON.stringify(id)}`);
  }
}

/** Writes the values of the given environment variables, one after the other, into `dest`, then sets mode and owner. */
export function writeFileLines(
  dest: string,
  variables: string[],
  r: ServiceFileReference,
  defaultMode: number,
): string[] {
  const lines = [`mkdir -p "$(dirname ${shellQuote(dest)})"`];
  // printf repeats its format for each argument: the chunks are concatenated exactly, without a newline.
  lines.push(
    variables.length > 0
      ? `printf '%s' ${variables.map((v) => `"$${v}"`).join(' ')} > ${shellQuote(dest)}`
      : `: > ${shellQuote(dest)}`,
  );
  const mode = (r.mode ?? defaultMode).toString(8).padStart(4, '0');
  lines.push(`chmod ${shellQuote(mode)} ${shellQuote(dest)}`);
  if (r.uid !== undefined || r.gid !== undefined)
    lines.push(`chown ${shellQuote(`${r.uid ?? '0'}:${r.gid ?? '0'}`)} ${shellQuote(dest)}`);
  return lines;
}

/**
 * A non-essential init container that runs `script` (image `secretsInitImage`) with the given mounts and
 * injected values; it logs like its task's main container, without user logging overrides.
 */
export function initContainer(
  ctx: Context,
  task: TaskPlan,
  name: string,
  script: string[],
  mounts: Array<Record<string, unknown>>,
  secrets: Array<{ Name: string; ValueFrom: unknown }>,
): Record<string, unknown> {
  return {
    Name: name,
    Image: ctx.options.secretsInitImage,
    Essential: false,
    EntryPoint: ['sh', '-c'],
    Command: [script.join('\n')],
    LogConfiguration: logConfiguration(ctx, { ...task.main, logging: undefined }).config,
    MountPoints: mounts,
    ...(secrets.length > 0 ? { Secrets: secrets } : {}),
  };
}

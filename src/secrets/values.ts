// The values of a project's `file:` and `environment:` secrets, read on the runner: the guard masks them and
// refuses fields that carry them (leaks.ts), the deploy stores file secrets in Secrets Manager.
import { readBounded } from '../compose/read-bounded.js';
import type { LoadedProject, SecretDefinition } from '../compose/model.js';

/** Shorter values would match by accident everywhere. */
export const MIN_SECRET_LENGTH = 4;
/** Largest secret file read (Secrets Manager's SecretString holds 65,536 bytes). */
const MAX_SECRET_FILE_BYTES = 1024 * 1024;

/** A `file:` or `environment:` secret's content, or undefined when there is none to read. */
export async function readSecret(
  secret: Pick<SecretDefinition, 'file' | 'environment'>,
  environment: Record<string, string | undefined>,
): Promise<string | undefined> {
  // Bounded: Secrets Manager holds at most 64 KiB, and a secret file must not hold the runner hostage.
  if (secret.file) {
    const read = await readBounded(secret.file, MAX_SECRET_FILE_BYTES);
    return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
  }
  return secret.environment ? environment[secret.environment] : undefined;
}

/** The values of the project's file and environment secrets (as written and trimmed). */
export async function secretValues(
  loaded: LoadedProject,
  environment: Record<string, string | undefined>,
): Promise<Array<{ secret: string; value: string }>> {
  const values: Array<{ secret: string; value: string }> = [];
  for (const secret of Object.values(loaded.project.secrets)) {
    const raw = await readSecret(secret, environment);
    for (const value of new Set([raw, raw?.trim()])) {
      if (value && value.length >= MIN_SECRET_LENGTH) values.push({ secret: secret.name, value });
    }
  }
  return values;
}

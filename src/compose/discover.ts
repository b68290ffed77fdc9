// Which compose files to read when none are given: COMPOSE_FILE, else the first of the
// standard names in the working directory plus its matching override file, as Compose does.
import { access } from 'node:fs/promises';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

export const COMPOSE_FILE_NAMES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export interface Discovered {
  files: string[];
  /** Candidates looked for, to say what was missing. */
  searched: string[];
}

export async function discoverFiles(
  files: string[],
  workingDir: string,
  environment: Record<string, string | undefined>,
): Promise<Discovered> {
  const absolute = (f: string) => (isAbsolute(f) ? f : resolve(workingDir, f));
  if (files.length > 0) return { files: files.map(absolute), searched: [] };
  const fromEnv = environment.COMPOSE_FILE;
  if (fromEnv) {
    const separator = environment.COMPOSE_PATH_SEPARATOR || delimiter;
    return { files: fromEnv.split(separator).filter(Boolean).map(absolute), searched: [] };
  }
  const searched = COMPOSE_FILE_NAMES.map((name) => join(workingDir, name));
  for (const candidate of searched) {
    if (!(await exists(candidate))) continue;
    const found = [candidate];
    const override = candidate.replace(/\.(ya?ml)$/, '.override.$1');
    if (await exists(override)) found.push(override);
    return { files: found, searched };
  }
  return { files: [], searched };
}

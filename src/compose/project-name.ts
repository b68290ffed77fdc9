// Project name: explicit input, else top-level `name:`, else COMPOSE_PROJECT_NAME, else the
// project directory's name, normalised as Compose does (lower case; letters, digits, `-`, `_`;
// starting with a letter or digit).
import { basename } from 'node:path';

export function normalizeProjectName(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[^a-z0-9]+/, '');
}

export interface NameSources {
  input?: string;
  topLevel?: string;
  environment?: string;
  projectDir: string;
}

/** The chosen name and where it came from (for the error when nothing usable remains). */
export function chooseProjectName(s: NameSources): { name: string; from: string; raw: string } {
  const candidates: Array<[string | undefined, string]> = [
    [s.input, 'the project-name input'],
    [s.topLevel, 'the top-level name:'],
    [s.environment, 'COMPOSE_PROJECT_NAME'],
    [basename(s.projectDir), 'the project directory name'],
  ];
  const [raw, from] = candidates.find(([value]) => value !== undefined && value !== '') ?? ['', 'nothing'];
  return { name: normalizeProjectName(raw!), from, raw: raw! };
}

// Data-driven fixtures: each directory under fixtures/ holds compose files, an optional
// options.json (LoadOptions minus workingDir; `dir` placeholders allowed) and either
// expected.json (the normalised project plus warnings) or errors.txt (the formatted
// diagnostics, one per line). `<dir>` stands for the fixture directory.
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject, type LoadOptions } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const dirs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const UPDATE = process.env.UPDATE_FIXTURES === '1';

function sub(value: string, dir: string): string {
  return value.split(dir).join('<dir>');
}

export async function runFixture(name: string): Promise<{ expected?: unknown; errors?: string }> {
  const dir = join(root, name);
  const options = existsSync(join(dir, 'options.json'))
    ? (JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as Partial<LoadOptions>)
    : {};
  try {
    const loaded = await loadProject({ files: [], environment: {}, ...options, workingDir: dir });
    return {
      expected: JSON.parse(
        sub(
          JSON.stringify({ project: loaded.project, warnings: loaded.warnings.map(formatDiagnostic) }),
          dir,
        ),
      ),
    };
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return { errors: sub(err.diagnostics.map(formatDiagnostic).join('\n') || err.message, dir) + '\n' };
  }
}

describe('compose fixtures', () => {
  it.each(dirs)('%s', async (name) => {
    const dir = join(root, name);
    const result = await runFixture(name);
    const expectedFile = join(dir, 'expected.json');
    const errorsFile = join(dir, 'errors.txt');
    if (UPDATE) {
      if (result.errors !== undefined) writeFileSync(errorsFile, result.errors);
      else writeFileSync(expectedFile, JSON.stringify(result.expected, null, 2) + '\n');
    }
    if (existsSync(errorsFile)) {
      expect(result.errors).toBe(readFileSync(errorsFile, 'utf8'));
    } else {
      expect(result.errors).toBeUndefined();
      expect(result.expected).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    }
  });
});

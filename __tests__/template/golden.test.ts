// Golden templates, one per feature. Regenerate with UPDATE_GOLDEN=1 (then review every diff by eye).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convert } from '../../src/template/convert.js';
import { fixtures } from './fixtures.js';

const here = dirname(fileURLToPath(import.meta.url));
export const goldenDir = join(here, 'golden');

describe('golden templates', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, f) => {
    const { body } = convert(f.loaded, f.options);
    const file = join(goldenDir, `${name}.json`);
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(file, body);
    }
    expect(existsSync(file)).toBe(true);
    expect(body).toBe(readFileSync(file, 'utf8'));
  });
});

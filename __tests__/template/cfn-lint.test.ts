// Every golden template must pass cfn-lint with zero errors (warnings accepted are listed in docs/mapping.md).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cfnLint } from '../support/cfn-lint.js';
import { fixtures } from './fixtures.js';
import { BIND_CONFIGS_GOLDEN, SHOP_GOLDEN } from './shop-example.js';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');

describe('cfn-lint', () => {
  it('has a golden template for every fixture (and the shop example)', () => {
    const files = readdirSync(goldenDir).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(
      [...fixtures.map((f) => f.name), SHOP_GOLDEN, BIND_CONFIGS_GOLDEN].map((n) => `${n}.json`).sort(),
    );
  });

  it('finds no errors in any golden template', () => {
    const files = readdirSync(goldenDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => join(goldenDir, f));
    const matches = cfnLint(files);
    const errors = matches
      .filter((m) => m.Level === 'Error')
      .map((m) => `${m.Filename}: ${m.Rule.Id} ${m.Message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});

// Every golden template must pass cfn-lint with zero errors (warnings accepted are listed in docs/mapping.md).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtures } from './fixtures.js';
import { BIND_CONFIGS_GOLDEN, SHOP_GOLDEN } from './shop-example.js';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');

interface LintMatch {
  Level: string;
  Message: string;
  Rule: { Id: string };
  Filename: string;
}

/** cfn-lint exits non-zero when it finds anything; the JSON on stdout is what counts. */
export function cfnLint(files: string[]): LintMatch[] {
  let out: string;
  try {
    out = execFileSync('cfn-lint', ['--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stdout?: string; status?: number };
    if (err.stdout === undefined || err.stdout === '') throw e;
    out = err.stdout;
  }
  return JSON.parse(out) as LintMatch[];
}

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

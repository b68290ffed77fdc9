// cfn-lint over template files, as the tests run it.
import { execFileSync } from 'node:child_process';

export interface LintMatch {
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

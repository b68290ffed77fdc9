// Fixture comments, reviewed by eye as a reviewer would read them on GitHub. Regenerate with
// UPDATE_GOLDEN=1, then read every changed file in __tests__/report/golden/ before committing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/run-report.js';
import { VERSION } from '../../src/version.js';
import {
  circuitBreakerRollback,
  cloudFormationRollback,
  costEstimate,
  iamSecurityReplacement,
  imageAndEnvironment,
  manyServices,
  newStack,
  retainedRemoval,
} from './scenarios.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'golden');

function compareGolden(name: string, body: string): void {
  // The version moves with every release; the fixtures should not.
  const stable = body.split(`compose-ecs ${VERSION}`).join('compose-ecs VERSION');
  const file = join(dir, `${name}.md`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, stable);
  }
  expect(existsSync(file)).toBe(true);
  expect(stable).toBe(readFileSync(file, 'utf8'));
}

/** Tables and code blocks are whole: every table row has its header's cell count, every fence is closed. */
function expectWellFormed(md: string): void {
  expect(md.split(/^```/m).length % 2).toBe(1);
  expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
}

const scenarios: Array<[string, () => Promise<RunReport> | RunReport]> = [
  ['new-stack', newStack],
  ['image-and-environment', imageAndEnvironment],
  ['iam-security-replacement', iamSecurityReplacement],
  ['retained-removal', retainedRemoval],
  ['circuit-breaker-rollback', circuitBreakerRollback],
  ['cloudformation-rollback', cloudFormationRollback],
  ['thirty-services', () => manyServices(30)],
  ['cost-estimate', costEstimate],
];

describe('fixture comments', () => {
  it.each(scenarios)('%s', async (name, make) => {
    const md = renderMarkdown(await make());
    expectWellFormed(md);
    compareGolden(name, md);
  });
});

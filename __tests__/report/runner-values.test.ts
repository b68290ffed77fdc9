// Issue 22, item 6: a value interpolated from the runner appears in the comment and summary as ${NAME},
// unless the show-variables input allows it; the hidden marker lines stay intact.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/run-report.js';
import { runnerValueDisplay } from '../../src/report/runner-values.js';

const report = (warnings: string[], shownAs: RunReport['shownAs']): RunReport => ({
  mode: 'plan',
  project: 'shop',
  stackName: 'shop-staging',
  hasChanges: true,
  changeSetType: 'UPDATE',
  changes: [],
  images: [],
  warnings,
  ...(shownAs ? { shownAs } : {}),
});

describe('values from the runner in the comment', () => {
  it('are shown as ${NAME} unless allowed, from what the loader recorded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'runner-values-'));
    await writeFile(join(dir, '.env'), 'FROM_REPO=repository-value\n');
    await writeFile(
      join(dir, 'compose.yaml'),
      'services:\n  web:\n    image: web\n    environment:\n      DB: postgres://${DB_HOST}/app\n      R: ${REGION_HINT}\n      F: ${FROM_REPO}\n',
    );
    const loaded = await loadProject({
      files: [],
      workingDir: dir,
      workspace: dir,
      environment: { DB_HOST: 'db.internal.example', REGION_HINT: 'eu-west-1' },
    });
    const shownAs = runnerValueDisplay(loaded.runnerVariables ?? [], ['REGION_HINT']);
    expect(shownAs).toEqual([{ value: 'db.internal.example', name: 'DB_HOST' }]);
    const body = renderMarkdown(
      report(['DB = postgres://db.internal.example/app', 'R = eu-west-1', 'F = repository-value'], shownAs),
    );
    expect(body).not.toContain('db.internal.example');
    expect(body).toContain('postgres://${DB_HOST}/app');
    expect(body).toContain('eu-west-1');
    expect(body).toContain('repository-value');
  });

  it('leaves the hidden marker lines alone', () => {
    const body = renderMarkdown(report(['staging'], [{ value: 'staging', name: 'ENV' }]));
    expect(body.split('\n')[0]).toBe('<!-- compose-ecs stack=shop-staging -->');
    expect(body).toContain('${ENV}');
  });
});

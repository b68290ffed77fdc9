// Jobs in the report: their own rows in the plan ("runs `migrate` once before `api`"), how each run went on
// a deploy, and the jobs a plan runs as part of the fingerprint a deploy compares with the reviewed one.
import { renderMarkdown } from '../../src/report/markdown.js';
import type { ReportEvent } from '../../src/report/report-events.js';
import { foldReport } from '../../src/report/report-fold.js';
import { differences, fingerprintOf } from '../../src/report/reviewed-plan.js';
import type { RunReport } from '../../src/report/run-report.js';

const report = (mode: RunReport['mode'] = 'plan', ...events: ReportEvent[]): RunReport =>
  foldReport([
    { kind: 'run-started', mode },
    { kind: 'stack-named', project: 'shop', stackName: 'shop-staging' },
    {
      kind: 'planned',
      changeSetType: 'UPDATE',
      changeSetName: 'cs-1',
      hasChanges: true,
      diff: { templateHash: 'sha256:abc', resources: [], compose: { services: [], project: [] } } as never,
    },
    ...events,
  ]);
const migrate = {
  name: 'migrate',
  before: ['api'],
  after: ['db'],
  run: true,
  why: 'changed: MigrateTaskDefinition',
};
const seed = {
  name: 'seed',
  before: [],
  after: ['migrate'],
  run: false,
  why: 'unchanged: nothing it runs or waits for changed since it last succeeded',
};

describe('jobs in the report', () => {
  it('gives each job its own row: what the plan runs, before and after what, and why', () => {
    const r = report('plan', { kind: 'jobs-planned', jobs: [migrate, seed] });
    const md = renderMarkdown(r);
    expect(md).toContain('- runs `migrate` once before `api`, after `db`: changed: MigrateTaskDefinition');
    expect(md).toContain(
      '- does not run `seed` (after `migrate`): unchanged: nothing it runs or waits for changed',
    );
  });

  it('shows how a run went: the task, the exit code of a failed one', () => {
    const r = report(
      'deploy',
      { kind: 'jobs-planned', jobs: [migrate] },
      { kind: 'job', name: 'migrate', state: 'running', taskId: 'abc123', attempt: 1 },
      { kind: 'job', name: 'migrate', state: 'failed', exitCode: 3 },
    );
    expect(renderMarkdown(r)).toContain('— ❌ failed, exit code 3 (task `abc123`)');
  });

  it('fingerprints the jobs a plan runs, and names a difference from the reviewed plan', () => {
    const reviewed = report('plan', { kind: 'jobs-planned', jobs: [migrate, seed] });
    const applied = report('deploy', { kind: 'jobs-planned', jobs: [{ ...migrate, run: false }, seed] });
    expect(fingerprintOf(reviewed)?.jobs).toEqual(['migrate']);
    expect(differences(fingerprintOf(reviewed)!, fingerprintOf(applied)!)).toEqual([
      'jobs: the reviewed plan ran migrate, this deploy runs none',
    ]);
  });

  it('leaves the fingerprint of a project without jobs as it was', () => {
    expect(fingerprintOf(report())).not.toHaveProperty('jobs');
  });
});

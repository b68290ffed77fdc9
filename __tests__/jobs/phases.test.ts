// Which jobs a deploy runs, and the template of its first phase (src/jobs/phases.ts).
import { jobFingerprint, phaseOneTemplate, planJobs } from '../../src/jobs/phases.js';
import { convert } from '../../src/template/convert.js';
import type { Service } from '../../src/compose/model.js';
import type { Template } from '../../src/template/types.js';
import { ecrImage, port, project, service } from '../template/builder.js';

const done = { condition: 'service_completed_successfully' as const, required: true, restart: false };
const started = { condition: 'service_started' as const, required: true, restart: false };

function release(
  images: { api?: string; migrate?: string; db?: string } = {},
  extra: Service[] = [],
): Template {
  return convert(
    project([
      service('db', { image: images.db ?? 'postgres:16' }),
      service('migrate', { image: images.migrate ?? ecrImage('demo/api'), dependsOn: { db: started } }),
      service('api', {
        image: images.api ?? ecrImage('demo/api'),
        ports: [port(8000, 80)],
        dependsOn: { migrate: done },
      }),
      ...extra,
    ]),
  ).template;
}
const params = { SubnetIds: 'subnet-1,subnet-2', VpcId: 'vpc-1' };
const plan = (
  before: Template | undefined,
  after: Template,
  more: Partial<Parameters<typeof planJobs>[0]> = {},
) =>
  planJobs({
    before,
    after,
    beforeParameters: params,
    afterParameters: params,
    rollback: false,
    succeeded: new Set(),
    ...more,
  });

describe('which jobs a deploy runs', () => {
  it('runs a new job once, before the services that wait for it', () => {
    expect(plan(undefined, release())).toEqual([
      { name: 'migrate', before: ['api'], after: ['db'], run: true, why: 'new job' },
    ]);
  });

  it('does not rerun a job when nothing it runs or waits for changed and its run succeeded', () => {
    const t = release();
    const [row] = plan(t, release({ api: 'example/api:2' }), { succeeded: new Set(['migrate']) });
    expect(row).toMatchObject({ run: false, why: expect.stringMatching(/^unchanged/) });
  });

  it('reruns an unchanged job whose last run did not succeed', () => {
    const t = release();
    expect(plan(t, release())[0]).toMatchObject({ run: true, why: 'its last run did not succeed' });
  });

  it('reruns a job when the service it waits for changed (a new database image)', () => {
    const [row] = plan(release(), release({ db: 'postgres:17' }), { succeeded: new Set(['migrate']) });
    expect(row).toMatchObject({ run: true, why: expect.stringContaining('DbTaskDefinition') });
  });

  it('reruns a job when a parameter it reads changed', () => {
    const [row] = plan(release(), release(), {
      succeeded: new Set(['migrate']),
      afterParameters: { ...params, SubnetIds: 'subnet-3' },
    });
    expect(row).toMatchObject({ run: true, why: expect.stringContaining('SubnetIds') });
  });

  it('never reruns a job on a rollback, and says why', () => {
    const [row] = plan(release({ migrate: 'example/api:2' }), release(), { rollback: true });
    expect(row).toMatchObject({ run: false, why: expect.stringMatching(/a rollback does not rerun jobs/) });
  });

  it('fingerprints what the job runs: another image is another fingerprint, another api image is not', () => {
    const base = jobFingerprint(release(), params, 'migrate');
    expect(jobFingerprint(release({ api: 'example/api:2' }), params, 'migrate')).toBe(base);
    expect(jobFingerprint(release({ migrate: 'example/api:2' }), params, 'migrate')).not.toBe(base);
  });
});

describe('the first phase', () => {
  const holds = (t: Template) =>
    (t.Metadata!.ComposeEcsJobs as Record<string, { Holds: string[] }>).migrate!.Holds;

  it('on a new stack: everything but the waiting service and what only it uses', () => {
    const after = release();
    const { template } = phaseOneTemplate({
      before: undefined,
      after,
      holds: holds(after),
      deployedParameters: {},
      parameters: params,
    });
    expect(Object.keys(template.Resources)).toEqual(
      expect.arrayContaining(['DbService', 'MigrateTaskDefinition', 'Cluster', 'LoadBalancer']),
    );
    for (const id of ['ApiService', 'ApiTaskDefinition', 'ApiTCP80Listener', 'ApiTCP80TargetGroup'])
      expect(template.Resources[id]).toBeUndefined();
    // It stands on its own: every reference resolves inside it.
    const ids = new Set([...Object.keys(template.Resources), ...Object.keys(template.Parameters ?? {})]);
    for (const r of Object.values(template.Resources))
      for (const dep of [r.DependsOn ?? []].flat()) expect(ids.has(dep)).toBe(true);
  });

  it('on an update: the waiting service stays exactly as deployed while the job and db change', () => {
    const before = release();
    const after = release({ api: 'example/api:2', migrate: 'example/api:2', db: 'postgres:17' });
    const { template } = phaseOneTemplate({
      before,
      after,
      holds: holds(after),
      deployedParameters: params,
      parameters: params,
    });
    expect(template.Resources.ApiTaskDefinition).toEqual(before.Resources.ApiTaskDefinition);
    expect(template.Resources.ApiService).toEqual(before.Resources.ApiService);
    expect(template.Resources.MigrateTaskDefinition).toEqual(after.Resources.MigrateTaskDefinition);
    expect(template.Resources.DbTaskDefinition).toEqual(after.Resources.DbTaskDefinition);
  });

  it('keeps what a held service still uses but the new template removed, with its parameter', () => {
    const before = release();
    before.Resources.ApiOldRole = { Type: 'AWS::IAM::Role', Properties: { Path: { Ref: 'OldPath' } } };
    before.Parameters = { ...before.Parameters, OldPath: { Type: 'String' } };
    (before.Resources.ApiService as { DependsOn?: string[] }).DependsOn = ['ApiOldRole'];
    const after = release({ api: 'example/api:2' });
    const { template, parameters } = phaseOneTemplate({
      before,
      after,
      holds: holds(after),
      deployedParameters: { ...params, OldPath: '/old/' },
      parameters: params,
    });
    expect(template.Resources.ApiOldRole).toEqual(before.Resources.ApiOldRole);
    expect(template.Parameters?.OldPath).toEqual({ Type: 'String' });
    expect(parameters.OldPath).toBe('/old/');
  });
});

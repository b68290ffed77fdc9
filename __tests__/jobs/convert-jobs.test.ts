// One-shot services (issue 23, defect 2): a service waited for with service_completed_successfully in another
// task, which restarts at most on failure, is a job: a task definition without an ECS service, described in
// the template's Metadata for the deploy to run once before the services that wait for it.
import type { Service } from '../../src/compose/model.js';
import { convert } from '../../src/template/convert.js';
import { JOBS_METADATA, type JobSpec } from '../../src/template/jobs.js';
import { port, project, service } from '../template/builder.js';

const done = { condition: 'service_completed_successfully' as const, required: true, restart: false };
const healthy = { condition: 'service_healthy' as const, required: true, restart: false };

function app(migrate: Partial<Service> = {}, extra: Service[] = []) {
  return project([
    service('db', { image: 'postgres:16', healthcheck: { disable: false, test: ['CMD', 'pg_isready'] } }),
    service('migrate', { command: ['./manage.py', 'migrate'], dependsOn: { db: healthy }, ...migrate }),
    service('api', { ports: [port(8000, 80)], dependsOn: { migrate: done } }),
    ...extra,
  ]);
}
function problems(f: () => unknown): string[] {
  try {
    f();
  } catch (err) {
    return (err as { diagnostics?: Array<{ message: string }> }).diagnostics?.map((d) => d.message) ?? [];
  }
  return [];
}
const jobsOf = (r: ReturnType<typeof convert>) =>
  (r.template.Metadata?.[JOBS_METADATA] ?? {}) as Record<string, JobSpec>;

describe('one-shot services become jobs', () => {
  it('gives migrate a task definition and no ECS service, and api no CloudFormation wait on it', () => {
    const r = convert(app());
    expect(r.template.Resources.MigrateTaskDefinition?.Type).toBe('AWS::ECS::TaskDefinition');
    // An ECS service would restart the migration every time it exits.
    expect(r.template.Resources.MigrateService).toBeUndefined();
    expect(r.template.Resources.ApiService?.DependsOn).not.toContain('MigrateService');
    const spec = jobsOf(r).migrate!;
    expect(spec).toMatchObject({
      TaskDefinition: 'MigrateTaskDefinition',
      Container: 'migrate',
      After: ['db'],
      Needs: ['DbService'],
      Before: ['api'],
      Attempts: 1,
      Cluster: { Ref: 'Cluster' },
    });
    // Everything of api stays as deployed until the job succeeded; nothing of db or the job is held.
    expect(spec.Holds).toEqual(expect.arrayContaining(['ApiService', 'ApiTaskDefinition']));
    expect(spec.Holds.some((id) => id.startsWith('Db') || id.startsWith('Migrate'))).toBe(false);
  });

  it('holds the services behind the waiting one too (web starts after api, which waits for migrate)', () => {
    const r = convert(
      app({}, [service('web', { dependsOn: { api: { ...healthy, condition: 'service_started' } } })]),
    );
    expect(jobsOf(r).migrate!.Before).toEqual(['api', 'web']);
    expect(jobsOf(r).migrate!.Holds).toContain('WebService');
  });

  it('keeps restart: always as a service, with a warning saying nothing waits for its success', () => {
    const r = convert(app({ restart: 'always' }));
    expect(r.template.Resources.MigrateService).toBeDefined();
    expect(jobsOf(r)).toEqual({});
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(
      /migrate is waited for .* restarts after it exits/,
    );
  });

  it('counts on-failure retries as attempts', () => {
    expect(jobsOf(convert(app({ restart: 'on-failure:2' }))).migrate!.Attempts).toBe(3);
  });

  it('makes deploy.mode: replicated-job a job even when nothing waits for it', () => {
    const r = convert(
      project([
        service('seed', {
          deploy: { mode: 'replicated-job', resources: {}, labels: {}, extensions: {} },
        }),
      ]),
    );
    expect(r.template.Resources.SeedService).toBeUndefined();
    expect(jobsOf(r).seed).toMatchObject({ Before: [], After: [] });
  });

  it('keeps service_completed_successfully within one task a container dependency (init container)', () => {
    const r = convert(
      project([
        service('web', { ports: [port(8000, 80)], dependsOn: { init: done } }),
        service('init', { aws: { sidecarOf: 'web' } } as Partial<Service>),
      ]),
    );
    expect(jobsOf(r)).toEqual({});
    const containers = r.template.Resources.WebTaskDefinition!.Properties!.ContainerDefinitions as Array<{
      Name: string;
      DependsOn?: unknown[];
    }>;
    expect(containers.find((c) => c.Name === 'web')?.DependsOn).toContainEqual({
      Condition: 'SUCCESS',
      ContainerName: 'init',
    });
  });

  it('refuses a job that publishes a port, naming the field', () => {
    expect(() => convert(app({ ports: [port(9000, 9000)] }))).toThrow(
      expect.objectContaining({
        diagnostics: expect.arrayContaining([
          expect.objectContaining({
            path: ['services', 'migrate', 'ports', 0],
            message: expect.stringMatching(/cannot publish a port/),
          }),
        ]),
      }),
    );
  });

  it('refuses a job that waits for a service which waits for another job', () => {
    const seed = service('seed', { dependsOn: { api: { ...healthy, condition: 'service_started' } } });
    expect(problems(() => convert(app({}, [seed, service('web', { dependsOn: { seed: done } })])))).toEqual([
      expect.stringMatching(/job seed starts after api, which waits for job migrate/),
    ]);
  });
});

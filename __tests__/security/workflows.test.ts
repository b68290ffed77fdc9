// The example workflows as a team copies them (issue 22, item 5). Attack: a workflow-level
// `concurrency: deploy-staging` put pull-request plans in the deploy's group, so a push to a pull request
// cancelled a pending deploy or rollback; no job had a timeout; every job had every permission.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface Job {
  if?: string;
  permissions?: Record<string, string>;
  concurrency?: string | { group: string; 'cancel-in-progress'?: boolean };
  'timeout-minutes'?: number;
  environment?: string;
  steps: Array<{ uses?: string; with?: Record<string, unknown> }>;
}
interface Workflow {
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const workflow = (name: string) => parse(readFileSync(`examples/workflows/${name}.yml`, 'utf8')) as Workflow;
const actionStep = (job: Job) => job.steps.find((s) => s.uses?.startsWith('OWNER/compose-ecs'))!;
/** A job changes a stack unless its only compose-ecs mode is `plan`. */
const deploys = (job: Job) => String(actionStep(job).with?.mode ?? 'plan') !== 'plan';

const all = ['deploy', 'preview', 'rollback'].flatMap((name) =>
  Object.entries(workflow(name).jobs).map(([job, body]) => ({ name: `${name}/${job}`, body })),
);

describe('example workflows', () => {
  it.each(['deploy', 'preview', 'rollback'])('%s: no workflow-level concurrency or permissions', (name) => {
    const w = workflow(name);
    expect(w.concurrency).toBeUndefined();
    expect(w.permissions ?? {}).toEqual({});
  });

  it.each(all)('$name: its own permissions and a timeout', ({ body }) => {
    expect(body.permissions).toBeDefined();
    expect(body['timeout-minutes']).toBeGreaterThan(0);
    expect(body['timeout-minutes']).toBeLessThanOrEqual(120);
  });

  it('only the jobs that change a stack share a concurrency group, and none cancels another', () => {
    for (const { name, body } of all) {
      if (!deploys(body)) {
        expect([name, body.concurrency]).toEqual([name, undefined]);
        continue;
      }
      expect(typeof body.concurrency).toBe('object');
      expect([name, (body.concurrency as { 'cancel-in-progress'?: boolean })['cancel-in-progress']]).toEqual([
        name,
        false,
      ]);
    }
    // The deploy and the rollback of staging queue in one group.
    const group = (j: Job) => (j.concurrency as { group: string }).group;
    expect(group(workflow('deploy').jobs.deploy!)).toBe('deploy-staging');
    expect(group(workflow('rollback').jobs.rollback!)).toBe('deploy-${{ inputs.environment }}');
  });

  it('a plan job can neither record releases nor assume the deploy role', () => {
    const plan = workflow('deploy').jobs.plan!;
    expect(plan.permissions?.deployments).toBeUndefined();
    expect(plan.environment).toBeUndefined();
    const roles = (j: Job) =>
      j.steps.map((s) => s.with?.['role-to-assume']).filter((r): r is string => typeof r === 'string');
    expect(roles(plan)).toEqual(['arn:aws:iam::123456789012:role/shop-plan']);
    expect(roles(workflow('preview').jobs.preview!)).toEqual(['arn:aws:iam::123456789012:role/shop-preview']);
    expect(roles(workflow('deploy').jobs.deploy!)).toEqual(['arn:aws:iam::123456789012:role/shop-deploy']);
  });
});

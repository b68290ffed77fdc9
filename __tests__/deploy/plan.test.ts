// planStack through the typed AWS edge: what a plan may and may not do to the account.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { planStack, type PlanRequest } from '../../src/deploy/plan.js';
import type { PollOptions } from '../../src/deploy/poll.js';
import { StreamLogger } from '../../src/log.js';
import { convert } from '../../src/template/convert.js';
import { port, project, service } from '../template/builder.js';
import { fakeClock, fakeEdge } from '../support/fake-edge.js';

const loaded = project([service('web', { ports: [port(8080, 80)] }), service('worker')]);
const conversion = convert(loaded);
const failed = { StackId: 'arn:stack/shop/1', StackName: 'shop', StackStatus: 'ROLLBACK_COMPLETE' } as Stack;

function request(mode: 'plan' | 'deploy'): PlanRequest {
  return {
    stackName: 'shop',
    project: loaded.project,
    conversion,
    mode,
    environment: {},
    network: {},
    region: 'us-east-1',
    tags: {},
    stack: {},
    now: new Date('2026-11-22T12:00:00Z'),
  };
}
function poll(): PollOptions {
  const clock = fakeClock();
  return {
    intervalMs: 1000,
    timeoutMs: 600_000,
    deadline: clock.now() + 600_000,
    now: clock.now,
    sleep: clock.sleep,
  };
}

describe('a plan never changes the account', () => {
  it('a stack left by a failed first create is not deleted by a plan: it shows the stack a deploy creates instead', async () => {
    const aws = fakeEdge({ stacks: { describe: async () => failed } });
    const lines: string[] = [];
    const plan = await planStack(request('plan'), aws, new StreamLogger((l) => lines.push(l)), poll());
    // One read, nothing written: no DeleteStack, no change set, no secret.
    expect(aws.log).toEqual(['stacks.describe']);
    expect(plan.type).toBe('CREATE');
    expect(plan.outcome.kind).toBe('preview');
    if (plan.outcome.kind !== 'preview') return;
    expect(plan.outcome.reason).toBe(
      'stack shop is ROLLBACK_COMPLETE after a failed first create: a deploy deletes it and creates it again with these resources (this plan changed nothing)',
    );
    expect(plan.outcome.changes.map((c) => c.logicalId)).toEqual(
      Object.keys(conversion.template.Resources).sort(),
    );
    expect(new Set(plan.outcome.changes.map((c) => c.action))).toEqual(new Set(['Add']));
  });

  it('a deploy deletes that stack, says so, and goes on to create it again', async () => {
    let deleted = false;
    const aws = fakeEdge({
      stacks: {
        describe: async () => (deleted ? undefined : failed),
        delete: async () => {
          deleted = true;
        },
      },
      // The test stops at the first call after the deletion: what matters is that deploy deletes first.
      templates: {},
    });
    const lines: string[] = [];
    await expect(
      planStack(request('deploy'), aws, new StreamLogger((l) => lines.push(l)), poll()),
    ).rejects.toThrow(/unexpected call/);
    expect(aws.log.slice(0, 3)).toEqual(['stacks.describe', 'stacks.delete', 'stacks.describe']);
    expect(lines.join('\n')).toMatch(/ROLLBACK_COMPLETE after a failed first create; deleting it/);
  });
});

// The run kernel: steps by typed name open their log group and count AWS calls under their phase (no
// matching of log titles), the events are the run's history, and a failure leaves run() once, naming the
// step it came from and carrying every event known by then.
import { CallCounter } from '../../src/aws/call-counter.js';
import { RunKernel } from '../../src/kernel/kernel.js';
import { STEPS } from '../../src/kernel/steps.js';
import { StreamLogger } from '../../src/log.js';
import type { ReportEvent } from '../../src/report/report-events.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { RunFailure } from '../../src/steps/result.js';

function kernel(subscriber?: (events: readonly ReportEvent[]) => void) {
  const calls = new CallCounter();
  const lines: string[] = [];
  const logger = new StreamLogger((l) => lines.push(l));
  const k = new RunKernel('deploy', logger, calls, async (events) => subscriber?.(events));
  return { k, calls, lines, logger };
}

describe('steps count their AWS calls under the phase their name maps to', () => {
  it('load, prepare, plan and the gap after it; a build group inside prepare leaves the phase as it is', async () => {
    const { k, calls, lines, logger } = kernel();
    await k.step('load', async () => undefined);
    calls.record('CloudFormation.DescribeStacks');
    await k.step('prepare', async () => {
      calls.record('ECR.GetAuthorizationToken');
      // An image build's log group (src/images/run-builds.ts) is no step.
      await logger.group('build web (1.2s)', async () => calls.record('ECR.DescribeRepositories'));
    });
    await k.step(
      'plan',
      async () => {
        calls.record('CloudFormation.GetTemplate');
        calls.record('CloudFormation.DescribeStacks');
      },
      'shop',
    );
    await k.step('discard', async () => calls.record('CloudFormation.DeleteChangeSet'));
    expect(calls.byPhase()).toEqual({
      'preflight and images': {
        'CloudFormation.DescribeStacks': 1,
        'ECR.DescribeRepositories': 1,
        'ECR.GetAuthorizationToken': 1,
      },
      plan: { 'CloudFormation.DescribeStacks': 1, 'CloudFormation.GetTemplate': 1 },
      'after the plan': { 'CloudFormation.DeleteChangeSet': 1 },
    });
    expect(calls.phaseTotals()).toEqual({ 'preflight and images': 3, plan: 2, 'after the plan': 1 });
    // The groups are titled from the step's name and what it works on; untitled steps open none.
    expect(lines.filter((l) => l.startsWith('── '))).toEqual([
      '── load the compose project',
      '── build web (1.2s)',
      '── plan stack shop',
    ]);
  });

  it('a renamed title changes no phase: the phase comes from the name', () => {
    expect(STEPS.plan.title('shop (after jobs)')).toBe('plan stack shop (after jobs)');
    expect(STEPS.plan.phase).toBe('plan');
    expect(STEPS.deploy).toMatchObject({ phase: 'deploy', then: 'after the deploy' });
    expect(STEPS.rollout).toMatchObject({ phase: 'rollout', then: 'after the rollout' });
  });

  it('the Price List calls of the cost estimate have their phase, and the phase before resumes after them', async () => {
    const { k, calls } = kernel();
    await k.step('plan', async () => calls.record('CloudFormation.CreateChangeSet'), 'shop');
    await k.step('cost', async () => {
      calls.record('Pricing.GetProducts');
      calls.record('Pricing.GetProducts');
    });
    calls.record('CloudFormation.DeleteChangeSet');
    expect(calls.byPhase()).toEqual({
      plan: { 'CloudFormation.CreateChangeSet': 1 },
      cost: { 'Pricing.GetProducts': 2 },
      'after the plan': { 'CloudFormation.DeleteChangeSet': 1 },
    });
  });

  it('a step that fails still ends its phase', async () => {
    const { k, calls } = kernel();
    await expect(
      k.step(
        'deploy',
        async () => {
          calls.record('CloudFormation.ExecuteChangeSet');
          throw new Error('boom');
        },
        'shop',
      ),
    ).rejects.toThrow('boom');
    calls.record('CloudFormation.DeleteChangeSet');
    expect(calls.phaseTotals()).toEqual({ deploy: 1, 'after the deploy': 1 });
  });
});

describe('a failure leaves the run once', () => {
  it('as a RunFailure naming the innermost step, with the events its clean-up said after it', async () => {
    const { k } = kernel();
    const cause = new Error('circuit breaker');
    const failure = await k
      .run(async () => {
        await k.emit({ kind: 'stack-named', project: 'shop', stackName: 'shop-staging' });
        k.know({ hasChanges: true, images: [], stackId: 'arn:stack/shop-staging/1' });
        await k.step('apply', async () => {
          try {
            await k.step('rollout', async () => Promise.reject(cause));
          } catch (err) {
            await k.emit({ kind: 'deploy-failed', error: (err as Error).message, cancelled: false });
            throw err;
          }
        });
        return { hasChanges: true, images: [] };
      })
      .catch((err: unknown) => err);
    if (!(failure instanceof RunFailure)) throw new Error('expected a RunFailure');
    // The error itself, unwrapped: the layers between saw it as it was (instanceof checks hold).
    expect(failure.error).toBe(cause);
    expect(failure.step).toBe('rollout');
    expect(failure.stackName).toBe('shop-staging');
    expect(failure.report.deploy).toMatchObject({ state: 'failed', error: 'circuit breaker' });
    expect(failure.result).toMatchObject({ stackId: 'arn:stack/shop-staging/1', hasChanges: true });
  });

  it('before anything is known: no stack name, no outputs', async () => {
    const { k } = kernel();
    const failure = (await k
      .run(() => k.step('load', async () => Promise.reject(new Error('bad yaml'))))
      .catch((e: unknown) => e)) as RunFailure;
    expect(failure).toBeInstanceOf(RunFailure);
    expect(failure.step).toBe('load');
    expect(failure.stackName).toBeUndefined();
    expect(failure.result).toBeUndefined();
  });
});

describe('the shells hear the events', () => {
  it('progress is published as it comes; a plan, warnings and images wait for the next publication', async () => {
    const heard: number[] = [];
    const { k } = kernel((events) => heard.push(events.length));
    await k.emit({ kind: 'warning', text: 'w' }, { kind: 'images', images: [] });
    await k.emit({ kind: 'region-read', region: 'eu-west-1' });
    expect(heard).toEqual([]);
    await k.emit({ kind: 'deploy-started' });
    await k.emit({ kind: 'rollout', rows: [] });
    expect(heard).toEqual([5, 6]);
    // The events are the history, the run-started first.
    expect(k.events.map((e) => e.kind)).toEqual([
      'run-started',
      'warning',
      'images',
      'region-read',
      'deploy-started',
      'rollout',
    ]);
  });

  it('a subscriber that fails never fails the run', async () => {
    const k = new RunKernel('plan', new StreamLogger(() => undefined), undefined, async () => {
      throw new Error('GitHub is down');
    });
    await expect(k.emit({ kind: 'deploy-started' })).resolves.toBeUndefined();
  });
});

it('the report footer says how many calls each phase made', () => {
  const markdown = renderMarkdown({
    mode: 'deploy',
    project: 'shop',
    stackName: 'shop',
    hasChanges: false,
    changes: [],
    images: [],
    warnings: [],
    apiCalls: 6,
    apiCallsByPhase: { load: 0, 'preflight and images': 3, plan: 3 },
  });
  expect(markdown).toContain('6 AWS API calls (preflight and images 3, plan 3)');
});

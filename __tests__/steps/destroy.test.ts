import type { Stack } from '@aws-sdk/client-cloudformation';
import { UserError } from '../../src/errors.js';
import { StreamLogger } from '../../src/log.js';
import { stepContext } from '../../src/steps/context.js';
import { deleteStackWatched, planDestroy } from '../../src/steps/destroy.js';
import { isCancelled } from '../../src/runtime/cancellation.js';
import type { RunReport } from '../../src/report/run-report.js';
import { foldReport } from '../../src/report/report-fold.js';
import { run, type RunOptions } from '../../src/run.js';
import type { ReleaseState, ReleaseStore, ReleaseSummary } from '../../src/releases/store.js';
import { fakeClock, fakeEdge, type EdgeOverrides } from '../support/fake-edge.js';
import { answer } from '../support/price-list.js';
import { convert } from '../../src/template/convert.js';
import { loadShopExample } from '../template/shop-example.js';
import { costLine } from '../../src/cost/render.js';

const stack = (extra: Partial<Stack> = {}) =>
  ({
    StackId: 'arn:stack/shop-pr-7/1',
    StackName: 'shop-pr-7',
    StackStatus: 'UPDATE_COMPLETE',
    ...extra,
  }) as Stack;

const destroyOptions: RunOptions = {
  mode: 'destroy',
  stackName: 'shop-pr-7',
  load: { files: [], workingDir: '/x', environment: {} },
  waitTimeoutMs: 60_000,
};

function context(edge: EdgeOverrides) {
  const aws = fakeEdge({
    secrets: { named: async () => [{ arn: 'arn:s:db', name: 'compose-ecs/shop-pr-7/db' }] },
    parameters: { under: async () => ['/compose-ecs/shop-pr-7/configs/proxy_conf/0123456789abcdef/0.0'] },
    ...edge,
  });
  const ctx = stepContext(
    { mode: 'destroy', load: { files: [], workingDir: '/x', environment: {} }, waitTimeoutMs: 60_000 },
    { logger: new StreamLogger(() => {}), aws, clock: fakeClock() },
  );
  return { ctx, aws };
}

describe('what destroy deletes and what it keeps', () => {
  it('retained resources (DeletionPolicy Retain) are listed apart, with the stored secrets', async () => {
    const { ctx, aws } = context({
      stacks: {
        describe: async () => stack(),
        resources: async () => [
          { LogicalResourceId: 'WebService', ResourceType: 'AWS::ECS::Service' } as never,
          {
            LogicalResourceId: 'DbdataFilesystem',
            ResourceType: 'AWS::EFS::FileSystem',
            PhysicalResourceId: 'fs-1',
          } as never,
        ],
        template: async () =>
          JSON.stringify({ Resources: { WebService: {}, DbdataFilesystem: { DeletionPolicy: 'Retain' } } }),
      },
    });
    const plan = await planDestroy(ctx, 'shop-pr-7');
    expect(plan.deleted).toEqual([{ logicalId: 'WebService', type: 'AWS::ECS::Service' }]);
    expect(plan.retained).toEqual([
      { logicalId: 'DbdataFilesystem', type: 'AWS::EFS::FileSystem', physicalId: 'fs-1' },
    ]);
    expect(plan.secrets).toEqual([{ arn: 'arn:s:db', name: 'compose-ecs/shop-pr-7/db' }]);
    expect(plan.configs).toEqual(['/compose-ecs/shop-pr-7/configs/proxy_conf/0123456789abcdef/0.0']);
    expect(aws.argsOf('parameters.under')).toEqual([['/compose-ecs/shop-pr-7/']]);
    expect(aws.argsOf('secrets.named')).toEqual([['compose-ecs/shop-pr-7/']]);
    expect(aws.log).not.toContain('stacks.delete');
  });

  it('with template-bucket, the templates and release records the action stored there are listed to go', async () => {
    const aws = fakeEdge({
      secrets: { named: async () => [] },
      parameters: { under: async () => [] },
      stacks: { describe: async () => undefined },
      templates: {
        keys: async () => ['compose-ecs/shop-pr-7/abc.json', 'compose-ecs/shop-pr-7/releases/def.json.gz'],
      },
    });
    const ctx = stepContext(
      {
        mode: 'destroy',
        load: { files: [], workingDir: '/x', environment: {} },
        waitTimeoutMs: 60_000,
        templateBucket: 'templates',
      },
      { logger: new StreamLogger(() => {}), aws, clock: fakeClock() },
    );
    const plan = await planDestroy(ctx, 'shop-pr-7');
    expect(aws.argsOf('templates.keys')).toEqual([['templates', 'compose-ecs/shop-pr-7/']]);
    expect(plan.objects).toEqual({
      bucket: 'templates',
      keys: ['compose-ecs/shop-pr-7/abc.json', 'compose-ecs/shop-pr-7/releases/def.json.gz'],
    });
  });

  it('termination protection: refused, nothing deleted', async () => {
    const { ctx, aws } = context({
      stacks: { describe: async () => stack({ EnableTerminationProtection: true }) },
    });
    const error = await planDestroy(ctx, 'shop-pr-7').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/has termination protection on: nothing was deleted/);
    expect(
      aws.log.filter((c) => !c.endsWith('.describe') && c !== 'secrets.named' && c !== 'parameters.under'),
    ).toEqual([]);
  });

  it('says what stops being paid: the monthly cost of the template the stack runs', async () => {
    const template = convert(await loadShopExample()).template;
    const aws = fakeEdge({
      stacks: {
        describe: async () => stack(),
        resources: async () => [],
        template: async () => JSON.stringify(template),
        delete: async () => Promise.reject(new Error('stop here')),
      },
      secrets: { named: async () => [] },
      parameters: { under: async () => [] },
      identity: { region: async () => 'eu-west-1' },
      prices: { products: async (q) => answer({ ServiceCode: q.serviceCode, Filters: q.filters }) },
    });
    const shown: RunReport[] = [];
    await run(destroyOptions, {
      logger: new StreamLogger(() => {}),
      aws,
      clock: fakeClock(Date.parse('2026-12-06T10:00:00Z')),
      onEvents: async (events) => void shown.push(foldReport(events)),
    }).catch(() => undefined);
    // Before anything is deleted, the report already says what the stack costs a month.
    const cost = shown[0]!.cost!;
    if (!('estimate' in cost)) throw new Error(cost.unavailable);
    expect(cost.estimate.after).toBeUndefined();
    expect(cost.estimate.before!.low).toBeGreaterThan(100);
    expect(costLine(cost)).toMatch(/^💰 \*\*\$\d+\/month stops being paid\*\*/);
    expect(aws.log.filter((c) => c === 'prices.products')).toHaveLength(6);
  });

  it('no stack: nothing to delete, but the secrets the action stored are still found', async () => {
    const { ctx } = context({ stacks: { describe: async () => undefined } });
    const plan = await planDestroy(ctx, 'shop-pr-7');
    expect(plan.stackId).toBeUndefined();
    expect(plan.secrets).toHaveLength(1);
  });

  it('marks the releases that succeeded inactive; a failed one keeps its failure (a rollback must not take it for good)', async () => {
    const summary = (id: number, state: ReleaseState): ReleaseSummary => ({
      id,
      sha: String(id).repeat(40).slice(0, 40),
      environment: 'shop-pr-7',
      createdAt: '2026-12-01T00:00:00Z',
      state,
      payload: {},
    });
    const marked: Array<[number, ReleaseState]> = [];
    const releases: ReleaseStore = {
      create: async () => 0,
      setState: async (id, state) => void marked.push([id, state]),
      list: async () => [summary(3, 'success'), summary(2, 'failure'), summary(1, 'inactive')],
    };
    const aws = fakeEdge({
      stacks: { describe: async () => undefined },
      secrets: { named: async () => [] },
      parameters: { under: async () => [] },
    });
    await run(destroyOptions, { logger: new StreamLogger(() => {}), aws, clock: fakeClock(), releases });
    expect(marked).toEqual([[3, 'inactive']]);
  });

  it('cancelled while the stack is being deleted: the report says CloudFormation goes on deleting it', async () => {
    // A deletion cannot be cancelled (CancelUpdateStack applies to UPDATE_IN_PROGRESS only).
    const controller = new AbortController();
    const aws = fakeEdge({
      stacks: {
        delete: async () => controller.abort(),
        describe: async () => stack({ StackStatus: 'DELETE_IN_PROGRESS' }),
      },
    });
    const ctx = stepContext(
      { mode: 'destroy', load: { files: [], workingDir: '/x', environment: {} }, waitTimeoutMs: 60_000 },
      { logger: new StreamLogger(() => {}), aws, clock: fakeClock(), signal: controller.signal },
    );
    const plan = {
      stackName: 'shop-pr-7',
      stackId: 'arn:stack/shop-pr-7/1',
      deleted: [],
      retained: [],
      secrets: [],
      configs: [],
      objects: { bucket: '', keys: [] },
      autoScalingGroups: [],
    };
    const error = await deleteStackWatched(ctx, plan).catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /destroy cancelled \(SIGINT\): CloudFormation goes on deleting stack shop-pr-7, which cannot be cancelled; run destroy again/,
    );
    expect(ctx.report().deploy?.state).toBe('cancelled');
  });
});

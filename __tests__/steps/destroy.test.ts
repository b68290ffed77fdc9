import type { Stack } from '@aws-sdk/client-cloudformation';
import { UserError } from '../../src/errors.js';
import { StreamLogger } from '../../src/log.js';
import { stepContext } from '../../src/steps/context.js';
import { planDestroy } from '../../src/steps/destroy.js';
import { fakeClock, fakeEdge, type EdgeOverrides } from '../support/fake-edge.js';

const stack = (extra: Partial<Stack> = {}) =>
  ({
    StackId: 'arn:stack/shop-pr-7/1',
    StackName: 'shop-pr-7',
    StackStatus: 'UPDATE_COMPLETE',
    ...extra,
  }) as Stack;

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

  it('no stack: nothing to delete, but the secrets the action stored are still found', async () => {
    const { ctx } = context({ stacks: { describe: async () => undefined } });
    const plan = await planDestroy(ctx, 'shop-pr-7');
    expect(plan.stackId).toBeUndefined();
    expect(plan.secrets).toHaveLength(1);
  });
});

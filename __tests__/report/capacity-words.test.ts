// The plan says where a service's tasks run in x-aws-capacity's words, for a new service and a change.
import { keepDeployed } from '../../src/deploy/keep-deployed.js';
import { capacityWords } from '../../src/report/capacity-words.js';
import { composeChanges } from '../../src/report/compose-changes.js';
import { convert } from '../../src/template/convert.js';
import { project, service } from '../template/builder.js';

const stack = (capacity?: unknown) =>
  convert(project([service('worker', capacity ? { extensions: { 'x-aws-capacity': capacity } } : {})]))
    .template;
const notesOf = (before: ReturnType<typeof stack> | undefined, after: ReturnType<typeof stack>) =>
  composeChanges(before, after).services.find((s) => s.service === 'worker')?.notes ?? [];

describe('capacity in the plan', () => {
  it.each([
    [[{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }], 'Fargate Spot'],
    [[{ CapacityProvider: 'FARGATE', Weight: 2 }], 'on-demand Fargate'],
    [
      [
        { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 3 },
      ],
      'Fargate Spot (weight 3) and on-demand Fargate (weight 1), with the first task on on-demand Fargate',
    ],
    [
      [
        { CapacityProvider: 'FARGATE', Base: 2, Weight: 1 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
      ],
      'on-demand Fargate (weight 1) and Fargate Spot (weight 1), with the first 2 tasks on on-demand Fargate',
    ],
  ])('%j reads "%s"', (strategy, words) => {
    expect(capacityWords({ CapacityProviderStrategy: strategy })).toBe(words);
  });

  it('says nothing for the launch type', () => {
    expect(capacityWords({ LaunchType: 'FARGATE' })).toBeUndefined();
    expect(notesOf(undefined, stack())).not.toContainEqual(expect.stringMatching(/runs on/));
  });

  it('a new Spot service says where it runs', () => {
    expect(notesOf(undefined, stack({ spot: 3, on_demand: 1, base: 1 }))).toContain(
      'runs on Fargate Spot (weight 3) and on-demand Fargate (weight 1), with the first task on on-demand Fargate',
    );
  });

  it('a service moving to Spot, and back, says so and that its tasks are replaced', () => {
    expect(notesOf(stack(), stack('spot'))).toContain(
      'runs on Fargate Spot (was on-demand Fargate): its tasks are replaced',
    );
    // Back: the plan's template is reconciled with the deployed one (the FARGATE provider, keep-capacity.ts).
    const back = keepDeployed(stack('spot'), stack()).template;
    expect(notesOf(stack('spot'), back)).toContain(
      'runs on on-demand Fargate (was Fargate Spot): its tasks are replaced',
    );
  });
});

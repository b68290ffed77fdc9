// `down` with GPU services: the instances' scale-in protection is lifted and their groups emptied before
// the stack is deleted, or CloudFormation's deletion of the Auto Scaling group waits on protected instances.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { StreamLogger } from '../../src/log.js';
import { destroyMode } from '../../src/modes/destroy.js';
import { RunKernel } from '../../src/kernel/kernel.js';
import type { RunOptions } from '../../src/steps/options.js';
import { fakeClock, fakeEdge, type EdgeOverrides } from '../support/fake-edge.js';

const stack = { StackId: 'arn:stack/ml/1', StackName: 'ml', StackStatus: 'UPDATE_COMPLETE' } as Stack;

function run(edge: EdgeOverrides) {
  const aws = fakeEdge({
    secrets: { named: async () => [] },
    parameters: { under: async () => [] },
    ...edge,
  });
  const logger = new StreamLogger(() => {});
  const options: RunOptions = {
    mode: 'destroy',
    stackName: 'ml',
    load: { files: [], workingDir: '/x', environment: {} },
    waitTimeoutMs: 60_000,
  };
  const done = destroyMode(new RunKernel('destroy', logger), options, { logger, aws, clock: fakeClock() });
  return { aws, done: done.catch((e: unknown) => e) };
}

const stacks = (resources: unknown[]): EdgeOverrides['stacks'] => ({
  describe: async () => stack,
  resources: async () => resources as never,
  template: async () => undefined,
  delete: async () => Promise.reject(new Error('stop here')),
});

describe('destroy releases GPU instances before deleting the stack', () => {
  it('lifts scale-in protection from the protected instances, empties the group, then deletes', async () => {
    const { aws, done } = run({
      stacks: stacks([
        {
          LogicalResourceId: 'TrainerAutoScalingGroup',
          ResourceType: 'AWS::AutoScaling::AutoScalingGroup',
          PhysicalResourceId: 'ml-TrainerAutoScalingGroup-1AB',
        },
        { LogicalResourceId: 'TrainerService', ResourceType: 'AWS::ECS::Service' },
      ]),
      capacity: {
        groups: async () => [
          {
            AutoScalingGroupName: 'ml-TrainerAutoScalingGroup-1AB',
            Instances: [
              { InstanceId: 'i-1', ProtectedFromScaleIn: true },
              { InstanceId: 'i-2', ProtectedFromScaleIn: false },
              { InstanceId: 'i-3', ProtectedFromScaleIn: true },
            ],
          } as never,
        ],
        unprotect: async () => undefined,
        empty: async () => undefined,
      },
    });
    expect(((await done) as Error).message).toMatch(/stop here/);
    expect(aws.argsOf('capacity.groups')).toEqual([[['ml-TrainerAutoScalingGroup-1AB']]]);
    expect(aws.argsOf('capacity.unprotect')).toEqual([['ml-TrainerAutoScalingGroup-1AB', ['i-1', 'i-3']]]);
    expect(aws.argsOf('capacity.empty')).toEqual([['ml-TrainerAutoScalingGroup-1AB']]);
    const order = aws.log.filter((c) => c.startsWith('capacity.') || c === 'stacks.delete');
    expect(order).toEqual(['capacity.groups', 'capacity.unprotect', 'capacity.empty', 'stacks.delete']);
  });

  it('a stack without GPU services makes no Auto Scaling call', async () => {
    const { aws, done } = run({
      stacks: stacks([{ LogicalResourceId: 'WebService', ResourceType: 'AWS::ECS::Service' }]),
    });
    await done;
    expect(aws.log.some((c) => c.startsWith('capacity.'))).toBe(false);
    expect(aws.log).toContain('stacks.delete');
  });

  it('a refused Auto Scaling call stops the destroy before anything is deleted, naming the group', async () => {
    const denied = Object.assign(new Error('not authorized to perform autoscaling:SetInstanceProtection'), {
      name: 'AccessDenied',
    });
    const { aws, done } = run({
      stacks: stacks([
        {
          LogicalResourceId: 'TrainerAutoScalingGroup',
          ResourceType: 'AWS::AutoScaling::AutoScalingGroup',
          PhysicalResourceId: 'asg-1',
        },
      ]),
      capacity: {
        groups: async () => [
          {
            AutoScalingGroupName: 'asg-1',
            Instances: [{ InstanceId: 'i-1', ProtectedFromScaleIn: true }],
          } as never,
        ],
        unprotect: async () => Promise.reject(denied),
      },
    });
    expect(String(((await done) as Error).message)).toMatch(/asg-1/);
    expect(aws.log).not.toContain('stacks.delete');
  });
});

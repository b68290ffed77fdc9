import { executeChangeSet } from '../../src/deploy/execute.js';
import { sdkChangeSets, sdkStackEvents, sdkStacks } from '../../src/aws/sdk/cloudformation.js';
import { rootCause, type OperationEvent } from '../../src/deploy/events.js';
import { StreamLogger } from '../../src/log.js';
import {
  CloudFormationClient,
  DeleteChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type ResourceStatus,
  type Stack,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { OFFLINE, fakeSdk, on, instantPoll, sdkError } from '../support/fake-sdk.js';

const start = Date.now();
const at = (s: number) => new Date(start + s * 1000);
const stack = (StackStatus: StackStatus): Stack => ({ StackName: 'shop', CreationTime: at(0), StackStatus });
const event = (
  s: number,
  logicalId: string,
  status: ResourceStatus,
  reason?: string,
  type = 'AWS::ECS::Service',
) => ({
  StackId: 'stack-1',
  StackName: 'shop',
  EventId: `${logicalId}-${status}-${s}`,
  Timestamp: at(s),
  LogicalResourceId: logicalId,
  ResourceType: type,
  ResourceStatus: status,
  ResourceStatusReason: reason,
});

describe('rootCause', () => {
  it('names the first real failure, not the cascade that follows it', () => {
    const events: OperationEvent[] = [
      {
        id: 'Cluster1',
        timestamp: at(1),
        logicalId: 'Cluster',
        type: 'AWS::ECS::Cluster',
        status: 'CREATE_COMPLETE',
      },
      {
        id: 'ApiTaskDefinition2',
        timestamp: at(2),
        logicalId: 'ApiTaskDefinition',
        type: 'AWS::ECS::TaskDefinition',
        status: 'CREATE_FAILED',
        reason: 'Resource creation cancelled',
      },
      {
        id: 'WebService3',
        timestamp: at(3),
        logicalId: 'WebService',
        type: 'AWS::ECS::Service',
        status: 'CREATE_FAILED',
        reason: 'Invalid request provided: subnets can not be empty.',
      },
      {
        id: 'shop4',
        timestamp: at(4),
        logicalId: 'shop',
        type: 'AWS::CloudFormation::Stack',
        status: 'ROLLBACK_IN_PROGRESS',
        reason: 'The following resource(s) failed to create: [WebService, ApiTaskDefinition].',
      },
    ];
    expect(rootCause(events)?.logicalId).toBe('WebService');
  });
  it('falls back to the first failure when every reason looks like a cascade', () => {
    expect(
      rootCause([
        {
          id: 'A1',
          timestamp: at(1),
          logicalId: 'A',
          type: 'T',
          status: 'UPDATE_FAILED',
          reason: 'Resource update cancelled',
        },
      ])?.logicalId,
    ).toBe('A');
    expect(rootCause([])).toBeUndefined();
  });
});

describe('executeChangeSet', () => {
  const logger = new StreamLogger(() => {});

  it('waits for the stack and returns the events of this operation only', async () => {
    let token = '';
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(ExecuteChangeSetCommand, (input) => {
        token = input.ClientRequestToken ?? '';
        return {};
      }),
      on(
        DescribeStacksCommand,
        () => ({ Stacks: [stack('UPDATE_IN_PROGRESS')] }),
        () => ({ Stacks: [stack('UPDATE_COMPLETE')] }),
      ),
      on(DescribeStackEventsCommand, () => ({
        StackEvents: [
          { ...event(2, 'WebService', 'UPDATE_COMPLETE'), ClientRequestToken: token },
          { ...event(1, 'WebService', 'UPDATE_IN_PROGRESS'), ClientRequestToken: token },
          { ...event(0, 'Old', 'UPDATE_COMPLETE'), ClientRequestToken: 'an-earlier-deploy' },
        ],
      })),
    );
    const seen: string[] = [];
    const result = await executeChangeSet(
      overCfn(cfn),
      { stackId: 'stack-1', changeSetId: 'cs-1' },
      logger,
      instantPoll,
      (e) => seen.push(`${e.logicalId} ${e.status}`),
    );
    expect(result.status).toBe('UPDATE_COMPLETE');
    expect(seen).toEqual(['WebService UPDATE_IN_PROGRESS', 'WebService UPDATE_COMPLETE']);
    expect(cfn.calls.some((c) => c.command === 'DeleteChangeSet')).toBe(false);
  });

  it('each poll reads only the events after the ones it has: one page when nothing older is new', async () => {
    let token = '';
    const mine = (e: ReturnType<typeof event>) => ({ ...e, ClientRequestToken: token });
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(ExecuteChangeSetCommand, (input) => {
        token = input.ClientRequestToken ?? '';
        return {};
      }),
      on(
        DescribeStacksCommand,
        () => ({ Stacks: [stack('UPDATE_IN_PROGRESS')] }),
        () => ({ Stacks: [stack('UPDATE_COMPLETE')] }),
      ),
      on(
        DescribeStackEventsCommand,
        () => ({ StackEvents: [mine(event(2, 'Web', 'UPDATE_IN_PROGRESS'))], NextToken: 'page-2' }),
        () => ({ StackEvents: [mine(event(1, 'Api', 'UPDATE_IN_PROGRESS'))] }),
        () => ({
          StackEvents: [
            mine(event(3, 'Web', 'UPDATE_COMPLETE')),
            mine(event(2, 'Web', 'UPDATE_IN_PROGRESS')),
          ],
          NextToken: 'page-2',
        }),
      ),
    );
    const seen: string[] = [];
    const result = await executeChangeSet(
      overCfn(cfn),
      { stackId: 'stack-1', changeSetId: 'cs-1' },
      logger,
      instantPoll,
      (e) => seen.push(`${e.logicalId} ${e.status}`),
    );
    expect(seen).toEqual(['Api UPDATE_IN_PROGRESS', 'Web UPDATE_IN_PROGRESS', 'Web UPDATE_COMPLETE']);
    expect(result.events.map((e) => e.logicalId)).toEqual(['Api', 'Web', 'Web']);
    // Two polls: three pages in all, and nothing read after the stack settled.
    expect(cfn.calls.filter((c) => c.command === 'DescribeStackEvents')).toHaveLength(3);
    expect(result.stack?.StackStatus).toBe('UPDATE_COMPLETE');
  });

  it('on a rolled-back update names the root cause and leaves no change set behind', async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(ExecuteChangeSetCommand, () => ({})),
      on(DescribeStacksCommand, () => ({ Stacks: [stack('UPDATE_ROLLBACK_COMPLETE')] })),
      on(DescribeStackEventsCommand, () => ({
        StackEvents: [
          event(5, 'shop', 'UPDATE_ROLLBACK_COMPLETE', undefined, 'AWS::CloudFormation::Stack'),
          event(
            4,
            'shop',
            'UPDATE_ROLLBACK_IN_PROGRESS',
            'The following resource(s) failed to update: [WebService].',
            'AWS::CloudFormation::Stack',
          ),
          event(3, 'ApiService', 'UPDATE_FAILED', 'Resource update cancelled'),
          event(2, 'WebService', 'UPDATE_FAILED', 'ECS Deployment Circuit Breaker was triggered'),
        ],
      })),
      on(DeleteChangeSetCommand, () =>
        Promise.reject(sdkError('ChangeSetNotFoundException', 'ChangeSet [cs-1] does not exist')),
      ),
    );
    await expect(
      executeChangeSet(overCfn(cfn), { stackId: 'stack-1', changeSetId: 'cs-1' }, logger, instantPoll),
    ).rejects.toThrow(
      'deploy failed: WebService (AWS::ECS::Service) UPDATE_FAILED: ECS Deployment Circuit Breaker was triggered',
    );
    expect(cfn.calls.filter((c) => c.command === 'DeleteChangeSet')).toHaveLength(1);
  });

  it('when ExecuteChangeSet itself fails (as the emulator does), deletes the change set and reports the error', async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(ExecuteChangeSetCommand, () =>
        Promise.reject(sdkError('ValidationError', 'Invalid request provided: subnets can not be empty.')),
      ),
      on(DescribeStackEventsCommand, () => ({ StackEvents: [] })),
      on(DeleteChangeSetCommand, () => ({})),
    );
    await expect(
      executeChangeSet(overCfn(cfn), { stackId: 'stack-1', changeSetId: 'cs-1' }, logger, instantPoll),
    ).rejects.toThrow(
      /ExecuteChangeSet failed: ValidationError: Invalid request provided: subnets can not be empty/,
    );
    expect(cfn.calls.map((c) => c.command)).toContain('DeleteChangeSet');
  });

  it('times out with a message saying the stack is still running', async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(ExecuteChangeSetCommand, () => ({})),
      on(DescribeStacksCommand, () => ({ Stacks: [stack('UPDATE_IN_PROGRESS')] })),
      on(DescribeStackEventsCommand, () => ({ StackEvents: [] })),
    );
    let clock = 0;
    const poll = {
      intervalMs: 1000,
      timeoutMs: 5000,
      sleep: async (ms: number) => void (clock += ms),
      now: () => clock,
    };
    await expect(
      executeChangeSet(overCfn(cfn), { stackId: 'stack-1', changeSetId: 'cs-1' }, logger, poll),
    ).rejects.toThrow(/did not settle within the wait timeout/);
  });
});

describe('pollUntil', () => {
  it('stops at a shared deadline even when its own timeout is longer', async () => {
    const { pollUntil } = await import('../../src/runtime/poll.js');
    let clock = 0;
    let calls = 0;
    const result = await pollUntil(async () => void calls++, {
      intervalMs: 100,
      maxIntervalMs: 100,
      timeoutMs: 10_000,
      deadline: 1_000,
      sleep: async (ms) => void (clock += ms),
      now: () => clock,
    });
    expect(result).toEqual({ done: false });
    expect(calls).toBe(11); // at 0, 100, ..., 1000 ms; without the deadline it would poll for 10 s
  });
});

function overCfn(cfn: Parameters<typeof sdkStacks>[0]) {
  return { changeSets: sdkChangeSets(cfn), events: sdkStackEvents(cfn), stacks: sdkStacks(cfn) };
}

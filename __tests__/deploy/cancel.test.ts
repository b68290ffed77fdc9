import { accountParameters } from '../../src/deploy/account-parameters.js';
// Cancelling a run (SIGINT/SIGTERM), through the typed AWS edge on a clock that moves only when the code
// sleeps: what is undone in each phase, what CloudFormation is asked, and the state the report names.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { EventEmitter } from 'node:events';
import { systemClock } from '../../src/runtime/clock.js';
import { cancelOnSignals } from '../../src/runtime/cancel-on-signals.js';
import { cancelStackOperation, describeCancel } from '../../src/deploy/cancel.js';
import { CancelRequest, Cancelled, cleanupPoll } from '../../src/runtime/cancellation.js';
import { executeChangeSet } from '../../src/deploy/execute.js';
import { planStack, type PlanRequest } from '../../src/deploy/plan.js';
import { pollUntil } from '../../src/runtime/poll.js';
import { prepareStack } from '../../src/deploy/stack.js';
import { StreamLogger } from '../../src/log.js';
import { convert } from '../../src/template/convert.js';
import { port, project, service } from '../template/builder.js';
import { fakeEdge, fakePoll } from '../support/fake-edge.js';

const STACK_ID = 'arn:aws:cloudformation:us-east-1:123456789012:stack/shop/1a2b';
const stack = (status: string) => ({ StackId: STACK_ID, StackName: 'shop', StackStatus: status }) as Stack;

function cancelled(signalName = 'SIGINT', waitMs = 5000): AbortSignal {
  const controller = new AbortController();
  controller.abort(new CancelRequest(signalName, waitMs));
  return controller.signal;
}

const poll = fakePoll;

/** Stack statuses in turn, the last one repeating. */
function statuses(...list: Array<string | undefined>) {
  let i = 0;
  return async () => {
    const s = list[Math.min(i++, list.length - 1)];
    return s ? stack(s) : undefined;
  };
}

const quiet = new StreamLogger(() => {});

describe('waits stop when the run is cancelled', () => {
  it('a cancelled signal throws Cancelled before the next check, naming the signal', async () => {
    let checks = 0;
    await expect(
      pollUntil(
        async () => {
          checks++;
          return undefined;
        },
        poll(cancelled('SIGTERM')),
      ),
    ).rejects.toThrow(new Cancelled('cancelled (SIGTERM)'));
    expect(checks).toBe(0);
  });

  it('a signal during a wait ends the wait at the next check', async () => {
    const controller = new AbortController();
    let checks = 0;
    const options = poll(controller.signal);
    await expect(
      pollUntil(async () => {
        if (++checks === 3) controller.abort(new CancelRequest('SIGINT', 5000));
        return undefined;
      }, options),
    ).rejects.toBeInstanceOf(Cancelled);
    expect(checks).toBe(3);
  });

  it("the system clock's sleep returns as soon as the signal aborts (no timer keeps the process alive)", async () => {
    const controller = new AbortController();
    const sleeping = systemClock.sleep(600_000, controller.signal);
    controller.abort();
    await expect(sleeping).resolves.toBeUndefined();
  });

  it('cleanup waits are never aborted, and share one budget from the first of them', async () => {
    const options = poll(cancelled('SIGINT', 5000));
    const first = cleanupPoll(options);
    expect(first.signal).toBeUndefined();
    expect(first.deadline).toBe(options.now!() + 5000);
    await options.sleep!(3000);
    // A later cleanup wait gets what is left, not five seconds more.
    expect(cleanupPoll(options).deadline).toBe(first.deadline);
    // Without a cancel, cleanup keeps the run's own deadline.
    const plain = poll();
    expect(cleanupPoll(plain).deadline).toBe(plain.deadline);
  });
});

describe('cancelStackOperation: what CloudFormation is asked, by the stack status', () => {
  it('an update in progress is cancelled and followed until the rollback completes', async () => {
    const aws = fakeEdge({
      stacks: {
        describe: statuses('UPDATE_IN_PROGRESS', 'UPDATE_ROLLBACK_IN_PROGRESS', 'UPDATE_ROLLBACK_COMPLETE'),
        cancelUpdate: async () => undefined,
      },
    });
    const outcome = await cancelStackOperation(aws.stacks, STACK_ID, {}, poll(cancelled()));
    expect(aws.argsOf('stacks.cancelUpdate')).toEqual([[STACK_ID]]);
    expect(outcome).toEqual({
      before: 'UPDATE_IN_PROGRESS',
      action: 'cancel-update',
      status: 'UPDATE_ROLLBACK_COMPLETE',
      settling: false,
    });
    expect(describeCancel('shop', new CancelRequest('SIGINT', 5000), outcome, {})).toBe(
      'deploy cancelled (SIGINT): asked CloudFormation to cancel the update (CancelUpdateStack), which rolls it back to the previous release; stack shop is UPDATE_ROLLBACK_COMPLETE',
    );
  });

  it('the wait for the rollback is bounded by the cancel budget; the report says CloudFormation carries on', async () => {
    const aws = fakeEdge({
      stacks: {
        describe: statuses('UPDATE_IN_PROGRESS', 'UPDATE_ROLLBACK_IN_PROGRESS'),
        cancelUpdate: async () => undefined,
      },
    });
    const options = poll(cancelled('SIGINT', 5000));
    const outcome = await cancelStackOperation(aws.stacks, STACK_ID, {}, options);
    expect(outcome).toMatchObject({ status: 'UPDATE_ROLLBACK_IN_PROGRESS', settling: true });
    expect(options.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(5000);
    expect(describeCancel('shop', new CancelRequest('SIGINT', 5000), outcome, {})).toMatch(
      /stack shop was still UPDATE_ROLLBACK_IN_PROGRESS after 5 s: CloudFormation carries on without this run$/,
    );
  });

  it('a first create cannot be cancelled (CancelUpdateStack is for updates only): it is deleted', async () => {
    const aws = fakeEdge({
      stacks: {
        describe: statuses('CREATE_IN_PROGRESS', 'DELETE_IN_PROGRESS', undefined),
        delete: async () => undefined,
      },
    });
    const outcome = await cancelStackOperation(aws.stacks, STACK_ID, {}, poll(cancelled()));
    expect(aws.log).not.toContain('stacks.cancelUpdate');
    expect(aws.argsOf('stacks.delete')).toEqual([[STACK_ID]]);
    expect(outcome).toMatchObject({ action: 'delete', status: 'DELETE_COMPLETE', settling: false });
    expect(describeCancel('shop', new CancelRequest('SIGTERM', 5000), outcome, {})).toBe(
      'deploy cancelled (SIGTERM): the stack was being created, which CloudFormation cannot cancel, so it was deleted (DeleteStack); stack shop is DELETE_COMPLETE',
    );
  });

  it('with disable-rollback a first create is kept, and the report says how to remove it', async () => {
    const aws = fakeEdge({ stacks: { describe: statuses('CREATE_IN_PROGRESS', 'CREATE_COMPLETE') } });
    const outcome = await cancelStackOperation(
      aws.stacks,
      STACK_ID,
      { disableRollback: true },
      poll(cancelled()),
    );
    expect(aws.log.every((c) => c === 'stacks.describe')).toBe(true);
    expect(
      describeCancel('shop', new CancelRequest('SIGINT', 5000), outcome, { disableRollback: true }),
    ).toBe(
      'deploy cancelled (SIGINT): the stack was being created and disable-rollback keeps it: delete it when done (aws cloudformation delete-stack --stack-name shop); stack shop is CREATE_COMPLETE',
    );
  });

  it('an update that finished before the cancel arrived: the refusal and the real state are reported', async () => {
    const aws = fakeEdge({
      stacks: {
        describe: statuses('UPDATE_IN_PROGRESS', 'UPDATE_COMPLETE'),
        cancelUpdate: async () => {
          throw new Error('CancelUpdateStack cannot be called from current stack status');
        },
      },
    });
    const outcome = await cancelStackOperation(aws.stacks, STACK_ID, {}, poll(cancelled()));
    expect(outcome).toMatchObject({ status: 'UPDATE_COMPLETE', settling: false });
    expect(describeCancel('shop', new CancelRequest('SIGINT', 5000), outcome, {})).toMatch(
      /\(CloudFormation refused: CancelUpdateStack cannot be called from current stack status\); stack shop is UPDATE_COMPLETE$/,
    );
  });

  it('a stack that cannot be read is reported as such, with nothing asked of it', async () => {
    const aws = fakeEdge({
      stacks: {
        describe: async () => {
          throw new Error('Rate exceeded');
        },
      },
    });
    const outcome = await cancelStackOperation(aws.stacks, STACK_ID, {}, poll(cancelled()));
    expect(aws.log.every((c) => c === 'stacks.describe')).toBe(true);
    expect(describeCancel('shop', new CancelRequest('SIGINT', 5000), outcome, {})).toMatch(
      /; stack shop is in a state that could not be read \(DescribeStacks failed\)$/,
    );
  });

  it('a stack no longer in progress is left alone', async () => {
    const aws = fakeEdge({ stacks: { describe: statuses('UPDATE_COMPLETE') } });
    const outcome = await cancelStackOperation(aws.stacks, STACK_ID, {}, poll(cancelled()));
    expect(aws.log).toEqual(['stacks.describe']);
    expect(describeCancel('shop', new CancelRequest('SIGINT', 5000), outcome, {})).toBe(
      'deploy cancelled (SIGINT): the stack operation had already finished, so there was nothing to cancel; stack shop is UPDATE_COMPLETE',
    );
  });
});

describe('executeChangeSet when the run is cancelled', () => {
  const input = { stackId: STACK_ID, changeSetId: 'arn:changeSet/cs-1' };

  it('before ExecuteChangeSet: nothing executes; the change set and the empty new stack are deleted', async () => {
    const aws = fakeEdge({
      changeSets: { delete: async () => undefined },
      stacks: { describe: statuses('REVIEW_IN_PROGRESS', 'DELETE_COMPLETE'), delete: async () => undefined },
    });
    const error = await executeChangeSet(aws, input, quiet, poll(cancelled())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Cancelled);
    expect(aws.log).not.toContain('changeSets.execute');
    expect(aws.argsOf('changeSets.delete')).toEqual([['arn:changeSet/cs-1']]);
    expect(aws.argsOf('stacks.delete')).toEqual([[STACK_ID]]);
    expect((error as Error).message).toBe(
      'deploy cancelled (SIGINT) before the change set executed: the stack is unchanged; deleted the change set, deleted the empty new stack',
    );
  });

  it('during an update: CancelUpdateStack, the rollback followed, and an error naming the state left', async () => {
    const controller = new AbortController();
    let reads = 0;
    const aws = fakeEdge({
      changeSets: { execute: async () => undefined },
      events: { page: async () => ({ events: [] }) },
      stacks: {
        describe: async () => {
          reads++;
          // The job is cancelled while CloudFormation works on the update.
          if (reads === 2) controller.abort(new CancelRequest('SIGINT', 5000));
          if (reads <= 3) return stack('UPDATE_IN_PROGRESS');
          return stack(reads === 4 ? 'UPDATE_ROLLBACK_IN_PROGRESS' : 'UPDATE_ROLLBACK_COMPLETE');
        },
        cancelUpdate: async () => undefined,
      },
    });
    const lines: string[] = [];
    const error = await executeChangeSet(
      aws,
      input,
      new StreamLogger((l) => lines.push(l)),
      poll(controller.signal),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Cancelled);
    expect(aws.argsOf('stacks.cancelUpdate')).toEqual([[STACK_ID]]);
    expect((error as Error).message).toMatch(
      /^deploy cancelled \(SIGINT\): asked CloudFormation to cancel the update .*; stack shop is UPDATE_ROLLBACK_COMPLETE$/,
    );
    expect(lines.join('\n')).toContain('warning: SIGINT received: stopping the stack operation');
  });
});

describe('prepareStack when the run is cancelled while another operation runs on the stack', () => {
  it('stops waiting and says nothing was changed', async () => {
    const controller = new AbortController();
    const aws = fakeEdge({
      stacks: {
        describe: async () => {
          controller.abort(new CancelRequest('SIGTERM', 5000));
          return stack('UPDATE_ROLLBACK_IN_PROGRESS');
        },
      },
    });
    await expect(prepareStack(aws.stacks, 'shop', quiet, poll(controller.signal))).rejects.toThrow(
      new Cancelled(
        'plan cancelled (SIGTERM) while stack shop was UPDATE_ROLLBACK_IN_PROGRESS: this run changed nothing',
      ),
    );
    expect(aws.log).toEqual(['stacks.describe']);
  });
});

describe('planStack when the run is cancelled while CloudFormation computes the change set', () => {
  const loaded = project([service('web', { ports: [port(8080, 80)] })]);
  const conversion = convert(loaded);
  const request: PlanRequest = {
    stackName: 'shop',
    template: conversion.template,
    body: JSON.stringify(conversion.template),
    parameters: accountParameters({
      stackName: 'shop',
      project: loaded.project,
      sources: conversion.parameters,
      mode: 'plan',
      environment: {},
      network: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'] },
      overrides: {},
    }),
    mode: 'plan',
    description: 'compose-ecs plan of shop',
    region: 'us-east-1',
    tags: {},
    stack: {},
    now: new Date('2026-11-22T12:00:00Z'),
  };

  it('deletes the change set and the empty REVIEW_IN_PROGRESS stack of a new stack before it ends', async () => {
    const controller = new AbortController();
    let created = false;
    let deleted = false;
    const aws = fakeEdge({
      stacks: {
        describe: async () => (deleted ? undefined : created ? stack('REVIEW_IN_PROGRESS') : undefined),
        delete: async () => {
          deleted = true;
        },
      },
      network: {
        subnets: async () => [
          { SubnetId: 'subnet-a', AvailabilityZone: 'us-east-1a', MapPublicIpOnLaunch: true },
          { SubnetId: 'subnet-b', AvailabilityZone: 'us-east-1b', MapPublicIpOnLaunch: true },
        ],
      },
      changeSets: {
        create: async () => {
          created = true;
          return { id: 'arn:changeSet/cs-1', stackId: STACK_ID };
        },
        describe: async () => {
          controller.abort(new CancelRequest('SIGTERM', 5000));
          return { Status: 'CREATE_PENDING', $metadata: {} };
        },
        delete: async () => undefined,
      },
    });
    const error = await planStack(request, aws, quiet, poll(controller.signal)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Cancelled);
    expect(aws.argsOf('changeSets.delete')).toEqual([['arn:changeSet/cs-1']]);
    expect(aws.argsOf('stacks.delete')).toEqual([[STACK_ID]]);
    expect((error as Error).message).toBe(
      'plan cancelled (SIGTERM) while CloudFormation computed change set compose-ecs-20261122120000; deleted it; deleted the empty new stack shop',
    );
  });
});

describe('the shells: SIGINT/SIGTERM abort the run once', () => {
  it('the first signal aborts with a CancelRequest naming it; a repeat is handed to the shell; dispose removes the handlers', () => {
    const target = new EventEmitter();
    const seen: string[] = [];
    const interrupts = cancelOnSignals({
      waitMs: 5000,
      onFirst: (name) => seen.push(`first ${name}`),
      onRepeat: (name) => seen.push(`repeat ${name}`),
      target: target as unknown as NodeJS.Process,
    });
    expect(interrupts.signal.aborted).toBe(false);
    target.emit('SIGINT', 'SIGINT');
    expect(interrupts.signal.reason).toEqual(new CancelRequest('SIGINT', 5000));
    target.emit('SIGTERM', 'SIGTERM');
    expect(seen).toEqual(['first SIGINT', 'repeat SIGTERM']);
    interrupts.dispose();
    expect(target.listenerCount('SIGINT') + target.listenerCount('SIGTERM')).toBe(0);
  });
});

// One watcher for every stack operation the pipeline starts (execute a change set: deploy and rollback;
// delete: destroy): it polls the stack, then the operation's events not seen yet, until the caller says the
// operation ended. Each event is logged once, kept for the root cause, and handed on (the report's progress).
// As copilot-cli's stream package, which one StackStreamer serves every CloudFormation operation.
import type { Stack } from '@aws-sdk/client-cloudformation';
import type { StackEvents, StackOperations } from '../aws/edge.js';
import type { Logger } from '../log.js';
import { operationEvents, rootCause, type OperationEvent } from './events.js';
import { pollUntil, type PollOptions } from '../runtime/poll.js';
import { describeStack } from './stack.js';

export interface StackWatchOptions {
  /** The operation's ClientRequestToken; none (DeleteStack here): events without a token since `since`. */
  token?: string;
  /** When the operation started, a little early: the emulator and AWS stamp events with their own clocks. */
  since: Date;
  logger: Logger;
  onEvent?: (event: OperationEvent) => void;
}

/** One line per event, as the log shows it. */
export function formatEvent(e: OperationEvent): string {
  return `${e.timestamp.toISOString()} ${e.logicalId} ${e.status}${e.reason ? `: ${e.reason}` : ''}`;
}

/** The events of one stack operation, read incrementally. */
export class StackEventStream {
  /** Every event read so far, oldest first. */
  readonly events: OperationEvent[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly source: StackEvents,
    readonly stackId: string,
    private readonly options: StackWatchOptions,
  ) {}

  /** Reads the events not seen yet (one page when nothing is new); each is logged, kept and handed on. */
  async read(): Promise<void> {
    const { token, since, logger, onEvent } = this.options;
    const known = (id: string) => this.seen.has(id);
    for (const e of await operationEvents(this.source, this.stackId, token, since, known)) {
      if (known(e.id)) continue;
      this.seen.add(e.id);
      this.events.push(e);
      logger.info(formatEvent(e));
      onEvent?.(e);
    }
  }

  /** The event that explains a failed operation (events.ts rootCause). */
  rootCause(): OperationEvent | undefined {
    return rootCause(this.events);
  }
}

/**
 * Polls the stack, then its new events, until `settled` returns a value for the stack read. The stack is
 * read first: events read after the stack settled include all of the operation's, so a success needs no
 * read after the loop (a failure reads once more, for what its last poll may have missed).
 */
export function watchStack<T>(
  stacks: StackOperations,
  stream: StackEventStream,
  poll: PollOptions,
  settled: (stack: Stack | undefined) => T | undefined,
  /** Runs after each poll that has not settled (the ECS rollout the operation waits for, live-rollout.ts). */
  alongside?: () => Promise<void>,
): Promise<{ done: true; value: T } | { done: false }> {
  return pollUntil(async () => {
    const stack = await describeStack(stacks, stream.stackId);
    await stream.read();
    const value = settled(stack);
    if (value === undefined) await alongside?.();
    return value;
  }, poll);
}

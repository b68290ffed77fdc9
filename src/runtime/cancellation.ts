// What a cancelled run is: the shells abort an AbortSignal with a CancelRequest as its reason (which
// signal, how long the cleanup may wait); waits throw Cancelled (poll.ts); src/deploy/cancel.ts undoes
// the stack operation in flight. Here, not in deploy/, because image builds and jobs stop on it too.
import { UserError } from '../errors.js';
import type { PollOptions } from './poll.js';

/** Why the run was aborted, and how long the cleanup may wait for CloudFormation. */
export class CancelRequest {
  constructor(
    /** SIGINT, SIGTERM, ... */
    readonly signalName: string,
    /** The action's runner kills the step 10 s after its first signal; the CLI can wait longer. */
    readonly waitMs: number,
  ) {}

  /** When the cleanup started (by the run's clock): every cleanup wait shares one budget from there. */
  private started?: number;

  /** The deadline of all cleanup waits, fixed by the first one. */
  deadline(now: number): number {
    this.started ??= now;
    return this.started + this.waitMs;
  }
}

/** The run stopped because it was cancelled; the message says what was undone and the state left. */
export class Cancelled extends UserError {
  readonly cancelled = true;
  constructor(message: string) {
    super(message);
    this.name = 'Cancelled';
  }
}

export function isCancelled(err: unknown): err is Cancelled {
  return err instanceof Cancelled;
}

/** The request behind an aborted signal (a plain abort() counts as SIGINT with a short budget). */
export function cancelRequest(signal: AbortSignal): CancelRequest {
  if (signal.reason instanceof CancelRequest) return signal.reason;
  let request = fallbacks.get(signal);
  if (!request) fallbacks.set(signal, (request = new CancelRequest('SIGINT', 5000)));
  return request;
}

const fallbacks = new WeakMap<AbortSignal, CancelRequest>();

/**
 * Waits for cleanup: never aborted itself (it is what a cancel does), and after a cancel bounded by the
 * request's budget so the report is out before the runner kills the step.
 */
export function cleanupPoll(poll: PollOptions): PollOptions {
  const { signal, ...rest } = poll;
  if (!signal?.aborted) return rest;
  const request = cancelRequest(signal);
  return { ...rest, timeoutMs: request.waitMs, deadline: request.deadline((poll.now ?? Date.now)()) };
}

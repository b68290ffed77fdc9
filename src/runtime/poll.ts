import { systemClock } from './clock.js';
import { Cancelled, cancelRequest } from './cancellation.js';

export interface PollOptions {
  /** First wait between polls; it doubles up to maxIntervalMs, so quick operations (and the emulator) finish fast. */
  intervalMs?: number;
  maxIntervalMs?: number;
  timeoutMs: number;
  /** An absolute deadline (ms since the epoch, by `now`) shared by several waits; the earlier of the two wins. */
  deadline?: number;
  /** Gets the signal so a cancelled run stops waiting at once (systemClock clears its timer). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** The run's cancellation (SIGINT/SIGTERM): a wait then throws Cancelled instead of going on. */
  signal?: AbortSignal;
}

export const sleep = systemClock.sleep;

/** The longest gap between two checks: the most that "done" may wait to be seen. */
export const MAX_INTERVAL_MS = 2000;

/**
 * Calls `check` until it returns a value (not undefined) or the timeout passes.
 * Returns `{ done: true, value }` or `{ done: false }` on timeout: the caller words the timeout.
 * Throws Cancelled when `options.signal` aborts, before the next check: the caller undoes what it started.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  options: PollOptions,
): Promise<{ done: true; value: T } | { done: false }> {
  const wait = options.sleep ?? sleep;
  const now = options.now ?? Date.now;
  const deadline = Math.min(now() + options.timeoutMs, options.deadline ?? Infinity);
  const { signal } = options;
  let interval = options.intervalMs ?? 1000;
  // At most 2 s between checks, so what finished is reported within 2 s of finishing (issue 13); a wait
  // of minutes then costs one call per check, which the call counter reports by phase.
  const max = options.maxIntervalMs ?? MAX_INTERVAL_MS;
  for (;;) {
    if (signal?.aborted) throw new Cancelled(`cancelled (${cancelRequest(signal).signalName})`);
    const value = await check();
    if (value !== undefined) return { done: true, value };
    if (now() + interval > deadline) return { done: false };
    await wait(interval, signal);
    interval = Math.min(interval * 2, max);
  }
}

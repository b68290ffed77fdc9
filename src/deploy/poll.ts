export interface PollOptions {
  /** First wait between polls; it doubles up to maxIntervalMs, so quick operations (and the emulator) finish fast. */
  intervalMs?: number;
  maxIntervalMs?: number;
  timeoutMs: number;
  /** An absolute deadline (ms since the epoch, by `now`) shared by several waits; the earlier of the two wins. */
  deadline?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Calls `check` until it returns a value (not undefined) or the timeout passes.
 * Returns `{ done: true, value }` or `{ done: false }` on timeout: the caller words the timeout.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  options: PollOptions,
): Promise<{ done: true; value: T } | { done: false }> {
  const wait = options.sleep ?? sleep;
  const now = options.now ?? Date.now;
  const deadline = Math.min(now() + options.timeoutMs, options.deadline ?? Infinity);
  let interval = options.intervalMs ?? 1000;
  const max = options.maxIntervalMs ?? 15000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return { done: true, value };
    if (now() + interval > deadline) return { done: false };
    await wait(interval);
    interval = Math.min(interval * 2, max);
  }
}

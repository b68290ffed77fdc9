// Time for the run's waits: tests pass a clock that never sleeps (__tests__/support/fake-edge.ts fakeClock).

export interface Clock {
  now(): number;
  /** Resolves early when `signal` aborts (a cancelled run stops waiting at once). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      // No timer outlives a cancel: the runner kills the step 10 s after its first signal.
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
    }),
};

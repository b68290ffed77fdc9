// The end-to-end suite's waits: they give up when progress stops, not at a fixed time, and say which wait
// gave up and what it saw last.
import { describe, expect, it } from '@jest/globals';
import { waitFor, WaitTimeout } from '../../scripts/local/wait.js';

describe('waitFor', () => {
  it('returns the first answer that does not throw', async () => {
    let n = 0;
    const answer = await waitFor(
      'the third try',
      async () => {
        if (++n < 3) throw new Error(`try ${n}`);
        return 'ready';
      },
      { idleMs: 5000, maxMs: 10_000, loadFactor: 1 },
    );
    expect([answer, n]).toEqual(['ready', 3]);
  });

  it('waits on while the awaited thing makes progress, past its idle deadline', async () => {
    const started = Date.now();
    let step = 0;
    const answer = await waitFor(
      'a slow start',
      async () => {
        if (Date.now() - started < 2000) throw new Error('starting');
        return 'up';
      },
      { idleMs: 900, maxMs: 10_000, loadFactor: 1, progress: () => `step ${step++}` },
    );
    expect(answer).toBe('up');
    expect(Date.now() - started).toBeGreaterThan(1900);
  });

  it('gives up when progress stops, naming the wait and what it saw last', async () => {
    const error = await waitFor(
      "the proxy's page",
      async () => {
        throw new Error('connection refused');
      },
      { idleMs: 600, maxMs: 10_000, loadFactor: 1, progress: () => 'proxy: Restarting (1)' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeout);
    expect((error as WaitTimeout).lastSeen).toBe('connection refused');
    expect((error as Error).message).toMatch(
      /^gave up waiting for the proxy's page after 1s and \d+ attempts \(no progress for 1s; load factor 1\.0\); last saw: connection refused\nprogress last seen:\nproxy: Restarting \(1\)$/,
    );
  });

  it('stretches its deadlines with the load factor, and stops at the cap', async () => {
    const started = Date.now();
    let tick = 0;
    const error = await waitFor(
      'something that never comes',
      async () => {
        throw new Error('not yet');
      },
      { idleMs: 10_000, maxMs: 500, loadFactor: 2, progress: () => String(tick++) },
    ).catch((e: unknown) => e as Error);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(error.message).toMatch(/\(the 1s cap; load factor 2\.0\); last saw: not yet/);
  });
});

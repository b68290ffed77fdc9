// The waits' cadence: what finished is seen within 2 s (issue 13), measured on a clock the test drives.
import { pollUntil } from '../../src/runtime/poll.js';
import { fakeClock } from '../support/fake-edge.js';

describe('how soon a finished operation is seen', () => {
  it.each([1, 999, 5_000, 61_234, 600_001])(
    'an operation done at %i ms is seen less than 2 s later',
    async (doneAt) => {
      const clock = fakeClock(0);
      let seenAt = -1;
      const result = await pollUntil(
        async () => {
          if (clock.now() < doneAt) return undefined;
          seenAt = clock.now();
          return true;
        },
        { intervalMs: 1000, timeoutMs: 3_600_000, now: clock.now, sleep: clock.sleep },
      );
      expect(result.done).toBe(true);
      expect(seenAt - doneAt).toBeLessThan(2000);
    },
  );
});

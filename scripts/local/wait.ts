// Waiting in the end-to-end suite on a machine others load too. A wait gives up when what it waits for has
// stopped making progress (its progress snapshot unchanged for `idleMs`), not after a fixed time, with a
// hard cap; both stretch with the machine's load (the one-minute load average per core, at least 1). The
// failure names the wait and says what it saw last, so a lost log still tells which wait gave up and why.
import { availableParallelism, loadavg } from 'node:os';

export interface WaitOptions {
  /** Give up when the progress snapshot has not changed for this long (on an idle machine). */
  idleMs: number;
  /** Give up after this long whatever happens (on an idle machine). */
  maxMs: number;
  /** What the awaited thing shows of its progress (container states, output lines); changes extend the wait. */
  progress?: () => Promise<string> | string;
  /** Scales both deadlines; default: the load average per core, at least 1. */
  loadFactor?: number;
}

export class WaitTimeout extends Error {
  constructor(
    readonly what: string,
    readonly lastSeen: string,
  ) {
    super(what);
    this.name = 'WaitTimeout';
  }
}

/** How much slower than idle this machine runs now. */
export function machineLoadFactor(): number {
  return Math.max(1, loadavg()[0]! / availableParallelism());
}

/**
 * The first answer of `attempt` that does not throw. Tries at growing intervals (0.25 s to 2 s) until the
 * progress has been still for `idleMs`, or `maxMs` have passed, each times the load factor.
 */
export async function waitFor<T>(what: string, attempt: () => Promise<T>, options: WaitOptions): Promise<T> {
  const factor = options.loadFactor ?? machineLoadFactor();
  const started = Date.now();
  const cap = started + options.maxMs * factor;
  let lastProgressAt = started;
  let snapshot = options.progress ? await options.progress() : '';
  let lastError: string;
  let attempts = 0;
  for (let interval = 250; ; interval = Math.min(2000, interval * 2)) {
    attempts++;
    try {
      return await attempt();
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (options.progress) {
      const now = await options.progress();
      if (now !== snapshot) [snapshot, lastProgressAt] = [now, Date.now()];
    }
    const idleFor = Date.now() - lastProgressAt;
    if (idleFor >= options.idleMs * factor || Date.now() >= cap) {
      const seconds = (ms: number) => `${Math.round(ms / 1000)}s`;
      const why =
        Date.now() >= cap
          ? `the ${seconds(options.maxMs * factor)} cap`
          : `no progress for ${seconds(idleFor)}`;
      throw new WaitTimeout(
        `gave up waiting for ${what} after ${seconds(Date.now() - started)} and ${attempts} attempts (${why}; load factor ${factor.toFixed(1)}); last saw: ${lastError}${snapshot ? `\nprogress last seen:\n${snapshot}` : ''}`,
        lastError,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

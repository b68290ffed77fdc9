// Typed fakes of the AWS edge (src/aws/edge.ts): a test states the operations it expects, with the
// interface's own types; any other call fails the test with its name. Every call is recorded.
import { CallCounter } from '../../src/aws/call-counter.js';
import type { AwsEdge } from '../../src/aws/edge.js';
import type { Clock } from '../../src/runtime/clock.js';
import type { PollOptions } from '../../src/runtime/poll.js';

type Port = Exclude<keyof AwsEdge, 'calls'>;
export type EdgeOverrides = { [K in Port]?: Partial<AwsEdge[K]> };

export interface FakeEdge extends AwsEdge {
  /** `port.method` of every call, in order. */
  log: string[];
  /** The arguments of every call of `port.method`. */
  argsOf(call: string): unknown[][];
}

export function fakeEdge(overrides: EdgeOverrides = {}): FakeEdge {
  const log: string[] = [];
  const args = new Map<string, unknown[][]>();
  const calls = new CallCounter();
  const port = (name: Port) =>
    new Proxy(
      {},
      {
        get(_target, method: string | symbol) {
          if (typeof method !== 'string' || method === 'then') return undefined;
          const key = `${name}.${method}`;
          return async (...a: unknown[]) => {
            log.push(key);
            calls.record(key);
            args.set(key, [...(args.get(key) ?? []), a]);
            const impl = (overrides[name] as Record<string, ((...x: unknown[]) => unknown) | undefined>)?.[
              method
            ];
            if (!impl) throw new Error(`unexpected call ${key}`);
            return impl(...a);
          };
        },
      },
    );
  const ports: Port[] = [
    'stacks',
    'changeSets',
    'events',
    'services',
    'tasks',
    'secrets',
    'parameters',
    'registry',
    'logs',
    'network',
    'capacity',
    'fileSystems',
    'zones',
    'certificates',
    'templates',
    'identity',
    'prices',
  ];
  return {
    ...(Object.fromEntries(ports.map((p) => [p, port(p)])) as Omit<AwsEdge, 'calls'>),
    calls,
    log,
    argsOf: (call) => args.get(call) ?? [],
  };
}

/** A clock that never waits: sleeping moves time forward. */
export function fakeClock(start = Date.parse('2026-11-22T12:00:00Z')): Clock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

/** Poll options on a fakeClock (ten minutes of budget), optionally with the run's cancel signal. */
export function fakePoll(signal?: AbortSignal): PollOptions & { slept: number[] } {
  const clock = fakeClock();
  return {
    intervalMs: 1000,
    timeoutMs: 600_000,
    deadline: clock.now() + 600_000,
    now: clock.now,
    sleep: clock.sleep,
    signal,
    slept: clock.slept,
  };
}

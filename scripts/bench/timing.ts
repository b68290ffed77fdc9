// Times repeated runs of one step. The fastest wall time stands for the step (other work on a shared
// machine only ever adds time); the CPU time (this process, its GC threads included) is shown beside it
// because it hardly moves when other processes compete for the cores, and so is the time the main thread
// stood still for garbage collection (V8's own work, which grows with what the step keeps alive: the
// reason a step that does the same work per item can still grow faster than its items).
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

export interface Timing {
  /** Fastest wall-clock run, ms. */
  ms: number;
  medianMs: number;
  /** Least CPU time of a run, ms. */
  cpuMs: number;
  /** Median time of a run spent in garbage-collection pauses of the main thread, ms. */
  gcMs: number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function timeRuns(repeat: number, run: () => unknown): Promise<Timing> {
  const wall: number[] = [];
  const cpu: number[] = [];
  const windows: Array<[number, number]> = [];
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  try {
    for (let r = 0; r < repeat; r++) {
      const startedCpu = process.cpuUsage();
      const started = performance.now();
      await run();
      const ended = performance.now();
      wall.push(ended - started);
      windows.push([started, ended]);
      const used = process.cpuUsage(startedCpu);
      cpu.push((used.user + used.system) / 1000);
    }
    // GC entries reach the observer on a later turn of the event loop.
    await nextTurn();
    await nextTurn();
  } finally {
    observer.disconnect();
  }
  const gc = windows.map(([from, to]) =>
    pauses.filter((p) => p.startTime >= from && p.startTime < to).reduce((sum, p) => sum + p.duration, 0),
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    ms: round(Math.min(...wall)),
    medianMs: round(median(wall)),
    cpuMs: round(Math.min(...cpu)),
    gcMs: round(median(gc)),
  };
}

export const describeTiming = (t: Timing) =>
  `median ${t.medianMs.toFixed(1)} ms, CPU ${t.cpuMs.toFixed(1)} ms, GC pauses ${t.gcMs.toFixed(1)} ms`;

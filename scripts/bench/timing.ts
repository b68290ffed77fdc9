// Times repeated runs of one step. The fastest wall time stands for the step (other work on a shared
// machine only ever adds time); the CPU time (this process, its GC threads included) is shown beside it
// because it hardly moves when other processes compete for the cores.
export interface Timing {
  /** Fastest wall-clock run, ms. */
  ms: number;
  medianMs: number;
  /** Least CPU time of a run, ms. */
  cpuMs: number;
}

export async function timeRuns(repeat: number, run: () => unknown): Promise<Timing> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    await run();
    wall.push(performance.now() - started);
    const used = process.cpuUsage(startedCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    ms: round(wall[0]!),
    medianMs: round(wall[Math.floor(wall.length / 2)]!),
    cpuMs: round(Math.min(...cpu)),
  };
}

export const describeTiming = (t: Timing) =>
  `median ${t.medianMs.toFixed(1)} ms, CPU ${t.cpuMs.toFixed(1)} ms`;

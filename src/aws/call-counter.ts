/**
 * Counts API calls per `Service.Operation`, so runs can be compared (a no-op deploy's cost is a baseline),
 * and per phase of the run (load, images, plan, ...): the run kernel sets the phase from the step that is
 * running (src/kernel/steps.ts).
 */
export class CallCounter {
  readonly counts = new Map<string, number>();
  private readonly phases = new Map<string, Map<string, number>>();
  /** The phase calls are counted under now. */
  phase = 'start';

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    const inPhase = this.phases.get(this.phase) ?? new Map<string, number>();
    inPhase.set(name, (inPhase.get(name) ?? 0) + 1);
    this.phases.set(this.phase, inPhase);
  }

  get total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Sorted `Service.Operation: n` pairs. */
  summary(): Record<string, number> {
    return sorted(this.counts);
  }

  /** Calls per phase, in the order the phases first made a call: `{ phase: { 'Service.Operation': n } }`. */
  byPhase(): Record<string, Record<string, number>> {
    return Object.fromEntries([...this.phases].map(([phase, counts]) => [phase, sorted(counts)]));
  }

  /** How many calls each phase made, in order. */
  phaseTotals(): Record<string, number> {
    return Object.fromEntries(
      [...this.phases].map(([phase, counts]) => [phase, [...counts.values()].reduce((a, b) => a + b, 0)]),
    );
  }
}

function sorted(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

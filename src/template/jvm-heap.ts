// A JVM's heap is fixed by its flags, not by the task it runs in: `ES_JAVA_OPTS: -Xms512m -Xmx512m` in a
// 512 MiB task leaves nothing for metaspace, threads, direct buffers and the OS, and the kernel kills the
// container (Fargate's memory is a hard limit). Elastic's and Oracle's guidance put the heap at no more
// than about half to three quarters of the memory available; services without deploy.resources are sized
// so the heap is at most 75 % of their share. -XX:MaxRAMPercentage scales with the task and needs nothing.
import type { Service } from '../compose/model.js';

/** Share of a container's memory its heap may take. */
export const HEAP_SHARE = 0.75;

export interface HeapFlag {
  bytes: number;
  /** The flag as written and where: "-Xmx512m in environment.ES_JAVA_OPTS". */
  said: string;
}

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** -Xmx<size> and -XX:MaxHeapSize=<size> in one piece of text, the last one winning as in the JVM. */
function heapIn(text: string): { bytes: number; flag: string } | undefined {
  let found: { bytes: number; flag: string } | undefined;
  for (const m of text.matchAll(/(?:^|[\s"'=])(-Xmx|-XX:MaxHeapSize=)(\d+)([kmgt]?)(?![\w.])/gi))
    found = { bytes: Number(m[2]) * UNITS[m[3]!.toLowerCase()]!, flag: `${m[1]}${m[2]}${m[3]}` };
  return found;
}

/** The largest maximum heap a service's environment, command or entrypoint sets, if any. */
export function jvmHeap(s: Service): HeapFlag | undefined {
  const texts: Array<[string, string]> = [
    ...Object.entries(s.environment)
      .filter((e): e is [string, string] => e[1] !== null)
      .map(([k, v]): [string, string] => [`environment.${k}`, v]),
    ...(s.command ?? []).map((a, i): [string, string] => [`command[${i}]`, a]),
    ...(s.entrypoint ?? []).map((a, i): [string, string] => [`entrypoint[${i}]`, a]),
  ];
  let best: HeapFlag | undefined;
  for (const [where, text] of texts) {
    const heap = heapIn(text);
    if (heap && (!best || heap.bytes > best.bytes))
      best = { bytes: heap.bytes, said: `${heap.flag} in ${where}` };
  }
  return best;
}

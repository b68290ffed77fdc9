// Fargate accepts only fixed CPU/memory pairs; pick the smallest that covers what compose asks for.

/** CPU units → allowed memory in MiB (ECS-FACTS.md). */
export const FARGATE_SIZES: ReadonlyArray<{ cpu: number; memory: number[] }> = [
  { cpu: 256, memory: [512, 1024, 2048] },
  { cpu: 512, memory: range(1024, 4096, 1024) },
  { cpu: 1024, memory: range(2048, 8192, 1024) },
  { cpu: 2048, memory: range(4096, 16384, 1024) },
  { cpu: 4096, memory: range(8192, 30720, 1024) },
  { cpu: 8192, memory: range(16384, 61440, 4096) },
  { cpu: 16384, memory: range(32768, 122880, 8192) },
];

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}

export const MAX_CPUS = 16;
export const MAX_MEMORY_MIB = 122880;

/**
 * The smallest pair (fewest CPU units, then least memory) with at least `cpus` vCPUs and `memoryBytes`.
 * Undefined when nothing fits (above 16 vCPU / 120 GiB).
 */
export function fargateSize(cpus = 0, memoryBytes = 0): { cpu: number; memory: number } | undefined {
  const units = Math.ceil(Math.round(cpus * 1024 * 1000) / 1000);
  const mib = Math.ceil(memoryBytes / (1024 * 1024));
  for (const size of FARGATE_SIZES) {
    if (size.cpu < units) continue;
    const memory = size.memory.find((m) => m >= mib);
    if (memory !== undefined) return { cpu: size.cpu, memory };
  }
  return undefined;
}

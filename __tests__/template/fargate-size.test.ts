import { FARGATE_SIZES, fargateSize } from '../../src/template/fargate-size.js';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

describe('fargateSize', () => {
  it.each([
    [undefined, undefined, 256, 512],
    [0.25, 512 * MiB, 256, 512],
    [0.5, undefined, 512, 1024],
    [0.5, 2 * GiB, 512, 2048],
    [0.25, 3 * GiB, 512, 3072], // 256 CPU tops out at 2 GiB
    [1, 8 * GiB, 1024, 8192],
    [1, 9 * GiB, 2048, 9216],
    [2, 17 * GiB, 4096, 17408],
    [4, 31 * GiB, 8192, 32768], // 4096 CPU tops out at 30 GiB; 8192 steps by 4 GiB
    [8, 60 * GiB, 8192, 61440],
    [8, 61 * GiB, 16384, 65536],
    [16, 120 * GiB, 16384, 122880],
    [0.001, 1, 256, 512],
  ])('cpus %p, memory %p → %p/%p', (cpus, memory, cpu, mem) => {
    expect(fargateSize(cpus, memory)).toEqual({ cpu, memory: mem });
  });

  it('has no size above 16 vCPU or 120 GiB', () => {
    expect(fargateSize(17, 0)).toBeUndefined();
    expect(fargateSize(1, 121 * GiB)).toBeUndefined();
  });

  it('returns only pairs from the Fargate table, the smallest that fits', () => {
    for (let cpus = 0.25; cpus <= 16; cpus += 0.75) {
      for (let gib = 0.5; gib <= 120; gib += 3.5) {
        const got = fargateSize(cpus, gib * GiB)!;
        expect(FARGATE_SIZES.find((s) => s.cpu === got.cpu)!.memory).toContain(got.memory);
        expect(got.cpu).toBeGreaterThanOrEqual(cpus * 1024);
        expect(got.memory).toBeGreaterThanOrEqual(gib * 1024);
        // Nothing smaller in CPU fits.
        for (const s of FARGATE_SIZES.filter((x) => x.cpu < got.cpu)) {
          expect(s.cpu < cpus * 1024 || s.memory.every((m) => m < gib * 1024)).toBe(true);
        }
      }
    }
  });
});

import { FARGATE_SIZES, fargateSize } from '../../src/template/fargate-size.js';
import { convert } from '../../src/template/convert.js';
import { project, service } from './builder.js';

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

describe('task size from JVM heap flags, and the default size said once', () => {
  const sizeOf = (r: ReturnType<typeof convert>, id: string) => {
    const p = r.template.Resources[id]!.Properties!;
    return [Number(p.Cpu), Number(p.Memory)];
  };

  it('sizes a task so the heap is at most 75 % of it, and says so', () => {
    const r = convert(
      project([
        service('es', { environment: { ES_JAVA_OPTS: '-Xms512m -Xmx512m' } }),
        service('tool', { command: ['java', '-XX:MaxHeapSize=3g', '-jar', 'a.jar'] }),
        service('pct', { environment: { JAVA_OPTS: '-XX:MaxRAMPercentage=75' } }),
      ]),
    );
    expect(sizeOf(r, 'EsTaskDefinition')).toEqual([256, 1024]); // 683 MiB → the next size up
    expect(sizeOf(r, 'ToolTaskDefinition')).toEqual([512, 4096]); // 4096 MiB needs 512 CPU units
    expect(sizeOf(r, 'PctTaskDefinition')).toEqual([256, 512]);
    const messages = r.warnings.map((w) => w.message);
    expect(messages).toContainEqual(
      'es runs with 256 CPU units and 1024 MiB, sized so the JVM heap (es: -Xmx512m in environment.ES_JAVA_OPTS) is at most 75 % of it; set deploy.resources.limits (cpus, memory) to choose',
    );
    expect(messages.filter((m) => m.startsWith('pct has no deploy.resources'))).toEqual([
      'pct has no deploy.resources and runs on the smallest Fargate size, 256 CPU units and 512 MiB; set deploy.resources.limits (cpus, memory) to choose',
    ]);
  });

  it('keeps the size asked for, warning when the heap leaves the JVM no room', () => {
    const r = convert(
      project([
        service('es', {
          environment: { ES_JAVA_OPTS: '-Xmx1g' },
          deploy: { labels: {}, extensions: {}, resources: { limits: { memory: 1024 * MiB } } },
        }),
      ]),
    );
    expect(sizeOf(r, 'EsTaskDefinition')).toEqual([256, 1024]);
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^es's JVM heap \(-Xmx1g/));
    expect(r.warnings.map((w) => w.message).join('\n')).not.toMatch(/smallest Fargate size/);
  });
});

// Conversion benchmark on generated projects of 10, 100 and 1,000 services (each with a published
// port, environment, a healthcheck, deploy resources, a secret, a shared EFS volume and a
// depends_on chain). Time should grow linearly. Beside the whole conversion, its two parts: building the
// template, and writing it (JSON.stringify with two-space indents, the body convert returns), each with the
// garbage-collection pauses of a run, which grow with the live template rather than with the work done
// (issue 13: shows why the whole grows a little faster than the services). Projects of 1,000 services exceed CloudFormation's
// 500-resource limit (and from 100 services the 50-listener quota of a load balancer): convert does all
// the work, then reports the limit or quota (checked on the finished template); the bench accepts those.
import type { LoadedProject, Service } from '../../src/compose/model.js';
import * as library from '../../src/template/convert.js';
import type * as Serialize from '../../src/template/serialize.js';
import { bundled } from './bundled.js';
import { describeTiming, timeRuns } from './timing.js';

export function generate(n: number): LoadedProject {
  const services: Record<string, Service> = {};
  for (let i = 0; i < n; i++) {
    const name = `svc${i}`;
    services[name] = {
      name,
      image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/bench/${name}@sha256:${'b'.repeat(64)}`,
      command: ['node', 'server.js', '--port', '8080'],
      environment: { SERVICE: name, LOG_LEVEL: 'info', UPSTREAM: `http://svc${(i + 1) % n}:8080` },
      capAdd: [],
      capDrop: [],
      ulimits: {},
      labels: { 'com.example.index': String(i) },
      ports: [{ target: 8080, published: 10000 + i, protocol: 'tcp', mode: 'ingress', extensions: {} }],
      expose: [],
      volumes: [{ type: 'volume', source: 'data', target: `/data/${name}`, readOnly: false }],
      secrets: [{ source: 'token', extensions: {} }],
      configs: [],
      networks: { default: { aliases: [] } },
      links: [],
      dependsOn:
        i > 0 ? { [`svc${i - 1}`]: { condition: 'service_healthy', required: true, restart: false } } : {},
      healthcheck: { disable: false, test: ['CMD', 'true'], interval: 30, timeout: 5, retries: 3 },
      deploy: {
        replicas: 2,
        resources: { limits: { cpus: 0.5, memory: 512 * 1024 * 1024 } },
        labels: {},
        extensions: {},
      },
      profiles: [],
      devices: [],
      extraHosts: [],
      extensions: {},
    };
  }
  return {
    project: {
      name: 'bench',
      workingDir: '/bench',
      files: ['/bench/compose.yaml'],
      services,
      networks: { default: { name: 'bench_default', external: false, extensions: {} } },
      volumes: { data: { name: 'bench_data', external: false, driverOpts: {}, extensions: {} } },
      secrets: { token: { name: 'token', environment: 'TOKEN', external: false, extensions: {} } },
      configs: {},
      extensions: {},
    },
    sourceMap: { locate: () => undefined },
    warnings: [],
  };
}

/** The converter the bench measures: the source's own until bench() swaps in the bundled one. */
let convert: typeof library.convert = library.convert;
let buildTemplate: typeof library.buildTemplate = library.buildTemplate;

export function convertOnce(loaded: LoadedProject): void {
  try {
    convert(loaded);
  } catch (e) {
    // By shape: the bundled converter throws its own copy of UserError.
    const diagnostics = (e as { diagnostics?: Array<{ message: string }> }).diagnostics;
    const onlyLimits = diagnostics?.every((d) =>
      /(CloudFormation|Elastic Load Balancing) (allows|takes)/.test(d.message),
    );
    if (!onlyLimits) throw e;
  }
}

type Row = { name: string; n: number; ms: number; note: string };

async function measure(n: number, repeat: number, serialize: typeof Serialize.serialize): Promise<Row[]> {
  const loaded = generate(n);
  for (let w = 0; w < 3; w++) convertOnce(loaded); // warm up
  const whole = await timeRuns(repeat, () => convertOnce(loaded));
  const built = await timeRuns(repeat, () => buildTemplate(loaded));
  const { template } = buildTemplate(loaded);
  let bytes = 0;
  const written = await timeRuns(repeat, () => (bytes = serialize(template).length));
  const size = `${(bytes / 1e6).toFixed(1)} MB, ${(bytes / n / 1000).toFixed(1)} kB per service`;
  return [
    { name: 'convert', n, ms: whole.ms, note: describeTiming(whole) },
    { name: 'convert: the template, not written', n, ms: built.ms, note: describeTiming(built) },
    {
      name: 'convert: writing it (JSON.stringify)',
      n,
      ms: written.ms,
      note: `${describeTiming(written)}; ${size}`,
    },
  ];
}

export async function bench(): Promise<Row[]> {
  const converter = await bundled<typeof library>('src/template/convert.ts');
  convert = converter.convert;
  buildTemplate = converter.buildTemplate;
  const { serialize } = await bundled<typeof Serialize>('src/template/serialize.ts');
  const out: Row[] = [];
  for (const [n, repeat] of [
    [10, 41],
    [100, 15],
    [1000, 9],
  ] as const)
    out.push(...(await measure(n, repeat, serialize)));
  return out;
}

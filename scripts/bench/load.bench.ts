// Load-time benchmark of the compose loader on generated projects of 10, 100 and 1,000
// services (a base file with anchors, interpolation, ports, healthchecks, deploy resources,
// depends_on, volumes and secrets, plus an override file). Time should grow linearly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Load from '../../src/compose/load.js';
import { bundled } from './bundled.js';
import { describeTiming, timeRuns, type Timing } from './timing.js';

export function generate(n: number): { base: string; override: string } {
  const base = [
    'name: bench',
    'x-defaults: &defaults',
    '  restart: "no"',
    '  healthcheck: { test: ["CMD", "true"], interval: 30s, timeout: 5s, retries: 3 }',
    '  deploy: { replicas: 2, resources: { limits: { cpus: "0.5", memory: 512m } } }',
    'services:',
  ];
  const override = ['services:'];
  for (let i = 0; i < n; i++) {
    base.push(
      `  svc${i}:`,
      '    <<: *defaults',
      `    image: "\${REGISTRY:-docker.io}/app${i}:\${TAG:-latest}"`,
      `    command: ["node", "server.js", "--port", "${8000 + (i % 1000)}"]`,
      `    ports: ["${8000 + (i % 1000)}", "127.0.0.1:${9000 + (i % 1000)}:${9000 + (i % 1000)}/udp"]`,
      '    environment:',
      `      - SERVICE=svc${i}`,
      '      - LOG_LEVEL=${LOG_LEVEL:-info}',
      `    volumes: ["data:/data/svc${i}"]`,
      '    secrets: [token]',
      ...(i > 0 ? [`    depends_on: { svc${i - 1}: { condition: service_healthy } }`] : []),
    );
    override.push(`  svc${i}:`, '    environment: { EXTRA: "1" }', `    ports: ["${10000 + (i % 1000)}:80"]`);
  }
  base.push('volumes:', '  data: {}', 'secrets:', '  token: { environment: TOKEN }');
  return { base: base.join('\n') + '\n', override: override.join('\n') + '\n' };
}

async function measure(loadProject: typeof Load.loadProject, n: number, repeat: number): Promise<Timing> {
  const dir = mkdtempSync(join(tmpdir(), 'compose-bench-'));
  try {
    const { base, override } = generate(n);
    writeFileSync(join(dir, 'compose.yaml'), base);
    writeFileSync(join(dir, 'compose.override.yaml'), override);
    const options = { files: [], workingDir: dir, environment: { TAG: '1.0' } };
    await loadProject(options); // warm up
    return await timeRuns(repeat, async () => {
      const loaded = await loadProject(options);
      if (Object.keys(loaded.project.services).length !== n) throw new Error(`expected ${n} services`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function bench(): Promise<Array<{ name: string; n: number; ms: number; note: string }>> {
  const { loadProject } = await bundled<typeof Load>('src/compose/load.ts');
  const out: Array<{ name: string; n: number; ms: number; note: string }> = [];
  for (const [n, repeat] of [
    [10, 21],
    [100, 11],
    [1000, 7],
  ] as const) {
    const timing = await measure(loadProject, n, repeat);
    out.push({ name: 'compose load', n, ms: timing.ms, note: describeTiming(timing) });
  }
  return out;
}

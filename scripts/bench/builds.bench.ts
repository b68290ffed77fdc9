// The images stage for real (needs root for the docker.io daemon, as the end-to-end suite does):
// builds.measure.ts runs under the machine-wide peers lock that scripts/test-all.sh takes, so it never
// collides with an end-to-end run. Rows: wall time per engine of a cold build, a no-change run and a
// one-service change (n = images built and pushed), then the parallel speed-up.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

type Row = { name: string; n: number; ms: number };

export async function bench(): Promise<Row[]> {
  const root = resolve(import.meta.dirname, '../..');
  const out = join(await mkdtemp(join(tmpdir(), 'bench-builds-')), 'rows.json');
  const lock = join(process.env.TMPDIR || '/tmp', 'compose-ecs-peers.lock');
  execFileSync('flock', [lock, 'bash', 'scripts/bench/builds.sh', out], {
    cwd: root,
    stdio: 'inherit',
  });
  const rows = JSON.parse(await readFile(out, 'utf8')) as Row[];
  for (const builder of new Set(rows.map((r) => r.name.split(' ')[0]!))) {
    const ms = (kind: string) => rows.find((r) => r.name.startsWith(`${builder} cold (${kind}`))!.ms;
    console.log(
      `builds: ${builder} parallel speed-up over sequential: ${(ms('sequential') / ms('parallel')).toFixed(2)}×`,
    );
  }
  return rows;
}

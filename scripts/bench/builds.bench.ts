// The images stage for real (needs root for the docker.io daemon, as the end-to-end suite does):
// builds.measure.ts runs through scripts/peers/with-peers.sh (the machine-wide peers lock the end-to-end suite
// takes too, starting only the peers that are not running and stopping only those), so it never collides with
// an end-to-end run. Rows: wall time per engine of a cold build, a no-change run and a
// one-service change (n = images built and pushed), then the parallel speed-up.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

type Row = { name: string; n: number; ms: number };

export async function bench(): Promise<Row[]> {
  const root = resolve(import.meta.dirname, '../..');
  const out = join(await mkdtemp(join(tmpdir(), 'bench-builds-')), 'rows.json');
  execFileSync(
    'bash',
    ['scripts/peers/with-peers.sh', 'npx', 'tsx', 'scripts/bench/builds.measure.ts', out],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const rows = JSON.parse(await readFile(out, 'utf8')) as Row[];
  for (const builder of new Set(rows.map((r) => r.name.split(' ')[0]!))) {
    const ms = (kind: string) => rows.find((r) => r.name.startsWith(`${builder} cold (${kind}`))!.ms;
    console.log(
      `builds: ${builder} parallel speed-up over sequential: ${(ms('sequential') / ms('parallel')).toFixed(2)}×`,
    );
  }
  return rows;
}

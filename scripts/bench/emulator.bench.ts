// AWS calls, wall time and GitHub API calls of the bundled action against the emulator (moto, the TLS
// registry, podman): emulator.measure.ts runs through scripts/peers/with-peers.sh, which takes the
// machine-wide peers lock the end-to-end suite takes too and starts only the peers that are not running.
// Needs a fresh `npm run build` (it runs dist/index.js). Rows: n = AWS calls, ms = wall time; the note
// holds the floor for that run (scripts/bench/floors.ts), the calls per phase and the GitHub calls.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EmulatorRun } from './emulator.measure.js';

type Row = { name: string; n: number; ms: number; note?: string; data?: unknown };

interface Measured {
  runs: EmulatorRun[];
  emulator: { listParameters: string[]; urlOutputs: number };
}

export async function bench(): Promise<Row[]> {
  const root = resolve(import.meta.dirname, '../..');
  const out = join(await mkdtemp(join(tmpdir(), 'bench-emulator-')), 'runs.json');
  execFileSync(
    'bash',
    ['scripts/peers/with-peers.sh', 'npx', 'tsx', 'scripts/bench/emulator.measure.ts', out],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const measured = JSON.parse(await readFile(out, 'utf8')) as Measured;
  const rows: Row[] = measured.runs.map((run) => ({
    name: run.scenario,
    n: run.awsCalls,
    ms: run.ms,
    note: [
      `floor ${run.floor}`,
      Object.keys(run.aboveFloor).length
        ? `vs floor: ${Object.entries(run.aboveFloor)
            .map(([op, d]) => `${op} ${d > 0 ? '+' : ''}${d}`)
            .join(', ')}`
        : 'at the floor',
      `phases ${Object.entries(run.byPhase)
        .map(([phase, ops]) => `${phase} ${Object.values(ops).reduce((a, b) => a + b, 0)}`)
        .join(', ')}`,
      `GitHub ${run.githubCalls} (${run.githubRequests.join(', ')})`,
      `has-changes=${run.hasChanges}`,
    ].join('; '),
    data: run,
  }));
  // What the emulator does differently from AWS, read from the stack it holds, so the table says why a floor
  // is out of reach here rather than leaving it to guesswork.
  const caveats: string[] = [];
  if (measured.emulator.listParameters.length)
    caveats.push(
      `moto returns List parameters as a Python list repr (${measured.emulator.listParameters[0]!.slice(0, 60)}…) where CloudFormation returns the comma-separated value it was given, so the stack's parameters never equal the new ones: the no-change check makes a change set (+CreateChangeSet, DescribeChangeSet, DeleteChangeSet) and the network is looked up again (+DescribeVpcs, DescribeSubnets)`,
    );
  if (!measured.emulator.urlOutputs)
    caveats.push(
      'moto leaves the URL outputs empty, so the URLs are read from the load balancers (+ListStackResources, DescribeLoadBalancers)',
    );
  for (const caveat of caveats) rows.push({ name: 'emulator caveat', n: 0, ms: NaN, note: caveat });
  return rows;
}

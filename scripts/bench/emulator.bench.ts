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
import { emulatorFloor, surplus, type EmulatorCaveats } from './floors.js';

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
  const caveats: EmulatorCaveats = {
    listParametersAsRepr: measured.emulator.listParameters.length > 0,
    noUrlOutputs: measured.emulator.urlOutputs === 0,
  };
  const differences = (d: Record<string, number>) =>
    Object.keys(d).length
      ? Object.entries(d)
          .map(([op, n]) => `${op} ${n > 0 ? '+' : ''}${n}`)
          .join(', ')
      : 'none';
  const rows: Row[] = measured.runs.map((run) => {
    const onEmulator = emulatorFloor(run.scenario, {
      ...caveats,
      listParametersAsRepr: caveats.listParametersAsRepr && run.form === 'moto',
    });
    const emulatorTotal = Object.values(onEmulator).reduce((a, b) => a + b.calls, 0);
    return {
      name: `${run.scenario}${run.form === 'cloudformation' ? ' [CloudFormation form]' : ''}`,
      n: run.awsCalls,
      ms: run.ms,
      note: [
        `AWS floor ${run.floor} (above it: ${differences(run.aboveFloor)})`,
        `emulator floor ${emulatorTotal} (above it: ${differences(surplus(run.byOperation, onEmulator))})`,
        `phases ${Object.entries(run.byPhase)
          .map(([phase, ops]) => `${phase} ${Object.values(ops).reduce((a, b) => a + b, 0)}`)
          .join(', ')}`,
        `GitHub ${run.githubCalls} (${run.githubRequests.join(', ')})`,
        `has-changes=${run.hasChanges}`,
      ].join('; '),
      data: { ...run, emulatorFloor: emulatorTotal },
    };
  });
  // What the emulator does differently from AWS, read from the stack it holds, so the table says why a floor
  // is out of reach here rather than leaving it to guesswork.
  const explained: string[] = [];
  if (caveats.listParametersAsRepr)
    explained.push(
      `moto returns List parameters as a Python list repr (${measured.emulator.listParameters[0]!.slice(0, 60)}…) where CloudFormation returns the comma-separated value it was given, so the stack's parameters never equal the new ones: the no-change check makes a change set (+CreateChangeSet, DescribeChangeSet, DeleteChangeSet) and the network is looked up again (+DescribeVpcs, DescribeSubnets)`,
    );
  if (caveats.noUrlOutputs)
    explained.push(
      'moto leaves the URL outputs empty, so the URLs are read from the load balancers (+ListStackResources, DescribeLoadBalancers)',
    );
  for (const caveat of explained) rows.push({ name: 'emulator caveat', n: 0, ms: NaN, note: caveat });
  return rows;
}

// npm run bench [startup|load|convert|builds] [--json FILE]: every *.bench.ts here (or the one named),
// reported as ratios against the smallest size of the same bench measured in this run (so figures
// compare across machines). Growth is linear when the per-item ratio stays near 1. A suite is one
// entry in `suites`; a row may carry a note (spread, memory, sizes) printed after it.
import { writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { bench as buildsBench } from './builds.bench.js';
import { bench as convertBench } from './convert.bench.js';
import { bench as loadBench } from './load.bench.js';
import { bench as startupBench } from './startup.bench.js';

type Row = { name: string; n: number; ms: number; note?: string };

const suites: Array<[string, () => Promise<Row[]>]> = [
  ['startup', startupBench],
  ['load', loadBench],
  ['convert', convertBench],
  ['builds', buildsBench],
];

const pad = (text: string, width: number) => text.padStart(width);
console.log(
  `${'bench'.padEnd(44)}${pad('n', 7)}${pad('ms', 11)}${pad('× time', 10)}${pad('× per item', 12)}`,
);
const { values, positionals } = parseArgs({ options: { json: { type: 'string' } }, allowPositionals: true });
const only = positionals[0];
const results: Record<string, Row[]> = {};
for (const [suite, run] of suites.filter(([name]) => !only || name === only)) {
  const rows = await run();
  results[suite] = rows;
  const byName = new Map<string, Row[]>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  for (const [name, group] of byName) {
    const sorted = [...group].sort((a, b) => a.n - b.n);
    const base = sorted[0]!;
    for (const row of sorted) {
      const ratio = row.ms / base.ms;
      // n = 0 (e.g. a run that builds nothing) has no per-item figure.
      const perItem = row.n && base.n ? ratio / (row.n / base.n) : NaN;
      console.log(
        `${`${suite}: ${name}`.padEnd(44)}${pad(String(row.n), 7)}${pad(row.ms.toFixed(2), 11)}${pad(ratio.toFixed(1), 10)}${pad(perItem.toFixed(2), 12)}${row.note ? `  ${row.note}` : ''}`,
      );
    }
  }
}

if (values.json) {
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${platform()} ${arch()}`,
    node: process.version,
  };
  writeFileSync(
    values.json,
    `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`,
  );
  console.log(`wrote ${values.json}`);
}

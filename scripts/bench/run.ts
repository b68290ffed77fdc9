// npm run bench [startup|load|convert|emulator|builds ...] [--json FILE]: the suites named (default: every
// suite but builds, which needs the docker.io daemon and takes minutes), in one run, printed as one table.
//   startup   the bundled action and CLI against a bare `node -e 0` of the same round (medians of
//             BENCH_STARTUP_PAIRS pairs, default 15, with spread and peak RSS), bundle sizes, and the
//             CloudFormation peer's bundle when BENCH_PEER_BUNDLE names it
//   load      the compose loader on 10/100/1,000 generated services
//   convert   the converter on 10/100/1,000 services
//   emulator  AWS calls (beside the floor of each run), wall time and GitHub API calls of plan, deploy,
//             no-op and one-service update of examples/shop, against the local peers (needs `npm run build`)
//   builds    the images stage per engine (root; the peers)
//   rollout   a model of a one-service rolling update on AWS, phase by phase, with the converter's
//             defaults beside AWS's, and of each ECS strategy (blue/green, canary, linear) behind an ALB and
//             an NLB (arithmetic over documented settings: moto runs no tasks)
// Within a bench of several sizes, ratios are against its smallest size measured in this run (so figures
// compare across machines): growth is linear when the per-item ratio stays near 1. Nothing here asserts a
// time: a benchmark is never a test that fails on one. --json writes every row and the machine; when the file
// holds an earlier run, the suites not run this time keep its rows, and `runs` says which run (date and
// machine) each suite's rows come from, so one suite can be measured again alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { parseArgs } from 'node:util';

export type Row = { name: string; n: number; ms: number; note?: string; data?: unknown };

const suites: Record<string, () => Promise<Row[]>> = {
  startup: async () => (await import('./startup.bench.js')).bench(),
  load: async () => (await import('./load.bench.js')).bench(),
  convert: async () => (await import('./convert.bench.js')).bench(),
  emulator: async () => (await import('./emulator.bench.js')).bench(),
  builds: async () => (await import('./builds.bench.js')).bench(),
  rollout: async () => (await import('./rollout.bench.js')).bench(),
};
const DEFAULT = ['startup', 'load', 'convert', 'emulator', 'rollout'];

const { values, positionals } = parseArgs({ options: { json: { type: 'string' } }, allowPositionals: true });
const chosen = positionals.length ? positionals : DEFAULT;
const unknown = chosen.filter((name) => !(name in suites));
if (unknown.length) {
  console.error(`unknown suite(s) ${unknown.join(', ')}; known: ${Object.keys(suites).join(', ')}`);
  process.exit(2);
}

const pad = (text: string, width: number) => text.padStart(width);
console.log(
  `${'bench'.padEnd(66)}${pad('n', 7)}${pad('ms', 11)}${pad('× time', 10)}${pad('× per item', 12)}`,
);
const results: Record<string, Row[]> = {};
for (const suite of chosen) {
  const rows = await suites[suite]!();
  results[suite] = rows;
  const byName = new Map<string, Row[]>();
  for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);
  for (const [name, group] of byName) {
    const sorted = [...group].sort((a, b) => a.n - b.n);
    const base = sorted[0]!;
    for (const row of sorted) {
      // Ratios only within a bench of several sizes; n = 0 (a run that builds nothing) has no per-item figure.
      const ratio = group.length > 1 ? row.ms / base.ms : NaN;
      const perItem = row.n && base.n ? ratio / (row.n / base.n) : NaN;
      const figure = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '');
      console.log(
        `${`${suite}: ${name}`.padEnd(66)}${pad(String(row.n), 7)}${pad(figure(row.ms, 2), 11)}${pad(figure(ratio, 1), 10)}${pad(figure(perItem, 2), 12)}${row.note ? `  ${row.note}` : ''}`,
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
    // Other work on the machine while the bench ran (1, 5 and 15 minutes): startup figures are ratios to a
    // bare node of the same round for this reason.
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  const date = new Date().toISOString();
  type Written = {
    date: string;
    machine: unknown;
    results: Record<string, Row[]>;
    runs?: Record<string, { date: string; machine: unknown }>;
  };
  const earlier = existsSync(values.json)
    ? (JSON.parse(readFileSync(values.json, 'utf8')) as Partial<Written>)
    : {};
  // In the earlier file's order, each suite from this run when it ran, else from the earlier one.
  const all: Record<string, Row[]> = {};
  const runs: Record<string, { date: string; machine: unknown }> = {};
  for (const suite of new Set([...Object.keys(earlier.results ?? {}), ...Object.keys(results)])) {
    const now = suite in results;
    all[suite] = now ? results[suite]! : earlier.results![suite]!;
    runs[suite] = now
      ? { date, machine }
      : (earlier.runs?.[suite] ?? { date: earlier.date ?? '', machine: earlier.machine });
  }
  const written: Written = { date, machine, results: all, runs };
  writeFileSync(values.json, `${JSON.stringify(written, null, 2)}\n`);
  console.log(`wrote ${values.json}`);
}

// Start-up of the bundled action against a bare `node -e 0` measured in the same run: pairs run
// alternately (so machine load hits both alike), each timed from spawn to the child's first line of
// output (bare node: to its exit), and its peak RSS read from GNU time when the machine has it.
// The action runs twice: with a compose file that does not exist (its first line is what a real run prints
// first; it exits once the loader fails), and with a valid project and no AWS credentials, so it loads
// everything a plan loads up to its first AWS call (the pipeline, the CloudFormation client, the SDK's
// credential chain) and stops there: the "full load" compared with the peer's bundle, which loads all of
// itself before its first input check.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const PAIRS = Number(process.env.BENCH_STARTUP_PAIRS ?? 15);
/** The bundle directory to measure (another bundler's output can be compared: BENCH_DIST=/tmp/esbuild-dist). */
const DIST = resolve(process.env.BENCH_DIST ?? 'dist');

export interface Sample {
  /** Spawn to the first line of output (or exit when there is none). */
  ms: number;
  /** Spawn to exit. */
  exitMs: number;
  rssMiB?: number;
}

/** Spawns `node args…`; resolves at the first stdout/stderr line (or exit) with the time and peak RSS. */
export function sample(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Sample> {
  const timed = existsSync(GNU_TIME);
  const [command, argv] = timed
    ? [GNU_TIME, ['-f', '@@rss=%M', process.execPath, ...args]]
    : [process.execPath, args];
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    let firstLineMs: number | undefined;
    let errText = '';
    const child = spawn(command, argv, { env: { PATH: process.env.PATH, ...env }, stdio: 'pipe' });
    const mark = () => (firstLineMs ??= Number(process.hrtime.bigint() - start) / 1e6);
    child.stdout.on('data', mark);
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      errText += text;
      if (!text.startsWith('@@rss=')) mark();
    });
    child.on('error', fail);
    child.on('close', () => {
      const exitMs = Number(process.hrtime.bigint() - start) / 1e6;
      const rss = /@@rss=(\d+)/.exec(errText);
      done({ ms: firstLineMs ?? exitMs, exitMs, ...(rss ? { rssMiB: Number(rss[1]) / 1024 } : {}) });
    });
  });
}

export interface Spread {
  median: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))]!;
  return { median: at(0.5), min: sorted[0]!, max: sorted.at(-1)!, p25: at(0.25), p75: at(0.75) };
}

/** One program's start-up over all rounds. */
export interface Subject {
  name: string;
  /** Spawn to the first line of output. */
  firstLineMs: Spread;
  /** Spawn to exit: the whole bundle loaded and the run stopped at its first error. */
  exitMs: Spread;
  /** Per round: first-line time ÷ bare node's time in the same round. */
  firstLineRatio: Spread;
  /** Per round: exit time ÷ bare node's exit time in the same round. */
  exitRatio: Spread;
  rssMiB?: Spread;
  /** Entry file and every chunk beside it. */
  bytes?: { entry: number; total: number; files: number };
}

export interface StartupResult {
  rounds: number;
  subjects: Subject[];
}

interface Program {
  name: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  bundle?: string;
}

/**
 * Bare node, the action, the CLI and (when given) a peer's bundle, `rounds` times each in turn. The
 * action gets valid inputs naming a compose file that does not exist: its first line is what a real
 * run prints first, and it exits once the pipeline has loaded and the loader has failed.
 */
export async function measureStartup(
  options: { peer?: string; rounds?: number } = {},
): Promise<StartupResult> {
  const rounds = options.rounds ?? PAIRS;
  const tmp = process.env.TMPDIR ?? '/tmp';
  const project = mkdtempSync(join(tmp, 'compose-ecs-bench-'));
  writeFileSync(join(project, 'compose.yaml'), 'name: bench\nservices:\n  web:\n    image: nginx\n');
  const action = {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'bench/bench',
    RUNNER_TEMP: tmp,
    INPUT_COMMENT: 'false',
  };
  // The bundle measured, and others beside it in the same rounds (BENCH_COMPARE_DIST: another bundler's
  // output with the same layout, index.js and cli/index.js).
  const dists = [
    DIST,
    ...(process.env.BENCH_COMPARE_DIST ?? '')
      .split(',')
      .filter(Boolean)
      .map((d) => resolve(d)),
  ];
  const programs: Program[] = [{ name: 'node -e 0', args: ['-e', '0'] }];
  for (const dist of dists) {
    const label = dist === DIST ? '' : ` [${dist}]`;
    programs.push(
      {
        name: `action (dist/index.js)${label}`,
        bundle: join(dist, 'index.js'),
        args: [join(dist, 'index.js')],
        env: { ...action, 'INPUT_COMPOSE-FILE': join(tmp, 'compose-ecs-bench-missing.yaml') },
      },
      {
        name: `action, up to its first AWS call${label}`,
        args: [join(dist, 'index.js')],
        env: {
          ...action,
          'INPUT_WORKING-DIRECTORY': project,
          AWS_REGION: 'us-east-1',
          AWS_EC2_METADATA_DISABLED: 'true',
          AWS_SHARED_CREDENTIALS_FILE: join(project, 'none'),
          AWS_CONFIG_FILE: join(project, 'none'),
        },
      },
      {
        name: `CLI --version (dist/cli/index.js)${label}`,
        bundle: join(dist, 'cli/index.js'),
        args: [join(dist, 'cli/index.js'), '--version'],
      },
    );
  }
  if (options.peer) {
    // The peer stops at its own first input check after loading its whole bundle.
    programs.push({
      name: `peer (${options.peer})`,
      bundle: resolve(options.peer),
      args: [resolve(options.peer)],
      env: { GITHUB_ACTIONS: 'true' },
    });
  }
  const samples = programs.map(() => [] as Sample[]);
  try {
    for (const p of programs) await sample(p.args, p.env); // warm the file cache, unmeasured
    for (let round = 0; round < rounds; round++) {
      for (const [i, p] of programs.entries()) samples[i]!.push(await sample(p.args, p.env));
    }
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
  const bare = samples[0]!;
  return {
    rounds,
    subjects: programs.map((p, i) => {
      const mine = samples[i]!;
      const rss = mine.every((s) => s.rssMiB !== undefined) ? spread(mine.map((s) => s.rssMiB!)) : undefined;
      return {
        name: p.name,
        firstLineMs: spread(mine.map((s) => s.ms)),
        exitMs: spread(mine.map((s) => s.exitMs)),
        firstLineRatio: spread(mine.map((s, r) => s.ms / bare[r]!.ms)),
        exitRatio: spread(mine.map((s, r) => s.exitMs / bare[r]!.exitMs)),
        ...(rss ? { rssMiB: rss } : {}),
        ...(p.bundle ? { bytes: bundleBytes(p.bundle) } : {}),
      };
    }),
  };
}

/** The entry file plus the chunks the bundler wrote beside it, which load only when needed. */
function bundleBytes(entry: string): { entry: number; total: number; files: number } {
  const dir = dirname(entry);
  const chunks = readdirSync(dir).filter((f) => f.endsWith('.js') && join(dir, f) !== entry);
  const total = chunks.reduce((sum, f) => sum + statSync(join(dir, f)).size, statSync(entry).size);
  return { entry: statSync(entry).size, total, files: chunks.length + 1 };
}

/** The bench runner's rows: one per program, times as medians with their spread. */
export async function bench(): Promise<
  Array<{ name: string; n: number; ms: number; note?: string; data?: unknown }>
> {
  const result = await measureStartup({ peer: process.env.BENCH_PEER_BUNDLE });
  return result.subjects.map((s) => ({
    name: s.name,
    n: result.rounds,
    ms: s.firstLineMs.median,
    note: describe(s),
    data: s,
  }));
}

export function describe(s: Subject): string {
  const f = (n: number) => n.toFixed(0);
  const parts = [
    `first line ${f(s.firstLineMs.median)} ms [${f(s.firstLineMs.min)}–${f(s.firstLineMs.max)}]`,
    `${s.firstLineRatio.median.toFixed(2)}× bare [${s.firstLineRatio.p25.toFixed(2)}–${s.firstLineRatio.p75.toFixed(2)} IQR]`,
    `exit ${f(s.exitMs.median)} ms [${f(s.exitMs.min)}–${f(s.exitMs.max)}] ${s.exitRatio.median.toFixed(2)}× bare`,
  ];
  if (s.rssMiB) parts.push(`peak ${f(s.rssMiB.median)} MiB`);
  if (s.bytes)
    parts.push(
      `entry ${(s.bytes.entry / 1e6).toFixed(2)} MB of ${(s.bytes.total / 1e6).toFixed(2)} MB in ${s.bytes.files} files`,
    );
  return parts.join(', ');
}

// `tsx scripts/bench/startup.bench.ts [peer-bundle]`: start-up alone, as JSON.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const peer = process.argv[2] ?? process.env.BENCH_PEER_BUNDLE;
  const result = await measureStartup(peer ? { peer } : {});
  for (const s of result.subjects) console.log(`${s.name.padEnd(40)} ${describe(s)}`);
}

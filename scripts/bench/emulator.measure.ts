// What a run costs against the emulator (run by emulator.bench.ts inside scripts/peers/with-peers.sh, under
// the machine-wide peers lock the end-to-end suite takes too): the bundled action (dist/index.js, under
// Node 24 as the end-to-end suite runs it) plans and deploys a copy of examples/shop, then runs again with
// nothing changed, then with one service changed; the runs after the first no-op go once through a proxy
// that answers DescribeStacks as CloudFormation would (list parameters comma-separated), once without. Per run: wall time (spawn to exit), the AWS calls the
// action counted (per operation and per phase) beside the floor for that run, and the requests it made to
// the GitHub API stand-in. Writes { rows, runs, emulator } as JSON to the file named.
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { localAws, node24Binary, resetEmulator, root, scratchShop } from '../../__tests__/e2e/support.js';
import { startFakeGitHub } from '../local/fake-github.js';
import { LIST_PARAMETERS_AS_CLOUDFORMATION, startFaultProxy } from '../local/fault-proxy.js';
import { runActionLocally } from '../local/runner.js';
import { FLOORS, surplus, type Scenario } from './floors.js';

const STACK = 'bench-shop';
const PREFIX = `bench-${Date.now().toString(36)}`;
const DB_PASSWORD = `bench-pw-${Date.now()}`;
const repository = { name: 'shop', owner: { login: 'octo-org' } };

export interface EmulatorRun {
  scenario: Scenario;
  /**
   * `moto`: the emulator's answers as they are. `cloudformation`: DescribeStacks answered with list
   * parameters in CloudFormation's form (a rewriting proxy), so the paths that compare or reuse parameter
   * values run as on AWS.
   */
  form: 'moto' | 'cloudformation';
  exitCode: number;
  ms: number;
  hasChanges?: string;
  awsCalls: number;
  byOperation: Record<string, number>;
  byPhase: Record<string, Record<string, number>>;
  floor: number;
  /** Calls above the floor, per operation (negative: fewer than the floor assumed). */
  aboveFloor: Record<string, number>;
  githubCalls: number;
  githubRequests: string[];
}

const out = process.argv[2];
if (!out) throw new Error('usage: emulator.measure.ts OUT.json');

const aws = await localAws();
await resetEmulator(aws.env.AWS_ENDPOINT_URL!);
const github = await startFakeGitHub({ mergedPullRequest: 7 });
const shop = await scratchShop();
const node = node24Binary();
const runs: EmulatorRun[] = [];

async function measure(
  scenario: Scenario,
  mode: 'plan' | 'deploy',
  form: EmulatorRun['form'] = 'moto',
): Promise<void> {
  const proxy =
    form === 'cloudformation'
      ? await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [LIST_PARAMETERS_AS_CLOUDFORMATION])
      : undefined;
  const label = `${scenario}${form === 'cloudformation' ? ' [CloudFormation form]' : ''}`;
  const before = github.requests.length;
  const started = performance.now();
  const run = await runActionLocally({
    inputs: {
      mode,
      'compose-file': 'compose.yaml',
      'stack-name': STACK,
      'github-token': 'ghs_bench-token',
      'wait-timeout': '3',
      'repository-prefix': PREFIX,
    },
    eventName: mode === 'plan' ? 'pull_request' : 'push',
    event:
      mode === 'plan' ? { pull_request: { number: 7 }, repository } : { ref: 'refs/heads/main', repository },
    workspace: shop,
    githubApiUrl: github.url,
    env: { ...aws.env, DB_PASSWORD, ...(proxy ? { AWS_ENDPOINT_URL: proxy.url } : {}) },
    node: [node],
    entry: join(root, 'dist/index.js'),
  }).finally(() => proxy?.close());
  const ms = performance.now() - started;
  if (run.exitCode !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error(`${label}: the action failed (exit ${run.exitCode})`);
  }
  const total = /^AWS API calls: (\d+) (\{.*\})$/m.exec(run.stdout);
  const phases = /^AWS API calls by phase: (\{.*\})$/m.exec(run.stdout);
  const byOperation = total ? (JSON.parse(total[2]!) as Record<string, number>) : {};
  const requests = github.requests.slice(before);
  const floor = FLOORS[scenario];
  runs.push({
    scenario,
    form,
    exitCode: run.exitCode,
    ms: Math.round(ms),
    hasChanges: run.outputs['has-changes'],
    awsCalls: Number(total?.[1] ?? NaN),
    byOperation,
    byPhase: phases ? (JSON.parse(phases[1]!) as EmulatorRun['byPhase']) : {},
    floor: Object.values(floor).reduce((a, b) => a + b.calls, 0),
    aboveFloor: surplus(byOperation, floor),
    githubCalls: requests.length,
    // Paths without numbers, so runs compare: GET /repos/o/r/issues/N/comments.
    githubRequests: requests.map(
      (r) =>
        `${r.method} ${r.path
          .replace(/\?.*$/, '')
          .replace(/\/\d+(?=\/|$)/g, '/N')
          .replace(/[0-9a-f]{40}/, 'SHA')}`,
    ),
  });
  process.stderr.write(`[bench] ${label}: ${Math.round(ms)} ms, ${total?.[1]} AWS calls\n`);
}

try {
  await measure('plan, new stack', 'plan');
  await measure('deploy, new stack', 'deploy');
  await measure('plan, nothing changed', 'plan');
  await measure('deploy, nothing changed', 'deploy');
  await measure('plan, nothing changed', 'plan', 'cloudformation');
  await measure('deploy, nothing changed', 'deploy', 'cloudformation');
  await appendFile(join(shop, 'worker/worker.txt'), 'bench\n');
  await measure('plan, one service changed', 'plan');
  await measure('deploy, one service changed', 'deploy');
  await appendFile(join(shop, 'worker/worker.txt'), 'bench again\n');
  await measure('plan, one service changed', 'plan', 'cloudformation');
  await measure('deploy, one service changed', 'deploy', 'cloudformation');

  // Why the no-change short cut may not fire here: the parameter values the emulator returns.
  const [stack] = (await aws.cfn.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks ?? [];
  const listParameters = (stack?.Parameters ?? [])
    .filter((p) => p.ParameterValue?.startsWith('['))
    .map((p) => `${p.ParameterKey}=${p.ParameterValue}`);
  const urlOutputs = (stack?.Outputs ?? []).filter((o) => /url$/i.test(o.OutputKey ?? '') && o.OutputValue);
  await writeFile(
    out,
    JSON.stringify({ runs, emulator: { listParameters, urlOutputs: urlOutputs.length } }, null, 2),
  );
} finally {
  await github.close();
}

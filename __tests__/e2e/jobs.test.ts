// A migration job in the example app, deployed by the bundled action into the emulator (issue 23, defect 2):
// `migrate` runs once per deploy, as one task, after db and before api rolls; a deploy that changes nothing it
// runs does not run it again; a migration that fails stops the deploy before api rolls, with its exit code and
// its last lines in the comment; a brand-new stack with a job comes up in two phases around it.
// moto runs no job to its end (its RunTask fails on Fargate containers without memory of their own, and its
// tasks report only their first container): scripts/local/job-tasks.ts answers RunTask and DescribeTasks as
// ECS would, and writes the lines the job "printed" into moto's CloudWatch Logs, in the stream its task
// definition names, where the action reads them back from moto (GetLogEvents) as it does from CloudWatch;
// and a task definition CloudFormation updated is described with its containers, which moto loses (job-tasks.ts).
import { DescribeStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../scripts/local/fake-github.js';
import {
  LIST_PARAMETERS_AS_CLOUDFORMATION,
  startFaultProxy,
  type FaultProxy,
} from '../../scripts/local/fault-proxy.js';
import { jobTasks, type TaskEnding } from '../../scripts/local/job-tasks.js';
import { runActionLocally, type LocalRun } from '../../scripts/local/runner.js';
import { localAws, node24Binary, resetEmulator, root, scratchShop } from './support.js';

const STACK = 'shop-jobs-e2e';
const BUCKET = 'jobs-e2e-templates';
const PREFIX = `jobs-${Date.now().toString(36)}`;
const pushEvent = { ref: 'refs/heads/main', repository: { name: 'shop', owner: { login: 'octo-org' } } };

let aws: Awaited<ReturnType<typeof localAws>>;
let github: FakeGitHub;
let shop: string;

/** How the next job task ends: its exit code and the lines it printed. */
let ending: TaskEnding = { exitCode: 0, lines: [] };

/** moto behind a proxy that runs the jobs' one-off tasks (job-tasks.ts). */
async function withJobProxy(): Promise<FaultProxy> {
  const { answers } = jobTasks(aws.config, () => ending);
  return startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [LIST_PARAMETERS_AS_CLOUDFORMATION], { answers });
}

/** Where each operation of a name happened, in the order the proxy saw them. */
const at = (ops: string[], name: string) => ops.flatMap((o, i) => (o === name ? [i] : []));

async function deploy(
  proxy: FaultProxy,
  files = 'compose.yaml\ncompose.migrate.yaml',
  stack = STACK,
): Promise<LocalRun> {
  return runActionLocally({
    inputs: {
      mode: 'deploy',
      // The example with its migration (examples/shop/compose.migrate.yaml).
      'compose-file': files,
      'template-bucket': BUCKET,
      'stack-name': stack,
      'github-token': 'ghs_e2e-secret-token',
      // The example's canary proxy is modelled at 9–11 min on AWS (3 min at 10 %, a 5-minute bake), and the
      // plan refuses a wait shorter than the model; moto finishes at once, so this only bounds a hang.
      'wait-timeout': '20',
      'repository-prefix': PREFIX,
    },
    eventName: 'push',
    event: pushEvent,
    workspace: shop,
    githubApiUrl: github.url,
    env: { ...aws.env, AWS_ENDPOINT_URL: proxy.url, DB_PASSWORD: 'jobs-e2e-password' },
    node: [node24Binary()],
    entry: join(root, 'dist/index.js'),
  });
}

async function taskDefinitions(stack = STACK): Promise<Record<string, string>> {
  const out = await aws.cfn.send(new DescribeStackResourcesCommand({ StackName: stack }));
  return Object.fromEntries(
    (out.StackResources ?? []).map((r) => [r.LogicalResourceId!, r.PhysicalResourceId ?? r.ResourceType!]),
  );
}

const errorLines = (run: LocalRun) => run.stdout.split('\n').filter((l) => l.startsWith('::error'));
/** The pull request's comment of a stack (each stack's report has its own marker). */
const comment = (stack = STACK) =>
  [...github.comments.values()].find(
    (c) => c.issue === 7 && c.body.includes(`<!-- compose-ecs stack=${stack} -->`),
  )?.body ?? '';

beforeAll(async () => {
  aws = await localAws();
  await resetEmulator(aws.env.AWS_ENDPOINT_URL!);
  github = await startFakeGitHub({ mergedPullRequest: 7 });
  shop = await scratchShop();
  await new S3Client(aws.config).send(new CreateBucketCommand({ Bucket: BUCKET }));
});
afterAll(async () => github?.close());

describe('a migration job in the example app', () => {
  let first: Record<string, string>;

  it('runs once when added to the app, after db and before api, and is recorded as succeeded', async () => {
    const proxy = await withJobProxy();
    try {
      // The app runs first; then a migration is added to it (a new stack with a job: the last test).
      expect((await deploy(proxy, 'compose.yaml')).exitCode).toBe(0);
      proxy.operations.length = 0;
      proxy.requests.length = 0;
      ending = { exitCode: 0, lines: ['applied 3 migrations'] };
      const run = await deploy(proxy);
      expect(errorLines(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      const ops = proxy.operations;
      // One task, however many replicas: RunTask once, after phase 1 executed.
      const [runTaskAt] = at(ops, 'RunTask');
      expect(at(ops, 'RunTask')).toHaveLength(1);
      // Adding the job changes only its own resources (MigrateTaskDefinition, its execution role): api's
      // resources are the same as deployed, so phase 1 is the whole new template and phase 2, planned after
      // the job succeeded, finds nothing to change (no change set: the template equals the stack's). The
      // two phases both execute when the job and a waiting service are both new (a new stack: the last test).
      expect(at(ops, 'ExecuteChangeSet')).toHaveLength(1);
      expect(at(ops, 'ExecuteChangeSet')[0]).toBeLessThan(runTaskAt!);
      expect(ops.slice(runTaskAt).filter((o) => o === 'CreateChangeSet' || o === 'ExecuteChangeSet')).toEqual(
        [],
      );
      expect(run.stdout).toContain(`plan stack ${STACK} (after jobs)`);
      // Its RunTask: the job's task definition, in the task's subnets, started by the deploy.
      const runTask = JSON.parse(proxy.requests.find((r) => r.operation === 'RunTask')!.body);
      first = await taskDefinitions();
      expect(runTask).toMatchObject({
        taskDefinition: first.MigrateTaskDefinition,
        launchType: 'FARGATE',
        count: 1,
        startedBy: 'compose-ecs job migrate',
      });
      expect(first.MigrateService).toBeUndefined();
      expect(first.ApiService).toBeDefined();
      expect(comment()).toMatch(
        /runs `migrate` once before `api`, `proxy`, `web`, after `db`: new job — ✅ succeeded/,
      );
      expect(run.summary).toContain('runs `migrate` once');
      const records = await new SSMClient(aws.config).send(
        new GetParametersByPathCommand({ Path: `/compose-ecs/${STACK}/jobs/migrate`, Recursive: true }),
      );
      expect(records.Parameters).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('does not run it again when nothing it runs or waits for changed, and says so', async () => {
    await appendFile(join(shop, 'web/index.html'), '<p>a new front page</p>\n');
    const proxy = await withJobProxy();
    try {
      const run = await deploy(proxy);
      expect(errorLines(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(proxy.operations).not.toContain('RunTask');
      expect(run.summary).toMatch(
        /does not run `migrate` .*: unchanged: nothing it runs or waits for changed/,
      );
    } finally {
      await proxy.close();
    }
  });

  it('a failing migration stops the deploy before api rolls, with its exit code and last lines', async () => {
    await appendFile(join(shop, 'api/api.txt'), 'a change the migration must apply\n');
    const before = await taskDefinitions();
    const proxy = await withJobProxy();
    try {
      ending = { exitCode: 3, lines: ['applying 0042_orders', 'ERROR: relation "orders" already exists'] };
      const run = await deploy(proxy);
      expect(run.exitCode).toBe(1);
      expect(errorLines(run).at(-1)).toMatch(
        /job migrate exited with code 3; api, proxy, web \(waiting for it\) not rolled out/,
      );
      expect(proxy.operations.filter((o) => o === 'ExecuteChangeSet')).toHaveLength(1);
      const after = await taskDefinitions();
      // The job's new definition ran; api still runs the one it ran before.
      expect(after.MigrateTaskDefinition).not.toBe(before.MigrateTaskDefinition);
      expect(after.ApiTaskDefinition).toBe(before.ApiTaskDefinition);
      const body = comment();
      expect(body).toContain('### ❌ compose-ecs deploy: `shop-jobs-e2e` failed');
      expect(body).toMatch(/❌ failed, exit code 3/);
      // The job's last lines, read back from CloudWatch Logs (moto's) where awslogs put them.
      expect(body).toContain('ERROR: relation "orders" already exists');
      expect(body).toContain('applying 0042_orders');
      expect(run.summary).toContain('ERROR: relation "orders" already exists');
    } finally {
      await proxy.close();
    }
  });

  it('the next deploy reruns the migration that failed, and then rolls api', async () => {
    const proxy = await withJobProxy();
    try {
      ending = { exitCode: 0, lines: ['applied 0042_orders'] };
      const before = await taskDefinitions();
      const run = await deploy(proxy);
      expect(errorLines(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      // The job's definition is already deployed (the failed deploy's phase 1 applied it), so phase 1 finds
      // nothing to change and executes nothing; the job runs; phase 2 executes api's change after it.
      const ops = proxy.operations;
      expect(at(ops, 'RunTask')).toHaveLength(1);
      const executes = at(ops, 'ExecuteChangeSet');
      expect(executes).toHaveLength(1);
      expect(at(ops, 'RunTask')[0]).toBeLessThan(executes[0]!);
      expect(run.stdout).toContain(`plan stack ${STACK} (before jobs)`);
      expect(run.summary).toMatch(/runs `migrate` once .*: its last run did not succeed/);
      expect((await taskDefinitions()).ApiTaskDefinition).not.toBe(before.ApiTaskDefinition);
    } finally {
      await proxy.close();
    }
  });

  it('comes up on a brand-new stack: db and the job first, then the services that wait for it', async () => {
    const stack = 'shop-jobs-new-e2e';
    const proxy = await withJobProxy();
    try {
      ending = { exitCode: 0, lines: ['applied 3 migrations'] };
      const run = await deploy(proxy, undefined, stack);
      expect(errorLines(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      const ops = proxy.operations;
      const [runTaskAt] = at(ops, 'RunTask');
      expect(at(ops, 'RunTask')).toHaveLength(1);
      // Phase 1 creates the stack without api, proxy and web; phase 2 adds them once the job succeeded.
      const executes = at(ops, 'ExecuteChangeSet');
      expect(executes).toHaveLength(2);
      expect(executes[0]).toBeLessThan(runTaskAt!);
      expect(runTaskAt).toBeLessThan(executes[1]!);
      const created = JSON.parse(proxy.requests.find((r) => r.operation === 'RunTask')!.body);
      const resources = await taskDefinitions(stack);
      expect(created.taskDefinition).toBe(resources.MigrateTaskDefinition);
      expect(Object.keys(resources)).toEqual(
        expect.arrayContaining(['DbService', 'ApiService', 'ProxyService']),
      );
      expect(resources.MigrateService).toBeUndefined();
      expect(comment(stack)).toMatch(
        /runs `migrate` once before `api`, `proxy`, `web`, after `db`: new job — ✅ succeeded/,
      );
      const records = await new SSMClient(aws.config).send(
        new GetParametersByPathCommand({ Path: `/compose-ecs/${stack}/jobs/migrate`, Recursive: true }),
      );
      expect(records.Parameters).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });
});

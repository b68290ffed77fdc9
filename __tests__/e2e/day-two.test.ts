// Changing a deployed project (issue 29), for real: the bundled action deploys the example app into
// moto, then edits that AWS could not apply safely stop before anything executes (the stack, its file
// system and its load balancer stay as they are, no change set is left), and a volume replacement goes
// ahead once allow-volume-replacement names the volume.
import {
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../../scripts/local/fake-github.js';
import { runActionLocally, type LocalRun } from '../../scripts/local/runner.js';
import { localAws, node24Binary, resetEmulator, root, scratchShop } from './support.js';

const STACK = 'shop-day-two';
const DB_PASSWORD = `db-pw-${Date.now()}-never-logged`;
const PREFIX = `day2-${Date.now().toString(36)}`;
const pushEvent = { ref: 'refs/heads/main', repository: { name: 'shop', owner: { login: 'octo-org' } } };

let aws: Awaited<ReturnType<typeof localAws>>;
let github: FakeGitHub;
let shop: string;
let baseCompose: string;

function deploy(inputs: Record<string, string> = {}): Promise<LocalRun> {
  return runActionLocally({
    inputs: {
      mode: 'deploy',
      'compose-file': 'compose.yaml',
      'stack-name': STACK,
      'github-token': 'ghs_e2e-secret-token',
      // The example's canary proxy is modelled at 9–11 min on AWS (3 min at 10 %, a 5-minute bake), and the
      // plan refuses a wait shorter than the model; moto finishes at once, so this only bounds a hang.
      'wait-timeout': '20',
      'repository-prefix': PREFIX,
      ...inputs,
    },
    eventName: 'push',
    event: pushEvent,
    workspace: shop,
    githubApiUrl: github.url,
    env: { ...aws.env, DB_PASSWORD },
    node: [node24Binary()],
    entry: join(root, 'dist/index.js'),
  });
}

/** The example's compose file with one edit. */
async function edit(change: (doc: ReturnType<typeof parseDocument>) => void): Promise<void> {
  const doc = parseDocument(baseCompose);
  change(doc);
  await writeFile(join(shop, 'compose.yaml'), doc.toString());
}

async function physicalIds(): Promise<Record<string, string>> {
  const out = await aws.cfn.send(new DescribeStackResourcesCommand({ StackName: STACK }));
  return Object.fromEntries(
    (out.StackResources ?? []).map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]),
  );
}

async function stackState(): Promise<{ status?: string; lastUpdated?: number; template: string }> {
  const [stack] = (await aws.cfn.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks ?? [];
  const template = await aws.cfn.send(new GetTemplateCommand({ StackName: STACK }));
  return {
    ...(stack?.StackStatus ? { status: stack.StackStatus } : {}),
    ...(stack?.LastUpdatedTime ? { lastUpdated: stack.LastUpdatedTime.getTime() } : {}),
    template: template.TemplateBody ?? '',
  };
}

async function changeSetsLeft(): Promise<number> {
  const out = await aws.cfn.send(new ListChangeSetsCommand({ StackName: STACK }));
  return (out.Summaries ?? []).filter((s) => s.ExecutionStatus !== 'EXECUTE_COMPLETE').length;
}

const errorLines = (run: LocalRun) => run.stdout.split('\n').filter((l) => l.startsWith('::error'));

beforeAll(async () => {
  aws = await localAws();
  await resetEmulator(aws.env.AWS_ENDPOINT_URL!);
  github = await startFakeGitHub({ mergedPullRequest: 7 });
  shop = await scratchShop();
  baseCompose = await readFile(join(shop, 'compose.yaml'), 'utf8');
});
afterAll(async () => github?.close());

describe('changing a deployed project', () => {
  let base: Record<string, string>;

  it('deploys the base project', async () => {
    const run = await deploy();
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    base = await physicalIds();
    expect(base.DbdataFilesystem).toMatch(/^fs-/);
  });

  it("an edit that would replace the database's file system stops before executing, naming the volume and the retained file system", async () => {
    await edit((doc) =>
      doc.setIn(['volumes', 'dbdata'], doc.createNode({ driver_opts: { performance_mode: 'maxIO' } })),
    );
    const before = await stackState();
    // On a network load balancer the canary proxy is modelled at 29–51 min, which a 20-minute wait refuses
    // before the build; the flip itself is found after it (against the deployed template), so give room.
    const run = await deploy({ 'wait-timeout': '60' });
    expect(run.exitCode).not.toBe(0);
    const error = errorLines(run).join('\n');
    expect(error).toContain('volume dbdata');
    expect(error).toContain(base.DbdataFilesystem);
    expect(error).toContain('allow-volume-replacement');
    // Nothing executed: the stack, its template and its file system are what they were; no change set is left.
    expect(await stackState()).toEqual(before);
    expect((await physicalIds()).DbdataFilesystem).toBe(base.DbdataFilesystem);
    expect(await changeSetsLeft()).toBe(0);
    // The step summary's security-sensitive section says the same.
    expect(run.summary).toContain('Security-sensitive changes');
    expect(run.summary).toContain('volume dbdata');
  });

  it('goes ahead once allow-volume-replacement names the volume', async () => {
    const run = await deploy({ 'allow-volume-replacement': 'dbdata' });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const after = await stackState();
    expect(after.status).toBe('UPDATE_COMPLETE');
    expect(after.template).toContain('maxIO');
  });

  it("an edit that would flip the load balancer's type stops, naming the port", async () => {
    // Publishing the database's port (TCP) would turn the application load balancer into a network one.
    await edit((doc) => {
      doc.setIn(['volumes', 'dbdata'], doc.createNode({ driver_opts: { performance_mode: 'maxIO' } }));
      doc.setIn(['services', 'db', 'ports'], doc.createNode(['5432:5432']));
    });
    const before = await stackState();
    // On a network load balancer the canary proxy is modelled at 29–51 min, which a 20-minute wait refuses
    // before the build; the flip itself is found after it (against the deployed template), so give room.
    const run = await deploy({ 'wait-timeout': '60' });
    expect(run.exitCode).not.toBe(0);
    const error = errorLines(run).join('\n');
    expect(error).toContain('from application to network');
    expect(error).toContain('services.db.ports');
    expect(error).toContain('x-aws-loadbalancer_type');
    expect(await stackState()).toEqual(before);
    expect((await physicalIds()).LoadBalancer).toBe(base.LoadBalancer);
    expect(await changeSetsLeft()).toBe(0);
  });
});

// Releases end to end (issue 8): deploys record GitHub deployments that carry the exact template,
// parameters and digests; a rollback replays one without building, pushing or converting; destroy
// removes the stack and what the action stored. AWS is the emulator, the registry is real, GitHub is
// the local stand-in that follows the Deployments API's rules.
import { DescribeStacksCommand, GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import { ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { appendFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { startFakeGitHub, type FakeDeployment, type FakeGitHub } from '../../scripts/local/fake-github.js';
import { startFaultProxy } from '../../scripts/local/fault-proxy.js';
import { runActionLocally, type LocalRun } from '../../scripts/local/runner.js';
import { releasePayload, templateHash, type ReleaseRecord } from '../../src/releases/payload.js';
import { localAws, node24Binary, resetEmulator, root, scratchShop } from './support.js';

const STACK = 'shop-rel';
const ENVIRONMENT = 'staging';
const PREFIX = `rel-${Date.now().toString(36)}`;
const sha = (digit: string) => digit.repeat(40);
const repository = { name: 'shop', owner: { login: 'octo-org' } };

let aws: Awaited<ReturnType<typeof localAws>>;
let github: FakeGitHub;
let shop: string;

async function action(
  mode: 'deploy' | 'rollback' | 'destroy',
  commit: string,
  extra: { inputs?: Record<string, string>; env?: Record<string, string> } = {},
): Promise<LocalRun> {
  return runActionLocally({
    inputs: {
      mode,
      'stack-name': STACK,
      environment: ENVIRONMENT,
      'github-token': 'ghs_e2e-secret-token',
      // The example's canary proxy is modelled at 9–11 min on AWS (3 min at 10 %, a 5-minute bake), and the
      // plan refuses a wait shorter than the model; moto finishes at once, so this only bounds a hang.
      'wait-timeout': '20',
      'repository-prefix': PREFIX,
      ...extra.inputs,
    },
    eventName: mode === 'deploy' ? 'push' : 'workflow_dispatch',
    event: mode === 'deploy' ? { ref: 'refs/heads/main', repository } : { inputs: {}, repository },
    workspace: shop,
    githubApiUrl: github.url,
    env: { ...aws.env, DB_PASSWORD: 'release-test-password', ...extra.env },
    node: [node24Binary()],
    entry: join(root, 'dist/index.js'),
    sha: commit,
  });
}

const errorLines = (run: LocalRun) => run.stdout.split('\n').filter((l) => l.startsWith('::error'));
const releaseOf = (commit: string) => github.deployments.filter((d) => d.sha === commit);
const stateOf = (d: FakeDeployment) => d.statuses.at(-1)?.state;

/** The record a deployment carries, decoded the way a rollback reads it. */
function recordOf(d: FakeDeployment): { templateBody: string; images: Record<string, string> } {
  const inner = (d.payload as { 'compose-ecs': { release: { storage: string; data: string } } })[
    'compose-ecs'
  ];
  expect(inner.release.storage).toBe('inline');
  return JSON.parse(gunzipSync(Buffer.from(inner.release.data, 'base64')).toString('utf8'));
}

async function deployedTemplate(): Promise<string> {
  const out = await aws.cfn.send(new GetTemplateCommand({ StackName: STACK }));
  return JSON.stringify(JSON.parse(out.TemplateBody!));
}

async function lastUpdated(): Promise<number | undefined> {
  const out = await aws.cfn.send(new DescribeStacksCommand({ StackName: STACK }));
  return (out.Stacks?.[0]?.LastUpdatedTime ?? out.Stacks?.[0]?.CreationTime)?.getTime();
}

beforeAll(async () => {
  aws = await localAws();
  await resetEmulator(aws.env.AWS_ENDPOINT_URL!);
  github = await startFakeGitHub();
  shop = await scratchShop();
});
afterAll(async () => github?.close());

describe('releases, rollback and destroy', () => {
  let v1: LocalRun;
  let v2: LocalRun;

  it('a deploy records its release as a GitHub deployment: in progress, then success with the URL', async () => {
    v1 = await action('deploy', sha('1'));
    expect(errorLines(v1)).toEqual([]);
    expect(v1.exitCode).toBe(0);
    const [d] = releaseOf(sha('1'));
    expect(d).toMatchObject({ environment: ENVIRONMENT, ref: sha('1'), transient_environment: false });
    expect(d!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(d!.statuses[1]).toMatchObject({
      log_url: 'https://github.com/octo-org/shop/actions/runs/4242',
      environment_url: expect.stringMatching(/^http:\/\/[\w.-]+\.elb\.amazonaws\.com$/),
    });
    expect(v1.outputs['deployment-id']).toBe(String(d!.id));
    // The record is self-contained: the exact body the stack got, and every image by digest.
    const record = recordOf(d!);
    expect(record.templateBody).toBe(await deployedTemplate());
    expect(record.images).toEqual(JSON.parse(v1.outputs.images!));
    // Without required_contexts: [] GitHub would have answered 409 (the stand-in does too).
    const create = github.requests.find((r) => r.method === 'POST' && r.path.endsWith('/deployments'));
    expect(create?.body).toMatchObject({ required_contexts: [], auto_merge: false });
  });

  it('an image: tag is pinned to the digest it points at, in the template and the release', async () => {
    // v2 changes the worker and adds a service that runs web's image by its tag.
    await appendFile(join(shop, 'worker/worker.txt'), 'v2\n');
    const web = JSON.parse(v1.outputs.images!).web as string;
    const tag = new RegExp(`pushed (\\S+/${PREFIX}/web:src-[a-f0-9]{32}) as`).exec(v1.stdout)![1]!;
    await writeFile(join(shop, 'compose.tagged.yaml'), `services:\n  mirror:\n    image: ${tag}\n`);
    v2 = await action('deploy', sha('2'), {
      inputs: { 'compose-file': 'compose.yaml\ncompose.tagged.yaml' },
    });
    expect(errorLines(v2)).toEqual([]);
    expect(v2.exitCode).toBe(0);
    const images = JSON.parse(v2.outputs.images!);
    expect(images.mirror).toBe(`${tag.slice(0, tag.lastIndexOf(':'))}@${web.slice(web.indexOf('@') + 1)}`);
    expect(await deployedTemplate()).toContain(images.mirror);
    expect(recordOf(releaseOf(sha('2'))[0]!).images.mirror).toBe(images.mirror);
  });

  let planted: number;
  it("a pull request's job plants a deployment whose payload carries an admin role (issue 22, item 2)", async () => {
    // Any job with `deployments: write` can do this with GITHUB_TOKEN, as github-actions[bot] like every
    // release: GitHub says nothing about who may be trusted. The payload is well formed and its record's
    // template hash matches: only the account can tell it from a release.
    const real = recordOf(releaseOf(sha('2'))[0]!) as unknown as ReleaseRecord;
    const template = JSON.parse(real.templateBody) as { Resources: Record<string, unknown> };
    template.Resources.Backdoor = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: 'sts:AssumeRole',
              Principal: { AWS: 'arn:aws:iam::999988887777:root' },
            },
          ],
        },
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
      },
    };
    const body = JSON.stringify(template);
    const record = { ...real, sha: sha('6'), templateBody: body, templateHash: templateHash(body) };
    const post = async (path: string, json: unknown) =>
      (await (
        await fetch(`${github.url}/repos/octo-org/shop${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: 'token ghs_pull-request-job' },
          body: JSON.stringify(json),
        })
      ).json()) as { id: number };
    planted = (
      await post('/deployments', {
        ref: sha('6'),
        environment: ENVIRONMENT,
        required_contexts: [],
        payload: releasePayload(record, undefined).payload,
      })
    ).id;
    await post(`/deployments/${planted}/statuses`, { state: 'success' });
  });

  it('a failed deploy is recorded as a failure with its root cause', async () => {
    const proxy = await startFaultProxy(
      aws.env.AWS_ENDPOINT_URL!,
      [],
      [
        {
          operation: 'DescribeServices',
          transform: (answer: { services: Array<{ serviceName: string; deployments: any[] }> }) => {
            for (const s of answer.services.filter((x) => x.serviceName.includes('WebService')))
              s.deployments = s.deployments.map((d) => ({
                ...d,
                rolloutState: 'FAILED',
                rolloutStateReason: 'ECS deployment circuit breaker: 3 tasks failed to start.',
                runningCount: 0,
                failedTasks: 3,
              }));
            return answer;
          },
        },
      ],
    );
    try {
      await appendFile(join(shop, 'web/index.html'), '<p>v3</p>\n');
      const v3 = await action('deploy', sha('3'), {
        inputs: { 'compose-file': 'compose.yaml\ncompose.tagged.yaml' },
        env: { AWS_ENDPOINT_URL: proxy.url },
      });
      expect(v3.exitCode).toBe(1);
    } finally {
      await proxy.close();
    }
    const [d] = releaseOf(sha('3'));
    expect(stateOf(d!)).toBe('failure');
    expect(d!.statuses.at(-1)?.description).toMatch(/circuit breaker/);
    expect(d!.statuses.at(-1)!.description!.length).toBeLessThanOrEqual(140);
  });

  it('rollback-to previous restores v2 exactly: its template and digests, nothing built or pushed', async () => {
    // v2 came from pull request 12: the rollback reports there.
    github.pullsOf.set(sha('2'), 12);
    const run = await action('rollback', sha('9'));
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).not.toMatch(/pushed |building |load the compose project/);
    // The planted deployment is newer than v2 and looks successful: passed over, by name.
    expect(run.stdout).toMatch(
      new RegExp(
        `::warning::rollback-to previous passes over deployment ${planted}: 6666666 cannot be trusted: the deploy role never recorded its hash \\(no SSM parameter /compose-ecs/${STACK}/releases/[0-9a-f]{64}\\)`,
      ),
    );
    expect(await deployedTemplate()).not.toContain('Backdoor');
    expect(await deployedTemplate()).toBe(recordOf(releaseOf(sha('2'))[0]!).templateBody);
    expect(JSON.parse(run.outputs.images!)).toEqual(JSON.parse(v2.outputs.images!));
    // Recorded as a new release of v2's commit; the failed v3 keeps its failure.
    const restored = releaseOf(sha('2'));
    expect(restored).toHaveLength(2);
    expect(restored[1]!.description).toBe('rollback from 3333333 to 2222222');
    expect(stateOf(restored[1]!)).toBe('success');
    expect(stateOf(releaseOf(sha('3'))[0]!)).toBe('failure');
    expect(run.summary).toContain('rollback from 3333333 to 2222222');
    const comment = [...github.comments.values()].find((c) => c.issue === 12);
    expect(comment?.body).toContain('compose-ecs rollback: `shop-rel` deployed');
  });

  it('a rollback to the planted deployment is refused, and the stack is untouched', async () => {
    const before = await lastUpdated();
    const run = await action('rollback', sha('9'), { inputs: { 'rollback-to': String(planted) } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `rollback-to ${planted}: deployment ${planted} (6666666 cannot be trusted: the deploy role never recorded its hash`,
    );
    expect(await lastUpdated()).toBe(before);
    expect(await deployedTemplate()).not.toContain('Backdoor');
  });

  it('rollback-to a commit restores that release (v1)', async () => {
    const run = await action('rollback', sha('9'), { inputs: { 'rollback-to': '1111111' } });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(await deployedTemplate()).toBe(recordOf(releaseOf(sha('1'))[0]!).templateBody);
    expect(JSON.parse(run.outputs.images!)).toEqual(JSON.parse(v1.outputs.images!));
    // The release rolled back from (the v2 rollback) no longer counts as a good one for `previous`.
    expect(stateOf(releaseOf(sha('2'))[1]!)).toBe('inactive');
  });

  it.each([
    [
      'an unknown commit',
      { 'rollback-to': 'abcdef0' },
      /rollback-to abcdef0: no release of environment staging has that deployment id or commit/,
    ],
    [
      'a failed release',
      { 'rollback-to': '3333333' },
      /the releases of 3333333 in environment staging did not succeed/,
    ],
    [
      'an environment without releases',
      { environment: 'production' },
      /environment production has no release to roll back from/,
    ],
  ])(
    '%s ends the step with the last releases listed, and the stack untouched',
    async (_what, inputs, message) => {
      const before = await lastUpdated();
      const count = github.deployments.length;
      const run = await action('rollback', sha('9'), { inputs });
      expect(run.exitCode).toBe(1);
      expect(run.stdout).toMatch(message);
      if (!('environment' in inputs))
        expect(run.stdout).toContain('The last releases of environment staging:');
      expect(await lastUpdated()).toBe(before);
      expect(github.deployments.length).toBe(count);
    },
  );

  it('the CLI lists the releases as a rollback sees them', async () => {
    // Asynchronously: the GitHub stand-in answers from this process.
    const { stdout: out } = await promisify(execFile)(
      process.execPath,
      [join(root, 'dist/cli/index.js'), 'releases', '--environment', ENVIRONMENT],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          GITHUB_TOKEN: 'ghs_e2e-secret-token',
          GITHUB_REPOSITORY: 'octo-org/shop',
          GITHUB_API_URL: github.url,
        },
      },
    );
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ {2}\d+ {2}1111111 {2}success {5}\S+ {2}rollback from 2222222 to 1111111$/);
    expect(lines.map((l) => l.split(/\s+/)[2])).toEqual([
      '1111111',
      '2222222',
      '3333333',
      '6666666',
      '2222222',
      '1111111',
    ]);
  });

  it('destroy deletes the stack and the stored secrets, and marks the releases inactive', async () => {
    const run = await action('destroy', sha('9'));
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const gone = await aws.cfn.send(new DescribeStacksCommand({ StackName: STACK })).catch((e: Error) => e);
    expect(gone instanceof Error ? gone.message : gone.Stacks?.[0]?.StackStatus).toMatch(
      /does not exist|DELETE_COMPLETE/,
    );
    const secrets = await new SecretsManagerClient(aws.config).send(new ListSecretsCommand({}));
    expect(
      (secrets.SecretList ?? []).map((s) => s.Name).filter((n) => n?.startsWith(`compose-ecs/${STACK}/`)),
    ).toEqual([]);
    const configs = await new SSMClient(aws.config).send(
      new GetParametersByPathCommand({ Path: `/compose-ecs/${STACK}/`, Recursive: true }),
    );
    expect(configs.Parameters ?? []).toEqual([]);
    // Every release that succeeded is inactive; the failed v3 keeps its failure.
    expect(github.deployments.filter((d) => d.environment === ENVIRONMENT).map(stateOf)).toEqual(
      github.deployments
        .filter((d) => d.environment === ENVIRONMENT)
        .map((d) => (d.sha === sha('3') ? 'failure' : 'inactive')),
    );
    expect(run.summary).toMatch(/retained, not deleted: its data stays/);
    // Again: nothing to delete is a success with a note.
    const again = await action('destroy', sha('9'));
    expect(again.exitCode).toBe(0);
    expect(again.summary).toContain(`stack ${STACK} does not exist: there was nothing to delete`);
  });
});

// The whole pipeline, for real: the bundled action (dist/index.js) under Node 24 builds the example
// app with podman, pushes it to the TLS registry behind the ECR token login, and deploys it into
// moto through change sets. Only the GitHub API is a local stand-in.
import {
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParametersByPathCommand, SSMClient } from '@aws-sdk/client-ssm';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { appendFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { startFakeGitHub, type FakeGitHub } from '../../scripts/local/fake-github.js';
import {
  LIST_PARAMETERS_AS_CLOUDFORMATION,
  queryAnswer,
  startFaultProxy,
  type ResponseRewrite,
} from '../../scripts/local/fault-proxy.js';
import { cancelLikeRunner, runActionLocally, type LocalRun } from '../../scripts/local/runner.js';
import { answer, productsOf } from '../support/price-list.js';
import { serveDeployedExample } from './serve-example.js';
import { waitFor } from '../../scripts/local/wait.js';
import { localAws, node24Binary, resetEmulator, root, scratchShop } from './support.js';

const STACK = 'shop-e2e';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/cfn-deployer';
const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:stack-events';
// Stands for a GitHub secret: it must reach Secrets Manager and nothing else.
const DB_PASSWORD = `db-pw-${Date.now()}-never-logged`;
// A fresh repository prefix per run, so the images are really built and pushed even when the
// local registry kept earlier runs' images.
const PREFIX = `e2e-${Date.now().toString(36)}`;
// The registry's password for the ECR token login (scripts/peers: ECR_PASSWORD).
const REGISTRY_PASSWORD = '123456789012-auth-token';
const pushEvent = { ref: 'refs/heads/main', repository: { name: 'shop', owner: { login: 'octo-org' } } };
const prEvent = { pull_request: { number: 7 }, repository: { name: 'shop', owner: { login: 'octo-org' } } };

let aws: Awaited<ReturnType<typeof localAws>>;
let github: FakeGitHub;
let shop: string;

async function action(
  mode: 'plan' | 'deploy' | 'destroy',
  extra: {
    inputs?: Record<string, string>;
    env?: Record<string, string | undefined>;
    workspace?: string;
    onSpawn?: (child: ChildProcess) => void;
  } = {},
): Promise<LocalRun> {
  // CloudFormation refuses notification ARNs of topics that do not exist (moto too): CreateTopic is idempotent.
  await new SNSClient(aws.config).send(new CreateTopicCommand({ Name: 'stack-events' }));
  return runActionLocally({
    inputs: {
      mode,
      'compose-file': 'compose.yaml',
      'stack-name': STACK,
      'github-token': 'ghs_e2e-secret-token',
      // The example's canary proxy is modelled at 9–11 min on AWS (3 min at 10 %, a 5-minute bake), and the
      // plan refuses a wait shorter than the model; moto finishes at once, so this only bounds a hang.
      'wait-timeout': '20',
      'repository-prefix': PREFIX,
      // Stack settings on every run (a different set would change the stack): role, topics, user tags.
      'role-arn': ROLE_ARN,
      'notification-arns': TOPIC_ARN,
      tags: 'team=shop\ncost-center=42',
      ...extra.inputs,
    },
    eventName: mode === 'plan' ? 'pull_request' : 'push',
    event: mode === 'plan' ? prEvent : pushEvent,
    workspace: extra.workspace ?? shop,
    githubApiUrl: github.url,
    env: { ...aws.env, DB_PASSWORD, ...extra.env },
    node: [node24Binary()],
    entry: join(root, 'dist/index.js'),
    ...(extra.onSpawn ? { onSpawn: extra.onSpawn } : {}),
  });
}

const errorLines = (run: LocalRun) => run.stdout.split('\n').filter((l) => l.startsWith('::error'));

async function stackResources(): Promise<Record<string, string>> {
  const out = await aws.cfn.send(new DescribeStackResourcesCommand({ StackName: STACK }));
  return Object.fromEntries((out.StackResources ?? []).map((r) => [r.LogicalResourceId!, r.ResourceType!]));
}

/** Change sets still waiting or failed: an orphan. (moto, unlike AWS, also lists executed ones.) */
async function changeSetsLeft(stackName = STACK): Promise<number> {
  const out = await aws.cfn.send(new ListChangeSetsCommand({ StackName: stackName }));
  return (out.Summaries ?? []).filter((s) => s.ExecutionStatus !== 'EXECUTE_COMPLETE').length;
}

async function registryHas(imageUri: string): Promise<boolean> {
  const [, host, repository, digest] = /^([^/]+)\/(.+)@(sha256:[a-f0-9]{64})$/.exec(imageUri)!;
  const response = await fetch(`https://${host}/v2/${repository}/manifests/${digest}`, {
    method: 'HEAD',
    headers: {
      Authorization: `Basic ${Buffer.from(`AWS:${REGISTRY_PASSWORD}`).toString('base64')}`,
      Accept:
        'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json',
    },
  });
  return response.ok && response.headers.get('docker-content-digest') === digest;
}

beforeAll(async () => {
  aws = await localAws();
  await resetEmulator(aws.env.AWS_ENDPOINT_URL!);
  github = await startFakeGitHub({ mergedPullRequest: 7 });
  shop = await scratchShop();
});
afterAll(async () => github?.close());

/** The stack's task definitions by logical id: a new revision means the service rolls. */
async function taskDefinitionRevisions(): Promise<Record<string, string>> {
  const out = await aws.cfn.send(new DescribeStackResourcesCommand({ StackName: STACK }));
  return Object.fromEntries(
    out
      .StackResources!.filter((r) => r.ResourceType === 'AWS::ECS::TaskDefinition')
      .map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]),
  );
}

describe('deploying the example app into the emulator', () => {
  let first: LocalRun;
  let planRun: LocalRun;

  it('plans a new stack on a pull request, posts the plan, and leaves nothing behind', async () => {
    const run = (planRun = await action('plan'));
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    // A pull request pushes to the untrusted prefix only (issue 22, item 1): never where a deploy looks.
    for (const service of ['api', 'db', 'proxy', 'web', 'worker'])
      expect(run.stdout).toMatch(
        new RegExp(`pushed \\S+/${PREFIX}-untrusted/${service}:src-[a-f0-9]{32} as sha256:`),
      );
    expect(run.stdout).not.toMatch(new RegExp(`pushed \\S+/${PREFIX}/`));
    expect(run.summary).toContain('compose-ecs plan: `shop-e2e`');
    const comment = [...github.comments.values()].find((c) => c.issue === 7);
    expect(comment?.body).toContain('<!-- compose-ecs stack=shop-e2e -->');
    expect(comment?.body).toMatch(/➕ Add \| `WebService` \| ECS::Service/);
    // The plan deleted its change set and the empty REVIEW_IN_PROGRESS stack it created.
    const stacks = await aws.cfn.send(new DescribeStacksCommand({ StackName: STACK })).catch((e: Error) => e);
    expect(stacks instanceof Error ? stacks.message : stacks.Stacks?.[0]?.StackStatus).toMatch(
      /does not exist|DELETE_COMPLETE/,
    );
  });

  it('deploys: images built and pushed under their pinned digests, stack created, outputs written', async () => {
    first = await action('deploy');
    expect(errorLines(first)).toEqual([]);
    expect(first.exitCode).toBe(0);
    // The pull request's images are never reused: the deploy builds the same content keys into its own
    // repositories, and compares the plan reviewed by those keys.
    for (const service of ['api', 'db', 'proxy', 'web', 'worker']) {
      const key = new RegExp(`pushed \\S+/${PREFIX}-untrusted/${service}:(src-[a-f0-9]{32})`).exec(
        planRun.stdout,
      )?.[1];
      const pushed = new RegExp(`pushed \\S+/${PREFIX}/${service}:(src-[a-f0-9]{32}) as`).exec(
        first.stdout,
      )?.[1];
      expect([service, pushed]).toEqual([service, key]);
    }
    // (podman's build log lists every local tag of a cached image, the plan's included: pushes are what count.)
    expect(first.stdout).not.toMatch(new RegExp(`pushed \\S+/${PREFIX}-untrusted/`));

    const images = JSON.parse(first.outputs.images!) as Record<string, string>;
    expect(Object.keys(images).sort()).toEqual(['api', 'db', 'proxy', 'web', 'worker']);
    for (const [service, uri] of Object.entries(images)) {
      expect(uri).toMatch(
        new RegExp(
          `^123456789012\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/${PREFIX}/${service}@sha256:[a-f0-9]{64}$`,
        ),
      );
      expect(await registryHas(uri)).toBe(true);
    }
    expect(first.outputs['stack-id']).toMatch(
      /^arn:aws:cloudformation:us-east-1:123456789012:stack\/shop-e2e\//,
    );
    // The stack says what runs it and where it came from: the service role, the topics, and the tags.
    const [stack] = (await aws.cfn.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks ?? [];
    expect(stack?.RoleARN).toBe(ROLE_ARN);
    expect(stack?.NotificationARNs).toEqual([TOPIC_ARN]);
    expect(Object.fromEntries((stack?.Tags ?? []).map((t) => [t.Key, t.Value]))).toEqual({
      team: 'shop',
      'cost-center': '42',
      'com.docker.compose.project': 'shop',
      'compose-ecs:repository': 'octo-org/shop',
      'compose-ecs:sha': 'ffac537e6cbbf934b08745a378932722df287a53',
      'compose-ecs:run-url': 'https://github.com/octo-org/shop/actions/runs/4242',
      // How the network was chosen, so a run with the same inputs takes it from the stack (issue 13).
      'compose-ecs:network': expect.stringMatching(
        /^vpc=default subnets=public zones=\d+ lb=tasks lb-zones=\d+$/,
      ),
    });
    expect(first.outputs['change-set-id']).toMatch(/:changeSet\/compose-ecs-/);
    expect(first.outputs['has-changes']).toBe('true');
    // Service URLs from the template's outputs, evaluated against the load balancer the stack created.
    const urls = JSON.parse(first.outputs.urls!) as Record<string, string>;
    expect(urls.ProxyTCP80URL).toMatch(/^http:\/\/[\w.-]+\.elb\.amazonaws\.com$/);

    const resources = await stackResources();
    expect(resources).toMatchObject({
      Cluster: 'AWS::ECS::Cluster',
      LogGroup: 'AWS::Logs::LogGroup',
      WebService: 'AWS::ECS::Service',
      ApiService: 'AWS::ECS::Service',
      WorkerService: 'AWS::ECS::Service',
      DbService: 'AWS::ECS::Service',
      WebTaskDefinition: 'AWS::ECS::TaskDefinition',
      LoadBalancer: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      ProxyService: 'AWS::ECS::Service',
      Port80Listener: 'AWS::ElasticLoadBalancingV2::Listener',
      ProxyTCP8080TargetGroup: 'AWS::ElasticLoadBalancingV2::TargetGroup',
      UploadsFilesystem: 'AWS::EFS::FileSystem',
      DbdataFilesystem: 'AWS::EFS::FileSystem',
    });

    // The environment secret went to Secrets Manager, and only its ARN to the template.
    const sm = new SecretsManagerClient(aws.config);
    const stored = await sm.send(new GetSecretValueCommand({ SecretId: 'compose-ecs/shop-e2e/db_password' }));
    expect(stored.SecretString).toBe(DB_PASSWORD);

    // The template the stack runs pins the pushed digests, and .env interpolation reached it.
    const template = JSON.parse(readFileSync(first.outputs['template-path']!, 'utf8'));
    const web = template.Resources.WebTaskDefinition.Properties.ContainerDefinitions.find(
      (c: { Name: string }) => c.Name === 'web',
    );
    expect(web.Image).toBe(images.web);
    expect(web.Environment).toEqual(expect.arrayContaining([{ Name: 'RELEASE', Value: '1.0.0' }]));

    // The comment on the merged pull request now shows the finished rollout.
    const comment = [...github.comments.values()].find((c) => c.issue === 7)!;
    expect(comment.body).toContain('✅ compose-ecs deploy: `shop-e2e` deployed');
    // The deploy read the plan reviewed on the pull request back from this comment: it is what it applied.
    expect(comment.body).toContain('✅ **Applies the plan reviewed on this pull request**');
    // (By content key: the pull request's images are in other repositories, so the templates differ.)
    expect(comment.body).toContain('<details><summary>The plan reviewed on this pull request</summary>');
    expect(comment.body).toContain(`- ProxyTCP80URL: ${urls.ProxyTCP80URL}`);
    expect(comment.body).toMatch(/\| ✅ `WebService` \| shop-e2e-web:1 \| COMPLETED \| 2 \| 2 \|/);
    expect(github.comments.size).toBe(1);
    // No secret reached a log, a comment or a summary.
    // (The runner consumes ::add-mask:: commands; they are how a secret gets masked, not a leak.)
    const logged = first.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(first.stdout).toContain('::add-mask::123456789012-auth-token');
    const templateText = readFileSync(first.outputs['template-path']!, 'utf8');
    expect(templateText).toContain('"Ref": "DbPasswordSecretArn"');
    expect(templateText).toContain(
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/api-key-AbCdEf',
    );
    for (const text of [logged, first.summary, comment.body, templateText]) {
      expect(text).not.toContain(DB_PASSWORD);
      expect(text).not.toContain('ghs_e2e-secret-token');
      expect(text).not.toContain('123456789012-auth-token');
    }
    expect(await changeSetsLeft()).toBe(0);
  });

  it('writes a template that cfn-lint accepts with no errors', () => {
    const path = first.outputs['template-path']!;
    let output: string;
    try {
      output = execFileSync('cfn-lint', ['--format', 'json', '--', path], { encoding: 'utf8' });
    } catch (err) {
      output = (err as { stdout: string }).stdout; // cfn-lint exits non-zero on warnings too
    }
    const errors = (
      JSON.parse(output) as Array<{ Level: string; Rule: { Id: string }; Message: string }>
    ).filter((m) => m.Level === 'Error');
    expect(errors).toEqual([]);
  });

  it('serves the example page through the proxy, which only the config file delivered to its task configures', async () => {
    // moto runs no tasks: the deployed template's proxy, web and api tasks run under the dockerd peer as
    // Fargate would start them (serve-example.ts), with the pushed images plus a server each. The proxy is
    // nginx with no site of its own: it answers only once the config's init container has written
    // nginx.conf from SSM into the task volume mounted at /etc/nginx/conf.d.
    const served = await serveDeployedExample({
      aws,
      stackName: STACK,
      templatePath: first.outputs['template-path']!,
      images: JSON.parse(first.outputs.images!) as Record<string, string>,
      registryPassword: REGISTRY_PASSWORD,
      // The example's external secret exists only on AWS; a stand-in value for the API's task.
      externalSecrets: {
        'arn:aws:secretsmanager:us-east-1:123456789012:secret:shop/api-key-AbCdEf': 'api-key',
      },
    });
    try {
      // The image alone has no site: nginx's main file includes conf.d, which only the task fills.
      expect(served.proxyImageConfig).toContain('include /etc/nginx/conf.d/*.conf;');
      expect(served.proxyImageConfig).not.toContain('listen');
      // nginx resolves web and api through the DNS search domain the task's first container set.
      // As long as the containers change (pulled, started, restarted, printing), the page may still come.
      const page = await waitFor("the example's proxy to serve /", () => served.get('/'), {
        idleMs: 60_000,
        maxMs: 300_000,
        progress: async () =>
          (await served.runner.report()).replace(/ (Up|Exited \(\d+\)|Created)\b[^\n]*/g, ' $1'),
      });
      expect(page).toBe(readFileSync(join(shop, 'web/index.html'), 'utf8'));
      // /api/ goes to api:3000 with the prefix stripped, as the config says.
      expect(await served.get('/api/api.txt')).toBe(readFileSync(join(shop, 'api/api.txt'), 'utf8'));
      expect(await served.runner.logs(served.proxyContainer)).toMatch(/"GET \/api\/api.txt HTTP\/1.1" 200/);
    } finally {
      if (!process.env.E2E_KEEP_TASKS) await served.runner.stop();
    }
  });

  it('a second run with nothing changed is a successful no-op that rebuilds and pushes nothing', async () => {
    const run = await action('deploy');
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['has-changes']).toBe('false');
    expect(run.outputs.images).toBe(first.outputs.images);
    expect(run.stdout).not.toMatch(/pushed .* as sha256/);
    expect(run.summary).toContain('nothing to deploy');
    expect(await changeSetsLeft()).toBe(0);
    const calls = /AWS API calls: (\d+)/.exec(run.stdout);
    expect(Number(calls?.[1])).toBeGreaterThan(0);
  });

  it('as on AWS, a no-op makes no change set and looks nothing up: at most 8 AWS calls', async () => {
    // moto's list parameter values in CloudFormation's form, so the no-change check sees what AWS would show.
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [LIST_PARAMETERS_AS_CLOUDFORMATION]);
    try {
      const run = await action('deploy', { env: { AWS_ENDPOINT_URL: proxy.url } });
      expect(errorLines(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(run.outputs['has-changes']).toBe('false');
      expect(run.outputs.images).toBe(first.outputs.images);
      expect(run.summary).toContain('nothing to deploy');
      expect(run.stdout).toContain('VPC and subnets: as the stack runs them');
      expect(proxy.operations).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/ChangeSet$|^DescribeVpcs$|^DescribeSubnets$/)]),
      );
      // Nothing changes, so nothing is priced: the cost estimate asks the Price List only for a change.
      expect(proxy.operations).not.toContain('GetProducts');
      // GetAuthorizationToken, DescribeRepositories, DescribeStacks, GetTemplate, GetSecretValue, and the two
      // reads of the URLs that moto leaves out of the stack's outputs (ListStackResources, DescribeLoadBalancers).
      expect(Number(/AWS API calls: (\d+)/.exec(run.stdout)?.[1])).toBeLessThanOrEqual(8);
      expect(JSON.parse(run.outputs.urls!)).toEqual(JSON.parse(first.outputs.urls!));
    } finally {
      await proxy.close();
    }
  });

  it('changing one service plans and deploys an UPDATE that touches only that service', async () => {
    await appendFile(join(shop, 'worker/worker.txt'), 'v2\n');
    // A plan of the trusted images (a plan on main before its deploy). A pull request's plan names the
    // `-untrusted` images, so against this stack it also shows each built service's task definition and
    // execution role changing (README, Security: the review compares content keys).
    const plan = await action('plan', { inputs: { 'untrusted-images': 'false' } });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs['has-changes']).toBe('true');
    // AWS also lists WorkerService (its task-definition Ref changes); moto lists only the task definition.
    expect(plan.summary).toMatch(/planned: 0 to add, [012] to change, [01] to replace, 0 to remove/);
    expect(await changeSetsLeft()).toBe(0);

    const deploy = await action('deploy');
    expect(errorLines(deploy)).toEqual([]);
    expect(deploy.exitCode).toBe(0);
    const changed = [...deploy.summary.matchAll(/\| (?:➕|✏️|➖) (\w+) \| `(\w+)` \|/g)]
      .map((m) => `${m[1]} ${m[2]}`)
      .sort();
    expect(changed).toContain('Modify WorkerTaskDefinition');
    expect(
      changed.filter((c) => !['Modify WorkerService', 'Modify WorkerTaskDefinition'].includes(c)),
    ).toEqual([]);
    const images = JSON.parse(deploy.outputs.images!);
    const before = JSON.parse(first.outputs.images!);
    expect(images.web).toBe(before.web);
    expect(images.api).toBe(before.api);
    expect(images.worker).not.toBe(before.worker);
    const stack = await aws.cfn.send(new DescribeStacksCommand({ StackName: STACK }));
    expect(stack.Stacks?.[0]?.StackStatus).toBe('UPDATE_COMPLETE');
  });

  it('a rotated secret rolls the services that use it, and only those', async () => {
    const before = await taskDefinitionRevisions();
    const rotated = `${DB_PASSWORD}-rotated`;
    // Parameters in CloudFormation's form: only the secret's version differs, and the check must see it.
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [LIST_PARAMETERS_AS_CLOUDFORMATION]);
    const run = await action('deploy', {
      env: { DB_PASSWORD: rotated, AWS_ENDPOINT_URL: proxy.url },
    }).finally(() => proxy.close());
    expect(run.stdout).toContain('VPC and subnets: as the stack runs them');
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    // The template is the same; the pinned version parameter changed, so the task definitions that
    // use the secret get new revisions (their ValueFrom ends in :::<version>), and web's does not.
    expect(run.outputs['has-changes']).toBe('true');
    const after = await taskDefinitionRevisions();
    expect(after.ApiTaskDefinition).not.toBe(before.ApiTaskDefinition);
    expect(after.WorkerTaskDefinition).not.toBe(before.WorkerTaskDefinition);
    expect(after.WebTaskDefinition).toBe(before.WebTaskDefinition);
    const sm = new SecretsManagerClient(aws.config);
    const stored = await sm.send(new GetSecretValueCommand({ SecretId: 'compose-ecs/shop-e2e/db_password' }));
    expect(stored.SecretString).toBe(rotated);
    for (const text of [run.summary, readFileSync(run.outputs['template-path']!, 'utf8')])
      expect(text).not.toContain(rotated);
  });

  it('a changed config file is stored anew and rolls the proxy, and only the proxy', async () => {
    const ssm = new SSMClient(aws.config);
    const stored = async () =>
      (
        await ssm.send(
          new GetParametersByPathCommand({
            Path: '/compose-ecs/shop-e2e/configs/proxy_conf',
            Recursive: true,
          }),
        )
      ).Parameters ?? [];
    // The first deploy stored the file as it is in the example, under a name its content decides.
    const conf = join(shop, 'proxy/nginx.conf');
    const original = readFileSync(conf, 'utf8');
    const before = await stored();
    expect(before.map((p) => p.Value)).toEqual([original]);
    expect(before[0]!.Name).toMatch(/^\/compose-ecs\/shop-e2e\/configs\/proxy_conf\/[0-9a-f]{16}\/0\.0$/);
    // The task reads it by ARN; the content itself is not in the template.
    const templateText = readFileSync(first.outputs['template-path']!, 'utf8');
    expect(templateText).not.toContain('proxy_pass');

    const revisionsBefore = await taskDefinitionRevisions();
    await appendFile(conf, '# uploads are served by the api\n');
    // The password the previous test rotated to, so that only the config differs from the stack.
    const run = await action('deploy', { env: { DB_PASSWORD: `${DB_PASSWORD}-rotated` } });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('stored config proxy_conf in SSM Parameter Store (1 parameter)');
    const after = await taskDefinitionRevisions();
    expect(after.ProxyTaskDefinition).not.toBe(revisionsBefore.ProxyTaskDefinition);
    for (const other of [
      'WebTaskDefinition',
      'ApiTaskDefinition',
      'DbTaskDefinition',
      'WorkerTaskDefinition',
    ])
      expect(after[other]).toBe(revisionsBefore[other]);
    // The new content is a new parameter; the old one stays for the release that still reads it.
    const values = (await stored()).map((p) => p.Value).sort();
    expect(values).toEqual([original, readFileSync(conf, 'utf8')].sort());
  });

  it('a pull request changing web: the comment says what changes in compose words, without re-flagging', async () => {
    const composeFile = join(shop, 'compose.yaml');
    const page = join(shop, 'web/index.html');
    const [compose, html] = [readFileSync(composeFile, 'utf8'), readFileSync(page, 'utf8')];
    const oldWeb = (JSON.parse(first.outputs.images!) as Record<string, string>).web!;
    const doc = parseDocument(compose);
    doc.setIn(['services', 'web', 'environment', 'FEATURE_FLAGS'], 'checkout-v2');
    // web publishes nothing in the example (the proxy does): this publishes its first port.
    doc.setIn(['services', 'web', 'ports'], doc.createNode(['8443:8443']));
    doc.setIn(['services', 'web', 'x-aws-policies'], ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess']);
    try {
      await writeFile(composeFile, doc.toString());
      await appendFile(page, '<p>checkout v2</p>\n');
      // A TCP port makes the load balancer a network one, where each of the canary proxy's traffic shifts
      // takes ECS about ten minutes more (modelled at 29–51 min): a shorter wait would be refused.
      const plan = await action('plan', { inputs: { 'wait-timeout': '60' } });
      expect(errorLines(plan)).toEqual([]);
      const newWeb = (JSON.parse(plan.outputs.images!) as Record<string, string>).web!;
      const body = [...github.comments.values()].find((c) => c.issue === 7)!.body;
      // What a reviewer reads without opening the folded template diff.
      const visible = body.slice(0, body.indexOf('<details><summary><b>Template diff'));
      const short = (uri: string) => `web@${uri.split('@')[1]!.slice(0, 'sha256:'.length + 12)}`;
      expect(visible).toContain(`- **web**: image \`${short(oldWeb)}\` → \`${short(newWeb)}\``);
      expect(visible).toContain('  - environment FEATURE_FLAGS added = "checkout-v2"');
      expect(visible).toContain('  - policy attached: AmazonS3ReadOnlyAccess');
      expect(visible).toContain('  - publishes 8443/tcp');
      expect(visible).toContain(
        'load balancer LoadBalancer turns from application into network because it now publishes 8443/tcp: it is **replaced**',
      );
      expect(visible).toMatch(
        /➕ added LoadBalancerSecurityGroup: ingress 8443\/tcp from 0\.0\.0\.0\/0 — ⚠️ \*\*open to the internet\*\*/,
      );
      expect(visible).not.toMatch(/ingress 80\/tcp from 0\.0\.0\.0\/0/);
    } finally {
      await writeFile(composeFile, compose);
      await writeFile(page, html);
    }
  });
});

describe('the monthly cost, from the Price List (moto has none: the proxy answers GetProducts)', () => {
  const priceList = (products = productsOf('us-east-1', 'USE1', 'USE1')) => ({
    operation: 'GetProducts',
    respond: (body: string) => ({
      contentType: 'application/x-amz-json-1.1',
      body: JSON.stringify({ FormatVersion: 'aws_v1', PriceList: answer(JSON.parse(body), products) }),
    }),
  });

  it('a pull request scaling web from 2 to 4 replicas says what the stack will cost and the difference', async () => {
    const composeFile = join(shop, 'compose.yaml');
    const compose = readFileSync(composeFile, 'utf8');
    const doc = parseDocument(compose);
    doc.setIn(['services', 'web', 'deploy', 'replicas'], 4);
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [], { answers: [priceList()] });
    try {
      await writeFile(composeFile, doc.toString());
      const plan = await action('plan', { env: { AWS_ENDPOINT_URL: proxy.url } });
      expect(errorLines(plan)).toEqual([]);
      const body = [...github.comments.values()].find((c) => c.issue === 7)!.body;
      const today = new Date().toISOString().slice(0, 10);
      // Two more tasks of 0.5 vCPU and 1 GB with a public IPv4 each, 730 hours:
      // 2 × (0.5 × $0.04048 + 1 × $0.004445 + $0.005) × 730 = $43.34.
      const line = new RegExp(
        `^💰 \\*\\*≈ \\$\\d+/month, \\+\\$43 \\(from \\$\\d+\\)\\*\\* \\(estimate: on-demand list prices, no savings plans or free tier · AWS Price List, us-east-1, ${today} \\(prices published 2026-11-28\\)\\)$`,
        'm',
      );
      expect(body).toMatch(line);
      // The line sits under the headline, in the comment and the job summary alike.
      expect(body.split('\n\n')[2]).toMatch(line);
      expect(plan.summary).toMatch(line);
      expect(body).toContain('| **web** | $43 | $87 | +$43 | 4 × 0.5 vCPU, 1 GB x86, public IPv4 each |');
      // One GetProducts per service code the stack bills under, each for the stack's region, counted.
      const asked = proxy.requests
        .filter((r) => r.operation === 'GetProducts')
        .map((r) => JSON.parse(r.body));
      expect(asked.map((r) => r.ServiceCode).sort()).toEqual([
        'AWSELB',
        'AWSSecretsManager',
        'AmazonCloudWatch',
        'AmazonECS',
        'AmazonEFS',
        'AmazonVPC',
      ]);
      for (const r of asked)
        expect(r.Filters[0]).toEqual({ Type: 'TERM_MATCH', Field: 'regionCode', Value: 'us-east-1' });
      expect(plan.stdout).toMatch(/"Pricing\.GetProducts":6/);

      // Without the permission: the plan says so and shows no figures.
      const denied = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [
        {
          operation: 'GetProducts',
          times: 100,
          status: 400,
          code: 'AccessDeniedException',
          message:
            'User: arn:aws:sts::123456789012:assumed-role/plan/gha is not authorized to perform: pricing:GetProducts',
        },
      ]);
      try {
        const noPrices = await action('plan', { env: { AWS_ENDPOINT_URL: denied.url } });
        expect(errorLines(noPrices)).toEqual([]);
        expect(noPrices.exitCode).toBe(0);
        const text = [...github.comments.values()].find((c) => c.issue === 7)!.body;
        expect(text).toContain('💰 No cost estimate: the role may not call `pricing:GetProducts`');
        expect(text).not.toMatch(/\/month|Monthly cost/);
      } finally {
        await denied.close();
      }
      // cost: false asks nothing.
      const off = await action('plan', { env: { AWS_ENDPOINT_URL: proxy.url }, inputs: { cost: 'false' } });
      expect(off.exitCode).toBe(0);
      expect(proxy.requests.filter((r) => r.operation === 'GetProducts')).toHaveLength(6);
      expect([...github.comments.values()].find((c) => c.issue === 7)!.body).not.toContain('💰');
    } finally {
      await writeFile(composeFile, compose);
      await proxy.close();
    }
  });
});

describe('bad input and faults end the step with one clear error, and nothing after the failing stage runs', () => {
  it('a missing compose file', async () => {
    const run = await action('deploy', { inputs: { 'compose-file': 'nope.yaml' } });
    expect(run.exitCode).toBe(1);
    // The problem once (naming the file), then the step's one summary line.
    expect(errorLines(run).filter((l) => /nope\.yaml/.test(l))).toHaveLength(1);
    expect(errorLines(run).at(-1)).toBe('::error::The compose project is invalid (1 error)');
    expect(run.stdout).toContain('AWS API calls: 0');
  });

  it('without GITHUB_REPOSITORY: no crash, each problem said once, one final ::error:: line', async () => {
    const dir = await scratchShop();
    await writeFile(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n    ports: ["abc"]\n');
    const run = await action('plan', { workspace: dir, env: { GITHUB_REPOSITORY: undefined } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/context\.repo|\n\s+at /);
    expect(run.stdout).toContain('GITHUB_REPOSITORY is not set: no pull-request comment');
    // The diagnostic is one annotation on its line; the step's last line counts it without repeating it.
    expect(run.stdout.split('expected a port such as').length - 1).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error::'))).toEqual([
      '::error::The compose project is invalid (1 error)',
    ]);
    expect(errorLines(run)).toHaveLength(2);
    expect(errorLines(run)[0]).toMatch(
      /^::error file=compose\.yaml,line=4,col=\d+::services\.web\.ports\[0\]/,
    );
  });

  it('invalid YAML, with file, line and column', async () => {
    const dir = await scratchShop();
    await writeFile(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: [unclosed\n');
    const run = await action('deploy', { workspace: dir });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).some((l) => /^::error file=compose\.yaml,line=\d+,col=\d+::/.test(l))).toBe(true);
    expect(run.stdout).toContain('AWS API calls: 0');
  });

  it('no AWS credentials', async () => {
    const run = await action('deploy', {
      env: {
        AWS_ACCESS_KEY_ID: undefined,
        AWS_SECRET_ACCESS_KEY: undefined,
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        AWS_CONFIG_FILE: '/nonexistent',
        AWS_EC2_METADATA_DISABLED: 'true',
        AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
      },
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).at(-1)).toMatch(
      /no AWS credentials were found: add aws-actions\/configure-aws-credentials/,
    );
    expect(run.stdout).not.toMatch(/STEP 1|Successfully built|pushed /);
  });

  it('an unreachable endpoint', async () => {
    const run = await action('deploy', { env: { AWS_ENDPOINT_URL: 'http://127.0.0.1:9' } });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).at(-1)).toMatch(
      /the AWS endpoint is unreachable \(ECONNREFUSED at http:\/\/127\.0\.0\.1:9\)/,
    );
  });

  it('a failed build stops before anything is planned', async () => {
    const dir = await scratchShop();
    await writeFile(join(dir, 'api/Dockerfile'), 'FROM scratch\nCOPY missing-file /nowhere\n');
    const run = await action('deploy', { workspace: dir, inputs: { 'stack-name': 'shop-broken-build' } });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).at(-1)).toMatch(/building the image of service "api" failed/);
    expect(run.stdout).not.toContain('CreateChangeSet');
    // Only the read-only preflight (is the stack free?) reached CloudFormation.
    expect(run.stdout).toMatch(/AWS API calls: \d+ \{[^}]*"CloudFormation.DescribeStacks":1[,}]/);
    expect(run.stdout).not.toMatch(
      /CloudFormation\.(CreateChangeSet|ExecuteChangeSet|DeleteStack|GetTemplate)/,
    );
  });

  it('a failed execution names the cause and leaves no change set', async () => {
    const run = await action('deploy', {
      inputs: { 'stack-name': 'shop-bad-subnet', 'subnet-ids': 'subnet-0000000000deadbee' },
    });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).at(-1)).toMatch(/subnet-0000000000deadbee/);
    expect(await changeSetsLeft('shop-bad-subnet')).toBe(0);
  });
});

describe('faults the emulator cannot produce, injected by a proxy in front of it', () => {
  it('throttled and failing calls are retried, and the deploy still succeeds', async () => {
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [
      { operation: 'GetAuthorizationToken', times: 2, status: 400, code: 'ThrottlingException' },
      { operation: 'CreateChangeSet', times: 1, status: 400, code: 'Throttling' },
      {
        operation: 'DescribeStacks',
        times: 2,
        status: 500,
        code: 'InternalFailure',
        message: 'We encountered an internal error',
      },
    ]);
    try {
      await appendFile(join(shop, 'api/api.txt'), 'v3\n');
      const run = await action('deploy', { env: { AWS_ENDPOINT_URL: proxy.url } });
      expect(errorLines(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(Object.fromEntries(proxy.injected)).toEqual({
        GetAuthorizationToken: 2,
        CreateChangeSet: 1,
        DescribeStacks: 2,
      });
      expect(proxy.operations.filter((o) => o === 'CreateChangeSet')).toHaveLength(2);
      expect(run.summary).toContain('deployed');
    } finally {
      await proxy.close();
    }
  });

  it('a call that keeps failing ends the step naming the call, and leaves no change set', async () => {
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [
      { operation: 'ExecuteChangeSet', times: 100, status: 400, code: 'Throttling' },
    ]);
    try {
      await appendFile(join(shop, 'api/api.txt'), 'v4\n');
      const run = await action('deploy', { env: { AWS_ENDPOINT_URL: proxy.url } });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run).at(-1)).toMatch(
        // Typed at the edge (aws/failures.ts Throttled): the line says the SDK's retries ran out.
        /CloudFormation ExecuteChangeSet failed: AWS throttled CloudFormation\.ExecuteChangeSet through every retry: .*\[Throttling: Rate exceeded\]$/,
      );
      expect(proxy.injected.get('ExecuteChangeSet')).toBe(5); // the SDK's five attempts
      expect(await changeSetsLeft()).toBe(0);
    } finally {
      await proxy.close();
    }
  });
});

describe('a change set that CloudFormation refuses', () => {
  it('names the reason and leaves neither the change set nor an empty new stack behind', async () => {
    const reason =
      'Parameter validation failed: parameter value subnet-0bad for parameter name SubnetIds does not exist.';
    const proxy = await startFaultProxy(
      aws.env.AWS_ENDPOINT_URL!,
      [],
      [
        {
          operation: 'DescribeChangeSet',
          transformText: (xml) =>
            xml.replace(
              /<Status>CREATE_COMPLETE<\/Status>/,
              `<Status>FAILED</Status><StatusReason>${reason}</StatusReason>`,
            ),
        },
      ],
    );
    try {
      const run = await action('deploy', {
        inputs: { 'stack-name': 'shop-refused' },
        env: { AWS_ENDPOINT_URL: proxy.url },
      });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run).at(-1)).toContain(`failed: ${reason}`);
      expect(proxy.operations).toEqual(expect.arrayContaining(['DeleteChangeSet', 'DeleteStack']));
      const left = await aws.cfn
        .send(new DescribeStacksCommand({ StackName: 'shop-refused' }))
        .catch((e: Error) => e);
      expect(left instanceof Error ? left.message : left.Stacks?.[0]?.StackStatus).toMatch(
        /does not exist|DELETE_COMPLETE/,
      );
    } finally {
      await proxy.close();
    }
  });
});

describe('a deployment that ECS rolls back', () => {
  it("fails the step with ECS's reason and says so in the comment, though CloudFormation succeeded", async () => {
    // moto completes every rollout; the proxy turns the web service's into a circuit-breaker rollback.
    const proxy = await startFaultProxy(
      aws.env.AWS_ENDPOINT_URL!,
      [],
      [
        {
          operation: 'DescribeServices',
          transform: (answer: {
            services: Array<{ serviceName: string; deployments: any[]; events: any[] }>;
          }) => {
            for (const service of answer.services.filter((s) => s.serviceName.includes('WebService'))) {
              service.deployments = service.deployments.map((d) => ({
                ...d,
                rolloutState: 'FAILED',
                rolloutStateReason: 'ECS deployment circuit breaker: 3 tasks failed to start.',
                runningCount: 0,
                failedTasks: 3,
              }));
              service.events = [
                {
                  id: 'e1',
                  createdAt: Date.now() / 1000,
                  message: '(service web) (task 4b1e) failed container health checks.',
                },
              ];
            }
            return answer;
          },
        },
      ],
    );
    try {
      await appendFile(join(shop, 'web/index.html'), '<p>broken release</p>\n');
      const run = await action('deploy', { env: { AWS_ENDPOINT_URL: proxy.url } });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run).at(-1)).toMatch(
        /ECS rolled back service shop-e2e-WebService-\w+: ECS deployment circuit breaker: 3 tasks failed to start\. \(latest event: \(service web\) \(task 4b1e\) failed container health checks\.\)/,
      );
      const comment = [...github.comments.values()].find((c) => c.issue === 7)!;
      expect(comment.body).toContain('### ❌ compose-ecs deploy: `shop-e2e` failed');
      expect(comment.body).toMatch(
        /\| ❌ `WebService` \| shop-e2e-web:\d+ \| FAILED \| 2 \| 0 \| \d+ \| 3 \| ECS deployment circuit breaker: 3 tasks failed to start\. \|/,
      );
      expect(run.summary).toContain('❌ compose-ecs deploy');
      // Later steps still learn what was built and where, though the step failed.
      expect(Object.keys(JSON.parse(run.outputs.images!))).toEqual(['api', 'db', 'proxy', 'web', 'worker']);
      expect(run.outputs['stack-id']).toMatch(/stack\/shop-e2e\//);
    } finally {
      await proxy.close();
    }
  });

  it('fails even when the rollback has finished and ECS reports the old revision COMPLETED', async () => {
    const proxy = await startFaultProxy(
      aws.env.AWS_ENDPOINT_URL!,
      [],
      [
        {
          operation: 'DescribeServices',
          transform: (answer: { services: Array<{ serviceName: string; deployments: any[] }> }) => {
            for (const service of answer.services.filter((s) => s.serviceName.includes('WebService'))) {
              const [primary] = service.deployments;
              const previous = primary.taskDefinition.replace(
                /:(\d+)$/,
                (_m: string, n: string) => `:${Math.max(1, Number(n) - 1)}`,
              );
              const old = previous === primary.taskDefinition ? `${previous}0` : previous;
              // After a rollback the service itself is set back to the old revision, too.
              Object.assign(service, { taskDefinition: old });
              service.deployments = [
                {
                  ...primary,
                  taskDefinition: old,
                },
                {
                  ...primary,
                  status: 'INACTIVE',
                  rolloutState: 'FAILED',
                  rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.',
                },
              ];
            }
            return answer;
          },
        },
      ],
    );
    try {
      await appendFile(join(shop, 'web/index.html'), '<p>another broken release</p>\n');
      const run = await action('deploy', { env: { AWS_ENDPOINT_URL: proxy.url } });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run).at(-1)).toMatch(
        /ECS rolled back service shop-e2e-WebService-\w+: ECS deployment circuit breaker: tasks failed to start\.; ECS runs shop-e2e-web:\d+ instead of shop-e2e-web:\d+/,
      );
      expect(run.summary).toContain('❌ compose-ecs deploy');
    } finally {
      await proxy.close();
    }
  });
});

/** The stack's status as `status()` says whenever it says one; moto settles every operation inside its call. */
function stackStatusRewrite(status: () => string | undefined): ResponseRewrite {
  return {
    operation: 'DescribeStacks',
    transformText: (xml) => {
      const now = status();
      return now ? xml.replace(/<StackStatus>\w+<\/StackStatus>/, `<StackStatus>${now}</StackStatus>`) : xml;
    },
  };
}

/** The form parameters of each request of `operation` the proxy saw. */
const requestsOf = (proxy: { requests: Array<{ operation: string; body: string }> }, operation: string) =>
  proxy.requests
    .filter((r) => r.operation === operation)
    .map((r) => Object.fromEntries(new URLSearchParams(r.body)));

const stackGone = async (name: string) => {
  const out = await aws.cfn.send(new DescribeStacksCommand({ StackName: name })).catch((e: Error) => e);
  return out instanceof Error
    ? /does not exist/.test(out.message)
    : out.Stacks?.[0]?.StackStatus === 'DELETE_COMPLETE';
};

describe('termination protection, and a job cancelled while the stack changes', () => {
  it('a first create with termination-protection turns it on once the stack exists, for that stack', async () => {
    // moto 5.2 has no UpdateTerminationProtection (nor EnableTerminationProtection on DescribeStacks): the
    // proxy answers the call, so the test checks what the action asks and when.
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [], {
      answers: [
        {
          operation: 'UpdateTerminationProtection',
          respond: (body) =>
            queryAnswer(
              'UpdateTerminationProtection',
              `<StackId>${new URLSearchParams(body).get('StackName')}</StackId>`,
            ),
        },
      ],
    });
    try {
      const run = await action('deploy', {
        inputs: { 'stack-name': 'shop-cancel', 'termination-protection': 'true' },
        env: { AWS_ENDPOINT_URL: proxy.url },
      });
      expect(errorLines(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(requestsOf(proxy, 'UpdateTerminationProtection')).toEqual([
        {
          Action: 'UpdateTerminationProtection',
          Version: '2010-05-15',
          StackName: run.outputs['stack-id'],
          EnableTerminationProtection: 'true',
        },
      ]);
      // Only after the create succeeded: a failed or cancelled first create must stay deletable.
      expect(proxy.operations.indexOf('UpdateTerminationProtection')).toBeGreaterThan(
        proxy.operations.indexOf('ExecuteChangeSet'),
      );
      expect(run.stdout).toContain(
        'termination protection is on: the stack cannot be deleted until it is turned off',
      );
    } finally {
      await proxy.close();
    }
  });

  it('cancelled during an update: CancelUpdateStack, the rollback followed, the state reported, a failed step', async () => {
    // moto runs the update inside ExecuteChangeSet and has no CancelUpdateStack. The proxy keeps the stack
    // UPDATE_IN_PROGRESS once the change set executes, answers CancelUpdateStack, then reports the rollback
    // AWS documents (UPDATE_ROLLBACK_IN_PROGRESS, then UPDATE_ROLLBACK_COMPLETE).
    let child: ChildProcess | undefined;
    let executed = false;
    let readsAfterCancel: number | undefined;
    const proxy = await startFaultProxy(
      aws.env.AWS_ENDPOINT_URL!,
      [],
      [
        stackStatusRewrite(() => {
          if (!executed) return undefined;
          if (readsAfterCancel === undefined) return 'UPDATE_IN_PROGRESS';
          return readsAfterCancel++ === 0 ? 'UPDATE_ROLLBACK_IN_PROGRESS' : 'UPDATE_ROLLBACK_COMPLETE';
        }),
      ],
      {
        onRequest: (operation) => {
          if (operation !== 'ExecuteChangeSet' || executed) return;
          executed = true;
          cancelLikeRunner(child!); // the job is cancelled while CloudFormation works
        },
        answers: [
          {
            operation: 'CancelUpdateStack',
            respond: () => {
              readsAfterCancel = 0;
              return queryAnswer('CancelUpdateStack');
            },
          },
        ],
      },
    );
    try {
      await appendFile(join(shop, 'worker/worker.txt'), 'a release that gets cancelled\n');
      const run = await action('deploy', {
        inputs: { 'stack-name': 'shop-cancel' },
        env: { AWS_ENDPOINT_URL: proxy.url },
        onSpawn: (c) => (child = c),
      });
      // It ended by itself, with a failure, before the runner would have killed it.
      expect(run.killedBy).toBeUndefined();
      expect(run.exitCode).toBe(1);
      const said =
        'deploy cancelled (SIGINT): asked CloudFormation to cancel the update (CancelUpdateStack), which rolls it back to the previous release; stack shop-cancel is UPDATE_ROLLBACK_COMPLETE';
      expect(errorLines(run).at(-1)).toBe(`::error::${said}`);
      const [stack] =
        (await aws.cfn.send(new DescribeStacksCommand({ StackName: 'shop-cancel' }))).Stacks ?? [];
      expect(requestsOf(proxy, 'CancelUpdateStack')).toEqual([
        { Action: 'CancelUpdateStack', Version: '2010-05-15', StackName: stack!.StackId },
      ]);
      expect(run.summary).toContain('### ⛔ compose-ecs deploy: `shop-cancel` cancelled');
      expect(run.summary).toContain(said);
      const comment = [...github.comments.values()].find((c) => c.body.includes('stack=shop-cancel -->'));
      expect(comment?.body).toContain(said);
      // The images stage had cleaned up after itself: nothing left for the post step.
      expect(JSON.parse(run.state['engine-leftovers']!)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it('cancelled during a first create: the stack is deleted (a create cannot be cancelled) and is gone', async () => {
    let child: ChildProcess | undefined;
    let executed = false;
    let deleting = false;
    // moto finishes the create inside ExecuteChangeSet: the proxy shows it in progress until DeleteStack,
    // which moto then really performs.
    const proxy = await startFaultProxy(
      aws.env.AWS_ENDPOINT_URL!,
      [],
      [stackStatusRewrite(() => (executed && !deleting ? 'CREATE_IN_PROGRESS' : undefined))],
      {
        onRequest: (operation) => {
          if (operation === 'DeleteStack') deleting = true;
          if (operation !== 'ExecuteChangeSet' || executed) return;
          executed = true;
          cancelLikeRunner(child!);
        },
      },
    );
    try {
      const run = await action('deploy', {
        inputs: { 'stack-name': 'shop-cancel-new' },
        env: { AWS_ENDPOINT_URL: proxy.url },
        onSpawn: (c) => (child = c),
      });
      expect(run.killedBy).toBeUndefined();
      expect(run.exitCode).toBe(1);
      expect(errorLines(run).at(-1)).toBe(
        '::error::deploy cancelled (SIGINT): the stack was being created, which CloudFormation cannot cancel, so it was deleted (DeleteStack); stack shop-cancel-new is DELETE_COMPLETE',
      );
      expect(proxy.operations).not.toContain('CancelUpdateStack');
      expect(await stackGone('shop-cancel-new')).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('cancelled during a plan: the change set and the empty new stack are deleted before the step ends', async () => {
    let child: ChildProcess | undefined;
    // moto computes a change set inside CreateChangeSet: the proxy keeps it CREATE_PENDING, as AWS is for a while.
    const proxy = await startFaultProxy(
      aws.env.AWS_ENDPOINT_URL!,
      [],
      [
        {
          operation: 'DescribeChangeSet',
          transformText: (xml) =>
            xml.replace(/<Status>CREATE_COMPLETE<\/Status>/, '<Status>CREATE_PENDING</Status>'),
        },
      ],
      {
        onRequest: (operation) => {
          if (operation === 'CreateChangeSet') cancelLikeRunner(child!);
        },
      },
    );
    try {
      const run = await action('plan', {
        inputs: { 'stack-name': 'shop-cancel-plan' },
        env: { AWS_ENDPOINT_URL: proxy.url },
        onSpawn: (c) => (child = c),
      });
      expect(run.killedBy).toBeUndefined();
      expect(run.exitCode).toBe(1);
      expect(errorLines(run).at(-1)).toMatch(
        /^::error::plan cancelled \(SIGINT\) while CloudFormation computed change set compose-ecs-\d{14}; deleted it; deleted the empty new stack shop-cancel-plan$/,
      );
      expect(proxy.operations).toEqual(expect.arrayContaining(['DeleteChangeSet', 'DeleteStack']));
      expect(proxy.operations).not.toContain('ExecuteChangeSet');
      expect(await stackGone('shop-cancel-plan')).toBe(true);
      expect(run.summary).toContain('### ⛔ compose-ecs plan: `shop-cancel-plan` cancelled');
    } finally {
      await proxy.close();
    }
  });
});

describe('the post step', () => {
  it('logs out of the registry and removes the private credentials a killed main step left behind', async () => {
    const dir = await scratchShop();
    await appendFile(join(dir, 'api/api.txt'), `post-step ${Date.now()}\n`); // a build, so a login
    const killed = await action('plan', {
      workspace: dir,
      inputs: { 'stack-name': 'shop-post' },
      onSpawn: (child) =>
        child.stdout!.on('data', (d: Buffer) => {
          if (/Login Succeeded/.test(d.toString())) child.kill('SIGKILL'); // no chance to clean up
        }),
    });
    expect(killed.killedBy).toBe('SIGKILL');
    const [left, ...more] = JSON.parse(killed.state['engine-leftovers']!) as Array<{
      dir: string;
      registries: string[];
    }>;
    expect(more).toEqual([]);
    expect(left!.registries).toEqual(['123456789012.dkr.ecr.us-east-1.amazonaws.com']);
    // The credentials really are still there.
    expect(readFileSync(join(left!.dir, 'auth.json'), 'utf8')).toContain(
      '123456789012.dkr.ecr.us-east-1.amazonaws.com',
    );

    const post = await runActionLocally({
      inputs: {},
      eventName: 'push',
      event: pushEvent,
      workspace: dir,
      githubApiUrl: github.url,
      env: aws.env,
      node: [node24Binary()],
      entry: join(root, 'dist/post/index.js'),
      state: killed.state,
    });
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toContain(
      `removed ${left!.dir} after logging out of 123456789012.dkr.ecr.us-east-1.amazonaws.com`,
    );
    expect(post.stdout).not.toMatch(/::(warning|error)/);
    expect(existsSync(left!.dir)).toBe(false);
  });
});

describe('a project whose template is over the 51,200-byte inline limit', () => {
  const bucket = 'compose-ecs-templates';
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'compose-ecs-large-'));
    const services = Array.from(
      { length: 30 },
      (_, i) =>
        `  svc${i}:\n    image: public.ecr.aws/docker/library/busybox:1.36\n    command: ["sleep", "3600"]\n    environment:\n      INDEX: "${i}"\n`,
    );
    // One built service too, to show the size is refused before any image is built or pushed.
    await mkdir(join(dir, 'app'));
    await writeFile(join(dir, 'app/Dockerfile'), 'FROM scratch\nCOPY app.txt /app.txt\n');
    await writeFile(join(dir, 'app/app.txt'), 'large\n');
    services.push('  app:\n    build: ./app\n');
    await writeFile(join(dir, 'compose.yaml'), `name: large\nservices:\n${services.join('')}`);
    await new S3Client({ ...aws.config, forcePathStyle: true }).send(
      new CreateBucketCommand({ Bucket: bucket }),
    );
  });

  it('is refused before any change set, with what to set, when no bucket is given', async () => {
    const run = await action('deploy', { workspace: dir, inputs: { 'stack-name': 'shop-large' } });
    expect(run.exitCode).toBe(1);
    expect(errorLines(run).at(-1)).toMatch(
      /over CloudFormation's inline limit of 51,200: set the template-bucket input/,
    );
    expect(run.stdout).not.toMatch(/CloudFormation\.CreateChangeSet/);
    expect(run.stdout).not.toMatch(/"ECR\.|Login Succeeded|STEP 1/); // refused before any image work
  });

  it('deploys through an S3 template URL when a bucket is given', async () => {
    const run = await action('deploy', {
      workspace: dir,
      // This machine cannot reach public.ecr.aws to pin the busybox tag to its digest (pinning is tested
      // against the local registry in releases.test.ts).
      inputs: { 'stack-name': 'shop-large', 'template-bucket': bucket, 'pin-images': 'false' },
    });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const objects = await new S3Client({ ...aws.config, forcePathStyle: true }).send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: 'compose-ecs/shop-large/' }),
    );
    expect(objects.Contents?.map((o) => o.Key)).toEqual([
      expect.stringMatching(/^compose-ecs\/shop-large\/[a-f0-9]{64}\.json$/),
    ]);
    expect(objects.Contents?.[0]?.Size).toBeGreaterThan(51_200);
    const resources = await aws.cfn.send(new DescribeStackResourcesCommand({ StackName: 'shop-large' }));
    expect(resources.StackResources?.filter((r) => r.ResourceType === 'AWS::ECS::Service')).toHaveLength(31);
  });

  it('destroy removes the stack and the templates the action stored in the bucket', async () => {
    const run = await action('destroy', {
      workspace: dir,
      inputs: { 'stack-name': 'shop-large', 'template-bucket': bucket },
    });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const objects = await new S3Client({ ...aws.config, forcePathStyle: true }).send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: 'compose-ecs/shop-large/' }),
    );
    expect(objects.Contents ?? []).toEqual([]);
    expect(run.summary).toMatch(
      /deleted from s3:\/\/compose-ecs-templates\/compose-ecs\/shop-large\/.*: 1 object\(s\)/,
    );
  });
});

describe('the CLI', () => {
  it('plans and deploys from a laptop the way the action does', () => {
    const cli = (mode: string) =>
      execFileSync(
        node24Binary(),
        [
          join(root, 'dist/cli/index.js'),
          mode,
          '-f',
          'compose.yaml',
          '--stack-name',
          'shop-cli',
          '--wait-timeout',
          '20',
        ],
        {
          cwd: shop,
          encoding: 'utf8',
          env: { ...process.env, ...aws.env, DB_PASSWORD },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    // The terminal's report: the comment's facts as plain text, without its markers or markdown.
    const plan = cli('plan');
    expect(plan).toContain(
      'compose-ecs plan: shop-cli planned: 47 to add, 0 to change, 0 to replace, 0 to remove',
    );
    expect(plan).not.toContain('<!--');
    expect(plan).not.toContain('###');
    const deploy = cli('deploy');
    expect(deploy).toContain('compose-ecs deploy: shop-cli deployed');
    expect(deploy).not.toContain(DB_PASSWORD);
    // What the stack runs now, as `docker compose ps` said it: one row per service.
    const ps = cli('ps');
    const rows = ps.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^stack shop-cli: (CREATE|UPDATE)_COMPLETE$/);
    expect(rows[1]).toMatch(/^SERVICE +TASK DEFINITION +ROLLOUT +RUNNING +TASKS$/);
    expect(
      rows
        .slice(2)
        .map((r) => r.split(/\s+/)[0])
        .sort(),
    ).toEqual(['api', 'db', 'proxy', 'web', 'worker']);
  });

  it('converts the example to a template without AWS access', () => {
    const out = execFileSync(
      node24Binary(),
      [join(root, 'dist/cli/index.js'), 'convert', '-f', 'compose.yaml'],
      {
        cwd: join(root, 'examples/shop'),
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
      },
    );
    const template = JSON.parse(out);
    expect(Object.keys(template.Resources)).toEqual(
      expect.arrayContaining(['WebService', 'ApiService', 'WorkerService']),
    );
    expect(existsSync(join(root, 'dist/cli/index.js'))).toBe(true);
  });
});

// The whole pipeline, for real: the bundled action (dist/index.js) under Node 24 builds the example
// app with podman, pushes it to the TLS registry behind the ECR token login, and deploys it into
// moto through change sets. Only the GitHub API is a local stand-in.
import {
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ListChangeSetsCommand,
} from '@aws-sdk/client-cloudformation';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { CreateBucketCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { appendFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../scripts/local/fake-github.js';
import { LIST_PARAMETERS_AS_CLOUDFORMATION, startFaultProxy } from '../../scripts/local/fault-proxy.js';
import { runActionLocally, type LocalRun } from '../../scripts/local/runner.js';
import { localAws, node24Binary, resetEmulator, root, scratchShop } from './support.js';

const STACK = 'shop-e2e';
const ROLE_ARN = 'arn:aws:iam::123456789012:role/cfn-deployer';
const TOPIC_ARN = 'arn:aws:sns:us-east-1:123456789012:stack-events';
// Stands for a GitHub secret: it must reach Secrets Manager and nothing else.
const DB_PASSWORD = `db-pw-${Date.now()}-never-logged`;
// A fresh repository prefix per run, so the images are really built and pushed even when the
// local registry kept earlier runs' images.
const PREFIX = `e2e-${Date.now().toString(36)}`;
const pushEvent = { ref: 'refs/heads/main', repository: { name: 'shop', owner: { login: 'octo-org' } } };
const prEvent = { pull_request: { number: 7 }, repository: { name: 'shop', owner: { login: 'octo-org' } } };

let aws: Awaited<ReturnType<typeof localAws>>;
let github: FakeGitHub;
let shop: string;

async function action(
  mode: 'plan' | 'deploy',
  extra: {
    inputs?: Record<string, string>;
    env?: Record<string, string | undefined>;
    workspace?: string;
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
      'wait-timeout': '3',
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
      Authorization: `Basic ${Buffer.from('AWS:123456789012-auth-token').toString('base64')}`,
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

describe('deploying the example app into the emulator', () => {
  let first: LocalRun;

  it('plans a new stack on a pull request, posts the plan, and leaves nothing behind', async () => {
    const run = await action('plan');
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['has-changes']).toBe('true');
    for (const service of ['api', 'db', 'web', 'worker'])
      expect(run.stdout).toMatch(new RegExp(`pushed \\S+/${PREFIX}/${service}:src-[a-f0-9]{32} as sha256:`));
    expect(run.summary).toContain('compose-ecs plan: `shop-e2e`');
    const comment = [...github.comments.values()].find((c) => c.issue === 7);
    expect(comment?.body).toContain('<!-- compose-ecs stack=shop-e2e -->');
    expect(comment?.body).toMatch(/➕ Add \| `WebService` \| AWS::ECS::Service/);
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

    const images = JSON.parse(first.outputs.images!) as Record<string, string>;
    expect(Object.keys(images).sort()).toEqual(['api', 'db', 'web', 'worker']);
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
    expect(urls.WebTCP80URL).toMatch(/^http:\/\/[\w.-]+\.elb\.amazonaws\.com$/);

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
      WebTCP80Listener: 'AWS::ElasticLoadBalancingV2::Listener',
      WebTCP80TargetGroup: 'AWS::ElasticLoadBalancingV2::TargetGroup',
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
    expect(comment.body).toContain(`- WebTCP80URL: ${urls.WebTCP80URL}`);
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
    const plan = await action('plan');
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs['has-changes']).toBe('true');
    // AWS also lists WorkerService (its task-definition Ref changes); moto lists only the task definition.
    expect(plan.summary).toMatch(/0 to add, [12] to change, 0 to remove/);
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
    const revisions = async () => {
      const out = await aws.cfn.send(new DescribeStackResourcesCommand({ StackName: STACK }));
      return Object.fromEntries(
        out
          .StackResources!.filter((r) => r.ResourceType === 'AWS::ECS::TaskDefinition')
          .map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]),
      );
    };
    const before = await revisions();
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
    const after = await revisions();
    expect(after.ApiTaskDefinition).not.toBe(before.ApiTaskDefinition);
    expect(after.WorkerTaskDefinition).not.toBe(before.WorkerTaskDefinition);
    expect(after.WebTaskDefinition).toBe(before.WebTaskDefinition);
    const sm = new SecretsManagerClient(aws.config);
    const stored = await sm.send(new GetSecretValueCommand({ SecretId: 'compose-ecs/shop-e2e/db_password' }));
    expect(stored.SecretString).toBe(rotated);
    for (const text of [run.summary, readFileSync(run.outputs['template-path']!, 'utf8')])
      expect(text).not.toContain(rotated);
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
        /CloudFormation ExecuteChangeSet failed: Throttling: Rate exceeded/,
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
      expect(Object.keys(JSON.parse(run.outputs.images!))).toEqual(['api', 'db', 'web', 'worker']);
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
      inputs: { 'stack-name': 'shop-large', 'template-bucket': bucket },
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
          '3',
        ],
        {
          cwd: shop,
          encoding: 'utf8',
          env: { ...process.env, ...aws.env, DB_PASSWORD },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    const plan = cli('plan');
    expect(plan).toContain('### 📋 compose-ecs plan: `shop-cli`: 40 to add, 0 to change, 0 to remove');
    const deploy = cli('deploy');
    expect(deploy).toContain('### ✅ compose-ecs deploy: `shop-cli` deployed');
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
    ).toEqual(['api', 'db', 'web', 'worker']);
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

// The deployed example, run: the tasks of its proxy, web and api services as the deployed template
// defines them (scripts/local/task-runner.ts), with the images the deploy pushed plus a server each
// (scripts/local/serving-images.ts), and the values ECS would inject read from where the deploy put them
// (SSM Parameter Store and Secrets Manager in moto).
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_IMAGE, buildBaseImage } from '../../scripts/local/build-fixture.js';
import { withHttpd, withNginx, type Engine } from '../../scripts/local/serving-images.js';
import { TaskRunner } from '../../scripts/local/task-runner.js';
import type { TemplateDocument } from '../../scripts/local/template-values.js';
import type { localAws } from './support.js';

type LocalAws = Awaited<ReturnType<typeof localAws>>;

/** The sidecars' image in the template (DNS search, configs and secrets init; by tag or pinned digest): busybox, like ours. */
const SIDECAR_IMAGE = /^public\.ecr\.aws\/docker\/library\/busybox[:@]/;

/**
 * An ECS valueFrom as the execution role reads it: an SSM parameter ARN, or a Secrets Manager ARN
 * optionally followed by `:json-key:version-stage:version-id`.
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html
 */
export function storeReader(aws: LocalAws, known: Record<string, string>) {
  const ssm = new SSMClient(aws.config);
  const secrets = new SecretsManagerClient(aws.config);
  return async (valueFrom: string): Promise<string> => {
    if (valueFrom in known) return known[valueFrom]!;
    const parts = valueFrom.split(':');
    if (parts[2] === 'ssm') {
      const name = `/${valueFrom.split(':parameter/')[1]}`;
      return (await ssm.send(new GetParameterCommand({ Name: name }))).Parameter!.Value!;
    }
    const [jsonKey, stage, versionId] = parts.slice(7);
    const out = await secrets.send(
      new GetSecretValueCommand({
        SecretId: parts.slice(0, 7).join(':'),
        ...(versionId ? { VersionId: versionId } : stage ? { VersionStage: stage } : {}),
      }),
    );
    return jsonKey
      ? String((JSON.parse(out.SecretString!) as Record<string, unknown>)[jsonKey])
      : out.SecretString!;
  };
}

export interface ServedExample {
  runner: TaskRunner;
  /** GET a path from the proxy's task on its container port, as the load balancer's target group does. */
  get(path: string): Promise<string>;
  proxyContainer: string;
  /** `nginx -T` of the proxy's image alone, outside its task: the configuration it ships with. */
  proxyImageConfig: string;
}

export async function serveDeployedExample(options: {
  aws: LocalAws;
  stackName: string;
  templatePath: string;
  /** The images output of the deploy: service → pinned URI in the registry. */
  images: Record<string, string>;
  registryPassword: string;
  /** Values of secrets that exist only on AWS (external ones), by valueFrom. */
  externalSecrets: Record<string, string>;
}): Promise<ServedExample> {
  const { aws, images } = options;
  const engine: Engine = {
    docker: join(aws.env.COMPOSE_ECS_DOCKERD_BIN!, 'docker'),
    env: {
      ...process.env,
      DOCKER_HOST: aws.env.COMPOSE_ECS_DOCKERD_HOST!,
      DOCKER_CONFIG: await mkdtemp(join(tmpdir(), 'serve-docker-')),
    },
  };
  const host = images.proxy!.split('/')[0]!;
  execFileSync(engine.docker, ['login', '-u', 'AWS', '--password-stdin', host], {
    env: engine.env,
    input: options.registryPassword,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  await buildBaseImage('buildkit', aws.env);
  const standIns: Record<string, string> = {};
  const serve = async (service: string, add: (tag: string) => Promise<void>) => {
    const tag = `compose-ecs-e2e/served-${service}:1`;
    await add(tag);
    standIns[images[service]!] = tag;
  };
  await serve('web', (tag) => withHttpd(engine, images.web!, tag, 8080, '/srv'));
  await serve('api', (tag) => withHttpd(engine, images.api!, tag, 3000, '/'));
  await serve('proxy', (tag) => withNginx(engine, images.proxy!, tag, aws.env.COMPOSE_ECS_NGINX!));

  const [stack] = (await aws.cfn.send(new DescribeStacksCommand({ StackName: options.stackName }))).Stacks!;
  const template = JSON.parse(await readFile(options.templatePath, 'utf8')) as TemplateDocument;
  const runner = new TaskRunner({
    docker: engine.docker,
    dockerEnv: engine.env,
    template,
    stack: {
      stackName: options.stackName,
      region: aws.env.AWS_REGION!,
      account: stack!.StackId!.split(':')[4]!,
      parameters: Object.fromEntries(
        (stack!.Parameters ?? []).map((p) => [p.ParameterKey!, p.ParameterValue!]),
      ),
    },
    image: ({ name, image }) => {
      if (SIDECAR_IMAGE.test(image)) return BASE_IMAGE;
      const local = standIns[image];
      if (!local) throw new Error(`${name}: no local stand-in for ${image}`);
      return local;
    },
    secret: storeReader(aws, options.externalSecrets),
    holderImage: BASE_IMAGE,
  });
  const bare = await promisify(execFile)(
    engine.docker,
    ['run', '--rm', '--network', 'none', '--entrypoint', '/usr/sbin/nginx', standIns[images.proxy!]!, '-T'],
    { env: engine.env },
  );
  // A task that fails to start leaves the ones before it running: the caller never gets the runner to stop.
  const tasks = await runner.start(['proxy', 'web', 'api']).catch(async (error: unknown) => {
    const report = await runner.report().catch(() => '');
    if (!process.env.E2E_KEEP_TASKS) await runner.stop().catch(() => undefined);
    throw new Error(`${String(error)}\n${report}`, { cause: error });
  });
  const proxy = tasks.find((t) => t.service === 'proxy')!;
  return {
    runner,
    proxyContainer: proxy.containers.proxy!,
    proxyImageConfig: bare.stdout + bare.stderr,
    // busybox 1.35's wget crashes on its own -T timeout here: `timeout` bounds it instead.
    get: (path) =>
      runner.client(['timeout', '10', 'wget', '-q', '-O', '-', `http://${proxy.addresses[0]}:8080${path}`]),
  };
}

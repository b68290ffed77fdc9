// Issue 7: every x-aws-* extension is decoded once, in the loader, into typed fields; the converter reads
// only those. These tests load compose text (so errors carry file and line) and guard the converter's sources.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLACES, X } from '../../src/compose/aws-extensions.js';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';

async function load(text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'aws-ext-'));
  try {
    await writeFile(join(dir, 'compose.yaml'), text);
    return await loadProject({ files: [], environment: {}, workingDir: dir, projectName: 'shop' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function loadErrors(text: string): Promise<string[]> {
  try {
    await load(text);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics.map(formatDiagnostic);
    throw err;
  }
  throw new Error('expected the project to be refused');
}

const SG = 'sg-0123456789abcdef0';
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf';
// Every extension, in every place it may appear, with a valid value.
const EVERYTHING = `x-aws-cluster: shared
x-aws-vpc: vpc-0abc
x-aws-loadbalancer: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/shared/0123456789abcdef
x-aws-loadbalancer_securitygroup: ${SG}
x-aws-loadbalancer_scheme: Internal
x-aws-loadbalancer_type: network
x-aws-cloudformation: { Outputs: { Extra: { Value: x } } }
x-aws-logs_retention: "90"
services:
  web:
    image: web
    x-aws-role: { Statement: [{ Effect: Allow, Action: "s3:GetObject", Resource: "*" }] }
    x-aws-policies: arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
    x-aws-pull_credentials: ${ARN}
    x-aws-healthcheck: { path: /health, interval: 10, healthy_threshold: 3, deregistration_delay: 0 }
    x-aws-enable_exec: true
    x-aws-deployment: { strategy: Canary, percent: "12.5", interval: 3m, bake: 1h, alarms: [arn:aws:cloudwatch:us-east-1:123456789012:alarm:shop-5xx, shop-latency], test_port: 9443 }
    x-aws-domain: [Shop.Example.com., www.shop.example.com]
    x-aws-hosted_zone: example.com
    x-aws-capacity: { spot: 3, on_demand: 1, base: "1" }
    ports:
      - target: 8080
        published: 443
        x-aws-protocol: HTTPS
        x-aws-acm_certificate: arn:aws:acm:us-east-1:123456789012:certificate/abc
        x-aws-healthcheck: { port: 9000, codes: "200" }
        x-aws-route: { path: api, host: [a.example.com], priority: 10 }
    deploy:
      x-aws-autoscaling: { min: 1, max: 4, cpu: 60.5 }
      update_config:
        x-aws-min_percent: 50
        x-aws-max_percent: 150
    secrets: [db]
  proxy:
    image: envoy
    x-aws-sidecar_of: web
  trainer:
    image: trainer
    gpus: all
    x-aws-instance_type: g5.xlarge
networks:
  default:
    x-aws-securitygroup: ${SG}
secrets:
  db:
    external: true
    name: ${ARN}
    x-aws-keys: [password]
    x-aws-secret-arn: ${ARN}
configs:
  proxy:
    external: true
    x-aws-parameter: /shared/proxy.conf
`;

describe('x-aws-* extensions decoded once, into typed fields', () => {
  it('the fixture above uses every extension of every place', () => {
    const used = new Set([...EVERYTHING.matchAll(/(x-aws-[a-z_-]+):/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...new Set(Object.values(X))].sort());
    for (const list of Object.values(PLACES)) for (const key of list) expect(used.has(key)).toBe(true);
  });

  it('every value lands in its typed field (numbers from quoted YAML, names lower-cased)', async () => {
    const { project, warnings } = await load(EVERYTHING);
    expect(project.aws).toEqual({
      cluster: 'shared',
      vpc: 'vpc-0abc',
      loadBalancer: expect.stringContaining(':loadbalancer/app/shared/'),
      loadBalancerSecurityGroup: SG,
      loadBalancerScheme: 'internal',
      loadBalancerType: 'network',
      cloudformation: { Outputs: { Extra: { Value: 'x' } } },
      logsRetention: 90,
    });
    const web = project.services.web!;
    expect(web.aws).toEqual({
      role: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
      policies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'],
      pullCredentials: ARN,
      healthcheck: { path: '/health', interval: 10, healthyThreshold: 3, deregistrationDelay: 0 },
      enableExec: true,
      deployment: {
        strategy: 'canary',
        percent: 12.5,
        intervalMinutes: 3,
        bakeMinutes: 60,
        alarms: ['shop-5xx', 'shop-latency'],
        testPort: 9443,
      },
      domain: { names: ['shop.example.com', 'www.shop.example.com'], hostedZone: 'example.com' },
      capacity: { spot: 3, onDemand: 1, base: 1 },
    });
    expect(web.ports[0]!.aws).toEqual({
      protocol: 'https',
      certificate: expect.stringContaining(':certificate/abc'),
      healthcheck: { port: 9000, codes: '200' },
      route: { paths: ['/api'], hosts: ['a.example.com'], priority: 10 },
    });
    expect(web.deploy!.aws).toEqual({ autoscaling: { min: 1, max: 4, cpu: 60.5 } });
    expect(web.deploy!.updateConfig!.aws).toEqual({ minPercent: 50, maxPercent: 150 });
    expect(project.services.proxy!.aws).toEqual({ sidecarOf: 'web' });
    expect(project.services.trainer!.aws).toEqual({ instanceType: 'g5.xlarge' });
    expect(project.networks.default!.aws).toEqual({ securityGroup: SG });
    expect(project.secrets.db!.aws).toEqual({ keys: ['password'], secretArn: ARN });
    expect(project.configs.proxy!.aws).toEqual({ parameter: '/shared/proxy.conf' });
    expect(warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^compose\.yaml:\d+:\d+ networks\.default\.x-aws-securitygroup: .* deprecated/),
    ]);
  });

  it('bad values are load errors with file, line and field; nothing reaches the converter', async () => {
    const errors = await loadErrors(`x-aws-logs_retention: 10
x-aws-loadbalancer_scheme: private
x-aws-loadbalancer_securitygroup: my-group
services:
  web:
    image: web
    x-aws-policies: [AmazonS3ReadOnlyAccess]
    x-aws-role: { Version: "2012-10-17" }
    x-aws-enable_exec: "yes"
    ports:
      - target: 80
        published: 80
        x-aws-protocol: quic
        x-aws-route: { priority: 3 }
        x-aws-healthcheck: { interval: 1 }
    deploy:
      x-aws-autoscaling: { min: 5, max: 2, cpu: 50 }
      update_config:
        x-aws-max_percent: 300
`);
    expect(errors).toEqual([
      'compose.yaml:1:23 x-aws-logs_retention: x-aws-logs_retention must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 (days)',
      'compose.yaml:2:28 x-aws-loadbalancer_scheme: x-aws-loadbalancer_scheme must be one of internet-facing, internal',
      'compose.yaml:3:35 x-aws-loadbalancer_securitygroup: x-aws-loadbalancer_securitygroup must be a security group id (sg-…)',
      expect.stringMatching(
        /^compose\.yaml:7:\d+ services\.web\.x-aws-policies: .*managed policy ARNs, got AmazonS3ReadOnlyAccess$/,
      ),
      expect.stringMatching(
        /^compose\.yaml:8:\d+ services\.web\.x-aws-role: .*policy document with a Statement$/,
      ),
      expect.stringMatching(
        /^compose\.yaml:9:\d+ services\.web\.x-aws-enable_exec: x-aws-enable_exec must be true or false$/,
      ),
      expect.stringMatching(
        /^compose\.yaml:13:\d+ services\.web\.ports\[0\]\.x-aws-protocol: .*one of http, https, tcp, tls, udp$/,
      ),
      expect.stringMatching(
        /^compose\.yaml:14:\d+ services\.web\.ports\[0\]\.x-aws-route: x-aws-route needs a path or a host$/,
      ),
      expect.stringMatching(
        /^compose\.yaml:15:\d+ services\.web\.ports\[0\]\.x-aws-healthcheck\.interval: interval must be an integer from 5 to 300$/,
      ),
      expect.stringMatching(
        /^compose\.yaml:17:\d+ services\.web\.deploy\.x-aws-autoscaling: autoscaling min 5 is above max 2$/,
      ),
      expect.stringMatching(
        /^compose\.yaml:19:\d+ services\.web\.deploy\.update_config\.x-aws-max_percent: .*from 100 to 200$/,
      ),
    ]);
  });

  it('unknown keys and fields are warned about once, where they were written', async () => {
    const { warnings } = await load(`x-aws-clustr: x
services:
  web:
    image: web
    x-aws-autoscaling: { max: 2 }
    deploy:
      x-aws-autoscaling: { max: 2, cpu: 50, burst: 9 }
`);
    expect(warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/^compose\.yaml:1:\d+ x-aws-clustr: unknown extension x-aws-clustr here/),
      expect.stringMatching(
        /^compose\.yaml:5:\d+ services\.web\.x-aws-autoscaling: unknown extension .* \(known here: x-aws-role/,
      ),
      expect.stringMatching(
        /^compose\.yaml:7:\d+ services\.web\.deploy\.x-aws-autoscaling\.burst: unknown autoscaling field burst/,
      ),
    ]);
  });

  it('the converter never reads a raw extension: no src/template file names an x-aws key or reads .extensions', () => {
    const dir = join(import.meta.dirname, '../../src/template');
    const offenders = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        readFileSync(join(dir, f), 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `${f}:${i + 1}`, line }))
          .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line))
          .filter(({ line }) => /\.extensions\b|\bextensions\[|['"`]x-aws-/.test(line)),
      );
    expect(offenders).toEqual([]);
  });
});

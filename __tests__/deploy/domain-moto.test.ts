// x-aws-domain end to end against a private moto_server (issue 27): the real pipeline (run(), the SDK
// edge) deploys a preview whose name comes from an interpolated variable into an account with a public and
// a private zone for example.com, and destroy takes the alias record away. moto's CloudFormation creates
// Route 53 records, listeners and rules but no ACM certificate (it drops the Ref, and the HTTPS listener
// then fails inside moto): so, by request, the change set's template gets what CloudFormation and ACM
// would have made, a certificate requested in moto's ACM for the same names, in place of the Certificate
// resource (the resource itself, as sent, is asserted here and checked against AWS's rules in
// __tests__/fidelity).
// Skipped where moto_server is not installed, as golden templates on moto are.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeListenersCommand,
  DescribeLoadBalancersCommand,
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import {
  CreateHostedZoneCommand,
  ListResourceRecordSetsCommand,
  Route53Client,
} from '@aws-sdk/client-route-53';
import { ACMClient, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { createAwsEdge } from '../../src/aws/sdk-edge.js';
import { StreamLogger } from '../../src/log.js';
import { run, type RunOptions } from '../../src/run.js';

const hasMoto = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;

(hasMoto ? describe : describe.skip)('x-aws-domain on moto, through the pipeline', () => {
  let server: ChildProcess;
  let dir: string;
  const port = 20000 + ((process.pid + 7) % 20000);
  const endpoint = `http://127.0.0.1:${port}`;
  const region = 'us-east-1';
  const credentials = { accessKeyId: 'x', secretAccessKey: 'x' };
  const config = { endpoint, region, credentials };
  const saved = { ...process.env };
  let publicZone = '';

  beforeAll(async () => {
    // ECS services created by moto's CloudFormation report this many running tasks: the rollout completes.
    server = spawn('moto_server', ['-p', String(port)], {
      stdio: 'ignore',
      env: { ...process.env, MOTO_ECS_SERVICE_RUNNING: '1' },
    });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${endpoint}/moto-api/`)).ok) break;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: region,
      AWS_ACCESS_KEY_ID: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
    });
    const route53 = new Route53Client(config);
    const zone = await route53.send(
      new CreateHostedZoneCommand({ Name: 'example.com', CallerReference: 'public' }),
    );
    publicZone = zone.HostedZone!.Id!.replace('/hostedzone/', '');
    await route53.send(
      new CreateHostedZoneCommand({
        Name: 'example.com',
        CallerReference: 'private',
        VPC: { VPCId: 'vpc-12345678', VPCRegion: region },
        HostedZoneConfig: { PrivateZone: true },
      }),
    );
    dir = await mkdtemp(join(tmpdir(), 'domain-moto-'));
    await writeFile(
      join(dir, 'compose.yaml'),
      [
        'name: shop',
        'services:',
        '  web:',
        '    image: busybox:1.36',
        '    ports: ["80:8080"]',
        '    x-aws-domain: pr-${PR_NUMBER}.preview.example.com',
        '',
      ].join('\n'),
    );
  }, 30_000);

  afterAll(async () => {
    server?.kill();
    process.env = saved;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const options = (mode: RunOptions['mode']): RunOptions => ({
    mode,
    load: { files: [], workingDir: dir, environment: { PR_NUMBER: '7' } },
    stackName: 'shop-pr-7',
    waitTimeoutMs: 120_000,
    pollIntervalMs: 50,
    pinImages: false,
    cost: false,
  });
  const sent: Array<Record<string, { Type: string; Properties?: Record<string, unknown> }>> = [];
  /** The real edge, with each change set's certificates stood in for by certificates of moto's ACM. */
  const deps = () => {
    const aws = createAwsEdge({ region, maxAttempts: 1 });
    const real = aws.changeSets;
    aws.changeSets = {
      describe: (id, token) => real.describe(id, token),
      execute: (id, o) => real.execute(id, o),
      delete: (id) => real.delete(id),
      create: async (input) => {
        const template = JSON.parse(input.templateBody!) as {
          Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
        };
        sent.push(template.Resources);
        let body = input.templateBody!;
        for (const [id, r] of Object.entries(template.Resources)) {
          if (r.Type !== 'AWS::CertificateManager::Certificate') continue;
          const acm = new ACMClient(config);
          const { CertificateArn } = await acm.send(
            new RequestCertificateCommand({
              DomainName: String(r.Properties!.DomainName),
              ValidationMethod: 'DNS',
            }),
          );
          const resources = JSON.parse(
            body.split(JSON.stringify({ Ref: id })).join(JSON.stringify(CertificateArn)),
          ) as typeof template;
          delete resources.Resources[id];
          body = JSON.stringify(resources);
        }
        return real.create({ ...input, templateBody: body });
      },
    };
    return { aws, logger: new StreamLogger(() => undefined) };
  };
  const records = async () =>
    (await new Route53Client(config).send(new ListResourceRecordSetsCommand({ HostedZoneId: publicZone })))
      .ResourceRecordSets ?? [];

  it('deploys: an alias in the public zone, HTTPS on 443 by host name, a redirect on 80, the https URL', async () => {
    const result = await run(options('deploy'), deps());
    expect(result.report.error).toBeUndefined();
    expect(result.report.deploy?.state).toBe('succeeded');
    // What went to CloudFormation: the certificate for the name, validated by DNS in the public zone.
    expect(sent[0]!.WebCertificate!.Properties).toMatchObject({
      DomainName: 'pr-7.preview.example.com',
      ValidationMethod: 'DNS',
      DomainValidationOptions: [
        { DomainName: 'pr-7.preview.example.com', HostedZoneId: { Ref: 'Pr7PreviewExampleComHostedZoneId' } },
      ],
    });
    expect(result.report.domains?.[0]).toBe(
      `https://pr-7.preview.example.com (web): hosted zone example.com (${publicZone}), the longest public zone it falls in`,
    );
    expect(result.report.deploy?.urls).toMatchObject({ WebTCP80URL: 'https://pr-7.preview.example.com' });

    const elb = new ElasticLoadBalancingV2Client(config);
    const [lb] = (await elb.send(new DescribeLoadBalancersCommand({}))).LoadBalancers ?? [];
    const all = await records();
    const alias = all.find(
      (r) => r.Name?.replace(/\.$/, '') === 'pr-7.preview.example.com' && r.Type === 'A',
    );
    expect(all.map((r) => [r.Name, r.Type])).toContainEqual([
      expect.stringMatching(/^pr-7\.preview\.example\.com\.?$/),
      'A',
    ]);
    expect(alias?.AliasTarget?.DNSName?.replace(/\.$/, '')).toBe(lb!.DNSName);

    const listeners = (await elb.send(new DescribeListenersCommand({ LoadBalancerArn: lb!.LoadBalancerArn })))
      .Listeners!;
    const https = listeners.find((l) => l.Port === 443)!;
    const http = listeners.find((l) => l.Port === 80)!;
    expect([https.Protocol, https.SslPolicy]).toEqual([
      'HTTPS',
      'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
    ]);
    const rules = async (arn: string) =>
      ((await elb.send(new DescribeRulesCommand({ ListenerArn: arn }))).Rules ?? []).filter(
        (r) => !r.IsDefault,
      );
    const [forward] = await rules(https.ListenerArn!);
    expect(forward!.Conditions?.[0]?.Values ?? forward!.Conditions?.[0]?.HostHeaderConfig?.Values).toEqual([
      'pr-7.preview.example.com',
    ]);
    expect(forward!.Actions?.[0]?.Type).toBe('forward');
    const [redirect] = await rules(http.ListenerArn!);
    expect(redirect!.Actions?.[0]).toMatchObject({
      Type: 'redirect',
      RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' },
    });
  }, 120_000);

  it('destroy removes the alias record and says the validation records stay', async () => {
    const result = await run(options('destroy'), deps());
    expect((await records()).filter((r) => r.Name?.startsWith('pr-7.'))).toEqual([]);
    expect(result.report.warnings).toContainEqual(
      expect.stringMatching(
        /alias records of pr-7\.preview\.example\.com are deleted.*validation records .* stay/,
      ),
    );
  }, 120_000);
});

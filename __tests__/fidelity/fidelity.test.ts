// The fidelity suite (issue 7): every compose project in the repository — the template fixtures, the
// loader fixtures that load, the example, and the projects here written the way real compose files are —
// converted and read the way AWS will run it (checks.ts). cfn-lint and moto accept templates that break
// apps on AWS; this suite is the project's own judge of "behaves like docker compose up".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProject, type LoadOptions } from '../../src/compose/load.js';
import type { LoadedProject } from '../../src/compose/model.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { convert, type ConvertOptions, type ConvertResult } from '../../src/template/convert.js';
import { fixtures } from '../template/fixtures.js';
import { loadShopExample } from '../template/shop-example.js';
import { fidelityProblems } from './checks.js';

const here = dirname(fileURLToPath(import.meta.url));
const dirsUnder = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, d.name))
    .sort();

/** Builds stand in for what the images stage does: every built service gets a pinned image. */
async function load(dir: string): Promise<LoadedProject> {
  // A loader fixture's options.json (files, profiles, env files, …) applies as in the loader suite.
  const options = existsSync(join(dir, 'options.json'))
    ? (JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as Partial<LoadOptions>)
    : {};
  const loaded = await loadProject({ files: [], environment: {}, ...options, workingDir: dir });
  for (const s of Object.values(loaded.project.services))
    if (s.build !== undefined)
      s.image = `123456789012.dkr.ecr.us-east-1.amazonaws.com/${s.name}@sha256:${'c'.repeat(64)}`;
  return loaded;
}

const own = dirsUnder(join(here, 'projects')).filter((d) => !existsSync(join(d, 'refused.txt')));
// Projects that would not come up on AWS as written, and no template could make them: the loader or the
// converter refuses them, naming file, line and field (refused.txt holds the formatted diagnostics).
const refusedProjects = dirsUnder(join(here, 'projects')).filter((d) => existsSync(join(d, 'refused.txt')));
// Loader fixtures that load (the others are error cases, with an errors.txt and no template).
const loaderFixtures = dirsUnder(join(here, '..', 'compose', 'fixtures')).filter((d) =>
  existsSync(join(d, 'expected.json')),
);

function check(loaded: LoadedProject, options?: ConvertOptions): string[] {
  return fidelityProblems(loaded, convert(loaded, options));
}

describe('fidelity: templates behave like docker compose up on AWS', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('template fixture %s', (_name, f) => {
    expect(check(f.loaded, f.options)).toEqual([]);
  });

  it('the example (examples/shop)', async () => {
    expect(check(await loadShopExample())).toEqual([]);
  });

  it('the example with its migration job (examples/shop/compose.migrate.yaml)', async () => {
    expect(check(await loadShopExample(['compose.yaml', 'compose.migrate.yaml']))).toEqual([]);
  });

  it.each(own.map((d) => [d.split('/').pop()!, d] as const))('project %s', async (_name, dir) => {
    expect(check(await load(dir))).toEqual([]);
  });

  it.each(refusedProjects.map((d) => [d.split('/').pop()!, d] as const))(
    'project %s is refused with a located error',
    async (_name, dir) => {
      let errors: string | undefined;
      try {
        const loaded = await load(dir);
        errors = `converted, with problems: ${JSON.stringify(check(loaded))}`;
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        errors = e.diagnostics.map(formatDiagnostic).join('\n').split(`${dir}/`).join('');
      }
      expect(`${errors}\n`).toBe(readFileSync(join(dir, 'refused.txt'), 'utf8'));
    },
  );

  // The converter refuses some loader fixtures with a located error (they deploy nothing, so nothing can
  // misbehave); every other one is checked, and most are.
  const refused: string[] = [];
  it.each(loaderFixtures.map((d) => [d.split('/').pop()!, d] as const))(
    'loader fixture %s',
    async (name, dir) => {
      const loaded = await load(dir);
      let result;
      try {
        result = convert(loaded);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        refused.push(name);
        return;
      }
      expect(fidelityProblems(loaded, result)).toEqual([]);
    },
  );

  it('checks most loader fixtures (refused ones are errors in the compose file, not skips)', () => {
    expect(refused.length).toBeLessThanOrEqual(4);
    expect(loaderFixtures.length - refused.length).toBeGreaterThanOrEqual(15);
  });
});

describe('fidelity checks catch what breaks apps', () => {
  it('names that do not resolve, a volume updated start-first, a reset autoscaled count', async () => {
    const loaded = await load(join(here, 'projects', 'webapp'));
    const result = convert(loaded, { serviceDiscovery: false });
    const res = result.template.Resources;
    (res.DbService!.Properties!.DeploymentConfiguration as Record<string, number>).MaximumPercent = 200;
    res.ProxyService!.Properties!.DesiredCount = 2;
    const problems = fidelityProblems(loaded, result);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^proxy → api:8000 \(.*nginx\.conf\): no DNS name api/),
        expect.stringMatching(/^api → db:5432 \(environment\.DATABASE_URL\): no DNS name db/),
        expect.stringMatching(/^api → search \(environment\.SEARCH_HOST\): no DNS name search/),
        'DbService: writes a volume with one task but starts the new task first (MaximumPercent 200)',
        'ProxyService: autoscaled, yet DesiredCount resets the count on every deploy',
      ]),
    );
  });

  it('a GPU service on Fargate terms, unassociated, too big for its instance, or on another AMI', async () => {
    const loaded = await load(join(here, 'projects', 'gpu-trainer'));
    const result = convert(loaded);
    const res = result.template.Resources;
    const trainer = res.TrainerService!.Properties!;
    trainer.LaunchType = 'FARGATE';
    (
      trainer.NetworkConfiguration as { AwsvpcConfiguration: Record<string, unknown> }
    ).AwsvpcConfiguration.AssignPublicIp = 'ENABLED';
    delete res.TrainerService!.DependsOn;
    res.TrainerTaskDefinition!.Properties!.Memory = '16384';
    (res.ClusterCapacityProviders!.Properties!.CapacityProviders as unknown[]).pop();
    res.NotebookAutoScalingGroup!.Properties!.NewInstancesProtectedFromScaleIn = false;
    result.template.Parameters!.GpuAmiId!.Default =
      '/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';
    expect(fidelityProblems(loaded, result)).toEqual(
      expect.arrayContaining([
        'trainer (GPU): the cluster has not associated TrainerCapacityProvider',
        'trainer (GPU): the service does not wait for the capacity-provider association (ECS refuses the strategy)',
        'trainer (GPU): a launch type or platform version is Fargate only',
        'trainer (GPU): awsvpc tasks on EC2 cannot get a public IP',
        'trainer (GPU): the task (3072 CPU units, 16384 MiB) does not fit a g4dn.xlarge',
        'notebook (GPU): managed termination protection needs the group to protect new instances from scale-in, and only then',
        'notebook (GPU): instances do not boot the AMI of the public ECS GPU-optimized parameter',
      ]),
    );
  });

  it('reads names from mounted compose configs and bare host values', async () => {
    const loaded = await load(join(here, 'projects', 'blog'));
    expect(fidelityProblems(loaded, convert(loaded, { serviceDiscovery: false }))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^proxy → cms:80 \(.*site\.conf\): no DNS name cms/),
        expect.stringMatching(/^cms → mysql \(environment\.WORDPRESS_DB_HOST\): no DNS name mysql/),
      ]),
    );
  });

  it('a closed network, a shared listener port, a closed health-check port, private LB subnets', async () => {
    const loaded = await load(join(here, 'projects', 'metrics'));
    const result = convert(loaded);
    const res = result.template.Resources;
    // grafana loses its way to prometheus: only the front network is left to it.
    (
      res.GrafanaService!.Properties!.NetworkConfiguration as {
        AwsvpcConfiguration: { SecurityGroups: unknown[] };
      }
    ).AwsvpcConfiguration.SecurityGroups = [{ Ref: 'FrontNetwork' }];
    res.ExtraListener = structuredClone(res.Port80Listener!);
    res.GrafanaTCP3000TargetGroup!.Properties!.HealthCheckPort = '9999';
    res.LoadBalancer!.Properties!.Subnets = { Ref: 'SubnetIds' };
    expect(
      fidelityProblems(loaded, {
        ...result,
        parameters: result.parameters.map((p) => ({ ...p, public: false })),
      }),
    ).toEqual(
      expect.arrayContaining([
        'grafana → prometheus:9090 (environment.GF_DATASOURCE_URL): no security-group rule lets grafana reach prometheus',
        'ExtraListener and Port80Listener share port 80',
        'GrafanaTCP3000TargetGroup: health checks on port 9999 are not allowed in from the load balancer',
        'LoadBalancer: internet-facing in SubnetIds, which need not be public subnets',
      ]),
    );
  });
});

describe('fidelity: x-aws-domain checks catch what AWS would not serve', () => {
  const domains = fixtures.find((f) => f.name === 'domains')!;
  const broken = (edit: (r: ConvertResult['template']['Resources']) => void) => {
    const result = convert(domains.loaded, domains.options);
    const resources = structuredClone(result.template.Resources);
    edit(resources);
    return fidelityProblems(domains.loaded, {
      ...result,
      template: { ...result.template, Resources: resources },
    });
  };
  const find = (r: ConvertResult['template']['Resources'], test: (x: string) => boolean) =>
    Object.keys(r).filter((id) => test(JSON.stringify(r[id])));

  it('a missing redirect, a service that does not wait for its rule, the default TLS policy, an alias in another zone', () => {
    expect(
      broken((r) => {
        for (const id of find(r, (x) => x.includes('"redirect"') && x.includes('www.shop.example.com')))
          delete r[id];
        r.WebService!.DependsOn = ['Port80Listener'];
        delete r.Port443Listener!.Properties!.SslPolicy;
        r.ShopExampleComAlias!.Properties!.HostedZoneId = { Ref: 'ApiShopExampleComHostedZoneId' };
      }),
    ).toEqual([
      "web (x-aws-domain): Port443Listener has no TLS 1.3 policy (CloudFormation's default is ELBSecurityPolicy-2016-08)",
      expect.stringMatching(/^web \(x-aws-domain\): WebService does not wait for Port443Priority\d+Rule/),
      'web (x-aws-domain): no listener redirects http://shop.example.com to HTTPS with a 301',
      'web (x-aws-domain): no A alias of shop.example.com in the zone its certificate is validated in',
      "api (x-aws-domain): Port443Listener has no TLS 1.3 policy (CloudFormation's default is ELBSecurityPolicy-2016-08)",
    ]);
  });

  it('a certificate left off the listener, a validation option without its zone, 443 closed', () => {
    expect(
      broken((r) => {
        delete r.WebListenerCertificate;
        (
          r.ApiCertificate!.Properties!.DomainValidationOptions as Array<Record<string, unknown>>
        )[0]!.HostedZoneId = undefined;
        r.LoadBalancerSecurityGroup!.Properties!.SecurityGroupIngress = [];
      }),
    ).toEqual([
      'web (x-aws-domain): no HTTPS listener on 443 carries WebCertificate',
      'api (x-aws-domain): ApiCertificate needs one validation option with a HostedZoneId for api.shop.example.com',
      'api (x-aws-domain): no A alias of api.shop.example.com in the zone its certificate is validated in',
      'api (x-aws-domain): the load balancer’s security group does not open 443',
    ]);
  });
});

describe('fidelity: deployment strategy checks catch what ECS would refuse or could not shift', () => {
  const strategies = fixtures.find((f) => f.name === 'strategies')!;
  const broken = (edit: (r: ConvertResult['template']['Resources']) => void) => {
    const result = convert(strategies.loaded, strategies.options);
    const resources = structuredClone(result.template.Resources);
    edit(resources);
    return fidelityProblems(strategies.loaded, {
      ...result,
      template: { ...result.template, Resources: resources },
    });
  };
  const config = (r: ConvertResult['template']['Resources'], id: string) =>
    r[id]!.Properties!.DeploymentConfiguration as Record<string, unknown>;

  it('a blue/green without bake, a canary off its range, a rule that forgets the alternate group, a role that cannot modify it', () => {
    expect(
      broken((r) => {
        delete config(r, 'WorkerService').BakeTimeInMinutes;
        (config(r, 'WebService').CanaryConfiguration as Record<string, number>).CanaryPercent = 0.05;
        r.Port80Priority48280Rule!.Properties!.Actions = [
          { TargetGroupArn: { Ref: 'ApiTCP8000TargetGroup' }, Type: 'forward' },
        ];
        r.WebLoadBalancerInfrastructureRole!.Properties!.Policies = [];
        r.ApiTCP8000AlternateTargetGroup!.Properties!.HealthCheckPath = '/other';
      }),
    ).toEqual([
      expect.stringMatching(
        /^ApiService \(LINEAR\): ApiTCP8000AlternateTargetGroup differs from ApiTCP8000TargetGroup/,
      ),
      'ApiService (LINEAR): Port80Priority48280Rule does not forward to ApiTCP8000AlternateTargetGroup (ECS could not register in it)',
      'WebService (CANARY): CanaryConfiguration {"CanaryBakeTimeInMinutes":3,"CanaryPercent":0.05} outside ECS\'s ranges',
      'WebService (CANARY): WebLoadBalancerInfrastructureRole may not ModifyRule Port80Priority50000Rule',
      'WebService (CANARY): WebLoadBalancerInfrastructureRole may not register targets in WebTCP8080TargetGroup',
      'WebService (CANARY): WebLoadBalancerInfrastructureRole may not register targets in WebTCP8080AlternateTargetGroup',
      'WorkerService (BLUE_GREEN): BakeTimeInMinutes undefined is not 0–1440 minutes',
    ]);
  });
});

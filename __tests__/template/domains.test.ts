// x-aws-domain (issue 27): the names are checked at load time (file, line, field), what the load balancer
// must be for them at conversion (before anything is built), and the template serves each name over HTTPS
// by host-header rule, redirects it from HTTP, and keeps other hosts on the same port working.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { convert, type ConvertResult } from '../../src/template/convert.js';
import { HTTPS_POLICY } from '../../src/template/domains.js';
import { port, project, service } from './builder.js';

async function loadText(text: string, environment: Record<string, string> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'domain-'));
  try {
    await writeFile(join(dir, 'compose.yaml'), text);
    return await loadProject({ files: [], environment, workingDir: dir, projectName: 'shop' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics.map(formatDiagnostic);
    throw err;
  }
  throw new Error('expected a refusal');
}
async function loadProblems(text: string, environment: Record<string, string> = {}): Promise<string[]> {
  try {
    await loadText(text, environment);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics.map(formatDiagnostic);
    throw err;
  }
  throw new Error('expected the project to be refused');
}
const ofType = (r: ConvertResult, type: string) =>
  Object.entries(r.template.Resources).filter(([, x]) => x.Type === type);
const props = (r: ConvertResult, id: string) => r.template.Resources[id]!.Properties!;
const web = (domain: unknown, fields = {}) =>
  service('web', { ports: [port(8080, 80)], extensions: { 'x-aws-domain': domain }, ...fields });

describe('x-aws-domain at load time', () => {
  it('takes a string or a list, lower-cased, without a trailing dot, each name once', async () => {
    const { project } = await loadText(`services:
  web:
    image: web
    ports: ["80:8080"]
    x-aws-domain: [Shop.Example.COM., shop.example.com, www.shop.example.com]
  api:
    image: api
    ports: ["8000:8000"]
    x-aws-domain: api.example.com
`);
    expect(project.services.web!.aws?.domain).toEqual({
      names: ['shop.example.com', 'www.shop.example.com'],
    });
    expect(project.services.api!.aws?.domain).toEqual({ names: ['api.example.com'] });
  });

  it('a preview takes its name from an interpolated variable; unset, the name is refused and says why', async () => {
    const text = `services:
  web:
    image: web
    ports: ["80:8080"]
    x-aws-domain: pr-\${PR_NUMBER}.preview.example.com
`;
    const { project } = await loadText(text, { PR_NUMBER: '7' });
    expect(project.services.web!.aws?.domain?.names).toEqual(['pr-7.preview.example.com']);
    expect(await loadProblems(text)).toEqual([
      expect.stringMatching(
        /^compose\.yaml:5:\d+ services\.web\.x-aws-domain: x-aws-domain "pr-\.preview\.example\.com": label "pr-" .*is a variable in it unset\?$/,
      ),
    ]);
  });

  it('malformed names, too many names, a zone without a domain or one the names are not in: errors at the field', async () => {
    const errors = await loadProblems(`services:
  a:
    image: a
    x-aws-domain: ["*.example.com", localhost, 10.0.0.1, "bad_label.example.com"]
  b:
    image: b
    x-aws-domain: [a.example.com, b.example.com, c.example.com, d.example.com, e.example.com, f.example.com]
  c:
    image: c
    x-aws-hosted_zone: example.com
  d:
    image: d
    x-aws-domain: shop.example.org
    x-aws-hosted_zone: example.com
  e:
    image: e
    x-aws-domain: { name: x }
  f:
    image: f
    x-aws-domain: ${'a'.repeat(60)}.${'b'.repeat(10)}.example.com
`);
    expect(errors).toEqual([
      expect.stringMatching(
        /^compose\.yaml:4:\d+ services\.a\.x-aws-domain: .*"\*\.example\.com": wildcard names/,
      ),
      expect.stringMatching(/services\.a\.x-aws-domain: .*"localhost": a host name needs a domain/),
      expect.stringMatching(/services\.a\.x-aws-domain: .*"10\.0\.0\.1": an IP address is not a domain name/),
      expect.stringMatching(/services\.a\.x-aws-domain: .*label "bad_label" is not 1-63 letters/),
      expect.stringMatching(/^compose\.yaml:7:\d+ services\.b\.x-aws-domain: .*at most 5 names per service/),
      expect.stringMatching(/^compose\.yaml:10:\d+ services\.c\.x-aws-hosted_zone: .*which is not set$/),
      expect.stringMatching(
        /^compose\.yaml:14:\d+ services\.d\.x-aws-hosted_zone: shop\.example\.org is not in zone example\.com$/,
      ),
      expect.stringMatching(
        /^compose\.yaml:17:\d+ services\.e\.x-aws-domain: .*a string or a list of strings$/,
      ),
      expect.stringMatching(/^compose\.yaml:20:\d+ services\.f\.x-aws-domain: .*at most 64 characters \(ACM/),
    ]);
  });

  it('a zone id is kept as given (also in the /hostedzone/ form ListHostedZones prints)', async () => {
    const { project } = await loadText(`services:
  web:
    image: web
    ports: ["80:8080"]
    x-aws-domain: shop.example.com
    x-aws-hosted_zone: /hostedzone/Z0123456789ABCDEFGHIJ
`);
    expect(project.services.web!.aws?.domain?.hostedZone).toBe('Z0123456789ABCDEFGHIJ');
  });
});

describe('x-aws-domain at conversion: what the load balancer must be', () => {
  it('needs a published HTTP port, one of them, without its own certificate or route', () => {
    const cert = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';
    const http = { 'x-aws-protocol': 'http' };
    expect(
      problems(() =>
        convert(
          project([
            service('none', { extensions: { 'x-aws-domain': 'a.example.com' } }),
            service('two', {
              ports: [port(8080, 8080, { extensions: http }), port(9090, 9090, { extensions: http })],
              extensions: { 'x-aws-domain': 'c.example.com' },
            }),
            service('tls', {
              ports: [port(8080, 443, { extensions: { 'x-aws-acm_certificate': cert } })],
              extensions: { 'x-aws-domain': 'd.example.com' },
            }),
            service('routed', {
              ports: [port(8080, 80, { extensions: { 'x-aws-route': { path: '/x' } } })],
              extensions: { 'x-aws-domain': 'e.example.com' },
            }),
          ]),
        ),
      ),
    ).toEqual([
      'services.none.x-aws-domain: x-aws-domain needs a published HTTP port (e.g. ports: ["80:8080"])',
      expect.stringMatching(
        /^services\.routed\.ports\[0\]\.x-aws-route: x-aws-domain serves whole host names/,
      ),
      expect.stringMatching(
        /^services\.tls\.ports\[0\]\.x-aws-acm_certificate: x-aws-domain creates the certificate/,
      ),
      'services.two.x-aws-domain: x-aws-domain serves one HTTP port, and two publishes 8080, 9090: publish the one for the names on 80',
    ]);
  });

  it('on a Network Load Balancer (a port that is not HTTP decides it): refused, naming the field', () => {
    expect(
      problems(() =>
        convert(
          project([
            web('shop.example.com'),
            service('db', { ports: [port(5432, 5432)], extensions: { 'x-aws-domain': 'db.example.com' } }),
          ]),
        ),
      ),
    ).toEqual([
      'services.db.x-aws-domain: x-aws-domain needs a published HTTP port (e.g. ports: ["80:8080"]); 5432/tcp is not HTTP',
      expect.stringMatching(
        /^services\.web\.x-aws-domain: x-aws-domain needs an Application Load Balancer, and this project's is a Network Load Balancer/,
      ),
    ]);
  });

  it('an existing load balancer, a name given twice, 443 published as plain HTTP: refused', () => {
    const existing = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/x/1';
    expect(
      problems(() =>
        convert(project([web('shop.example.com')], { extensions: { 'x-aws-loadbalancer': existing } })),
      ),
    ).toEqual([expect.stringMatching(/^services\.web\.x-aws-domain: .*not x-aws-loadbalancer$/)]);
    expect(
      problems(() =>
        convert(
          project([
            web('shop.example.com'),
            service('api', { ports: [port(3000, 80)], extensions: { 'x-aws-domain': 'shop.example.com' } }),
          ]),
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /^services\.web\.x-aws-domain: shop\.example\.com is also the x-aws-domain of service api/,
      ),
    ]);
    expect(
      problems(() =>
        convert(
          project([
            web('shop.example.com'),
            service('legacy', { ports: [port(8080, 443, { extensions: { 'x-aws-protocol': 'http' } })] }),
          ]),
        ),
      ),
    ).toEqual([expect.stringMatching(/^services\.legacy\.ports\[0\]: port 443 is published as plain HTTP/)]);
  });
});

describe('x-aws-domain in the template', () => {
  const r = convert(
    project([
      web(['shop.example.com', 'www.shop.example.com']),
      service('api', { ports: [port(3000, 80)], extensions: { 'x-aws-domain': 'api.shop.example.com' } }),
      service('status', { ports: [port(8080, 80)] }),
    ]),
  );
  const rules = ofType(r, 'AWS::ElasticLoadBalancingV2::ListenerRule').map(([, x]) => x.Properties!);

  it('one HTTPS listener on 443 with the recommended TLS 1.3 policy; other hosts get 404 there', () => {
    const listeners = ofType(r, 'AWS::ElasticLoadBalancingV2::Listener').map(([id, l]) => [
      id,
      l.Properties!.Port,
      l.Properties!.Protocol,
      l.Properties!.SslPolicy,
    ]);
    expect(listeners).toEqual([
      ['Port443Listener', 443, 'HTTPS', HTTPS_POLICY],
      ['Port80Listener', 80, 'HTTP', undefined],
    ]);
    expect(props(r, 'Port443Listener').DefaultActions).toEqual([
      expect.objectContaining({ Type: 'fixed-response' }),
    ]);
    // The load balancer's security group opens 443 beside the published 80.
    const ingress = props(r, 'LoadBalancerSecurityGroup').SecurityGroupIngress as Array<{ FromPort: number }>;
    expect(ingress.map((i) => i.FromPort)).toEqual([80, 443]);
  });

  it('each service: its names forward on 443 and redirect permanently on 80; status still answers 80 by default', () => {
    const forward = (tg: string) =>
      rules.find((x) => x.ListenerArn!.toString() && JSON.stringify(x.Actions).includes(tg))!;
    expect(forward('WebTCP8080TargetGroup')).toMatchObject({
      ListenerArn: { Ref: 'Port443Listener' },
      Conditions: [
        { Field: 'host-header', HostHeaderConfig: { Values: ['shop.example.com', 'www.shop.example.com'] } },
      ],
    });
    const redirects = rules.filter((x) => JSON.stringify(x.Actions).includes('redirect'));
    expect(
      redirects.map((x) => [
        x.ListenerArn,
        x.Actions,
        (x.Conditions as Array<{ HostHeaderConfig: { Values: string[] } }>)[0]!.HostHeaderConfig.Values,
      ]),
    ).toEqual([
      [
        { Ref: 'Port80Listener' },
        [{ RedirectConfig: { Port: '443', Protocol: 'HTTPS', StatusCode: 'HTTP_301' }, Type: 'redirect' }],
        ['api.shop.example.com'],
      ],
      [
        { Ref: 'Port80Listener' },
        [{ RedirectConfig: { Port: '443', Protocol: 'HTTPS', StatusCode: 'HTTP_301' }, Type: 'redirect' }],
        ['shop.example.com', 'www.shop.example.com'],
      ],
    ]);
    expect(props(r, 'Port80Listener').DefaultActions).toEqual([
      { TargetGroupArn: { Ref: 'StatusTCP8080TargetGroup' }, Type: 'forward' },
    ]);
    // The rule on 443 and the redirect of one service share its priority, unique on each listener, below 1000.
    const priorities = rules.map((x) => [(x.ListenerArn as { Ref: string }).Ref, x.Priority as number]);
    expect(new Set(priorities.map((p) => p.join())).size).toBe(priorities.length);
    for (const [, p] of priorities) expect(p).toBeLessThan(1000);
  });

  it('an ECS service waits for the rule that reaches its target group (its port 80 is not its listener default)', () => {
    const webRule = ofType(r, 'AWS::ElasticLoadBalancingV2::ListenerRule').find(
      ([, x]) =>
        x.Properties!.ListenerArn!.toString() &&
        JSON.stringify(x.Properties!.Actions).includes('WebTCP8080TargetGroup'),
    )![0];
    expect(r.template.Resources.WebService!.DependsOn).toContain(webRule);
  });

  it('a certificate per service, validated by DNS in each name’s zone; every one on the listener’s certificate list', () => {
    expect(props(r, 'WebCertificate')).toMatchObject({
      DomainName: 'shop.example.com',
      SubjectAlternativeNames: ['www.shop.example.com'],
      ValidationMethod: 'DNS',
      DomainValidationOptions: [
        { DomainName: 'shop.example.com', HostedZoneId: { Ref: 'ShopExampleComHostedZoneId' } },
        { DomainName: 'www.shop.example.com', HostedZoneId: { Ref: 'WwwShopExampleComHostedZoneId' } },
      ],
    });
    expect(props(r, 'Port443Listener').Certificates).toEqual([{ CertificateArn: { Ref: 'ApiCertificate' } }]);
    expect(
      ofType(r, 'AWS::ElasticLoadBalancingV2::ListenerCertificate').map(
        ([, x]) => x.Properties!.Certificates,
      ),
    ).toEqual([
      [{ CertificateArn: { Ref: 'ApiCertificate' } }],
      [{ CertificateArn: { Ref: 'WebCertificate' } }],
    ]);
  });

  it('an A alias per name to the load balancer, in the zone the plan passes; the URLs are https://name', () => {
    expect(
      ofType(r, 'AWS::Route53::RecordSet').map(([id, x]) => [
        id,
        x.Properties!.Name,
        x.Properties!.Type,
        x.Properties!.HostedZoneId,
      ]),
    ).toEqual([
      ['ApiShopExampleComAlias', 'api.shop.example.com', 'A', { Ref: 'ApiShopExampleComHostedZoneId' }],
      ['ShopExampleComAlias', 'shop.example.com', 'A', { Ref: 'ShopExampleComHostedZoneId' }],
      ['WwwShopExampleComAlias', 'www.shop.example.com', 'A', { Ref: 'WwwShopExampleComHostedZoneId' }],
    ]);
    expect(r.parameters.filter((p) => p.kind === 'hosted-zone').map((p) => [p.name, p.domain])).toEqual(
      [
        ['ShopExampleComHostedZoneId', 'shop.example.com'],
        ['WwwShopExampleComHostedZoneId', 'www.shop.example.com'],
        ['ApiShopExampleComHostedZoneId', 'api.shop.example.com'],
      ]
        .sort((a, b) => (a[1]! < b[1]! ? -1 : 1))
        .sort(() => 0),
    );
    const urls = Object.fromEntries(
      Object.entries(r.template.Outputs ?? {})
        .filter(([k]) => k.endsWith('URL'))
        .map(([k, o]) => [k, o.Value]),
    );
    expect(urls).toEqual({
      WebTCP80URL: 'https://shop.example.com',
      WebTCP80Name2URL: 'https://www.shop.example.com',
      ApiTCP80URL: 'https://api.shop.example.com',
      StatusTCP80URL: { 'Fn::Sub': 'http://${LoadBalancer.DNSName}' },
    });
  });

  it('adding a domain service moves no other service’s rule (priorities are per service, stable)', () => {
    const more = convert(
      project([
        web(['shop.example.com', 'www.shop.example.com']),
        service('api', { ports: [port(3000, 80)], extensions: { 'x-aws-domain': 'api.shop.example.com' } }),
        service('admin', {
          ports: [port(3000, 80)],
          extensions: { 'x-aws-domain': 'admin.shop.example.com' },
        }),
        service('status', { ports: [port(8080, 80)] }),
      ]),
    );
    const ids = (x: ConvertResult) =>
      ofType(x, 'AWS::ElasticLoadBalancingV2::ListenerRule').map(([id]) => id);
    for (const id of ids(r)) expect(ids(more)).toContain(id);
  });
});

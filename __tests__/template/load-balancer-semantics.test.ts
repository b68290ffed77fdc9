// Load balancers as AWS runs them (issue 7): TCP_UDP on one port, health-check ports open, public subnets,
// datastores kept off the internet, rollouts that drain and check as fast as the app allows, log retention.
import { convert, type ConvertResult } from '../../src/template/convert.js';
import { localHttpCheck } from '../../src/template/target-health.js';
import { port, project, service } from './builder.js';

const props = (r: ConvertResult, id: string) => r.template.Resources[id]!.Properties!;
const ofType = (r: ConvertResult, type: string) =>
  Object.entries(r.template.Resources).filter(([, x]) => x.Type === type);
/** The listener rule that forwards to a target group, with its logical ID. */
const ruleTo = (r: ConvertResult, targetGroup: string) => {
  const [id, rule] = ofType(r, 'AWS::ElasticLoadBalancingV2::ListenerRule').find(
    ([, x]) =>
      JSON.stringify(x.Properties!.Actions) ===
      JSON.stringify([{ TargetGroupArn: { Ref: targetGroup }, Type: 'forward' }]),
  )!;
  return { id, ...rule.Properties! } as Record<string, unknown> & { id: string };
};

describe('TCP and UDP on one published port (defect 3)', () => {
  const dns = () =>
    convert(
      project([
        service('dns', {
          image: 'coredns/coredns:1.11.1',
          ports: [port(53, 53), port(53, 53, { protocol: 'udp' })],
        }),
      ]),
    );

  it('gives one TCP_UDP listener and target group, and one LoadBalancers entry', () => {
    const r = dns();
    const listeners = ofType(r, 'AWS::ElasticLoadBalancingV2::Listener');
    expect(listeners.map(([id, l]) => [id, l.Properties!.Port, l.Properties!.Protocol])).toEqual([
      ['Port53Listener', 53, 'TCP_UDP'],
    ]);
    expect(props(r, 'DnsTCPUDP53TargetGroup')).toMatchObject({
      Protocol: 'TCP_UDP',
      Port: 53,
      TargetType: 'ip',
    });
    expect(props(r, 'DnsService').LoadBalancers).toEqual([
      { ContainerName: 'dns', ContainerPort: 53, TargetGroupArn: { Ref: 'DnsTCPUDP53TargetGroup' } },
    ]);
  });

  it('opens both protocols on the load balancer and the task', () => {
    const r = dns();
    expect(
      (props(r, 'LoadBalancerSecurityGroup').SecurityGroupIngress as Array<{ IpProtocol: string }>).map(
        (i) => i.IpProtocol,
      ),
    ).toEqual(['tcp', 'udp']);
    expect(props(r, 'DefaultNetworkTCP53Ingress')).toMatchObject({ IpProtocol: 'tcp', FromPort: 53 });
    expect(props(r, 'DefaultNetworkUDP53Ingress')).toMatchObject({ IpProtocol: 'udp', FromPort: 53 });
  });

  it('refuses TCP and UDP of one port going to different container ports', () => {
    expect(() =>
      convert(project([service('dns', { ports: [port(53, 53), port(5353, 53, { protocol: 'udp' })] })])),
    ).toThrow(/cannot convert/);
  });
});

describe('a custom health-check port is open to the load balancer (defect 4)', () => {
  it.each([
    ['HTTP', port(8080, 80)],
    ['TCP', port(5000, 5000)],
  ])('%s target group', (_kind, p) => {
    const r = convert(
      project([
        service('web', {
          ports: [{ ...p, extensions: { 'x-aws-healthcheck': { port: 9090 } } }],
        }),
      ]),
    );
    const tg = ofType(r, 'AWS::ElasticLoadBalancingV2::TargetGroup')[0]![1];
    expect(tg.Properties!.HealthCheckPort).toBe('9090');
    expect(props(r, 'DefaultNetworkTCP9090HealthCheckIngress')).toMatchObject({
      FromPort: 9090,
      ToPort: 9090,
      IpProtocol: 'tcp',
      SourceSecurityGroupId: { Ref: 'LoadBalancerSecurityGroup' },
    });
  });

  it('takes the port and path a compose healthcheck fetches locally, and opens that port', () => {
    const r = convert(
      project([
        service('api', {
          ports: [port(8000, 80)],
          healthcheck: {
            disable: false,
            test: ['CMD-SHELL', 'curl -fsS http://localhost:8081/healthz || exit 1'],
          },
        }),
      ]),
    );
    expect(props(r, 'ApiTCP8000TargetGroup')).toMatchObject({
      HealthCheckPath: '/healthz',
      HealthCheckPort: '8081',
    });
    expect(props(r, 'DefaultNetworkTCP8081HealthCheckIngress')).toMatchObject({ FromPort: 8081 });
  });
});

describe('load balancers in public subnets (defect 5)', () => {
  it('puts an internet-facing load balancer in LoadBalancerSubnetIds, filled with public subnets at plan time', () => {
    const r = convert(project([service('web', { ports: [port(80, 80)] })]), { assignPublicIp: false });
    expect(props(r, 'LoadBalancer')).toMatchObject({
      Scheme: 'internet-facing',
      Subnets: { Ref: 'LoadBalancerSubnetIds' },
    });
    expect(r.parameters).toContainEqual(
      expect.objectContaining({ name: 'LoadBalancerSubnetIds', kind: 'load-balancer-subnets', public: true }),
    );
    // The tasks stay in the private subnets.
    expect(props(r, 'WebService').NetworkConfiguration).toMatchObject({
      AwsvpcConfiguration: { AssignPublicIp: 'DISABLED', Subnets: { Ref: 'SubnetIds' } },
    });
  });

  it('offers an internal scheme beside the tasks', () => {
    const r = convert(
      project([service('web', { ports: [port(80, 80)] })], {
        extensions: { 'x-aws-loadbalancer_scheme': 'internal' },
      }),
    );
    expect(props(r, 'LoadBalancer')).toMatchObject({ Scheme: 'internal', Subnets: { Ref: 'SubnetIds' } });
    expect(r.template.Parameters!.LoadBalancerSubnetIds).toBeUndefined();
    expect(r.parameters).toContainEqual(expect.objectContaining({ name: 'SubnetIds', minCount: 2 }));
  });
});

describe('datastores published to the internet (defect 8)', () => {
  it.each([
    ['postgres:16', 5432],
    ['redis:7', 6379],
    ['my/app:1', 27017],
  ])('warns about %s on port %d, with the ways out', (image, n) => {
    const r = convert(project([service('store', { image, ports: [port(n, n)] })]));
    const w = r.warnings.find((x) => x.message.startsWith('SECURITY:'))!;
    expect(w.message).toContain('internet-facing load balancer open to 0.0.0.0/0');
    expect(w.message).toContain('x-aws-loadbalancer_scheme: internal');
    expect(w.path).toEqual(['services', 'store', 'ports', 0]);
  });

  it('says nothing for a web port, or when the load balancer is internal', () => {
    const web = convert(project([service('web', { ports: [port(80, 80)] })]));
    expect(web.warnings.filter((w) => w.message.startsWith('SECURITY:'))).toEqual([]);
    const internal = convert(
      project([service('db', { image: 'postgres:16', ports: [port(5432, 5432)] })], {
        extensions: { 'x-aws-loadbalancer_scheme': 'internal' },
      }),
    );
    expect(internal.warnings.filter((w) => w.message.startsWith('SECURITY:'))).toEqual([]);
  });
});

describe('rollouts that wait only as long as the app needs (defect 9)', () => {
  it('drains for stop_grace_period (bounded) and checks health fast by default', () => {
    const r = convert(
      project([
        service('web', { ports: [port(80, 80)] }),
        service('slow', { ports: [port(8080, 8080)], stopGracePeriod: 600 }),
        service('quick', { ports: [port(9000, 9000)], stopGracePeriod: 1 }),
      ]),
    );
    const drain = (id: string) =>
      (props(r, id).TargetGroupAttributes as Array<{ Key: string; Value: string }>).find(
        (a) => a.Key === 'deregistration_delay.timeout_seconds',
      )!.Value;
    expect(drain('WebTCP80TargetGroup')).toBe('10');
    expect(drain('SlowTCP8080TargetGroup')).toBe('120');
    expect(drain('QuickTCP9000TargetGroup')).toBe('5');
    expect(props(r, 'WebTCP80TargetGroup')).toMatchObject({
      HealthCheckIntervalSeconds: 10,
      HealthCheckTimeoutSeconds: 5,
      HealthyThresholdCount: 2,
      UnhealthyThresholdCount: 2,
    });
  });

  it('lets x-aws-healthcheck override the drain and the checks', () => {
    const r = convert(
      project([
        service('web', {
          ports: [port(80, 80)],
          extensions: {
            'x-aws-healthcheck': { deregistration_delay: 0, interval: 30, healthy_threshold: 5 },
          },
        }),
      ]),
    );
    expect(props(r, 'WebTCP80TargetGroup')).toMatchObject({
      HealthCheckIntervalSeconds: 30,
      HealthyThresholdCount: 5,
      TargetGroupAttributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '0' }],
    });
  });

  it.each([
    [['CMD', 'curl', '-f', 'http://localhost/health'], { path: '/health' }],
    [
      ['CMD-SHELL', 'wget -qO- http://127.0.0.1:3000/api/ping?x=1 || exit 1'],
      { path: '/api/ping?x=1', port: 3000 },
    ],
    [['CMD', 'pg_isready'], undefined],
    [['CMD-SHELL', 'curl -f http://example.com/'], undefined],
  ])('derives the HTTP check from %j', (test, expected) => {
    expect(localHttpCheck({ disable: false, test })).toEqual(expected);
  });
});

describe('smaller ones (defect 11)', () => {
  it('keeps logs 30 days unless x-aws-logs_retention says otherwise', () => {
    expect(props(convert(project([service('web')])), 'LogGroup').RetentionInDays).toBe(30);
    expect(
      props(convert(project([service('web')], { extensions: { 'x-aws-logs_retention': 365 } })), 'LogGroup')
        .RetentionInDays,
    ).toBe(365);
  });
});

describe('several services behind one ALB listener (defect 10)', () => {
  const routed = (extra: Parameters<typeof service>[] = []) =>
    project([
      service('web', { ports: [port(8080, 80)] }),
      service('api', { ports: [port(8000, 80, { extensions: { 'x-aws-route': { path: '/api' } } })] }),
      ...extra.map(([name, fields]) => service(name, fields)),
    ]);

  it('shares the listener of the unrouted port and reaches the others through listener rules', () => {
    const r = convert(routed());
    expect(ofType(r, 'AWS::ElasticLoadBalancingV2::Listener').map(([id]) => id)).toEqual(['Port80Listener']);
    expect(props(r, 'Port80Listener').DefaultActions).toEqual([
      { TargetGroupArn: { Ref: 'WebTCP8080TargetGroup' }, Type: 'forward' },
    ]);
    const rule = ruleTo(r, 'ApiTCP8000TargetGroup');
    expect(rule).toMatchObject({
      ListenerArn: { Ref: 'Port80Listener' },
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/api', '/api/*'] } }],
    });
    // A rule is keyed by its listener and priority, which the listener holds unique.
    expect(rule.id).toBe(`Port80Priority${String(rule.Priority)}Rule`);
    expect(r.template.Resources.ApiService!.DependsOn).toEqual(['Port80Listener', rule.id]);
    expect(props(r, 'LoadBalancerSecurityGroup').SecurityGroupIngress).toHaveLength(1);
  });

  it('keeps a route’s priority when other routes come and go, and puts hosts and deeper paths first', () => {
    const priority = (r: ConvertResult) => ruleTo(r, 'ApiTCP8000TargetGroup').Priority as number;
    const alone = convert(routed());
    const more = convert(
      routed([
        [
          'admin',
          { ports: [port(3000, 80, { extensions: { 'x-aws-route': { host: 'admin.example.com' } } })] },
        ],
        ['v2', { ports: [port(8001, 80, { extensions: { 'x-aws-route': { path: '/api/v2' } } })] }],
      ]),
    );
    expect(priority(more)).toBe(priority(alone));
    expect(ruleTo(more, 'V2TCP8001TargetGroup').Priority as number).toBeLessThan(priority(more));
    expect(ruleTo(more, 'AdminTCP3000TargetGroup').Priority as number).toBeLessThan(priority(more));
  });

  it('answers 404 when every port on the listener has a route', () => {
    const r = convert(
      project([
        service('api', { ports: [port(8000, 80, { extensions: { 'x-aws-route': { path: '/api' } } })] }),
      ]),
    );
    expect(props(r, 'Port80Listener').DefaultActions).toEqual([
      expect.objectContaining({
        Type: 'fixed-response',
        FixedResponseConfig: expect.objectContaining({ StatusCode: '404' }),
      }),
    ]);
  });

  it('refuses two unrouted ports on one published port, a route on a Network Load Balancer, and a priority clash', () => {
    expect(() =>
      convert(project([service('a', { ports: [port(80, 80)] }), service('b', { ports: [port(81, 80)] })])),
    ).toThrow(/cannot convert/);
    expect(() =>
      convert(
        project([
          service('a', { ports: [port(5000, 5000, { extensions: { 'x-aws-route': { path: '/a' } } })] }),
        ]),
      ),
    ).toThrow(/cannot convert/);
    expect(() =>
      convert(
        project([
          service('a', {
            ports: [port(80, 80, { extensions: { 'x-aws-route': { path: '/a', priority: 7 } } })],
          }),
          service('b', {
            ports: [port(80, 80, { extensions: { 'x-aws-route': { path: '/b', priority: 7 } } })],
          }),
        ]),
      ),
    ).toThrow(/cannot convert/);
  });
});

// Behaviour the converter owes a compose project on real AWS (issue 7): names on every port,
// stop-first for stateful services, no DesiredCount where autoscaling owns the count.
import type { LoadedProject } from '../../src/compose/model.js';
import { convert, type ConvertResult } from '../../src/template/convert.js';
import { findNames } from '../../src/template/names-used.js';
import { network, port, project, service, volume } from './builder.js';

const props = (r: ConvertResult, id: string) => r.template.Resources[id]!.Properties!;
const containers = (r: ConvertResult, task: string) =>
  props(r, `${task}TaskDefinition`).ContainerDefinitions as Array<Record<string, unknown>>;

function app(): LoadedProject {
  return project(
    [
      service('web', {
        environment: { DATABASE_URL: 'postgres://app:secret@db:5432/app', CACHE: 'redis:6379' },
        networks: { front: { aliases: [] }, back: { aliases: [] } },
        ports: [port(8000, 80)],
        links: [{ service: 'db', alias: 'database' }],
      }),
      // Neither declares a port: under compose they are still reachable on any port they listen on.
      service('db', { image: 'postgres:16', networks: { back: { aliases: ['pg'] } } }),
      service('redis', { image: 'redis:7', networks: { back: { aliases: [] } } }),
      service('outsider', { image: 'busybox', networks: { front: { aliases: [] } } }),
    ],
    { networks: { front: network('demo_front'), back: network('demo_back') } },
  );
}

describe('names on every port (defect 1)', () => {
  it('registers every service in a private DNS namespace, whatever ports it declares', () => {
    const r = convert(app());
    expect(r.template.Resources.DnsNamespace).toMatchObject({
      Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
      Properties: { Name: { 'Fn::Sub': '${AWS::StackName}.compose.internal' }, Vpc: { Ref: 'VpcId' } },
    });
    for (const [id, name] of [
      ['Db', 'db'],
      ['Redis', 'redis'],
      ['Web', 'web'],
    ] as const) {
      // A records answer whatever port the client dials; Service Connect would need a named port mapping.
      expect(props(r, `${id}Discovery`)).toMatchObject({
        Name: name,
        DnsConfig: { DnsRecords: [{ Type: 'A', TTL: 10 }], RoutingPolicy: 'MULTIVALUE' },
      });
      expect(props(r, `${id}Service`).ServiceRegistries).toEqual([
        {
          RegistryArn: {
            'Fn::Sub': `arn:\${AWS::Partition}:servicediscovery:\${AWS::Region}:\${AWS::AccountId}:service/\${${id}Discovery}`,
          },
        },
      ]);
      expect(props(r, `${id}Service`).ServiceConnectConfiguration).toBeUndefined();
    }
  });

  it('answers to network aliases and link aliases with CNAMEs to the service name', () => {
    const r = convert(app());
    for (const [id, alias] of [
      ['DbPgAlias', 'pg'],
      ['DbDatabaseAlias', 'database'],
    ]) {
      expect(props(r, id!)).toMatchObject({ Name: alias, DnsConfig: { DnsRecords: [{ Type: 'CNAME' }] } });
      expect(props(r, `${id}Record`)).toEqual({
        InstanceAttributes: { AWS_INSTANCE_CNAME: { 'Fn::Sub': 'db.${AWS::StackName}.compose.internal' } },
        InstanceId: alias,
        ServiceId: { Ref: id },
      });
    }
  });

  it('puts the namespace on every task’s DNS search list before any container starts, so bare names resolve', () => {
    const r = convert(app());
    for (const task of ['Web', 'Db', 'Redis', 'Outsider']) {
      const defs = containers(r, task);
      const init = defs.find((d) => d.Name === 'compose-dns-search')!;
      expect(init.Essential).toBe(false);
      const script = (init.Command as Array<{ 'Fn::Sub': string }>)[0]!['Fn::Sub'];
      expect(script).toContain("d='${AWS::StackName}.compose.internal'");
      expect(script).toContain('> $f');
      for (const d of defs.filter((x) => x !== init))
        expect(d.DependsOn).toContainEqual({ Condition: 'SUCCESS', ContainerName: 'compose-dns-search' });
    }
  });

  it('lets members of a network reach each other on every port, and keeps other networks out', () => {
    const r = convert(app());
    expect(props(r, 'BackNetworkIngress')).toMatchObject({
      IpProtocol: '-1',
      GroupId: { Ref: 'BackNetwork' },
      SourceSecurityGroupId: { Ref: 'BackNetwork' },
    });
    const groups = (id: string) =>
      (
        props(r, `${id}Service`).NetworkConfiguration as {
          AwsvpcConfiguration: { SecurityGroups: unknown[] };
        }
      ).AwsvpcConfiguration.SecurityGroups;
    expect(groups('Web')).toEqual([{ Ref: 'BackNetwork' }, { Ref: 'FrontNetwork' }]);
    expect(groups('Db')).toEqual([{ Ref: 'BackNetwork' }]);
    // outsider shares no network with db: no rule lets it in.
    expect(groups('Outsider')).toEqual([{ Ref: 'FrontNetwork' }]);
  });

  it('starts a client after the services it names (its ECS service depends on theirs)', () => {
    const r = convert(app());
    expect(r.template.Resources.WebService!.DependsOn).toEqual(
      expect.arrayContaining(['DbService', 'RedisService']),
    );
    expect(r.template.Resources.DbService!.DependsOn).toBeUndefined();
  });

  it('orders neither of two services that name each other as hosts (a tie), with a warning', () => {
    const r = convert(
      project([
        service('a', { environment: { PEER: 'http://b:9000' } }),
        service('b', { environment: { PEER: 'http://a:9000' } }),
      ]),
    );
    expect(r.template.Resources.AService!.DependsOn).toBeUndefined();
    expect(r.template.Resources.BService!.DependsOn).toBeUndefined();
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('a and b name each other'),
    );
    expect(r.startOrder).toEqual([
      expect.stringMatching(/^a and b start together: a names b in environment\.PEER, a host, and b names a/),
    ]);
  });

  it('weighs evidence: a host-like value over a bare word, depends_on over both; the plan says why', () => {
    const r = convert(
      project([
        service('db', { environment: { MYSQL_USER: 'wordpress' } }),
        service('wordpress', { environment: { WORDPRESS_DB_HOST: 'db', CACHE: 'cache' } }),
        service('cache', {
          environment: { UPSTREAM_HOST: 'wordpress' },
          dependsOn: { db: { condition: 'service_started', restart: false, required: true } },
        }),
      ]),
    );
    const res = r.template.Resources;
    expect(res.WordpressService!.DependsOn).toEqual(['DbService']);
    expect(res.DbService!.DependsOn).toBeUndefined();
    // cache waits for wordpress (a host) and db (declared); wordpress's bare word "cache" cannot invert that.
    expect(res.CacheService!.DependsOn).toEqual(['DbService', 'WordpressService']);
    expect(r.startOrder).toEqual([
      'cache starts after db: cache depends_on db',
      'cache starts after wordpress: cache names wordpress in environment.UPSTREAM_HOST, a host',
      'db does not wait for wordpress: db names wordpress in environment.MYSQL_USER, a bare word, perhaps not a host, but wordpress already starts after db',
      'wordpress does not wait for cache: wordpress names cache in environment.CACHE, a bare word, perhaps not a host, but cache already starts after wordpress',
      'wordpress starts after db: wordpress names db in environment.WORDPRESS_DB_HOST, a host',
    ]);
    // Dropping a bare-word guess is said in the plan, not as a warning.
    expect(r.warnings.map((w) => w.message).join('\n')).not.toMatch(/MYSQL_USER|environment\.CACHE/);
  });

  it('refuses a name that would mean two services', () => {
    expect(() =>
      convert(
        project([
          service('db', { networks: { default: { aliases: ['store'] } } }),
          service('cache', { networks: { default: { aliases: ['store'] } } }),
        ]),
      ),
    ).toThrow(/cannot convert/);
  });

  it('finds host names in URLs, host:port pairs, KEY=host and flags, not in prose', () => {
    const names = new Set(['db', 'api', 'cache']);
    const hosts = (t: string) => findNames(t, names, 'x').map((u) => [u.name, u.port]);
    expect(hosts('postgres://u:p@db:5432/app')).toEqual([['db', 5432]]);
    expect(hosts('http://api/v1')).toEqual([['api', 80]]);
    expect(hosts('db')).toEqual([['db', undefined]]);
    expect(hosts('--host=cache -p 1')).toEqual([['cache', undefined]]);
    expect(hosts('api:8080,cache:6379')).toEqual([
      ['api', 8080],
      ['cache', 6379],
    ]);
    expect(hosts('run the db migrations')).toEqual([]);
    expect(hosts('db.example.com:5432')).toEqual([]);
  });
});

describe('stateful services update stop-first (defect 2)', () => {
  const db = (fields: Parameters<typeof service>[1] = {}) =>
    project(
      [
        service('db', {
          image: 'postgres:16',
          volumes: [{ type: 'volume', source: 'data', target: '/var/lib/postgresql/data', readOnly: false }],
          ...fields,
        }),
      ],
      { volumes: { data: volume('data') } },
    );

  it('stops the old task before starting the new one, and says so', () => {
    const r = convert(db());
    expect(props(r, 'DbService').DeploymentConfiguration).toMatchObject({
      MaximumPercent: 100,
      MinimumHealthyPercent: 0,
    });
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('updates stop the old task before starting the new one'),
    );
  });

  it('keeps start-first when update_config.order asks for it', () => {
    const r = convert(
      db({
        deploy: {
          labels: {},
          resources: {},
          extensions: {},
          updateConfig: { order: 'start-first', extensions: {} },
        },
      }),
    );
    expect(props(r, 'DbService').DeploymentConfiguration).toMatchObject({
      MaximumPercent: 200,
      MinimumHealthyPercent: 100,
    });
  });

  it('leaves read-only mounts and replicated services alone', () => {
    const ro = convert(
      project(
        [
          service('reader', {
            volumes: [{ type: 'volume', source: 'data', target: '/data', readOnly: true }],
          }),
        ],
        { volumes: { data: volume('data') } },
      ),
    );
    expect(props(ro, 'ReaderService').DeploymentConfiguration).toMatchObject({ MaximumPercent: 200 });
    const many = convert(db({ deploy: { replicas: 3, labels: {}, resources: {}, extensions: {} } }));
    expect(props(many, 'DbService').DeploymentConfiguration).toMatchObject({ MaximumPercent: 200 });
  });
});

describe('autoscaled services carry no DesiredCount (defect 6)', () => {
  it('leaves the count to the scalable target, and keeps it elsewhere', () => {
    const r = convert(
      project([
        service('web', {
          deploy: {
            replicas: 2,
            labels: {},
            resources: {},
            extensions: { 'x-aws-autoscaling': { min: 2, max: 6, cpu: 60 } },
          },
        }),
        service('worker', { deploy: { replicas: 3, labels: {}, resources: {}, extensions: {} } }),
      ]),
    );
    expect(props(r, 'WebService')).not.toHaveProperty('DesiredCount');
    expect(props(r, 'WebScalableTarget')).toMatchObject({ MinCapacity: 2, MaxCapacity: 6 });
    expect(props(r, 'WorkerService').DesiredCount).toBe(3);
  });
});

describe('volumes like Docker’s (defect 7)', () => {
  const withUser = (fields: Parameters<typeof service>[1], opts: Record<string, string> = {}) =>
    convert(
      project(
        [
          service('db', {
            image: 'postgres:16',
            volumes: [
              { type: 'volume', source: 'data', target: '/var/lib/postgresql/data', readOnly: false },
            ],
            ...fields,
          }),
        ],
        { volumes: { data: volume('data', { driverOpts: opts }) } },
      ),
    );
  const root = (r: ConvertResult) => props(r, 'DbDataAccessPoint').RootDirectory;

  it.each([
    ['user: postgres', { user: 'postgres' }, {}, ['999', '999', '0755']],
    ['user: "70:70"', { user: '70:70' }, {}, ['70', '70', '0755']],
    ['prometheus as nobody by default', { image: 'prom/prometheus:v2.53.0' }, {}, ['65534', '65534', '0755']],
    ['driver_opts win', { user: 'postgres' }, { uid: '1001', gid: '1002' }, ['1001', '1002', '0755']],
    ['an unknown user: root-owned, world-writable', {}, {}, ['0', '0', '0777']],
  ])(
    'creates the access-point root owned by the service’s user: %s',
    (_what, fields, opts, [uid, gid, mode]) => {
      expect(root(withUser(fields, opts))).toEqual({
        CreationInfo: { OwnerUid: uid, OwnerGid: gid, Permissions: mode },
        Path: '/data',
      });
    },
  );

  it('keeps the file system root when root_directory is "/" (the layout before access-point roots)', () => {
    expect(root(withUser({ user: 'postgres' }, { root_directory: '/' }))).toBeUndefined();
  });

  it('leaves an anonymous volume to the image (Docker copies the image’s content there; ECS would not)', () => {
    const r = convert(
      project([
        service('web', {
          volumes: [
            { type: 'volume', target: '/code/node_modules', readOnly: false },
            { type: 'volume', target: '/scratch', readOnly: false, nocopy: true },
          ],
        }),
      ]),
    );
    const web = containers(r, 'Web').find((d) => d.Name === 'web')!;
    expect(web.MountPoints).toEqual([
      { ContainerPath: '/scratch', ReadOnly: false, SourceVolume: 'web-anon-1' },
    ]);
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('anonymous volume /code/node_modules is not mounted'),
    );
  });
});

describe('AWS quotas CloudFormation does not check (defect 10)', () => {
  it('refuses more than 50 listeners on one load balancer, naming the quota and the way out', () => {
    const many = Array.from({ length: 26 }, (_, i) => service(`s${i}`, { ports: [port(9000, 10000 + i)] }));
    let message = '';
    try {
      convert(
        project([
          ...many,
          ...many.map((s) => ({
            ...s,
            name: `t${s.name}`,
            ports: [port(9000, 20000 + Number(s.name.slice(1)))],
          })),
        ]),
      );
    } catch (e) {
      message = (e as { diagnostics: Array<{ message: string }> }).diagnostics
        .map((d) => d.message)
        .join('\n');
    }
    expect(message).toContain('would have 52 listeners');
    expect(message).toContain('Listeners per Application/Network Load Balancer');
    expect(message).toContain('services reach each other by name');
  });

  it('warns above 60 inbound rules on a group and above 5 groups per task', () => {
    const ports = Array.from({ length: 61 }, (_, i) => port(8000 + i, 8000 + i));
    const networks = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => [n, { aliases: [] }]));
    const r = convert(
      project([service('wide', { ports: ports.slice(0, 5), networks })], {
        networks: Object.fromEntries(Object.keys(networks).map((n) => [n, network(`demo_${n}`)])),
      }),
    );
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('Security groups per network interface'),
    );
    // 35 listeners, but each port's health check runs on a port of its own: 71 rules on the network's group.
    const checked = Array.from({ length: 35 }, (_, i) =>
      port(8000 + i, 8000 + i, { extensions: { 'x-aws-healthcheck': { port: 9000 + i } } }),
    );
    const crowded = convert(
      project(
        Array.from({ length: 7 }, (_, i) => service(`s${i}`, { ports: checked.slice(i * 5, i * 5 + 5) })),
      ),
    );
    expect(crowded.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('Inbound or outbound rules per security group'),
    );
  });
});

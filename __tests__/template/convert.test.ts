import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import type { LoadedProject } from '../../src/compose/model.js';
import { UserError } from '../../src/errors.js';
import { convert, templateBodyTooLarge, type ConvertResult } from '../../src/template/convert.js';
import { TAG_PROPERTY } from '../../src/template/tags.js';
import { port, project, secret, service, volume } from './builder.js';
import { fixtures } from './fixtures.js';

function convertError(loaded: LoadedProject, options = {}): UserError {
  try {
    convert(loaded, options);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected convert to fail');
}

const resources = (r: ConvertResult) => r.template.Resources;
const props = (r: ConvertResult, id: string) => resources(r)[id]!.Properties!;

describe('determinism', () => {
  it('gives byte-identical output for the same input, whatever the order of the maps', () => {
    for (const f of fixtures) {
      const a = convert(f.loaded, f.options).body;
      expect(convert(f.loaded, f.options).body).toBe(a);
      const p = f.loaded.project;
      const reversed = {
        ...f.loaded,
        project: { ...p, services: Object.fromEntries(Object.entries(p.services).reverse()) },
      };
      expect(convert(reversed, f.options).body).toBe(a);
    }
  });

  it('changes only the resources of the service that changed', () => {
    const before = convert(
      project([service('web', { ports: [port(80, 80)] }), service('api', { expose: ['8080'] })]),
    );
    const after = convert(
      project([
        service('web', { ports: [port(80, 80)], environment: { NEW: '1' } }),
        service('api', { expose: ['8080'] }),
      ]),
    );
    const changed = Object.keys({ ...resources(before), ...resources(after) }).filter(
      (id) => JSON.stringify(resources(before)[id]) !== JSON.stringify(resources(after)[id]),
    );
    expect(changed).toEqual(['WebTaskDefinition']);
  });

  it('adding a service adds only its resources', () => {
    const before = convert(project([service('web')]));
    const after = convert(project([service('web'), service('worker')]));
    const changed = Object.keys(resources(after)).filter(
      (id) => JSON.stringify(resources(before)[id]) !== JSON.stringify(resources(after)[id]),
    );
    expect(changed.sort()).toEqual([
      'WorkerDiscovery',
      'WorkerService',
      'WorkerTaskDefinition',
      'WorkerTaskExecutionRole',
    ]);
  });
});

describe('load balancing', () => {
  it('maps "8080:80" to listener port 8080 and target port 80', () => {
    const r = convert(project([service('web', { ports: [port(80, 8080)] })]));
    expect(props(r, 'Port8080Listener')).toMatchObject({ Port: 8080, Protocol: 'TCP' });
    expect(props(r, 'WebTCP80TargetGroup')).toMatchObject({ Port: 80, Protocol: 'TCP', TargetType: 'ip' });
    expect(props(r, 'WebService').LoadBalancers).toEqual([
      { ContainerName: 'web', ContainerPort: 80, TargetGroupArn: { Ref: 'WebTCP80TargetGroup' } },
    ]);
    expect(resources(r).WebService!.DependsOn).toContain('Port8080Listener');
    expect(props(r, 'DefaultNetworkTCP80Ingress')).toMatchObject({
      FromPort: 80,
      ToPort: 80,
      SourceSecurityGroupId: { Ref: 'LoadBalancerSecurityGroup' },
    });
  });

  it('uses an ALB only when every published port is HTTP', () => {
    const lbType = (ports: ReturnType<typeof port>[]) =>
      props(convert(project([service('web', { ports })])), 'LoadBalancer').Type;
    expect(lbType([port(80, 80)])).toBe('application');
    expect(lbType([port(3000, 8080, { extensions: { 'x-aws-protocol': 'http' } })])).toBe('application');
    expect(lbType([port(80, 80), port(5432, 5432)])).toBe('network');
    expect(lbType([port(443, 443)])).toBe('network'); // no certificate: TLS passes through to the container
  });

  it('reports ports published twice and HTTPS without a certificate, with locations', () => {
    const err = convertError(
      project(
        [
          service('a', { ports: [port(80, 80)] }),
          service('b', {
            ports: [port(81, 80), port(443, 443, { extensions: { 'x-aws-protocol': 'https' } })],
          }),
        ],
        {},
        { 'services.b.ports[0]': 12 },
      ),
    );
    const messages = err.diagnostics.map((d) => d.message);
    expect(messages).toContainEqual(expect.stringContaining('already published by service a'));
    expect(messages).toContainEqual(expect.stringContaining('HTTPS needs a certificate'));
    expect(err.diagnostics.find((d) => d.message.includes('already published'))!.location).toEqual({
      file: 'compose.yaml',
      line: 12,
      column: 3,
    });
  });

  it('does not create a load balancer when nothing is published', () => {
    const r = convert(project([service('worker', { ports: [port(9000)] })]));
    expect(Object.values(resources(r)).map((x) => x.Type)).not.toContain(
      'AWS::ElasticLoadBalancingV2::LoadBalancer',
    );
    expect(r.template.Outputs).toBeUndefined();
  });
});

describe('errors and warnings', () => {
  it('collects every problem into one UserError with paths and locations', () => {
    const err = convertError(
      project(
        [
          service('web', {
            volumes: [
              { type: 'bind', source: '/src', target: '/app', readOnly: false },
              { type: 'bind', source: '/data', target: '/data', readOnly: false },
            ],
          }),
        ],
        {},
        { 'services.web.volumes[0]': 7 },
      ),
    );
    expect(err.diagnostics.map((d) => d.path)).toEqual([
      ['services', 'web', 'volumes', 0],
      ['services', 'web', 'volumes', 1],
    ]);
    expect(err.diagnostics.find((d) => d.path?.[3] === 0 && d.path[2] === 'volumes')).toMatchObject({
      message: expect.stringContaining('bind mount /src → /app'),
      location: { file: 'compose.yaml', line: 7, column: 3 },
    });
  });

  it('drops bind mounts with a warning each when asked, and keeps tmpfs as a writable task volume', () => {
    const r = convert(
      project([
        service('web', {
          readOnly: true,
          user: '65534',
          volumes: [
            { type: 'bind', source: '/src', target: '/app', readOnly: false },
            { type: 'tmpfs', target: '/tmp' },
          ],
        }),
      ]),
      {
        dropUnsupportedMounts: true,
      },
    );
    expect(r.warnings.filter((w) => w.message.includes('dropped'))).toHaveLength(1);
    expect(props(r, 'WebTaskDefinition').Volumes).toEqual([{ Name: 'web-tmpfs-1' }]);
    const defs = props(r, 'WebTaskDefinition').ContainerDefinitions as Array<Record<string, unknown>>;
    const web = defs.find((d) => d.Name === 'web')!;
    expect(web.MountPoints).toEqual([
      { ContainerPath: '/tmp', ReadOnly: false, SourceVolume: 'web-tmpfs-1' },
    ]);
    expect(web.DependsOn).toContainEqual({ Condition: 'SUCCESS', ContainerName: 'compose-tmpfs-init' });
    // Fargate creates the directory root-owned 0755: the init container opens it as a tmpfs would be.
    const init = defs.find((d) => d.Name === 'compose-tmpfs-init')!;
    expect(init.Essential).toBe(false);
    expect((init.Command as string[])[0]).toContain("chmod '1777' '/compose-tmpfs/web-tmpfs-1'");
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      "tmpfs /tmp is a writable task volume on the task's ephemeral storage: disk, not memory",
    );
  });

  it('rejects sizes above the largest Fargate task', () => {
    const err = convertError(
      project([
        service('big', { deploy: { resources: { limits: { cpus: 32 } }, labels: {}, extensions: {} } }),
      ]),
    );
    expect(err.diagnostics[0]!.message).toMatch(/up to 16 vCPU/);
  });

  it('unknown x-aws-* keys (typos) are warned about once, by the loader, and ignored by the converter', () => {
    const loaded = project([
      service('web', { extensions: { 'x-aws-polices': ['arn:aws:iam::aws:policy/X'] } }),
    ]);
    expect(loaded.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('unknown extension x-aws-polices'),
    ]);
    expect(convert(loaded).warnings.map((w) => w.message)).not.toContainEqual(
      expect.stringContaining('x-aws-polices'),
    );
  });

  it('rejects a missing image; an invalid log retention is a load error', () => {
    expect(convertError(project([service('a', { image: undefined })])).diagnostics[0]!.message).toMatch(
      /has no image/,
    );
    expect(() => project([service('a')], { extensions: { 'x-aws-logs_retention': 10 } })).toThrow(UserError);
    try {
      project([service('a')], { extensions: { 'x-aws-logs_retention': 10 } });
    } catch (err) {
      expect((err as UserError).diagnostics.map((d) => d.message)).toEqual([
        expect.stringMatching(/^x-aws-logs_retention must be one of 1, 3, 5/),
      ]);
    }
  });
});

describe('deployment configuration', () => {
  const dc = (replicas: number | undefined, updateConfig: object | undefined) =>
    props(
      convert(
        project([
          service('web', {
            deploy: {
              ...(replicas ? { replicas } : {}),
              resources: {},
              labels: {},
              extensions: {},
              ...(updateConfig ? { updateConfig: { extensions: {}, ...updateConfig } } : {}),
            },
          }),
        ]),
      ),
      'WebService',
    ).DeploymentConfiguration as Record<string, unknown>;

  it('follows the ECS-FACTS arithmetic', () => {
    expect(dc(undefined, undefined)).toMatchObject({ MaximumPercent: 200, MinimumHealthyPercent: 100 });
    expect(dc(4, { parallelism: 2 })).toMatchObject({ MaximumPercent: 150, MinimumHealthyPercent: 50 });
    expect(dc(3, { parallelism: 1, order: 'stop-first' })).toMatchObject({
      MaximumPercent: 100,
      MinimumHealthyPercent: 66,
    });
    expect(dc(3, { order: 'start-first' })).toMatchObject({
      MaximumPercent: 133,
      MinimumHealthyPercent: 100,
    });
    expect(dc(4, { parallelism: 2, extensions: { 'x-aws-min_percent': 75 } })).toMatchObject({
      MaximumPercent: 150,
      MinimumHealthyPercent: 75,
    });
  });

  it('keeps the circuit breaker with rollback on unless failure_action is continue', () => {
    expect(dc(2, { failureAction: 'rollback' }).DeploymentCircuitBreaker).toEqual({
      Enable: true,
      Rollback: true,
    });
    expect(dc(2, { failureAction: 'continue' }).DeploymentCircuitBreaker).toEqual({
      Enable: false,
      Rollback: false,
    });
  });
});

describe('parameters', () => {
  it('declares VPC and subnets as parameters and says what the plan stage must fill in', () => {
    const r = convert(
      project(
        [
          service('db', {
            volumes: [{ type: 'volume', source: 'data', target: '/data', readOnly: false }],
            secrets: [{ source: 'pw', extensions: {} }],
          }),
        ],
        {
          volumes: { data: volume('data') },
          secrets: { pw: secret('pw', { file: '/src/pw.txt' }) },
          extensions: { 'x-aws-vpc': 'arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0abc' },
        },
      ),
      { assignPublicIp: false, efsSubnetCount: 3 },
    );
    expect(r.template.Parameters!.VpcId!.Type).toBe('AWS::EC2::VPC::Id');
    expect(r.template.Parameters!.SubnetIds!.Type).toBe('List<AWS::EC2::Subnet::Id>');
    expect(r.parameters).toEqual([
      expect.objectContaining({ name: 'VpcId', kind: 'vpc', value: 'vpc-0abc' }),
      expect.objectContaining({ name: 'SubnetIds', kind: 'subnets', public: false, minCount: 3 }),
      expect.objectContaining({ name: 'PwSecretArn', kind: 'file-secret', secret: 'pw' }),
      expect.objectContaining({ name: 'PwSecretVersion', kind: 'file-secret-version', secret: 'pw' }),
      expect.objectContaining({
        name: 'DataFilesystemRetainedId',
        kind: 'retained-file-system',
        volume: 'data',
      }),
    ]);
    expect(r.body).not.toContain('/src/pw.txt');
    expect(props(r, 'DbService').NetworkConfiguration).toMatchObject({
      AwsvpcConfiguration: { AssignPublicIp: 'DISABLED' },
    });
  });
});

describe('tags', () => {
  it('tags every generated resource whose type takes tags, per the CloudFormation schemas cfn-lint ships', () => {
    const types = new Set<string>();
    for (const f of fixtures)
      for (const r of Object.values(convert(f.loaded, f.options).template.Resources)) types.add(r.Type);
    // Cloud Map's and ACM's schemas declare a Tags property without a tagging section: the property is the answer there.
    // AWS::IAM::InstanceProfile's schema names a tag property its properties do not have (cfn-lint refuses
    // Tags there, E3002): a tag property counts only when the resource has it.
    const script = `import json,sys\nfrom cfnlint.schema import PROVIDER_SCHEMA_MANAGER as M\nS=lambda t: M.get_resource_schema('us-east-1', t).schema\nH=lambda t, p: p if p and p.replace('/properties/', '') in S(t)['properties'] else None\nprint(json.dumps({t: H(t, (S(t).get('tagging') or {}).get('tagProperty')) or ('Tags' if t.startswith(('AWS::ServiceDiscovery::', 'AWS::CertificateManager::')) and 'Tags' in S(t)['properties'] else None) for t in sys.argv[1:]}))`;
    const schema = JSON.parse(
      execFileSync('python3', ['-c', script, ...types], { encoding: 'utf8' }),
    ) as Record<string, string | null>;
    for (const t of types) {
      const fromSchema = schema[t]?.replace('/properties/', '') ?? null;
      expect([t, TAG_PROPERTY[t] === null ? null : TAG_PROPERTY[t]]).toEqual([t, fromSchema]);
    }
    for (const f of fixtures) {
      for (const [id, r] of Object.entries(convert(f.loaded, f.options).template.Resources)) {
        const prop = TAG_PROPERTY[r.Type];
        if (!prop) continue;
        expect([id, (r.Properties![prop] as Array<{ Key: string }>).map((t) => t.Key)]).toEqual([
          id,
          expect.arrayContaining(['com.docker.compose.project']),
        ]);
      }
    }
  }, 60_000);

  it('propagates service tags to tasks', () => {
    const r = convert(project([service('web')]));
    expect(props(r, 'WebService')).toMatchObject({
      PropagateTags: 'SERVICE',
      Tags: expect.arrayContaining([{ Key: 'com.docker.compose.service', Value: 'web' }]),
    });
  });
});

describe('limits', () => {
  it('rejects templates over 500 resources with a clear error', () => {
    // Four resources per service (task definition, execution role, ECS service, Cloud Map service).
    const many = Array.from({ length: 130 }, (_, i) => service(`s${i}`));
    const err = convertError(project(many));
    expect(err.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(/has 5\d\d resources; CloudFormation allows 500/),
    );
  });

  it('holds the compact body CloudFormation is given to its 1 MB, not the readable one', () => {
    // Short variables deep in a task definition: the readable body is mostly indentation.
    const environment = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`V${i}`, 'x']));
    const wide = convert(project(Array.from({ length: 20 }, (_, i) => service(`s${i}`, { environment }))));
    expect(Buffer.byteLength(wide.body)).toBeGreaterThan(1_000_000);
    expect(Buffer.byteLength(JSON.stringify(wide.template))).toBeLessThan(1_000_000);
    // Long values: the compact body is over too.
    const long = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`V${i}`, 'x'.repeat(1000)]));
    const err = convertError(
      project(Array.from({ length: 20 }, (_, i) => service(`s${i}`, { environment: long }))),
    );
    expect(err.diagnostics.map((d) => d.message)).toContainEqual(
      expect.stringMatching(
        /^the template is 1\d{6} bytes as compact JSON; CloudFormation takes at most 1000000 bytes even from S3$/,
      ),
    ); // Refused for its resources already: not written out again to be measured.
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`V${i}`, 'x'.repeat(100)]));
    const split = convertError(
      project(Array.from({ length: 130 }, (_, i) => service(`s${i}`, { environment: many }))),
    );
    expect(split.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(/has 5\d\d resources; CloudFormation allows 500/),
    ]);
  });

  it('tells the deploy stage when the body must go through S3', () => {
    expect(templateBodyTooLarge('x'.repeat(51_200))).toBe(false);
    expect(templateBodyTooLarge('x'.repeat(51_201))).toBe(true);
    expect(templateBodyTooLarge('é'.repeat(25_601))).toBe(true); // bytes, not characters
  });
});

describe('secrets', () => {
  it('never puts a secret value or file path into the template', () => {
    const r = convert(
      project([service('api', { secrets: [{ source: 'token', extensions: {} }] })], {
        secrets: { token: secret('token', { environment: 'API_TOKEN' }) },
      }),
    );
    expect(r.body).not.toContain('API_TOKEN');
    expect(r.parameters.find((p) => p.kind === 'file-secret')).toMatchObject({
      name: 'TokenSecretArn',
      secret: 'token',
    });
  });
});

describe('secret version pinning (file: / environment: secrets)', () => {
  const pinned = () =>
    convert(
      project(
        [
          service('api', {
            secrets: [
              { source: 'token', extensions: {} },
              { source: 'creds', extensions: {} },
            ],
          }),
        ],
        {
          secrets: {
            token: secret('token', { environment: 'API_TOKEN' }),
            creds: secret('creds', {
              file: '/src/creds.json',
              extensions: { 'x-aws-keys': ['user', 'pass'] },
            }),
            managed: secret('managed', {
              external: true,
              externalName: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:shared/db',
            }),
          },
        },
      ),
    );
  const api = (r: ConvertResult) =>
    (props(r, 'ApiTaskDefinition').ContainerDefinitions as Array<Record<string, unknown>>).find(
      (c) => c.Name === 'api',
    )!;

  it('adds a <SecretId>SecretVersion String parameter and a file-secret-version ParameterSource per stored secret', () => {
    const r = pinned();
    expect(r.template.Parameters!.TokenSecretVersion).toMatchObject({ Type: 'String' });
    expect(r.template.Parameters!.CredsSecretVersion).toMatchObject({ Type: 'String' });
    expect(r.parameters.filter((p) => p.kind.startsWith('file-secret'))).toEqual([
      { name: 'CredsSecretArn', kind: 'file-secret', secret: 'creds', description: expect.any(String) },
      {
        name: 'CredsSecretVersion',
        kind: 'file-secret-version',
        secret: 'creds',
        description: expect.any(String),
      },
      { name: 'TokenSecretArn', kind: 'file-secret', secret: 'token', description: expect.any(String) },
      {
        name: 'TokenSecretVersion',
        kind: 'file-secret-version',
        secret: 'token',
        description: expect.any(String),
      },
    ]);
  });

  it('pins valueFrom to <arn>:::<version-id>, or <arn>:<key>::<version-id> with x-aws-keys', () => {
    const r = pinned();
    expect(api(r).Secrets).toEqual([
      {
        Name: 'token',
        ValueFrom: { 'Fn::Join': ['', [{ Ref: 'TokenSecretArn' }, ':::', { Ref: 'TokenSecretVersion' }]] },
      },
      {
        Name: 'creds_user',
        ValueFrom: {
          'Fn::Join': ['', [{ Ref: 'CredsSecretArn' }, ':user::', { Ref: 'CredsSecretVersion' }]],
        },
      },
      {
        Name: 'creds_pass',
        ValueFrom: {
          'Fn::Join': ['', [{ Ref: 'CredsSecretArn' }, ':pass::', { Ref: 'CredsSecretVersion' }]],
        },
      },
    ]);
  });

  it('grants IAM on the bare ARN only', () => {
    const r = pinned();
    const policy = JSON.stringify(props(r, 'ApiTaskExecutionRole').Policies);
    expect(policy).toContain(JSON.stringify({ Ref: 'TokenSecretArn' }));
    expect(policy).toContain(JSON.stringify({ Ref: 'CredsSecretArn' }));
    expect(policy).not.toContain('SecretVersion');
    expect(policy).not.toContain(':::');
    expect(policy).not.toContain('-??????');
  });

  it('keeps the -?????? suffix for partial Secrets Manager ARNs given literally (not versioned)', () => {
    const r = convert(
      project([service('api', { secrets: [{ source: 'managed', extensions: {} }] })], {
        secrets: {
          managed: secret('managed', {
            external: true,
            externalName: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:shared/db',
          }),
        },
      }),
    );
    expect(api(r).Secrets).toEqual([
      { Name: 'managed', ValueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:shared/db' },
    ]);
    expect(JSON.stringify(props(r, 'ApiTaskExecutionRole').Policies)).toContain(
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:shared/db-??????',
    );
    expect(r.parameters.map((p) => p.kind)).not.toContain('file-secret-version');
  });
});

describe('host_ip of a published port', () => {
  const ids = (r: ConvertResult) => Object.keys(resources(r));

  it.each(['127.0.0.1', '127.1.2.3', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1', 'localhost'])(
    'does not publish a port bound to %s; the service stays reachable by name',
    (hostIp) => {
      const r = convert(
        project(
          [
            service('db', { image: 'postgres:16', ports: [port(5432, 5432, { hostIp })] }),
            service('web', { ports: [port(80, 80)] }),
          ],
          {},
          { 'services.db.ports[0].host_ip': 9 },
        ),
      );
      expect(ids(r).filter((id) => id.startsWith('DbTCP5432'))).toEqual([]);
      expect(props(r, 'LoadBalancerSecurityGroup').SecurityGroupIngress).toEqual([
        expect.objectContaining({ FromPort: 80 }),
      ]);
      const db = (props(r, 'DbTaskDefinition').ContainerDefinitions as Array<Record<string, unknown>>).find(
        (d) => d.Name === 'db',
      )!;
      expect(db.PortMappings).toEqual([{ ContainerPort: 5432, Name: 'db-5432-tcp', Protocol: 'tcp' }]);
      expect(props(r, 'DbService').ServiceRegistries).toHaveLength(1);
      expect(props(r, 'DbService').LoadBalancers).toBeUndefined();
      const warning = r.warnings.find((w) => w.message.includes('not published'))!;
      expect(warning.message).toContain(`bound to ${hostIp} under compose: not published`);
      expect(warning.message).toContain('reachable from other services by name');
      expect(warning.location).toEqual({ file: 'compose.yaml', line: 9, column: 3 });
    },
  );

  it('locates the warning on the short-syntax port written in compose.yaml (real loader)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compose-ecs-hostip-'));
    writeFileSync(
      join(dir, 'compose.yaml'),
      'services:\n  db:\n    image: postgres:16\n    ports:\n      - "127.0.0.1:5432:5432"\n',
    );
    const r = convert(await loadProject({ files: [], workingDir: dir, environment: {} }));
    expect(Object.keys(resources(r))).not.toContain('LoadBalancer');
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('bound to 127.0.0.1 under compose: not published'),
        location: expect.objectContaining({ line: 5, column: 9 }),
      }),
    );
  });

  it('creates no load balancer when the only published port is local', () => {
    const r = convert(project([service('db', { ports: [port(5432, 5432, { hostIp: '127.0.0.1' })] })]));
    expect(ids(r)).not.toContain('LoadBalancer');
    expect(ids(r)).not.toContain('LoadBalancerSecurityGroup');
  });

  it('publishes other addresses with a warning that host_ip is ignored, and wildcards silently', () => {
    const r = convert(
      project([
        service('web', {
          ports: [
            port(80, 80, { hostIp: '10.0.0.5' }),
            port(81, 81, { hostIp: '0.0.0.0' }),
            port(82, 82, { hostIp: '::' }),
            port(83, 83, { hostIp: '128.0.0.1' }),
          ],
        }),
      ]),
    );
    for (const p of [80, 81, 82, 83]) expect(ids(r)).toContain(`Port${p}Listener`);
    const ignored = r.warnings.filter((w) => w.message.includes('is ignored'));
    expect(ignored.map((w) => w.path)).toEqual([
      ['services', 'web', 'ports', 0, 'host_ip'],
      ['services', 'web', 'ports', 3, 'host_ip'],
    ]);
  });
});

describe('existing load balancer (x-aws-loadbalancer)', () => {
  const LB = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/shared/0123456789abcdef';
  const existing = (extensions: Record<string, unknown>, ports = [port(80, 80)]) =>
    project([service('web', { ports })], { extensions: { 'x-aws-loadbalancer': LB, ...extensions } });

  it('opens the task ports to x-aws-loadbalancer_securitygroup only', () => {
    const r = convert(
      existing({ 'x-aws-loadbalancer_securitygroup': 'sg-0123456789abcdef0' }, [
        port(80, 80),
        port(53, 53, { protocol: 'udp' }),
      ]),
    );
    for (const id of ['DefaultNetworkTCP80Ingress', 'DefaultNetworkUDP53Ingress']) {
      expect(props(r, id).SourceSecurityGroupId).toBe('sg-0123456789abcdef0');
      expect(props(r, id).CidrIp).toBeUndefined();
    }
    expect(JSON.stringify(r.template)).not.toContain('0.0.0.0/0');
    expect(r.warnings.map((w) => w.message)).not.toContainEqual(expect.stringContaining('SECURITY'));
  });

  it('without it keeps 0.0.0.0/0 but warns loudly, naming the extension', () => {
    const r = convert(existing({}));
    expect(props(r, 'DefaultNetworkTCP80Ingress').CidrIp).toBe('0.0.0.0/0');
    const w = r.warnings.find((x) => x.message.startsWith('SECURITY'))!;
    expect(w.message).toContain('x-aws-loadbalancer_securitygroup');
    expect(w.path).toEqual(['x-aws-loadbalancer']);
  });

  it('rejects a value that is not a security group id, and warns when there is no existing load balancer', () => {
    // The value's form is the loader's to check (it decodes every x-aws-* extension once).
    expect(() => existing({ 'x-aws-loadbalancer_securitygroup': 'my-lb-group' })).toThrow(UserError);
    const r = convert(
      project([service('web', { ports: [port(80, 80)] })], {
        extensions: { 'x-aws-loadbalancer_securitygroup': 'sg-0123456789abcdef0' },
      }),
    );
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('applies only with x-aws-loadbalancer'),
    );
    expect(r.warnings.map((w) => w.message)).not.toContainEqual(expect.stringContaining('unknown extension'));
  });
});

describe('UDP behind the Network Load Balancer', () => {
  it('opens the TCP health-check port (traffic port by default) to the LB security group, and warns', () => {
    const r = convert(
      project([service('dns', { ports: [port(53, 53, { protocol: 'udp' })], extensions: {} })]),
    );
    expect(props(r, 'DnsUDP53TargetGroup')).toMatchObject({ Protocol: 'UDP', HealthCheckProtocol: 'TCP' });
    expect(props(r, 'DefaultNetworkUDP53Ingress')).toMatchObject({
      IpProtocol: 'udp',
      FromPort: 53,
      SourceSecurityGroupId: { Ref: 'LoadBalancerSecurityGroup' },
    });
    expect(props(r, 'DefaultNetworkUDP53Ingress').CidrIp).toBeUndefined();
    expect(props(r, 'DefaultNetworkTCP53HealthCheckIngress')).toMatchObject({
      IpProtocol: 'tcp',
      FromPort: 53,
      ToPort: 53,
      SourceSecurityGroupId: { Ref: 'LoadBalancerSecurityGroup' },
    });
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringContaining('UDP port 53 is health-checked over TCP on port 53'),
    );
  });

  it('uses the x-aws-healthcheck port without a warning', () => {
    const r = convert(
      project([
        service('dns', {
          ports: [port(53, 53, { protocol: 'udp', extensions: { 'x-aws-healthcheck': { port: 8181 } } })],
        }),
      ]),
    );
    expect(props(r, 'DnsUDP53TargetGroup').HealthCheckPort).toBe('8181');
    expect(props(r, 'DefaultNetworkTCP8181HealthCheckIngress')).toMatchObject({
      IpProtocol: 'tcp',
      FromPort: 8181,
    });
    expect(r.warnings.map((w) => w.message)).not.toContainEqual(expect.stringContaining('health-checked'));
  });

  it('never declares the same ingress rule twice (EC2 refuses duplicates)', () => {
    const r = convert(
      project([
        service('dns', { ports: [port(53, 53), port(53, 53, { protocol: 'udp' })] }),
        service('web', { ports: [port(8080, 80), port(8080, 8443)] }),
      ]),
    );
    const rules = Object.values(resources(r))
      .filter((x) => x.Type === 'AWS::EC2::SecurityGroupIngress')
      .map((x) => {
        const { Description: _, ...rule } = x.Properties!;
        return JSON.stringify(rule);
      });
    expect(new Set(rules).size).toBe(rules.length);
    expect(Object.keys(resources(r))).toContain('DefaultNetworkTCP53Ingress');
    expect(Object.keys(resources(r))).not.toContain('DefaultNetworkTCP53HealthCheckIngress');
    expect(Object.keys(resources(r)).filter((id) => id.includes('8080') && id.endsWith('Ingress'))).toEqual([
      'DefaultNetworkTCP8080Ingress',
    ]);
  });

  it('names a shared rule by its group and port, so removing one service keeps the rule the other needs', () => {
    const both = convert(
      project([service('web', { ports: [port(8080, 80)] }), service('admin', { ports: [port(8080, 8081)] })]),
    );
    const webOnly = convert(project([service('web', { ports: [port(8080, 80)] })]));
    const adminOnly = convert(project([service('admin', { ports: [port(8080, 8081)] })]));
    const ingress = (r: ConvertResult) =>
      Object.entries(resources(r))
        .filter(([, x]) => x.Type === 'AWS::EC2::SecurityGroupIngress' && x.Properties!.FromPort === 8080)
        .map(([id]) => id);
    expect(ingress(both)).toEqual(['DefaultNetworkTCP8080Ingress']);
    expect(ingress(webOnly)).toEqual(['DefaultNetworkTCP8080Ingress']);
    expect(ingress(adminOnly)).toEqual(['DefaultNetworkTCP8080Ingress']);
  });
});

describe('secrets init container script', () => {
  const withRef = (ref: Record<string, unknown>) =>
    project([service('api', { secrets: [{ source: 'token', extensions: {}, ...ref }] })], {
      secrets: { token: secret('token', { file: '/src/token.txt' }) },
    });
  const script = (r: ConvertResult) => {
    const defs = props(r, 'ApiTaskDefinition').ContainerDefinitions as Array<Record<string, unknown>>;
    return (defs.find((d) => d.Name === 'compose-secrets-init')!.Command as string[])[0]!;
  };

  it('shell-quotes the mode and the owner', () => {
    const s = script(convert(withRef({ uid: '1000', gid: '100', mode: 0o440 })));
    expect(s).toContain(`chmod '0440' '/compose-secrets/api-secrets/token'`);
    expect(s).toContain(`chown '1000:100' '/compose-secrets/api-secrets/token'`);
  });

  it('refuses a uid or gid that is not numeric, even if the loader was bypassed', () => {
    const err = convertError(withRef({ uid: '0; reboot', gid: '$(id -u)' }));
    expect(err.diagnostics.map((d) => [d.path, d.message])).toEqual(
      expect.arrayContaining([
        [['services', 'api', 'secrets', 0, 'uid'], expect.stringContaining('numeric')],
        [['services', 'api', 'secrets', 0, 'gid'], expect.stringContaining('numeric')],
      ]),
    );
  });
});

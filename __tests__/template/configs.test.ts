// Configs in the template: where files land, what the tasks read, what a change rolls, what is refused.
import type { ConfigFile, ServiceFileReference } from '../../src/compose/model.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import { CHUNK_BYTES, configChunks } from '../../src/template/configs.js';
import { convert } from '../../src/template/convert.js';
import { config, project, secret, service } from './builder.js';
import { fixtures } from './fixtures.js';

const configsFixture = fixtures.find((f) => f.name === 'configs')!;
type Container = { Name: string; MountPoints?: unknown[]; Secrets?: unknown[]; Command?: string[] };
const containers = (template: { Resources: Record<string, unknown> }, id: string) =>
  (template.Resources[id] as { Properties: { ContainerDefinitions: Container[] } }).Properties
    .ContainerDefinitions;
const ref = (source: string, fields: Partial<ServiceFileReference> = {}): ServiceFileReference => ({
  source,
  extensions: {},
  ...fields,
});
const text = (content: string): ConfigFile[] => [{ path: '', content }];

function problems(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics.map(formatDiagnostic);
    throw e;
  }
  throw new Error('expected the conversion to be refused');
}

describe('configs', () => {
  it('content is split into chunks of at most 4 KB that concatenate back, never inside a character', () => {
    const content = 'a'.repeat(CHUNK_BYTES - 1) + '✓' + 'b'.repeat(CHUNK_BYTES + 5);
    const { chunks } = configChunks(config('c', { files: text(content) }))[0]!;
    expect(chunks.map((c) => c.value).join('')).toBe(content);
    for (const c of chunks) expect(Buffer.byteLength(c.value)).toBeLessThanOrEqual(CHUNK_BYTES);
    expect(chunks[0]!.value).toBe('a'.repeat(CHUNK_BYTES - 1));
    expect(chunks.map((c) => c.name.split('/').pop())).toEqual(['0.0', '0.1', '0.2']);
  });

  it('new content gets new parameter names; the same content the same names', () => {
    const names = (content: string) =>
      configChunks(config('site', { files: text(content) })).flatMap((f) => f.chunks.map((c) => c.name));
    expect(names('a')).toEqual(names('a'));
    expect(names('a')[0]).not.toBe(names('b')[0]);
    expect(names('a')[0]).toMatch(/^configs\/site\/[0-9a-f]{16}\/0\.0$/);
  });

  it('a changed config changes the task definitions of the services using it, and nothing else', () => {
    const before = convert(configsFixture.loaded).template;
    const changed = structuredClone(configsFixture.loaded.project);
    changed.configs.upstreams!.files = text('upstream app { server app:9090; }\n');
    const after = convert({ ...configsFixture.loaded, project: changed }).template;
    const differing = Object.keys(after.Resources).filter(
      (id) => JSON.stringify(after.Resources[id]) !== JSON.stringify(before.Resources[id]),
    );
    // The proxy's task definition reads the new parameters; its execution role, which may read every
    // content version of its configs, stays as it is (a task of the previous release can still start).
    expect(differing).toEqual(['ProxyTaskDefinition']);
    // The content itself is in neither template.
    expect(JSON.stringify(after)).not.toContain('9090');
  });

  it('the execution role may read exactly the stored configs its task uses, every content version of each', () => {
    const { template } = convert(configsFixture.loaded);
    type Statement = { Action: unknown; Resource: unknown };
    const role = template.Resources.ProxyTaskExecutionRole as unknown as {
      Properties: { Policies: Array<{ PolicyDocument: { Statement: Statement[] } }> };
    };
    const ssm = role.Properties.Policies.flatMap((p) => p.PolicyDocument.Statement).filter(
      (s) => s.Action === 'ssm:GetParameters',
    );
    const prefix =
      'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/compose-ecs/${AWS::StackName}';
    expect(ssm.flatMap((s) => s.Resource as unknown[])).toEqual([
      { 'Fn::Sub': `${prefix}/configs/site/*` },
      { 'Fn::Sub': `${prefix}/configs/upstreams/*` },
      { 'Fn::Sub': `${prefix}/configs/banner/*` },
    ]);
  });

  it('the init container writes each file where compose would, with its mode and owner', () => {
    const { template, warnings } = convert(configsFixture.loaded);
    const [, init, proxy] = containers(template, 'ProxyTaskDefinition');
    expect(init!.Name).toBe('compose-configs-init');
    const script = init!.Command![0]!;
    expect(script).toContain(`printf '%s' "$C0" "$C1" > '/compose-configs/proxy-configs-1/default.conf'`);
    expect(script).toContain(`chmod '0440' '/compose-configs/proxy-configs-1/upstreams.conf'`);
    expect(script).toContain(`chown '101:101' '/compose-configs/proxy-configs-1/upstreams.conf'`);
    expect(proxy!.MountPoints).toEqual([
      { ContainerPath: '/etc/nginx/conf.d', ReadOnly: true, SourceVolume: 'proxy-configs-1' },
      { ContainerPath: '/usr/share/nginx/html', ReadOnly: true, SourceVolume: 'proxy-configs-2' },
    ]);
    // A file's directory is mounted, hiding the image's files there: said once per directory. A directory
    // config's own target hides nothing compose would not.
    expect(warnings.map((w) => w.message).filter((m) => m.includes('is hidden'))).toEqual([
      expect.stringContaining('mounted on /etc/flags'),
      expect.stringContaining('mounted on /etc/nginx/conf.d'),
      expect.stringContaining('mounted on /usr/share/nginx/html'),
    ]);
  });

  it('an empty config is an empty file, read from no parameter', () => {
    const { template } = convert(
      project([service('app', { configs: [ref('empty', { target: '/etc/app/empty.conf' })] })], {
        configs: { empty: config('empty', { content: '', files: text('') }) },
      }),
    );
    const [, init] = containers(template, 'AppTaskDefinition');
    expect(init!.Secrets).toBeUndefined();
    expect(init!.Command![0]).toContain(`: > '/compose-configs/app-configs/empty.conf'`);
  });

  it('refuses what ECS cannot mount or the init container cannot write', () => {
    const site = config('site', { files: text('x') });
    const big = config('big', { files: text('x'.repeat(60 * 1024)) });
    expect(
      problems(() =>
        convert(
          project(
            [
              service('a', { configs: [ref('site')] }),
              service('b', {
                configs: [ref('site', { target: '/run/secrets/site' })],
                secrets: [{ source: 'token', extensions: {} }],
              }),
              service('c', {
                configs: [
                  ref('site', { target: '/etc/c/site' }),
                  ref('site', { target: '/etc/c/site', uid: 'nginx' }),
                ],
              }),
              service('d', {
                configs: [0, 1, 2, 3, 4].map((i) => ref('big', { target: `/etc/d/big${i}` })),
              }),
              service('e', { configs: [ref('odd', { target: '/etc/e/odd' })] }),
            ],
            {
              configs: {
                site,
                big,
                odd: config('odd', { external: true, externalName: 'app/${AWS::AccountId}' }),
              },
              secrets: { token: secret('token', { external: true, externalName: '/t' }) },
            },
          ),
        ),
      ),
    ).toEqual([
      'services.a.configs: a config at /site would need a volume mounted on /: ECS mounts volumes on directories only, so give it a target in a directory of its own (e.g. /etc/app/site)',
      'services.b.configs: configs mounted on /run/secrets would collide with the secrets volume on /run/secrets',
      'services.c.configs[1].uid: uid must be a numeric id (decimal digits), not "nginx"',
      'services.c.configs: two configs would both be written at /etc/c/site',
      "services.d.configs: the configs of task d hold 307200 bytes, more than the 262144 a task's init container can carry",
      'configs.odd: config odd: "app/${AWS::AccountId}" is not an SSM parameter name (letters, digits, _ . - /) or ARN',
    ]);
  });
});

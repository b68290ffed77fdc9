// writeFileConfigs through the typed ParameterStore: only missing content is stored, never overwritten.
import { writeFileConfigs } from '../../src/deploy/file-configs.js';
import { StreamLogger } from '../../src/log.js';
import { configChunks } from '../../src/template/configs.js';
import { config, project, service } from '../template/builder.js';
import { fakeEdge } from '../support/fake-edge.js';

const site = config('site', { files: [{ path: '', content: 's'.repeat(5000) }] });
const banner = config('banner', { files: [{ path: '', content: 'hello' }] });
const loaded = project(
  [
    service('proxy', {
      configs: [
        { source: 'site', target: '/etc/nginx/conf.d/default.conf', extensions: {} },
        { source: 'banner', target: '/srv/banner', extensions: {} },
        { source: 'shared', target: '/etc/shared.json', extensions: {} },
      ],
    }),
  ],
  {
    configs: {
      site,
      banner,
      shared: config('shared', { external: true }),
      unused: config('unused', { files: [{ path: '', content: 'never' }] }),
    },
  },
);
const nameOf = (c: typeof site, i: number) =>
  `/compose-ecs/shop/${configChunks(c).flatMap((f) => f.chunks)[i]!.name}`;

describe('writeFileConfigs', () => {
  it('creates the parameters that do not exist yet, tagged, and only those', async () => {
    const created: Array<{ name: string; value: string; tags: Record<string, string> }> = [];
    const aws = fakeEdge({
      parameters: {
        // banner was stored by an earlier run: the same content has the same name.
        existing: async (names: string[]) => new Set(names.filter((n) => n === nameOf(banner, 0))),
        create: async (input: { name: string; value: string; tags: Record<string, string> }) =>
          void created.push(input),
      },
    });
    const lines: string[] = [];
    await writeFileConfigs(loaded.project, 'shop', {
      parameters: aws.parameters,
      logger: new StreamLogger((l) => lines.push(l)),
    });
    expect(created.map((c) => c.name)).toEqual([nameOf(site, 0), nameOf(site, 1)]);
    expect(created.map((c) => c.value).join('')).toBe('s'.repeat(5000));
    expect(created[0]!.tags).toEqual({ 'com.docker.compose.project': 'demo', 'compose-ecs:stack': 'shop' });
    // External and unused configs are never read or written.
    expect(aws.argsOf('parameters.existing').flat(2)).not.toContain(expect.stringContaining('unused'));
    expect(aws.argsOf('parameters.existing').flat(2).join()).not.toMatch(/shared|unused/);
    expect(lines.join('\n')).toContain('stored config site in SSM Parameter Store (2 parameters)');
    expect(lines.join('\n')).not.toContain('config banner');
  });

  it('a failing store is a deploy error naming the config', async () => {
    const aws = fakeEdge({
      parameters: {
        existing: async () => new Set<string>(),
        create: async () => {
          throw Object.assign(new Error('User is not authorized to perform: ssm:PutParameter'), {
            name: 'AccessDeniedException',
          });
        },
      },
    });
    await expect(
      writeFileConfigs(loaded.project, 'shop', {
        parameters: aws.parameters,
        logger: new StreamLogger(() => {}),
      }),
    ).rejects.toThrow(/storing config banner in SSM Parameter Store/);
  });
});

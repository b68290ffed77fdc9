// The volume-seed script run by a real shell against directories standing in for the image's path and
// the volume: it copies once, marks completion, leaves data and empty images alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from '../../src/template/convert.js';
import { seedScript } from '../../src/template/volume-seed.js';
import { project, service, volume } from './builder.js';

describe('volume seed script', () => {
  let root: string;
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'seed-'))));
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const run = (src: string, dst: string) => execFileSync('sh', ['-c', seedScript(src, dst)]);

  it('copies the image content into an empty volume once, under a lock, and marks it done', () => {
    const [src, dst] = [join(root, 'image'), join(root, 'volume')];
    mkdirSync(join(src, 'css'), { recursive: true });
    writeFileSync(join(src, 'index.html'), 'hello');
    writeFileSync(join(src, 'css', 'site.css'), 'body{}');
    mkdirSync(dst);
    run(src, dst);
    expect(readdirSync(dst).sort()).toEqual(['.compose-ecs-populated', 'css', 'index.html']);
    // A user's edit survives the next start: the marker says the copy is done.
    writeFileSync(join(dst, 'index.html'), 'edited');
    rmSync(join(dst, 'css'), { recursive: true });
    run(src, dst);
    expect(readdirSync(dst).sort()).toEqual(['.compose-ecs-populated', 'index.html']);
  });

  it('leaves a volume that already holds data, and copies nothing from an empty image path', () => {
    const [src, dst] = [join(root, 'image'), join(root, 'volume')];
    mkdirSync(src);
    writeFileSync(join(src, 'index.html'), 'hello');
    mkdirSync(dst);
    writeFileSync(join(dst, 'data.db'), 'x');
    run(src, dst);
    expect(readdirSync(dst)).toEqual(['data.db']);
    // A database's data directory: nothing in the image, so no marker for initdb to trip over.
    const [empty, data] = [join(root, 'empty'), join(root, 'data')];
    mkdirSync(empty);
    mkdirSync(data);
    run(empty, data);
    expect(readdirSync(data)).toEqual([]);
    run(join(root, 'absent'), data);
    expect(existsSync(join(data, '.compose-ecs-populated'))).toBe(false);
  });
});

describe('volume seed containers', () => {
  it('seeds a pulled image with a shell; names the mount of a built image instead', () => {
    const r = convert(
      project(
        [
          service('web', {
            image: 'nginx:1.27',
            volumes: [{ type: 'volume', source: 'html', target: '/usr/share/nginx/html', readOnly: false }],
          }),
          service('app', {
            build: {
              context: '/app',
              dockerfile: 'Dockerfile',
              args: {},
              labels: {},
              platforms: [],
              extensions: {},
            },
            volumes: [{ type: 'volume', source: 'html', target: '/data', readOnly: false }],
          }),
        ],
        { volumes: { html: volume('html') } },
      ),
    );
    const defs = (name: string) =>
      r.template.Resources[`${name}TaskDefinition`]!.Properties!.ContainerDefinitions as Array<
        Record<string, unknown>
      >;
    const seed = defs('Web').find((d) => d.Name === 'compose-seed-web-0')!;
    expect(seed).toMatchObject({ Image: 'nginx:1.27', Essential: false, EntryPoint: ['sh', '-c'] });
    expect(defs('Web').find((d) => d.Name === 'web')!.DependsOn).toContainEqual({
      Condition: 'SUCCESS',
      ContainerName: 'compose-seed-web-0',
    });
    expect(defs('App').some((d) => String(d.Name).startsWith('compose-seed'))).toBe(false);
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/^volume html starts empty on EFS.*app's image is built here/),
    );
  });
});

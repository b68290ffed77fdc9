// The volume-seed script run by a real shell against directories standing in for the image's path and
// the volume: it copies once, marks completion, leaves data and empty images alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from '../../src/template/convert.js';
import { seedScript } from '../../src/template/volume-seed.js';
import { loadProject } from '../../src/compose/load.js';
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

  // Built images (issue 23, defect 6): the loader reads what the Dockerfile's built stage rests on; on a base
  // with a shell the copy runs in the built image itself, as for a pulled one.
  it('seeds an image built on a base with a shell; names the mount of one built FROM scratch or a variable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-built-'));
    const dockerfile = (name: string, text: string) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'Dockerfile'), text);
    };
    dockerfile(
      'site',
      'FROM node:22 AS build\nRUN npm ci\nFROM nginx:1.27-alpine\nCOPY --from=build /out /usr/share/nginx/html\n',
    );
    dockerfile('bare', 'FROM scratch\nCOPY html /srv/html\n');
    dockerfile('chosen', 'ARG BASE=nginx\nFROM ${BASE}\n');
    dockerfile('dist', 'FROM golang:1.23 AS build\nFROM gcr.io/distroless/static-debian12\n');
    const mount = (service: string, target: string) =>
      `  ${service}:\n    build: ./${service}\n    volumes: ["${service}-data:${target}"]\n`;
    writeFileSync(
      join(dir, 'compose.yaml'),
      'services:\n' +
        mount('site', '/usr/share/nginx/html') +
        mount('bare', '/srv/html') +
        mount('chosen', '/usr/share/nginx/html') +
        mount('dist', '/data') +
        'volumes: { site-data: {}, bare-data: {}, chosen-data: {}, dist-data: {} }\n',
    );
    const loaded = await loadProject({ files: [], workingDir: dir, environment: {} });
    expect(loaded.builtFrom).toEqual({
      site: 'nginx:1.27-alpine',
      bare: 'scratch',
      dist: 'gcr.io/distroless/static-debian12',
    });
    // Pinned as the images stage pins built images.
    for (const s of Object.values(loaded.project.services))
      s.image = `123456789012.dkr.ecr.us-east-1.amazonaws.com/seed/${s.name}@sha256:${'a'.repeat(64)}`;
    const r = convert(loaded);
    const defs = (id: string) =>
      r.template.Resources[`${id}TaskDefinition`]!.Properties!.ContainerDefinitions as Array<
        Record<string, unknown>
      >;
    const site = defs('Site').find((d) => d.Name === 'site')!;
    // The built image itself (the one the service runs), with a shell from nginx:1.27-alpine.
    expect(defs('Site').find((d) => d.Name === 'compose-seed-site-0')).toMatchObject({
      Image: site.Image,
      EntryPoint: ['sh', '-c'],
      Essential: false,
    });
    expect(site.DependsOn).toContainEqual({ Condition: 'SUCCESS', ContainerName: 'compose-seed-site-0' });
    for (const id of ['Bare', 'Chosen', 'Dist'])
      expect(defs(id).some((d) => String(d.Name).startsWith('compose-seed'))).toBe(false);
    const warnings = r.warnings.map((w) => w.message);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^volume bare-data starts empty on EFS.*bare's image is built FROM scratch, which has no shell/,
        ),
        expect.stringMatching(
          /^volume dist-data starts empty on EFS.*built FROM gcr\.io\/distroless\/static-debian12, which has no shell/,
        ),
        expect.stringMatching(
          /^volume chosen-data starts empty on EFS.*on a base its Dockerfile does not name plainly/,
        ),
      ]),
    );
    expect(warnings.filter((w) => w.startsWith('volume site-data starts empty'))).toEqual([]);
  });
});

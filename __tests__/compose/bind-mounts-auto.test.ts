// bind-mounts: auto over projects shaped like docker/awesome-compose's: read-only configuration becomes a
// config, a source mount over what the Dockerfile copies there is dropped, and data directories, sockets
// and paths outside the workspace stay errors that say why and what to do.
import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bindMountPolicy, type BindMountPolicyName } from '../../src/compose/bind-policy.js';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';

/** Writes `files` into a fresh git workspace (a `.git` directory) and loads `app/` under `policy`. */
async function load(files: Record<string, string>, policy: BindMountPolicyName = 'auto') {
  const workspace = await mkdtemp(join(tmpdir(), 'bind-auto-'));
  try {
    await mkdir(join(workspace, '.git'));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(workspace, 'app', path)), { recursive: true });
      await writeFile(join(workspace, 'app', path), text);
    }
    const loaded = await loadProject({
      files: [],
      workingDir: join(workspace, 'app'),
      environment: {},
      bindMounts: bindMountPolicy(policy),
    }).catch((err: unknown) => {
      if (err instanceof UserError) return { errors: err.diagnostics.map(formatDiagnostic) };
      throw err;
    });
    if ('errors' in loaded) return { errors: loaded.errors.map((e) => e.replaceAll(workspace, '<ws>')) };
    return {
      warnings: loaded.warnings.map(formatDiagnostic),
      volumes: Object.fromEntries(Object.values(loaded.project.services).map((s) => [s.name, s.volumes])),
      configs: Object.fromEntries(
        Object.values(loaded.project.services).map((s) => [
          s.name,
          s.configs.map((c) => [c.source, c.target]),
        ]),
      ),
    };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

// react-express-mongodb: the backend's source mounted over the copy its Dockerfile made, node_modules kept.
const reactExpress = {
  'compose.yaml': `services:
  backend:
    build: backend
    volumes:
      - ./backend:/usr/src/app
      - /usr/src/app/node_modules
  mongo:
    image: mongo:4.2.0
    volumes:
      - mongo_data:/data/db
volumes:
  mongo_data: {}
`,
  'backend/Dockerfile': `FROM node:lts-buster-slim AS development
WORKDIR /usr/src/app
COPY package.json ./package.json
COPY package-lock.json ./package-lock.json
RUN npm ci
COPY . .
CMD [ "npm", "run", "dev" ]
`,
  'backend/package.json': '{}',
  'backend/package-lock.json': '{}',
  'backend/server.js': '',
};

// nginx-flask-mysql: nginx's configuration read-only from the project, flask's source over `COPY . .`.
const nginxFlask = {
  'compose.yaml': `services:
  proxy:
    image: nginx:1.27
    volumes:
      - ./proxy/conf:/etc/nginx/conf.d/default.conf:ro
    ports: ["80:80"]
  backend:
    build:
      context: backend
      target: builder
    volumes:
      - ./backend:/code
`,
  'proxy/conf': 'server {}\n',
  'backend/Dockerfile': `# syntax=docker/dockerfile:1.4
FROM --platform=$BUILDPLATFORM python:3.10-alpine AS builder
WORKDIR /code
COPY requirements.txt /code
RUN pip3 install -r requirements.txt
COPY . \\
  .
CMD ["python3", "app.py"]

FROM builder AS dev-envs
RUN apk add git
`,
  'backend/requirements.txt': 'flask\n',
  'backend/app.py': '',
};

describe('bind-mounts: auto', () => {
  it('drops the source mount the Dockerfile copied to that target, and keeps the named volume', async () => {
    const result = await load(reactExpress);
    expect(result.warnings).toEqual([
      "compose.yaml:5:9 services.backend.volumes[0]: dropped the bind mount of ./backend at /usr/src/app: the image already holds it there (the Dockerfile copies it), so the task runs the image's copy",
    ]);
    expect(result.volumes?.backend).toEqual([
      { type: 'volume', target: '/usr/src/app/node_modules', readOnly: false },
    ]);
    expect(result.volumes?.mongo).toEqual([
      { type: 'volume', source: 'mongo_data', target: '/data/db', readOnly: false },
    ]);
  });

  it('delivers read-only configuration as a config and follows the built stage with its WORKDIR', async () => {
    const result = await load(nginxFlask);
    expect(result.configs).toEqual({
      proxy: [['proxy_conf', '/etc/nginx/conf.d/default.conf']],
      backend: [],
    });
    expect(result.volumes).toEqual({ proxy: [], backend: [] });
    expect(result.warnings).toEqual([
      'compose.yaml:5:9 services.proxy.volumes[0]: the bind mount of ./proxy/conf at /etc/nginx/conf.d/default.conf is delivered as config proxy_conf (bind-mounts)',
      "compose.yaml:12:9 services.backend.volumes[0]: dropped the bind mount of ./backend at /code: the image already holds it there (the Dockerfile copies it), so the task runs the image's copy",
    ]);
  });

  it('is an error under error, naming bind-mounts auto as the way out only where it helps', async () => {
    const { errors } = await load(reactExpress, 'error');
    expect(errors).toEqual([
      'compose.yaml:5:9 services.backend.volumes[0]: bind mount of ./backend at /usr/src/app: Fargate cannot mount host paths. Add a production override file that replaces the list, e.g. `volumes: !reset []` (or `!override` with named volumes), or set bind-mounts: drop to drop them',
    ]);
  });

  it('keeps data directories, sockets, paths outside the workspace and mismatched targets as errors', async () => {
    const socketDir = await mkdtemp(join(tmpdir(), 'bind-auto-sock-'));
    const socket = join(socketDir, 'engine.sock');
    const server = createServer().listen(socket);
    try {
      const { errors } = await load({
        'compose.yaml': `services:
  web:
    build: .
    volumes:
      - ./data:/app/data
      - ${socket}:/var/run/docker.sock
      - ../../outside:/srv
      - ./src:/code/src
  db:
    image: postgres:16
    volumes:
      - ./pgdata:/var/lib/postgresql/data
`,
        // A context of `.` holds the data directory too, but the image only has what the Dockerfile copies.
        Dockerfile: 'FROM python:3.12\nWORKDIR /app\nCOPY src/ ./src/\nCOPY app.py .\n',
        'app.py': '',
        'src/main.py': '',
        'data/db.sqlite': '',
        'pgdata/PG_VERSION': '',
      });
      const why = (e: string) => e.slice(e.indexOf('; bind-mounts: auto does not drop it: ') + 38);
      expect(errors?.map(why)).toEqual([
        'the Dockerfile does not copy it to /app/data, so the image lacks it: keep data the service writes in a named volume (EFS)',
        `${socket} is a socket or device of the host, which no task can reach`,
        'it lies outside the workspace (<ws>)',
        'the Dockerfile does not copy it to /code/src, so the image lacks it: keep data the service writes in a named volume (EFS)',
        "the service's image is not built from this project, so it does not hold it: keep data the service writes in a named volume (EFS)",
      ]);
      for (const e of errors ?? []) expect(e).toContain('Add a production override file');
    } finally {
      server.close();
      await rm(socketDir, { recursive: true, force: true });
    }
  });

  it('does not drop what .dockerignore leaves out of the context, nor what only an unbuilt stage copies', async () => {
    const { errors } = await load({
      'compose.yaml': `services:
  web:
    build: .
    volumes:
      - ./node_modules:/app/node_modules
  site:
    build: site
    volumes:
      - ./site:/app
`,
      Dockerfile: 'FROM node:22\nWORKDIR /app\nCOPY . .\n',
      '.dockerignore': 'node_modules\n',
      'node_modules/x/index.js': '',
      // The dev stage copies the source; the built (last) stage holds only the static output.
      'site/Dockerfile':
        'FROM node:22 AS dev\nWORKDIR /app\nCOPY . .\nRUN npm run build\nFROM nginx:1.27\nCOPY --from=dev /app/dist /usr/share/nginx/html\n',
      'site/index.html': '',
    });
    expect(errors?.map((e) => e.split(' ')[1])).toEqual([
      'services.web.volumes[0]:',
      'services.site.volumes[0]:',
    ]);
    expect(
      errors?.every(
        (e) =>
          e.includes('the Dockerfile does not copy it to /app, so the image lacks it') ||
          e.includes('the Dockerfile does not copy it to /app/node_modules'),
      ),
    ).toBe(true);
  });
});

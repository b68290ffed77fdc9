// What the images end-to-end suite and the builds bench build: the shop example plus `assets`, whose
// Dockerfile uses a build secret and a cache mount FROM a busybox base built here FROM scratch (nothing
// is pulled), with hostile build values; and the engines' environments from the peers.
import { execFileSync } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Builder } from '../../src/images/select-engine.js';

export const BASE_IMAGE = 'compose-ecs-e2e/busybox:1';
export const HOSTILE_ID = 'tok;&|<x>';

/** A private copy of examples/shop with the `assets` service in compose.builds.yaml. */
export async function buildFixture(root: string, hostile: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'compose-ecs-builds-'));
  const shop = join(dir, 'shop');
  await cp(join(root, 'examples/shop'), shop, { recursive: true });
  await mkdir(join(shop, 'assets'));
  await writeFile(
    join(shop, 'assets/Dockerfile'),
    [
      `FROM ${BASE_IMAGE}`,
      'ARG HOSTILE',
      'COPY app.txt /app.txt',
      'RUN --mount=type=secret,id=npm_token --mount=type=cache,target=/cache \\',
      '    wc -c < /run/secrets/npm_token > /token-length && date >> /cache/runs && printf "%s" "$HOSTILE" > /arg.txt',
      `RUN --mount=type=secret,id=${HOSTILE_ID},target=/hostile-secret wc -c < /hostile-secret > /hostile-length`,
      '',
    ].join('\n'),
  );
  await writeFile(join(shop, 'assets/app.txt'), 'v1\n');
  await writeFile(join(shop, 'hostile-secret.txt'), 'abc');
  // JSON is YAML: the hostile strings are written exactly.
  const override = {
    services: {
      assets: {
        build: {
          context: './assets',
          args: { HOSTILE: hostile },
          labels: { 'e2e.hostile': hostile },
          secrets: ['npm_token', { source: 'hostile', target: HOSTILE_ID }],
        },
      },
    },
    secrets: { npm_token: { environment: 'NPM_TOKEN' }, hostile: { file: './hostile-secret.txt' } },
  };
  await writeFile(join(shop, 'compose.builds.yaml'), JSON.stringify(override, null, 2));
  return shop;
}

export const BUILD_FIXTURE_FILES = ['compose.yaml', 'compose.builds.yaml'];

/** What the engine needs in the environment: the docker.io daemon and its own CLI, or podman with runc. */
export function engineEnvironment(builder: Builder, peers: Record<string, string>): Record<string, string> {
  return builder === 'buildkit'
    ? {
        DOCKER_HOST: peers.COMPOSE_ECS_DOCKERD_HOST!,
        PATH: `${peers.COMPOSE_ECS_DOCKERD_BIN}:${process.env.PATH}`,
      }
    : { CONTAINERS_CONF: peers.CONTAINERS_CONF! };
}

/** Builds the busybox base image into the engine: FROM scratch, one static binary, its applets as links. */
export async function buildBaseImage(builder: Builder, peers: Record<string, string>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'busybox-base-'));
  await copyFile('/bin/busybox', join(dir, 'busybox'));
  await writeFile(
    join(dir, 'Dockerfile'),
    'FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\n',
  );
  const env = { ...process.env, ...engineEnvironment(builder, peers), DOCKER_BUILDKIT: '1' };
  const program = builder === 'buildkit' ? join(peers.COMPOSE_ECS_DOCKERD_BIN!, 'docker') : 'podman';
  execFileSync(program, ['build', '-q', '-t', BASE_IMAGE, dir], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

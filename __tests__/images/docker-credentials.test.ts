// Registry credentials as the runner's Docker configuration names them: auths, credHelpers, credsStore.
import { describe, expect, it } from '@jest/globals';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerCredentials } from '../../src/images/docker-credentials.js';
import { parseImageReference } from '../../src/images/image-reference.js';
import { manifestDigestOf } from '../../src/images/manifest-lookup.js';

const DIGEST = `sha256:${'cd'.repeat(32)}`;

async function withConfig(config: unknown, body: (env: NodeJS.ProcessEnv, dir: string) => Promise<void>) {
  const dir = await mkdtemp(join(tmpdir(), 'docker-config-'));
  try {
    await writeFile(join(dir, 'config.json'), JSON.stringify(config));
    await body({ DOCKER_CONFIG: dir, PATH: `${join(dir, 'bin')}:${process.env.PATH}` }, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A helper program on PATH that answers with a password naming the server it was asked about. */
async function helper(dir: string, name: string) {
  await mkdir(join(dir, 'bin'), { recursive: true });
  const path = join(dir, 'bin', `docker-credential-${name}`);
  await writeFile(
    path,
    '#!/bin/sh\n[ "$1" = get ] || exit 2\nread server\nprintf \'{"ServerURL":"%s","Username":"robot","Secret":"from-%s"}\' "$server" "$server"\n',
  );
  await chmod(path, 0o755);
}

describe('Docker configuration credentials', () => {
  it('reads auths as docker login writes them, Docker Hub under its v1 key', async () => {
    const auth = (s: string) => Buffer.from(s).toString('base64');
    await withConfig(
      {
        auths: {
          'https://index.docker.io/v1/': { auth: auth('hubuser:hub:pass') },
          'ghcr.io': { auth: auth('octo:ghp_x') },
          'quay.io': {},
        },
      },
      async (env) => {
        const found = await dockerCredentials(['docker.io', 'ghcr.io', 'quay.io', 'gcr.io'], env);
        expect(Object.fromEntries(found)).toEqual({
          'docker.io': { username: 'hubuser', password: 'hub:pass' },
          'ghcr.io': { username: 'octo', password: 'ghp_x' },
        });
      },
    );
  });

  it('asks credHelpers per registry and credsStore for the rest, with the server on stdin', async () => {
    await withConfig(
      { credHelpers: { 'ghcr.io': 'fake' }, credsStore: 'store', auths: { 'ghcr.io': {} } },
      async (env, dir) => {
        await helper(dir, 'fake');
        await helper(dir, 'store');
        const found = await dockerCredentials(['ghcr.io', 'registry-1.docker.io', 'nothing.test'], env);
        expect(found.get('ghcr.io')).toEqual({ username: 'robot', password: 'from-ghcr.io' });
        expect(found.get('docker.io')).toEqual({
          username: 'robot',
          password: 'from-https://index.docker.io/v1/',
        });
      },
    );
  });

  it('leaves out a host whose helper is missing or fails', async () => {
    await withConfig({ credsStore: 'absent' }, async (env) => {
      expect((await dockerCredentials(['ghcr.io'], env)).size).toBe(0);
    });
  });

  it('are what a registry with token authentication gets its pull token for', async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`);
      const { port } = server.address() as AddressInfo;
      if (req.url?.startsWith('/token'))
        return req.headers.authorization === `Basic ${Buffer.from('robot:s3cret').toString('base64')}`
          ? res.end(JSON.stringify({ token: 'pull-token' }))
          : res.writeHead(401).end();
      if (req.headers.authorization !== 'Bearer pull-token')
        return res
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://127.0.0.1:${port}/token",service="private"`,
          })
          .end();
      res.writeHead(200, { 'docker-content-digest': DIGEST }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
      await withConfig({ auths: { [host]: { username: 'robot', password: 's3cret' } } }, async (env) => {
        const configured = await dockerCredentials([host], env);
        const ref = parseImageReference('private.test/team/app:1')!;
        const digest = await manifestDigestOf(ref, {
          fetch,
          credentials: (h) => configured.get(h),
          mirrors: new Map([['private.test', [`http://${host}`]]]),
        });
        expect(digest).toBe(DIGEST);
        expect(seen.filter((s) => s.startsWith('GET /token'))).toEqual([
          `GET /token?service=private&scope=repository%3Ateam%2Fapp%3Apull Basic ${Buffer.from('robot:s3cret').toString('base64')}`,
        ]);
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

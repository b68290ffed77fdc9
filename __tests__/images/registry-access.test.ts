// Pinning `image:` tags from a runner that cannot reach the registry directly: the proxy variables, the
// engine's registry mirrors, and an error that says what to do when neither helps.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { createAwsClients } from '../../src/aws/clients.js';
import { parseImageReference } from '../../src/images/image-reference.js';
import { manifestDigestOf } from '../../src/images/manifest-lookup.js';
import {
  daemonJsonMirrors,
  engineMirrors,
  registriesConfMirrors,
} from '../../src/images/registry-mirrors.js';
import { registryFetch } from '../../src/net/proxy.js';
import { startForwardProxy } from '../support/forward-proxy.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const anonymous = () => undefined;

/** A registry API stand-in over plain HTTP: HEAD on one manifest answers its digest; everything is recorded. */
async function startRegistry(path: string) {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    if (req.method === 'HEAD' && req.url === `/v2/${path}/manifests/1`)
      res.writeHead(200, { 'docker-content-digest': DIGEST }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the engine mirrors', () => {
  it('reads daemon.json (Docker Hub only) and registries.conf (any registry, insecure as http)', () => {
    expect(daemonJsonMirrors('{"registry-mirrors": ["https://mirror.gcr.io/", 7]}')).toEqual([
      'https://mirror.gcr.io',
    ]);
    expect(daemonJsonMirrors('not json')).toEqual([]);
    const conf = `unqualified-search-registries = ["docker.io"]

[[registry]]
prefix = "docker.io"
location = "registry-1.docker.io"   # the hub

[[registry.mirror]]
location = "mirror.internal:5000"
insecure = true

[[registry.mirror]]
location = 'backup.internal'

[[registry]]
location = "quay.io"
`;
    expect(registriesConfMirrors(conf)).toEqual(
      new Map([['docker.io', ['http://mirror.internal:5000', 'https://backup.internal']]]),
    );
  });

  it('finds them where the engines do: rootless daemon.json, CONTAINERS_REGISTRIES_CONF', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mirrors-'));
    try {
      await mkdir(join(dir, 'docker'));
      await writeFile(join(dir, 'docker/daemon.json'), '{"registry-mirrors": ["http://hub-mirror:5000"]}');
      await writeFile(
        join(dir, 'registries.conf'),
        '[[registry]]\nlocation = "ghcr.io"\n[[registry.mirror]]\nlocation = "ghcr-mirror"\n',
      );
      const mirrors = await engineMirrors({
        XDG_CONFIG_HOME: dir,
        CONTAINERS_REGISTRIES_CONF: join(dir, 'registries.conf'),
      });
      expect(mirrors.get('docker.io')).toEqual(['http://hub-mirror:5000']);
      expect(mirrors.get('ghcr.io')).toEqual(['https://ghcr-mirror']);
      expect(mirrors.get('quay.io')).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers from the mirror, and falls back to the registry, with a warning, when it lacks the image', async () => {
    const mirror = await startRegistry('library/nginx');
    try {
      const mirrors = new Map([['docker.io', [`http://127.0.0.1:${mirror.port}`]]]);
      const ref = parseImageReference('nginx:1')!;
      expect(await manifestDigestOf(ref, { fetch, credentials: anonymous, mirrors })).toBe(DIGEST);
      const missed: string[] = [];
      const other = parseImageReference('example/worker:1')!;
      const registryCalls: string[] = [];
      const digest = await manifestDigestOf(other, {
        fetch: (async (input: string | URL | Request, init?: RequestInit) => {
          const url = String(input);
          if (url.startsWith('https://registry-1.docker.io')) {
            registryCalls.push(url);
            return new Response(null, { status: 200, headers: { 'docker-content-digest': DIGEST } });
          }
          return fetch(input, init);
        }) as typeof fetch,
        credentials: anonymous,
        mirrors,
        onMirrorMiss: (m) => missed.push(m),
      });
      expect(digest).toBe(DIGEST);
      expect(registryCalls).toEqual(['https://registry-1.docker.io/v2/example/worker/manifests/1']);
      expect(missed).toEqual([
        `mirror 127.0.0.1:${mirror.port} could not pin example/worker:1 (127.0.0.1:${mirror.port}: no such manifest); asking docker.io`,
      ]);
    } finally {
      await mirror.close();
    }
  });
});

describe('the proxy variables', () => {
  it('send registry lookups through HTTP(S)_PROXY, and NO_PROXY around it', async () => {
    const registry = await startRegistry('team/app');
    const proxy = await startForwardProxy({ 'registry.test': registry.port });
    try {
      // registry.test resolves nowhere: only the proxy can reach it.
      const mirrors = new Map([['registry.test', [`http://registry.test:${registry.port}`]]]);
      const ref = parseImageReference('registry.test/team/app:1')!;
      const through = registryFetch({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url });
      expect(await manifestDigestOf(ref, { fetch: through, credentials: anonymous, mirrors })).toBe(DIGEST);
      expect(proxy.targets).toEqual([`registry.test:${registry.port}`]);
      expect(registry.seen).toEqual(['HEAD /v2/team/app/manifests/1']);
      // NO_PROXY: the lookup goes direct, and the made-up name does not resolve.
      const around = registryFetch({
        HTTPS_PROXY: proxy.url,
        HTTP_PROXY: proxy.url,
        NO_PROXY: 'registry.test',
      });
      const missed: string[] = [];
      await expect(
        manifestDigestOf(ref, {
          fetch: around,
          credentials: anonymous,
          mirrors,
          onMirrorMiss: (m) => missed.push(m),
        }),
      ).rejects.toThrow(/cannot reach the registry registry\.test/);
      expect(missed[0]).toMatch(/ENOTFOUND registry\.test/);
      expect(proxy.targets).toHaveLength(1);
    } finally {
      await proxy.close();
      await registry.close();
    }
  });

  it('tunnel HTTPS with CONNECT; a registry the proxy refuses fails with what to do', async () => {
    const proxy = await startForwardProxy();
    try {
      const ref = parseImageReference('example/worker:1')!;
      const error = await manifestDigestOf(ref, {
        fetch: registryFetch({ HTTPS_PROXY: proxy.url }),
        credentials: anonymous,
      }).catch((err: Error) => err);
      expect(proxy.targets).toEqual(['registry-1.docker.io:443']);
      expect((error as Error).message).toMatch(
        /^cannot reach the registry docker\.io to pin example\/worker:1: .*\. To deploy without the lookup, set pin-images: false .* or write the digest in the compose file \(example\/worker@sha256:…\); to reach the registry, set HTTPS_PROXY \(with NO_PROXY\) for the run, or give the engine a registry mirror \(registry-mirrors in \/etc\/docker\/daemon\.json, \[\[registry\.mirror\]\] in registries\.conf for podman\), which the lookup uses too$/,
      );
    } finally {
      await proxy.close();
    }
  });

  const hasMoto = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;
  (hasMoto ? describe : describe.skip)('the AWS SDK against moto_server', () => {
    let moto: ChildProcess;
    const port = 20000 + ((process.pid + 7) % 20000);
    beforeAll(async () => {
      moto = spawn('moto_server', ['-p', String(port)], { stdio: 'ignore' });
      for (let i = 0; i < 150; i++) {
        if (
          await fetch(`http://127.0.0.1:${port}/moto-api/`).then(
            (r) => r.ok,
            () => false,
          )
        )
          return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('moto_server did not start');
    }, 30_000);
    afterAll(() => {
      moto?.kill();
    });

    it('goes through the proxy the environment names, with its explicit agent', async () => {
      const proxy = await startForwardProxy({ 'aws.test': port });
      const config = {
        region: 'us-east-1',
        endpoint: `http://aws.test:${port}`,
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      };
      try {
        const clients = createAwsClients({ region: 'us-east-1', env: { HTTP_PROXY: proxy.url } });
        const sts = await clients.sts();
        // The shared client config, pointed at the made-up host only the proxy can reach.
        const viaProxy = new STSClient({ ...config, requestHandler: sts.config.requestHandler });
        const identity = await viaProxy.send(new GetCallerIdentityCommand({}));
        expect(identity.Account).toMatch(/^\d{12}$/);
        expect(proxy.targets).toEqual([`aws.test:${port}`]);
        // Without the agent the SDK ignores the variable and cannot resolve the host.
        await expect(new STSClient(config).send(new GetCallerIdentityCommand({}))).rejects.toThrow(
          /ENOTFOUND|aws\.test/,
        );
      } finally {
        await proxy.close();
      }
    });
  });
});

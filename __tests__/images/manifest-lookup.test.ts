import { parseImageReference, isPrivateEcrHost } from '../../src/images/image-reference.js';
import { manifestDigestOf, parseChallenge } from '../../src/images/manifest-lookup.js';
import { addressScope, realmRefusal } from '../../src/images/token-realm.js';
import { UserError } from '../../src/errors.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;

describe('image references', () => {
  it.each([
    [
      'postgres:16',
      {
        host: 'docker.io',
        apiHost: 'registry-1.docker.io',
        path: 'library/postgres',
        tag: '16',
        name: 'postgres',
      },
    ],
    ['bitnami/redis', { host: 'docker.io', path: 'bitnami/redis', name: 'bitnami/redis' }],
    ['ghcr.io/o/app:1.2', { host: 'ghcr.io', apiHost: 'ghcr.io', path: 'o/app', tag: '1.2' }],
    ['localhost:5000/app', { host: 'localhost:5000', path: 'app' }],
    [`public.ecr.aws/nginx/nginx@${DIGEST}`, { host: 'public.ecr.aws', path: 'nginx/nginx', digest: DIGEST }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toMatchObject(expected);
  });

  it('refuses what is not a reference', () => {
    expect(parseImageReference('Postgres:16')).toBeUndefined();
    expect(parseImageReference('app@sha256:short')).toBeUndefined();
  });

  it('knows a private ECR registry from a public one', () => {
    expect(isPrivateEcrHost('123456789012.dkr.ecr.eu-west-1.amazonaws.com')).toBe(true);
    expect(isPrivateEcrHost('public.ecr.aws')).toBe(false);
  });
});

describe('the digest a tag points at', () => {
  it("answers Docker Hub's bearer challenge with an anonymous pull token, then reads the digest from HEAD", async () => {
    const calls: Array<{ url: string; auth?: string; method?: string }> = [];
    const fakeFetch = (async (input: string | URL, init?: RequestInit) => {
      const url = String(input);
      const auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
      calls.push({ url, ...(auth ? { auth } : {}), ...(init?.method ? { method: init.method } : {}) });
      if (url.startsWith('https://auth.docker.io/token'))
        return new Response(JSON.stringify({ token: 'anon' }), { status: 200 });
      if (auth !== 'Bearer anon')
        return new Response(null, {
          status: 401,
          headers: {
            'www-authenticate':
              'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/postgres:pull"',
          },
        });
      return new Response(null, { status: 200, headers: { 'docker-content-digest': DIGEST } });
    }) as typeof fetch;
    const digest = await manifestDigestOf(parseImageReference('postgres:16')!, {
      fetch: fakeFetch,
      credentials: () => undefined,
      resolveHost: async () => ['54.0.0.1'],
    });
    expect(digest).toBe(DIGEST);
    expect(calls.map((c) => `${c.method ?? 'GET'} ${c.url}`)).toEqual([
      'HEAD https://registry-1.docker.io/v2/library/postgres/manifests/16',
      'GET https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Alibrary%2Fpostgres%3Apull',
      'HEAD https://registry-1.docker.io/v2/library/postgres/manifests/16',
    ]);
  });

  it('a registry that wants Basic credentials it was not given names the fix', async () => {
    const fakeFetch = (async () =>
      new Response(null, {
        status: 401,
        headers: { 'www-authenticate': 'Basic realm="x"' },
      })) as typeof fetch;
    await expect(
      manifestDigestOf(parseImageReference('registry.example.com/team/app:1')!, {
        fetch: fakeFetch,
        credentials: () => undefined,
      }),
    ).rejects.toThrow(
      /asks for credentials to read team\/app: .*pin it by digest .* or set pin-images: false/,
    );
  });

  it('a missing tag is undefined, an unreachable registry an error naming it', async () => {
    const missing = (async () => new Response(null, { status: 404 })) as typeof fetch;
    expect(
      await manifestDigestOf(parseImageReference('ghcr.io/o/app:gone')!, {
        fetch: missing,
        credentials: () => undefined,
      }),
    ).toBeUndefined();
    const down = (async () => {
      throw Object.assign(new TypeError('fetch failed'), {
        cause: new Error('getaddrinfo ENOTFOUND ghcr.io'),
      });
    }) as typeof fetch;
    await expect(
      manifestDigestOf(parseImageReference('ghcr.io/o/app:1')!, {
        fetch: down,
        credentials: () => undefined,
      }),
    ).rejects.toThrow(
      'cannot reach the registry ghcr.io to pin ghcr.io/o/app:1: getaddrinfo ENOTFOUND ghcr.io',
    );
  });

  it('parses a challenge', () => {
    expect(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io' },
    });
  });
});

// Issue 22, item 13: a registry's 401 names the URL the runner fetches a token from; a hostile one named
// an internal URL and read the answer back.
describe('the token realm a registry names', () => {
  const DNS: Record<string, string[]> = {
    'evil.example': ['203.0.113.7'],
    'registry.internal': ['10.1.2.3'],
    'auth.internal': ['10.1.2.4'],
    'metadata.example': ['169.254.169.254'],
    'v6meta.example': ['fd00:ec2::254'],
  };
  const resolveHost = async (host: string) => DNS[host] ?? (/^[\d.]+$|:/.test(host) ? [host] : []);

  async function attempt(image: string, realm: string): Promise<{ fetched: string[]; error?: string }> {
    const fetched: string[] = [];
    const fakeFetch = (async (input: string | URL, init?: RequestInit) => {
      fetched.push(String(input));
      if (init?.method === 'HEAD' && !(init.headers as Record<string, string>).Authorization)
        return new Response(null, {
          status: 401,
          headers: { 'www-authenticate': `Bearer realm="${realm}"` },
        });
      if (init?.method === 'HEAD')
        return new Response(null, { status: 200, headers: { 'docker-content-digest': DIGEST } });
      return new Response(JSON.stringify({ token: 't' }), { status: 200 });
    }) as typeof fetch;
    try {
      await manifestDigestOf(parseImageReference(image)!, {
        fetch: fakeFetch,
        credentials: () => undefined,
        resolveHost,
      });
      return { fetched };
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      return { fetched, error: err.message };
    }
  }

  it.each([
    ['http://127.0.0.1:8080/token', 'is not https'],
    ['https://127.0.0.1:8080/token', 'private address, and the registry is not'],
    ['https://[::1]/token', 'private address, and the registry is not'],
    ['https://169.254.169.254/latest/meta-data/', 'link-local or instance-metadata'],
    ['https://metadata.example/token', 'link-local or instance-metadata'],
    ['https://v6meta.example/token', 'link-local or instance-metadata'],
    ['https://[fd00:ec2::254]/token', 'link-local or instance-metadata'],
    ['https://auth.internal/token', 'private address, and the registry is not'],
    ['https://nowhere.invalid/token', 'does not resolve'],
  ])('a public registry sending the runner to %s is refused before any fetch', async (realm, why) => {
    const { fetched, error } = await attempt('evil.example/app:1', realm);
    expect(error).toContain(why);
    expect(fetched).toEqual(['https://evil.example/v2/app/manifests/1']);
  });

  it('a private registry may name a private token service, never the metadata service', async () => {
    expect((await attempt('registry.internal/app:1', 'https://auth.internal/token')).error).toBeUndefined();
    expect((await attempt('registry.internal/app:1', 'https://169.254.169.254/')).error).toContain(
      'link-local',
    );
  });

  it('an insecure registry or mirror reached over http may send the token back to itself only', async () => {
    expect(
      await realmRefusal('http://127.0.0.1:5000/token', 'http://127.0.0.1:5000', resolveHost),
    ).toBeUndefined();
    expect(await realmRefusal('http://127.0.0.1:5001/token', 'http://127.0.0.1:5000', resolveHost)).toContain(
      'is not https',
    );
    expect(await realmRefusal('http://169.254.169.254/', 'http://169.254.169.254', resolveHost)).toContain(
      'link-local',
    );
    // A registry reached over https never downgrades its token to http, even on its own host.
    expect(await realmRefusal('http://evil.example/token', 'evil.example', resolveHost)).toContain(
      'is not https',
    );
  });

  it('classifies addresses', () => {
    expect(['169.254.1.1', 'fe80::1', 'fd00:ec2::254', '::ffff:169.254.169.254'].map(addressScope)).toEqual(
      Array(4).fill('link-local'),
    );
    expect(
      ['10.0.0.1', '172.16.0.1', '192.168.1.1', '127.0.0.1', '::1', 'fd12::1'].map(addressScope),
    ).toEqual(Array(6).fill('private'));
    expect(['8.8.8.8', '172.32.0.1', '2600::1'].map(addressScope)).toEqual(Array(3).fill('public'));
  });
});

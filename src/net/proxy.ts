// The standard proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, and their lower-case forms) for what
// this process itself sends: registry lookups and the AWS SDK. Node's own agents honour them when built
// with `proxyEnv` (https://nodejs.org/api/http.html#built-in-proxy-support, Node 22.21 and 24.5 on), so no
// proxy package is needed; the SDK takes the agents through its request handler, which otherwise ignores
// the variables, and fetch (which reads them only when NODE_USE_ENV_PROXY is set before Node starts) is
// replaced by a small one over the same agents.
import http from 'node:http';
import https from 'node:https';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

export interface ProxyAgents {
  httpAgent: http.Agent;
  httpsAgent: https.Agent;
}

/** Agents that send through the proxy the environment names (NO_PROXY bypasses), or undefined: none named. */
export function proxyAgents(env: NodeJS.ProcessEnv): ProxyAgents | undefined {
  if (!PROXY_VARIABLES.some((name) => env[name])) return undefined;
  // `proxyEnv` is newer than the @types/node this project builds against (the Node 20 line).
  const options = { keepAlive: true, proxyEnv: { ...env } } as http.AgentOptions;
  return { httpAgent: new http.Agent(options), httpsAgent: new https.Agent(options) };
}

/** Statuses whose response has no body (the Fetch standard's null body statuses). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** `fetch` over the given agents, for the requests the registry lookups make (method, headers, signal). */
export function fetchThrough(agents: ProxyAgents): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const secure = url.protocol === 'https:';
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const method = init?.method ?? 'GET';
      const request = (secure ? https : http).request(
        url,
        {
          method,
          headers,
          agent: secure ? agents.httpsAgent : agents.httpAgent,
          ...(init?.signal ? { signal: init.signal } : {}),
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 502;
            const out = new Headers();
            for (const [name, value] of Object.entries(response.headers))
              for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
                out.append(name, v);
            const body = method === 'HEAD' || NULL_BODY.has(status) ? null : Buffer.concat(chunks);
            resolve(new Response(body, { status, statusText: response.statusMessage ?? '', headers: out }));
          });
        },
      );
      // Shaped like fetch's failure: a TypeError whose cause says why (the callers show the cause).
      request.on('error', (cause) => reject(new TypeError('fetch failed', { cause })));
      request.end();
    });
}

/** The fetch for registry lookups: through the proxy the environment names, else Node's own. */
export function registryFetch(env: NodeJS.ProcessEnv): typeof fetch {
  const agents = proxyAgents(env);
  return agents ? fetchThrough(agents) : fetch;
}

// A stand-in for the GitHub REST API, the one peer not available locally: it answers the few
// calls the action makes (issue comments, pull requests of a commit, deployments and their statuses)
// and records every request. Deployments follow GitHub's documented rules that matter here: 409 while
// required status checks are pending unless required_contexts is [], 422 for a status description over
// 140 characters, auto_inactive (default true) marking older deployments of the environment inactive,
// lists newest first, paginated with a Link header.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
  authorization?: string;
}

export interface FakeDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  description?: string;
  payload: unknown;
  transient_environment: boolean;
  created_at: string;
  statuses: Array<{
    id: number;
    state: string;
    description?: string;
    log_url?: string;
    environment_url?: string;
  }>;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user?: { login: string; type: 'Bot' | 'User' };
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Comments by id; `user` as GitHub gives it (the token's own identity on those the action writes). */
  comments: Map<number, FakeComment>;
  /** Who the token is: GITHUB_TOKEN writes as github-actions[bot] and may not read GET /user (403). */
  tokenUser: { login: string; type: 'Bot' | 'User' };
  /** GraphQL answers 404 (e.g. an older server): the token's login is then asked of GET /user. */
  graphqlUnavailable?: boolean;
  deployments: FakeDeployment[];
  /** Pull requests by commit sha (listPullRequestsAssociatedWithCommit), besides mergedPullRequest. */
  pullsOf: Map<string, number>;
  /** Answer writes with this status instead (e.g. 403 for a fork's read-only token). */
  failWritesWith?: number;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startFakeGitHub(options: { mergedPullRequest?: number } = {}): Promise<FakeGitHub> {
  const fake: FakeGitHub = {
    url: '',
    requests: [],
    comments: new Map(),
    tokenUser: { login: 'github-actions[bot]', type: 'Bot' },
    deployments: [],
    pullsOf: new Map(),
    close: async () => {},
  };
  let nextId = 1000;
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = req.url ?? '/';
    fake.requests.push({ method: req.method ?? 'GET', path, body, authorization: req.headers.authorization });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (path === '/graphql' && req.method === 'POST') {
      // Only `viewer { login }` (who the token is; it answers installation tokens too, in GraphQL's form of
      // a bot's login, without `[bot]`), and not when the stand-in is told GraphQL is unavailable.
      if (
        fake.graphqlUnavailable ||
        !/viewer\s*{\s*login\s*}/.test(String((body as { query?: string }).query))
      )
        return send(404, { message: 'Not Found' });
      return send(200, { data: { viewer: { login: fake.tokenUser.login.replace(/\[bot\]$/, '') } } });
    }
    const isWrite = req.method === 'POST' || req.method === 'PATCH';
    if (isWrite && fake.failWritesWith)
      return send(fake.failWritesWith, { message: 'Resource not accessible by integration' });
    const base = `http://github.local`;
    let m: RegExpExecArray | null;
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments/.exec(path))) {
      const issue = Number(m[1]);
      if (req.method === 'GET') {
        return send(
          200,
          [...fake.comments.values()]
            .filter((c) => c.issue === issue)
            .map((c) => ({ ...c, html_url: `${base}/c/${c.id}` })),
        );
      }
      const id = nextId++;
      const comment = { id, issue, body: (body as { body: string }).body, user: { ...fake.tokenUser } };
      fake.comments.set(id, comment);
      return send(201, { ...comment, html_url: `${base}/c/${id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)/.exec(path)) && req.method === 'PATCH') {
      const comment = fake.comments.get(Number(m[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return send(200, { ...comment, html_url: `${base}/c/${comment.id}` });
    }
    if (path === '/user' && req.method === 'GET') {
      // An installation token (GITHUB_TOKEN) has no user to show.
      if (fake.tokenUser.type === 'Bot')
        return send(403, { message: 'Resource not accessible by integration' });
      return send(200, { ...fake.tokenUser, id: 42 });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/deployments(\?.*)?$/.exec(path))) {
      if (req.method === 'POST') {
        const b = body as Record<string, unknown>;
        if (!Array.isArray(b.required_contexts))
          return send(409, { message: 'Conflict: Commit status checks failed for main.' });
        const d: FakeDeployment = {
          id: nextId++,
          sha: String(b.ref),
          ref: String(b.ref),
          environment: String(b.environment ?? 'production'),
          ...(typeof b.description === 'string' ? { description: b.description } : {}),
          payload: b.payload ?? {},
          transient_environment: b.transient_environment === true,
          created_at: new Date(Date.now() + nextId).toISOString(),
          statuses: [],
        };
        fake.deployments.push(d);
        const { statuses: _s, ...shown } = d;
        return send(201, shown);
      }
      const query = new URLSearchParams(m[1]?.slice(1) ?? '');
      const all = fake.deployments
        .filter((d) => !query.get('environment') || d.environment === query.get('environment'))
        .sort((a, b) => b.id - a.id);
      const perPage = Number(query.get('per_page') ?? 30);
      const page = Number(query.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      if (page * perPage < all.length) {
        const next = new URLSearchParams(query);
        next.set('page', String(page + 1));
        res.setHeader('link', `<${fake.url}/repos/o/r/deployments?${next}>; rel="next"`);
      }
      return send(
        200,
        slice.map(({ statuses: _s, ...shown }) => shown),
      );
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/deployments\/(\d+)\/statuses/.exec(path))) {
      const d = fake.deployments.find((x) => x.id === Number(m![1]));
      if (!d) return send(404, { message: 'Not Found' });
      if (req.method === 'GET') return send(200, [...d.statuses].reverse());
      const b = body as Record<string, string | boolean | undefined>;
      if (typeof b.description === 'string' && b.description.length > 140)
        return send(422, { message: 'description is too long (maximum is 140 characters)' });
      const status = {
        id: nextId++,
        state: String(b.state),
        ...(typeof b.description === 'string' ? { description: b.description } : {}),
        ...(typeof b.log_url === 'string' ? { log_url: b.log_url } : {}),
        ...(typeof b.environment_url === 'string' ? { environment_url: b.environment_url } : {}),
      };
      d.statuses.push(status);
      // "all prior non-transient, non-production environment deployments with the same repository and
      // environment name ... An inactive status is only added to deployments that had a success state."
      if (b.state === 'success' && b.auto_inactive !== false)
        for (const other of fake.deployments)
          if (
            other.id < d.id &&
            !other.transient_environment &&
            other.environment === d.environment &&
            other.environment !== 'production' &&
            other.statuses.at(-1)?.state === 'success'
          )
            other.statuses.push({ id: nextId++, state: 'inactive' });
      return send(201, status);
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/pulls/.exec(path))) {
      const known = fake.pullsOf.get(m[1]!);
      if (known) return send(200, [{ number: known, merged_at: '2026-01-01T00:00:00Z' }]);
      const n = options.mergedPullRequest;
      return send(200, n ? [{ number: n, merged_at: '2026-01-01T00:00:00Z' }] : []);
    }
    return send(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}

// A stand-in for the GitHub REST API, the one peer not available locally: it answers the few
// calls the action makes (issue comments, pull requests of a commit) and records every request.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
  authorization?: string;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  comments: Map<number, { id: number; issue: number; body: string }>;
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
      const comment = { id, issue, body: (body as { body: string }).body };
      fake.comments.set(id, comment);
      return send(201, { ...comment, html_url: `${base}/c/${id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)/.exec(path)) && req.method === 'PATCH') {
      const comment = fake.comments.get(Number(m[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (body as { body: string }).body;
      return send(200, { ...comment, html_url: `${base}/c/${comment.id}` });
    }
    if (/^\/repos\/[^/]+\/[^/]+\/commits\/[^/]+\/pulls/.test(path)) {
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

// `compose-ecs logs [service…]`: what the containers printed, from the stack's log group — the answer
// `docker compose logs` gave (issue 10). Every container logs through awslogs to /compose-ecs/<stack> with
// a fixed stream prefix, so a service's streams are compose/<service>/<task id> (stacks deployed before
// named them <project>/<service>/<task id>) (src/template/logs.ts; the stream naming is Amazon ECS's).
import type { Logs } from '../aws/edge.js';
import { LOG_STREAM_PREFIX } from '../template/logs.js';

const MAX_PAGES = 50;

export interface LogsRequest {
  stackName: string;
  project: string;
  /** Compose service names; all when empty. */
  services: string[];
  since: Date;
  /** At most this many lines per service (the last ones). */
  tail?: number;
}

/** Lines per service, oldest first, each as "<service> | <message>". */
export async function serviceLogs(logs: Logs, request: LogsRequest): Promise<string[]> {
  const group = `/compose-ecs/${request.stackName}`;
  // Streams of stacks deployed before the fixed prefix are named after the project: both are read.
  const owners = [...new Set([LOG_STREAM_PREFIX, request.project])];
  const wanted = request.services.length ? request.services.map((s) => `${s}/`) : [''];
  const out: Array<{ at: number; line: string }> = [];
  for (const service of wanted) {
    const lines: Array<{ at: number; line: string }> = [];
    for (const owner of owners) {
      const prefix = `${owner}/${service}`;
      let nextToken: string | undefined;
      let pages = 0;
      do {
        const page = await logs.read(group, {
          streamPrefix: prefix,
          since: request.since,
          ...(nextToken ? { nextToken } : {}),
        });
        for (const l of page.lines) {
          const name = l.stream.split('/')[1] ?? '?';
          lines.push({ at: l.timestamp.getTime(), line: `${name} | ${l.message.replace(/\s+$/, '')}` });
        }
        nextToken = page.nextToken;
        // FilterLogEvents pages through time; a bound keeps a huge group from running forever.
      } while (nextToken && ++pages < MAX_PAGES);
    }
    lines.sort((a, b) => a.at - b.at);
    out.push(...(request.tail !== undefined ? lines.slice(-request.tail) : lines));
  }
  return out.sort((a, b) => a.at - b.at).map((l) => l.line);
}

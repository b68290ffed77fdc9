// Ports: `"80"`, `"8080:80"`, `"127.0.0.1:80:80/udp"`, `"[::1]:80:80"`, ranges such as
// `"3000-3005"` or `"8000-8001:9000-9001"` (one Port per container port), and the long form.
import type { Extensions, Port } from '../model.js';
import type { Node } from '../node.js';
import { asMap, expected, fields, int, oneOf, str, type Ctx, type Path } from './read.js';

const SHORT = /^(?:(?:(\[[0-9a-fA-F:.]+\]|[^:[\]]*):)?(\d+(?:-\d+)?)?:)?(\d+(?:-\d+)?)(?:\/(tcp|udp))?$/;

function range(text: string): [number, number] | undefined {
  const [a, b = a] = text.split('-').map(Number);
  if (a === undefined || b === undefined || a < 0 || b < a || b > 65535) return undefined;
  return [a, b];
}

/** Parses the short syntax; a string error message says what is wrong. */
export function parsePortShort(text: string): Port[] | string {
  const m = SHORT.exec(text.trim());
  if (!m) return 'a port such as "80", "8080:80", "127.0.0.1:8080:80/udp" or "3000-3005"';
  const [, ip, pub, tgt, proto] = m;
  const target = range(tgt!);
  const published = pub === undefined ? undefined : range(pub);
  if (!target || (pub !== undefined && !published))
    return 'port numbers from 0 to 65535, ranges written low-high';
  const count = target[1] - target[0] + 1;
  if (published && published[1] - published[0] + 1 !== count) {
    return 'a published range the same length as the container range (a host range for one container port cannot run on ECS)';
  }
  const hostIp = ip ? ip.replace(/^\[|\]$/g, '') : undefined;
  const out: Port[] = [];
  for (let i = 0; i < count; i++) {
    const port: Port = {
      target: target[0] + i,
      protocol: (proto as 'tcp' | 'udp' | undefined) ?? 'tcp',
      mode: 'ingress',
      extensions: {},
    };
    if (published) port.published = published[0] + i;
    if (hostIp) port.hostIp = hostIp;
    out.push(port);
  }
  return out;
}

/** Merge key of a port entry (host ip, published, target, protocol), for override files. */
export function portKey(node: Node): string | undefined {
  if (node.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const ports = parsePortShort(String(node.value));
    return typeof ports === 'string'
      ? undefined
      : ports.map((p) => `${p.hostIp ?? ''}:${p.published ?? ''}:${p.target}/${p.protocol}`).join(',');
  }
  if (node.kind !== 'map') return undefined;
  const v = (k: string) => {
    const n = node.entries.get(k)?.value;
    return n?.kind === 'scalar' && n.value !== null ? String(n.value) : '';
  };
  return `${v('host_ip')}:${v('published')}:${v('target')}/${v('protocol') || 'tcp'}`;
}

export function normalizePorts(ctx: Ctx, node: Node, path: Path): Port[] {
  if (node.kind !== 'seq') return expected(ctx, node, path, 'a list of ports') ?? [];
  const out: Port[] = [];
  node.items.forEach((item, i) => {
    const at = [...path, i];
    if (item.kind === 'scalar' && (typeof item.value === 'string' || typeof item.value === 'number')) {
      const parsed = parsePortShort(String(item.value));
      if (typeof parsed === 'string') expected(ctx, item, at, parsed);
      else out.push(...parsed);
    } else if (item.kind === 'map') {
      const port = longPort(ctx, item, at);
      if (port) out.push(port);
    } else expected(ctx, item, at, 'a port string, number or mapping');
  });
  return out;
}

function longPort(ctx: Ctx, node: Node, path: Path): Port | undefined {
  const map = asMap(ctx, node, path);
  if (!map) return undefined;
  const extensions: Extensions = {};
  const port: Partial<Port> = { protocol: 'tcp', mode: 'ingress', extensions };
  fields(
    ctx,
    map,
    path,
    {
      target: (v, p) => (port.target = portNumber(ctx, v, p)),
      published: (v, p) => (port.published = publishedPort(ctx, v, p)),
      host_ip: (v, p) => (port.hostIp = str(ctx, v, p)),
      protocol: (v, p) => (port.protocol = oneOf(ctx, v, p, ['tcp', 'udp'] as const) ?? 'tcp'),
      app_protocol: (v, p) => (port.appProtocol = str(ctx, v, p)),
      mode: (v, p) => (port.mode = oneOf(ctx, v, p, ['ingress', 'host'] as const) ?? 'ingress'),
      name: (v, p) => (port.name = str(ctx, v, p)),
    },
    'a port',
    extensions,
  );
  if (port.target === undefined) {
    if (!map.entries.has('target'))
      ctx.diags.error('a port in long form needs `target` (the container port)', path, map.loc);
    return undefined;
  }
  for (const key of ['published', 'hostIp', 'appProtocol', 'name'] as const)
    if (port[key] === undefined) delete port[key];
  return port as Port;
}

/** `published` in long form: a port, or a range (valid compose, but a listener needs one port). */
function publishedPort(ctx: Ctx, node: Node, path: Path): number | undefined {
  const text = node.kind === 'scalar' && typeof node.value === 'string' ? node.value.trim() : undefined;
  const range = text === undefined ? null : /^(\d+)-(\d+)$/.exec(text);
  if (!range) return portNumber(ctx, node, path);
  if (range[1] === range[2]) return Number(range[1]);
  ctx.diags.error(
    `a published range (${text}) lets the host pick any port in it, which cannot run on ECS: a load balancer listener needs one port; publish a single port`,
    path,
    node.loc,
  );
  return undefined;
}

function portNumber(ctx: Ctx, node: Node, path: Path): number | undefined {
  const n = int(ctx, node, path);
  if (n !== undefined && n > 65535) return expected(ctx, node, path, 'a port number from 0 to 65535');
  return n;
}

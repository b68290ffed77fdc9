// How published ports become listeners, beyond one port per listener: ports that share a published port
// through x-aws-route, TCP and UDP on one port (TCP_UDP), datastores that should not face the internet,
// and which host_ip values keep a port private.
import type { Context } from './context.js';
import { X } from '../compose/aws-extensions.js';
import type { PublishedPort } from './load-balancer.js';

/**
 * Ports sharing a published port share its listener (listener-ids.ts keys it by the port). Routes of one
 * listener need distinct priorities, and all its ports the same protocol and certificate.
 */
export function shareListeners(ctx: Context, ports: PublishedPort[]): void {
  const groups = new Map<string, PublishedPort[]>();
  for (const p of ports) {
    const key = `${p.port.published}/${p.port.protocol}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const group of groups.values()) {
    if (group.length === 1 && !group[0]!.route) continue;
    const priorities = new Map<number, string>();
    for (const p of group) {
      if (p.protocol !== group[0]!.protocol || p.certificate !== group[0]!.certificate)
        ctx.error(
          p.path,
          `the ports sharing published port ${p.port.published} must use one protocol and certificate`,
        );
      if (!p.route) continue;
      const clash = priorities.get(p.route.priority);
      if (clash)
        ctx.error(
          [...p.path, X.route],
          `route priority ${p.route.priority} is taken by ${clash} on port ${p.port.published}; set ${X.route}.priority`,
        );
      priorities.set(p.route.priority, p.container.name);
    }
  }
}

/**
 * TCP and UDP on one published port (`53:53/tcp` + `53:53/udp`) cannot be two listeners: a load
 * balancer takes one listener per port (DuplicateListener). A Network Load Balancer's TCP_UDP listener
 * and target group carry both, and AWS documents TCP_UDP target groups for ip targets (Fargate).
 */
export function mergeTcpUdp(ctx: Context, ports: PublishedPort[]): PublishedPort[] {
  const out: PublishedPort[] = [];
  // Where in `out` each published port's entries are: a lookup per port, not a scan of every earlier one.
  const atPort = new Map<number | undefined, number[]>();
  for (const p of ports) {
    const at = (atPort.get(p.port.published) ?? []).find((i) => {
      const o = out[i]!;
      return o.protocols.length === 1 && o.protocols[0] !== p.port.protocol;
    });
    const twin = at === undefined ? undefined : out[at];
    if (at === undefined || !twin) {
      atPort.set(p.port.published, [...(atPort.get(p.port.published) ?? []), out.length]);
      out.push(p);
      continue;
    }
    const tcp = twin.port.protocol === 'tcp' ? twin : p;
    if (twin.container !== p.container || twin.port.target !== p.port.target || tcp.protocol !== 'TCP') {
      ctx.error(
        p.path,
        `port ${p.port.published} is published for TCP and UDP: a load balancer has one listener per port, so both must go to the same container port of the same service, without TLS (one TCP_UDP listener)`,
      );
      continue;
    }
    out[at] = {
      ...tcp,
      id: `${ctx.ids.service.get(tcp.container.name)}TCPUDP${tcp.port.published}`,
      protocols: ['tcp', 'udp'],
      protocol: 'TCP_UDP',
    };
  }
  return out;
}

/** Ports and images of datastores: publishing one on an internet-facing load balancer exposes the data. */
const DATASTORE_PORTS = new Map<number, string>([
  [5432, 'PostgreSQL'],
  [3306, 'MySQL/MariaDB'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [27017, 'MongoDB'],
  [6379, 'Redis'],
  [11211, 'Memcached'],
  [9200, 'Elasticsearch/OpenSearch'],
  [9300, 'Elasticsearch/OpenSearch'],
  [9042, 'Cassandra'],
  [5984, 'CouchDB'],
  [8086, 'InfluxDB'],
  [26257, 'CockroachDB'],
  [5672, 'RabbitMQ'],
]);
const DATASTORE_IMAGES =
  /(^|\/)(postgres|postgis|mysql|mariadb|mongo|redis|valkey|memcached|elasticsearch|opensearch|cassandra|couchdb|influxdb|cockroach|rabbitmq)[^/]*$/i;

export function warnIfDatastore(ctx: Context, p: PublishedPort): void {
  const byPort = DATASTORE_PORTS.get(p.port.target) ?? DATASTORE_PORTS.get(p.port.published!);
  const image = (p.container.image ?? '').split('@')[0]!.split(':')[0]!;
  const what = byPort ?? (DATASTORE_IMAGES.test(image) ? image : undefined);
  if (what === undefined) return;
  ctx.warn(
    p.path,
    `SECURITY: ${p.container.name} publishes ${what} port ${p.port.published} on an internet-facing load balancer open to 0.0.0.0/0; other services reach it by name without publishing it. Remove the published port, bind it to 127.0.0.1 (host_ip) to keep it private, or set ${X.loadBalancerScheme}: internal`,
  );
}

/** 0.0.0.0 / :: (or an empty host part) mean every interface, as if no address were given. */
export function isWildcard(ip: string): boolean {
  const a = ip.trim().toLowerCase();
  return a === '' || a === '0.0.0.0' || /^[0:]+$/.test(a);
}

/** 127.0.0.0/8 (also IPv4-mapped, ::ffff:127.x.x.x), ::1 in any spelling, and localhost. */
export function isLoopback(ip: string): boolean {
  const a = ip
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (a === 'localhost') return true;
  const v4 = /^(?:(?:0{1,4}:){5}ffff:|::ffff:)?(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.exec(a);
  if (v4) return v4[1] === '127';
  const halves = a.split('::');
  if (halves.length > 2) return false;
  const parts = (h: string | undefined) => (h ? h.split(':') : []);
  const head = parts(halves[0]);
  const tail = parts(halves[1]);
  const groups =
    halves.length === 2
      ? [...head, ...Array<string>(Math.max(0, 8 - head.length - tail.length)).fill('0'), ...tail]
      : head;
  return (
    groups.length === 8 &&
    groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) &&
    groups.slice(0, 7).every((g) => parseInt(g, 16) === 0) &&
    parseInt(groups[7]!, 16) === 1
  );
}

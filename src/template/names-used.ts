// Which other services a service calls by name, read from what compose files typically hold:
// URLs and host:port pairs in environment values, command and entrypoint (DATABASE_URL=postgres://db:5432/app,
// proxy_pass http://backend:8000, MYSQL_HOST=db), links and depends_on. The converter uses it to start a
// client after the services it names; the fidelity suite uses it to check each name resolves and connects.
import type { Service } from '../compose/model.js';

export interface NameUse {
  /** The name as written (a service name, a network alias or a link alias), lower-case. */
  name: string;
  /** The port used with it, when the text says (host:port, or a URL scheme's default port). */
  port?: number;
  /** Where it was found, e.g. "environment.DATABASE_URL". */
  where: string;
  /**
   * How strongly the text says this is a host (start-order.ts weighs them): declared by depends_on or
   * links; host-like (a URL, host:port, a *_HOST/_ADDR/_SERVER key, --host x); or a bare word, which may as
   * well be a user or database name (MYSQL_USER: wordpress).
   */
  evidence: Evidence;
}

export type Evidence = 'declared' | 'host' | 'word';

/** Keys (and flags) whose value is a host: DB_HOST, REDIS_ADDR, SMTP_SERVER, API_URL, DATABASE_DSN, --host. */
const HOST_KEY = /(?:^|[_-])(?:hosts?|hostname|addr|address|server|servers|endpoint|url|uri|dsn|upstream)$/i;

const SCHEME_PORTS: Record<string, number> = {
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  postgres: 5432,
  postgresql: 5432,
  mysql: 3306,
  mariadb: 3306,
  mongodb: 27017,
  redis: 6379,
  amqp: 5672,
  nats: 4222,
  memcached: 11211,
};

/** Finds uses of any of `names` in a piece of text (a value, an argument, a config file). */
export function findNames(text: string, names: ReadonlySet<string>, where: string): NameUse[] {
  const out: NameUse[] = [];
  // A host is a name standing alone or delimited by URL/host:port punctuation, never part of a longer word or path.
  const re =
    /(?:([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s]*@)?)?(?<![\w.-])([a-z0-9][a-z0-9_-]*)(?![\w-]|\.[a-z0-9])(?::(\d{1,5}))?/gi;
  for (const m of text.matchAll(re)) {
    const host = m[2]!.toLowerCase();
    if (!names.has(host)) continue;
    const before = text.slice(0, m.index);
    const scheme = m[1]?.toLowerCase();
    const explicit = m[3] !== undefined ? Number(m[3]) : undefined;
    // Without a scheme or a port, a bare word is a host only as the whole value (MYSQL_HOST: db),
    // after KEY= or after a flag (-h db, --host=db); "run db migrations" names no host.
    const hostLike =
      scheme !== undefined ||
      explicit !== undefined ||
      text.trim().toLowerCase() === host ||
      /(?:=|(?:^|\s)--?[a-z][a-z-]*[=\s]+)$/i.test(before);
    if (!hostLike) continue;
    const port = explicit ?? (scheme !== undefined ? SCHEME_PORTS[scheme] : undefined);
    // host=db (a keyword DSN), --host db, -h db, DB_HOST=db in a command: the key says it is a host.
    const key = /(?:^|[\s;,])-{0,2}([a-z][\w-]*)[=\s]+$/i.exec(before)?.[1];
    const evidence: Evidence =
      scheme !== undefined ||
      explicit !== undefined ||
      (key !== undefined && (HOST_KEY.test(key) || key === 'h'))
        ? 'host'
        : 'word';
    out.push({ name: host, ...(port !== undefined ? { port } : {}), where, evidence });
  }
  return out;
}

/** Every name of `names` that service `s` uses, with where and on which port. */
export function namesUsedBy(s: Service, names: ReadonlySet<string>): NameUse[] {
  const out: NameUse[] = [];
  for (const [key, value] of Object.entries(s.environment))
    if (value !== null)
      out.push(
        ...findNames(value, names, `environment.${key}`).map((u) =>
          HOST_KEY.test(key) ? { ...u, evidence: 'host' as const } : u,
        ),
      );
  (s.command ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `command[${i}]`)));
  (s.entrypoint ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `entrypoint[${i}]`)));
  for (const l of s.links)
    if (names.has(l.alias.toLowerCase()))
      out.push({ name: l.alias.toLowerCase(), where: 'links', evidence: 'declared' });
  for (const dep of Object.keys(s.dependsOn))
    if (names.has(dep.toLowerCase()))
      out.push({ name: dep.toLowerCase(), where: `depends_on.${dep}`, evidence: 'declared' });
  return out.filter((u) => u.name !== s.name.toLowerCase());
}

// Target-group health checks and draining: what decides how long a rolling update takes behind a load
// balancer (docs/mapping.md, "Rolling-update timeline"). AWS's defaults (300 s deregistration delay,
// 5 × 30 s health checks) make a one-service update take 6–7 minutes; these defaults put a healthy task in
// service in about 20 s and drain an old one in the time compose gives it to stop (stop_grace_period).
import type { Healthcheck, Service } from '../compose/model.js';
import type { Context } from './context.js';
import { X, type TargetHealthExtension } from '../compose/aws-extensions.js';
import type { Route } from './routes.js';

/** What the health check of one published port needs to know. */
export interface CheckedPort {
  container: Service;
  target: number;
  /** The port's own x-aws-healthcheck. */
  health: TargetHealthExtension | undefined;
  path: Array<string | number>;
  /** The listener rule that sends this port its requests (x-aws-route), if any. */
  route?: Route;
}

export const CHECK_DEFAULTS = { interval: 10, timeout: 5, healthy: 2, unhealthy: 2 } as const;
/** compose's default stop_grace_period, and the bounds of the drain derived from it (Fargate stops a container after at most 120 s). */
export const DRAIN = { default: 10, min: 5, max: 120 } as const;

/** Every answer below a server error (ALB matchers take 200-499 for HTTP). */
export const ANY_ANSWER = '200-499';

/** The path a routed port is checked on: its first path pattern without the wildcard (`/api/*` → `/api`). */
function routePath(route: Route | undefined): string | undefined {
  const first = route?.paths.find((p) => !p.includes('*')) ?? route?.paths[0];
  if (first === undefined) return undefined;
  return first.replace(/\*.*$/, '').replace(/(.)\/$/, '$1') || '/';
}

/** The URL a compose healthcheck fetches from its own container with curl or wget, if it does. */
export function localHttpCheck(hc: Healthcheck | undefined): { path: string; port?: number } | undefined {
  if (!hc || hc.disable || !hc.test || hc.test[0] === 'NONE') return undefined;
  const words = hc.test.slice(1).join(' ');
  if (!/\b(curl|wget)\b/.test(words)) return undefined;
  const m = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d{1,5}))?(\/[^\s"'|;&]*)?/.exec(
    words,
  );
  if (!m) return undefined;
  return { path: m[2] || '/', ...(m[1] !== undefined ? { port: Number(m[1]) } : {}) };
}

/** The x-aws-healthcheck that applies to a port (decoded by the loader): its own, else the service's. */
function extension(p: CheckedPort): { ext?: TargetHealthExtension; at: Array<string | number> } {
  if (p.health) return { ext: p.health, at: [...p.path, X.healthcheck] };
  const service = p.container.aws?.healthcheck;
  return { ...(service ? { ext: service } : {}), at: ['services', p.container.name, X.healthcheck] };
}

/** Health-check properties of a target group: x-aws-healthcheck wins, then the compose healthcheck, then fast defaults. */
export function targetHealthCheck(
  ctx: Context,
  p: CheckedPort,
  type: 'application' | 'network',
): Record<string, unknown> {
  const { ext, at } = extension(p);
  const hc = p.container.healthcheck?.disable ? undefined : p.container.healthcheck;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(v)));
  const interval =
    ext?.interval ?? (hc?.interval !== undefined ? clamp(hc.interval, 5, 300) : CHECK_DEFAULTS.interval);
  let timeout =
    ext?.timeout ?? (hc?.timeout !== undefined ? clamp(hc.timeout, 2, 120) : CHECK_DEFAULTS.timeout);
  const healthy = ext?.healthyThreshold ?? CHECK_DEFAULTS.healthy;
  const unhealthy =
    ext?.unhealthyThreshold ??
    (hc?.retries !== undefined ? clamp(hc.retries, 2, 10) : CHECK_DEFAULTS.unhealthy);
  const local = localHttpCheck(hc);
  const port =
    ext?.port ??
    (type === 'application' && local?.port !== undefined && local.port !== p.target ? local.port : undefined);
  // Compose puts no health gate in front of a published port: without an HTTP healthcheck of its own, a
  // task is healthy when it answers at all, as long as not with a server error (an API's 401 or 404 on
  // its root is an answer), and it is asked on the path its route sends it, not on a `/` it never serves.
  const path = ext?.path ?? (type === 'application' ? (local?.path ?? routePath(p.route)) : undefined);
  const codes = ext?.codes ?? (local === undefined ? ANY_ANSWER : undefined);
  // The load balancer requires the timeout to be shorter than the interval.
  if (timeout >= interval) timeout = Math.max(2, interval - 1);
  const out: Record<string, unknown> = {
    HealthCheckIntervalSeconds: interval,
    HealthCheckTimeoutSeconds: timeout,
    HealthyThresholdCount: healthy,
    UnhealthyThresholdCount: unhealthy,
  };
  if (port !== undefined) out.HealthCheckPort = String(port);
  if (type === 'application') {
    out.HealthCheckPath = path ?? '/';
    out.HealthCheckProtocol = 'HTTP';
    out.Matcher = { HttpCode: codes ?? '200-399' };
  } else {
    if (path !== undefined || codes !== undefined)
      ctx.warn(
        at,
        'path and codes apply to HTTP health checks only; this port is behind a Network Load Balancer (TCP check)',
      );
    out.HealthCheckProtocol = 'TCP';
  }
  return out;
}

/**
 * How long the load balancer keeps sending in-flight requests to a deregistering task before ECS stops
 * it: x-aws-healthcheck.deregistration_delay, else compose's stop_grace_period (default 10 s) bounded to
 * 5–120 s, instead of the load balancer's 300 s.
 */
export function drainSeconds(p: CheckedPort): number {
  const explicit = extension(p).ext?.deregistrationDelay;
  if (explicit !== undefined) return explicit;
  const grace = p.container.stopGracePeriod ?? DRAIN.default;
  return Math.min(DRAIN.max, Math.max(DRAIN.min, Math.round(grace)));
}

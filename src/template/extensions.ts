// Every x-aws-* extension the converter understands, named once. The first group follows Docker's
// retired Compose-to-ECS integration (existing compose files use these names in these places);
// the second group is compose-ecs's own. docs/mapping.md documents each one.
import type { Extensions, ModelPath } from '../compose/model.js';
import type { Context } from './context.js';

export const X = {
  // top level
  cluster: 'x-aws-cluster',
  vpc: 'x-aws-vpc',
  loadBalancer: 'x-aws-loadbalancer',
  cloudformation: 'x-aws-cloudformation',
  logsRetention: 'x-aws-logs_retention',
  // service
  role: 'x-aws-role',
  policies: 'x-aws-policies',
  pullCredentials: 'x-aws-pull_credentials',
  // service deploy:
  autoscaling: 'x-aws-autoscaling',
  // service deploy.update_config:
  minPercent: 'x-aws-min_percent',
  maxPercent: 'x-aws-max_percent',
  // a port (long form)
  protocol: 'x-aws-protocol',
  // a network (deprecated; prefer external: true with the group id as name)
  securityGroup: 'x-aws-securitygroup',
  // a secret
  keys: 'x-aws-keys',

  // compose-ecs additions
  /** a secret: Secrets Manager ARN (or SSM parameter ARN) to read it from */
  secretArn: 'x-aws-secret-arn',
  /** a port: ACM certificate ARN for an HTTPS (ALB) or TLS (NLB) listener */
  certificate: 'x-aws-acm_certificate',
  /** a port or a service: target-group health check (path, codes, interval, timeout, thresholds) */
  healthcheck: 'x-aws-healthcheck',
  /** a service: run as a container in the named service's task */
  sidecarOf: 'x-aws-sidecar_of',
  /** a service: turn on ECS Exec */
  enableExec: 'x-aws-enable_exec',
  /** top level, with x-aws-loadbalancer: the existing load balancer's security group id (task ingress source) */
  loadBalancerSecurityGroup: 'x-aws-loadbalancer_securitygroup',
  /** a port: { path, host, priority } — served through a rule on the listener its published port shares */
  route: 'x-aws-route',
  /** top level: internet-facing (default) or internal, for the load balancer this stack creates */
  loadBalancerScheme: 'x-aws-loadbalancer_scheme',
} as const;

/** Where each extension may appear; anything else x-aws-* there gets a warning (typos). */
export const PLACES = {
  project: [
    X.cluster,
    X.vpc,
    X.loadBalancer,
    X.loadBalancerSecurityGroup,
    X.loadBalancerScheme,
    X.cloudformation,
    X.logsRetention,
  ],
  service: [X.role, X.policies, X.pullCredentials, X.healthcheck, X.sidecarOf, X.enableExec],
  deploy: [X.autoscaling],
  updateConfig: [X.minPercent, X.maxPercent],
  port: [X.protocol, X.certificate, X.healthcheck, X.route],
  network: [X.securityGroup],
  volume: [] as string[],
  secret: [X.keys, X.secretArn],
  config: [] as string[],
  build: [] as string[],
  fileReference: [] as string[],
} as const;

/**
 * Warns about unknown x-aws-* keys in every place the model carries extensions: the project, services,
 * builds, ports, secret and config references, deploy and update_config, networks, volumes, secrets and
 * configs. Called once per conversion, so each typo is said once.
 */
export function checkAllExtensions(ctx: Context): void {
  const p = ctx.project;
  checkUnknown(ctx, p.extensions, PLACES.project, []);
  for (const [name, s] of Object.entries(p.services)) {
    const at = ['services', name];
    checkUnknown(ctx, s.extensions, PLACES.service, at);
    if (s.build) checkUnknown(ctx, s.build.extensions, PLACES.build, [...at, 'build']);
    s.ports.forEach((port, i) => checkUnknown(ctx, port.extensions, PLACES.port, [...at, 'ports', i]));
    s.secrets.forEach((r, i) => checkUnknown(ctx, r.extensions, PLACES.fileReference, [...at, 'secrets', i]));
    s.configs.forEach((r, i) => checkUnknown(ctx, r.extensions, PLACES.fileReference, [...at, 'configs', i]));
    checkUnknown(ctx, s.deploy?.extensions, PLACES.deploy, [...at, 'deploy']);
    checkUnknown(ctx, s.deploy?.updateConfig?.extensions, PLACES.updateConfig, [
      ...at,
      'deploy',
      'update_config',
    ]);
  }
  for (const [name, n] of Object.entries(p.networks))
    checkUnknown(ctx, n.extensions, PLACES.network, ['networks', name]);
  for (const [name, v] of Object.entries(p.volumes))
    checkUnknown(ctx, v.extensions, PLACES.volume, ['volumes', name]);
  for (const [name, d] of Object.entries(p.secrets))
    checkUnknown(ctx, d.extensions, PLACES.secret, ['secrets', name]);
  for (const [name, d] of Object.entries(p.configs))
    checkUnknown(ctx, d.extensions, PLACES.config, ['configs', name]);
}

/** Warn about x-aws-* keys this converter does not know at this place. */
export function checkUnknown(
  ctx: Context,
  ext: Extensions | undefined,
  allowed: readonly string[],
  path: ModelPath,
): void {
  for (const key of Object.keys(ext ?? {}).sort()) {
    if (key.startsWith('x-aws-') && !allowed.includes(key)) {
      ctx.warn(
        [...path, key],
        `unknown extension ${key} here; it is ignored (known here: ${allowed.join(', ') || 'none'})`,
      );
    }
  }
}

export function readString(
  ctx: Context,
  ext: Extensions | undefined,
  key: string,
  path: ModelPath,
): string | undefined {
  const v = ext?.[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || v === '') {
    ctx.error([...path, key], `${key} must be a non-empty string`);
    return undefined;
  }
  return v;
}

export function readNumber(
  ctx: Context,
  ext: Extensions | undefined,
  key: string,
  path: ModelPath,
  range: { min: number; max: number; integer?: boolean },
): number | undefined {
  let v = ext?.[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) v = Number(v); // YAML may quote numbers
  if (
    typeof v !== 'number' ||
    !Number.isFinite(v) ||
    v < range.min ||
    v > range.max ||
    (range.integer !== false && !Number.isInteger(v))
  ) {
    ctx.error(
      [...path, key],
      `${key} must be ${range.integer === false ? 'a number' : 'an integer'} from ${range.min} to ${range.max}`,
    );
    return undefined;
  }
  return v;
}

export function readBoolean(
  ctx: Context,
  ext: Extensions | undefined,
  key: string,
  path: ModelPath,
): boolean | undefined {
  const v = ext?.[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') {
    ctx.error([...path, key], `${key} must be true or false`);
    return undefined;
  }
  return v;
}

export function readStringList(
  ctx: Context,
  ext: Extensions | undefined,
  key: string,
  path: ModelPath,
): string[] | undefined {
  const v = ext?.[key];
  if (v === undefined || v === null) return undefined;
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s !== '')) {
    ctx.error([...path, key], `${key} must be a string or a list of strings`);
    return undefined;
  }
  return list as string[];
}

export function readObject(
  ctx: Context,
  ext: Extensions | undefined,
  key: string,
  path: ModelPath,
): Record<string, unknown> | undefined {
  const v = ext?.[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) {
    ctx.error([...path, key], `${key} must be a mapping`);
    return undefined;
  }
  return v as Record<string, unknown>;
}

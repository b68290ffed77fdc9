// Every x-aws-* extension, decoded once, in the loader, into typed `aws` fields of the model (issue 7). The
// converter reads only those fields; a wrong type or value is a load error with its file and line, and an
// unknown x-aws-* key is warned about once, where it was written. The first group of names follows Docker's
// retired Compose-to-ECS integration (existing compose files use them in these places); the second group is
// compose-ecs's own. docs/mapping.md documents each one.
import type { Extensions, ModelPath, Project } from './model.js';

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
  /** top level: application or network, for the load balancer this stack creates (else chosen from the ports) */
  loadBalancerType: 'x-aws-loadbalancer_type',
  /** an external config: the SSM parameter (name or ARN) holding its content */
  parameter: 'x-aws-parameter',
} as const;

/** Where each extension may appear; anything else x-aws-* there gets a warning (typos). */
export const PLACES = {
  project: [
    X.cluster,
    X.vpc,
    X.loadBalancer,
    X.loadBalancerSecurityGroup,
    X.loadBalancerScheme,
    X.loadBalancerType,
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
  config: [X.parameter],
  build: [] as string[],
  fileReference: [] as string[],
} as const;

/** CloudWatch Logs' allowed retention periods (AWS::Logs::LogGroup RetentionInDays). */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
export const PORT_PROTOCOLS = ['http', 'https', 'tcp', 'tls', 'udp'];
export const LB_SCHEMES = ['internet-facing', 'internal'] as const;
export const LB_TYPES = ['application', 'network'] as const;

/** x-aws-healthcheck on a port or a service: the target group's health check. */
export interface TargetHealthExtension {
  interval?: number;
  timeout?: number;
  healthyThreshold?: number;
  unhealthyThreshold?: number;
  port?: number;
  path?: string;
  codes?: string;
  deregistrationDelay?: number;
}

/** x-aws-route on a port: paths (with a leading /) and hosts, at most 5 in all; priority when given. */
export interface RouteExtension {
  paths: string[];
  hosts: string[];
  priority?: number;
}

/** x-aws-autoscaling under deploy: min (else the replicas), max, and at least one target. */
export interface AutoscalingExtension {
  min?: number;
  max: number;
  cpu?: number;
  mem?: number;
  requests?: number;
}

export interface ProjectAws {
  cluster?: string;
  vpc?: string;
  loadBalancer?: string;
  loadBalancerSecurityGroup?: string;
  loadBalancerScheme?: (typeof LB_SCHEMES)[number];
  loadBalancerType?: (typeof LB_TYPES)[number];
  cloudformation?: Record<string, unknown>;
  logsRetention?: number;
}
export interface ServiceAws {
  /** An IAM policy document (with Statement) for the task role. */
  role?: Record<string, unknown>;
  policies?: string[];
  pullCredentials?: string;
  healthcheck?: TargetHealthExtension;
  sidecarOf?: string;
  enableExec?: boolean;
}
export interface DeployAws {
  autoscaling?: AutoscalingExtension;
}
export interface UpdateConfigAws {
  minPercent?: number;
  maxPercent?: number;
}
export interface PortAws {
  /** Lower case, one of PORT_PROTOCOLS. */
  protocol?: string;
  certificate?: string;
  healthcheck?: TargetHealthExtension;
  route?: RouteExtension;
}
export interface NetworkAws {
  securityGroup?: string;
}
export interface SecretAws {
  keys?: string[];
  secretArn?: string;
}

export interface ConfigAws {
  /** SSM parameter name or ARN an external config is read from (else its name). */
  parameter?: string;
}

/** Where decoding reports: the loader's diagnostics, located through the source map. */
export interface Reporter {
  error(path: ModelPath, message: string): void;
  warn(path: ModelPath, message: string): void;
}

/** Decodes every extension of the project into its `aws` fields, reporting bad values and unknown keys. */
export function decodeAwsExtensions(project: Project, report: Reporter): void {
  const r = new Reader(report);
  r.unknown(project.extensions, PLACES.project, []);
  setAws(project, decodeProject(r, project.extensions));
  for (const [name, s] of Object.entries(project.services)) {
    const at: ModelPath = ['services', name];
    r.unknown(s.extensions, PLACES.service, at);
    setAws(s, decodeService(r, s.extensions, at));
    if (s.build) r.unknown(s.build.extensions, PLACES.build, [...at, 'build']);
    s.ports.forEach((port, i) => {
      const p = [...at, 'ports', i];
      r.unknown(port.extensions, PLACES.port, p);
      setAws(port, {
        protocol: r.oneOf(port.extensions, X.protocol, p, PORT_PROTOCOLS),
        certificate: r.string(port.extensions, X.certificate, p),
        healthcheck: decodeHealth(r, port.extensions, p),
        route: decodeRoute(r, port.extensions, p),
      });
    });
    s.secrets.forEach((ref, i) => r.unknown(ref.extensions, PLACES.fileReference, [...at, 'secrets', i]));
    s.configs.forEach((ref, i) => r.unknown(ref.extensions, PLACES.fileReference, [...at, 'configs', i]));
    if (s.deploy) {
      const d = [...at, 'deploy'];
      r.unknown(s.deploy.extensions, PLACES.deploy, d);
      setAws(s.deploy, { autoscaling: decodeAutoscaling(r, s.deploy.extensions, d) });
      const uc = s.deploy.updateConfig;
      if (uc) {
        const u = [...d, 'update_config'];
        r.unknown(uc.extensions, PLACES.updateConfig, u);
        setAws(uc, {
          minPercent: r.number(uc.extensions, X.minPercent, u, { min: 0, max: 100 }),
          maxPercent: r.number(uc.extensions, X.maxPercent, u, { min: 100, max: 200 }),
        });
      }
    }
  }
  for (const [name, n] of Object.entries(project.networks)) {
    const at = ['networks', name];
    r.unknown(n.extensions, PLACES.network, at);
    const securityGroup = r.string(n.extensions, X.securityGroup, at);
    if (securityGroup !== undefined)
      report.warn(
        [...at, X.securityGroup],
        `${X.securityGroup} is deprecated: use external: true with the group id as name`,
      );
    setAws(n, { securityGroup });
  }
  for (const [name, v] of Object.entries(project.volumes))
    r.unknown(v.extensions, PLACES.volume, ['volumes', name]);
  for (const [name, d] of Object.entries(project.secrets)) {
    const at = ['secrets', name];
    r.unknown(d.extensions, PLACES.secret, at);
    setAws(d, {
      keys: secretKeys(report, r.stringList(d.extensions, X.keys, at), [...at, X.keys]),
      secretArn: r.string(d.extensions, X.secretArn, at),
    });
  }
  for (const [name, d] of Object.entries(project.configs)) {
    const at = ['configs', name];
    r.unknown(d.extensions, PLACES.config, at);
    const parameter = r.string(d.extensions, X.parameter, at);
    if (parameter !== undefined && !d.external)
      report.error(
        [...at, X.parameter],
        `${X.parameter} names where an external config is read: add external: true`,
      );
    setAws(d, { parameter });
  }
}

function decodeProject(r: Reader, ext: Extensions): ProjectAws {
  const logsRetention = r.number(ext, X.logsRetention, [], { min: 1, max: 3653 });
  if (logsRetention !== undefined && !RETENTION_DAYS.includes(logsRetention))
    r.report.error(
      [X.logsRetention],
      `${X.logsRetention} must be one of ${RETENTION_DAYS.join(', ')} (days)`,
    );
  const loadBalancerSecurityGroup = r.string(ext, X.loadBalancerSecurityGroup, []);
  const badGroup =
    loadBalancerSecurityGroup !== undefined && !/^sg-[0-9a-f]+$/.test(loadBalancerSecurityGroup);
  if (badGroup)
    r.report.error(
      [X.loadBalancerSecurityGroup],
      `${X.loadBalancerSecurityGroup} must be a security group id (sg-…)`,
    );
  return {
    cluster: r.string(ext, X.cluster, []),
    vpc: r.string(ext, X.vpc, []),
    loadBalancer: r.string(ext, X.loadBalancer, []),
    loadBalancerSecurityGroup: badGroup ? undefined : loadBalancerSecurityGroup,
    loadBalancerScheme: r.oneOf(
      ext,
      X.loadBalancerScheme,
      [],
      LB_SCHEMES,
    ) as ProjectAws['loadBalancerScheme'],
    loadBalancerType: r.oneOf(ext, X.loadBalancerType, [], LB_TYPES) as ProjectAws['loadBalancerType'],
    cloudformation: r.object(ext, X.cloudformation, []),
    logsRetention: RETENTION_DAYS.includes(logsRetention ?? -1) ? logsRetention : undefined,
  };
}

function decodeService(r: Reader, ext: Extensions, at: ModelPath): ServiceAws {
  const policies = r.stringList(ext, X.policies, at)?.filter((arn) => {
    if (arn.startsWith('arn:')) return true;
    r.report.error([...at, X.policies], `${X.policies} takes managed policy ARNs, got ${arn}`);
    return false;
  });
  let role = r.object(ext, X.role, at);
  if (role && !Array.isArray(role.Statement) && typeof role.Statement !== 'object') {
    r.report.error([...at, X.role], `${X.role} must be an IAM policy document with a Statement`);
    role = undefined;
  }
  return {
    role,
    policies,
    pullCredentials: r.string(ext, X.pullCredentials, at),
    healthcheck: decodeHealth(r, ext, at),
    sidecarOf: r.string(ext, X.sidecarOf, at),
    enableExec: r.boolean(ext, X.enableExec, at),
  };
}

const HEALTH_FIELDS = [
  'interval',
  'timeout',
  'healthy_threshold',
  'unhealthy_threshold',
  'port',
  'path',
  'codes',
  'deregistration_delay',
];

function decodeHealth(r: Reader, ext: Extensions, path: ModelPath): TargetHealthExtension | undefined {
  const spec = r.object(ext, X.healthcheck, path);
  if (!spec) return undefined;
  const at = [...path, X.healthcheck];
  r.knownFields(spec, HEALTH_FIELDS, at, 'health-check');
  return compactAws({
    interval: r.number(spec, 'interval', at, { min: 5, max: 300 }),
    timeout: r.number(spec, 'timeout', at, { min: 2, max: 120 }),
    healthyThreshold: r.number(spec, 'healthy_threshold', at, { min: 2, max: 10 }),
    unhealthyThreshold: r.number(spec, 'unhealthy_threshold', at, { min: 2, max: 10 }),
    port: r.number(spec, 'port', at, { min: 1, max: 65535 }),
    path: r.string(spec, 'path', at),
    codes: r.string(spec, 'codes', at),
    // Elastic Load Balancing: deregistration_delay.timeout_seconds is 0–3600.
    deregistrationDelay: r.number(spec, 'deregistration_delay', at, { min: 0, max: 3600 }),
  });
}

function decodeRoute(r: Reader, ext: Extensions, path: ModelPath): RouteExtension | undefined {
  const spec = r.object(ext, X.route, path);
  if (!spec) return undefined;
  const at = [...path, X.route];
  r.knownFields(spec, ['path', 'host', 'priority'], at, 'route');
  const paths = (r.stringList(spec, 'path', at) ?? []).map((p) => (p.startsWith('/') ? p : `/${p}`));
  const hosts = r.stringList(spec, 'host', at) ?? [];
  if (paths.length === 0 && hosts.length === 0) {
    r.report.error(at, `${X.route} needs a path or a host`);
    return undefined;
  }
  if (paths.length + hosts.length > 5)
    r.report.error(
      at,
      'a listener rule takes at most 5 path and host values in all (Elastic Load Balancing quota)',
    );
  return compactAws({ paths, hosts, priority: r.number(spec, 'priority', at, { min: 1, max: 50000 }) });
}

function decodeAutoscaling(r: Reader, ext: Extensions, path: ModelPath): AutoscalingExtension | undefined {
  const spec = r.object(ext, X.autoscaling, path);
  if (!spec) return undefined;
  const at = [...path, X.autoscaling];
  r.knownFields(spec, ['min', 'max', 'cpu', 'mem', 'requests'], at, 'autoscaling');
  const min = r.number(spec, 'min', at, { min: 0, max: 10000 });
  const max = r.number(spec, 'max', at, { min: 1, max: 10000 });
  const cpu = r.number(spec, 'cpu', at, { min: 1, max: 100, integer: false });
  const mem = r.number(spec, 'mem', at, { min: 1, max: 100, integer: false });
  const requests = r.number(spec, 'requests', at, { min: 1, max: 1_000_000 });
  if (max === undefined) {
    if (spec.max === undefined) r.report.error([...at, 'max'], 'autoscaling needs max');
    return undefined;
  }
  if (min !== undefined && min > max) {
    r.report.error(at, `autoscaling min ${min} is above max ${max}`);
    return undefined;
  }
  if (cpu === undefined && mem === undefined && requests === undefined) {
    if (spec.cpu === undefined && spec.mem === undefined && spec.requests === undefined)
      r.report.error(at, 'autoscaling needs a target: cpu, mem (percent) or requests (per target)');
    return undefined;
  }
  return compactAws({ min, max, cpu, mem, requests });
}

/**
 * JSON keys of a Secrets Manager secret, each one ECS reads as `<arn>:<key>::`. Docker's ECS integration
 * took `*` for "every key", split by its own secrets sidecar; ECS has no such form (`*` is read as a key
 * literally named `*` and the task fails to start), the keys cannot be known without reading the secret
 * at plan time (which the pipeline never does), and the init image is a plain busybox with no JSON
 * parser. So `*` is refused, and the keys are listed instead, which also gives each one its variable.
 */
function secretKeys(report: Reporter, keys: string[] | undefined, path: ModelPath): string[] | undefined {
  keys?.forEach((key, i) => {
    if (key === '*')
      report.error(
        [...path, i],
        `${X.keys}: "*" (every key of the JSON secret) has no ECS equivalent; list the keys the service reads, e.g. ${X.keys}: [username, password]`,
      );
    else if (key.includes(':'))
      report.error(
        [...path, i],
        `${X.keys}: ${JSON.stringify(key)} contains ':', which ECS's valueFrom uses as a separator`,
      );
  });
  return keys;
}

/** Sets the decoded fields, only when there are any: a model without extensions stays as it was. */
function setAws<T extends object>(target: { aws?: T }, value: T): void {
  const fields = compactAws(value);
  if (Object.keys(fields).length > 0) target.aws = fields;
}

/** Drops undefined fields. */
function compactAws<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Typed reads of extension values; each bad value is reported once at its own path. */
class Reader {
  constructor(readonly report: Reporter) {}

  unknown(ext: Extensions | undefined, allowed: readonly string[], path: ModelPath): void {
    for (const key of Object.keys(ext ?? {}).sort())
      if (key.startsWith('x-aws-') && !allowed.includes(key))
        this.report.warn(
          [...path, key],
          `unknown extension ${key} here; it is ignored (known here: ${allowed.join(', ') || 'none'})`,
        );
  }

  knownFields(spec: Record<string, unknown>, fields: string[], at: ModelPath, what: string): void {
    for (const key of Object.keys(spec).sort())
      if (!fields.includes(key))
        this.report.warn(
          [...at, key],
          `unknown ${what} field ${key} is ignored (known: ${fields.join(', ')})`,
        );
  }

  string(ext: Extensions | undefined, key: string, path: ModelPath): string | undefined {
    const v = ext?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || v === '') {
      this.report.error([...path, key], `${key} must be a non-empty string`);
      return undefined;
    }
    return v;
  }

  oneOf(
    ext: Extensions | undefined,
    key: string,
    path: ModelPath,
    values: readonly string[],
  ): string | undefined {
    const v = this.string(ext, key, path)?.toLowerCase();
    if (v === undefined || values.includes(v)) return v;
    this.report.error([...path, key], `${key} must be one of ${values.join(', ')}`);
    return undefined;
  }

  number(
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
      this.report.error(
        [...path, key],
        `${key} must be ${range.integer === false ? 'a number' : 'an integer'} from ${range.min} to ${range.max}`,
      );
      return undefined;
    }
    return v;
  }

  boolean(ext: Extensions | undefined, key: string, path: ModelPath): boolean | undefined {
    const v = ext?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') {
      this.report.error([...path, key], `${key} must be true or false`);
      return undefined;
    }
    return v;
  }

  stringList(ext: Extensions | undefined, key: string, path: ModelPath): string[] | undefined {
    const v = ext?.[key];
    if (v === undefined || v === null) return undefined;
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s !== '')) {
      this.report.error([...path, key], `${key} must be a string or a list of strings`);
      return undefined;
    }
    return list as string[];
  }

  object(ext: Extensions | undefined, key: string, path: ModelPath): Record<string, unknown> | undefined {
    const v = ext?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.report.error([...path, key], `${key} must be a mapping`);
      return undefined;
    }
    return v as Record<string, unknown>;
  }
}

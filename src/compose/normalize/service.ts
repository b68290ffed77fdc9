// One service: every compose field either lands in the typed model, is handed to the ECS
// rules (which warn or fail with the reason), or is an "unknown field" error.
import type { ResourceFigures, Service } from '../model.js';
import type { Node } from '../node.js';
import { UNMODELLED_SERVICE_FIELDS } from '../ecs-rules.js';
import { RefusedVariable } from '../interpolate.js';
import { normalizeBuild } from './build.js';
import { normalizeCommand } from './command.js';
import { normalizeDeploy, emptyDeploy } from './deploy.js';
import { serviceGpus } from './gpus.js';
import { normalizeDependsOn } from './depends-on.js';
import { normalizeHealthcheck } from './healthcheck.js';
import { normalizePorts } from './ports.js';
import { normalizeFileRefs } from './refs.js';
import { normalizeServiceVolumes, tmpfsMounts } from './volumes.js';
import {
  asMap,
  bool,
  dict,
  duration,
  expected,
  fields,
  int,
  num,
  size,
  str,
  stringDict,
  stringList,
  strings,
  text,
  compact,
  type Ctx,
  type Handler,
  type Path,
} from './read.js';

export interface ServiceCtx extends Ctx {
  projectDir: string;
  /** Variables for `environment: [KEY]` entries without a value. */
  lookup: (name: string) => string | undefined;
  /** Variables of the service's env_file entries, read by env-file.ts beforehand. */
  envFileVars: (service: string) => Map<string, string | undefined>;
}

export function emptyService(name: string): Service {
  return {
    name,
    environment: {},
    capAdd: [],
    capDrop: [],
    ulimits: {},
    labels: {},
    ports: [],
    expose: [],
    volumes: [],
    secrets: [],
    configs: [],
    networks: {},
    links: [],
    dependsOn: {},
    profiles: [],
    devices: [],
    extraHosts: [],
    extensions: {},
  };
}

export function normalizeService(ctx: ServiceCtx, name: string, node: Node): Service | undefined {
  const path: Path = ['services', name];
  const map = asMap(ctx, node, path);
  if (!map) return undefined;
  const s = emptyService(name);
  let environment = new Map<string, string | null>();
  // Shorthands (cpus, mem_limit, ..., scale) are applied after `deploy:`, which wins per figure.
  const short: { limits: ResourceFigures; reservations: ResourceFigures; replicas?: number } = {
    limits: {},
    reservations: {},
  };
  const limit = (
    key: keyof ResourceFigures,
    value: number | undefined,
    kind: 'limits' | 'reservations' = 'limits',
  ) => {
    if (value !== undefined) short[kind][key] = value;
  };
  const handlers: Record<string, Handler> = {
    image: (v, p) => (s.image = str(ctx, v, p)),
    build: (v, p) => (s.build = normalizeBuild(ctx, v, p, ctx.projectDir)),
    command: (v, p) => (s.command = normalizeCommand(ctx, v, p)),
    entrypoint: (v, p) => (s.entrypoint = normalizeCommand(ctx, v, p)),
    environment: (v, p) => {
      for (const [key, { value, node }] of dict(ctx, v, p, true))
        environment.set(key, value ?? fromEnvironment(ctx, key, [...p, key], node) ?? null);
    },
    env_file: () => undefined, // read beforehand (env-file.ts); merged below
    working_dir: (v, p) => (s.workingDir = str(ctx, v, p)),
    user: (v, p) => (s.user = str(ctx, v, p)),
    init: (v, p) => (s.init = bool(ctx, v, p)),
    read_only: (v, p) => (s.readOnly = bool(ctx, v, p)),
    cap_add: (v, p) => (s.capAdd = stringList(ctx, v, p) ?? []),
    cap_drop: (v, p) => (s.capDrop = stringList(ctx, v, p) ?? []),
    ulimits: (v, p) => (s.ulimits = ulimits(ctx, v, p)),
    stop_grace_period: (v, p) => (s.stopGracePeriod = duration(ctx, v, p)),
    labels: (v, p) => (s.labels = stringDict(ctx, v, p)),
    sysctls: (v, p) => (s.sysctls = stringDict(ctx, v, p)),
    ports: (v, p) => (s.ports = normalizePorts(ctx, v, p)),
    expose: (v, p) => (s.expose = expose(ctx, v, p)),
    volumes: (v, p) => s.volumes.push(...normalizeServiceVolumes(ctx, v, p)),
    tmpfs: (v, p) => s.volumes.push(...tmpfsMounts(ctx, v, p)),
    secrets: (v, p) => (s.secrets = normalizeFileRefs(ctx, v, p)),
    configs: (v, p) => (s.configs = normalizeFileRefs(ctx, v, p)),
    networks: (v, p) => (s.networks = networks(ctx, v, p)),
    links: (v, p) => (s.links = links(ctx, v, p)),
    depends_on: (v, p) => (s.dependsOn = normalizeDependsOn(ctx, v, p)),
    healthcheck: (v, p) => (s.healthcheck = normalizeHealthcheck(ctx, v, p)),
    logging: (v, p) => (s.logging = logging(ctx, v, p)),
    deploy: (v, p) => (s.deploy = normalizeDeploy(ctx, v, p)),
    platform: (v, p) => (s.platform = str(ctx, v, p)),
    gpus: (v, p) => (s.gpus = serviceGpus(ctx, v, p)),
    profiles: (v, p) => (s.profiles = stringList(ctx, v, p) ?? []),
    restart: (v, p) => (s.restart = str(ctx, v, p)),
    network_mode: (v, p) => (s.networkMode = str(ctx, v, p)),
    privileged: (v, p) => (s.privileged = bool(ctx, v, p)),
    pid: (v, p) => (s.pid = str(ctx, v, p) ?? undefined),
    devices: (v, p) => (s.devices = devices(ctx, v, p)),
    extra_hosts: (v, p) => (s.extraHosts = extraHosts(ctx, v, p)),
    hostname: (v, p) => (s.hostname = str(ctx, v, p)),
    tty: (v, p) => (s.tty = bool(ctx, v, p)),
    stdin_open: (v, p) => (s.stdinOpen = bool(ctx, v, p)),
    // Shorthands Compose folds into deploy; `deploy:` wins where both are written.
    cpus: (v, p) => limit('cpus', num(ctx, v, p)),
    mem_limit: (v, p) => limit('memory', size(ctx, v, p)),
    mem_reservation: (v, p) => limit('memory', size(ctx, v, p), 'reservations'),
    pids_limit: (v, p) => limit('pids', int(ctx, v, p)),
    scale: (v, p) => (short.replicas = int(ctx, v, p)),
  };
  // Fields with no place in the model: accepted here, judged by ecs-rules.ts.
  fields(
    ctx,
    map,
    path,
    handlers,
    `service ${JSON.stringify(name)}`,
    s.extensions,
    UNMODELLED_SERVICE_FIELDS,
  );
  applyShorthands(s, short);

  // env_file values first, then `environment` overrides them.
  const merged: Record<string, string | null> = {};
  for (const [key, value] of ctx.envFileVars(name)) merged[key] = value ?? ctx.lookup(key) ?? null;
  for (const [key, value] of environment) merged[key] = value;
  s.environment = merged;
  environment = new Map();

  if (!map.entries.has('image') && !map.entries.has('build'))
    ctx.diags.error(`service ${JSON.stringify(name)} needs an image or a build section`, path, map.loc);
  // A network_mode: service:<name> sidecar shares that service's networks; any other service (including one
  // whose network_mode Fargate ignores, such as bridge) joins the default network as under compose.
  if (Object.keys(s.networks).length === 0 && !s.networkMode?.startsWith('service:'))
    s.networks = { default: { aliases: [] } };
  return compact(s);
}

function applyShorthands(
  s: Service,
  short: { limits: ResourceFigures; reservations: ResourceFigures; replicas?: number },
): void {
  const hasFigures = Object.keys(short.limits).length + Object.keys(short.reservations).length > 0;
  if (!hasFigures && short.replicas === undefined) return;
  const deploy = (s.deploy ??= emptyDeploy());
  if (short.replicas !== undefined) deploy.replicas ??= short.replicas;
  for (const kind of ['limits', 'reservations'] as const) {
    if (Object.keys(short[kind]).length > 0)
      deploy.resources[kind] = { ...short[kind], ...deploy.resources[kind] };
  }
}

function expose(ctx: Ctx, node: Node, path: Path): string[] {
  if (node.kind !== 'seq') return expected(ctx, node, path, 'a list of ports') ?? [];
  const out: string[] = [];
  node.items.forEach((item, i) => {
    const t =
      item.kind === 'scalar' && (typeof item.value === 'string' || typeof item.value === 'number')
        ? String(item.value)
        : undefined;
    if (t !== undefined && /^\d+(-\d+)?(\/(tcp|udp))?$/.test(t)) out.push(t);
    else expected(ctx, item, [...path, i], 'a container port such as 3000, "3000-3005" or "53/udp"');
  });
  return out;
}

export function ulimits(ctx: Ctx, node: Node, path: Path): Service['ulimits'] {
  const out: Service['ulimits'] = {};
  const map = asMap(ctx, node, path);
  for (const [key, entry] of map?.entries ?? []) {
    const p = [...path, key];
    const v = entry.value;
    if (v.kind === 'map') {
      const limits: { soft?: number; hard?: number } = {};
      fields(
        ctx,
        v,
        p,
        { soft: (n, q) => (limits.soft = int(ctx, n, q)), hard: (n, q) => (limits.hard = int(ctx, n, q)) },
        'a ulimit',
      );
      if (limits.soft !== undefined && limits.hard !== undefined)
        out[key] = { soft: limits.soft, hard: limits.hard };
      else if (v.entries.size > 0 && (!v.entries.has('soft') || !v.entries.has('hard')))
        expected(ctx, v, p, 'both soft and hard');
    } else {
      const n = int(ctx, v, p);
      if (n !== undefined) out[key] = { soft: n, hard: n };
    }
  }
  return out;
}

function networks(ctx: Ctx, node: Node, path: Path): Service['networks'] {
  const out: Service['networks'] = {};
  if (node.kind === 'seq') {
    for (const name of stringList(ctx, node, path) ?? []) out[name] = { aliases: [] };
    return out;
  }
  const map = asMap(ctx, node, path, 'a list of network names or a mapping');
  for (const [name, entry] of map?.entries ?? []) {
    const p = [...path, name];
    const attachment = { aliases: [] as string[] };
    out[name] = attachment;
    const v = entry.value;
    if (v.kind === 'scalar' && v.value === null) continue;
    const m = asMap(ctx, v, p);
    if (!m) continue;
    const ignored = (why: string) => (n: Node, q: Path) => ctx.diags.warn(`ignored on ECS: ${why}`, q, n.loc);
    const noFixedIp = (n: Node, q: Path) =>
      ctx.diags.error('Fargate assigns task IP addresses itself; remove the fixed address', q, n.loc);
    fields(
      ctx,
      m,
      p,
      {
        aliases: (n, q) => (attachment.aliases = stringList(ctx, n, q) ?? []),
        ipv4_address: noFixedIp,
        ipv6_address: noFixedIp,
        link_local_ips: noFixedIp,
        mac_address: noFixedIp,
        priority: ignored('tasks have a single network interface'),
        gw_priority: ignored('tasks have a single network interface'),
        interface_name: ignored('tasks have a single network interface'),
        driver_opts: ignored('ECS does not use Docker network drivers'),
      },
      'a service network attachment',
    );
  }
  return out;
}

function logging(ctx: Ctx, node: Node, path: Path): Service['logging'] {
  const map = asMap(ctx, node, path);
  if (!map) return undefined;
  const out: NonNullable<Service['logging']> = { options: {} };
  fields(
    ctx,
    map,
    path,
    {
      driver: (v, p) => (out.driver = str(ctx, v, p)),
      options: (v, p) => {
        const m = asMap(ctx, v, p);
        for (const [key, entry] of m?.entries ?? []) {
          if (entry.value.kind === 'scalar' && entry.value.value === null) continue;
          const t = text(ctx, entry.value, [...p, key]);
          if (t !== undefined) out.options[key] = t;
        }
      },
    },
    'logging',
  );
  return compact(out);
}

function devices(ctx: Ctx, node: Node, path: Path): string[] {
  if (node.kind !== 'seq') return expected(ctx, node, path, 'a list of devices') ?? [];
  return node.items.flatMap((item, i) => {
    if (item.kind === 'map') {
      const src = item.entries.get('source')?.value;
      return src?.kind === 'scalar' && typeof src.value === 'string'
        ? [src.value]
        : (expected(ctx, item, [...path, i], 'a device with a source') ?? []);
    }
    const t = str(ctx, item, [...path, i]);
    return t === undefined ? [] : [t];
  });
}

/** `links: [db, "db:database"]`: SERVICE or SERVICE:ALIAS. */
function links(ctx: Ctx, node: Node, path: Path): Service['links'] {
  return (stringList(ctx, node, path) ?? []).map((l) => {
    const [service = '', alias] = l.split(':');
    return { service, alias: alias || service };
  });
}

export function extraHosts(ctx: Ctx, node: Node, path: Path): string[] {
  if (node.kind === 'map') {
    const out: string[] = [];
    for (const [host, entry] of node.entries) {
      const ips = strings(ctx, entry.value, [...path, host]) ?? [];
      for (const ip of ips) out.push(`${host}=${ip}`);
    }
    return out;
  }
  return (stringList(ctx, node, path) ?? []).map((h) => h.replace(/^([^:=]+):(?!.*=)/, '$1='));
}

/** A bare `environment: [KEY]` takes the environment's value: never a runner credential's. */
function fromEnvironment(ctx: ServiceCtx, key: string, path: Path, node: Node): string | undefined {
  try {
    return ctx.lookup(key);
  } catch (err) {
    if (!(err instanceof RefusedVariable)) throw err;
    ctx.diags.error(err.message, path, node.loc);
    return undefined;
  }
}

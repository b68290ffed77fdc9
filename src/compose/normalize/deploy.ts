// deploy: replicas, resources, update/rollback config, restart policy. Service-level `cpus`,
// `mem_limit`, `mem_reservation`, `pids_limit` and `scale` are folded in by the service pass.
import type { Deploy, ResourceFigures, UpdateConfig } from '../model.js';
import type { Node } from '../node.js';
import { toPlain } from '../node.js';
import { reservedDevices } from './gpus.js';
import {
  asMap,
  fields,
  int,
  num,
  oneOf,
  size,
  str,
  stringDict,
  duration,
  compact,
  type Ctx,
  type Path,
} from './read.js';

export function emptyDeploy(): Deploy {
  return { resources: {}, labels: {}, extensions: {} };
}

export function normalizeDeploy(ctx: Ctx, node: Node, path: Path): Deploy | undefined {
  const map = asMap(ctx, node, path);
  if (!map) return undefined;
  const deploy = emptyDeploy();
  const ignored = (why: string) => (v: Node, p: Path) => ctx.diags.warn(`ignored on ECS: ${why}`, p, v.loc);
  fields(
    ctx,
    map,
    path,
    {
      mode: (v, p) =>
        (deploy.mode = oneOf(ctx, v, p, ['replicated', 'global', 'replicated-job', 'global-job'] as const)),
      replicas: (v, p) => (deploy.replicas = int(ctx, v, p)),
      resources: (v, p) => resources(ctx, v, p, deploy),
      update_config: (v, p) => (deploy.updateConfig = updateConfig(ctx, v, p)),
      rollback_config: (v, p) => (deploy.rollbackConfig = updateConfig(ctx, v, p)),
      restart_policy: (v, p) => (deploy.restartPolicy = restartPolicy(ctx, v, p)),
      labels: (v, p) => (deploy.labels = stringDict(ctx, v, p)),
      placement: (v) => (deploy.placement = toPlain(v)),
      endpoint_mode: ignored('ECS services are reached through their load balancer or service discovery'),
    },
    'deploy',
    deploy.extensions,
  );
  return compact(deploy);
}

function resources(ctx: Ctx, node: Node, path: Path, deploy: Deploy): void {
  const map = asMap(ctx, node, path);
  if (!map) return;
  fields(
    ctx,
    map,
    path,
    {
      limits: (v, p) => (deploy.resources.limits = figures(ctx, v, p, 'limits')),
      reservations: (v, p) => (deploy.resources.reservations = figures(ctx, v, p, 'reservations')),
    },
    'deploy.resources',
  );
}

function figures(
  ctx: Ctx,
  node: Node,
  path: Path,
  kind: 'limits' | 'reservations',
): ResourceFigures | undefined {
  const map = asMap(ctx, node, path);
  if (!map) return undefined;
  const out: ResourceFigures = {};
  const refuse = (why: string) => (v: Node, p: Path) => ctx.diags.error(why, p, v.loc);
  fields(
    ctx,
    map,
    path,
    {
      cpus: (v, p) => (out.cpus = num(ctx, v, p)),
      memory: (v, p) => (out.memory = size(ctx, v, p)),
      pids: (v, p) => (out.pids = int(ctx, v, p)),
      // Compose reserves devices; it has no device limits.
      devices:
        kind === 'reservations'
          ? (v, p) => (out.gpus = reservedDevices(ctx, v, p))
          : refuse('devices are reserved, not limited: move them to deploy.resources.reservations.devices'),
      generic_resources: refuse(
        'ECS has no Swarm generic resources; reserve GPUs with devices: [{capabilities: [gpu], count: N}]',
      ),
    },
    'resources',
  );
  return compact(out);
}

function updateConfig(ctx: Ctx, node: Node, path: Path): UpdateConfig | undefined {
  const map = asMap(ctx, node, path);
  if (!map) return undefined;
  const out: UpdateConfig = { extensions: {} };
  fields(
    ctx,
    map,
    path,
    {
      parallelism: (v, p) => (out.parallelism = int(ctx, v, p)),
      delay: (v, p) => (out.delay = duration(ctx, v, p)),
      failure_action: (v, p) =>
        (out.failureAction = oneOf(ctx, v, p, ['continue', 'rollback', 'pause'] as const)),
      monitor: (v, p) => (out.monitor = duration(ctx, v, p)),
      max_failure_ratio: (v, p) => (out.maxFailureRatio = num(ctx, v, p)),
      order: (v, p) => (out.order = oneOf(ctx, v, p, ['start-first', 'stop-first'] as const)),
    },
    'an update or rollback config',
    out.extensions,
  );
  return compact(out);
}

function restartPolicy(ctx: Ctx, node: Node, path: Path): Deploy['restartPolicy'] {
  const map = asMap(ctx, node, path);
  if (!map) return undefined;
  const out: NonNullable<Deploy['restartPolicy']> = {};
  const ignored = (v: Node, p: Path) => {
    if (duration(ctx, v, p) !== undefined)
      ctx.diags.warn('ignored on ECS: the service scheduler decides when to restart tasks', p, v.loc);
  };
  fields(
    ctx,
    map,
    path,
    {
      condition: (v, p) => (out.condition = str(ctx, v, p)),
      max_attempts: (v, p) => (out.maxAttempts = int(ctx, v, p)),
      delay: ignored,
      window: ignored,
    },
    'restart_policy',
  );
  return compact(out);
}

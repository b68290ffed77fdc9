// Top-level resources: networks, volumes, secrets, configs (services are normalize/service.ts).
import type { ConfigDefinition, Network, SecretDefinition, Volume } from '../model.js';
import type { Node } from '../node.js';
import { asMap, bool, fields, str, stringDict, text, type Ctx, type Handler, type Path } from './read.js';

/** Calls `each` for every entry of a top-level section; a null entry means "all defaults". */
export function eachResource<T>(
  ctx: Ctx,
  node: Node | undefined,
  section: string,
  each: (name: string, map: Node | undefined, path: Path) => T | undefined,
): Record<string, T> {
  const out: Record<string, T> = {};
  if (!node) return out;
  const map = asMap(ctx, node, [section]);
  for (const [name, entry] of map?.entries ?? []) {
    const v = entry.value;
    const value = each(name, v.kind === 'scalar' && v.value === null ? undefined : v, [section, name]);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** `external: true` plus `name:` gives the external resource's real name. */
function externalHandlers(
  ctx: Ctx,
  r: { external: boolean; externalName?: string; name: string },
): Record<string, Handler> {
  return {
    external: (v, p) => {
      if (v.kind === 'map') {
        // Legacy form `external: { name: x }`.
        r.external = true;
        fields(ctx, v, p, { name: (n, q) => (r.externalName = str(ctx, n, q)) }, 'external');
      } else r.external = bool(ctx, v, p) ?? false;
    },
    name: (v, p) => (r.externalName = str(ctx, v, p)),
  };
}

function finish<T extends { external: boolean; externalName?: string; name: string }>(r: T): T {
  // A custom `name:` on a resource the project creates renames it; keep it as the name.
  if (!r.external && r.externalName !== undefined) {
    r.name = r.externalName;
    delete r.externalName;
  }
  for (const key of Object.keys(r) as (keyof T)[]) if (r[key] === undefined) delete r[key];
  return r;
}

export function normalizeNetwork(
  ctx: Ctx,
  name: string,
  node: Node | undefined,
  path: Path,
): Network | undefined {
  const n: Network = { name, external: false, extensions: {} };
  const map = node && asMap(ctx, node, path);
  if (node && !map) return undefined;
  const ignored = (v: Node, p: Path) =>
    ctx.diags.warn('ignored on ECS: networks become security groups in the VPC', p, v.loc);
  if (map) {
    fields(
      ctx,
      map,
      path,
      {
        ...externalHandlers(ctx, n),
        driver: (v, p) => (n.driver = str(ctx, v, p)),
        internal: (v, p) => (n.internal = bool(ctx, v, p)),
        driver_opts: ignored,
        attachable: ignored,
        enable_ipv4: ignored,
        enable_ipv6: ignored,
        ipam: ignored,
        labels: ignored,
      },
      `network ${JSON.stringify(name)}`,
      n.extensions,
    );
  }
  return finish(n);
}

export function normalizeVolume(
  ctx: Ctx,
  name: string,
  node: Node | undefined,
  path: Path,
): Volume | undefined {
  const v: Volume = { name, external: false, driverOpts: {}, extensions: {} };
  const map = node && asMap(ctx, node, path);
  if (node && !map) return undefined;
  if (map) {
    fields(
      ctx,
      map,
      path,
      {
        ...externalHandlers(ctx, v),
        driver: (n, p) => (v.driver = str(ctx, n, p)),
        driver_opts: (n, p) => (v.driverOpts = stringDict(ctx, n, p)),
        labels: (n, p) => void stringDict(ctx, n, p),
      },
      `volume ${JSON.stringify(name)}`,
      v.extensions,
    );
  }
  return finish(v);
}

export function normalizeSecret(
  ctx: Ctx,
  name: string,
  node: Node | undefined,
  path: Path,
): SecretDefinition | undefined {
  return fileResource(ctx, name, node, path, 'secret') as SecretDefinition | undefined;
}

export function normalizeConfig(
  ctx: Ctx,
  name: string,
  node: Node | undefined,
  path: Path,
): ConfigDefinition | undefined {
  return fileResource(ctx, name, node, path, 'config');
}

function fileResource(
  ctx: Ctx,
  name: string,
  node: Node | undefined,
  path: Path,
  kind: 'secret' | 'config',
): ConfigDefinition | undefined {
  const r: ConfigDefinition = { name, external: false, extensions: {} };
  const map = node && asMap(ctx, node, path);
  if (!map) {
    if (!node)
      ctx.diags.error(
        `a ${kind} needs file, environment${kind === 'config' ? ', content' : ''} or external`,
        path,
        undefined,
      );
    return undefined;
  }
  const handlers: Record<string, Handler> = {
    ...externalHandlers(ctx, r),
    file: (v, p) => (r.file = str(ctx, v, p)),
    environment: (v, p) => (r.environment = str(ctx, v, p)),
    labels: (v, p) => void stringDict(ctx, v, p),
    driver: (v, p) => ctx.diags.warn(`ignored on ECS: ${kind} drivers are a Swarm feature`, p, v.loc),
    driver_opts: (v, p) => ctx.diags.warn(`ignored on ECS: ${kind} drivers are a Swarm feature`, p, v.loc),
    template_driver: (v, p) =>
      ctx.diags.warn(`ignored on ECS: ${kind} templates are a Swarm feature`, p, v.loc),
  };
  if (kind === 'config') handlers.content = (v, p) => (r.content = text(ctx, v, p));
  fields(ctx, map, path, handlers, `${kind} ${JSON.stringify(name)}`, r.extensions);
  const sources =
    ['file', 'environment', 'content'].filter((k) => map.entries.has(k)).length + (r.external ? 1 : 0);
  if (sources !== 1)
    ctx.diags.error(
      `a ${kind} needs exactly one of file, environment${kind === 'config' ? ', content' : ''} or external: true`,
      path,
      map.loc,
    );
  return finish(r);
}

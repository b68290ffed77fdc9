// build: a context path, or the long form. Relative paths were made absolute by paths.ts (the context)
// or are made absolute here against the context's project directory (ssh keys, additional contexts).
// Every field of the Compose build spec is decoded into a typed field; which engine can honour it is
// the images stage's decision (src/images/build-support.ts), made before anything is built.
import { isAbsolute, resolve } from 'node:path';
import type { Build } from '../model.js';
import type { Node } from '../node.js';
import { toPlain } from '../node.js';
import { normalizeFileRefs } from './refs.js';
import {
  asMap,
  bool,
  dict,
  expected,
  fields,
  size,
  str,
  stringDict,
  stringList,
  strings,
  text,
  type Ctx,
  type Path,
} from './read.js';
import { extraHosts, ulimits } from './service.js';

/** Values of additional_contexts that are not local directories. */
const NAMED_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|docker-image:|service:|target:|oci-layout:)/i;

export function normalizeBuild(ctx: Ctx, node: Node, path: Path, projectDir: string): Build | undefined {
  const build: Build = {
    context: projectDir,
    dockerfile: 'Dockerfile',
    args: {},
    labels: {},
    platforms: [],
    extensions: {},
  };
  if (node.kind === 'scalar' && typeof node.value === 'string') {
    build.context = node.value;
    return build;
  }
  const map = asMap(ctx, node, path, 'a build context path or a mapping');
  if (!map) return undefined;
  const ignored = (why: string) => (v: Node, p: Path) => ctx.diags.warn(`ignored: ${why}`, p, v.loc);
  const local = (p: string) => (isAbsolute(p) || NAMED_SOURCE.test(p) ? p : resolve(projectDir, p));
  fields(
    ctx,
    map,
    path,
    {
      context: (v, p) => (build.context = str(ctx, v, p) ?? build.context),
      dockerfile: (v, p) => (build.dockerfile = str(ctx, v, p) ?? build.dockerfile),
      dockerfile_inline: (v, p) => (build.dockerfileInline = str(ctx, v, p)),
      args: (v, p) => (build.args = stringDict(ctx, v, p)),
      target: (v, p) => (build.target = str(ctx, v, p)),
      labels: (v, p) => (build.labels = stringDict(ctx, v, p)),
      platforms: (v, p) => (build.platforms = stringList(ctx, v, p) ?? []),
      secrets: (v, p) =>
        (build.secrets = normalizeFileRefs(ctx, v, p).map((r) => ({
          source: r.source,
          id: r.target ?? r.source,
        }))),
      ssh: (v, p) => (build.ssh = sshEntries(ctx, v, p, local)),
      additional_contexts: (v, p) =>
        (build.additionalContexts = Object.fromEntries(
          [...dict(ctx, v, p)].map(([name, { value }]) => [name, local(value!)]),
        )),
      cache_from: (v, p) => (build.cacheFrom = stringList(ctx, v, p)),
      cache_to: (v, p) => (build.cacheTo = stringList(ctx, v, p)),
      extra_hosts: (v, p) => (build.extraHosts = extraHosts(ctx, v, p)),
      network: (v, p) => (build.network = str(ctx, v, p)),
      shm_size: (v, p) => (build.shmSize = size(ctx, v, p)),
      tags: (v, p) => (build.tags = stringList(ctx, v, p)),
      pull: (v, p) => (build.pull = bool(ctx, v, p)),
      no_cache: (v, p) => (build.noCache = bool(ctx, v, p)),
      privileged: (v, p) => (build.privileged = bool(ctx, v, p)),
      ulimits: (v, p) => (build.ulimits = ulimits(ctx, v, p)),
      entitlements: (v, p) => (build.entitlements = stringList(ctx, v, p)),
      provenance: (v, p) => (build.provenance = attestation(ctx, v, p)),
      sbom: (v, p) => (build.sbom = attestation(ctx, v, p)),
      isolation: ignored('build isolation is a Windows-only option'),
    },
    'build',
    build.extensions,
  );
  // "When set, the dockerfile attribute is not allowed and Compose rejects any Compose file having both
  // set" (https://github.com/compose-spec/compose-spec/blob/main/build.md#dockerfile_inline): one of them
  // would be silently ignored.
  const inline = map.entries.get('dockerfile_inline');
  if (inline && map.entries.has('dockerfile'))
    ctx.diags.error(
      'dockerfile and dockerfile_inline are both set: Compose takes one or the other (remove one, or `!reset` it in an override file)',
      [...path, 'dockerfile_inline'],
      inline.keyLoc,
    );
  for (const key of Object.keys(build) as Array<keyof Build>) if (build[key] === undefined) delete build[key];
  return build;
}

/** `ssh`: a list of `id` or `id=path[,path]`, or a mapping of id to path. `default` alone = the agent. */
function sshEntries(
  ctx: Ctx,
  node: Node,
  path: Path,
  local: (p: string) => string,
): NonNullable<Build['ssh']> {
  const entry = (id: string, value: string | undefined) => ({
    id,
    paths: value ? value.split(',').map((p) => local(p.trim())) : [],
  });
  if (node.kind === 'map')
    return [...node.entries].map(([id, e]) => entry(id, text(ctx, e.value, [...path, id]) ?? ''));
  return (strings(ctx, node, path) ?? []).map((item) => {
    const eq = item.indexOf('=');
    return eq < 0 ? entry(item, undefined) : entry(item.slice(0, eq), item.slice(eq + 1));
  });
}

/** provenance / sbom: a boolean, or the builder's own option string. */
function attestation(ctx: Ctx, node: Node, path: Path): string | undefined {
  const v = toPlain(node);
  if (typeof v === 'boolean' || typeof v === 'string') return String(v);
  return expected(ctx, node, path, 'true, false or a builder option string');
}

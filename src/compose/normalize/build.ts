// build: a context path, or the long form. Relative paths were made absolute by paths.ts.
import type { Build } from '../model.js';
import type { Node } from '../node.js';
import { toPlain } from '../node.js';
import { asMap, fields, str, stringDict, stringList, type Ctx, type Path } from './read.js';

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
  const keep = (key: string) => (v: Node) => ((build.options ??= {})[key] = toPlain(v));
  fields(
    ctx,
    map,
    path,
    {
      context: (v, p) => (build.context = str(ctx, v, p) ?? build.context),
      dockerfile: (v, p) => (build.dockerfile = str(ctx, v, p) ?? build.dockerfile),
      args: (v, p) => (build.args = stringDict(ctx, v, p)),
      target: (v, p) => (build.target = str(ctx, v, p)),
      labels: (v, p) => (build.labels = stringDict(ctx, v, p)),
      platforms: (v, p) => (build.platforms = stringList(ctx, v, p) ?? []),
      // Options the image builder may pass through; kept verbatim for it.
      dockerfile_inline: keep('dockerfile_inline'),
      cache_from: keep('cache_from'),
      cache_to: keep('cache_to'),
      additional_contexts: keep('additional_contexts'),
      secrets: keep('secrets'),
      ssh: keep('ssh'),
      tags: keep('tags'),
      network: keep('network'),
      no_cache: keep('no_cache'),
      pull: keep('pull'),
      shm_size: keep('shm_size'),
      extra_hosts: keep('extra_hosts'),
      isolation: ignored('build isolation is a Windows-only option'),
      privileged: keep('privileged'),
      ulimits: keep('ulimits'),
      entitlements: keep('entitlements'),
      provenance: keep('provenance'),
      sbom: keep('sbom'),
    },
    'build',
    build.extensions,
  );
  if (build.target === undefined) delete build.target;
  return build;
}

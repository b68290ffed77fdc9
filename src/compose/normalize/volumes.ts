// Service volumes: short `[SOURCE:]TARGET[:MODE]` (a SOURCE that is a path means a bind mount,
// otherwise a named volume) and the long form; service `tmpfs:` entries become tmpfs mounts.
import type { VolumeMount } from '../model.js';
import type { Node } from '../node.js';
import {
  asMap,
  bool,
  expected,
  fields,
  int,
  oneOf,
  setOrigin,
  size,
  str,
  strings,
  type Ctx,
  type Path,
} from './read.js';

const MODES = new Set([
  'ro',
  'rw',
  'z',
  'Z',
  'nocopy',
  'shared',
  'slave',
  'private',
  'rshared',
  'rslave',
  'rprivate',
  'consistent',
  'cached',
  'delegated',
]);

/** True when a short-syntax source names a host path rather than a volume. */
export function isPathSource(source: string): boolean {
  return /^(\.|\/|~|[A-Za-z]:[\\/]|\\\\)/.test(source);
}

/** Splits `src:target:mode`, keeping Windows drive letters (`C:\x`) inside the source. */
export function splitShortVolume(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const driveColon =
      c === ':' &&
      current.length === 1 &&
      /[A-Za-z]/.test(current) &&
      parts.length === 0 &&
      /[\\/]/.test(text[i + 1] ?? '');
    if (c === ':' && !driveColon) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** Merge key: the container path. */
export function volumeKey(node: Node): string | undefined {
  if (node.kind === 'scalar' && typeof node.value === 'string') {
    const parts = splitShortVolume(node.value);
    return parts.length === 1 ? parts[0] : parts[1];
  }
  const t = node.kind === 'map' ? node.entries.get('target')?.value : undefined;
  return t?.kind === 'scalar' && t.value !== null ? String(t.value) : undefined;
}

export function normalizeServiceVolumes(ctx: Ctx, node: Node, path: Path): VolumeMount[] {
  if (node.kind !== 'seq') return expected(ctx, node, path, 'a list of volumes') ?? [];
  const out: VolumeMount[] = [];
  node.items.forEach((item, i) => {
    const at = [...path, i];
    const mount =
      item.kind === 'scalar' && typeof item.value === 'string'
        ? shortVolume(ctx, item, item.value, at)
        : longVolume(ctx, item, at);
    if (mount) out.push(setOrigin(mount, at));
  });
  return out;
}

function shortVolume(ctx: Ctx, node: Node, text: string, path: Path): VolumeMount | undefined {
  const parts = splitShortVolume(text);
  if (parts.length > 3 || parts.some((p) => p === ''))
    return expected(
      ctx,
      node,
      path,
      'a volume such as "data:/var/lib/data", "./src:/app:ro" or "/tmp/cache"',
    );
  const [first, second, modeText] = parts as [string, string?, string?];
  const modes = modeText?.split(',') ?? [];
  const bad = modes.find((m) => !MODES.has(m));
  if (bad !== undefined)
    return expected(ctx, node, path, `volume options from ${[...MODES].join(', ')} (found "${bad}")`);
  const readOnly = modes.includes('ro');
  if (second === undefined) return { type: 'volume', target: first, readOnly };
  if (isPathSource(first))
    return withWritten({ type: 'bind', source: first, target: second, readOnly }, node);
  const mount: VolumeMount = { type: 'volume', source: first, target: second, readOnly };
  if (modes.includes('nocopy')) mount.nocopy = true;
  return mount;
}

function longVolume(ctx: Ctx, node: Node, path: Path): VolumeMount | undefined {
  const map = asMap(ctx, node, path, 'a volume string or mapping');
  if (!map) return undefined;
  const typeNode = map.entries.get('type')?.value;
  if (!typeNode) {
    ctx.diags.error('a volume in long form needs `type` (volume, bind, tmpfs, ...)', path, map.loc);
    return undefined;
  }
  const type = oneOf(ctx, typeNode, [...path, 'type'], [
    'volume',
    'bind',
    'tmpfs',
    'npipe',
    'cluster',
    'image',
  ] as const);
  if (!type) return undefined;
  const v: {
    source?: string;
    target?: string;
    readOnly: boolean;
    nocopy?: boolean;
    subpath?: string;
    size?: number;
    mode?: number;
  } = { readOnly: false };
  let sourceNode: Node | undefined;
  const sub = (what: string, handlers: Record<string, (n: Node, p: Path) => void>) => (n: Node, p: Path) => {
    const m = asMap(ctx, n, p);
    if (m) fields(ctx, m, p, handlers, what);
  };
  const ignoredOption = (n: Node, p: Path) =>
    ctx.diags.warn('ignored on ECS: mount options are set by the platform', p, n.loc);
  fields(
    ctx,
    map,
    path,
    {
      type: () => undefined,
      source: (n, p) => {
        v.source = str(ctx, n, p);
        sourceNode = n;
      },
      target: (n, p) => (v.target = str(ctx, n, p)),
      read_only: (n, p) => (v.readOnly = bool(ctx, n, p) ?? false),
      consistency: ignoredOption,
      bind: sub('bind options', {
        propagation: ignoredOption,
        create_host_path: ignoredOption,
        selinux: ignoredOption,
        recursive: ignoredOption,
      }),
      volume: sub('volume options', {
        nocopy: (n, p) => (v.nocopy = bool(ctx, n, p)),
        subpath: (n, p) => (v.subpath = str(ctx, n, p)),
        labels: ignoredOption,
      }),
      tmpfs: sub('tmpfs options', {
        size: (n, p) => (v.size = size(ctx, n, p)),
        mode: (n, p) => (v.mode = int(ctx, n, p)),
      }),
      image: sub('image options', { subpath: (n, p) => (v.subpath = str(ctx, n, p)) }),
    },
    'a volume',
    undefined,
  );
  if (v.target === undefined) {
    if (!map.entries.has('target'))
      ctx.diags.error('a volume in long form needs `target` (the path in the container)', path, map.loc);
    return undefined;
  }
  const target = v.target;
  if (type === 'tmpfs')
    return {
      type,
      target,
      ...(v.size !== undefined && { size: v.size }),
      ...(v.mode !== undefined && { mode: v.mode }),
    };
  if (type === 'bind') {
    if (!v.source) return expected(ctx, map, path, 'a bind mount with a `source` path');
    return withWritten({ type, source: v.source, target, readOnly: v.readOnly }, sourceNode);
  }
  if (type === 'volume') {
    return {
      type,
      target,
      readOnly: v.readOnly,
      ...(v.source !== undefined && { source: v.source }),
      ...(v.nocopy !== undefined && { nocopy: v.nocopy }),
      ...(v.subpath !== undefined && { subpath: v.subpath }),
    };
  }
  return { type, target, readOnly: v.readOnly, ...(v.source !== undefined && { source: v.source }) };
}

/** Service-level `tmpfs: /run` or a list of `/path[:options]`. */
export function tmpfsMounts(ctx: Ctx, node: Node, path: Path): VolumeMount[] {
  const list = strings(ctx, node, path) ?? [];
  return list.map((entry, i) => {
    const [target, options = ''] = entry.split(/:(.*)/s) as [string, string?];
    const mount: VolumeMount = { type: 'tmpfs', target };
    const sizeOpt = /(?:^|,)size=([^,]+)/.exec(options ?? '')?.[1];
    const modeOpt = /(?:^|,)mode=([0-7]+)/.exec(options ?? '')?.[1];
    if (sizeOpt !== undefined) {
      const bytes = /^\d+$/.test(sizeOpt) ? Number(sizeOpt) : undefined;
      if (bytes !== undefined) mount.size = bytes;
    }
    if (modeOpt !== undefined) mount.mode = parseInt(modeOpt, 8);
    return setOrigin(mount, node.kind === 'seq' ? [...path, i] : path);
  });
}

/** Keeps the source as written (see paths.ts) beside the absolute one, for messages. */
function withWritten(mount: Extract<VolumeMount, { type: 'bind' }>, node: Node | undefined): VolumeMount {
  const written = node?.kind === 'scalar' ? node.written : undefined;
  return written === undefined ? mount : { ...mount, written };
}

// Service `secrets:` / `configs:` entries: a name, or the long form with target/uid/gid/mode.
import type { ServiceFileReference } from '../model.js';
import type { Node } from '../node.js';
import { asMap, expected, fields, int, str, compact, type Ctx, type Path } from './read.js';

/** Merge key: the source name (one mount per secret or config). */
export function refKey(node: Node): string | undefined {
  if (node.kind === 'scalar' && typeof node.value === 'string') return node.value;
  const s = node.kind === 'map' ? node.entries.get('source')?.value : undefined;
  return s?.kind === 'scalar' && typeof s.value === 'string' ? s.value : undefined;
}

export function normalizeFileRefs(ctx: Ctx, node: Node, path: Path): ServiceFileReference[] {
  if (node.kind !== 'seq') return expected(ctx, node, path, 'a list of names or mappings') ?? [];
  const out: ServiceFileReference[] = [];
  node.items.forEach((item, i) => {
    const at = [...path, i];
    if (item.kind === 'scalar') {
      const source = str(ctx, item, at);
      if (source !== undefined) out.push({ source, extensions: {} });
      return;
    }
    const map = asMap(ctx, item, at, 'a name or a mapping');
    if (!map) return;
    const ref: Partial<ServiceFileReference> & { extensions: Record<string, unknown> } = { extensions: {} };
    fields(
      ctx,
      map,
      at,
      {
        source: (v, p) => (ref.source = str(ctx, v, p)),
        target: (v, p) => (ref.target = str(ctx, v, p)),
        uid: (v, p) => (ref.uid = numericId(ctx, v, p)),
        gid: (v, p) => (ref.gid = numericId(ctx, v, p)),
        mode: (v, p) => (ref.mode = fileMode(ctx, v, p)),
      },
      'a secret or config reference',
      ref.extensions,
    );
    if (ref.source === undefined) {
      if (!map.entries.has('source'))
        ctx.diags.error('needs `source` (the name of a top-level secret or config)', at, map.loc);
      return;
    }
    out.push(compact(ref) as ServiceFileReference);
  });
  return out;
}

/** Largest permission mode (setuid, setgid, sticky, rwx ×3): chmod in the init container refuses more. */
const MAX_FILE_MODE = 0o7777;

/** File modes are written in octal as a string ("0440") or as a YAML number (0o440 / 288). */
function fileMode(ctx: Ctx, node: Node, path: Path): number | undefined {
  if (node.kind === 'scalar' && typeof node.value === 'string' && /^0?[0-7]{1,4}$/.test(node.value))
    return parseInt(node.value, 8);
  const mode = int(ctx, node, path);
  if (mode === undefined || mode <= MAX_FILE_MODE) return mode;
  return expected(ctx, node, path, 'a file mode of at most 0o7777 (in octal, e.g. 0440)');
}

/**
 * uid / gid: a numeric id, as a string ("1000") or a YAML number. Names cannot be resolved outside the
 * image, and the value ends up in a shell command (the secrets init container's chown).
 */
function numericId(ctx: Ctx, node: Node, path: Path): string | undefined {
  const v = node.kind === 'scalar' ? node.value : undefined;
  const id =
    typeof v === 'string' && /^[0-9]+$/.test(v)
      ? v
      : typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
        ? String(v)
        : undefined;
  // Linux ids are 32 bits and 4294967295 means "none" to chown: anything larger fails in the init container.
  if (id !== undefined && Number(id) <= MAX_ID) return id;
  return expected(
    ctx,
    node,
    path,
    'a numeric user or group id (decimal digits, e.g. "1000", at most 4294967294)',
  );
}

const MAX_ID = 4294967294;

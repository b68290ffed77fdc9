// Typed readers over the positioned tree. Each one reports "expected X, found Y" at the
// value's own line and column and returns undefined, so normalisation carries on and
// every error of a run is collected.
import type { ModelPath } from '../../errors.js';
import type { Diagnostics } from '../diagnostics.js';
import type { Extensions } from '../model.js';
import { describe, toPlain, type MapNode, type Node } from '../node.js';
import { parseDuration, parseSize } from '../units.js';

export type Path = ModelPath;

export interface Ctx {
  diags: Diagnostics;
}

export function expected(ctx: Ctx, node: Node, path: Path, what: string): undefined {
  ctx.diags.error(`expected ${what}, found ${describe(node)}`, path, node.loc);
  return undefined;
}

export function asMap(ctx: Ctx, node: Node, path: Path, what = 'a mapping'): MapNode | undefined {
  return node.kind === 'map' ? node : expected(ctx, node, path, what);
}

export function str(ctx: Ctx, node: Node, path: Path): string | undefined {
  return node.kind === 'scalar' && typeof node.value === 'string'
    ? node.value
    : expected(ctx, node, path, 'a string');
}

/** Strings, plus numbers and booleans written where Compose takes their text (labels, env values). */
export function text(ctx: Ctx, node: Node, path: Path): string | undefined {
  if (node.kind === 'scalar' && node.value !== null) return String(node.value);
  return expected(ctx, node, path, 'a string, number or boolean');
}

export function int(ctx: Ctx, node: Node, path: Path, min = 0): number | undefined {
  const v = node.kind === 'scalar' ? node.value : undefined;
  const n =
    typeof v === 'number' ? v : typeof v === 'string' && /^[+-]?\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (Number.isSafeInteger(n) && n >= min) return n;
  return expected(
    ctx,
    node,
    path,
    min === 0 ? 'a whole number, 0 or more' : `a whole number, ${min} or more`,
  );
}

export function num(ctx: Ctx, node: Node, path: Path): number | undefined {
  const v = node.kind === 'scalar' ? node.value : undefined;
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(v)
        ? Number(v)
        : NaN;
  return Number.isFinite(n) && n >= 0 ? n : expected(ctx, node, path, 'a number');
}

export function bool(ctx: Ctx, node: Node, path: Path): boolean | undefined {
  const v = node.kind === 'scalar' ? node.value : undefined;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  return expected(ctx, node, path, 'true or false');
}

export function duration(ctx: Ctx, node: Node, path: Path): number | undefined {
  const v = node.kind === 'scalar' && typeof node.value === 'string' ? parseDuration(node.value) : undefined;
  return v ?? expected(ctx, node, path, 'a duration such as 30s, 1m30s or 500ms');
}

export function size(ctx: Ctx, node: Node, path: Path): number | undefined {
  const v = node.kind === 'scalar' ? node.value : undefined;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  const bytes = typeof v === 'string' ? parseSize(v) : undefined;
  return bytes ?? expected(ctx, node, path, 'a size in bytes or with a unit, such as 512m or 1.5g');
}

export function oneOf<T extends string>(
  ctx: Ctx,
  node: Node,
  path: Path,
  values: readonly T[],
): T | undefined {
  const v = node.kind === 'scalar' ? node.value : undefined;
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  return expected(ctx, node, path, `one of ${values.join(', ')}`);
}

/** A string or a list of strings (`string_or_list`). */
export function strings(ctx: Ctx, node: Node, path: Path): string[] | undefined {
  if (node.kind === 'scalar' && typeof node.value === 'string') return [node.value];
  return stringList(ctx, node, path);
}

/** A list of strings only. */
export function stringList(ctx: Ctx, node: Node, path: Path): string[] | undefined {
  if (node.kind !== 'seq') return expected(ctx, node, path, 'a list of strings');
  const out: string[] = [];
  node.items.forEach((item, i) => {
    const s = str(ctx, item, [...path, i]);
    if (s !== undefined) out.push(s);
  });
  return out;
}

/**
 * `list_or_dict`: a mapping of KEY: value, or a list of "KEY=value" (a bare "KEY" gives null).
 * `allowNull` says whether a missing value is meaningful (environment) or an error.
 */
export function dict(
  ctx: Ctx,
  node: Node,
  path: Path,
  allowNull = false,
): Map<string, { value: string | null; node: Node }> {
  const out = new Map<string, { value: string | null; node: Node }>();
  if (node.kind === 'map') {
    for (const [key, entry] of node.entries) {
      const v = entry.value;
      if (v.kind === 'scalar' && v.value === null) {
        if (allowNull) out.set(key, { value: null, node: v });
        else expected(ctx, v, [...path, key], 'a string, number or boolean');
      } else {
        const s = text(ctx, v, [...path, key]);
        if (s !== undefined) out.set(key, { value: s, node: v });
      }
    }
  } else if (node.kind === 'seq') {
    node.items.forEach((item, i) => {
      const s = str(ctx, item, [...path, i]);
      if (s === undefined) return;
      const eq = s.indexOf('=');
      if (eq === 0) return expected(ctx, item, [...path, i], 'KEY=value');
      if (eq > 0) out.set(s.slice(0, eq), { value: s.slice(eq + 1), node: item });
      else if (allowNull) out.set(s, { value: null, node: item });
      else expected(ctx, item, [...path, i], 'KEY=value');
    });
  } else expected(ctx, node, path, 'a mapping or a list of KEY=value');
  return out;
}

/** Like dict, for fields where every value must be present (labels, args). */
export function stringDict(ctx: Ctx, node: Node, path: Path): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of dict(ctx, node, path)) out[k] = v.value ?? '';
  return out;
}

export type Handler = (value: Node, path: Path) => void;

/**
 * Walks a mapping: each known key goes to its handler, `x-*` keys into the extensions,
 * and anything else is an error that lists what is allowed (nothing is silently dropped).
 */
export function fields(
  ctx: Ctx,
  node: MapNode,
  path: Path,
  handlers: Record<string, Handler>,
  where: string,
  extensions?: Extensions,
  /** Fields accepted here and judged elsewhere (a service's fields with no place in the model). */
  accepted?: Readonly<Record<string, unknown>>,
): void {
  for (const [key, entry] of node.entries) {
    const handler = Object.hasOwn(handlers, key) ? handlers[key] : undefined;
    if (handler) handler(entry.value, [...path, key]);
    else if (accepted && Object.hasOwn(accepted, key)) continue;
    else if (extensions && key.startsWith('x-')) extensions[key] = toPlain(entry.value);
    else {
      const known = [...Object.keys(handlers), ...Object.keys(accepted ?? {})];
      const close = closest(key, known);
      const hint = close
        ? `did you mean ${JSON.stringify(close)}?`
        : known.length <= 12
          ? `allowed: ${known.join(', ')}${extensions ? ', x-*' : ''}`
          : 'see docs/compose-support.md for the supported fields';
      ctx.diags.error(
        `unknown field ${JSON.stringify(key)} in ${where} (${hint})`,
        [...path, key],
        entry.keyLoc,
      );
    }
  }
}

const origins = new WeakMap<object, Path>();

/** Remembers where a model object was written when its model path differs (tmpfs:, port ranges). */
export function setOrigin<T extends object>(value: T, path: Path): T {
  origins.set(value, path);
  return value;
}

export function originOf(value: object): Path | undefined {
  return origins.get(value);
}

/** The known name within edit distance 2 of a misspelt one (`port` → `ports`), if any. */
export function closest(word: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const d = editDistance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/** Drops keys whose value is undefined, so models compare and serialise cleanly. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

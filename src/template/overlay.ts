// x-aws-cloudformation: an overlay merged into the generated template.
// Rules (docs/mapping.md):
//  - maps merge deeply; a `null` value deletes the key (a whole resource, a property, ...);
//  - a list whose items (on both sides) are all maps carrying the same identifying key — the first of
//    `Name`, `Key`, `PolicyName`, `Sid` that every item has — merges by that key: a matching item merges
//    deeply, a new item is appended, and an overlay item with `"$delete": true` removes its match;
//  - every other list is replaced; `{ "$replace": [...] }` replaces even a list that would merge by key;
//  - anything else replaces the generated value.
import { X } from '../compose/aws-extensions.js';
import type { Context } from './context.js';
import type { Template } from './types.js';

export const MERGE_KEYS = ['Name', 'Key', 'PolicyName', 'Sid'];
const DELETE = '$delete';
const REPLACE = '$replace';

type Json = unknown;
const isMap = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergeOverlay(base: Json, overlay: Json): Json {
  if (isMap(overlay) && REPLACE in overlay && Object.keys(overlay).length === 1) return overlay[REPLACE];
  if (isMap(base) && isMap(overlay)) {
    const out: Record<string, Json> = { ...base };
    for (const [k, v] of Object.entries(overlay)) {
      if (v === null) delete out[k];
      else out[k] = k in out ? mergeOverlay(out[k], v) : stripMarkers(v);
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(overlay)) {
    const key = mergeKey(base, overlay);
    if (key === undefined) return overlay.map(stripMarkers);
    const out = base.slice() as Array<Record<string, Json>>;
    for (const item of overlay as Array<Record<string, Json>>) {
      const i = out.findIndex((b) => b[key] === item[key]);
      if (item[DELETE] === true) {
        if (i >= 0) out.splice(i, 1);
      } else if (i >= 0) out[i] = mergeOverlay(out[i], item) as Record<string, Json>;
      else out.push(stripMarkers(item) as Record<string, Json>);
    }
    return out;
  }
  return stripMarkers(overlay);
}

function mergeKey(base: Json[], overlay: Json[]): string | undefined {
  const items = [...base, ...overlay];
  if (base.length === 0 || !items.every(isMap)) return undefined;
  return MERGE_KEYS.find((k) => items.every((i) => typeof (i as Record<string, Json>)[k] === 'string'));
}

/** Values copied from the overlay lose nulls and markers (they only mean something while merging). */
function stripMarkers(v: Json): Json {
  if (Array.isArray(v)) return v.filter((i) => !(isMap(i) && i[DELETE] === true)).map(stripMarkers);
  if (isMap(v)) {
    if (REPLACE in v && Object.keys(v).length === 1) return stripMarkers(v[REPLACE]);
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k, x]) => x !== null && k !== DELETE)
        .map(([k, x]) => [k, stripMarkers(x)]),
    );
  }
  return v;
}

export function applyOverlay(ctx: Context, template: Template, overlay: unknown): Template {
  const path = [X.cloudformation];
  if (overlay === undefined || overlay === null) return template;
  if (!isMap(overlay)) {
    ctx.error(path, `${X.cloudformation} must be a mapping (a partial CloudFormation template)`);
    return template;
  }
  const merged = mergeOverlay(template, overlay) as Record<string, Json>;
  if (!isMap(merged.Resources)) {
    ctx.error(path, 'the overlay removed Resources');
    return template;
  }
  for (const [id, res] of Object.entries(merged.Resources)) {
    if (!isMap(res) || typeof res.Type !== 'string')
      ctx.error([...path, 'Resources', id], `overlay resource ${id} needs a Type`);
  }
  return merged as unknown as Template;
}

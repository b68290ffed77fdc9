// A structured, property-level diff of two templates, resource by resource. Our own rather than a
// library: a text diff of two pretty-printed templates (the `diff` package) shows JSON lines out of
// their resource, and @aws-cdk/cloudformation-diff weighs about 3.7 MB with its spec database and loads
// as CommonJS into this ESM bundle. The templates compose-ecs writes are plain JSON with a handful of
// intrinsics, so a walk that names each changed leaf by its path (arrays of named items keyed by name)
// is small, exact and reads as the reviewer's own terms: ContainerDefinitions[web].Environment[RELEASE].
import type { Resource, Template } from '../template/types.js';
import { CREATE_ONLY } from './replacement-rules.js';
import { canonicalJson } from '../canonical-json.js';

export interface PropertyChange {
  /** Path below the resource: `Properties.ContainerDefinitions[web].Image`, `DeletionPolicy`. */
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface ResourceDiff {
  logicalId: string;
  type: string;
  action: 'Add' | 'Modify' | 'Remove';
  changes: PropertyChange[];
  /** Changed top-level properties that CloudFormation documents as "Update requires: Replacement". */
  replacedBy: string[];
}

/**
 * Changed top-level properties that replace the resource: its type's create-only properties in the
 * CloudFormation resource schemas (replacement-rules.ts, generated from cfn-lint's copy). The change
 * set's own Replacement flag wins where CloudFormation gives it; this names the cause, and speaks where
 * an endpoint leaves the details out.
 */
export function replacementCauses(type: string, changed: Iterable<string>): string[] {
  const rule = CREATE_ONLY[type];
  if (!rule) return [];
  return [...changed].filter((p) => rule.includes(p)).sort();
}

/** Every resource that differs, in logical-id order; unchanged resources are left out. */
export function resourceDiffs(before: Template | undefined, after: Template): ResourceDiff[] {
  const old = before?.Resources ?? {};
  const next = after.Resources;
  const ids = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
  const diffs: ResourceDiff[] = [];
  for (const id of ids) {
    const a = old[id];
    const b = next[id];
    const changes: PropertyChange[] = [];
    walk(a ? body(a) : undefined, b ? body(b) : undefined, '', changes);
    if (!changes.length) continue;
    const action = !a ? 'Add' : !b ? 'Remove' : 'Modify';
    const topLevel = new Set(
      changes.filter((c) => c.path.startsWith('Properties.')).map((c) => c.path.split(/[.[]/)[1]!),
    );
    diffs.push({
      logicalId: id,
      type: (b ?? a)!.Type,
      action,
      changes,
      replacedBy: action === 'Modify' ? replacementCauses((b ?? a)!.Type, topLevel) : [],
    });
  }
  return diffs;
}

/** The resource without its Type (which names it), so paths read Properties.X, DeletionPolicy. */
function body(resource: Resource): Record<string, unknown> {
  const { Type: _type, ...rest } = resource;
  return rest;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** {Ref}, {Fn::GetAtt}, {Fn::Sub}...: a reference is one value, not a tree to walk into. */
export function isIntrinsic(value: unknown): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0]!.startsWith('Fn::'));
}

/** Arrays of named items (containers, environment, tags) keyed by that name, so order is not a change. */
function itemKey(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  for (const field of ['Name', 'Key', 'ContainerName', 'PolicyName', 'Sid']) {
    if (typeof value[field] === 'string') return value[field];
  }
  return undefined;
}

function keyedItems(list: unknown[]): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const item of list) {
    const key = itemKey(item);
    if (key === undefined || map.has(key)) return undefined;
    map.set(key, item);
  }
  return map;
}

function walk(a: unknown, b: unknown, path: string, out: PropertyChange[]): void {
  if (equal(a, b)) return;
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (isObject(a) && isObject(b) && !isIntrinsic(a) && !isIntrinsic(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
      walk(a[key], b[key], join(key), out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const ka = keyedItems(a);
    const kb = keyedItems(b);
    if (ka && kb && (ka.size || kb.size)) {
      for (const key of [...new Set([...ka.keys(), ...kb.keys()])].sort())
        walk(ka.get(key), kb.get(key), `${path}[${key}]`, out);
      return;
    }
    if (a.length === b.length) {
      a.forEach((item, i) => walk(item, b[i], `${path}[${i}]`, out));
      return;
    }
    // Unnamed items of a list that grows or shrinks (rules, DependsOn): the ones gone, the ones new.
    const inA = new Set(a.map(canonicalJson));
    const inB = new Set(b.map(canonicalJson));
    for (const item of a) if (!inB.has(canonicalJson(item))) out.push({ path: `${path}[]`, before: item });
    for (const item of b) if (!inA.has(canonicalJson(item))) out.push({ path: `${path}[]`, after: item });
    return;
  }
  // A new or gone item of plain values (a variable, a tag, a port) is one line; a bigger object is
  // listed leaf by leaf, so a new resource reads like a changed one.
  if (path.endsWith(']') && (isFlat(a) || isFlat(b))) {
    out.push({ path, before: a, after: b });
    return;
  }
  // A whole new (or gone) object is listed leaf by leaf, so a new resource reads like a changed one.
  if (a === undefined && isObject(b) && !isIntrinsic(b)) return walk({}, b, path, out);
  if (b === undefined && isObject(a) && !isIntrinsic(a)) return walk(a, {}, path, out);
  out.push({ path, before: a, after: b });
}

function isFlat(value: unknown): boolean {
  return isObject(value) && Object.values(value).every((v) => v === null || typeof v !== 'object');
}

export function equal(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** A value as one short line: intrinsics as YAML-like short forms, long text shortened. */
export function showValue(value: unknown, max = 80): string {
  let text: string;
  if (value === undefined) text = '(none)';
  else if (isObject(value) && 'Ref' in value && typeof value.Ref === 'string') text = `!Ref ${value.Ref}`;
  else if (isObject(value) && Array.isArray(value['Fn::GetAtt']))
    text = `!GetAtt ${(value['Fn::GetAtt'] as unknown[]).join('.')}`;
  else if (isObject(value) && typeof value['Fn::Sub'] === 'string') text = `!Sub ${value['Fn::Sub']}`;
  else if (isObject(value) && Array.isArray(value['Fn::Sub'])) text = `!Sub ${String(value['Fn::Sub'][0])}`;
  else if (typeof value === 'string') text = value;
  else text = JSON.stringify(value);
  text = text.replace(/\s*\n\s*/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

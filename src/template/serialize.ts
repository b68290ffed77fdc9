// Deterministic serialisation: sections in CloudFormation's usual order, entries sorted by logical ID,
// resource attributes in a fixed order, top-level properties sorted. Nested values keep the
// (deterministic) order the converter built them in.
import type { Template } from './types.js';

const SECTION_ORDER = [
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Mappings',
  'Conditions',
  'Resources',
  'Outputs',
];
const RESOURCE_ORDER = [
  'Type',
  'Condition',
  'DependsOn',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'Properties',
];
const SORTED_SECTIONS = ['Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs'];

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `obj`'s keys in `order` first (those it has), then the others sorted; the values are not copied, and an
 * object already in that order is returned as it is (most are: a large project has thousands).
 */
function ordered(obj: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  if (inOrder(Object.keys(obj), order)) return obj;
  const out: Record<string, unknown> = {};
  for (const k of order) if (Object.hasOwn(obj, k)) out[k] = obj[k];
  const rest = order.length ? Object.keys(obj).filter((k) => !order.includes(k)) : Object.keys(obj);
  for (const k of rest.sort(byKey)) out[k] = obj[k];
  return out;
}

function inOrder(keys: string[], order: readonly string[]): boolean {
  const rank = (k: string) => {
    const at = order.indexOf(k);
    return at < 0 ? order.length : at;
  };
  for (let i = 1; i < keys.length; i++) {
    const a = rank(keys[i - 1]!);
    const b = rank(keys[i]!);
    if (a > b || (a === b && a === order.length && byKey(keys[i - 1]!, keys[i]!) > 0)) return false;
  }
  return true;
}

export function canonicalTemplate(template: Template): Template {
  // A copy: the sections below are replaced, and the template given is left as it is.
  const out = { ...ordered(template as unknown as Record<string, unknown>, SECTION_ORDER) };
  for (const section of SORTED_SECTIONS) {
    const value = out[section] as Record<string, unknown> | undefined;
    if (value === undefined) continue;
    if (Object.keys(value).length === 0 && section !== 'Resources') {
      delete out[section];
      continue;
    }
    // One pass per section, each entry written once (thousands of resources in a large project).
    const sorted: Record<string, unknown> = {};
    for (const id of Object.keys(value).sort(byKey)) {
      if (section !== 'Resources') {
        sorted[id] = value[id];
        continue;
      }
      const r = ordered(value[id] as Record<string, unknown>, RESOURCE_ORDER);
      const properties = r.Properties as Record<string, unknown> | undefined;
      const p = properties && typeof properties === 'object' ? ordered(properties, []) : properties;
      // The template given is left as it is: a resource is copied when its properties need reordering.
      sorted[id] = p === properties ? r : { ...r, Properties: p };
    }
    out[section] = sorted;
  }
  return out as unknown as Template;
}

export function serialize(template: Template): string {
  return JSON.stringify(template, null, 2) + '\n';
}

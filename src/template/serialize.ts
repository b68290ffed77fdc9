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

function ordered(obj: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const keys = Object.keys(obj);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return Object.fromEntries(
    keys
      .slice()
      .sort((a, b) => rank(a) - rank(b) || (rank(a) === order.length ? byKey(a, b) : 0))
      .map((k) => [k, obj[k]]),
  );
}

export function canonicalTemplate(template: Template): Template {
  const out = ordered(template as unknown as Record<string, unknown>, SECTION_ORDER);
  for (const section of SORTED_SECTIONS) {
    const value = out[section] as Record<string, unknown> | undefined;
    if (value === undefined) continue;
    if (Object.keys(value).length === 0 && section !== 'Resources') {
      delete out[section];
      continue;
    }
    const sorted = Object.fromEntries(
      Object.keys(value)
        .sort(byKey)
        .map((k) => [k, value[k]]),
    );
    if (section === 'Resources') {
      for (const [id, res] of Object.entries(sorted)) {
        const r = ordered(res as Record<string, unknown>, RESOURCE_ORDER);
        if (r.Properties && typeof r.Properties === 'object')
          r.Properties = ordered(r.Properties as Record<string, unknown>, []);
        sorted[id] = r;
      }
    }
    out[section] = sorted;
  }
  return out as unknown as Template;
}

export function serialize(template: Template): string {
  return JSON.stringify(template, null, 2) + '\n';
}

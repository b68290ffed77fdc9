// What a template's resources refer to (Ref, Fn::GetAtt, Fn::Sub, DependsOn), for the jobs' two phases.
import type { Template } from '../template/types.js';

/** Logical IDs and parameter names a value refers to (pseudo parameters AWS::* left out). */
export function referencesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) referencesIn(v, out);
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'Ref' && typeof v === 'string') add(out, v);
    else if (key === 'Fn::GetAtt') add(out, Array.isArray(v) ? String(v[0]) : String(v).split('.')[0]!);
    else if (key === 'Fn::Sub') {
      const text = Array.isArray(v) ? String(v[0]) : String(v);
      const own = Array.isArray(v) && v[1] && typeof v[1] === 'object' ? Object.keys(v[1] as object) : [];
      for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
        const name = m[1]!.split('.')[0]!;
        if (!own.includes(name)) add(out, name);
      }
      if (Array.isArray(v)) referencesIn(v[1], out);
    } else referencesIn(v, out);
  }
  return out;
}

function add(out: Set<string>, name: string): void {
  if (!name.startsWith('AWS::')) out.add(name);
}

/** What a resource needs: its references and its DependsOn. */
export function needsOf(
  resource: { DependsOn?: string | string[]; Properties?: unknown } | undefined,
): Set<string> {
  const out = referencesIn(resource?.Properties);
  const depends = resource?.DependsOn;
  for (const d of Array.isArray(depends) ? depends : depends ? [depends] : []) out.add(d);
  return out;
}

/** `roots` and every resource and parameter they need, transitively. */
export function closure(template: Template, roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...needsOf(template.Resources[id]));
  }
  return seen;
}

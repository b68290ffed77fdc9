// depends_on: a list of names (condition service_started) or the long mapping form.
import type { DependsOn } from '../model.js';
import type { Node } from '../node.js';
import { asMap, bool, fields, oneOf, stringList, type Ctx, type Path } from './read.js';

const CONDITIONS = ['service_started', 'service_healthy', 'service_completed_successfully'] as const;

export function normalizeDependsOn(ctx: Ctx, node: Node, path: Path): Record<string, DependsOn> {
  const out: Record<string, DependsOn> = {};
  if (node.kind === 'seq') {
    for (const name of stringList(ctx, node, path) ?? [])
      out[name] = { condition: 'service_started', required: true, restart: false };
    return out;
  }
  const map = asMap(ctx, node, path, 'a list of service names or a mapping');
  for (const [name, entry] of map?.entries ?? []) {
    const p = [...path, name];
    const dep: DependsOn = { condition: 'service_started', required: true, restart: false };
    const m = asMap(ctx, entry.value, p);
    if (m) {
      fields(
        ctx,
        m,
        p,
        {
          condition: (v, q) => (dep.condition = oneOf(ctx, v, q, CONDITIONS) ?? dep.condition),
          required: (v, q) => (dep.required = bool(ctx, v, q) ?? true),
          restart: (v, q) => (dep.restart = bool(ctx, v, q) ?? false),
        },
        'a depends_on entry',
      );
      // The specification requires `condition` in the long form.
      if (!m.entries.has('condition'))
        ctx.diags.error(
          'a depends_on entry in long form needs `condition` (service_started, service_healthy or service_completed_successfully)',
          p,
          m.loc,
        );
    }
    out[name] = dep;
  }
  return out;
}

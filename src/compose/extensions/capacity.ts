// x-aws-capacity (a service): where its tasks run. `spot` puts every task on Fargate Spot; a mapping
// { spot: N, on_demand: M, base: B } is a capacity provider strategy: the first B tasks on on-demand
// Fargate, the rest split N to M between Fargate Spot and on-demand Fargate. The limits are ECS's for a
// strategy item (CapacityProviderStrategyItem, ECS API reference): a weight is 0–1000, a base 0–100000
// and only one provider may have one (here on-demand, always), at least one weight must be above 0, and a
// provider of weight 0 places no task, so a base needs an on-demand weight.
import type { Extensions, ModelPath } from '../model.js';
import { X } from './names.js';
import type { Reader } from './reader.js';
import type { CapacityExtension } from './types.js';

const FIELDS = ['spot', 'on_demand', 'base'];

export function decodeCapacity(r: Reader, ext: Extensions, path: ModelPath): CapacityExtension | undefined {
  const value = ext[X.capacity];
  if (value === undefined || value === null) return undefined;
  const at = [...path, X.capacity];
  if (typeof value === 'string') {
    if (value === 'spot') return { spot: 1, onDemand: 0, base: 0 };
    if (value === 'on_demand') return { spot: 0, onDemand: 1, base: 0 };
    r.report.error(at, `${X.capacity} must be spot, on_demand or a mapping { spot, on_demand, base }`);
    return undefined;
  }
  const spec = r.object(ext, X.capacity, path);
  if (!spec) return undefined;
  r.knownFields(spec, FIELDS, at, 'capacity');
  const spot = r.number(spec, 'spot', at, { min: 0, max: 1000 });
  const onDemand = r.number(spec, 'on_demand', at, { min: 0, max: 1000 });
  const base = r.number(spec, 'base', at, { min: 0, max: 100000 });
  const read = { spot, on_demand: onDemand, base } as Record<string, number | undefined>;
  // A field given but refused has been reported at its own path.
  if (FIELDS.some((f) => spec[f] !== undefined && spec[f] !== null && read[f] === undefined))
    return undefined;
  const capacity = { spot: spot ?? 0, onDemand: onDemand ?? 0, base: base ?? 0 };
  if (capacity.spot === 0 && capacity.onDemand === 0) {
    r.report.error(
      at,
      `${X.capacity} needs a weight above 0 for spot or on_demand: ECS places no task on a provider of weight 0`,
    );
    return undefined;
  }
  if (capacity.base > 0 && capacity.onDemand === 0) {
    r.report.error(
      [...at, 'base'],
      `base ${capacity.base} puts tasks on on-demand Fargate, whose weight is 0: ECS places no task on a provider of weight 0; give on_demand a weight (e.g. on_demand: 1)`,
    );
    return undefined;
  }
  return capacity;
}

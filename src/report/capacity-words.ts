// Where an ECS service's tasks run, in the words of x-aws-capacity: "Fargate Spot (weight 3) and on-demand
// Fargate (weight 1), with the first task on on-demand Fargate". Read from the service's
// CapacityProviderStrategy (ECS places the base tasks first, then splits the rest by weight).
import { showValue } from './resource-diff.js';

interface Item {
  CapacityProvider?: unknown;
  Weight?: unknown;
  Base?: unknown;
}

const providerName = (p: unknown) =>
  p === 'FARGATE'
    ? 'on-demand Fargate'
    : p === 'FARGATE_SPOT'
      ? 'Fargate Spot'
      : `capacity provider ${showValue(p)}`;

/** Undefined for a launch type (no strategy): on-demand Fargate, as every service without x-aws-capacity. */
export function capacityWords(properties: Record<string, unknown> | undefined): string | undefined {
  const strategy = properties?.CapacityProviderStrategy;
  if (!Array.isArray(strategy)) return undefined;
  const items = (strategy as Item[]).filter((i) => Number(i.Weight ?? 0) > 0 || Number(i.Base ?? 0) > 0);
  const weighted = items
    .filter((i) => Number(i.Weight ?? 0) > 0)
    .sort((a, b) => Number(b.Weight) - Number(a.Weight));
  const split =
    weighted.length === 1
      ? providerName(weighted[0]!.CapacityProvider)
      : weighted
          .map((i) => `${providerName(i.CapacityProvider)} (weight ${showValue(i.Weight)})`)
          .join(' and ');
  const base = items.find((i) => Number(i.Base ?? 0) > 0);
  if (!base) return split;
  const n = Number(base.Base);
  return `${split}, with the first ${n === 1 ? 'task' : `${n} tasks`} on ${providerName(base.CapacityProvider)}`;
}

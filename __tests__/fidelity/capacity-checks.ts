// 11. Capacity: every ECS service's capacity provider strategy is one ECS would place, read from the
// template as ECS reads it (ECS API reference, CapacityProviderStrategyItem and CreateService; best
// practices guide, "Amazon ECS clusters for Fargate"; AWS::ECS::ClusterCapacityProviderAssociations).
import type { ConvertResult } from '../../src/template/convert.js';

type Resources = ConvertResult['template']['Resources'];
interface Item {
  CapacityProvider?: unknown;
  Weight?: unknown;
  Base?: unknown;
}
const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];
const json = (v: unknown) => JSON.stringify(v);
const refOf = (v: unknown): string | undefined => (v as { Ref?: string } | undefined)?.Ref;

export function capacityProblems(resources: Resources): string[] {
  const problems: string[] = [];
  const associations = Object.entries(resources).filter(
    ([, r]) => r.Type === 'AWS::ECS::ClusterCapacityProviderAssociations',
  );
  for (const [id, a] of associations) {
    const listed = (a.Properties?.CapacityProviders ?? []) as unknown[];
    for (const d of (a.Properties?.DefaultCapacityProviderStrategy ?? []) as Item[])
      if (!listed.some((p) => json(p) === json(d.CapacityProvider)))
        problems.push(
          `${id}: the default strategy names ${json(d.CapacityProvider)}, which it does not associate`,
        );
  }
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::ECS::Service') continue;
    const p = r.Properties ?? {};
    const strategy = p.CapacityProviderStrategy as Item[] | undefined;
    if (strategy === undefined) continue;
    const at = `${id} CapacityProviderStrategy`;
    // "If a capacityProviderStrategy is specified, the launchType parameter must be omitted" (CreateService).
    if (p.LaunchType !== undefined) problems.push(`${id}: both LaunchType and a capacity provider strategy`);
    if (strategy.length === 0 || strategy.length > 20)
      problems.push(`${at}: ${strategy.length} providers (1–20)`);
    const weight = (i: Item) => Number(i.Weight ?? 0);
    const base = (i: Item) => Number(i.Base ?? 0);
    for (const i of strategy) {
      if (!Number.isInteger(weight(i)) || weight(i) < 0 || weight(i) > 1000)
        problems.push(`${at}: weight ${json(i.Weight)} outside 0–1000`);
      if (!Number.isInteger(base(i)) || base(i) < 0 || base(i) > 100000)
        problems.push(`${at}: base ${json(i.Base)} outside 0–100000`);
      // "Capacity providers with weight of 0 cannot place tasks".
      if (base(i) > 0 && weight(i) === 0)
        problems.push(`${at}: a base on ${json(i.CapacityProvider)} of weight 0`);
    }
    if (strategy.filter((i) => i.Base !== undefined).length > 1)
      problems.push(`${at}: more than one provider has a base`);
    if (!strategy.some((i) => weight(i) > 0)) problems.push(`${at}: no provider has a weight above 0`);
    const names = strategy.map((i) => json(i.CapacityProvider));
    if (new Set(names).size !== names.length) problems.push(`${at}: a provider is named twice`);
    const fargate = strategy.filter((i) => FARGATE_PROVIDERS.includes(i.CapacityProvider as string));
    // "a capacity provider strategy can only contain either Fargate or Auto Scaling group capacity providers".
    if (fargate.length > 0 && fargate.length < strategy.length)
      problems.push(`${at}: mixes Fargate and EC2 capacity providers`);
    // The stack's own cluster: its association lists every provider, and the service waits for it.
    const cluster = refOf(p.Cluster);
    if (cluster === undefined) continue; // an existing cluster: the plan reads its providers
    const association = associations.find(([, a]) => refOf(a.Properties?.Cluster) === cluster);
    if (!association) {
      problems.push(`${id}: a strategy on cluster ${cluster}, which has no capacity providers associated`);
      continue;
    }
    const listed = ((association[1].Properties?.CapacityProviders ?? []) as unknown[]).map(json);
    for (const name of names)
      if (!listed.includes(name)) problems.push(`${at}: ${name} is not associated with cluster ${cluster}`);
    if (![r.DependsOn ?? []].flat().includes(association[0]))
      problems.push(
        `${id}: does not wait for ${association[0]} (CreateService fails before the association)`,
      );
    // Fargate Spot runs Linux tasks: x86_64 on platform 1.3.0+, ARM64 on 1.4.0+ (CapacityProviderStrategyItem).
    if (fargate.some((i) => i.CapacityProvider === 'FARGATE_SPOT')) {
      const td = resources[refOf(p.TaskDefinition) ?? '']?.Properties ?? {};
      const platform = (td.RuntimePlatform ?? {}) as {
        OperatingSystemFamily?: string;
        CpuArchitecture?: string;
      };
      if ((platform.OperatingSystemFamily ?? 'LINUX') !== 'LINUX')
        problems.push(`${id}: Fargate Spot runs Linux tasks only, not ${platform.OperatingSystemFamily}`);
      const version = String(p.PlatformVersion ?? 'LATEST');
      const least = platform.CpuArchitecture === 'ARM64' ? '1.4.0' : '1.3.0';
      if (version !== 'LATEST' && version.localeCompare(least, undefined, { numeric: true }) < 0)
        problems.push(`${id}: Fargate Spot needs platform version ${least} or later, not ${version}`);
    }
  }
  return problems;
}

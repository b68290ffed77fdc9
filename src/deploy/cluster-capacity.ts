// An existing cluster (x-aws-cluster) keeps its own list of capacity providers: the stack cannot add to it,
// since associating providers (PutClusterCapacityProviders, or AWS::ECS::ClusterCapacityProviderAssociations)
// replaces the cluster's whole list and would take providers away from services this stack does not own.
// So before a change set is made, the plan reads the cluster (DescribeClusters) and refuses a service whose
// capacity provider strategy names a provider the cluster does not have: CreateService would fail on it
// ("The specified capacity provider strategy cannot contain a capacity provider that is not associated
// with the cluster", ECS API reference, CapacityProviderStrategyItem).
import type { Services } from '../aws/edge.js';
import { UserError } from '../errors.js';
import type { Template } from '../template/types.js';

/** The providers each existing cluster (by the name or ARN the template gives) must have, with the services asking. */
export function providersNeeded(template: Template): Map<string, Map<string, string[]>> {
  const needed = new Map<string, Map<string, string[]>>();
  for (const [id, r] of Object.entries(template.Resources)) {
    const cluster = r.Properties?.Cluster;
    const strategy = r.Properties?.CapacityProviderStrategy;
    // A Ref is the stack's own cluster, whose association the template holds.
    if (r.Type !== 'AWS::ECS::Service' || typeof cluster !== 'string' || !Array.isArray(strategy)) continue;
    const providers = needed.get(cluster) ?? new Map<string, string[]>();
    for (const item of strategy as Array<{ CapacityProvider?: unknown }>)
      if (typeof item.CapacityProvider === 'string')
        providers.set(item.CapacityProvider, [...(providers.get(item.CapacityProvider) ?? []), id]);
    needed.set(cluster, providers);
  }
  return needed;
}

/** A cluster named by ARN (…:cluster/name) or by name: DescribeClusters answers with the ARN. */
const clusterName = (nameOrArn: string) => nameOrArn.replace(/^arn:[^:]+:ecs:[^:]*:\d*:cluster\//, '');

/** Refuses, naming the cluster, the providers it lacks and the services that ask for them. */
export async function checkClusterCapacity(
  ecs: Pick<Services, 'clusters'>,
  template: Template,
): Promise<void> {
  const needed = providersNeeded(template);
  if (needed.size === 0) return;
  const { clusters, failures } = await ecs.clusters([...needed.keys()]);
  const problems: string[] = [];
  for (const [cluster, providers] of needed) {
    const found = clusters.find((c) => c.clusterArn === cluster || c.clusterName === clusterName(cluster));
    if (!found || found.status === 'INACTIVE') {
      const why = failures.find((f) => f.arn?.endsWith(`/${clusterName(cluster)}`))?.reason;
      problems.push(`cluster ${cluster} (x-aws-cluster) was not found${why ? ` (${why})` : ''}`);
      continue;
    }
    const has = found.capacityProviders ?? [];
    const missing = [...providers.keys()].filter((p) => !has.includes(p));
    if (missing.length === 0) continue;
    const services = [...new Set(missing.flatMap((p) => providers.get(p)!))].sort();
    const all = [...new Set([...has, ...missing])];
    problems.push(
      `cluster ${found.clusterName ?? cluster} (x-aws-cluster) has no ${missing.join(', ')} capacity provider, which ${services.join(', ')} ${services.length > 1 ? 'ask' : 'asks'} for ` +
        `(it has: ${has.length ? has.join(', ') : 'none'}). compose-ecs does not change a cluster it did not create: ` +
        `associating providers replaces the cluster's whole list. Whoever owns the cluster can add ${missing.length > 1 ? 'them' : 'it'} with ` +
        `aws ecs put-cluster-capacity-providers --cluster ${found.clusterName ?? cluster} --capacity-providers ${all.join(' ')} ` +
        `--default-capacity-provider-strategy ${defaultStrategy(found.defaultCapacityProviderStrategy)}` +
        ` (the list and the default strategy given replace the current ones); or drop x-aws-capacity.`,
    );
  }
  if (problems.length)
    throw new UserError(
      `the cluster cannot run the services as asked:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
}

/** The cluster's current default strategy in the CLI's shorthand, so the command keeps it ([] when none). */
function defaultStrategy(
  items: Array<{ capacityProvider?: string; weight?: number; base?: number }> | undefined,
): string {
  if (!items?.length) return '[]';
  return items
    .map((i) => `capacityProvider=${i.capacityProvider},weight=${i.weight ?? 0},base=${i.base ?? 0}`)
    .join(' ');
}

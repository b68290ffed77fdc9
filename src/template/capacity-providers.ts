// The capacity providers of the cluster the stack creates, in one AWS::ECS::ClusterCapacityProviderAssociations:
// FARGATE and FARGATE_SPOT (services with x-aws-capacity) and the stack's own EC2 capacity providers (GPU
// services). One resource holds the cluster's whole list: PutClusterCapacityProviders replaces the list
// each time, so two resources would undo each other. A separate resource rather than the cluster's own
// CapacityProviders property: an Auto Scaling group capacity provider refers to the cluster (its instances
// join it), and the cluster referring back to the provider would be a circular dependency (CloudFormation
// user guide, AWS::ECS::ClusterCapacityProviderAssociations).
import { canonicalJson } from '../canonical-json.js';
import type { Context } from './context.js';

export const CAPACITY_PROVIDERS_ID = 'ClusterCapacityProviders';
export const FARGATE = 'FARGATE';
export const FARGATE_SPOT = 'FARGATE_SPOT';

/** One entry of a service's capacity provider strategy, as CloudFormation takes it. */
export interface StrategyItem {
  /** FARGATE, FARGATE_SPOT, or a Ref to an AWS::ECS::CapacityProvider of the stack. */
  CapacityProvider: unknown;
  Base?: number;
  Weight: number;
}

/**
 * Associates the providers the services' strategies name (and both Fargate providers, always) with the
 * cluster the stack creates. Returns the logical ID every service with a capacity provider strategy must
 * depend on: ECS refuses a strategy naming a provider the cluster does not have yet ("The specified capacity
 * provider strategy cannot contain a capacity provider that is not associated with the cluster"), and on
 * delete the service must go before the association is emptied. Undefined when nothing is associated: no
 * provider asked for, or an existing cluster (x-aws-cluster), whose list this stack must not replace — the
 * plan checks that cluster's association instead (steps/cluster-capacity.ts).
 */
export function addCapacityProviders(
  ctx: Context,
  cluster: unknown,
  providers: readonly unknown[],
): string | undefined {
  if (providers.length === 0 || ctx.project.aws?.cluster !== undefined) return undefined;
  const seen = new Set<string>();
  const list = [FARGATE, FARGATE_SPOT, ...providers].filter((p) => {
    const key = canonicalJson(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  ctx.add(CAPACITY_PROVIDERS_ID, {
    Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
    Properties: {
      CapacityProviders: list,
      Cluster: cluster,
      // Required by CloudFormation. Every service names its own strategy or launch type, and one-off tasks
      // ask for the FARGATE launch type, so the default only says what a bare RunTask on the cluster gets:
      // on-demand Fargate, as the launch types do.
      DefaultCapacityProviderStrategy: [{ CapacityProvider: FARGATE, Weight: 1 }],
    },
  });
  return CAPACITY_PROVIDERS_ID;
}

/** The providers a set of strategies name, in order of first mention (for addCapacityProviders). */
export function providersOf(strategies: Iterable<readonly StrategyItem[] | undefined>): unknown[] {
  const out: unknown[] = [];
  for (const strategy of strategies) for (const item of strategy ?? []) out.push(item.CapacityProvider);
  return out;
}

/** The nonce that makes a change of strategy roll the service's tasks onto it (ForceNewDeployment). */
export function strategyNonce(strategy: readonly StrategyItem[]): string {
  return strategy
    .map((s) => {
      const name =
        typeof s.CapacityProvider === 'string' ? s.CapacityProvider : canonicalJson(s.CapacityProvider);
      return `${name}:${s.Weight}${s.Base ? ` base ${s.Base}` : ''}`;
    })
    .join(', ');
}

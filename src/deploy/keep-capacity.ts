// A service that ran on a capacity provider strategy (x-aws-capacity) and is asked to run on the FARGATE
// launch type again stays on a strategy: on-demand Fargate through the FARGATE capacity provider, the same
// capacity at the same price. ECS's UpdateService takes no launch type: it moves a service back to one only
// through an empty strategy (UpdateService, capacityProviderStrategy: "Update the ... Fargate capacity
// provider back to the launch type. Pass an empty list"), which a template that simply drops the property
// does not say. Keeping a strategy is an in-place update ECS documents (a Fargate provider to a Fargate
// provider), and its nonce moves the running tasks off Fargate Spot. The cluster the stack created keeps
// its Fargate providers for it. Pure: the same two templates give the same result.
import {
  CAPACITY_PROVIDERS_ID,
  FARGATE,
  FARGATE_SPOT,
  strategyNonce,
  type StrategyItem,
} from '../template/capacity-providers.js';
import type { Template } from '../template/types.js';

const SERVICE = 'AWS::ECS::Service';
const ON_DEMAND: StrategyItem[] = [{ CapacityProvider: FARGATE, Weight: 1 }];

export function keepCapacityStrategy(before: Template, after: Template, notes: string[]): Template {
  const resources = { ...after.Resources };
  for (const [id, r] of Object.entries(after.Resources)) {
    const old = before.Resources[id];
    const had = old?.Type === SERVICE && Array.isArray(old.Properties?.CapacityProviderStrategy);
    if (r.Type !== SERVICE || !had || r.Properties?.LaunchType !== 'FARGATE') continue;
    const { LaunchType: _launchType, ...props } = r.Properties;
    const ownCluster = typeof props.Cluster !== 'string';
    if (ownCluster && !resources[CAPACITY_PROVIDERS_ID])
      resources[CAPACITY_PROVIDERS_ID] = {
        Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
        Properties: {
          CapacityProviders: [FARGATE, FARGATE_SPOT],
          Cluster: props.Cluster,
          DefaultCapacityProviderStrategy: ON_DEMAND,
        },
      };
    const dependsOn = [r.DependsOn ?? []].flat();
    resources[id] = {
      ...r,
      ...(ownCluster ? { DependsOn: [...new Set([...dependsOn, CAPACITY_PROVIDERS_ID])].sort() } : {}),
      Properties: {
        ...props,
        CapacityProviderStrategy: ON_DEMAND,
        ForceNewDeployment: {
          EnableForceNewDeployment: true,
          ForceNewDeploymentNonce: strategyNonce(ON_DEMAND),
        },
      },
    };
    notes.push(
      `${id} leaves its capacity provider strategy for on-demand Fargate through the FARGATE capacity provider (ECS moves a service back to a launch type only through an empty strategy)`,
    );
  }
  return { ...after, Resources: resources };
}

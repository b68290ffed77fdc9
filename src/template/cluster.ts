// The ECS cluster: created per stack, or an existing one named by x-aws-cluster.
import type { Context } from './context.js';
import { ref } from './context.js';

export const CLUSTER_ID = 'Cluster';

/** Adds the cluster (unless reused) and returns what ECS services put in `Cluster`. */
export function addCluster(ctx: Context): unknown {
  const existing = ctx.project.aws?.cluster;
  if (existing !== undefined) return existing; // a name or an ARN: ECS accepts both
  ctx.add(CLUSTER_ID, {
    Type: 'AWS::ECS::Cluster',
    Properties: {
      // Named after the stack, not the project: staging and production stacks of one project can share an account.
      ClusterName: ref('AWS::StackName'),
    },
  });
  return ref(CLUSTER_ID);
}

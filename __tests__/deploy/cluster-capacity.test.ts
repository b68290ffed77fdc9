// The plan's check of an existing cluster (x-aws-cluster): its capacity providers must include every one a
// service's strategy names, since the stack may not replace the cluster's list. Against a typed fake of
// DescribeClusters; the end-to-end suite runs it against moto (__tests__/e2e/capacity.test.ts).
import { checkClusterCapacity, providersNeeded } from '../../src/deploy/cluster-capacity.js';
import { UserError } from '../../src/errors.js';
import { convert } from '../../src/template/convert.js';
import { project, service } from '../template/builder.js';
import { fakeEdge } from '../support/fake-edge.js';

const SHARED = 'arn:aws:ecs:us-east-1:123456789012:cluster/shared';
const template = (cluster?: string) =>
  convert(
    project(
      [
        service('worker', { extensions: { 'x-aws-capacity': 'spot' } }),
        service('web', { extensions: { 'x-aws-capacity': { spot: 1, on_demand: 1, base: 1 } } }),
        service('db'),
      ],
      cluster ? { extensions: { 'x-aws-cluster': cluster } } : {},
    ),
  ).template;

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe("an existing cluster's capacity providers", () => {
  it("are needed per cluster and provider, naming the services; the stack's own cluster needs no check", () => {
    expect(providersNeeded(template())).toEqual(new Map());
    expect(providersNeeded(template(SHARED))).toEqual(
      new Map([
        [
          SHARED,
          new Map([
            ['FARGATE', ['WebService']],
            ['FARGATE_SPOT', ['WebService', 'WorkerService']],
          ]),
        ],
      ]),
    );
  });

  it('reads nothing when no service of an existing cluster has a strategy', async () => {
    const aws = fakeEdge();
    await checkClusterCapacity(aws.services, template());
    await checkClusterCapacity(
      aws.services,
      convert(project([service('db')], { extensions: { 'x-aws-cluster': 'shared' } })).template,
    );
    expect(aws.log).toEqual([]);
  });

  it('passes when the cluster has both Fargate providers', async () => {
    const aws = fakeEdge({
      services: {
        clusters: async () => ({
          clusters: [
            {
              clusterArn: SHARED,
              clusterName: 'shared',
              status: 'ACTIVE',
              capacityProviders: ['FARGATE_SPOT', 'FARGATE'],
            },
          ],
          failures: [],
        }),
      },
    });
    await checkClusterCapacity(aws.services, template(SHARED));
    expect(aws.argsOf('services.clusters')).toEqual([[[SHARED]]]);
  });

  it('refuses a cluster without FARGATE_SPOT, naming it, the services, and the command that keeps its list and default', async () => {
    const aws = fakeEdge({
      services: {
        clusters: async () => ({
          clusters: [
            {
              clusterArn: SHARED,
              clusterName: 'shared',
              status: 'ACTIVE',
              capacityProviders: ['FARGATE', 'team-asg'],
              defaultCapacityProviderStrategy: [{ capacityProvider: 'team-asg', weight: 1, base: 0 }],
            },
          ],
          failures: [],
        }),
      },
    });
    const message = await refusal(checkClusterCapacity(aws.services, template(SHARED)));
    expect(message).toContain(
      'cluster shared (x-aws-cluster) has no FARGATE_SPOT capacity provider, which WebService, WorkerService ask for (it has: FARGATE, team-asg)',
    );
    expect(message).toContain(
      'aws ecs put-cluster-capacity-providers --cluster shared --capacity-providers FARGATE team-asg FARGATE_SPOT --default-capacity-provider-strategy capacityProvider=team-asg,weight=1,base=0',
    );
  });

  it('refuses a cluster without providers at all, and one that does not exist', async () => {
    const none = fakeEdge({
      services: {
        clusters: async () => ({
          clusters: [{ clusterArn: SHARED, clusterName: 'shared', status: 'ACTIVE', capacityProviders: [] }],
          failures: [],
        }),
      },
    });
    expect(await refusal(checkClusterCapacity(none.services, template(SHARED)))).toMatch(
      /has no FARGATE, FARGATE_SPOT capacity provider, .* \(it has: none\).*--default-capacity-provider-strategy \[\]/s,
    );
    const missing = fakeEdge({
      services: { clusters: async () => ({ clusters: [], failures: [{ arn: SHARED, reason: 'MISSING' }] }) },
    });
    expect(await refusal(checkClusterCapacity(missing.services, template(SHARED)))).toContain(
      `cluster ${SHARED} (x-aws-cluster) was not found (MISSING)`,
    );
  });
});

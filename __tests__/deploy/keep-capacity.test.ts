// A service that leaves x-aws-capacity stays on a strategy (FARGATE, weight 1) rather than the launch type:
// UpdateService takes no launch type. Pure, on two converted templates.
import { keepDeployed } from '../../src/deploy/keep-deployed.js';
import { convert } from '../../src/template/convert.js';
import { project, service } from '../template/builder.js';

const SHARED = 'arn:aws:ecs:us-east-1:123456789012:cluster/shared';
const stack = (capacity?: unknown, cluster?: string) =>
  convert(
    project(
      [service('worker', capacity ? { extensions: { 'x-aws-capacity': capacity } } : {}), service('web')],
      cluster ? { extensions: { 'x-aws-cluster': cluster } } : {},
    ),
  ).template;

describe('leaving Fargate Spot', () => {
  it('keeps the service on the FARGATE provider, with a new nonce, and the association it needs', () => {
    const { template, notes } = keepDeployed(stack('spot'), stack());
    const worker = template.Resources.WorkerService!;
    expect(worker.Properties!.LaunchType).toBeUndefined();
    expect(worker.Properties!.CapacityProviderStrategy).toEqual([{ CapacityProvider: 'FARGATE', Weight: 1 }]);
    expect(worker.Properties!.ForceNewDeployment).toEqual({
      EnableForceNewDeployment: true,
      ForceNewDeploymentNonce: 'FARGATE:1',
    });
    expect(worker.DependsOn).toEqual(['ClusterCapacityProviders']);
    expect(template.Resources.ClusterCapacityProviders!.Properties!.CapacityProviders).toEqual([
      'FARGATE',
      'FARGATE_SPOT',
    ]);
    // The other service never had a strategy: it keeps the launch type.
    expect(template.Resources.WebService!.Properties!.LaunchType).toBe('FARGATE');
    expect(notes).toEqual([
      expect.stringMatching(/^WorkerService leaves its capacity provider strategy for on-demand Fargate/),
    ]);
  });

  it('is stable: the next deploy of the same compose file changes nothing more', () => {
    const first = keepDeployed(stack('spot'), stack()).template;
    const second = keepDeployed(first, stack());
    expect(second.template).toEqual(first);
  });

  it('on an existing cluster keeps the strategy and adds no association (the plan checks the cluster)', () => {
    const { template } = keepDeployed(stack('spot', SHARED), stack(undefined, SHARED));
    expect(template.Resources.WorkerService!.Properties!.CapacityProviderStrategy).toEqual([
      { CapacityProvider: 'FARGATE', Weight: 1 },
    ]);
    expect(template.Resources.ClusterCapacityProviders).toBeUndefined();
    expect(template.Resources.WorkerService!.DependsOn).toBeUndefined();
  });

  it('leaves a service that changes between strategies, or never had one, as converted', () => {
    const after = stack({ spot: 1, on_demand: 1 });
    expect(keepDeployed(stack('spot'), after)).toEqual({ template: after, notes: [] });
    const plain = stack();
    expect(keepDeployed(stack(), plain)).toEqual({ template: plain, notes: [] });
  });
});

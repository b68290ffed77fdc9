import { recordEvent, type ProgressRow } from '../../src/report/stack-progress.js';

describe('recordEvent', () => {
  it("keeps the stack's own row first and a resource's failure through the rollback that follows", () => {
    const rows: ProgressRow[] = [];
    const events = [
      ['shop', 'AWS::CloudFormation::Stack', 'UPDATE_IN_PROGRESS'],
      ['Web', 'AWS::ECS::Service', 'UPDATE_IN_PROGRESS'],
      ['Lb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'UPDATE_FAILED', 'subnets'],
      ['shop', 'AWS::CloudFormation::Stack', 'UPDATE_ROLLBACK_IN_PROGRESS'],
      ['Lb', 'AWS::ElasticLoadBalancingV2::LoadBalancer', 'UPDATE_COMPLETE'],
      ['Web', 'AWS::ECS::Service', 'UPDATE_COMPLETE'],
    ] as const;
    for (const [logicalId, type, status, reason] of events)
      recordEvent(rows, { logicalId, type, status, reason });
    expect(rows).toEqual([
      { logicalId: 'shop', type: 'AWS::CloudFormation::Stack', status: 'UPDATE_ROLLBACK_IN_PROGRESS' },
      { logicalId: 'Web', type: 'AWS::ECS::Service', status: 'UPDATE_COMPLETE' },
      {
        logicalId: 'Lb',
        type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        status: 'UPDATE_COMPLETE',
        failure: { status: 'UPDATE_FAILED', reason: 'subnets' },
      },
    ]);
  });
});

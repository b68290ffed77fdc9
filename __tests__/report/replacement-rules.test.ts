// The replacement table is generated from cfn-lint's resource schemas; the committed copy must be what
// the generator writes today, and the diff must name the causes the hand-written table used to miss.
import { readFileSync } from 'node:fs';
import { RULES_FILE, replacementRulesSource } from '../../scripts/replacement-rules.js';
import { resourceDiffs } from '../../src/report/resource-diff.js';
import type { Template } from '../../src/template/types.js';

const template = (resources: Template['Resources']): Template =>
  ({ AWSTemplateFormatVersion: '2010-09-09', Parameters: {}, Resources: resources, Outputs: {} }) as Template;

describe('replacement rules', () => {
  it('are current: src/report/replacement-rules.ts is what scripts/replacement-rules.ts generates', async () => {
    expect(readFileSync(RULES_FILE, 'utf8')).toEqual(await replacementRulesSource());
  }, 60_000);

  it.each([
    ['AWS::ServiceDiscovery::Service', 'HealthCheckCustomConfig', { FailureThreshold: 1 }],
    ['AWS::ServiceDiscovery::PrivateDnsNamespace', 'Vpc', 'vpc-2'],
    ['AWS::ECS::Cluster', 'ClusterName', 'other'],
    ['AWS::EFS::MountTarget', 'SubnetId', 'subnet-2'],
    ['AWS::ElasticLoadBalancingV2::Listener', 'LoadBalancerArn', 'arn:2'],
    ['AWS::ECS::Service', 'Cluster', 'other'],
  ])('a change of %s %s is named as a replacement', (type, property, after) => {
    const before = template({ R: { Type: type, Properties: { [property]: 'before', Keep: 1 } } });
    const next = template({ R: { Type: type, Properties: { [property]: after, Keep: 1 } } });
    expect(resourceDiffs(before, next)[0]!.replacedBy).toEqual([property]);
  });

  it('a change of an updatable property is not a replacement', () => {
    const before = template({
      L: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { Port: 80 } },
    });
    const next = template({ L: { Type: 'AWS::ElasticLoadBalancingV2::Listener', Properties: { Port: 81 } } });
    expect(resourceDiffs(before, next)[0]!.replacedBy).toEqual([]);
  });
});

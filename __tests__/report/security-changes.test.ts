import { securityChanges } from '../../src/report/security-changes.js';
import type { Template } from '../../src/template/types.js';

const template = (resources: Template['Resources']): Template => ({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: resources,
});

const group = (ingress: Array<Record<string, unknown>>) => ({
  Type: 'AWS::EC2::SecurityGroup',
  Properties: { GroupDescription: 'lb', SecurityGroupIngress: ingress },
});
const http = { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '0.0.0.0/0', Description: 'web 80' };

describe('securityChanges', () => {
  it('lists rules added and removed one by one, flags new exposure, never an unchanged rule', () => {
    const before = template({
      Lb: group([http, { ...http, FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8' }]),
    });
    const after = template({
      // The port-80 rule stays (its description reworded); 8443 is new over IPv6; 22 is gone.
      Lb: group([
        { ...http, Description: 'web published port 80/tcp' },
        { IpProtocol: 'tcp', FromPort: 8443, ToPort: 8443, CidrIpv6: '::/0' },
      ]),
      Internal: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: {
          GroupId: { Ref: 'Lb' },
          IpProtocol: '-1',
          SourceSecurityGroupId: { 'Fn::GetAtt': ['Lb', 'GroupId'] },
        },
      },
    });
    expect(securityChanges(before, after).map((c) => [c.change, c.text, c.flag])).toEqual([
      ['added', 'Lb: ingress 8443/tcp from ::/0', 'open to the internet'],
      ['added', 'Lb: ingress all traffic from Lb', undefined],
      ['removed', 'Lb: ingress 22/tcp from 10.0.0.0/8', undefined],
    ]);
    expect(securityChanges(after, after)).toEqual([]);
  });

  it('lists IAM statements and managed policies added or removed, calling wildcards out', () => {
    const role = (statements: unknown[], managed: string[]) => ({
      Type: 'AWS::IAM::Role',
      Properties: {
        ManagedPolicyArns: managed,
        Policies: [{ PolicyName: 'TaskPolicy', PolicyDocument: { Statement: statements } }],
      },
    });
    const read = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::shop/*' };
    const before = template({ Role: role([read], []) });
    const after = template({
      Role: role(
        [
          read,
          { Effect: 'Allow', Action: 's3:*', Resource: '*' },
          { Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
          { Effect: 'Deny', Action: '*', Resource: '*' },
        ],
        ['arn:aws:iam::aws:policy/AdministratorAccess'],
      ),
    });
    expect(securityChanges(before, after).map((c) => [c.change, `${c.text} — ${c.where}`, c.flag])).toEqual([
      ['added', 'Allow s3:* on * — Role policy TaskPolicy', 'broad permissions (wildcard)'],
      // ECR documents "*" as the only resource of GetAuthorizationToken: not a broadening.
      ['added', 'Allow ecr:GetAuthorizationToken on * — Role policy TaskPolicy', undefined],
      ['added', 'Deny * on * — Role policy TaskPolicy', undefined],
      ['added', 'managed policy arn:aws:iam::aws:policy/AdministratorAccess — Role', 'broad managed policy'],
    ]);
    expect(securityChanges(after, before).every((c) => c.change === 'removed' && !c.flag)).toBe(true);
  });

  it('flags a load balancer that becomes internet-facing, not one that stays so', () => {
    const lb = (scheme?: string) => ({
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: scheme ? { Scheme: scheme } : {},
    });
    expect(securityChanges(template({ Lb: lb('internal') }), template({ Lb: lb() }))).toEqual([
      {
        kind: 'load-balancer',
        change: 'added',
        resource: 'Lb',
        text: 'Lb: internet-facing load balancer',
        flag: 'reachable from the internet',
      },
    ]);
    expect(securityChanges(template({ Lb: lb('internet-facing') }), template({ Lb: lb() }))).toEqual([]);
  });
});

import { stackUrls } from '../../src/deploy/outputs.js';
import { sdkStacks } from '../../src/aws/sdk/cloudformation.js';
import { sdkServices } from '../../src/aws/sdk/ecs.js';
import type { Template } from '../../src/template/types.js';
import { fakeClient } from '../support/fake-aws.js';

const template: Template = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: { LoadBalancer: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer' } },
  Outputs: {
    LoadBalancerDNSName: { Value: { 'Fn::GetAtt': ['LoadBalancer', 'DNSName'] } },
    WebTCP80URL: { Value: { 'Fn::Sub': 'http://${LoadBalancer.DNSName}' } },
    ApiTCP8080URL: {
      Value: { 'Fn::Join': ['', ['http://', { 'Fn::GetAtt': ['LoadBalancer', 'DNSName'] }, ':8080']] },
    },
    OtherURL: { Value: { 'Fn::Sub': 'https://${Unknown.DNSName}' } },
  },
};

describe('stackUrls', () => {
  it('takes the URL outputs of a reading it is given, without reading the stack again', async () => {
    const cfn = fakeClient({});
    await expect(
      stackUrls(
        { stacks: sdkStacks(cfn), services: sdkServices(fakeClient({}), fakeClient({})) },
        'stack-1',
        template,
        {
          StackName: 'shop',
          CreationTime: new Date(),
          StackStatus: 'UPDATE_COMPLETE',
          Outputs: [{ OutputKey: 'WebTCP80URL', OutputValue: 'http://lb.example' }],
        },
      ),
    ).resolves.toEqual({ WebTCP80URL: 'http://lb.example' });
    expect(cfn.calls).toEqual([]);
  });

  it("takes the stack's own URL outputs when CloudFormation has them", async () => {
    const cfn = fakeClient({
      DescribeStacks: () => ({
        Stacks: [
          {
            Outputs: [
              { OutputKey: 'WebTCP80URL', OutputValue: 'http://lb.example' },
              { OutputKey: 'LoadBalancerDNSName', OutputValue: 'lb.example' },
            ],
          },
        ],
      }),
    });
    const elbv2 = fakeClient({});
    await expect(
      stackUrls(
        { stacks: sdkStacks(cfn), services: sdkServices(fakeClient({}), elbv2) },
        'stack-1',
        template,
      ),
    ).resolves.toEqual({
      WebTCP80URL: 'http://lb.example',
    });
    expect(elbv2.calls).toEqual([]);
  });

  it("otherwise evaluates the template's URL outputs against the stack's load balancers", async () => {
    const cfn = fakeClient({
      DescribeStacks: () => ({ Stacks: [{ Outputs: [] }] }),
      ListStackResources: () => ({
        StackResourceSummaries: [{ LogicalResourceId: 'LoadBalancer', PhysicalResourceId: 'arn:lb/1' }],
      }),
    });
    const elbv2 = fakeClient({
      DescribeLoadBalancers: (input: { LoadBalancerArns: string[] }) => ({
        LoadBalancers: input.LoadBalancerArns.map((arn) => ({
          LoadBalancerArn: arn,
          DNSName: 'shop-1.eu-west-1.elb.amazonaws.com',
        })),
      }),
    });
    await expect(
      stackUrls(
        { stacks: sdkStacks(cfn), services: sdkServices(fakeClient({}), elbv2) },
        'stack-1',
        template,
      ),
    ).resolves.toEqual({
      WebTCP80URL: 'http://shop-1.eu-west-1.elb.amazonaws.com',
      ApiTCP8080URL: 'http://shop-1.eu-west-1.elb.amazonaws.com:8080',
    });
  });
});

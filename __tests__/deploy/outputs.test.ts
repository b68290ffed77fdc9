import { stackUrls } from '../../src/deploy/outputs.js';
import { sdkStacks } from '../../src/aws/sdk/cloudformation.js';
import { sdkServices } from '../../src/aws/sdk/ecs.js';
import type { Template } from '../../src/template/types.js';
import {
  CloudFormationClient,
  DescribeStacksCommand,
  ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import { ECSClient } from '@aws-sdk/client-ecs';
import {
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { OFFLINE, fakeSdk, on } from '../support/fake-sdk.js';

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

/** The stack as DescribeStacks returns it, without outputs. */
const shop = { StackName: 'shop', CreationTime: new Date(), StackStatus: 'UPDATE_COMPLETE' as const };

describe('stackUrls', () => {
  it('takes the URL outputs of a reading it is given, without reading the stack again', async () => {
    const cfn = fakeSdk(new CloudFormationClient(OFFLINE));
    await expect(
      stackUrls(
        {
          stacks: sdkStacks(cfn),
          services: sdkServices(
            fakeSdk(new ECSClient(OFFLINE)),
            fakeSdk(new ElasticLoadBalancingV2Client(OFFLINE)),
          ),
        },
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
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(DescribeStacksCommand, () => ({
        Stacks: [
          {
            ...shop,
            Outputs: [
              { OutputKey: 'WebTCP80URL', OutputValue: 'http://lb.example' },
              { OutputKey: 'LoadBalancerDNSName', OutputValue: 'lb.example' },
            ],
          },
        ],
      })),
    );
    const elbv2 = fakeSdk(new ElasticLoadBalancingV2Client(OFFLINE));
    await expect(
      stackUrls(
        { stacks: sdkStacks(cfn), services: sdkServices(fakeSdk(new ECSClient(OFFLINE)), elbv2) },
        'stack-1',
        template,
      ),
    ).resolves.toEqual({
      WebTCP80URL: 'http://lb.example',
    });
    expect(elbv2.calls).toEqual([]);
  });

  it("otherwise evaluates the template's URL outputs against the stack's load balancers", async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(DescribeStacksCommand, () => ({ Stacks: [{ ...shop, Outputs: [] }] })),
      on(ListStackResourcesCommand, () => ({
        StackResourceSummaries: [
          {
            LogicalResourceId: 'LoadBalancer',
            PhysicalResourceId: 'arn:lb/1',
            ResourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
            ResourceStatus: 'CREATE_COMPLETE',
            LastUpdatedTimestamp: new Date(),
          },
        ],
      })),
    );
    const elbv2 = fakeSdk(
      new ElasticLoadBalancingV2Client(OFFLINE),
      on(DescribeLoadBalancersCommand, (input) => ({
        LoadBalancers: (input.LoadBalancerArns ?? []).map((arn) => ({
          LoadBalancerArn: arn,
          DNSName: 'shop-1.eu-west-1.elb.amazonaws.com',
        })),
      })),
    );
    await expect(
      stackUrls(
        { stacks: sdkStacks(cfn), services: sdkServices(fakeSdk(new ECSClient(OFFLINE)), elbv2) },
        'stack-1',
        template,
      ),
    ).resolves.toEqual({
      WebTCP80URL: 'http://shop-1.eu-west-1.elb.amazonaws.com',
      ApiTCP8080URL: 'http://shop-1.eu-west-1.elb.amazonaws.com:8080',
    });
  });
});

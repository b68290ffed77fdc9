// GPU services against moto (issue 26), from source over the real SDK edge: the plan's network check on
// subnets moto routes through an internet gateway or a NAT gateway, the quota sentence from moto's Service
// Quotas, and `destroy` of a stack whose GPU group runs protected instances (moto models launch templates
// and Auto Scaling groups; it accepts the capacity provider and its association without creating them).
import {
  AutoScalingClient,
  DescribeAutoScalingGroupsCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import {
  CreateStackCommand,
  DescribeStacksCommand,
  ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import {
  AllocateAddressCommand,
  AttachInternetGatewayCommand,
  CreateInternetGatewayCommand,
  CreateNatGatewayCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  AssociateRouteTableCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { createAwsEdge } from '../../src/aws/sdk-edge.js';
import { checkGpuNetwork, gpuQuotaNote } from '../../src/deploy/gpu-preflight.js';
import { UserError } from '../../src/errors.js';
import { StreamLogger } from '../../src/log.js';
import { destroyMode } from '../../src/modes/destroy.js';
import { RunKernel } from '../../src/kernel/kernel.js';
import type { RunOptions } from '../../src/steps/options.js';
import { convert } from '../../src/template/convert.js';
import { gpuSummaries } from '../../src/template/gpu-summary.js';
import { fixtures } from '../template/fixtures.js';
import { localAws, resetEmulator } from './support.js';

let aws: Awaited<ReturnType<typeof localAws>>;
let ec2: EC2Client;
const saved = { ...process.env };

beforeAll(async () => {
  aws = await localAws();
  await resetEmulator(aws.env.AWS_ENDPOINT_URL!);
  Object.assign(process.env, aws.env);
  ec2 = new EC2Client(aws.config);
});
afterAll(() => {
  process.env = saved;
});

/** A VPC with a public subnet (internet gateway) and a private one (NAT gateway in the public one). */
async function network() {
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }))).Vpc!.VpcId!;
  const subnet = async (cidr: string, zone: string) =>
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: zone }))).Subnet!
      .SubnetId!;
  const publicSubnet = await subnet('10.9.0.0/24', `${aws.env.AWS_REGION}a`);
  const privateSubnet = await subnet('10.9.1.0/24', `${aws.env.AWS_REGION}b`);
  // The fixture's internet-facing load balancer takes public subnets in two zones.
  const publicSubnet2 = await subnet('10.9.2.0/24', `${aws.env.AWS_REGION}b`);
  const igw = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
  await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igw, VpcId: vpc }));
  const table = async (subnetId: string, target: { GatewayId?: string; NatGatewayId?: string }) => {
    const id = (await ec2.send(new CreateRouteTableCommand({ VpcId: vpc }))).RouteTable!.RouteTableId!;
    await ec2.send(
      new CreateRouteCommand({ RouteTableId: id, DestinationCidrBlock: '0.0.0.0/0', ...target }),
    );
    await ec2.send(new AssociateRouteTableCommand({ RouteTableId: id, SubnetId: subnetId }));
    return id;
  };
  const publicTable = await table(publicSubnet, { GatewayId: igw });
  await ec2.send(new AssociateRouteTableCommand({ RouteTableId: publicTable, SubnetId: publicSubnet2 }));
  const eip = (await ec2.send(new AllocateAddressCommand({ Domain: 'vpc' }))).AllocationId!;
  const nat = (await ec2.send(new CreateNatGatewayCommand({ SubnetId: publicSubnet, AllocationId: eip })))
    .NatGateway!.NatGatewayId!;
  await table(privateSubnet, { NatGatewayId: nat });
  return { vpc, publicSubnet, publicSubnet2, privateSubnet, publicTable };
}

describe('GPU services on moto', () => {
  it('plan: private subnets behind a NAT pass, public ones are refused naming the subnet and its table', async () => {
    const edge = createAwsEdge({ region: aws.env.AWS_REGION! });
    const net = await network();
    await expect(
      checkGpuNetwork(edge.capacity, net.vpc, [net.privateSubnet], ['trainer']),
    ).resolves.toBeUndefined();
    const refused = await checkGpuNetwork(edge.capacity, net.vpc, [net.publicSubnet], ['trainer']).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as Error).message).toContain(
      `${net.publicSubnet} (route table ${net.publicTable}) has no default route through a NAT gateway`,
    );
    const gpu = fixtures.find((f) => f.name === 'gpu')!;
    const note = await gpuQuotaNote(edge.capacity, gpuSummaries(convert(gpu.loaded, gpu.options).template));
    // Either moto answers the quota or it does not know it: the plan says which, never nothing.
    expect(note).toMatch(
      /^the GPU instances need 56 vCPUs \(up to 112 while tasks are replaced\)(, but|;) .*(quota is \d+|could not be read)/,
    );
  }, 60_000);

  it('destroy lifts the protection of the running GPU instances and deletes the whole stack', async () => {
    const net = await network();
    const gpu = fixtures.find((f) => f.name === 'gpu')!;
    const { body } = convert(gpu.loaded, gpu.options);
    await aws.cfn.send(
      new CreateStackCommand({
        StackName: 'gpu-down',
        TemplateBody: body,
        Parameters: [
          { ParameterKey: 'VpcId', ParameterValue: net.vpc },
          { ParameterKey: 'SubnetIds', ParameterValue: net.privateSubnet },
          {
            ParameterKey: 'LoadBalancerSubnetIds',
            ParameterValue: `${net.publicSubnet},${net.publicSubnet2}`,
          },
        ],
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    const resources = (await aws.cfn.send(new ListStackResourcesCommand({ StackName: 'gpu-down' })))
      .StackResourceSummaries!;
    const group = resources.find(
      (r) => r.LogicalResourceId === 'TrainerAutoScalingGroup',
    )!.PhysicalResourceId!;
    const autoScaling = new AutoScalingClient(aws.config);
    // What ECS managed scaling does for two trainer tasks: two instances, protected from scale-in.
    await autoScaling.send(
      new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: group, DesiredCapacity: 2 }),
    );
    const before = (
      await autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [group] }))
    ).AutoScalingGroups![0]!;
    expect(before.Instances!.map((i) => i.ProtectedFromScaleIn)).toEqual([true, true]);

    const lines: string[] = [];
    const options: RunOptions = {
      ...{
        mode: 'destroy',
        load: { files: [], workingDir: '/x', environment: {} },
        waitTimeoutMs: 60_000,
        cost: false,
      },
      stackName: 'gpu-down',
    };
    const deps = {
      logger: new StreamLogger((l) => void lines.push(l)),
      aws: createAwsEdge({ region: aws.env.AWS_REGION! }),
    };
    await destroyMode(new RunKernel('destroy', deps.logger), options, deps);
    expect(lines.join('\n')).toMatch(/scale-in protection lifted from 2 instance\(s\), group set to 0/);
    const after = await autoScaling.send(
      new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [group] }),
    );
    expect(after.AutoScalingGroups).toEqual([]);
    const stacks = await aws.cfn
      .send(new DescribeStacksCommand({ StackName: 'gpu-down' }))
      .then((o) => o.Stacks?.[0]?.StackStatus)
      .catch(() => 'gone');
    expect(['gone', 'DELETE_COMPLETE']).toContain(stacks);
  }, 120_000);
});

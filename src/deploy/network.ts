import {
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  type EC2Client,
  type Subnet,
} from '@aws-sdk/client-ec2';
import { awsFailure } from '../aws/errors.js';
import { UserError } from '../errors.js';

export interface NetworkChoice {
  vpcId: string;
  subnetIds: string[];
}

/**
 * The VPC and subnets the services run in, looked up at plan time so the template never bakes
 * them in: the given VPC (else the account's default VPC), and the given subnets, else that VPC's
 * public subnets (the ones that map public IPs) or, when asked for private, the others; one per
 * availability zone.
 */
export async function resolveNetwork(
  ec2: EC2Client,
  request: { vpcId?: string; subnetIds?: string[]; privateSubnets?: boolean },
): Promise<NetworkChoice> {
  try {
    let vpcId = request.vpcId;
    if (!vpcId) {
      const vpcs = await ec2.send(
        new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }),
      );
      vpcId = vpcs.Vpcs?.[0]?.VpcId;
      if (!vpcId) {
        throw new UserError(
          'plan',
          'this account and region have no default VPC: set the vpc-id input (or x-aws-vpc) and subnet-ids',
        );
      }
    }
    if (request.subnetIds?.length) return { vpcId, subnetIds: [...request.subnetIds] };
    const out = await ec2.send(
      new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }),
    );
    const wanted = (s: Subnet) => Boolean(s.MapPublicIpOnLaunch) !== Boolean(request.privateSubnets);
    // One subnet per availability zone: load balancers and EFS mount targets need distinct zones.
    const byZone = new Map<string, string>();
    for (const subnet of (out.Subnets ?? [])
      .filter(wanted)
      .sort((a, b) => (a.SubnetId! < b.SubnetId! ? -1 : 1))) {
      const zone = subnet.AvailabilityZone ?? subnet.SubnetId!;
      if (!byZone.has(zone)) byZone.set(zone, subnet.SubnetId!);
    }
    const subnetIds = [...byZone.values()].sort();
    if (!subnetIds.length) {
      throw new UserError(
        'plan',
        `VPC ${vpcId} has no ${request.privateSubnets ? 'private' : 'public'} subnets: set the subnet-ids input`,
      );
    }
    return { vpcId, subnetIds };
  } catch (err) {
    throw awsFailure('plan', 'looking up the VPC and subnets', err);
  }
}

import type { Subnet } from '@aws-sdk/client-ec2';
import type { Network } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import { UserError } from '../errors.js';

export interface NetworkChoice {
  vpcId: string;
  subnetIds: string[];
  /** How many distinct availability zones the subnets are in (load balancers and EFS need two or more). */
  zones: number;
  /** Those zones (a subnet without a known zone stands for its own). */
  zoneNames: string[];
}

/**
 * The VPC and subnets the services run in, looked up at plan time so the template never bakes
 * them in: the given VPC (else the account's default VPC), and the given subnets, else that VPC's
 * public subnets (the ones that map public IPs) or, when asked for private, the others; one per
 * availability zone.
 */
export async function resolveNetwork(
  ec2: Network,
  request: { vpcId?: string; subnetIds?: string[]; privateSubnets?: boolean },
): Promise<NetworkChoice> {
  try {
    let vpcId = request.vpcId;
    if (!vpcId) {
      vpcId = await ec2.defaultVpcId();
      if (!vpcId) {
        throw new UserError(
          'this account and region have no default VPC: set the vpc-id input (or x-aws-vpc) and subnet-ids',
        );
      }
    }
    if (request.subnetIds?.length)
      return { vpcId, subnetIds: [...request.subnetIds], ...(await zonesOf(ec2, request.subnetIds)) };
    const found = await subnetsOf(ec2, vpcId, !request.privateSubnets);
    if (!found.subnetIds.length) {
      throw new UserError(
        `VPC ${vpcId} has no ${request.privateSubnets ? 'private' : 'public'} subnets: set the subnet-ids input`,
      );
    }
    return { vpcId, ...found };
  } catch (err) {
    throw awsFailure('looking up the VPC and subnets', err);
  }
}

/** Given subnets are taken as they are, but their zones are counted: ALB and EFS need distinct ones. */
async function zonesOf(ec2: Network, subnetIds: string[]): Promise<{ zones: number; zoneNames: string[] }> {
  const subnets = await ec2.subnets({ subnetIds });
  const zoneNames = [...new Set(subnets.map((s) => s.AvailabilityZone ?? s.SubnetId!))].sort();
  return { zones: zoneNames.length, zoneNames };
}

/**
 * Subnets for an internet-facing load balancer: the public-subnet-ids input (zones counted), else the
 * VPC's public subnets, one per availability zone.
 */
export async function resolvePublicSubnets(
  ec2: Network,
  vpcId: string,
  given?: string[],
): Promise<{ subnetIds: string[]; zones: number; zoneNames: string[] }> {
  try {
    if (given?.length) return { subnetIds: [...given], ...(await zonesOf(ec2, given)) };
    return await subnetsOf(ec2, vpcId, true);
  } catch (err) {
    throw awsFailure('looking up public subnets for the load balancer', err);
  }
}

/** The VPC's public (map public IPs) or private subnets, one per availability zone, sorted; maybe none. */
async function subnetsOf(
  ec2: Network,
  vpcId: string,
  publicOnes: boolean,
): Promise<{ subnetIds: string[]; zones: number; zoneNames: string[] }> {
  {
    const subnets = await ec2.subnets({ vpcId });
    const wanted = (s: Subnet) => Boolean(s.MapPublicIpOnLaunch) === publicOnes;
    // One subnet per availability zone: load balancers and EFS mount targets need distinct zones.
    const byZone = new Map<string, string>();
    for (const subnet of subnets.filter(wanted).sort((a, b) => (a.SubnetId! < b.SubnetId! ? -1 : 1))) {
      const zone = subnet.AvailabilityZone ?? subnet.SubnetId!;
      if (!byZone.has(zone)) byZone.set(zone, subnet.SubnetId!);
    }
    const subnetIds = [...byZone.values()].sort();
    return { subnetIds, zones: byZone.size, zoneNames: [...byZone.keys()].sort() };
  }
}

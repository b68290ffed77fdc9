import type { Network } from '../aws/edge.js';
import { UserError } from '../errors.js';
import type { ParameterSource } from '../template/convert.js';
import { resolveNetwork, resolvePublicSubnets } from './network.js';

export interface NetworkRequest {
  vpcId?: string;
  subnetIds?: string[];
  privateSubnets?: boolean;
  /** Public subnets for an internet-facing load balancer (the public-subnet-ids input). */
  publicSubnetIds?: string[];
}

/**
 * Fills the template's network parameters from the account: the VPC and subnets, looked up now,
 * never baked in. The vpc-id and subnet-ids inputs win over the compose file's x-aws-vpc, which
 * wins over the default VPC.
 */
export async function networkParameters(
  ec2: Network,
  parameters: ParameterSource[],
  request: NetworkRequest,
): Promise<Record<string, string>> {
  const vpc = parameters.find((p) => p.kind === 'vpc');
  const subnets = parameters.find((p) => p.kind === 'subnets');
  const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
  if (!vpc && !subnets && !lbSubnets) return {};
  const network = await resolveNetwork(ec2, {
    vpcId: request.vpcId ?? vpc?.value,
    subnetIds: request.subnetIds,
    privateSubnets: request.privateSubnets ?? (subnets?.public === false ? true : undefined),
  });
  if (subnets?.minCount && network.zones < subnets.minCount) {
    throw new UserError(
      'plan',
      `${subnets.description}: needs at least ${subnets.minCount} subnets in distinct availability zones, found ${network.zones} zone(s) (${network.subnetIds.join(', ')})`,
    );
  }
  const values: Record<string, string> = {};
  if (vpc) values[vpc.name] = network.vpcId;
  if (subnets) values[subnets.name] = network.subnetIds.join(',');
  if (lbSubnets) {
    // Public task subnets serve the load balancer too; private ones cannot (no route from the internet).
    const tasksPublic = !(request.privateSubnets ?? subnets?.public === false);
    const lb =
      !request.publicSubnetIds?.length && tasksPublic
        ? network
        : await resolvePublicSubnets(ec2, network.vpcId, request.publicSubnetIds);
    if (lb.zones < (lbSubnets.minCount ?? 2)) {
      throw new UserError(
        'plan',
        `${lbSubnets.description}: found ${lb.zones} zone(s) (${lb.subnetIds.join(', ') || 'none'}); set the public-subnet-ids input, or x-aws-loadbalancer_scheme: internal to keep the load balancer inside the VPC`,
      );
    }
    values[lbSubnets.name] = lb.subnetIds.join(',');
  }
  return values;
}

import type { EC2Client } from '@aws-sdk/client-ec2';
import { UserError } from '../errors.js';
import type { ParameterSource } from '../template/convert.js';
import { resolveNetwork } from './network.js';

export interface NetworkRequest {
  vpcId?: string;
  subnetIds?: string[];
  privateSubnets?: boolean;
}

/**
 * Fills the template's network parameters from the account: the VPC and subnets, looked up now,
 * never baked in. The vpc-id and subnet-ids inputs win over the compose file's x-aws-vpc, which
 * wins over the default VPC.
 */
export async function networkParameters(
  ec2: EC2Client,
  parameters: ParameterSource[],
  request: NetworkRequest,
): Promise<Record<string, string>> {
  const vpc = parameters.find((p) => p.kind === 'vpc');
  const subnets = parameters.find((p) => p.kind === 'subnets');
  if (!vpc && !subnets) return {};
  const network = await resolveNetwork(ec2, {
    vpcId: request.vpcId ?? vpc?.value,
    subnetIds: request.subnetIds,
    privateSubnets: request.privateSubnets ?? (subnets?.public === false ? true : undefined),
  });
  if (subnets?.minCount && network.subnetIds.length < subnets.minCount) {
    throw new UserError(
      'plan',
      `${subnets.description}: needs at least ${subnets.minCount} subnets, found ${network.subnetIds.length} (${network.subnetIds.join(', ')})`,
    );
  }
  const values: Record<string, string> = {};
  if (vpc) values[vpc.name] = network.vpcId;
  if (subnets) values[subnets.name] = network.subnetIds.join(',');
  return values;
}

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
 * How this run's network was chosen, and how many availability zones the choice spans: recorded on the stack
 * (network-record.ts) so a later run with the same inputs can take the stack's own values without a lookup.
 */
export interface NetworkRecord {
  /** vpc-id input or x-aws-vpc ('given'), else the account's default VPC. */
  vpc: 'given' | 'default';
  /** subnet-ids input, else the VPC's public or private subnets. */
  subnets: 'given' | 'public' | 'private';
  /** Distinct availability zones of the task subnets. */
  zones: number;
  /** The load balancer's subnets, when the template has one facing the internet. */
  lb?: 'given' | 'tasks' | 'public';
  lbZones?: number;
}

/** What this run's inputs ask for, before any lookup (zones unknown). */
export function networkModes(
  parameters: ParameterSource[],
  request: NetworkRequest,
): Omit<NetworkRecord, 'zones' | 'lbZones'> & { vpcId?: string; privateSubnets?: boolean } {
  const vpc = parameters.find((p) => p.kind === 'vpc');
  const subnets = parameters.find((p) => p.kind === 'subnets');
  const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
  const vpcId = request.vpcId ?? vpc?.value;
  const privateSubnets = request.privateSubnets ?? (subnets?.public === false ? true : undefined);
  // Public task subnets serve the load balancer too; private ones cannot (no route from the internet).
  const lb = !lbSubnets
    ? undefined
    : request.publicSubnetIds?.length
      ? 'given'
      : privateSubnets
        ? 'public'
        : 'tasks';
  return {
    vpc: vpcId ? 'given' : 'default',
    subnets: request.subnetIds?.length ? 'given' : privateSubnets ? 'private' : 'public',
    ...(lb ? { lb } : {}),
    ...(vpcId ? { vpcId } : {}),
    ...(privateSubnets !== undefined ? { privateSubnets } : {}),
  };
}

/**
 * Fills the template's network parameters from the account: the VPC and subnets, looked up now, never baked
 * in. The vpc-id and subnet-ids inputs win over the compose file's x-aws-vpc, which wins over the default
 * VPC. Returns the values and the record of how they were chosen (none when the template has no network
 * parameter).
 */
export async function lookUpNetwork(
  ec2: Network,
  parameters: ParameterSource[],
  request: NetworkRequest,
): Promise<{ values: Record<string, string>; record?: NetworkRecord }> {
  const vpc = parameters.find((p) => p.kind === 'vpc');
  const subnets = parameters.find((p) => p.kind === 'subnets');
  const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
  if (!vpc && !subnets && !lbSubnets) return { values: {} };
  const modes = networkModes(parameters, request);
  const network = await resolveNetwork(ec2, {
    vpcId: modes.vpcId,
    subnetIds: request.subnetIds,
    privateSubnets: modes.privateSubnets,
  });
  const record: NetworkRecord = { vpc: modes.vpc, subnets: modes.subnets, zones: network.zones };
  const values: Record<string, string> = {};
  if (vpc) values[vpc.name] = network.vpcId;
  if (subnets) values[subnets.name] = network.subnetIds.join(',');
  let lbZones: { subnetIds: string[]; zoneNames: string[] } | undefined;
  if (lbSubnets && modes.lb) {
    const lb =
      modes.lb === 'tasks'
        ? network
        : await resolvePublicSubnets(ec2, network.vpcId, request.publicSubnetIds);
    values[lbSubnets.name] = lb.subnetIds.join(',');
    Object.assign(record, { lb: modes.lb, lbZones: lb.zones });
    lbZones = lb;
  }
  const problem = zoneProblem(parameters, record, values);
  if (problem) throw new UserError(problem);
  if (lbZones) {
    const lb = lbZones;
    // A load balancer routes only to targets in the zones it is enabled in (Elastic Load Balancing:
    // Availability Zones for your load balancer), and ECS asks that it span the zones its tasks run
    // in: a task elsewhere gets no traffic and never passes its health check. Say which zone is missing.
    const missing = network.zoneNames.filter((z) => !lb.zoneNames.includes(z));
    if (missing.length > 0)
      throw new UserError(
        `the load balancer's subnets (${lb.subnetIds.join(', ')}) are in ${lb.zoneNames.join(', ')}, but the tasks' subnets are also in ${missing.join(', ')}: add a public subnet there (public-subnet-ids) or run the tasks in those zones only (subnet-ids)`,
      );
  }
  return { values, record };
}

/** What the subnets lack for the template (EFS mount targets, a load balancer), or undefined when they suffice. */
export function zoneProblem(
  parameters: ParameterSource[],
  record: NetworkRecord,
  values: Record<string, string>,
): string | undefined {
  const subnets = parameters.find((p) => p.kind === 'subnets');
  const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
  if (subnets?.minCount && record.zones < subnets.minCount)
    return `${subnets.description}: needs at least ${subnets.minCount} subnets in distinct availability zones, found ${record.zones} zone(s) (${(values[subnets.name] ?? '').split(',').join(', ')})`;
  if (lbSubnets && (record.lbZones ?? 0) < (lbSubnets.minCount ?? 2))
    return `${lbSubnets.description}: found ${record.lbZones ?? 0} zone(s) (${(values[lbSubnets.name] ?? '').split(',').filter(Boolean).join(', ') || 'none'}); set the public-subnet-ids input, or x-aws-loadbalancer_scheme: internal to keep the load balancer inside the VPC`;
  return undefined;
}

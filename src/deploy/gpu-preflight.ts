// Plan-time checks for GPU services (docs/mapping.md, GPUs), run once the VPC and subnets are known:
// - awsvpc tasks on EC2 get no public IP (AssignPublicIp is Fargate's), so each task subnet needs a default
//   route through a NAT gateway (or another NAT: instance, transit gateway), or the VPC needs the endpoints
//   the ECS agent and the tasks use: ECS (ecs, ecs-agent, ecs-telemetry), ECR (ecr.api, ecr.dkr), S3 (a
//   gateway on the subnet's route table: image layers) and CloudWatch Logs. Refused otherwise, naming what
//   is missing (ECS developer guide: "Amazon ECS interface VPC endpoints", "Amazon ECR interface VPC endpoints").
// - new accounts often have a G and VT instance vCPU quota of 0: read it where the role may, say so either way.
import type { RouteTable, VpcEndpoint } from '@aws-sdk/client-ec2';
import type { Ec2Capacity } from '../aws/edge.js';
import { UserError } from '../errors.js';
import type { GpuSummary } from '../template/gpu-summary.js';

/** Service Quotas: "Running On-Demand G and VT instances", in vCPUs (ServiceCode ec2). */
export const G_VT_QUOTA = { serviceCode: 'ec2', quotaCode: 'L-DB2E81BA' } as const;

const INTERFACE_ENDPOINTS = ['ecs', 'ecs-agent', 'ecs-telemetry', 'ecr.api', 'ecr.dkr', 'logs'];

/** The table that routes a subnet: its own association, else the VPC's main table. */
function tableOf(tables: RouteTable[], subnetId: string): RouteTable | undefined {
  return (
    tables.find((t) => t.Associations?.some((a) => a.SubnetId === subnetId)) ??
    tables.find((t) => t.Associations?.some((a) => a.Main))
  );
}

/** Whether a table sends 0.0.0.0/0 somewhere that translates addresses (not an internet gateway). */
function hasNat(table: RouteTable | undefined): boolean {
  return (table?.Routes ?? []).some(
    (r) =>
      r.DestinationCidrBlock === '0.0.0.0/0' &&
      r.State !== 'blackhole' &&
      Boolean(r.NatGatewayId || r.TransitGatewayId || r.InstanceId || r.NetworkInterfaceId),
  );
}

const serviceOf = (e: VpcEndpoint) =>
  (e.ServiceName ?? '').replace(/^.*?\.amazonaws\.com\.|^com\.amazonaws\.[^.]+\./, '');

/** What each task subnet lacks to pull images and register instances without public IPs; empty when nothing. */
export function missingEgress(subnetIds: string[], tables: RouteTable[], endpoints: VpcEndpoint[]): string[] {
  const live = endpoints.filter(
    (e) => !['deleted', 'deleting', 'failed', 'rejected'].includes(String(e.State ?? '').toLowerCase()),
  );
  const interfaces = new Set(live.filter((e) => e.VpcEndpointType !== 'Gateway').map(serviceOf));
  const s3Tables = new Set(
    live
      .filter((e) => e.VpcEndpointType === 'Gateway' && serviceOf(e) === 's3')
      .flatMap((e) => e.RouteTableIds ?? []),
  );
  const problems: string[] = [];
  for (const subnet of subnetIds) {
    const table = tableOf(tables, subnet);
    if (hasNat(table)) continue;
    const missing = INTERFACE_ENDPOINTS.filter((name) => !interfaces.has(name)).map(
      (n) => `${n} (interface)`,
    );
    if (!table?.RouteTableId || !s3Tables.has(table.RouteTableId))
      missing.push('s3 (gateway, on this route table)');
    if (missing.length)
      problems.push(
        `${subnet} (route table ${table?.RouteTableId ?? 'none'}) has no default route through a NAT gateway, and the VPC lacks the endpoints ${missing.join(', ')}`,
      );
  }
  return problems;
}

/** Refuses a network GPU instances and their tasks could not work in. */
export async function checkGpuNetwork(
  capacity: Pick<Ec2Capacity, 'routeTables' | 'vpcEndpoints'>,
  vpcId: string,
  subnetIds: string[],
  services: string[],
): Promise<void> {
  const [tables, endpoints] = await Promise.all([capacity.routeTables(vpcId), capacity.vpcEndpoints(vpcId)]);
  const problems = missingEgress(subnetIds, tables, endpoints);
  if (problems.length)
    throw new UserError(
      `${services.join(', ')} ${services.length === 1 ? 'runs' : 'run'} on EC2 GPU instances whose awsvpc tasks get no public IP, so their subnets need a NAT gateway or VPC endpoints: ${problems.join('; ')}. Run them in private subnets with a NAT gateway (private-subnets, or subnet-ids), or add the endpoints`,
    );
}

/** The sentence the plan says about the G and VT vCPU quota, whether or not it could be read. */
export async function gpuQuotaNote(
  capacity: Pick<Ec2Capacity, 'quota'>,
  summaries: GpuSummary[],
): Promise<string> {
  const vcpus = (count: (s: GpuSummary) => number) =>
    summaries.reduce((n, s) => n + (s.type?.vcpus ?? 0) * count(s), 0);
  const now = vcpus((s) => s.instances ?? s.maxInstances);
  const most = vcpus((s) => s.maxInstances);
  const need = `the GPU instances need ${now} vCPUs (up to ${most} while tasks are replaced)`;
  let quota: number | undefined;
  try {
    quota = await capacity.quota(G_VT_QUOTA.serviceCode, G_VT_QUOTA.quotaCode);
  } catch (err) {
    const name = (err as { name?: string }).name ?? 'an error';
    return `${need}; the G and VT instance vCPU quota (${G_VT_QUOTA.quotaCode}) could not be read (${name}: allow servicequotas:GetServiceQuota to check it). New accounts often have 0: ask for more in Service Quotas before deploying`;
  }
  if (quota === undefined) return `${need}; Service Quotas returned no value for ${G_VT_QUOTA.quotaCode}`;
  if (quota < now)
    return `${need}, but the account's G and VT instance vCPU quota is ${quota}: no instance will start. Ask for at least ${now} in Service Quotas (${G_VT_QUOTA.quotaCode})`;
  return `${need}; the account's G and VT instance vCPU quota is ${quota}${quota < most ? ', less than a rolling update may use' : ''}`;
}

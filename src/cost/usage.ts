// What a template runs that AWS bills by the hour or the month, read from the template alone (the
// converter's output, and whatever x-aws-cloudformation added): tasks and their size, load balancers,
// public addresses, NAT gateways, file systems, log groups, secrets and advanced parameters.
import type { Resource, Template } from '../template/types.js';

export type Architecture = 'x86' | 'arm' | 'windows';

export interface ServiceUsage {
  /** The compose service (its tag), else the resource's logical id. */
  name: string;
  vcpu: number;
  gb: number;
  architecture: Architecture;
  /** GiB of ephemeral storage above the 20 GiB every Fargate task has free. */
  extraStorageGb: number;
  /** Tasks: min = max unless the service is autoscaled. */
  tasks: { min: number; max: number };
  /** Tasks on FARGATE_SPOT out of n (CapacityProviderStrategy: base first, then by weight). */
  spotTasks: (n: number) => number;
  /** Runs on EC2 capacity (launch type EC2 or a capacity provider of the cluster's own instances). */
  onEc2: boolean;
  /** Each task gets a public IPv4 address (awsvpc, AssignPublicIp ENABLED). */
  publicIp: boolean;
}

export interface LoadBalancerUsage {
  name: string;
  type: 'application' | 'network';
  /** Public IPv4 addresses: one per zone of an internet-facing load balancer. */
  publicIps: number;
  /** The zones are a parameter whose value is not known: two (the fewest an ALB takes) are assumed. */
  zonesAssumed: boolean;
}

export interface InstanceUsage {
  name: string;
  instanceType: string;
  count: { min: number; max: number };
}

export interface StackUsage {
  services: ServiceUsage[];
  loadBalancers: LoadBalancerUsage[];
  instances: InstanceUsage[];
  natGateways: number;
  /** Elastic IP addresses the template allocates (a NAT gateway's among them). */
  elasticIps: number;
  fileSystems: number;
  logGroups: number;
  /** Secrets Manager secrets of the stack: ones the action stores for it and ones the template creates. */
  secrets: number;
  advancedParameters: number;
}

const num = (value: unknown, fallback: number): number => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
};

const props = (r: Resource | undefined) => (r?.Properties ?? {}) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The logical id a `Ref` or `Fn::GetAtt` names, wherever it sits in a value. */
function referenced(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => referenced(v, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string') found.push(inner);
      else if (key === 'Fn::GetAtt' && Array.isArray(inner) && typeof inner[0] === 'string')
        found.push(inner[0]);
      else referenced(inner, found);
    }
  }
  return found;
}

const tag = (r: Resource, key: string): string | undefined =>
  (props(r).Tags as Array<{ Key?: string; Value?: unknown }> | undefined)?.find((t) => t.Key === key)
    ?.Value as string | undefined;

/** ECS's spread of a strategy's tasks: the base goes to its provider first, the rest by weight. */
function spotShare(strategy: Array<{ CapacityProvider?: unknown; Base?: unknown; Weight?: unknown }>) {
  return (n: number): number => {
    let spot = 0;
    let left = n;
    for (const s of strategy) {
      const base = Math.min(num(s.Base, 0), left);
      if (s.CapacityProvider === 'FARGATE_SPOT') spot += base;
      left -= base;
    }
    const total = strategy.reduce((sum, s) => sum + num(s.Weight, 0), 0);
    const spotWeight = strategy
      .filter((s) => s.CapacityProvider === 'FARGATE_SPOT')
      .reduce((sum, s) => sum + num(s.Weight, 0), 0);
    return spot + (total > 0 ? (left * spotWeight) / total : 0);
  };
}

function serviceUsage(id: string, service: Resource, template: Template, scaling: Map<string, Resource>) {
  const p = props(service);
  const taskId = referenced(p.TaskDefinition)[0];
  const task = props(taskId ? template.Resources[taskId] : undefined);
  const platform = (task.RuntimePlatform ?? {}) as Record<string, unknown>;
  const windows = String(platform.OperatingSystemFamily ?? 'LINUX').startsWith('WINDOWS');
  const strategy = (p.CapacityProviderStrategy ?? []) as Array<Record<string, unknown>>;
  const providers = strategy.map((s) => s.CapacityProvider);
  const onEc2 = p.LaunchType === 'EC2' || providers.some((c) => c !== 'FARGATE' && c !== 'FARGATE_SPOT');
  const desired = num(p.DesiredCount, 1);
  const target = scaling.get(id);
  const storage = num((task.EphemeralStorage as Record<string, unknown> | undefined)?.SizeInGiB, 20);
  const usage: ServiceUsage = {
    name: tag(service, 'com.docker.compose.service') ?? id,
    // Task-level CPU units (1,024 a vCPU) and MiB, as Fargate bills them.
    vcpu: num(task.Cpu, 256) / 1024,
    gb: num(task.Memory, 512) / 1024,
    architecture: windows ? 'windows' : platform.CpuArchitecture === 'ARM64' ? 'arm' : 'x86',
    extraStorageGb: Math.max(0, storage - 20),
    tasks: target
      ? { min: num(props(target).MinCapacity, desired), max: num(props(target).MaxCapacity, desired) }
      : { min: desired, max: desired },
    spotTasks: spotShare(strategy),
    onEc2,
    publicIp: p.NetworkConfiguration?.AwsvpcConfiguration?.AssignPublicIp === 'ENABLED',
  };
  return usage;
}

/** Instances of an Auto Scaling group, by the instance type of its launch template. */
function instanceUsage(id: string, group: Resource, template: Template): InstanceUsage | undefined {
  const p = props(group);
  const launchId = referenced(p.LaunchTemplate ?? p.MixedInstancesPolicy)[0];
  const instanceType = props(launchId ? template.Resources[launchId] : undefined).LaunchTemplateData
    ?.InstanceType;
  if (typeof instanceType !== 'string') return undefined;
  const desired = num(p.DesiredCapacity, num(p.MinSize, 0));
  return { name: id, instanceType, count: { min: num(p.MinSize, desired), max: num(p.MaxSize, desired) } };
}

/** Stored secrets are parameter pairs `<Id>SecretArn` + `<Id>SecretVersion` (src/template/secrets.ts). */
function storedSecrets(template: Template): number {
  const names = Object.keys(template.Parameters ?? {});
  return names.filter((n) => n.endsWith('SecretArn') && names.includes(n.replace(/Arn$/, 'Version'))).length;
}

/** How many subnets (zones) a load balancer names: a literal list, or a list parameter's value. */
function zonesOf(p: Record<string, unknown>, parameters: Record<string, string>): number {
  if (Array.isArray(p.SubnetMappings)) return p.SubnetMappings.length;
  if (Array.isArray(p.Subnets)) return p.Subnets.length;
  const name = (p.Subnets as { Ref?: unknown } | undefined)?.Ref;
  const value = typeof name === 'string' ? parameters[name] : undefined;
  return value ? value.split(',').filter((s) => s.trim()).length : 0;
}

/** The usage of a template; `parameters` are the values it is deployed with (the subnets of a load balancer). */
export function stackUsage(
  template: Template | undefined,
  parameters: Record<string, string> = {},
): StackUsage {
  const usage: StackUsage = {
    services: [],
    loadBalancers: [],
    instances: [],
    natGateways: 0,
    elasticIps: 0,
    fileSystems: 0,
    logGroups: 0,
    secrets: template ? storedSecrets(template) : 0,
    advancedParameters: 0,
  };
  if (!template) return usage;
  const resources = Object.entries(template.Resources).sort(([a], [b]) => a.localeCompare(b));
  const scaling = new Map<string, Resource>();
  for (const [, r] of resources)
    if (r.Type === 'AWS::ApplicationAutoScaling::ScalableTarget' && props(r).ServiceNamespace === 'ecs')
      for (const target of referenced(props(r).ResourceId)) scaling.set(target, r);
  for (const [id, r] of resources) {
    const p = props(r);
    if (r.Type === 'AWS::ECS::Service') usage.services.push(serviceUsage(id, r, template, scaling));
    else if (
      r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' &&
      (p.Type ?? 'application') !== 'gateway'
    ) {
      const zones = zonesOf(p, parameters);
      const internetFacing = (p.Scheme ?? 'internet-facing') === 'internet-facing';
      usage.loadBalancers.push({
        name: id,
        type: p.Type === 'network' ? 'network' : 'application',
        publicIps: internetFacing ? zones || 2 : 0,
        zonesAssumed: internetFacing && !zones,
      });
    } else if (r.Type === 'AWS::AutoScaling::AutoScalingGroup') {
      const instances = instanceUsage(id, r, template);
      if (instances) usage.instances.push(instances);
    } else if (r.Type === 'AWS::EC2::Instance' && typeof p.InstanceType === 'string')
      usage.instances.push({ name: id, instanceType: p.InstanceType, count: { min: 1, max: 1 } });
    else if (r.Type === 'AWS::EC2::NatGateway') usage.natGateways++;
    else if (r.Type === 'AWS::EC2::EIP') usage.elasticIps++;
    else if (r.Type === 'AWS::EFS::FileSystem') usage.fileSystems++;
    else if (r.Type === 'AWS::Logs::LogGroup') usage.logGroups++;
    else if (r.Type === 'AWS::SecretsManager::Secret') usage.secrets++;
    else if (r.Type === 'AWS::SSM::Parameter' && p.Tier === 'Advanced') usage.advancedParameters++;
  }
  return usage;
}

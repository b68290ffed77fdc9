// What a template's GPU capacity amounts to, read back from its resources (service → capacity provider →
// Auto Scaling group → launch template's instance type; the task definition's GPU ResourceRequirements):
// for the plan's sentence in compose words and the plan-time quota and network checks.
import { gpuInstanceType, type GpuInstanceType } from '../compose/gpu-instances.js';
import type { Resource, Template } from './types.js';

export interface GpuSummary {
  service: string;
  /** The ECS service's logical ID (the rollout finds the service's group through it). */
  serviceId: string;
  instanceType: string;
  type?: GpuInstanceType;
  gpusPerTask: number;
  /** The desired count; undefined when Application Auto Scaling owns it. */
  tasks?: number;
  /** Instances for the desired count, when known. */
  instances?: number;
  /** The Auto Scaling group's MaxSize. */
  maxInstances: number;
  /** The Auto Scaling group's logical ID (destroy lifts its instances' protection). */
  autoScalingGroupId: string;
}

const refOf = (v: unknown): string | undefined =>
  typeof v === 'object' && v !== null && typeof (v as { Ref?: unknown }).Ref === 'string'
    ? (v as { Ref: string }).Ref
    : undefined;

function serviceName(r: Resource, fallback: string): string {
  const tags = (r.Properties?.Tags ?? []) as Array<{ Key?: unknown; Value?: unknown }>;
  const tag = tags.find((t) => t.Key === 'com.docker.compose.service')?.Value;
  return typeof tag === 'string' ? tag : fallback;
}

/** Tasks per instance: the GPUs it has over the GPUs a task takes, and one network interface per task. */
export function tasksPerInstance(type: GpuInstanceType, gpusPerTask: number): number {
  return Math.max(1, Math.min(Math.floor(type.gpus / Math.max(1, gpusPerTask)), type.enis - 1));
}

export function gpuSummaries(template: Template | undefined): GpuSummary[] {
  const resources = template?.Resources ?? {};
  const out: GpuSummary[] = [];
  for (const [id, r] of Object.entries(resources)) {
    if (r.Type !== 'AWS::ECS::Service') continue;
    const strategy = (r.Properties?.CapacityProviderStrategy ?? []) as Array<{ CapacityProvider?: unknown }>;
    const provider = strategy
      .map((s) => resources[refOf(s.CapacityProvider) ?? ''])
      .find((p) => p?.Type === 'AWS::ECS::CapacityProvider');
    const asgId = refOf(
      (provider?.Properties?.AutoScalingGroupProvider as { AutoScalingGroupArn?: unknown } | undefined)
        ?.AutoScalingGroupArn,
    );
    const asg = resources[asgId ?? ''];
    const ltId = refOf(
      (asg?.Properties?.LaunchTemplate as { LaunchTemplateId?: unknown } | undefined)?.LaunchTemplateId,
    );
    const data = resources[ltId ?? '']?.Properties?.LaunchTemplateData as
      { InstanceType?: unknown } | undefined;
    if (!asgId || typeof data?.InstanceType !== 'string') continue;
    const taskDefinition = resources[refOf(r.Properties?.TaskDefinition) ?? ''];
    const containers = (taskDefinition?.Properties?.ContainerDefinitions ?? []) as Array<{
      ResourceRequirements?: Array<{ Type?: unknown; Value?: unknown }>;
    }>;
    const gpusPerTask = containers
      .flatMap((c) => c.ResourceRequirements ?? [])
      .filter((q) => q.Type === 'GPU')
      .reduce((n, q) => n + Number(q.Value), 0);
    const type = gpuInstanceType(data.InstanceType);
    const desired = r.Properties?.DesiredCount;
    const tasks = typeof desired === 'number' ? desired : undefined;
    out.push({
      service: serviceName(r, id),
      serviceId: id,
      instanceType: data.InstanceType,
      ...(type ? { type } : {}),
      gpusPerTask,
      ...(tasks !== undefined ? { tasks } : {}),
      ...(tasks !== undefined && type
        ? { instances: Math.ceil(tasks / tasksPerInstance(type, gpusPerTask)) }
        : {}),
      maxInstances: Number(asg?.Properties?.MaxSize ?? 0),
      autoScalingGroupId: asgId,
    });
  }
  return out.sort((a, b) => (a.service < b.service ? -1 : 1));
}

/** "trainer runs on 1 g4dn.xlarge instance, 1 GPU, scaled by ECS". */
export function gpuSentence(s: GpuSummary): string {
  const gpus = `${s.gpusPerTask} GPU${s.gpusPerTask === 1 ? '' : 's'}${s.tasks !== undefined && s.tasks !== 1 ? ' per task' : ''}`;
  const on =
    s.instances !== undefined
      ? `${s.instances} ${s.instanceType} instance${s.instances === 1 ? '' : 's'}`
      : `${s.instanceType} instances (at most ${s.maxInstances})`;
  return `${s.service} runs on ${on}, ${gpus}, scaled by ECS`;
}

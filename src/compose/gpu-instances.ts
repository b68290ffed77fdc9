// The EC2 GPU instance types a GPU service may run on, and how one is chosen. Facts from AWS's
// accelerated-computing instance specifications (https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html:
// vCPUs, memory, NVIDIA GPUs, maximum network interfaces) and the On-Demand price list
// (https://aws.amazon.com/ec2/pricing/on-demand/, us-east-1, Linux, USD per hour) — the prices only order the
// list, cheapest first; the cost estimate reads the Price List itself. All are x86_64: the ECS GPU-optimized
// AMI has no arm64 build (docs/mapping.md, GPUs).
import type { GpuCount } from './model.js';

export interface GpuInstanceType {
  name: string;
  vcpus: number;
  /** GiB, as AWS lists it. */
  memoryGiB: number;
  gpus: number;
  /** Maximum network interfaces (each awsvpc task takes one, the instance keeps its primary one). */
  enis: number;
  /** us-east-1 On-Demand Linux price per hour, only to order the list. */
  usdPerHour: number;
}

const t = (
  name: string,
  vcpus: number,
  memoryGiB: number,
  gpus: number,
  enis: number,
  usdPerHour: number,
) => ({
  name,
  vcpus,
  memoryGiB,
  gpus,
  enis,
  usdPerHour,
});

/** g4dn (NVIDIA T4), g6 (NVIDIA L4), g5 (NVIDIA A10G): cheapest first. */
export const GPU_INSTANCE_TYPES: readonly GpuInstanceType[] = [
  t('g4dn.xlarge', 4, 16, 1, 3, 0.526),
  t('g4dn.2xlarge', 8, 32, 1, 3, 0.752),
  t('g6.xlarge', 4, 16, 1, 4, 0.8048),
  t('g6.2xlarge', 8, 32, 1, 4, 0.9776),
  t('g5.xlarge', 4, 16, 1, 4, 1.006),
  t('g4dn.4xlarge', 16, 64, 1, 3, 1.204),
  t('g5.2xlarge', 8, 32, 1, 4, 1.212),
  t('g6.4xlarge', 16, 64, 1, 8, 1.3232),
  t('g5.4xlarge', 16, 64, 1, 8, 1.624),
  t('g6.8xlarge', 32, 128, 1, 8, 2.0144),
  t('g4dn.8xlarge', 32, 128, 1, 4, 2.176),
  t('g5.8xlarge', 32, 128, 1, 8, 2.448),
  t('g6.16xlarge', 64, 256, 1, 15, 3.3968),
  t('g4dn.12xlarge', 48, 192, 4, 8, 3.912),
  t('g5.16xlarge', 64, 256, 1, 8, 4.096),
  t('g4dn.16xlarge', 64, 256, 1, 4, 4.352),
  t('g6.12xlarge', 48, 192, 4, 8, 4.6016),
  t('g5.12xlarge', 48, 192, 4, 15, 5.672),
  t('g6.24xlarge', 96, 384, 4, 15, 6.6752),
  t('g4dn.metal', 96, 384, 8, 15, 7.824),
  t('g5.24xlarge', 96, 384, 4, 15, 8.144),
  t('g6.48xlarge', 192, 768, 8, 15, 13.3504),
  t('g5.48xlarge', 192, 768, 8, 7, 16.288),
];

/**
 * The share of an instance's memory a task may reserve: the kernel, the ECS agent and the NVIDIA driver keep
 * the rest, and ECS registers the instance with less than its nominal memory
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/memory-management.html).
 */
export const USABLE_MEMORY_SHARE = 0.9;

const MIB = 1024 * 1024;

export function usableMemoryMiB(type: GpuInstanceType): number {
  return Math.floor(type.memoryGiB * 1024 * USABLE_MEMORY_SHARE);
}

export function gpuInstanceType(name: string): GpuInstanceType | undefined {
  return GPU_INSTANCE_TYPES.find((x) => x.name === name);
}

export interface GpuNeed {
  gpus: GpuCount;
  /** vCPUs asked for (0 when not said). */
  cpus: number;
  /** Bytes asked for (0 when not said). */
  memoryBytes: number;
}

/** Why a type does not fit a need, or undefined when it does. */
export function misfit(type: GpuInstanceType, need: GpuNeed): string | undefined {
  if (need.gpus !== 'all' && need.gpus > type.gpus)
    return `${type.name} has ${type.gpus} GPU${type.gpus === 1 ? '' : 's'}, ${need.gpus} are asked for`;
  if (need.cpus > type.vcpus) return `${type.name} has ${type.vcpus} vCPUs, ${need.cpus} are asked for`;
  const mib = Math.ceil(need.memoryBytes / MIB);
  if (mib > usableMemoryMiB(type))
    return `${type.name} leaves tasks ${usableMemoryMiB(type)} MiB of its ${type.memoryGiB} GiB, ${mib} MiB are asked for`;
  return undefined;
}

/** The cheapest listed type that fits (`all` fits any type: it takes what the type has). */
export function cheapestFit(need: GpuNeed): GpuInstanceType | undefined {
  return GPU_INSTANCE_TYPES.find((type) => misfit(type, need) === undefined);
}

/** How many GPUs a task reserves on a type: `all` becomes the type's count. */
export function gpusOn(type: GpuInstanceType, count: GpuCount): number {
  return count === 'all' ? type.gpus : count;
}

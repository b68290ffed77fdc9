// Load-time checks for services that reserve GPUs (docs/mapping.md, GPUs): they run on EC2 instances
// booted from the ECS GPU-optimized AMI, which is x86_64 only, on a listed instance type that fits
// their GPUs, CPU and memory (x-aws-instance_type, else the cheapest that fits).
import {
  cheapestFit,
  GPU_INSTANCE_TYPES,
  gpuInstanceType,
  misfit,
  type GpuInstanceType,
} from './gpu-instances.js';
import { gpuRequest } from './gpu-request.js';
import type { ModelPath } from '../errors.js';
import type { Service } from './model.js';

export interface GpuFinding {
  at: ModelPath;
  reason: string;
}

const ARM = new Set(['linux/arm64', 'linux/arm64/v8', 'linux/aarch64']);

/** The instance type a GPU service runs on, or why none can be chosen. */
export function gpuInstanceFor(s: Service): { type?: GpuInstanceType; problem?: GpuFinding } {
  const request = gpuRequest(s);
  if (!request) return {};
  const r = s.deploy?.resources;
  const need = {
    gpus: request.count,
    cpus: r?.limits?.cpus ?? r?.reservations?.cpus ?? 0,
    memoryBytes: r?.limits?.memory ?? r?.reservations?.memory ?? 0,
  };
  const given = s.aws?.instanceType;
  if (given !== undefined) {
    const type = gpuInstanceType(given)!;
    const why = misfit(type, need);
    return why
      ? {
          problem: {
            at: ['services', s.name, 'x-aws-instance_type'],
            reason: `${why}; choose a larger type`,
          },
        }
      : { type };
  }
  const type = cheapestFit(need);
  if (type) return { type };
  const largest = GPU_INSTANCE_TYPES.reduce((a, b) => (b.gpus >= a.gpus && b.vcpus >= a.vcpus ? b : a));
  return {
    problem: {
      at: request.at,
      reason: `no listed GPU instance type fits ${s.name} (${misfit(largest, need)}); ask for less`,
    },
  };
}

export function gpuFindings(s: Service): GpuFinding[] {
  const request = gpuRequest(s);
  const out: GpuFinding[] = [];
  if (!request) {
    if (s.aws?.instanceType !== undefined)
      out.push({
        at: ['services', s.name, 'x-aws-instance_type'],
        reason:
          'x-aws-instance_type applies to services that reserve GPUs (the others run on Fargate); remove it or reserve a GPU',
      });
    return out;
  }
  if (s.platform !== undefined && ARM.has(s.platform))
    out.push({
      at: ['services', s.name, 'platform'],
      reason: `${s.name} reserves GPUs, and the ECS GPU-optimized AMI runs on x86_64 only; use platform linux/amd64`,
    });
  if (s.aws?.capacity !== undefined)
    out.push({
      at: ['services', s.name, 'x-aws-capacity'],
      reason: `${s.name} reserves GPUs and runs on EC2 instances the stack creates; x-aws-capacity chooses Fargate or Fargate Spot, which have no GPUs: remove one of them`,
    });
  const chosen = gpuInstanceFor(s);
  if (chosen.problem) out.push(chosen.problem);
  return out;
}

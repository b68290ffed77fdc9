// x-aws-instance_type on a service: the EC2 instance type its GPU tasks run on, instead of the cheapest
// listed type that fits. Only the listed GPU types (src/compose/gpu-instances.ts) are accepted, so the loader
// can check that the type fits the service's GPUs, CPU and memory (src/compose/gpu-rules.ts).
import { GPU_INSTANCE_TYPES, gpuInstanceType } from '../gpu-instances.js';
import type { ModelPath } from '../../errors.js';
import type { Extensions } from '../model.js';
import { X } from './names.js';
import type { Reader } from './reader.js';

export function decodeInstanceType(r: Reader, ext: Extensions, at: ModelPath): string | undefined {
  const name = r.string(ext, X.instanceType, at);
  if (name === undefined) return undefined;
  if (gpuInstanceType(name)) return name;
  r.report.error(
    [...at, X.instanceType],
    `${X.instanceType} ${name} is not one of the GPU instance types this tool knows (${GPU_INSTANCE_TYPES.map((x) => x.name).join(', ')})`,
  );
  return undefined;
}

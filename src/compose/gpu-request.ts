// Where a service asks for GPUs: `deploy.resources.reservations.devices` wins over the service-level `gpus:`
// short form (as `deploy:` wins over the other shorthands), and errors name the field that was written.
import type { ModelPath } from '../errors.js';
import type { GpuCount, Service } from './model.js';

export interface GpuRequest {
  count: GpuCount;
  at: ModelPath;
}

export function gpuRequest(s: Service): GpuRequest | undefined {
  const reserved = s.deploy?.resources?.reservations?.gpus;
  if (reserved !== undefined)
    return { count: reserved, at: ['services', s.name, 'deploy', 'resources', 'reservations', 'devices'] };
  if (s.gpus !== undefined) return { count: s.gpus, at: ['services', s.name, 'gpus'] };
  return undefined;
}

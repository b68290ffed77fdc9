// x-aws-healthcheck (a port or a service): the target group's health check.
import type { ModelPath } from '../../errors.js';
import type { Extensions } from '../model.js';
import { X } from './names.js';
import { compactAws, type Reader } from './reader.js';
import type { TargetHealthExtension } from './types.js';

const HEALTH_FIELDS = [
  'interval',
  'timeout',
  'healthy_threshold',
  'unhealthy_threshold',
  'port',
  'path',
  'codes',
  'deregistration_delay',
];

export function decodeHealth(r: Reader, ext: Extensions, path: ModelPath): TargetHealthExtension | undefined {
  const spec = r.object(ext, X.healthcheck, path);
  if (!spec) return undefined;
  const at = [...path, X.healthcheck];
  r.knownFields(spec, HEALTH_FIELDS, at, 'health-check');
  return compactAws({
    interval: r.number(spec, 'interval', at, { min: 5, max: 300 }),
    timeout: r.number(spec, 'timeout', at, { min: 2, max: 120 }),
    healthyThreshold: r.number(spec, 'healthy_threshold', at, { min: 2, max: 10 }),
    unhealthyThreshold: r.number(spec, 'unhealthy_threshold', at, { min: 2, max: 10 }),
    port: r.number(spec, 'port', at, { min: 1, max: 65535 }),
    path: r.string(spec, 'path', at),
    codes: r.string(spec, 'codes', at),
    // Elastic Load Balancing: deregistration_delay.timeout_seconds is 0–3600.
    deregistrationDelay: r.number(spec, 'deregistration_delay', at, { min: 0, max: 3600 }),
  });
}

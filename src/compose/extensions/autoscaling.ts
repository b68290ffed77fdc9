// x-aws-autoscaling (under deploy): target tracking on CPU, memory or requests.
import type { ModelPath } from '../../errors.js';
import type { Extensions } from '../model.js';
import { X } from './names.js';
import { compactAws, type Reader } from './reader.js';
import type { AutoscalingExtension } from './types.js';

export function decodeAutoscaling(
  r: Reader,
  ext: Extensions,
  path: ModelPath,
): AutoscalingExtension | undefined {
  const spec = r.object(ext, X.autoscaling, path);
  if (!spec) return undefined;
  const at = [...path, X.autoscaling];
  r.knownFields(spec, ['min', 'max', 'cpu', 'mem', 'requests'], at, 'autoscaling');
  const min = r.number(spec, 'min', at, { min: 0, max: 10000 });
  const max = r.number(spec, 'max', at, { min: 1, max: 10000 });
  const cpu = r.number(spec, 'cpu', at, { min: 1, max: 100, integer: false });
  const mem = r.number(spec, 'mem', at, { min: 1, max: 100, integer: false });
  const requests = r.number(spec, 'requests', at, { min: 1, max: 1_000_000 });
  if (max === undefined) {
    if (spec.max === undefined) r.report.error([...at, 'max'], 'autoscaling needs max');
    return undefined;
  }
  if (min !== undefined && min > max) {
    r.report.error(at, `autoscaling min ${min} is above max ${max}`);
    return undefined;
  }
  if (cpu === undefined && mem === undefined && requests === undefined) {
    if (spec.cpu === undefined && spec.mem === undefined && spec.requests === undefined)
      r.report.error(at, 'autoscaling needs a target: cpu, mem (percent) or requests (per target)');
    return undefined;
  }
  return compactAws({ min, max, cpu, mem, requests });
}

/**
 * JSON keys of a Secrets Manager secret, each one ECS reads as `<arn>:<key>::`. Docker's ECS integration
 * took `*` for "every key", split by its own secrets sidecar; ECS has no such form (`*` is read as a key
 * literally named `*` and the task fails to start), the keys cannot be known without reading the secret
 * at plan time (which the pipeline never does), and the init image is a plain busybox with no JSON
 * parser. So `*` is refused, and the keys are listed instead, which also gives each one its variable.
 */

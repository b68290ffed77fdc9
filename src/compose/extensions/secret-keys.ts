// x-aws-keys (a secret): the JSON keys ECS reads from a Secrets Manager secret.
import type { ModelPath } from '../../errors.js';
import { X } from './names.js';
import type { Reporter } from './reader.js';

export function secretKeys(
  report: Reporter,
  keys: string[] | undefined,
  path: ModelPath,
): string[] | undefined {
  keys?.forEach((key, i) => {
    if (key === '*')
      report.error(
        [...path, i],
        `${X.keys}: "*" (every key of the JSON secret) has no ECS equivalent; list the keys the service reads, e.g. ${X.keys}: [username, password]`,
      );
    else if (key.includes(':'))
      report.error(
        [...path, i],
        `${X.keys}: ${JSON.stringify(key)} contains ':', which ECS's valueFrom uses as a separator`,
      );
  });
  return keys;
}

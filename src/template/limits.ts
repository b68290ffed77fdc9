// CloudFormation's template limits (ECS-FACTS.md), checked after conversion so users get a clear error
// instead of a rejected change set.
import type { Diagnostic } from '../errors.js';
import { LOGICAL_ID } from './logical-id.js';
import type { Template } from './types.js';

export const MAX_RESOURCES = 500;
export const MAX_PARAMETERS = 200;
export const MAX_OUTPUTS = 200;
/** Largest body CreateChangeSet takes inline (TemplateBody). */
export const MAX_INLINE_BODY_BYTES = 51_200;
/** Largest body through TemplateURL (S3). */
export const MAX_S3_BODY_BYTES = 1_000_000;

/** True when the body must go through S3 (TemplateURL) rather than inline. */
export function templateBodyTooLarge(body: string): boolean {
  return Buffer.byteLength(body, 'utf8') > MAX_INLINE_BODY_BYTES;
}

export function checkLimits(template: Template, body: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const count = (what: string, rec: Record<string, unknown> | undefined, max: number, hint: string) => {
    const n = Object.keys(rec ?? {}).length;
    if (n > max)
      problems.push({ message: `the template has ${n} ${what}; CloudFormation allows ${max} (${hint})` });
  };
  count('resources', template.Resources, MAX_RESOURCES, 'split the project into several stacks');
  count('parameters', template.Parameters, MAX_PARAMETERS, 'use fewer file secrets');
  count('outputs', template.Outputs, MAX_OUTPUTS, 'publish fewer ports');
  for (const section of ['Parameters', 'Resources', 'Outputs', 'Conditions'] as const) {
    for (const id of Object.keys(template[section] ?? {})) {
      if (!LOGICAL_ID.test(id))
        problems.push({
          message: `logical ID ${JSON.stringify(id)} in ${section} must be 1 to 255 letters and digits`,
        });
    }
  }
  // CloudFormation is given the body as compact JSON (steps/prepare.ts), about half the readable body convert
  // returns (its two-space indents): the limit is on that form. It is written out only when the readable
  // body is over (a body that is not cannot have a compact form that is), and not for a template already
  // refused for its resources: that one has to be split, and each part is measured then.
  const readable = Buffer.byteLength(body, 'utf8');
  const measured = readable > MAX_S3_BODY_BYTES && Object.keys(template.Resources).length <= MAX_RESOURCES;
  const bytes = measured ? Buffer.byteLength(JSON.stringify(template), 'utf8') : 0;
  if (bytes > MAX_S3_BODY_BYTES)
    problems.push({
      message: `the template is ${bytes} bytes as compact JSON; CloudFormation takes at most ${MAX_S3_BODY_BYTES} bytes even from S3`,
    });
  return problems;
}

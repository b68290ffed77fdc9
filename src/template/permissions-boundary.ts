// permissions-boundary: every IAM role the stack creates carries the boundary the deploy role's policy
// demands (`iam:PermissionsBoundary` condition on iam:CreateRole, PutRolePolicy, AttachRolePolicy...), so
// no compose file can mint a role with more rights than the boundary allows, whatever x-aws-policies or
// x-aws-cloudformation asks for. A role's effective permissions are the intersection of its policies and
// its boundary: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
import { X } from '../compose/aws-extensions.js';
import type { Context } from './context.js';
import type { Template } from './types.js';

/** Sets `PermissionsBoundary` on every AWS::IAM::Role; an overlay role naming another boundary is an error. */
export function applyPermissionsBoundary(
  ctx: Context,
  template: Template,
  boundary: string | undefined,
): Template {
  if (!boundary) return template;
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Type !== 'AWS::IAM::Role') continue;
    const properties = (resource.Properties ??= {});
    const given = properties.PermissionsBoundary;
    if (given === undefined) properties.PermissionsBoundary = boundary;
    else if (given !== boundary)
      ctx.error(
        [X.cloudformation, 'Resources', id, 'Properties', 'PermissionsBoundary'],
        `role ${id} names another permissions boundary than permissions-boundary (${boundary}): the deploy role may create roles with that boundary only`,
      );
  }
  return template;
}

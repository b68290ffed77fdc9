import { parse as parseYaml } from 'yaml';
import type { StackOperations } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import type { Template } from '../template/types.js';

/** The template the stack runs now (what the plan diffs against); undefined for a new stack. */
export async function deployedTemplate(
  stacks: StackOperations,
  stackId: string,
): Promise<Template | undefined> {
  let body: string | undefined;
  try {
    body = await stacks.template(stackId);
  } catch (err) {
    throw awsFailure('CloudFormation GetTemplate', err);
  }
  if (!body) return undefined;
  // Our templates are JSON; a stack someone edited by hand may hold YAML (a superset of JSON).
  return parseYaml(body) as Template;
}

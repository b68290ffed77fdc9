import { GetTemplateCommand, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { parse as parseYaml } from 'yaml';
import { awsFailure } from '../aws/errors.js';
import type { Template } from '../template/types.js';

/** The template the stack runs now (what the plan diffs against); undefined for a new stack. */
export async function deployedTemplate(
  cfn: CloudFormationClient,
  stackId: string,
): Promise<Template | undefined> {
  let body: string | undefined;
  try {
    body = (await cfn.send(new GetTemplateCommand({ StackName: stackId, TemplateStage: 'Original' })))
      .TemplateBody;
  } catch (err) {
    throw awsFailure('plan', 'CloudFormation GetTemplate', err);
  }
  if (!body) return undefined;
  // Our templates are JSON; a stack someone edited by hand may hold YAML (a superset of JSON).
  return parseYaml(body) as Template;
}

import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { describeStack } from './stack.js';

/** Service URLs from the stack's Outputs (keys ending in `Url`), for the report and later workflow steps. */
export async function stackUrls(cfn: CloudFormationClient, stackId: string): Promise<Record<string, string>> {
  const stack = await describeStack(cfn, stackId);
  const urls: Record<string, string> = {};
  for (const output of stack?.Outputs ?? []) {
    if (output.OutputKey && output.OutputValue && /url$/i.test(output.OutputKey))
      urls[output.OutputKey] = output.OutputValue;
  }
  return urls;
}

// Stack-level settings an operator gives (issue 10): a CloudFormation service role, termination protection on
// create, SNS topics for stack events, stack tags, values for parameters added through x-aws-cloudformation,
// and keeping a failed first create for debugging. Checked up front, against CloudFormation's own limits,
// so nothing is built or pushed for a setting CloudFormation would refuse.
import type { ParameterSource } from '../template/convert.js';

export interface StackSettings {
  /** CreateChangeSet RoleARN: the service role CloudFormation acts as. */
  roleArn?: string;
  /** Turned on after a successful create (UpdateTerminationProtection). */
  terminationProtection?: boolean;
  /** SNS topics CloudFormation sends stack events to. */
  notificationArns?: string[];
  /** The user's stack tags, added to the ones the action sets. */
  tags?: Record<string, string>;
  /** Values for template parameters that x-aws-cloudformation adds. */
  parameterOverrides?: Record<string, string>;
  /** ExecuteChangeSet DisableRollback: keep what a failed create made, for debugging. */
  disableRollback?: boolean;
}

// CreateChangeSet RoleARN: an IAM role ARN, 20–2048 characters (AWS CloudFormation API reference).
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
// NotificationARNs: SNS topic ARNs, at most 5 (AWS CloudFormation API reference, CreateChangeSet).
const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}$/;
const MAX_TOPICS = 5;
// Stack tags: at most 50; key 1–128 characters, value up to 256; the aws: prefix is reserved (Tag, API reference).
const MAX_TAGS = 50;
/** Tags the action sets itself; a user tag may not replace them. */
export const ACTION_TAG_PREFIX = 'compose-ecs:';
/** The stack tags compose-ecs sets (run.ts and the action's run-action.ts), counted against the 50-tag limit. */
export const ACTION_TAGS = [
  'com.docker.compose.project',
  'compose-ecs:repository',
  'compose-ecs:sha',
  'compose-ecs:run-url',
  'compose-ecs:network',
];

/** Every problem with the settings (input names as the action spells them); empty when they are usable. */
export function stackSettingProblems(settings: StackSettings, actionTags: Record<string, string>): string[] {
  const problems: string[] = [];
  const { roleArn, notificationArns = [], tags = {} } = settings;
  if (roleArn !== undefined && (!ROLE_ARN.test(roleArn) || roleArn.length > 2048))
    problems.push(
      `input role-arn: expected an IAM role ARN (arn:aws:iam::<account>:role/<name>), got "${roleArn}"`,
    );
  for (const arn of notificationArns)
    if (!TOPIC_ARN.test(arn))
      problems.push(
        `input notification-arns: expected SNS topic ARNs (arn:aws:sns:<region>:<account>:<topic>), got "${arn}"`,
      );
  if (notificationArns.length > MAX_TOPICS)
    problems.push(
      `input notification-arns: CloudFormation takes at most ${MAX_TOPICS} topics, got ${notificationArns.length}`,
    );
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 128)
      problems.push(`input tags: a tag key is 1 to 128 characters; "${key.slice(0, 40)}…" has ${key.length}`);
    if (value.length > 256)
      problems.push(`input tags: the value of ${key} is ${value.length} characters, over 256`);
    if (/^aws:/i.test(key)) problems.push(`input tags: ${key}: the aws: prefix is reserved for AWS`);
    if (key.startsWith(ACTION_TAG_PREFIX) || Object.hasOwn(actionTags, key))
      problems.push(`input tags: ${key} is set by compose-ecs itself`);
  }
  const total = new Set([...Object.keys(actionTags), ...Object.keys(tags)]).size;
  if (total > MAX_TAGS)
    problems.push(
      `input tags: a stack takes at most ${MAX_TAGS} tags; with the action's own that is ${total}`,
    );
  return problems;
}

/**
 * Parameter overrides for the template: only for parameters the template declares and the action does not
 * fill in itself (VPC, subnets, secrets, retained file systems: ParameterSource). Returns the problems.
 */
export function parameterOverrideProblems(
  overrides: Record<string, string>,
  templateParameters: Record<string, unknown>,
  filledByAction: ParameterSource[],
): string[] {
  const own = new Set(filledByAction.map((p) => p.name));
  const problems: string[] = [];
  for (const name of Object.keys(overrides)) {
    if (own.has(name)) problems.push(`input parameter-overrides: ${name} is filled in by compose-ecs itself`);
    else if (!Object.hasOwn(templateParameters, name))
      problems.push(
        `input parameter-overrides: the template has no parameter ${name} (add it under x-aws-cloudformation: Parameters:)`,
      );
  }
  return problems;
}

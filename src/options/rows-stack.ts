// The options of the stack, the change set and the releases: rows of the options table (src/options/table.ts).
import { bool, keyValues, list, matching, minutes, optionalMatching, text } from './fields.js';
import { AWS, CHANGES } from './modes.js';
import type { OptionRow } from './row.js';

/** What rollback-to names: previous, a commit (7 to 40 hex digits) or a deployment id (src/releases/select.ts). */
const RELEASE_REF = /^(previous|\d+|[0-9a-fA-F]{7,40})$/;

/** The network, the template and the stack CloudFormation makes of it. */
export const STACK_OPTIONS = {
  vpcId: {
    name: 'vpc-id',
    field: text,
    shown: '`x-aws-vpc`, default VPC',
    cli: { meta: 'ID', help: "VPC (default: x-aws-vpc, else the account's default VPC)" },
    modes: ['plan', 'deploy'],
    doc: 'the VPC, looked up at plan time and passed as a template parameter (never baked in)',
  },
  subnetIds: {
    name: 'subnet-ids',
    field: list(),
    shown: "the VPC's public subnets",
    cli: { meta: 'IDS', help: 'comma-separated subnet ids for the tasks' },
    modes: ['plan', 'deploy'],
    doc: 'subnets for the tasks, comma-separated; distinct availability zones are checked at plan time',
  },
  publicSubnetIds: {
    name: 'public-subnet-ids',
    field: list(),
    shown: 'looked up',
    cli: { meta: 'IDS', help: 'public subnets for the internet-facing load balancer' },
    modes: ['plan', 'deploy'],
    doc: "public subnets for the internet-facing load balancer (the tasks' subnets when public, else the VPC's public subnets)",
  },
  privateSubnets: {
    name: 'private-subnets',
    field: bool(false),
    default: 'false',
    cli: { help: 'run tasks in private subnets without public IPs' },
    modes: ['convert', 'plan', 'deploy'],
    doc: "use the VPC's private subnets and no public IPs (needs a NAT)",
  },
  waitTimeoutMinutes: {
    name: 'wait-timeout',
    field: minutes(30),
    default: '30',
    cli: { meta: 'MIN', help: 'minutes to wait for the deploy (default 30)' },
    modes: [...AWS, 'run'],
    doc: 'minutes to wait for the stack and the rollout',
  },
  templateBucket: {
    name: 'template-bucket',
    field: text,
    cli: { meta: 'BUCKET', help: 'S3 bucket for templates over 51,200 bytes' },
    modes: CHANGES,
    doc: 'S3 bucket for templates over the 51,200-byte inline limit (about seven services with volumes and secrets)',
  },
  roleArn: {
    name: 'role-arn',
    field: text,
    cli: { meta: 'ARN', help: 'IAM role CloudFormation acts as (a service role)' },
    modes: CHANGES,
    doc: "a CloudFormation service role the stack is created and updated with (`RoleARN`): the job's credentials then need only `iam:PassRole` on it, not the rights to create every resource",
  },
  terminationProtection: {
    name: 'termination-protection',
    field: bool(false),
    default: 'false',
    cli: { help: 'turn termination protection on when the stack is created' },
    modes: CHANGES,
    doc: 'turn termination protection on once the stack has been created (`UpdateTerminationProtection`; a failure to do so is a warning, the release runs)',
  },
  notificationArns: {
    name: 'notification-arns',
    field: list(),
    cli: { meta: 'ARNS', help: "comma-separated SNS topics for the stack's events" },
    modes: CHANGES,
    doc: "up to 5 SNS topics for the stack's events (`NotificationARNs`)",
  },
  tags: {
    name: 'tags',
    field: keyValues,
    cli: { meta: 'KEY=VALUE', help: 'stack tag (repeatable, or comma-separated)' },
    modes: CHANGES,
    doc: 'stack tags, `Key=Value` per line or comma-separated, added to the ones compose-ecs sets: `com.docker.compose.project`, `compose-ecs:repository`, `compose-ecs:sha` (the commit the stack runs), `compose-ecs:run-url` (those two alone never make a change set: they keep naming the run that last changed the stack) and `compose-ecs:network` (how the VPC and subnets were chosen); CloudFormation copies stack tags to the resources that take tags. At most 50 in all, keys up to 128 characters, values up to 256, no `aws:` or `compose-ecs:` keys',
  },
  parameterOverrides: {
    name: 'parameter-overrides',
    field: keyValues,
    cli: { meta: 'KEY=VALUE', help: 'a parameter added through x-aws-cloudformation (repeatable)' },
    modes: CHANGES,
    doc: '`Key=Value` values for template parameters you add through `x-aws-cloudformation` (`Parameters:`); the ones compose-ecs fills in (VPC, subnets, secrets) cannot be overridden',
  },
  disableRollback: {
    name: 'disable-rollback',
    field: bool(false),
    default: 'false',
    cli: { help: 'keep what a failed deploy created, for debugging' },
    modes: CHANGES,
    doc: 'keep what a failed deploy created instead of rolling it back (`DisableRollback`), for debugging a first create',
  },
  forceChangeSet: {
    name: 'force-change-set',
    field: bool(false),
    default: 'false',
    cli: { help: 'make a change set even when nothing differs from the stack' },
    modes: CHANGES,
    doc: 'make a change set even when nothing differs, and look the VPC and subnets up again; by default a run whose template, parameters, tags and stack settings equal what the stack runs (compared with `GetTemplate` and `DescribeStacks`) creates none and reports no changes',
  },
  cost: {
    name: 'cost',
    field: bool(true),
    default: 'true',
    cli: { help: 'no monthly cost estimate (it asks the AWS Price List: pricing:GetProducts)' },
    modes: ['plan', 'deploy', 'destroy'],
    doc: '`plan`, `deploy`, `destroy`: the monthly cost before and after, from the AWS Price List (`pricing:GetProducts`, a handful of calls); `false` skips the calls and the estimate',
  },
  permissionsBoundary: {
    name: 'permissions-boundary',
    field: optionalMatching(
      /^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\/[\w+=,.@/-]{1,128}$/,
      'the ARN of an IAM managed policy (arn:aws:iam::ACCOUNT:policy/NAME)',
    ),
    cli: { meta: 'ARN', help: 'the permissions boundary of every IAM role the template creates' },
    modes: ['convert', 'plan', 'deploy'],
    doc: 'ARN of an IAM managed policy set as the permissions boundary of every IAM role the template creates (the deploy policy in the README requires it)',
  },
  allowVolumeReplacement: {
    name: 'allow-volume-replacement',
    field: list(),
    cli: {
      meta: 'VOLUME',
      help: "let the deploy replace this volume's file system or access point (repeatable; the data stays behind)",
    },
    modes: ['plan', 'deploy'],
    doc: 'compose volumes (comma or newline separated) whose EFS file system or access point this deploy may replace. Without it, a deploy that would replace one (a create-only change such as `performance_mode` or `root_directory`) stops before executing: the data stays on the retained file system and the service would start on empty storage',
  },
} as const satisfies Record<string, OptionRow>;

/** The pull-request comment and the releases recorded as GitHub deployments. */
export const RELEASE_OPTIONS = {
  comment: {
    name: 'comment',
    field: bool(true),
    default: 'true',
    cli: { absent: 'the CLI prints its report; it comments on no pull request' },
    modes: AWS,
    doc: 'post the plan/rollout comment on the pull request',
  },
  githubToken: {
    name: 'github-token',
    field: text,
    default: '${{ github.token }}',
    cli: { absent: 'the CLI reads the token from $GITHUB_TOKEN, never from its arguments (they show in ps)' },
    modes: AWS,
    doc: 'token for the comment (`pull-requests: write`) and the releases (`deployments: write`)',
  },
  environment: {
    name: 'environment',
    field: text,
    shown: 'the stack name',
    cli: { meta: 'ENV', help: 'GitHub environment of the releases (default: the stack name)' },
    modes: ['deploy', 'rollback', 'destroy', 'releases'],
    doc: 'GitHub environment the releases are recorded for, rolled back in and marked inactive by `destroy`',
  },
  transientEnvironment: {
    name: 'transient-environment',
    field: bool(false),
    default: 'false',
    cli: { help: 'the environment is a preview that goes away' },
    modes: ['deploy', 'rollback'],
    doc: "a preview environment that goes away (GitHub's `transient_environment`)",
  },
  rollbackTo: {
    name: 'rollback-to',
    field: matching(
      RELEASE_REF,
      'previous, a commit sha (7 to 40 hex digits) or a deployment id',
      'previous',
    ),
    default: 'previous',
    cli: { flag: 'to', meta: 'WHAT', help: 'previous (default), a commit sha or a deployment id' },
    modes: ['rollback'],
    doc: '`rollback`: `previous`, a commit sha (7 to 40 hex digits) or a deployment id',
  },
  keepSecrets: {
    name: 'keep-secrets',
    field: bool(false),
    default: 'false',
    cli: { help: 'keep the secrets the action stored in Secrets Manager' },
    modes: ['destroy'],
    doc: '`destroy`: keep the secrets the action stored in Secrets Manager',
  },
} as const satisfies Record<string, OptionRow>;

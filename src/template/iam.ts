// IAM: per task, an execution role with least privilege (pull from the project's repositories,
// write its log group, read only its secrets) and, when needed, a task role
// (x-aws-policies managed ARNs, x-aws-role inline document, EFS access, ECS Exec).
import type { Context } from './context.js';
import { getAtt, sub } from './context.js';
import { LOG_GROUP_ID } from './logs.js';
import type { TaskPlan } from './tasks.js';

const ASSUME_ECS_TASKS = {
  Statement: [
    { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' } },
  ],
  Version: '2012-10-17',
};

export interface ExecutionNeeds {
  /** Images of the task's containers (pinned ECR references or public images). */
  images: string[];
  /** awslogs groups named in logging options, besides the project's. */
  extraLogGroups: string[];
  /** ARNs of Secrets Manager secrets (including x-aws-pull_credentials). */
  secretArns: unknown[];
  /** ARNs of SSM parameters. */
  parameterArns: unknown[];
}

const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([^@:]+)/;

/** ECR repository ARN of a pinned image reference, if it is one. */
export function ecrRepositoryArn(image: string): string | undefined {
  const m = ECR_IMAGE.exec(image);
  if (!m) return undefined;
  const [, account, region, cn, repo] = m;
  return `arn:${cn ? 'aws-cn' : 'aws'}:ecr:${region}:${account}:repository/${repo}`;
}

export function addExecutionRole(ctx: Context, task: TaskPlan, needs: ExecutionNeeds): unknown {
  const id = `${task.id}TaskExecutionRole`;
  const statements: unknown[] = [];
  const repos = [
    ...new Set(needs.images.map(ecrRepositoryArn).filter((a): a is string => a !== undefined)),
  ].sort();
  if (repos.length > 0) {
    // GetAuthorizationToken has no resource-level permissions.
    statements.push({ Action: 'ecr:GetAuthorizationToken', Effect: 'Allow', Resource: '*' });
    statements.push({
      Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      Effect: 'Allow',
      Resource: repos,
    });
  }
  const logGroups: unknown[] = [
    sub(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:\${${LOG_GROUP_ID}}:*`),
  ];
  for (const g of [...new Set(needs.extraLogGroups)].sort())
    logGroups.push(sub(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:${g}:*`));
  statements.push({
    Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    Effect: 'Allow',
    Resource: logGroups,
  });
  if (needs.secretArns.length > 0)
    statements.push({
      Action: 'secretsmanager:GetSecretValue',
      Effect: 'Allow',
      Resource: dedupe(needs.secretArns),
    });
  if (needs.parameterArns.length > 0)
    statements.push({ Action: 'ssm:GetParameters', Effect: 'Allow', Resource: dedupe(needs.parameterArns) });
  ctx.add(
    id,
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: ASSUME_ECS_TASKS,
        Policies: [
          { PolicyDocument: { Statement: statements, Version: '2012-10-17' }, PolicyName: 'ExecutionPolicy' },
        ],
      },
    },
    task.name,
  );
  return getAtt(id, 'Arn');
}

/** Deduplicate by JSON shape, keeping first-seen order (callers add in a deterministic order). */
function dedupe(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = JSON.stringify(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export interface TaskRoleNeeds {
  /** Statements other concerns need (EFS client access). */
  statements: unknown[];
  exec: boolean;
}

/** The task role, when anything needs one; returns its ARN value. */
export function addTaskRole(ctx: Context, task: TaskPlan, needs: TaskRoleNeeds): unknown {
  const managed: string[] = [];
  const policies: unknown[] = [];
  for (const c of task.containers) {
    // x-aws-policies (managed policy ARNs) and x-aws-role (a policy document), checked by the loader.
    managed.push(...(c.aws?.policies ?? []));
    const doc = c.aws?.role;
    if (doc)
      policies.push({
        PolicyDocument: { Version: '2012-10-17', ...doc },
        PolicyName: `${c.name.replace(/[^\w+=,.@-]/g, '_')}Policy`,
      });
  }
  const statements = [...needs.statements];
  if (needs.exec) {
    // ECS Exec talks to the SSM agent through these channels.
    statements.push({
      Action: [
        'ssmmessages:CreateControlChannel',
        'ssmmessages:CreateDataChannel',
        'ssmmessages:OpenControlChannel',
        'ssmmessages:OpenDataChannel',
      ],
      Effect: 'Allow',
      Resource: '*',
    });
  }
  if (statements.length > 0)
    policies.push({
      PolicyDocument: { Statement: statements, Version: '2012-10-17' },
      PolicyName: 'TaskPolicy',
    });
  if (managed.length === 0 && policies.length === 0) return undefined;
  const id = `${task.id}TaskRole`;
  ctx.add(
    id,
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: ASSUME_ECS_TASKS,
        ...(managed.length > 0 ? { ManagedPolicyArns: [...new Set(managed)].sort() } : {}),
        ...(policies.length > 0 ? { Policies: policies } : {}),
      },
    },
    task.name,
  );
  return getAtt(id, 'Arn');
}

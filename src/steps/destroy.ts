import { awsFailure } from '../aws/errors.js';
import { storedSecretName } from '../deploy/file-secrets.js';
import { storedConfigPrefix } from '../template/configs.js';
import { Cancelled, cancelRequest, isCancelled } from '../runtime/cancellation.js';
import { listStackResources, waitForOperation } from '../deploy/stack.js';
import { StackEventStream, watchStack } from '../deploy/stack-watch.js';
import { deployedTemplate } from '../deploy/template-source.js';
import { UserError } from '../errors.js';
import type { Template } from '../template/types.js';
import type { StepContext } from './context.js';

export interface DestroyPlan {
  stackName: string;
  stackId?: string;
  /** Resources CloudFormation deletes. */
  deleted: Array<{ logicalId: string; type: string }>;
  /** Resources the template retains on deletion (DeletionPolicy Retain/Snapshot): their data stays. */
  retained: Array<{ logicalId: string; type: string; physicalId?: string }>;
  /** Secrets the action stored in Secrets Manager for this stack, outside the stack. */
  secrets: Array<{ arn: string; name: string }>;
  /** Config contents the action stored in SSM Parameter Store for this stack (every content version). */
  configs: string[];
  /** Templates and release records the action stored in template-bucket for this stack. */
  objects: { bucket: string; keys: string[] };
  /** Auto Scaling groups of GPU services (physical names): their instances are released before the deletion. */
  autoScalingGroups: string[];
  /** The template the stack runs and its parameter values (what stops being paid). */
  template?: Template;
  parameters?: Record<string, string>;
}

/** What `destroy` will delete and what stays, read from the stack and its template. */
export async function planDestroy(ctx: StepContext, stackName: string): Promise<DestroyPlan> {
  const { aws, logger } = ctx;
  const secrets = await aws.secrets.named(storedSecretName(stackName, '')).catch((err: unknown) => {
    throw awsFailure('Secrets Manager ListSecrets', err);
  });
  const configs = await aws.parameters.under(storedConfigPrefix(stackName)).catch((err: unknown) => {
    throw awsFailure('SSM GetParametersByPath', err);
  });
  const bucket = ctx.options.templateBucket;
  const objects = {
    bucket: bucket ?? '',
    keys: bucket
      ? await aws.templates.keys(bucket, `compose-ecs/${stackName}/`).catch((err: unknown) => {
          throw awsFailure(`S3 ListObjectsV2 s3://${bucket}/compose-ecs/${stackName}/`, err);
        })
      : [],
  };
  const stack = await waitForOperation(aws.stacks, stackName, logger, ctx.poll);
  if (!stack || stack.StackStatus === 'DELETE_COMPLETE' || !stack.StackId)
    return { stackName, deleted: [], retained: [], secrets, configs, objects, autoScalingGroups: [] };
  if (stack.EnableTerminationProtection)
    throw new UserError(
      `stack ${stackName} has termination protection on: nothing was deleted. Turn it off first (aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name ${stackName}) if it really is to go.`,
    );
  const [resources, template] = await Promise.all([
    listStackResources(aws.stacks, stack.StackId),
    deployedTemplate(aws.stacks, stack.StackId),
  ]);
  const policy = (id: string) =>
    String(
      (template?.Resources?.[id] as { DeletionPolicy?: unknown } | undefined)?.DeletionPolicy ?? 'Delete',
    );
  const plan: DestroyPlan = {
    stackName,
    stackId: stack.StackId,
    deleted: [],
    retained: [],
    secrets,
    configs,
    objects,
    autoScalingGroups: resources
      .filter((r) => r.ResourceType === 'AWS::AutoScaling::AutoScalingGroup' && r.PhysicalResourceId)
      .map((r) => r.PhysicalResourceId!),
    ...(template ? { template } : {}),
    parameters: Object.fromEntries(
      (stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']),
    ),
  };
  for (const r of resources) {
    const row = { logicalId: r.LogicalResourceId ?? '', type: r.ResourceType ?? '' };
    if (['Retain', 'RetainExceptOnCreate', 'Snapshot'].includes(policy(row.logicalId)))
      plan.retained.push({ ...row, ...(r.PhysicalResourceId ? { physicalId: r.PhysicalResourceId } : {}) });
    else plan.deleted.push(row);
  }
  return plan;
}

/** What the report says of a destroy besides the resources: what stays, and what goes outside the stack. */
export function destroyNotes(plan: DestroyPlan, keepSecrets: boolean): string[] {
  const { stackName } = plan;
  const notes: string[] = [];
  if (!plan.stackId) notes.push(`stack ${stackName} does not exist: there was nothing to delete`);
  for (const r of plan.retained)
    notes.push(
      `${r.logicalId} (${r.type}${r.physicalId ? ` ${r.physicalId}` : ''}) is retained, not deleted: its data stays until you delete it yourself`,
    );
  notes.push(
    'ECR repositories stay: other environments of the project push to the same ones (repository-prefix)',
  );
  const secrets = plan.secrets.map((s) => s.name).join(', ');
  if (plan.secrets.length)
    notes.push(
      keepSecrets
        ? `kept (keep-secrets): ${secrets}`
        : `deleted from Secrets Manager, where the action stored them: ${secrets}`,
    );
  if (plan.configs.length)
    notes.push(
      `deleted from SSM Parameter Store, where the action stored the configs: ${plan.configs.length} parameter(s) under ${plan.configs[0]!.split('/').slice(0, 3).join('/')}/`,
    );
  if (plan.objects.keys.length)
    notes.push(
      `deleted from s3://${plan.objects.bucket}/compose-ecs/${stackName}/, where the action stored templates and release records: ${plan.objects.keys.length} object(s)`,
    );
  return notes;
}

/** Deletes the stack and watches the deletion's events; a failed deletion names its first real failure. */
export async function deleteStackWatched(ctx: StepContext, plan: DestroyPlan): Promise<void> {
  const { aws, logger } = ctx;
  if (!plan.stackId) return;
  const since = new Date(ctx.clock.now() - 5000);
  try {
    await aws.stacks.delete(
      plan.stackId,
      ctx.options.stack?.roleArn ? { roleArn: ctx.options.stack.roleArn } : {},
    );
  } catch (err) {
    throw awsFailure(`CloudFormation DeleteStack ${plan.stackName}`, err);
  }
  await ctx.emit({ kind: 'deploy-started' });
  // The deletion is called without a request token: its events are those since it started.
  const stream = new StackEventStream(aws.events, plan.stackId, {
    since,
    logger,
    onEvent: (event) => void ctx.emit({ kind: 'stack-event', event }),
  });
  const settled = await watchStack(aws.stacks, stream, ctx.poll, (stack) => {
    const status = stack?.StackStatus;
    if (!stack || status === 'DELETE_COMPLETE') return 'DELETE_COMPLETE';
    return status === 'DELETE_FAILED' ? status : undefined;
  }).catch(async (err: unknown) => {
    if (!isCancelled(err)) throw err;
    // Nothing cancels a deletion (CancelUpdateStack applies to UPDATE_IN_PROGRESS only): say it goes on.
    const error = `destroy cancelled (${cancelRequest(ctx.poll.signal!).signalName}): CloudFormation goes on deleting stack ${plan.stackName}, which cannot be cancelled; run destroy again to see it finish and remove the secrets the action stored`;
    await ctx.emit({ kind: 'deploy-failed', error, cancelled: true });
    throw new Cancelled(error);
  });
  await stream.read().catch(() => undefined);
  if (!settled.done)
    throw new UserError(`deleting stack ${plan.stackName} did not finish within the wait-timeout`);
  if (settled.value === 'DELETE_FAILED') {
    const cause = stream.rootCause();
    const why = cause
      ? `${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`
      : 'stack is DELETE_FAILED';
    await ctx.emit({ kind: 'deploy-failed', error: why, cancelled: false });
    throw new UserError(`deleting stack ${plan.stackName} failed: ${why}`);
  }
  await ctx.emit({ kind: 'deploy-succeeded', urls: {} });
}

/** Removes the templates and release records the action stored in template-bucket for the stack. */
export async function removeStoredObjects(ctx: StepContext, plan: DestroyPlan): Promise<void> {
  const { bucket, keys } = plan.objects;
  if (!keys.length) return;
  await ctx.aws.templates.remove(bucket, keys).catch((err: unknown) => {
    throw awsFailure(`S3 DeleteObjects s3://${bucket}/compose-ecs/${plan.stackName}/`, err);
  });
  ctx.logger.info(`deleted ${keys.length} object(s) from s3://${bucket}/compose-ecs/${plan.stackName}/`);
}

/** Removes the config contents the action stored in SSM for the stack (all its versions). */
export async function removeStoredConfigs(ctx: StepContext, plan: DestroyPlan): Promise<void> {
  if (!plan.configs.length) return;
  await ctx.aws.parameters.remove(plan.configs).catch((err: unknown) => {
    throw awsFailure('SSM DeleteParameters', err);
  });
  ctx.logger.info(`deleted ${plan.configs.length} config parameter(s) from SSM Parameter Store`);
}

/** Removes the secrets the action stored for the stack (at once: a preview environment leaves nothing behind). */
export async function removeStoredSecrets(ctx: StepContext, plan: DestroyPlan): Promise<void> {
  for (const s of plan.secrets) {
    await ctx.aws.secrets.remove(s.arn).catch((err: unknown) => {
      throw awsFailure(`Secrets Manager DeleteSecret ${s.name}`, err);
    });
    ctx.logger.info(`deleted secret ${s.name} from Secrets Manager`);
  }
}

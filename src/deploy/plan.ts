import type { Stack } from '@aws-sdk/client-cloudformation';
import type { AwsEdge } from '../aws/edge.js';
import type { Project } from '../compose/model.js';
import type { Logger } from '../log.js';
import type { ConvertResult } from '../template/convert.js';
import type { Template } from '../template/types.js';
import { changeSetName, createChangeSet, deleteChangeSet, type ChangeSetOutcome } from './change-set.js';
import { discardCreatedSecrets, fileSecretParameters, type FileSecretPlan } from './file-secrets.js';
import { NETWORK_TAG, stackNetwork } from './network-record.js';
import type { NetworkRequest } from './parameters.js';
import { efsFinder, retainedFileSystemParameters } from './retained-volumes.js';
import type { PollOptions } from './poll.js';
import { deleteStack, describeStack, prepareStack, type StackState } from './stack.js';
import { deployedTemplate } from './template-source.js';
import { templateSource } from './template-upload.js';
import type { StackSettings } from './stack-settings.js';

export interface PlanRequest {
  stackName: string;
  project: Project;
  conversion: ConvertResult;
  /** Plans write nothing but the change set; deploys also store file secrets. */
  mode: 'plan' | 'deploy';
  environment: Record<string, string | undefined>;
  network: NetworkRequest;
  templateBucket?: string;
  region: string;
  tags: Record<string, string>;
  /** Service role, notification topics, parameter overrides (checked against the template beforehand). */
  stack: Pick<StackSettings, 'roleArn' | 'notificationArns' | 'parameterOverrides'>;
  /** Make a change set even when the template, parameters and settings equal the stack's (force-change-set). */
  forceChangeSet?: boolean;
  now: Date;
  /** The run's first reading of the stack (DescribeStacks before anything was built) and when it was taken. */
  preflight?: { stack: Stack | undefined; readAt: number };
}

/**
 * How old the first reading may be and still stand for the stack when the plan starts: a run that built
 * nothing gets here within seconds. After a longer build another operation may have started, so the stack
 * is read again.
 */
const PREFLIGHT_REUSE_MS = 30_000;

export interface StackPlan {
  type: 'CREATE' | 'UPDATE';
  changeSetName: string;
  outcome: ChangeSetOutcome;
  /** The stack before this run (undefined for a new stack). */
  stackId?: string;
  /** The template the stack runs now, for the diff. */
  before?: Template;
  /** File-secret contents to store before the change set executes, and secrets created empty. */
  secrets: FileSecretPlan;
  /** The reading of the existing stack the plan was made against (its outputs hold the URLs of a no-op). */
  stack?: Stack;
}

/**
 * Computes the change set: stack state, what it runs now, parameters from the account, the template
 * inline or from S3, then CreateChangeSet and its description. No secret content is written here:
 * the plan says what to store (writeFileSecrets) once the change set is ready to execute.
 */
export async function planStack(
  request: PlanRequest,
  aws: AwsEdge,
  logger: Logger,
  poll: PollOptions,
): Promise<StackPlan> {
  const fresh = request.preflight && request.now.getTime() - request.preflight.readAt <= PREFLIGHT_REUSE_MS;
  const state = await prepareStack(aws.stacks, request.stackName, logger, poll, {
    deleteFailedCreate: request.mode === 'deploy',
    ...(fresh ? { known: request.preflight } : {}),
  });
  if (state.failedCreate) return replacementPreview(request, state.failedCreate, state.stackId);
  const before =
    state.isNew || !state.stackId ? undefined : await deployedTemplate(aws.stacks, state.stackId);
  // Compact JSON for the API (more projects stay under the inline limit); the file on disk stays readable.
  const source = await templateSource(JSON.stringify(JSON.parse(request.conversion.body)), {
    store: aws.templates,
    bucket: request.templateBucket,
    stackName: request.stackName,
    region: request.region,
  });
  // force-change-set looks the network up too, as on a new stack.
  const network = await stackNetwork(
    aws.network,
    request.conversion.parameters,
    request.network,
    state.parameters && state.settings && !request.forceChangeSet
      ? { parameters: state.parameters, tags: state.settings.tags }
      : undefined,
  );
  if (network.reused)
    logger.info(
      'VPC and subnets: as the stack runs them (the network inputs are unchanged; nothing looked up)',
    );
  const tags = { ...request.tags, ...(network.tag ? { [NETWORK_TAG]: network.tag } : {}) };
  const accountParameters = {
    ...network.values,
    ...(await retainedFileSystemParameters(
      efsFinder(aws.fileSystems),
      request.conversion.parameters,
      {
        project: request.project.name,
        stack: request.stackName,
        isNew: state.isNew,
        ...(state.parameters ? { current: state.parameters } : {}),
      },
      logger,
    )),
  };
  // Last, so nothing above can fail after a secret was created.
  const secrets = await fileSecretParameters(
    request.project,
    request.environment,
    request.stackName,
    request.conversion.parameters,
    request.mode,
    { secrets: aws.secrets, identity: aws.identity, logger },
  );
  const parameters = { ...request.stack.parameterOverrides, ...accountParameters, ...secrets.parameters };
  const name = changeSetName('compose-ecs', request.now);
  const type = state.isNew ? 'CREATE' : 'UPDATE';
  const difference = request.forceChangeSet
    ? 'forced'
    : differenceFromStack(state, before, request, parameters, tags);
  if (difference === undefined) {
    // Nothing to compute: CreateChangeSet, DescribeChangeSet and DeleteChangeSet would only say so.
    const reason = 'the template, every parameter, the tags and the stack settings equal what the stack runs';
    return {
      type,
      changeSetName: name,
      outcome: { kind: 'no-changes', reason, stackId: state.stackId },
      stackId: state.stackId,
      before,
      secrets,
      ...(state.stack ? { stack: state.stack } : {}),
    };
  }
  logger.debug(`a change set is needed; differs from the stack: ${difference}`);
  let outcome: ChangeSetOutcome;
  try {
    outcome = await createChangeSet(
      aws.changeSets,
      {
        stackName: request.stackName,
        changeSetName: name,
        type,
        ...source,
        parameters,
        tags,
        description: `compose-ecs ${request.mode} of ${request.project.name}`,
        ...(request.stack.roleArn ? { roleArn: request.stack.roleArn } : {}),
        ...(request.stack.notificationArns?.length
          ? { notificationArns: request.stack.notificationArns }
          : {}),
      },
      poll,
    );
  } catch (err) {
    // A CREATE change set leaves an empty REVIEW_IN_PROGRESS stack behind when it fails: remove it too.
    if (type === 'CREATE') await removeEmptyStack(aws.stacks, request.stackName, poll).catch(() => undefined);
    await discardCreatedSecrets(secrets, { secrets: aws.secrets, logger });
    throw err;
  }
  return {
    type,
    changeSetName: name,
    outcome,
    stackId: state.stackId,
    before,
    secrets,
    ...(state.stack ? { stack: state.stack } : {}),
  };
}

/**
 * What differs from the stack, or undefined when it already runs exactly this: the deployed template
 * (GetTemplate) against the new one, every parameter value (a NoEcho value reads as **** and so never equals:
 * a change set then decides), the tags, the service role and the topics. Anything unknown counts as a difference.
 */
function differenceFromStack(
  state: StackState,
  before: Template | undefined,
  request: PlanRequest,
  parameters: Record<string, string>,
  tags: Record<string, string>,
): string | undefined {
  if (state.isNew || !before || !state.parameters || !state.settings) return 'the stack is new or unread';
  const { settings } = state;
  const differs = (a: unknown, b: unknown) => canonical(a) !== canonical(b);
  if (differs(before, request.conversion.template)) return 'the template';
  const changed = Object.keys({ ...state.parameters, ...parameters }).filter(
    (k) => state.parameters![k] !== parameters[k],
  );
  if (changed.length) return `parameters ${changed.sort().join(', ')}`;
  if (differs(withoutProvenance(settings.tags), withoutProvenance(tags))) return 'the stack tags';
  if ((settings.roleArn ?? '') !== (request.stack.roleArn ?? '')) return 'the service role';
  if (differs([...settings.notificationArns].sort(), [...(request.stack.notificationArns ?? [])].sort()))
    return 'the notification topics';
  return undefined;
}

/**
 * The tags that say which commit and which workflow run last changed the stack differ on every run: a run
 * that would change nothing else leaves them as they are (they keep naming the run that deployed what runs),
 * rather than updating every resource's tags just to say so.
 */
const PROVENANCE_TAGS = ['compose-ecs:sha', 'compose-ecs:run-url'];

function withoutProvenance(tags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).filter(([key]) => !PROVENANCE_TAGS.includes(key)));
}

/** JSON with sorted keys, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * A plan of a stack left by a failed first create: CloudFormation cannot make a change set for it, and
 * deleting it would change the account, so the plan shows the stack a deploy would create in its place.
 */
function replacementPreview(request: PlanRequest, status: string, stackId: string | undefined): StackPlan {
  const resources = request.conversion.template.Resources as Record<string, { Type: string }>;
  const changes = Object.entries(resources)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([logicalId, r]) => ({
      action: 'Add' as const,
      logicalId,
      type: r.Type,
      scope: [],
      properties: [],
    }));
  return {
    type: 'CREATE',
    changeSetName: changeSetName('compose-ecs', request.now),
    outcome: {
      kind: 'preview',
      reason: `stack ${request.stackName} is ${status} after a failed first create: a deploy deletes it and creates it again with these resources (this plan changed nothing)`,
      changes,
    },
    ...(stackId ? { stackId } : {}),
    secrets: { parameters: {}, writes: [], created: [] },
  };
}

async function removeEmptyStack(cfn: AwsEdge['stacks'], stackName: string, poll: PollOptions): Promise<void> {
  const stack = await describeStack(cfn, stackName);
  if (stack?.StackStatus === 'REVIEW_IN_PROGRESS' && stack.StackId)
    await deleteStack(cfn, stack.StackId, poll);
}

/** Removes what planning created: the change set, and for a new stack the empty REVIEW_IN_PROGRESS shell. */
export async function discardPlan(
  aws: AwsEdge,
  plan: StackPlan,
  poll: PollOptions,
  logger: Logger,
): Promise<void> {
  if (plan.outcome.changeSetId) await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
  if (plan.type === 'CREATE' && plan.outcome.stackId) {
    logger.info('removing the empty stack the plan created');
    await deleteStack(aws.stacks, plan.outcome.stackId, poll);
  }
  await discardCreatedSecrets(plan.secrets, { secrets: aws.secrets, logger });
}

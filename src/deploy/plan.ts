import type { Stack } from '@aws-sdk/client-cloudformation';
import type { AwsEdge, ChangeSetInput } from '../aws/edge.js';
import type { Logger } from '../log.js';
import type { Template } from '../template/types.js';
import { changeSetName, createChangeSet, deleteChangeSet, type ChangeSetOutcome } from './change-set.js';
import { discardCreatedSecrets, type FileSecretPlan } from './file-secrets.js';
import type { PollOptions } from '../runtime/poll.js';
import { Cancelled, cleanupPoll, isCancelled } from '../runtime/cancellation.js';
import { errorMessage } from '../aws/errors.js';
import { deleteStack, describeStack, prepareStack, type StackState } from './stack.js';
import { deployedTemplate } from './template-source.js';
import { templateSource } from './template-upload.js';
import type { StackSettings } from './stack-settings.js';
import { keepDeployed } from './keep-deployed.js';
import { canonicalJson } from '../canonical-json.js';
import { checkClusterCapacity } from './cluster-capacity.js';

/** The parameter values a change set gets, and the file-secret contents still to store for them. */
export interface ResolvedParameters {
  values: Record<string, string>;
  secrets: FileSecretPlan;
  /** Stack tags the resolution adds (how the network was chosen: network-record.ts). */
  tags?: Record<string, string>;
}

/** What a parameter resolver reads: the network, retained file systems, stored secrets and the account. */
export type ParameterEdge = Pick<AwsEdge, 'network' | 'capacity' | 'fileSystems' | 'secrets' | 'identity'>;

export type ParameterResolver = (
  state: StackState,
  aws: ParameterEdge,
  logger: Logger,
) => Promise<ResolvedParameters>;

/** What planning calls: the stack, its template, change sets, the template bucket, and the resolver's edge. */
export type PlanEdge = Pick<AwsEdge, 'stacks' | 'changeSets' | 'templates' | 'services'> & ParameterEdge;

/** What discarding a plan calls: the change set, an empty new stack, and secrets it created. */
export type DiscardEdge = Pick<AwsEdge, 'stacks' | 'changeSets' | 'secrets'>;

export interface PlanRequest {
  stackName: string;
  /** The template to plan, as an object (for the comparison) and as the compact body sent to the API. */
  template: Template;
  body: string;
  /**
   * Fills the template's parameters once the stack is known: from the account for a new release
   * (account-parameters.ts), or the values a recorded release was deployed with (a rollback).
   */
  parameters: ParameterResolver;
  /** The run's first reading of the stack (DescribeStacks before anything was built) and when it was taken. */
  preflight?: { stack: Stack | undefined; readAt: number };
  /** Plans never change the account; deploys (and rollbacks) delete a failed first create. */
  mode: 'plan' | 'deploy';
  /** The change set's description. */
  description: string;
  templateBucket?: string;
  region: string;
  tags: Record<string, string>;
  /** Service role, notification topics, parameter overrides (checked against the template beforehand). */
  stack: Pick<StackSettings, 'roleArn' | 'notificationArns' | 'parameterOverrides'>;
  /** Make a change set even when the template, parameters and settings equal the stack's (force-change-set). */
  forceChangeSet?: boolean;
  now: Date;
}

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
  /** The parameter values the change set was made with (what a release records). */
  parameters: Record<string, string>;
  /** The stack tags it was made with (the request's and the resolution's): a second phase reuses them. */
  tags?: Record<string, string>;
  /** The reading of the existing stack the plan was made against (its outputs hold the URLs of a no-op). */
  stack?: Stack;
  /** The template and body planned: the request's, reconciled with the deployed one (keep-deployed.ts). */
  template: Template;
  body: string;
}

/**
 * How old the first reading may be and still stand for the stack when the plan starts: a run that built
 * nothing gets here within seconds. After a longer build another operation may have started, so the stack
 * is read again.
 */
const PREFLIGHT_REUSE_MS = 30_000;

/**
 * Computes the change set: stack state, what it runs now, parameters from the account, the template
 * inline or from S3, then CreateChangeSet and its description. No secret content is written here:
 * the plan says what to store (writeFileSecrets) once the change set is ready to execute.
 */
export async function planStack(
  request: PlanRequest,
  aws: PlanEdge,
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
  // Resources AWS holds unique by port or priority keep their deployed IDs; cosmetic values stay.
  const kept = keepDeployed(before, request.template);
  for (const note of kept.notes) logger.info(note);
  const template = kept.template;
  // Compact, as the steps write it (steps/convert.ts compactBody).
  const body = template === request.template ? request.body : JSON.stringify(template);
  request = { ...request, template, body };
  // An existing cluster (x-aws-cluster) must already have the capacity providers the services name.
  await checkClusterCapacity(aws.services, template);
  const source = await templateSource(request.body, {
    store: aws.templates,
    bucket: request.templateBucket,
    stackName: request.stackName,
    region: request.region,
  });
  // Last, so nothing above can fail after a secret was created.
  const resolved = await request.parameters(state, aws, logger);
  const secrets = resolved.secrets;
  const parameters = resolved.values;
  const tags = { ...request.tags, ...resolved.tags };
  const name = changeSetName('compose-ecs', request.now);
  const type: ChangeSetInput['type'] = state.isNew ? 'CREATE' : 'UPDATE';
  const difference = request.forceChangeSet
    ? 'forced'
    : differenceFromStack(state, before, request, parameters, tags);
  const plan = {
    type,
    changeSetName: name,
    stackId: state.stackId,
    before,
    secrets,
    parameters,
    tags,
    ...(state.stack ? { stack: state.stack } : {}),
    template,
    body,
  };
  if (difference === undefined) {
    // Nothing to compute: CreateChangeSet, DescribeChangeSet and DeleteChangeSet would only say so.
    const reason = 'the template, every parameter, the tags and the stack settings equal what the stack runs';
    return { ...plan, outcome: { kind: 'no-changes', reason, stackId: state.stackId } };
  }
  logger.debug(`a change set is needed; differs from the stack: ${difference}`);
  const input: ChangeSetInput = {
    stackName: request.stackName,
    changeSetName: name,
    type,
    ...source,
    parameters,
    tags,
    description: request.description,
    ...(request.stack.roleArn ? { roleArn: request.stack.roleArn } : {}),
    ...(request.stack.notificationArns?.length ? { notificationArns: request.stack.notificationArns } : {}),
  };
  return { ...plan, outcome: await changeSetOrCleanUp(input, secrets, aws, logger, poll) };
}

/**
 * CreateChangeSet and its description; when that fails or the run is cancelled, what the plan left is
 * removed: the secrets it created, and the empty REVIEW_IN_PROGRESS stack a CREATE change set leaves behind
 * (within the cancel budget when cancelled).
 */
async function changeSetOrCleanUp(
  input: ChangeSetInput,
  secrets: ResolvedParameters['secrets'],
  aws: PlanEdge,
  logger: Logger,
  poll: PollOptions,
): Promise<ChangeSetOutcome> {
  try {
    return await createChangeSet(aws.changeSets, input, poll);
  } catch (err) {
    const removed =
      input.type === 'CREATE'
        ? await removeEmptyStack(aws.stacks, input.stackName, cleanupPoll(poll)).then(
            (id) => (id ? `; deleted the empty new stack ${input.stackName}` : ''),
            (e: unknown) => `; could not delete the empty new stack ${input.stackName}: ${errorMessage(e)}`,
          )
        : '';
    await discardCreatedSecrets(secrets, { secrets: aws.secrets, logger });
    if (isCancelled(err)) throw new Cancelled(`plan ${err.message}${removed}`);
    throw err;
  }
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
  const differs = (a: unknown, b: unknown) => canonicalJson(a) !== canonicalJson(b);
  if (differs(before, request.template)) return 'the template';
  const changed = Object.keys({ ...state.parameters, ...parameters }).filter(
    (k) => state.parameters![k] !== parameters[k],
  );
  if (changed.length) return `parameters ${changed.sort().join(', ')}`;
  if (differs(withoutRunTags(settings.tags), withoutRunTags(tags))) return 'the stack tags';
  if ((settings.roleArn ?? '') !== (request.stack.roleArn ?? '')) return 'the service role';
  if (differs([...settings.notificationArns].sort(), [...(request.stack.notificationArns ?? [])].sort()))
    return 'the notification topics';
  return undefined;
}

/**
 * The tags that name the run (its commit and its URL) change on every run: alone they never make a change
 * set, or no deploy would ever be a no-op. They then name the run that last changed the stack; the release
 * of every run, no-op or not, is recorded as a GitHub deployment.
 */
export const RUN_TAGS = ['compose-ecs:sha', 'compose-ecs:run-url'];

function withoutRunTags(tags: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).filter(([k]) => !RUN_TAGS.includes(k)));
}

/**
 * A plan of a stack left by a failed first create: CloudFormation cannot make a change set for it, and
 * deleting it would change the account, so the plan shows the stack a deploy would create in its place.
 */
function replacementPreview(request: PlanRequest, status: string, stackId: string | undefined): StackPlan {
  const resources = request.template.Resources as Record<string, { Type: string }>;
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
    parameters: {},
    template: request.template,
    body: request.body,
  };
}

/** Deletes the stack when it is the empty shell of a CREATE change set; returns its id when it did. */
async function removeEmptyStack(
  cfn: AwsEdge['stacks'],
  stackName: string,
  poll: PollOptions,
): Promise<string | undefined> {
  const stack = await describeStack(cfn, stackName);
  if (stack?.StackStatus !== 'REVIEW_IN_PROGRESS' || !stack.StackId) return undefined;
  await deleteStack(cfn, stack.StackId, poll);
  return stack.StackId;
}

/** Removes what planning created: the change set, and for a new stack the empty REVIEW_IN_PROGRESS shell. */
export async function discardPlan(
  aws: DiscardEdge,
  plan: StackPlan,
  poll: PollOptions,
  logger: Logger,
): Promise<void> {
  if (plan.outcome.changeSetId) await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
  if (plan.type === 'CREATE' && plan.outcome.stackId) {
    logger.info('removing the empty stack the plan created');
    // Cleanup runs to its end even when the run is being cancelled (within the cancel budget).
    await deleteStack(aws.stacks, plan.outcome.stackId, cleanupPoll(poll));
  }
  await discardCreatedSecrets(plan.secrets, { secrets: aws.secrets, logger });
}

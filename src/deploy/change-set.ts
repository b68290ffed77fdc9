import type { Change, DescribeChangeSetCommandOutput } from '@aws-sdk/client-cloudformation';
import type { ChangeSetInput, ChangeSets } from '../aws/edge.js';
import { awsFailure, errorMessage } from '../aws/errors.js';
import { ChangeSetEmpty, ChangeSetNotFound, NO_CHANGES, StackNotFound } from '../aws/failures.js';
import { UserError } from '../errors.js';
import { Cancelled, isCancelled } from '../runtime/cancellation.js';
import { pollUntil, type PollOptions } from '../runtime/poll.js';

export type ChangeAction = 'Add' | 'Modify' | 'Remove' | 'Import' | 'Dynamic';

export interface ResourceChange {
  action: ChangeAction;
  logicalId: string;
  type: string;
  physicalId?: string;
  /** 'True' | 'False' | 'Conditional'; the emulator leaves it out. */
  replacement?: string;
  /** Which parts change: Properties, Tags, ... */
  scope: string[];
  /** Property names that change, where CloudFormation says. */
  properties: string[];
  /**
   * CloudFormation's own word on each changed property (DescribeChangeSet with IncludePropertyValues):
   * whether changing it recreates the resource (RequiresRecreation: Never | Conditionally | Always),
   * what causes the change (CausingEntity) and its values before and after (large ones truncated by AWS).
   * https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ResourceTargetDefinition.html
   */
  details?: PropertyDetail[];
}

export interface PropertyDetail {
  property: string;
  path?: string;
  recreation?: string;
  cause?: string;
  before?: string;
  after?: string;
}

export type ChangeSetRequest = ChangeSetInput;

export type ChangeSetOutcome =
  | {
      kind: 'ready';
      changeSetId: string;
      stackId: string;
      changes: ResourceChange[];
      /** SSM-typed parameters as CloudFormation resolved them for this change set (the GPU AMI id). */
      resolved?: Record<string, string>;
    }
  | { kind: 'no-changes'; changeSetId?: string; stackId?: string; reason: string }
  /** No change set could be made without changing the account (a plan of a stack deploy must replace). */
  | {
      kind: 'preview';
      changeSetId?: undefined;
      stackId?: undefined;
      reason: string;
      changes: ResourceChange[];
    };

/** AWS reports an update that changes nothing in two ways; both are a successful no-op, not a failure. */
export function isNoChangeReason(reason: string | undefined): boolean {
  return NO_CHANGES.test(reason ?? '');
}

/** Change-set names: start with a letter, letters digits and hyphens, at most 128. */
export function changeSetName(prefix: string, when: Date, suffix?: string): string {
  const stamp = when.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const raw = [prefix, stamp, suffix].filter(Boolean).join('-');
  return raw
    .replace(/[^a-zA-Z0-9-]/g, '-')
    .replace(/^[^a-zA-Z]+/, 'c')
    .slice(0, 128);
}

/** Creates the change set and waits until CloudFormation has computed it. */
export async function createChangeSet(
  cfn: ChangeSets,
  request: ChangeSetRequest,
  poll: PollOptions,
): Promise<ChangeSetOutcome> {
  let created;
  try {
    created = await cfn.create(request);
  } catch (err) {
    if (err instanceof ChangeSetEmpty) return { kind: 'no-changes', reason: err.message };
    throw awsFailure(`CloudFormation CreateChangeSet ${request.changeSetName}`, err);
  }
  const changeSetId = created.id;
  const result = await pollUntil(async () => {
    const page = await describePage(cfn, changeSetId);
    if (page.Status === 'CREATE_COMPLETE' || page.Status === 'FAILED') return page;
    return undefined;
  }, poll).catch(async (err: unknown) => {
    if (!isCancelled(err)) throw err;
    // A cancelled plan leaves no change set behind (the caller removes an empty new stack).
    const deleted = await deleteChangeSet(cfn, changeSetId).then(
      () => 'deleted it',
      (e: unknown) => `could not delete it: ${errorMessage(e)}`,
    );
    throw new Cancelled(
      `${err.message} while CloudFormation computed change set ${request.changeSetName}; ${deleted}`,
    );
  });
  if (!result.done) {
    await deleteChangeSet(cfn, changeSetId).catch(() => undefined);
    throw new UserError(`change set ${request.changeSetName} was not ready in time (deleted it)`);
  }
  const first = result.value;
  if (first.Status === 'FAILED') {
    if (isNoChangeReason(first.StatusReason)) {
      return {
        kind: 'no-changes',
        changeSetId,
        stackId: first.StackId ?? created.stackId,
        reason: first.StatusReason ?? '',
      };
    }
    // A failed change set is useless and would linger on the stack: remove it before saying why.
    await deleteChangeSet(cfn, changeSetId).catch(() => undefined);
    throw new UserError(
      `change set ${request.changeSetName} failed: ${first.StatusReason ?? 'no reason given'}`,
    );
  }
  const resolved = Object.fromEntries(
    (first.Parameters ?? [])
      .filter((p) => p.ParameterKey && p.ResolvedValue)
      .map((p) => [p.ParameterKey!, p.ResolvedValue!] as const),
  );
  return {
    kind: 'ready',
    changeSetId,
    stackId: (first.StackId ?? created.stackId)!,
    changes: await collectChanges(cfn, changeSetId, first),
    ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
  };
}

async function describePage(cfn: ChangeSets, id: string, nextToken?: string) {
  try {
    return await cfn.describe(id, nextToken);
  } catch (err) {
    throw awsFailure(`CloudFormation DescribeChangeSet`, err);
  }
}

async function collectChanges(
  cfn: ChangeSets,
  id: string,
  first: DescribeChangeSetCommandOutput,
): Promise<ResourceChange[]> {
  const changes: ResourceChange[] = [];
  let page: DescribeChangeSetCommandOutput | undefined = first;
  while (page) {
    for (const change of page.Changes ?? []) {
      const resourceChange = toResourceChange(change);
      if (resourceChange) changes.push(resourceChange);
    }
    page = page.NextToken ? await describePage(cfn, id, page.NextToken) : undefined;
  }
  return changes.sort((a, b) => a.logicalId.localeCompare(b.logicalId));
}

export function toResourceChange(change: Change): ResourceChange | undefined {
  const rc = change.ResourceChange;
  if (!rc?.LogicalResourceId) return undefined;
  const properties = new Set<string>();
  const details: PropertyDetail[] = [];
  for (const detail of rc.Details ?? []) {
    const target = detail.Target;
    const name = target?.Name;
    if (target?.Attribute !== 'Properties' || !name) continue;
    properties.add(name);
    details.push({
      property: name,
      ...(target.Path ? { path: target.Path } : {}),
      ...(target.RequiresRecreation ? { recreation: target.RequiresRecreation } : {}),
      ...(detail.CausingEntity ? { cause: detail.CausingEntity } : {}),
      ...(target.BeforeValue !== undefined ? { before: target.BeforeValue } : {}),
      ...(target.AfterValue !== undefined ? { after: target.AfterValue } : {}),
    });
  }
  return {
    action: (rc.Action ?? 'Modify') as ChangeAction,
    logicalId: rc.LogicalResourceId,
    type: rc.ResourceType ?? '',
    physicalId: rc.PhysicalResourceId,
    replacement: rc.Replacement,
    scope: [...(rc.Scope ?? [])],
    properties: [...properties].sort(),
    ...(details.length ? { details } : {}),
  };
}

/** Best effort: a change set that is already gone (executed, or deleted with its stack) is fine. */
export async function deleteChangeSet(cfn: ChangeSets, changeSetId: string): Promise<void> {
  try {
    await cfn.delete(changeSetId);
  } catch (err) {
    if (err instanceof ChangeSetNotFound || err instanceof StackNotFound) return;
    throw awsFailure('CloudFormation DeleteChangeSet', err);
  }
}

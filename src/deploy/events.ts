import type { StackEvent } from '@aws-sdk/client-cloudformation';
import type { StackEvents } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';

export interface OperationEvent {
  /** CloudFormation's id of the event; a stand-in key where it has none. */
  id: string;
  timestamp: Date;
  logicalId: string;
  type: string;
  status: string;
  reason?: string;
  /** The resource's physical id once CloudFormation reports it (a certificate's ARN, certificate-watch.ts). */
  physicalId?: string;
}

/**
 * Events of one stack operation, oldest first. An operation is told apart by the client request
 * token we gave ExecuteChangeSet; events without one (some services omit it) count if they are no
 * older than the operation's start. Events come newest first, so paging stops at the operation's start,
 * and at the first event already `known` (seen in an earlier poll): everything after it is known too, so a
 * poll with nothing new costs one page. Only events not known are returned.
 */
export async function operationEvents(
  source: StackEvents,
  stackId: string,
  token: string | undefined,
  since: Date,
  known: (id: string) => boolean = () => false,
): Promise<OperationEvent[]> {
  const events: OperationEvent[] = [];
  let next: string | undefined;
  try {
    paging: do {
      const page = await source.page(stackId, next);
      for (const e of page.events) {
        const event = toOperationEvent(e, since);
        if (known(event.id)) break paging;
        if (e.ClientRequestToken ? e.ClientRequestToken === token : event.timestamp >= since)
          events.push(event);
      }
      next = page.nextToken;
      // Past the operation's start: older pages hold earlier operations only.
      const oldest = page.events[page.events.length - 1]?.Timestamp;
      if (oldest && oldest < since) break;
    } while (next);
  } catch (err) {
    throw awsFailure('CloudFormation DescribeStackEvents', err);
  }
  return events.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
}

function toOperationEvent(e: StackEvent, since: Date): OperationEvent {
  return {
    id: e.EventId ?? `${e.Timestamp?.toISOString()}|${e.LogicalResourceId}|${e.ResourceStatus}`,
    timestamp: e.Timestamp ?? since,
    logicalId: e.LogicalResourceId ?? '',
    type: e.ResourceType ?? '',
    status: e.ResourceStatus ?? '',
    reason: e.ResourceStatusReason,
    ...(e.PhysicalResourceId ? { physicalId: e.PhysicalResourceId } : {}),
  };
}

/** Reasons CloudFormation gives to resources that failed only because another one did. */
const CASCADE =
  /Resource (creation|update|deletion) cancelled|The following resource\(s\) failed|Resource handler returned message: "null"|rollback requested by user/i;

/**
 * The event that explains a failed operation: the first resource failure that is not a cascade
 * of another (the last event is usually just "the following resource(s) failed...").
 */
export function rootCause(events: OperationEvent[]): OperationEvent | undefined {
  const failures = events.filter((e) => e.status.endsWith('_FAILED') && e.reason);
  return (
    failures.find((e) => !CASCADE.test(e.reason!) && e.type !== 'AWS::CloudFormation::Stack') ?? failures[0]
  );
}

// The stack's progress as a console shows it: one row per resource and one for the stack itself
// (UPDATE_ROLLBACK_IN_PROGRESS and friends say where the operation stands). A resource that failed keeps
// its failure on its row when the rollback's events for it follow, so the cause stays in sight.
import type { OperationEvent } from '../deploy/events.js';

export interface ProgressRow {
  logicalId: string;
  type: string;
  /** The latest status. */
  status: string;
  reason?: string;
  /** The failure this resource had in this operation, kept through the rollback that follows. */
  failure?: { status: string; reason?: string };
}

const STACK = 'AWS::CloudFormation::Stack';

/** Records one event in `rows` (in place, in the order resources started); the stack's row comes first. */
export function recordEvent(
  rows: ProgressRow[],
  event: Pick<OperationEvent, 'logicalId' | 'type' | 'status' | 'reason'>,
): void {
  const at = rows.findIndex((r) => r.logicalId === event.logicalId && r.type === event.type);
  const previous = at >= 0 ? rows[at] : undefined;
  const row: ProgressRow = {
    logicalId: event.logicalId,
    type: event.type,
    status: event.status,
    ...(event.reason ? { reason: event.reason } : {}),
  };
  if (event.status.endsWith('_FAILED')) row.failure = { status: event.status, reason: event.reason };
  else if (previous?.failure) row.failure = previous.failure;
  if (previous) rows[at] = row;
  else if (event.type === STACK) rows.unshift(row);
  else rows.push(row);
}

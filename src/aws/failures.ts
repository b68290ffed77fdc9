// The AWS failures the pipeline decides on, as types the edge raises (src/aws/clients.ts classifies every SDK
// error once, after the SDK's own retries), so callers test `instanceof` instead of matching names and
// messages. Each keeps the service's name and message: the lines a user reads do not change.
// As copilot-cli's ErrStackNotFound / ErrChangeSetEmpty (internal/pkg/aws/cloudformation/errors.go).

/** The parts of an SDK v3 error we read; anything thrown may lack them. */
export interface SdkErrorLike {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

/** An AWS call that failed; `code` is the service's error name (ValidationError, AccessDeniedException, …). */
export class AwsFailure extends Error {
  constructor(
    /** Service.Operation, as the call counter names it (CloudFormation.DescribeStacks). */
    readonly operation: string,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    // The service's own name, so a message built from name and text reads as before.
    this.name = code;
  }
}

/** CloudFormation: the stack does not exist (a ValidationError that says so). */
export class StackNotFound extends AwsFailure {}
/** CloudFormation: the change set does not exist (executed, deleted, or its stack is gone). */
export class ChangeSetNotFound extends AwsFailure {}
/** CloudFormation: the change set would change nothing ("didn't contain changes", "No updates are to be performed"). */
export class ChangeSetEmpty extends AwsFailure {}
/** Any other resource that does not exist (ResourceNotFoundException, RepositoryNotFoundException, …). */
export class NotFound extends AwsFailure {}
/** The resource is there already (ImageAlreadyExistsException, ResourceExistsException, …). */
export class AlreadyExists extends AwsFailure {}
/** Still throttled after the SDK's retries. */
export class Throttled extends AwsFailure {}
/** The credentials lack a permission; `missingAction` is the IAM action AWS named, when it named one. */
export class AccessDenied extends AwsFailure {
  get missingAction(): string | undefined {
    return /not authorized to perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(this.message)?.[1];
  }
}

/** Reported for an update that changes nothing, as CreateChangeSet's error or a FAILED change set's reason. */
export const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);

/**
 * The typed failure for an SDK error, or the error itself when the pipeline decides nothing on it (network
 * errors, credentials: src/aws/errors.ts words those).
 */
export function classifyAwsError(err: unknown, operation: string): unknown {
  if (err instanceof AwsFailure || typeof err !== 'object' || err === null) return err;
  const e = err as SdkErrorLike;
  const code = e.name ?? e.code ?? '';
  const message = e.message ?? '';
  const type = failureType(code, message, e.$metadata?.httpStatusCode);
  return type ? new type(operation, code, message, { cause: err }) : err;
}

function failureType(code: string, message: string, status: number | undefined) {
  if (THROTTLING.has(code) || status === 429) return Throttled;
  if (
    /AccessDenied|UnauthorizedOperation|AuthorizationError/i.test(code) ||
    /not authorized to perform/i.test(message)
  )
    return AccessDenied;
  // CloudFormation's (the only service that says these): a ValidationError names what is missing or empty.
  if (code === 'ValidationError' && NO_CHANGES.test(message)) return ChangeSetEmpty;
  if (code === 'ValidationError' && /^Stack .*does not exist/i.test(message)) return StackNotFound;
  if (/^ChangeSetNotFound(Exception)?$/.test(code)) return ChangeSetNotFound;
  if (code === 'ValidationError' && /ChangeSet .*does not exist/i.test(message)) return ChangeSetNotFound;
  if (/NotFound(Exception)?$|^NoSuch/.test(code)) return NotFound;
  if (/AlreadyExists(Exception)?$|^ResourceExistsException$/.test(code)) return AlreadyExists;
  return undefined;
}

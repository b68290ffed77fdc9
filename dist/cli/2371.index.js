export const id = 2371;
export const ids = [2371];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   MT: () => (/* binding */ awsFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(678);


function errorName(err) {
    const e = err;
    return e?.name ?? e?.code ?? '';
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
/**
 * Turns an AWS SDK failure into one clear line that says what failed and what to do next.
 * The common first-run problems (no credentials, no region, endpoint unreachable, access denied)
 * get a specific hint; anything else keeps the service's own message.
 */
function awsFailure(action, err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return err;
    const name = errorName(err);
    const message = errorMessage(err);
    const code = err?.code ?? '';
    let hint = '';
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        hint =
            'no AWS credentials were found: add aws-actions/configure-aws-credentials before this step (OIDC), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY';
    }
    else if (/Region is missing/i.test(message)) {
        hint = 'no AWS region: set the aws-region input or AWS_REGION';
    }
    else if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET'].includes(code)) {
        hint = `the AWS endpoint is unreachable (${code}${process.env.AWS_ENDPOINT_URL ? ` at ${process.env.AWS_ENDPOINT_URL}` : ''})`;
    }
    else if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .AccessDenied */ .Oy) {
        hint = `access denied: the role needs ${err.missingAction ?? 'the permission for this call'} (see the README's IAM policy)`;
    }
    else if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .Throttled */ .xx) {
        hint = `AWS throttled ${err.operation} through every retry: fewer jobs against this account at once, or a higher quota`;
    }
    const detail = hint ? `${hint} [${name || code}: ${message}]` : `${name ? `${name}: ` : ''}${message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${action} failed: ${detail}`);
}


/***/ }),

/***/ 678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ NotFound),
/* harmony export */   ND: () => (/* binding */ AlreadyExists),
/* harmony export */   OQ: () => (/* binding */ AwsFailure),
/* harmony export */   Oy: () => (/* binding */ AccessDenied),
/* harmony export */   Yr: () => (/* binding */ ChangeSetEmpty),
/* harmony export */   eo: () => (/* binding */ NO_CHANGES),
/* harmony export */   oJ: () => (/* binding */ ChangeSetNotFound),
/* harmony export */   u3: () => (/* binding */ classifyAwsError),
/* harmony export */   xx: () => (/* binding */ Throttled),
/* harmony export */   yU: () => (/* binding */ StackNotFound)
/* harmony export */ });
// The AWS failures the pipeline decides on, as types the edge raises (src/aws/clients.ts classifies every SDK
// error once, after the SDK's own retries), so callers test `instanceof` instead of matching names and
// messages. Each keeps the service's name and message: the lines a user reads do not change.
// As copilot-cli's ErrStackNotFound / ErrChangeSetEmpty (internal/pkg/aws/cloudformation/errors.go).
/** An AWS call that failed; `code` is the service's error name (ValidationError, AccessDeniedException, …). */
class AwsFailure extends Error {
    operation;
    code;
    constructor(
    /** Service.Operation, as the call counter names it (CloudFormation.DescribeStacks). */
    operation, code, message, options) {
        super(message, options);
        this.operation = operation;
        this.code = code;
        // The service's own name, so a message built from name and text reads as before.
        this.name = code;
    }
}
/** CloudFormation: the stack does not exist (a ValidationError that says so). */
class StackNotFound extends AwsFailure {
}
/** CloudFormation: the change set does not exist (executed, deleted, or its stack is gone). */
class ChangeSetNotFound extends AwsFailure {
}
/** CloudFormation: the change set would change nothing ("didn't contain changes", "No updates are to be performed"). */
class ChangeSetEmpty extends AwsFailure {
}
/** Any other resource that does not exist (ResourceNotFoundException, RepositoryNotFoundException, …). */
class NotFound extends AwsFailure {
}
/** The resource is there already (ImageAlreadyExistsException, ResourceExistsException, …). */
class AlreadyExists extends AwsFailure {
}
/** Still throttled after the SDK's retries. */
class Throttled extends AwsFailure {
}
/** The credentials lack a permission; `missingAction` is the IAM action AWS named, when it named one. */
class AccessDenied extends AwsFailure {
    get missingAction() {
        return /not authorized to perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(this.message)?.[1];
    }
}
/** Reported for an update that changes nothing, as CreateChangeSet's error or a FAILED change set's reason. */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
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
function classifyAwsError(err, operation) {
    if (err instanceof AwsFailure || typeof err !== 'object' || err === null)
        return err;
    const e = err;
    const code = e.name ?? e.code ?? '';
    const message = e.message ?? '';
    const type = failureType(code, message, e.$metadata?.httpStatusCode);
    return type ? new type(operation, code, message, { cause: err }) : err;
}
function failureType(code, message, status) {
    if (THROTTLING.has(code) || status === 429)
        return Throttled;
    if (/AccessDenied|UnauthorizedOperation|AuthorizationError/i.test(code) ||
        /not authorized to perform/i.test(message))
        return AccessDenied;
    // CloudFormation's (the only service that says these): a ValidationError names what is missing or empty.
    if (code === 'ValidationError' && NO_CHANGES.test(message))
        return ChangeSetEmpty;
    if (code === 'ValidationError' && /^Stack .*does not exist/i.test(message))
        return StackNotFound;
    if (/^ChangeSetNotFound(Exception)?$/.test(code))
        return ChangeSetNotFound;
    if (code === 'ValidationError' && /ChangeSet .*does not exist/i.test(message))
        return ChangeSetNotFound;
    if (/NotFound(Exception)?$|^NoSuch/.test(code))
        return NotFound;
    if (/AlreadyExists(Exception)?$|^ResourceExistsException$/.test(code))
        return AlreadyExists;
    return undefined;
}


/***/ }),

/***/ 2371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deleteStack: () => (/* binding */ deleteStack),
/* harmony export */   describeStack: () => (/* binding */ describeStack),
/* harmony export */   listStackResources: () => (/* binding */ listStackResources),
/* harmony export */   prepareStack: () => (/* binding */ prepareStack),
/* harmony export */   refuseBlockedStack: () => (/* binding */ refuseBlockedStack),
/* harmony export */   waitForOperation: () => (/* binding */ waitForOperation)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _runtime_cancellation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9685);
/* harmony import */ var _runtime_poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4415);




async function describeStack(stacks, stackName) {
    try {
        return await stacks.describe(stackName);
    }
    catch (err) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)(`CloudFormation DescribeStacks ${stackName}`, err);
    }
}
/**
 * States no change set can be made in until someone acts, with what to do; a no-op for any other state.
 * (An operation in progress is waited for instead: waitForOperation.)
 */
function refuseBlockedStack(stackName, status) {
    if (status === 'UPDATE_ROLLBACK_FAILED') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`stack ${stackName} is UPDATE_ROLLBACK_FAILED: fix the resource that could not roll back, then run ContinueUpdateRollback (aws cloudformation continue-update-rollback --stack-name ${stackName}).`);
    }
    if (status === 'DELETE_FAILED') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`stack ${stackName} is DELETE_FAILED: finish deleting it in the CloudFormation console first.`);
    }
}
/**
 * Reads the stack and makes it ready for a change set: an operation still running (another deploy, a
 * rollback) is waited for within the run's one wait budget; a failed first create (ROLLBACK_COMPLETE) is
 * deleted, since CloudFormation cannot update it; states that block an update are refused with what to do.
 */
async function prepareStack(cfn, stackName, logger, poll, options = { deleteFailedCreate: true }) {
    const stack = await waitForOperation(cfn, stackName, logger, poll, options.known);
    const status = stack?.StackStatus;
    if (!stack || status === 'DELETE_COMPLETE')
        return { isNew: true };
    if (status === 'REVIEW_IN_PROGRESS')
        return { isNew: true, stackId: stack.StackId, status };
    if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED') {
        if (!options.deleteFailedCreate)
            return { isNew: true, stackId: stack.StackId, status, failedCreate: status };
        logger.warning(`stack ${stackName} is ${status} after a failed first create; deleting it so it can be created again`);
        // Within the run's deadline like every other wait (wait-timeout), not a budget of its own.
        await deleteStack(cfn, stack.StackId, poll);
        return { isNew: true };
    }
    refuseBlockedStack(stackName, status);
    const parameters = Object.fromEntries((stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
    const settings = {
        tags: Object.fromEntries((stack.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
        ...(stack.RoleARN ? { roleArn: stack.RoleARN } : {}),
        notificationArns: stack.NotificationARNs ?? [],
    };
    return { isNew: false, stackId: stack.StackId, status, parameters, settings, stack };
}
/** How often a wait for another operation says what it waits for. */
const WAIT_NOTICE_MS = 60_000;
/**
 * The stack once no operation runs on it: a stack *_IN_PROGRESS (another deploy, a rollback, a deletion)
 * cannot take a change set, so this waits for it within the run's wait budget, saying every minute what it
 * waits for, and fails clearly when the budget runs out. REVIEW_IN_PROGRESS is a change set waiting, not an
 * operation.
 */
async function waitForOperation(cfn, stackName, logger, poll, 
/** A reading taken just before: the first check uses it instead of calling DescribeStacks. */
known) {
    const now = poll.now ?? Date.now;
    const started = now();
    let lastNotice = -Infinity;
    let last;
    let reading = known;
    const result = await (0,_runtime_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g3)(async () => {
        last = reading ? reading.stack : await describeStack(cfn, stackName);
        reading = undefined;
        const status = last?.StackStatus;
        if (!status?.endsWith('_IN_PROGRESS') || status === 'REVIEW_IN_PROGRESS')
            return { stack: last };
        if (now() - lastNotice >= WAIT_NOTICE_MS) {
            lastNotice = now();
            const waited = Math.round((now() - started) / 1000);
            logger.info(`stack ${stackName} is ${status}: waiting for that operation to finish (${waited} s so far)`);
        }
        return undefined;
    }, poll).catch((err) => {
        if (!(0,_runtime_cancellation_js__WEBPACK_IMPORTED_MODULE_2__/* .isCancelled */ .mm)(err))
            throw err;
        throw new _runtime_cancellation_js__WEBPACK_IMPORTED_MODULE_2__/* .Cancelled */ .cJ(`plan ${err.message} while stack ${stackName} was ${last?.StackStatus}: this run changed nothing`);
    });
    if (!result.done)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`stack ${stackName} was still ${last?.StackStatus} when the wait-timeout ran out: another operation is running on it. Let it finish (a workflow concurrency group makes deploys queue) and run again.`);
    return result.value.stack;
}
async function deleteStack(cfn, stackId, poll) {
    try {
        await cfn.delete(stackId);
    }
    catch (err) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)(`CloudFormation DeleteStack ${stackId}`, err);
    }
    const result = await (0,_runtime_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g3)(async () => {
        const stack = await describeStack(cfn, stackId);
        const status = stack?.StackStatus;
        if (!stack || status === 'DELETE_COMPLETE')
            return true;
        if (status === 'DELETE_FAILED')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`deleting stack ${stackId} failed: ${stack.StackStatusReason ?? ''}`);
        return undefined;
    }, poll);
    if (!result.done)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`deleting stack ${stackId} did not finish in time`);
}
/** Every resource of a stack, page by page (DescribeStackResources stops at 100). */
async function listStackResources(cfn, stackId) {
    try {
        return await cfn.resources(stackId);
    }
    catch (err) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)('CloudFormation ListStackResources', err);
    }
}


/***/ }),

/***/ 9842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// Time for the run's waits: tests pass a clock that never sleeps (__tests__/support/fake-edge.ts fakeClock).
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        // No timer outlives a cancel: the runner kills the step 10 s after its first signal.
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    }),
};


/***/ }),

/***/ 4415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g3: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony exports sleep, MAX_INTERVAL_MS */
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9842);
/* harmony import */ var _cancellation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9685);


const sleep = _clock_js__WEBPACK_IMPORTED_MODULE_0__/* .systemClock */ .m.sleep;
/** The longest gap between two checks: the most that "done" may wait to be seen. */
const MAX_INTERVAL_MS = 2000;
/**
 * Calls `check` until it returns a value (not undefined) or the timeout passes.
 * Returns `{ done: true, value }` or `{ done: false }` on timeout: the caller words the timeout.
 * Throws Cancelled when `options.signal` aborts, before the next check: the caller undoes what it started.
 */
async function pollUntil(check, options) {
    const wait = options.sleep ?? sleep;
    const now = options.now ?? Date.now;
    const deadline = Math.min(now() + options.timeoutMs, options.deadline ?? Infinity);
    const { signal } = options;
    let interval = options.intervalMs ?? 1000;
    // At most 2 s between checks, so what finished is reported within 2 s of finishing (issue 13); a wait
    // of minutes then costs one call per check, which the call counter reports by phase.
    const max = options.maxIntervalMs ?? MAX_INTERVAL_MS;
    for (;;) {
        if (signal?.aborted)
            throw new _cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ(`cancelled (${(0,_cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .cancelRequest */ .UL)(signal).signalName})`);
        const value = await check();
        if (value !== undefined)
            return { done: true, value };
        if (now() + interval > deadline)
            return { done: false };
        await wait(interval, signal);
        interval = Math.min(interval * 2, max);
    }
}


/***/ })

};

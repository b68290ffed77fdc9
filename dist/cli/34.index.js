export const id = 34;
export const ids = [34,911,371];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   MT: () => (/* binding */ awsFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
function awsFailure(stage, action, err) {
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
    else if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(name + message)) {
        hint = `access denied: the role needs the permission for this call (see the README's IAM policy)`;
    }
    const detail = hint ? `${hint} [${name || code}: ${message}]` : `${name ? `${name}: ` : ''}${message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(stage, `${action} failed: ${detail}`);
}


/***/ }),

/***/ 8618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* unused harmony export sleep */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Calls `check` until it returns a value (not undefined) or the timeout passes.
 * Returns `{ done: true, value }` or `{ done: false }` on timeout: the caller words the timeout.
 */
async function pollUntil(check, options) {
    const wait = options.sleep ?? sleep;
    const now = options.now ?? Date.now;
    const deadline = Math.min(now() + options.timeoutMs, options.deadline ?? Infinity);
    let interval = options.intervalMs ?? 1000;
    const max = options.maxIntervalMs ?? 15000;
    for (;;) {
        const value = await check();
        if (value !== undefined)
            return { done: true, value };
        if (now() + interval > deadline)
            return { done: false };
        await wait(interval);
        interval = Math.min(interval * 2, max);
    }
}


/***/ }),

/***/ 5398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ watchRollout),
/* harmony export */   b8: () => (/* binding */ stackServices)
/* harmony export */ });
/* unused harmony export rolloutOf */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8618);
/* harmony import */ var _stack_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2371);




/**
 * The ECS services a stack owns, with their clusters and the task definitions the template gives
 * them, from the stack's resources (its Outputs may be empty).
 */
async function stackServices(cfn, stackId, template) {
    const resources = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_2__.listStackResources)(cfn, stackId);
    const cluster = resources.find((r) => r.ResourceType === 'AWS::ECS::Cluster')?.PhysicalResourceId;
    const physical = new Map(resources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
    const taskDefinitionOf = (serviceId) => {
        const ref = template?.Resources[serviceId]?.Properties?.TaskDefinition
            ?.Ref;
        return ref ? physical.get(ref) : undefined;
    };
    return resources
        .filter((r) => r.ResourceType === 'AWS::ECS::Service' && r.PhysicalResourceId)
        .map((r) => ({
        logicalId: r.LogicalResourceId,
        arn: r.PhysicalResourceId,
        cluster: clusterOf(r.PhysicalResourceId) ?? cluster ?? 'default',
        taskDefinition: taskDefinitionOf(r.LogicalResourceId),
    }))
        .sort((a, b) => a.logicalId.localeCompare(b.logicalId));
}
/** Long service ARNs carry the cluster: arn:aws:ecs:region:acct:service/<cluster>/<name>. */
function clusterOf(serviceArn) {
    const parts = serviceArn.split(':').pop()?.split('/') ?? [];
    return parts.length === 3 ? parts[1] : undefined;
}
/**
 * Reads where a service's rollout stands. A rollout that ECS rolled back is a failure, never
 * success: after a circuit-breaker rollback the PRIMARY deployment is the old task definition and
 * may well be COMPLETED, so the task definition is checked, not only the state.
 */
function rolloutOf(logicalId, service, expectedTaskDefinition) {
    const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
    // The service's own task definition is what ECS settled on: after a rollback it is the old revision.
    const current = service.taskDefinition ?? primary?.taskDefinition;
    const mismatch = Boolean(expectedTaskDefinition && current && current !== expectedTaskDefinition);
    const failedDeployment = service.deployments?.find((d) => d.rolloutState === 'FAILED');
    // A different revision alone could be someone else's update (or an emulator that does not track
    // CloudFormation's updates); with a failed deployment or a rollback event it is ECS undoing ours.
    const rollbackEvidence = Boolean(failedDeployment) ||
        (service.events ?? [])
            .slice(0, 10)
            .some((e) => /roll(ing|ed) back|circuit breaker/i.test(e.message ?? ''));
    const rolledBack = mismatch && rollbackEvidence;
    const rolloutState = primary?.rolloutState ?? 'IN_PROGRESS';
    const desired = primary?.desiredCount ?? service.desiredCount ?? 0;
    const running = primary?.runningCount ?? service.runningCount ?? 0;
    const latestEvent = service.events?.[0]?.message;
    const otherDeployments = (service.deployments?.length ?? 1) - 1;
    const failed = rolloutState === 'FAILED' || rolledBack;
    // Without a rollout state (the rolling controller on older APIs) fall back to counts.
    const done = !failed && rolloutState === 'COMPLETED' && running >= desired && otherDeployments === 0;
    return {
        logicalId,
        name: service.serviceName ?? logicalId,
        taskDefinition: current?.split('/').pop(),
        rolloutState,
        desired,
        running,
        pending: Math.max(0, primary?.pendingCount ?? 0),
        failedTasks: primary?.failedTasks ?? 0,
        otherDeployments,
        latestEvent,
        done,
        failed,
        note: mismatch && !rolledBack
            ? `ECS reports ${current?.split('/').pop()}, not the deployed ${expectedTaskDefinition?.split('/').pop()}`
            : undefined,
        // A rollout failing now speaks for itself; a finished rollback is told by the revision ECS went back to.
        reason: !failed
            ? undefined
            : rolloutState === 'FAILED'
                ? (primary?.rolloutStateReason ?? latestEvent)
                : `${failedDeployment?.rolloutStateReason ?? 'the deployment was rolled back'}; ECS runs ${current?.split('/').pop()} instead of ${expectedTaskDefinition?.split('/').pop()}`,
    };
}
/**
 * Waits until every service's primary deployment has completed, reporting each poll.
 * Fails with ECS's own reason when the circuit breaker rolled a deployment back.
 */
async function watchRollout(ecs, services, poll, onProgress = () => { }) {
    let rows = [];
    const result = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(async () => {
        rows = await describeRollouts(ecs, services);
        await onProgress(rows);
        const failed = rows.find((r) => r.failed);
        if (failed) {
            const error = new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('deploy', `ECS rolled back service ${failed.name}: ${failed.reason ?? 'the deployment failed'}${failed.latestEvent && failed.latestEvent !== failed.reason ? ` (latest event: ${failed.latestEvent})` : ''}`);
            // Which service, so the caller can say why its tasks stopped (failure-report.ts).
            const service = services.find((s) => s.logicalId === failed.logicalId);
            throw Object.assign(error, { failedService: service && { ...service, name: failed.name } });
        }
        return rows.every((r) => r.done) ? rows : undefined;
    }, poll);
    if (!result.done) {
        const waiting = rows
            .filter((r) => !r.done)
            .map((r) => `${r.name} (${r.running}/${r.desired} running${r.latestEvent ? `; ${r.latestEvent}` : ''})`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('deploy', `rollout did not complete within the wait timeout: ${waiting.join(', ')}`);
    }
    return result.value;
}
function missingService(member, reason) {
    return {
        logicalId: member.logicalId,
        name: member.arn.split('/').pop() ?? member.logicalId,
        rolloutState: reason ?? 'MISSING',
        desired: 0,
        running: 0,
        pending: 0,
        failedTasks: 0,
        otherDeployments: 0,
        latestEvent: `ECS did not return the service${reason ? ` (${reason})` : ''}`,
        done: false,
        failed: false,
    };
}
async function describeRollouts(ecs, services) {
    const rows = [];
    const byCluster = new Map();
    for (const s of services)
        byCluster.set(s.cluster, [...(byCluster.get(s.cluster) ?? []), s]);
    for (const [cluster, members] of byCluster) {
        // DescribeServices takes at most 10 services a call.
        for (let i = 0; i < members.length; i += 10) {
            const batch = members.slice(i, i + 10);
            let out;
            try {
                out = await ecs.describe(cluster, batch.map((s) => s.arn));
            }
            catch (err) {
                throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)('deploy', 'ECS DescribeServices', err);
            }
            for (const member of batch) {
                const found = out.services.find((s) => s.serviceArn === member.arn || s.serviceName === member.arn);
                if (found)
                    rows.push(rolloutOf(member.logicalId, found, member.taskDefinition));
                // A service ECS does not return is not running: never count it as done.
                else
                    rows.push(missingService(member, out.failures.find((f) => f.arn === member.arn)?.reason));
            }
        }
    }
    return rows;
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
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8618);



async function describeStack(stacks, stackName) {
    try {
        return await stacks.describe(stackName);
    }
    catch (err) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)('plan', `CloudFormation DescribeStacks ${stackName}`, err);
    }
}
/**
 * States no change set can be made in until someone acts, with what to do; a no-op for any other state.
 * (An operation in progress is waited for instead: waitForOperation.)
 */
function refuseBlockedStack(stackName, status) {
    if (status === 'UPDATE_ROLLBACK_FAILED') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('plan', `stack ${stackName} is UPDATE_ROLLBACK_FAILED: fix the resource that could not roll back, then run ContinueUpdateRollback (aws cloudformation continue-update-rollback --stack-name ${stackName}).`);
    }
    if (status === 'DELETE_FAILED') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('plan', `stack ${stackName} is DELETE_FAILED: finish deleting it in the CloudFormation console first.`);
    }
}
/**
 * Reads the stack and makes it ready for a change set: an operation still running (another deploy, a
 * rollback) is waited for within the run's one wait budget; a failed first create (ROLLBACK_COMPLETE) is
 * deleted, since CloudFormation cannot update it; states that block an update are refused with what to do.
 */
async function prepareStack(cfn, stackName, logger, poll, 
/** Only a deploy deletes a failed first create: a plan never changes the account. */
options = { deleteFailedCreate: true }) {
    const stack = await waitForOperation(cfn, stackName, logger, poll);
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
    return { isNew: false, stackId: stack.StackId, status, parameters, settings };
}
/** How often a wait for another operation says what it waits for. */
const WAIT_NOTICE_MS = 60_000;
/**
 * The stack once no operation runs on it: a stack *_IN_PROGRESS (another deploy, a rollback, a deletion)
 * cannot take a change set, so this waits for it within the run's wait budget, saying every minute what it
 * waits for, and fails clearly when the budget runs out. REVIEW_IN_PROGRESS is a change set waiting, not an
 * operation.
 */
async function waitForOperation(cfn, stackName, logger, poll) {
    const now = poll.now ?? Date.now;
    const started = now();
    let lastNotice = -Infinity;
    let last;
    const result = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g)(async () => {
        last = await describeStack(cfn, stackName);
        const status = last?.StackStatus;
        if (!status?.endsWith('_IN_PROGRESS') || status === 'REVIEW_IN_PROGRESS')
            return { stack: last };
        if (now() - lastNotice >= WAIT_NOTICE_MS) {
            lastNotice = now();
            const waited = Math.round((now() - started) / 1000);
            logger.info(`stack ${stackName} is ${status}: waiting for that operation to finish (${waited} s so far)`);
        }
        return undefined;
    }, poll);
    if (!result.done)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('plan', `stack ${stackName} was still ${last?.StackStatus} when the wait-timeout ran out: another operation is running on it. Let it finish (a workflow concurrency group makes deploys queue) and run again.`);
    return result.value.stack;
}
async function deleteStack(cfn, stackId, poll) {
    try {
        await cfn.delete(stackId);
    }
    catch (err) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)('plan', `CloudFormation DeleteStack ${stackId}`, err);
    }
    const result = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g)(async () => {
        const stack = await describeStack(cfn, stackId);
        const status = stack?.StackStatus;
        if (!stack || status === 'DELETE_COMPLETE')
            return true;
        if (status === 'DELETE_FAILED')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('plan', `deleting stack ${stackId} failed: ${stack.StackStatusReason ?? ''}`);
        return undefined;
    }, poll);
    if (!result.done)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('plan', `deleting stack ${stackId} did not finish in time`);
}
/** Every resource of a stack, page by page (DescribeStackResources stops at 100). */
async function listStackResources(cfn, stackId) {
    try {
        return await cfn.resources(stackId);
    }
    catch (err) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)('deploy', 'CloudFormation ListStackResources', err);
    }
}


/***/ }),

/***/ 5839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ deployedTemplate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);


/** The template the stack runs now (what the plan diffs against); undefined for a new stack. */
async function deployedTemplate(stacks, stackId) {
    let body;
    try {
        body = await stacks.template(stackId);
    }
    catch (err) {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsFailure */ .MT)('plan', 'CloudFormation GetTemplate', err);
    }
    if (!body)
        return undefined;
    // Our templates are JSON; a stack someone edited by hand may hold YAML (a superset of JSON).
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(body);
}


/***/ }),

/***/ 1296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   H4: () => (/* binding */ secretLeaks),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   n5: () => (/* binding */ readSecret),
/* harmony export */   rW: () => (/* binding */ unsetSecrets)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
// Keeps secret values out of what compose-ecs writes. A `file:`/`environment:` secret's value may
// still be interpolated into a plain field (DATABASE_URL=postgres://app:${DB_PASSWORD}@db), which
// would put it in the template, the change set and the PR comment: that is refused, with where.

/** Shorter values would match by accident everywhere. */
const MIN_LENGTH = 4;
/** A `file:` or `environment:` secret's content, or undefined when there is none to read. */
async function readSecret(secret, environment) {
    if (secret.file)
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(secret.file, 'utf8').catch(() => undefined);
    return secret.environment ? environment[secret.environment] : undefined;
}
/** The values of the project's file and environment secrets (as written and trimmed). */
async function secretValues(loaded, environment) {
    const values = [];
    for (const secret of Object.values(loaded.project.secrets)) {
        const raw = await readSecret(secret, environment);
        for (const value of new Set([raw, raw?.trim()])) {
            if (value && value.length >= MIN_LENGTH)
                values.push({ secret: secret.name, value });
        }
    }
    return values;
}
/** Every plain service field that carries a secret's value, located in the compose files. */
function secretLeaks(loaded, values) {
    const leaks = [];
    const check = (text, path) => {
        const hit = values.find((v) => text?.includes(v.value));
        if (!hit)
            return;
        leaks.push({
            message: `contains the value of secret ${hit.secret}, which would be written into the template, the change set and the pull-request comment; pass it with secrets: instead (x-aws-keys for one key of a JSON secret)`,
            path,
            location: loaded.sourceMap.locate(path),
        });
    };
    for (const service of Object.values(loaded.project.services)) {
        const base = ['services', service.name];
        for (const [key, value] of Object.entries(service.environment))
            check(value, [...base, 'environment', key]);
        for (const [key, value] of Object.entries(service.labels))
            check(value, [...base, 'labels', key]);
        service.command?.forEach((arg, i) => check(arg, [...base, 'command', i]));
        service.entrypoint?.forEach((arg, i) => check(arg, [...base, 'entrypoint', i]));
        service.healthcheck?.test?.forEach((arg, i) => check(arg, [...base, 'healthcheck', 'test', i]));
        if (service.image)
            check(service.image, [...base, 'image']);
    }
    return leaks;
}
/** Replaces secret values in text bound for a comment or summary (defence in depth). */
function redact(text, values) {
    let out = text;
    for (const value of values)
        if (value.length >= MIN_LENGTH)
            out = out.split(value).join('***');
    return out;
}
/**
 * `environment:` secrets a service uses whose variable is not set: found when the project loads, so
 * the run stops before anything is built (a `file:` secret's file is checked by the loader).
 */
function unsetSecrets(loaded, environment) {
    const used = new Set(Object.values(loaded.project.services).flatMap((s) => s.secrets.map((r) => r.source)));
    return Object.values(loaded.project.secrets)
        .filter((s) => s.environment && used.has(s.name) && environment[s.environment] === undefined)
        .map((s) => ({
        message: `environment variable ${s.environment} is not set: pass it to the step (env: ${s.environment}: \${{ secrets.${s.environment} }})`,
        path: ['secrets', s.name, 'environment'],
        location: loaded.sourceMap.locate(['secrets', s.name, 'environment']),
    }));
}


/***/ }),

/***/ 6034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/aws/edge.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

// EXTERNAL MODULE: ./src/compose/load.ts + 29 modules
var load = __webpack_require__(1384);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/deploy/poll.ts
var deploy_poll = __webpack_require__(8618);
;// CONCATENATED MODULE: ./src/deploy/change-set.ts



/** AWS reports an update that changes nothing in two ways; both are a successful no-op, not a failure. */
function isNoChangeReason(reason) {
    return /didn't contain changes|No updates are to be performed/i.test(reason ?? '');
}
/** Change-set names: start with a letter, letters digits and hyphens, at most 128. */
function changeSetName(prefix, when, suffix) {
    const stamp = when.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const raw = [prefix, stamp, suffix].filter(Boolean).join('-');
    return raw
        .replace(/[^a-zA-Z0-9-]/g, '-')
        .replace(/^[^a-zA-Z]+/, 'c')
        .slice(0, 128);
}
/** Creates the change set and waits until CloudFormation has computed it. */
async function createChangeSet(cfn, request, poll) {
    let created;
    try {
        created = await cfn.create(request);
    }
    catch (err) {
        if (isNoChangeReason((0,errors/* errorMessage */.gJ)(err)))
            return { kind: 'no-changes', reason: (0,errors/* errorMessage */.gJ)(err) };
        throw (0,errors/* awsFailure */.MT)('plan', `CloudFormation CreateChangeSet ${request.changeSetName}`, err);
    }
    const changeSetId = created.id;
    const result = await (0,deploy_poll/* pollUntil */.g)(async () => {
        const page = await describePage(cfn, changeSetId);
        if (page.Status === 'CREATE_COMPLETE' || page.Status === 'FAILED')
            return page;
        return undefined;
    }, poll);
    if (!result.done) {
        await deleteChangeSet(cfn, changeSetId).catch(() => undefined);
        throw new src_errors/* UserError */.yo('plan', `change set ${request.changeSetName} was not ready in time (deleted it)`);
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
        throw new src_errors/* UserError */.yo('plan', `change set ${request.changeSetName} failed: ${first.StatusReason ?? 'no reason given'}`);
    }
    return {
        kind: 'ready',
        changeSetId,
        stackId: (first.StackId ?? created.stackId),
        changes: await collectChanges(cfn, changeSetId, first),
    };
}
async function describePage(cfn, id, nextToken) {
    try {
        return await cfn.describe(id, nextToken);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', `CloudFormation DescribeChangeSet`, err);
    }
}
async function collectChanges(cfn, id, first) {
    const changes = [];
    let page = first;
    while (page) {
        for (const change of page.Changes ?? []) {
            const resourceChange = toResourceChange(change);
            if (resourceChange)
                changes.push(resourceChange);
        }
        page = page.NextToken ? await describePage(cfn, id, page.NextToken) : undefined;
    }
    return changes.sort((a, b) => a.logicalId.localeCompare(b.logicalId));
}
function toResourceChange(change) {
    const rc = change.ResourceChange;
    if (!rc?.LogicalResourceId)
        return undefined;
    const properties = new Set();
    for (const detail of rc.Details ?? []) {
        const name = detail.Target?.Name;
        if (detail.Target?.Attribute === 'Properties' && name)
            properties.add(name);
    }
    return {
        action: (rc.Action ?? 'Modify'),
        logicalId: rc.LogicalResourceId,
        type: rc.ResourceType ?? '',
        physicalId: rc.PhysicalResourceId,
        replacement: rc.Replacement,
        scope: [...(rc.Scope ?? [])],
        properties: [...properties].sort(),
    };
}
/** Best effort: a change set that is already gone (executed, or deleted with its stack) is fine. */
async function deleteChangeSet(cfn, changeSetId) {
    try {
        await cfn.delete(changeSetId);
    }
    catch (err) {
        if (/does not exist|not found|ChangeSetNotFound/i.test(`${err.name} ${(0,errors/* errorMessage */.gJ)(err)}`))
            return;
        throw (0,errors/* awsFailure */.MT)('deploy', 'CloudFormation DeleteChangeSet', err);
    }
}

;// CONCATENATED MODULE: ./src/deploy/events.ts

/**
 * Events of one stack operation, oldest first. An operation is told apart by the client request
 * token we gave ExecuteChangeSet; events without one (some services omit it) count if they are no
 * older than the operation's start.
 */
async function operationEvents(source, stackId, token, since) {
    const events = [];
    let next;
    try {
        do {
            const page = await source.page(stackId, next);
            const batch = page.events;
            events.push(...batch);
            next = page.nextToken;
            // Events come newest first: stop paging once we are past the operation's start.
            const oldest = batch[batch.length - 1]?.Timestamp;
            if (oldest && oldest < since)
                break;
        } while (next);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('deploy', 'CloudFormation DescribeStackEvents', err);
    }
    return events
        .filter((e) => (e.ClientRequestToken ? e.ClientRequestToken === token : (e.Timestamp ?? since) >= since))
        .map((e) => ({
        id: e.EventId ?? `${e.Timestamp?.toISOString()}|${e.LogicalResourceId}|${e.ResourceStatus}`,
        timestamp: e.Timestamp ?? since,
        logicalId: e.LogicalResourceId ?? '',
        type: e.ResourceType ?? '',
        status: e.ResourceStatus ?? '',
        reason: e.ResourceStatusReason,
    }))
        .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
}
/** Reasons CloudFormation gives to resources that failed only because another one did. */
const CASCADE = /Resource (creation|update|deletion) cancelled|The following resource\(s\) failed|Resource handler returned message: "null"|rollback requested by user/i;
/**
 * The event that explains a failed operation: the first resource failure that is not a cascade
 * of another (the last event is usually just "the following resource(s) failed...").
 */
function rootCause(events) {
    const failures = events.filter((e) => e.status.endsWith('_FAILED') && e.reason);
    return (failures.find((e) => !CASCADE.test(e.reason) && e.type !== 'AWS::CloudFormation::Stack') ?? failures[0]);
}

// EXTERNAL MODULE: ./src/deploy/stack.ts
var deploy_stack = __webpack_require__(2371);
;// CONCATENATED MODULE: ./src/deploy/execute.ts







const SUCCESS = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);
/**
 * Executes a change set and waits for the stack to settle. On failure it names the root-cause
 * event (not the last one) and leaves no change set behind.
 */
async function executeChangeSet(aws, input, logger, poll, onEvent = () => { }) {
    const token = `compose-ecs-${(0,external_node_crypto_.randomUUID)()}`;
    // A little slack: the emulator and AWS stamp events with their own clocks.
    const since = new Date((poll.now ?? Date.now)() - 5000);
    let executeError;
    try {
        await aws.changeSets.execute(input.changeSetId, { token, disableRollback: input.disableRollback });
    }
    catch (err) {
        executeError = err;
    }
    const seen = new Set();
    const stream = async () => {
        const events = await operationEvents(aws.events, input.stackId, token, since);
        for (const e of events) {
            if (!seen.has(e.id)) {
                seen.add(e.id);
                onEvent(e);
            }
        }
        return events;
    };
    let status = '';
    let statusReason;
    if (!executeError) {
        const settled = await (0,deploy_poll/* pollUntil */.g)(async () => {
            await stream();
            const stack = await (0,deploy_stack.describeStack)(aws.stacks, input.stackId);
            if (!stack?.StackStatus || stack.StackStatus.endsWith('_IN_PROGRESS'))
                return undefined;
            return stack;
        }, poll);
        if (!settled.done) {
            throw new src_errors/* UserError */.yo('deploy', `stack ${input.stackId} did not settle within the wait timeout; it is still running in CloudFormation`);
        }
        status = settled.value.StackStatus;
        statusReason = settled.value.StackStatusReason;
    }
    const events = await stream().catch(() => []);
    if (!executeError && SUCCESS.has(status))
        return { stackId: input.stackId, status, events };
    // Failed: clean up, then explain with the first real failure.
    await deleteChangeSet(aws.changeSets, input.changeSetId).catch((err) => logger.warning(`could not delete change set ${input.changeSetId}: ${(0,errors/* errorMessage */.gJ)(err)}`));
    const cause = rootCause(events);
    if (cause) {
        throw new src_errors/* UserError */.yo('deploy', `deploy failed: ${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`);
    }
    if (executeError)
        throw (0,errors/* awsFailure */.MT)('deploy', 'CloudFormation ExecuteChangeSet', executeError);
    throw new src_errors/* UserError */.yo('deploy', `deploy failed: stack is ${status}${statusReason ? `: ${statusReason}` : ''}`);
}

;// CONCATENATED MODULE: ./src/deploy/failure-report.ts
const LOG_LINES = 20;
/**
 * The most recently stopped task of a service, explained; undefined when ECS has no stopped task to show
 * (or cannot be read: a diagnosis never hides the failure it explains).
 */
async function diagnoseService(ecs, logs, service, targetGroupArns = []) {
    const [task] = await ecs.stoppedTasks(service.cluster, service.arn, 1).catch(() => []);
    if (!task?.taskArn)
        return undefined;
    const taskId = task.taskArn.split('/').pop();
    const definition = task.taskDefinitionArn
        ? await ecs.taskDefinition(task.taskDefinitionArn).catch(() => undefined)
        : undefined;
    // Containers that failed first: a non-zero exit, then any with a reason; the init containers last.
    const containers = [...(task.containers ?? [])].sort((a, b) => rank(a) - rank(b));
    const diagnosed = [];
    for (const c of containers) {
        if (!c.name || (c.exitCode === 0 && !c.reason))
            continue;
        const options = definition?.containerDefinitions?.find((d) => d.name === c.name)?.logConfiguration;
        const group = options?.logDriver === 'awslogs' ? options.options?.['awslogs-group'] : undefined;
        const prefix = options?.options?.['awslogs-stream-prefix'];
        // awslogs names each stream <prefix>/<container name>/<task id> (Amazon ECS developer guide, awslogs).
        const lines = group && prefix
            ? await logs.tail(group, `${prefix}/${c.name}/${taskId}`, LOG_LINES).catch(() => [])
            : [];
        diagnosed.push({
            name: c.name,
            ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
            ...(c.reason ? { reason: c.reason } : {}),
            lastLines: lines.map((l) => l.message.replace(/\s+$/, '')),
        });
    }
    const unhealthyTargets = [];
    const groups = targetGroupArns.length
        ? targetGroupArns
        : await ecs
            .describe(service.cluster, [service.arn])
            .then((r) => r.services.flatMap((s) => (s.loadBalancers ?? []).map((lb) => lb.targetGroupArn ?? '')))
            .catch(() => []);
    for (const arn of groups.filter(Boolean)) {
        const health = await ecs.targetHealth(arn).catch(() => []);
        for (const h of health) {
            const state = h.TargetHealth?.State;
            if (state === 'healthy' || state === undefined)
                continue;
            const target = `${h.Target?.Id ?? '?'}:${h.Target?.Port ?? '?'}`;
            const why = [h.TargetHealth?.Reason, h.TargetHealth?.Description].filter(Boolean).join(': ');
            unhealthyTargets.push(`${target} ${state}${why ? ` (${why})` : ''}`);
        }
    }
    return {
        service: service.name,
        taskId,
        ...(task.stoppedReason ? { stoppedReason: task.stoppedReason } : {}),
        containers: diagnosed,
        unhealthyTargets,
    };
}
function rank(c) {
    if (c.exitCode !== undefined && c.exitCode !== 0)
        return 0;
    if (c.reason)
        return 1;
    return 2;
}
/** The diagnosis as text lines: the stopped reason, each failed container with its last lines, unhealthy targets. */
function formatDiagnosis(d) {
    const out = [`stopped task ${d.taskId} of ${d.service}: ${d.stoppedReason ?? 'no reason given'}`];
    for (const c of d.containers) {
        const exit = c.exitCode !== undefined ? `exit code ${c.exitCode}` : 'no exit code';
        out.push(`  container ${c.name}: ${exit}${c.reason ? ` (${c.reason})` : ''}`);
        if (c.lastLines.length) {
            out.push(`  last ${c.lastLines.length} lines of ${c.name}:`);
            for (const line of c.lastLines)
                out.push(`    ${line}`);
        }
    }
    for (const t of d.unhealthyTargets)
        out.push(`  target ${t}`);
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/deploy/rollout.ts
var rollout = __webpack_require__(5398);
;// CONCATENATED MODULE: ./src/deploy/deploy.ts



/** A rolled-back service's failure, with why its last task stopped and what it printed (failure-report.ts). */
async function withDiagnosis(aws, err, logger) {
    const failed = err.failedService;
    if (!failed)
        return err;
    const diagnosis = await diagnoseService(aws.services, aws.logs, failed).catch(() => undefined);
    if (!diagnosis)
        return err;
    const text = formatDiagnosis(diagnosis);
    logger.info(text);
    return Object.assign(err, { diagnosis: text });
}
/**
 * Executes a ready change set, then follows every ECS service of the stack until its rollout has
 * completed. Either step's failure throws with its root cause; success means ECS runs the release.
 */
async function deployChangeSet(aws, ready, logger, poll, progress) {
    await logger.group(`deploy stack ${ready.stackName}`, () => executeChangeSet(aws, ready, logger, poll, (e) => {
        logger.info(`${e.timestamp.toISOString()} ${e.logicalId} ${e.status}${e.reason ? `: ${e.reason}` : ''}`);
        progress.onEvent(e);
    }));
    return logger.group('watch the ECS rollout', async () => {
        const services = await (0,rollout/* stackServices */.b8)(aws.stacks, ready.stackId, ready.template);
        const rows = await (0,rollout/* watchRollout */.Dl)(aws.services, services, poll, async (rows) => {
            for (const r of rows) {
                logger.info(`${r.name}: ${r.rolloutState} ${r.running}/${r.desired} running${r.latestEvent ? ` · ${r.latestEvent}` : ''}`);
            }
            await progress.onRollout(rows);
        }).catch(async (err) => {
            throw await withDiagnosis(aws, err, logger);
        });
        for (const r of rows)
            if (r.note)
                logger.warning(`${r.name}: ${r.note}`);
        return rows;
    });
}

;// CONCATENATED MODULE: ./src/deploy/outputs.ts

const IS_URL = /url$/i;
/**
 * Service URLs (outputs whose key ends in `URL`), for the report and later workflow steps. They come
 * from the stack's Outputs; where CloudFormation has none yet (some endpoints never fill them), the
 * template's own URL outputs are evaluated against the load balancers the stack created.
 */
async function stackUrls(clients, stackId, template) {
    const stack = await (0,deploy_stack.describeStack)(clients.stacks, stackId);
    const urls = {};
    for (const output of stack?.Outputs ?? []) {
        if (output.OutputKey && output.OutputValue && IS_URL.test(output.OutputKey))
            urls[output.OutputKey] = output.OutputValue;
    }
    if (Object.keys(urls).length || !template?.Outputs)
        return urls;
    const wanted = Object.entries(template.Outputs).filter(([key]) => IS_URL.test(key));
    if (!wanted.length)
        return urls;
    const dnsNames = await loadBalancerDnsNames(clients, stackId, template).catch(() => new Map());
    for (const [key, output] of wanted) {
        const value = evaluate(output.Value, dnsNames);
        if (value)
            urls[key] = value;
    }
    return urls;
}
/** DNS name per load-balancer logical ID, from the stack's resources and the ELBv2 API. */
async function loadBalancerDnsNames(clients, stackId, template) {
    const resources = await (0,deploy_stack.listStackResources)(clients.stacks, stackId);
    const balancers = resources.filter((r) => template.Resources[r.LogicalResourceId ?? '']?.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' &&
        r.PhysicalResourceId);
    const names = new Map();
    if (!balancers.length)
        return names;
    const found = await clients.services.loadBalancers(balancers.map((b) => b.PhysicalResourceId));
    for (const b of balancers) {
        const dns = found.find((lb) => lb.LoadBalancerArn === b.PhysicalResourceId)?.DNSName;
        if (dns)
            names.set(b.LogicalResourceId, dns);
    }
    return names;
}
/** Evaluates the output forms the converter writes: strings, Fn::Sub with ${Id.DNSName}, Fn::GetAtt, Fn::Join. */
function evaluate(value, dnsNames) {
    if (typeof value === 'string')
        return value;
    if (!value || typeof value !== 'object')
        return undefined;
    const fn = value;
    if (typeof fn['Fn::Sub'] === 'string') {
        let unresolved = false;
        const text = fn['Fn::Sub'].replace(/\$\{([A-Za-z0-9]+)\.DNSName\}/g, (_m, id) => {
            const dns = dnsNames.get(id);
            if (!dns)
                unresolved = true;
            return dns ?? '';
        });
        return unresolved || /\$\{/.test(text) ? undefined : text;
    }
    const getAtt = fn['Fn::GetAtt'];
    if (Array.isArray(getAtt) && getAtt[1] === 'DNSName')
        return dnsNames.get(String(getAtt[0]));
    const join = fn['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        const parts = join[1].map((p) => evaluate(p, dnsNames));
        return parts.every((p) => p !== undefined) ? parts.join(join[0]) : undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/report/secret-guard.ts
var secret_guard = __webpack_require__(1296);
;// CONCATENATED MODULE: ./src/deploy/file-secrets.ts




/** The Secrets Manager name a compose secret is stored under: one per stack and secret. */
function storedSecretName(stackName, secret) {
    return `compose-ecs/${stackName}/${secret}`;
}
/**
 * Fills the template's file-secret parameters. A `file:` (or `environment:`) secret's content goes
 * to Secrets Manager through the API, never into the template, the change set, a log or a comment;
 * the template gets the secret's ARN and the version id its tasks pin.
 *
 * Nothing is written here. New content gets a fresh random version id (never derived from the
 * content: a hash of a weak password in a stack parameter could be guessed offline), which the change
 * set pins; the content is stored under that id by writeFileSecrets only once the change set is ready
 * and about to execute (Secrets Manager takes the version id as PutSecretValue's ClientRequestToken:
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html). A deploy
 * of a secret that does not exist yet creates it without a value (CreateSecret without SecretString
 * creates no version: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html),
 * because its ARN carries a random suffix the template needs. A plan creates nothing and passes the
 * ARN the secret has, or will have.
 */
async function fileSecretParameters(project, environment, stackName, parameters, mode, deps) {
    const plan = { parameters: {}, writes: [], created: [] };
    const values = plan.parameters;
    const newVersionId = deps.newVersionId ?? external_node_crypto_.randomUUID;
    for (const p of parameters.filter((x) => x.kind === 'file-secret')) {
        const definition = project.secrets[p.secret ?? ''];
        if (!definition)
            throw new src_errors/* UserError */.yo('plan', `template parameter ${p.name} names an unknown secret ${p.secret}`);
        const content = await secretContent(definition, environment);
        deps.logger.mask(content);
        const name = storedSecretName(stackName, definition.name);
        const version = parameters.find((x) => x.kind === 'file-secret-version' && x.secret === p.secret);
        const existing = await call(`Secrets Manager DescribeSecret ${name}`, () => deps.secrets.find(name));
        const current = existing
            ? await call(`Secrets Manager GetSecretValue ${name}`, () => deps.secrets.current(existing))
            : undefined;
        const unchanged = current !== undefined && current.value === content;
        if (mode === 'plan') {
            values[p.name] = existing ?? (await predictedArn(deps.identity, name));
            // A plan stores nothing: new content shows as a version still to be written.
            if (version)
                values[version.name] = unchanged ? current.versionId : 'new-version-on-deploy';
            continue;
        }
        let arn = existing;
        if (!arn) {
            arn = await call(`creating secret ${definition.name} in Secrets Manager`, () => deps.secrets.create({
                name,
                description: `compose secret ${definition.name} of stack ${stackName}, stored by compose-ecs`,
                tags: { 'com.docker.compose.project': project.name, 'compose-ecs:stack': stackName },
            }));
            plan.created.push(arn);
        }
        values[p.name] = arn;
        const versionId = unchanged ? current.versionId : newVersionId();
        if (version)
            values[version.name] = versionId;
        if (!unchanged)
            plan.writes.push({ secret: definition.name, arn, versionId, content });
    }
    return plan;
}
/** Stores the pending contents under the version ids the change set pins: call it just before executing. */
async function writeFileSecrets(plan, deps) {
    for (const w of plan.writes) {
        await call(`storing secret ${w.secret} in Secrets Manager`, () => deps.secrets.put(w.arn, w.content, w.versionId));
        deps.logger.info(`stored ${plan.created.includes(w.arn) ? 'secret' : 'a new version of secret'} ${w.secret} in Secrets Manager`);
    }
}
/** Removes the secrets this run created without a value, when their change set will not execute. */
async function discardCreatedSecrets(plan, deps) {
    for (const arn of plan.created) {
        await deps.secrets
            .remove(arn)
            .catch((err) => deps.logger.warning(`could not remove the unused secret ${arn}: ${err.message}`));
    }
}
async function call(what, f) {
    try {
        return await f();
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', what, err);
    }
}
async function predictedArn(identity, name) {
    const [account, region] = await call('STS GetCallerIdentity', () => Promise.all([identity.account(), identity.region()]));
    return `arn:${account.partition}:secretsmanager:${region}:${account.id}:secret:${name}`;
}
async function secretContent(definition, environment) {
    const content = await (0,secret_guard/* readSecret */.n5)(definition, environment);
    if (content !== undefined)
        return content;
    // The loader checked the file and the pipeline the variable; this is the last word if either vanished.
    throw new src_errors/* UserError */.yo('plan', definition.file
        ? `secret ${definition.name}: cannot read its file ${definition.file}; write it before this step, e.g. from a GitHub secret`
        : `secret ${definition.name}: environment variable ${definition.environment} is not set`);
}

;// CONCATENATED MODULE: ./src/deploy/network.ts


/**
 * The VPC and subnets the services run in, looked up at plan time so the template never bakes
 * them in: the given VPC (else the account's default VPC), and the given subnets, else that VPC's
 * public subnets (the ones that map public IPs) or, when asked for private, the others; one per
 * availability zone.
 */
async function resolveNetwork(ec2, request) {
    try {
        let vpcId = request.vpcId;
        if (!vpcId) {
            vpcId = await ec2.defaultVpcId();
            if (!vpcId) {
                throw new src_errors/* UserError */.yo('plan', 'this account and region have no default VPC: set the vpc-id input (or x-aws-vpc) and subnet-ids');
            }
        }
        if (request.subnetIds?.length)
            return { vpcId, subnetIds: [...request.subnetIds], zones: await zoneCount(ec2, request.subnetIds) };
        const found = await subnetsOf(ec2, vpcId, !request.privateSubnets);
        if (!found.subnetIds.length) {
            throw new src_errors/* UserError */.yo('plan', `VPC ${vpcId} has no ${request.privateSubnets ? 'private' : 'public'} subnets: set the subnet-ids input`);
        }
        return { vpcId, ...found };
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', 'looking up the VPC and subnets', err);
    }
}
/** Given subnets are taken as they are, but their zones are counted: ALB and EFS need distinct ones. */
async function zoneCount(ec2, subnetIds) {
    const subnets = await ec2.subnets({ subnetIds });
    return new Set(subnets.map((s) => s.AvailabilityZone ?? s.SubnetId)).size;
}
/**
 * Subnets for an internet-facing load balancer: the public-subnet-ids input (zones counted), else the
 * VPC's public subnets, one per availability zone.
 */
async function resolvePublicSubnets(ec2, vpcId, given) {
    try {
        if (given?.length)
            return { subnetIds: [...given], zones: await zoneCount(ec2, given) };
        return await subnetsOf(ec2, vpcId, true);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', 'looking up public subnets for the load balancer', err);
    }
}
/** The VPC's public (map public IPs) or private subnets, one per availability zone, sorted; maybe none. */
async function subnetsOf(ec2, vpcId, publicOnes) {
    {
        const subnets = await ec2.subnets({ vpcId });
        const wanted = (s) => Boolean(s.MapPublicIpOnLaunch) === publicOnes;
        // One subnet per availability zone: load balancers and EFS mount targets need distinct zones.
        const byZone = new Map();
        for (const subnet of subnets.filter(wanted).sort((a, b) => (a.SubnetId < b.SubnetId ? -1 : 1))) {
            const zone = subnet.AvailabilityZone ?? subnet.SubnetId;
            if (!byZone.has(zone))
                byZone.set(zone, subnet.SubnetId);
        }
        const subnetIds = [...byZone.values()].sort();
        return { subnetIds, zones: byZone.size };
    }
}

;// CONCATENATED MODULE: ./src/deploy/parameters.ts


/**
 * Fills the template's network parameters from the account: the VPC and subnets, looked up now,
 * never baked in. The vpc-id and subnet-ids inputs win over the compose file's x-aws-vpc, which
 * wins over the default VPC.
 */
async function networkParameters(ec2, parameters, request) {
    const vpc = parameters.find((p) => p.kind === 'vpc');
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    if (!vpc && !subnets && !lbSubnets)
        return {};
    const network = await resolveNetwork(ec2, {
        vpcId: request.vpcId ?? vpc?.value,
        subnetIds: request.subnetIds,
        privateSubnets: request.privateSubnets ?? (subnets?.public === false ? true : undefined),
    });
    if (subnets?.minCount && network.zones < subnets.minCount) {
        throw new src_errors/* UserError */.yo('plan', `${subnets.description}: needs at least ${subnets.minCount} subnets in distinct availability zones, found ${network.zones} zone(s) (${network.subnetIds.join(', ')})`);
    }
    const values = {};
    if (vpc)
        values[vpc.name] = network.vpcId;
    if (subnets)
        values[subnets.name] = network.subnetIds.join(',');
    if (lbSubnets) {
        // Public task subnets serve the load balancer too; private ones cannot (no route from the internet).
        const tasksPublic = !(request.privateSubnets ?? subnets?.public === false);
        const lb = !request.publicSubnetIds?.length && tasksPublic
            ? network
            : await resolvePublicSubnets(ec2, network.vpcId, request.publicSubnetIds);
        if (lb.zones < (lbSubnets.minCount ?? 2)) {
            throw new src_errors/* UserError */.yo('plan', `${lbSubnets.description}: found ${lb.zones} zone(s) (${lb.subnetIds.join(', ') || 'none'}); set the public-subnet-ids input, or x-aws-loadbalancer_scheme: internal to keep the load balancer inside the VPC`);
        }
        values[lbSubnets.name] = lb.subnetIds.join(',');
    }
    return values;
}

// EXTERNAL MODULE: ./src/template/tags.ts
var tags = __webpack_require__(2589);
;// CONCATENATED MODULE: ./src/template/logical-id.ts
// Logical IDs derive from compose names so a change to one service touches only its resources.
// CloudFormation wants [A-Za-z0-9]{1,255}: non-alphanumerics split words ("my-web" → "MyWeb").

/** "my-web.api" → "MyWebApi"; keeps inner case ("fooBar" → "FooBar"). */
function pascal(name) {
    return name
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function shortHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8).toUpperCase();
}
/** Longest base we hand out, leaving room for suffixes such as "TaskExecutionRole" and port tags. */
const MAX_BASE = 200;
/**
 * Assigns a base ID per compose name within one kind (services, networks, ...).
 * Names that sanitise to the same base (e.g. "my-web" and "my_web") all get a hash of their own name
 * appended, so the result depends only on the colliding set, not on ordering.
 * Names with nothing alphanumeric get "X" + hash.
 */
function assignIds(names) {
    const byBase = new Map();
    for (const name of names) {
        let base = pascal(name);
        if (base === '')
            base = 'X';
        if (base.length > MAX_BASE)
            base = base.slice(0, MAX_BASE - 8) + shortHash(name);
        byBase.set(base, [...(byBase.get(base) ?? []), name]);
    }
    const out = new Map();
    for (const [base, group] of byBase) {
        for (const name of group)
            out.set(name, group.length > 1 || base === 'X' ? base + shortHash(name) : base);
    }
    return out;
}
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

;// CONCATENATED MODULE: ./src/template/context.ts

function createContext(loaded, options) {
    const { project, sourceMap } = loaded;
    const diag = (path, message) => {
        const location = sourceMap.locate(path);
        return location ? { message, path, location } : { message, path };
    };
    const template = {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `compose-ecs: Docker Compose project ${project.name}`,
        Parameters: {},
        Resources: {},
        Outputs: {},
    };
    // Each diagnostic is said once: several concerns may read the same field (a service's x-aws-healthcheck
    // applies to each of its ports), but the user needs to hear about it one time.
    const said = new Set();
    const once = (list, d) => {
        const key = JSON.stringify([d.path, d.message]);
        if (said.has(key))
            return;
        said.add(key);
        list.push(d);
    };
    const ctx = {
        project,
        options,
        template,
        warnings: [],
        errors: [],
        ids: {
            service: assignIds(Object.keys(project.services)),
            network: assignIds(networkNames(project)),
            volume: assignIds(Object.keys(project.volumes)),
            secret: assignIds(Object.keys(project.secrets)),
        },
        owners: new Map(),
        add(id, resource, owner) {
            if (template.Resources[id]) {
                ctx.error([], `two resources would share the logical ID ${id}; rename one of the compose objects it derives from`);
                return;
            }
            template.Resources[id] = resource;
            if (owner !== undefined)
                ctx.owners.set(id, owner);
        },
        warn: (path, message) => once(ctx.warnings, diag(path, message)),
        error: (path, message) => once(ctx.errors, diag(path, message)),
    };
    return ctx;
}
/** Declared networks plus any a service names (the loader adds "default" implicitly). */
function networkNames(project) {
    const names = new Set(Object.keys(project.networks));
    for (const s of Object.values(project.services))
        for (const n of Object.keys(s.networks))
            names.add(n);
    return [...names].sort();
}
// Intrinsic function helpers.
const ref = (id) => ({ Ref: id });
const getAtt = (id, attr) => ({ 'Fn::GetAtt': [id, attr] });
const sub = (text, vars) => ({
    'Fn::Sub': vars === undefined ? text : [text, vars],
});
const join = (sep, parts) => ({ 'Fn::Join': [sep, parts] });
function sortedRecord(rec) {
    return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// EXTERNAL MODULE: ./src/compose/aws-extensions.ts
var aws_extensions = __webpack_require__(5148);
;// CONCATENATED MODULE: ./src/template/network.ts


const VPC_PARAM = 'VpcId';
const SUBNETS_PARAM = 'SubnetIds';
const LB_SUBNETS_PARAM = 'LoadBalancerSubnetIds';
/**
 * Subnets of an internet-facing load balancer: public ones (a route to an internet gateway), in at least
 * two availability zones, whatever subnets the tasks run in — with private-subnets the tasks' subnets
 * cannot take it. The plan stage fills it from the public-subnet-ids input or looks the VPC's public
 * subnets up (the tasks' own subnets when they are public already).
 */
function addLoadBalancerSubnetsParameter(ctx) {
    ctx.template.Parameters[LB_SUBNETS_PARAM] = {
        Type: 'List<AWS::EC2::Subnet::Id>',
        Description: 'Public subnets of the VPC for the internet-facing load balancer, one per availability zone',
    };
    return {
        name: LB_SUBNETS_PARAM,
        kind: 'load-balancer-subnets',
        description: 'public subnets of that VPC for the internet-facing load balancer, in at least two availability zones',
        public: true,
        minCount: 2,
    };
}
function addNetworkParameters(ctx) {
    const vpc = ctx.project.aws?.vpc;
    const vpcId = vpc?.startsWith('arn:') ? vpc.split('/').pop() : vpc; // arn:aws:ec2:region:account:vpc/vpc-123
    ctx.template.Parameters[VPC_PARAM] = { Type: 'AWS::EC2::VPC::Id', Description: 'VPC the services run in' };
    ctx.template.Parameters[SUBNETS_PARAM] = {
        Type: 'List<AWS::EC2::Subnet::Id>',
        Description: `${ctx.options.assignPublicIp ? 'Public' : 'Private'} subnets of the VPC, one per availability zone`,
    };
    return [
        {
            name: VPC_PARAM,
            kind: 'vpc',
            description: vpcId ? `the VPC named by ${aws_extensions.X.vpc}` : "the account's default VPC",
            ...(vpcId ? { value: vpcId } : {}),
        },
        {
            name: SUBNETS_PARAM,
            kind: 'subnets',
            description: `${ctx.options.assignPublicIp ? 'public' : 'private'} subnets of that VPC, each in a different availability zone`,
            public: ctx.options.assignPublicIp,
            ...(usesEfs(ctx) ? { minCount: ctx.options.efsSubnetCount } : {}),
        },
    ];
}
function usesEfs(ctx) {
    return Object.values(ctx.project.services).some((s) => s.volumes.some((v) => v.type === 'volume' && v.source));
}
function networkId(ctx, name) {
    return `${ctx.ids.network.get(name)}Network`;
}
/** Adds a security group per (non-external) network; returns network name → group id value. */
function addNetworks(ctx) {
    const groups = new Map();
    for (const name of networkNames(ctx.project)) {
        const net = ctx.project.networks[name];
        const path = ['networks', name];
        // x-aws-securitygroup (deprecated; the loader says so).
        const legacy = net?.aws?.securityGroup;
        if (legacy !== undefined) {
            groups.set(name, legacy);
            continue;
        }
        if (net?.external) {
            const sg = net.externalName ?? net.name;
            if (!/^sg-[0-9a-f]+$/.test(sg))
                ctx.error([...path, 'name'], `external network ${name} must name an existing security group id (sg-...), got ${sg}`);
            groups.set(name, sg);
            continue;
        }
        if (net?.driver && !['bridge', 'overlay'].includes(net.driver))
            ctx.warn([...path, 'driver'], `network driver ${net.driver} is ignored: networks become security groups`);
        if (net?.internal)
            ctx.warn([...path, 'internal'], 'internal networks are not cut off from the internet here (tasks need egress to pull images and write logs)');
        const id = networkId(ctx, name);
        ctx.add(id, {
            Type: 'AWS::EC2::SecurityGroup',
            Properties: {
                GroupDescription: `${ctx.project.name} ${name} network`,
                VpcId: ref(VPC_PARAM),
            },
        });
        // Members talk to each other on any port, as on a compose network.
        ctx.add(`${id}Ingress`, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                Description: `Allow communication within network ${name}`,
                GroupId: ref(id),
                IpProtocol: '-1',
                SourceSecurityGroupId: ref(id),
            },
        });
        groups.set(name, ref(id));
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/template/fargate-size.ts
// Fargate accepts only fixed CPU/memory pairs; pick the smallest that covers what compose asks for.
/** CPU units → allowed memory in MiB (ECS-FACTS.md). */
const FARGATE_SIZES = [
    { cpu: 256, memory: [512, 1024, 2048] },
    { cpu: 512, memory: range(1024, 4096, 1024) },
    { cpu: 1024, memory: range(2048, 8192, 1024) },
    { cpu: 2048, memory: range(4096, 16384, 1024) },
    { cpu: 4096, memory: range(8192, 30720, 1024) },
    { cpu: 8192, memory: range(16384, 61440, 4096) },
    { cpu: 16384, memory: range(32768, 122880, 8192) },
];
function range(from, to, step) {
    const out = [];
    for (let v = from; v <= to; v += step)
        out.push(v);
    return out;
}
const MAX_CPUS = 16;
const MAX_MEMORY_MIB = 122880;
/**
 * The smallest pair (fewest CPU units, then least memory) with at least `cpus` vCPUs and `memoryBytes`.
 * Undefined when nothing fits (above 16 vCPU / 120 GiB).
 */
function fargateSize(cpus = 0, memoryBytes = 0) {
    const units = Math.ceil(Math.round(cpus * 1024 * 1000) / 1000);
    const mib = Math.ceil(memoryBytes / (1024 * 1024));
    for (const size of FARGATE_SIZES) {
        if (size.cpu < units)
            continue;
        const memory = size.memory.find((m) => m >= mib);
        if (memory !== undefined)
            return { cpu: size.cpu, memory };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/template/logs.ts

const LOG_GROUP_ID = 'LogGroup';
/**
 * Logs are kept 30 days unless x-aws-logs_retention says otherwise: CloudWatch keeps a group's logs
 * forever by default, a cost that grows with every deploy and that nobody chose (AWS Copilot's default
 * is 30 days too).
 */
const DEFAULT_RETENTION_DAYS = 30;
function addLogGroup(ctx) {
    // Checked against CloudWatch's allowed periods by the loader (aws-extensions.ts).
    const retention = ctx.project.aws?.logsRetention;
    ctx.add(LOG_GROUP_ID, {
        Type: 'AWS::Logs::LogGroup',
        // Deleted with the stack, on purpose: a retained group would block re-creating a stack of the same name.
        DeletionPolicy: 'Delete',
        UpdateReplacePolicy: 'Delete',
        Properties: {
            LogGroupName: sub('/compose-ecs/${AWS::StackName}'),
            RetentionInDays: retention ?? DEFAULT_RETENTION_DAYS,
        },
    });
}
/** The container's LogConfiguration: awslogs to the project group; user awslogs options pass through. */
function logConfiguration(ctx, service) {
    const path = ['services', service.name, 'logging'];
    const logging = service.logging;
    if (logging?.driver && logging.driver !== 'awslogs') {
        ctx.warn([...path, 'driver'], `logging driver ${logging.driver} is not available here; awslogs is used instead`);
    }
    const userOptions = logging && (!logging.driver || logging.driver === 'awslogs') ? logging.options : {};
    const options = {
        'awslogs-group': ref(LOG_GROUP_ID),
        'awslogs-region': ref('AWS::Region'),
        'awslogs-stream-prefix': ctx.project.name,
    };
    for (const key of Object.keys(userOptions).sort())
        options[key] = userOptions[key];
    const extraGroup = typeof userOptions['awslogs-group'] === 'string' ? userOptions['awslogs-group'] : undefined;
    return { config: { LogDriver: 'awslogs', Options: options }, ...(extraGroup ? { extraGroup } : {}) };
}

;// CONCATENATED MODULE: ./src/template/task-definition.ts



/** ECS container names allow letters, digits, '_' and '-'. */
function containerName(service) {
    return service.replace(/[^A-Za-z0-9_-]/g, '_');
}
const MIB = 1024 * 1024;
function taskSize(ctx, task) {
    let cpus = 0;
    let memory = 0;
    for (const c of task.containers) {
        const r = c.deploy?.resources;
        cpus += r?.limits?.cpus ?? r?.reservations?.cpus ?? 0;
        memory += r?.limits?.memory ?? r?.reservations?.memory ?? 0;
    }
    const size = fargateSize(cpus, memory);
    if (!size) {
        ctx.error(['services', task.name, 'deploy', 'resources'], `task ${task.name} asks for ${cpus} vCPU and ${Math.ceil(memory / MIB)} MiB; Fargate tasks go up to ${MAX_CPUS} vCPU and ${MAX_MEMORY_MIB} MiB`);
        return { cpu: 256, memory: 512 };
    }
    return size;
}
function addTaskDefinition(ctx, task, extras) {
    const id = `${task.id}TaskDefinition`;
    const size = taskSize(ctx, task);
    const containers = task.containers.map((c, i) => mergeProperties(containerDefinition(ctx, c, i === 0, task), extras.containers.get(c.name)));
    ctx.add(id, {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
            ContainerDefinitions: [...extras.initContainers, ...containers],
            Cpu: String(size.cpu),
            ExecutionRoleArn: extras.executionRole,
            Family: join('-', [ref('AWS::StackName'), containerName(task.name)]),
            Memory: String(size.memory),
            NetworkMode: 'awsvpc',
            RequiresCompatibilities: ['FARGATE'],
            RuntimePlatform: { CpuArchitecture: cpuArchitecture(ctx, task), OperatingSystemFamily: 'LINUX' },
            ...(extras.taskRole !== undefined ? { TaskRoleArn: extras.taskRole } : {}),
            ...(extras.volumes.length > 0 ? { Volumes: extras.volumes } : {}),
        },
    }, task.name);
    return id;
}
/** Adds properties from other concerns; lists (MountPoints, DependsOn, Secrets) are concatenated. */
function mergeProperties(base, extra) {
    const out = { ...base };
    for (const [key, value] of Object.entries(extra ?? {})) {
        const prev = out[key];
        out[key] = Array.isArray(prev) && Array.isArray(value) ? [...prev, ...value] : value;
    }
    return out;
}
function cpuArchitecture(ctx, task) {
    const archs = new Set();
    for (const c of task.containers) {
        if (!c.platform)
            continue;
        const arch = {
            'linux/amd64': 'X86_64',
            'linux/x86_64': 'X86_64',
            'linux/arm64': 'ARM64',
            'linux/arm64/v8': 'ARM64',
        }[c.platform];
        if (!arch)
            ctx.error(['services', c.name, 'platform'], `platform ${c.platform} is not available on Fargate (use linux/amd64 or linux/arm64)`);
        else
            archs.add(arch);
    }
    if (archs.size > 1)
        ctx.error(['services', task.name, 'platform'], `the containers of task ${task.name} ask for different platforms`);
    return archs.has('ARM64') ? 'ARM64' : 'X86_64';
}
function containerDefinition(ctx, c, main, task) {
    const path = ['services', c.name];
    checkUnsupported(ctx, c);
    if (!c.image)
        ctx.error(path, `service ${c.name} has no image (the images stage pins built images before conversion)`);
    const environment = sortedRecord(c.environment)
        .filter(([, v]) => v !== null)
        .map(([Name, Value]) => ({ Name, Value }));
    const linux = {};
    const caps = capabilities(c);
    if (caps)
        linux.Capabilities = caps;
    if (c.init !== undefined)
        linux.InitProcessEnabled = c.init;
    const ports = new Map();
    for (const p of c.ports)
        ports.set(`${p.target}/${p.protocol}`, {
            ContainerPort: p.target,
            Name: portName(c.name, p.target, p.protocol),
            Protocol: p.protocol,
        });
    for (const e of c.expose) {
        const [num, proto = 'tcp'] = e.split('/');
        const target = Number(num);
        if (!Number.isInteger(target) || (proto !== 'tcp' && proto !== 'udp')) {
            ctx.warn([...path, 'expose'], `expose ${e} is not a single port; ignored`);
            continue;
        }
        if (!ports.has(`${target}/${proto}`))
            ports.set(`${target}/${proto}`, {
                ContainerPort: target,
                Name: portName(c.name, target, proto),
                Protocol: proto,
            });
    }
    const r = c.deploy?.resources;
    const memLimit = r?.limits?.memory;
    const memReservation = r?.reservations?.memory;
    const log = logConfiguration(ctx, c);
    let stopTimeout = c.stopGracePeriod;
    if (stopTimeout !== undefined && stopTimeout > 120) {
        ctx.warn([...path, 'stop_grace_period'], `Fargate waits at most 120s before killing a container; stop_grace_period ${stopTimeout}s is cut to 120s`);
        stopTimeout = 120;
    }
    const def = {
        Name: containerName(c.name),
        Image: c.image ?? '',
        Essential: main ||
            !task.containers.some((o) => o.dependsOn[c.name]?.condition === 'service_completed_successfully'),
        ...(c.command ? { Command: c.command } : {}),
        ...(c.entrypoint ? { EntryPoint: c.entrypoint } : {}),
        ...(environment.length > 0 ? { Environment: environment } : {}),
        ...(c.workingDir ? { WorkingDirectory: c.workingDir } : {}),
        ...(c.user ? { User: c.user } : {}),
        ...(c.readOnly !== undefined ? { ReadonlyRootFilesystem: c.readOnly } : {}),
        ...(Object.keys(linux).length > 0 ? { LinuxParameters: linux } : {}),
        ...(Object.keys(c.ulimits).length > 0 ? { Ulimits: ulimits(ctx, c) } : {}),
        ...(stopTimeout !== undefined ? { StopTimeout: Math.round(stopTimeout) } : {}),
        ...(Object.keys(c.labels).length > 0 ? { DockerLabels: Object.fromEntries(sortedRecord(c.labels)) } : {}),
        ...healthCheck(ctx, c),
        LogConfiguration: log.config,
        ...(ports.size > 0 ? { PortMappings: [...ports.values()] } : {}),
        ...(memLimit !== undefined ? { Memory: Math.ceil(memLimit / MIB) } : {}),
        ...(memReservation !== undefined ? { MemoryReservation: Math.ceil(memReservation / MIB) } : {}),
        ...(c.tty ? { PseudoTerminal: true } : {}),
        ...(c.stdinOpen ? { Interactive: true } : {}),
    };
    return def;
}
/** Port mapping names (Service Connect refers to them): lowercase letters, digits, '-'. */
function portName(service, port, protocol) {
    const base = service
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'port';
    return `${base.slice(0, 50)}-${port}-${protocol}`;
}
function capabilities(c) {
    const norm = (cap) => cap.toUpperCase().replace(/^CAP_/, '');
    const add = c.capAdd.map(norm).sort();
    const drop = c.capDrop.map(norm).sort();
    // Fargate lets a task add SYS_PTRACE and nothing else; the loader's Fargate table refuses the others.
    if (add.length === 0 && drop.length === 0)
        return undefined;
    return {
        ...(add.length ? { Add: add.filter((a) => a === 'SYS_PTRACE') } : {}),
        ...(drop.length ? { Drop: drop } : {}),
    };
}
const ULIMIT_NAMES = [
    'core',
    'cpu',
    'data',
    'fsize',
    'locks',
    'memlock',
    'msgqueue',
    'nice',
    'nofile',
    'nproc',
    'rss',
    'rtprio',
    'rttime',
    'sigpending',
    'stack',
];
function ulimits(ctx, c) {
    const out = [];
    for (const [name, { soft, hard }] of sortedRecord(c.ulimits)) {
        if (!ULIMIT_NAMES.includes(name))
            ctx.error(['services', c.name, 'ulimits', name], `ulimit ${name} is not supported by ECS (known: ${ULIMIT_NAMES.join(', ')})`);
        else
            out.push({ HardLimit: hard, Name: name, SoftLimit: soft });
    }
    return out;
}
function healthCheck(ctx, c) {
    const hc = c.healthcheck;
    if (!hc || hc.disable || !hc.test || hc.test[0] === 'NONE')
        return {};
    const path = ['services', c.name, 'healthcheck'];
    const bounded = (field, v, lo, hi) => {
        if (v === undefined)
            return undefined;
        const r = Math.round(v);
        if (r < lo || r > hi)
            ctx.warn([...path, field], `ECS takes a health-check ${field} from ${lo} to ${hi}; ${v} becomes ${Math.min(hi, Math.max(lo, r))}`);
        return Math.min(hi, Math.max(lo, r));
    };
    const interval = bounded('interval', hc.interval, 5, 300);
    const timeout = bounded('timeout', hc.timeout, 2, 60);
    const retries = bounded('retries', hc.retries, 1, 10);
    const startPeriod = bounded('start_period', hc.startPeriod, 0, 300);
    return {
        HealthCheck: {
            Command: hc.test,
            ...(interval !== undefined ? { Interval: interval } : {}),
            ...(retries !== undefined ? { Retries: retries } : {}),
            ...(startPeriod !== undefined ? { StartPeriod: startPeriod } : {}),
            ...(timeout !== undefined ? { Timeout: timeout } : {}),
        },
    };
}
/** What the converter cannot carry yet. Fargate's own rules live in one table (compose/ecs-rules.ts), applied by the loader. */
function checkUnsupported(ctx, c) {
    const path = ['services', c.name];
    if (c.configs.length > 0)
        ctx.warn([...path, 'configs'], 'configs are not supported yet; ignored');
}

;// CONCATENATED MODULE: ./src/template/volumes.ts




const KNOWN_OPTS = [
    'uid',
    'gid',
    'permissions',
    'root_directory',
    'performance_mode',
    'throughput_mode',
    'provisioned_throughput',
    'lifecycle_policy',
    'backup_policy',
];
/** compose's volume label, also on each file system so a later stack of the project finds it again. */
const VOLUME_TAG = 'com.docker.compose.volume';
/** The stack that created a file system: a stack created again under that name finds its data; other stacks of the project (previews) never take it. */
const STACK_TAG = 'compose-ecs.stack';
function fileSystemId(ctx, volume) {
    return `${ctx.ids.volume.get(volume)}Filesystem`;
}
/** Adds file systems, their security group and mount targets for every volume a service mounts. */
function planVolumes(ctx, tasks, groups) {
    const plan = { fileSystems: new Map(), mountTargets: new Map(), parameters: [] };
    const users = new Map();
    for (const task of tasks) {
        for (const c of task.containers) {
            for (const m of c.volumes) {
                if (m.type !== 'volume' || !m.source)
                    continue;
                users.set(m.source, (users.get(m.source) ?? new Set()).add(task));
            }
        }
    }
    for (const name of [...users.keys()].sort()) {
        const vol = ctx.project.volumes[name];
        const path = ['volumes', name];
        if (!vol) {
            ctx.error(['services', [...users.get(name)][0].name, 'volumes'], `volume ${name} is not defined in the top-level volumes`);
            continue;
        }
        if (vol.driver && !['local', 'efs'].includes(vol.driver))
            ctx.warn([...path, 'driver'], `volume driver ${vol.driver} is ignored: volumes become EFS file systems`);
        for (const key of Object.keys(vol.driverOpts).sort()) {
            if (!KNOWN_OPTS.includes(key))
                ctx.warn([...path, 'driver_opts', key], `driver option ${key} is ignored (known: ${KNOWN_OPTS.join(', ')})`);
        }
        if (vol.external) {
            const fs = vol.externalName ?? vol.name;
            if (!/^fs-[0-9a-f]+$/.test(fs))
                ctx.error([...path, 'name'], `external volume ${name} must name an existing EFS file system id (fs-...), got ${fs}`);
            plan.fileSystems.set(name, fs);
            continue;
        }
        const id = fileSystemId(ctx, name);
        const o = vol.driverOpts;
        const throughput = o.provisioned_throughput !== undefined ? Number(o.provisioned_throughput) : undefined;
        if (throughput !== undefined && !(throughput > 0))
            ctx.error([...path, 'driver_opts', 'provisioned_throughput'], 'provisioned_throughput must be a positive number of MiB/s');
        // Data outlives the stack: deleting the project must not delete its volumes, and the stack deployed
        // again finds the retained file system (the plan stage looks it up by its project, volume and stack
        // tags, as Docker's ECS integration did by project and volume) instead of creating an empty one.
        const retained = `${id}RetainedId`;
        const isNew = `${id}IsNew`;
        ctx.template.Parameters[retained] = {
            Type: 'String',
            Default: '',
            AllowedPattern: '^(fs-[0-9a-f]+)?$',
            Description: `A retained EFS file system of volume ${name} to use instead of creating one (looked up at plan time)`,
        };
        ctx.template.Conditions = { ...ctx.template.Conditions, [isNew]: { 'Fn::Equals': [ref(retained), ''] } };
        plan.parameters.push({
            name: retained,
            kind: 'retained-file-system',
            volume: name,
            description: `a file system of volume ${name} that an earlier stack of ${ctx.project.name} retained`,
        });
        const fsValue = { 'Fn::If': [isNew, ref(id), ref(retained)] };
        ctx.add(id, {
            Type: 'AWS::EFS::FileSystem',
            Condition: isNew,
            DeletionPolicy: 'Retain',
            UpdateReplacePolicy: 'Retain',
            Properties: {
                FileSystemTags: [
                    { Key: STACK_TAG, Value: ref('AWS::StackName') },
                    { Key: VOLUME_TAG, Value: name },
                ],
                ...(o.backup_policy ? { BackupPolicy: { Status: o.backup_policy.toUpperCase() } } : {}),
                Encrypted: true,
                ...(o.lifecycle_policy ? { LifecyclePolicies: [{ TransitionToIA: o.lifecycle_policy }] } : {}),
                ...(o.performance_mode ? { PerformanceMode: o.performance_mode } : {}),
                ...(throughput !== undefined && throughput > 0 ? { ProvisionedThroughputInMibps: throughput } : {}),
                ...(o.throughput_mode ? { ThroughputMode: o.throughput_mode } : {}),
            },
        });
        // NFS from the security groups of the services that mount it, nothing else.
        const clientGroups = new Map();
        for (const task of users.get(name)) {
            for (const n of Object.keys(task.main.networks).sort()) {
                const g = groups.get(n);
                if (g !== undefined)
                    clientGroups.set(JSON.stringify(g), g);
            }
        }
        ctx.add(`${id}SecurityGroup`, {
            Type: 'AWS::EC2::SecurityGroup',
            Properties: {
                GroupDescription: `${ctx.project.name} ${name} volume: NFS from the services that mount it`,
                SecurityGroupIngress: [...clientGroups.values()].map((g) => ({
                    Description: 'NFS',
                    FromPort: 2049,
                    IpProtocol: 'tcp',
                    SourceSecurityGroupId: g,
                    ToPort: 2049,
                })),
                VpcId: ref('VpcId'),
            },
        });
        const targets = [];
        for (let i = 0; i < ctx.options.efsSubnetCount; i++) {
            const mt = `${id}MountTarget${i}`;
            ctx.add(mt, {
                Type: 'AWS::EFS::MountTarget',
                Properties: {
                    FileSystemId: fsValue,
                    SecurityGroups: [ref(`${id}SecurityGroup`)],
                    SubnetId: { 'Fn::Select': [i, ref(SUBNETS_PARAM)] },
                },
            });
            targets.push(mt);
        }
        plan.fileSystems.set(name, fsValue);
        plan.mountTargets.set(name, targets);
    }
    return plan;
}
function taskVolumes(ctx, task, plan) {
    const out = { containers: new Map(), volumes: [], statements: [], mountTargets: [] };
    const taskVolumeNames = new Set();
    const access = new Map();
    for (const c of task.containers) {
        const mounts = [];
        c.volumes.forEach((m, i) => {
            const path = ['services', c.name, 'volumes', i];
            if (m.type === 'bind' || m.type === 'tmpfs') {
                const what = m.type === 'bind' ? `bind mount ${m.source} → ${m.target}` : `tmpfs ${m.target}`;
                if (ctx.options.dropUnsupportedMounts)
                    ctx.warn(path, `${what} is dropped: Fargate has no host file system`);
                else
                    ctx.error(path, `${what} is not available on Fargate (use a named volume)`);
                return;
            }
            if (m.type !== 'volume') {
                ctx.error(path, `${m.type} mounts are not available on Fargate`);
                return;
            }
            if (!m.source) {
                // Docker fills an anonymous volume with the image's content at that path; an ECS task volume
                // starts empty (only a path the image declares as VOLUME is copied), so `- /code/node_modules`
                // would hide the image's node_modules. Without the mount the image's content stays visible and
                // writes go to the container's layer — what compose shows, minus persistence across restarts,
                // which an anonymous volume never promised. Kept (empty) where nocopy asks for an empty volume
                // or the root file system is read-only and the path must stay writable.
                if (m.nocopy || c.readOnly) {
                    const name = `${containerName(c.name)}-anon-${i}`;
                    out.volumes.push({ Name: name });
                    mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: name });
                    if (!m.nocopy)
                        ctx.warn(path, `anonymous volume ${m.target} starts empty on ECS (Docker would copy the image's content there); kept because read_only needs it writable`);
                }
                else {
                    ctx.warn(path, `anonymous volume ${m.target} is not mounted: an ECS task volume starts empty and would hide the image's content there, which Docker copies in; the image's files stay visible and writes go to the container`);
                }
                return;
            }
            const fs = plan.fileSystems.get(m.source);
            if (fs === undefined)
                return; // reported by planVolumes
            const vol = ctx.project.volumes[m.source];
            const sub_ = m.subpath ? m.subpath.replace(/^\/+|\/+$/g, '') : '';
            const volName = `${m.source}${sub_ ? `-${sub_}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '-');
            const apId = `${task.id}${ctx.ids.volume.get(m.source)}${sub_ ? pascal(sub_) : ''}AccessPoint`;
            if (!taskVolumeNames.has(volName)) {
                taskVolumeNames.add(volName);
                ctx.add(apId, accessPoint(fs, vol.driverOpts, sub_, vol.external ? '' : m.source, owner(c)), task.name);
                out.volumes.push({
                    EFSVolumeConfiguration: {
                        AuthorizationConfig: { AccessPointId: ref(apId), IAM: 'ENABLED' },
                        FilesystemId: fs,
                        TransitEncryption: 'ENABLED',
                    },
                    Name: volName,
                });
                const key = JSON.stringify(fs);
                const a = access.get(key) ?? { fs, points: [], write: false };
                a.points.push(sub(`arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:access-point/\${${apId}}`));
                access.set(key, a);
                out.mountTargets.push(...(plan.mountTargets.get(m.source) ?? []));
            }
            if (!m.readOnly)
                access.get(JSON.stringify(fs)).write = true;
            mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: volName });
        });
        if (mounts.length > 0)
            out.containers.set(c.name, { MountPoints: mounts });
    }
    for (const a of access.values()) {
        const arn = 'arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/';
        const fsArn = typeof a.fs === 'string' ? sub(`${arn}${a.fs}`) : sub(`${arn}\${Id}`, { Id: a.fs });
        out.statements.push({
            Action: a.write
                ? ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite']
                : 'elasticfilesystem:ClientMount',
            Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': a.points } },
            Effect: 'Allow',
            Resource: fsArn,
        });
    }
    return out;
}
/** The uid:gid a service's processes run as, when the compose file tells (user:, or a known image). */
function owner(c) {
    const user = c.user?.trim();
    if (user) {
        const [u = '', g] = user.split(':');
        const known = NAMED_USERS[u];
        const uid = /^\d+$/.test(u) ? u : known?.[0];
        if (uid === undefined)
            return undefined;
        const gid = g !== undefined && /^\d+$/.test(g)
            ? g
            : g !== undefined
                ? (NAMED_USERS[g]?.[1] ?? uid)
                : (known?.[1] ?? uid);
        return { uid, gid };
    }
    const repo = (c.image ?? '').split('@')[0].replace(/:[^/]*$/, '');
    for (const [pattern, ids] of NON_ROOT_IMAGES)
        if (pattern.test(repo))
            return { uid: ids[0], gid: ids[1] };
    return undefined;
}
/** Users of the official Debian-based images, by name (`user: postgres`). */
const NAMED_USERS = {
    root: ['0', '0'],
    postgres: ['999', '999'],
    mysql: ['999', '999'],
    redis: ['999', '999'],
    mongodb: ['999', '999'],
    rabbitmq: ['999', '999'],
    nobody: ['65534', '65534'],
    'www-data': ['33', '33'],
    node: ['1000', '1000'],
    nginx: ['101', '101'],
    elasticsearch: ['1000', '0'],
    grafana: ['472', '0'],
};
/** Images that run as a non-root user by default. */
const NON_ROOT_IMAGES = [
    [/(^|\/)prom\/(prometheus|alertmanager|pushgateway)$/, ['65534', '65534']],
    [/(^|\/)grafana\/grafana(-oss|-enterprise)?$/, ['472', '0']],
    [/(^|\/)elasticsearch\/elasticsearch$|(^|\/)elasticsearch$/, ['1000', '0']],
    [/(^|\/)bitnami\//, ['1001', '0']],
];
/**
 * An access point per service mount. Its root directory is created on first use owned by the uid:gid the
 * service runs as — driver_opts uid/gid, else `user:` (numeric, or a known name), else a known non-root
 * image — so non-root images can write; when nothing tells, it is root-owned and world-writable (0777),
 * so whatever user the image runs as can write. The root is /<volume> on file systems the stack creates
 * and the root of an external one (driver_opts root_directory overrides; "/" keeps the file system's
 * root, root-owned 0755, as before this change).
 * PosixUser (every request as that user) only when driver_opts say uid.
 */
function accessPoint(fs, o, subpath, volume, runsAs) {
    const base = o.root_directory !== undefined ? o.root_directory.replace(/^\/+|\/+$/g, '') : volume;
    const root = `/${[base, subpath].filter(Boolean).join('/')}`;
    const uid = o.uid ?? runsAs?.uid;
    const gid = o.gid ?? (o.uid !== undefined ? o.uid : runsAs?.gid);
    return {
        Type: 'AWS::EFS::AccessPoint',
        Properties: {
            FileSystemId: fs,
            ...(o.uid !== undefined ? { PosixUser: { Gid: o.gid ?? o.uid, Uid: o.uid } } : {}),
            ...(root !== '/'
                ? {
                    RootDirectory: {
                        CreationInfo: {
                            OwnerGid: gid ?? '0',
                            OwnerUid: uid ?? '0',
                            Permissions: o.permissions ?? (uid !== undefined ? '0755' : '0777'),
                        },
                        Path: root,
                    },
                }
                : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/deploy/retained-volumes.ts



/** Every file system listed once (all pages), filtered by the project and volume tags; only available ones. */
function efsFinder(efs) {
    let all;
    return {
        async byTags(project, volume, stack) {
            all ??= efs.list();
            return (await all)
                .filter((fs) => fs.available &&
                fs.tags[tags/* PROJECT_TAG */.hc] === project &&
                fs.tags[VOLUME_TAG] === volume &&
                fs.tags[STACK_TAG] === stack)
                .map(({ id, created }) => ({ id, ...(created ? { created } : {}) }));
        },
    };
}
async function retainedFileSystemParameters(finder, parameters, request, logger) {
    const values = {};
    for (const p of parameters.filter((x) => x.kind === 'retained-file-system' && x.volume !== undefined)) {
        if (!request.isNew) {
            values[p.name] = request.current?.[p.name] ?? '';
            continue;
        }
        let found;
        try {
            found = await finder.byTags(request.project, p.volume, request.stack);
        }
        catch (err) {
            throw (0,errors/* awsFailure */.MT)('plan', `looking up retained file systems of volume ${p.volume}`, err);
        }
        const newest = [...found].sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
        const chosen = newest[0];
        values[p.name] = chosen?.id ?? '';
        if (chosen)
            logger.info(`volume ${p.volume}: using file system ${chosen.id}, retained when stack ${request.stack} was deleted`);
        if (newest.length > 1)
            logger.warning(`volume ${p.volume}: ${newest.length} retained file systems of ${request.project} (${newest.map((f) => f.id).join(', ')}); using the newest, ${chosen.id}`);
    }
    return values;
}

// EXTERNAL MODULE: ./src/deploy/template-source.ts
var template_source = __webpack_require__(5839);
;// CONCATENATED MODULE: ./src/template/target-health.ts

const CHECK_DEFAULTS = { interval: 10, timeout: 5, healthy: 2, unhealthy: 2 };
/** compose's default stop_grace_period, and the bounds of the drain derived from it (Fargate stops a container after at most 120 s). */
const DRAIN = { default: 10, min: 5, max: 120 };
/** The URL a compose healthcheck fetches from its own container with curl or wget, if it does. */
function localHttpCheck(hc) {
    if (!hc || hc.disable || !hc.test || hc.test[0] === 'NONE')
        return undefined;
    const words = hc.test.slice(1).join(' ');
    if (!/\b(curl|wget)\b/.test(words))
        return undefined;
    const m = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d{1,5}))?(\/[^\s"'|;&]*)?/.exec(words);
    if (!m)
        return undefined;
    return { path: m[2] || '/', ...(m[1] !== undefined ? { port: Number(m[1]) } : {}) };
}
/** The x-aws-healthcheck that applies to a port (decoded by the loader): its own, else the service's. */
function extension(p) {
    if (p.health)
        return { ext: p.health, at: [...p.path, aws_extensions.X.healthcheck] };
    const service = p.container.aws?.healthcheck;
    return { ...(service ? { ext: service } : {}), at: ['services', p.container.name, aws_extensions.X.healthcheck] };
}
/** Health-check properties of a target group: x-aws-healthcheck wins, then the compose healthcheck, then fast defaults. */
function targetHealthCheck(ctx, p, type) {
    const { ext, at } = extension(p);
    const hc = p.container.healthcheck?.disable ? undefined : p.container.healthcheck;
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, Math.round(v)));
    const interval = ext?.interval ?? (hc?.interval !== undefined ? clamp(hc.interval, 5, 300) : CHECK_DEFAULTS.interval);
    let timeout = ext?.timeout ?? (hc?.timeout !== undefined ? clamp(hc.timeout, 2, 120) : CHECK_DEFAULTS.timeout);
    const healthy = ext?.healthyThreshold ?? CHECK_DEFAULTS.healthy;
    const unhealthy = ext?.unhealthyThreshold ??
        (hc?.retries !== undefined ? clamp(hc.retries, 2, 10) : CHECK_DEFAULTS.unhealthy);
    const local = localHttpCheck(hc);
    const port = ext?.port ??
        (type === 'application' && local?.port !== undefined && local.port !== p.target ? local.port : undefined);
    const path = ext?.path ?? (type === 'application' ? local?.path : undefined);
    const codes = ext?.codes;
    // The load balancer requires the timeout to be shorter than the interval.
    if (timeout >= interval)
        timeout = Math.max(2, interval - 1);
    const out = {
        HealthCheckIntervalSeconds: interval,
        HealthCheckTimeoutSeconds: timeout,
        HealthyThresholdCount: healthy,
        UnhealthyThresholdCount: unhealthy,
    };
    if (port !== undefined)
        out.HealthCheckPort = String(port);
    if (type === 'application') {
        out.HealthCheckPath = path ?? '/';
        out.HealthCheckProtocol = 'HTTP';
        out.Matcher = { HttpCode: codes ?? '200-399' };
    }
    else {
        if (path !== undefined || codes !== undefined)
            ctx.warn(at, 'path and codes apply to HTTP health checks only; this port is behind a Network Load Balancer (TCP check)');
        out.HealthCheckProtocol = 'TCP';
    }
    return out;
}
/**
 * How long the load balancer keeps sending in-flight requests to a deregistering task before ECS stops
 * it: x-aws-healthcheck.deregistration_delay, else compose's stop_grace_period (default 10 s) bounded to
 * 5–120 s, instead of the load balancer's 300 s.
 */
function drainSeconds(p) {
    const explicit = extension(p).ext?.deregistrationDelay;
    if (explicit !== undefined)
        return explicit;
    const grace = p.container.stopGracePeriod ?? DRAIN.default;
    return Math.min(DRAIN.max, Math.max(DRAIN.min, Math.round(grace)));
}

;// CONCATENATED MODULE: ./src/template/routes.ts

/** The port's route, if it has one (x-aws-route, checked by the loader): prefixes expanded, a stable priority. */
function portRoute(route, key) {
    if (!route)
        return undefined;
    const { paths, hosts } = route;
    return { paths: expand(paths), hosts, priority: route.priority ?? defaultPriority(paths, hosts, key) };
}
/** `/api` means the prefix: `/api` and `/api/*`, as a compose user would expect. */
function expand(paths) {
    const out = [];
    for (const p of paths) {
        if (p.includes('*') || p === '/')
            out.push(p === '/' ? '/*' : p);
        else
            out.push(p.replace(/\/+$/, ''), `${p.replace(/\/+$/, '')}/*`);
    }
    return [...new Set(out)];
}
/**
 * A rule's priority must be unique on the listener and should not move when other routes come and go
 * (CloudFormation would create the new rule while the old one still holds the number). So: a band by
 * specificity — a host and more path segments come first, since the load balancer takes the lowest
 * matching number — and a stable hash of the service and port within the band.
 */
function defaultPriority(paths, hosts, key) {
    const segments = Math.max(0, ...paths.map((p) => p.split('/').filter((s) => s && s !== '*').length));
    const specificity = Math.min(49, segments + (hosts.length > 0 ? 10 : 0));
    return (49 - specificity) * 1000 + (parseInt(shortHash(key), 16) % 1000) + 1;
}

;// CONCATENATED MODULE: ./src/template/published-ports.ts

/**
 * Ports sharing a published port share the listener of the one without a route (its logical ID stays
 * what it was before routes), else one named after the port (`HTTP80Listener`). Routes of one listener
 * need distinct priorities, and all its ports the same protocol and certificate.
 */
function shareListeners(ctx, ports) {
    const groups = new Map();
    for (const p of ports) {
        const key = `${p.port.published}/${p.port.protocol}`;
        groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const group of groups.values()) {
        if (group.length === 1 && !group[0].route)
            continue;
        const owner = group.find((p) => !p.route);
        const listenerId = owner ? owner.listenerId : `${group[0].protocol}${group[0].port.published}Listener`;
        const priorities = new Map();
        for (const p of group) {
            p.listenerId = listenerId;
            if (p.protocol !== group[0].protocol || p.certificate !== group[0].certificate)
                ctx.error(p.path, `the ports sharing published port ${p.port.published} must use one protocol and certificate`);
            if (!p.route)
                continue;
            const clash = priorities.get(p.route.priority);
            if (clash)
                ctx.error([...p.path, aws_extensions.X.route], `route priority ${p.route.priority} is taken by ${clash} on port ${p.port.published}; set ${aws_extensions.X.route}.priority`);
            priorities.set(p.route.priority, p.container.name);
        }
    }
}
/**
 * TCP and UDP on one published port (`53:53/tcp` + `53:53/udp`) cannot be two listeners: a load
 * balancer takes one listener per port (DuplicateListener). A Network Load Balancer's TCP_UDP listener
 * and target group carry both, and AWS documents TCP_UDP target groups for ip targets (Fargate).
 */
function mergeTcpUdp(ctx, ports) {
    const out = [];
    for (const p of ports) {
        const twin = out.find((o) => o.port.published === p.port.published &&
            o.protocols.length === 1 &&
            o.protocols[0] !== p.port.protocol);
        if (!twin) {
            out.push(p);
            continue;
        }
        const tcp = twin.port.protocol === 'tcp' ? twin : p;
        if (twin.container !== p.container || twin.port.target !== p.port.target || tcp.protocol !== 'TCP') {
            ctx.error(p.path, `port ${p.port.published} is published for TCP and UDP: a load balancer has one listener per port, so both must go to the same container port of the same service, without TLS (one TCP_UDP listener)`);
            continue;
        }
        out[out.indexOf(twin)] = {
            ...tcp,
            id: `${ctx.ids.service.get(tcp.container.name)}TCPUDP${tcp.port.published}`,
            listenerId: `${ctx.ids.service.get(tcp.container.name)}TCPUDP${tcp.port.published}Listener`,
            protocols: ['tcp', 'udp'],
            protocol: 'TCP_UDP',
        };
    }
    return out;
}
/** Ports and images of datastores: publishing one on an internet-facing load balancer exposes the data. */
const DATASTORE_PORTS = new Map([
    [5432, 'PostgreSQL'],
    [3306, 'MySQL/MariaDB'],
    [1433, 'SQL Server'],
    [1521, 'Oracle'],
    [27017, 'MongoDB'],
    [6379, 'Redis'],
    [11211, 'Memcached'],
    [9200, 'Elasticsearch/OpenSearch'],
    [9300, 'Elasticsearch/OpenSearch'],
    [9042, 'Cassandra'],
    [5984, 'CouchDB'],
    [8086, 'InfluxDB'],
    [26257, 'CockroachDB'],
    [5672, 'RabbitMQ'],
]);
const DATASTORE_IMAGES = /(^|\/)(postgres|postgis|mysql|mariadb|mongo|redis|valkey|memcached|elasticsearch|opensearch|cassandra|couchdb|influxdb|cockroach|rabbitmq)[^/]*$/i;
function warnIfDatastore(ctx, p) {
    const byPort = DATASTORE_PORTS.get(p.port.target) ?? DATASTORE_PORTS.get(p.port.published);
    const image = (p.container.image ?? '').split('@')[0].split(':')[0];
    const what = byPort ?? (DATASTORE_IMAGES.test(image) ? image : undefined);
    if (what === undefined)
        return;
    ctx.warn(p.path, `SECURITY: ${p.container.name} publishes ${what} port ${p.port.published} on an internet-facing load balancer open to 0.0.0.0/0; other services reach it by name without publishing it. Remove the published port, bind it to 127.0.0.1 (host_ip) to keep it private, or set ${aws_extensions.X.loadBalancerScheme}: internal`);
}
/** 0.0.0.0 / :: (or an empty host part) mean every interface, as if no address were given. */
function isWildcard(ip) {
    const a = ip.trim().toLowerCase();
    return a === '' || a === '0.0.0.0' || /^[0:]+$/.test(a);
}
/** 127.0.0.0/8 (also IPv4-mapped, ::ffff:127.x.x.x), ::1 in any spelling, and localhost. */
function isLoopback(ip) {
    const a = ip
        .trim()
        .toLowerCase()
        .replace(/^\[|\]$/g, '');
    if (a === 'localhost')
        return true;
    const v4 = /^(?:(?:0{1,4}:){5}ffff:|::ffff:)?(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.exec(a);
    if (v4)
        return v4[1] === '127';
    const halves = a.split('::');
    if (halves.length > 2)
        return false;
    const parts = (h) => (h ? h.split(':') : []);
    const head = parts(halves[0]);
    const tail = parts(halves[1]);
    const groups = halves.length === 2
        ? [...head, ...Array(Math.max(0, 8 - head.length - tail.length)).fill('0'), ...tail]
        : head;
    return (groups.length === 8 &&
        groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) &&
        groups.slice(0, 7).every((g) => parseInt(g, 16) === 0) &&
        parseInt(groups[7], 16) === 1);
}

;// CONCATENATED MODULE: ./src/template/load-balancer.ts








const LB_ID = 'LoadBalancer';
const LB_SG_ID = 'LoadBalancerSecurityGroup';
const HTTP_PROTOCOLS = ['http', 'https'];
function planLoadBalancer(ctx, tasks) {
    const raw = [];
    for (const task of tasks) {
        for (const container of task.containers) {
            container.ports.forEach((port, i) => {
                if (port.published === undefined)
                    return;
                const path = ['services', container.name, 'ports', i];
                if (port.hostIp !== undefined && !isWildcard(port.hostIp)) {
                    if (isLoopback(port.hostIp)) {
                        // Compose binds such a port on the host's loopback only: nobody outside the host reaches it.
                        // Publishing it on an internet-facing load balancer would expose what the file keeps private.
                        ctx.warn([...path, 'host_ip'], `port ${port.published}:${port.target}/${port.protocol} is bound to ${port.hostIp} under compose: not published; reachable from other services by name (${container.name}:${port.target})`);
                        return;
                    }
                    ctx.warn([...path, 'host_ip'], `host_ip ${port.hostIp} is ignored: the port is published on the load balancer, open to 0.0.0.0/0`);
                }
                // x-aws-protocol (lower case, one of the known values) and x-aws-acm_certificate, from the loader.
                const requested = port.aws?.protocol;
                const certificate = port.aws?.certificate;
                if (port.protocol === 'udp' && requested && requested !== 'udp')
                    ctx.error([...path, aws_extensions.X.protocol], `a UDP port cannot use ${requested}`);
                if (port.protocol === 'udp' && certificate)
                    ctx.error([...path, aws_extensions.X.certificate], 'a UDP port cannot take a certificate');
                if ((requested === 'https' || requested === 'tls') && !certificate) {
                    ctx.error([...path, aws_extensions.X.protocol], `${requested.toUpperCase()} needs a certificate: set ${aws_extensions.X.certificate} to an ACM certificate ARN`);
                }
                const http = port.protocol === 'tcp' &&
                    (requested !== undefined
                        ? HTTP_PROTOCOLS.includes(requested)
                        : port.published === 80 || (port.published === 443 && certificate !== undefined));
                const route = portRoute(port.aws?.route, `${container.name}:${port.target}`);
                raw.push({
                    task,
                    container,
                    port,
                    path,
                    http,
                    ...(route ? { route } : {}),
                    ...(requested ? { requested } : {}),
                    ...(certificate ? { certificate } : {}),
                });
            });
        }
    }
    const type = raw.length > 0 && raw.every((p) => p.http) ? 'application' : 'network';
    // One listener per published port. Ports sharing one are routed (x-aws-route), all but at most one.
    const unrouted = new Map();
    const all = raw.map((p) => {
        const key = `${p.port.published}/${p.port.protocol}`;
        if (p.route && type !== 'application')
            ctx.error([...p.path, aws_extensions.X.route], `${aws_extensions.X.route} needs an Application Load Balancer: every published port must be HTTP`);
        const other = unrouted.get(key);
        if (!p.route && other)
            ctx.error(p.path, `port ${key} is already published by service ${other}; each published port needs its own listener (or give each service an ${aws_extensions.X.route} to share it)`);
        if (!p.route)
            unrouted.set(key, p.container.name);
        const protocol = type === 'application'
            ? p.requested === 'https' || (p.requested === undefined && p.certificate)
                ? 'HTTPS'
                : 'HTTP'
            : p.port.protocol === 'udp'
                ? 'UDP'
                : p.certificate
                    ? 'TLS'
                    : 'TCP';
        // e.g. WebTCP80: the compose service, the compose protocol and the published port.
        const id = `${ctx.ids.service.get(p.container.name)}${p.port.protocol.toUpperCase()}${p.port.published}`;
        return {
            listenerId: `${id}Listener`,
            task: p.task,
            container: p.container,
            port: p.port,
            path: p.path,
            id,
            protocols: [p.port.protocol],
            ...(p.route ? { route: p.route } : {}),
            protocol,
            ...(p.certificate ? { certificate: p.certificate } : {}),
        };
    });
    shareListeners(ctx, all);
    const ports = mergeTcpUdp(ctx, all);
    const lbScheme = ctx.project.aws?.loadBalancerScheme ?? 'internet-facing';
    if (lbScheme === 'internet-facing')
        for (const p of ports)
            warnIfDatastore(ctx, p);
    const existing = ctx.project.aws?.loadBalancer;
    const existingGroup = ctx.project.aws?.loadBalancerSecurityGroup;
    if (existingGroup !== undefined && existing === undefined && ports.length > 0)
        ctx.warn([aws_extensions.X.loadBalancerSecurityGroup], `${aws_extensions.X.loadBalancerSecurityGroup} applies only with ${aws_extensions.X.loadBalancer}; the load balancer this stack creates has its own group`);
    if (ports.length === 0)
        return { type, ports, existing: false, scheme: lbScheme };
    if (existing !== undefined) {
        if (existingGroup === undefined) {
            ctx.warn([aws_extensions.X.loadBalancer], `SECURITY: the tasks behind the existing load balancer accept their published container ports from anywhere (0.0.0.0/0), not only from the load balancer; set ${aws_extensions.X.loadBalancerSecurityGroup} to the load balancer's security group id to restrict them`);
            return { type, ports, arn: existing, existing: true, scheme: lbScheme };
        }
        return { type, ports, arn: existing, securityGroup: existingGroup, existing: true, scheme: lbScheme };
    }
    ctx.add(LB_SG_ID, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            GroupDescription: `${ctx.project.name} load balancer: published ports`,
            VpcId: ref(VPC_PARAM),
            SecurityGroupIngress: ports
                .filter((p, i) => ports.findIndex((o) => o.listenerId === p.listenerId) === i)
                .flatMap((p) => p.protocols.map((protocol) => ({
                CidrIp: '0.0.0.0/0',
                Description: `${p.container.name} published port ${p.port.published}/${protocol}`,
                FromPort: p.port.published,
                IpProtocol: protocol,
                ToPort: p.port.published,
            }))),
        },
    });
    ctx.add(LB_ID, {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: {
            Scheme: lbScheme,
            SecurityGroups: [ref(LB_SG_ID)],
            // An internet-facing load balancer needs public subnets (a route to an internet gateway), whatever
            // subnets the tasks use; an internal one sits beside the tasks.
            Subnets: ref(lbScheme === 'internal' ? SUBNETS_PARAM : LB_SUBNETS_PARAM),
            Type: type,
        },
    });
    return { type, ports, arn: ref(LB_ID), securityGroup: ref(LB_SG_ID), existing: false, scheme: lbScheme };
}
/** Target group, listener, task ingress and URL output per published port. */
/**
 * A task ingress rule belongs to the security group and port it opens, not to the service that asked
 * first: services sharing a network and container port share the rule, and removing one of them
 * neither deletes the rule the others need nor recreates it under another name (which EC2 refuses
 * while the old one exists).
 */
function ingressId(group, protocol, port, purpose = '') {
    const ref = group?.Ref;
    const base = typeof ref === 'string' ? ref : `Group${shortHash(JSON.stringify(group))}`;
    return `${base}${protocol.toUpperCase()}${port}${purpose}Ingress`;
}
function addListeners(ctx, plan, taskGroup) {
    // EC2 refuses a rule that already exists (same group, protocol, port and source), and so would
    // CloudFormation's create: e.g. "80:8080" plus "443:8080", or a TCP port that is also a UDP health-check port.
    const rules = new Set();
    const addIngress = (id, p, group, protocol, port, why) => {
        const source = plan.securityGroup ?? '0.0.0.0/0';
        const key = JSON.stringify([group, protocol, port, source]);
        if (rules.has(key))
            return;
        rules.add(key);
        const fromLb = plan.securityGroup !== undefined;
        ctx.add(id, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                ...(fromLb ? {} : { CidrIp: '0.0.0.0/0' }),
                Description: `container port ${port}/${protocol} ${why}`,
                FromPort: port,
                GroupId: group,
                IpProtocol: protocol,
                ...(fromLb ? { SourceSecurityGroupId: plan.securityGroup } : {}),
                ToPort: port,
            },
        }, p.task.name);
    };
    const listeners = new Set();
    for (const p of plan.ports) {
        const tg = `${p.id}TargetGroup`;
        const owner = p.task.name;
        const tgProtocol = plan.type === 'application'
            ? 'HTTP'
            : p.protocol === 'UDP' || p.protocol === 'TCP_UDP'
                ? p.protocol
                : 'TCP';
        const checked = {
            container: p.container,
            target: p.port.target,
            health: p.port.aws?.healthcheck,
            path: p.path,
        };
        const health = targetHealthCheck(ctx, checked, plan.type);
        ctx.add(tg, {
            Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
            Properties: {
                ...health,
                Port: p.port.target,
                Protocol: tgProtocol,
                TargetGroupAttributes: [
                    { Key: 'deregistration_delay.timeout_seconds', Value: String(drainSeconds(checked)) },
                ],
                TargetType: 'ip',
                VpcId: ref(VPC_PARAM),
            },
        }, owner);
        if (!listeners.has(p.listenerId)) {
            listeners.add(p.listenerId);
            // The port without a route answers what no rule matches; without one, the listener says 404.
            const fallback = plan.ports.find((o) => o.listenerId === p.listenerId && !o.route);
            ctx.add(p.listenerId, {
                Type: 'AWS::ElasticLoadBalancingV2::Listener',
                Properties: {
                    ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
                    DefaultActions: [
                        fallback
                            ? { TargetGroupArn: ref(`${fallback.id}TargetGroup`), Type: 'forward' }
                            : {
                                FixedResponseConfig: {
                                    ContentType: 'text/plain',
                                    MessageBody: 'not found',
                                    StatusCode: '404',
                                },
                                Type: 'fixed-response',
                            },
                    ],
                    LoadBalancerArn: plan.arn,
                    Port: p.port.published,
                    Protocol: p.protocol,
                },
            }, (fallback ?? p).task.name);
        }
        if (p.route) {
            ctx.add(`${p.id}Rule`, {
                Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
                Properties: {
                    Actions: [{ TargetGroupArn: ref(tg), Type: 'forward' }],
                    Conditions: [
                        ...(p.route.hosts.length > 0
                            ? [{ Field: 'host-header', HostHeaderConfig: { Values: p.route.hosts } }]
                            : []),
                        ...(p.route.paths.length > 0
                            ? [{ Field: 'path-pattern', PathPatternConfig: { Values: p.route.paths } }]
                            : []),
                    ],
                    ListenerArn: ref(p.listenerId),
                    Priority: p.route.priority,
                },
            }, owner);
        }
        // The container port opens to the load balancer's security group only — also for UDP: AWS documents
        // that a target rule referencing the NLB's security group admits its traffic even with client IP
        // preservation (always on for UDP). Without a group (an existing LB whose group is not given, which
        // planLoadBalancer warns about) it opens to 0.0.0.0/0.
        const group = taskGroup(p.task);
        if (group === undefined) {
            ctx.warn(p.path, `service ${p.task.name} joins only external networks: allow port ${p.port.target}/${p.protocols.join('+')} from the load balancer yourself`);
        }
        else {
            for (const protocol of p.protocols)
                addIngress(ingressId(group, protocol, p.port.target), p, group, protocol, p.port.target, 'from the load balancer');
            // Health checks obey the targets' inbound rules: a check on another port than the traffic port
            // (x-aws-healthcheck.port, or the port a compose healthcheck fetches), or the TCP check of a UDP
            // target group (an NLB cannot check UDP), needs that TCP port open to the load balancer too —
            // otherwise every target stays unhealthy and the service never becomes stable.
            const hcPort = Number(health.HealthCheckPort ?? p.port.target);
            if (hcPort !== p.port.target || !p.protocols.includes('tcp')) {
                addIngress(ingressId(group, 'tcp', hcPort, 'HealthCheck'), p, group, 'tcp', hcPort, 'for health checks');
            }
            if (tgProtocol === 'UDP' && health.HealthCheckPort === undefined) {
                ctx.warn(p.path, `UDP port ${p.port.target} is health-checked over TCP on port ${hcPort} (a Network Load Balancer cannot check UDP): the container must accept TCP connections there, or set ${aws_extensions.X.healthcheck}: { port: <a TCP port it listens on> }`);
            }
        }
        if (!plan.existing) {
            const scheme = p.protocol === 'HTTPS'
                ? 'https'
                : p.protocol === 'HTTP'
                    ? 'http'
                    : p.protocol === 'TCP_UDP'
                        ? 'tcp'
                        : p.protocol.toLowerCase();
            const defaultPort = (scheme === 'http' && p.port.published === 80) || (scheme === 'https' && p.port.published === 443);
            const prefix = p.route?.paths[0]?.replace(/\/?\*$/, '') ?? '';
            ctx.template.Outputs[`${p.id}URL`] = {
                Description: `${p.container.name}: published port ${p.port.published}/${p.protocols.join('+')}`,
                Value: sub(`${scheme}://\${${LB_ID}.DNSName}${defaultPort ? '' : `:${p.port.published}`}${prefix}`),
            };
        }
    }
    if (plan.ports.length > 0 && !plan.existing) {
        ctx.template.Outputs.LoadBalancerDNSName = {
            Description: 'DNS name of the load balancer',
            Value: getAtt(LB_ID, 'DNSName'),
        };
    }
}

;// CONCATENATED MODULE: ./src/template/service.ts


function serviceId(task) {
    return `${task.id}Service`;
}
function addService(ctx, task, taskDefinitionId, extras) {
    const s = task.main;
    const deploy = s.deploy;
    ctx.add(serviceId(task), {
        Type: 'AWS::ECS::Service',
        ...(extras.dependsOn.length > 0 ? { DependsOn: [...new Set(extras.dependsOn)].sort() } : {}),
        Properties: {
            Cluster: extras.cluster,
            DeploymentConfiguration: deploymentConfiguration(ctx, s),
            DeploymentController: { Type: 'ECS' },
            ...(extras.autoscaled ? {} : { DesiredCount: deploy?.replicas ?? 1 }),
            EnableECSManagedTags: true,
            ...(extras.enableExec ? { EnableExecuteCommand: true } : {}),
            ...(extras.loadBalancers.length > 0
                ? { HealthCheckGracePeriodSeconds: extras.gracePeriod ?? 60 }
                : {}),
            LaunchType: 'FARGATE',
            ...(extras.loadBalancers.length > 0 ? { LoadBalancers: extras.loadBalancers } : {}),
            NetworkConfiguration: {
                AwsvpcConfiguration: {
                    AssignPublicIp: ctx.options.assignPublicIp ? 'ENABLED' : 'DISABLED',
                    SecurityGroups: extras.securityGroups,
                    Subnets: extras.subnets ?? ref(SUBNETS_PARAM),
                },
            },
            PlatformVersion: 'LATEST',
            // Tasks carry the service's tags (project, service) for cost allocation.
            PropagateTags: 'SERVICE',
            ...(extras.serviceRegistries.length > 0 ? { ServiceRegistries: extras.serviceRegistries } : {}),
            TaskDefinition: ref(taskDefinitionId),
        },
    }, task.name);
}
/** The named volume a service mounts read-write, if any (a database's data directory on EFS). */
function statefulVolume(s) {
    const index = s.volumes.findIndex((v) => v.type === 'volume' && v.source && !v.readOnly);
    const v = s.volumes[index];
    return v?.type === 'volume' && v.source ? { volume: v.source, index } : undefined;
}
/** Whether ECS Exec is on for this task: the option, or x-aws-enable_exec on the service. */
function execEnabled(ctx, s) {
    return s.aws?.enableExec ?? ctx.options.enableExec;
}
/**
 * Compose's update_config in ECS percentages (ECS-FACTS.md): with replicas r and parallelism p,
 * minimum ⌊(r−p)·100/r⌋ and maximum ⌊(r+p)·100/r⌋; start-first keeps every old task until its
 * replacement runs (minimum 100), stop-first never runs extra tasks (maximum 100);
 * x-aws-min_percent / x-aws-max_percent win for their own figure.
 */
function deploymentConfiguration(ctx, s) {
    const path = ['services', s.name, 'deploy'];
    const deploy = s.deploy;
    const uc = deploy?.updateConfig;
    const ucPath = [...path, 'update_config'];
    let min = 100;
    let max = 200;
    const stateful = statefulVolume(s);
    if (stateful !== undefined && (deploy?.replicas ?? 1) <= 1 && uc?.order === undefined) {
        // Two tasks on one data directory corrupt it, or the new one cannot take the database's lock, fails
        // its health check and the circuit breaker rolls the deploy back: replace the task stop-first.
        min = 0;
        max = 100;
        ctx.warn(['services', s.name, 'volumes', stateful.index], `${s.name} writes volume ${stateful.volume} with one replica: updates stop the old task before starting the new one (a short outage); set update_config.order: start-first to overlap them`);
    }
    if (uc && (uc.parallelism !== undefined || uc.order !== undefined)) {
        const r = Math.max(1, deploy?.replicas ?? 1);
        let p = uc.parallelism ?? 1;
        if (p < 1)
            p = 1;
        if (p > r) {
            ctx.warn([...ucPath, 'parallelism'], `parallelism ${p} is more than the ${r} replica(s); ${r} is used`);
            p = r;
        }
        min = Math.floor(((r - p) * 100) / r);
        max = Math.floor(((r + p) * 100) / r);
        if (uc.order === 'start-first')
            min = 100;
        if (uc.order === 'stop-first')
            max = 100;
    }
    const xMin = uc?.aws?.minPercent;
    const xMax = uc?.aws?.maxPercent;
    if (xMin !== undefined)
        min = xMin;
    if (xMax !== undefined)
        max = xMax;
    if (min === 100 && max === 100)
        ctx.error(ucPath, 'minimum 100% and maximum 100% leave ECS no room to replace a task; raise the maximum or lower the minimum');
    if (uc?.delay !== undefined)
        ctx.warn([...ucPath, 'delay'], 'update_config.delay is ignored: ECS paces deployments by health');
    if (uc?.monitor !== undefined)
        ctx.warn([...ucPath, 'monitor'], 'update_config.monitor is ignored: the circuit breaker watches the rollout');
    if (uc?.maxFailureRatio !== undefined)
        ctx.warn([...ucPath, 'max_failure_ratio'], 'update_config.max_failure_ratio is ignored: the circuit breaker decides');
    if (uc?.failureAction === 'pause')
        ctx.warn([...ucPath, 'failure_action'], 'failure_action: pause has no ECS equivalent; failed deployments roll back');
    // rollback (and by default): the circuit breaker rolls back; continue: leave a failed deployment in place.
    const rollback = uc?.failureAction !== 'continue';
    return {
        DeploymentCircuitBreaker: { Enable: rollback, Rollback: rollback },
        MaximumPercent: max,
        MinimumHealthyPercent: min,
    };
}

;// CONCATENATED MODULE: ./src/template/autoscaling.ts




function addAutoscaling(ctx, task, clusterName, lb, ports) {
    const deploy = task.main.deploy;
    const path = ['services', task.name, 'deploy'];
    // x-aws-autoscaling, checked by the loader (fields, ranges, max, a target).
    const spec = deploy?.aws?.autoscaling;
    if (!spec)
        return;
    const p = [...path, aws_extensions.X.autoscaling];
    const { max, cpu, mem, requests } = spec;
    // Without min, the scaling floor is the replicas the service asks for.
    const min = spec.min ?? deploy?.replicas ?? 1;
    if (min > max)
        return void ctx.error(p, `autoscaling min ${min} (the replicas) is above max ${max}`);
    const port = ports[0];
    if (requests !== undefined && (lb.type !== 'application' || !port || lb.existing)) {
        return void ctx.error([...p, 'requests'], 'scaling on requests needs a port of this service published through the Application Load Balancer this stack creates');
    }
    const target = `${task.id}ScalableTarget`;
    ctx.add(target, {
        Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
        Properties: {
            MaxCapacity: max,
            MinCapacity: min,
            ResourceId: join('/', ['service', clusterName, getAtt(serviceId(task), 'Name')]),
            ScalableDimension: 'ecs:service:DesiredCount',
            ServiceNamespace: 'ecs',
        },
    }, task.name);
    const policy = (suffix, metric, value, label) => ctx.add(`${task.id}${suffix}ScalingPolicy`, {
        Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
        Properties: {
            PolicyName: join('-', [ref('AWS::StackName'), `${task.id}${suffix}`]),
            PolicyType: 'TargetTrackingScaling',
            ScalingTargetId: ref(target),
            TargetTrackingScalingPolicyConfiguration: {
                PredefinedMetricSpecification: {
                    PredefinedMetricType: metric,
                    ...(label !== undefined ? { ResourceLabel: label } : {}),
                },
                TargetValue: value,
            },
        },
    }, task.name);
    if (cpu !== undefined)
        policy('CPU', 'ECSServiceAverageCPUUtilization', cpu);
    if (mem !== undefined)
        policy('Memory', 'ECSServiceAverageMemoryUtilization', mem);
    if (requests !== undefined && port) {
        const label = join('/', [
            getAtt(LB_ID, 'LoadBalancerFullName'),
            getAtt(`${port.id}TargetGroup`, 'TargetGroupFullName'),
        ]);
        policy('Requests', 'ALBRequestCountPerTarget', requests, label);
    }
}
/** The cluster's name (ResourceId wants a name): Ref of our cluster, or the name from x-aws-cluster. */
function clusterName(cluster) {
    return typeof cluster === 'string' ? cluster.split('/').pop() : cluster;
}

;// CONCATENATED MODULE: ./src/template/cluster.ts

const CLUSTER_ID = 'Cluster';
/** Adds the cluster (unless reused) and returns what ECS services put in `Cluster`. */
function addCluster(ctx) {
    const existing = ctx.project.aws?.cluster;
    if (existing !== undefined)
        return existing; // a name or an ARN: ECS accepts both
    ctx.add(CLUSTER_ID, {
        Type: 'AWS::ECS::Cluster',
        Properties: {
            // Named after the stack, not the project: staging and production stacks of one project can share an account.
            ClusterName: ref('AWS::StackName'),
        },
    });
    return ref(CLUSTER_ID);
}

;// CONCATENATED MODULE: ./src/template/discovery.ts



const NAMESPACE_ID = 'DnsNamespace';
const DNS_INIT_CONTAINER = 'compose-dns-search';
/** The namespace's domain; one per stack, so two stacks (preview environments) in one VPC never collide. */
const NAMESPACE_DOMAIN = '${AWS::StackName}.compose.internal';
/** Records are short-lived so a replaced task's address is forgotten quickly. */
const TTL = 10;
/** Cloud Map service names: letters, digits, '_' and '-' (and we keep them DNS labels). */
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** Every name a task answers to: the main service's name first, then sidecars, aliases and link aliases. */
function taskNames(ctx, task) {
    const names = new Set();
    for (const c of task.containers) {
        names.add(c.name.toLowerCase());
        for (const n of Object.values(c.networks))
            for (const a of n.aliases)
                names.add(a.toLowerCase());
    }
    const members = new Set(task.containers.map((c) => c.name));
    for (const s of Object.values(ctx.project.services))
        for (const l of s.links)
            if (members.has(l.service))
                names.add(l.alias.toLowerCase());
    return [...names];
}
/** Adds the namespace, a Cloud Map service per task and a CNAME per other name; undefined when discovery is off. */
function addDiscovery(ctx, tasks) {
    if (!ctx.options.serviceDiscovery || tasks.length === 0)
        return undefined;
    ctx.add(NAMESPACE_ID, {
        Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
        Properties: {
            Description: `compose service names of ${ctx.project.name}`,
            Name: sub(NAMESPACE_DOMAIN),
            Vpc: ref(VPC_PARAM),
        },
    });
    const registries = new Map();
    const owner = new Map();
    for (const task of tasks) {
        const names = taskNames(ctx, task).filter((name) => {
            if (DNS_LABEL.test(name))
                return true;
            ctx.warn(['services', task.name], `${name} is not a DNS label (letters, digits, '-'); other services cannot reach ${task.name} by that name`);
            return false;
        });
        for (const name of names) {
            const other = owner.get(name);
            if (other !== undefined && other !== task.name)
                ctx.error(['services', task.name], `the name ${name} would mean both ${other} and ${task.name}; one namespace holds each name once`);
            owner.set(name, task.name);
        }
        const [main, ...others] = names;
        if (main === undefined || main !== task.name.toLowerCase())
            continue;
        const registry = `${task.id}Discovery`;
        ctx.add(registry, {
            Type: 'AWS::ServiceDiscovery::Service',
            Properties: {
                Description: `${task.name}: the addresses of its running tasks`,
                DnsConfig: { DnsRecords: [{ TTL, Type: 'A' }], RoutingPolicy: 'MULTIVALUE' },
                // ECS reports task health to Cloud Map: only healthy tasks are answered.
                HealthCheckCustomConfig: { FailureThreshold: 1 },
                Name: main,
                NamespaceId: ref(NAMESPACE_ID),
            },
        }, task.name);
        registries.set(task.name, registry);
        others.sort().forEach((alias) => addAlias(ctx, task, alias, main));
    }
    return { registries };
}
/** Another name of a task: a Cloud Map service with one CNAME instance pointing at the task's own name. */
function addAlias(ctx, task, alias, target) {
    const id = `${task.id}${aliasId(alias)}Alias`;
    ctx.add(id, {
        Type: 'AWS::ServiceDiscovery::Service',
        Properties: {
            Description: `${alias}: another name of ${task.name}`,
            DnsConfig: { DnsRecords: [{ TTL, Type: 'CNAME' }], RoutingPolicy: 'WEIGHTED' },
            Name: alias,
            NamespaceId: ref(NAMESPACE_ID),
        },
    }, task.name);
    ctx.add(`${id}Record`, {
        Type: 'AWS::ServiceDiscovery::Instance',
        Properties: {
            InstanceAttributes: { AWS_INSTANCE_CNAME: sub(`${target}.${NAMESPACE_DOMAIN}`) },
            InstanceId: alias,
            ServiceId: ref(id),
        },
    }, task.name);
}
function aliasId(alias) {
    return alias
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/**
 * The ECS service's ServiceRegistries. The ARN is built from the Cloud Map service's id (its Ref) rather
 * than GetAtt …Arn: moto cannot create Cloud Map resources and refuses a GetAtt on them, and the two
 * give the same ARN on AWS (arn:aws:servicediscovery:<region>:<account>:service/<id>).
 */
function serviceRegistries(plan, task) {
    const registry = plan.registries.get(task.name);
    if (registry === undefined)
        return [];
    return [
        {
            RegistryArn: sub(`arn:\${AWS::Partition}:servicediscovery:\${AWS::Region}:\${AWS::AccountId}:service/\${${registry}}`),
        },
    ];
}
/**
 * The init container that puts the namespace first on the task's DNS search list. Fargate does not take
 * dnsSearchDomains (awsvpc), so it rewrites /etc/resolv.conf, which the containers of a Fargate task
 * share, before they start — as Docker's ECS integration did with its ecs-searchdomain-sidecar. The
 * VPC's own search domains stay after it. One `search` line only: resolvers use the last one.
 */
function dnsSearchContainer(ctx, main) {
    const script = [
        'f=/etc/resolv.conf',
        `d='${NAMESPACE_DOMAIN}'`,
        "s=$(sed -n 's/^search[[:space:]]*//p' $f | tr '\\n' ' ')",
        "o=$(grep -v '^search' $f)",
        'printf "search %s %s\\n%s\\n" "$d" "$s" "$o" > $f',
    ].join('\n');
    return {
        Command: [sub(script)],
        EntryPoint: ['sh', '-c'],
        Essential: false,
        Image: ctx.options.secretsInitImage,
        LogConfiguration: logConfiguration(ctx, { ...main, logging: undefined }).config,
        Name: DNS_INIT_CONTAINER,
    };
}

;// CONCATENATED MODULE: ./src/template/iam.ts


const ASSUME_ECS_TASKS = {
    Statement: [
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' } },
    ],
    Version: '2012-10-17',
};
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([^@:]+)/;
/** ECR repository ARN of a pinned image reference, if it is one. */
function ecrRepositoryArn(image) {
    const m = ECR_IMAGE.exec(image);
    if (!m)
        return undefined;
    const [, account, region, cn, repo] = m;
    return `arn:${cn ? 'aws-cn' : 'aws'}:ecr:${region}:${account}:repository/${repo}`;
}
function addExecutionRole(ctx, task, needs) {
    const id = `${task.id}TaskExecutionRole`;
    const statements = [];
    const repos = [
        ...new Set(needs.images.map(ecrRepositoryArn).filter((a) => a !== undefined)),
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
    const logGroups = [
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
    ctx.add(id, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: ASSUME_ECS_TASKS,
            Policies: [
                { PolicyDocument: { Statement: statements, Version: '2012-10-17' }, PolicyName: 'ExecutionPolicy' },
            ],
        },
    }, task.name);
    return getAtt(id, 'Arn');
}
/** Deduplicate by JSON shape, keeping first-seen order (callers add in a deterministic order). */
function dedupe(values) {
    const seen = new Set();
    return values.filter((v) => {
        const k = JSON.stringify(v);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** The task role, when anything needs one; returns its ARN value. */
function addTaskRole(ctx, task, needs) {
    const managed = [];
    const policies = [];
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
    if (managed.length === 0 && policies.length === 0)
        return undefined;
    const id = `${task.id}TaskRole`;
    ctx.add(id, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: ASSUME_ECS_TASKS,
            ...(managed.length > 0 ? { ManagedPolicyArns: [...new Set(managed)].sort() } : {}),
            ...(policies.length > 0 ? { Policies: policies } : {}),
        },
    }, task.name);
    return getAtt(id, 'Arn');
}

;// CONCATENATED MODULE: ./src/template/aws-quotas.ts
/** Elastic Load Balancing: listeners per Application or Network Load Balancer (not adjustable). */
const MAX_LISTENERS_PER_LB = 50;
/** VPC: inbound rules per security group, default (adjustable; rules × groups per interface ≤ 1,000). */
const DEFAULT_RULES_PER_GROUP = 60;
/** VPC: security groups per network interface, default 5, adjustable up to 16. */
const DEFAULT_GROUPS_PER_ENI = 5;
const MAX_GROUPS_PER_ENI = 16;
function checkQuotas(template) {
    const out = { errors: [], warnings: [] };
    const resources = Object.entries(template.Resources);
    const listeners = new Map();
    for (const [, r] of resources)
        if (r.Type === 'AWS::ElasticLoadBalancingV2::Listener') {
            const lb = JSON.stringify(r.Properties?.LoadBalancerArn);
            listeners.set(lb, (listeners.get(lb) ?? 0) + 1);
        }
    for (const n of listeners.values())
        if (n > MAX_LISTENERS_PER_LB)
            out.errors.push({
                message: `the load balancer would have ${n} listeners (one per published port); Elastic Load Balancing allows ${MAX_LISTENERS_PER_LB} per load balancer (quota "Listeners per Application/Network Load Balancer", not adjustable). Put several HTTP services behind one published port with x-aws-route (path or host rules on one listener); publish only the ports clients outside the VPC need (services reach each other by name on any port without publishing); or split the project into several stacks`,
            });
    const rules = new Map();
    const addRule = (group, n = 1) => {
        const key = JSON.stringify(group);
        rules.set(key, (rules.get(key) ?? 0) + n);
    };
    for (const [id, r] of resources) {
        if (r.Type === 'AWS::EC2::SecurityGroupIngress')
            addRule(r.Properties?.GroupId);
        if (r.Type === 'AWS::EC2::SecurityGroup')
            addRule({ Ref: id }, (r.Properties?.SecurityGroupIngress ?? []).length);
    }
    for (const [group, n] of rules)
        if (n > DEFAULT_RULES_PER_GROUP)
            out.warnings.push({
                message: `security group ${group} would have ${n} inbound rules; AWS allows ${DEFAULT_RULES_PER_GROUP} by default (quota "Inbound or outbound rules per security group"): the stack fails unless the quota is raised in Service Quotas. Publish fewer ports (services reach each other by name without publishing)`,
            });
    for (const [id, r] of resources) {
        if (r.Type !== 'AWS::ECS::Service')
            continue;
        const groups = r.Properties?.NetworkConfiguration?.AwsvpcConfiguration?.SecurityGroups;
        const n = groups?.length ?? 0;
        const message = `${id}'s tasks would join ${n} security groups (one per compose network); a network interface takes ${DEFAULT_GROUPS_PER_ENI} by default (quota "Security groups per network interface", adjustable up to ${MAX_GROUPS_PER_ENI}). Attach the service to fewer networks`;
        if (n > MAX_GROUPS_PER_ENI)
            out.errors.push({ message });
        else if (n > DEFAULT_GROUPS_PER_ENI)
            out.warnings.push({ message: `${message}, or raise the quota in Service Quotas` });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/template/limits.ts

const MAX_RESOURCES = 500;
const MAX_PARAMETERS = 200;
const MAX_OUTPUTS = 200;
/** Largest body CreateChangeSet takes inline (TemplateBody). */
const MAX_INLINE_BODY_BYTES = 51_200;
/** Largest body through TemplateURL (S3). */
const MAX_S3_BODY_BYTES = 1_000_000;
/** True when the body must go through S3 (TemplateURL) rather than inline. */
function templateBodyTooLarge(body) {
    return Buffer.byteLength(body, 'utf8') > MAX_INLINE_BODY_BYTES;
}
function checkLimits(template, body) {
    const problems = [];
    const count = (what, rec, max, hint) => {
        const n = Object.keys(rec ?? {}).length;
        if (n > max)
            problems.push({ message: `the template has ${n} ${what}; CloudFormation allows ${max} (${hint})` });
    };
    count('resources', template.Resources, MAX_RESOURCES, 'split the project into several stacks');
    count('parameters', template.Parameters, MAX_PARAMETERS, 'use fewer file secrets');
    count('outputs', template.Outputs, MAX_OUTPUTS, 'publish fewer ports');
    for (const section of ['Parameters', 'Resources', 'Outputs', 'Conditions']) {
        for (const id of Object.keys(template[section] ?? {})) {
            if (!LOGICAL_ID.test(id))
                problems.push({
                    message: `logical ID ${JSON.stringify(id)} in ${section} must be 1 to 255 letters and digits`,
                });
        }
    }
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > MAX_S3_BODY_BYTES)
        problems.push({
            message: `the template is ${bytes} bytes; CloudFormation takes at most ${MAX_S3_BODY_BYTES} bytes even from S3`,
        });
    return problems;
}

;// CONCATENATED MODULE: ./src/template/options.ts
// Conversion options: all optional; the defaults give a working public deployment.
const DEFAULT_SECRETS_INIT_IMAGE = 'public.ecr.aws/docker/library/busybox:1.36';
function resolveOptions(o = {}) {
    return {
        dropUnsupportedMounts: o.dropUnsupportedMounts ?? false,
        assignPublicIp: o.assignPublicIp ?? true,
        enableExec: o.enableExec ?? false,
        serviceDiscovery: o.serviceDiscovery ?? true,
        efsSubnetCount: Math.max(1, Math.floor(o.efsSubnetCount ?? 2)),
        secretsInitImage: o.secretsInitImage ?? DEFAULT_SECRETS_INIT_IMAGE,
    };
}

;// CONCATENATED MODULE: ./src/template/overlay.ts
// x-aws-cloudformation: an overlay merged into the generated template.
// Rules (docs/mapping.md):
//  - maps merge deeply; a `null` value deletes the key (a whole resource, a property, ...);
//  - a list whose items (on both sides) are all maps carrying the same identifying key — the first of
//    `Name`, `Key`, `PolicyName`, `Sid` that every item has — merges by that key: a matching item merges
//    deeply, a new item is appended, and an overlay item with `"$delete": true` removes its match;
//  - every other list is replaced; `{ "$replace": [...] }` replaces even a list that would merge by key;
//  - anything else replaces the generated value.

const MERGE_KEYS = ['Name', 'Key', 'PolicyName', 'Sid'];
const DELETE = '$delete';
const REPLACE = '$replace';
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function mergeOverlay(base, overlay) {
    if (isMap(overlay) && REPLACE in overlay && Object.keys(overlay).length === 1)
        return overlay[REPLACE];
    if (isMap(base) && isMap(overlay)) {
        const out = { ...base };
        for (const [k, v] of Object.entries(overlay)) {
            if (v === null)
                delete out[k];
            else
                out[k] = k in out ? mergeOverlay(out[k], v) : stripMarkers(v);
        }
        return out;
    }
    if (Array.isArray(base) && Array.isArray(overlay)) {
        const key = mergeKey(base, overlay);
        if (key === undefined)
            return overlay.map(stripMarkers);
        const out = base.slice();
        for (const item of overlay) {
            const i = out.findIndex((b) => b[key] === item[key]);
            if (item[DELETE] === true) {
                if (i >= 0)
                    out.splice(i, 1);
            }
            else if (i >= 0)
                out[i] = mergeOverlay(out[i], item);
            else
                out.push(stripMarkers(item));
        }
        return out;
    }
    return stripMarkers(overlay);
}
function mergeKey(base, overlay) {
    const items = [...base, ...overlay];
    if (base.length === 0 || !items.every(isMap))
        return undefined;
    return MERGE_KEYS.find((k) => items.every((i) => typeof i[k] === 'string'));
}
/** Values copied from the overlay lose nulls and markers (they only mean something while merging). */
function stripMarkers(v) {
    if (Array.isArray(v))
        return v.filter((i) => !(isMap(i) && i[DELETE] === true)).map(stripMarkers);
    if (isMap(v)) {
        if (REPLACE in v && Object.keys(v).length === 1)
            return stripMarkers(v[REPLACE]);
        return Object.fromEntries(Object.entries(v)
            .filter(([k, x]) => x !== null && k !== DELETE)
            .map(([k, x]) => [k, stripMarkers(x)]));
    }
    return v;
}
function applyOverlay(ctx, template, overlay) {
    const path = [aws_extensions.X.cloudformation];
    if (overlay === undefined || overlay === null)
        return template;
    if (!isMap(overlay)) {
        ctx.error(path, `${aws_extensions.X.cloudformation} must be a mapping (a partial CloudFormation template)`);
        return template;
    }
    const merged = mergeOverlay(template, overlay);
    if (!isMap(merged.Resources)) {
        ctx.error(path, 'the overlay removed Resources');
        return template;
    }
    for (const [id, res] of Object.entries(merged.Resources)) {
        if (!isMap(res) || typeof res.Type !== 'string')
            ctx.error([...path, 'Resources', id], `overlay resource ${id} needs a Type`);
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/template/secrets.ts




const SECRETS_ROOT = '/run/secrets';
const INIT_CONTAINER = 'compose-secrets-init';
/** Template parameter for a file (or environment) secret the pipeline stores at deploy time. */
function secretParameterName(ctx, secret) {
    return `${ctx.ids.secret.get(secret)}SecretArn`;
}
/** Template parameter for the version id of that stored secret, which the task definition pins. */
function secretVersionParameterName(ctx, secret) {
    return `${ctx.ids.secret.get(secret)}SecretVersion`;
}
/** Resolves every secret a service uses; adds a parameter per file/environment secret. */
function planSecrets(ctx) {
    const used = new Set(Object.values(ctx.project.services).flatMap((s) => s.secrets.map((r) => r.source)));
    const sources = new Map();
    const parameters = [];
    for (const name of Object.keys(ctx.project.secrets).sort()) {
        const def = ctx.project.secrets[name];
        const path = ['secrets', name];
        const keys = def.aws?.keys ?? [];
        const arn = def.aws?.secretArn ?? (def.external ? (def.externalName ?? def.name) : undefined);
        if (!used.has(name))
            continue;
        let source;
        if (arn?.startsWith('arn:')) {
            const store = arn.split(':')[2];
            if (store !== 'secretsmanager' && store !== 'ssm')
                ctx.error(path, `secret ${name}: ${arn} is neither a Secrets Manager secret nor an SSM parameter`);
            else
                source = {
                    valueFrom: arn,
                    iamArn: store === 'secretsmanager' ? secretIamArn(arn) : arn,
                    store,
                    keys,
                };
        }
        else if (arn !== undefined) {
            // A bare name is an SSM parameter in the stack's account and region (ECS accepts its name).
            const param = arn.replace(/^\//, '');
            source = {
                valueFrom: arn,
                iamArn: sub(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${param}`),
                store: 'ssm',
                keys,
            };
        }
        else if (def.file !== undefined || def.environment !== undefined) {
            const param = secretParameterName(ctx, name);
            ctx.template.Parameters[param] = {
                Type: 'String',
                Description: `ARN of the Secrets Manager secret holding compose secret ${name}`,
            };
            // The version id goes into valueFrom so that new content changes the task definition and ECS
            // rolls the service; with the bare ARN, running tasks would keep the old value indefinitely.
            const versionParam = secretVersionParameterName(ctx, name);
            ctx.template.Parameters[versionParam] = {
                Type: 'String',
                Description: `Version id of the Secrets Manager secret holding compose secret ${name} (pinned by the tasks)`,
            };
            const what = def.file !== undefined ? `file ${def.file}` : `environment variable ${def.environment}`;
            parameters.push({
                name: param,
                kind: 'file-secret',
                secret: name,
                description: `store the content of ${what} in Secrets Manager and pass its ARN`,
            }, {
                name: versionParam,
                kind: 'file-secret-version',
                secret: name,
                description: `pass the Secrets Manager version id under which the content of ${what} is stored`,
            });
            // IAM grants on the bare ARN (a version is not a resource); only valueFrom carries the version.
            source = {
                valueFrom: ref(param),
                versionId: ref(versionParam),
                iamArn: ref(param),
                store: 'secretsmanager',
                keys,
            };
        }
        else {
            ctx.error(path, `secret ${name} needs a source: file, environment, external: true (a Secrets Manager ARN or SSM parameter name) or ${aws_extensions.X.secretArn}`);
        }
        if (source && keys.length > 0 && source.store !== 'secretsmanager') {
            ctx.error([...path, aws_extensions.X.keys], `${aws_extensions.X.keys} selects JSON keys of a Secrets Manager secret; ${name} is an SSM parameter`);
            source = undefined;
        }
        if (source)
            sources.set(name, source);
    }
    return { sources, parameters };
}
/** A complete Secrets Manager ARN ends in "-" and six random characters; grant on a partial one with the wildcard IAM expects. */
function secretIamArn(arn) {
    // arn:aws:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<stage>:<version>]
    const base = arn.split(':').slice(0, 7).join(':');
    return /-[A-Za-z0-9]{6}$/.test(base) ? base : `${base}-??????`;
}
const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
const envName = (s) => s.replace(/[^A-Za-z0-9_]/g, '_');
function taskSecrets(ctx, task, sources) {
    const out = {
        containers: new Map(),
        initContainers: [],
        volumes: [],
        secretArns: [],
        parameterArns: [],
    };
    const initSecrets = [];
    const script = ['set -e'];
    const initMounts = [];
    for (const c of task.containers) {
        const creds = c.aws?.pullCredentials;
        const extra = {};
        if (creds !== undefined) {
            extra.RepositoryCredentials = { CredentialsParameter: creds };
            out.secretArns.push(creds.startsWith('arn:') ? secretIamArn(creds) : creds);
        }
        const env = [];
        const volume = `${containerName(c.name)}-secrets`;
        const files = [];
        c.secrets.forEach((r, i) => {
            const path = ['services', c.name, 'secrets', i];
            const source = sources.get(r.source);
            if (!source) {
                if (!ctx.project.secrets[r.source])
                    ctx.error(path, `secret ${r.source} is not defined in the top-level secrets`);
                return;
            }
            (source.store === 'secretsmanager' ? out.secretArns : out.parameterArns).push(source.iamArn);
            const target = r.target ?? r.source;
            const file = target.startsWith('/') ? target : `${SECRETS_ROOT}/${target}`;
            if (!file.startsWith(`${SECRETS_ROOT}/`)) {
                ctx.error([...path, 'target'], `secret files can be written under ${SECRETS_ROOT} only, not ${file}`);
                return;
            }
            for (const key of ['uid', 'gid']) {
                const id = r[key];
                if (id !== undefined && !/^[0-9]+$/.test(id))
                    ctx.error([...path, key], `${key} must be a numeric id (decimal digits), not ${JSON.stringify(id)}`);
            }
            const rel = file.slice(SECRETS_ROOT.length + 1);
            const variable = envName(target.startsWith('/') ? r.source : target);
            const items = source.keys.length > 0
                ? source.keys.map((k) => ({ key: k, name: `${variable}_${envName(k)}`, rel: `${rel}/${k}` }))
                : [{ key: '', name: variable, rel }];
            for (const item of items) {
                const valueFrom = secretValueFrom(source, item.key);
                env.push({ Name: item.name, ValueFrom: valueFrom });
                const initVar = `S${initSecrets.length}`;
                initSecrets.push({ Name: initVar, ValueFrom: valueFrom });
                const dest = `/compose-secrets/${volume}/${item.rel}`;
                files.push(item.rel);
                script.push(`mkdir -p "$(dirname ${shellQuote(dest)})"`, `printf '%s' "$${initVar}" > ${shellQuote(dest)}`);
                // Every value in the script is quoted, even those the loader already checked (numeric ids, octal mode).
                const mode = (r.mode ?? 0o444).toString(8).padStart(4, '0');
                script.push(`chmod ${shellQuote(mode)} ${shellQuote(dest)}`);
                if (r.uid !== undefined || r.gid !== undefined)
                    script.push(`chown ${shellQuote(`${r.uid ?? '0'}:${r.gid ?? '0'}`)} ${shellQuote(dest)}`);
            }
        });
        if (env.length > 0) {
            extra.Secrets = env;
            extra.MountPoints = [{ ContainerPath: SECRETS_ROOT, ReadOnly: true, SourceVolume: volume }];
            extra.DependsOn = [{ Condition: 'SUCCESS', ContainerName: INIT_CONTAINER }];
            out.volumes.push({ Name: volume });
            initMounts.push({ ContainerPath: `/compose-secrets/${volume}`, ReadOnly: false, SourceVolume: volume });
        }
        if (Object.keys(extra).length > 0)
            out.containers.set(c.name, extra);
    }
    if (initSecrets.length > 0) {
        out.initContainers.push({
            Name: INIT_CONTAINER,
            Image: ctx.options.secretsInitImage,
            Essential: false,
            EntryPoint: ['sh', '-c'],
            Command: [script.join('\n')],
            LogConfiguration: logConfiguration(ctx, initService(task.main)).config,
            MountPoints: initMounts,
            Secrets: initSecrets,
        });
    }
    return out;
}
/**
 * valueFrom of a secret, or of one JSON key of a Secrets Manager secret:
 * <arn>:<json-key>:<version-stage>:<version-id> — `<arn>:<key>::` for a key, and with a pinned
 * version `<arn>:::<version-id>` (whole secret) or `<arn>:<key>::<version-id>`.
 */
function secretValueFrom(source, key) {
    if (source.versionId === undefined) {
        if (!key)
            return source.valueFrom;
        return typeof source.valueFrom === 'string'
            ? `${source.valueFrom}:${key}::`
            : join('', [source.valueFrom, `:${key}::`]);
    }
    return join('', [source.valueFrom, `:${key}::`, source.versionId]);
}
/** The init container logs like its task's main container, without user logging overrides. */
function initService(main) {
    return { ...main, logging: undefined };
}

;// CONCATENATED MODULE: ./src/template/serialize.ts
const SECTION_ORDER = [
    'AWSTemplateFormatVersion',
    'Description',
    'Metadata',
    'Parameters',
    'Mappings',
    'Conditions',
    'Resources',
    'Outputs',
];
const RESOURCE_ORDER = [
    'Type',
    'Condition',
    'DependsOn',
    'DeletionPolicy',
    'UpdateReplacePolicy',
    'Metadata',
    'Properties',
];
const SORTED_SECTIONS = ['Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs'];
const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function ordered(obj, order) {
    const keys = Object.keys(obj);
    const rank = (k) => (order.includes(k) ? order.indexOf(k) : order.length);
    return Object.fromEntries(keys
        .slice()
        .sort((a, b) => rank(a) - rank(b) || (rank(a) === order.length ? byKey(a, b) : 0))
        .map((k) => [k, obj[k]]));
}
function canonicalTemplate(template) {
    const out = ordered(template, SECTION_ORDER);
    for (const section of SORTED_SECTIONS) {
        const value = out[section];
        if (value === undefined)
            continue;
        if (Object.keys(value).length === 0 && section !== 'Resources') {
            delete out[section];
            continue;
        }
        const sorted = Object.fromEntries(Object.keys(value)
            .sort(byKey)
            .map((k) => [k, value[k]]));
        if (section === 'Resources') {
            for (const [id, res] of Object.entries(sorted)) {
                const r = ordered(res, RESOURCE_ORDER);
                if (r.Properties && typeof r.Properties === 'object')
                    r.Properties = ordered(r.Properties, []);
                sorted[id] = r;
            }
        }
        out[section] = sorted;
    }
    return out;
}
function serialize(template) {
    return JSON.stringify(template, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/template/tasks.ts


function sidecarTarget(service) {
    if (service.aws?.sidecarOf !== undefined)
        return service.aws.sidecarOf;
    const mode = service.networkMode;
    if (mode?.startsWith('service:'))
        return mode.slice('service:'.length);
    return undefined;
}
function planTasks(ctx) {
    const services = ctx.project.services;
    const targets = new Map();
    for (const [name, service] of sortedRecord(services)) {
        const target = sidecarTarget(service);
        if (target === undefined)
            continue;
        const path = ['services', name, service.aws?.sidecarOf !== undefined ? aws_extensions.X.sidecarOf : 'network_mode'];
        if (!services[target])
            ctx.error(path, `service ${name} is a sidecar of ${target}, which is not a service of this project`);
        else if (target === name)
            ctx.error(path, `service ${name} cannot be its own sidecar`);
        else
            targets.set(name, target);
    }
    for (const [name, target] of targets) {
        if (targets.has(target))
            ctx.error(['services', name], `service ${name} is a sidecar of ${target}, which is itself a sidecar; name the task's main service instead`);
    }
    const tasks = [];
    for (const [name, main] of sortedRecord(services)) {
        if (targets.has(name))
            continue;
        const sidecars = [...targets].filter(([, t]) => t === name).map(([s]) => services[s]);
        tasks.push({ name, id: ctx.ids.service.get(name), main, containers: [main, ...sidecars] });
    }
    return tasks;
}

;// CONCATENATED MODULE: ./src/template/names-used.ts
const SCHEME_PORTS = {
    http: 80,
    https: 443,
    ws: 80,
    wss: 443,
    postgres: 5432,
    postgresql: 5432,
    mysql: 3306,
    mariadb: 3306,
    mongodb: 27017,
    redis: 6379,
    amqp: 5672,
    nats: 4222,
    memcached: 11211,
};
/** Finds uses of any of `names` in a piece of text (a value, an argument, a config file). */
function findNames(text, names, where) {
    const out = [];
    // A host is a name standing alone or delimited by URL/host:port punctuation, never part of a longer word or path.
    const re = /(?:([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s]*@)?)?(?<![\w.-])([a-z0-9][a-z0-9_-]*)(?![\w-]|\.[a-z0-9])(?::(\d{1,5}))?/gi;
    for (const m of text.matchAll(re)) {
        const host = m[2].toLowerCase();
        if (!names.has(host))
            continue;
        const before = text.slice(0, m.index);
        const scheme = m[1]?.toLowerCase();
        const explicit = m[3] !== undefined ? Number(m[3]) : undefined;
        // Without a scheme or a port, a bare word is a host only as the whole value (MYSQL_HOST: db),
        // after KEY= or after a flag (-h db, --host=db); "run db migrations" names no host.
        const hostLike = scheme !== undefined ||
            explicit !== undefined ||
            text.trim().toLowerCase() === host ||
            /(?:=|(?:^|\s)--?[a-z][a-z-]*[=\s]+)$/i.test(before);
        if (!hostLike)
            continue;
        const port = explicit ?? (scheme !== undefined ? SCHEME_PORTS[scheme] : undefined);
        out.push({ name: host, ...(port !== undefined ? { port } : {}), where });
    }
    return out;
}
/** Every name of `names` that service `s` uses, with where and on which port. */
function namesUsedBy(s, names) {
    const out = [];
    for (const [key, value] of Object.entries(s.environment))
        if (value !== null)
            out.push(...findNames(value, names, `environment.${key}`));
    (s.command ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `command[${i}]`)));
    (s.entrypoint ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `entrypoint[${i}]`)));
    for (const l of s.links)
        if (names.has(l.alias.toLowerCase()))
            out.push({ name: l.alias.toLowerCase(), where: 'links' });
    for (const dep of Object.keys(s.dependsOn))
        if (names.has(dep.toLowerCase()))
            out.push({ name: dep.toLowerCase(), where: `depends_on.${dep}` });
    return out.filter((u) => u.name !== s.name.toLowerCase());
}

;// CONCATENATED MODULE: ./src/template/start-order.ts


/** Task name → the tasks it must start after (depends_on across tasks, and names it uses). */
function startOrder(ctx, tasks) {
    const taskOf = new Map();
    for (const t of tasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const edges = new Map(tasks.map((t) => [t.name, new Set()]));
    for (const t of tasks)
        for (const c of t.containers)
            for (const dep of Object.keys(c.dependsOn)) {
                const other = taskOf.get(dep);
                if (other && other !== t)
                    edges.get(t.name).add(other.name);
            }
    if (!ctx.options.serviceDiscovery)
        return edges;
    const owner = new Map();
    for (const t of tasks)
        for (const n of taskNames(ctx, t))
            owner.set(n, t.name);
    const names = new Set(owner.keys());
    const reaches = (from, to) => {
        const seen = new Set();
        const stack = [from];
        while (stack.length > 0) {
            const n = stack.pop();
            if (n === to)
                return true;
            if (seen.has(n))
                continue;
            seen.add(n);
            stack.push(...(edges.get(n) ?? []));
        }
        return false;
    };
    for (const t of [...tasks].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        for (const c of t.containers) {
            for (const use of namesUsedBy(c, names)) {
                const server = owner.get(use.name);
                if (server === t.name || edges.get(t.name).has(server))
                    continue;
                if (reaches(server, t.name)) {
                    ctx.warn(['services', c.name], `${c.name} names ${use.name} (${use.where}), but ${server} already starts after ${t.name}; ${c.name} may start before ${use.name} answers and must retry`);
                    continue;
                }
                edges.get(t.name).add(server);
            }
        }
    }
    return edges;
}

;// CONCATENATED MODULE: ./src/template/convert.ts






















function convert(loaded, options = {}) {
    const ctx = createContext(loaded, resolveOptions(options));
    const project = ctx.project;
    const parameters = addNetworkParameters(ctx);
    const cluster = addCluster(ctx);
    addLogGroup(ctx);
    const groups = addNetworks(ctx);
    const tasks = planTasks(ctx);
    const lb = planLoadBalancer(ctx, tasks);
    if (ctx.template.Resources[LB_ID] && lb.scheme === 'internet-facing')
        parameters.push(addLoadBalancerSubnetsParameter(ctx));
    else if (ctx.template.Resources[LB_ID]) {
        // An internal load balancer sits in the tasks' subnets: they must span two zones.
        const subnets = parameters.find((p) => p.kind === 'subnets');
        subnets.minCount = Math.max(subnets.minCount ?? 0, 2);
    }
    const taskOf = new Map();
    for (const t of tasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const taskGroups = (task) => {
        const names = Object.keys(task.main.networks).sort();
        for (const c of task.containers.slice(1)) {
            // A network_mode: service:<name> sidecar declares no networks of its own (compose forbids both).
            const own = Object.keys(c.networks).sort();
            if (own.length > 0 && own.join() !== names.join()) {
                ctx.warn(['services', c.name, 'networks'], `sidecar ${c.name} shares the network of ${task.name}; its own networks are ignored`);
            }
        }
        return names.map((n) => groups.get(n)).filter((g) => g !== undefined);
    };
    // Ingress for published ports goes on the first security group we create for the task.
    const ingressGroup = (task) => Object.keys(task.main.networks)
        .sort()
        .map((n) => groups.get(n))
        .find((g) => typeof g === 'object');
    addListeners(ctx, lb, ingressGroup);
    const secrets = planSecrets(ctx);
    parameters.push(...secrets.parameters);
    const volumes = planVolumes(ctx, tasks, groups);
    parameters.push(...volumes.parameters);
    const discovery = addDiscovery(ctx, tasks);
    const order = startOrder(ctx, tasks);
    const byName = new Map(tasks.map((t) => [t.name, t]));
    const portsOf = new Map();
    for (const p of lb.ports)
        portsOf.set(p.task, [...(portsOf.get(p.task) ?? []), p]);
    for (const task of tasks) {
        const exec = task.containers.some((c) => execEnabled(ctx, c));
        const ts = taskSecrets(ctx, task, secrets.sources);
        const tv = taskVolumes(ctx, task, volumes);
        const containers = new Map();
        const dependsOn = [...(order.get(task.name) ?? [])].map((name) => serviceId(byName.get(name)));
        // Every container starts after the DNS search list names the namespace, so bare compose names resolve.
        const initContainers = discovery
            ? [dnsSearchContainer(ctx, task.main), ...ts.initContainers]
            : ts.initContainers;
        const dnsReady = discovery ? [{ Condition: 'SUCCESS', ContainerName: DNS_INIT_CONTAINER }] : [];
        for (const c of task.containers) {
            const deps = containerDependencies(ctx, task, c, taskOf);
            let extra = mergeProperties(ts.containers.get(c.name) ?? {}, tv.containers.get(c.name));
            const after = [...dnsReady, ...deps.container];
            if (after.length > 0)
                extra = mergeProperties(extra, { DependsOn: after });
            if (Object.keys(extra).length > 0)
                containers.set(c.name, extra);
        }
        const executionRole = addExecutionRole(ctx, task, {
            images: [
                ...task.containers.map((c) => c.image ?? ''),
                ...(initContainers.length > 0 ? [ctx.options.secretsInitImage] : []),
            ],
            extraLogGroups: task.containers.flatMap((c) => logConfiguration(ctx, c).extraGroup ?? []),
            secretArns: ts.secretArns,
            parameterArns: ts.parameterArns,
        });
        const taskRole = addTaskRole(ctx, task, { statements: tv.statements, exec });
        const taskDefinition = addTaskDefinition(ctx, task, {
            containers,
            initContainers,
            volumes: [...ts.volumes, ...tv.volumes],
            executionRole,
            ...(taskRole !== undefined ? { taskRole } : {}),
        });
        const ports = portsOf.get(task) ?? [];
        if (ports.length > 5)
            ctx.error(['services', task.name, 'ports'], `an ECS service can attach to at most 5 target groups; ${task.name} publishes ${ports.length} ports`);
        const startPeriods = ports
            .map((p) => p.container.healthcheck?.startPeriod)
            .filter((v) => v !== undefined);
        // Services that mount EFS volumes run where the mount targets are.
        const efsSubnets = Array.from({ length: ctx.options.efsSubnetCount }, (_, i) => ({
            'Fn::Select': [i, ref(SUBNETS_PARAM)],
        }));
        addService(ctx, task, taskDefinition, {
            cluster,
            securityGroups: taskGroups(task),
            ...(tv.mountTargets.length > 0 ? { subnets: efsSubnets } : {}),
            loadBalancers: ports.map((p) => ({
                ContainerName: containerName(p.container.name),
                ContainerPort: p.port.target,
                TargetGroupArn: ref(`${p.id}TargetGroup`),
            })),
            dependsOn: [
                ...ports.flatMap((p) => [p.listenerId, ...(p.route ? [`${p.id}Rule`] : [])]),
                ...dependsOn,
                ...tv.mountTargets,
            ],
            ...(startPeriods.length > 0 ? { gracePeriod: Math.max(...startPeriods.map(Math.round)) } : {}),
            serviceRegistries: discovery ? serviceRegistries(discovery, task) : [],
            autoscaled: task.main.deploy?.aws?.autoscaling !== undefined,
            enableExec: exec,
        });
        addAutoscaling(ctx, task, clusterName(cluster), lb, ports);
    }
    (0,tags/* applyTags */.MU)(ctx, ctx.owners);
    const template = canonicalTemplate(applyOverlay(ctx, ctx.template, project.aws?.cloudformation));
    const body = serialize(template);
    for (const problem of checkLimits(template, body))
        ctx.errors.push(problem);
    const quotas = checkQuotas(template);
    ctx.errors.push(...quotas.errors);
    ctx.warnings.push(...quotas.warnings);
    if (ctx.errors.length > 0) {
        throw new src_errors/* UserError */.yo('convert', `cannot convert project ${project.name}: ${ctx.errors.length} problem(s)`, ctx.errors);
    }
    return { template, body, parameters, warnings: ctx.warnings };
}
/** depends_on within a task becomes container DependsOn (across tasks: start-order.ts). */
function containerDependencies(ctx, task, c, taskOf) {
    const container = [];
    for (const [dep, d] of Object.entries(c.dependsOn).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const other = taskOf.get(dep);
        const path = ['services', c.name, 'depends_on', dep];
        if (!other) {
            if (d.required)
                ctx.error(path, `depends on ${dep}, which is not a service of this project`);
            continue;
        }
        // ECS cannot order tasks of different services; start-order.ts makes CloudFormation create the other one first.
        if (other !== task)
            continue;
        const target = task.containers.find((x) => x.name === dep);
        if (d.condition === 'service_healthy' &&
            (!target.healthcheck?.test || target.healthcheck.disable || target.healthcheck.test[0] === 'NONE')) {
            ctx.error(path, `waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
        }
        const Condition = {
            service_started: 'START',
            service_healthy: 'HEALTHY',
            service_completed_successfully: 'SUCCESS',
        }[d.condition];
        container.push({ Condition, ContainerName: containerName(dep) });
    }
    return { container };
}

;// CONCATENATED MODULE: ./src/deploy/template-upload.ts




/**
 * Inline up to CloudFormation's 51,200 bytes; past that the template goes to the S3 bucket the
 * user named, under a content-addressed key, and the change set reads it from its URL (1 MB limit).
 */
async function templateSource(body, upload) {
    if (!templateBodyTooLarge(body))
        return { templateBody: body };
    const bucket = requireBucket(body, upload.bucket);
    const key = `compose-ecs/${upload.stackName}/${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}.json`;
    try {
        await upload.store.put(bucket, key, body);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', `uploading the template to s3://${bucket}/${key}`, err);
    }
    return { templateUrl: `https://${bucket}.s3.${upload.region}.amazonaws.com/${key}` };
}
/** A body over the inline limit needs the bucket (and at most 1 MB); says what to set otherwise. */
function requireBucket(body, bucket) {
    const bytes = Buffer.byteLength(body);
    if (!bucket) {
        throw new src_errors/* UserError */.yo('plan', `the template is ${bytes} bytes, over CloudFormation's inline limit of 51,200: set the template-bucket input to an S3 bucket the role may write to`);
    }
    if (bytes > 1_000_000)
        throw new src_errors/* UserError */.yo('plan', `the template is ${bytes} bytes, over CloudFormation's limit of 1 MB`);
    return bucket;
}

;// CONCATENATED MODULE: ./src/deploy/plan.ts







/**
 * Computes the change set: stack state, what it runs now, parameters from the account, the template
 * inline or from S3, then CreateChangeSet and its description. No secret content is written here:
 * the plan says what to store (writeFileSecrets) once the change set is ready to execute.
 */
async function planStack(request, aws, logger, poll) {
    const state = await (0,deploy_stack.prepareStack)(aws.stacks, request.stackName, logger, poll, {
        deleteFailedCreate: request.mode === 'deploy',
    });
    if (state.failedCreate)
        return replacementPreview(request, state.failedCreate, state.stackId);
    const before = state.isNew || !state.stackId ? undefined : await (0,template_source/* deployedTemplate */.B)(aws.stacks, state.stackId);
    // Compact JSON for the API (more projects stay under the inline limit); the file on disk stays readable.
    const source = await templateSource(JSON.stringify(JSON.parse(request.conversion.body)), {
        store: aws.templates,
        bucket: request.templateBucket,
        stackName: request.stackName,
        region: request.region,
    });
    const accountParameters = {
        ...(await networkParameters(aws.network, request.conversion.parameters, request.network)),
        ...(await retainedFileSystemParameters(efsFinder(aws.fileSystems), request.conversion.parameters, {
            project: request.project.name,
            stack: request.stackName,
            isNew: state.isNew,
            ...(state.parameters ? { current: state.parameters } : {}),
        }, logger)),
    };
    // Last, so nothing above can fail after a secret was created.
    const secrets = await fileSecretParameters(request.project, request.environment, request.stackName, request.conversion.parameters, request.mode, { secrets: aws.secrets, identity: aws.identity, logger });
    const parameters = { ...request.stack.parameterOverrides, ...accountParameters, ...secrets.parameters };
    const name = changeSetName('compose-ecs', request.now);
    const type = state.isNew ? 'CREATE' : 'UPDATE';
    const difference = request.forceChangeSet
        ? 'forced'
        : differenceFromStack(state, before, request, parameters);
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
        };
    }
    logger.debug(`a change set is needed; differs from the stack: ${difference}`);
    let outcome;
    try {
        outcome = await createChangeSet(aws.changeSets, {
            stackName: request.stackName,
            changeSetName: name,
            type,
            ...source,
            parameters,
            tags: request.tags,
            description: `compose-ecs ${request.mode} of ${request.project.name}`,
            ...(request.stack.roleArn ? { roleArn: request.stack.roleArn } : {}),
            ...(request.stack.notificationArns?.length
                ? { notificationArns: request.stack.notificationArns }
                : {}),
        }, poll);
    }
    catch (err) {
        // A CREATE change set leaves an empty REVIEW_IN_PROGRESS stack behind when it fails: remove it too.
        if (type === 'CREATE')
            await removeEmptyStack(aws.stacks, request.stackName, poll).catch(() => undefined);
        await discardCreatedSecrets(secrets, { secrets: aws.secrets, logger });
        throw err;
    }
    return { type, changeSetName: name, outcome, stackId: state.stackId, before, secrets };
}
/**
 * What differs from the stack, or undefined when it already runs exactly this: the deployed template
 * (GetTemplate) against the new one, every parameter value (a NoEcho value reads as **** and so never equals:
 * a change set then decides), the tags, the service role and the topics. Anything unknown counts as a difference.
 */
function differenceFromStack(state, before, request, parameters) {
    if (state.isNew || !before || !state.parameters || !state.settings)
        return 'the stack is new or unread';
    const { settings } = state;
    const differs = (a, b) => canonical(a) !== canonical(b);
    if (differs(before, request.conversion.template))
        return 'the template';
    const changed = Object.keys({ ...state.parameters, ...parameters }).filter((k) => state.parameters[k] !== parameters[k]);
    if (changed.length)
        return `parameters ${changed.sort().join(', ')}`;
    if (differs(settings.tags, request.tags))
        return 'the stack tags';
    if ((settings.roleArn ?? '') !== (request.stack.roleArn ?? ''))
        return 'the service role';
    if (differs([...settings.notificationArns].sort(), [...(request.stack.notificationArns ?? [])].sort()))
        return 'the notification topics';
    return undefined;
}
/** JSON with sorted keys, so equal values compare equal whatever their key order. */
function canonical(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v);
}
/**
 * A plan of a stack left by a failed first create: CloudFormation cannot make a change set for it, and
 * deleting it would change the account, so the plan shows the stack a deploy would create in its place.
 */
function replacementPreview(request, status, stackId) {
    const resources = request.conversion.template.Resources;
    const changes = Object.entries(resources)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([logicalId, r]) => ({
        action: 'Add',
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
async function removeEmptyStack(cfn, stackName, poll) {
    const stack = await (0,deploy_stack.describeStack)(cfn, stackName);
    if (stack?.StackStatus === 'REVIEW_IN_PROGRESS' && stack.StackId)
        await (0,deploy_stack.deleteStack)(cfn, stack.StackId, poll);
}
/** Removes what planning created: the change set, and for a new stack the empty REVIEW_IN_PROGRESS shell. */
async function discardPlan(aws, plan, poll, logger) {
    if (plan.outcome.changeSetId)
        await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
    if (plan.type === 'CREATE' && plan.outcome.stackId) {
        logger.info('removing the empty stack the plan created');
        await (0,deploy_stack.deleteStack)(aws.stacks, plan.outcome.stackId, poll);
    }
    await discardCreatedSecrets(plan.secrets, { secrets: aws.secrets, logger });
}

// EXTERNAL MODULE: ./src/compose/check-files.ts
var check_files = __webpack_require__(8090);
// EXTERNAL MODULE: ./src/images/command.ts + 12 modules
var command = __webpack_require__(6022);
;// CONCATENATED MODULE: ./src/images/remote-context.ts
// Git URLs as build contexts (`https://host/repo.git#ref:dir`, `git@host:repo.git#ref`), as the
// engines take them. The fingerprint of such a context is the commit its ref points at right now.


function gitContext(context) {
    const [url, fragment = ''] = context.split('#', 2);
    const isGit = /^(?:git:\/\/|git@|ssh:\/\/)/.test(url) || /^https?:\/\/.+\.git\/?$/.test(url);
    if (!isGit)
        return undefined;
    const [ref, subdir] = fragment.split(':', 2);
    return { url, ...(ref ? { ref } : {}), ...(subdir ? { subdir } : {}) };
}
/** The commit a Git context builds: its ref when that is a full commit id, else what the remote says. */
async function gitCommit(context) {
    if (context.ref && /^[0-9a-f]{40}$/.test(context.ref))
        return context.ref;
    const ref = context.ref ?? 'HEAD';
    const result = await (0,command/* runCommand */.d)('git', ['ls-remote', '--', context.url, ref]).catch((err) => {
        throw new src_errors/* UserError */.yo('images', `cannot run git to resolve the build context ${context.url}: ${err.message}`);
    });
    // Prefer an exact match (refs/heads/x, refs/tags/x, or HEAD); a peeled tag (^{}) names the commit itself.
    const lines = result.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t'));
    const peeled = lines.find(([, name]) => name.endsWith(`/${ref}^{}`));
    const exact = lines.find(([, name]) => name === ref || name.endsWith(`/${ref}`));
    const commit = (peeled ?? exact)?.[0];
    if (result.exitCode !== 0 || !commit)
        throw new src_errors/* UserError */.yo('images', `the build context ${context.url} has no ref "${ref}"${result.stderr.trim() ? `: ${result.stderr.trim()}` : ''}`);
    return commit;
}

;// CONCATENATED MODULE: ./src/images/build-support.ts
// Which compose build fields the images stage can honour, decided before anything is built.
// buildSupport: what no engine can do (checked in every mode, also convert). engineSupport: what the
// chosen engine cannot do, each error naming the field and the engine.


function builtServices(loaded) {
    return Object.values(loaded.project.services)
        .filter((s) => Boolean(s.build))
        .sort((a, b) => a.name.localeCompare(b.name));
}
function reporter(loaded, into) {
    return (path, message) => into.push({ message, path, location: loaded.sourceMap.locate(path) });
}
/** Errors and warnings for build fields no engine can apply here, located in the compose files. */
function buildSupport(loaded) {
    const errors = [];
    const warnings = [];
    const error = reporter(loaded, errors);
    const warn = reporter(loaded, warnings);
    for (const service of builtServices(loaded)) {
        const { build } = service;
        const base = ['services', service.name, 'build'];
        if ((0,check_files/* isRemoteContext */.u)(build.context) && !gitContext(build.context)) {
            error([...base, 'context'], 'only Git URLs (https://…/repo.git#ref:dir, git@…) are supported as remote build contexts: a tarball URL cannot be fingerprinted before the build');
        }
        (build.secrets ?? []).forEach((secret, i) => {
            const definition = loaded.project.secrets[secret.source];
            const at = [...base, 'secrets', i];
            if (!definition)
                error(at, `secret "${secret.source}" is not defined under the top-level secrets`);
            else if (!definition.file && !definition.environment)
                error(at, `secret "${secret.source}" has neither file nor environment: a build secret must come from this machine (an external secret lives in AWS and cannot reach the builder)`);
        });
        if (build.platforms.length && service.platform && !build.platforms.includes(service.platform)) {
            error([...base, 'platforms'], `build.platforms does not include the service's platform ${service.platform}: the task would run an image built for another platform`);
        }
        else if (build.platforms.length &&
            !service.platform &&
            !build.platforms.some((p) => /^linux\/(amd64|x86_64)$/.test(p))) {
            // Fargate runs X86_64 unless the task asks for ARM64 (the service's platform sets RuntimePlatform).
            error([...base, 'platforms'], `the image is built for ${build.platforms.join(', ')} only, but the task runs on linux/amd64: set the service's platform: ${build.platforms[0]}`);
        }
        if (build.tags?.some((tag) => tag.includes('@')))
            error([...base, 'tags'], 'build.tags names references, not digests: remove the @sha256:… part');
        if (build.privileged)
            warn([...base, 'privileged'], 'a privileged build runs its RUN steps with every capability of the builder host (buildx --allow security.insecure)');
    }
    return { errors, warnings };
}
/** Errors for build fields the chosen engine cannot apply: one per field, naming field and engine. */
function engineSupport(loaded, engine) {
    const errors = [];
    const error = reporter(loaded, errors);
    const can = engine.capabilities;
    const cannot = (service, field, why, detail = []) => error(['services', service, 'build', field, ...detail], `build.${field} cannot be applied by ${engine.description}: ${why}`);
    for (const service of builtServices(loaded)) {
        const { build, name } = service;
        if (build.platforms.length > 1 && !can.multiPlatform)
            cannot(name, 'platforms', 'it builds one platform at a time (use buildx with the docker-container driver)');
        if (build.additionalContexts && Object.keys(build.additionalContexts).length && !can.additionalContexts)
            cannot(name, 'additional_contexts', 'named build contexts need buildx or podman');
        (build.cacheTo ?? []).forEach((entry, i) => {
            if (can.cacheTo === 'none')
                cannot(name, 'cache_to', 'it exports no build cache (buildx with the docker-container driver does)', [
                    i,
                ]);
            else if (can.cacheTo === 'reference' && !isPlainReference(entry))
                cannot(name, 'cache_to', `it takes only a registry reference, not "${entry}"`, [i]);
        });
        (build.cacheFrom ?? []).forEach((entry, i) => {
            if (can.cacheFrom === 'reference' && !isPlainReference(entry))
                cannot(name, 'cache_from', `it takes only a registry reference, not "${entry}"`, [i]);
        });
        if (build.provenance !== undefined && !can.attestations)
            cannot(name, 'provenance', 'attestations need buildx with the docker-container driver');
        if (build.sbom !== undefined && !can.attestations)
            cannot(name, 'sbom', 'attestations need buildx with the docker-container driver');
        if (build.ulimits && Object.keys(build.ulimits).length && !can.ulimits)
            cannot(name, 'ulimits', 'its BuildKit ignores build ulimits');
        if (build.shmSize !== undefined && engine.name === 'buildkit')
            cannot(name, 'shm_size', "its BuildKit ignores the build's /dev/shm size");
        if (build.entitlements?.length && !can.entitlements)
            cannot(name, 'entitlements', 'entitlements are a buildx option');
        if (build.privileged && !can.entitlements)
            cannot(name, 'privileged', 'privileged builds need the security.insecure entitlement of buildx');
        (build.secrets ?? []).forEach((secret, i) => {
            if (!can.secretIdOk(secret.id))
                cannot(name, 'secrets', `the secret id ${JSON.stringify(secret.id)} cannot be passed (commas and newlines are not allowed)`, [i]);
        });
    }
    return errors;
}
/** `repo:tag`, `repo`, or `type=registry,ref=repo[:tag]` with nothing else. */
function isPlainReference(entry) {
    return /^type=registry,ref=[^,]+$/.test(entry) || !entry.includes('=');
}
/**
 * Build args and labels end up in the image's config and history, readable by anyone who can pull it:
 * a secret's value there is refused (use build secrets: instead), located in the compose files.
 */
function buildSecretLeaks(loaded, values) {
    const leaks = [];
    const error = reporter(loaded, leaks);
    for (const service of builtServices(loaded)) {
        for (const [field, record] of [
            ['args', service.build.args],
            ['labels', service.build.labels],
        ]) {
            for (const [key, text] of Object.entries(record)) {
                const hit = values.find((v) => text.includes(v.value));
                if (hit)
                    error(['services', service.name, 'build', field, key], `contains the value of secret ${hit.secret}, which would be stored in the image's history for anyone who can pull it; pass it with build secrets: instead`);
            }
        }
    }
    return leaks;
}
/** Environment build secrets whose variable is not set: found before anything is built. */
function unsetBuildSecrets(loaded, environment) {
    const errors = [];
    const error = reporter(loaded, errors);
    for (const service of builtServices(loaded)) {
        (service.build.secrets ?? []).forEach((secret, i) => {
            const variable = loaded.project.secrets[secret.source]?.environment;
            if (variable && environment[variable] === undefined)
                error(['services', service.name, 'build', 'secrets', i], `environment variable ${variable} of build secret ${secret.source} is not set: pass it to the step (env: ${variable}: \${{ secrets.${variable} }})`);
        });
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/images/ecr.ts


/** Decodes GetAuthorizationToken's `base64(user:password)`. The caller masks the password at once. */
async function getRegistryLogin(ecr) {
    let data;
    try {
        data = await ecr.authorizationToken();
    }
    catch (err) {
        throw (permissionFailure(err, 'ecr:GetAuthorizationToken', '*') ??
            (0,errors/* awsFailure */.MT)('images', 'ECR GetAuthorizationToken', err));
    }
    if (!data.token || !data.endpoint) {
        throw new src_errors/* UserError */.yo('images', 'ECR GetAuthorizationToken returned no token');
    }
    const decoded = Buffer.from(data.token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1)
        throw new src_errors/* UserError */.yo('images', 'ECR GetAuthorizationToken returned a token that is not user:password');
    return {
        registry: new URL(data.endpoint).host,
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
    };
}
const REPOSITORY_NAME = /^(?=.{2,256}$)[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;
function isValidRepositoryName(name) {
    return REPOSITORY_NAME.test(name);
}
/** What the repository's tag mutability says about rewriting a tag (exclusion filters are wildcards). */
function canRewrite(repository, tag) {
    const matches = (repository.imageTagMutabilityExclusionFilters ?? []).some((f) => new RegExp(`^${(f.filter ?? '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(tag));
    switch (repository.imageTagMutability) {
        case 'IMMUTABLE':
            return false;
        case 'IMMUTABLE_WITH_EXCLUSION':
            return matches;
        case 'MUTABLE_WITH_EXCLUSION':
            return !matches;
        default:
            return true;
    }
}
/**
 * Finds every repository in one DescribeRepositories call and creates the missing ones, with scan on
 * push, encryption and immutable content tags. Returns each name's URI.
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 */
async function ensureRepositories(ecr, names, settings) {
    const found = new Map();
    for (const repository of await describeRepositories(ecr, names)) {
        if (repository.repositoryName && repository.repositoryUri)
            found.set(repository.repositoryName, {
                uri: repository.repositoryUri,
                created: false,
                canRewrite: (tag) => canRewrite(repository, tag),
            });
    }
    for (const name of names.filter((n) => !found.has(n))) {
        const { tags, kmsKey, mutableTags } = settings(name);
        try {
            const created = await ecr.createRepository({ name, kmsKey, mutableTags, tags });
            const uri = created?.repositoryUri;
            if (!uri)
                throw new src_errors/* UserError */.yo('images', `ECR CreateRepository ${name} returned no URI`);
            found.set(name, { uri, created: true, canRewrite: (tag) => mutableTags.includes(tag) });
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:CreateRepository', name) ??
                (0,errors/* awsFailure */.MT)('images', `ECR CreateRepository ${name}`, err));
        }
    }
    return found;
}
/**
 * One call when every repository exists (the steady state). A missing name fails the whole call, so
 * then each name is looked up on its own: the same repository-scoped permission, never a listing of the
 * registry (which a policy scoped to repository/PREFIX/* would refuse).
 */
async function describeRepositories(ecr, names) {
    const describe = async (repositoryNames) => {
        try {
            return await ecr.repositories(repositoryNames);
        }
        catch (err) {
            if ((0,errors/* errorName */.Is)(err) === 'RepositoryNotFoundException')
                return undefined;
            throw (permissionFailure(err, 'ecr:DescribeRepositories', repositoryNames.join(', ')) ??
                (0,errors/* awsFailure */.MT)('images', 'ECR DescribeRepositories', err));
        }
    };
    // DescribeRepositories takes up to 100 names.
    const batches = [];
    for (let i = 0; i < names.length; i += 100)
        batches.push(names.slice(i, i + 100));
    const found = [];
    for (const batch of batches) {
        const all = await describe(batch);
        if (all)
            found.push(...all);
        else
            for (const one of await Promise.all(batch.map((n) => describe([n]))))
                found.push(...(one ?? []));
    }
    return found;
}
/** An access-denied failure as one line naming the repository and the IAM action the role lacks. */
function permissionFailure(err, action, repository) {
    const text = `${(0,errors/* errorName */.Is)(err)} ${(0,errors/* errorMessage */.gJ)(err)}`;
    if (!/AccessDenied|not authorized|UnauthorizedOperation|denied/i.test(text))
        return undefined;
    return deniedError(text, action, repository);
}
/** Names the action AWS reported as missing, else the one the call needed. */
function deniedError(text, action, repository) {
    const reported = /not authorized to perform: ([a-z0-9-]+:[A-Za-z]+)/.exec(text)?.[1];
    return new src_errors/* UserError */.yo('images', `access denied to ECR repository ${repository}: the role needs ${reported ?? action} on it (see the README's IAM policy) [${text.trim().split('\n').pop()}]`);
}

;// CONCATENATED MODULE: ./src/images/lifecycle.ts


/** Above ECR's default quota of images per repository (20,000): a keep rule that never expires. */
const NEVER = 20000;
function lifecyclePolicy(keep) {
    const rule = (rulePriority, description, pattern, countNumber) => ({
        rulePriority,
        description,
        selection: {
            tagStatus: 'tagged',
            tagPatternList: [pattern],
            countType: 'imageCountMoreThan',
            countNumber,
        },
        action: { type: 'expire' },
    });
    return JSON.stringify({
        rules: [
            rule(1, 'compose-ecs: images a release uses are kept', 'release-*', NEVER),
            rule(2, 'compose-ecs: the registry build cache is kept', 'buildcache', NEVER),
            rule(3, `compose-ecs: keep the last ${keep} builds`, 'src-*', keep),
        ],
    });
}
/** Puts the policy on each repository whose policy differs (one GetLifecyclePolicy each, in parallel). */
async function applyLifecyclePolicy(ecr, repositories, keep) {
    const wanted = lifecyclePolicy(keep);
    const changed = [];
    await Promise.all(repositories.map(async (repositoryName) => {
        let current;
        try {
            current = await ecr.lifecyclePolicy(repositoryName);
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:GetLifecyclePolicy', repositoryName) ??
                (0,errors/* awsFailure */.MT)('images', `ECR GetLifecyclePolicy ${repositoryName}`, err));
        }
        if (current && JSON.stringify(JSON.parse(current)) === wanted)
            return;
        await ecr.putLifecyclePolicy(repositoryName, wanted).catch((err) => {
            throw (permissionFailure(err, 'ecr:PutLifecyclePolicy', repositoryName) ??
                (0,errors/* awsFailure */.MT)('images', `ECR PutLifecyclePolicy ${repositoryName}`, err));
        });
        changed.push(repositoryName);
    }));
    return changed.sort();
}
/** A tag name for a release: `release-` and the release's id, in ECR's tag alphabet, at most 128 characters. */
function releaseTag(id) {
    return `release-${id.replace(/[^A-Za-z0-9_.-]/g, '-')}`.slice(0, 128);
}
/**
 * Tags every built image a release runs with the release's tag (the documented way to retag in ECR:
 * BatchGetImage, then PutImage of the same manifest under the new tag).
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-retag.html
 */
async function tagRelease(ecr, images, tag) {
    await Promise.all(images
        .filter((i) => i.repository && i.digest)
        .map(async ({ repository, digest }) => {
        const what = `${repository}@${digest}`;
        let found;
        try {
            found = await ecr.tagImage(repository, digest, tag);
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:BatchGetImage and ecr:PutImage', repository) ??
                (0,errors/* awsFailure */.MT)('images', `tagging ${what} as ${tag}`, err));
        }
        if (!found)
            throw (0,errors/* awsFailure */.MT)('images', `tagging ${what} as ${tag}`, new Error(`ECR returned no manifest for ${what}`));
    }));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/images/dockerignore.ts
// .dockerignore patterns, enough to leave ignored files out of the build-input hash the way the
// engine leaves them out of the build context: `#` comments, `!` exceptions, `*`, `?`, `**`.
function toRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            // `**/` matches any number of directories, including none.
            out += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += pattern[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A pattern names a path and everything below it.
    return new RegExp(`^${out}(?:/.*)?$`);
}
function parseDockerignore(text) {
    const rules = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => {
        const negate = line.startsWith('!');
        const pattern = (negate ? line.slice(1) : line)
            .trim()
            .replace(/^\/+/, '')
            .replace(/^\.\//, '')
            .replace(/\/+$/, '');
        return { negate, regexp: toRegExp(pattern) };
    });
    // The last matching rule decides, as in Docker.
    return (path) => {
        let ignored = false;
        for (const rule of rules)
            if (rule.regexp.test(path))
                ignored = !rule.negate;
        return ignored;
    };
}

;// CONCATENATED MODULE: ./src/images/build-inputs.ts





/**
 * A fingerprint of everything a build reads: the Dockerfile (or dockerfile_inline), every file of the
 * context and of each local additional context that .dockerignore lets through (path, mode and
 * content) or a Git context's commit, build args, labels, target, platforms, secret and ssh ids (never
 * secret values), and the build's network settings.
 * Used as the image tag, so an unchanged service is neither rebuilt nor pushed, and every run of
 * an unchanged project pins the same digest (a no-op deploy stays a no-op even without a build cache).
 */
async function buildInputsHash(build, dockerfile, platforms = build.platforms) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const add = (label, value) => {
        hash.update(`${label}\0${Buffer.byteLength(value)}\0`);
        hash.update(value);
    };
    add('dockerfile', 'text' in dockerfile ? dockerfile.text : await (0,promises_.readFile)(dockerfile.path));
    await addContext(add, 'context', build.context);
    for (const [name, source] of sorted(build.additionalContexts ?? {})) {
        add('named-context', name);
        await addContext(add, `context:${name}`, source);
    }
    for (const [key, value] of sorted(build.args))
        add(`arg:${key}`, value);
    for (const [key, value] of sorted(build.labels))
        add(`label:${key}`, value);
    add('target', build.target ?? '');
    add('platform', platforms.join(','));
    // Fields added later hash only when written, so tags of builds that do not use them stay the same.
    for (const secret of build.secrets ?? [])
        add('secret-id', secret.id);
    for (const ssh of build.ssh ?? [])
        add('ssh-id', ssh.id);
    if (build.network)
        add('network', build.network);
    for (const host of build.extraHosts ?? [])
        add('extra-host', host);
    if (build.shmSize !== undefined)
        add('shm-size', String(build.shmSize));
    for (const [name, limit] of sorted(build.ulimits ?? {}))
        add(`ulimit:${name}`, `${limit.soft}:${limit.hard}`);
    for (const entitlement of build.entitlements ?? [])
        add('entitlement', entitlement);
    if (build.privileged)
        add('privileged', 'true');
    return hash.digest('hex');
}
function sorted(record) {
    return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** A local directory's files, a Git context's commit, or (images, services, stages) the name itself. */
async function addContext(add, label, source) {
    const git = gitContext(source);
    if (git) {
        add(`${label}:git`, `${git.url}#${await gitCommit(git)}:${git.subdir ?? ''}`);
        return;
    }
    if (!source.startsWith('/')) {
        // docker-image://, service:, target: — named, not read here. An image by tag can move;
        // pin it by digest for builds that must follow it.
        add(`${label}:named`, source);
        return;
    }
    const ignore = parseDockerignore(await (0,promises_.readFile)((0,external_node_path_.join)(source, '.dockerignore'), 'utf8').catch(() => ''));
    for (const file of await contextFiles(source, ignore)) {
        const stat = await (0,promises_.lstat)(file.absolute);
        add(label === 'context' ? 'path' : `${label}:path`, file.relative);
        add('mode', String(stat.mode & 0o777));
        add('content', stat.isSymbolicLink() ? `link:${await (0,promises_.readlink)(file.absolute)}` : await (0,promises_.readFile)(file.absolute));
    }
}
async function contextFiles(root, ignore) {
    const files = [];
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const absolute = (0,external_node_path_.join)(dir, entry.name);
            const rel = (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
            if (ignore(rel))
                continue;
            if (entry.isDirectory())
                await walk(absolute);
            else if (entry.isFile() || entry.isSymbolicLink())
                files.push({ relative: rel, absolute });
        }
    };
    await walk(root);
    // Byte order, not locale order: the same tree must hash the same everywhere.
    return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/images/prepare-build.ts
// From a compose service to the engine's BuildRequest: the content tag, the Dockerfile (a private
// file for dockerfile_inline), build secrets as files (an environment secret is written to a private
// 0600 file for the build and removed after it), the default registry cache and attestations.






async function prepareBuild(service, options) {
    const { build } = service;
    let privateDir;
    const privateFile = async (name, content) => {
        privateDir ??= await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'compose-ecs-build-'));
        const file = (0,external_node_path_.join)(privateDir, name);
        await (0,promises_.writeFile)(file, content, { mode: 0o600 });
        return file;
    };
    const cleanup = async () => {
        if (privateDir)
            await (0,promises_.rm)(privateDir, { recursive: true, force: true });
    };
    try {
        const platforms = build.platforms.length ? build.platforms : service.platform ? [service.platform] : [];
        const remote = gitContext(build.context);
        const dockerfile = build.dockerfileInline !== undefined
            ? await privateFile('Dockerfile', build.dockerfileInline)
            : remote || (0,external_node_path_.isAbsolute)(build.dockerfile)
                ? build.dockerfile
                : (0,external_node_path_.join)(build.context, build.dockerfile);
        const fingerprint = await buildInputsHash(build, build.dockerfileInline !== undefined || remote
            ? { text: build.dockerfileInline ?? build.dockerfile }
            : { path: dockerfile }, platforms);
        const tag = `src-${fingerprint.slice(0, 32)}`;
        const secrets = [];
        for (const [i, secret] of (build.secrets ?? []).entries()) {
            const definition = options.secrets[secret.source];
            if (definition?.file)
                secrets.push({ id: secret.id, file: definition.file });
            else {
                const value = definition?.environment ? options.environment[definition.environment] : undefined;
                if (value === undefined)
                    throw new src_errors/* UserError */.yo('images', `build secret "${secret.source}" of service "${service.name}" has no value: set ${definition?.environment ?? 'its environment variable'}`);
                secrets.push({ id: secret.id, file: await privateFile(`secret-${i}`, value) });
            }
        }
        const userCache = Boolean(build.cacheFrom?.length || build.cacheTo?.length);
        const request = {
            service: service.name,
            context: build.context,
            dockerfile,
            tags: [`${options.repositoryUri}:${tag}`, ...(build.tags ?? [])],
            args: build.args,
            labels: {
                ...build.labels,
                'com.docker.compose.project': options.projectName,
                'com.docker.compose.service': service.name,
            },
            target: build.target,
            platforms,
            secrets,
            ssh: build.ssh ?? [],
            additionalContexts: build.additionalContexts ?? {},
            cacheFrom: build.cacheFrom ?? [],
            cacheTo: build.cacheTo ?? [],
            cacheRef: options.cache && !userCache && !build.noCache ? `${options.repositoryUri}:buildcache` : undefined,
            extraHosts: build.extraHosts ?? [],
            network: build.network,
            shmSize: build.shmSize,
            pull: build.pull ?? false,
            noCache: build.noCache ?? false,
            ulimits: build.ulimits ?? {},
            entitlements: [...(build.entitlements ?? []), ...(build.privileged ? ['security.insecure'] : [])],
            provenance: build.provenance ?? options.provenance,
            sbom: build.sbom ?? options.sbom,
        };
        return { request, repository: options.repository, repositoryUri: options.repositoryUri, tag, cleanup };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/images/run-builds.ts
// Runs builds in parallel, up to a limit. Each build's output is buffered and printed as one group
// when it ends, with its duration, so parallel logs never interleave. After a failure no new build
// starts; the running ones finish (their pushes are complete, content-tagged images, never half a
// state the next run would trust), then the stage fails with the failed build's last lines.


async function runBuilds(plans, engine, logger, concurrency, now = () => performance.now()) {
    const results = [];
    const failures = [];
    const queue = [...plans];
    const worker = async () => {
        for (let plan = queue.shift(); plan && !failures.length; plan = queue.shift()) {
            const service = plan.request.service;
            const lines = [];
            const started = now();
            try {
                const digest = await engine.buildAndPush(plan.request, (line) => lines.push(line));
                const durationMs = now() - started;
                lines.push(`pushed ${plan.request.tags[0]} as ${digest}`);
                await printGroup(logger, `image: ${service} (built and pushed in ${seconds(durationMs)})`, lines);
                results.push({ plan, digest, durationMs });
            }
            catch (error) {
                await printGroup(logger, `image: ${service} (failed after ${seconds(now() - started)})`, lines);
                failures.push({ service, error: explainDenied(error, plan) });
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, plans.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failures.length) {
        const skipped = plans.length - results.length - failures.length;
        if (skipped > 0)
            logger.info(`${skipped} build(s) not started after the failure`);
        throw failures[0].error;
    }
    return results;
}
async function printGroup(logger, title, lines) {
    await logger.group(title, async () => {
        for (const line of lines)
            logger.info(line);
    });
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
const PUSH_ACTIONS = 'ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage';
/** A push the registry refused for lack of permission names the repository and the IAM action. */
function explainDenied(error, plan) {
    if (!(error instanceof src_errors/* UserError */.yo))
        return error;
    if (!/not authorized to perform|^denied:|\bdenied: /im.test(error.message))
        return error;
    const line = error.message.split('\n').find((l) => /not authorized to perform|denied/i.test(l)) ?? error.message;
    return deniedError(line, PUSH_ACTIONS, plan.repository);
}

;// CONCATENATED MODULE: ./src/images/pin.ts






const CACHE_TAG = 'buildcache';
/** ECR repository per built service: `<prefix>/<service>`, lowercase as ECR requires. */
function repositoryName(prefix, service) {
    return `${prefix}/${service}`.toLowerCase();
}
/**
 * Builds every service that has `build:` (in parallel, up to `concurrency`), pushes it to ECR after
 * one token login, and returns the project with each built service's `image` pinned to
 * `repository@digest` as the registry reported it. An image whose content tag the registry already has
 * is neither built nor pushed. Services without `build:` keep their image as written.
 */
async function buildAndPushImages(project, deps, options = {}) {
    const prefix = options.repositoryPrefix ?? project.name;
    const built = Object.values(project.services)
        .filter((s) => Boolean(s.build))
        .sort((a, b) => a.name.localeCompare(b.name));
    const invalid = built
        .map((s) => repositoryName(prefix, s.name))
        .filter((name) => !isValidRepositoryName(name));
    if (invalid.length) {
        throw new src_errors/* UserError */.yo('images', `not valid ECR repository names: ${invalid.join(', ')} (set repository-prefix)`);
    }
    const images = [];
    const services = { ...project.services };
    if (built.length) {
        const engine = deps.engine;
        if (!engine)
            throw new Error('internal: services are built but no engine was chosen');
        const cache = options.cache !== false && engine.capabilities.defaultCache !== 'none';
        if ((options.provenance || options.sbom) && !engine.capabilities.attestations)
            deps.logger.warning(`provenance and sbom are not produced by ${engine.description}: they need buildx with the docker-container driver`);
        const login = await getRegistryLogin(deps.registry);
        deps.logger.mask(login.password);
        const names = built.map((s) => repositoryName(prefix, s.name));
        const serviceOf = (name) => built.find((s) => repositoryName(prefix, s.name) === name);
        const repositories = await ensureRepositories(deps.registry, names, (name) => ({
            tags: {
                'com.docker.compose.project': project.name,
                'com.docker.compose.service': serviceOf(name).name,
            },
            kmsKey: options.kmsKey,
            // build.tags into the same repository (e.g. :latest) are rewritten by every build: keep them mutable.
            mutableTags: [
                ...(cache ? [CACHE_TAG] : []),
                ...(serviceOf(name).build.tags ?? [])
                    .filter((t) => t.startsWith(`${login.registry}/${name}:`))
                    .map((t) => t.slice(`${login.registry}/${name}:`.length)),
            ],
        }));
        for (const [name, { created }] of repositories)
            if (created)
                deps.logger.info(`created ECR repository ${name}`);
        if (options.lifecycleKeep) {
            const changed = await applyLifecyclePolicy(deps.registry, names, options.lifecycleKeep);
            if (changed.length)
                deps.logger.info(`lifecycle policy (keep the last ${options.lifecycleKeep} builds) put on ${changed.join(', ')}`);
        }
        const plans = await Promise.all(built.map((service) => {
            const repository = repositoryName(prefix, service.name);
            return prepareBuild(service, {
                repository,
                repositoryUri: repositories.get(repository).uri,
                projectName: project.name,
                // A repository someone made fully immutable cannot take a rewritten cache tag: no default cache there.
                cache: cache && repositories.get(repository).canRewrite(CACHE_TAG),
                provenance: options.provenance,
                sbom: options.sbom,
                environment: options.environment ?? process.env,
                secrets: project.secrets,
            });
        }));
        const records = await buildMissing(plans, login, { ...deps, engine }, options.concurrency ?? (0,external_node_os_.availableParallelism)());
        for (const record of records) {
            images.push(record);
            services[record.service] = { ...project.services[record.service], image: record.uri };
        }
    }
    for (const service of Object.values(project.services)) {
        if (!service.build && service.image)
            images.push({ service: service.name, uri: service.image, pushed: false });
    }
    images.sort((a, b) => a.service.localeCompare(b.service));
    return { project: { ...project, services }, images };
}
/** Asks the registry for every content tag, then builds (in parallel) only the images it lacks. */
async function buildMissing(plans, login, deps, concurrency) {
    const existing = await Promise.all(plans.map((p) => deps.registry.manifestDigest(login, p.repository, p.tag)));
    const records = [];
    const missing = [];
    plans.forEach((plan, i) => {
        const digest = existing[i];
        if (!digest)
            return missing.push(plan);
        deps.logger.info(`${plan.repository}:${plan.tag} is already in the registry (${digest}): nothing to build`);
        records.push(record(plan, digest, false));
    });
    try {
        if (missing.length) {
            await deps.engine.login(login.registry, login.username, login.password);
            const results = await runBuilds(missing, deps.engine, deps.logger, concurrency);
            // The registry's own digest for the content tag is what a task pulls: it is the one pinned, whatever
            // an engine reported (older buildx with the docker driver reported the image id, not the digest).
            const pushed = await Promise.all(results.map((r) => deps.registry.manifestDigest(login, r.plan.repository, r.plan.tag)));
            results.forEach(({ plan, digest, durationMs }, i) => {
                const stored = pushed[i];
                if (!stored)
                    throw new src_errors/* UserError */.yo('images', `${plan.repository}:${plan.tag} was pushed but the registry does not have it`);
                if (stored !== digest)
                    deps.logger.info(`${plan.repository}:${plan.tag}: the engine reported ${digest}, the registry stores ${stored}`);
                records.push({ ...record(plan, stored, true), durationMs });
            });
        }
    }
    finally {
        await Promise.all(plans.map((p) => p.cleanup()));
    }
    return records;
}
function record(plan, digest, pushed) {
    return {
        service: plan.request.service,
        uri: `${plan.repositoryUri}@${digest}`,
        repository: plan.repository,
        tag: plan.tag,
        digest,
        pushed,
    };
}

// EXTERNAL MODULE: ./src/stack-name.ts
var stack_name = __webpack_require__(7911);
// EXTERNAL MODULE: ./src/deploy/stack-settings.ts
var stack_settings = __webpack_require__(1817);
;// CONCATENATED MODULE: ./src/report/sensitive.ts
/**
 * Changes a reviewer should look at twice: IAM, ingress open to the internet, internet-facing
 * load balancers. Only resources that this plan adds or modifies are flagged.
 */
function sensitiveChanges(after, diff) {
    const touched = new Set([...diff.added, ...diff.modified]);
    const notes = [];
    for (const id of [...touched].sort()) {
        const resource = after.Resources[id];
        if (!resource)
            continue;
        const props = resource.Properties ?? {};
        if (resource.Type.startsWith('AWS::IAM::'))
            notes.push(`${id}: IAM ${resource.Type.slice('AWS::IAM::'.length)} changes permissions`);
        if (resource.Type === 'AWS::EC2::SecurityGroup' || resource.Type === 'AWS::EC2::SecurityGroupIngress') {
            const rules = resource.Type === 'AWS::EC2::SecurityGroupIngress'
                ? [props]
                : (props.SecurityGroupIngress ?? []);
            for (const rule of rules) {
                if (rule.CidrIp === '0.0.0.0/0' || rule.CidrIpv6 === '::/0') {
                    const ports = rule.FromPort === rule.ToPort
                        ? `port ${String(rule.FromPort)}`
                        : `ports ${String(rule.FromPort)}-${String(rule.ToPort)}`;
                    notes.push(`${id}: ingress open to the internet on ${ports}/${String(rule.IpProtocol ?? 'tcp')}`);
                }
            }
        }
        if (resource.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' && props.Scheme !== 'internal') {
            notes.push(`${id}: internet-facing load balancer`);
        }
    }
    return notes;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(7291);
;// CONCATENATED MODULE: ./src/report/template-diff.ts

/**
 * What changes between the deployed template and the new one, computed locally: resource-level sets
 * (a reviewer's `cdk diff`), the container images that change, and a unified text diff.
 * It does not need CloudFormation's change-set details, which not every endpoint provides.
 */
function diffTemplates(before, after) {
    const old = before?.Resources ?? {};
    const next = after.Resources;
    const added = Object.keys(next)
        .filter((id) => !(id in old))
        .sort();
    const removed = Object.keys(old)
        .filter((id) => !(id in next))
        .sort();
    const modified = Object.keys(next)
        .filter((id) => id in old && template_diff_canonical(old[id]) !== template_diff_canonical(next[id]))
        .sort();
    const beforeText = before ? `${JSON.stringify(before, null, 2)}\n` : '';
    const afterText = `${JSON.stringify(after, null, 2)}\n`;
    const unified = beforeText === afterText
        ? ''
        : (0,create/* createTwoFilesPatch */.ss)('deployed', 'planned', beforeText, afterText, undefined, undefined, {
            context: 3,
        })
            .split('\n')
            .filter((line) => !/^(Index: |={10,})/.test(line)) // the banner lines say nothing here
            .join('\n');
    return { added, removed, modified, images: imageChanges(before, after), unified };
}
function template_diff_canonical(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v);
}
function containerImages(template) {
    const images = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        if (resource.Type !== 'AWS::ECS::TaskDefinition')
            continue;
        const containers = (resource.Properties?.ContainerDefinitions ?? []);
        for (const c of containers) {
            if (typeof c.Image === 'string')
                images.set(`${id}/${c.Name}`, { resource: id, container: c.Name ?? '', image: c.Image });
        }
    }
    return images;
}
function imageChanges(before, after) {
    const old = containerImages(before);
    const next = containerImages(after);
    const changes = [];
    for (const key of new Set([...old.keys(), ...next.keys()])) {
        const a = old.get(key);
        const b = next.get(key);
        if (a?.image === b?.image)
            continue;
        changes.push({
            resource: (b ?? a).resource,
            container: (b ?? a).container,
            from: a?.image,
            to: b?.image,
        });
    }
    return changes.sort((x, y) => `${x.resource}/${x.container}`.localeCompare(`${y.resource}/${y.container}`));
}

;// CONCATENATED MODULE: ./src/run.ts




















/**
 * The pipeline both shells run: load → images → convert → plan → deploy → report.
 * Each stage throws a UserError that names where it failed; nothing after it runs.
 */
async function run(options, deps) {
    const { logger } = deps;
    const loaded = await deps.logger.group('load the compose project', async () => {
        const result = await (0,load.loadProject)(options.load);
        for (const w of result.warnings)
            logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
        logger.info(`project ${result.project.name}: ${Object.keys(result.project.services).length} services`);
        return result;
    });
    const build = buildSupport(loaded);
    for (const w of build.warnings)
        logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    if (build.errors.length && options.mode !== 'convert') {
        throw new src_errors/* UserError */.yo('load', `${build.errors.length} build option(s) cannot be applied`, build.errors);
    }
    const stackName = (0,stack_name.resolveStackName)(options.stackName, loaded.project.name);
    try {
        return await runStages(options, deps, loaded, stackName);
    }
    catch (err) {
        // The shells name the stack in what they post (the comment marker), also for an early failure.
        if (err && typeof err === 'object' && !('stackName' in err))
            Object.assign(err, { stackName });
        throw err;
    }
}
async function runStages(options, deps, loaded, stackName) {
    const { logger } = deps;
    // Convert once before building anything: a converter error must stop the run before a push.
    const preview = convertProject(withPreviewImages(loaded), options, logger);
    const secrets = await (0,secret_guard/* secretValues */.VX)(loaded, options.load.environment);
    for (const { value } of secrets)
        logger.mask(value);
    // convert needs no secret values (the template takes their ARNs as parameters); plan and deploy do.
    const unset = options.mode === 'convert'
        ? []
        : [
            ...(0,secret_guard/* unsetSecrets */.rW)(loaded, options.load.environment),
            ...unsetBuildSecrets(loaded, options.load.environment),
        ];
    if (unset.length)
        throw new src_errors/* UserError */.yo('load', `${unset.length} secret(s) have no value`, unset);
    const leaks = (0,secret_guard/* secretLeaks */.H4)(loaded, secrets);
    if (leaks.length)
        throw new src_errors/* UserError */.yo('convert', `${leaks.length} field(s) would put a secret's value into the template`, leaks);
    const imageLeaks = buildSecretLeaks(loaded, secrets);
    if (imageLeaks.length)
        throw new src_errors/* UserError */.yo('load', `${imageLeaks.length} build field(s) would put a secret's value into an image`, imageLeaks);
    if (options.mode === 'convert') {
        await writeTemplate(options.templatePath, preview.body);
        const report = baseReport(options, loaded, stackName, preview, []);
        return { report, hasChanges: false, images: [], templatePath: options.templatePath, conversion: preview };
    }
    const overrideProblems = (0,stack_settings/* parameterOverrideProblems */._)(options.stack?.parameterOverrides ?? {}, preview.template.Parameters ?? {}, preview.parameters);
    if (overrideProblems.length)
        throw new src_errors/* UserError */.yo('inputs', overrideProblems.join('; '));
    const aws = required(deps.aws, 'AWS clients');
    const clock = deps.clock ?? systemClock;
    // What can refuse the run later is checked before anything is built or pushed.
    (0,deploy_stack.refuseBlockedStack)(stackName, (await (0,deploy_stack.describeStack)(aws.stacks, stackName))?.StackStatus);
    const engine = await chooseEngine(loaded, deps.engine);
    // The pushed images' names are longer than the preview's, so a preview over the inline limit is
    // certainly too large: say so now rather than after the push.
    const previewBody = JSON.stringify(JSON.parse(preview.body));
    if (templateBodyTooLarge(previewBody))
        requireBucket(previewBody, options.templateBucket);
    const { project, images } = await buildAndPushImages(loaded.project, { registry: aws.registry, engine, logger }, { ...options.images, repositoryPrefix: options.repositoryPrefix, environment: options.load.environment }).finally(() => engine?.dispose());
    const conversion = convertProject({ ...loaded, project }, options, logger, false);
    await writeTemplate(options.templatePath, conversion.body);
    const report = baseReport(options, loaded, stackName, conversion, images);
    report.redactions = secrets.map((s) => s.value);
    report.region = await aws.identity.region().catch(() => undefined);
    // The URLs are a convenience: failing to read them never fails a deploy that succeeded.
    const urlsOf = (stackId) => stackUrls(aws, stackId, conversion.template).catch((err) => {
        logger.warning(`could not read the service URLs: ${err.message}`);
        return {};
    });
    // One budget for the whole wait (change set, stack, rollout), as the wait-timeout input promises.
    const poll = {
        intervalMs: options.pollIntervalMs ?? 2000,
        timeoutMs: options.waitTimeoutMs,
        deadline: clock.now() + options.waitTimeoutMs,
        now: clock.now,
        sleep: clock.sleep,
    };
    const plan = await logger.group(`plan stack ${stackName}`, () => planStack({
        stackName,
        project,
        conversion,
        mode: options.mode === 'deploy' ? 'deploy' : 'plan',
        environment: options.load.environment,
        network: {
            vpcId: options.vpcId,
            subnetIds: options.subnetIds,
            publicSubnetIds: options.publicSubnetIds,
            privateSubnets: options.privateSubnets,
        },
        templateBucket: options.templateBucket,
        region: report.region ?? '',
        tags: { ...options.stack?.tags, 'com.docker.compose.project': loaded.project.name, ...options.tags },
        stack: options.stack ?? {},
        forceChangeSet: options.forceChangeSet ?? false,
        now: new Date(clock.now()),
    }, aws, logger, poll));
    const { outcome } = plan;
    report.changeSetType = plan.type;
    report.changeSetName = plan.changeSetName;
    report.diff = diffTemplates(plan.before, conversion.template);
    report.sensitive = sensitiveChanges(conversion.template, report.diff);
    report.hasChanges = outcome.kind !== 'no-changes';
    if (outcome.kind !== 'no-changes')
        report.changes = outcome.changes;
    if (outcome.kind === 'preview') {
        logger.warning(outcome.reason);
        report.warnings.unshift(outcome.reason);
    }
    else
        logger.info(outcome.kind === 'ready'
            ? `change set ${plan.changeSetName}: ${outcome.changes.length} resource changes`
            : `no changes: ${outcome.reason}`);
    const result = {
        report,
        // A plan of a new stack removes the stack it created: there is no stack to name.
        stackId: options.mode === 'plan' && plan.type === 'CREATE' ? undefined : (outcome.stackId ?? plan.stackId),
        changeSetId: outcome.changeSetId,
        hasChanges: outcome.kind !== 'no-changes',
        images,
        templatePath: options.templatePath,
        conversion,
    };
    if (options.mode === 'plan' || outcome.kind !== 'ready') {
        // A plan never leaves a change set behind; the next run computes a fresh one.
        await discardPlan(aws, plan, poll, logger);
        if (options.mode === 'deploy') {
            report.deploy = {
                state: 'skipped',
                rollout: [],
                urls: result.stackId ? await urlsOf(result.stackId) : {},
            };
        }
        report.apiCalls = aws.calls.total;
        return result;
    }
    const deploy = {
        state: 'in-progress',
        rollout: [],
        resources: [],
        urls: {},
    };
    report.deploy = deploy;
    await deps.onReport?.(report, false);
    try {
        // With a lifecycle policy, the images this release runs are tagged before it executes, so the
        // policy never expires an image a deployed release uses.
        if (options.images?.lifecycleKeep)
            await tagRelease(aws.registry, images, releaseTag(`${stackName}-${plan.changeSetName}`));
        // The content of file secrets is stored only now, under the version ids the change set pins.
        await writeFileSecrets(plan.secrets, { secrets: aws.secrets, logger });
    }
    catch (err) {
        // The change set never executes: leave none behind (nor the empty stack and secrets it made).
        await discardPlan(aws, plan, poll, logger).catch((e) => logger.warning(`could not remove the change set: ${e.message}`));
        deploy.state = 'failed';
        deploy.error = err instanceof Error ? err.message : String(err);
        report.apiCalls = aws.calls.total;
        throw Object.assign(err, { report, result });
    }
    try {
        deploy.rollout = await deployChangeSet(aws, {
            stackId: outcome.stackId,
            changeSetId: outcome.changeSetId,
            stackName,
            template: conversion.template,
            disableRollback: options.stack?.disableRollback,
        }, logger, poll, {
            onEvent: (e) => {
                if (e.type === 'AWS::CloudFormation::Stack')
                    return;
                const row = { logicalId: e.logicalId, type: e.type, status: e.status, reason: e.reason };
                const at = deploy.resources.findIndex((r) => r.logicalId === e.logicalId);
                if (at >= 0)
                    deploy.resources[at] = row;
                else
                    deploy.resources.push(row);
                // The commenter spaces edits out and runs them one at a time; a lost update is harmless.
                void deps.onReport?.(report, false).catch(() => undefined);
            },
            onRollout: async (rows) => {
                deploy.rollout = rows;
                await deps.onReport?.(report, false);
            },
        });
        deploy.state = 'succeeded';
        if (plan.type === 'CREATE' && options.stack?.terminationProtection)
            await protectStack(aws, outcome.stackId, logger);
        deploy.urls = await urlsOf(outcome.stackId);
    }
    catch (err) {
        deploy.state = 'failed';
        deploy.error = err instanceof Error ? err.message : String(err);
        const diagnosis = err.diagnosis;
        if (diagnosis)
            deploy.diagnosis = diagnosis;
        report.apiCalls = aws.calls.total;
        // The shells still report what is known: the plan, the images, the stack.
        throw Object.assign(err, { report, result });
    }
    report.apiCalls = aws.calls.total;
    return result;
}
/** termination-protection: turned on once the stack exists (a change set cannot set it). */
async function protectStack(aws, stackId, logger) {
    try {
        await aws.stacks.setTerminationProtection(stackId, true);
        logger.info('termination protection is on: the stack cannot be deleted until it is turned off');
    }
    catch (err) {
        // The release runs; only the protection is missing: say so loudly, without failing the deploy.
        logger.warning(`could not turn termination protection on: ${err.message}`);
    }
}
/** Built services have no image until they are pushed: stand in a name so the converter can check the rest. */
function withPreviewImages(loaded) {
    const services = Object.fromEntries(Object.entries(loaded.project.services).map(([name, s]) => [
        name,
        s.image || !s.build ? s : { ...s, image: `${name}:compose-ecs-preview` },
    ]));
    return { ...loaded, project: { ...loaded.project, services } };
}
/** The builder, checked against every build field before anything is built: one error per field it cannot apply. */
async function chooseEngine(loaded, engine) {
    if (!Object.values(loaded.project.services).some((s) => s.build))
        return undefined;
    const chosen = await (typeof engine === 'function' ? engine() : required(engine, 'a container engine'));
    const errors = engineSupport(loaded, chosen);
    if (errors.length) {
        await chosen.dispose();
        throw new src_errors/* UserError */.yo('load', `${errors.length} build option(s) cannot be applied by ${chosen.description}`, errors);
    }
    return chosen;
}
function required(value, what) {
    if (!value)
        throw new Error(`internal: the pipeline needs ${what} in this mode`);
    return value;
}
function convertProject(loaded, options, logger, log = true) {
    const conversion = convert(loaded, options.convert);
    if (log)
        for (const w of conversion.warnings)
            logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    return conversion;
}
async function writeTemplate(path, body) {
    if (path === undefined)
        return;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, body);
}
function baseReport(options, loaded, stackName, conversion, images) {
    return {
        mode: options.mode === 'deploy' ? 'deploy' : 'plan',
        project: loaded.project.name,
        stackName,
        hasChanges: false,
        changes: [],
        images,
        sensitive: [],
        warnings: [...loaded.warnings, ...conversion.warnings].map(src_errors/* formatDiagnostic */.xy),
    };
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultStackName: () => (/* binding */ defaultStackName),
/* harmony export */   resolveStackName: () => (/* binding */ resolveStackName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The CloudFormation stack a compose project deploys to. Compose project names allow `_` and a leading digit
// (`my_app`, `2048`); stack names do not: "[a-zA-Z][-a-zA-Z0-9]*", at most 128 characters
// (AWS::CloudFormation::Stack / CreateStack StackName constraints). A default derived from the project name
// must therefore be made valid, and stay the same from run to run (it addresses the stack).


const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;
const MAX = 128;
/**
 * The default stack name for a project: every character outside [A-Za-z0-9-] becomes `-`, a name that does not
 * start with a letter gets the prefix `compose-`, and a name over 128 characters keeps its first 119 and ends
 * with `-` and 8 hex characters of the SHA-256 of the whole project name (so two long names stay distinct).
 */
function defaultStackName(projectName) {
    let name = projectName.replace(/[^A-Za-z0-9-]/g, '-');
    if (!/^[A-Za-z]/.test(name))
        name = `compose-${name}`;
    if (name.length > MAX) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(projectName).digest('hex').slice(0, 8);
        name = `${name.slice(0, MAX - hash.length - 1)}-${hash}`;
    }
    return name;
}
/** The stack to use: the user's name as given (refused when CloudFormation would refuse it), else the default. */
function resolveStackName(given, projectName) {
    if (!given)
        return defaultStackName(projectName);
    if (!STACK_NAME.test(given)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('inputs', `stack-name "${given}" is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128)`);
    }
    return given;
}


/***/ }),

/***/ 2589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MU: () => (/* binding */ applyTags),
/* harmony export */   dt: () => (/* binding */ SERVICE_TAG),
/* harmony export */   hc: () => (/* binding */ PROJECT_TAG)
/* harmony export */ });
/* unused harmony exports TAG_PROPERTY, tagList */
const PROJECT_TAG = 'com.docker.compose.project';
const SERVICE_TAG = 'com.docker.compose.service';
const TAG_PROPERTY = {
    'AWS::ECS::Cluster': 'Tags',
    'AWS::ECS::Service': 'Tags',
    'AWS::ECS::TaskDefinition': 'Tags',
    'AWS::Logs::LogGroup': 'Tags',
    'AWS::IAM::Role': 'Tags',
    'AWS::EC2::SecurityGroup': 'Tags',
    'AWS::EC2::SecurityGroupIngress': null,
    'AWS::ElasticLoadBalancingV2::LoadBalancer': 'Tags',
    'AWS::ElasticLoadBalancingV2::TargetGroup': 'Tags',
    'AWS::ElasticLoadBalancingV2::Listener': null,
    'AWS::ElasticLoadBalancingV2::ListenerRule': null,
    'AWS::EFS::FileSystem': 'FileSystemTags',
    'AWS::EFS::AccessPoint': 'AccessPointTags',
    'AWS::EFS::MountTarget': null,
    'AWS::ServiceDiscovery::HttpNamespace': 'Tags',
    'AWS::ServiceDiscovery::PrivateDnsNamespace': 'Tags',
    'AWS::ServiceDiscovery::Service': 'Tags',
    'AWS::ServiceDiscovery::Instance': null,
    'AWS::ApplicationAutoScaling::ScalableTarget': null,
    'AWS::ApplicationAutoScaling::ScalingPolicy': null,
};
function tagList(project, service, extra = {}) {
    const tags = [{ Key: PROJECT_TAG, Value: project }];
    if (service !== undefined)
        tags.push({ Key: SERVICE_TAG, Value: service });
    for (const key of Object.keys(extra).sort())
        if (key !== PROJECT_TAG && key !== SERVICE_TAG)
            tags.push({ Key: key, Value: extra[key] });
    return tags;
}
/** Adds tags to every generated resource; `owners` maps logical IDs to the compose service they belong to. */
function applyTags(ctx, owners) {
    for (const [id, resource] of Object.entries(ctx.template.Resources)) {
        const prop = TAG_PROPERTY[resource.Type];
        if (!prop)
            continue;
        const props = (resource.Properties ??= {});
        const existing = props[prop] ?? [];
        const mine = tagList(ctx.project.name, owners.get(id));
        props[prop] = [...mine, ...existing.filter((t) => !mine.some((m) => m.Key === t.Key))];
    }
}


/***/ })

};

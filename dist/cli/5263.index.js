export const id = 5263;
export const ids = [5263,2371];
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

/***/ 6807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ cheapestFit),
/* harmony export */   Ob: () => (/* binding */ usableMemoryMiB),
/* harmony export */   Pi: () => (/* binding */ GPU_INSTANCE_TYPES),
/* harmony export */   Sh: () => (/* binding */ gpuInstanceType),
/* harmony export */   dT: () => (/* binding */ gpusOn),
/* harmony export */   hH: () => (/* binding */ misfit)
/* harmony export */ });
/* unused harmony export USABLE_MEMORY_SHARE */
const t = (name, vcpus, memoryGiB, gpus, enis, usdPerHour) => ({
    name,
    vcpus,
    memoryGiB,
    gpus,
    enis,
    usdPerHour,
});
/** g4dn (NVIDIA T4), g6 (NVIDIA L4), g5 (NVIDIA A10G): cheapest first. */
const GPU_INSTANCE_TYPES = [
    t('g4dn.xlarge', 4, 16, 1, 3, 0.526),
    t('g4dn.2xlarge', 8, 32, 1, 3, 0.752),
    t('g6.xlarge', 4, 16, 1, 4, 0.8048),
    t('g6.2xlarge', 8, 32, 1, 4, 0.9776),
    t('g5.xlarge', 4, 16, 1, 4, 1.006),
    t('g4dn.4xlarge', 16, 64, 1, 3, 1.204),
    t('g5.2xlarge', 8, 32, 1, 4, 1.212),
    t('g6.4xlarge', 16, 64, 1, 8, 1.3232),
    t('g5.4xlarge', 16, 64, 1, 8, 1.624),
    t('g6.8xlarge', 32, 128, 1, 8, 2.0144),
    t('g4dn.8xlarge', 32, 128, 1, 4, 2.176),
    t('g5.8xlarge', 32, 128, 1, 8, 2.448),
    t('g6.16xlarge', 64, 256, 1, 15, 3.3968),
    t('g4dn.12xlarge', 48, 192, 4, 8, 3.912),
    t('g5.16xlarge', 64, 256, 1, 8, 4.096),
    t('g4dn.16xlarge', 64, 256, 1, 4, 4.352),
    t('g6.12xlarge', 48, 192, 4, 8, 4.6016),
    t('g5.12xlarge', 48, 192, 4, 15, 5.672),
    t('g6.24xlarge', 96, 384, 4, 15, 6.6752),
    t('g4dn.metal', 96, 384, 8, 15, 7.824),
    t('g5.24xlarge', 96, 384, 4, 15, 8.144),
    t('g6.48xlarge', 192, 768, 8, 15, 13.3504),
    t('g5.48xlarge', 192, 768, 8, 7, 16.288),
];
/**
 * The share of an instance's memory a task may reserve: the kernel, the ECS agent and the NVIDIA driver keep
 * the rest, and ECS registers the instance with less than its nominal memory
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/memory-management.html).
 */
const USABLE_MEMORY_SHARE = 0.9;
const MIB = 1024 * 1024;
function usableMemoryMiB(type) {
    return Math.floor(type.memoryGiB * 1024 * USABLE_MEMORY_SHARE);
}
function gpuInstanceType(name) {
    return GPU_INSTANCE_TYPES.find((x) => x.name === name);
}
/** Why a type does not fit a need, or undefined when it does. */
function misfit(type, need) {
    if (need.gpus !== 'all' && need.gpus > type.gpus)
        return `${type.name} has ${type.gpus} GPU${type.gpus === 1 ? '' : 's'}, ${need.gpus} are asked for`;
    if (need.cpus > type.vcpus)
        return `${type.name} has ${type.vcpus} vCPUs, ${need.cpus} are asked for`;
    const mib = Math.ceil(need.memoryBytes / MIB);
    if (mib > usableMemoryMiB(type))
        return `${type.name} leaves tasks ${usableMemoryMiB(type)} MiB of its ${type.memoryGiB} GiB, ${mib} MiB are asked for`;
    return undefined;
}
/** The cheapest listed type that fits (`all` fits any type: it takes what the type has). */
function cheapestFit(need) {
    return GPU_INSTANCE_TYPES.find((type) => misfit(type, need) === undefined);
}
/** How many GPUs a task reserves on a type: `all` becomes the type's count. */
function gpusOn(type, count) {
    return count === 'all' ? type.gpus : count;
}


/***/ }),

/***/ 5398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ watchRollout),
/* harmony export */   P: () => (/* binding */ readRollouts),
/* harmony export */   b8: () => (/* binding */ stackServices),
/* harmony export */   hl: () => (/* binding */ RolloutFailed)
/* harmony export */ });
/* unused harmony exports rolloutOf, withDeployment */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _template_gpu_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8693);
/* harmony import */ var _runtime_poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4415);
/* harmony import */ var _stack_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2371);
/* harmony import */ var _service_deployments_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9497);






/**
 * The ECS services a stack owns, with their clusters and the task definitions the template gives
 * them, from the stack's resources (its Outputs may be empty).
 */
async function stackServices(cfn, stackId, template) {
    const resources = await (0,_stack_js__WEBPACK_IMPORTED_MODULE_4__.listStackResources)(cfn, stackId);
    const cluster = resources.find((r) => r.ResourceType === 'AWS::ECS::Cluster')?.PhysicalResourceId;
    const physical = new Map(resources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
    const taskDefinitionOf = (serviceId) => {
        const ref = template?.Resources[serviceId]?.Properties?.TaskDefinition
            ?.Ref;
        return ref ? physical.get(ref) : undefined;
    };
    // A GPU service's group, read back from the template (service → capacity provider → group); the group's
    // physical resource ID is its name (AWS::AutoScaling::AutoScalingGroup, Ref).
    const gpuOf = new Map((0,_template_gpu_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .gpuSummaries */ .ph)(template).flatMap((g) => {
        const group = physical.get(g.autoScalingGroupId);
        return group ? [[g.serviceId, { group, instanceType: g.instanceType }]] : [];
    }));
    return resources
        .filter((r) => r.ResourceType === 'AWS::ECS::Service' && r.PhysicalResourceId)
        .map((r) => {
        const gpu = gpuOf.get(r.LogicalResourceId);
        return {
            logicalId: r.LogicalResourceId,
            arn: r.PhysicalResourceId,
            cluster: clusterOf(r.PhysicalResourceId) ?? cluster ?? 'default',
            taskDefinition: taskDefinitionOf(r.LogicalResourceId),
            ...(gpu ? { gpu } : {}),
        };
    })
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
    const serving = (service.deployments ?? [])
        .filter((d) => d !== primary && (d.runningCount ?? 0) > 0)
        .map((d) => `${d.taskDefinition?.split('/').pop() ?? 'another revision'} (${d.runningCount} running)`);
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
        ...(serving.length ? { serving } : {}),
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
/** ECS's circuit breaker rolled a service back; `diagnosis` says why its last task stopped, once read. */
class RolloutFailed extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    failedService;
    diagnosis;
    constructor(message, failedService) {
        super(message);
        this.failedService = failedService;
    }
}
/**
 * Waits until every service's primary deployment has completed, reporting each poll.
 * Fails with ECS's own reason when the circuit breaker rolled a deployment back.
 */
async function watchRollout(ecs, services, poll, onProgress = () => { }, follower, instances) {
    let rows = [];
    const result = await (0,_runtime_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g3)(async () => {
        rows = await readRollouts(ecs, services, follower, false, instances);
        await onProgress(rows);
        const failed = rows.find((r) => r.failed);
        if (failed) {
            // Which service, so the caller can say why its tasks stopped (failure-report.ts).
            const service = services.find((s) => s.logicalId === failed.logicalId);
            throw new RolloutFailed(`ECS rolled back service ${failed.name}: ${failed.reason ?? 'the deployment failed'}${failed.latestEvent && failed.latestEvent !== failed.reason ? ` (latest event: ${failed.latestEvent})` : ''}`, service && { ...service, name: failed.name });
        }
        return rows.every((r) => r.done) ? rows : undefined;
    }, poll);
    if (!result.done) {
        const waiting = rows
            .filter((r) => !r.done)
            .map((r) => `${r.name} (${[`${r.running}/${r.desired} running`, r.instances, r.reason ?? r.latestEvent].filter(Boolean).join('; ')})`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`rollout did not complete within the wait timeout: ${waiting.join(', ')}`);
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
/**
 * A row with ECS's own account of the deployment merged in: a rollback or a stopped deployment is a failure
 * with its cause, and a deployment ECS has not finished (a bake, a traffic shift) is not done yet.
 */
function withDeployment(row, view) {
    if (!view)
        return row;
    const failed = row.failed || view.rolledBack || view.status === 'STOPPED';
    const reason = view.rolledBack
        ? (0,_service_deployments_js__WEBPACK_IMPORTED_MODULE_5__/* .rollbackCause */ .kn)(view)
        : view.status === 'STOPPED'
            ? `ECS stopped the deployment${view.reason ? `: ${view.reason}` : ''}`
            : row.reason;
    return {
        ...row,
        deployment: view,
        failed,
        done: !failed && row.done && view.status === 'SUCCESSFUL',
        ...(reason ? { reason } : {}),
    };
}
/**
 * Every service's row, with its deployment as ECS reports it when a follower reads them, and a waiting GPU
 * service's instances when an InstanceWatch is given.
 */
async function readRollouts(ecs, services, follower, listAgain = false, instances) {
    let rows = await describeRollouts(ecs, services);
    if (follower) {
        const views = await follower.read(services, listAgain);
        rows = rows.map((r) => withDeployment(r, views.get(r.logicalId)));
    }
    return instances ? instances.annotate(services, rows) : rows;
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
                throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)('ECS DescribeServices', err);
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

/***/ 9497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iW: () => (/* binding */ DeploymentFollower),
/* harmony export */   kn: () => (/* binding */ rollbackCause)
/* harmony export */ });
/* unused harmony export deploymentView */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);

const ROLLBACK = new Set([
    'ROLLBACK_REQUESTED',
    'ROLLBACK_IN_PROGRESS',
    'ROLLBACK_SUCCESSFUL',
    'ROLLBACK_FAILED',
]);
const FINISHED = new Set(['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']);
/** The view of one described deployment; `bakeSince` is when this run first saw it bake (ms). */
function deploymentView(d, now, bakeSince) {
    const status = d.status ?? 'PENDING';
    const bake = d.deploymentConfiguration?.bakeTimeInMinutes;
    const bakeMinutesLeft = d.lifecycleStage === 'BAKE_TIME' && bake !== undefined
        ? Math.max(0, Math.ceil(bake - (now - (bakeSince ?? now)) / 60_000))
        : undefined;
    const breaker = d.deploymentCircuitBreaker;
    const alarms = d.alarms;
    return {
        arn: d.serviceDeploymentArn ?? '',
        status,
        ...(d.lifecycleStage ? { stage: d.lifecycleStage } : {}),
        ...(d.deploymentConfiguration?.strategy ? { strategy: d.deploymentConfiguration.strategy } : {}),
        ...(d.targetServiceRevision?.requestedProductionTrafficWeight !== undefined
            ? { trafficPercent: d.targetServiceRevision.requestedProductionTrafficWeight }
            : {}),
        ...(bakeMinutesLeft !== undefined ? { bakeMinutesLeft } : {}),
        ...(breaker && breaker.status !== 'DISABLED'
            ? {
                circuitBreaker: {
                    status: breaker.status,
                    failures: breaker.failureCount ?? 0,
                    ...(breaker.threshold !== undefined ? { threshold: breaker.threshold } : {}),
                },
            }
            : {}),
        ...(alarms && alarms.status !== 'DISABLED'
            ? {
                alarms: {
                    status: alarms.status,
                    names: alarms.alarmNames ?? [],
                    triggered: alarms.triggeredAlarmNames ?? [],
                },
            }
            : {}),
        ...(d.statusReason ? { reason: d.statusReason } : {}),
        ...(d.rollback
            ? { rollback: { reason: d.rollback.reason, revision: d.rollback.serviceRevisionArn } }
            : {}),
        finished: FINISHED.has(status),
        rolledBack: ROLLBACK.has(status),
    };
}
/** Why ECS rolled a deployment back, in one sentence: which alarm, the circuit breaker's count, ECS's reason. */
function rollbackCause(view) {
    const causes = [];
    if (view.alarms?.triggered.length)
        causes.push(`CloudWatch alarm${view.alarms.triggered.length > 1 ? 's' : ''} ${view.alarms.triggered.join(', ')} went into ALARM`);
    if (view.circuitBreaker?.status === 'TRIGGERED')
        causes.push(`the deployment circuit breaker counted ${view.circuitBreaker.failures}${view.circuitBreaker.threshold !== undefined ? ` of ${view.circuitBreaker.threshold}` : ''} failed tasks`);
    const said = view.rollback?.reason ?? view.reason;
    if (said && !causes.some((c) => said.includes(c)))
        causes.push(said);
    const where = view.stage ? ` during ${view.stage}` : '';
    return `${causes.join('; ') || 'ECS gave no reason'}${where} (${view.status})`;
}
/**
 * Follows the deployments this run started, one per service. The first read lists each service's
 * deployments created since the run began; once known, only DescribeServiceDeployments is asked (20 a
 * call), and a finished deployment is not asked again.
 */
class DeploymentFollower {
    ecs;
    since;
    logger;
    now;
    /** Why the API could not be used; set once, and then nothing is asked again. */
    unavailable;
    found = new Map();
    /** Services already listed: after the stack settled, a service with no deployment of this run has none. */
    listed = new Set();
    /**
     * The ECS services the stack operation's events name (logical ids): once there is one, only those can
     * have a deployment of this run, and no other is listed. With none seen (an emulator that reports no
     * service events, or a page of events missed), every service is listed once.
     */
    touched;
    last = new Map();
    bakeSince = new Map();
    constructor(ecs, since, logger, now = Date.now) {
        this.ecs = ecs;
        this.since = since;
        this.logger = logger;
        this.now = now;
    }
    /**
     * The views of the services' deployments (by logical id); services without one this run are left out.
     * `listAgain`: while CloudFormation works a service's deployment may not have started yet, so a service
     * with none is listed again; once the stack has settled each service is listed once.
     */
    async read(services, listAgain = false) {
        if (this.unavailable)
            return this.last;
        try {
            for (const s of services) {
                if (this.found.has(s.logicalId) || (this.listed.has(s.logicalId) && !listAgain))
                    continue;
                if (this.touched?.size && !this.touched.has(s.logicalId))
                    continue;
                this.listed.add(s.logicalId);
                const listed = await this.ecs.deployments(s.cluster, s.arn, this.since);
                // The newest one created since the run began: the deployment this run's change started.
                const newest = [...listed].sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0))[0];
                if (newest?.serviceDeploymentArn)
                    this.found.set(s.logicalId, newest.serviceDeploymentArn);
            }
            const open = services
                .filter((s) => this.found.has(s.logicalId) && !this.last.get(s.logicalId)?.finished)
                .map((s) => s.logicalId);
            for (let i = 0; i < open.length; i += 20) {
                const batch = open.slice(i, i + 20);
                const described = await this.ecs.describeDeployments(batch.map((id) => this.found.get(id)));
                for (const id of batch) {
                    const d = described.find((x) => x.serviceDeploymentArn === this.found.get(id));
                    if (!d)
                        continue;
                    if (d.lifecycleStage === 'BAKE_TIME' && !this.bakeSince.has(id))
                        this.bakeSince.set(id, this.now());
                    this.last.set(id, deploymentView(d, this.now(), this.bakeSince.get(id)));
                }
            }
        }
        catch (err) {
            this.giveUp(err);
        }
        return this.last;
    }
    /** The deployment ECS rolled back, first found, with its service. */
    rolledBack() {
        for (const [logicalId, view] of this.last)
            if (view.rolledBack)
                return { logicalId, view };
        return undefined;
    }
    /** The deployments still running (to stop one when the run is cancelled with no stack update in flight). */
    inFlight() {
        return [...this.last].filter(([, v]) => !v.finished).map(([logicalId, view]) => ({ logicalId, view }));
    }
    giveUp(err) {
        const message = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err);
        const name = err.name ?? '';
        this.unavailable = message;
        // Views that can no longer be refreshed would hold the rollout open: DescribeServices decides alone.
        this.last.clear();
        // A denied call needs the deploy role changed; a missing one (an emulator, an older partition) does not.
        const denied = /AccessDenied|not authorized/i.test(`${name} ${message}`);
        const said = `ECS service deployments could not be read (${message}); the rollout is followed through DescribeServices alone, without lifecycle stages, traffic shares or alarms`;
        if (denied)
            this.logger.warning(`${said}. Allow ecs:ListServiceDeployments and ecs:DescribeServiceDeployments to see them.`);
        else
            this.logger.info(said);
    }
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
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsFailure */ .MT)('CloudFormation GetTemplate', err);
    }
    if (!body)
        return undefined;
    // Our templates are JSON; a stack someone edited by hand may hold YAML (a superset of JSON).
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(body);
}


/***/ }),

/***/ 5263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatStatus: () => (/* binding */ formatStatus),
/* harmony export */   stackStatus: () => (/* binding */ stackStatus)
/* harmony export */ });
/* harmony import */ var _deploy_rollout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5398);
/* harmony import */ var _deploy_stack_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2371);
/* harmony import */ var _deploy_template_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5839);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _template_tags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2589);





async function stackStatus(aws, stackName) {
    const stack = await (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_1__.describeStack)(aws.stacks, stackName);
    if (!stack?.StackId || stack.StackStatus === 'DELETE_COMPLETE')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`stack ${stackName} does not exist (deploy it first, or name it with --stack-name)`);
    const services = await (0,_deploy_rollout_js__WEBPACK_IMPORTED_MODULE_0__/* .stackServices */ .b8)(aws.stacks, stack.StackId);
    // ECS names the services itself; the deployed template tags each with its compose name.
    const template = await (0,_deploy_template_source_js__WEBPACK_IMPORTED_MODULE_2__/* .deployedTemplate */ .B)(aws.stacks, stack.StackId).catch(() => undefined);
    const composeName = (logicalId) => template?.Resources[logicalId]?.Properties?.Tags?.find((t) => t.Key === _template_tags_js__WEBPACK_IMPORTED_MODULE_4__/* .SERVICE_TAG */ .dt)?.Value;
    const out = [];
    for (const s of services) {
        const [described] = (await aws.services.describe(s.cluster, [s.arn])).services;
        const primary = described?.deployments?.find((d) => d.status === 'PRIMARY');
        const tasks = await aws.services.runningTasks(s.cluster, s.arn);
        out.push({
            service: String(composeName(s.logicalId) ?? described?.serviceName ?? s.logicalId),
            ...(described?.taskDefinition ? { taskDefinition: described.taskDefinition.split('/').pop() } : {}),
            ...(primary?.rolloutState ? { rollout: primary.rolloutState } : {}),
            running: described?.runningCount ?? 0,
            desired: described?.desiredCount ?? 0,
            pending: described?.pendingCount ?? 0,
            tasks: tasks.map((t) => [t.taskArn?.split('/').pop(), t.lastStatus, t.healthStatus].filter(Boolean).join(' ')),
        });
    }
    return { stackStatus: stack.StackStatus ?? 'UNKNOWN', services: out };
}
/** A plain table, like `docker compose ps`. */
function formatStatus(stackName, status) {
    const rows = [
        ['SERVICE', 'TASK DEFINITION', 'ROLLOUT', 'RUNNING', 'TASKS'],
        ...status.services.map((s) => [
            s.service,
            s.taskDefinition ?? '-',
            s.rollout ?? '-',
            `${s.running}/${s.desired}${s.pending ? ` (+${s.pending} pending)` : ''}`,
            s.tasks.join(', ') || '-',
        ]),
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    const table = rows.map((r) => r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd());
    return [`stack ${stackName}: ${status.stackStatus}`, ...table].join('\n') + '\n';
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


/***/ }),

/***/ 8693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ gpuSentence),
/* harmony export */   b_: () => (/* binding */ tasksPerInstance),
/* harmony export */   ph: () => (/* binding */ gpuSummaries)
/* harmony export */ });
/* harmony import */ var _compose_gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6807);
// What a template's GPU capacity amounts to, read back from its resources (service → capacity provider →
// Auto Scaling group → launch template's instance type; the task definition's GPU ResourceRequirements):
// for the plan's sentence in compose words and the plan-time quota and network checks.

const refOf = (v) => typeof v === 'object' && v !== null && typeof v.Ref === 'string'
    ? v.Ref
    : undefined;
function serviceName(r, fallback) {
    const tags = (r.Properties?.Tags ?? []);
    const tag = tags.find((t) => t.Key === 'com.docker.compose.service')?.Value;
    return typeof tag === 'string' ? tag : fallback;
}
/** Tasks per instance: the GPUs it has over the GPUs a task takes, and one network interface per task. */
function tasksPerInstance(type, gpusPerTask) {
    return Math.max(1, Math.min(Math.floor(type.gpus / Math.max(1, gpusPerTask)), type.enis - 1));
}
function gpuSummaries(template) {
    const resources = template?.Resources ?? {};
    const out = [];
    for (const [id, r] of Object.entries(resources)) {
        if (r.Type !== 'AWS::ECS::Service')
            continue;
        const strategy = (r.Properties?.CapacityProviderStrategy ?? []);
        const provider = strategy
            .map((s) => resources[refOf(s.CapacityProvider) ?? ''])
            .find((p) => p?.Type === 'AWS::ECS::CapacityProvider');
        const asgId = refOf(provider?.Properties?.AutoScalingGroupProvider
            ?.AutoScalingGroupArn);
        const asg = resources[asgId ?? ''];
        const ltId = refOf(asg?.Properties?.LaunchTemplate?.LaunchTemplateId);
        const data = resources[ltId ?? '']?.Properties?.LaunchTemplateData;
        if (!asgId || typeof data?.InstanceType !== 'string')
            continue;
        const taskDefinition = resources[refOf(r.Properties?.TaskDefinition) ?? ''];
        const containers = (taskDefinition?.Properties?.ContainerDefinitions ?? []);
        const gpusPerTask = containers
            .flatMap((c) => c.ResourceRequirements ?? [])
            .filter((q) => q.Type === 'GPU')
            .reduce((n, q) => n + Number(q.Value), 0);
        const type = (0,_compose_gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .gpuInstanceType */ .Sh)(data.InstanceType);
        const desired = r.Properties?.DesiredCount;
        const tasks = typeof desired === 'number' ? desired : undefined;
        out.push({
            service: serviceName(r, id),
            serviceId: id,
            instanceType: data.InstanceType,
            ...(type ? { type } : {}),
            gpusPerTask,
            ...(tasks !== undefined ? { tasks } : {}),
            ...(tasks !== undefined && type
                ? { instances: Math.ceil(tasks / tasksPerInstance(type, gpusPerTask)) }
                : {}),
            maxInstances: Number(asg?.Properties?.MaxSize ?? 0),
            autoScalingGroupId: asgId,
        });
    }
    return out.sort((a, b) => (a.service < b.service ? -1 : 1));
}
/** "trainer runs on 1 g4dn.xlarge instance, 1 GPU, scaled by ECS". */
function gpuSentence(s) {
    const gpus = `${s.gpusPerTask} GPU${s.gpusPerTask === 1 ? '' : 's'}${s.tasks !== undefined && s.tasks !== 1 ? ' per task' : ''}`;
    const on = s.instances !== undefined
        ? `${s.instances} ${s.instanceType} instance${s.instances === 1 ? '' : 's'}`
        : `${s.instanceType} instances (at most ${s.maxInstances})`;
    return `${s.service} runs on ${on}, ${gpus}, scaled by ECS`;
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
    'AWS::ECS::ClusterCapacityProviderAssociations': null,
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
    'AWS::ElasticLoadBalancingV2::ListenerCertificate': null,
    'AWS::CertificateManager::Certificate': 'Tags',
    'AWS::Route53::RecordSet': null,
    'AWS::EFS::FileSystem': 'FileSystemTags',
    'AWS::EFS::AccessPoint': 'AccessPointTags',
    'AWS::EFS::MountTarget': null,
    'AWS::ServiceDiscovery::HttpNamespace': 'Tags',
    'AWS::ServiceDiscovery::PrivateDnsNamespace': 'Tags',
    'AWS::ServiceDiscovery::Service': 'Tags',
    'AWS::ServiceDiscovery::Instance': null,
    'AWS::ApplicationAutoScaling::ScalableTarget': null,
    'AWS::ApplicationAutoScaling::ScalingPolicy': null,
    // Its resource schema lists tagging, but CloudFormation takes no Tags property on it (cfn-lint E3002).
    'AWS::IAM::InstanceProfile': null,
    'AWS::EC2::LaunchTemplate': null,
    'AWS::AutoScaling::AutoScalingGroup': 'Tags',
    'AWS::ECS::CapacityProvider': 'Tags',
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
        // An Auto Scaling group's tags say whether its instances get them: they do (cost allocation per service).
        const mine = tagList(ctx.project.name, owners.get(id)).map((t) => resource.Type === 'AWS::AutoScaling::AutoScalingGroup' ? { ...t, PropagateAtLaunch: true } : t);
        props[prop] = [...mine, ...existing.filter((t) => !mine.some((m) => m.Key === t.Key))];
    }
}


/***/ })

};

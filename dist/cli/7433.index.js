export const id = 7433;
export const ids = [7433,7911];
export const modules = {

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

/***/ 1987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ proxyAgents),
/* harmony export */   ab: () => (/* binding */ registryFetch)
/* harmony export */ });
/* unused harmony export fetchThrough */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
// The standard proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, and their lower-case forms) for what
// this process itself sends: registry lookups and the AWS SDK. Node's own agents honour them when built
// with `proxyEnv` (https://nodejs.org/api/http.html#built-in-proxy-support, Node 22.21 and 24.5 on), so no
// proxy package is needed; the SDK takes the agents through its request handler, which otherwise ignores
// the variables, and fetch (which reads them only when NODE_USE_ENV_PROXY is set before Node starts) is
// replaced by a small one over the same agents.


const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
/** Agents that send through the proxy the environment names (NO_PROXY bypasses), or undefined: none named. */
function proxyAgents(env) {
    if (!PROXY_VARIABLES.some((name) => env[name]))
        return undefined;
    // `proxyEnv` is newer than the @types/node this project builds against (the Node 20 line).
    const options = { keepAlive: true, proxyEnv: { ...env } };
    return { httpAgent: new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(options), httpsAgent: new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(options) };
}
/** Statuses whose response has no body (the Fetch standard's null body statuses). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** `fetch` over the given agents, for the requests the registry lookups make (method, headers, signal). */
function fetchThrough(agents) {
    return (input, init) => new Promise((resolve, reject) => {
        const url = new URL(input instanceof Request ? input.url : input);
        const secure = url.protocol === 'https:';
        const headers = Object.fromEntries(new Headers(init?.headers).entries());
        const method = init?.method ?? 'GET';
        const request = (secure ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request(url, {
            method,
            headers,
            agent: secure ? agents.httpsAgent : agents.httpAgent,
            ...(init?.signal ? { signal: init.signal } : {}),
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
                const status = response.statusCode ?? 502;
                const out = new Headers();
                for (const [name, value] of Object.entries(response.headers))
                    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
                        out.append(name, v);
                const body = method === 'HEAD' || NULL_BODY.has(status) ? null : Buffer.concat(chunks);
                resolve(new Response(body, { status, statusText: response.statusMessage ?? '', headers: out }));
            });
        });
        // Shaped like fetch's failure: a TypeError whose cause says why (the callers show the cause).
        request.on('error', (cause) => reject(new TypeError('fetch failed', { cause })));
        request.end();
    });
}
/** The fetch for registry lookups: through the proxy the environment names, else Node's own. */
function registryFetch(env) {
    const agents = proxyAgents(env);
    return agents ? fetchThrough(agents) : fetch;
}


/***/ }),

/***/ 7433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RunFailure: () => (/* reexport */ result/* RunFailure */.a),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/report/report-fold.ts + 1 modules
var report_fold = __webpack_require__(7987);
// EXTERNAL MODULE: ./src/steps/result.ts
var result = __webpack_require__(2434);
;// CONCATENATED MODULE: ./src/kernel/steps.ts
// The steps of a run, by name: the log group each opens and the phase its AWS calls are counted under.
// A step's name is a type, so the counts follow the code: renaming a log group's title changes no phase
// (the phases were once matched by regular expressions over the titles, which a rename broke silently).
/**
 * Every step there is. Only a step that contains no other titled step opens a group (GitHub's log does not
 * nest groups): prepare holds one group per image build, apply holds deploy and rollout.
 */
const STEPS = {
    load: { title: () => 'load the compose project', phase: 'load', then: 'preflight and images' },
    /** Secrets checked, the stack read once, images built, pushed and pinned, the template converted. */
    prepare: { phase: 'preflight and images' },
    convert: {},
    /** A recorded release read back and checked for a rollback. */
    restore: {},
    plan: { title: (stack) => `plan stack ${stack}`, phase: 'plan', then: 'after the plan' },
    /** The Price List calls have their own phase; the one before resumes after them. */
    cost: { title: () => 'estimate the monthly cost', phase: 'cost' },
    /** The plan's change set removed (a plan, or a deploy with nothing to execute). */
    discard: {},
    /** The release recorded as a GitHub deployment, in progress; and its outcome at the end. */
    record: {},
    /** Images tagged, file secrets stored, the change set executed and the rollout followed. */
    apply: {},
    deploy: { title: (stack) => `deploy stack ${stack}`, phase: 'deploy', then: 'after the deploy' },
    rollout: { title: () => 'watch the ECS rollout', phase: 'rollout', then: 'after the rollout' },
    job: { title: (job) => `job ${job}` },
    /** What a destroy deletes and what stays. */
    'plan-destroy': {},
    delete: { title: (stack) => `delete stack ${stack}` },
    /** What the action stored outside the stack (secrets, configs, objects), removed after it. */
    'remove-stored': {},
};

;// CONCATENATED MODULE: ./src/kernel/kernel.ts



/**
 * The events that change what a reader of the PR comment sees while the run goes on: each is published.
 * The others (a plan, warnings, images, ...) are shown by the next publication or by the final report, so
 * a plan makes one comment write, not one per fact.
 */
const PROGRESS = new Set([
    'destroy-planned',
    'job',
    'deploy-skipped',
    'deploy-started',
    'stack-event',
    'rollout',
    'deploy-succeeded',
    'deploy-failed',
]);
class RunKernel {
    logger;
    calls;
    subscriber;
    log;
    known;
    /** The step each failure came from: the innermost one it left (an error keeps the first step noted). */
    stepOf = new WeakMap();
    constructor(mode, logger, calls, subscriber) {
        this.logger = logger;
        this.calls = calls;
        this.subscriber = subscriber;
        this.log = [{ kind: 'run-started', mode }];
    }
    /** The run's history so far (the live list: a failure's events include those its clean-up added). */
    get events() {
        return this.log;
    }
    /** The report as the events describe it now. */
    report() {
        return (0,report_fold.foldReport)(this.log);
    }
    /** A fact learnt; published when it is progress a reader follows. Publishing never fails the run. */
    async emit(...events) {
        this.log.push(...events);
        if (events.some((e) => PROGRESS.has(e.kind)))
            await this.subscriber?.(this.log, false).catch(() => undefined);
    }
    /** What the run has produced so far (stack, change set, images): the outputs a failed run still sets. */
    know(outputs) {
        this.known = outputs;
    }
    /** Runs `body` as the named step: its log group, its phase of the AWS call counts, its failures noted. */
    async step(name, body, subject = '') {
        const spec = STEPS[name];
        const before = this.calls?.phase;
        if (this.calls && spec.phase)
            this.calls.phase = spec.phase;
        try {
            return spec.title ? await this.logger.group(spec.title(subject), body) : await body();
        }
        catch (err) {
            if (typeof err === 'object' && err !== null && !this.stepOf.has(err))
                this.stepOf.set(err, name);
            throw err;
        }
        finally {
            if (this.calls && spec.phase)
                this.calls.phase = spec.then ?? before;
        }
    }
    /** The mode's composition of steps, with its outputs as the result; any failure wrapped once. */
    async run(mode) {
        try {
            return this.result(await mode());
        }
        catch (err) {
            if (err instanceof result/* RunFailure */.a)
                throw err;
            const step = typeof err === 'object' && err !== null ? this.stepOf.get(err) : undefined;
            throw new result/* RunFailure */.a(err, step, {
                events: this.log,
                result: () => (this.known ? this.result(this.known) : undefined),
            });
        }
    }
    result(outputs) {
        const report = this.report();
        return {
            ...outputs,
            report,
            events: this.log,
            ...(report.release ? { releaseId: report.release.id } : {}),
        };
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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

// EXTERNAL MODULE: ./src/template/context.ts
var context = __webpack_require__(7097);
// EXTERNAL MODULE: ./src/compose/aws-extensions.ts + 7 modules
var aws_extensions = __webpack_require__(9263);
// EXTERNAL MODULE: ./src/compose/extensions/deployment.ts
var deployment = __webpack_require__(1432);
;// CONCATENATED MODULE: ./src/template/deployment-strategy.ts


/** BakeTimeInMinutes when neither x-aws-deployment.bake nor update_config.monitor says: ours, not ECS's. */
const DEFAULT_BAKE_MINUTES = 5;
const ECS_STRATEGY = { rolling: 'ROLLING', 'blue-green': 'BLUE_GREEN', canary: 'CANARY', linear: 'LINEAR' };
/**
 * The service's strategy with every default filled in (bake from update_config.monitor, else 5 minutes;
 * canary and linear timings from ECS's documented defaults), or undefined for a rolling update. The plan
 * text (src/report/strategy-text.ts) and the template read the same figures.
 */
function effectiveStrategy(s) {
    const d = s.aws?.deployment;
    if (!d || d.strategy === 'rolling')
        return undefined;
    const monitor = s.deploy?.updateConfig?.monitor;
    // update_config.monitor is seconds; ECS takes whole minutes: round up, so at least what compose asked.
    const bakeMinutes = d.bakeMinutes ?? (monitor !== undefined ? Math.ceil(monitor / 60) : DEFAULT_BAKE_MINUTES);
    const shifting = d.strategy === 'canary'
        ? {
            percent: d.percent ?? deployment/* ECS_DEFAULTS */.Hn.canaryPercent,
            intervalMinutes: d.intervalMinutes ?? deployment/* ECS_DEFAULTS */.Hn.canaryMinutes,
        }
        : d.strategy === 'linear'
            ? {
                percent: d.percent ?? deployment/* ECS_DEFAULTS */.Hn.linearPercent,
                intervalMinutes: d.intervalMinutes ?? deployment/* ECS_DEFAULTS */.Hn.linearMinutes,
            }
            : {};
    return { ...d, ...shifting, bakeMinutes };
}
/** Refuses, with ECS's reason, what ECS or CloudFormation would refuse after the images were built. */
function checkStrategy(ctx, s, checks) {
    const d = effectiveStrategy(s);
    if (!d)
        return;
    const at = ['services', s.name, aws_extensions.X.deployment];
    const replicas = s.deploy?.replicas ?? 1;
    if (checks.statefulVolume !== undefined && replicas <= 1)
        ctx.error(at, `${s.name} writes volume ${checks.statefulVolume} with one replica, so its updates stop the old task first; ${d.strategy} runs both revisions at once (two writers on one data directory): use strategy: rolling`);
    if ((d.strategy === 'canary' || d.strategy === 'linear') && !checks.loadBalanced)
        ctx.error(at, `${d.strategy} shifts load-balanced traffic, and ${s.name} publishes no port on the load balancer (ECS needs Elastic Load Balancing or Service Connect for it); use blue-green, or publish a port`);
    if (checks.loadBalanced && checks.protocols.includes('udp'))
        ctx.error(at, `${d.strategy} shifts traffic through a weighted TCP listener; ${s.name} publishes a UDP port, which ECS documents no traffic shifting for: use strategy: rolling`);
    if (d.testPort !== undefined && !checks.loadBalanced)
        ctx.error([...at, 'test_port'], `test_port needs a published port on the load balancer to test`);
    if (s.deploy?.aws?.autoscaling === undefined && replicas === 0)
        ctx.warn(at, `${s.name} runs no task (replicas: 0): there is nothing to shift`);
    if (d.bakeMinutes > deployment/* MAX_MINUTES */.xX)
        ctx.error([...at], `the bake time from update_config.monitor is ${d.bakeMinutes} minutes; ECS allows 0 to ${deployment/* MAX_MINUTES */.xX}`);
    const total = (0,deployment/* totalMinutes */.o_)(d);
    if ((d.strategy === 'canary' || d.strategy === 'linear') && total > deployment/* CLOUDFORMATION_CEILING_MINUTES */.TU)
        ctx.error(at, `CloudFormation refuses a ${d.strategy} deployment computed at over 33 hours (${total} minutes with the bake from update_config.monitor)`);
}
/**
 * DeploymentConfiguration's strategy fields: Strategy and its configuration, BakeTimeInMinutes (ECS
 * requires it for BLUE_GREEN; set for every strategy, so the plan can say how long the old revision stays)
 * and, with alarms, Alarms (Enable; Rollback unless update_config.failure_action says otherwise).
 */
function strategyConfiguration(s, rollback) {
    const declared = s.aws?.deployment;
    const d = effectiveStrategy(s);
    const alarms = declared?.alarms;
    return {
        ...(alarms ? { Alarms: { AlarmNames: alarms, Enable: true, Rollback: rollback } } : {}),
        ...(d ? { BakeTimeInMinutes: d.bakeMinutes } : {}),
        ...(d?.strategy === 'canary'
            ? { CanaryConfiguration: { CanaryBakeTimeInMinutes: d.intervalMinutes, CanaryPercent: d.percent } }
            : {}),
        ...(d?.strategy === 'linear'
            ? { LinearConfiguration: { StepBakeTimeInMinutes: d.intervalMinutes, StepPercent: d.percent } }
            : {}),
        ...(declared ? { Strategy: ECS_STRATEGY[declared.strategy] } : {}),
    };
}
/** Every service with an x-aws-deployment, for the plan. */
function serviceStrategies(services, loadBalancer, cloudMap) {
    return services.flatMap(({ main, loadBalanced }) => {
        const declared = main.aws?.deployment;
        if (!declared)
            return [];
        const failureAction = main.deploy?.updateConfig?.failureAction ?? 'rollback';
        return [
            {
                service: main.name,
                strategy: effectiveStrategy(main) ?? declared,
                ...(loadBalanced ? { loadBalancer } : {}),
                cloudMap,
                rollback: failureAction === 'rollback',
            },
        ];
    });
}

// EXTERNAL MODULE: ./src/template/jobs.ts
var template_jobs = __webpack_require__(1752);
// EXTERNAL MODULE: ./src/template/logical-id.ts
var logical_id = __webpack_require__(4555);
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
            if (!logical_id/* LOGICAL_ID */.sV.test(id))
                problems.push({
                    message: `logical ID ${JSON.stringify(id)} in ${section} must be 1 to 255 letters and digits`,
                });
        }
    }
    // CloudFormation is given the body as compact JSON (steps/prepare.ts), about half the readable body convert
    // returns (its two-space indents): the limit is on that form. It is written out only when the readable
    // body is over (a body that is not cannot have a compact form that is), and not for a template already
    // refused for its resources: that one has to be split, and each part is measured then.
    const readable = Buffer.byteLength(body, 'utf8');
    const measured = readable > MAX_S3_BODY_BYTES && Object.keys(template.Resources).length <= MAX_RESOURCES;
    const bytes = measured ? Buffer.byteLength(JSON.stringify(template), 'utf8') : 0;
    if (bytes > MAX_S3_BODY_BYTES)
        problems.push({
            message: `the template is ${bytes} bytes as compact JSON; CloudFormation takes at most ${MAX_S3_BODY_BYTES} bytes even from S3`,
        });
    return problems;
}

// EXTERNAL MODULE: ./src/template/network.ts
var network = __webpack_require__(7272);
;// CONCATENATED MODULE: ./src/template/published-ports.ts

/**
 * Ports sharing a published port share its listener (listener-ids.ts keys it by the port). Routes of one
 * listener need distinct priorities, and all its ports the same protocol and certificate.
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
        const priorities = new Map();
        for (const p of group) {
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
    // Where in `out` each published port's entries are: a lookup per port, not a scan of every earlier one.
    const atPort = new Map();
    for (const p of ports) {
        const at = (atPort.get(p.port.published) ?? []).find((i) => {
            const o = out[i];
            return o.protocols.length === 1 && o.protocols[0] !== p.port.protocol;
        });
        const twin = at === undefined ? undefined : out[at];
        if (at === undefined || !twin) {
            atPort.set(p.port.published, [...(atPort.get(p.port.published) ?? []), out.length]);
            out.push(p);
            continue;
        }
        const tcp = twin.port.protocol === 'tcp' ? twin : p;
        if (twin.container !== p.container || twin.port.target !== p.port.target || tcp.protocol !== 'TCP') {
            ctx.error(p.path, `port ${p.port.published} is published for TCP and UDP: a load balancer has one listener per port, so both must go to the same container port of the same service, without TLS (one TCP_UDP listener)`);
            continue;
        }
        out[at] = {
            ...tcp,
            id: `${ctx.ids.service.get(tcp.container.name)}TCPUDP${tcp.port.published}`,
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

;// CONCATENATED MODULE: ./src/template/listener-ids.ts
/**
 * One listener per published port of the stack's one load balancer (a load balancer takes one listener
 * per port, whatever its protocol: TCP and UDP on one port share a TCP_UDP listener). The protocol is
 * left out on purpose: it is updated in place (only LoadBalancerArn is create-only), so HTTP becoming
 * HTTPS on a port changes the listener rather than adding a second one on that port. Which service the
 * port forwards to is the listener's default action, changed in place too.
 */
function listenerId(published) {
    return `Port${published}Listener`;
}
/** A listener rule by its listener and priority, which the listener holds unique (PriorityInUse). */
function ruleId(listener, priority) {
    return `${listener.replace(/Listener$/, '')}Priority${priority}Rule`;
}
/**
 * Target groups stay keyed by service and container port (the group's Port, which is create-only): a
 * new published port for the same container port keeps the group and only moves the listener. A service
 * publishing one container port twice (`80:8080` and `443:8080`) gets a group per published port after
 * the first, as before.
 */
function assignTargetGroups(ctx, ports) {
    const taken = new Set();
    return ports.map((p) => {
        const base = `${ctx.ids.service.get(p.container.name)}${p.protocols.join('').toUpperCase()}${p.port.target}`;
        const id = taken.has(base) ? `${base}Via${p.port.published}TargetGroup` : `${base}TargetGroup`;
        taken.add(base);
        return { ...p, targetGroupId: id };
    });
}

;// CONCATENATED MODULE: ./src/template/load-balancer-type.ts
// Which kind of load balancer the stack creates. Chosen from the published ports (an Application Load
// Balancer when every one is HTTP, else a Network Load Balancer) unless x-aws-loadbalancer_type says.
// The type is create-only: a change replaces the load balancer, with a new DNS name, and every URL of
// the project changes. So the choice says why it was made, and the plan stops a change nobody asked for
// (src/deploy/day-two.ts).


const describe = (p) => `${(0,src_errors/* formatPath */.jV)(p.path)} (${p.port.published}:${p.port.target}/${p.port.protocol})`;
/**
 * The type, and for an explicit Application Load Balancer the ports it cannot serve (UDP, TCP or TLS
 * asked through x-aws-protocol). A TCP port without x-aws-protocol is served as HTTP there: the file
 * says the load balancer speaks HTTP.
 */
function chooseLoadBalancerType(ctx, ports) {
    const asked = ctx.project.aws?.loadBalancerType;
    if (asked === 'network')
        return { type: 'network', explicit: true, cause: `${aws_extensions.X.loadBalancerType}: network` };
    if (asked === 'application') {
        for (const p of ports) {
            if (p.port.protocol === 'udp' ||
                (p.requested !== undefined && !['http', 'https'].includes(p.requested)))
                ctx.error(p.path, `${aws_extensions.X.loadBalancerType}: application serves HTTP and HTTPS only; ${describe(p)} is ${p.requested ?? p.port.protocol}`);
            else
                p.http = true;
        }
        return { type: 'application', explicit: true, cause: `${aws_extensions.X.loadBalancerType}: application` };
    }
    const other = ports.find((p) => !p.http);
    if (ports.length > 0 && other === undefined)
        return {
            type: 'application',
            explicit: false,
            cause: 'every published port is HTTP (published on 80, on 443 with a certificate, or x-aws-protocol http/https)',
        };
    return {
        type: 'network',
        explicit: false,
        cause: other
            ? `${describe(other)} is not HTTP (an Application Load Balancer serves HTTP on 80, HTTPS on 443 with a certificate, or what x-aws-protocol says)`
            : 'nothing is published',
    };
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
    return (49 - specificity) * 1000 + (parseInt((0,logical_id/* shortHash */.BC)(key), 16) % 1000) + 1;
}

;// CONCATENATED MODULE: ./src/template/load-balancer-plan.ts




const HTTP_PROTOCOLS = ['http', 'https'];
/** Every published port of the project's tasks that the load balancer serves, in compose order. */
function collectPublishedPorts(ctx, tasks) {
    const raw = [];
    for (const task of tasks) {
        for (const container of task.containers) {
            container.ports.forEach((port, i) => {
                const request = portRequest(ctx, task, container, port, i);
                if (request)
                    raw.push(request);
            });
        }
    }
    return raw;
}
function portRequest(ctx, task, container, port, i) {
    if (port.published === undefined)
        return undefined;
    const path = ['services', container.name, 'ports', i];
    if (port.hostIp !== undefined && !isWildcard(port.hostIp)) {
        if (isLoopback(port.hostIp)) {
            // Compose binds such a port on the host's loopback only: nobody outside the host reaches it.
            // Publishing it on an internet-facing load balancer would expose what the file keeps private.
            ctx.warn([...path, 'host_ip'], `port ${port.published}:${port.target}/${port.protocol} is bound to ${port.hostIp} under compose: not published; reachable from other services by name (${container.name}:${port.target})`);
            return undefined;
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
    return {
        task,
        container,
        port,
        path,
        http,
        ...(route ? { route } : {}),
        ...(requested ? { requested } : {}),
        ...(certificate ? { certificate } : {}),
    };
}
/**
 * One listener per published port. Ports sharing one are routed (x-aws-route), all but at most one.
 * Target groups are assigned later (listener-ids.ts), hence the empty targetGroupId.
 */
function listenerPorts(ctx, raw, type) {
    const unrouted = new Map();
    return raw.map((p) => {
        const key = `${p.port.published}/${p.port.protocol}`;
        if (p.route && type !== 'application')
            ctx.error([...p.path, aws_extensions.X.route], `${aws_extensions.X.route} needs an Application Load Balancer: every published port must be HTTP`);
        const other = unrouted.get(key);
        // A port with x-aws-domain is reached by host name (domain-ports.ts): it claims no default action.
        const byHost = p.route !== undefined || p.domain !== undefined;
        if (!byHost && other)
            ctx.error(p.path, `port ${key} is already published by service ${other}; each published port needs its own listener (or give each service an ${aws_extensions.X.route} to share it)`);
        if (!byHost)
            unrouted.set(key, p.container.name);
        // e.g. WebTCP80: the compose service, the compose protocol and the published port.
        const id = `${ctx.ids.service.get(p.container.name)}${p.port.protocol.toUpperCase()}${p.port.published}`;
        return {
            listenerId: listenerId(p.port.published),
            targetGroupId: '',
            task: p.task,
            container: p.container,
            port: p.port,
            path: p.path,
            id,
            protocols: [p.port.protocol],
            ...(p.route ? { route: p.route } : {}),
            protocol: listenerProtocol(p, type),
            ...(p.certificate ? { certificate: p.certificate } : {}),
            ...(p.domain ? { domain: p.domain } : {}),
        };
    });
}
function listenerProtocol(p, type) {
    if (type === 'application')
        return p.requested === 'https' || (p.requested === undefined && p.certificate) ? 'HTTPS' : 'HTTP';
    return p.port.protocol === 'udp' ? 'UDP' : p.certificate ? 'TLS' : 'TCP';
}

;// CONCATENATED MODULE: ./src/template/domain-ports.ts
// Which published port a service's x-aws-domain names are served from, and whether the load balancer can
// serve them: the names need the service's one published HTTP port (preferring 80) on an Application Load
// Balancer this stack creates. A domain port takes no listener's default action (it is reached by host
// name), so several services with domains may publish the same port; its rules get a priority here.



const HTTPS_PORT = 443;
/** Marks the port each x-aws-domain is served from (priority 0 until assignDomainPriorities). */
function markDomainPorts(ctx, tasks, raw) {
    for (const task of tasks)
        for (const container of task.containers) {
            const domain = container.aws?.domain;
            if (!domain)
                continue;
            const at = ['services', container.name, aws_extensions.X.domain];
            const own = raw.filter((p) => p.container === container);
            const http = own.filter((p) => p.http);
            if (http.length === 0) {
                const others = own.map((p) => `${p.port.published}/${p.port.protocol}`);
                ctx.error(at, `${aws_extensions.X.domain} needs a published HTTP port (e.g. ports: ["80:8080"])${others.length ? `; ${others.join(', ')} ${others.length > 1 ? 'are' : 'is'} not HTTP` : ''}`);
                continue;
            }
            const chosen = http.length === 1 ? http[0] : http.find((p) => p.port.published === 80);
            if (!chosen) {
                ctx.error(at, `${aws_extensions.X.domain} serves one HTTP port, and ${container.name} publishes ${http.map((p) => p.port.published).join(', ')}: publish the one for the names on 80`);
                continue;
            }
            if (chosen.certificate !== undefined || chosen.requested === 'https') {
                ctx.error([...chosen.path, aws_extensions.X.certificate], `${aws_extensions.X.domain} creates the certificate for its names and serves them on ${HTTPS_PORT}: publish the service's plain HTTP port (e.g. "80:8080") and drop ${aws_extensions.X.certificate} here`);
                continue;
            }
            if (chosen.route) {
                ctx.error([...chosen.path, aws_extensions.X.route], `${aws_extensions.X.domain} serves whole host names: ${aws_extensions.X.route} on the port it serves is not supported with it`);
                continue;
            }
            chosen.domain = {
                names: domain.names,
                ...(domain.hostedZone ? { hostedZone: domain.hostedZone } : {}),
                priority: 0,
            };
        }
}
/**
 * What the load balancer must be for the domains: an Application Load Balancer this stack creates (the
 * alias records name its DNS name and zone), a name given to one service only, and 443 free for HTTPS.
 */
function checkDomainLoadBalancer(ctx, ports, type, existing) {
    const owners = new Map();
    for (const p of ports) {
        if (!p.domain)
            continue;
        const at = ['services', p.container.name, aws_extensions.X.domain];
        if (type !== 'application')
            ctx.error(at, `${aws_extensions.X.domain} needs an Application Load Balancer, and this project's is a Network Load Balancer: every published port must be HTTP`);
        if (existing)
            ctx.error(at, `${aws_extensions.X.domain} needs the load balancer this stack creates, not ${aws_extensions.X.loadBalancer}`);
        const taken = p.domain.names.filter((name) => owners.has(name));
        for (const name of taken)
            ctx.error(at, `${name} is also the ${aws_extensions.X.domain} of service ${owners.get(name)}: one service per name`);
        // Refused already: its resources would only repeat the other service's (same logical IDs).
        if (taken.length > 0)
            delete p.domain;
        else
            for (const name of p.domain.names)
                owners.set(name, p.container.name);
    }
    const plain = ports.find((p) => p.port.published === HTTPS_PORT && p.protocol !== 'HTTPS');
    if (plain && ports.some((p) => p.domain))
        ctx.error(plain.path, `port ${HTTPS_PORT} is published as plain ${plain.protocol} by service ${plain.container.name}, and ${aws_extensions.X.domain} needs it for HTTPS`);
}
/**
 * Each domain port's rules get one priority, used on the HTTPS listener and on the port's own listener:
 * from 1 to 999, so a host name is matched before any x-aws-route (whose priorities start at 1,000 unless
 * given), stable per service (a hash of its name) so that adding a service moves no other rule, and past
 * any priority already taken on either listener.
 */
function assignDomainPriorities(ports) {
    const taken = new Map();
    const takenOn = (listener) => taken.get(listener) ?? taken.set(listener, new Set()).get(listener);
    for (const p of ports)
        if (p.route)
            takenOn(p.listenerId).add(p.route.priority);
    const https = listenerId(HTTPS_PORT);
    const domains = ports
        .filter((p) => p.domain)
        .sort((a, b) => (a.container.name < b.container.name ? -1 : 1));
    for (const p of domains) {
        const used = (n) => takenOn(https).has(n) || takenOn(p.listenerId).has(n);
        let priority = (parseInt((0,logical_id/* shortHash */.BC)(p.container.name), 16) % 999) + 1;
        while (used(priority))
            priority = (priority % 999) + 1;
        takenOn(https).add(priority);
        takenOn(p.listenerId).add(priority);
        p.domain = { ...p.domain, priority };
    }
    return ports;
}

;// CONCATENATED MODULE: ./src/template/load-balancer.ts









const LB_ID = 'LoadBalancer';
const LB_SG_ID = 'LoadBalancerSecurityGroup';
function planLoadBalancer(ctx, tasks) {
    const raw = collectPublishedPorts(ctx, tasks);
    markDomainPorts(ctx, tasks, raw);
    const choice = chooseLoadBalancerType(ctx, raw);
    const type = choice.type;
    const all = listenerPorts(ctx, raw, type);
    shareListeners(ctx, all);
    const ports = assignDomainPriorities(assignTargetGroups(ctx, mergeTcpUdp(ctx, all)));
    const lbScheme = ctx.project.aws?.loadBalancerScheme ?? 'internet-facing';
    if (lbScheme === 'internet-facing')
        for (const p of ports)
            warnIfDatastore(ctx, p);
    const existing = ctx.project.aws?.loadBalancer;
    checkDomainLoadBalancer(ctx, ports, type, existing !== undefined);
    const existingGroup = ctx.project.aws?.loadBalancerSecurityGroup;
    if (existingGroup !== undefined && existing === undefined && ports.length > 0)
        ctx.warn([aws_extensions.X.loadBalancerSecurityGroup], `${aws_extensions.X.loadBalancerSecurityGroup} applies only with ${aws_extensions.X.loadBalancer}; the load balancer this stack creates has its own group`);
    if (ports.length === 0)
        return { type, choice, ports, existing: false, scheme: lbScheme };
    if (existing !== undefined) {
        if (existingGroup === undefined) {
            ctx.warn([aws_extensions.X.loadBalancer], `SECURITY: the tasks behind the existing load balancer accept their published container ports from anywhere (0.0.0.0/0), not only from the load balancer; set ${aws_extensions.X.loadBalancerSecurityGroup} to the load balancer's security group id to restrict them`);
            return { type, choice, ports, arn: existing, existing: true, scheme: lbScheme };
        }
        return {
            type,
            choice,
            ports,
            arn: existing,
            securityGroup: existingGroup,
            existing: true,
            scheme: lbScheme,
        };
    }
    addLoadBalancer(ctx, ports, type, lbScheme);
    return {
        type,
        choice,
        ports,
        arn: (0,context/* ref */.KR)(LB_ID),
        securityGroup: (0,context/* ref */.KR)(LB_SG_ID),
        existing: false,
        scheme: lbScheme,
    };
}
/** The load balancer this stack creates and its security group, open on every published port. */
function addLoadBalancer(ctx, ports, type, lbScheme) {
    ctx.add(LB_SG_ID, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            // Fixed: GroupDescription is create-only, and the project (which can be renamed) is in the tags.
            GroupDescription: 'compose-ecs load balancer: published ports',
            VpcId: (0,context/* ref */.KR)(network/* VPC_PARAM */.Yg),
            SecurityGroupIngress: [
                ...firstPerListener(ports).flatMap((p) => p.protocols.map((protocol) => ({
                    CidrIp: '0.0.0.0/0',
                    Description: `${p.container.name} published port ${p.port.published}/${protocol}`,
                    FromPort: p.port.published,
                    IpProtocol: protocol,
                    ToPort: p.port.published,
                }))),
                ...httpsIngress(ports),
            ],
        },
    });
    ctx.add(LB_ID, {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: {
            Scheme: lbScheme,
            SecurityGroups: [(0,context/* ref */.KR)(LB_SG_ID)],
            // An internet-facing load balancer needs public subnets (a route to an internet gateway), whatever
            // subnets the tasks use; an internal one sits beside the tasks.
            Subnets: (0,context/* ref */.KR)(lbScheme === 'internal' ? network/* SUBNETS_PARAM */.hN : network/* LB_SUBNETS_PARAM */.ms),
            Type: type,
        },
    });
}
/** The HTTPS port x-aws-domain serves its names on, when no published port opens it already. */
function httpsIngress(ports) {
    if (!ports.some((p) => p.domain) || ports.some((p) => p.port.published === HTTPS_PORT))
        return [];
    const services = [...new Set(ports.filter((p) => p.domain).map((p) => p.container.name))];
    return [
        {
            CidrIp: '0.0.0.0/0',
            Description: `HTTPS for the ${aws_extensions.X.domain} names of ${services.join(', ')}`,
            FromPort: HTTPS_PORT,
            IpProtocol: 'tcp',
            ToPort: HTTPS_PORT,
        },
    ];
}
/** The first port of each listener, in order (ports sharing a listener open its port once). */
function firstPerListener(ports) {
    const seen = new Set();
    return ports.filter((p) => !seen.has(p.listenerId) && Boolean(seen.add(p.listenerId)));
}

;// CONCATENATED MODULE: ./src/template/options.ts
// Conversion options: all optional; the defaults give a working public deployment.
/**
 * busybox 1.36.1 (the multi-platform index), pinned by digest: the init containers receive secret values, so
 * the image must be the bytes reviewed, not whatever the tag names on the day a task starts. ECS takes
 * `repository-url/image@digest` (ContainerDefinition.Image in the ECS API reference).
 */
const DEFAULT_SECRETS_INIT_IMAGE = 'public.ecr.aws/docker/library/busybox@sha256:73aaf090f3d85aa34ee199857f03fa3a95c8ede2ffd4cc2cdb5b94e566b11662';
function resolveOptions(o = {}) {
    return {
        dropUnsupportedMounts: o.dropUnsupportedMounts ?? false,
        assignPublicIp: o.assignPublicIp ?? true,
        enableExec: o.enableExec ?? false,
        serviceDiscovery: o.serviceDiscovery ?? true,
        efsSubnetCount: Math.max(1, Math.floor(o.efsSubnetCount ?? 2)),
        secretsInitImage: o.secretsInitImage ?? DEFAULT_SECRETS_INIT_IMAGE,
        ...(o.permissionsBoundary ? { permissionsBoundary: o.permissionsBoundary } : {}),
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

;// CONCATENATED MODULE: ./src/template/permissions-boundary.ts
// permissions-boundary: every IAM role the stack creates carries the boundary the deploy role's policy
// demands (`iam:PermissionsBoundary` condition on iam:CreateRole, PutRolePolicy, AttachRolePolicy...), so
// no compose file can mint a role with more rights than the boundary allows, whatever x-aws-policies or
// x-aws-cloudformation asks for. A role's effective permissions are the intersection of its policies and
// its boundary: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html

/** Sets `PermissionsBoundary` on every AWS::IAM::Role; an overlay role naming another boundary is an error. */
function applyPermissionsBoundary(ctx, template, boundary) {
    if (!boundary)
        return template;
    for (const [id, resource] of Object.entries(template.Resources)) {
        if (resource.Type !== 'AWS::IAM::Role')
            continue;
        const properties = (resource.Properties ??= {});
        const given = properties.PermissionsBoundary;
        if (given === undefined)
            properties.PermissionsBoundary = boundary;
        else if (given !== boundary)
            ctx.error([aws_extensions.X.cloudformation, 'Resources', id, 'Properties', 'PermissionsBoundary'], `role ${id} names another permissions boundary than permissions-boundary (${boundary}): the deploy role may create roles with that boundary only`);
    }
    return template;
}

// EXTERNAL MODULE: ./src/canonical-json.ts
var canonical_json = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/template/capacity-providers.ts
// The capacity providers of the cluster the stack creates, in one AWS::ECS::ClusterCapacityProviderAssociations:
// FARGATE and FARGATE_SPOT (services with x-aws-capacity) and the stack's own EC2 capacity providers (GPU
// services). One resource holds the cluster's whole list: PutClusterCapacityProviders replaces the list
// each time, so two resources would undo each other. A separate resource rather than the cluster's own
// CapacityProviders property: an Auto Scaling group capacity provider refers to the cluster (its instances
// join it), and the cluster referring back to the provider would be a circular dependency (CloudFormation
// user guide, AWS::ECS::ClusterCapacityProviderAssociations).

const CAPACITY_PROVIDERS_ID = 'ClusterCapacityProviders';
const FARGATE = 'FARGATE';
const FARGATE_SPOT = 'FARGATE_SPOT';
/**
 * Associates the providers the services' strategies name (and both Fargate providers, always) with the
 * cluster the stack creates. Returns the logical ID every service with a capacity provider strategy must
 * depend on: ECS refuses a strategy naming a provider the cluster does not have yet ("The specified capacity
 * provider strategy cannot contain a capacity provider that is not associated with the cluster"), and on
 * delete the service must go before the association is emptied. Undefined when nothing is associated: no
 * provider asked for, or an existing cluster (x-aws-cluster), whose list this stack must not replace — the
 * plan checks that cluster's association instead (steps/cluster-capacity.ts).
 */
function addCapacityProviders(ctx, cluster, providers) {
    if (providers.length === 0 || ctx.project.aws?.cluster !== undefined)
        return undefined;
    const seen = new Set();
    const list = [FARGATE, FARGATE_SPOT, ...providers].filter((p) => {
        const key = (0,canonical_json/* canonicalJson */.d)(p);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    ctx.add(CAPACITY_PROVIDERS_ID, {
        Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
        Properties: {
            CapacityProviders: list,
            Cluster: cluster,
            // Required by CloudFormation. Every service names its own strategy or launch type, and one-off tasks
            // ask for the FARGATE launch type, so the default only says what a bare RunTask on the cluster gets:
            // on-demand Fargate, as the launch types do.
            DefaultCapacityProviderStrategy: [{ CapacityProvider: FARGATE, Weight: 1 }],
        },
    });
    return CAPACITY_PROVIDERS_ID;
}
/** The providers a set of strategies name, in order of first mention (for addCapacityProviders). */
function providersOf(strategies) {
    const out = [];
    for (const strategy of strategies)
        for (const item of strategy ?? [])
            out.push(item.CapacityProvider);
    return out;
}
/** The nonce that makes a change of strategy roll the service's tasks onto it (ForceNewDeployment). */
function strategyNonce(strategy) {
    return strategy
        .map((s) => {
        const name = typeof s.CapacityProvider === 'string' ? s.CapacityProvider : (0,canonical_json/* canonicalJson */.d)(s.CapacityProvider);
        return `${name}:${s.Weight}${s.Base ? ` base ${s.Base}` : ''}`;
    })
        .join(', ');
}

;// CONCATENATED MODULE: ./src/template/service.ts





function serviceId(task) {
    return `${task.id}Service`;
}
function addService(ctx, task, taskDefinitionId, extras) {
    const s = task.main;
    const deploy = s.deploy;
    const strategy = extras.capacityProviderStrategy;
    checkStrategy(ctx, s, {
        loadBalanced: extras.loadBalancers.length > 0,
        protocols: extras.publishedProtocols,
        ...(statefulVolume(s) ? { statefulVolume: statefulVolume(s).volume } : {}),
    });
    for (const sidecar of task.containers.slice(1))
        if (sidecar.aws?.deployment)
            ctx.warn(['services', sidecar.name, aws_extensions.X.deployment], `${aws_extensions.X.deployment} on sidecar ${sidecar.name} is ignored: its task deploys as ${s.name} does`);
    // A listener or rule the strategy's AdvancedConfiguration refers to is a dependency already (cfn-lint W3005).
    const referenced = new Set([...JSON.stringify(extras.loadBalancers).matchAll(/"Ref":"([^"]+)"/g)].map((m) => m[1]));
    const dependsOn = [...new Set(extras.dependsOn)].filter((id) => !referenced.has(id)).sort();
    ctx.add(serviceId(task), {
        Type: 'AWS::ECS::Service',
        ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
        Properties: {
            // A service takes a launch type or a capacity provider strategy, never both (CreateService).
            ...(strategy ? { CapacityProviderStrategy: strategy } : {}),
            Cluster: extras.cluster,
            DeploymentConfiguration: deploymentConfiguration(ctx, s),
            DeploymentController: { Type: 'ECS' },
            ...(extras.autoscaled ? {} : { DesiredCount: deploy?.replicas ?? 1 }),
            EnableECSManagedTags: true,
            ...(extras.enableExec ? { EnableExecuteCommand: true } : {}),
            ...(extras.loadBalancers.length > 0
                ? { HealthCheckGracePeriodSeconds: extras.gracePeriod ?? 60 }
                : {}),
            // ECS does not move running tasks when only the strategy changes; a nonce that changes with it
            // does (AWS::ECS::Service ForceNewDeployment: a new deployment when the nonce changes, no other time).
            ...(strategy
                ? {
                    ForceNewDeployment: {
                        EnableForceNewDeployment: true,
                        ForceNewDeploymentNonce: strategyNonce(strategy),
                    },
                }
                : { LaunchType: 'FARGATE' }),
            ...(extras.loadBalancers.length > 0 ? { LoadBalancers: extras.loadBalancers } : {}),
            NetworkConfiguration: {
                AwsvpcConfiguration: {
                    // Public IPs are Fargate's: awsvpc tasks on EC2 get none (the plan checks their subnets' routes).
                    AssignPublicIp: ctx.options.assignPublicIp && !extras.ec2 ? 'ENABLED' : 'DISABLED',
                    SecurityGroups: extras.securityGroups,
                    Subnets: extras.subnets ?? (0,context/* ref */.KR)(network/* SUBNETS_PARAM */.hN),
                },
            },
            ...(extras.ec2 ? {} : { PlatformVersion: 'LATEST' }),
            // Tasks carry the service's tags (project, service) for cost allocation.
            PropagateTags: 'SERVICE',
            ...(extras.serviceRegistries.length > 0 ? { ServiceRegistries: extras.serviceRegistries } : {}),
            TaskDefinition: (0,context/* ref */.KR)(taskDefinitionId),
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
    // Two tasks on one data directory corrupt it, or the new one cannot take the database's lock, fails
    // its health check and the circuit breaker rolls the deploy back: replace the task stop-first. Only
    // order: start-first asks otherwise; parallelism alone does not (its arithmetic would allow 200 %).
    const stopFirstCap = stateful !== undefined && (deploy?.replicas ?? 1) <= 1 && uc?.order !== 'start-first';
    if (stateful !== undefined && stopFirstCap && uc?.order === undefined)
        ctx.warn(['services', s.name, 'volumes', stateful.index], `${s.name} writes volume ${stateful.volume} with one replica: updates stop the old task before starting the new one (a short outage); set update_config.order: start-first to overlap them`);
    if (uc && (uc.parallelism !== undefined || uc.order !== undefined)) {
        const r = Math.max(1, deploy?.replicas ?? 1);
        let p = uc.parallelism ?? 1;
        if (p < 1)
            p = 1;
        if (p > r) {
            ctx.warn([...ucPath, 'parallelism'], `parallelism ${p} is more than the ${r} ${r === 1 ? 'replica' : 'replicas'}; ${r} is used`);
            p = r;
        }
        min = Math.floor(((r - p) * 100) / r);
        max = Math.floor(((r + p) * 100) / r);
        if (uc.order === 'start-first')
            min = 100;
        if (uc.order === 'stop-first')
            max = 100;
    }
    if (stopFirstCap) {
        min = 0;
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
    const strategy = effectiveStrategy(s);
    if (uc?.monitor !== undefined && strategy === undefined)
        ctx.warn([...ucPath, 'monitor'], `update_config.monitor is ignored for a rolling update: the circuit breaker watches the rollout (with ${aws_extensions.X.deployment} strategy blue-green, canary or linear it is the bake time)`);
    if (uc?.monitor !== undefined && s.aws?.deployment?.bakeMinutes !== undefined)
        ctx.warn([...ucPath, 'monitor'], `update_config.monitor is ignored: ${aws_extensions.X.deployment}.bake sets the bake time`);
    if (uc?.failureAction === 'pause')
        ctx.warn([...ucPath, 'failure_action'], 'failure_action: pause: ECS cannot pause a deployment; its circuit breaker stops a failing one without rolling it back, and CloudFormation then fails the update and rolls the stack (and the service) back');
    // rollback (and by default): ECS rolls a failed deployment back; pause: ECS stops it where it is
    // (CloudFormation still rolls the stack back); continue: no circuit breaker, alarms only report.
    const action = uc?.failureAction ?? 'rollback';
    const threshold = failureThreshold(ctx, uc, ucPath, action !== 'continue');
    return {
        DeploymentCircuitBreaker: {
            Enable: action !== 'continue',
            Rollback: action === 'rollback',
            ...(threshold ? { ThresholdConfiguration: threshold } : {}),
        },
        MaximumPercent: max,
        MinimumHealthyPercent: min,
        ...strategyConfiguration(s, action === 'rollback'),
    };
}
/**
 * update_config.max_failure_ratio (the share of tasks that may fail) as the circuit breaker's
 * ThresholdConfiguration: UNBOUNDED_PERCENT of the desired count, so the ratio means what it says (ECS's
 * default is BOUNDED_PERCENT 50: half the desired count, at least 3, at most 200).
 */
function failureThreshold(ctx, uc, ucPath, breaker) {
    const ratio = uc?.maxFailureRatio;
    if (ratio === undefined)
        return undefined;
    const at = [...ucPath, 'max_failure_ratio'];
    if (ratio < 0 || ratio > 1) {
        ctx.error(at, `max_failure_ratio is a share of the tasks, from 0 to 1 (got ${ratio})`);
        return undefined;
    }
    if (!breaker) {
        ctx.warn(at, 'max_failure_ratio is ignored with failure_action: continue (no circuit breaker)');
        return undefined;
    }
    const percent = Math.round(ratio * 100);
    if (percent !== ratio * 100)
        ctx.warn(at, `ECS takes the threshold in whole percent: max_failure_ratio ${ratio} becomes ${percent} %`);
    return { Type: 'UNBOUNDED_PERCENT', Value: percent };
}

;// CONCATENATED MODULE: ./src/template/capacity.ts
// x-aws-capacity → a service's capacity provider strategy on Fargate Spot and on-demand Fargate (ECS
// developer guide, "AWS Fargate capacity providers"), with what a strategy cannot honour said at load time.



/**
 * The task's capacity provider strategy, or undefined for the FARGATE launch type (no x-aws-capacity).
 * Only the main service's x-aws-capacity counts: a sidecar runs in its task. Jobs run through RunTask
 * on on-demand Fargate whatever they ask (a Spot interruption would fail the deploy that waits for them).
 */
function capacityStrategy(ctx, task, job) {
    for (const sidecar of task.containers.slice(1))
        if (sidecar.aws?.capacity)
            ctx.warn(['services', sidecar.name, aws_extensions.X.capacity], `${aws_extensions.X.capacity} on sidecar ${sidecar.name} is ignored: it runs in the task of ${task.name}, which sets the capacity`);
    const capacity = task.main.aws?.capacity;
    if (!capacity)
        return undefined;
    const at = ['services', task.name, aws_extensions.X.capacity];
    if (job) {
        ctx.warn(at, `${aws_extensions.X.capacity} is ignored: ${task.name} is a job, run once on on-demand Fargate (a Spot interruption would fail the deploy that waits for it)`);
        return undefined;
    }
    if (capacity.spot > 0) {
        warnStateful(ctx, task);
        warnSlowDrain(ctx, task);
    }
    const strategy = [];
    if (capacity.onDemand > 0)
        strategy.push({
            CapacityProvider: FARGATE,
            ...(capacity.base > 0 ? { Base: capacity.base } : {}),
            Weight: capacity.onDemand,
        });
    if (capacity.spot > 0)
        strategy.push({ CapacityProvider: FARGATE_SPOT, Weight: capacity.spot });
    return strategy;
}
/**
 * A Spot task gets two minutes between the notice and its end: a target group that drains longer keeps
 * sending requests to a task that is gone ("set the deregistration delay ... to less than two minutes",
 * AWS knowledge center, Fargate Spot termination notices). The default drain is at most 120 s already.
 */
function warnSlowDrain(ctx, task) {
    const main = task.main;
    main.ports.forEach((port, i) => {
        const delay = port.aws?.healthcheck?.deregistrationDelay ?? main.aws?.healthcheck?.deregistrationDelay;
        if (delay !== undefined && delay >= 120)
            ctx.warn(['services', main.name, 'ports', i], `deregistration_delay ${delay}s on a Fargate Spot service: a Spot task ends two minutes after its notice, so the load balancer would keep sending it requests after it is gone; keep it under 120`);
    });
}
/** Spot tasks are stopped with two minutes' notice: a database on one loses its writes in flight. */
function warnStateful(ctx, task) {
    for (const c of task.containers) {
        const stateful = statefulVolume(c);
        if (stateful)
            ctx.warn(['services', c.name, 'volumes', stateful.index], `${c.name} writes volume ${stateful.volume} and runs on Fargate Spot (${aws_extensions.X.capacity}): AWS stops Spot tasks with two minutes' notice, so Spot is for stateless services; run a stateful one on on-demand Fargate`);
    }
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
            ClusterName: (0,context/* ref */.KR)('AWS::StackName'),
        },
    });
    return (0,context/* ref */.KR)(CLUSTER_ID);
}

// EXTERNAL MODULE: ./src/template/discovery.ts
var template_discovery = __webpack_require__(4704);
// EXTERNAL MODULE: ./src/compose/gpu-rules.ts
var gpu_rules = __webpack_require__(4376);
// EXTERNAL MODULE: ./src/compose/gpu-instances.ts
var gpu_instances = __webpack_require__(6807);
// EXTERNAL MODULE: ./src/compose/gpu-request.ts
var gpu_request = __webpack_require__(6634);
// EXTERNAL MODULE: ./src/template/gpu-summary.ts
var gpu_summary = __webpack_require__(8693);
// EXTERNAL MODULE: ./src/template/task-definition.ts + 3 modules
var task_definition = __webpack_require__(9209);
;// CONCATENATED MODULE: ./src/template/gpu-capacity.ts
// EC2 capacity for the services that reserve GPUs (docs/mapping.md, GPUs): per GPU service, a launch
// template booting the ECS GPU-optimized AMI (resolved from AWS's public SSM parameter when the change set
// is made, never written into the template), an Auto Scaling group that starts empty, and an ECS capacity
// provider with managed scaling that sizes the group to the service's tasks. One instance role and
// profile serve them all: the ECS agent's actions on this stack's cluster, nothing else.







/** The CloudFormation parameter that resolves the AMI at each change set; the release records its value. */
const GPU_AMI_PARAM = 'GpuAmiId';
/** AWS's public parameter for the recommended ECS GPU-optimized Amazon Linux 2023 AMI (x86_64 only). */
const GPU_AMI_SSM_PARAMETER = '/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id';
const GPU_INSTANCE_ROLE_ID = 'GpuInstanceRole';
const GPU_INSTANCE_PROFILE_ID = 'GpuInstanceProfile';
const GPU_INSTANCE_GROUP_ID = 'GpuInstanceSecurityGroup';
/** The GPU placement of a task, or undefined for a Fargate task; errors for what cannot be placed. */
function planGpuTask(ctx, task) {
    const asking = task.containers.filter((c) => (0,gpu_request/* gpuRequest */.C)(c) !== undefined);
    if (asking.length === 0)
        return undefined;
    const main = asking[0];
    const at = (0,gpu_request/* gpuRequest */.C)(main).at;
    if (ctx.project.aws?.cluster !== undefined) {
        // Associating a capacity provider replaces an existing cluster's whole list (PutClusterCapacityProviders).
        ctx.error(at, `${main.name} reserves GPUs, which needs the cluster this stack creates; remove x-aws-cluster`);
        return undefined;
    }
    const type = (0,gpu_rules/* gpuInstanceFor */.P)(main).type;
    if (!type)
        return undefined; // the loader said why
    const gpus = new Map();
    for (const c of asking)
        gpus.set(c.name, (0,gpu_instances/* gpusOn */.dT)(type, (0,gpu_request/* gpuRequest */.C)(c).count));
    const perTask = [...gpus.values()].reduce((a, b) => a + b, 0);
    if (perTask > type.gpus) {
        ctx.error(at, `the containers of task ${task.name} reserve ${perTask} GPUs; ${type.name} has ${type.gpus}`);
        return undefined;
    }
    // Each awsvpc task takes a network interface of its own; the instance keeps its primary one.
    const perInstance = (0,gpu_summary/* tasksPerInstance */.b_)(type, perTask);
    const autoscaling = main.deploy?.aws?.autoscaling;
    const tasks = Math.max(1, autoscaling?.max ?? main.deploy?.replicas ?? 1);
    // A rolling update runs up to twice the tasks (MaximumPercent 200) while the new ones start.
    const maxInstances = Math.ceil((2 * tasks) / perInstance);
    return {
        type,
        gpus,
        tasksPerInstance: perInstance,
        maxInstances,
        capacityProviderId: `${task.id}CapacityProvider`,
        autoScalingGroupId: `${task.id}AutoScalingGroup`,
    };
}
/** Task-level Cpu and Memory of an EC2 GPU task: what compose asks, else the task's share of the instance. */
function gpuTaskSize(ctx, task, p) {
    let cpus = 0;
    let memory = 0;
    for (const c of task.containers) {
        const r = c.deploy?.resources;
        cpus += r?.limits?.cpus ?? r?.reservations?.cpus ?? 0;
        memory += r?.limits?.memory ?? r?.reservations?.memory ?? 0;
    }
    const share = 1 / p.tasksPerInstance;
    const cpu = cpus > 0 ? Math.max(128, Math.ceil(cpus * 1024)) : Math.floor(p.type.vcpus * 1024 * share);
    const mib = memory > 0 ? Math.ceil(memory / (1024 * 1024)) : Math.floor((0,gpu_instances/* usableMemoryMiB */.Ob)(p.type) * share);
    if (cpus === 0 || memory === 0)
        ctx.warn(['services', task.name], `${task.name} runs with ${cpu} CPU units and ${mib} MiB, its share of a ${p.type.name}; set deploy.resources.limits (cpus, memory) to choose`);
    return { cpu, memory: mib };
}
/** The shared pieces: AMI parameter, instance role and profile, the instances' security group. */
function addSharedCapacity(ctx) {
    if (ctx.template.Parameters[GPU_AMI_PARAM])
        return;
    ctx.template.Parameters[GPU_AMI_PARAM] = {
        Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
        Default: GPU_AMI_SSM_PARAMETER,
        Description: 'ECS GPU-optimized Amazon Linux 2023 AMI, resolved from the public SSM parameter at each deploy',
    };
    const arn = (rest) => (0,context/* sub */.jb)(`arn:\${AWS::Partition}:ecs:\${AWS::Region}:\${AWS::AccountId}:${rest}`);
    ctx.add(GPU_INSTANCE_ROLE_ID, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: {
                Statement: [
                    { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } },
                ],
                Version: '2012-10-17',
            },
            // The ECS agent's actions (as in AmazonEC2ContainerServiceforEC2Role) on this stack's cluster only; no
            // ECR or Logs: on awsvpc tasks with an execution role the agent pulls and logs with that role.
            Policies: [
                {
                    PolicyDocument: {
                        Statement: [
                            { Action: 'ecs:DiscoverPollEndpoint', Effect: 'Allow', Resource: '*' },
                            {
                                Action: [
                                    'ecs:DeregisterContainerInstance',
                                    'ecs:Poll',
                                    'ecs:RegisterContainerInstance',
                                    'ecs:StartTelemetrySession',
                                    'ecs:SubmitAttachmentStateChanges',
                                    'ecs:SubmitContainerStateChange',
                                    'ecs:SubmitTaskStateChange',
                                    'ecs:UpdateContainerInstancesState',
                                ],
                                Effect: 'Allow',
                                Resource: [arn('cluster/${AWS::StackName}'), arn('container-instance/${AWS::StackName}/*')],
                            },
                        ],
                        Version: '2012-10-17',
                    },
                    PolicyName: 'ecs-agent',
                },
            ],
        },
    });
    ctx.add(GPU_INSTANCE_PROFILE_ID, {
        Type: 'AWS::IAM::InstanceProfile',
        Properties: { Roles: [(0,context/* ref */.KR)(GPU_INSTANCE_ROLE_ID)] },
    });
    // The instances' own interface only reaches out (agent, image layers through the tasks' roles); tasks
    // have interfaces of their own in the compose networks' groups.
    ctx.add(GPU_INSTANCE_GROUP_ID, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            GroupDescription: 'compose-ecs GPU container instances (egress only)',
            VpcId: (0,context/* ref */.KR)(network/* VPC_PARAM */.Yg),
        },
    });
}
/** The launch template, Auto Scaling group and capacity provider of one GPU service. */
function addGpuCapacity(ctx, task, p, cluster) {
    addSharedCapacity(ctx);
    const launchTemplate = `${task.id}LaunchTemplate`;
    const userData = [
        '#!/bin/bash',
        'cat >> /etc/ecs/ecs.config <<EOF',
        'ECS_CLUSTER=${Cluster}',
        'ECS_ENABLE_GPU_SUPPORT=true',
        // Tasks must not borrow the instance's role through the metadata service.
        'ECS_AWSVPC_BLOCK_IMDS=true',
        'EOF',
        '',
    ].join('\n');
    ctx.add(launchTemplate, {
        Type: 'AWS::EC2::LaunchTemplate',
        Properties: {
            LaunchTemplateData: {
                IamInstanceProfile: { Arn: (0,context/* getAtt */.CN)(GPU_INSTANCE_PROFILE_ID, 'Arn') },
                ImageId: (0,context/* ref */.KR)(GPU_AMI_PARAM),
                InstanceType: p.type.name,
                MetadataOptions: { HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1, HttpTokens: 'required' },
                SecurityGroupIds: [(0,context/* ref */.KR)(GPU_INSTANCE_GROUP_ID)],
                UserData: { 'Fn::Base64': (0,context/* sub */.jb)(userData, { Cluster: cluster }) },
            },
        },
    }, task.name);
    ctx.add(p.autoScalingGroupId, {
        Type: 'AWS::AutoScaling::AutoScalingGroup',
        Properties: {
            LaunchTemplate: {
                LaunchTemplateId: (0,context/* ref */.KR)(launchTemplate),
                Version: (0,context/* getAtt */.CN)(launchTemplate, 'LatestVersionNumber'),
            },
            // Managed scaling owns the size: the group starts empty and ECS grows it for the tasks.
            MaxSize: String(p.maxInstances),
            MinSize: '0',
            // Managed termination protection needs it: ECS lifts it from instances that run no task.
            NewInstancesProtectedFromScaleIn: true,
            VPCZoneIdentifier: (0,context/* ref */.KR)(network/* SUBNETS_PARAM */.hN),
        },
    }, task.name);
    ctx.add(p.capacityProviderId, {
        Type: 'AWS::ECS::CapacityProvider',
        Properties: {
            AutoScalingGroupProvider: {
                AutoScalingGroupArn: (0,context/* ref */.KR)(p.autoScalingGroupId),
                ManagedDraining: 'ENABLED',
                ManagedScaling: {
                    MaximumScalingStepSize: p.maxInstances,
                    MinimumScalingStepSize: 1,
                    Status: 'ENABLED',
                    TargetCapacity: 100,
                },
                ManagedTerminationProtection: 'ENABLED',
            },
            // Capacity provider names may not begin with aws, ecs or fargate: a stack named ecs-… would.
            Name: (0,context/* join */.fj)('-', ['gpu', (0,context/* ref */.KR)('AWS::StackName'), (0,task_definition/* containerName */.xN)(task.name)]),
        },
    }, task.name);
}
/** Per container: the GPUs it reserves, as ECS takes them (ResourceRequirements Type GPU, a count as text). */
function gpuContainerExtras(p) {
    const out = new Map();
    for (const [name, count] of p.gpus)
        out.set(name, { ResourceRequirements: [{ Type: 'GPU', Value: String(count) }] });
    return out;
}
/** The service's capacity provider strategy: all its tasks on its own EC2 capacity provider. */
function gpuStrategy(p) {
    return [{ CapacityProvider: (0,context/* ref */.KR)(p.capacityProviderId), Weight: 1 }];
}

;// CONCATENATED MODULE: ./src/template/listener-rules.ts


/** Adds the rule under ruleId(listener, priority) and returns that logical id. */
function addListenerRule(ctx, rule) {
    const id = ruleId(rule.listenerId, rule.priority);
    ctx.add(id, {
        Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
        Properties: {
            Actions: rule.actions,
            Conditions: rule.conditions,
            ListenerArn: (0,context/* ref */.KR)(rule.listenerId),
            Priority: rule.priority,
        },
    }, rule.owner);
    return id;
}
/** A host-header condition (at most 5 values per rule, with the rule's other conditions). */
function hostHeader(hosts) {
    return { Field: 'host-header', HostHeaderConfig: { Values: hosts } };
}
/** The conditions of an x-aws-route: its hosts and its path patterns. */
function routeConditions(route) {
    return [
        ...(route.hosts.length > 0 ? [hostHeader(route.hosts)] : []),
        ...(route.paths.length > 0
            ? [{ Field: 'path-pattern', PathPatternConfig: { Values: route.paths } }]
            : []),
    ];
}

;// CONCATENATED MODULE: ./src/template/target-health.ts

const CHECK_DEFAULTS = { interval: 10, timeout: 5, healthy: 2, unhealthy: 2 };
/** compose's default stop_grace_period, and the bounds of the drain derived from it (Fargate stops a container after at most 120 s). */
const DRAIN = { default: 10, min: 5, max: 120 };
/** Every answer below a server error (ALB matchers take 200-499 for HTTP). */
const ANY_ANSWER = '200-499';
/** The path a routed port is checked on: its first path pattern without the wildcard (`/api/*` → `/api`). */
function routePath(route) {
    const first = route?.paths.find((p) => !p.includes('*')) ?? route?.paths[0];
    if (first === undefined)
        return undefined;
    return first.replace(/\*.*$/, '').replace(/(.)\/$/, '$1') || '/';
}
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
    // Compose puts no health gate in front of a published port: without an HTTP healthcheck of its own, a
    // task is healthy when it answers at all, as long as not with a server error (an API's 401 or 404 on
    // its root is an answer), and it is asked on the path its route sends it, not on a `/` it never serves.
    const path = ext?.path ?? (type === 'application' ? (local?.path ?? routePath(p.route)) : undefined);
    const codes = ext?.codes ?? (local === undefined ? ANY_ANSWER : undefined);
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

;// CONCATENATED MODULE: ./src/template/target-groups.ts



/** Adds p's target group (or, with id, a twin of it: the alternate group of a deployment strategy). */
function addTargetGroup(ctx, plan, p, id = p.targetGroupId) {
    const protocol = plan.type === 'application'
        ? 'HTTP'
        : p.protocol === 'UDP' || p.protocol === 'TCP_UDP'
            ? p.protocol
            : 'TCP';
    const checked = {
        container: p.container,
        target: p.port.target,
        health: p.port.aws?.healthcheck,
        path: p.path,
        ...(p.route ? { route: p.route } : {}),
    };
    const health = targetHealthCheck(ctx, checked, plan.type);
    ctx.add(id, {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: {
            ...health,
            Port: p.port.target,
            Protocol: protocol,
            TargetGroupAttributes: [
                { Key: 'deregistration_delay.timeout_seconds', Value: String(drainSeconds(checked)) },
            ],
            TargetType: 'ip',
            VpcId: (0,context/* ref */.KR)(network/* VPC_PARAM */.Yg),
        },
    }, p.task.name);
    return { protocol, health };
}

;// CONCATENATED MODULE: ./src/template/task-ingress.ts


/**
 * A task ingress rule belongs to the security group and port it opens, not to the service that asked
 * first: services sharing a network and container port share the rule, and removing one of them
 * neither deletes the rule the others need nor recreates it under another name (which EC2 refuses
 * while the old one exists).
 */
function ingressId(group, protocol, port, purpose = '') {
    const ref = group?.Ref;
    const base = typeof ref === 'string' ? ref : `Group${(0,logical_id/* shortHash */.BC)(JSON.stringify(group))}`;
    return `${base}${protocol.toUpperCase()}${port}${purpose}Ingress`;
}
/** The task ingress rules of one template, each added once. */
class TaskIngress {
    ctx;
    plan;
    // EC2 refuses a rule that already exists (same group, protocol, port and source), and so would
    // CloudFormation's create: e.g. "80:8080" plus "443:8080", or a TCP port that is also a UDP health-check port.
    rules = new Set();
    constructor(ctx, plan) {
        this.ctx = ctx;
        this.plan = plan;
    }
    /**
     * The container port opens to the load balancer's security group only — also for UDP: AWS documents
     * that a target rule referencing the NLB's security group admits its traffic even with client IP
     * preservation (always on for UDP). Without a group (an existing LB whose group is not given, which
     * planLoadBalancer warns about) it opens to 0.0.0.0/0.
     */
    openPort(p, group, targetGroup) {
        const { health } = targetGroup;
        for (const protocol of p.protocols)
            this.add(ingressId(group, protocol, p.port.target), p, group, protocol, p.port.target, 'from the load balancer');
        // Health checks obey the targets' inbound rules: a check on another port than the traffic port
        // (x-aws-healthcheck.port, or the port a compose healthcheck fetches), or the TCP check of a UDP
        // target group (an NLB cannot check UDP), needs that TCP port open to the load balancer too —
        // otherwise every target stays unhealthy and the service never becomes stable.
        const hcPort = Number(health.HealthCheckPort ?? p.port.target);
        if (hcPort !== p.port.target || !p.protocols.includes('tcp')) {
            this.add(ingressId(group, 'tcp', hcPort, 'HealthCheck'), p, group, 'tcp', hcPort, 'for health checks');
        }
        if (targetGroup.protocol === 'UDP' && health.HealthCheckPort === undefined) {
            this.ctx.warn(p.path, `UDP port ${p.port.target} is health-checked over TCP on port ${hcPort} (a Network Load Balancer cannot check UDP): the container must accept TCP connections there, or set ${aws_extensions.X.healthcheck}: { port: <a TCP port it listens on> }`);
        }
    }
    add(id, p, group, protocol, port, why) {
        const source = this.plan.securityGroup ?? '0.0.0.0/0';
        const key = JSON.stringify([group, protocol, port, source]);
        if (this.rules.has(key))
            return;
        this.rules.add(key);
        const fromLb = this.plan.securityGroup !== undefined;
        this.ctx.add(id, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                ...(fromLb ? {} : { CidrIp: '0.0.0.0/0' }),
                Description: `container port ${port}/${protocol} ${why}`,
                FromPort: port,
                GroupId: group,
                IpProtocol: protocol,
                ...(fromLb ? { SourceSecurityGroupId: this.plan.securityGroup } : {}),
                ToPort: port,
            },
        }, p.task.name);
    }
}

;// CONCATENATED MODULE: ./src/template/strategy-traffic.ts
// The load-balancer side of an ECS blue/green, canary or linear deployment (x-aws-deployment): per
// published port of the service, an alternate target group, a production listener rule of its own (ALB)
// or the port's own listener (NLB), optionally a test listener, and one infrastructure role per service
// that ECS assumes to move the weights. The ECS Developer Guide's "Application/Network Load Balancer
// resources for blue/green, linear and canary deployments" and "Amazon ECS infrastructure IAM role for load
// balancers" are the sources (docs/mapping.md).
//
// ECS rewrites the production rule's forward action into weights over the two target groups during a
// deployment, and leaves it pointing at whichever group the new revision is in; a CloudFormation update of
// that rule later resets the weights to what the template says — possibly onto the emptied group
// (aws/aws-cdk#36649, aws/containers-roadmap#2853). So the rule's properties are fixed at creation and
// depend on nothing that an edit of the service changes: its listener, a fixed priority, its conditions
// and a weighted forward (100 / 0) over two target groups whose logical ids never change.







/** The production (or test) rule of a port without a route: after every routed rule, catching every path. */
const CATCH_ALL_PRIORITY = 50000;
/** The alternate target group of a strategy-managed port: its primary group's id with Alternate. */
function alternateTargetGroupId(p) {
    return p.targetGroupId.replace(/TargetGroup$/, 'AlternateTargetGroup');
}
/** Whether ECS shifts this port's traffic (its service has a blue-green, canary or linear strategy). */
function strategyManaged(p) {
    return effectiveStrategy(p.task.main) !== undefined;
}
/**
 * The forward action of p: to its target group, or, when ECS shifts its traffic, to both groups weighted
 * 100 / 0 (ECS's documented starting point; the alternate group must sit in an action of the load
 * balancer for ECS to register the new revision in it).
 */
function forwardActions(p) {
    if (!strategyManaged(p))
        return [{ TargetGroupArn: (0,context/* ref */.KR)(p.targetGroupId), Type: 'forward' }];
    return [
        {
            ForwardConfig: {
                TargetGroups: [
                    { TargetGroupArn: (0,context/* ref */.KR)(p.targetGroupId), Weight: 100 },
                    { TargetGroupArn: (0,context/* ref */.KR)(alternateTargetGroupId(p)), Weight: 0 },
                ],
            },
            Type: 'forward',
        },
    ];
}
/** The conditions of p's production rule: its route's, else every path (for a host: pass host-header). */
function productionConditions(p) {
    return p.route
        ? routeConditions(p.route)
        : [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }];
}
/** Collects what ECS may change per service, then adds its infrastructure role (finish). */
class StrategyTraffic {
    ctx;
    plan;
    advanced = new Map();
    services = new Map();
    testPorts = new Map();
    constructor(ctx, plan) {
        this.ctx = ctx;
        this.plan = plan;
    }
    /** The alternate target group, the production rule (ALB, unrouted port) and the test listener of p. */
    addPort(p) {
        const strategy = effectiveStrategy(p.task.main);
        if (!strategy)
            return;
        const alternate = alternateTargetGroupId(p);
        addTargetGroup(this.ctx, this.plan, p, alternate);
        const application = this.plan.type === 'application';
        // A routed port's rule (listeners.ts) is its production rule; an unrouted one gets a catch-all rule of
        // its own, since ECS needs a rule, not the listener's default action. On an NLB, the listener it is.
        let production = p.listenerId;
        if (application && p.domain && !this.plan.existing) {
            // x-aws-domain: the service's traffic comes through its host-header rule on the HTTPS listener
            // (domains.ts, whose actions are forwardActions too), and that rule is what ECS shifts.
            production = ruleId(listenerId(HTTPS_PORT), p.domain.priority);
            this.ctx.warn(p.path, `${p.task.name}: ECS shifts the HTTPS rule of its ${aws_extensions.X.domain} names; requests to port ${p.port.published} for other host names (the load balancer's own DNS name) are not shifted and reach the first target group only, which a completed shift leaves empty`);
        }
        else if (application) {
            production = p.route
                ? ruleId(p.listenerId, p.route.priority)
                : addListenerRule(this.ctx, {
                    listenerId: p.listenerId,
                    priority: CATCH_ALL_PRIORITY,
                    conditions: productionConditions(p),
                    actions: forwardActions(p),
                    owner: p.task.name,
                });
        }
        const test = strategy.testPort !== undefined ? this.addTestListener(p, strategy.testPort) : undefined;
        const service = this.service(p.task);
        service.targetGroups.push(p.targetGroupId, alternate);
        (application ? service.rules : service.listeners).push(production);
        if (test)
            (application ? service.rules : service.listeners).push(test);
        this.advanced.set(p.targetGroupId, {
            AlternateTargetGroupArn: (0,context/* ref */.KR)(alternate),
            ProductionListenerRule: (0,context/* ref */.KR)(production),
            RoleArn: (0,context/* getAtt */.CN)(roleId(p.task), 'Arn'),
            ...(test ? { TestListenerRule: (0,context/* ref */.KR)(test) } : {}),
        });
    }
    /** One infrastructure role per strategy-managed service, allowed only on that service's resources. */
    finish() {
        for (const s of this.services.values())
            addInfrastructureRole(this.ctx, s);
    }
    service(task) {
        let s = this.services.get(task.name);
        if (!s)
            this.services.set(task.name, (s = { task, targetGroups: [], rules: [], listeners: [] }));
        return s;
    }
    /**
     * A listener on test_port reaching the new revision before production traffic moves (ECS points the
     * test rule at it first). Its id is the port's listener id, so it cannot collide with a published port.
     */
    addTestListener(p, port) {
        const at = ['services', p.task.name, aws_extensions.X.deployment, 'test_port'];
        const id = listenerId(port);
        const other = this.testPorts.get(port);
        if (this.plan.ports.some((q) => q.listenerId === id) || (other && other !== p.task.name)) {
            this.ctx.error(at, `test_port ${port} is already a listener port of this load balancer; choose another`);
            return undefined;
        }
        if (other === p.task.name) {
            this.ctx.error(at, `test_port tests one published port; ${p.task.name} publishes several`);
            return undefined;
        }
        this.testPorts.set(port, p.task.name);
        const application = this.plan.type === 'application';
        this.ctx.add(id, {
            Type: 'AWS::ElasticLoadBalancingV2::Listener',
            Properties: {
                ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
                DefaultActions: application
                    ? [{ TargetGroupArn: (0,context/* ref */.KR)(p.targetGroupId), Type: 'forward' }]
                    : forwardActions(p),
                LoadBalancerArn: this.plan.arn,
                Port: port,
                Protocol: p.protocol,
            },
        }, p.task.name);
        this.openTestPort(p, port);
        if (!application)
            return id;
        return addListenerRule(this.ctx, {
            listenerId: id,
            priority: CATCH_ALL_PRIORITY,
            conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }],
            actions: forwardActions(p),
            owner: p.task.name,
        });
    }
    /** The load balancer's own security group opens the test port; an existing one is the user's to open. */
    openTestPort(p, port) {
        if (this.plan.existing) {
            this.ctx.warn(['services', p.task.name, aws_extensions.X.deployment, 'test_port'], `open test_port ${port}/tcp on the existing load balancer's security group yourself`);
            return;
        }
        this.ctx.add(`LoadBalancerTCP${port}TestIngress`, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                CidrIp: '0.0.0.0/0',
                Description: `${p.task.name} test listener port ${port}/tcp`,
                FromPort: port,
                GroupId: this.plan.securityGroup,
                IpProtocol: 'tcp',
                ToPort: port,
            },
        }, p.task.name);
    }
}
/** The tag the README's permissions boundary lets shift load-balancer traffic. */
const INFRASTRUCTURE_ROLE_TAG = 'compose-ecs:infrastructure-role';
function roleId(task) {
    return `${task.id}LoadBalancerInfrastructureRole`;
}
/**
 * The role ECS assumes (trusted to ecs.amazonaws.com) to register the new revision and move the weights.
 * AWS's managed AmazonECSInfrastructureRolePolicyForLoadBalancers grants the same actions on every target
 * group, listener and rule of the account; this inline policy grants them on this service's only.
 * Describe* calls take no resource-level permissions.
 */
function addInfrastructureRole(ctx, s) {
    const statements = [
        {
            Action: [
                'elasticloadbalancing:DescribeListeners',
                'elasticloadbalancing:DescribeRules',
                'elasticloadbalancing:DescribeTargetGroups',
                'elasticloadbalancing:DescribeTargetHealth',
            ],
            Effect: 'Allow',
            Resource: '*',
        },
        {
            Action: ['elasticloadbalancing:DeregisterTargets', 'elasticloadbalancing:RegisterTargets'],
            Effect: 'Allow',
            Resource: s.targetGroups.map((id) => (0,context/* ref */.KR)(id)),
        },
    ];
    if (s.rules.length > 0)
        statements.push({
            Action: 'elasticloadbalancing:ModifyRule',
            Effect: 'Allow',
            Resource: s.rules.map((id) => (0,context/* ref */.KR)(id)),
        });
    if (s.listeners.length > 0)
        statements.push({
            Action: 'elasticloadbalancing:ModifyListener',
            Effect: 'Allow',
            Resource: s.listeners.map((id) => (0,context/* ref */.KR)(id)),
        });
    ctx.add(roleId(s.task), {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: {
                Statement: [
                    { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' } },
                ],
                Version: '2012-10-17',
            },
            Policies: [
                {
                    PolicyDocument: { Statement: statements, Version: '2012-10-17' },
                    PolicyName: 'LoadBalancerTrafficShift',
                },
            ],
            // With permissions-boundary, the boundary allows these actions only to roles tagged so (README).
            Tags: [{ Key: INFRASTRUCTURE_ROLE_TAG, Value: 'load-balancer' }],
        },
    }, s.task.name);
}

// EXTERNAL MODULE: ./src/compose/extensions/domain.ts
var domain = __webpack_require__(231);
;// CONCATENATED MODULE: ./src/template/domains.ts








/**
 * AWS's recommended policy for HTTPS listeners (TLS 1.3 and 1.2, hybrid post-quantum key exchange):
 * docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html. Without one,
 * CloudFormation would give the listener ELBSecurityPolicy-2016-08 (TLS 1.0 and up).
 */
const HTTPS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09';
/** IpAddressType values of a load balancer that answers over IPv6 too (then AAAA aliases resolve). */
const DUAL_STACK = ['dualstack', 'dualstack-without-public-ipv4'];
/** The domain ports of a plan, in service order (the first one's certificate is the listener's default). */
function domainPorts(plan) {
    return plan.ports.filter((p) => p.domain).sort((a, b) => (a.container.name < b.container.name ? -1 : 1));
}
function certificateId(ctx, p) {
    return `${ctx.ids.service.get(p.container.name)}Certificate`;
}
/** The rule that forwards a domain service's names on the HTTPS listener (a deployment strategy may replace its actions). */
function httpsRule(p) {
    return {
        listenerId: listenerId(HTTPS_PORT),
        priority: p.domain.priority,
        conditions: [hostHeader(p.domain.names)],
        // Weighted over the alternate target group when a deployment strategy shifts it (strategy-traffic.ts).
        actions: forwardActions(p),
        owner: p.task.name,
    };
}
/** Adds every x-aws-domain resource; returns the hosted-zone parameters the plan fills. */
function addDomains(ctx, plan) {
    const ports = domainPorts(plan);
    if (ports.length === 0 || plan.existing || plan.type !== 'application')
        return [];
    const keys = (0,logical_id/* assignIds */.QC)(ports.flatMap((p) => p.domain.names));
    const parameters = ports.flatMap((p) => p.domain.names.map((name) => zoneParameter(ctx, p, name, keys)));
    const own = plan.ports.find((p) => p.listenerId === listenerId(HTTPS_PORT));
    if (!own)
        addHttpsListener(ctx, plan, ports[0]);
    for (const p of ports) {
        addCertificate(ctx, p, keys);
        // Every domain certificate is in the listener's certificate list, the default one too (AWS allows it:
        // DescribeListenerCertificates then lists it twice). So removing the service whose certificate is the
        // default changes the listener's default first and only then removes a certificate no longer the default.
        ctx.add(`${ctx.ids.service.get(p.container.name)}ListenerCertificate`, {
            Type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate',
            Properties: {
                Certificates: [{ CertificateArn: (0,context/* ref */.KR)(certificateId(ctx, p)) }],
                ListenerArn: (0,context/* ref */.KR)(listenerId(HTTPS_PORT)),
            },
        }, p.task.name);
        addListenerRule(ctx, httpsRule(p));
        addListenerRule(ctx, {
            listenerId: p.listenerId,
            priority: p.domain.priority,
            conditions: [hostHeader(p.domain.names)],
            // Host, path and query stay as asked (#{host}, /#{path}, #{query} are the defaults).
            actions: [
                {
                    RedirectConfig: { Port: String(HTTPS_PORT), Protocol: 'HTTPS', StatusCode: 'HTTP_301' },
                    Type: 'redirect',
                },
            ],
            owner: p.task.name,
        });
        addAliases(ctx, p, keys);
        p.domain.names.forEach((name, i) => {
            ctx.template.Outputs[`${p.id}${i === 0 ? '' : `Name${i + 1}`}URL`] = {
                Description: `${p.container.name}: ${name} (${p.container.name} published port ${p.port.published})`,
                Value: `https://${name}`,
            };
        });
    }
    return parameters;
}
function zoneParameter(ctx, p, name, keys) {
    const id = `${keys.get(name)}HostedZoneId`;
    ctx.template.Parameters[id] = {
        Type: 'String',
        AllowedPattern: '^Z[A-Z0-9]+$',
        Description: `Public Route 53 hosted zone of ${name} (x-aws-domain of ${p.container.name})`,
    };
    return {
        name: id,
        kind: 'hosted-zone',
        domain: name,
        service: p.container.name,
        ...(p.domain.hostedZone ? { hostedZone: p.domain.hostedZone } : {}),
        description: `the public Route 53 hosted zone of ${name}`,
    };
}
/** The 443 listener when no published port has one: the first domain's certificate, 404 for other hosts. */
function addHttpsListener(ctx, plan, first) {
    ctx.add(listenerId(HTTPS_PORT), {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
            Certificates: [{ CertificateArn: (0,context/* ref */.KR)(certificateId(ctx, first)) }],
            DefaultActions: [
                {
                    FixedResponseConfig: { ContentType: 'text/plain', MessageBody: 'not found', StatusCode: '404' },
                    Type: 'fixed-response',
                },
            ],
            LoadBalancerArn: plan.arn,
            Port: HTTPS_PORT,
            Protocol: 'HTTPS',
            SslPolicy: HTTPS_POLICY,
        },
    }, first.task.name);
}
/**
 * One certificate per service, for all its names. With HostedZoneId in every DomainValidationOption,
 * CloudFormation creates the validation CNAME records and waits until ACM issues the certificate
 * (docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-certificatemanager-certificate.html).
 * CloudFormation leaves those records in the zone when the certificate is deleted; ACM reuses one per name.
 */
function addCertificate(ctx, p, keys) {
    const names = p.domain.names;
    const first = names.find((n) => n.length <= domain/* MAX_FIRST_NAME */._L);
    const others = names.filter((n) => n !== first);
    ctx.add(certificateId(ctx, p), {
        Type: 'AWS::CertificateManager::Certificate',
        Properties: {
            DomainName: first,
            DomainValidationOptions: names.map((name) => ({
                DomainName: name,
                HostedZoneId: (0,context/* ref */.KR)(`${keys.get(name)}HostedZoneId`),
            })),
            ...(others.length > 0 ? { SubjectAlternativeNames: others } : {}),
            ValidationMethod: 'DNS',
        },
    }, p.task.name);
}
/** A (and AAAA for a dual-stack load balancer) alias records per name; deleted with the stack. */
function addAliases(ctx, p, keys) {
    const overlay = ctx.project.aws?.cloudformation;
    const ipType = overlay?.Resources?.[LB_ID]?.Properties?.IpAddressType;
    const types = DUAL_STACK.includes(String(ipType)) ? ['A', 'AAAA'] : ['A'];
    for (const name of p.domain.names)
        for (const type of types)
            ctx.add(`${keys.get(name)}${type === 'A' ? 'Alias' : 'AliasIPv6'}`, {
                Type: 'AWS::Route53::RecordSet',
                Properties: {
                    AliasTarget: {
                        DNSName: (0,context/* getAtt */.CN)(LB_ID, 'DNSName'),
                        EvaluateTargetHealth: false,
                        HostedZoneId: (0,context/* getAtt */.CN)(LB_ID, 'CanonicalHostedZoneID'),
                    },
                    HostedZoneId: (0,context/* ref */.KR)(`${keys.get(name)}HostedZoneId`),
                    Name: name,
                    Type: type,
                },
            }, p.task.name);
}

;// CONCATENATED MODULE: ./src/template/listeners.ts









/** Adds every listener resource of the plan; returns the parameters x-aws-domain needs (domains.ts). */
function addListeners(ctx, plan, taskGroup) {
    const ingress = new TaskIngress(ctx, plan);
    const traffic = new StrategyTraffic(ctx, plan);
    const listeners = new Set();
    // The port without a route answers what no rule matches, per listener (looked up once, not per port).
    const fallbacks = new Map();
    for (const p of plan.ports)
        if (!p.route && !p.domain && !fallbacks.has(p.listenerId))
            fallbacks.set(p.listenerId, p);
    for (const p of plan.ports) {
        const targetGroup = addTargetGroup(ctx, plan, p);
        if (!listeners.has(p.listenerId)) {
            listeners.add(p.listenerId);
            addListener(ctx, plan, p, fallbacks.get(p.listenerId));
        }
        if (p.route) {
            addListenerRule(ctx, {
                listenerId: p.listenerId,
                priority: p.route.priority,
                conditions: routeConditions(p.route),
                actions: forwardActions(p),
                owner: p.task.name,
            });
        }
        traffic.addPort(p);
        const group = taskGroup(p.task);
        if (group === undefined) {
            ctx.warn(p.path, `service ${p.task.name} joins only external networks: allow port ${p.port.target}/${p.protocols.join('+')} from the load balancer yourself`);
        }
        else {
            ingress.openPort(p, group, targetGroup);
        }
        // A domain port's URLs are its names (domains.ts).
        if (!plan.existing && !p.domain)
            addUrlOutput(ctx, p);
    }
    if (plan.ports.length > 0 && !plan.existing) {
        ctx.template.Outputs.LoadBalancerDNSName = {
            Description: 'DNS name of the load balancer',
            Value: (0,context/* getAtt */.CN)(LB_ID, 'DNSName'),
        };
    }
    const parameters = addDomains(ctx, plan);
    traffic.finish();
    return { parameters, advanced: traffic.advanced };
}
/**
 * What an ECS service behind a port waits for: its target group must be reached from a listener of the load
 * balancer before the service is created (the listener, its route's rule, its domain's HTTPS rule).
 */
function portDependencies(p) {
    return [
        p.listenerId,
        ...(p.route ? [ruleId(p.listenerId, p.route.priority)] : []),
        ...(p.domain ? [ruleId(listenerId(HTTPS_PORT), p.domain.priority)] : []),
    ];
}
/** The listener of p's published port; the port without a route answers what no rule matches, else 404. */
function addListener(ctx, plan, p, fallback) {
    ctx.add(p.listenerId, {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
            ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
            DefaultActions: [
                // On an NLB the listener is the production "rule" ECS shifts (weighted when a strategy manages
                // it); an ALB's default stays a plain forward, behind the catch-all rule ECS shifts.
                fallback && plan.type === 'network'
                    ? forwardActions(fallback)[0]
                    : fallback
                        ? { TargetGroupArn: (0,context/* ref */.KR)(fallback.targetGroupId), Type: 'forward' }
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
/** The port's URL on the load balancer this stack creates (no default port, the route's path prefix). */
function addUrlOutput(ctx, p) {
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
        Value: (0,context/* sub */.jb)(`${scheme}://\${${LB_ID}.DNSName}${defaultPort ? '' : `:${p.port.published}`}${prefix}`),
    };
}

// EXTERNAL MODULE: ./src/template/logs.ts
var logs = __webpack_require__(1427);
// EXTERNAL MODULE: ./src/template/secrets.ts
var template_secrets = __webpack_require__(6251);
;// CONCATENATED MODULE: ./src/template/names-used.ts
/** Keys (and flags) whose value is a host: DB_HOST, REDIS_ADDR, SMTP_SERVER, API_URL, DATABASE_DSN, --host. */
const HOST_KEY = /(?:^|[_-])(?:hosts?|hostname|addr|address|server|servers|endpoint|url|uri|dsn|upstream)$/i;
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
        // host=db (a keyword DSN), --host db, -h db, DB_HOST=db in a command: the key says it is a host.
        const key = /(?:^|[\s;,])-{0,2}([a-z][\w-]*)[=\s]+$/i.exec(before)?.[1];
        const evidence = scheme !== undefined ||
            explicit !== undefined ||
            (key !== undefined && (HOST_KEY.test(key) || key === 'h'))
            ? 'host'
            : 'word';
        out.push({ name: host, ...(port !== undefined ? { port } : {}), where, evidence });
    }
    return out;
}
/** Every name of `names` that service `s` uses, with where and on which port. */
function namesUsedBy(s, names) {
    const out = [];
    for (const [key, value] of Object.entries(s.environment))
        if (value !== null)
            out.push(...findNames(value, names, `environment.${key}`).map((u) => HOST_KEY.test(key) ? { ...u, evidence: 'host' } : u));
    (s.command ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `command[${i}]`)));
    (s.entrypoint ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `entrypoint[${i}]`)));
    for (const l of s.links)
        if (names.has(l.alias.toLowerCase()))
            out.push({ name: l.alias.toLowerCase(), where: 'links', evidence: 'declared' });
    for (const dep of Object.keys(s.dependsOn))
        if (names.has(dep.toLowerCase()))
            out.push({ name: dep.toLowerCase(), where: `depends_on.${dep}`, evidence: 'declared' });
    return out.filter((u) => u.name !== s.name.toLowerCase());
}

;// CONCATENATED MODULE: ./src/template/start-order.ts


const RANK = { declared: 3, host: 2, word: 1 };
const SAYS = {
    declared: 'declared',
    host: 'a host',
    word: 'a bare word, perhaps not a host',
};
/** Every ordered pair of tasks with the strongest evidence that the first calls the second. */
function candidates(ctx, tasks) {
    const taskOf = new Map();
    for (const t of tasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const owner = new Map();
    if (ctx.options.serviceDiscovery)
        for (const t of tasks)
            for (const n of (0,template_discovery/* taskNames */.ui)(ctx, t))
                owner.set(n, t.name);
    const best = new Map();
    const offer = (e) => {
        const key = `${e.client}\0${e.server}`;
        const was = best.get(key);
        if (e.client !== e.server && (!was || RANK[e.evidence] > RANK[was.evidence]))
            best.set(key, e);
    };
    for (const t of tasks)
        for (const c of t.containers) {
            // depends_on orders tasks whether or not the names resolve (compose starts them in that order).
            for (const dep of Object.keys(c.dependsOn)) {
                const other = taskOf.get(dep);
                if (other)
                    offer({
                        client: t.name,
                        server: other.name,
                        evidence: 'declared',
                        because: `${c.name} depends_on ${dep}`,
                    });
            }
            if (!ctx.options.serviceDiscovery)
                continue;
            for (const use of namesUsedBy(c, new Set(owner.keys()))) {
                const server = owner.get(use.name);
                const because = use.where === 'links' || use.where.startsWith('depends_on.')
                    ? `${c.name} ${use.where === 'links' ? 'links' : 'depends_on'} ${use.name}`
                    : `${c.name} names ${use.name} in ${use.where}, ${SAYS[use.evidence]}`;
                offer({ client: t.name, server, evidence: use.evidence, because });
            }
        }
    return [...best.values()].sort((a, b) => RANK[b.evidence] - RANK[a.evidence] ||
        (a.client < b.client ? -1 : a.client > b.client ? 1 : a.server < b.server ? -1 : 1));
}
/** Task name → the tasks it must start after, and the plan's account of each decision. */
function startOrder(ctx, tasks) {
    const after = new Map(tasks.map((t) => [t.name, new Set()]));
    const explained = [];
    const reaches = (from, to) => {
        const seen = new Set([from]);
        const stack = [from];
        while (stack.length > 0) {
            const next = after.get(stack.pop()) ?? new Set();
            if (next.has(to))
                return true;
            for (const n of next)
                if (!seen.has(n) && seen.add(n))
                    stack.push(n);
        }
        return false;
    };
    const all = candidates(ctx, tasks);
    const of = (client, server) => all.find((e) => e.client === client && e.server === server);
    for (const e of all) {
        const reverse = of(e.server, e.client);
        // Two services naming each other as strongly: nothing says which is the server. Neither waits.
        if (reverse && reverse.evidence === e.evidence && e.evidence !== 'declared') {
            if (e.client < e.server) {
                explained.push(`${e.client} and ${e.server} start together: ${e.because}, and ${reverse.because}; both must retry until the other answers`);
                ctx.warn(['services', e.client], `${e.client} and ${e.server} name each other (${e.because}; ${reverse.because}): neither waits for the other, so both must retry their connections`);
            }
            continue;
        }
        if (reaches(e.server, e.client)) {
            // Stronger (or earlier, equally strong) evidence already orders the other way round.
            explained.push(`${e.client} does not wait for ${e.server}: ${e.because}, but ${e.server} already starts after ${e.client}`);
            if (e.evidence !== 'word')
                ctx.warn(['services', e.client], `${e.because}, but ${e.server} already starts after ${e.client}; ${e.client} may start before ${e.server} answers and must retry`);
            continue;
        }
        after.get(e.client).add(e.server);
        explained.push(`${e.client} starts after ${e.server}: ${e.because}`);
    }
    return { after, explained: explained.sort() };
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
    for (const [name, service] of (0,context/* sortedRecord */.vZ)(services)) {
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
    for (const [name, main] of (0,context/* sortedRecord */.vZ)(services)) {
        if (targets.has(name))
            continue;
        const sidecars = [...targets].filter(([, t]) => t === name).map(([s]) => services[s]);
        tasks.push({ name, id: ctx.ids.service.get(name), main, containers: [main, ...sidecars] });
    }
    return tasks;
}

;// CONCATENATED MODULE: ./src/template/efs-policy.ts
// The file-system policy of every EFS file system the stack creates. Without one, EFS's default policy
// grants full access to any client that reaches a mount target, anonymous NFS clients included, and the
// task roles' access-point conditions restrict nothing. A policy names no principal (Principal "*"), so a
// retained file system and an `external` volume keep working for the next stack's task roles: same-account
// principals are allowed by their identity policies (the task role's ClientMount/ClientWrite on its access
// points), and nothing allows a client without an IAM identity, so anonymous mounts are refused — what
// the EFS console's "Prevent anonymous access" does by taking ClientMount out of the allowed actions.
// A client without TLS is denied outright ("Enforce in-transit encryption for all clients").
/** The FileSystemPolicy property value: deny without TLS; allow nothing (identity policies do that). */
function fileSystemPolicy() {
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'DenyWithoutTls',
                Effect: 'Deny',
                Principal: { AWS: '*' },
                Action: '*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
        ],
    };
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
    const users = volumeUsers(tasks);
    for (const name of [...users.keys()].sort()) {
        const vol = ctx.project.volumes[name];
        if (!vol) {
            ctx.error(['services', [...users.get(name)][0].name, 'volumes'], `volume ${name} is not defined in the top-level volumes`);
            continue;
        }
        warnIgnored(ctx, name, vol);
        if (vol.external) {
            plan.fileSystems.set(name, externalFileSystem(ctx, name, vol));
            continue;
        }
        const fsValue = addFileSystem(ctx, name, vol, plan.parameters);
        addNfsGroup(ctx, name, users.get(name), groups);
        plan.fileSystems.set(name, fsValue);
        plan.mountTargets.set(name, addMountTargets(ctx, name, fsValue));
    }
    return plan;
}
/** Compose volume name → the tasks that mount it. */
function volumeUsers(tasks) {
    const users = new Map();
    for (const task of tasks)
        for (const c of task.containers)
            for (const m of c.volumes) {
                if (m.type !== 'volume' || !m.source)
                    continue;
                users.set(m.source, (users.get(m.source) ?? new Set()).add(task));
            }
    return users;
}
/** A driver other than EFS, and driver options EFS has no use for, are warned about where written. */
function warnIgnored(ctx, name, vol) {
    const path = ['volumes', name];
    if (vol.driver && !['local', 'efs'].includes(vol.driver))
        ctx.warn([...path, 'driver'], `volume driver ${vol.driver} is ignored: volumes become EFS file systems`);
    for (const key of Object.keys(vol.driverOpts).sort()) {
        if (!KNOWN_OPTS.includes(key))
            ctx.warn([...path, 'driver_opts', key], `driver option ${key} is ignored (known: ${KNOWN_OPTS.join(', ')})`);
    }
}
/** An external volume names an existing file system: its id, checked for form. */
function externalFileSystem(ctx, name, vol) {
    const fs = vol.externalName ?? vol.name;
    if (!/^fs-[0-9a-f]+$/.test(fs))
        ctx.error(['volumes', name, 'name'], `external volume ${name} must name an existing EFS file system id (fs-...), got ${fs}`);
    return fs;
}
/** The retained, encrypted file system of a volume (or the one an earlier stack retained): its id value. */
function addFileSystem(ctx, name, vol, parameters) {
    const id = fileSystemId(ctx, name);
    const o = vol.driverOpts;
    const throughput = o.provisioned_throughput !== undefined ? Number(o.provisioned_throughput) : undefined;
    if (throughput !== undefined && !(throughput > 0))
        ctx.error(['volumes', name, 'driver_opts', 'provisioned_throughput'], 'provisioned_throughput must be a positive number of MiB/s');
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
    ctx.template.Conditions = { ...ctx.template.Conditions, [isNew]: { 'Fn::Equals': [(0,context/* ref */.KR)(retained), ''] } };
    parameters.push({
        name: retained,
        kind: 'retained-file-system',
        volume: name,
        description: `a file system of volume ${name} that an earlier stack of ${ctx.project.name} retained`,
    });
    ctx.add(id, {
        Type: 'AWS::EFS::FileSystem',
        Condition: isNew,
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
            FileSystemTags: [
                { Key: STACK_TAG, Value: (0,context/* ref */.KR)('AWS::StackName') },
                { Key: VOLUME_TAG, Value: name },
            ],
            ...(o.backup_policy ? { BackupPolicy: { Status: o.backup_policy.toUpperCase() } } : {}),
            Encrypted: true,
            FileSystemPolicy: fileSystemPolicy(),
            ...(o.lifecycle_policy ? { LifecyclePolicies: [{ TransitionToIA: o.lifecycle_policy }] } : {}),
            ...(o.performance_mode ? { PerformanceMode: o.performance_mode } : {}),
            ...(throughput !== undefined && throughput > 0 ? { ProvisionedThroughputInMibps: throughput } : {}),
            ...(o.throughput_mode ? { ThroughputMode: o.throughput_mode } : {}),
        },
    });
    return { 'Fn::If': [isNew, (0,context/* ref */.KR)(id), (0,context/* ref */.KR)(retained)] };
}
/** NFS from the security groups of the services that mount it, nothing else. */
function addNfsGroup(ctx, name, users, groups) {
    const clientGroups = new Map();
    for (const task of users) {
        for (const n of Object.keys(task.main.networks).sort()) {
            const g = groups.get(n);
            if (g !== undefined)
                clientGroups.set(JSON.stringify(g), g);
        }
    }
    ctx.add(`${fileSystemId(ctx, name)}SecurityGroup`, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            GroupDescription: `compose-ecs volume ${name}: NFS from the services that mount it`,
            SecurityGroupIngress: [...clientGroups.values()].map((g) => ({
                Description: 'NFS',
                FromPort: 2049,
                IpProtocol: 'tcp',
                SourceSecurityGroupId: g,
                ToPort: 2049,
            })),
            VpcId: (0,context/* ref */.KR)('VpcId'),
        },
    });
}
/** A mount target in each of the first efsSubnetCount subnets: their logical IDs. */
function addMountTargets(ctx, name, fsValue) {
    const id = fileSystemId(ctx, name);
    const targets = [];
    for (let i = 0; i < ctx.options.efsSubnetCount; i++) {
        const mt = `${id}MountTarget${i}`;
        ctx.add(mt, {
            Type: 'AWS::EFS::MountTarget',
            Properties: {
                FileSystemId: fsValue,
                SecurityGroups: [(0,context/* ref */.KR)(`${id}SecurityGroup`)],
                SubnetId: { 'Fn::Select': [i, (0,context/* ref */.KR)(network/* SUBNETS_PARAM */.hN)] },
            },
        });
        targets.push(mt);
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/template/project-plan.ts
// The project-level resources every task builds on: network, cluster, load balancer and listeners,
// secrets, volumes, service discovery, start order and each task's capacity. Added once, before any task.














function planProject(ctx) {
    const parameters = (0,network/* addNetworkParameters */.kg)(ctx);
    const cluster = addCluster(ctx);
    (0,logs/* addLogGroup */.h2)(ctx);
    const groups = (0,network/* addNetworks */.Br)(ctx);
    const allTasks = planTasks(ctx);
    const jobs = (0,template_jobs/* findJobs */.kM)(ctx, allTasks);
    const tasks = allTasks.filter((t) => !jobs.has(t.name));
    const lb = planLoadBalancer(ctx, tasks);
    addLoadBalancerSubnets(ctx, parameters, lb);
    const taskOf = new Map();
    for (const t of allTasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const listened = addListeners(ctx, lb, (task) => ingressGroup(groups, task));
    parameters.push(...listened.parameters);
    const secrets = (0,template_secrets/* planSecrets */.Ds)(ctx);
    parameters.push(...secrets.parameters);
    const volumes = planVolumes(ctx, tasks, groups);
    parameters.push(...volumes.parameters);
    const discovery = (0,template_discovery/* addDiscovery */.CD)(ctx, tasks);
    const order = startOrder(ctx, allTasks);
    (0,template_jobs/* checkJobOrder */.c4)(ctx, jobs, order.after);
    // GPU services run on EC2 capacity of their own (gpu-capacity.ts), the others on Fargate (capacity.ts).
    const gpus = new Map(allTasks.map((t) => [t.name, planGpuTask(ctx, t)]));
    const strategies = new Map(allTasks.map((t) => {
        const gpu = gpus.get(t.name);
        return [
            t.name,
            gpu && !jobs.has(t.name) ? gpuStrategy(gpu) : capacityStrategy(ctx, t, jobs.has(t.name)),
        ];
    }));
    const capacityProviders = addCapacityProviders(ctx, cluster, providersOf(strategies.values()));
    const portsOf = new Map();
    for (const p of lb.ports)
        portsOf.set(p.task, [...(portsOf.get(p.task) ?? []), p]);
    return {
        parameters,
        cluster,
        groups,
        allTasks,
        tasks,
        jobs,
        lb,
        advanced: listened.advanced,
        secrets: secrets.sources,
        volumes,
        discovery,
        order,
        taskOf,
        byName: new Map(tasks.map((t) => [t.name, t])),
        gpus,
        strategies,
        capacityProviders,
        portsOf,
    };
}
/** The subnets a load balancer the stack creates sits in. */
function addLoadBalancerSubnets(ctx, parameters, lb) {
    if (ctx.template.Resources[LB_ID] && lb.scheme === 'internet-facing')
        parameters.push((0,network/* addLoadBalancerSubnetsParameter */.X6)(ctx));
    else if (ctx.template.Resources[LB_ID]) {
        // An internal load balancer sits in the tasks' subnets: they must span two zones.
        const subnets = parameters.find((p) => p.kind === 'subnets');
        subnets.minCount = Math.max(subnets.minCount ?? 0, 2);
    }
}
/** Ingress for published ports goes on the first security group we create for the task. */
function ingressGroup(groups, task) {
    return Object.keys(task.main.networks)
        .sort()
        .map((n) => groups.get(n))
        .find((g) => typeof g === 'object');
}
/** The security groups of a task's networks (its main container's: sidecars share its network). */
function taskSecurityGroups(ctx, groups, task) {
    const names = Object.keys(task.main.networks).sort();
    for (const c of task.containers.slice(1)) {
        // A network_mode: service:<name> sidecar declares no networks of its own (compose forbids both).
        const own = Object.keys(c.networks).sort();
        if (own.length > 0 && own.join() !== names.join()) {
            ctx.warn(['services', c.name, 'networks'], `sidecar ${c.name} shares the network of ${task.name}; its own networks are ignored`);
        }
    }
    return names.map((n) => groups.get(n)).filter((g) => g !== undefined);
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
/**
 * `obj`'s keys in `order` first (those it has), then the others sorted; the values are not copied, and an
 * object already in that order is returned as it is (most are: a large project has thousands).
 */
function ordered(obj, order) {
    if (inOrder(Object.keys(obj), order))
        return obj;
    const out = {};
    for (const k of order)
        if (Object.hasOwn(obj, k))
            out[k] = obj[k];
    const rest = order.length ? Object.keys(obj).filter((k) => !order.includes(k)) : Object.keys(obj);
    for (const k of rest.sort(byKey))
        out[k] = obj[k];
    return out;
}
function inOrder(keys, order) {
    const rank = (k) => {
        const at = order.indexOf(k);
        return at < 0 ? order.length : at;
    };
    for (let i = 1; i < keys.length; i++) {
        const a = rank(keys[i - 1]);
        const b = rank(keys[i]);
        if (a > b || (a === b && a === order.length && byKey(keys[i - 1], keys[i]) > 0))
            return false;
    }
    return true;
}
function canonicalTemplate(template) {
    // A copy: the sections below are replaced, and the template given is left as it is.
    const out = { ...ordered(template, SECTION_ORDER) };
    for (const section of SORTED_SECTIONS) {
        const value = out[section];
        if (value === undefined)
            continue;
        if (Object.keys(value).length === 0 && section !== 'Resources') {
            delete out[section];
            continue;
        }
        // One pass per section, each entry written once (thousands of resources in a large project).
        const sorted = {};
        for (const id of Object.keys(value).sort(byKey)) {
            if (section !== 'Resources') {
                sorted[id] = value[id];
                continue;
            }
            const r = ordered(value[id], RESOURCE_ORDER);
            const properties = r.Properties;
            const p = properties && typeof properties === 'object' ? ordered(properties, []) : properties;
            // The template given is left as it is: a resource is copied when its properties need reordering.
            sorted[id] = p === properties ? r : { ...r, Properties: p };
        }
        out[section] = sorted;
    }
    return out;
}
function serialize(template) {
    return JSON.stringify(template, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/template/tags.ts
var tags = __webpack_require__(2589);
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
            ResourceId: (0,context/* join */.fj)('/', ['service', clusterName, (0,context/* getAtt */.CN)(serviceId(task), 'Name')]),
            ScalableDimension: 'ecs:service:DesiredCount',
            ServiceNamespace: 'ecs',
        },
    }, task.name);
    const policy = (suffix, metric, value, label) => ctx.add(`${task.id}${suffix}ScalingPolicy`, {
        Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
        Properties: {
            PolicyName: (0,context/* join */.fj)('-', [(0,context/* ref */.KR)('AWS::StackName'), `${task.id}${suffix}`]),
            PolicyType: 'TargetTrackingScaling',
            ScalingTargetId: (0,context/* ref */.KR)(target),
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
        const label = (0,context/* join */.fj)('/', [
            (0,context/* getAtt */.CN)(LB_ID, 'LoadBalancerFullName'),
            (0,context/* getAtt */.CN)(`${port.id}TargetGroup`, 'TargetGroupFullName'),
        ]);
        policy('Requests', 'ALBRequestCountPerTarget', requests, label);
    }
}
/** The cluster's name (ResourceId wants a name): Ref of our cluster, or the name from x-aws-cluster. */
function clusterName(cluster) {
    return typeof cluster === 'string' ? cluster.split('/').pop() : cluster;
}

;// CONCATENATED MODULE: ./src/template/container-dependencies.ts

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
        container.push({ Condition, ContainerName: (0,task_definition/* containerName */.xN)(dep) });
    }
    return { container };
}

// EXTERNAL MODULE: ./src/template/configs.ts
var template_configs = __webpack_require__(2577);
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
        (0,context/* sub */.jb)(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:\${${logs/* LOG_GROUP_ID */.$A}}:*`),
    ];
    for (const g of [...new Set(needs.extraLogGroups)].sort())
        logGroups.push((0,context/* sub */.jb)(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:${g}:*`));
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
    return (0,context/* getAtt */.CN)(id, 'Arn');
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
    return (0,context/* getAtt */.CN)(id, 'Arn');
}

// EXTERNAL MODULE: ./src/template/file-script.ts
var file_script = __webpack_require__(1588);
;// CONCATENATED MODULE: ./src/template/tmpfs.ts


const INIT_CONTAINER = 'compose-tmpfs-init';
function taskTmpfs(ctx, task) {
    const out = { containers: new Map(), initContainers: [], volumes: [] };
    const script = ['set -e'];
    const initMounts = [];
    for (const c of task.containers) {
        const mounts = [];
        c.volumes.forEach((m, i) => {
            if (m.type !== 'tmpfs')
                return;
            const name = `${(0,task_definition/* containerName */.xN)(c.name)}-tmpfs-${i}`;
            const mode = (m.mode ?? 0o1777).toString(8).padStart(4, '0');
            out.volumes.push({ Name: name });
            mounts.push({ ContainerPath: m.target, ReadOnly: false, SourceVolume: name });
            initMounts.push({ ContainerPath: `/compose-tmpfs/${name}`, ReadOnly: false, SourceVolume: name });
            script.push(`chmod ${(0,file_script/* shellQuote */.ZL)(mode)} ${(0,file_script/* shellQuote */.ZL)(`/compose-tmpfs/${name}`)}`);
            ctx.warn(['services', c.name, 'volumes', i], `tmpfs ${m.target} is a writable task volume on the task's ephemeral storage: disk, not memory${m.size !== undefined ? `; its size ${m.size} is not enforced` : ''}`);
        });
        if (mounts.length > 0)
            out.containers.set(c.name, {
                MountPoints: mounts,
                DependsOn: [{ Condition: 'SUCCESS', ContainerName: INIT_CONTAINER }],
            });
    }
    if (initMounts.length > 0)
        out.initContainers.push((0,file_script/* initContainer */.qx)(ctx, task, INIT_CONTAINER, script, initMounts, []));
    return out;
}

;// CONCATENATED MODULE: ./src/template/access-points.ts
// Who owns a volume's directory: the uid:gid a service runs as (user:, or a known image) and the EFS
// access point whose root directory is created for that user.
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

;// CONCATENATED MODULE: ./src/template/volume-mounts.ts




function taskVolumes(ctx, task, plan) {
    const out = {
        containers: new Map(),
        volumes: [],
        statements: [],
        mountTargets: [],
        seeds: [],
    };
    const state = { ctx, task, plan, out, declared: new Set(), access: new Map() };
    for (const c of task.containers) {
        const mounts = [];
        c.volumes.forEach((m, i) => {
            const path = ['services', c.name, 'volumes', i];
            if (m.type === 'tmpfs')
                return; // a writable task volume (tmpfs.ts)
            if (m.type === 'bind')
                return refuseBind(ctx, m, path);
            if (m.type !== 'volume')
                return ctx.error(path, `${m.type} mounts are not available on Fargate`);
            const mount = m.source ? volumeMount(state, c, m, i) : anonymousMount(ctx, out, c, m, i);
            if (mount)
                mounts.push(mount);
        });
        if (mounts.length > 0)
            out.containers.set(c.name, { MountPoints: mounts });
    }
    for (const a of state.access.values())
        out.statements.push(clientAccess(a));
    return out;
}
function refuseBind(ctx, m, path) {
    const what = `bind mount ${m.source} → ${m.target}`;
    if (ctx.options.dropUnsupportedMounts)
        ctx.warn(path, `${what} is dropped: Fargate has no host file system`);
    else
        ctx.error(path, `${what} is not available on Fargate (use a named volume)`);
}
/**
 * Docker fills an anonymous volume with the image's content at that path; an ECS task volume starts empty
 * (only a path the image declares as VOLUME is copied), so `- /code/node_modules` would hide the image's
 * node_modules. Without the mount the image's content stays visible and writes go to the container's layer —
 * what compose shows, minus persistence across restarts, which an anonymous volume never promised. Kept
 * (empty) where nocopy asks for an empty volume or the root file system is read-only and the path must
 * stay writable.
 */
function anonymousMount(ctx, out, c, m, i) {
    const path = ['services', c.name, 'volumes', i];
    if (!m.nocopy && !c.readOnly) {
        ctx.warn(path, `anonymous volume ${m.target} is not mounted: an ECS task volume starts empty and would hide the image's content there, which Docker copies in; the image's files stay visible and writes go to the container`);
        return undefined;
    }
    const name = `${(0,task_definition/* containerName */.xN)(c.name)}-anon-${i}`;
    out.volumes.push({ Name: name });
    if (!m.nocopy)
        ctx.warn(path, `anonymous volume ${m.target} starts empty on ECS (Docker would copy the image's content there); kept because read_only needs it writable`);
    return { ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: name };
}
/** A named volume's mount: the access point and task volume (once per volume and subpath), and its access. */
function volumeMount(state, c, m, i) {
    const { ctx, task, plan, out } = state;
    const source = m.source;
    const fs = plan.fileSystems.get(source);
    if (fs === undefined)
        return undefined; // reported by planVolumes
    const vol = ctx.project.volumes[source];
    const sub_ = m.subpath ? m.subpath.replace(/^\/+|\/+$/g, '') : '';
    const volName = `${source}${sub_ ? `-${sub_}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '-');
    const apId = `${task.id}${ctx.ids.volume.get(source)}${sub_ ? (0,logical_id/* pascal */.R2)(sub_) : ''}AccessPoint`;
    if (!state.declared.has(volName)) {
        state.declared.add(volName);
        ctx.add(apId, accessPoint(fs, vol.driverOpts, sub_, vol.external ? '' : source, owner(c)), task.name);
        out.volumes.push({
            EFSVolumeConfiguration: {
                AuthorizationConfig: { AccessPointId: (0,context/* ref */.KR)(apId), IAM: 'ENABLED' },
                FilesystemId: fs,
                TransitEncryption: 'ENABLED',
            },
            Name: volName,
        });
        const key = JSON.stringify(fs);
        const a = state.access.get(key) ?? { fs, points: [], write: false, root: false };
        a.points.push((0,context/* sub */.jb)(`arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:access-point/\${${apId}}`));
        state.access.set(key, a);
        out.mountTargets.push(...(plan.mountTargets.get(source) ?? []));
    }
    const a = state.access.get(JSON.stringify(fs));
    if (!m.readOnly)
        a.write = true;
    // With a file-system policy in force (efs-policy.ts), root is squashed to nfsnobody unless the
    // client may ClientRootAccess: images that start as root (mysql's entrypoint chowns its data
    // directory) need it; a known non-root user or a PosixUser (driver_opts uid) does not.
    const runsAs = owner(c);
    if (vol.driverOpts.uid === undefined && (runsAs === undefined || runsAs.uid === '0'))
        a.root = true;
    if (!m.nocopy && !m.readOnly && !vol.external && !sub_)
        out.seeds.push({ service: c, volume: volName, target: m.target, index: i });
    return { ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: volName };
}
/** The task role's statement for one file system: mount through these access points, write and root if used. */
function clientAccess(a) {
    const actions = [
        'elasticfilesystem:ClientMount',
        ...(a.root ? ['elasticfilesystem:ClientRootAccess'] : []),
        ...(a.write ? ['elasticfilesystem:ClientWrite'] : []),
    ];
    const arn = 'arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/';
    const fsArn = typeof a.fs === 'string' ? (0,context/* sub */.jb)(`${arn}${a.fs}`) : (0,context/* sub */.jb)(`${arn}\${Id}`, { Id: a.fs });
    return {
        Action: actions.length === 1 ? actions[0] : actions,
        Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': a.points } },
        Effect: 'Allow',
        Resource: fsArn,
    };
}

;// CONCATENATED MODULE: ./src/template/volume-seed.ts



const MARKER = '.compose-ecs-populated';
const LOCK = '.compose-ecs-populating';
/** Images known to have no shell: the copy cannot run in them. */
const SHELLLESS = /(^|\/)(distroless\/|static-debian|scratch$)|-distroless(:|@|$)|(^|\/)chainguard\/static/;
/** The script: wait for the lock, copy when the volume is empty and the image has content, mark done. */
function seedScript(from, to) {
    const [src, dst] = [(0,file_script/* shellQuote */.ZL)(from), (0,file_script/* shellQuote */.ZL)(to)];
    return [
        'set -e',
        `[ -e ${dst}/${MARKER} ] && exit 0`,
        // Nothing at the path in the image: nothing to copy, and no marker in what may be a data directory.
        `[ -d ${src} ] && [ -n "$(ls -A ${src})" ] || exit 0`,
        `n=0; until mkdir ${dst}/${LOCK} 2>/dev/null; do`,
        `  [ -e ${dst}/${MARKER} ] && exit 0`,
        // A replica that died mid-copy leaves its lock: after 10 minutes, take it over.
        `  n=$((n+1)); [ "$n" -ge 300 ] && break; sleep 2`,
        'done',
        `if [ ! -e ${dst}/${MARKER} ] && [ -z "$(ls -A ${dst} | grep -v '^${LOCK}$')" ] || [ "$n" -ge 300 ]; then`,
        `  cp -a ${src}/. ${dst}/ 2>/dev/null || cp -R ${src}/. ${dst}/`,
        `  touch ${dst}/${MARKER}`,
        'fi',
        `rmdir ${dst}/${LOCK}`,
    ].join('\n');
}
/**
 * Why the copy cannot run in the service's image, or undefined when it can. A non-essential container that
 * cannot start (no sh) stops its task, so only images known to have a shell are used: pulled images outside
 * the shell-less families, and images built here FROM such an image (their Dockerfile's root FROM, read at
 * load time: what the built stage rests on; a build adds layers to it and removes no shell). A base named by
 * a variable, or an unreadable Dockerfile, says nothing: the mount is named instead.
 */
function noShell(c, image, base, target) {
    const copy = `to copy its content at ${target}`;
    if (c.build === undefined)
        return SHELLLESS.test(image.split('@')[0]) ? `${image} has no shell ${copy}` : undefined;
    if (base === undefined)
        return `${c.name}'s image is built here on a base its Dockerfile does not name plainly, so no shell is known ${copy}`;
    return SHELLLESS.test(base.split('@')[0])
        ? `${c.name}'s image is built FROM ${base}, which has no shell ${copy}`
        : undefined;
}
/** Init containers that populate a task's volumes from its images, and the DependsOn of each service. */
function volumeSeeds(ctx, task, seeds) {
    const initContainers = [];
    const containers = new Map();
    for (const seed of seeds) {
        const c = seed.service;
        const image = c.image ?? '';
        const why = noShell(c, image, ctx.builtFrom.get(c.name), seed.target);
        if (why !== undefined) {
            ctx.warn(['services', c.name, 'volumes', seed.index], `volume ${seed.volume} starts empty on EFS, where Docker fills a new volume from the image: ${why}; copy it in at start, or use an image with a shell`);
            continue;
        }
        const name = `compose-seed-${(0,task_definition/* containerName */.xN)(c.name)}-${seed.index}`;
        const staging = `/compose-seed/${seed.volume}`;
        initContainers.push({
            Name: name,
            Image: image,
            Essential: false,
            EntryPoint: ['sh', '-c'],
            Command: [seedScript(seed.target, staging)],
            // As the service's user, so the copied files are its own (root only where the service is root).
            ...(c.user ? { User: c.user } : {}),
            LogConfiguration: (0,logs/* logConfiguration */.nh)(ctx, { ...task.main, logging: undefined }).config,
            MountPoints: [{ ContainerPath: staging, ReadOnly: false, SourceVolume: seed.volume }],
        });
        const deps = containers.get(c.name)?.DependsOn ?? [];
        containers.set(c.name, { DependsOn: [...deps, { Condition: 'SUCCESS', ContainerName: name }] });
    }
    return { initContainers, containers };
}

;// CONCATENATED MODULE: ./src/template/task-resources.ts
// The resources of one task: its GPU capacity, container extras and init containers, roles, task
// definition, and then either its ECS service (with autoscaling) or, for a job, the spec the deploy runs.


















/** Adds the task's resources; for a job, returns the spec the deploy runs instead of a service. */
function addTaskResources(ctx, task, plan) {
    const gpu = plan.gpus.get(task.name);
    if (gpu && plan.jobs.has(task.name))
        ctx.error(['services', task.name], `${task.name} reserves GPUs and runs once (a job); jobs run on Fargate, which has no GPUs: run it as a service`);
    else if (gpu)
        addGpuCapacity(ctx, task, gpu, plan.cluster);
    const exec = task.containers.some((c) => execEnabled(ctx, c));
    const ts = (0,template_secrets/* taskSecrets */.vX)(ctx, task, plan.secrets);
    const tc = (0,template_configs/* taskConfigs */.hx)(ctx, task);
    const tv = taskVolumes(ctx, task, plan.volumes);
    const tt = taskTmpfs(ctx, task);
    const seeds = volumeSeeds(ctx, task, tv.seeds);
    const pieces = { gpu, exec, ts, tc, tv, tt, seeds };
    // A job is no CloudFormation resource to wait for: the deploy runs it between two change sets.
    const dependsOn = [...(plan.order.after.get(task.name) ?? [])]
        .filter((name) => !plan.jobs.has(name))
        .map((name) => serviceId(plan.byName.get(name)));
    const taskDefinition = addTaskDefinitionAndRoles(ctx, task, plan, pieces);
    const ports = plan.portsOf.get(task) ?? [];
    if (ports.length > 5)
        ctx.error(['services', task.name, 'ports'], `an ECS service can attach to at most 5 target groups; ${task.name} publishes ${ports.length} ports`);
    // Services that mount EFS volumes run where the mount targets are.
    const efsSubnets = Array.from({ length: ctx.options.efsSubnetCount }, (_, i) => ({
        'Fn::Select': [i, (0,context/* ref */.KR)(network/* SUBNETS_PARAM */.hN)],
    }));
    if (plan.jobs.has(task.name))
        return (0,template_jobs/* jobSpec */.HY)(ctx, task, {
            taskDefinition,
            cluster: plan.cluster,
            subnets: tv.mountTargets.length > 0 ? efsSubnets : (0,context/* ref */.KR)(network/* SUBNETS_PARAM */.hN),
            securityGroups: taskSecurityGroups(ctx, plan.groups, task),
            order: plan.order.after,
            jobs: plan.jobs,
        });
    addTaskService(ctx, task, plan, pieces, {
        taskDefinition,
        dependsOn,
        ...(tv.mountTargets.length > 0 ? { subnets: efsSubnets } : {}),
    });
    return undefined;
}
/** The task's roles and task definition, with every concern's containers, init containers and volumes. */
function addTaskDefinitionAndRoles(ctx, task, plan, pieces) {
    const { gpu, exec, ts, tc, tv, tt, seeds } = pieces;
    // Every container starts after the DNS search list names the namespace, so bare compose names resolve.
    const initContainers = [
        ...(plan.discovery ? [(0,template_discovery/* dnsSearchContainer */.X2)(ctx, task.main)] : []),
        ...ts.initContainers,
        ...tc.initContainers,
        ...tt.initContainers,
        ...seeds.initContainers,
    ];
    const containers = containerExtras(ctx, task, plan, pieces);
    const executionRole = addExecutionRole(ctx, task, {
        images: [
            ...task.containers.map((c) => c.image ?? ''),
            // The volume seeds run the service's own images; the others run the init image.
            ...(initContainers.length > seeds.initContainers.length ? [ctx.options.secretsInitImage] : []),
        ],
        extraLogGroups: task.containers.flatMap((c) => (0,logs/* logConfiguration */.nh)(ctx, c).extraGroup ?? []),
        secretArns: ts.secretArns,
        parameterArns: [...ts.parameterArns, ...tc.parameterArns],
    });
    const taskRole = addTaskRole(ctx, task, { statements: tv.statements, exec });
    return (0,task_definition/* addTaskDefinition */.gj)(ctx, task, {
        containers,
        initContainers,
        volumes: [...ts.volumes, ...tc.volumes, ...tv.volumes, ...tt.volumes],
        executionRole,
        ...(taskRole !== undefined ? { taskRole } : {}),
        ...(gpu ? { ec2: gpuTaskSize(ctx, task, gpu) } : {}),
    });
}
/** Container name → what the concerns add to its definition (mounts, secrets, GPUs, start dependencies). */
function containerExtras(ctx, task, plan, { gpu, ts, tc, tv, tt, seeds }) {
    const gpuExtras = gpu ? gpuContainerExtras(gpu) : new Map();
    const dnsReady = plan.discovery ? [{ Condition: 'SUCCESS', ContainerName: template_discovery/* DNS_INIT_CONTAINER */.Hk }] : [];
    const containers = new Map();
    for (const c of task.containers) {
        const deps = containerDependencies(ctx, task, c, plan.taskOf);
        let extra = (0,task_definition/* mergeProperties */.g2)((0,task_definition/* mergeProperties */.g2)((0,task_definition/* mergeProperties */.g2)(ts.containers.get(c.name) ?? {}, tc.containers.get(c.name)), gpuExtras.get(c.name)), (0,task_definition/* mergeProperties */.g2)((0,task_definition/* mergeProperties */.g2)(tv.containers.get(c.name) ?? {}, tt.containers.get(c.name)), seeds.containers.get(c.name)));
        const after = [...dnsReady, ...deps.container];
        if (after.length > 0)
            extra = (0,task_definition/* mergeProperties */.g2)(extra, { DependsOn: after });
        if (Object.keys(extra).length > 0)
            containers.set(c.name, extra);
    }
    return containers;
}
/** The task's ECS service, attached to its target groups, and its autoscaling. */
function addTaskService(ctx, task, plan, { gpu, exec, tv }, where) {
    const ports = plan.portsOf.get(task) ?? [];
    const startPeriods = ports
        .map((p) => p.container.healthcheck?.startPeriod)
        .filter((v) => v !== undefined);
    const strategy = plan.strategies.get(task.name);
    addService(ctx, task, where.taskDefinition, {
        cluster: plan.cluster,
        securityGroups: taskSecurityGroups(ctx, plan.groups, task),
        ...(where.subnets ? { subnets: where.subnets } : {}),
        loadBalancers: ports.map((p) => ({
            ContainerName: (0,task_definition/* containerName */.xN)(p.container.name),
            ContainerPort: p.port.target,
            TargetGroupArn: (0,context/* ref */.KR)(p.targetGroupId),
            ...(plan.advanced.has(p.targetGroupId)
                ? { AdvancedConfiguration: plan.advanced.get(p.targetGroupId) }
                : {}),
        })),
        publishedProtocols: ports.flatMap((p) => p.protocols),
        dependsOn: [
            ...ports.flatMap(portDependencies),
            ...where.dependsOn,
            ...tv.mountTargets,
            ...(strategy && plan.capacityProviders ? [plan.capacityProviders] : []),
        ],
        ...(startPeriods.length > 0 ? { gracePeriod: Math.max(...startPeriods.map(Math.round)) } : {}),
        serviceRegistries: plan.discovery ? (0,template_discovery/* serviceRegistries */.rm)(plan.discovery, task) : [],
        autoscaled: task.main.deploy?.aws?.autoscaling !== undefined,
        enableExec: exec,
        ...(strategy ? { capacityProviderStrategy: strategy } : {}),
        ...(gpu ? { ec2: true } : {}),
    });
    addAutoscaling(ctx, task, clusterName(plan.cluster), plan.lb, ports);
}

;// CONCATENATED MODULE: ./src/template/convert.ts















function convert(loaded, options = {}) {
    const { errors, ...built } = buildTemplate(loaded, options);
    const body = serialize(built.template);
    for (const problem of checkLimits(built.template, body))
        errors.push(problem);
    const quotas = checkQuotas(built.template);
    errors.push(...quotas.errors);
    built.warnings.push(...quotas.warnings);
    if (errors.length > 0) {
        throw new src_errors/* UserError */.yo(`cannot convert project ${loaded.project.name}: ${errors.length} problem(s)`, errors);
    }
    return { ...built, body };
}
/**
 * The template in its canonical order, before it is written out and checked against CloudFormation's
 * limits (convert does both). Apart so that the bench can time the two (issue 13: conversion).
 */
function buildTemplate(loaded, options = {}) {
    const ctx = (0,context/* createContext */.q6)(loaded, resolveOptions(options));
    const plan = planProject(ctx);
    const jobSpecs = {};
    for (const task of plan.allTasks) {
        const job = addTaskResources(ctx, task, plan);
        if (job)
            jobSpecs[task.name] = job;
    }
    addJobsMetadata(ctx, jobSpecs);
    (0,tags/* applyTags */.MU)(ctx, ctx.owners);
    const overlaid = applyOverlay(ctx, ctx.template, ctx.project.aws?.cloudformation);
    const template = canonicalTemplate(applyPermissionsBoundary(ctx, overlaid, ctx.options.permissionsBoundary));
    // The choice matters only for a load balancer the stack creates: an existing one keeps its type.
    const loadBalancer = ctx.template.Resources[LB_ID] ? plan.lb.choice : undefined;
    return {
        template,
        parameters: plan.parameters,
        errors: ctx.errors,
        warnings: ctx.warnings,
        startOrder: plan.order.explained,
        strategies: serviceStrategies(plan.tasks.map((t) => ({ main: t.main, loadBalanced: plan.portsOf.has(t) })), plan.lb.type, plan.discovery !== undefined),
        ...(loadBalancer ? { loadBalancer } : {}),
    };
}
/** The jobs the deploy runs between two change sets, in the template's metadata (src/jobs/ reads it). */
function addJobsMetadata(ctx, jobSpecs) {
    if (Object.keys(jobSpecs).length === 0)
        return;
    // The resources of the services that wait for a job stay as deployed until it succeeded.
    for (const spec of Object.values(jobSpecs))
        spec.Holds = [...ctx.owners]
            .filter(([, owner]) => spec.Before.includes(owner))
            .map(([id]) => id)
            .sort();
    ctx.template.Metadata = { ...ctx.template.Metadata, [template_jobs/* JOBS_METADATA */.$o]: jobSpecs };
}

;// CONCATENATED MODULE: ./src/steps/convert.ts




/** The pure conversion; its warnings are logged once, by the first conversion of a run. */
function convertProject(loaded, options, logger, log = true) {
    const conversion = convert(loaded, options);
    if (log)
        for (const w of conversion.warnings)
            logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    return conversion;
}
/** Built services have no image until they are pushed: stand in a name so the converter can check the rest. */
function withPreviewImages(loaded) {
    const services = Object.fromEntries(Object.entries(loaded.project.services).map(([name, s]) => [
        name,
        s.image || !s.build ? s : { ...s, image: `${name}:compose-ecs-preview` },
    ]));
    return { ...loaded, project: { ...loaded.project, services } };
}
async function writeTemplate(path, body) {
    if (path === undefined)
        return;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, body);
}
/**
 * Compact JSON for the API (more projects stay under the inline limit); the file on disk stays readable.
 * The template convert returns is already in its canonical order, so this is the readable body without
 * its indents — written from the template rather than by parsing that body back.
 */
function compactBody(template) {
    return JSON.stringify(template);
}

// EXTERNAL MODULE: ./src/steps/guard-secrets.ts + 1 modules
var guard_secrets = __webpack_require__(33);
// EXTERNAL MODULE: ./src/compose/load.ts + 38 modules
var load = __webpack_require__(8296);
// EXTERNAL MODULE: ./src/images/build-support.ts
var build_support = __webpack_require__(4);
// EXTERNAL MODULE: ./src/stack-name.ts
var stack_name = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/steps/load.ts




/**
 * Step 1 of a new release: the compose project, checked, and the stack it goes to. A build field no engine
 * can apply stops the run here, unless nothing will be built (convert).
 */
async function loadCompose(options, logger, signal, refuseBuildErrors = true) {
    const loaded = await (0,load.loadProject)({ ...options.load, ...(signal && { signal }) });
    for (const w of loaded.warnings)
        logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    logger.info(`project ${loaded.project.name}: ${Object.keys(loaded.project.services).length} services`);
    const build = (0,build_support/* buildSupport */.WF)(loaded);
    for (const w of build.warnings)
        logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    if (build.errors.length && refuseBuildErrors) {
        throw new src_errors/* UserError */.yo(`${build.errors.length} build option(s) cannot be applied`, build.errors);
    }
    return {
        loaded,
        stackName: (0,stack_name.resolveStackName)(options.stackName, loaded.project.name),
        buildWarnings: build.warnings,
    };
}
/** The load step of a mode that reports on the project: the stack it names, the loader's and build warnings. */
async function loadStep(run, options, deps, refuseBuildErrors = true) {
    const compose = await run.step('load', () => loadCompose(options, deps.logger, deps.signal, refuseBuildErrors));
    const { loaded, stackName, buildWarnings } = compose;
    await run.emit({ kind: 'stack-named', project: loaded.project.name, stackName }, ...[...loaded.warnings, ...buildWarnings].map((w) => ({
        kind: 'warning',
        text: (0,src_errors/* formatDiagnostic */.xy)(w),
    })));
    return compose;
}

;// CONCATENATED MODULE: ./src/modes/convert.ts




/** convert: load → convert. No AWS, no build; built services get a stand-in image name. */
async function convertMode(kernel, options, deps) {
    // Nothing is built: a build field no engine applies is a warning here, not an error.
    const { loaded } = await loadStep(kernel, options, deps, false);
    const conversion = await kernel.step('convert', async () => {
        const conversion = convertProject(withPreviewImages(loaded), options.convert, deps.logger);
        await (0,guard_secrets/* guardSecrets */.F)(loaded, options.load.environment, false, deps.logger, conversion.template);
        await writeTemplate(options.templatePath, conversion.body);
        return conversion;
    });
    await kernel.emit(...conversion.warnings.map((w) => ({ kind: 'warning', text: (0,src_errors/* formatDiagnostic */.xy)(w) })));
    return {
        hasChanges: false,
        images: [],
        ...(options.templatePath ? { templatePath: options.templatePath } : {}),
        conversion,
    };
}

// EXTERNAL MODULE: ./src/runtime/clock.ts
var runtime_clock = __webpack_require__(9842);
;// CONCATENATED MODULE: ./src/steps/context.ts


function stepContext(options, deps, kernel = new RunKernel(options.mode, deps.logger, deps.aws?.calls, deps.onEvents)) {
    const aws = required(deps.aws, 'AWS clients');
    const clock = deps.clock ?? runtime_clock/* systemClock */.m;
    return {
        options,
        deps,
        logger: deps.logger,
        aws,
        clock,
        // One budget for the whole wait (change set, stack, rollout), as the wait-timeout input promises.
        poll: {
            intervalMs: options.pollIntervalMs ?? 2000,
            timeoutMs: options.waitTimeoutMs,
            deadline: clock.now() + options.waitTimeoutMs,
            now: clock.now,
            sleep: clock.sleep,
            ...(deps.signal ? { signal: deps.signal } : {}),
        },
        step: (name, body, subject) => kernel.step(name, body, subject),
        emit: (...events) => kernel.emit(...events),
        report: () => kernel.report(),
        know: (outputs) => kernel.know(outputs),
    };
}
function required(value, what) {
    if (!value)
        throw new Error(`internal: the pipeline needs ${what} in this mode`);
    return value;
}

// EXTERNAL MODULE: ./src/runtime/cancellation.ts
var cancellation = __webpack_require__(9685);
// EXTERNAL MODULE: ./src/deploy/rollout.ts
var rollout = __webpack_require__(5398);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/failures.ts
var failures = __webpack_require__(678);
// EXTERNAL MODULE: ./src/runtime/poll.ts
var runtime_poll = __webpack_require__(4415);
;// CONCATENATED MODULE: ./src/deploy/change-set.ts





/** AWS reports an update that changes nothing in two ways; both are a successful no-op, not a failure. */
function isNoChangeReason(reason) {
    return failures/* NO_CHANGES */.eo.test(reason ?? '');
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
        if (err instanceof failures/* ChangeSetEmpty */.Yr)
            return { kind: 'no-changes', reason: err.message };
        throw (0,errors/* awsFailure */.MT)(`CloudFormation CreateChangeSet ${request.changeSetName}`, err);
    }
    const changeSetId = created.id;
    const result = await (0,runtime_poll/* pollUntil */.g3)(async () => {
        const page = await describePage(cfn, changeSetId);
        if (page.Status === 'CREATE_COMPLETE' || page.Status === 'FAILED')
            return page;
        return undefined;
    }, poll).catch(async (err) => {
        if (!(0,cancellation/* isCancelled */.mm)(err))
            throw err;
        // A cancelled plan leaves no change set behind (the caller removes an empty new stack).
        const deleted = await deleteChangeSet(cfn, changeSetId).then(() => 'deleted it', (e) => `could not delete it: ${(0,errors/* errorMessage */.gJ)(e)}`);
        throw new cancellation/* Cancelled */.cJ(`${err.message} while CloudFormation computed change set ${request.changeSetName}; ${deleted}`);
    });
    if (!result.done) {
        await deleteChangeSet(cfn, changeSetId).catch(() => undefined);
        throw new src_errors/* UserError */.yo(`change set ${request.changeSetName} was not ready in time (deleted it)`);
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
        throw new src_errors/* UserError */.yo(`change set ${request.changeSetName} failed: ${first.StatusReason ?? 'no reason given'}`);
    }
    const resolved = Object.fromEntries((first.Parameters ?? [])
        .filter((p) => p.ParameterKey && p.ResolvedValue)
        .map((p) => [p.ParameterKey, p.ResolvedValue]));
    return {
        kind: 'ready',
        changeSetId,
        stackId: (first.StackId ?? created.stackId),
        changes: await collectChanges(cfn, changeSetId, first),
        ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
    };
}
async function describePage(cfn, id, nextToken) {
    try {
        return await cfn.describe(id, nextToken);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(`CloudFormation DescribeChangeSet`, err);
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
    const details = [];
    for (const detail of rc.Details ?? []) {
        const target = detail.Target;
        const name = target?.Name;
        if (target?.Attribute !== 'Properties' || !name)
            continue;
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
        action: (rc.Action ?? 'Modify'),
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
async function deleteChangeSet(cfn, changeSetId) {
    try {
        await cfn.delete(changeSetId);
    }
    catch (err) {
        if (err instanceof failures/* ChangeSetNotFound */.oJ || err instanceof failures/* StackNotFound */.yU)
            return;
        throw (0,errors/* awsFailure */.MT)('CloudFormation DeleteChangeSet', err);
    }
}

;// CONCATENATED MODULE: ./src/deploy/events.ts

/**
 * Events of one stack operation, oldest first. An operation is told apart by the client request
 * token we gave ExecuteChangeSet; events without one (some services omit it) count if they are no
 * older than the operation's start. Events come newest first, so paging stops at the operation's start,
 * and at the first event already `known` (seen in an earlier poll): everything after it is known too, so a
 * poll with nothing new costs one page. Only events not known are returned.
 */
async function operationEvents(source, stackId, token, since, known = () => false) {
    const events = [];
    let next;
    try {
        paging: do {
            const page = await source.page(stackId, next);
            for (const e of page.events) {
                const event = toOperationEvent(e, since);
                if (known(event.id))
                    break paging;
                if (e.ClientRequestToken ? e.ClientRequestToken === token : event.timestamp >= since)
                    events.push(event);
            }
            next = page.nextToken;
            // Past the operation's start: older pages hold earlier operations only.
            const oldest = page.events[page.events.length - 1]?.Timestamp;
            if (oldest && oldest < since)
                break;
        } while (next);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('CloudFormation DescribeStackEvents', err);
    }
    return events.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
}
function toOperationEvent(e, since) {
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
;// CONCATENATED MODULE: ./src/deploy/stack-watch.ts



/** One line per event, as the log shows it. */
function formatEvent(e) {
    return `${e.timestamp.toISOString()} ${e.logicalId} ${e.status}${e.reason ? `: ${e.reason}` : ''}`;
}
/** The events of one stack operation, read incrementally. */
class StackEventStream {
    source;
    stackId;
    options;
    /** Every event read so far, oldest first. */
    events = [];
    seen = new Set();
    constructor(source, stackId, options) {
        this.source = source;
        this.stackId = stackId;
        this.options = options;
    }
    /** Reads the events not seen yet (one page when nothing is new); each is logged, kept and handed on. */
    async read() {
        const { token, since, logger, onEvent } = this.options;
        const known = (id) => this.seen.has(id);
        for (const e of await operationEvents(this.source, this.stackId, token, since, known)) {
            if (known(e.id))
                continue;
            this.seen.add(e.id);
            this.events.push(e);
            logger.info(formatEvent(e));
            onEvent?.(e);
        }
    }
    /** The event that explains a failed operation (events.ts rootCause). */
    rootCause() {
        return rootCause(this.events);
    }
}
/**
 * Polls the stack, then its new events, until `settled` returns a value for the stack read. The stack is
 * read first: events read after the stack settled include all of the operation's, so a success needs no
 * read after the loop (a failure reads once more, for what its last poll may have missed).
 */
function watchStack(stacks, stream, poll, settled, 
/** Runs after each poll that has not settled (the ECS rollout the operation waits for, live-rollout.ts). */
alongside) {
    return (0,runtime_poll/* pollUntil */.g3)(async () => {
        const stack = await (0,deploy_stack.describeStack)(stacks, stream.stackId);
        await stream.read();
        const value = settled(stack);
        if (value === undefined)
            await alongside?.();
        return value;
    }, poll);
}

;// CONCATENATED MODULE: ./src/deploy/cancel.ts



/** The status reported when CloudFormation could not be read at all. */
const UNREAD = 'in a state that could not be read (DescribeStacks failed)';
/**
 * Stops the stack operation a cancelled run started: an update is cancelled (CloudFormation rolls it
 * back), a first create is deleted (unless disable-rollback keeps it); either is followed until it
 * settles or the cancel budget runs out.
 */
async function cancelStackOperation(stacks, stackId, options, poll) {
    const settle = (0,cancellation/* cleanupPoll */.yf)(poll);
    const before = await stacks.describe(stackId).catch(() => undefined);
    const status = before?.StackStatus ?? '';
    const action = status === 'UPDATE_IN_PROGRESS'
        ? 'cancel-update'
        : status === 'CREATE_IN_PROGRESS' && !options.disableRollback
            ? 'delete'
            : 'none';
    let refused;
    try {
        if (action === 'cancel-update')
            await stacks.cancelUpdate(stackId);
        if (action === 'delete')
            await stacks.delete(stackId);
    }
    catch (err) {
        // e.g. the update finished between the read and the call; the state read below says what happened.
        refused = (0,errors/* errorMessage */.gJ)(err);
    }
    let last = before;
    let gone = false;
    const settled = action === 'none' && !status.endsWith('_IN_PROGRESS')
        ? true
        : (await (0,runtime_poll/* pollUntil */.g3)(async () => {
            try {
                last = await stacks.describe(stackId);
            }
            catch {
                return undefined; // a failed read within a short budget: try again
            }
            gone = !last || last.StackStatus === 'DELETE_COMPLETE';
            return gone || !last?.StackStatus?.endsWith('_IN_PROGRESS') ? true : undefined;
        }, settle)).done;
    const finalStatus = gone ? 'DELETE_COMPLETE' : last?.StackStatus || status || UNREAD;
    return { before: status, action, status: finalStatus, settling: !settled, ...(refused ? { refused } : {}) };
}
/** One sentence for the log, the comment and the job summary: what was done and the state left. */
function describeCancel(stackName, request, outcome, options) {
    const waited = `${Math.round(request.waitMs / 1000)} s`;
    const state = outcome.settling
        ? `stack ${stackName} was still ${outcome.status} after ${waited}: CloudFormation carries on without this run`
        : `stack ${stackName} is ${outcome.status}`;
    const asked = outcome.action === 'cancel-update'
        ? 'asked CloudFormation to cancel the update (CancelUpdateStack), which rolls it back to the previous release'
        : outcome.action === 'delete'
            ? 'the stack was being created, which CloudFormation cannot cancel, so it was deleted (DeleteStack)'
            : options.disableRollback && outcome.before === 'CREATE_IN_PROGRESS'
                ? `the stack was being created and disable-rollback keeps it: delete it when done (aws cloudformation delete-stack --stack-name ${stackName})`
                : 'the stack operation had already finished, so there was nothing to cancel';
    const refused = outcome.refused ? ` (CloudFormation refused: ${outcome.refused})` : '';
    return `deploy cancelled (${request.signalName}): ${asked}${refused}; ${state}`;
}
/** Cancels what the run executes, logs it, and returns the Cancelled error that ends the run. */
async function cancelExecution(stacks, stackId, options, logger, poll) {
    const request = (0,cancellation/* cancelRequest */.UL)(poll.signal);
    logger.warning(`${request.signalName} received: stopping the stack operation`);
    const outcome = await cancelStackOperation(stacks, stackId, options, poll);
    const stackName = /:stack\/([^/]+)\//.exec(stackId)?.[1] ?? stackId;
    const message = describeCancel(stackName, request, outcome, options);
    logger.warning(message);
    return new cancellation/* Cancelled */.cJ(message);
}

;// CONCATENATED MODULE: ./src/deploy/execute.ts








const SUCCESS = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);
/**
 * Executes a change set and waits for the stack to settle. On failure it names the root-cause
 * event (not the last one) and leaves no change set behind.
 */
async function executeChangeSet(aws, input, logger, poll, onEvent = () => { }, 
/** Runs between polls while CloudFormation works (the live view of the ECS rollout it waits through). */
alongside) {
    const token = `compose-ecs-${(0,external_node_crypto_.randomUUID)()}`;
    // A little slack: the emulator and AWS stamp events with their own clocks.
    const since = new Date((poll.now ?? Date.now)() - 5000);
    if (poll.signal?.aborted)
        throw await discardUnexecuted(aws, input, logger, poll);
    let executeError;
    try {
        await aws.changeSets.execute(input.changeSetId, { token, disableRollback: input.disableRollback });
    }
    catch (err) {
        executeError = err;
    }
    const stream = new StackEventStream(aws.events, input.stackId, { token, since, logger, onEvent });
    let status = '';
    let statusReason;
    let settledStack;
    if (!executeError) {
        const settled = await watchStack(aws.stacks, stream, poll, (stack) => (!stack?.StackStatus || stack.StackStatus.endsWith('_IN_PROGRESS') ? undefined : stack), alongside).catch(async (err) => {
            // Cancelled while CloudFormation works: cancel the update (or delete a first create) and say how it ended.
            if (!(0,cancellation/* isCancelled */.mm)(err))
                throw err;
            throw await cancelExecution(aws.stacks, input.stackId, input, logger, poll);
        });
        if (!settled.done) {
            throw new src_errors/* UserError */.yo(`stack ${input.stackId} did not settle within the wait timeout; it is still running in CloudFormation`);
        }
        settledStack = settled.value;
        status = settled.value.StackStatus;
        statusReason = settled.value.StackStatusReason;
    }
    if (!executeError && SUCCESS.has(status))
        return {
            stackId: input.stackId,
            status,
            events: stream.events,
            ...(settledStack ? { stack: settledStack } : {}),
        };
    // Failed: read what is left to read (ExecuteChangeSet's own failure has had no read yet), clean up, then
    // explain with the first real failure.
    await stream.read().catch(() => undefined);
    await deleteChangeSet(aws.changeSets, input.changeSetId).catch((err) => logger.warning(`could not delete change set ${input.changeSetId}: ${(0,errors/* errorMessage */.gJ)(err)}`));
    const cause = stream.rootCause();
    if (cause) {
        throw new src_errors/* UserError */.yo(`deploy failed: ${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`);
    }
    if (executeError)
        throw (0,errors/* awsFailure */.MT)('CloudFormation ExecuteChangeSet', executeError);
    throw new src_errors/* UserError */.yo(`deploy failed: stack is ${status}${statusReason ? `: ${statusReason}` : ''}`);
}
/**
 * Cancelled after the plan, before ExecuteChangeSet: nothing changed, so the change set goes, and so does
 * the empty REVIEW_IN_PROGRESS stack of a CREATE change set.
 */
async function discardUnexecuted(aws, input, logger, poll) {
    const done = [];
    try {
        await deleteChangeSet(aws.changeSets, input.changeSetId);
        done.push('deleted the change set');
        const stack = await (0,deploy_stack.describeStack)(aws.stacks, input.stackId);
        if (stack?.StackStatus === 'REVIEW_IN_PROGRESS') {
            await (0,deploy_stack.deleteStack)(aws.stacks, input.stackId, (0,cancellation/* cleanupPoll */.yf)(poll));
            done.push('deleted the empty new stack');
        }
    }
    catch (err) {
        done.push(`could not finish cleaning up: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const message = `deploy cancelled (${(0,cancellation/* cancelRequest */.UL)(poll.signal).signalName}) before the change set executed: the stack is unchanged; ${done.join(', ')}`;
    logger.warning(message);
    return new cancellation/* Cancelled */.cJ(message);
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

;// CONCATENATED MODULE: ./src/deploy/gpu-instances.ts
/** A GPU instance boots in a few minutes; a group still empty after this is looked into. */
const STUCK_AFTER_MS = 3 * 60_000;
/** Activities read per stuck group: the newest ones (DescribeScalingActivities returns them newest first). */
const ACTIVITIES_READ = 10;
class InstanceWatch {
    capacity;
    now;
    since;
    /** Per group: since when it has had no instance in service. */
    emptySince = new Map();
    constructor(capacity, now, 
    /** Activities that started before this are an earlier deploy's, not this one's cause. */
    since) {
        this.capacity = capacity;
        this.now = now;
        this.since = since;
    }
    /** The rows, each waiting GPU service's with its group's instances (and a stuck group's cause). */
    async annotate(services, rows) {
        const gpuOf = new Map(services.flatMap((s) => (s.gpu ? [[s.logicalId, s.gpu]] : [])));
        const waiting = rows.filter((r) => gpuOf.has(r.logicalId) && !r.done && !r.failed);
        // Only GPU services have groups: without one waiting, Auto Scaling is not asked.
        if (waiting.length === 0)
            return rows;
        const names = [...new Set(waiting.map((r) => gpuOf.get(r.logicalId).group))];
        let groups;
        try {
            groups = await this.capacity.groups(names);
        }
        catch {
            return rows;
        }
        const causes = new Map();
        for (const group of groups) {
            const name = group.AutoScalingGroupName;
            if (name)
                causes.set(name, await this.stuckCause(name, inService(group)));
        }
        return rows.map((row) => {
            const gpu = gpuOf.get(row.logicalId);
            const group = gpu && waiting.includes(row) ? groups.find((g) => g.AutoScalingGroupName === gpu.group) : undefined;
            if (!gpu || !group)
                return row;
            const cause = causes.get(gpu.group);
            return {
                ...row,
                instances: `instances: ${inService(group)}/${group.DesiredCapacity ?? 0} in service (${gpu.instanceType})`,
                ...(cause ? { reason: `Auto Scaling could not start ${gpu.instanceType} instances: ${cause}` } : {}),
            };
        });
    }
    /** The newest failed activity's message of a group empty for STUCK_AFTER_MS; undefined otherwise. */
    async stuckCause(group, running) {
        if (running > 0) {
            this.emptySince.delete(group);
            return undefined;
        }
        const since = this.emptySince.get(group) ?? this.now();
        this.emptySince.set(group, since);
        if (this.now() - since < STUCK_AFTER_MS)
            return undefined;
        let activities;
        try {
            activities = await this.capacity.activities(group, ACTIVITIES_READ);
        }
        catch {
            return undefined;
        }
        const failed = activities.find(
        // A launch that failed is Failed or Cancelled, its StatusMessage the cause (API_DescribeScalingActivities).
        (a) => (a.StatusCode === 'Failed' || a.StatusCode === 'Cancelled') &&
            (a.StartTime?.getTime() ?? 0) >= this.since);
        return failed ? (failed.StatusMessage ?? failed.Description) : undefined;
    }
}
function inService(group) {
    return (group.Instances ?? []).filter((i) => i.LifecycleState === 'InService').length;
}

;// CONCATENATED MODULE: ./src/deploy/live-rollout.ts

const READ_EVERY_MS = 15_000;
class LiveRollout {
    aws;
    stack;
    follower;
    onRows;
    now;
    instances;
    services = [];
    lastRead;
    /** Reads made: a failure forces one more read only after the operation lasted long enough for one. */
    reads = 0;
    /** The rows last handed on (the final report keeps them when the stack fails). */
    rows = [];
    constructor(aws, stack, follower, onRows, now, 
    /** A waiting GPU service's instances (gpu-instances.ts); no Auto Scaling call for a stack without GPUs. */
    instances) {
        this.aws = aws;
        this.stack = stack;
        this.follower = follower;
        this.onRows = onRows;
        this.now = now;
        this.instances = instances;
        this.lastRead = now();
    }
    /**
     * Between two polls of the stack: reads when READ_EVERY_MS has passed since the last read. `force` (the
     * operation failed) reads once more, unless nothing was read yet: a quick failure is not a rollout's.
     */
    async tick(force = false) {
        if (force ? this.reads === 0 : this.now() - this.lastRead < READ_EVERY_MS)
            return;
        this.lastRead = this.now();
        this.reads++;
        try {
            // A stack being created gains its services as it goes: listed again until there are some.
            if (!this.services.length)
                this.services = await (0,rollout/* stackServices */.b8)(this.aws.stacks, this.stack.stackId, this.stack.template);
            if (!this.services.length)
                return;
            this.rows = await (0,rollout/* readRollouts */.P)(this.aws.services, this.services, this.follower, true, this.instances);
            await this.onRows(this.rows);
        }
        catch {
            // Display only: CloudFormation's outcome decides, and the rollout watch after it reads again.
        }
    }
    /** The service ECS rolled back during the operation, with its StackService (for the failure report). */
    rolledBack() {
        const found = this.follower.rolledBack();
        const service = found && this.services.find((s) => s.logicalId === found.logicalId);
        if (!found || !service)
            return undefined;
        const row = this.rows.find((r) => r.logicalId === found.logicalId);
        return { service, ...(row ? { row } : {}), cause: row?.reason ?? found.view.status };
    }
}

;// CONCATENATED MODULE: ./src/deploy/certificate-watch.ts

const CERTIFICATE = 'AWS::CertificateManager::Certificate';
const certificate_watch_READ_EVERY_MS = 15_000;
/** What to do about each FailureReason ACM documents (API_CertificateDetail, FailureReason). */
const ADVICE = {
    CAA_ERROR: 'a CAA record of the domain (or a parent) does not allow amazon.com, amazontrust.com, awstrust.com or amazonaws.com to issue: add one of them to the CAA records',
    NO_AVAILABLE_CONTACTS: 'no contact for email validation: use DNS validation in a Route 53 zone of the name',
    DOMAIN_NOT_ALLOWED: 'ACM does not issue for this name (ask AWS Support to review it)',
    INVALID_PUBLIC_DOMAIN: 'the name is not a valid public domain: check its spelling and top-level domain',
    DOMAIN_VALIDATION_DENIED: 'validation of the name was denied: ask AWS Support',
    ADDITIONAL_VERIFICATION_REQUIRED: 'ACM needs more information for this name: open a case with AWS Support',
};
const TIMED_OUT = 'ACM never saw the validation CNAME: the hosted zone must be authoritative for the name (its NS records delegated from the parent zone or registrar), and the record must resolve publicly';
/** One line of ACM's state for the report and the log. */
function certificateLine(c) {
    const pending = (c.DomainValidationOptions ?? []).filter((o) => o.ValidationStatus !== 'SUCCESS');
    switch (c.Status) {
        case 'PENDING_VALIDATION': {
            const names = pending.map((o) => {
                const r = o.ResourceRecord;
                const zone = o.ValidationDomain && o.ValidationDomain !== o.DomainName ? o.ValidationDomain : undefined;
                const record = r
                    ? ` (record ${r.Name?.replace(/\.$/, '')} ${r.Type}${zone ? ` in zone ${zone}` : ''})`
                    : '';
                return `${o.DomainName}${record}`;
            });
            return `ACM: pending DNS validation of ${names.join(', ') || c.DomainName}; a first issue can take minutes`;
        }
        case 'ISSUED':
            return `ACM: issued for ${[c.DomainName, ...(c.SubjectAlternativeNames ?? []).filter((n) => n !== c.DomainName)].join(', ')}`;
        default:
            return `ACM: ${c.Status ?? 'unknown status'}${c.FailureReason ? ` (${c.FailureReason})` : ''}`;
    }
}
/** The deploy's root cause when ACM failed the certificate; undefined otherwise. */
function certificateFailure(logicalId, c) {
    if (c.Status === 'VALIDATION_TIMED_OUT')
        return `ACM validation of ${logicalId} (${c.DomainName}) timed out: ${TIMED_OUT}`;
    if (c.Status !== 'FAILED')
        return undefined;
    const reason = c.FailureReason ?? 'OTHER';
    const advice = ADVICE[reason] ?? 'see the certificate in the ACM console for the name that failed';
    return `ACM failed certificate ${logicalId} (${c.DomainName}): ${reason}: ${advice}`;
}
class CertificateWatch {
    aws;
    logger;
    onEvent;
    now;
    watched = new Map();
    lastRead;
    failed;
    constructor(aws, logger, 
    /** The report's progress: a certificate's row gains ACM's status as its reason. */
    onEvent, now) {
        this.aws = aws;
        this.logger = logger;
        this.onEvent = onEvent;
        this.now = now;
        this.lastRead = now();
    }
    /** Every event of the operation passes here: certificates are followed from CREATE_IN_PROGRESS on. */
    see(event) {
        if (event.type !== CERTIFICATE)
            return;
        const known = this.watched.get(event.logicalId);
        if (!known && event.status !== 'CREATE_IN_PROGRESS')
            return;
        // The ARN appears on the "Resource creation Initiated" event, once ACM has the request.
        const arn = event.physicalId?.startsWith('arn:') ? event.physicalId : known?.arn;
        this.watched.set(event.logicalId, { ...known, status: event.status, ...(arn ? { arn } : {}) });
    }
    /**
     * Between two polls of the stack: reads the certificates in creation when READ_EVERY_MS has passed.
     * `force` (the operation failed): reads the ones CloudFormation failed, once, for ACM's reason.
     */
    async tick(force = false) {
        const due = [...this.watched].filter(([, w]) => force ? w.arn && w.status === 'CREATE_FAILED' : w.arn && w.status === 'CREATE_IN_PROGRESS');
        if (!due.length || (!force && this.now() - this.lastRead < certificate_watch_READ_EVERY_MS))
            return;
        this.lastRead = this.now();
        for (const [logicalId, w] of due) {
            try {
                const detail = await this.aws.certificates.describe(w.arn);
                if (!detail)
                    continue;
                this.failed ??= certificateFailure(logicalId, detail);
                const line = certificateLine(detail);
                // A forced read restates the line on the failed row: ACM's reason, not CloudFormation's, stays in sight.
                if (line === w.line && !force)
                    continue;
                w.line = line;
                this.logger.info(`${logicalId} ${line}`);
                const at = new Date(this.now());
                this.onEvent({
                    id: `acm|${logicalId}|${w.status}|${line}`,
                    timestamp: at,
                    logicalId,
                    type: CERTIFICATE,
                    status: w.status,
                    reason: line,
                });
            }
            catch (err) {
                this.logger.debug?.(`could not read certificate ${w.arn}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        }
    }
    /** ACM's failure of a certificate seen during the operation, with what to do. */
    failure() {
        return this.failed;
    }
}

// EXTERNAL MODULE: ./src/deploy/service-deployments.ts
var service_deployments = __webpack_require__(9497);
;// CONCATENATED MODULE: ./src/deploy/stop-deployments.ts

/**
 * Stops every deployment the follower saw still running, with ROLLBACK; one sentence for the report saying
 * what ECS does, or undefined when nothing was in flight (or the follower never read a deployment).
 */
async function stopInFlight(ecs, follower) {
    const running = follower.inFlight();
    if (!running.length)
        return undefined;
    const stopped = [];
    const refused = [];
    for (const { logicalId, view } of running) {
        try {
            await ecs.stopDeployment(view.arn);
            stopped.push(logicalId);
        }
        catch (err) {
            refused.push(`${logicalId} (${(0,errors/* errorMessage */.gJ)(err)})`);
        }
    }
    const parts = [];
    if (stopped.length)
        parts.push(`asked ECS to stop the deployment of ${stopped.join(', ')} (StopServiceDeployment, ROLLBACK): ECS rolls ${stopped.length > 1 ? 'them' : 'it'} back to the previous service revision, while the stack still names the new one, so deploy again (or roll the release back) to bring the two together`);
    if (refused.length)
        parts.push(`ECS refused to stop ${refused.join(', ')}, and goes on with ${refused.length > 1 ? 'those' : 'that'} rollout`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts










/** A rolled-back service's failure, with why its last task stopped and what it printed (failure-report.ts). */
async function withDiagnosis(aws, err, logger) {
    if (!(err instanceof rollout/* RolloutFailed */.hl) || !err.failedService)
        return err;
    const diagnosis = await diagnoseService(aws.services, aws.logs, err.failedService).catch(() => undefined);
    if (!diagnosis)
        return err;
    err.diagnosis = formatDiagnosis(diagnosis);
    logger.info(err.diagnosis);
    return err;
}
/**
 * Executes a ready change set, then follows every ECS service of the stack until its rollout has
 * completed. Either step's failure throws with its root cause; success means ECS runs the release.
 */
async function deployChangeSet(aws, ready, logger, poll, progress, 
/** The run's steps (src/kernel/): the change set's execution and the rollout are one each. */
step) {
    const now = poll.now ?? Date.now;
    // The deployments ECS starts for this change set: created from now on (a little slack for clocks).
    const follower = new service_deployments/* DeploymentFollower */.iW(aws.services, new Date(now() - 5000), logger, now);
    // Only a service the operation touched has a deployment of this run: the others are not listed.
    const touched = new Set();
    follower.touched = touched;
    // The certificates CloudFormation waits for ACM to issue (x-aws-domain): their status on their rows.
    const certificates = new CertificateWatch(aws, logger, progress.onEvent, now);
    const onEvent = (event) => {
        if (event.type === 'AWS::ECS::Service')
            touched.add(event.logicalId);
        certificates.see(event);
        progress.onEvent(event);
    };
    // GPU services' instances while their rollouts wait: Auto Scaling is asked only for a stack with GPU groups.
    const instances = new InstanceWatch(aws.capacity, now, now() - 5000);
    const live = new LiveRollout(aws, ready, follower, progress.onRollout, now, instances);
    const alongside = async () => {
        await live.tick();
        await certificates.tick();
    };
    const executed = await step('deploy', () => executeChangeSet(aws, ready, logger, poll, onEvent, alongside), ready.stackName).catch(async (err) => {
        if ((0,cancellation/* isCancelled */.mm)(err))
            throw leftToCloudFormation(err, live, logger);
        // ACM failed a certificate: its reason, with what to do, is the root cause.
        await certificates.tick(true);
        const acm = certificates.failure();
        if (acm)
            throw new src_errors/* UserError */.yo(`deploy failed: ${acm}; ${err instanceof Error ? err.message : String(err)}`);
        // CloudFormation failed the service because ECS rolled its deployment back: say ECS's cause first.
        await live.tick(true);
        const rolledBack = live.rolledBack();
        if (!rolledBack)
            throw err;
        const name = rolledBack.row?.name ?? rolledBack.service.logicalId;
        const failure = new rollout/* RolloutFailed */.hl(`ECS rolled back service ${name}: ${rolledBack.cause}; ${err instanceof Error ? err.message : String(err)}`, { ...rolledBack.service, name });
        throw await withDiagnosis(aws, failure, logger);
    });
    if (executed.stack)
        progress.onSettled?.(executed.stack);
    return step('rollout', async () => {
        const services = await (0,rollout/* stackServices */.b8)(aws.stacks, ready.stackId, ready.template);
        const rows = await (0,rollout/* watchRollout */.Dl)(aws.services, services, poll, async (rows) => {
            for (const r of rows)
                logger.info(rolloutLine(r));
            await progress.onRollout(rows);
        }, follower, instances).catch(async (err) => {
            if ((0,cancellation/* isCancelled */.mm)(err))
                throw await rolloutCancelled(aws, ready.stackName, follower, poll, logger);
            throw await withDiagnosis(aws, err, logger);
        });
        for (const r of rows)
            if (r.note)
                logger.warning(`${r.name}: ${r.note}`);
        return rows;
    });
}
/**
 * Cancelled while CloudFormation waited through ECS deployments: CancelUpdateStack (cancel.ts) was the right
 * call, and the report says what it means for each deployment ECS was running. A StopServiceDeployment
 * underneath would fail the resource, and CloudFormation would roll back with yet another deployment.
 */
function leftToCloudFormation(err, live, logger) {
    const running = live.follower.inFlight();
    if (!running.length)
        return err;
    const names = running.map((r) => `${r.logicalId} (${r.view.stage ?? r.view.status})`).join(', ');
    const said = `ECS's deployment of ${names} was not stopped underneath CloudFormation: the stack's rollback deploys the previous revision again, and ECS shifts any traffic back to it`;
    logger.warning(said);
    return new cancellation/* Cancelled */.cJ(`${err.message}; ${said}`);
}
/** One log line per service and poll: ECS's state, its counts, and the deployment's stage when ECS reports it. */
function rolloutLine(r) {
    const d = r.deployment;
    const stage = d
        ? ` · ${[d.status, d.stage, d.trafficPercent !== undefined ? `${d.trafficPercent} % traffic` : undefined].filter(Boolean).join(' ')}`
        : '';
    // A waiting GPU service's instances, with why its group could not start any when that is known.
    const instances = r.instances ? ` · ${r.instances}${r.reason ? ` (${r.reason})` : ''}` : '';
    const said = r.latestEvent;
    return `${r.name}: ${r.rolloutState} ${r.running}/${r.desired} running${stage}${instances}${said ? ` · ${said}` : ''}`;
}
/**
 * Cancelled once CloudFormation had finished: there is no stack operation left to cancel (CancelUpdateStack
 * applies to UPDATE_IN_PROGRESS only). A deployment ECS still runs is stopped with StopServiceDeployment
 * (stop-deployments.ts), which rolls it back; without one, ECS goes on with the rollout the stack started.
 */
async function rolloutCancelled(aws, stackName, follower, poll, logger) {
    const signal = (0,cancellation/* cancelRequest */.UL)(poll.signal).signalName;
    const stopped = await stopInFlight(aws.services, follower);
    const message = stopped
        ? `deploy cancelled (${signal}) while ECS rolled the release out: stack ${stackName} had already been updated, so there was nothing to cancel in CloudFormation; ${stopped}`
        : `deploy cancelled (${signal}) while ECS rolled the release out: stack ${stackName} had already been updated, so there was nothing to cancel in CloudFormation; ECS goes on with the rollout (its deployment circuit breaker rolls back new tasks that fail, unless update_config.failure_action is continue)`;
    logger.warning(message);
    return new cancellation/* Cancelled */.cJ(message);
}

;// CONCATENATED MODULE: ./src/deploy/termination-protection.ts

async function protectStack(aws, stackId, logger) {
    try {
        await aws.stacks.setTerminationProtection(stackId, true);
        logger.info('termination protection is on: the stack cannot be deleted until it is turned off');
    }
    catch (err) {
        // The release runs; only the protection is missing: say so loudly, without failing the deploy.
        logger.warning(`could not turn termination protection on: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}

// EXTERNAL MODULE: ./src/secrets/values.ts
var values = __webpack_require__(3795);
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
async function fileSecretParameters(project, environment, stackName, parameters, mode, deps, 
/** The parameter values the stack runs now (a plan keeps the version it pins). */
stackParameters = {}) {
    const plan = { parameters: {}, writes: [], created: [] };
    const values = plan.parameters;
    const newVersionId = deps.newVersionId ?? external_node_crypto_.randomUUID;
    for (const p of parameters.filter((x) => x.kind === 'file-secret')) {
        const definition = project.secrets[p.secret ?? ''];
        if (!definition)
            throw new src_errors/* UserError */.yo(`template parameter ${p.name} names an unknown secret ${p.secret}`);
        const content = await secretContent(definition, environment);
        deps.logger.mask(content);
        const name = storedSecretName(stackName, definition.name);
        const version = parameters.find((x) => x.kind === 'file-secret-version' && x.secret === p.secret);
        if (mode === 'plan') {
            // A plan reads no secret value: a comparison it could make would let whoever controls a plan (a
            // pull request) confirm a guessed value, and the plan role would need to read production's secrets.
            // It keeps the version the stack pins; the deploy compares the contents and pins a new one if they
            // changed. DescribeSecret answers metadata only.
            const existing = await call(`Secrets Manager DescribeSecret ${name}`, () => deps.secrets.find(name));
            values[p.name] = existing ?? (await predictedArn(deps.identity, name));
            const pinned = version ? stackParameters[version.name] : undefined;
            if (version)
                values[version.name] = existing && pinned ? pinned : 'new-version-on-deploy';
            (plan.comparedAtDeploy ??= []).push(definition.name);
            continue;
        }
        // One read when the secret holds a value (every run after the first): GetSecretValue by name answers
        // the ARN, the version and the content together; only without one does DescribeSecret say whether it exists.
        const current = await call(`Secrets Manager GetSecretValue ${name}`, () => deps.secrets.current(name));
        const existing = current?.arn ?? (await call(`Secrets Manager DescribeSecret ${name}`, () => deps.secrets.find(name)));
        const unchanged = current !== undefined && current.value === content;
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
        throw (0,errors/* awsFailure */.MT)(what, err);
    }
}
async function predictedArn(identity, name) {
    const [account, region] = await call('STS GetCallerIdentity', () => Promise.all([identity.account(), identity.region()]));
    return `arn:${account.partition}:secretsmanager:${region}:${account.id}:secret:${name}`;
}
async function secretContent(definition, environment) {
    const content = await (0,values/* readSecret */.n5)(definition, environment);
    if (content !== undefined)
        return content;
    // The loader checked the file and the pipeline the variable; this is the last word if either vanished.
    throw new src_errors/* UserError */.yo(definition.file
        ? `secret ${definition.name}: cannot read its file ${definition.file}; write it before this step, e.g. from a GitHub secret`
        : `secret ${definition.name}: environment variable ${definition.environment} is not set`);
}

// EXTERNAL MODULE: ./src/deploy/template-source.ts
var template_source = __webpack_require__(5839);
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
        throw (0,errors/* awsFailure */.MT)(`uploading the template to s3://${bucket}/${key}`, err);
    }
    return { templateUrl: `https://${bucket}.s3.${upload.region}.amazonaws.com/${key}` };
}
/** A body over the inline limit needs the bucket (and at most 1 MB); says what to set otherwise. */
function requireBucket(body, bucket) {
    const bytes = Buffer.byteLength(body);
    if (!bucket) {
        throw new src_errors/* UserError */.yo(`the template is ${bytes} bytes, over CloudFormation's inline limit of 51,200: set the template-bucket input to an S3 bucket the role may write to`);
    }
    if (bytes > 1_000_000)
        throw new src_errors/* UserError */.yo(`the template is ${bytes} bytes, over CloudFormation's limit of 1 MB`);
    return bucket;
}

;// CONCATENATED MODULE: ./src/deploy/keep-capacity.ts
// A service that ran on a capacity provider strategy (x-aws-capacity) and is asked to run on the FARGATE
// launch type again stays on a strategy: on-demand Fargate through the FARGATE capacity provider, the same
// capacity at the same price. ECS's UpdateService takes no launch type: it moves a service back to one only
// through an empty strategy (UpdateService, capacityProviderStrategy: "Update the ... Fargate capacity
// provider back to the launch type. Pass an empty list"), which a template that simply drops the property
// does not say. Keeping a strategy is an in-place update ECS documents (a Fargate provider to a Fargate
// provider), and its nonce moves the running tasks off Fargate Spot. The cluster the stack created keeps
// its Fargate providers for it. Pure: the same two templates give the same result.

const SERVICE = 'AWS::ECS::Service';
const ON_DEMAND = [{ CapacityProvider: FARGATE, Weight: 1 }];
function keepCapacityStrategy(before, after, notes) {
    const resources = { ...after.Resources };
    for (const [id, r] of Object.entries(after.Resources)) {
        const old = before.Resources[id];
        const had = old?.Type === SERVICE && Array.isArray(old.Properties?.CapacityProviderStrategy);
        if (r.Type !== SERVICE || !had || r.Properties?.LaunchType !== 'FARGATE')
            continue;
        const { LaunchType: _launchType, ...props } = r.Properties;
        const ownCluster = typeof props.Cluster !== 'string';
        if (ownCluster && !resources[CAPACITY_PROVIDERS_ID])
            resources[CAPACITY_PROVIDERS_ID] = {
                Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
                Properties: {
                    CapacityProviders: [FARGATE, FARGATE_SPOT],
                    Cluster: props.Cluster,
                    DefaultCapacityProviderStrategy: ON_DEMAND,
                },
            };
        const dependsOn = [r.DependsOn ?? []].flat();
        resources[id] = {
            ...r,
            ...(ownCluster ? { DependsOn: [...new Set([...dependsOn, CAPACITY_PROVIDERS_ID])].sort() } : {}),
            Properties: {
                ...props,
                CapacityProviderStrategy: ON_DEMAND,
                ForceNewDeployment: {
                    EnableForceNewDeployment: true,
                    ForceNewDeploymentNonce: strategyNonce(ON_DEMAND),
                },
            },
        };
        notes.push(`${id} leaves its capacity provider strategy for on-demand Fargate through the FARGATE capacity provider (ECS moves a service back to a launch type only through an empty strategy)`);
    }
    return { ...after, Resources: resources };
}

;// CONCATENATED MODULE: ./src/deploy/keep-deployed.ts
// The template a deploy sends, reconciled with the one the stack runs: where the new template would
// create a resource that AWS holds unique by something other than its logical ID (a listener's port, a
// rule's priority) while a removed resource still holds it, the new resource takes the deployed logical
// ID and is updated in place. CloudFormation creates first and deletes at cleanup, so without this a
// rename fails (DuplicateListener, PriorityInUse); it also carries stacks deployed before listeners
// were keyed by port over without a failed deploy. Cosmetic create-only values the stack already has
// (a security group's description, a container's log stream prefix) are kept rather than replaced.
// Pure: the same two templates give the same result.




const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
/**
 * What AWS holds unique per type, as a key. A target group is not unique, but one whose every property
 * equals a removed one's is that group under a new ID (target groups were keyed by published port
 * before): keeping the deployed ID spares the service a needless rollout.
 */
function uniqueKey(r) {
    const p = r.Properties ?? {};
    if (r.Type === TARGET_GROUP)
        return (0,canonical_json/* canonicalJson */.d)(p);
    if (r.Type === LISTENER)
        return `${(0,canonical_json/* canonicalJson */.d)(p.LoadBalancerArn)} port ${(0,canonical_json/* canonicalJson */.d)(p.Port)}`;
    if (r.Type === RULE)
        return `${(0,canonical_json/* canonicalJson */.d)(p.ListenerArn)} priority ${(0,canonical_json/* canonicalJson */.d)(p.Priority)}`;
    return undefined;
}
function keepDeployed(before, after) {
    if (!before)
        return { template: after, notes: [] };
    const notes = [];
    let template = after;
    // Listeners before rules: a rule's key names its listener, which may just have taken its deployed ID.
    for (const type of [TARGET_GROUP, LISTENER, RULE]) {
        const renames = new Map();
        const held = new Map();
        for (const [id, r] of Object.entries(before.Resources))
            if (r.Type === type && !(id in template.Resources))
                held.set(uniqueKey(r), id);
        for (const [id, r] of Object.entries(template.Resources)) {
            if (r.Type !== type || id in before.Resources)
                continue;
            const deployed = held.get(uniqueKey(r));
            if (deployed === undefined)
                continue;
            // One new resource per deployed one.
            held.delete(uniqueKey(r));
            renames.set(id, deployed);
            notes.push(`${id} keeps the deployed logical ID ${deployed} (updated in place)`);
        }
        if (renames.size)
            template = renameResources(template, renames);
    }
    template = keepCosmetic(before, template, notes);
    template = keepCapacityStrategy(before, template, notes);
    return { template: notes.length ? canonicalTemplate(template) : after, notes };
}
/** Every logical-ID mention (Ref, GetAtt, Sub, DependsOn) renamed, and the resources re-keyed. */
function renameResources(template, renames) {
    const subName = (text) => text.replace(/\$\{([A-Za-z0-9]+)([.}])/g, (all, id, end) => renames.has(id) ? `\${${renames.get(id)}${end}` : all);
    const walk = (value, key) => {
        if (Array.isArray(value))
            return value.map((v) => walk(v, key));
        if (typeof value === 'string') {
            if (key === 'Ref' || key === 'DependsOn' || key === 'Fn::GetAtt')
                return renames.get(value) ?? value;
            if (key === 'Fn::Sub')
                return subName(value);
            return value;
        }
        if (value && typeof value === 'object') {
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                if (k === 'Fn::Sub' && Array.isArray(v))
                    out[k] = [subName(String(v[0])), walk(v[1])];
                else if (k === 'Fn::GetAtt' && Array.isArray(v))
                    out[k] = [renames.get(String(v[0])) ?? v[0], ...v.slice(1)];
                else
                    out[k] = walk(v, k);
            }
            return out;
        }
        return value;
    };
    const walked = walk(template);
    const resources = {};
    for (const [id, r] of Object.entries(walked.Resources))
        resources[renames.get(id) ?? id] = r;
    return { ...walked, Resources: resources };
}
/**
 * A security group's GroupDescription and a container's awslogs-stream-prefix once named the project:
 * both are create-only, so a stack deployed then keeps its values (nothing is replaced for a label).
 */
function keepCosmetic(before, after, notes) {
    const resources = { ...after.Resources };
    for (const [id, r] of Object.entries(after.Resources)) {
        const old = before.Resources[id];
        if (!old || old.Type !== r.Type)
            continue;
        if (r.Type === 'AWS::EC2::SecurityGroup') {
            const description = old.Properties?.GroupDescription;
            const ours = String(r.Properties?.GroupDescription).startsWith('compose-ecs ');
            if (ours && description !== undefined && description !== r.Properties?.GroupDescription) {
                resources[id] = { ...r, Properties: { ...r.Properties, GroupDescription: description } };
                notes.push(`${id} keeps its deployed description`);
            }
        }
        if (r.Type === 'AWS::ECS::TaskDefinition') {
            const kept = keepStreamPrefix(old, r);
            if (kept) {
                resources[id] = kept;
                notes.push(`${id} keeps its deployed log stream prefix`);
            }
        }
    }
    return { ...after, Resources: resources };
}
const PREFIX = 'awslogs-stream-prefix';
function keepStreamPrefix(old, r) {
    const deployed = new Map((old.Properties?.ContainerDefinitions ?? []).map((c) => [
        c.Name,
        c.LogConfiguration?.Options?.[PREFIX],
    ]));
    let changed = false;
    const containers = (r.Properties?.ContainerDefinitions ?? []).map((c) => {
        const prefix = deployed.get(c.Name);
        const options = c.LogConfiguration?.Options;
        // Only our own prefix gives way: one the compose file sets (logging.options) is what it says.
        if (prefix === undefined || options?.[PREFIX] !== logs/* LOG_STREAM_PREFIX */.dD || prefix === logs/* LOG_STREAM_PREFIX */.dD)
            return c;
        changed = true;
        return { ...c, LogConfiguration: { ...c.LogConfiguration, Options: { ...options, [PREFIX]: prefix } } };
    });
    return changed ? { ...r, Properties: { ...r.Properties, ContainerDefinitions: containers } } : undefined;
}

;// CONCATENATED MODULE: ./src/deploy/cluster-capacity.ts

/** The providers each existing cluster (by the name or ARN the template gives) must have, with the services asking. */
function providersNeeded(template) {
    const needed = new Map();
    for (const [id, r] of Object.entries(template.Resources)) {
        const cluster = r.Properties?.Cluster;
        const strategy = r.Properties?.CapacityProviderStrategy;
        // A Ref is the stack's own cluster, whose association the template holds.
        if (r.Type !== 'AWS::ECS::Service' || typeof cluster !== 'string' || !Array.isArray(strategy))
            continue;
        const providers = needed.get(cluster) ?? new Map();
        for (const item of strategy)
            if (typeof item.CapacityProvider === 'string')
                providers.set(item.CapacityProvider, [...(providers.get(item.CapacityProvider) ?? []), id]);
        needed.set(cluster, providers);
    }
    return needed;
}
/** A cluster named by ARN (…:cluster/name) or by name: DescribeClusters answers with the ARN. */
const cluster_capacity_clusterName = (nameOrArn) => nameOrArn.replace(/^arn:[^:]+:ecs:[^:]*:\d*:cluster\//, '');
/** Refuses, naming the cluster, the providers it lacks and the services that ask for them. */
async function checkClusterCapacity(ecs, template) {
    const needed = providersNeeded(template);
    if (needed.size === 0)
        return;
    const { clusters, failures } = await ecs.clusters([...needed.keys()]);
    const problems = [];
    for (const [cluster, providers] of needed) {
        const found = clusters.find((c) => c.clusterArn === cluster || c.clusterName === cluster_capacity_clusterName(cluster));
        if (!found || found.status === 'INACTIVE') {
            const why = failures.find((f) => f.arn?.endsWith(`/${cluster_capacity_clusterName(cluster)}`))?.reason;
            problems.push(`cluster ${cluster} (x-aws-cluster) was not found${why ? ` (${why})` : ''}`);
            continue;
        }
        const has = found.capacityProviders ?? [];
        const missing = [...providers.keys()].filter((p) => !has.includes(p));
        if (missing.length === 0)
            continue;
        const services = [...new Set(missing.flatMap((p) => providers.get(p)))].sort();
        const all = [...new Set([...has, ...missing])];
        problems.push(`cluster ${found.clusterName ?? cluster} (x-aws-cluster) has no ${missing.join(', ')} capacity provider, which ${services.join(', ')} ${services.length > 1 ? 'ask' : 'asks'} for ` +
            `(it has: ${has.length ? has.join(', ') : 'none'}). compose-ecs does not change a cluster it did not create: ` +
            `associating providers replaces the cluster's whole list. Whoever owns the cluster can add ${missing.length > 1 ? 'them' : 'it'} with ` +
            `aws ecs put-cluster-capacity-providers --cluster ${found.clusterName ?? cluster} --capacity-providers ${all.join(' ')} ` +
            `--default-capacity-provider-strategy ${defaultStrategy(found.defaultCapacityProviderStrategy)}` +
            ` (the list and the default strategy given replace the current ones); or drop x-aws-capacity.`);
    }
    if (problems.length)
        throw new src_errors/* UserError */.yo(`the cluster cannot run the services as asked:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
/** The cluster's current default strategy in the CLI's shorthand, so the command keeps it ([] when none). */
function defaultStrategy(items) {
    if (!items?.length)
        return '[]';
    return items
        .map((i) => `capacityProvider=${i.capacityProvider},weight=${i.weight ?? 0},base=${i.base ?? 0}`)
        .join(' ');
}

;// CONCATENATED MODULE: ./src/deploy/plan.ts










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
async function planStack(request, aws, logger, poll) {
    const fresh = request.preflight && request.now.getTime() - request.preflight.readAt <= PREFLIGHT_REUSE_MS;
    const state = await (0,deploy_stack.prepareStack)(aws.stacks, request.stackName, logger, poll, {
        deleteFailedCreate: request.mode === 'deploy',
        ...(fresh ? { known: request.preflight } : {}),
    });
    if (state.failedCreate)
        return replacementPreview(request, state.failedCreate, state.stackId);
    const before = state.isNew || !state.stackId ? undefined : await (0,template_source/* deployedTemplate */.B)(aws.stacks, state.stackId);
    // Resources AWS holds unique by port or priority keep their deployed IDs; cosmetic values stay.
    const kept = keepDeployed(before, request.template);
    for (const note of kept.notes)
        logger.info(note);
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
    const type = state.isNew ? 'CREATE' : 'UPDATE';
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
    const input = {
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
async function changeSetOrCleanUp(input, secrets, aws, logger, poll) {
    try {
        return await createChangeSet(aws.changeSets, input, poll);
    }
    catch (err) {
        const removed = input.type === 'CREATE'
            ? await removeEmptyStack(aws.stacks, input.stackName, (0,cancellation/* cleanupPoll */.yf)(poll)).then((id) => (id ? `; deleted the empty new stack ${input.stackName}` : ''), (e) => `; could not delete the empty new stack ${input.stackName}: ${(0,errors/* errorMessage */.gJ)(e)}`)
            : '';
        await discardCreatedSecrets(secrets, { secrets: aws.secrets, logger });
        if ((0,cancellation/* isCancelled */.mm)(err))
            throw new cancellation/* Cancelled */.cJ(`plan ${err.message}${removed}`);
        throw err;
    }
}
/**
 * What differs from the stack, or undefined when it already runs exactly this: the deployed template
 * (GetTemplate) against the new one, every parameter value (a NoEcho value reads as **** and so never equals:
 * a change set then decides), the tags, the service role and the topics. Anything unknown counts as a difference.
 */
function differenceFromStack(state, before, request, parameters, tags) {
    if (state.isNew || !before || !state.parameters || !state.settings)
        return 'the stack is new or unread';
    const { settings } = state;
    const differs = (a, b) => (0,canonical_json/* canonicalJson */.d)(a) !== (0,canonical_json/* canonicalJson */.d)(b);
    if (differs(before, request.template))
        return 'the template';
    const changed = Object.keys({ ...state.parameters, ...parameters }).filter((k) => state.parameters[k] !== parameters[k]);
    if (changed.length)
        return `parameters ${changed.sort().join(', ')}`;
    if (differs(withoutRunTags(settings.tags), withoutRunTags(tags)))
        return 'the stack tags';
    if ((settings.roleArn ?? '') !== (request.stack.roleArn ?? ''))
        return 'the service role';
    if (differs([...settings.notificationArns].sort(), [...(request.stack.notificationArns ?? [])].sort()))
        return 'the notification topics';
    return undefined;
}
/**
 * The tags that name the run (its commit and its URL) change on every run: alone they never make a change
 * set, or no deploy would ever be a no-op. They then name the run that last changed the stack; the release
 * of every run, no-op or not, is recorded as a GitHub deployment.
 */
const RUN_TAGS = ['compose-ecs:sha', 'compose-ecs:run-url'];
function withoutRunTags(tags) {
    return Object.fromEntries(Object.entries(tags).filter(([k]) => !RUN_TAGS.includes(k)));
}
/**
 * A plan of a stack left by a failed first create: CloudFormation cannot make a change set for it, and
 * deleting it would change the account, so the plan shows the stack a deploy would create in its place.
 */
function replacementPreview(request, status, stackId) {
    const resources = request.template.Resources;
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
        parameters: {},
        template: request.template,
        body: request.body,
    };
}
/** Deletes the stack when it is the empty shell of a CREATE change set; returns its id when it did. */
async function removeEmptyStack(cfn, stackName, poll) {
    const stack = await (0,deploy_stack.describeStack)(cfn, stackName);
    if (stack?.StackStatus !== 'REVIEW_IN_PROGRESS' || !stack.StackId)
        return undefined;
    await (0,deploy_stack.deleteStack)(cfn, stack.StackId, poll);
    return stack.StackId;
}
/** Removes what planning created: the change set, and for a new stack the empty REVIEW_IN_PROGRESS shell. */
async function discardPlan(aws, plan, poll, logger) {
    if (plan.outcome.changeSetId)
        await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
    if (plan.type === 'CREATE' && plan.outcome.stackId) {
        logger.info('removing the empty stack the plan created');
        // Cleanup runs to its end even when the run is being cancelled (within the cancel budget).
        await (0,deploy_stack.deleteStack)(aws.stacks, plan.outcome.stackId, (0,cancellation/* cleanupPoll */.yf)(poll));
    }
    await discardCreatedSecrets(plan.secrets, { secrets: aws.secrets, logger });
}

;// CONCATENATED MODULE: ./src/images/ecr.ts



/** Decodes GetAuthorizationToken's `base64(user:password)`. The caller masks the password at once. */
async function getRegistryLogin(ecr) {
    let data;
    try {
        data = await ecr.authorizationToken();
    }
    catch (err) {
        throw (permissionFailure(err, 'ecr:GetAuthorizationToken', '*') ?? (0,errors/* awsFailure */.MT)('ECR GetAuthorizationToken', err));
    }
    if (!data.token || !data.endpoint) {
        throw new src_errors/* UserError */.yo('ECR GetAuthorizationToken returned no token');
    }
    const decoded = Buffer.from(data.token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1)
        throw new src_errors/* UserError */.yo('ECR GetAuthorizationToken returned a token that is not user:password');
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
                throw new src_errors/* UserError */.yo(`ECR CreateRepository ${name} returned no URI`);
            found.set(name, { uri, created: true, canRewrite: (tag) => mutableTags.includes(tag) });
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:CreateRepository', name) ??
                (0,errors/* awsFailure */.MT)(`ECR CreateRepository ${name}`, err));
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
            if (err instanceof failures/* NotFound */.Mk)
                return undefined;
            throw (permissionFailure(err, 'ecr:DescribeRepositories', repositoryNames.join(', ')) ??
                (0,errors/* awsFailure */.MT)('ECR DescribeRepositories', err));
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
    if (!(err instanceof failures/* AccessDenied */.Oy))
        return undefined;
    return deniedError(`${err.code} ${err.message}`, action, repository);
}
/** Names the action AWS reported as missing, else the one the call needed. */
function deniedError(text, action, repository) {
    const reported = /not authorized to perform: ([a-z0-9-]+:[A-Za-z]+)/.exec(text)?.[1];
    return new src_errors/* UserError */.yo(`access denied to ECR repository ${repository}: the role needs ${reported ?? action} on it (see the README's IAM policy) [${text.trim().split('\n').pop()}]`);
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
                (0,errors/* awsFailure */.MT)(`ECR GetLifecyclePolicy ${repositoryName}`, err));
        }
        if (current && JSON.stringify(JSON.parse(current)) === wanted)
            return;
        await ecr.putLifecyclePolicy(repositoryName, wanted).catch((err) => {
            throw (permissionFailure(err, 'ecr:PutLifecyclePolicy', repositoryName) ??
                (0,errors/* awsFailure */.MT)(`ECR PutLifecyclePolicy ${repositoryName}`, err));
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
                (0,errors/* awsFailure */.MT)(`tagging ${what} as ${tag}`, err));
        }
        if (!found)
            throw (0,errors/* awsFailure */.MT)(`tagging ${what} as ${tag}`, new Error(`ECR returned no manifest for ${what}`));
    }));
}

;// CONCATENATED MODULE: ./src/jobs/job-records.ts

function jobRecordName(stackName, job, fingerprint) {
    return `${(0,template_configs/* storedConfigPrefix */.ak)(stackName)}jobs/${job}/${fingerprint}`;
}
/** The jobs (of those given, by name → fingerprint) with a recorded successful run. */
async function succeededJobs(parameters, stackName, fingerprints) {
    const names = Object.entries(fingerprints).map(([job, fp]) => [job, jobRecordName(stackName, job, fp)]);
    if (!names.length)
        return new Set();
    const found = new Set();
    // GetParameters takes at most 10 names per call.
    for (let i = 0; i < names.length; i += 10) {
        const existing = await parameters.existing(names.slice(i, i + 10).map(([, n]) => n));
        for (const [job, n] of names.slice(i, i + 10))
            if (existing.has(n))
                found.add(job);
    }
    return found;
}
async function recordSuccess(parameters, input) {
    await parameters.create({
        name: jobRecordName(input.stackName, input.job, input.fingerprint),
        value: JSON.stringify({ task: input.taskArn, exitCode: 0, at: input.at.toISOString() }),
        description: `a successful run of job ${input.job} of stack ${input.stackName}, recorded by compose-ecs`,
        tags: { 'com.docker.compose.project': input.project, 'compose-ecs:stack': input.stackName },
    });
}

// EXTERNAL MODULE: ./src/jobs/phases.ts + 1 modules
var phases = __webpack_require__(6724);
;// CONCATENATED MODULE: ./src/jobs/plan-jobs.ts


async function planJobsOf(ctx, candidate, plan) {
    const names = Object.keys((0,phases/* jobSpecs */.AB)(candidate.template));
    if (!names.length)
        return [];
    const fingerprints = Object.fromEntries(names.map((name) => [name, (0,phases/* jobFingerprint */.E3)(candidate.template, plan.parameters, name)]));
    // A rollback replays a recorded release: what its jobs ran before is no reason to skip them now.
    const rollback = candidate.restored ?? false;
    const succeeded = rollback || !plan.before
        ? new Set()
        : await succeededJobs(ctx.aws.parameters, candidate.stackName, fingerprints).catch((err) => {
            ctx.logger.warning(`could not read which jobs last succeeded (${err.message}): a job whose inputs did not change runs again`);
            return new Set();
        });
    const jobs = (0,phases/* planJobs */.KR)({
        before: plan.before,
        after: candidate.template,
        beforeParameters: deployedParameters(plan),
        afterParameters: plan.parameters,
        rollback,
        succeeded,
    });
    for (const j of jobs)
        ctx.logger.info(`job ${j.name}: ${j.run ? 'runs' : 'does not run'} (${j.why})`);
    return jobs;
}
/** The parameter values the stack runs with now (DescribeStacks). */
function deployedParameters(plan) {
    return Object.fromEntries((plan.stack?.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
}

;// CONCATENATED MODULE: ./src/deploy/outputs.ts

const IS_URL = /url$/i;
/**
 * Service URLs (outputs whose key ends in `URL`), for the report and later workflow steps. They come
 * from the stack's Outputs; where CloudFormation has none yet (some endpoints never fill them), the
 * template's own URL outputs are evaluated against the load balancers the stack created.
 */
async function stackUrls(clients, stackId, template, 
/** A reading of the stack as it stands now (after its last operation), instead of another DescribeStacks. */
known) {
    const stack = known ?? (await (0,deploy_stack.describeStack)(clients.stacks, stackId));
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

// EXTERNAL MODULE: ./src/report/compose-changes.ts + 1 modules
var compose_changes = __webpack_require__(5733);
// EXTERNAL MODULE: ./src/report/resource-diff.ts + 1 modules
var resource_diff = __webpack_require__(5068);
;// CONCATENATED MODULE: ./src/report/security-changes.ts


const INTERNET = new Set(['0.0.0.0/0', '::/0']);
/**
 * Actions that take no resource-level permission, so "*" is the only resource they can name: not a
 * broadening. ECR: "GetAuthorizationToken ... you must specify * as the resource"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/security_iam_id-based-policy-examples.html).
 */
const STAR_ONLY = new Set([
    'ecr:GetAuthorizationToken',
    // Elastic Load Balancing's Describe* calls name no resource type ("*" only, Service Authorization
    // Reference, list_elasticloadbalancingv2): a deployment strategy's infrastructure role reads with them.
    'elasticloadbalancing:DescribeListeners',
    'elasticloadbalancing:DescribeRules',
    'elasticloadbalancing:DescribeTargetGroups',
    'elasticloadbalancing:DescribeTargetHealth',
]);
function securityChanges(before, after) {
    const out = [];
    setDiff(statements(before), statements(after), out);
    setDiff(managedPolicies(before), managedPolicies(after), out);
    setDiff(rules(before), rules(after), out);
    setDiff(publicLoadBalancers(before), publicLoadBalancers(after), out);
    return out;
}
function setDiff(before, after, out) {
    for (const [key, item] of after)
        if (!before.has(key))
            out.push({ ...item, change: 'added' });
    for (const [key, item] of before)
        if (!after.has(key))
            out.push({ ...item, change: 'removed', flag: undefined });
}
const list = (value) => Array.isArray(value) ? value : value === undefined ? [] : [value];
/** Inline statements of roles and policies, keyed by where they are and what they say. */
function statements(template) {
    const found = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        const props = resource.Properties ?? {};
        const documents = [];
        if (resource.Type === 'AWS::IAM::Role') {
            documents.push({ name: 'trust policy', document: props.AssumeRolePolicyDocument });
            for (const p of list(props.Policies))
                documents.push({ name: `policy ${String(p.PolicyName)}`, document: p.PolicyDocument });
        }
        else if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') {
            documents.push({ name: `policy ${(0,resource_diff/* showValue */.vp)(props.PolicyName ?? id)}`, document: props.PolicyDocument });
        }
        for (const { name, document } of documents) {
            const doc = document;
            for (const statement of list(doc?.Statement)) {
                const actions = list(statement.Action ?? statement.NotAction).map((a) => (0,resource_diff/* showValue */.vp)(a));
                const resources = list(statement.Resource ?? statement.NotResource).map((r) => (0,resource_diff/* showValue */.vp)(r, 120));
                const principal = statement.Principal === undefined ? '' : ` for ${principalText(statement.Principal)}`;
                const condition = statement.Condition === undefined ? '' : ' (with a condition)';
                const text = `${String(statement.Effect ?? 'Allow')} ${actions.join(', ')}` +
                    `${resources.length ? ` on ${resources.join(', ')}` : ''}${principal}${condition}`;
                const allow = statement.Effect !== 'Deny';
                const admin = allow && actions.some((a) => a === '*' || a === '*:*');
                const broad = allow &&
                    (actions.some((a) => a.endsWith(':*')) ||
                        (resources.includes('*') && actions.some((a) => !STAR_ONLY.has(a))));
                const trust = allow && name === 'trust policy' ? foreignTrust(statement.Principal) : undefined;
                found.set(`${id}\n${name}\n${(0,canonical_json/* canonicalJson */.d)(statement)}`, {
                    kind: 'iam',
                    resource: id,
                    text,
                    where: `${id} ${name}`,
                    flag: trust ?? (admin ? 'every action (`*:*`)' : broad ? 'broad permissions (wildcard)' : undefined),
                });
            }
        }
    }
    return found;
}
/**
 * The services the roles compose-ecs generates trust: ECS tasks (src/template/iam.ts) and, for a deployment
 * strategy's infrastructure role, ECS itself (src/template/strategy-traffic.ts).
 */
const SERVICES_NEEDED = new Set(['ecs-tasks.amazonaws.com', 'ecs.amazonaws.com']);
/**
 * Why a trust policy's principal needs a second look: anyone, another account (an account id or ARN
 * written out: only `${AWS::AccountId}` is known to be this one), a federated identity, or an AWS
 * service the template's roles do not serve. Undefined for ECS tasks and this account.
 */
function foreignTrust(principal) {
    if (principal === '*')
        return 'trusts anyone (`*`)';
    if (typeof principal !== 'object' || principal === null)
        return undefined;
    const entries = principal;
    const aws = list(entries.AWS).filter((p) => !(0,canonical_json/* canonicalJson */.d)(p).includes('AWS::AccountId'));
    if (aws.length)
        return `trusts a principal outside this account (${aws.map((p) => (0,resource_diff/* showValue */.vp)(p)).join(', ')})`;
    if (entries.Federated !== undefined)
        return 'trusts a federated identity';
    if (entries.CanonicalUser !== undefined)
        return 'trusts a principal outside this account';
    const services = list(entries.Service).filter((s) => !SERVICES_NEEDED.has(String(s)));
    if (services.length)
        return `trusts ${services.map((s) => (0,resource_diff/* showValue */.vp)(s)).join(', ')}, which the template's roles do not need`;
    return undefined;
}
/** {"Service": "ecs-tasks.amazonaws.com"} → `Service ecs-tasks.amazonaws.com`; "*" stays "*". */
function principalText(principal) {
    if (typeof principal !== 'object' || principal === null)
        return (0,resource_diff/* showValue */.vp)(principal);
    return Object.entries(principal)
        .map(([kind, who]) => `${kind} ${list(who)
        .map((w) => (0,resource_diff/* showValue */.vp)(w))
        .join(', ')}`)
        .join('; ');
}
function managedPolicies(template) {
    const found = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        if (resource.Type !== 'AWS::IAM::Role')
            continue;
        for (const arn of list(resource.Properties?.ManagedPolicyArns)) {
            const name = (0,resource_diff/* showValue */.vp)(arn, 200);
            found.set(`${id}\n${(0,canonical_json/* canonicalJson */.d)(arn)}`, {
                kind: 'managed-policy',
                resource: id,
                text: `managed policy ${name}`,
                where: id,
                flag: /AdministratorAccess|FullAccess|PowerUser/.test(name) ? 'broad managed policy' : undefined,
            });
        }
    }
    return found;
}
/** One entry per rule, inline in a group or a rule resource of its own; the description is not the rule. */
function rules(template) {
    const found = new Map();
    const add = (group, direction, rule) => {
        const { Description: _d, GroupId: _g, ...what } = rule;
        const peer = rule.CidrIp ??
            rule.CidrIpv6 ??
            rule.SourceSecurityGroupId ??
            rule.DestinationSecurityGroupId ??
            rule.SourcePrefixListId ??
            rule.DestinationPrefixListId;
        const protocol = String(rule.IpProtocol ?? 'tcp');
        const ports = protocol === '-1'
            ? 'all traffic'
            : rule.FromPort === rule.ToPort
                ? `${String(rule.FromPort)}/${protocol}`
                : `${String(rule.FromPort)}-${String(rule.ToPort)}/${protocol}`;
        const shown = (0,resource_diff/* showValue */.vp)(peer)
            .replace(/^!(Ref|GetAtt) /, '')
            .replace(/\.GroupId$/, '');
        const open = typeof peer === 'string' && INTERNET.has(peer);
        found.set(`${group}\n${direction}\n${(0,canonical_json/* canonicalJson */.d)(what)}`, {
            kind: direction,
            resource: group,
            text: `${group}: ${direction} ${ports} ${direction === 'ingress' ? 'from' : 'to'} ${shown}`,
            flag: open && direction === 'ingress' ? 'open to the internet' : undefined,
        });
    };
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        const props = resource.Properties ?? {};
        if (resource.Type === 'AWS::EC2::SecurityGroup') {
            for (const r of list(props.SecurityGroupIngress))
                add(id, 'ingress', r);
            for (const r of list(props.SecurityGroupEgress))
                add(id, 'egress', r);
        }
        else if (resource.Type === 'AWS::EC2::SecurityGroupIngress' ||
            resource.Type === 'AWS::EC2::SecurityGroupEgress') {
            const group = (0,resource_diff/* showValue */.vp)(props.GroupId)
                .replace(/^!(Ref|GetAtt) /, '')
                .replace(/\.GroupId$/, '');
            add(group, resource.Type.endsWith('Ingress') ? 'ingress' : 'egress', props);
        }
    }
    return found;
}
/** A load balancer is internet-facing unless its Scheme says internal (CloudFormation's default). */
function publicLoadBalancers(template) {
    const found = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        if (resource.Type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer')
            continue;
        if (resource.Properties?.Scheme === 'internal')
            continue;
        found.set(id, {
            kind: 'load-balancer',
            resource: id,
            text: `${id}: internet-facing load balancer`,
            flag: 'reachable from the internet',
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/report/template-diff.ts





/**
 * What changes between the deployed template and the new one, computed locally: resource-level sets
 * (a reviewer's `cdk diff`), the container images that change, a property-level diff per resource, and
 * the compose-level and security-sensitive views of it.
 * It does not need CloudFormation's change-set details, which not every endpoint provides.
 */
function diffTemplates(before, after, 
/** Built images: the URI the template names → the content key (tag) it was built under. */
contentKeys = {}) {
    const old = before?.Resources ?? {};
    const next = after.Resources;
    const added = Object.keys(next)
        .filter((id) => !(id in old))
        .sort();
    const removed = Object.keys(old)
        .filter((id) => !(id in next))
        .sort();
    const modified = Object.keys(next)
        .filter((id) => id in old && (0,canonical_json/* canonicalJson */.d)(old[id]) !== (0,canonical_json/* canonicalJson */.d)(next[id]))
        .sort();
    return {
        added,
        removed,
        modified,
        images: imageChanges(before, after),
        resources: (0,resource_diff/* resourceDiffs */.ze)(before, after),
        compose: (0,compose_changes/* composeChanges */.M)(before, after),
        security: securityChanges(before, after),
        templateHash: `sha256:${(0,external_node_crypto_.createHash)('sha256').update((0,canonical_json/* canonicalJson */.d)(after)).digest('hex')}`,
        ...(Object.keys(contentKeys).length ? { contentHash: contentHash(after, contentKeys) } : {}),
    };
}
function contentHash(template, contentKeys) {
    let text = (0,canonical_json/* canonicalJson */.d)(template);
    // Longest first: no URI is a prefix of another once replaced.
    for (const uri of Object.keys(contentKeys).sort((a, b) => b.length - a.length)) {
        const key = `content-key:${contentKeys[uri]}`;
        text = text.split(JSON.stringify(uri)).join(JSON.stringify(key));
        // The execution role names the image's repository by ARN (…:repository/<prefix>/<service>), which
        // differs between a pull request's `-untrusted` prefix and the deploy's: name it by content key too.
        const repository = /^[^/]+\/([^@:]+)/.exec(uri)?.[1];
        if (repository)
            text = text.split(`:repository/${repository}"`).join(`:repository/${key}"`);
    }
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`;
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

;// CONCATENATED MODULE: ./src/cost/price-catalog.ts
// What the estimate asks the AWS Price List for, by the Price List's own attributes. One GetProducts
// query per service code (all filtered to the stack's region by `regionCode`), and each price picked out
// of the answer by its exact usage type. Usage types carry a region prefix (EUW1-, USE1-, ...) that AWS
// does not publish as a table, so the match is on what follows it; the `regionCode` filter already
// keeps every other region out. Attribute names and usage types: the Price List's product attributes
// (GetAttributeValues) and AWS's usage-type reports for each service (docs/mapping.md, "Cost estimate").
const contains = (field, value) => ({
    Type: 'CONTAINS',
    Field: field,
    Value: value,
});
const term = (field, value) => ({
    Type: 'TERM_MATCH',
    Field: field,
    Value: value,
});
// Fargate: one query for every Fargate product of the region (x86, ARM, Windows, storage).
const price_catalog_FARGATE = [contains('usagetype', 'Fargate')];
const CATALOG = {
    'fargate.vcpu.x86': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-vCPU-Hours:perCPU' },
    },
    'fargate.gb.x86': { service: 'AmazonECS', narrow: price_catalog_FARGATE, match: { usagetype: 'Fargate-GB-Hours' } },
    'fargate.vcpu.arm': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-ARM-vCPU-Hours:perCPU' },
    },
    'fargate.gb.arm': { service: 'AmazonECS', narrow: price_catalog_FARGATE, match: { usagetype: 'Fargate-ARM-GB-Hours' } },
    'fargate.vcpu.windows': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-Windows-vCPU-Hours:perCPU' },
    },
    'fargate.gb.windows': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-Windows-GB-Hours' },
    },
    'fargate.os.windows': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-Windows-OS-Hours:perCPU' },
    },
    'fargate.storage': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-EphemeralStorage-GB-Hours' },
    },
    // Elastic Load Balancing: the hour and the capacity unit share usage types across ALB and NLB.
    'alb.hour': {
        service: 'AWSELB',
        match: { usagetype: 'LoadBalancerUsage', operation: 'LoadBalancing:Application' },
    },
    'alb.lcu': { service: 'AWSELB', match: { usagetype: 'LCUUsage', operation: 'LoadBalancing:Application' } },
    'nlb.hour': {
        service: 'AWSELB',
        match: { usagetype: 'LoadBalancerUsage', operation: 'LoadBalancing:Network' },
    },
    'nlb.nlcu': { service: 'AWSELB', match: { usagetype: 'LCUUsage', operation: 'LoadBalancing:Network' } },
    // Public IPv4 addresses (since 2024-02-01, in use or idle, under Amazon VPC).
    'ipv4.hour': {
        service: 'AmazonVPC',
        narrow: [contains('usagetype', 'PublicIPv4')],
        match: { usagetype: 'PublicIPv4:InUseAddress' },
    },
    'nat.hour': {
        service: 'AmazonEC2',
        narrow: [term('productFamily', 'NAT Gateway')],
        match: { usagetype: 'NatGateway-Hours' },
    },
    'nat.gb': {
        service: 'AmazonEC2',
        narrow: [term('productFamily', 'NAT Gateway')],
        match: { usagetype: 'NatGateway-Bytes' },
    },
    'efs.gb-month': {
        service: 'AmazonEFS',
        narrow: [contains('usagetype', 'TimedStorage')],
        match: { usagetype: 'TimedStorage-ByteHrs' },
    },
    // Log ingestion (the Standard log class), the per-GB charge of a log group.
    'logs.gb': {
        service: 'AmazonCloudWatch',
        narrow: [contains('usagetype', 'DataProcessing-Bytes')],
        match: { usagetype: 'DataProcessing-Bytes' },
    },
    'secret.month': { service: 'AWSSecretsManager', match: { usagetype: 'AWSSecretsManager-Secrets' } },
    'parameter.advanced.month': {
        service: 'AWSSystemsManager',
        narrow: [contains('usagetype', 'PS-Advanced-Param')],
        match: { usagetype: 'PS-Advanced-Param-Tier1' },
    },
};
/** Linux on-demand instances on shared tenancy, the product an ECS container instance is. */
function ec2Entry(instanceType) {
    return {
        service: 'AmazonEC2',
        narrow: [
            term('instanceType', instanceType),
            term('operatingSystem', 'Linux'),
            term('tenancy', 'Shared'),
            term('preInstalledSw', 'NA'),
            term('capacitystatus', 'Used'),
        ],
        match: { usagetype: `BoxUsage:${instanceType}` },
    };
}
function entryOf(key) {
    return key.startsWith('ec2:') ? ec2Entry(key.slice(4)) : CATALOG[key];
}
/** The product a key names, as a reader finds it in the Price List: `AWSELB LCUUsage (LoadBalancing:Network)`. */
function productName(key) {
    const { service, match } = entryOf(key);
    return `${service} ${match.usagetype}${match.operation ? ` (${match.operation})` : ''}`;
}
/** The query a key's price is in: keys of one service code with the same filters share one call. */
function queryFor(key, region) {
    const { service, narrow = [] } = entryOf(key);
    const filters = [term('regionCode', region), ...narrow];
    return {
        id: `${service} ${filters.map((f) => `${f.Field}=${f.Value}`).join(' ')}`,
        serviceCode: service,
        filters,
    };
}
/** The distinct queries for a set of keys, in a stable order (the same plan asks the same calls). */
function queriesFor(keys, region) {
    const byId = new Map();
    for (const key of keys) {
        const query = queryFor(key, region);
        byId.set(query.id, query);
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
/** Whether a product's attributes are the key's: its usage type (after the region prefix) and operation. */
function isProductOf(key, attributes) {
    const { match } = entryOf(key);
    const usagetype = attributes.usagetype ?? '';
    const unprefixed = usagetype === match.usagetype || usagetype.endsWith(`-${match.usagetype}`);
    // The prefix is letters and digits only: `Fargate-ARM-vCPU-Hours:perCPU` is not `vCPU-Hours:perCPU`'s.
    const prefix = usagetype.slice(0, usagetype.length - match.usagetype.length - 1);
    return (unprefixed &&
        (usagetype === match.usagetype || /^[A-Z0-9]+$/.test(prefix)) &&
        (!match.operation || attributes.operation === match.operation));
}

;// CONCATENATED MODULE: ./src/cost/price-list.ts
// Reads GetProducts answers: each PriceList entry is a JSON string of one product with its terms
// (`product.attributes`, `terms.OnDemand.<offer>.priceDimensions.<rate>.pricePerUnit.USD`), as the
// Price List Query API documents it. Only on-demand terms are read: the estimate is of list prices.

function parse(entry) {
    try {
        const value = JSON.parse(entry);
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The first paid tier of the product's on-demand price: a tiered price (log ingestion past some terabytes)
 * starts at `beginRange` 0, and a free first tier (an allowance) is not what the next unit costs.
 */
function onDemand(product) {
    const dimensions = Object.values(product.terms?.OnDemand ?? {}).flatMap((t) => Object.values(t.priceDimensions ?? {}));
    const priced = dimensions
        .map((d) => ({ usd: Number(d.pricePerUnit?.USD), unit: d.unit ?? '', begin: Number(d.beginRange ?? 0) }))
        .filter((d) => Number.isFinite(d.usd))
        .sort((a, b) => a.begin - b.begin);
    return priced.find((d) => d.usd > 0) ?? priced[0];
}
/** The key's price among a query's answer; undefined when no product of the answer is the key's. */
function findPrice(key, answer) {
    for (const entry of answer) {
        const product = parse(entry);
        const attributes = product?.product?.attributes;
        if (!product || !attributes || !isProductOf(key, attributes))
            continue;
        const price = onDemand(product);
        if (!price)
            continue;
        return {
            usd: price.usd,
            unit: price.unit,
            usagetype: attributes.usagetype ?? '',
            ...(product.publicationDate ? { published: product.publicationDate } : {}),
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cost/usage.ts
const num = (value, fallback) => {
    const n = typeof value === 'string' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
};
const props = (r) => (r?.Properties ?? {}); // eslint-disable-line @typescript-eslint/no-explicit-any
/** The logical id a `Ref` or `Fn::GetAtt` names, wherever it sits in a value. */
function referenced(value, found = []) {
    if (Array.isArray(value))
        value.forEach((v) => referenced(v, found));
    else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
            if (key === 'Ref' && typeof inner === 'string')
                found.push(inner);
            else if (key === 'Fn::GetAtt' && Array.isArray(inner) && typeof inner[0] === 'string')
                found.push(inner[0]);
            else
                referenced(inner, found);
        }
    }
    return found;
}
const tag = (r, key) => props(r).Tags?.find((t) => t.Key === key)
    ?.Value;
/** ECS's spread of a strategy's tasks: the base goes to its provider first, the rest by weight. */
function spotShare(strategy) {
    return (n) => {
        let spot = 0;
        let left = n;
        for (const s of strategy) {
            const base = Math.min(num(s.Base, 0), left);
            if (s.CapacityProvider === 'FARGATE_SPOT')
                spot += base;
            left -= base;
        }
        const total = strategy.reduce((sum, s) => sum + num(s.Weight, 0), 0);
        const spotWeight = strategy
            .filter((s) => s.CapacityProvider === 'FARGATE_SPOT')
            .reduce((sum, s) => sum + num(s.Weight, 0), 0);
        return spot + (total > 0 ? (left * spotWeight) / total : 0);
    };
}
function serviceUsage(id, service, template, scaling) {
    const p = props(service);
    const taskId = referenced(p.TaskDefinition)[0];
    const task = props(taskId ? template.Resources[taskId] : undefined);
    const platform = (task.RuntimePlatform ?? {});
    const windows = String(platform.OperatingSystemFamily ?? 'LINUX').startsWith('WINDOWS');
    const strategy = (p.CapacityProviderStrategy ?? []);
    const providers = strategy.map((s) => s.CapacityProvider);
    const onEc2 = p.LaunchType === 'EC2' || providers.some((c) => c !== 'FARGATE' && c !== 'FARGATE_SPOT');
    const desired = num(p.DesiredCount, 1);
    const target = scaling.get(id);
    const storage = num(task.EphemeralStorage?.SizeInGiB, 20);
    const usage = {
        name: tag(service, 'com.docker.compose.service') ?? id,
        // Task-level CPU units (1,024 a vCPU) and MiB, as Fargate bills them.
        vcpu: num(task.Cpu, 256) / 1024,
        gb: num(task.Memory, 512) / 1024,
        architecture: windows ? 'windows' : platform.CpuArchitecture === 'ARM64' ? 'arm' : 'x86',
        extraStorageGb: Math.max(0, storage - 20),
        tasks: target
            ? { min: num(props(target).MinCapacity, desired), max: num(props(target).MaxCapacity, desired) }
            : { min: desired, max: desired },
        spotTasks: spotShare(strategy),
        onEc2,
        publicIp: p.NetworkConfiguration?.AwsvpcConfiguration?.AssignPublicIp === 'ENABLED',
    };
    return usage;
}
/** Instances of an Auto Scaling group, by the instance type of its launch template. */
function instanceUsage(id, group, template) {
    const p = props(group);
    const launchId = referenced(p.LaunchTemplate ?? p.MixedInstancesPolicy)[0];
    const instanceType = props(launchId ? template.Resources[launchId] : undefined).LaunchTemplateData
        ?.InstanceType;
    if (typeof instanceType !== 'string')
        return undefined;
    const desired = num(p.DesiredCapacity, num(p.MinSize, 0));
    return { name: id, instanceType, count: { min: num(p.MinSize, desired), max: num(p.MaxSize, desired) } };
}
/** Stored secrets are parameter pairs `<Id>SecretArn` + `<Id>SecretVersion` (src/template/secrets.ts). */
function storedSecrets(template) {
    const names = Object.keys(template.Parameters ?? {});
    return names.filter((n) => n.endsWith('SecretArn') && names.includes(n.replace(/Arn$/, 'Version'))).length;
}
/** How many subnets (zones) a load balancer names: a literal list, or a list parameter's value. */
function zonesOf(p, parameters) {
    if (Array.isArray(p.SubnetMappings))
        return p.SubnetMappings.length;
    if (Array.isArray(p.Subnets))
        return p.Subnets.length;
    const name = p.Subnets?.Ref;
    const value = typeof name === 'string' ? parameters[name] : undefined;
    return value ? value.split(',').filter((s) => s.trim()).length : 0;
}
/** The usage of a template; `parameters` are the values it is deployed with (the subnets of a load balancer). */
function stackUsage(template, parameters = {}) {
    const usage = {
        services: [],
        loadBalancers: [],
        instances: [],
        natGateways: 0,
        elasticIps: 0,
        fileSystems: 0,
        logGroups: 0,
        secrets: template ? storedSecrets(template) : 0,
        advancedParameters: 0,
    };
    if (!template)
        return usage;
    const resources = Object.entries(template.Resources).sort(([a], [b]) => a.localeCompare(b));
    const scaling = new Map();
    for (const [, r] of resources)
        if (r.Type === 'AWS::ApplicationAutoScaling::ScalableTarget' && props(r).ServiceNamespace === 'ecs')
            for (const target of referenced(props(r).ResourceId))
                scaling.set(target, r);
    for (const [id, r] of resources) {
        const p = props(r);
        if (r.Type === 'AWS::ECS::Service')
            usage.services.push(serviceUsage(id, r, template, scaling));
        else if (r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' &&
            (p.Type ?? 'application') !== 'gateway') {
            const zones = zonesOf(p, parameters);
            const internetFacing = (p.Scheme ?? 'internet-facing') === 'internet-facing';
            usage.loadBalancers.push({
                name: id,
                type: p.Type === 'network' ? 'network' : 'application',
                publicIps: internetFacing ? zones || 2 : 0,
                zonesAssumed: internetFacing && !zones,
            });
        }
        else if (r.Type === 'AWS::AutoScaling::AutoScalingGroup') {
            const instances = instanceUsage(id, r, template);
            if (instances)
                usage.instances.push(instances);
        }
        else if (r.Type === 'AWS::EC2::Instance' && typeof p.InstanceType === 'string')
            usage.instances.push({ name: id, instanceType: p.InstanceType, count: { min: 1, max: 1 } });
        else if (r.Type === 'AWS::EC2::NatGateway')
            usage.natGateways++;
        else if (r.Type === 'AWS::EC2::EIP')
            usage.elasticIps++;
        else if (r.Type === 'AWS::EFS::FileSystem')
            usage.fileSystems++;
        else if (r.Type === 'AWS::Logs::LogGroup')
            usage.logGroups++;
        else if (r.Type === 'AWS::SecretsManager::Secret')
            usage.secrets++;
        else if (r.Type === 'AWS::SSM::Parameter' && p.Tier === 'Advanced')
            usage.advancedParameters++;
    }
    return usage;
}

;// CONCATENATED MODULE: ./src/cost/estimate.ts
// The monthly estimate of a stack before and after a change: a pure function of the two templates and
// the Price List's answers. On-demand list prices only (no savings plans, no free tier); what is billed
// by use (capacity units, GB stored or processed) is shown as its unit price, never guessed.



/** AWS's Pricing Calculator bills a month as 730 hours (365 days × 24 / 12). */
const HOURS_PER_MONTH = 730;
/**
 * Fargate Spot runs "at up to a 70% discount off the Fargate price" (AWS Fargate pricing); its price moves
 * with demand and is not in the Price List, so a Spot task is shown from 30% to 100% of on-demand.
 */
const SPOT_LOW = 0.3;
const money = (low, high = low) => ({ low, high });
const plus = (a, b) => ({ low: a.low + b.low, high: a.high + b.high });
const times = (m, k) => ({ low: m.low * k, high: m.high * k });
const usd = (n) => `$${n < 0.1 ? n.toFixed(4).replace(/0+$/, '') : n.toFixed(n < 10 ? 3 : 2).replace(/0$/, '')}`;
/** The prices a template's usage needs. */
function priceKeys(usage) {
    const keys = new Set();
    for (const s of usage.services) {
        if (!s.onEc2 && s.architecture === 'windows')
            ['fargate.vcpu.windows', 'fargate.gb.windows', 'fargate.os.windows'].forEach((k) => keys.add(k));
        else if (!s.onEc2)
            [`fargate.vcpu.${s.architecture}`, `fargate.gb.${s.architecture}`].forEach((k) => keys.add(k));
        if (!s.onEc2 && s.extraStorageGb > 0)
            keys.add('fargate.storage');
        if (s.publicIp)
            keys.add('ipv4.hour');
    }
    for (const lb of usage.loadBalancers) {
        keys.add(lb.type === 'network' ? 'nlb.hour' : 'alb.hour');
        keys.add(lb.type === 'network' ? 'nlb.nlcu' : 'alb.lcu');
        if (lb.publicIps)
            keys.add('ipv4.hour');
    }
    for (const i of usage.instances)
        keys.add(`ec2:${i.instanceType}`);
    if (usage.natGateways)
        ['nat.hour', 'nat.gb'].forEach((k) => keys.add(k));
    if (usage.elasticIps)
        keys.add('ipv4.hour');
    if (usage.fileSystems)
        keys.add('efs.gb-month');
    if (usage.logGroups)
        keys.add('logs.gb');
    if (usage.secrets)
        keys.add('secret.month');
    if (usage.advancedParameters)
        keys.add('parameter.advanced.month');
    return keys;
}
/** The GetProducts calls an estimate of these two templates needs (none when neither bills anything). */
function costQueries(before, after, region) {
    return queriesFor(new Set([...priceKeys(stackUsage(before)), ...priceKeys(stackUsage(after))]), region);
}
/** Looks prices up in the answers, and notes which a row needed but did not get. */
class PriceBook {
    answers;
    region;
    used = [];
    constructor(answers, region) {
        this.answers = answers;
        this.region = region;
    }
    /** The hourly or monthly price, 0 (and `missing` told) when the Price List has none. */
    get(key, missing) {
        const price = findPrice(key, this.answers[queryFor(key, this.region).id] ?? []);
        if (!price) {
            if (!missing.includes(productName(key)))
                missing.push(productName(key));
            return 0;
        }
        this.used.push(price);
        return price.usd;
    }
    unit(key, what, missing) {
        const price = findPrice(key, this.answers[queryFor(key, this.region).id] ?? []);
        if (!price)
            return void missing.push(productName(key));
        this.used.push(price);
        return `${what}: ${usd(price.usd)} per ${price.unit} (${price.usagetype})`;
    }
}
function serviceCost(s, prices, missing) {
    const ipv4 = s.publicIp ? prices.get('ipv4.hour', missing) : 0;
    let task = 0;
    if (!s.onEc2) {
        const arch = s.architecture;
        task =
            s.vcpu * prices.get(`fargate.vcpu.${arch}`, missing) + s.gb * prices.get(`fargate.gb.${arch}`, missing);
        if (arch === 'windows')
            task += s.vcpu * prices.get('fargate.os.windows', missing);
        if (s.extraStorageGb)
            task += s.extraStorageGb * prices.get('fargate.storage', missing);
    }
    const at = (n) => {
        const spot = s.onEc2 ? 0 : s.spotTasks(n);
        return money((n - spot) * task + spot * task * SPOT_LOW + n * ipv4, n * (task + ipv4));
    };
    return times(money(at(s.tasks.min).low, at(s.tasks.max).high), HOURS_PER_MONTH);
}
function describeService(s) {
    const n = s.tasks.min === s.tasks.max ? `${s.tasks.min}` : `${s.tasks.min}–${s.tasks.max} (autoscaled)`;
    const arch = { x86: 'x86', arm: 'ARM', windows: 'Windows' }[s.architecture];
    const spot = s.spotTasks(s.tasks.max) > 0
        ? s.spotTasks(s.tasks.max) === s.tasks.max
            ? ', Spot'
            : ', partly Spot'
        : '';
    const capacity = s.onEc2
        ? ', on EC2 capacity (the instances are priced where the template declares them)'
        : '';
    const storage = s.extraStorageGb ? `, ${s.extraStorageGb + 20} GiB storage` : '';
    const ip = s.publicIp ? ', public IPv4 each' : '';
    return `${n} × ${s.vcpu} vCPU, ${s.gb} GB ${arch}${spot}${storage}${ip}${capacity}`;
}
/** The shared resources of a usage, each a row keyed by name (a load balancer keeps its logical id). */
function sharedRows(u) {
    const rows = [];
    // Nothing of it (an internal load balancer's public addresses): no price needed, none missed.
    const hourly = (k, n) => (p, m) => money(n ? n * p.get(k, m) * HOURS_PER_MONTH : 0);
    for (const lb of u.loadBalancers) {
        const alb = lb.type === 'application';
        const ips = lb.publicIps
            ? `, ${lb.publicIps} public IPv4${lb.zonesAssumed ? ' (2 zones assumed)' : ''}`
            : '';
        rows.push({
            name: lb.name,
            what: `${alb ? 'Application' : 'Network'} Load Balancer${ips}`,
            cost: (p, m) => plus(hourly(alb ? 'alb.hour' : 'nlb.hour', 1)(p, m), hourly('ipv4.hour', lb.publicIps)(p, m)),
            perUse: (p, m) => [p.unit(alb ? 'alb.lcu' : 'nlb.nlcu', alb ? 'capacity units' : 'NLCUs', m)],
        });
    }
    for (const i of u.instances)
        rows.push({
            name: i.name,
            what: `${i.count.min === i.count.max ? i.count.min : `${i.count.min}–${i.count.max}`} × ${i.instanceType} (Linux, on-demand)`,
            cost: (p, m) => {
                const h = p.get(`ec2:${i.instanceType}`, m) * HOURS_PER_MONTH;
                return money(i.count.min * h, i.count.max * h);
            },
        });
    if (u.natGateways)
        rows.push({
            name: 'NAT gateways',
            what: `${u.natGateways} NAT gateway${u.natGateways > 1 ? 's' : ''}`,
            cost: hourly('nat.hour', u.natGateways),
            perUse: (p, m) => [p.unit('nat.gb', 'data processed', m)],
        });
    if (u.elasticIps)
        rows.push({
            name: 'Elastic IPs',
            what: `${u.elasticIps} public IPv4`,
            cost: hourly('ipv4.hour', u.elasticIps),
        });
    if (u.fileSystems)
        rows.push({
            name: 'EFS',
            what: `${u.fileSystems} file system${u.fileSystems > 1 ? 's' : ''}`,
            cost: () => money(0),
            perUse: (p, m) => [p.unit('efs.gb-month', 'stored (Standard)', m)],
        });
    if (u.logGroups)
        rows.push({
            name: 'CloudWatch Logs',
            what: `${u.logGroups} log group${u.logGroups > 1 ? 's' : ''}`,
            cost: () => money(0),
            perUse: (p, m) => [p.unit('logs.gb', 'ingested', m)],
        });
    if (u.secrets)
        rows.push({
            name: 'Secrets Manager',
            what: `${u.secrets} secret${u.secrets > 1 ? 's' : ''}`,
            cost: (p, m) => money(u.secrets * p.get('secret.month', m)),
        });
    if (u.advancedParameters)
        rows.push({
            name: 'SSM parameters',
            what: `${u.advancedParameters} advanced parameter${u.advancedParameters > 1 ? 's' : ''}`,
            cost: (p, m) => money(u.advancedParameters * p.get('parameter.advanced.month', m)),
        });
    return rows;
}
function estimateCost(input) {
    const prices = new PriceBook(input.answers, input.region);
    const before = stackUsage(input.before, input.parameters);
    const after = stackUsage(input.after, input.parameters);
    const rows = new Map();
    const row = (name, kind) => {
        const key = `${kind} ${name}`;
        if (!rows.has(key))
            rows.set(key, { name, kind, what: '', perUse: [], missing: [] });
        return rows.get(key);
    };
    for (const [side, usage] of [
        ['before', before],
        ['after', after],
    ]) {
        for (const s of usage.services) {
            const r = row(s.name, 'service');
            r[side] = serviceCost(s, prices, r.missing);
            if (side === 'after' || !r.what)
                r.what = describeService(s);
        }
        for (const shared of sharedRows(usage)) {
            const r = row(shared.name, 'shared');
            r[side] = shared.cost(prices, r.missing);
            if (side === 'after' || !r.what)
                r.what = shared.what;
            if (side === 'after' || !input.after)
                r.perUse = (shared.perUse?.(prices, r.missing) ?? []).filter((t) => !!t);
        }
    }
    const list = [...rows.values()].sort((a, b) => a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'service' ? -1 : 1);
    const total = (side) => list.reduce((sum, r) => plus(sum, r[side] ?? money(0)), money(0));
    const published = prices.used
        .map((p) => p.published)
        .filter((d) => !!d)
        .sort()
        .pop();
    const notes = [];
    if ([...before.services, ...after.services].some((s) => !s.onEc2 && s.spotTasks(s.tasks.max) > 0))
        notes.push(`Fargate Spot is shown from ${SPOT_LOW * 100}% to 100% of the on-demand price: AWS gives up to a 70% discount, and Spot prices move with demand and are not in the Price List.`);
    if (list.some((r) => r.missing.length))
        notes.push(`Not in the Price List for ${input.region}, so left out: ${[...new Set(list.flatMap((r) => r.missing))].join(', ')}.`);
    return {
        region: input.region,
        readOn: input.readOn,
        ...(published ? { published: published.slice(0, 10) } : {}),
        ...(input.before ? { before: total('before') } : {}),
        ...(input.after ? { after: total('after') } : {}),
        rows: list,
        notes,
    };
}

// EXTERNAL MODULE: ./src/cost/render.ts
var render = __webpack_require__(6517);
;// CONCATENATED MODULE: ./src/steps/cost.ts



/**
 * The monthly cost of the stack before and after, from the AWS Price List at plan time (a handful of
 * GetProducts calls, each asked once a run). Undefined when `cost: false` or nothing in either template
 * is billed; without the permission or the API, the report says why and shows no figures.
 */
async function estimateStackCost(ctx, before, after, 
/** The parameter values of the plan (a load balancer's subnets are one). */
parameters = {}, 
/** The region the run already read (the plan's report), so it is not asked again. */
known) {
    if (ctx.options.cost === false)
        return undefined;
    const region = known ?? (await ctx.aws.identity.region().catch(() => undefined));
    if (!region)
        return { unavailable: 'the region the stack runs in is not known.' };
    const queries = costQueries(before, after, region);
    if (!queries.length)
        return undefined;
    return ctx.step('cost', async () => {
        try {
            const answers = await Promise.all(queries.map(async (q) => [q.id, await ctx.aws.prices.products(q)]));
            const estimate = estimateCost({
                before,
                after,
                answers: Object.fromEntries(answers),
                region,
                parameters,
                readOn: new Date(ctx.clock.now()).toISOString().slice(0, 10),
            });
            const cost = { estimate };
            ctx.logger.info((0,render/* costLine */.EK)(cost));
            return cost;
        }
        catch (err) {
            const cost = { unavailable: whyNoPrices(err) };
            ctx.logger.info((0,render/* costLine */.EK)(cost));
            return cost;
        }
    });
}
/** One sentence for the report: the missing permission, or the API out of reach. */
function whyNoPrices(err) {
    const name = (0,errors/* errorName */.Is)(err);
    const message = (0,errors/* errorMessage */.gJ)(err);
    if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(`${name} ${message}`))
        return 'the role may not call `pricing:GetProducts` (the README’s plan policy lists it; `cost: false` turns the estimate off).';
    return `the AWS Price List API could not be reached (${name || 'error'}: ${message.split('\n')[0].slice(0, 160)}).`;
}

;// CONCATENATED MODULE: ./src/deploy/day-two.ts
// What the second deploy must not do silently, found by comparing the template with the one the stack
// runs (both pure; the plan step acts on the findings): create a resource under a name a removed or
// replaced one still holds (CloudFormation deletes those only at cleanup), put a volume's service on
// new, empty storage, or flip the load balancer's type (a new DNS name for every URL) as a side effect.






function dayTwoFindings(before, after, context = {}) {
    const diffs = (0,resource_diff/* resourceDiffs */.ze)(before, after);
    return [
        ...namesTaken(before, after, diffs),
        ...dataReplaced(before, after, diffs, context),
        ...loadBalancerType(diffs, context),
    ];
}
/** Names AWS holds unique, per type: the key of a resource, and what it is in words. */
function uniqueName(r) {
    const p = r.Properties ?? {};
    const at = (...values) => `${r.Type} ${values.map((v) => (0,canonical_json/* canonicalJson */.d)(v)).join(' ')}`;
    switch (r.Type) {
        case 'AWS::ServiceDiscovery::Service':
            return {
                key: at(p.NamespaceId, p.Name),
                what: `the service name "${String(p.Name)}"`,
                error: 'ServiceAlreadyExists',
            };
        case 'AWS::ElasticLoadBalancingV2::Listener':
            return {
                key: at(p.LoadBalancerArn, p.Port),
                what: `listener port ${String(p.Port)}`,
                error: 'DuplicateListener',
            };
        case 'AWS::ElasticLoadBalancingV2::ListenerRule':
            return {
                key: at(p.ListenerArn, p.Priority),
                what: `rule priority ${String(p.Priority)}`,
                error: 'PriorityInUse',
            };
        case 'AWS::ECS::Service':
            return p.ServiceName === undefined
                ? undefined
                : {
                    key: at(p.Cluster, p.ServiceName),
                    what: `ECS service name ${String(p.ServiceName)}`,
                    error: 'InvalidParameterException',
                };
        default:
            return undefined;
    }
}
const day_two_owner = (r) => (r.Properties?.Tags ?? []).find((t) => t.Key === tags/* SERVICE_TAG */.dt)
    ?.Value;
/** Refs inside a value: a name under a parent that is itself new cannot clash with the old parent's. */
function refs(value, out = []) {
    if (Array.isArray(value))
        value.forEach((v) => refs(v, out));
    else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
            if (k === 'Ref' && typeof v === 'string')
                out.push(v);
            else
                refs(v, out);
        }
    return out;
}
function namesTaken(before, after, diffs) {
    const replaced = (d) => d.action === 'Modify' && d.replacedBy.length > 0;
    const created = new Set(diffs.filter((d) => d.action === 'Add' || replaced(d)).map((d) => d.logicalId));
    const held = new Map();
    for (const d of diffs.filter((x) => x.action === 'Remove' || replaced(x))) {
        const name = uniqueName(before.Resources[d.logicalId]);
        if (name)
            held.set(name.key, d.logicalId);
    }
    const out = [];
    for (const id of [...created].sort()) {
        const r = after.Resources[id];
        const name = uniqueName(r);
        const holder = name && held.get(name.key);
        if (!name || !holder)
            continue;
        if (refs(r.Properties).some((ref) => created.has(ref)))
            continue;
        const was = day_two_owner(before.Resources[holder]);
        const now = day_two_owner(r);
        out.push({
            kind: 'name-taken',
            resource: id,
            blocking: true,
            message: `${name.what} moves from ${holder}${was ? ` (service ${was})` : ''} to ${id}${now ? ` (service ${now})` : ''}: ` +
                `CloudFormation creates ${id} before it deletes ${holder}, and AWS refuses a second one (${name.error}). ` +
                `Deploy in two steps: first without ${was ? `what gives ${was} that name` : holder} (the name is released), then this change.`,
        });
    }
    return out;
}
/** The compose volume a file system or access point serves: the file system's volume tag. */
function volumeOf(template, r) {
    if (r.Type === 'AWS::EFS::FileSystem')
        return (r.Properties?.FileSystemTags ?? []).find((t) => t.Key === VOLUME_TAG)?.Value;
    const fs = r.Properties?.FileSystemId;
    const ref = refs(fs)
        .map((id) => template.Resources[id])
        .find((x) => x?.Type === 'AWS::EFS::FileSystem');
    return ref ? volumeOf(template, ref) : typeof fs === 'string' ? fs : undefined;
}
function dataReplaced(before, after, diffs, context) {
    const out = [];
    const allowed = new Set(context.allowVolumeReplacement ?? []);
    for (const d of diffs) {
        if (d.action !== 'Modify')
            continue;
        const old = before.Resources[d.logicalId];
        let what;
        if (d.type === 'AWS::EFS::FileSystem' && d.replacedBy.length) {
            // A stack given a retained file system (<id>RetainedId) does not create this one at all.
            if (context.parameters?.[`${d.logicalId}RetainedId`])
                continue;
            const fsId = context.physicalIds?.[d.logicalId];
            what = `its file system is replaced (${d.replacedBy.join(', ')} cannot change in place): the service starts on a new, empty file system; the data stays on the retained one${fsId ? `, ${fsId}` : ''}`;
        }
        else if (d.type === 'AWS::EFS::AccessPoint') {
            const path = d.changes.find((c) => c.path.startsWith('Properties.RootDirectory.Path') || c.path === 'Properties.FileSystemId');
            if (!path)
                continue;
            const fs = refs(old.Properties?.FileSystemId)
                .map((id) => context.physicalIds?.[id])
                .find(Boolean);
            what = `its access point ${d.logicalId} moves from ${(0,canonical_json/* canonicalJson */.d)(path.before)} to ${(0,canonical_json/* canonicalJson */.d)(path.after)}: the service sees another, empty directory; the data stays at the old path${fs ? ` on ${fs}` : ''}`;
        }
        else
            continue;
        const volume = volumeOf(after, after.Resources[d.logicalId]) ?? volumeOf(before, old) ?? d.logicalId;
        const ok = allowed.has(volume);
        out.push({
            kind: 'data-replaced',
            resource: d.logicalId,
            volume,
            blocking: !ok,
            message: `volume ${volume}: ${what}. ${ok ? 'Allowed by allow-volume-replacement.' : `The deploy stops before executing; to go ahead, name the volume in allow-volume-replacement (--allow-volume-replacement ${volume}), or undo the change.`}`,
        });
    }
    return out;
}
function loadBalancerType(diffs, context) {
    const d = diffs.find((x) => x.logicalId === LB_ID && x.action === 'Modify');
    const change = d?.changes.find((c) => c.path === 'Properties.Type');
    if (!change || context.loadBalancer?.explicit)
        return [];
    const cause = context.loadBalancer?.cause ?? 'the published ports changed';
    return [
        {
            kind: 'load-balancer-type',
            resource: LB_ID,
            blocking: true,
            message: `the load balancer would change from ${String(change.before)} to ${String(change.after)} because ${cause}: ` +
                `a new load balancer replaces it, with a new DNS name, and every URL of the project changes. ` +
                `The deploy stops before executing; to keep the ${String(change.before)} load balancer undo that port change` +
                `${change.before === 'network' ? ` or set ${aws_extensions.X.loadBalancerType}: network` : ''}; to accept the new one set ${aws_extensions.X.loadBalancerType}: ${String(change.after)}.`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/steps/day-two.ts
// The plan step's second-deploy review: what the change would do to the running stack that a change
// set alone does not say (deploy/day-two.ts finds it), written into the plan's security-sensitive
// section, and what must stop a deploy before it executes.


/** The findings of a plan of an existing stack; none for a new one. */
async function reviewSecondDeploy(ctx, candidate, plan) {
    if (!plan.before)
        return [];
    const context = {
        // A rollback restores a template that ran before: its load balancer type is not a side effect.
        ...(candidate.conversion ? { loadBalancer: candidate.conversion.loadBalancer ?? noLoadBalancer } : {}),
        allowVolumeReplacement: ctx.options.allowVolumeReplacement ?? [],
        parameters: plan.parameters,
    };
    let findings = dayTwoFindings(plan.before, plan.template, context);
    if (!candidate.conversion)
        findings = findings.filter((f) => f.kind !== 'load-balancer-type');
    if (findings.some((f) => f.kind === 'data-replaced') && plan.stackId) {
        // The retained file system is named by its id: read once, only when there is one to name.
        const physicalIds = Object.fromEntries((await ctx.aws.stacks.resources(plan.stackId).catch(() => []))
            .filter((r) => r.LogicalResourceId && r.PhysicalResourceId)
            .map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
        findings = dayTwoFindings(plan.before, plan.template, { ...context, physicalIds }).filter((f) => candidate.conversion || f.kind !== 'load-balancer-type');
    }
    for (const f of findings)
        (f.blocking ? ctx.logger.warning : ctx.logger.info)(f.message);
    return findings;
}
/** A template without a created load balancer: its type is not inferred from anything. */
const noLoadBalancer = { type: 'network', explicit: true, cause: 'no load balancer' };
/** Findings as lines of the plan's security-sensitive section, flagged when they stop a deploy. */
function findingLines(findings) {
    return findings.map((f) => ({
        kind: 'day-two',
        change: 'added',
        resource: f.resource,
        text: f.message,
        ...(f.blocking ? { flag: 'stops the deploy before it executes' } : {}),
    }));
}
/** The error a deploy stops with, naming every cause and the way through. */
function secondDeployStop(findings) {
    const blocking = findings.filter((f) => f.blocking);
    if (!blocking.length)
        return undefined;
    return new src_errors/* UserError */.yo(`the deploy stops before executing (nothing was changed):\n${blocking.map((f) => `  - ${f.message}`).join('\n')}`);
}

;// CONCATENATED MODULE: ./src/steps/plan.ts






/** Plans a candidate as a change set (or finds nothing to change), and says what the plan found. */
async function planCandidate(ctx, candidate, 
/** A plan removes what it made (a new stack's too); a deploy goes on to execute it. */
intent) {
    const { aws, logger } = ctx;
    const region = await aws.identity.region().catch(() => undefined);
    await ctx.emit({ kind: 'region-read', region });
    const plan = await ctx.step('plan', () => planStack(stackPlanRequest(ctx, candidate, intent), aws, logger, ctx.poll), candidate.stackName);
    // What is planned and recorded is the template reconciled with the deployed one.
    candidate.template = plan.template;
    candidate.body = plan.body;
    const findings = await reviewSecondDeploy(ctx, candidate, plan);
    const diff = diffTemplates(plan.before, candidate.template, contentKeysOf(candidate.images));
    diff.security.unshift(...findingLines(findings));
    const { outcome } = plan;
    const unread = plan.secrets.comparedAtDeploy ?? [];
    if (unread.length)
        await ctx.emit({
            kind: 'warning',
            text: `secret${unread.length > 1 ? 's' : ''} ${unread.join(', ')}: contents compared at deploy, not by this plan (a plan reads no secret value); changed contents give the services that use ${unread.length > 1 ? 'them' : 'it'} a new task definition revision then`,
        });
    if (outcome.kind === 'preview')
        logger.warning(outcome.reason);
    else
        logger.info(outcome.kind === 'ready'
            ? `change set ${plan.changeSetName}: ${outcome.changes.length} resource changes`
            : `no changes: ${outcome.reason}`);
    // A plan that changes nothing costs no Price List calls (the no-op deploy stays at its floor).
    const cost = outcome.kind === 'no-changes'
        ? undefined
        : await estimateStackCost(ctx, plan.before, candidate.template, plan.parameters, region);
    await ctx.emit({
        kind: 'planned',
        ...(cost ? { cost } : {}),
        changeSetType: plan.type,
        changeSetName: plan.changeSetName,
        diff,
        hasChanges: outcome.kind !== 'no-changes',
        ...(outcome.kind !== 'no-changes' ? { changes: outcome.changes } : {}),
        ...(outcome.kind === 'preview' ? { warning: outcome.reason } : {}),
    });
    const jobs = await planJobsOf(ctx, candidate, plan);
    if (jobs.length)
        await ctx.emit({ kind: 'jobs-planned', jobs });
    const result = {
        // A plan of a new stack removes the stack it created: there is no stack to name.
        stackId: intent === 'plan' && plan.type === 'CREATE' ? undefined : (outcome.stackId ?? plan.stackId),
        changeSetId: outcome.changeSetId,
        hasChanges: outcome.kind !== 'no-changes',
        images: candidate.images,
        ...(candidate.templatePath ? { templatePath: candidate.templatePath } : {}),
        ...(candidate.conversion ? { conversion: candidate.conversion } : {}),
    };
    // From here on, a failure still sets the stack, change set and images as outputs.
    ctx.know(result);
    return { candidate, plan, findings, jobs, result };
}
/** What planStack gets for a candidate (the jobs' two phases reuse it with their own template). */
function stackPlanRequest(ctx, candidate, intent) {
    const { options, clock } = ctx;
    return {
        stackName: candidate.stackName,
        template: candidate.template,
        body: candidate.body,
        parameters: candidate.parameters,
        mode: intent,
        description: `compose-ecs ${options.mode} of ${candidate.project}`,
        templateBucket: options.templateBucket,
        region: ctx.report().region ?? '',
        tags: {
            ...options.stack?.tags,
            'com.docker.compose.project': candidate.project,
            ...options.tags,
            // The stack names the commit it runs (a rollback: the restored one).
            ...(candidate.sha ? { 'compose-ecs:sha': candidate.sha } : {}),
        },
        stack: options.stack ?? {},
        ...(candidate.preflight ? { preflight: candidate.preflight } : {}),
        forceChangeSet: options.forceChangeSet ?? false,
        now: new Date(clock.now()),
    };
}
/** Built images by URI → the content key (`src-…` tag) they were built under. */
function contentKeysOf(images) {
    return Object.fromEntries(images.filter((i) => i.tag?.startsWith('src-')).map((i) => [i.uri, i.tag]));
}
/** A plan never leaves a change set behind; the next run computes a fresh one. */
async function discardPlanned(ctx, planned) {
    await ctx.step('discard', () => discardPlan(ctx.aws, planned.plan, ctx.poll, ctx.logger));
}
/** The URLs are a convenience: failing to read them never fails a deploy that succeeded. */
function serviceUrls(ctx, planned, stackId, 
/** A reading of the stack as it stands now, instead of another DescribeStacks. */
known) {
    return stackUrls(ctx.aws, stackId, planned.candidate.template, known).catch((err) => {
        ctx.logger.warning(`could not read the service URLs: ${err.message}`);
        return {};
    });
}

// EXTERNAL MODULE: ./src/jobs/resolve.ts
var resolve = __webpack_require__(5915);
// EXTERNAL MODULE: ./src/jobs/run-task.ts
var run_task = __webpack_require__(727);
;// CONCATENATED MODULE: ./src/jobs/run-jobs.ts
// The deploy of a release whose jobs run (docs/mapping.md, "Jobs"): the reviewed change set cannot execute
// before them, so it is replaced by two from the same plan. Phase 1 applies everything but the services that
// wait for the jobs (and follows the rollout of the services the jobs wait for); the jobs run, in order, each
// as one task; phase 2 applies the release's own template, so the stack ends exactly as the plan reviewed.
// A job that fails stops the deploy before phase 2: the waiting services never roll.













async function runJobsFirst(ctx, planned, progress) {
    const { aws, logger, options } = ctx;
    const { plan, candidate } = planned;
    const specs = (0,phases/* jobSpecs */.AB)(candidate.template);
    const running = planned.jobs.filter((j) => j.run);
    if (plan.outcome.changeSetId)
        await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
    // A new stack: the empty stack the reviewed change set made goes with it, and phase 1 creates the stack.
    if (plan.type === 'CREATE' && plan.outcome.stackId)
        await (0,deploy_stack.deleteStack)(aws.stacks, plan.outcome.stackId, ctx.poll);
    const first = (0,phases/* phaseOneTemplate */.I4)({
        before: plan.before,
        after: candidate.template,
        holds: running.flatMap((j) => specs[j.name].Holds),
        deployedParameters: deployedParameters(plan),
        parameters: plan.parameters,
    });
    const one = await phase(ctx, planned, first.template, first.parameters, 'before jobs');
    let stackId = one.outcome.stackId ?? plan.stackId;
    if (one.outcome.kind === 'ready') {
        stackId = one.outcome.stackId;
        await deployChangeSet(aws, {
            ...one.outcome,
            stackName: candidate.stackName,
            template: first.template,
            disableRollback: options.stack?.disableRollback,
        }, logger, ctx.poll, progress, ctx.step);
    }
    if (!stackId)
        throw new Error(`internal: no stack after phase 1 of ${candidate.stackName}`);
    // What the run reports as its stack (outputs, release record): the one phase 1 made, for a new stack.
    planned.result.stackId = stackId;
    const physical = new Map((await aws.stacks.resources(stackId)).map((r) => [r.LogicalResourceId ?? '', r.PhysicalResourceId ?? '']));
    for (const job of running)
        await ctx.step('job', () => runJob(ctx, planned, job, specs[job.name], { physical, parameters: first.parameters }), job.name);
    const two = await phase(ctx, planned, candidate.template, plan.parameters, 'after jobs');
    return two.outcome.kind === 'ready'
        ? { stackId: two.outcome.stackId, changeSetId: two.outcome.changeSetId }
        : { stackId };
}
/** A change set of one phase, with the plan's parameter values and tags (no new secrets: already stored). */
function phase(ctx, planned, template, values, what) {
    // The run's first reading of the stack is stale once phase 1 ran: each phase reads the stack afresh.
    const { preflight: _stale, ...request } = stackPlanRequest(ctx, planned.candidate, 'deploy');
    const tags = planned.plan.tags ?? {};
    return ctx.step('plan', () => planStack({
        ...request,
        template,
        body: template === planned.candidate.template ? planned.candidate.body : compactBody(template),
        parameters: async () => ({ values, secrets: { parameters: {}, writes: [], created: [] }, tags }),
        description: `${request.description} (${what})`,
        forceChangeSet: false,
        now: new Date(ctx.clock.now()),
    }, ctx.aws, ctx.logger, ctx.poll), `${planned.candidate.stackName} (${what})`);
}
/** Runs one job to its end, with the retries its restart policy allows; throws when it did not succeed. */
async function runJob(ctx, planned, job, spec, lookup) {
    const target = (0,resolve/* resolveJob */.E)(job.name, spec, lookup);
    let last;
    for (let attempt = 1; attempt <= spec.Attempts; attempt++) {
        await ctx.emit({ kind: 'job', name: job.name, state: 'running', attempt });
        try {
            last = await (0,run_task/* runTaskToEnd */.TO)(ctx.aws, {
                ...target,
                // startedBy takes at most 36 characters.
                startedBy: `compose-ecs job ${job.name}`.slice(0, 36),
                container: spec.Container,
                what: `job ${job.name}`,
            }, ctx.poll, (task) => ctx.emit({ kind: 'job', name: job.name, state: 'running', taskId: task.taskId, attempt }));
        }
        catch (err) {
            await ctx.emit({
                kind: 'job',
                name: job.name,
                state: (0,cancellation/* isCancelled */.mm)(err) ? 'cancelled' : 'failed',
            });
            throw err;
        }
        ctx.logger.info(`job ${job.name}: task ${last.taskId} exited with ${last.exitCode ?? 'no exit code'}`);
        if (last.exitCode === 0) {
            await ctx.emit({ kind: 'job', name: job.name, state: 'succeeded', exitCode: 0 });
            await record(ctx, planned, job.name, last.taskArn);
            return;
        }
        await ctx.emit({
            kind: 'job',
            name: job.name,
            state: 'failed',
            ...(last.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
        });
    }
    throw jobFailure(job, last, spec.Attempts);
}
async function record(ctx, planned, job, taskArn) {
    const { candidate, plan } = planned;
    await recordSuccess(ctx.aws.parameters, {
        stackName: candidate.stackName,
        project: candidate.project,
        job,
        fingerprint: (0,phases/* jobFingerprint */.E3)(candidate.template, plan.parameters, job),
        taskArn,
        at: new Date(ctx.clock.now()),
    }).catch((err) => 
    // Already recorded (the same job succeeded before), or not allowed: the next deploy at worst reruns it.
    ctx.logger.debug(`job ${job}: success not recorded: ${err.message}`));
}
/** The deploy's failure: the exit code and the last lines, as the PR comment shows them ("Why the task stopped"). */
function jobFailure(job, outcome, attempts) {
    const how = outcome.exitCode !== undefined
        ? `exited with code ${outcome.exitCode}`
        : `did not run (${outcome.reason ?? 'no reason given'})`;
    const waiting = job.before.length ? `; ${job.before.join(', ')} (waiting for it) not rolled out` : '';
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const lines = [
        `job ${job.name}: task ${outcome.taskId} ${how}${outcome.reason && outcome.exitCode !== undefined ? ` (${outcome.reason})` : ''}`,
    ];
    if (outcome.lastLines.length) {
        lines.push(`  last ${outcome.lastLines.length} lines of ${job.name}:`);
        for (const l of outcome.lastLines)
            lines.push(`    ${l}`);
    }
    // A failed job is the deploy's own outcome, not an internal error: said once, with its lines.
    return new JobFailed(`job ${job.name} ${how}${tries}${waiting}`, lines.join('\n'));
}
/** A job that failed: the deploy's own outcome, with its exit code and last lines as the diagnosis. */
class JobFailed extends src_errors/* UserError */.yo {
    diagnosis;
    constructor(message, diagnosis) {
        super(message);
        this.diagnosis = diagnosis;
        this.name = 'JobFailed';
    }
}

;// CONCATENATED MODULE: ./src/steps/apply.ts










/**
 * Applies a plan: nothing to do when it found no changes; otherwise the release's images are tagged
 * (lifecycle policies keep them), file secrets stored under the versions the change set pins, the change
 * set executed and the ECS rollout followed to the end. A failure is said (deploy-failed) and thrown.
 */
async function applyPlanned(ctx, planned) {
    const { aws, logger } = ctx;
    const { plan, result } = planned;
    const { outcome } = plan;
    // A job whose last run failed runs again even when the template has nothing left to change.
    const jobsFirst = planned.jobs.some((j) => j.run) && outcome.kind !== 'preview';
    if (outcome.kind !== 'ready' && !jobsFirst) {
        await discardPlan(aws, plan, ctx.poll, logger);
        const urls = result.stackId ? await serviceUrls(ctx, planned, result.stackId, plan.stack) : {};
        await ctx.emit({ kind: 'deploy-skipped', urls });
        return;
    }
    // A change that would break the running stack or lose sight of its data stops here, unexecuted.
    const stop = secondDeployStop(planned.findings);
    if (stop) {
        await discardPlan(aws, plan, ctx.poll, logger);
        throw stop;
    }
    await ctx.emit({ kind: 'deploy-started' });
    try {
        await storeBeforeExecuting(ctx, planned);
    }
    catch (err) {
        // The change set never executes: leave none behind (nor the empty stack and secrets it made).
        await discardPlan(aws, plan, ctx.poll, logger).catch((e) => logger.warning(`could not remove the change set: ${e.message}`));
        await deployFailed(ctx, err);
        throw err;
    }
    try {
        await execute(ctx, planned, jobsFirst);
    }
    catch (err) {
        await deployFailed(ctx, err);
        throw err;
    }
}
/**
 * What the change set needs stored first: with a lifecycle policy, the images this release runs are
 * tagged before it executes (so the policy never expires an image a deployed release uses); the content of
 * file secrets under the version ids the change set pins; config contents the account does not have yet.
 */
async function storeBeforeExecuting(ctx, planned) {
    const { aws, logger, options } = ctx;
    const { plan, candidate } = planned;
    if (options.images?.lifecycleKeep)
        await tagRelease(aws.registry, candidate.images, releaseTag(`${candidate.stackName}-${plan.changeSetName}`));
    await writeFileSecrets(plan.secrets, { secrets: aws.secrets, logger });
    await candidate.storeContent?.();
}
/** Jobs first (two phases from this one plan, src/jobs/run-jobs.ts), else the change set as planned. */
async function execute(ctx, planned, jobsFirst) {
    const { aws, logger, options } = ctx;
    const { plan, candidate } = planned;
    const { outcome } = plan;
    // The reading that saw the stack settle holds its outputs: the URLs need no further DescribeStacks.
    let settled;
    const progress = {
        // Stack events are frequent: published without waiting (the commenter spaces its edits out).
        onEvent: (event) => void ctx.emit({ kind: 'stack-event', event }),
        onRollout: (rows) => ctx.emit({ kind: 'rollout', rows }),
        onSettled: (stack) => (settled = stack),
    };
    const ready = jobsFirst || outcome.kind !== 'ready'
        ? await runJobsFirst(ctx, planned, progress)
        : { stackId: outcome.stackId, changeSetId: outcome.changeSetId };
    if (ready.changeSetId)
        await deployChangeSet(aws, {
            stackId: ready.stackId,
            changeSetId: ready.changeSetId,
            stackName: candidate.stackName,
            template: candidate.template,
            disableRollback: options.stack?.disableRollback,
        }, logger, ctx.poll, progress, ctx.step);
    if (plan.type === 'CREATE' && options.stack?.terminationProtection)
        await protectStack(aws, ready.stackId, logger);
    const urls = await serviceUrls(ctx, planned, ready.stackId, settled);
    await ctx.emit({ kind: 'deploy-succeeded', urls });
}
/** The deploy's failure as the report shows it: cancelled or failed, with a rollout's or a job's diagnosis. */
function deployFailed(ctx, err) {
    return ctx.emit({
        kind: 'deploy-failed',
        error: err instanceof Error ? err.message : String(err),
        cancelled: (0,cancellation/* isCancelled */.mm)(err),
        ...((err instanceof rollout/* RolloutFailed */.hl || err instanceof JobFailed) && err.diagnosis
            ? { diagnosis: err.diagnosis }
            : {}),
    });
}

// EXTERNAL MODULE: ./src/steps/record.ts
var steps_record = __webpack_require__(9790);
;// CONCATENATED MODULE: ./src/steps/deliver.ts



/**
 * What deploy and rollback share once they have a candidate: plan it → record the release (in progress)
 * → apply → record the outcome. A failure is recorded on the release, then goes on to the run.
 */
async function deliverCandidate(ctx, candidate) {
    const planned = await planCandidate(ctx, candidate, 'deploy');
    const record = await ctx.step('record', () => (0,steps_record/* startRelease */.I$)(ctx, planned));
    try {
        await ctx.step('apply', () => applyPlanned(ctx, planned));
    }
    catch (err) {
        await ctx.step('record', () => (0,steps_record/* finishRelease */.pp)(ctx, planned, record, err));
        throw err;
    }
    await ctx.step('record', () => (0,steps_record/* finishRelease */.pp)(ctx, planned, record));
    return planned;
}

;// CONCATENATED MODULE: ./src/deploy/gpu-preflight.ts

/** Service Quotas: "Running On-Demand G and VT instances", in vCPUs (ServiceCode ec2). */
const G_VT_QUOTA = { serviceCode: 'ec2', quotaCode: 'L-DB2E81BA' };
const INTERFACE_ENDPOINTS = ['ecs', 'ecs-agent', 'ecs-telemetry', 'ecr.api', 'ecr.dkr', 'logs'];
/** The table that routes a subnet: its own association, else the VPC's main table. */
function tableOf(tables, subnetId) {
    return (tables.find((t) => t.Associations?.some((a) => a.SubnetId === subnetId)) ??
        tables.find((t) => t.Associations?.some((a) => a.Main)));
}
/** Whether a table sends 0.0.0.0/0 somewhere that translates addresses (not an internet gateway). */
function hasNat(table) {
    return (table?.Routes ?? []).some((r) => r.DestinationCidrBlock === '0.0.0.0/0' &&
        r.State !== 'blackhole' &&
        Boolean(r.NatGatewayId || r.TransitGatewayId || r.InstanceId || r.NetworkInterfaceId));
}
const serviceOf = (e) => (e.ServiceName ?? '').replace(/^.*?\.amazonaws\.com\.|^com\.amazonaws\.[^.]+\./, '');
/** What each task subnet lacks to pull images and register instances without public IPs; empty when nothing. */
function missingEgress(subnetIds, tables, endpoints) {
    const live = endpoints.filter((e) => !['deleted', 'deleting', 'failed', 'rejected'].includes(String(e.State ?? '').toLowerCase()));
    const interfaces = new Set(live.filter((e) => e.VpcEndpointType !== 'Gateway').map(serviceOf));
    const s3Tables = new Set(live
        .filter((e) => e.VpcEndpointType === 'Gateway' && serviceOf(e) === 's3')
        .flatMap((e) => e.RouteTableIds ?? []));
    const problems = [];
    for (const subnet of subnetIds) {
        const table = tableOf(tables, subnet);
        if (hasNat(table))
            continue;
        const missing = INTERFACE_ENDPOINTS.filter((name) => !interfaces.has(name)).map((n) => `${n} (interface)`);
        if (!table?.RouteTableId || !s3Tables.has(table.RouteTableId))
            missing.push('s3 (gateway, on this route table)');
        if (missing.length)
            problems.push(`${subnet} (route table ${table?.RouteTableId ?? 'none'}) has no default route through a NAT gateway, and the VPC lacks the endpoints ${missing.join(', ')}`);
    }
    return problems;
}
/** Refuses a network GPU instances and their tasks could not work in. */
async function checkGpuNetwork(capacity, vpcId, subnetIds, services) {
    const [tables, endpoints] = await Promise.all([capacity.routeTables(vpcId), capacity.vpcEndpoints(vpcId)]);
    const problems = missingEgress(subnetIds, tables, endpoints);
    if (problems.length)
        throw new src_errors/* UserError */.yo(`${services.join(', ')} ${services.length === 1 ? 'runs' : 'run'} on EC2 GPU instances whose awsvpc tasks get no public IP, so their subnets need a NAT gateway or VPC endpoints: ${problems.join('; ')}. Run them in private subnets with a NAT gateway (private-subnets, or subnet-ids), or add the endpoints`);
}
/** The sentence the plan says about the G and VT vCPU quota, whether or not it could be read. */
async function gpuQuotaNote(capacity, summaries) {
    const vcpus = (count) => summaries.reduce((n, s) => n + (s.type?.vcpus ?? 0) * count(s), 0);
    const now = vcpus((s) => s.instances ?? s.maxInstances);
    const most = vcpus((s) => s.maxInstances);
    const need = `the GPU instances need ${now} vCPUs (up to ${most} while tasks are replaced)`;
    let quota;
    try {
        quota = await capacity.quota(G_VT_QUOTA.serviceCode, G_VT_QUOTA.quotaCode);
    }
    catch (err) {
        const name = err.name ?? 'an error';
        return `${need}; the G and VT instance vCPU quota (${G_VT_QUOTA.quotaCode}) could not be read (${name}: allow servicequotas:GetServiceQuota to check it). New accounts often have 0: ask for more in Service Quotas before deploying`;
    }
    if (quota === undefined)
        return `${need}; Service Quotas returned no value for ${G_VT_QUOTA.quotaCode}`;
    if (quota < now)
        return `${need}, but the account's G and VT instance vCPU quota is ${quota}: no instance will start. Ask for at least ${now} in Service Quotas (${G_VT_QUOTA.quotaCode})`;
    return `${need}; the account's G and VT instance vCPU quota is ${quota}${quota < most ? ', less than a rolling update may use' : ''}`;
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
                throw new src_errors/* UserError */.yo('this account and region have no default VPC: set the vpc-id input (or x-aws-vpc) and subnet-ids');
            }
        }
        if (request.subnetIds?.length)
            return { vpcId, subnetIds: [...request.subnetIds], ...(await network_zonesOf(ec2, request.subnetIds)) };
        const found = await subnetsOf(ec2, vpcId, !request.privateSubnets);
        if (!found.subnetIds.length) {
            throw new src_errors/* UserError */.yo(`VPC ${vpcId} has no ${request.privateSubnets ? 'private' : 'public'} subnets: set the subnet-ids input`);
        }
        return { vpcId, ...found };
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('looking up the VPC and subnets', err);
    }
}
/** Given subnets are taken as they are, but their zones are counted: ALB and EFS need distinct ones. */
async function network_zonesOf(ec2, subnetIds) {
    const subnets = await ec2.subnets({ subnetIds });
    const zoneNames = [...new Set(subnets.map((s) => s.AvailabilityZone ?? s.SubnetId))].sort();
    return { zones: zoneNames.length, zoneNames };
}
/**
 * Subnets for an internet-facing load balancer: the public-subnet-ids input (zones counted), else the
 * VPC's public subnets, one per availability zone.
 */
async function resolvePublicSubnets(ec2, vpcId, given) {
    try {
        if (given?.length)
            return { subnetIds: [...given], ...(await network_zonesOf(ec2, given)) };
        return await subnetsOf(ec2, vpcId, true);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('looking up public subnets for the load balancer', err);
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
        return { subnetIds, zones: byZone.size, zoneNames: [...byZone.keys()].sort() };
    }
}

;// CONCATENATED MODULE: ./src/deploy/parameters.ts


/** What this run's inputs ask for, before any lookup (zones unknown). */
function networkModes(parameters, request) {
    const vpc = parameters.find((p) => p.kind === 'vpc');
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    const vpcId = request.vpcId ?? vpc?.value;
    const privateSubnets = request.privateSubnets ?? (subnets?.public === false ? true : undefined);
    // Public task subnets serve the load balancer too; private ones cannot (no route from the internet).
    const lb = !lbSubnets
        ? undefined
        : request.publicSubnetIds?.length
            ? 'given'
            : privateSubnets
                ? 'public'
                : 'tasks';
    return {
        vpc: vpcId ? 'given' : 'default',
        subnets: request.subnetIds?.length ? 'given' : privateSubnets ? 'private' : 'public',
        ...(lb ? { lb } : {}),
        ...(vpcId ? { vpcId } : {}),
        ...(privateSubnets !== undefined ? { privateSubnets } : {}),
    };
}
/**
 * Fills the template's network parameters from the account: the VPC and subnets, looked up now, never baked
 * in. The vpc-id and subnet-ids inputs win over the compose file's x-aws-vpc, which wins over the default
 * VPC. Returns the values and the record of how they were chosen (none when the template has no network
 * parameter).
 */
async function lookUpNetwork(ec2, parameters, request) {
    const vpc = parameters.find((p) => p.kind === 'vpc');
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    if (!vpc && !subnets && !lbSubnets)
        return { values: {} };
    const modes = networkModes(parameters, request);
    const network = await resolveNetwork(ec2, {
        vpcId: modes.vpcId,
        subnetIds: request.subnetIds,
        privateSubnets: modes.privateSubnets,
    });
    const record = { vpc: modes.vpc, subnets: modes.subnets, zones: network.zones };
    const values = {};
    if (vpc)
        values[vpc.name] = network.vpcId;
    if (subnets)
        values[subnets.name] = network.subnetIds.join(',');
    let lbZones;
    if (lbSubnets && modes.lb) {
        const lb = modes.lb === 'tasks'
            ? network
            : await resolvePublicSubnets(ec2, network.vpcId, request.publicSubnetIds);
        values[lbSubnets.name] = lb.subnetIds.join(',');
        Object.assign(record, { lb: modes.lb, lbZones: lb.zones });
        lbZones = lb;
    }
    const problem = zoneProblem(parameters, record, values);
    if (problem)
        throw new src_errors/* UserError */.yo(problem);
    if (lbZones) {
        const lb = lbZones;
        // A load balancer routes only to targets in the zones it is enabled in (Elastic Load Balancing:
        // Availability Zones for your load balancer), and ECS asks that it span the zones its tasks run
        // in: a task elsewhere gets no traffic and never passes its health check. Say which zone is missing.
        const missing = network.zoneNames.filter((z) => !lb.zoneNames.includes(z));
        if (missing.length > 0)
            throw new src_errors/* UserError */.yo(`the load balancer's subnets (${lb.subnetIds.join(', ')}) are in ${lb.zoneNames.join(', ')}, but the tasks' subnets are also in ${missing.join(', ')}: add a public subnet there (public-subnet-ids) or run the tasks in those zones only (subnet-ids)`);
    }
    return { values, record };
}
/** What the subnets lack for the template (EFS mount targets, a load balancer), or undefined when they suffice. */
function zoneProblem(parameters, record, values) {
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    if (subnets?.minCount && record.zones < subnets.minCount)
        return `${subnets.description}: needs at least ${subnets.minCount} subnets in distinct availability zones, found ${record.zones} zone(s) (${(values[subnets.name] ?? '').split(',').join(', ')})`;
    if (lbSubnets && (record.lbZones ?? 0) < (lbSubnets.minCount ?? 2))
        return `${lbSubnets.description}: found ${record.lbZones ?? 0} zone(s) (${(values[lbSubnets.name] ?? '').split(',').filter(Boolean).join(', ') || 'none'}); set the public-subnet-ids input, or x-aws-loadbalancer_scheme: internal to keep the load balancer inside the VPC`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/deploy/network-record.ts

const NETWORK_TAG = 'compose-ecs:network';
/**
 * CloudFormation returns a parameter's value as it was given (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html:
 * "the input value associated with the parameter"): a List<AWS::EC2::Subnet::Id> as the comma-separated ids.
 * A value of any other form is not reused (it is looked up instead).
 */
const VALUE_FORM = {
    vpc: /^vpc-[0-9a-f]+$/,
    subnets: /^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)*$/,
    'load-balancer-subnets': /^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)*$/,
};
/** `vpc=default subnets=public zones=3 lb=tasks lb-zones=3`: the characters every service's tags accept. */
function networkTag(record) {
    return [
        `vpc=${record.vpc}`,
        `subnets=${record.subnets}`,
        `zones=${record.zones}`,
        ...(record.lb ? [`lb=${record.lb}`, `lb-zones=${record.lbZones ?? 0}`] : []),
    ].join(' ');
}
function parseNetworkTag(text) {
    if (!text)
        return undefined;
    const fields = Object.fromEntries(text.split(' ').map((pair) => pair.split('=')));
    const zones = Number(fields.zones);
    const lbZones = Number(fields['lb-zones']);
    if (!['given', 'default'].includes(fields.vpc ?? ''))
        return undefined;
    if (!['given', 'public', 'private'].includes(fields.subnets ?? ''))
        return undefined;
    if (!Number.isSafeInteger(zones))
        return undefined;
    const record = {
        vpc: fields.vpc,
        subnets: fields.subnets,
        zones,
    };
    if (fields.lb) {
        if (!['given', 'tasks', 'public'].includes(fields.lb) || !Number.isSafeInteger(lbZones))
            return undefined;
        Object.assign(record, { lb: fields.lb, lbZones });
    }
    return record;
}
/** The stack's own network values when they answer this run's inputs (see the top of this file). */
function reuseStackNetwork(parameters, request, stack) {
    const wanted = parameters.filter((p) => p.kind in VALUE_FORM);
    const recorded = parseNetworkTag(stack.tags[NETWORK_TAG]);
    if (!wanted.length || !recorded)
        return undefined;
    const modes = networkModes(parameters, request);
    if (recorded.vpc !== modes.vpc || recorded.subnets !== modes.subnets || recorded.lb !== modes.lb)
        return undefined;
    // Inputs left empty (the action passes [] and '') ask for nothing.
    const given = {
        vpc: modes.vpcId || undefined,
        subnets: request.subnetIds?.join(',') || undefined,
        'load-balancer-subnets': request.publicSubnetIds?.join(',') || undefined,
    };
    const values = {};
    for (const p of wanted) {
        const value = stack.parameters[p.name];
        if (value === undefined || !VALUE_FORM[p.kind].test(value))
            return undefined;
        if (given[p.kind] !== undefined && given[p.kind] !== value)
            return undefined;
        values[p.name] = value;
    }
    // A template that now needs more zones than recorded is looked up, so the refusal names fresh data.
    if (zoneProblem(parameters, recorded, values))
        return undefined;
    return { values, tag: networkTag(recorded), reused: true };
}
/** The stack's values when they answer the inputs, else a lookup in the account (resolveNetwork). */
async function stackNetwork(ec2, parameters, request, stack) {
    const reused = stack && reuseStackNetwork(parameters, request, stack);
    if (reused)
        return reused;
    const { values, record } = await lookUpNetwork(ec2, parameters, request);
    return { values, ...(record ? { tag: networkTag(record) } : {}), reused: false };
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
            throw (0,errors/* awsFailure */.MT)(`looking up retained file systems of volume ${p.volume}`, err);
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

;// CONCATENATED MODULE: ./src/deploy/account-parameters.ts





/**
 * The parameters of a new release, from the account: network lookups, file systems a deleted stack
 * retained, and file secrets (last, so nothing after it can fail once a secret was created).
 */
function accountParameters(request) {
    return async (state, aws, logger) => {
        // The network as the stack runs it when the inputs ask for the same one (network-record.ts).
        const network = await stackNetwork(aws.network, request.sources, request.network, state.parameters && state.settings && !request.forceLookup
            ? { parameters: state.parameters, tags: state.settings.tags }
            : undefined);
        if (network.reused)
            logger.info('VPC and subnets: as the stack runs them (the network inputs are unchanged; nothing looked up)');
        if (request.gpu?.length)
            await checkGpuCapacity(aws.capacity, request, network.values, logger);
        const fromAccount = {
            ...network.values,
            ...request.hostedZones,
            ...(await retainedFileSystemParameters(efsFinder(aws.fileSystems), request.sources, {
                project: request.project.name,
                stack: request.stackName,
                isNew: state.isNew,
                ...(state.parameters ? { current: state.parameters } : {}),
            }, logger)),
        };
        const secrets = await fileSecretParameters(request.project, request.environment, request.stackName, request.sources, request.mode, { secrets: aws.secrets, identity: aws.identity, logger }, state.parameters ?? {});
        return {
            values: { ...request.overrides, ...fromAccount, ...secrets.parameters },
            secrets,
            ...(network.tag ? { tags: { [NETWORK_TAG]: network.tag } } : {}),
        };
    };
}
/** GPU services: refuse subnets their tasks cannot pull from, and say what the vCPU quota allows. */
async function checkGpuCapacity(capacity, request, values, logger) {
    const gpu = request.gpu ?? [];
    const vpcId = values[network/* VPC_PARAM */.Yg];
    const subnetIds = (values[network/* SUBNETS_PARAM */.hN] ?? '').split(',').filter(Boolean);
    if (vpcId && subnetIds.length)
        await checkGpuNetwork(capacity, vpcId, subnetIds, gpu.map((s) => s.service));
    const note = await gpuQuotaNote(capacity, gpu);
    logger.info(note);
    request.say?.(note);
}

;// CONCATENATED MODULE: ./src/deploy/hosted-zones.ts
// The Route 53 zone of each x-aws-domain name, found before anything is built: the longest public hosted
// zone of the account the name falls in (shop.example.com goes in shop.example.com if the account has that
// zone, else in example.com), or the zone x-aws-hosted_zone names. The template takes each as a parameter
// (template/domains.ts); the plan says which zone it chose, and a name outside every zone stops the run.



/** Every hosted-zone parameter's zone, or one error naming each name that has none (file, line and field). */
async function findHostedZones(zones, sources, locate = () => undefined) {
    const wanted = sources.filter((p) => p.kind === 'hosted-zone' && p.domain !== undefined);
    if (wanted.length === 0)
        return [];
    const lookup = cachedLookup(zones);
    const choices = [];
    const problems = [];
    for (const p of wanted) {
        const path = ['services', p.service ?? '', p.hostedZone ? aws_extensions.X.hostedZone : aws_extensions.X.domain];
        try {
            const found = p.hostedZone
                ? await namedZone(lookup, zones, p.domain, p.hostedZone)
                : await longestZone(lookup, p.domain);
            const location = locate(path);
            if (typeof found === 'string')
                problems.push({ message: found, path, ...(location ? { location } : {}) });
            else
                choices.push({
                    parameter: p.name,
                    domain: p.domain,
                    service: p.service ?? '',
                    zone: found,
                    how: p.hostedZone ? aws_extensions.X.hostedZone : 'longest public zone',
                });
        }
        catch (err) {
            throw (0,errors/* awsFailure */.MT)(`looking up the Route 53 hosted zone of ${p.domain}`, err);
        }
    }
    if (problems.length > 0)
        throw new src_errors/* UserError */.yo(`${problems.length} ${aws_extensions.X.domain} name${problems.length > 1 ? 's have' : ' has'} no hosted zone to go in`, problems);
    return choices;
}
/** The public zones named exactly `name`, one ListHostedZonesByName per name a run asks about. */
function cachedLookup(zones) {
    const seen = new Map();
    return (name) => {
        let found = seen.get(name);
        if (!found) {
            found = zones.fromName(name).then((list) => list.filter((z) => z.name === name && !z.private));
            seen.set(name, found);
        }
        return found;
    };
}
/** The name itself, then each parent with at least two labels: the first with a public zone wins. */
async function longestZone(lookup, domain) {
    const labels = domain.split('.');
    const tried = [];
    for (let i = 0; i <= labels.length - 2; i++) {
        const candidate = labels.slice(i).join('.');
        tried.push(candidate);
        const found = await lookup(candidate);
        if (found.length === 1)
            return found[0];
        if (found.length > 1)
            return `${found.length} public hosted zones are named ${candidate} (${found.map((z) => z.id).join(', ')}): set ${aws_extensions.X.hostedZone} to the id of the one for ${domain}`;
    }
    return `no public Route 53 hosted zone of this account holds ${domain} (looked for ${tried.join(', ')}): create the zone, or set ${aws_extensions.X.hostedZone}`;
}
async function namedZone(lookup, zones, domain, given) {
    let zone;
    if (/^Z[A-Z0-9]+$/.test(given)) {
        zone = await zones.get(given);
        if (!zone)
            return `hosted zone ${given} does not exist in this account`;
        if (zone.private)
            return `hosted zone ${given} (${zone.name}) is private: a certificate is validated in a public zone`;
        if (domain !== zone.name && !domain.endsWith(`.${zone.name}`))
            return `${domain} is not in hosted zone ${given} (${zone.name})`;
        return zone;
    }
    const found = await lookup(given);
    if (found.length === 0)
        return `no public Route 53 hosted zone of this account is named ${given}`;
    if (found.length > 1)
        return `${found.length} public hosted zones are named ${given} (${found.map((z) => z.id).join(', ')}): set ${aws_extensions.X.hostedZone} to the id of one`;
    return found[0];
}
/** What the plan says about the domains: where each name goes, and what the first deploy waits for. */
function zoneLines(choices) {
    if (choices.length === 0)
        return [];
    return [
        ...choices.map((c) => `https://${c.domain} (${c.service}): hosted zone ${c.zone.name} (${c.zone.id}), ${c.how === 'longest public zone' ? 'the longest public zone it falls in' : `as ${aws_extensions.X.hostedZone} names it`}`),
        'a new certificate is issued once ACM sees its DNS validation record, which CloudFormation writes in the zone: the deploy that creates it waits for that, usually a few minutes (up to 72 hours before ACM gives up)',
        "those validation records (_….NAME CNAME) stay in the zone when the stack is deleted: ACM reuses one per name, and another stack's certificate may renew with it; the alias records go with the stack",
    ];
}

;// CONCATENATED MODULE: ./src/deploy/file-configs.ts


/**
 * Creates the parameters the change set's task definitions read and that do not exist yet: call it
 * once the change set is ready, just before it executes. Standard-tier String parameters (no charge,
 * no KMS key for the execution role to use); PutParameter without Overwrite never replaces content
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html).
 */
async function writeFileConfigs(project, stackName, deps) {
    const prefix = (0,template_configs/* storedConfigPrefix */.ak)(stackName);
    for (const config of (0,template_configs/* storedConfigs */.lu)(project)) {
        const chunks = (0,template_configs/* configChunks */.x4)(config).flatMap((f) => f.chunks);
        if (chunks.length === 0)
            continue;
        const names = chunks.map((c) => `${prefix}${c.name}`);
        const existing = await file_configs_call(`SSM GetParameters for config ${config.name}`, () => deps.parameters.existing(names));
        const missing = chunks.filter((c) => !existing.has(`${prefix}${c.name}`));
        for (const c of missing)
            await file_configs_call(`storing config ${config.name} in SSM Parameter Store`, () => deps.parameters.create({
                name: `${prefix}${c.name}`,
                value: c.value,
                description: `compose config ${config.name} of stack ${stackName}, stored by compose-ecs`,
                tags: { 'com.docker.compose.project': project.name, 'compose-ecs:stack': stackName },
            }));
        if (missing.length > 0)
            deps.logger.info(`stored config ${config.name} in SSM Parameter Store (${missing.length} parameter${missing.length > 1 ? 's' : ''})`);
    }
}
async function file_configs_call(what, f) {
    try {
        return await f();
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(what, err);
    }
}

// EXTERNAL MODULE: ./src/deploy/stack-settings.ts
var stack_settings = __webpack_require__(1817);
;// CONCATENATED MODULE: ./src/deploy/rollout-duration.ts
/** The container's stop timeout when none is set (ECS container definition stopTimeout, Fargate default 30 s). */
const STOP_DEFAULT = 30;
const NLB_DELAY = 600;
const START = {
    phase: 'ECS starts the new tasks (image pull, ENI, container start)',
    min: 30,
    max: 60,
    estimate: true,
};
const COMPLETE = { phase: 'ECS marks the deployment complete', min: 10, max: 30, estimate: true };
const propsOf = (template, id) => id ? template.Resources[id]?.Properties : undefined;
const refOf = (v) => v?.Ref;
const rollout_duration_num = (v, fallback) => {
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
};
function settingsOf(template, logicalId) {
    const service = propsOf(template, logicalId) ?? {};
    const config = (service.DeploymentConfiguration ?? {});
    const groupId = refOf((service.LoadBalancers ?? [])[0]?.TargetGroupArn);
    const group = propsOf(template, groupId);
    const attributes = group?.TargetGroupAttributes ?? [];
    const drain = attributes.find((a) => a.Key === 'deregistration_delay.timeout_seconds')?.Value;
    const task = propsOf(template, refOf(service.TaskDefinition));
    const containers = task?.ContainerDefinitions ?? [];
    return {
        replicas: rollout_duration_num(service.DesiredCount, 1),
        minPercent: rollout_duration_num(config.MinimumHealthyPercent, 100),
        maxPercent: rollout_duration_num(config.MaximumPercent, 200),
        ...(group
            ? {
                target: {
                    // Elastic Load Balancing's defaults: 5 checks 30 s apart, a 300 s deregistration delay.
                    healthy: rollout_duration_num(group.HealthyThresholdCount, 5),
                    interval: rollout_duration_num(group.HealthCheckIntervalSeconds, 30),
                    drain: rollout_duration_num(drain, 300),
                    network: ['TCP', 'UDP', 'TLS', 'TCP_UDP'].includes(String(group.Protocol)),
                },
            }
            : {}),
        // The task stops when its slowest container has: each gets its own StopTimeout (ECS's default when unset).
        stopTimeout: Math.max(0, ...containers.map((c) => rollout_duration_num(c.StopTimeout, STOP_DEFAULT))) || STOP_DEFAULT,
    };
}
function healthyPhase(s) {
    if (!s.target)
        return [];
    const { healthy, interval } = s.target;
    return [
        {
            phase: `targets healthy (${healthy} checks ${interval} s apart)`,
            min: (healthy - 1) * interval,
            max: healthy * interval,
        },
    ];
}
function retirePhases(s) {
    return [
        ...(s.target
            ? [
                {
                    phase: `old targets drain (deregistration delay ${s.target.drain} s)`,
                    min: s.target.drain,
                    max: s.target.drain,
                },
            ]
            : []),
        { phase: `old tasks stop (SIGTERM, up to ${s.stopTimeout} s)`, min: 0, max: s.stopTimeout },
    ];
}
function rollingPhases(s) {
    // Each wave replaces as many tasks as the percentages leave room for (at least one).
    const room = Math.floor((s.replicas * s.maxPercent) / 100) - Math.ceil((s.replicas * s.minPercent) / 100);
    const waves = Math.max(1, Math.ceil(s.replicas / Math.max(1, room)));
    const wave = [START, ...healthyPhase(s), ...retirePhases(s)];
    const phases = waves === 1
        ? wave
        : wave.map((p) => ({
            ...p,
            phase: `${p.phase}, ${waves} waves`,
            min: p.min * waves,
            max: p.max * waves,
        }));
    return [...phases, COMPLETE];
}
function shiftPhases(strategy, config) {
    const minutes = (v) => rollout_duration_num(v, 0) * 60;
    if (strategy === 'CANARY') {
        const canary = (config.CanaryConfiguration ?? {});
        const wait = minutes(canary.CanaryBakeTimeInMinutes);
        const percent = rollout_duration_num(canary.CanaryPercent, 10);
        return {
            phases: [{ phase: `${percent} % of traffic for ${wait / 60} min, then all`, min: wait, max: wait }],
            steps: 2,
        };
    }
    if (strategy === 'LINEAR') {
        const linear = (config.LinearConfiguration ?? {});
        const step = rollout_duration_num(linear.StepPercent, 10);
        const steps = Math.ceil(100 / Math.max(step, 0.1));
        const wait = minutes(linear.StepBakeTimeInMinutes);
        return {
            phases: [
                {
                    phase: `${steps} steps of ${step} %, ${wait / 60} min apart`,
                    min: (steps - 1) * wait,
                    max: steps * wait,
                },
            ],
            steps,
        };
    }
    return { phases: [{ phase: 'all traffic at once', min: 0, max: 0 }], steps: 1 };
}
function shiftedPhases(strategy, s, config) {
    const shift = shiftPhases(strategy, config);
    const bake = rollout_duration_num(config.BakeTimeInMinutes, 0) * 60;
    const nlb = s.target?.network
        ? [
            {
                phase: 'Network Load Balancer delay (10 min per stage: test and production shifts, pre-scale-up, each production step)',
                min: 2 * NLB_DELAY,
                max: (2 + shift.steps) * NLB_DELAY,
            },
        ]
        : [];
    return [
        { ...START, phase: 'SCALE_UP: ECS starts the new revision (image pull, ENI, container start)' },
        ...healthyPhase(s),
        ...shift.phases.map((p) => ({ ...p, phase: `PRODUCTION_TRAFFIC_SHIFT: ${p.phase}` })),
        ...nlb,
        { phase: `BAKE_TIME: both revisions up for ${bake / 60} min`, min: bake, max: bake },
        ...retirePhases(s).map((p) => ({ ...p, phase: `CLEAN_UP: ${p.phase}` })),
        COMPLETE,
    ];
}
/** The model of one service's next rollout. */
function serviceRollout(template, logicalId) {
    const resource = template.Resources[logicalId];
    const props = (resource?.Properties ?? {});
    const config = (props.DeploymentConfiguration ?? {});
    const declared = String(config.Strategy ?? 'ROLLING');
    const strategy = (['BLUE_GREEN', 'CANARY', 'LINEAR'].includes(declared) ? declared : 'ROLLING');
    const s = settingsOf(template, logicalId);
    const phases = strategy === 'ROLLING' ? rollingPhases(s) : shiftedPhases(strategy, s, config);
    const tags = props.Tags ?? [];
    const named = tags.find((t) => t.Key === 'com.docker.compose.service')?.Value;
    return {
        logicalId,
        service: typeof named === 'string' ? named : logicalId,
        strategy,
        phases,
        min: phases.reduce((t, p) => t + p.min, 0),
        max: phases.reduce((t, p) => t + p.max, 0),
    };
}
/** Every service's model, and the stack's: the longest DependsOn chain of services, by its slowest end. */
function stackRollout(template) {
    const ids = Object.keys(template.Resources)
        .filter((id) => template.Resources[id]?.Type === 'AWS::ECS::Service')
        .sort();
    const models = new Map(ids.map((id) => [id, serviceRollout(template, id)]));
    const longest = new Map();
    const dependsOn = (id) => {
        const d = template.Resources[id]?.DependsOn;
        return d === undefined ? [] : Array.isArray(d) ? d : [d];
    };
    // The services a resource waits for, directly or through other resources (CloudFormation has no cycles).
    const servicesBefore = (id, seen = new Set()) => dependsOn(id).flatMap((d) => {
        if (seen.has(d))
            return [];
        seen.add(d);
        return models.has(d) ? [d] : servicesBefore(d, seen);
    });
    const chainOf = (id) => {
        const known = longest.get(id);
        if (known)
            return known;
        const model = models.get(id);
        const before = servicesBefore(id)
            .map(chainOf)
            .sort((a, b) => b.max - a.max)[0];
        const result = before
            ? { chain: [...before.chain, id], min: before.min + model.min, max: before.max + model.max }
            : { chain: [id], min: model.min, max: model.max };
        longest.set(id, result);
        return result;
    };
    const top = ids.map(chainOf).sort((a, b) => b.max - a.max)[0] ?? { chain: [], min: 0, max: 0 };
    return { services: [...models.values()], ...top };
}
/** A GitHub-hosted runner's job limit: "Each job in a workflow can run for up to 6 hours of execution time". */
const HOSTED_JOB_LIMIT_MINUTES = 360;
const minutesOf = (seconds) => Math.ceil(seconds / 60);
const strategyName = (s) => s.strategy.toLowerCase().replace('_', '/');
/** One line for the log and the plan: each service's modelled range, and the longest chain's. */
function describeStackRollout(rollout) {
    const services = rollout.services
        .map((s) => `${s.service} (${strategyName(s)}) ${minutesOf(s.min)}–${minutesOf(s.max)} min`)
        .join(', ');
    return `modelled rollout: ${services}; the stack's ${minutesOf(rollout.min)}–${minutesOf(rollout.max)} min`;
}
/**
 * Refuses, before anything is built, a stack whose modelled rollout cannot finish in time: its fastest end
 * over wait-timeout (or a hosted runner's six hours). A slowest end over the limit is a warning: the rollout
 * may still finish. Returns the error and the warnings, both naming the services and their numbers.
 */
function rolloutTimeProblems(template, limits) {
    const rollout = stackRollout(template);
    if (!rollout.chain.length)
        return { warnings: [] };
    const summary = describeStackRollout(rollout);
    const byId = new Map(rollout.services.map((s) => [s.logicalId, s]));
    const chain = rollout.chain
        .map((id) => byId.get(id))
        .map((s) => `${s.service} (${strategyName(s)}, ${minutesOf(s.min)}–${minutesOf(s.max)} min)`)
        .join(' then ');
    const range = `${minutesOf(rollout.min)}–${minutesOf(rollout.max)} min`;
    const limit = limits.hostedRunner && HOSTED_JOB_LIMIT_MINUTES < limits.waitTimeoutMinutes
        ? { minutes: HOSTED_JOB_LIMIT_MINUTES, name: "a GitHub-hosted runner's 6-hour job limit" }
        : { minutes: limits.waitTimeoutMinutes, name: `wait-timeout (${limits.waitTimeoutMinutes} min)` };
    const fix = limit.minutes === limits.waitTimeoutMinutes
        ? `raise wait-timeout to at least ${minutesOf(rollout.max)}, or shorten the strategy's intervals and bake time`
        : "shorten the strategy's intervals and bake time, or deploy from a self-hosted runner";
    if (minutesOf(rollout.min) > limit.minutes)
        return {
            error: `the rollout is modelled to take ${range}, over ${limit.name}: ${chain}; ${fix}`,
            warnings: [],
            summary,
        };
    if (minutesOf(rollout.max) > limit.minutes)
        return {
            summary,
            warnings: [
                `the rollout may take up to ${minutesOf(rollout.max)} min (${range}), over ${limit.name}: ${chain}`,
            ],
        };
    return { warnings: [], summary };
}

// EXTERNAL MODULE: ./src/report/runner-values.ts
var runner_values = __webpack_require__(409);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/private-temp.ts
var private_temp = __webpack_require__(2267);
// EXTERNAL MODULE: ./src/images/dockerignore.ts
var dockerignore = __webpack_require__(8654);
// EXTERNAL MODULE: ./src/images/remote-context.ts
var remote_context = __webpack_require__(6680);
;// CONCATENATED MODULE: ./src/images/build-inputs.ts





/**
 * A fingerprint of everything a build reads (its content key): the Dockerfile (or dockerfile_inline), every
 * file of the context and of each local additional context that .dockerignore lets through (path, mode
 * and content) or a Git context's commit, build args, labels, target, platforms, each build secret's id
 * and content (by a keyed hash, never in clear: secretDigest), ssh ids and sources, cache_from/cache_to,
 * `pull`, and the build's network settings.
 * Used as the image tag, so an unchanged service is neither rebuilt nor pushed, and every run of
 * an unchanged project pins the same digest (a no-op deploy stays a no-op even without a build cache).
 * An input left out would let a build with another value of it (a pull request's own `npmrc` secret, or
 * an attacker's cache) produce the tag a trusted build then finds and reuses instead of building.
 */
async function buildInputsHash(build, dockerfile, platforms = build.platforms, 
/** Build secret id → its keyed digest (secretDigest), in the order of build.secrets. */
secretDigests = {}) {
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
    for (const secret of build.secrets ?? []) {
        add('secret-id', secret.id);
        const digest = secretDigests[secret.id];
        if (digest !== undefined)
            add('secret-content', digest);
    }
    for (const ssh of build.ssh ?? []) {
        add('ssh-id', ssh.id);
        for (const path of ssh.paths)
            add('ssh-source', path);
    }
    for (const ref of build.cacheFrom ?? [])
        add('cache-from', ref);
    for (const ref of build.cacheTo ?? [])
        add('cache-to', ref);
    if (build.pull)
        add('pull', 'true');
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
/**
 * A build secret's content as it enters the content key: HMAC-SHA256 under `key` (the build-secret-key
 * input, a GitHub secret), never the value nor its plain hash. Content tags appear in logs and the
 * registry, and everything else a build reads is often public: a plain hash there would confirm a guessed
 * value offline. Without a key the HMAC is keyed by a fixed label only (README, "Security").
 */
function secretDigest(value, key) {
    return (0,external_node_crypto_.createHmac)('sha256', key || 'compose-ecs build secret')
        .update(value)
        .digest('hex');
}
function sorted(record) {
    return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** A local directory's files, a Git context's commit, or (images, services, stages) the name itself. */
async function addContext(add, label, source) {
    const git = (0,remote_context/* gitContext */.c)(source);
    if (git) {
        add(`${label}:git`, `${git.url}#${await (0,remote_context/* gitCommit */.o)(git)}:${git.subdir ?? ''}`);
        return;
    }
    if (!source.startsWith('/')) {
        // docker-image://, service:, target: — named, not read here. An image by tag can move;
        // pin it by digest for builds that must follow it.
        add(`${label}:named`, source);
        return;
    }
    const ignore = (0,dockerignore/* parseDockerignore */.y)(await (0,promises_.readFile)((0,external_node_path_.join)(source, '.dockerignore'), 'utf8').catch(() => ''));
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
        privateDir ??= await (0,private_temp/* makePrivateDir */.h)('compose-ecs-build-');
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
        const remote = (0,remote_context/* gitContext */.c)(build.context);
        const dockerfile = build.dockerfileInline !== undefined
            ? await privateFile('Dockerfile', build.dockerfileInline)
            : remote || (0,external_node_path_.isAbsolute)(build.dockerfile)
                ? build.dockerfile
                : (0,external_node_path_.join)(build.context, build.dockerfile);
        const secrets = [];
        const secretDigests = {};
        for (const [i, secret] of (build.secrets ?? []).entries()) {
            const definition = options.secrets[secret.source];
            if (definition?.file) {
                secrets.push({ id: secret.id, file: definition.file });
                const content = await (0,promises_.readFile)(definition.file).catch(() => {
                    throw new src_errors/* UserError */.yo(`build secret "${secret.source}" of service "${service.name}": cannot read its file ${definition.file}`);
                });
                secretDigests[secret.id] = secretDigest(content, options.secretKey);
            }
            else {
                const value = definition?.environment ? options.environment[definition.environment] : undefined;
                if (value === undefined)
                    throw new src_errors/* UserError */.yo(`build secret "${secret.source}" of service "${service.name}" has no value: set ${definition?.environment ?? 'its environment variable'}`);
                secrets.push({ id: secret.id, file: await privateFile(`secret-${i}`, value) });
                secretDigests[secret.id] = secretDigest(value, options.secretKey);
            }
        }
        const fingerprint = await buildInputsHash(build, build.dockerfileInline !== undefined || remote
            ? { text: build.dockerfileInline ?? build.dockerfile }
            : { path: dockerfile }, platforms, secretDigests);
        const tag = `src-${fingerprint.slice(0, 32)}`;
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
                const ended = (0,cancellation/* isCancelled */.mm)(error) ? 'cancelled' : 'failed';
                await printGroup(logger, `image: ${service} (${ended} after ${seconds(now() - started)})`, lines);
                failures.push({ service, error: explainDenied(error, plan) });
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, plans.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failures.length) {
        const skipped = plans.length - results.length - failures.length;
        if (skipped > 0)
            logger.info(`${skipped} build(s) not started after the ${(0,cancellation/* isCancelled */.mm)(failures[0].error) ? 'cancel' : 'failure'}`);
        throw failures[0].error;
    }
    return results;
}
async function printGroup(logger, title, lines) {
    // Build output is the Dockerfile's (a pull request's): never read as workflow commands.
    await logger.group(title, async () => logger.verbatim(lines));
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

;// CONCATENATED MODULE: ./src/images/build-and-push.ts






const CACHE_TAG = 'buildcache';
const UNTRUSTED_SUFFIX = '-untrusted';
/** The repository prefix a run pushes to: `<prefix>-untrusted` for untrusted runs. */
function imagePrefix(prefix, untrusted) {
    return untrusted && !prefix.endsWith(UNTRUSTED_SUFFIX) ? `${prefix}${UNTRUSTED_SUFFIX}` : prefix;
}
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
    const prefix = imagePrefix(options.repositoryPrefix ?? project.name, options.untrusted);
    const built = Object.values(project.services)
        .filter((s) => Boolean(s.build))
        .sort((a, b) => a.name.localeCompare(b.name));
    const invalid = built
        .map((s) => repositoryName(prefix, s.name))
        .filter((name) => !isValidRepositoryName(name));
    if (invalid.length) {
        throw new src_errors/* UserError */.yo(`not valid ECR repository names: ${invalid.join(', ')} (set repository-prefix)`);
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
                secretKey: options.secretKey,
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
        records.push(build_and_push_record(plan, digest, false));
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
                    throw new src_errors/* UserError */.yo(`${plan.repository}:${plan.tag} was pushed but the registry does not have it`);
                if (stored !== digest)
                    deps.logger.info(`${plan.repository}:${plan.tag}: the engine reported ${digest}, the registry stores ${stored}`);
                records.push({ ...build_and_push_record(plan, stored, true), durationMs });
            });
        }
    }
    finally {
        await Promise.all(plans.map((p) => p.cleanup()));
    }
    return records;
}
function build_and_push_record(plan, digest, pushed) {
    return {
        service: plan.request.service,
        uri: `${plan.repositoryUri}@${digest}`,
        repository: plan.repository,
        tag: plan.tag,
        digest,
        pushed,
    };
}

;// CONCATENATED MODULE: ./src/images/image-reference.ts
/**
 * The reference grammar of the distribution project (reference.go): the first component is a host when it
 * has a dot or a port, or is localhost; otherwise the image is on Docker Hub.
 */
function parseImageReference(text) {
    const at = text.indexOf('@');
    const digest = at >= 0 ? text.slice(at + 1) : undefined;
    const rest = at >= 0 ? text.slice(0, at) : text;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    const tag = colon > slash ? rest.slice(colon + 1) : undefined;
    const name = colon > slash ? rest.slice(0, colon) : rest;
    if (!name || (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)))
        return undefined;
    if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag))
        return undefined;
    const first = name.split('/')[0];
    const hasHost = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    const host = hasHost ? first : 'docker.io';
    let path = hasHost ? name.slice(first.length + 1) : name;
    if (host === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path))
        return undefined;
    return {
        host,
        apiHost: host === 'docker.io' || host === 'index.docker.io' ? 'registry-1.docker.io' : host,
        path,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        name,
    };
}
/** Private ECR registries answer the ECR token login (Basic AWS:<token>), never an anonymous token. */
function isPrivateEcrHost(host) {
    return /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?(:\d+)?$/.test(host);
}

// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/images/token-realm.ts
// Which token realm a registry may send the runner to. A registry answering 401 names the URL of its
// token service (`WWW-Authenticate: Bearer realm=…`, the Docker token authentication specification), and
// the runner fetches it: a hostile registry (any `image:` in a pull request's compose file) could name an
// internal URL — the instance metadata service of a self-hosted runner, a service on localhost — and read
// the answer back through the error. Only https realms are followed (or, for a registry or mirror the
// runner already reaches over plain http, an http realm on that same host); link-local and
// instance-metadata addresses never; private and loopback addresses only when the registry itself is
// private (internal registries and mirrors keep working).


const resolveHost = async (host) => (0,external_node_net_.isIP)(host) ? [host] : (await (0,external_node_dns_promises_.lookup)(host, { all: true, verbatim: true })).map((a) => a.address);
/** The reason a realm is refused, or undefined when the runner may fetch it. */
async function realmRefusal(realm, 
/** The registry's host, or the base URL the lookup asked (`http://…` for an insecure mirror). */
registry, resolve = resolveHost) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        return `its token realm ${JSON.stringify(realm)} is not a URL`;
    }
    const asked = new URL(registry.includes('://') ? registry : `https://${registry}`);
    // An insecure registry's token may go back to it as plainly as its manifests do, and nowhere else.
    const plainToItself = asked.protocol === 'http:' && url.protocol === 'http:' && url.host === asked.host;
    if (url.protocol !== 'https:' && !plainToItself)
        return `its token realm ${url.origin} is not https`;
    const realmScopes = await scopes(hostOf(url.hostname), resolve);
    if (realmScopes === undefined)
        return `its token realm's host ${url.hostname} does not resolve`;
    if (realmScopes.has('link-local'))
        return `its token realm ${url.host} is a link-local or instance-metadata address`;
    if (!realmScopes.has('private'))
        return undefined;
    const registryScopes = await scopes(hostOf(asked.hostname), resolve);
    if (registryScopes && !registryScopes.has('public'))
        return undefined;
    return `its token realm ${url.host} is a private address, and the registry is not`;
}
/** `[::1]` → `::1`: URL keeps IPv6 literals in brackets. */
function hostOf(hostname) {
    return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}
async function scopes(host, resolve) {
    const addresses = await resolve(host).catch(() => []);
    return addresses.length ? new Set(addresses.map(addressScope)) : undefined;
}
/** Where an address lies: link-local (169.254.0.0/16, fe80::/10, fd00:ec2::254), private, or public. */
function addressScope(address) {
    const v4 = (0,external_node_net_.isIP)(address) === 4 ? address : /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (v4) {
        const [a, b] = v4.split('.').map(Number);
        if (a === 169 && b === 254)
            return 'link-local';
        if (a === 10 || a === 127 || a === 0)
            return 'private';
        if (a === 172 && b >= 16 && b <= 31)
            return 'private';
        if (a === 192 && b === 168)
            return 'private';
        if (a === 100 && b >= 64 && b <= 127)
            return 'private'; // carrier-grade NAT (RFC 6598)
        return 'public';
    }
    const v6 = address.toLowerCase();
    // The EC2 instance metadata service's IPv6 address, inside fd00::/8.
    if (v6 === 'fd00:ec2::254' || v6 === 'fd00:ec2:0:0:0:0:0:254')
        return 'link-local';
    if (/^fe[89ab]/.test(v6))
        return 'link-local';
    if (v6 === '::1' || v6 === '::' || /^f[cd]/.test(v6))
        return 'private';
    return 'public';
}

;// CONCATENATED MODULE: ./src/images/manifest-lookup.ts




/** Every manifest kind a tag can name: a multi-platform index first, so the digest is the tag's own. */
const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/**
 * The credentials lookups of these references need: the ECR token login (masked) when one of them is in a
 * private ECR registry — it serves this account's registry (and the local stand-in for it) only — and
 * anonymous access for every other host.
 */
async function registryCredentials(refs, registry, logger) {
    const login = refs.some((r) => r && isPrivateEcrHost(r.host))
        ? await getRegistryLogin(registry)
        : undefined;
    if (login)
        logger.mask(login.password);
    return (host) => login && host === login.registry ? { username: login.username, password: login.password } : undefined;
}
/**
 * The digest a tag (or digest) points at now, by a HEAD request on the manifest (Docker Registry HTTP API
 * v2, which Docker Hub, GHCR, public and private ECR all serve; Docker Hub does not count HEAD requests
 * against its pull rate limit). A 401 with a Bearer challenge is answered with a token for pull (anonymous, or for the credentials)
 * scope (the token authentication specification); registries that ask for Basic get the ECR login.
 * Undefined when the registry has no such manifest.
 */
async function manifestDigestOf(ref, deps) {
    // The engine's mirrors first, as its pulls go; the registry itself when none has the manifest.
    const tried = [];
    const mirrors = deps.mirrors?.get(ref.host) ?? [];
    for (const mirror of mirrors) {
        const host = new URL(mirror).host;
        try {
            const digest = await digestAt(mirror, host, ref, deps);
            if (digest)
                return digest;
            tried.push(`${host}: no such manifest`);
        }
        catch (err) {
            tried.push(`${host}: ${err.message}`);
        }
        deps.onMirrorMiss?.(`mirror ${host} could not pin ${ref.name}:${ref.tag ?? 'latest'} (${tried.at(-1)}); asking ${ref.host}`);
    }
    try {
        return await digestAt(`https://${ref.apiHost}`, ref.host, ref, deps);
    }
    catch (err) {
        if (!(err instanceof src_errors/* UserError */.yo) || !err.message.startsWith('cannot reach'))
            throw err;
        const viaMirrors = tried.length ? ` (mirrors: ${tried.join('; ')})` : '';
        throw new src_errors/* UserError */.yo(`${err.message}${viaMirrors}. ${UNREACHABLE_HINT(ref)}`);
    }
}
/** The lookup against one registry API (`https://host[:port]`), with `credentialHost`'s Basic login if any. */
async function digestAt(base, credentialHost, ref, deps) {
    const url = `${base}/v2/${ref.path}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`;
    const basic = deps.credentials(credentialHost);
    const deniedHint = deps.deniedHint ?? pinDeniedHint;
    const head = (authorization) => deps.fetch(url, {
        method: 'HEAD',
        signal: AbortSignal.timeout(30_000),
        headers: { Accept: MANIFEST_ACCEPT, ...(authorization ? { Authorization: authorization } : {}) },
    });
    let response = await reach(ref, () => head(basic ? basicHeader(basic) : undefined));
    if (response.status === 401) {
        const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
            throw new src_errors/* UserError */.yo(`${ref.host} asks for credentials to read ${ref.path}: ${deniedHint(ref)}`);
        const refused = await realmRefusal(challenge.params.realm, base.startsWith('http://') ? base : ref.apiHost, deps.resolveHost);
        if (refused)
            throw new src_errors/* UserError */.yo(`${ref.host} asked for a token from elsewhere, which is not fetched: ${refused}. ${deniedHint(ref)}`);
        const token = await bearerToken(ref, challenge.params, deps.fetch, deniedHint, basic);
        response = await reach(ref, () => head(`Bearer ${token}`));
    }
    if (response.status === 404)
        return undefined;
    if (response.status === 401 || response.status === 403)
        throw new src_errors/* UserError */.yo(`${ref.host} refused to show ${ref.path}: ${deniedHint(ref)}`);
    if (!response.ok)
        throw new src_errors/* UserError */.yo(`${ref.host} answered ${response.status} for ${ref.path}`);
    const digest = response.headers.get('docker-content-digest');
    if (!digest?.startsWith('sha256:'))
        throw new src_errors/* UserError */.yo(`${ref.host} did not say which digest ${ref.path}:${ref.tag} is`);
    return digest;
}
const basicHeader = (c) => `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
function pinDeniedHint(ref) {
    return `a private image outside this account's ECR cannot be looked up; pin it by digest in the compose file (${ref.name}@sha256:…) or set pin-images: false`;
}
async function reach(ref, call) {
    try {
        return await call();
    }
    catch (err) {
        const cause = err.cause;
        throw new src_errors/* UserError */.yo(`cannot reach the registry ${ref.host} to pin ${ref.name}:${ref.tag ?? 'latest'}: ${cause?.message ?? err.message}`);
    }
}
/** The ways out when the registry cannot be reached from here. */
const UNREACHABLE_HINT = (ref) => `To deploy without the lookup, set pin-images: false (the release then names the tag, which can move) or write the digest in the compose file (${ref.name}@sha256:…); to reach the registry, set HTTPS_PROXY (with NO_PROXY) for the run, or give the engine a registry mirror (registry-mirrors in /etc/docker/daemon.json, [[registry.mirror]] in registries.conf for podman), which the lookup uses too`;
/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"` */
function parseChallenge(header) {
    const m = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g))
        params[p[1].toLowerCase()] = p[2];
    return { scheme: m[1].toLowerCase(), params };
}
/** A pull token from the challenge's realm: with the Basic credentials when there are some, else anonymous. */
async function bearerToken(ref, params, fetchImpl, deniedHint, basic) {
    const url = new URL(params.realm);
    if (params.service)
        url.searchParams.set('service', params.service);
    url.searchParams.set('scope', params.scope ?? `repository:${ref.path}:pull`);
    const headers = basic ? { Authorization: basicHeader(basic) } : {};
    const response = await reach(ref, () => fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) }));
    if (!response.ok)
        throw new src_errors/* UserError */.yo(`${url.host} gave no pull token for ${ref.path} (${response.status}): ${deniedHint(ref)}`);
    const body = (await response.json());
    const token = body.token ?? body.access_token;
    if (!token)
        throw new src_errors/* UserError */.yo(`${url.host} answered without a token for ${ref.path}`);
    return token;
}

// EXTERNAL MODULE: ./src/images/command.ts + 1 modules
var command = __webpack_require__(7558);
;// CONCATENATED MODULE: ./src/images/docker-credentials.ts
// Registry credentials the way the runner's Docker client configuration names them
// (https://docs.docker.com/reference/cli/docker/login/#credential-stores): `credHelpers` per registry, else
// the `credsStore` for all, else the `auths` entries `docker login` wrote. A helper is the program
// docker-credential-<name>, run with `get` and the server on stdin, answering {"Username","Secret"}.
// $DOCKER_CONFIG names the directory (default ~/.docker). Used for the digest lookups of `image:` tags.




const HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Docker Hub's key in config.json and in the helpers, as `docker login` writes it. */
const HUB_SERVER = 'https://index.docker.io/v1/';
/** `https://host:5000/v1/` → `host:5000`; Docker Hub's names → docker.io. */
function normalHost(key) {
    const host = key.replace(/^\w+:\/\//, '').split('/')[0];
    return HUB.has(host) ? 'docker.io' : host;
}
async function readConfig(env) {
    const dir = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'config.json'), 'utf8'));
    }
    catch {
        return {};
    }
}
/** What a credential helper knows about `server`; undefined when it has nothing (or cannot run). */
async function fromHelper(helper, server, env) {
    if (!/^[\w.-]+$/.test(helper))
        return undefined;
    const result = await (0,command/* runCommand */.d)(`docker-credential-${helper}`, ['get'], {
        input: server,
        env: Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined)),
    }).catch(() => undefined);
    if (!result || result.exitCode !== 0)
        return undefined;
    try {
        const answer = JSON.parse(result.stdout);
        return answer.Username && answer.Secret
            ? { username: answer.Username, password: answer.Secret }
            : undefined;
    }
    catch {
        return undefined;
    }
}
function fromAuths(config, host) {
    const entry = Object.entries(config.auths ?? {}).find(([key]) => normalHost(key) === host)?.[1];
    if (entry?.username && entry.password)
        return { username: entry.username, password: entry.password };
    if (!entry?.auth)
        return undefined;
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}
/** The credentials Docker's configuration holds for each of `hosts` (those it has none for are left out). */
async function dockerCredentials(hosts, env) {
    const config = await readConfig(env);
    const found = new Map();
    for (const host of new Set(hosts.map(normalHost))) {
        const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => normalHost(key) === host)?.[1] ??
            config.credsStore;
        const server = host === 'docker.io' ? HUB_SERVER : host;
        const credentials = helper ? await fromHelper(helper, server, env) : fromAuths(config, host);
        if (credentials)
            found.set(host, credentials);
    }
    return found;
}
/** The key a host has in dockerCredentials' answer. */
const credentialKey = normalHost;

;// CONCATENATED MODULE: ./src/images/pin-tags.ts




/**
 * Pins every `image:` given by tag (`postgres:16`) to the digest the tag points at now, so the template
 * and the release name the same bytes whenever they are deployed again (a tag can move). Built services
 * are already pinned; an image already given by digest stays as written.
 */
async function pinImageTags(result, deps) {
    const toPin = Object.values(result.project.services).filter((s) => !s.build && s.image && !s.image.includes('@'));
    if (!toPin.length)
        return result;
    const refs = toPin.map((s) => {
        const ref = parseImageReference(s.image);
        if (!ref)
            throw new src_errors/* UserError */.yo(`service ${s.name}: "${s.image}" is not an image reference`);
        return { service: s, ref };
    });
    // A mirror in this account's ECR takes the ECR login like the registry it stands for.
    const mirrorHosts = refs
        .flatMap((r) => deps.mirrors?.get(r.ref.host) ?? [])
        .map((url) => ({ host: new URL(url).host }));
    const hosts = [...refs.map((r) => r.ref), ...mirrorHosts];
    const ecrLogin = await registryCredentials(hosts, deps.registry, deps.logger);
    // Other registries: what the runner's Docker configuration holds for them (docker login, helpers).
    const configured = deps.env
        ? await dockerCredentials(hosts.map((h) => h.host), deps.env)
        : new Map();
    for (const c of configured.values())
        deps.logger.mask(c.password);
    const credentials = (host) => ecrLogin(host) ?? configured.get(credentialKey(host));
    const pinned = await Promise.all(refs.map(async ({ service, ref }) => {
        const digest = await manifestDigestOf(ref, {
            fetch: deps.fetch,
            credentials,
            ...(deps.mirrors ? { mirrors: deps.mirrors } : {}),
            onMirrorMiss: (message) => deps.logger.warning(message),
        });
        if (!digest)
            throw new src_errors/* UserError */.yo(`service ${service.name}: image ${service.image} does not exist in ${ref.host}`);
        const uri = `${ref.name}@${digest}`;
        deps.logger.info(`${service.name}: ${service.image} is ${digest}; the release pins ${uri}`);
        return { service, ref, digest, uri };
    }));
    const services = { ...result.project.services };
    for (const p of pinned)
        services[p.service.name] = { ...p.service, image: p.uri };
    return {
        project: { ...result.project, services },
        images: [
            ...result.images,
            ...pinned.map((p) => ({
                service: p.service.name,
                uri: p.uri,
                repository: p.ref.name,
                tag: p.ref.tag ?? 'latest',
                digest: p.digest,
                pushed: false,
                origin: `pinned from ${p.service.image}`,
            })),
        ].sort((a, b) => a.service.localeCompare(b.service)),
    };
}

// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(1987);
;// CONCATENATED MODULE: ./src/images/registry-mirrors.ts
// The registry mirrors the runner's container engine is configured with, so a digest lookup goes where the
// engine's pulls go (a runner that cannot reach Docker Hub usually has one). Docker mirrors Docker Hub only
// (`registry-mirrors` in daemon.json: https://docs.docker.com/docker-hub/image-library/mirror/); podman
// mirrors any registry (`[[registry.mirror]]` in registries.conf, containers-registries.conf(5), whose path
// CONTAINERS_REGISTRIES_CONF overrides). Read once per run; a file that is missing or unreadable adds none.



const DOCKER_HUB = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
/** The configuration files, per engine, the way each engine finds them. */
function mirrorConfigPaths(env) {
    const config = env.XDG_CONFIG_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.config');
    return {
        // Rootful docker, then rootless docker.
        daemonJson: ['/etc/docker/daemon.json', (0,external_node_path_.join)(config, 'docker/daemon.json')],
        registriesConf: env.CONTAINERS_REGISTRIES_CONF
            ? [env.CONTAINERS_REGISTRIES_CONF]
            : ['/etc/containers/registries.conf', (0,external_node_path_.join)(config, 'containers/registries.conf')],
    };
}
/** `registry-mirrors` of daemon.json: URLs, each a mirror of Docker Hub. */
function daemonJsonMirrors(text) {
    try {
        const mirrors = JSON.parse(text)['registry-mirrors'];
        return Array.isArray(mirrors)
            ? mirrors.filter((m) => typeof m === 'string').map((m) => m.replace(/\/+$/, ''))
            : [];
    }
    catch {
        return [];
    }
}
/**
 * `[[registry]]` tables with their `[[registry.mirror]]` entries, from the subset of TOML registries.conf
 * uses: table headers and `key = "string"` or `key = true|false` lines. A registry is keyed by its prefix
 * (else its location); a mirror's location becomes an https URL, or http where `insecure = true`.
 */
function registriesConfMirrors(text) {
    const out = new Map();
    let registry;
    let table = '';
    const flush = () => {
        const mirrors = (registry?.mirrors ?? []).filter((m) => m.location);
        if (registry?.key && mirrors.length)
            out.set(registry.key, mirrors.map((m) => `${m.insecure ? 'http' : 'https'}://${m.location.replace(/\/+$/, '')}`));
    };
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (!line || line.startsWith('#'))
            continue;
        const header = /^\[\[?\s*([\w.]+)\s*\]\]?$/.exec(line);
        if (header) {
            table = header[1];
            if (table === 'registry') {
                flush();
                registry = { mirrors: [] };
            }
            else if (table === 'registry.mirror')
                registry?.mirrors.push({});
            continue;
        }
        const pair = /^([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(true|false))$/.exec(line);
        if (!pair || !registry)
            continue;
        const [, key, dq, sq, bool] = pair;
        const value = dq ?? sq;
        if (table === 'registry' && (key === 'prefix' || (key === 'location' && !registry.key)))
            registry.key = value;
        if (table === 'registry.mirror') {
            const mirror = registry.mirrors.at(-1);
            if (key === 'location')
                mirror.location = value;
            if (key === 'insecure')
                mirror.insecure = bool === 'true';
        }
    }
    flush();
    return out;
}
/** Every mirror the engines on this machine are configured with, by the registry host they mirror. */
async function engineMirrors(env) {
    const paths = mirrorConfigPaths(env);
    const read = (path) => (0,promises_.readFile)(path, 'utf8').catch(() => '');
    const mirrors = new Map();
    const add = (host, urls) => mirrors.set(host, [...new Set([...(mirrors.get(host) ?? []), ...urls])]);
    for (const path of paths.daemonJson) {
        const hub = daemonJsonMirrors(await read(path));
        for (const host of DOCKER_HUB)
            if (hub.length)
                add(host, hub);
    }
    for (const path of paths.registriesConf)
        for (const [key, urls] of registriesConfMirrors(await read(path))) {
            const host = key.split('/')[0];
            for (const alias of DOCKER_HUB.includes(host) ? DOCKER_HUB : [host])
                add(alias, urls);
        }
    return mirrors;
}

;// CONCATENATED MODULE: ./src/steps/images.ts







/**
 * Builds and pushes what the project builds, then pins every image by digest: the built ones to the
 * digest the registry reported, the `image:` tags to the digest they point at now (pin-images), so a
 * release always names the same bytes.
 */
async function buildImages(ctx, loaded) {
    const { options, aws, logger } = ctx;
    const engine = await chooseEngine(loaded, ctx.deps.engine);
    // A cancelled run stops the builds in flight instead of waiting for them (the runner kills the step 10 s
    // after its first signal).
    if (engine && ctx.deps.signal)
        engine.abortOn?.(ctx.deps.signal);
    const built = await buildAndPushImages(loaded.project, { registry: aws.registry, engine, logger }, { ...options.images, repositoryPrefix: options.repositoryPrefix, environment: options.load.environment }).finally(() => engine?.dispose());
    if (options.pinImages === false)
        return built;
    return pinImageTags(built, {
        registry: aws.registry,
        logger,
        fetch: ctx.deps.fetch ?? (0,proxy/* registryFetch */.ab)(process.env),
        mirrors: await engineMirrors(process.env),
        env: process.env,
    });
}
/** The builder, checked against every build field before anything is built: one error per field it cannot apply. */
async function chooseEngine(loaded, engine) {
    if (!Object.values(loaded.project.services).some((s) => s.build))
        return undefined;
    const chosen = await (typeof engine === 'function' ? engine() : required(engine, 'a container engine'));
    const errors = (0,build_support/* engineSupport */.uf)(loaded, chosen);
    if (errors.length) {
        await chosen.dispose();
        throw new src_errors/* UserError */.yo(`${errors.length} build option(s) cannot be applied by ${chosen.description}`, errors);
    }
    return chosen;
}

;// CONCATENATED MODULE: ./src/report/strategy-text.ts
const minutes = (m) => `${m ?? 0} min`;
const percent = (p) => `${p ?? 0} %`;
/** The shift itself: how much traffic moves when. */
function shift(d, balanced) {
    if (!balanced)
        return d.strategy === 'rolling'
            ? 'rolling: tasks replaced a few at a time'
            : `${label(d)}: the new revision starts beside the old one and replaces it once healthy (no load balancer: no traffic is shifted)`;
    switch (d.strategy) {
        case 'canary':
            return `canary: ${percent(d.percent)} for ${minutes(d.intervalMinutes)}, then 100 %`;
        case 'linear':
            return `linear: ${percent(d.percent)} more every ${minutes(d.intervalMinutes)} up to 100 %`;
        case 'blue-green':
            return 'blue/green: 100 % at once when the new revision is healthy';
        default:
            return 'rolling: tasks replaced a few at a time behind the load balancer';
    }
}
function label(d) {
    return d.strategy === 'blue-green' ? 'blue/green' : d.strategy;
}
function describeStrategy(d, where = {}) {
    const balanced = where.loadBalancer !== undefined;
    const parts = [shift(d, balanced)];
    if (d.strategy !== 'rolling' && d.bakeMinutes !== undefined)
        parts[0] += `, old revision kept ${minutes(d.bakeMinutes)}`;
    const notes = [];
    if (d.testPort !== undefined && balanced)
        notes.push(`test listener on port ${d.testPort} reaches the new revision first`);
    if (d.alarms?.length)
        notes.push(`${where.rollback === false ? 'stops' : 'rolls back'} on alarm${d.alarms.length > 1 ? 's' : ''} ${d.alarms.join(', ')}`);
    if (where.loadBalancer === 'network' && d.strategy !== 'rolling')
        notes.push('Network Load Balancer: ECS waits about 10 min more at each traffic shift');
    if (where.cloudMap && d.strategy !== 'rolling')
        notes.push(balanced
            ? 'only load-balanced traffic is shifted: Cloud Map names are never shifted, callers inside the project reach the new revision at once'
            : 'Cloud Map names are never shifted: callers inside the project reach the new revision at once');
    return [...parts, ...notes].join('; ');
}

;// CONCATENATED MODULE: ./src/report/next-rollouts.ts
// The plan's "Next rollout" lines: how each strategy-managed service's next rollout goes (strategy-text.ts),
// with the time the rollout model gives it (deploy/rollout-duration.ts), so a reviewer sees both at once.


const next_rollouts_minutes = (seconds) => Math.ceil(seconds / 60);
/** One line per service with x-aws-deployment: its strategy in words, then its modelled duration. */
function nextRolloutLines(strategies, template) {
    const models = new Map(strategies.length ? stackRollout(template).services.map((m) => [m.service, m]) : []);
    return strategies.map((s) => {
        const model = models.get(s.service);
        const duration = model ? ` (modelled at ${next_rollouts_minutes(model.min)}–${next_rollouts_minutes(model.max)} min)` : '';
        return `${s.service}${duration}: ${describeStrategy(s.strategy, s)}`;
    });
}

;// CONCATENATED MODULE: ./src/steps/prepare.ts
















/**
 * A new release from the compose files: secrets checked, converted once before anything is built (a
 * converter error stops the run before a push), images built, pushed and pinned, converted again with
 * the pinned images.
 */
async function prepareRelease(ctx, compose, 
/** A plan's account lookups leave nothing behind; a deploy's create what the release needs. */
intent) {
    const { options, logger } = ctx;
    const { loaded, stackName } = compose;
    const preview = convertProject(withPreviewImages(loaded), options.convert, logger);
    const secrets = await (0,guard_secrets/* guardSecrets */.F)(loaded, options.load.environment, true, logger, preview.template);
    // Blanked out of every report from here on, a failure's too.
    await ctx.emit({ kind: 'redactions', values: secrets.map((s) => s.value) });
    refuseBeforeBuild(ctx, preview);
    // What can refuse the run later is checked before anything is built or pushed.
    // The reading is reused by the plan when it is still fresh (issue 13: one DescribeStacks per run).
    const preflight = { stack: await (0,deploy_stack.describeStack)(ctx.aws.stacks, stackName), readAt: ctx.clock.now() };
    (0,deploy_stack.refuseBlockedStack)(stackName, preflight.stack?.StackStatus);
    // x-aws-domain: a name outside every hosted zone stops the run here, before a build.
    const zones = await findHostedZones(ctx.aws.zones, preview.parameters, (path) => loaded.sourceMap.locate(path));
    const domains = zoneLines(zones);
    for (const line of domains.slice(0, zones.length))
        logger.info(line);
    const { project, images } = await buildImages(ctx, loaded);
    const conversion = convertProject({ ...loaded, project }, options.convert, logger, false);
    // The pinned template differs from the preview only in images; checked again all the same.
    (0,guard_secrets/* refuseLeaks */.b)(conversion.template, secrets, 'template');
    await writeTemplate(options.templatePath, conversion.body);
    const gpu = (0,gpu_summary/* gpuSummaries */.ph)(conversion.template);
    await emitRelease(ctx, loaded, conversion, images, domains);
    return {
        stackName,
        project: loaded.project.name,
        template: conversion.template,
        body: compactBody(conversion.template),
        parameters: accountParameters({
            stackName,
            project,
            sources: conversion.parameters,
            mode: intent,
            environment: options.load.environment,
            network: {
                vpcId: options.vpcId,
                subnetIds: options.subnetIds,
                publicSubnetIds: options.publicSubnetIds,
                privateSubnets: options.privateSubnets,
            },
            overrides: options.stack?.parameterOverrides ?? {},
            ...(options.forceChangeSet ? { forceLookup: true } : {}),
            hostedZones: Object.fromEntries(zones.map((z) => [z.parameter, z.zone.id])),
            ...(gpu.length > 0 ? { gpu, say: sayOnce(ctx) } : {}),
        }),
        preflight,
        images,
        storeContent: () => writeFileConfigs(project, stackName, { parameters: ctx.aws.parameters, logger: ctx.logger }),
        composeFiles: loaded.project.files.map((f) => (0,external_node_path_.relative)(options.load.workingDir, f)),
        ...(options.release?.sha ? { sha: options.release.sha } : {}),
        secretVersions: (values) => secretVersions(conversion.parameters, values),
        conversion,
        ...(options.templatePath ? { templatePath: options.templatePath } : {}),
    };
}
/** What the preview alone can refuse (parameter overrides, rollout time, template size), before any build. */
function refuseBeforeBuild(ctx, preview) {
    const { options, logger } = ctx;
    const overrideProblems = (0,stack_settings/* parameterOverrideProblems */._)(options.stack?.parameterOverrides ?? {}, preview.template.Parameters ?? {}, preview.parameters);
    if (overrideProblems.length)
        throw new src_errors/* UserError */.yo(overrideProblems.join('; '));
    // A rollout that cannot finish within the wait (or a hosted runner's job) is refused before any build.
    const timing = rolloutTimeProblems(preview.template, {
        waitTimeoutMinutes: options.waitTimeoutMs / 60_000,
        hostedRunner: process.env.RUNNER_ENVIRONMENT === 'github-hosted',
    });
    if (timing.summary)
        logger.info(timing.summary);
    if (timing.error)
        throw new src_errors/* UserError */.yo(timing.error);
    for (const w of timing.warnings)
        logger.warning(w);
    // A rollout that may outlast the wait is said in the report too, not only in the log.
    for (const text of timing.warnings)
        void ctx.emit({ kind: 'warning', text });
    // The pushed images' names are longer than the preview's, so a preview over the inline limit is
    // certainly too large: say so now rather than after the push.
    const previewBody = compactBody(preview.template);
    if (templateBodyTooLarge(previewBody))
        requireBucket(previewBody, options.templateBucket);
}
/** The release's events for the report: images, warnings, start order, domains, rollouts, runner values. */
async function emitRelease(ctx, loaded, conversion, images, domains) {
    const { options } = ctx;
    await ctx.emit({ kind: 'images', images }, ...conversion.warnings.map((w) => ({ kind: 'warning', text: (0,src_errors/* formatDiagnostic */.xy)(w) })), { kind: 'start-order', lines: conversion.startOrder }, ...(domains.length ? [{ kind: 'domains', lines: domains }] : []), ...(conversion.strategies.length
        ? [
            {
                kind: 'next-rollouts',
                lines: nextRolloutLines(conversion.strategies, conversion.template),
            },
        ]
        : []), {
        kind: 'shown-as',
        shownAs: (0,runner_values/* runnerValueDisplay */._)(loaded.runnerVariables ?? [], options.showVariables ?? []),
    }, ...(options.release?.sha ? [{ kind: 'commit', sha: options.release.sha }] : []));
}
/** The plan's GPU checks speak later, once each (account-parameters.ts). */
function sayOnce(ctx) {
    const said = new Set();
    return (note) => {
        if (said.has(note))
            return;
        said.add(note);
        void ctx.emit({ kind: 'warning', text: note });
    };
}
/** Each file secret's stored ARN and version, from the values the plan filled in. */
function secretVersions(parameters, values) {
    return parameters
        .filter((p) => p.kind === 'file-secret-version')
        .flatMap((v) => {
        const arn = parameters.find((p) => p.kind === 'file-secret' && p.secret === v.secret);
        const [arnValue, versionId] = [arn && values[arn.name], values[v.name]];
        return arnValue && versionId ? [{ secret: v.secret, arn: arnValue, versionId }] : [];
    });
}

;// CONCATENATED MODULE: ./src/modes/deploy.ts




/** deploy: load → prepare a release → plan → record it → apply → record the outcome. */
async function deployMode(kernel, options, deps) {
    const compose = await loadStep(kernel, options, deps);
    const ctx = stepContext(options, deps, kernel);
    const candidate = await ctx.step('prepare', () => prepareRelease(ctx, compose, 'deploy'));
    return (await deliverCandidate(ctx, candidate)).result;
}

;// CONCATENATED MODULE: ./src/steps/destroy.ts








/** What `destroy` will delete and what stays, read from the stack and its template. */
async function planDestroy(ctx, stackName) {
    const { aws, logger } = ctx;
    const secrets = await aws.secrets.named(storedSecretName(stackName, '')).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('Secrets Manager ListSecrets', err);
    });
    const configs = await aws.parameters.under((0,template_configs/* storedConfigPrefix */.ak)(stackName)).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('SSM GetParametersByPath', err);
    });
    const bucket = ctx.options.templateBucket;
    const objects = {
        bucket: bucket ?? '',
        keys: bucket
            ? await aws.templates.keys(bucket, `compose-ecs/${stackName}/`).catch((err) => {
                throw (0,errors/* awsFailure */.MT)(`S3 ListObjectsV2 s3://${bucket}/compose-ecs/${stackName}/`, err);
            })
            : [],
    };
    const stack = await (0,deploy_stack.waitForOperation)(aws.stacks, stackName, logger, ctx.poll);
    if (!stack || stack.StackStatus === 'DELETE_COMPLETE' || !stack.StackId)
        return { stackName, deleted: [], retained: [], secrets, configs, objects, autoScalingGroups: [] };
    if (stack.EnableTerminationProtection)
        throw new src_errors/* UserError */.yo(`stack ${stackName} has termination protection on: nothing was deleted. Turn it off first (aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name ${stackName}) if it really is to go.`);
    const [resources, template] = await Promise.all([
        (0,deploy_stack.listStackResources)(aws.stacks, stack.StackId),
        (0,template_source/* deployedTemplate */.B)(aws.stacks, stack.StackId),
    ]);
    const policy = (id) => String(template?.Resources?.[id]?.DeletionPolicy ?? 'Delete');
    const plan = {
        stackName,
        stackId: stack.StackId,
        deleted: [],
        retained: [],
        secrets,
        configs,
        objects,
        autoScalingGroups: resources
            .filter((r) => r.ResourceType === 'AWS::AutoScaling::AutoScalingGroup' && r.PhysicalResourceId)
            .map((r) => r.PhysicalResourceId),
        ...(template ? { template } : {}),
        parameters: Object.fromEntries((stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? ''])),
    };
    for (const r of resources) {
        const row = { logicalId: r.LogicalResourceId ?? '', type: r.ResourceType ?? '' };
        if (['Retain', 'RetainExceptOnCreate', 'Snapshot'].includes(policy(row.logicalId)))
            plan.retained.push({ ...row, ...(r.PhysicalResourceId ? { physicalId: r.PhysicalResourceId } : {}) });
        else
            plan.deleted.push(row);
    }
    return plan;
}
/** What the report says of a destroy besides the resources: what stays, and what goes outside the stack. */
function destroyNotes(plan, keepSecrets) {
    const { stackName } = plan;
    const notes = [];
    if (!plan.stackId)
        notes.push(`stack ${stackName} does not exist: there was nothing to delete`);
    for (const r of plan.retained)
        notes.push(`${r.logicalId} (${r.type}${r.physicalId ? ` ${r.physicalId}` : ''}) is retained, not deleted: its data stays until you delete it yourself`);
    notes.push('ECR repositories stay: other environments of the project push to the same ones (repository-prefix)');
    const secrets = plan.secrets.map((s) => s.name).join(', ');
    if (plan.secrets.length)
        notes.push(keepSecrets
            ? `kept (keep-secrets): ${secrets}`
            : `deleted from Secrets Manager, where the action stored them: ${secrets}`);
    if (plan.configs.length)
        notes.push(`deleted from SSM Parameter Store, where the action stored the configs: ${plan.configs.length} parameter(s) under ${plan.configs[0].split('/').slice(0, 3).join('/')}/`);
    if (plan.objects.keys.length)
        notes.push(`deleted from s3://${plan.objects.bucket}/compose-ecs/${stackName}/, where the action stored templates and release records: ${plan.objects.keys.length} object(s)`);
    return notes;
}
/** Deletes the stack and watches the deletion's events; a failed deletion names its first real failure. */
async function deleteStackWatched(ctx, plan) {
    const { aws, logger } = ctx;
    if (!plan.stackId)
        return;
    const since = new Date(ctx.clock.now() - 5000);
    try {
        await aws.stacks.delete(plan.stackId, ctx.options.stack?.roleArn ? { roleArn: ctx.options.stack.roleArn } : {});
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(`CloudFormation DeleteStack ${plan.stackName}`, err);
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
        if (!stack || status === 'DELETE_COMPLETE')
            return 'DELETE_COMPLETE';
        return status === 'DELETE_FAILED' ? status : undefined;
    }).catch(async (err) => {
        if (!(0,cancellation/* isCancelled */.mm)(err))
            throw err;
        // Nothing cancels a deletion (CancelUpdateStack applies to UPDATE_IN_PROGRESS only): say it goes on.
        const error = `destroy cancelled (${(0,cancellation/* cancelRequest */.UL)(ctx.poll.signal).signalName}): CloudFormation goes on deleting stack ${plan.stackName}, which cannot be cancelled; run destroy again to see it finish and remove the secrets the action stored`;
        await ctx.emit({ kind: 'deploy-failed', error, cancelled: true });
        throw new cancellation/* Cancelled */.cJ(error);
    });
    await stream.read().catch(() => undefined);
    if (!settled.done)
        throw new src_errors/* UserError */.yo(`deleting stack ${plan.stackName} did not finish within the wait-timeout`);
    if (settled.value === 'DELETE_FAILED') {
        const cause = stream.rootCause();
        const why = cause
            ? `${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`
            : 'stack is DELETE_FAILED';
        await ctx.emit({ kind: 'deploy-failed', error: why, cancelled: false });
        throw new src_errors/* UserError */.yo(`deleting stack ${plan.stackName} failed: ${why}`);
    }
    await ctx.emit({ kind: 'deploy-succeeded', urls: {} });
}
/** Removes the templates and release records the action stored in template-bucket for the stack. */
async function removeStoredObjects(ctx, plan) {
    const { bucket, keys } = plan.objects;
    if (!keys.length)
        return;
    await ctx.aws.templates.remove(bucket, keys).catch((err) => {
        throw (0,errors/* awsFailure */.MT)(`S3 DeleteObjects s3://${bucket}/compose-ecs/${plan.stackName}/`, err);
    });
    ctx.logger.info(`deleted ${keys.length} object(s) from s3://${bucket}/compose-ecs/${plan.stackName}/`);
}
/** Removes the config contents the action stored in SSM for the stack (all its versions). */
async function removeStoredConfigs(ctx, plan) {
    if (!plan.configs.length)
        return;
    await ctx.aws.parameters.remove(plan.configs).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('SSM DeleteParameters', err);
    });
    ctx.logger.info(`deleted ${plan.configs.length} config parameter(s) from SSM Parameter Store`);
}
/** Removes the secrets the action stored for the stack (at once: a preview environment leaves nothing behind). */
async function removeStoredSecrets(ctx, plan) {
    for (const s of plan.secrets) {
        await ctx.aws.secrets.remove(s.arn).catch((err) => {
            throw (0,errors/* awsFailure */.MT)(`Secrets Manager DeleteSecret ${s.name}`, err);
        });
        ctx.logger.info(`deleted secret ${s.name} from Secrets Manager`);
    }
}

;// CONCATENATED MODULE: ./src/steps/release-capacity.ts
// Before `down` deletes a stack with GPU services: lift the instances' scale-in protection and empty their
// Auto Scaling groups. With managed termination protection, ECS protects every instance that runs a task
// from scale-in; CloudFormation deletes the capacity provider (which would have lifted it) before the group
// it refers to, and the group's deletion then waits on instances that a scale-in never terminates (ECS
// developer guide, "Managed termination protection"; docs/mapping.md, GPUs). Without the stack the tasks
// stop anyway, so nothing is lost by stopping the instances first.

async function releaseGpuInstances(ctx, plan) {
    if (plan.autoScalingGroups.length === 0)
        return;
    const { capacity } = ctx.aws;
    const groups = await capacity.groups(plan.autoScalingGroups).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('Auto Scaling DescribeAutoScalingGroups', err);
    });
    for (const group of groups) {
        const name = group.AutoScalingGroupName;
        if (!name)
            continue;
        const protectedIds = (group.Instances ?? [])
            .filter((i) => i.ProtectedFromScaleIn && i.InstanceId)
            .map((i) => i.InstanceId);
        try {
            if (protectedIds.length > 0)
                await capacity.unprotect(name, protectedIds);
            await capacity.empty(name);
        }
        catch (err) {
            throw (0,errors/* awsFailure */.MT)(`Auto Scaling: releasing the instances of ${name}`, err);
        }
        ctx.logger.info(`${name}: scale-in protection lifted from ${protectedIds.length} instance(s), group set to 0 so its deletion does not wait on them`);
    }
}

;// CONCATENATED MODULE: ./src/modes/destroy.ts






/**
 * destroy (compose's `down`): say what goes and what stays → delete the stack, watching its events →
 * remove the secrets the action stored (unless keep-secrets) → mark the environment's releases inactive.
 */
async function destroyMode(kernel, options, deps) {
    // The stack to delete: named, or the compose project's (as plan and deploy name it).
    const stackName = options.stackName ??
        (await kernel.step('load', () => loadCompose(options, deps.logger, deps.signal))).stackName;
    const ctx = stepContext(options, deps, kernel);
    await ctx.emit({ kind: 'stack-named', project: stackName, stackName });
    const plan = await ctx.step('plan-destroy', () => planDestroy(ctx, stackName));
    const notes = [...destroyNotes(plan, options.keepSecrets ?? false), ...certificateNotes(plan.template)];
    for (const note of notes)
        ctx.logger.info(note);
    await ctx.emit(...notes.map((text) => ({ kind: 'warning', text })));
    // What stops being paid: the stack's monthly cost, from the template it runs.
    const cost = plan.template
        ? await estimateStackCost(ctx, plan.template, undefined, plan.parameters)
        : undefined;
    if (cost)
        await ctx.emit({ kind: 'cost-estimated', cost });
    const outputs = {
        hasChanges: Boolean(plan.stackId) ||
            plan.secrets.length > 0 ||
            plan.configs.length > 0 ||
            plan.objects.keys.length > 0,
        images: [],
        ...(plan.stackId ? { stackId: plan.stackId } : {}),
    };
    ctx.know(outputs);
    const changes = plan.deleted.map((r) => ({
        action: 'Remove',
        logicalId: r.logicalId,
        type: r.type,
        scope: [],
        properties: [],
    }));
    await ctx.emit({ kind: 'destroy-planned', changes, hasChanges: outputs.hasChanges });
    await ctx.step('delete', async () => {
        // GPU instances protected from scale-in would hold the stack's deletion (release-capacity.ts).
        await releaseGpuInstances(ctx, plan);
        await deleteStackWatched(ctx, plan);
    }, stackName);
    await ctx.step('remove-stored', async () => {
        if (!options.keepSecrets)
            await removeStoredSecrets(ctx, plan);
        // Configs are not secret, but they are this stack's alone: nothing of a preview stays behind.
        await removeStoredConfigs(ctx, plan);
        // Templates over the inline limit and release records too big for a deployment's payload.
        await removeStoredObjects(ctx, plan);
    });
    await ctx.step('record', () => (0,steps_record/* markInactive */.dq)(ctx, (0,steps_record/* environmentOf */.p7)(ctx, stackName)));
    return outputs;
}
/** The certificates' DNS validation records outlive the stack (ACM reuses one per name across certificates). */
function certificateNotes(template) {
    const validated = aliasNames(template);
    return validated.length
        ? [
            `the alias records of ${validated.join(', ')} are deleted with the stack; their certificates' DNS validation records (_….NAME CNAME) stay in the hosted zone: CloudFormation leaves them, and ACM reuses one per name for other certificates`,
        ]
        : [];
}
/** The names of the stack's alias records (x-aws-domain): their certificates' validation records outlive them. */
function aliasNames(template) {
    const names = Object.values(template?.Resources ?? {})
        .filter((r) => r.Type === 'AWS::Route53::RecordSet' && r.Properties?.AliasTarget !== undefined)
        .map((r) => r.Properties?.Name)
        .filter((n) => typeof n === 'string');
    return [...new Set(names)];
}

;// CONCATENATED MODULE: ./src/modes/plan.ts




/** plan: load → prepare a release → plan it → discard the change set. The account is left as it was. */
async function planMode(kernel, options, deps) {
    const compose = await loadStep(kernel, options, deps);
    const ctx = stepContext(options, deps, kernel);
    const candidate = await ctx.step('prepare', () => prepareRelease(ctx, compose, 'plan'));
    const planned = await planCandidate(ctx, candidate, 'plan');
    await discardPlanned(ctx, planned);
    return planned.result;
}

// EXTERNAL MODULE: ./src/releases/payload.ts
var payload = __webpack_require__(9767);
// EXTERNAL MODULE: ./src/releases/select.ts
var releases_select = __webpack_require__(7612);
// EXTERNAL MODULE: ./src/releases/trust.ts
var trust = __webpack_require__(7364);
;// CONCATENATED MODULE: ./src/steps/restore.ts










/** How many of an environment's releases a rollback looks through. */
const RELEASES_READ = 50;
/**
 * A recorded release, ready to plan again exactly as it was deployed: its template body and parameters
 * byte for byte, nothing built, pushed or converted. Before the stack is touched, every image it runs must
 * still be in its registry (ECR lifecycle policies delete images) and every secret version it pinned must
 * still exist in Secrets Manager; all that is missing is named at once.
 */
async function restoreRelease(ctx) {
    const { options, aws, logger } = ctx;
    const store = required(ctx.deps.releases, 'GitHub releases (a github-token and the repository)');
    const stackHint = options.stackName;
    const environment = options.release?.environment || stackHint;
    if (!environment)
        throw new src_errors/* UserError */.yo('rollback needs the environment (or stack-name) whose release it restores');
    const releases = await store.list(environment, RELEASES_READ).catch((err) => {
        throw new src_errors/* UserError */.yo(`cannot read the releases of environment ${environment}: ${err.message}`);
    });
    const { target, live, record } = await trustedRelease(ctx, releases, environment);
    const region = await aws.identity.region().catch(() => record.region);
    if (record.region && region && record.region !== region)
        throw new src_errors/* UserError */.yo(`deployment ${target.id} released stack ${record.stack} in ${record.region}, not ${region}`);
    if ((0,steps_record/* environmentOf */.p7)(ctx, record.stack) !== record.environment)
        throw new src_errors/* UserError */.yo(`deployment ${target.id} is a release of environment ${record.environment}, not ${environment}`);
    logger.info(`restoring deployment ${target.id}: ${(0,releases_select/* sha7 */.go)(record.sha)} of ${record.stack}${live ? ` (live now: ${(0,releases_select/* sha7 */.go)(live.sha)}, deployment ${live.id})` : ''}`);
    const problems = [
        ...(await missingImages(ctx, record)),
        ...(await missingSecrets(ctx, record)),
        ...(await missingConfigs(ctx, record)),
    ];
    const overrides = options.stack?.parameterOverrides ?? {};
    for (const name of record.noEcho)
        if (overrides[name] === undefined)
            problems.push(`parameter ${name} is NoEcho, so its value was never recorded: pass it again in parameter-overrides`);
    if (problems.length)
        throw new src_errors/* UserError */.yo(`release ${(0,releases_select/* sha7 */.go)(record.sha)} (deployment ${target.id}) cannot be restored:\n  ${problems.join('\n  ')}`);
    const description = `rollback from ${live ? (0,releases_select/* sha7 */.go)(live.sha) : 'unknown'} to ${(0,releases_select/* sha7 */.go)(record.sha)}`;
    const images = Object.entries(record.images).map(([service, uri]) => ({
        service,
        uri,
        ...(uri.includes('@') ? { digest: uri.slice(uri.indexOf('@') + 1) } : {}),
        pushed: false,
        origin: `as recorded in deployment ${target.id}`,
    }));
    const noEchoValues = Object.fromEntries(record.noEcho.map((n) => [n, overrides[n]]));
    await ctx.emit({ kind: 'stack-named', project: record.project, stackName: record.stack }, { kind: 'commit', sha: record.sha }, { kind: 'images', images }, {
        kind: 'warning',
        text: `${description}: deployment ${target.id} replayed as recorded (nothing built, pushed or converted)`,
    });
    return {
        target,
        ...(live ? { live } : {}),
        record,
        candidate: {
            stackName: record.stack,
            project: record.project,
            template: JSON.parse(record.templateBody),
            body: record.templateBody,
            // The recorded values exactly: no lookup, no secret written (their versions exist, checked above).
            parameters: async () => ({
                values: { ...record.parameters, ...noEchoValues },
                secrets: { parameters: {}, writes: [], created: [] },
            }),
            images,
            composeFiles: record.composeFiles,
            sha: record.sha,
            secretVersions: () => record.secretVersions,
            description,
            restored: true,
        },
    };
}
/**
 * The release rollback-to names, among those the account vouches for (src/releases/trust.ts): a named
 * one that is not vouched for is refused; `previous` passes over those with a warning naming each.
 */
async function trustedRelease(ctx, releases, environment) {
    const rollbackTo = ctx.options.release?.rollbackTo ?? 'previous';
    const stackHint = ctx.options.stackName;
    const skipped = new Map();
    for (;;) {
        let selection;
        try {
            selection = (0,releases_select/* selectRelease */.gQ)(releases, rollbackTo, environment, new Set(skipped.keys()));
        }
        catch (err) {
            if (!(err instanceof src_errors/* UserError */.yo) || !skipped.size)
                throw err;
            const list = [...skipped].map(([id, why]) => `deployment ${id}: ${why}`).join('\n  ');
            throw new src_errors/* UserError */.yo(`${err.message}\nPassed over, not recorded by the deploy role:\n  ${list}`);
        }
        const { target } = selection;
        const stack = stackHint ?? (0,payload/* readPayload */.rD)(target.payload).stack;
        const checked = await (0,trust/* verifiedRecord */.e4)({
            parameters: ctx.aws.parameters,
            templates: ctx.aws.templates,
            templateBucket: ctx.options.templateBucket,
        }, target, stack);
        if (checked.verified)
            return { ...selection, record: checked.record };
        const why = `${(0,releases_select/* sha7 */.go)(target.sha)} cannot be trusted: ${checked.why}`;
        if (rollbackTo.trim() && rollbackTo.trim() !== 'previous')
            throw new src_errors/* UserError */.yo(`rollback-to ${rollbackTo}: deployment ${target.id} (${why}); only a release the deploy role recorded can be restored (anyone who can create deployments can write a payload)`);
        ctx.logger.warning(`rollback-to previous passes over deployment ${target.id}: ${why}`);
        skipped.set(target.id, why);
    }
}
/** Images of the release no longer in their registry (HEAD on the manifest by digest). */
async function missingImages(ctx, record) {
    const refs = Object.entries(record.images).map(([service, uri]) => ({
        service,
        uri,
        ref: parseImageReference(uri),
    }));
    const credentials = await registryCredentials(refs.map((r) => r.ref), ctx.aws.registry, ctx.logger);
    const missing = await Promise.all(refs.map(async ({ service, uri, ref }) => {
        if (!ref)
            return `service ${service}: ${uri} is not an image reference`;
        if (!ref.digest) {
            // Deployed with pin-images: false: the template names the tag, which is replayed as it is.
            ctx.logger.warning(`service ${service}: ${uri} was recorded by tag (pin-images: false): the rollback runs whatever it names now`);
            return undefined;
        }
        try {
            const found = await manifestDigestOf(ref, {
                fetch: ctx.deps.fetch ?? fetch,
                credentials,
                deniedHint: () => 'ECS pulls it with the task execution role, and will say if it cannot',
            });
            return found
                ? undefined
                : `service ${service}: image ${uri} no longer exists (an ECR lifecycle policy or someone deleted it)`;
        }
        catch (err) {
            // A check that cannot be made (a private registry outside this account, a registry out of reach)
            // must not make every rollback of the environment impossible: the rollout watch sees a failed pull.
            if (!(err instanceof src_errors/* UserError */.yo))
                throw err;
            ctx.logger.warning(`service ${service}: could not check that ${uri} still exists: ${err.message}`);
            return undefined;
        }
    }));
    return missing.filter((m) => Boolean(m));
}
/**
 * Config contents the release's tasks read (SSM parameters named by content in the template body) that
 * are gone: someone deleted them, or a destroy of the stack did.
 */
async function missingConfigs(ctx, record) {
    const names = [
        ...new Set([
            ...record.templateBody.matchAll(/parameter(\/compose-ecs\/\$\{AWS::StackName\}\/configs\/[^"*\\]+)/g),
        ].map((m) => m[1].replace('${AWS::StackName}', record.stack))),
        // The execution role's policy names a config's parameters by a prefix (`…/configs/<name>/*`; releases
        // before 6539d43 `…/<hash>/*`), not a parameter.
    ].filter((n) => !n.endsWith('/'));
    if (!names.length)
        return [];
    const found = await ctx.aws.parameters.existing(names).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('SSM GetParameters', err);
    });
    return names
        .filter((n) => !found.has(n))
        .map((n) => `config content ${n} no longer exists in SSM Parameter Store`);
}
/** Secret versions the release pinned that Secrets Manager no longer has. */
async function missingSecrets(ctx, record) {
    const missing = [];
    for (const s of record.secretVersions) {
        const ids = await ctx.aws.secrets.versionIds(s.arn).catch((err) => {
            if (err instanceof failures/* NotFound */.Mk)
                return [];
            throw (0,errors/* awsFailure */.MT)(`Secrets Manager ListSecretVersionIds ${s.arn}`, err);
        });
        if (!ids.includes(s.versionId))
            missing.push(`secret ${s.secret}: version ${s.versionId} no longer exists in Secrets Manager (${s.arn})`);
    }
    return missing;
}

;// CONCATENATED MODULE: ./src/modes/rollback.ts




/**
 * rollback: restore a recorded release → plan it like any deploy → record it → apply → record the outcome;
 * once it runs, the release rolled back from is marked inactive so `previous` never picks it again.
 */
async function rollbackMode(kernel, options, deps) {
    const ctx = stepContext(options, deps, kernel);
    const { candidate, live } = await ctx.step('restore', () => restoreRelease(ctx));
    const planned = await deliverCandidate(ctx, candidate);
    if (live)
        await ctx.step('record', () => (0,steps_record/* markRolledBack */.du)(ctx, live, candidate));
    return planned.result;
}

;// CONCATENATED MODULE: ./src/run.ts







/**
 * Each mode is a short composition of the same typed steps (src/steps), run through one kernel
 * (src/kernel/kernel.ts):
 *   convert  = load → convert
 *   plan     = load → prepare (images, convert) → plan → discard
 *   deploy   = load → prepare → plan → record → apply → record outcome
 *   rollback = restore a recorded release → plan → record → apply → record outcome
 *   destroy  = read the stack → delete it and what the action stored → mark its releases inactive
 */
const MODES = {
    convert: convertMode,
    plan: planMode,
    deploy: deployMode,
    rollback: rollbackMode,
    destroy: destroyMode,
};
/**
 * The pipeline both shells run. The report is folded from the run's events, which the shells hear as
 * they come (deps.onEvents); a failure is a RunFailure carrying the step it came from and those events.
 */
async function run(options, deps) {
    const kernel = new RunKernel(options.mode, deps.logger, deps.aws?.calls, deps.onEvents);
    return kernel.run(() => MODES[options.mode](kernel, options, deps));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`stack-name "${given}" is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128)`);
    }
    return given;
}


/***/ })

};

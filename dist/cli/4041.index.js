export const id = 4041;
export const ids = [4041];
export const modules = {

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

/***/ 6724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E3: () => (/* binding */ jobFingerprint),
  AB: () => (/* binding */ jobSpecs),
  I4: () => (/* binding */ phaseOneTemplate),
  KR: () => (/* binding */ planJobs)
});

// UNUSED EXPORTS: jobOrder

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/template/jobs.ts
var jobs = __webpack_require__(1752);
// EXTERNAL MODULE: ./src/canonical-json.ts
var canonical_json = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/jobs/template-graph.ts
/** Logical IDs and parameter names a value refers to (pseudo parameters AWS::* left out). */
function referencesIn(value, out = new Set()) {
    if (Array.isArray(value)) {
        for (const v of value)
            referencesIn(v, out);
        return out;
    }
    if (!value || typeof value !== 'object')
        return out;
    for (const [key, v] of Object.entries(value)) {
        if (key === 'Ref' && typeof v === 'string')
            add(out, v);
        else if (key === 'Fn::GetAtt')
            add(out, Array.isArray(v) ? String(v[0]) : String(v).split('.')[0]);
        else if (key === 'Fn::Sub') {
            const text = Array.isArray(v) ? String(v[0]) : String(v);
            const own = Array.isArray(v) && v[1] && typeof v[1] === 'object' ? Object.keys(v[1]) : [];
            for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
                const name = m[1].split('.')[0];
                if (!own.includes(name))
                    add(out, name);
            }
            if (Array.isArray(v))
                referencesIn(v[1], out);
        }
        else
            referencesIn(v, out);
    }
    return out;
}
function add(out, name) {
    if (!name.startsWith('AWS::'))
        out.add(name);
}
/** What a resource needs: its references and its DependsOn. */
function needsOf(resource) {
    const out = referencesIn(resource?.Properties);
    const depends = resource?.DependsOn;
    for (const d of Array.isArray(depends) ? depends : depends ? [depends] : [])
        out.add(d);
    return out;
}
/** `roots` and every resource and parameter they need, transitively. */
function closure(template, roots) {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length > 0) {
        const id = stack.pop();
        if (seen.has(id))
            continue;
        seen.add(id);
        stack.push(...needsOf(template.Resources[id]));
    }
    return seen;
}

;// CONCATENATED MODULE: ./src/jobs/phases.ts
// Which jobs a deploy runs, and the first of its two phases. Pure: templates and parameter values in, a plan out.
//
// Phase 1 applies the new template except the resources of the services that wait for a job to run (JobSpec.Holds),
// which stay as deployed (or absent, when new); the jobs run; phase 2 applies the whole new template. A job
// is skipped only when the stack already runs exactly it (the same fingerprint: its task definition, the
// services it starts after and everything they refer to, with the parameter values those read) and a run of
// that fingerprint succeeded (job-records.ts); otherwise it runs. A rollback never reruns a job: restoring a
// template does not reverse what a job did to data, so running an older migration again would only add to it.




function jobSpecs(template) {
    return template?.Metadata?.[jobs/* JOBS_METADATA */.$o] ?? {};
}
/** Jobs in the order they run: a job after the jobs it starts after, otherwise by name. */
function jobOrder(specs) {
    const out = [];
    const visit = (name, path) => {
        if (out.includes(name) || path.has(name))
            return;
        path.add(name);
        for (const dep of specs[name].After)
            if (specs[dep])
                visit(dep, path);
        out.push(name);
    };
    for (const name of Object.keys(specs).sort())
        visit(name, new Set());
    return out;
}
/** What the job runs and waits for, with the parameter values read: equal fingerprints, nothing changed. */
function inputsOf(template, parameters, spec) {
    const out = new Map();
    for (const id of [...closure(template, [spec.TaskDefinition, ...spec.Needs])].sort()) {
        const resource = template.Resources[id];
        out.set(id, resource ? (0,canonical_json/* canonicalJson */.d)(resource) : `parameter=${parameters[id] ?? ''}`);
    }
    return out;
}
/** sha256 of what the job runs and waits for (inputsOf): the name its successful runs are recorded under. */
function jobFingerprint(template, parameters, name) {
    const spec = jobSpecs(template)[name];
    if (!spec)
        throw new Error(`internal: the template has no job ${name}`);
    const text = (0,canonical_json/* canonicalJson */.d)(Object.fromEntries(inputsOf(template, parameters, spec)));
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function planJobs(input) {
    const specs = jobSpecs(input.after);
    const deployed = jobSpecs(input.before);
    return jobOrder(specs).map((name) => {
        const spec = specs[name];
        const row = { name, before: spec.Before, after: spec.After };
        if (input.rollback)
            return {
                ...row,
                run: false,
                why: 'a rollback does not rerun jobs: restoring a template does not undo what a job changed (a migration stays applied)',
            };
        const old = deployed[name];
        if (!old || !input.before)
            return { ...row, run: true, why: 'new job' };
        const was = inputsOf(input.before, input.beforeParameters, old);
        const now = inputsOf(input.after, input.afterParameters, spec);
        const changed = [...new Set([...was.keys(), ...now.keys()])]
            .filter((id) => was.get(id) !== now.get(id))
            .sort();
        if (changed.length === 0 && !input.succeeded.has(name))
            return { ...row, run: true, why: 'its last run did not succeed' };
        if (changed.length === 0)
            return {
                ...row,
                run: false,
                why: 'unchanged: nothing it runs or waits for changed since it last succeeded',
            };
        const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
        return { ...row, run: true, why: `changed: ${shown}` };
    });
}
/**
 * The template of phase 1: the new one, with the held resources as deployed (absent when new), then closed
 * both ways until it stands on its own: whatever refers to an absent resource is held too, and whatever a
 * deployed resource refers to that the new template removed stays as deployed. Parameters: the new values,
 * and the deployed value of one only a held resource still reads.
 */
function phaseOneTemplate(input) {
    const { before, after } = input;
    const deployed = before?.Resources ?? {};
    const held = new Set(input.holds);
    let resources = {};
    for (let changed = true; changed;) {
        changed = false;
        resources = {};
        for (const [id, r] of Object.entries(after.Resources))
            if (!held.has(id))
                resources[id] = r;
        for (const id of held)
            if (deployed[id])
                resources[id] = deployed[id];
        for (const [id, r] of Object.entries(resources)) {
            for (const need of needsOf(r)) {
                if (resources[need] || after.Parameters?.[need] || before?.Parameters?.[need])
                    continue;
                // A new resource refers to one held back (absent): hold it too. A deployed one refers to one the new
                // template removed: keep that as deployed.
                const hold = deployed[need] ? need : id;
                if (!held.has(hold)) {
                    held.add(hold);
                    changed = true;
                }
            }
        }
    }
    const used = new Set(Object.values(resources).flatMap((r) => [...needsOf(r)]));
    const parameters = { ...after.Parameters };
    const values = { ...input.parameters };
    for (const [name, p] of Object.entries(before?.Parameters ?? {}))
        if (!parameters[name] && used.has(name) && input.deployedParameters[name] !== undefined) {
            parameters[name] = p;
            values[name] = input.deployedParameters[name];
        }
    const outputs = Object.fromEntries(Object.entries(after.Outputs ?? {}).filter(([, o]) => [...needsOf({ Properties: o.Value })].every((n) => resources[n] || parameters[n])));
    const template = {
        ...after,
        ...(Object.keys(parameters).length ? { Parameters: parameters } : {}),
        Resources: resources,
        ...(Object.keys(outputs).length ? { Outputs: outputs } : {}),
    };
    if (!Object.keys(outputs).length)
        delete template.Outputs;
    return { template, parameters: values };
}


/***/ }),

/***/ 5915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ resolveJob)
/* harmony export */ });
function resolveJob(name, spec, lookup) {
    const one = (value, what) => {
        const v = evaluate(value, lookup);
        if (typeof v === 'string' && v)
            return v;
        throw new Error(`job ${name}: cannot resolve its ${what} (${JSON.stringify(value)}) against the stack`);
    };
    const list = (value, what) => {
        const v = evaluate(value, lookup);
        const items = Array.isArray(v) ? v.flat() : typeof v === 'string' ? v.split(',') : [];
        if (items.length && items.every((x) => typeof x === 'string' && x))
            return items;
        throw new Error(`job ${name}: cannot resolve its ${what} (${JSON.stringify(value)}) against the stack`);
    };
    return {
        cluster: one(spec.Cluster, 'cluster'),
        taskDefinition: one({ Ref: spec.TaskDefinition }, 'task definition'),
        subnets: list(spec.Subnets, 'subnets'),
        securityGroups: list(spec.SecurityGroups, 'security groups'),
        assignPublicIp: spec.AssignPublicIp === 'ENABLED',
    };
}
function evaluate(value, lookup) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.map((v) => evaluate(v, lookup));
    if (!value || typeof value !== 'object')
        return undefined;
    const o = value;
    if (typeof o.Ref === 'string')
        return lookup.parameters[o.Ref] !== undefined ? lookup.parameters[o.Ref] : lookup.physical.get(o.Ref);
    if (Array.isArray(o['Fn::GetAtt']) && o['Fn::GetAtt'][1] === 'GroupId')
        return lookup.physical.get(String(o['Fn::GetAtt'][0]));
    if (Array.isArray(o['Fn::Select'])) {
        const [index, from] = o['Fn::Select'];
        const items = evaluate(from, lookup);
        const all = typeof items === 'string' ? items.split(',') : Array.isArray(items) ? items : [];
        return all[Number(index)];
    }
    return undefined;
}


/***/ }),

/***/ 727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TO: () => (/* binding */ runTaskToEnd)
/* harmony export */ });
/* unused harmony exports LAST_LINES, logStreamOf */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _runtime_cancellation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9685);
/* harmony import */ var _runtime_poll_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4415);



const LAST_LINES = 20;
/** Where awslogs puts a container's lines: group and stream `<prefix>/<container>/<task id>` (ECS developer guide, awslogs). */
async function logStreamOf(aws, taskDefinitionArn, container, taskId) {
    const definition = await aws.services.taskDefinition(taskDefinitionArn).catch(() => undefined);
    const config = definition?.containerDefinitions?.find((d) => d.name === container)?.logConfiguration;
    const group = config?.logDriver === 'awslogs' ? config.options?.['awslogs-group'] : undefined;
    const prefix = config?.options?.['awslogs-stream-prefix'];
    return group && prefix ? { group, stream: `${prefix}/${container}/${taskId}` } : undefined;
}
async function runTaskToEnd(aws, input, poll, onStarted, 
/** Gets what the container logged since the last call while it runs (`compose-ecs run` streams it). */
onLines) {
    const started = await aws.tasks.run(input);
    if (!started.task?.taskArn)
        throw new Error(`ECS started no task for ${input.what}: ${started.failure ?? 'no reason given'}`);
    const taskArn = started.task.taskArn;
    const taskId = taskArn.split('/').pop();
    await onStarted?.({ taskArn, taskId });
    const where = await logStreamOf(aws, started.task.taskDefinitionArn ?? input.taskDefinition, input.container, taskId);
    let cursor;
    const follow = async () => {
        if (!onLines || !where)
            return;
        const page = await aws.logs
            .read(where.group, { streamPrefix: where.stream, ...(cursor ? { nextToken: cursor } : {}) })
            .catch(() => undefined);
        if (!page)
            return;
        if (page.lines.length)
            onLines(page.lines);
        if (page.nextToken)
            cursor = page.nextToken;
    };
    let stopped;
    try {
        const waited = await (0,_runtime_poll_js__WEBPACK_IMPORTED_MODULE_2__/* .pollUntil */ .g3)(async () => {
            await follow();
            const [task] = await aws.tasks.describe(input.cluster, [taskArn]);
            return task?.lastStatus === 'STOPPED' ? task : undefined;
        }, poll);
        if (!waited.done) {
            await stopQuietly(aws, input.cluster, taskArn, `${input.what} ran past the wait timeout`);
            throw new Error(`${input.what} did not finish within the wait timeout: stopped its task ${taskId}`);
        }
        stopped = waited.value;
    }
    catch (err) {
        if (!(0,_runtime_cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .isCancelled */ .mm)(err))
            throw err;
        const stop = await stopQuietly(aws, input.cluster, taskArn, `${input.what} cancelled`);
        throw new _runtime_cancellation_js__WEBPACK_IMPORTED_MODULE_1__/* .Cancelled */ .cJ(`${input.what} cancelled: ${stop ? `could not stop its task ${taskId}: ${stop}` : `stopped its task ${taskId}`}`);
    }
    await follow();
    const container = stopped.containers?.find((c) => c.name === input.container);
    const lastLines = where
        ? (await aws.logs.tail(where.group, where.stream, LAST_LINES).catch(() => [])).map((l) => l.message.replace(/\s+$/, ''))
        : [];
    const reason = [stopped.stoppedReason, container?.reason].filter(Boolean).join('; ');
    return {
        taskArn,
        taskId,
        ...(typeof container?.exitCode === 'number' ? { exitCode: container.exitCode } : {}),
        ...(reason ? { reason } : {}),
        lastLines,
    };
}
/** StopTask; the problem as text when it failed (the caller reports it, never hides the first failure). */
async function stopQuietly(aws, cluster, taskArn, reason) {
    return aws.tasks.stop(cluster, taskArn, reason).then(() => undefined, (err) => (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err));
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

/***/ 1752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ JOBS_METADATA),
/* harmony export */   HY: () => (/* binding */ jobSpec),
/* harmony export */   c4: () => (/* binding */ checkJobOrder),
/* harmony export */   kM: () => (/* binding */ findJobs)
/* harmony export */ });
/* unused harmony exports jobAttempts, startsAfter, waitersOf */
/* harmony import */ var _compose_one_shot_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8769);
/* harmony import */ var _task_definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9209);


/** Where the template says what its jobs are and how to run them (template Metadata, read by the deploy). */
const JOBS_METADATA = 'ComposeEcsJobs';
/** Compose names of the tasks that are jobs. */
function findJobs(ctx, tasks) {
    const waitedFor = new Set();
    for (const t of tasks)
        for (const c of t.containers)
            for (const [dep, d] of Object.entries(c.dependsOn))
                if (d.condition === 'service_completed_successfully' && !t.containers.some((x) => x.name === dep))
                    waitedFor.add(dep);
    const jobs = new Set();
    for (const t of tasks) {
        const s = t.main;
        const explicit = s.deploy?.mode === 'replicated-job' || s.deploy?.mode === 'global-job';
        if (!explicit && !waitedFor.has(s.name))
            continue;
        if ((0,_compose_one_shot_js__WEBPACK_IMPORTED_MODULE_1__/* .restartsForever */ .A)(s)) {
            ctx.warn(['services', s.name, 'restart'], `${s.name} is waited for with service_completed_successfully but restarts after it exits (restart: ${s.restart ?? s.deploy?.restartPolicy?.condition}); it runs as a long-running ECS service and nothing waits for its success: set restart: "no" to run it once per deploy`);
            continue;
        }
        if (t.containers.length > 1)
            ctx.error(['services', s.name], `job ${s.name} (a one-shot service) cannot have sidecars (${t.containers
                .slice(1)
                .map((c) => c.name)
                .join(', ')}): its task ends when ${s.name} exits`);
        s.ports.forEach((p, i) => {
            if (p.published !== undefined)
                ctx.error(['services', s.name, 'ports', i], `job ${s.name} (a one-shot service) cannot publish a port: it runs once and exits`);
        });
        if (s.deploy?.aws?.autoscaling !== undefined)
            ctx.error(['services', s.name, 'deploy'], `job ${s.name} (a one-shot service) cannot be autoscaled`);
        if ((s.deploy?.replicas ?? 1) > 1)
            ctx.warn(['services', s.name, 'deploy', 'replicas'], `job ${s.name} runs once per deploy; replicas ${s.deploy?.replicas} is ignored`);
        jobs.add(t.name);
    }
    return jobs;
}
/** What the deploy needs to run the job: the task definition, where (as its service would run) and its order. */
function jobSpec(ctx, task, where) {
    return {
        TaskDefinition: where.taskDefinition,
        Container: (0,_task_definition_js__WEBPACK_IMPORTED_MODULE_0__/* .containerName */ .xN)(task.main.name),
        Cluster: where.cluster,
        Subnets: where.subnets,
        SecurityGroups: where.securityGroups,
        AssignPublicIp: ctx.options.assignPublicIp ? 'ENABLED' : 'DISABLED',
        After: [...(where.order.get(task.name) ?? [])].sort(),
        Needs: [...(where.order.get(task.name) ?? [])]
            .map((name) => `${ctx.ids.service.get(name)}${where.jobs.has(name) ? 'TaskDefinition' : 'Service'}`)
            .sort(),
        Before: waitersOf(task.name, where.order, where.jobs),
        Holds: [],
        Attempts: jobAttempts(task.main),
    };
}
/** Refuses orders the two-phase deploy cannot honour (checkNoJobBehindService). */
function checkJobOrder(ctx, jobs, order) {
    for (const job of jobs)
        checkNoJobBehindService(ctx, job, jobs, order);
}
/** How many times the deploy may start the job: compose's on-failure retry count, plus the first run. */
function jobAttempts(s) {
    const [policy, count] = (s.restart ?? '').split(':');
    if (policy === 'on-failure' && count && /^\d+$/.test(count))
        return 1 + Math.min(Number(count), 10);
    const max = s.deploy?.restartPolicy?.maxAttempts;
    if (s.deploy?.restartPolicy?.condition === 'on-failure' && max !== undefined)
        return 1 + Math.min(max, 10);
    return 1;
}
/** Every task `name` starts after, directly or not. */
function startsAfter(name, order) {
    const seen = new Set();
    const stack = [...(order.get(name) ?? [])];
    while (stack.length > 0) {
        const next = stack.pop();
        if (seen.has(next))
            continue;
        seen.add(next);
        stack.push(...(order.get(next) ?? []));
    }
    return seen;
}
/**
 * A job runs before the services waiting for it roll, after the services it waits for rolled: one that
 * waits for a service which itself waits for a job would need a third phase. Refused, naming the chain.
 */
function checkNoJobBehindService(ctx, job, jobs, order) {
    for (const dep of startsAfter(job, order)) {
        if (jobs.has(dep))
            continue;
        const blocking = [...startsAfter(dep, order)].find((x) => jobs.has(x));
        if (blocking)
            ctx.error(['services', job, 'depends_on'], `job ${job} starts after ${dep}, which waits for job ${blocking}: a job can wait for jobs and for services that wait for no job`);
    }
}
/** The tasks that wait for `job`, directly or through other services. */
function waitersOf(job, order, jobs) {
    return [...order.keys()].filter((t) => !jobs.has(t) && startsAfter(t, order).has(job)).sort();
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

export const id = 6146;
export const ids = [6146];
export const modules = {

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
// JSON with object keys sorted: two values that differ only in key order give the same text. Templates,
// parameters and job inputs are compared and hashed through it.
function canonicalJson(value) {
    return (JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
        : v) ?? 'undefined');
}


/***/ }),

/***/ 8769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ restartsForever),
/* harmony export */   J: () => (/* binding */ oneShotServices)
/* harmony export */ });
/** restart: always / unless-stopped (or restart_policy any): compose restarts it after every exit. */
function restartsForever(s) {
    const restart = s.restart?.split(':')[0];
    if (restart === 'always' || restart === 'unless-stopped')
        return true;
    return s.deploy?.restartPolicy?.condition === 'any';
}
/** The service whose task a service's container runs in: its own, or the one it is a sidecar of. */
function taskOf(name, s) {
    if (s.networkMode?.startsWith('service:'))
        return s.networkMode.slice('service:'.length);
    return s.aws?.sidecarOf ?? name;
}
/**
 * Services that become jobs (template/jobs.ts findJobs): the main container of their own task, restarting at
 * most on failure, and either `deploy.mode: replicated-job` or waited for with
 * `condition: service_completed_successfully` from another task.
 */
function oneShotServices(project) {
    const waitedFor = new Set();
    for (const [name, s] of Object.entries(project.services))
        for (const [dep, d] of Object.entries(s.dependsOn))
            if (d.condition === 'service_completed_successfully' && taskOf(name, s) !== dep)
                waitedFor.add(dep);
    const out = new Set();
    for (const [name, s] of Object.entries(project.services)) {
        if (taskOf(name, s) !== name || restartsForever(s))
            continue;
        const explicit = s.deploy?.mode === 'replicated-job' || s.deploy?.mode === 'global-job';
        if (explicit || waitedFor.has(name))
            out.add(name);
    }
    return out;
}


/***/ }),

/***/ 813:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runOneOff: () => (/* binding */ runOneOff)
/* harmony export */ });
/* harmony import */ var _deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2371);
/* harmony import */ var _deploy_template_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5839);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _jobs_phases_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6724);
/* harmony import */ var _jobs_resolve_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5915);
/* harmony import */ var _jobs_run_task_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(727);
/* harmony import */ var _template_tags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2589);
/* harmony import */ var _template_task_definition_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9209);








async function runOneOff(aws, request, poll, onLines, onStarted) {
    const target = await targetOf(aws, request);
    const container = (0,_template_task_definition_js__WEBPACK_IMPORTED_MODULE_6__/* .containerName */ .xN)(request.service);
    return (0,_jobs_run_task_js__WEBPACK_IMPORTED_MODULE_4__/* .runTaskToEnd */ .TO)(aws, {
        ...target,
        startedBy: `compose-ecs run ${request.service}`.slice(0, 36),
        container,
        what: `run of ${request.service}`,
        ...(request.command.length ? { command: { container, command: request.command } } : {}),
    }, poll, (task) => onStarted(task.taskId), onLines);
}
/** Where and what to run: the job's spec, or the service's current task definition and network. */
async function targetOf(aws, request) {
    const stack = await (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__.describeStack)(aws.stacks, request.stackName);
    if (!stack?.StackId || stack.StackStatus === 'DELETE_COMPLETE')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`stack ${request.stackName} does not exist (deploy it first, or name it with --stack-name)`);
    const template = await (0,_deploy_template_source_js__WEBPACK_IMPORTED_MODULE_1__/* .deployedTemplate */ .B)(aws.stacks, stack.StackId);
    const resources = await (0,_deploy_stack_js__WEBPACK_IMPORTED_MODULE_0__.listStackResources)(aws.stacks, stack.StackId);
    const physical = new Map(resources.map((r) => [r.LogicalResourceId ?? '', r.PhysicalResourceId ?? '']));
    const job = (0,_jobs_phases_js__WEBPACK_IMPORTED_MODULE_3__/* .jobSpecs */ .AB)(template)[request.service];
    if (job) {
        const parameters = Object.fromEntries((stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
        return (0,_jobs_resolve_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveJob */ .E)(request.service, job, { physical, parameters });
    }
    const logicalId = Object.entries(template?.Resources ?? {}).find(([, r]) => r.Type === 'AWS::ECS::Service' &&
        r.Properties?.Tags?.some((t) => t.Key === _template_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .SERVICE_TAG */ .dt && t.Value === request.service))?.[0];
    const arn = logicalId ? physical.get(logicalId) : undefined;
    const cluster = resources.find((r) => r.ResourceType === 'AWS::ECS::Cluster')?.PhysicalResourceId;
    const clusterOf = arn?.split('/').length === 3 ? arn.split('/')[1] : cluster;
    if (!arn || !clusterOf) {
        const names = [...Object.keys((0,_jobs_phases_js__WEBPACK_IMPORTED_MODULE_3__/* .jobSpecs */ .AB)(template))].sort();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${request.service} is neither a service nor a job of stack ${request.stackName}${names.length ? ` (jobs: ${names.join(', ')})` : ''}`);
    }
    const [service] = (await aws.services.describe(clusterOf, [arn])).services;
    const network = service?.networkConfiguration?.awsvpcConfiguration;
    if (!service?.taskDefinition || !network?.subnets?.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`ECS does not say how service ${request.service} runs (DescribeServices)`);
    return {
        cluster: clusterOf,
        taskDefinition: service.taskDefinition,
        subnets: network.subnets,
        securityGroups: network.securityGroups ?? [],
        assignPublicIp: network.assignPublicIp === 'ENABLED',
    };
}


/***/ })

};

export const id = 263;
export const ids = [263];
export const modules = {

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('inputs', `stack ${stackName} does not exist (deploy it first, or name it with --stack-name)`);
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


/***/ })

};

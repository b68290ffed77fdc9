export const id = 749;
export const ids = [749];
export const modules = {

/***/ 1749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkOneOffTasks: () => (/* binding */ sdkOneOffTasks)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(212);

function sdkOneOffTasks(ecs) {
    return {
        async run(input) {
            const out = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.RunTaskCommand({
                cluster: input.cluster,
                taskDefinition: input.taskDefinition,
                count: 1,
                launchType: 'FARGATE',
                platformVersion: 'LATEST',
                networkConfiguration: {
                    awsvpcConfiguration: {
                        subnets: input.subnets,
                        securityGroups: input.securityGroups,
                        assignPublicIp: input.assignPublicIp ? 'ENABLED' : 'DISABLED',
                    },
                },
                startedBy: input.startedBy,
                // The task carries the task definition's tags (project, service), as the services' tasks do.
                propagateTags: 'TASK_DEFINITION',
                enableECSManagedTags: true,
                ...(input.command
                    ? {
                        overrides: {
                            containerOverrides: [{ name: input.command.container, command: input.command.command }],
                        },
                    }
                    : {}),
                ...(input.clientToken ? { clientToken: input.clientToken } : {}),
            }));
            const failure = out.failures
                ?.map((f) => [f.arn, f.reason, f.detail].filter(Boolean).join(': '))
                .join('; ');
            return { ...(out.tasks?.[0] ? { task: out.tasks[0] } : {}), ...(failure ? { failure } : {}) };
        },
        async describe(cluster, taskArns) {
            if (!taskArns.length)
                return [];
            return (await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.DescribeTasksCommand({ cluster, tasks: taskArns }))).tasks ?? [];
        },
        async stop(cluster, taskArn, reason) {
            await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.StopTaskCommand({ cluster, task: taskArn, reason }));
        },
    };
}


/***/ })

};

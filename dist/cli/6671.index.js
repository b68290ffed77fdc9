export const id = 6671;
export const ids = [6671];
export const modules = {

/***/ 6671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkServices: () => (/* binding */ sdkServices)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(212);
/* harmony import */ var _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(586);


function sdkServices(ecs, elbv2) {
    const tasks = async (cluster, service, status, limit) => {
        const listed = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.ListTasksCommand({ cluster, serviceName: service, desiredStatus: status, maxResults: limit }));
        const arns = (listed.taskArns ?? []).slice(0, limit);
        if (!arns.length)
            return [];
        // DescribeTasks takes up to 100 tasks; limit stays below that.
        return (await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.DescribeTasksCommand({ cluster, tasks: arns }))).tasks ?? [];
    };
    return {
        async describe(cluster, services) {
            const out = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.DescribeServicesCommand({ cluster, services }));
            return { services: out.services ?? [], failures: out.failures ?? [] };
        },
        async clusters(clusters) {
            const out = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.DescribeClustersCommand({ clusters }));
            return { clusters: out.clusters ?? [], failures: out.failures ?? [] };
        },
        stoppedTasks: (cluster, service, limit) => tasks(cluster, service, 'STOPPED', Math.min(limit, 100)),
        runningTasks: (cluster, service) => tasks(cluster, service, 'RUNNING', 100),
        async taskDefinition(arn) {
            return (await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.DescribeTaskDefinitionCommand({ taskDefinition: arn }))).taskDefinition;
        },
        async targetHealth(targetGroupArn) {
            return ((await elbv2.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn })))
                .TargetHealthDescriptions ?? []);
        },
        async loadBalancers(arns) {
            if (!arns.length)
                return [];
            return ((await elbv2.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_1__.DescribeLoadBalancersCommand({ LoadBalancerArns: arns }))).LoadBalancers ?? []);
        },
        async deployments(cluster, service, since) {
            const found = [];
            let nextToken;
            do {
                const page = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.ListServiceDeploymentsCommand({ cluster, service, createdAt: { after: since }, nextToken }));
                found.push(...(page.serviceDeployments ?? []));
                nextToken = page.nextToken;
            } while (nextToken);
            return found;
        },
        async describeDeployments(arns) {
            if (!arns.length)
                return [];
            const out = await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.DescribeServiceDeploymentsCommand({ serviceDeploymentArns: arns }));
            return out.serviceDeployments ?? [];
        },
        async stopDeployment(arn) {
            await ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__.StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
        },
    };
}


/***/ })

};

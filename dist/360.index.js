export const id = 360;
export const ids = [360];
export const modules = {

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkCapacity: () => (/* binding */ sdkCapacity)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_auto_scaling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8932);
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5193);
/* harmony import */ var _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2924);



/** SetInstanceProtection takes at most 50 instance ids a call (Auto Scaling API reference). */
const PROTECTION_BATCH = 50;
function sdkCapacity(ec2, autoScaling, quotas) {
    const vpcFilter = (vpcId) => [{ Name: 'vpc-id', Values: [vpcId] }];
    return {
        async routeTables(vpcId) {
            const out = [];
            let NextToken;
            do {
                const page = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.DescribeRouteTablesCommand({ Filters: vpcFilter(vpcId), NextToken }));
                out.push(...(page.RouteTables ?? []));
                NextToken = page.NextToken;
            } while (NextToken);
            return out;
        },
        async vpcEndpoints(vpcId) {
            const out = [];
            let NextToken;
            do {
                const page = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.DescribeVpcEndpointsCommand({ Filters: vpcFilter(vpcId), NextToken }));
                out.push(...(page.VpcEndpoints ?? []));
                NextToken = page.NextToken;
            } while (NextToken);
            return out;
        },
        async quota(ServiceCode, QuotaCode) {
            const out = await quotas.send(new _aws_sdk_client_service_quotas__WEBPACK_IMPORTED_MODULE_1__.GetServiceQuotaCommand({ ServiceCode, QuotaCode }));
            return out.Quota?.Value;
        },
        async groups(names) {
            if (names.length === 0)
                return [];
            const out = await autoScaling.send(new _aws_sdk_client_auto_scaling__WEBPACK_IMPORTED_MODULE_2__.DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: names }));
            return out.AutoScalingGroups ?? [];
        },
        async activities(AutoScalingGroupName, MaxRecords) {
            const out = await autoScaling.send(new _aws_sdk_client_auto_scaling__WEBPACK_IMPORTED_MODULE_2__.DescribeScalingActivitiesCommand({ AutoScalingGroupName, MaxRecords }));
            return out.Activities ?? [];
        },
        async unprotect(group, instanceIds) {
            for (let i = 0; i < instanceIds.length; i += PROTECTION_BATCH)
                await autoScaling.send(new _aws_sdk_client_auto_scaling__WEBPACK_IMPORTED_MODULE_2__.SetInstanceProtectionCommand({
                    AutoScalingGroupName: group,
                    InstanceIds: instanceIds.slice(i, i + PROTECTION_BATCH),
                    ProtectedFromScaleIn: false,
                }));
        },
        async empty(group) {
            await autoScaling.send(new _aws_sdk_client_auto_scaling__WEBPACK_IMPORTED_MODULE_2__.UpdateAutoScalingGroupCommand({ AutoScalingGroupName: group, MinSize: 0, DesiredCapacity: 0 }));
        },
    };
}


/***/ })

};

export const id = 796;
export const ids = [796];
export const modules = {

/***/ 3796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkNetwork: () => (/* binding */ sdkNetwork)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5193);

function sdkNetwork(ec2) {
    return {
        async defaultVpcId() {
            const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }));
            return out.Vpcs?.[0]?.VpcId;
        },
        async subnets(query) {
            const out = await ec2.send(new _aws_sdk_client_ec2__WEBPACK_IMPORTED_MODULE_0__.DescribeSubnetsCommand('vpcId' in query
                ? { Filters: [{ Name: 'vpc-id', Values: [query.vpcId] }] }
                : { SubnetIds: query.subnetIds }));
            return out.Subnets ?? [];
        },
    };
}


/***/ })

};

export const id = 4441;
export const ids = [4441];
export const modules = {

/***/ 4441:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkHostedZones: () => (/* binding */ sdkHostedZones)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8621);

const record = (zone) => ({
    id: (zone.Id ?? '').replace(/^\/hostedzone\//, ''),
    name: (zone.Name ?? '').replace(/\.$/, '').toLowerCase(),
    private: zone.Config?.PrivateZone === true,
});
function sdkHostedZones(route53) {
    return {
        async fromName(dnsName) {
            const page = await route53.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_0__.ListHostedZonesByNameCommand({ DNSName: dnsName }));
            return (page.HostedZones ?? []).map(record);
        },
        async get(id) {
            try {
                const out = await route53.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_0__.GetHostedZoneCommand({ Id: id }));
                return out.HostedZone ? record(out.HostedZone) : undefined;
            }
            catch (err) {
                // Typed failures keep the service's error name (src/aws/failures.ts).
                if (err.name === 'NoSuchHostedZone')
                    return undefined;
                throw err;
            }
        },
    };
}


/***/ })

};

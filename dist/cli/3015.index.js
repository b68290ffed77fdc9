export const id = 3015;
export const ids = [3015];
export const modules = {

/***/ 3015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkLogs: () => (/* binding */ sdkLogs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2684);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(678);


function sdkLogs(logs) {
    return {
        async tail(group, stream, limit) {
            try {
                // startFromHead false: the newest `limit` events, returned oldest first.
                const out = await logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_1__.GetLogEventsCommand({
                    logGroupName: group,
                    logStreamName: stream,
                    limit,
                    startFromHead: false,
                }));
                return (out.events ?? []).map((e) => ({
                    timestamp: new Date(e.timestamp ?? 0),
                    message: e.message ?? '',
                    stream,
                }));
            }
            catch (err) {
                if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFound */ .Mk)
                    return [];
                throw err;
            }
        },
        async read(group, options) {
            const out = await logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_1__.FilterLogEventsCommand({
                logGroupName: group,
                logStreamNamePrefix: options.streamPrefix,
                startTime: options.since?.getTime(),
                nextToken: options.nextToken,
            }));
            return {
                lines: (out.events ?? []).map((e) => ({
                    timestamp: new Date(e.timestamp ?? 0),
                    message: e.message ?? '',
                    stream: e.logStreamName ?? '',
                })),
                nextToken: out.nextToken,
            };
        },
    };
}


/***/ })

};

export const id = 15;
export const ids = [15];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   MT: () => (/* binding */ awsFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

function errorName(err) {
    const e = err;
    return e?.name ?? e?.code ?? '';
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
/**
 * Turns an AWS SDK failure into one clear line that says what failed and what to do next.
 * The common first-run problems (no credentials, no region, endpoint unreachable, access denied)
 * get a specific hint; anything else keeps the service's own message.
 */
function awsFailure(stage, action, err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return err;
    const name = errorName(err);
    const message = errorMessage(err);
    const code = err?.code ?? '';
    let hint = '';
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        hint =
            'no AWS credentials were found: add aws-actions/configure-aws-credentials before this step (OIDC), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY';
    }
    else if (/Region is missing/i.test(message)) {
        hint = 'no AWS region: set the aws-region input or AWS_REGION';
    }
    else if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET'].includes(code)) {
        hint = `the AWS endpoint is unreachable (${code}${process.env.AWS_ENDPOINT_URL ? ` at ${process.env.AWS_ENDPOINT_URL}` : ''})`;
    }
    else if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(name + message)) {
        hint = `access denied: the role needs the permission for this call (see the README's IAM policy)`;
    }
    const detail = hint ? `${hint} [${name || code}: ${message}]` : `${name ? `${name}: ` : ''}${message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(stage, `${action} failed: ${detail}`);
}


/***/ }),

/***/ 3015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkLogs: () => (/* binding */ sdkLogs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2684);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);


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
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorName */ .Is)(err) === 'ResourceNotFoundException')
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

export const id = 1431;
export const ids = [1431];
export const modules = {

/***/ 8446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ allPages)
/* harmony export */ });
/** Every page of a call paged by NextToken: `page(token)` until a page comes back without one. */
async function allPages(page) {
    const pages = [];
    let NextToken;
    do {
        const next = await page(NextToken);
        pages.push(next);
        NextToken = next.NextToken;
    } while (NextToken);
    return pages;
}


/***/ }),

/***/ 1431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkSecrets: () => (/* binding */ sdkSecrets)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2994);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(678);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8446);



function sdkSecrets(sm) {
    return {
        async find(name) {
            try {
                const out = await sm.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__.DescribeSecretCommand({ SecretId: name }));
                return out.DeletedDate ? undefined : out.ARN;
            }
            catch (err) {
                if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFound */ .Mk)
                    return undefined;
                throw err;
            }
        },
        async current(secret) {
            try {
                const out = await sm.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__.GetSecretValueCommand({ SecretId: secret }));
                return out.VersionId && out.ARN
                    ? { arn: out.ARN, value: out.SecretString, versionId: out.VersionId }
                    : undefined;
            }
            catch (err) {
                // ResourceNotFoundException: no such secret, or one created without a value (no AWSCURRENT version);
                // InvalidRequestException: among others, a secret scheduled for deletion. DescribeSecret (find) tells
                // these apart. https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_GetSecretValue.html
                if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .NotFound */ .Mk || (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_0__/* .AwsFailure */ .OQ && err.code === 'InvalidRequestException'))
                    return undefined;
                throw err;
            }
        },
        async create(input) {
            const out = await sm.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__.CreateSecretCommand({
                Name: input.name,
                Description: input.description,
                Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
            }));
            return out.ARN;
        },
        async put(arn, value, versionId) {
            await sm.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__.PutSecretValueCommand({ SecretId: arn, SecretString: value, ClientRequestToken: versionId }));
        },
        async remove(arn) {
            await sm.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__.DeleteSecretCommand({ SecretId: arn, ForceDeleteWithoutRecovery: true }));
        },
        async versionIds(arn) {
            const pages = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allPages */ .S)((NextToken) => sm.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__.ListSecretVersionIdsCommand({ SecretId: arn, IncludeDeprecated: true, NextToken })));
            return pages.flatMap((out) => out.Versions ?? []).flatMap((v) => (v.VersionId ? [v.VersionId] : []));
        },
        async named(prefix) {
            const pages = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .allPages */ .S)((NextToken) => sm.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__.ListSecretsCommand({ Filters: [{ Key: 'name', Values: [prefix] }], NextToken })));
            return pages
                .flatMap((page) => page.SecretList ?? [])
                .flatMap((s) => s.ARN && s.Name?.startsWith(prefix) && !s.DeletedDate ? [{ arn: s.ARN, name: s.Name }] : []);
        },
    };
}


/***/ })

};

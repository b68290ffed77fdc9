export const id = 8168;
export const ids = [8168];
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

/***/ 8168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkParameters: () => (/* binding */ sdkParameters)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4736);
/* harmony import */ var _pages_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8446);


/** GetParameters takes at most 10 names per call. */
const NAMES_PER_CALL = 10;
function sdkParameters(ssm) {
    return {
        async existing(names) {
            const found = new Set();
            for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
                const out = await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__.GetParametersCommand({ Names: names.slice(i, i + NAMES_PER_CALL) }));
                for (const p of out.Parameters ?? [])
                    if (p.Name)
                        found.add(p.Name);
            }
            return found;
        },
        async create(input) {
            // Overwrite false: a content-addressed parameter is written once; PutParameter refuses to
            // replace one (ParameterAlreadyExists) rather than silently changing what running tasks read.
            await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__.PutParameterCommand({
                Name: input.name,
                Value: input.value,
                Type: 'String',
                Tier: 'Standard',
                Overwrite: false,
                Description: input.description,
                Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
            }));
        },
        async under(path) {
            const pages = await (0,_pages_js__WEBPACK_IMPORTED_MODULE_1__/* .allPages */ .S)((NextToken) => ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__.GetParametersByPathCommand({ Path: path, Recursive: true, NextToken })));
            return pages.flatMap((out) => out.Parameters ?? []).flatMap((p) => (p.Name ? [p.Name] : []));
        },
        async remove(names) {
            // DeleteParameters takes at most 10 names per call.
            for (let i = 0; i < names.length; i += NAMES_PER_CALL)
                await ssm.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_0__.DeleteParametersCommand({ Names: names.slice(i, i + NAMES_PER_CALL) }));
        },
    };
}


/***/ })

};

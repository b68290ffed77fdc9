export const id = 850;
export const ids = [850];
export const modules = {

/***/ 1850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkIdentity: () => (/* binding */ sdkIdentity)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1695);

function sdkIdentity(sts, region) {
    let account;
    return {
        account() {
            account ??= sts.send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_0__.GetCallerIdentityCommand({})).then((identity) => ({
                id: identity.Account ?? '',
                partition: (identity.Arn ?? '').split(':')[1] || 'aws',
            }));
            // A failed lookup is not remembered: the next caller asks again.
            account.catch(() => (account = undefined));
            return account;
        },
        region,
    };
}


/***/ })

};

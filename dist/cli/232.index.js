export const id = 232;
export const ids = [232];
export const modules = {

/***/ 232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkCertificates: () => (/* binding */ sdkCertificates)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_acm__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3490);

function sdkCertificates(acm) {
    return {
        async describe(arn) {
            try {
                return (await acm.send(new _aws_sdk_client_acm__WEBPACK_IMPORTED_MODULE_0__.DescribeCertificateCommand({ CertificateArn: arn }))).Certificate;
            }
            catch (err) {
                // Typed failures keep the service's error name (src/aws/failures.ts).
                if (err.name === 'ResourceNotFoundException')
                    return undefined;
                throw err;
            }
        },
    };
}


/***/ })

};

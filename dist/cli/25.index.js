export const id = 25;
export const ids = [25];
export const modules = {

/***/ 9025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkTemplates: () => (/* binding */ sdkTemplates)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3711);

function sdkTemplates(s3) {
    return {
        async put(Bucket, Key, Body) {
            // Templates are JSON; release records are gzip-compressed JSON.
            const ContentType = typeof Body === 'string' ? 'application/json' : 'application/gzip';
            await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.PutObjectCommand({ Bucket, Key, Body, ContentType }));
        },
        async get(Bucket, Key) {
            const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.GetObjectCommand({ Bucket, Key }));
            if (!out.Body)
                throw new Error(`s3://${Bucket}/${Key} is empty`);
            return out.Body.transformToByteArray();
        },
    };
}


/***/ })

};

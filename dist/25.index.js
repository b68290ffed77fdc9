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
        async keys(Bucket, Prefix) {
            const keys = [];
            let ContinuationToken;
            do {
                const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
                for (const o of out.Contents ?? [])
                    if (o.Key)
                        keys.push(o.Key);
                ContinuationToken = out.IsTruncated ? out.NextContinuationToken : undefined;
            } while (ContinuationToken);
            return keys;
        },
        async remove(Bucket, keys) {
            // DeleteObjects takes at most 1,000 keys per request.
            for (let i = 0; i < keys.length; i += 1000) {
                const out = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__.DeleteObjectsCommand({
                    Bucket,
                    Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true },
                }));
                const failed = out.Errors?.[0];
                if (failed)
                    throw new Error(`s3://${Bucket}/${failed.Key}: ${failed.Code} ${failed.Message}`);
            }
        },
    };
}


/***/ })

};

export const id = 7721;
export const ids = [7721];
export const modules = {

/***/ 7721:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sdkFileSystems: () => (/* binding */ sdkFileSystems)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1663);

function sdkFileSystems(efs) {
    return {
        async list() {
            const out = [];
            let Marker;
            do {
                const page = await efs.send(new _aws_sdk_client_efs__WEBPACK_IMPORTED_MODULE_0__.DescribeFileSystemsCommand({ ...(Marker ? { Marker } : {}) }));
                for (const fs of page.FileSystems ?? []) {
                    if (!fs.FileSystemId)
                        continue;
                    out.push({
                        id: fs.FileSystemId,
                        available: fs.LifeCycleState === 'available',
                        ...(fs.CreationTime ? { created: fs.CreationTime } : {}),
                        tags: Object.fromEntries((fs.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
                    });
                }
                Marker = page.NextMarker;
            } while (Marker);
            return out;
        },
    };
}


/***/ })

};

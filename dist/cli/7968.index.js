export const id = 7968;
export const ids = [7968];
export const modules = {

/***/ 7968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stackOfProject: () => (/* binding */ stackOfProject)
/* harmony export */ });
async function stackOfProject(options) {
    if (options.stackName)
        return options.stackName;
    const [{ loadProject }, { resolveStackName }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(6513), __webpack_require__.e(8296)]).then(__webpack_require__.bind(__webpack_require__, 8296)),
        __webpack_require__.e(/* import() */ 7911).then(__webpack_require__.bind(__webpack_require__, 7911)),
    ]);
    const loaded = await loadProject({
        files: options.composeFiles,
        workingDir: options.workingDirectory,
        projectName: options.projectName,
        environment: process.env,
    });
    return resolveStackName(undefined, loaded.project.name);
}


/***/ })

};

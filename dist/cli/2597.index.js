export const id = 2597;
export const ids = [2597];
export const modules = {

/***/ 2597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stackOfProject: () => (/* binding */ stackOfProject)
/* harmony export */ });
async function stackOfProject(options) {
    if (options.stackName)
        return options.stackName;
    const [{ loadProject }, { resolveStackName }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(3645), __webpack_require__.e(4836), __webpack_require__.e(2427)]).then(__webpack_require__.bind(__webpack_require__, 2427)),
        __webpack_require__.e(/* import() */ 3734).then(__webpack_require__.bind(__webpack_require__, 3734)),
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

export const id = 7911;
export const ids = [7911];
export const modules = {

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultStackName: () => (/* binding */ defaultStackName),
/* harmony export */   resolveStackName: () => (/* binding */ resolveStackName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The CloudFormation stack a compose project deploys to. Compose project names allow `_` and a leading digit
// (`my_app`, `2048`); stack names do not: "[a-zA-Z][-a-zA-Z0-9]*", at most 128 characters
// (AWS::CloudFormation::Stack / CreateStack StackName constraints). A default derived from the project name
// must therefore be made valid, and stay the same from run to run (it addresses the stack).


const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;
const MAX = 128;
/**
 * The default stack name for a project: every character outside [A-Za-z0-9-] becomes `-`, a name that does not
 * start with a letter gets the prefix `compose-`, and a name over 128 characters keeps its first 119 and ends
 * with `-` and 8 hex characters of the SHA-256 of the whole project name (so two long names stay distinct).
 */
function defaultStackName(projectName) {
    let name = projectName.replace(/[^A-Za-z0-9-]/g, '-');
    if (!/^[A-Za-z]/.test(name))
        name = `compose-${name}`;
    if (name.length > MAX) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(projectName).digest('hex').slice(0, 8);
        name = `${name.slice(0, MAX - hash.length - 1)}-${hash}`;
    }
    return name;
}
/** The stack to use: the user's name as given (refused when CloudFormation would refuse it), else the default. */
function resolveStackName(given, projectName) {
    if (!given)
        return defaultStackName(projectName);
    if (!STACK_NAME.test(given)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`stack-name "${given}" is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128)`);
    }
    return given;
}


/***/ })

};

export const id = 2530;
export const ids = [2530];
export const modules = {

/***/ 2530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommand: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var _runtime_cancel_on_signals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8740);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5625);
// The CLI's `run SERVICE [-- COMMAND…]` (src/inspect/run.ts): streams what the task prints and exits with its
// exit code, as `docker compose run` does. Ctrl-C stops the task before the command returns.



async function runCommand(args, options) {
    const [service, ...command] = args;
    const waitMinutes = options.waitTimeoutMinutes;
    if (!service) {
        process.stderr.write('usage: compose-ecs run SERVICE [-- COMMAND...] [--stack-name NAME] [--wait-timeout MIN]\n');
        return 2;
    }
    const logger = new _log_js__WEBPACK_IMPORTED_MODULE_2__/* .StreamLogger */ .r();
    const cancel = (0,_runtime_cancel_on_signals_js__WEBPACK_IMPORTED_MODULE_0__/* .cancelOnSignals */ .d)({
        waitMs: 60_000,
        onFirst: (name) => logger.warning(`${name}: stopping the task`),
        onRepeat: () => undefined,
    });
    try {
        const [{ createAwsEdge }, { runOneOff }, { stackOfProject }] = await Promise.all([
            __webpack_require__.e(/* import() */ 6120).then(__webpack_require__.bind(__webpack_require__, 6120)),
            Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8606), __webpack_require__.e(4041), __webpack_require__.e(6146)]).then(__webpack_require__.bind(__webpack_require__, 813)),
            __webpack_require__.e(/* import() */ 7968).then(__webpack_require__.bind(__webpack_require__, 7968)),
        ]);
        const stackName = await stackOfProject(options);
        const aws = createAwsEdge({ region: options.awsRegion });
        const outcome = await runOneOff(aws, { stackName, service, command }, { intervalMs: 2000, timeoutMs: waitMinutes * 60_000, signal: cancel.signal }, (lines) => process.stdout.write(lines.map((l) => `${l.message.replace(/\s+$/, '')}\n`).join('')), (taskId) => logger.info(`task ${taskId} of ${service} started`));
        if (outcome.exitCode === undefined) {
            logger.error(`task ${outcome.taskId} of ${service} did not run: ${outcome.reason ?? 'no reason given'}`);
            return 1;
        }
        if (outcome.exitCode !== 0)
            logger.info(`task ${outcome.taskId} exited with code ${outcome.exitCode}`);
        return outcome.exitCode;
    }
    catch (err) {
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo) && !(err instanceof Error))
            throw err;
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo)
            for (const d of err.diagnostics)
                logger.error((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticBody */ .Wb)(d), d.location);
        logger.error(err.message);
        return 1;
    }
    finally {
        cancel.dispose();
    }
}


/***/ })

};

export const id = 257;
export const ids = [257];
export const modules = {

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serviceLogs: () => (/* binding */ serviceLogs)
/* harmony export */ });
const MAX_PAGES = 50;
/** Lines per service, oldest first, each as "<service> | <message>". */
async function serviceLogs(logs, request) {
    const group = `/compose-ecs/${request.stackName}`;
    const prefixes = request.services.length
        ? request.services.map((s) => `${request.project}/${s}/`)
        : [`${request.project}/`];
    const out = [];
    for (const prefix of prefixes) {
        const lines = [];
        let nextToken;
        let pages = 0;
        do {
            const page = await logs.read(group, {
                streamPrefix: prefix,
                since: request.since,
                ...(nextToken ? { nextToken } : {}),
            });
            for (const l of page.lines) {
                const service = l.stream.slice(request.project.length + 1).split('/')[0] ?? '?';
                lines.push({ at: l.timestamp.getTime(), line: `${service} | ${l.message.replace(/\s+$/, '')}` });
            }
            nextToken = page.nextToken;
            // FilterLogEvents pages through time; a bound keeps a huge group from running forever.
        } while (nextToken && ++pages < MAX_PAGES);
        out.push(...(request.tail !== undefined ? lines.slice(-request.tail) : lines));
    }
    return out.sort((a, b) => a.at - b.at).map((l) => l.line);
}


/***/ })

};

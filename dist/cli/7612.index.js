export const id = 7612;
export const ids = [7612];
export const modules = {

/***/ 9767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y3: () => (/* binding */ releasePayload),
/* harmony export */   o1: () => (/* binding */ decodeRelease),
/* harmony export */   rD: () => (/* binding */ readPayload),
/* harmony export */   tv: () => (/* binding */ templateHash)
/* harmony export */ });
/* unused harmony exports INLINE_PAYLOAD_LIMIT, compressRelease */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);


/**
 * GitHub documents no size limit for a deployment's payload; we keep the compressed record well under
 * 64 KiB so the create call never fails on size, and put larger ones where large templates already go
 * (template-bucket), under a key named by the record's hash.
 */
const INLINE_PAYLOAD_LIMIT = 60 * 1024;
function templateHash(body) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest('hex')}`;
}
function compressRelease(record) {
    return (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gzipSync)(Buffer.from(JSON.stringify(record), 'utf8'));
}
/** The payload for a record, inline when it fits; otherwise `bucket` must be given (the caller uploads). */
function releasePayload(record, bucket, limit = INLINE_PAYLOAD_LIMIT) {
    const compressed = compressRelease(record);
    const data = compressed.toString('base64');
    const summary = {
        version: 1,
        stack: record.stack,
        region: record.region,
        sha: record.sha,
        templateHash: record.templateHash,
        images: record.images,
    };
    if (data.length <= limit)
        return {
            payload: {
                'compose-ecs': { ...summary, release: { storage: 'inline', encoding: 'gzip+base64', data } },
            },
            compressed,
        };
    const reason = `the compressed release is ${data.length} bytes in base64, over the ${limit}-byte inline payload limit`;
    if (!bucket)
        throw new Error(`${reason}: set template-bucket so the release can be stored in S3`);
    // Named by the whole record, not the template: releases of the same template differ in their
    // parameters and secret versions (and a rollback records the template it restores again).
    const key = `compose-ecs/${record.stack}/releases/${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(compressed).digest('hex')}.json.gz`;
    return {
        payload: {
            'compose-ecs': { ...summary, release: { storage: 's3', encoding: 'gzip', bucket, key, reason } },
        },
        compressed,
        upload: { bucket, key, body: compressed },
    };
}
/** The payload of a deployment compose-ecs made; undefined for any other deployment. */
function readPayload(payload) {
    const parsed = typeof payload === 'string' ? safeJson(payload) : payload;
    const inner = parsed?.['compose-ecs'];
    return inner && typeof inner === 'object' && inner.version === 1 && inner.release ? inner : undefined;
}
function decodeRelease(compressed) {
    const record = JSON.parse((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.gunzipSync)(compressed).toString('utf8'));
    if (record.version !== 1 || typeof record.templateBody !== 'string' || typeof record.sha !== 'string')
        throw new Error('the release record lacks the template body or the commit sha');
    if (templateHash(record.templateBody) !== record.templateHash)
        throw new Error('the release record is damaged: its template does not match its hash');
    return record;
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 7612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ marksRolledBack),
/* harmony export */   formatReleases: () => (/* binding */ formatReleases),
/* harmony export */   gQ: () => (/* binding */ selectRelease),
/* harmony export */   go: () => (/* binding */ sha7),
/* harmony export */   recordedReleases: () => (/* binding */ recordedReleases)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9767);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9583);



/** A commit as people write it: its first seven hex digits. */
const sha7 = (sha) => sha.slice(0, 7);
/** Succeeded: `success`, or `inactive` (which GitHub only adds to a deployment that had succeeded). */
const succeeded = (r) => r.state === 'success' || r.state === 'inactive';
const rolledBackFrom = (r) => r.state === 'inactive' && (r.stateDescription ?? '').startsWith(_store_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLED_BACK */ .j);
/** The releases compose-ecs recorded, among an environment's deployments (a job's `environment:` makes others). */
function recordedReleases(releases) {
    return releases.filter((r) => (0,_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .readPayload */ .rD)(r.payload));
}
/** Whether a rollback to `restoredSha` marks `live` as rolled back from (so `previous` never picks it again). */
function marksRolledBack(live, restoredSha) {
    return succeeded(live) && !rolledBackFrom(live) && live.sha !== restoredSha;
}
/** One line per release, for errors and `compose-ecs releases`. */
function formatReleases(releases) {
    return releases
        .map((r) => `  ${r.id}  ${sha7(r.sha)}  ${(r.state ?? 'no status').padEnd(11)} ${r.createdAt}  ${r.description ?? ''}`.trimEnd())
        .join('\n');
}
/**
 * Which recorded release `rollback-to` names, among an environment's releases (newest first):
 *  - `previous`: the last successful release before the newest one (the one live now, or the one that
 *    just failed), skipping failed ones, ones a rollback went back from (their status says ROLLED_BACK)
 *    and ones of the newest one's commit (restoring them would change nothing). A good release that is
 *    merely `inactive` still counts: GitHub makes every prior successful deployment of the environment
 *    inactive whenever another one succeeds (auto_inactive, default true), which a job with
 *    `environment:` does at its end (actions/runner#1001);
 *  - a deployment id;
 *  - a commit sha (7 to 40 hex digits): its newest successful release.
 * Anything else, or nothing to restore, is an error that names what was asked and lists the last releases.
 */
function selectRelease(releases, rollbackTo, environment, 
/** Deployments `previous` passes over (ones the account does not vouch for: src/releases/trust.ts). */
skip = new Set()) {
    const ours = recordedReleases(releases);
    const live = ours[0];
    const refuse = (why) => {
        const recent = ours.slice(0, 5);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${why}${recent.length ? `\nThe last releases of environment ${environment}:\n${formatReleases(recent)}` : `\nEnvironment ${environment} has no release recorded by compose-ecs.`}`);
    };
    const to = rollbackTo.trim() || 'previous';
    if (to === 'previous') {
        if (!live)
            return refuse(`rollback-to previous: environment ${environment} has no release to roll back from`);
        const target = ours
            .slice(ours.indexOf(live) + 1)
            .find((r) => succeeded(r) && !rolledBackFrom(r) && r.sha !== live.sha && !skip.has(r.id));
        if (!target)
            return refuse(`rollback-to previous: environment ${environment} has no successful release before ${sha7(live.sha)}`);
        return { target, live };
    }
    if (/^\d+$/.test(to)) {
        const byId = ours.find((r) => String(r.id) === to);
        if (byId)
            return checked(byId);
    }
    if (/^[0-9a-f]{7,40}$/i.test(to)) {
        const bySha = ours.filter((r) => r.sha.toLowerCase().startsWith(to.toLowerCase()));
        const good = bySha.find(succeeded);
        if (good)
            return { target: good, ...(live ? { live } : {}) };
        if (bySha.length)
            return refuse(`rollback-to ${to}: the releases of ${sha7(bySha[0].sha)} in environment ${environment} did not succeed`);
    }
    return refuse(`rollback-to ${to}: no release of environment ${environment} has that deployment id or commit`);
    function checked(release) {
        if (!succeeded(release))
            refuse(`rollback-to ${to}: deployment ${release.id} (${sha7(release.sha)}) ended ${release.state ?? 'without a status'}; only a release that succeeded can be restored`);
        return { target: release, ...(live ? { live } : {}) };
    }
}


/***/ }),

/***/ 9583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ROLLED_BACK)
/* harmony export */ });
// Where releases are kept, as the release steps see it: GitHub Deployments in the action and the CLI
// (github-store.ts, loaded lazily by lazy-store.ts), a typed fake in unit tests.
/** How the status a rollback puts on the release it went back from begins (`inactive` alone is not that). */
const ROLLED_BACK = 'rolled back:';


/***/ })

};

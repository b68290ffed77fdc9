export const id = 790;
export const ids = [790];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   MT: () => (/* binding */ awsFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

function errorName(err) {
    const e = err;
    return e?.name ?? e?.code ?? '';
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
/**
 * Turns an AWS SDK failure into one clear line that says what failed and what to do next.
 * The common first-run problems (no credentials, no region, endpoint unreachable, access denied)
 * get a specific hint; anything else keeps the service's own message.
 */
function awsFailure(stage, action, err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return err;
    const name = errorName(err);
    const message = errorMessage(err);
    const code = err?.code ?? '';
    let hint = '';
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        hint =
            'no AWS credentials were found: add aws-actions/configure-aws-credentials before this step (OIDC), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY';
    }
    else if (/Region is missing/i.test(message)) {
        hint = 'no AWS region: set the aws-region input or AWS_REGION';
    }
    else if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET'].includes(code)) {
        hint = `the AWS endpoint is unreachable (${code}${process.env.AWS_ENDPOINT_URL ? ` at ${process.env.AWS_ENDPOINT_URL}` : ''})`;
    }
    else if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(name + message)) {
        hint = `access denied: the role needs the permission for this call (see the README's IAM policy)`;
    }
    const detail = hint ? `${hint} [${name || code}: ${message}]` : `${name ? `${name}: ` : ''}${message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(stage, `${action} failed: ${detail}`);
}


/***/ }),

/***/ 6817:
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

/***/ 9790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ startRelease),
/* harmony export */   githubProblem: () => (/* binding */ githubProblem),
/* harmony export */   p7: () => (/* binding */ environmentOf),
/* harmony export */   pp: () => (/* binding */ finishRelease)
/* harmony export */ });
/* unused harmony export releaseRecord */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _github_release_payload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6817);


/** The GitHub environment releases are recorded for: the input, else the stack's name. */
function environmentOf(ctx, stackName) {
    return ctx.options.release?.environment || stackName;
}
/** What a rollback needs to replay the planned release exactly (NoEcho values are never recorded). */
function releaseRecord(ctx, planned) {
    const { candidate, plan, result } = planned;
    const parameters = Object.fromEntries(Object.entries(plan.parameters).sort(([a], [b]) => (a < b ? -1 : 1)));
    const noEcho = Object.entries(candidate.template.Parameters ?? {})
        .filter(([, p]) => String(p.NoEcho) === 'true')
        .map(([name]) => name);
    for (const name of noEcho)
        delete parameters[name];
    return {
        version: 1,
        stack: candidate.stackName,
        region: result.report.region ?? '',
        environment: environmentOf(ctx, candidate.stackName),
        project: candidate.project,
        sha: candidate.sha ?? '',
        composeFiles: candidate.composeFiles,
        images: Object.fromEntries(candidate.images.map((i) => [i.service, i.uri])),
        templateHash: (0,_github_release_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .templateHash */ .tv)(candidate.body),
        templateBody: candidate.body,
        parameters,
        noEcho,
        secretVersions: candidate.secretVersions(plan.parameters),
    };
}
/**
 * Records the planned release as a GitHub deployment, in progress. Without a token, a repository or a
 * commit there is nothing to record; without the deployments permission GitHub refuses: both are a
 * warning, never a failed deploy (the stack still runs the release).
 */
async function startRelease(ctx, planned) {
    const store = ctx.deps.releases;
    const { candidate } = planned;
    if (!store || !candidate.sha) {
        ctx.logger.debug('no GitHub token, repository or commit: the release is not recorded');
        return undefined;
    }
    const record = releaseRecord(ctx, planned);
    const environment = record.environment;
    try {
        const { payload, upload } = (0,_github_release_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .releasePayload */ .Y3)(record, ctx.options.templateBucket);
        if (upload) {
            await ctx.aws.templates.put(upload.bucket, upload.key, upload.body).catch((err) => {
                throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)('deploy', `storing the release in s3://${upload.bucket}/${upload.key}`, err);
            });
            ctx.logger.info(`the release record went to s3://${upload.bucket}/${upload.key}: ${payload['compose-ecs'].release.storage === 's3' ? payload['compose-ecs'].release.reason : ''}`);
        }
        const id = await store.create({
            environment,
            sha: candidate.sha,
            description: candidate.description ?? `compose-ecs deploy of ${candidate.project} to ${candidate.stackName}`,
            transient: ctx.options.release?.transient ?? false,
            payload: payload,
        });
        await store.setState(id, 'in_progress', { ...logUrl(ctx), description: 'deploying' });
        ctx.logger.info(`release recorded as deployment ${id} of environment ${environment}`);
        planned.result.releaseId = id;
        return { id, environment };
    }
    catch (err) {
        ctx.logger.warning(`the release is not recorded: ${githubProblem(err)}`);
        return undefined;
    }
}
/** The outcome of the release on its deployment: success with the first URL, or failure with the root cause. */
async function finishRelease(ctx, planned, recorded, error) {
    if (!recorded || !ctx.deps.releases)
        return;
    const urls = Object.values(planned.result.report.deploy?.urls ?? {});
    const state = error ? 'failure' : 'success';
    const description = error
        ? (planned.result.report.deploy?.error ?? (error instanceof Error ? error.message : String(error)))
        : (planned.candidate.description ?? 'deployed');
    try {
        await ctx.deps.releases.setState(recorded.id, state, {
            ...logUrl(ctx),
            description,
            ...(urls[0] ? { environmentUrl: urls[0] } : {}),
        });
    }
    catch (err) {
        ctx.logger.warning(`could not mark deployment ${recorded.id} ${state}: ${githubProblem(err)}`);
    }
}
function logUrl(ctx) {
    return ctx.options.release?.runUrl ? { logUrl: ctx.options.release.runUrl } : {};
}
/** GitHub's refusal in words that say what to change. */
function githubProblem(err) {
    const status = err.status;
    const message = err instanceof Error ? err.message : String(err);
    if (status === 403 || status === 404)
        return `GitHub answered ${status} (${message}): the workflow needs \`permissions: deployments: write\``;
    return message;
}


/***/ })

};

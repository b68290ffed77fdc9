export const id = 9790;
export const ids = [9790,7612];
export const modules = {

/***/ 4:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ buildSupport),
/* harmony export */   ly: () => (/* binding */ buildSecretLeaks),
/* harmony export */   pp: () => (/* binding */ unsetBuildSecrets),
/* harmony export */   uf: () => (/* binding */ engineSupport)
/* harmony export */ });
/* harmony import */ var _compose_check_files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8090);
/* harmony import */ var _remote_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6680);


function builtServices(loaded) {
    return Object.values(loaded.project.services)
        .filter((s) => Boolean(s.build))
        .sort((a, b) => a.name.localeCompare(b.name));
}
function reporter(loaded, into) {
    return (path, message) => into.push({ message, path, location: loaded.sourceMap.locate(path) });
}
/** Errors and warnings for build fields no engine can apply here, located in the compose files. */
function buildSupport(loaded) {
    const errors = [];
    const warnings = [];
    const error = reporter(loaded, errors);
    const warn = reporter(loaded, warnings);
    for (const service of builtServices(loaded)) {
        const { build } = service;
        const base = ['services', service.name, 'build'];
        if ((0,_compose_check_files_js__WEBPACK_IMPORTED_MODULE_0__/* .isRemoteContext */ .u)(build.context) && !(0,_remote_context_js__WEBPACK_IMPORTED_MODULE_1__/* .gitContext */ .c)(build.context)) {
            error([...base, 'context'], 'only Git URLs (https://…/repo.git#ref:dir, git@…) are supported as remote build contexts: a tarball URL cannot be fingerprinted before the build');
        }
        (build.secrets ?? []).forEach((secret, i) => {
            const definition = loaded.project.secrets[secret.source];
            const at = [...base, 'secrets', i];
            if (!definition)
                error(at, `secret "${secret.source}" is not defined under the top-level secrets`);
            else if (!definition.file && !definition.environment)
                error(at, `secret "${secret.source}" has neither file nor environment: a build secret must come from this machine (an external secret lives in AWS and cannot reach the builder)`);
        });
        if (build.platforms.length && service.platform && !build.platforms.includes(service.platform)) {
            error([...base, 'platforms'], `build.platforms does not include the service's platform ${service.platform}: the task would run an image built for another platform`);
        }
        else if (build.platforms.length &&
            !service.platform &&
            !build.platforms.some((p) => /^linux\/(amd64|x86_64)$/.test(p))) {
            // Fargate runs X86_64 unless the task asks for ARM64 (the service's platform sets RuntimePlatform).
            error([...base, 'platforms'], `the image is built for ${build.platforms.join(', ')} only, but the task runs on linux/amd64: set the service's platform: ${build.platforms[0]}`);
        }
        if (build.tags?.some((tag) => tag.includes('@')))
            error([...base, 'tags'], 'build.tags names references, not digests: remove the @sha256:… part');
        if (build.privileged)
            warn([...base, 'privileged'], 'a privileged build runs its RUN steps with every capability of the builder host (buildx --allow security.insecure)');
    }
    return { errors, warnings };
}
/** Errors for build fields the chosen engine cannot apply: one per field, naming field and engine. */
function engineSupport(loaded, engine) {
    const errors = [];
    const error = reporter(loaded, errors);
    const can = engine.capabilities;
    const cannot = (service, field, why, detail = []) => error(['services', service, 'build', field, ...detail], `build.${field} cannot be applied by ${engine.description}: ${why}`);
    for (const service of builtServices(loaded)) {
        const { build, name } = service;
        if (build.platforms.length > 1 && !can.multiPlatform)
            cannot(name, 'platforms', 'it builds one platform at a time (use buildx with the docker-container driver)');
        if (build.additionalContexts && Object.keys(build.additionalContexts).length && !can.additionalContexts)
            cannot(name, 'additional_contexts', 'named build contexts need buildx or podman');
        (build.cacheTo ?? []).forEach((entry, i) => {
            if (can.cacheTo === 'none')
                cannot(name, 'cache_to', 'it exports no build cache (buildx with the docker-container driver does)', [
                    i,
                ]);
            else if (can.cacheTo === 'reference' && !isPlainReference(entry))
                cannot(name, 'cache_to', `it takes only a registry reference, not "${entry}"`, [i]);
        });
        (build.cacheFrom ?? []).forEach((entry, i) => {
            if (can.cacheFrom === 'reference' && !isPlainReference(entry))
                cannot(name, 'cache_from', `it takes only a registry reference, not "${entry}"`, [i]);
        });
        if (build.provenance !== undefined && !can.attestations)
            cannot(name, 'provenance', 'attestations need buildx with the docker-container driver');
        if (build.sbom !== undefined && !can.attestations)
            cannot(name, 'sbom', 'attestations need buildx with the docker-container driver');
        if (build.ulimits && Object.keys(build.ulimits).length && !can.ulimits)
            cannot(name, 'ulimits', 'its BuildKit ignores build ulimits');
        if (build.shmSize !== undefined && engine.name === 'buildkit')
            cannot(name, 'shm_size', "its BuildKit ignores the build's /dev/shm size");
        if (build.entitlements?.length && !can.entitlements)
            cannot(name, 'entitlements', 'entitlements are a buildx option');
        if (build.privileged && !can.entitlements)
            cannot(name, 'privileged', 'privileged builds need the security.insecure entitlement of buildx');
        (build.secrets ?? []).forEach((secret, i) => {
            if (!can.secretIdOk(secret.id))
                cannot(name, 'secrets', `the secret id ${JSON.stringify(secret.id)} cannot be passed (commas and newlines are not allowed)`, [i]);
        });
    }
    return errors;
}
/** `repo:tag`, `repo`, or `type=registry,ref=repo[:tag]` with nothing else. */
function isPlainReference(entry) {
    return /^type=registry,ref=[^,]+$/.test(entry) || !entry.includes('=');
}
/**
 * Build args and labels end up in the image's config and history, readable by anyone who can pull it:
 * a secret's value there is refused (use build secrets: instead), located in the compose files.
 */
function buildSecretLeaks(loaded, values) {
    const leaks = [];
    const error = reporter(loaded, leaks);
    for (const service of builtServices(loaded)) {
        for (const [field, record] of [
            ['args', service.build.args],
            ['labels', service.build.labels],
        ]) {
            for (const [key, text] of Object.entries(record)) {
                const hit = values.find((v) => text.includes(v.value));
                if (hit)
                    error(['services', service.name, 'build', field, key], `contains the value of secret ${hit.secret}, which would be stored in the image's history for anyone who can pull it; pass it with build secrets: instead`);
            }
        }
    }
    return leaks;
}
/** Environment build secrets whose variable is not set: found before anything is built. */
function unsetBuildSecrets(loaded, environment) {
    const errors = [];
    const error = reporter(loaded, errors);
    for (const service of builtServices(loaded)) {
        (service.build.secrets ?? []).forEach((secret, i) => {
            const variable = loaded.project.secrets[secret.source]?.environment;
            if (variable && environment[variable] === undefined)
                error(['services', service.name, 'build', 'secrets', i], `environment variable ${variable} of build secret ${secret.source} is not set: pass it to the step (env: ${variable}: \${{ secrets.${variable} }})`);
        });
    }
    return errors;
}


/***/ }),

/***/ 6680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ gitContext),
/* harmony export */   o: () => (/* binding */ gitCommit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7558);
// Git URLs as build contexts (`https://host/repo.git#ref:dir`, `git@host:repo.git#ref`), as the
// engines take them. The fingerprint of such a context is the commit its ref points at right now.


function gitContext(context) {
    const [url, fragment = ''] = context.split('#', 2);
    const isGit = /^(?:git:\/\/|git@|ssh:\/\/)/.test(url) || /^https?:\/\/.+\.git\/?$/.test(url);
    if (!isGit)
        return undefined;
    const [ref, subdir] = fragment.split(':', 2);
    return { url, ...(ref ? { ref } : {}), ...(subdir ? { subdir } : {}) };
}
/** The commit a Git context builds: its ref when that is a full commit id, else what the remote says. */
async function gitCommit(context) {
    if (context.ref && /^[0-9a-f]{40}$/.test(context.ref))
        return context.ref;
    const ref = context.ref ?? 'HEAD';
    const result = await (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d)('git', ['ls-remote', '--', context.url, ref]).catch((err) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`cannot run git to resolve the build context ${context.url}: ${err.message}`);
    });
    // Prefer an exact match (refs/heads/x, refs/tags/x, or HEAD); a peeled tag (^{}) names the commit itself.
    const lines = result.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t'));
    const peeled = lines.find(([, name]) => name.endsWith(`/${ref}^{}`));
    const exact = lines.find(([, name]) => name === ref || name.endsWith(`/${ref}`));
    const commit = (peeled ?? exact)?.[0];
    if (result.exitCode !== 0 || !commit)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the build context ${context.url} has no ref "${ref}"${result.stderr.trim() ? `: ${result.stderr.trim()}` : ''}`);
    return commit;
}


/***/ }),

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


/***/ }),

/***/ 7364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e4: () => (/* binding */ verifiedRecord),
/* harmony export */   g2: () => (/* binding */ vouchForRelease)
/* harmony export */ });
/* unused harmony exports releaseHash, releaseParameterName, releaseObjectPrefix */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9767);
// What a rollback trusts: the account, not GitHub. Anyone with `deployments: write` (a pull request's job
// among them: every job using GITHUB_TOKEN creates deployments as github-actions[bot]) can create a
// deployment whose payload looks like a release. So the deploy role records the hash of each release
// record where only it can write, SSM Parameter Store under /compose-ecs/STACK/releases/ (the plan
// role's policy grants nothing there), and a rollback restores a record only when its hash is recorded.
// Records too large for the payload live in template-bucket under compose-ecs/STACK/releases/, a prefix
// the plan role cannot write either; reads are confined to it. The hash is taken over the stored bytes,
// before anything is decompressed or parsed.



/** sha256 (hex) of a release record as stored: the gzip bytes of the payload or the S3 object. */
function releaseHash(compressed) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(compressed).digest('hex');
}
/** The SSM parameter whose existence vouches for a record: only the deploy role may write here. */
function releaseParameterName(stack, hash) {
    return `/compose-ecs/${stack}/releases/${hash}`;
}
/** Where large records go in template-bucket, and the only place a rollback reads them from. */
function releaseObjectPrefix(stack) {
    return `compose-ecs/${stack}/releases/`;
}
/** Records the hash of a release the deploy role is recording (PutParameter without overwrite). */
async function vouchForRelease(parameters, record, compressed) {
    const name = releaseParameterName(record.stack, releaseHash(compressed));
    try {
        await parameters.create({
            name,
            // Metadata only, for people reading the parameter: the name is what vouches.
            value: JSON.stringify({
                sha: record.sha,
                environment: record.environment,
                template: record.templateHash,
            }),
            description: `compose-ecs release of ${record.stack} (${record.sha.slice(0, 7)}) recorded by the deploy role`,
            tags: { 'compose-ecs:stack': record.stack },
        });
    }
    catch (err) {
        // The same record deployed again (same commit, template, parameters and versions): already vouched for.
        if (err.name !== 'ParameterAlreadyExists')
            throw err;
    }
    return name;
}
/**
 * The deployment's record if the account vouches for it, else why not. `stack` is the stack the rollback
 * restores (stack-name, else the payload's): the parameter is looked up under it, so a record of
 * another stack is never vouched for by this one's releases.
 */
async function verifiedRecord(deps, release, stack) {
    const stored = (0,_payload_js__WEBPACK_IMPORTED_MODULE_2__/* .readPayload */ .rD)(release.payload).release;
    let bytes;
    if (stored.storage === 'inline')
        bytes = Buffer.from(stored.data, 'base64');
    else {
        const prefix = releaseObjectPrefix(stack);
        const name = stored.key.slice(prefix.length);
        if (!stored.key.startsWith(prefix) || !/^[0-9a-f]{64}\.json\.gz$/.test(name))
            return {
                verified: false,
                why: `its record is at s3://${stored.bucket}/${stored.key}, outside ${prefix}`,
            };
        if (deps.templateBucket && stored.bucket !== deps.templateBucket)
            return {
                verified: false,
                why: `its record is in bucket ${stored.bucket}, not template-bucket ${deps.templateBucket}`,
            };
        bytes = Buffer.from(await deps.templates.get(stored.bucket, stored.key).catch((err) => {
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsFailure */ .MT)(`reading the release from s3://${stored.bucket}/${stored.key}`, err);
        }));
    }
    const parameter = releaseParameterName(stack, releaseHash(bytes));
    const found = await deps.parameters.existing([parameter]).catch((err) => {
        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsFailure */ .MT)(`SSM GetParameters ${parameter}`, err);
    });
    if (!found.has(parameter))
        return {
            verified: false,
            why: `the deploy role never recorded its hash (no SSM parameter ${parameter})`,
        };
    let record;
    try {
        record = (0,_payload_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeRelease */ .o1)(bytes);
    }
    catch (err) {
        return { verified: false, why: err.message };
    }
    if (record.stack !== stack)
        return { verified: false, why: `it is a release of stack ${record.stack}` };
    return { verified: true, record };
}


/***/ }),

/***/ 3795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   n5: () => (/* binding */ readSecret),
/* harmony export */   vb: () => (/* binding */ MIN_SECRET_LENGTH)
/* harmony export */ });
/* harmony import */ var _compose_read_bounded_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7458);
// The values of a project's `file:` and `environment:` secrets, read on the runner: the guard masks them and
// refuses fields that carry them (leaks.ts), the deploy stores file secrets in Secrets Manager.

/** Shorter values would match by accident everywhere. */
const MIN_SECRET_LENGTH = 4;
/** Largest secret file read (Secrets Manager's SecretString holds 65,536 bytes). */
const MAX_SECRET_FILE_BYTES = 1024 * 1024;
/** A `file:` or `environment:` secret's content, or undefined when there is none to read. */
async function readSecret(secret, environment) {
    // Bounded: Secrets Manager holds at most 64 KiB, and a secret file must not hold the runner hostage.
    if (secret.file) {
        const read = await (0,_compose_read_bounded_js__WEBPACK_IMPORTED_MODULE_0__/* .readBounded */ .C)(secret.file, MAX_SECRET_FILE_BYTES);
        return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
    }
    return secret.environment ? environment[secret.environment] : undefined;
}
/** The values of the project's file and environment secrets (as written and trimmed). */
async function secretValues(loaded, environment) {
    const values = [];
    for (const secret of Object.values(loaded.project.secrets)) {
        const raw = await readSecret(secret, environment);
        for (const value of new Set([raw, raw?.trim()])) {
            if (value && value.length >= MIN_SECRET_LENGTH)
                values.push({ secret: secret.name, value });
        }
    }
    return values;
}


/***/ }),

/***/ 33:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ guardSecrets),
  b: () => (/* binding */ refuseLeaks)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/images/build-support.ts
var build_support = __webpack_require__(4);
;// CONCATENATED MODULE: ./src/secrets/leaks.ts
/** Every plain service field that carries a secret's value, located in the compose files. */
function secretLeaks(loaded, values) {
    const leaks = [];
    const intoTemplate = 'would be written into the template, the change set and the pull-request comment; pass it with secrets: instead (x-aws-keys for one key of a JSON secret)';
    const check = (text, path, why = intoTemplate) => {
        const hit = values.find((v) => text?.includes(v.value));
        if (!hit)
            return;
        leaks.push({
            message: `contains the value of secret ${hit.secret}, which ${why}`,
            path,
            location: loaded.sourceMap.locate(path),
        });
    };
    for (const service of Object.values(loaded.project.services)) {
        const base = ['services', service.name];
        for (const [key, value] of Object.entries(service.environment))
            check(value, [...base, 'environment', key]);
        for (const [key, value] of Object.entries(service.labels))
            check(value, [...base, 'labels', key]);
        service.command?.forEach((arg, i) => check(arg, [...base, 'command', i]));
        service.entrypoint?.forEach((arg, i) => check(arg, [...base, 'entrypoint', i]));
        service.healthcheck?.test?.forEach((arg, i) => check(arg, [...base, 'healthcheck', 'test', i]));
        if (service.image)
            check(service.image, [...base, 'image']);
    }
    // A config is stored in plain text (an SSM String parameter) and readable by anyone who may read it.
    const intoConfig = 'a config would store in plain text in SSM Parameter Store; deliver it with secrets: instead';
    for (const config of Object.values(loaded.project.configs))
        for (const file of config.files ?? [])
            check(file.content, 
            // A config made from a bind mount is reported at the mount, the only place the user wrote it.
            (config.bindMount && [...config.bindMount]) ?? [
                'configs',
                config.name,
                config.file !== undefined ? 'file' : config.environment !== undefined ? 'environment' : 'content',
            ], intoConfig);
    return leaks;
}
/**
 * Every place in a serialized document (the template, a release record) that holds a secret's value, as
 * a path (`Resources.WebTaskDefinition.Properties.ContainerDefinitions[0].WorkingDirectory`). The field
 * checks above name the compose line; this one catches every field they do not list (working_dir, user,
 * logging options, an x-aws-cloudformation overlay, parameters), whatever the converter copies.
 */
function documentLeaks(document, values) {
    const found = [];
    const walk = (node, path) => {
        if (typeof node === 'string') {
            const hit = values.find((v) => node.includes(v.value));
            if (hit)
                found.push({ secret: hit.secret, path });
        }
        else if (Array.isArray(node))
            node.forEach((item, i) => walk(item, `${path}[${i}]`));
        else if (node && typeof node === 'object')
            for (const [key, value] of Object.entries(node)) {
                // A key can carry a value too (an overlay's resource name, a tag key).
                walk(key, path ? `${path}.${key}` : key);
                walk(value, path ? `${path}.${key}` : key);
            }
    };
    walk(document, '');
    return found;
}
/**
 * `environment:` secrets a service uses whose variable is not set: found when the project loads, so
 * the run stops before anything is built (a `file:` secret's file is checked by the loader).
 */
function unsetSecrets(loaded, environment) {
    const used = new Set(Object.values(loaded.project.services).flatMap((s) => s.secrets.map((r) => r.source)));
    return Object.values(loaded.project.secrets)
        .filter((s) => s.environment && used.has(s.name) && environment[s.environment] === undefined)
        .map((s) => ({
        message: `environment variable ${s.environment} is not set: pass it to the step (env: ${s.environment}: \${{ secrets.${s.environment} }})`,
        path: ['secrets', s.name, 'environment'],
        location: loaded.sourceMap.locate(['secrets', s.name, 'environment']),
    }));
}

// EXTERNAL MODULE: ./src/secrets/values.ts
var values = __webpack_require__(3795);
;// CONCATENATED MODULE: ./src/steps/guard-secrets.ts




/**
 * The secrets' values, masked in the log from here on; a run stops before anything is built when a secret
 * has no value (convert needs none: the template takes ARNs) or a value would reach a template or an image.
 */
async function guardSecrets(loaded, environment, needsValues, logger, template) {
    const secrets = await (0,values/* secretValues */.VX)(loaded, environment);
    for (const { value } of secrets)
        logger.mask(value);
    const unset = needsValues
        ? [...unsetSecrets(loaded, environment), ...(0,build_support/* unsetBuildSecrets */.pp)(loaded, environment)]
        : [];
    if (unset.length)
        throw new errors/* UserError */.yo(`${unset.length} secret(s) have no value`, unset);
    const leaks = secretLeaks(loaded, secrets);
    if (leaks.length)
        throw new errors/* UserError */.yo(`${leaks.length} field(s) would put a secret's value into the template`, leaks);
    refuseLeaks(template, secrets, 'template');
    const imageLeaks = (0,build_support/* buildSecretLeaks */.ly)(loaded, secrets);
    if (imageLeaks.length)
        throw new errors/* UserError */.yo(`${imageLeaks.length} build field(s) would put a secret's value into an image`, imageLeaks);
    return secrets;
}
/**
 * Refuses a document that holds a secret's value anywhere (the whole template, a release record): each
 * place is named by its path in the document, never by the value.
 */
function refuseLeaks(document, secrets, what) {
    const leaks = documentLeaks(document, secrets);
    if (leaks.length)
        throw new errors/* UserError */.yo(`${leaks.length} place(s) of the ${what} would hold a secret's value`, leaks.map((l) => ({
            message: `${l.path} contains the value of secret ${l.secret}, which would be stored in clear in the ${what} (and the change set and the release); pass it with secrets: instead`,
        })));
}


/***/ }),

/***/ 9790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I$: () => (/* binding */ startRelease),
/* harmony export */   dq: () => (/* binding */ markInactive),
/* harmony export */   du: () => (/* binding */ markRolledBack),
/* harmony export */   githubProblem: () => (/* binding */ githubProblem),
/* harmony export */   p7: () => (/* binding */ environmentOf),
/* harmony export */   pp: () => (/* binding */ finishRelease)
/* harmony export */ });
/* unused harmony exports releaseRecord, helperImages */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _releases_payload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9767);
/* harmony import */ var _releases_store_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9583);
/* harmony import */ var _releases_select_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7612);
/* harmony import */ var _releases_trust_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7364);
/* harmony import */ var _guard_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33);
/* harmony import */ var _template_configs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2577);
/* harmony import */ var _template_discovery_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4704);
/* harmony import */ var _template_secrets_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6251);









/** The GitHub environment releases are recorded for: the input, else the stack's name. */
function environmentOf(ctx, stackName) {
    return ctx.options.release?.environment || stackName;
}
/** What a rollback needs to replay the planned release exactly (NoEcho values are never recorded). */
function releaseRecord(ctx, planned) {
    const { candidate, plan } = planned;
    const parameters = Object.fromEntries(Object.entries(plan.parameters).sort(([a], [b]) => (a < b ? -1 : 1)));
    const noEcho = Object.entries(candidate.template.Parameters ?? {})
        .filter(([, p]) => String(p.NoEcho) === 'true')
        .map(([name]) => name);
    for (const name of noEcho)
        delete parameters[name];
    return {
        version: 1,
        stack: candidate.stackName,
        region: ctx.report().region ?? '',
        environment: environmentOf(ctx, candidate.stackName),
        project: candidate.project,
        sha: candidate.sha ?? '',
        composeFiles: candidate.composeFiles,
        images: Object.fromEntries(candidate.images.map((i) => [i.service, i.uri])),
        helperImages: helperImages(candidate.template),
        templateHash: (0,_releases_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .templateHash */ .tv)(candidate.body),
        templateBody: candidate.body,
        parameters,
        noEcho,
        secretVersions: candidate.secretVersions(plan.parameters),
        ...(plan.outcome.kind === 'ready' && plan.outcome.resolved
            ? { resolvedParameters: plan.outcome.resolved }
            : {}),
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
    // The record holds the template and every parameter: no secret's value may be among them.
    (0,_guard_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .refuseLeaks */ .b)(record, (ctx.report().redactions ?? []).map((value) => ({ secret: 'declared in the compose files', value })), 'release record');
    const environment = record.environment;
    try {
        const { payload, upload, compressed } = (0,_releases_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .releasePayload */ .Y3)(record, ctx.options.templateBucket);
        await vouch(ctx, record, compressed);
        if (upload) {
            await ctx.aws.templates.put(upload.bucket, upload.key, upload.body).catch((err) => {
                throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsFailure */ .MT)(`storing the release in s3://${upload.bucket}/${upload.key}`, err);
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
        await ctx.emit({ kind: 'release-recorded', id, environment });
        return { id, environment };
    }
    catch (err) {
        ctx.logger.warning(`the release is not recorded: ${githubProblem(err)}`);
        return undefined;
    }
}
/**
 * The hash of the record where only the deploy role writes (src/releases/trust.ts): without it no
 * rollback will restore this release, which the warning says; the deploy itself goes on.
 */
async function vouch(ctx, record, compressed) {
    try {
        const name = await (0,_releases_trust_js__WEBPACK_IMPORTED_MODULE_3__/* .vouchForRelease */ .g2)(ctx.aws.parameters, record, compressed);
        ctx.logger.info(`the release's hash is recorded in SSM as ${name}`);
    }
    catch (err) {
        ctx.logger.warning(`no rollback will restore this release: its hash could not be recorded in SSM under /compose-ecs/${record.stack}/releases/ (the deploy role needs ssm:PutParameter there): ${err.message}`);
    }
}
/** The outcome of the release on its deployment: success with the first URL, or failure with the root cause. */
async function finishRelease(ctx, planned, recorded, error) {
    if (!recorded || !ctx.deps.releases)
        return;
    const { deploy } = ctx.report();
    const urls = Object.values(deploy?.urls ?? {});
    const state = error ? 'failure' : 'success';
    const description = error
        ? (deploy?.error ?? (error instanceof Error ? error.message : String(error)))
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
/**
 * GitHub shows the environment as no longer deployed once its deployments are inactive. Only the ones that
 * succeeded, as GitHub's own auto_inactive does: `inactive` means "succeeded, no longer live" to a rollback
 * (src/releases/select.ts), so a failed release keeps its failure.
 */
async function markInactive(ctx, environment) {
    const store = ctx.deps.releases;
    if (!store)
        return;
    try {
        const live = (await store.list(environment, 100)).filter((x) => x.state === 'success');
        for (const r of live)
            await store.setState(r.id, 'inactive', { description: 'the stack was destroyed' });
        if (live.length)
            ctx.logger.info(`marked ${live.length} deployment(s) of ${environment} inactive`);
    }
    catch (err) {
        ctx.logger.warning(`could not mark the deployments of ${environment} inactive: ${githubProblem(err)}`);
    }
}
/**
 * After a rollback ran: a failed release keeps its failure; a good one rolled back from is marked inactive,
 * no longer a candidate for `previous`.
 */
async function markRolledBack(ctx, live, candidate) {
    if (!ctx.deps.releases || !(0,_releases_select_js__WEBPACK_IMPORTED_MODULE_2__/* .marksRolledBack */ .Ih)(live, candidate.sha ?? ''))
        return;
    await ctx.deps.releases
        .setState(live.id, 'inactive', { description: `${_releases_store_js__WEBPACK_IMPORTED_MODULE_8__/* .ROLLED_BACK */ .j} ${candidate.description ?? ''}` })
        .catch((err) => ctx.logger.warning(`could not mark deployment ${live.id} rolled back: ${githubProblem(err)}`));
}
/** GitHub's refusal in words that say what to change. */
function githubProblem(err) {
    const status = err.status;
    const message = err instanceof Error ? err.message : String(err);
    if (status === 403 || status === 404)
        return `GitHub answered ${status} (${message}): the workflow needs \`permissions: deployments: write\``;
    return message;
}
const HELPERS = new Set([_template_secrets_js__WEBPACK_IMPORTED_MODULE_7__/* .SECRETS_INIT_CONTAINER */ .tg, _template_configs_js__WEBPACK_IMPORTED_MODULE_5__/* .CONFIGS_INIT_CONTAINER */ .R7, _template_discovery_js__WEBPACK_IMPORTED_MODULE_6__/* .DNS_INIT_CONTAINER */ .Hk]);
/** The images of the init containers the converter adds (they receive secret values), by container name. */
function helperImages(template) {
    const out = {};
    for (const resource of Object.values(template.Resources ?? {})) {
        if (resource.Type !== 'AWS::ECS::TaskDefinition')
            continue;
        const containers = resource.Properties
            ?.ContainerDefinitions;
        for (const c of (containers ?? []))
            if (typeof c.Name === 'string' && HELPERS.has(c.Name) && typeof c.Image === 'string')
                out[c.Name] = c.Image;
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}


/***/ }),

/***/ 2577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R7: () => (/* binding */ CONFIGS_INIT_CONTAINER),
/* harmony export */   ak: () => (/* binding */ storedConfigPrefix),
/* harmony export */   hx: () => (/* binding */ taskConfigs),
/* harmony export */   lu: () => (/* binding */ storedConfigs),
/* harmony export */   x4: () => (/* binding */ configChunks)
/* harmony export */ });
/* unused harmony exports CHUNK_BYTES, MAX_TASK_CONFIG_BYTES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7097);
/* harmony import */ var _file_script_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1588);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6251);
/* harmony import */ var _task_definition_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9209);
// Compose configs → files written by a short-lived init container into task volumes, from SSM Parameter
// Store, before the main containers start (the way file secrets are delivered, secrets.ts).
//
// Content never enters the template. It is stored at deploy time (deploy/file-configs.ts) as standard-tier
// String parameters named after a hash of the content, because ECS reads only a parameter's latest value:
// it refuses a version selector (`name:version`) in valueFrom (https://github.com/aws/containers-roadmap/issues/859).
// A changed config is therefore a new parameter name, which changes the task definitions of exactly the
// services that use it, and only those roll; older content stays readable for a rollback (the execution
// role may read every content version of the configs its task uses, so it does not change). A standard
// parameter holds up to 4 KB (https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html),
// so larger content is split into 4 KB chunks that the init container concatenates (docs/mapping.md).






const CONFIGS_INIT_CONTAINER = 'compose-configs-init';
const INIT_CONTAINER = CONFIGS_INIT_CONTAINER;
/** Bytes per stored parameter: the standard tier's value limit. */
const CHUNK_BYTES = 4096;
/**
 * Config bytes per task: every chunk reaches the init container as an environment variable, and Linux
 * bounds a process's environment (with its arguments) to a quarter of its stack limit, 2 MiB by default.
 */
const MAX_TASK_CONFIG_BYTES = 256 * 1024;
/** Compose's default mode for a config file. */
const DEFAULT_MODE = 0o444;
/** The parameter name prefix of a stack's stored configs (a leading slash: a hierarchy). */
function storedConfigPrefix(stackName) {
    return `/compose-ecs/${stackName}/`;
}
/** Where every content version of a config is stored, below the stack's prefix: `configs/<name>`. */
function configDirectory(def) {
    return `configs/${def.name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}
/** The parameters a config's content is stored in, by file: `configs/<name>/<content hash>/<file>.<chunk>`. */
function configChunks(def) {
    const files = def.files ?? [];
    const base = `${configDirectory(def)}/${contentHash(files)}`;
    return files.map((file, f) => ({
        file,
        chunks: splitUtf8(file.content, CHUNK_BYTES).map((value, c) => ({ name: `${base}/${f}.${c}`, value })),
    }));
}
/** The configs services use that the pipeline stores (not external ones). */
function storedConfigs(project) {
    const used = new Set(Object.values(project.services).flatMap((s) => s.configs.map((r) => r.source)));
    return Object.values(project.configs)
        .filter((d) => used.has(d.name) && !d.external && d.files !== undefined)
        .sort((a, b) => (a.name < b.name ? -1 : 1));
}
function contentHash(files) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
}
/** Splits text into pieces of at most `max` UTF-8 bytes, never inside a character. */
function splitUtf8(text, max) {
    const out = [];
    let piece = '';
    let bytes = 0;
    for (const ch of text) {
        const n = Buffer.byteLength(ch);
        if (bytes + n > max) {
            out.push(piece);
            piece = '';
            bytes = 0;
        }
        piece += ch;
        bytes += n;
    }
    if (piece)
        out.push(piece);
    return out;
}
const parameterArn = (name) => (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .sub */ .jb)(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${name.replace(/^\//, '')}`);
function taskConfigs(ctx, task) {
    const out = { containers: new Map(), initContainers: [], volumes: [], parameterArns: [] };
    const initSecrets = [];
    const variableOf = new Map();
    const variable = (valueFrom) => {
        const key = JSON.stringify(valueFrom);
        let name = variableOf.get(key);
        if (name === undefined) {
            name = `C${initSecrets.length}`;
            variableOf.set(key, name);
            initSecrets.push({ Name: name, ValueFrom: valueFrom });
        }
        return name;
    };
    const script = ['set -e'];
    const initMounts = [];
    let taskBytes = 0;
    for (const c of task.containers) {
        const deliveries = [];
        c.configs.forEach((r, i) => {
            const path = ['services', c.name, 'configs', i];
            const def = ctx.project.configs[r.source];
            if (!def)
                return void ctx.error(path, `config ${r.source} is not defined in the top-level configs`);
            (0,_file_script_js__WEBPACK_IMPORTED_MODULE_3__/* .checkOwnerIds */ .em)(ctx, path, r);
            const target = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.resolve('/', r.target ?? `/${r.source}`);
            if (def.external) {
                const parameter = def.aws?.parameter ?? def.externalName ?? def.name;
                // SSM parameter names use these characters only; anything else (a `${`) must not reach Fn::Sub.
                if (!parameter.startsWith('arn:') && !/^[A-Za-z0-9_.\-/]+$/.test(parameter))
                    return void ctx.error(['configs', r.source], `config ${r.source}: ${JSON.stringify(parameter)} is not an SSM parameter name (letters, digits, _ . - /) or ARN`);
                const valueFrom = parameter.startsWith('arn:') ? parameter : parameterArn(parameter);
                out.parameterArns.push(valueFrom);
                deliveries.push({ target, valueFrom: [valueFrom], ref: r, dir: node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(target), single: true });
                return;
            }
            if (!def.files)
                return void ctx.error(['configs', r.source], `config ${r.source} has no content: it was not read`);
            const directory = def.files.some((f) => f.path !== '');
            const stored = configChunks(def);
            // One grant per config, over its content versions: the role of a release must not change with the
            // content, or a task of the previous release (started by the circuit breaker's rollback, or replacing
            // one that died mid-deploy) is refused its parameters, and the new tasks race IAM's propagation.
            if (stored.some((x) => x.chunks.length > 0))
                out.parameterArns.push(parameterArn(`compose-ecs/\${AWS::StackName}/${configDirectory(def)}/*`));
            for (const { file, chunks } of stored) {
                taskBytes += Buffer.byteLength(file.content);
                deliveries.push({
                    target: directory ? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(target, file.path) : target,
                    valueFrom: chunks.map((k) => parameterArn(`compose-ecs/\${AWS::StackName}/${k.name}`)),
                    ref: r,
                    dir: directory ? target : node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(target),
                    single: !directory,
                });
            }
        });
        if (deliveries.length === 0)
            continue;
        const roots = mountRoots(ctx, c.name, deliveries);
        const mountPoints = [];
        roots.forEach((root, k) => {
            const volume = `${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_5__/* .containerName */ .xN)(c.name)}-configs${roots.length > 1 ? `-${k + 1}` : ''}`;
            out.volumes.push({ Name: volume });
            mountPoints.push({ ContainerPath: root, ReadOnly: true, SourceVolume: volume });
            initMounts.push({ ContainerPath: `/compose-configs/${volume}`, ReadOnly: false, SourceVolume: volume });
            for (const d of deliveries.filter((x) => within(root, x.target))) {
                const dest = node_path__WEBPACK_IMPORTED_MODULE_1__.posix.join(`/compose-configs/${volume}`, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.relative(root, d.target));
                script.push(...(0,_file_script_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileLines */ .Ht)(dest, d.valueFrom.map(variable), d.ref, DEFAULT_MODE));
            }
        });
        out.containers.set(c.name, {
            MountPoints: mountPoints,
            DependsOn: [{ Condition: 'SUCCESS', ContainerName: INIT_CONTAINER }],
        });
    }
    if (taskBytes > MAX_TASK_CONFIG_BYTES)
        ctx.error(['services', task.name, 'configs'], `the configs of task ${task.name} hold ${taskBytes} bytes, more than the ${MAX_TASK_CONFIG_BYTES} a task's init container can carry`);
    if (initSecrets.length > 0 || script.length > 1)
        out.initContainers.push((0,_file_script_js__WEBPACK_IMPORTED_MODULE_3__/* .initContainer */ .qx)(ctx, task, INIT_CONTAINER, script, initMounts, initSecrets));
    return out;
}
const within = (root, path) => path === root || path.startsWith(root === '/' ? '/' : `${root}/`);
/**
 * The directories to mount: ECS mounts a volume on a directory, never on a single file, so a file
 * config's directory is mounted (hiding what the image has there, which the user hears about) and a
 * directory config's target is. A directory inside another one shares its volume.
 */
function mountRoots(ctx, service, deliveries) {
    const path = ['services', service, 'configs'];
    const seen = new Set();
    for (const d of deliveries) {
        if (seen.has(d.target))
            ctx.error(path, `two configs would both be written at ${d.target}`);
        seen.add(d.target);
    }
    const dirs = [...new Set(deliveries.map((d) => d.dir))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const roots = [];
    for (const dir of dirs)
        if (!roots.some((r) => within(r, dir)))
            roots.push(dir);
    const own = ctx.project.services[service];
    const volumeTargets = own.volumes.map((v) => v.target);
    for (const root of roots) {
        if (root === '/') {
            const file = deliveries.find((d) => node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(d.target) === '/')?.target ?? '/';
            ctx.error(path, `a config at ${file} would need a volume mounted on /: ECS mounts volumes on directories only, so give it a target in a directory of its own (e.g. /etc/app${file})`);
            continue;
        }
        if (own.secrets.length > 0 && (within(root, _secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .SECRETS_ROOT */ .Z7) || within(_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .SECRETS_ROOT */ .Z7, root)))
            ctx.error(path, `configs mounted on ${root} would collide with the secrets volume on ${_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .SECRETS_ROOT */ .Z7}`);
        if (volumeTargets.includes(root))
            ctx.error(path, `configs mounted on ${root} would collide with the volume mounted there`);
        // A directory config on its own target hides the image's directory just as compose's bind mount does.
        if (deliveries.some((d) => within(root, d.target) && (d.single || d.dir !== root)))
            ctx.warn(path, `the configs of ${service} are delivered on a volume mounted on ${root}: ECS cannot mount a single file, so whatever the image has in ${root} is hidden`);
    }
    return roots.filter((r) => r !== '/');
}


/***/ }),

/***/ 4704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ addDiscovery),
/* harmony export */   Hk: () => (/* binding */ DNS_INIT_CONTAINER),
/* harmony export */   X2: () => (/* binding */ dnsSearchContainer),
/* harmony export */   rm: () => (/* binding */ serviceRegistries),
/* harmony export */   ui: () => (/* binding */ taskNames)
/* harmony export */ });
/* unused harmony exports NAMESPACE_ID, NAMESPACE_DOMAIN */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7097);
/* harmony import */ var _network_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7272);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1427);



const NAMESPACE_ID = 'DnsNamespace';
const DNS_INIT_CONTAINER = 'compose-dns-search';
/** The namespace's domain; one per stack, so two stacks (preview environments) in one VPC never collide. */
const NAMESPACE_DOMAIN = '${AWS::StackName}.compose.internal';
/** Records are short-lived so a replaced task's address is forgotten quickly. */
const TTL = 10;
/**
 * One DNS label of at most 63 characters: letters, digits, '-' and '_'. Cloud Map takes '_' in service
 * names (CreateService: SRV names start with one) and Route 53 stores it in record names; compose
 * resolves `my_worker` (Docker's embedded DNS answers any container name), and glibc's and musl's
 * resolvers look such names up, so a service named with '_' is registered like any other.
 */
const DNS_LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;
/** Every name a task answers to: the main service's name first, then sidecars, aliases and link aliases. */
function taskNames(ctx, task) {
    const names = new Set();
    for (const c of task.containers) {
        names.add(c.name.toLowerCase());
        for (const n of Object.values(c.networks))
            for (const a of n.aliases)
                names.add(a.toLowerCase());
    }
    const aliases = linkAliases(ctx.project);
    for (const c of task.containers)
        for (const alias of aliases.get(c.name) ?? [])
            names.add(alias);
    return [...names];
}
/** Per project, the link aliases (lowercase) every service is known by, built once: not a scan per task. */
const aliasesByProject = new WeakMap();
function linkAliases(project) {
    let aliases = aliasesByProject.get(project);
    if (!aliases) {
        aliases = new Map();
        for (const s of Object.values(project.services))
            for (const l of s.links)
                aliases.set(l.service, [...(aliases.get(l.service) ?? []), l.alias.toLowerCase()]);
        aliasesByProject.set(project, aliases);
    }
    return aliases;
}
/** Adds the namespace, a Cloud Map service per task and a CNAME per other name; undefined when discovery is off. */
function addDiscovery(ctx, tasks) {
    if (!ctx.options.serviceDiscovery || tasks.length === 0)
        return undefined;
    ctx.add(NAMESPACE_ID, {
        Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
        Properties: {
            Description: 'compose service names (the project is in the tags)',
            Name: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(NAMESPACE_DOMAIN),
            Vpc: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(_network_js__WEBPACK_IMPORTED_MODULE_1__/* .VPC_PARAM */ .Yg),
        },
    });
    const registries = new Map();
    const owner = new Map();
    for (const task of tasks) {
        const names = taskNames(ctx, task).filter((name) => {
            if (DNS_LABEL.test(name))
                return true;
            ctx.warn(['services', task.name], `${name} is not a DNS label (letters, digits, '-', '_', at most 63); other services cannot reach ${task.name} by that name`);
            return false;
        });
        for (const name of names) {
            const other = owner.get(name);
            if (other !== undefined && other !== task.name)
                ctx.error(['services', task.name], `the name ${name} would mean both ${other} and ${task.name}; one namespace holds each name once`);
            owner.set(name, task.name);
        }
        const [main, ...others] = names;
        if (main === undefined || main !== task.name.toLowerCase())
            continue;
        const registry = `${task.id}Discovery`;
        ctx.add(registry, {
            Type: 'AWS::ServiceDiscovery::Service',
            Properties: {
                Description: `${task.name}: the addresses of its running tasks`,
                DnsConfig: { DnsRecords: [{ TTL, Type: 'A' }], RoutingPolicy: 'MULTIVALUE' },
                // ECS reports task health to Cloud Map: only healthy tasks are answered.
                HealthCheckCustomConfig: { FailureThreshold: 1 },
                Name: main,
                NamespaceId: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(NAMESPACE_ID),
            },
        }, task.name);
        registries.set(task.name, registry);
        others.sort().forEach((alias) => addAlias(ctx, task, alias, main));
    }
    return { registries };
}
/** Another name of a task: a Cloud Map service with one CNAME instance pointing at the task's own name. */
function addAlias(ctx, task, alias, target) {
    const id = `${task.id}${aliasId(alias)}Alias`;
    ctx.add(id, {
        Type: 'AWS::ServiceDiscovery::Service',
        Properties: {
            Description: `${alias}: another name of ${task.name}`,
            DnsConfig: { DnsRecords: [{ TTL, Type: 'CNAME' }], RoutingPolicy: 'WEIGHTED' },
            Name: alias,
            NamespaceId: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(NAMESPACE_ID),
        },
    }, task.name);
    ctx.add(`${id}Record`, {
        Type: 'AWS::ServiceDiscovery::Instance',
        Properties: {
            InstanceAttributes: { AWS_INSTANCE_CNAME: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(`${target}.${NAMESPACE_DOMAIN}`) },
            InstanceId: alias,
            ServiceId: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(id),
        },
    }, task.name);
}
function aliasId(alias) {
    return alias
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/**
 * The ECS service's ServiceRegistries. The ARN is built from the Cloud Map service's id (its Ref) rather
 * than GetAtt …Arn: moto cannot create Cloud Map resources and refuses a GetAtt on them, and the two
 * give the same ARN on AWS (arn:aws:servicediscovery:<region>:<account>:service/<id>).
 */
function serviceRegistries(plan, task) {
    const registry = plan.registries.get(task.name);
    if (registry === undefined)
        return [];
    return [
        {
            RegistryArn: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(`arn:\${AWS::Partition}:servicediscovery:\${AWS::Region}:\${AWS::AccountId}:service/\${${registry}}`),
        },
    ];
}
/**
 * The init container that puts the namespace first on the task's DNS search list. Fargate does not take
 * dnsSearchDomains (awsvpc), so it rewrites /etc/resolv.conf, which the containers of a Fargate task
 * share, before they start — as Docker's ECS integration did with its ecs-searchdomain-sidecar. The
 * VPC's own search domains stay after it. One `search` line only: resolvers use the last one.
 */
function dnsSearchContainer(ctx, main) {
    const script = [
        'f=/etc/resolv.conf',
        `d='${NAMESPACE_DOMAIN}'`,
        "s=$(sed -n 's/^search[[:space:]]*//p' $f | tr '\\n' ' ')",
        "o=$(grep -v '^search' $f)",
        'printf "search %s %s\\n%s\\n" "$d" "$s" "$o" > $f',
    ].join('\n');
    return {
        Command: [(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(script)],
        EntryPoint: ['sh', '-c'],
        Essential: false,
        Image: ctx.options.secretsInitImage,
        LogConfiguration: (0,_logs_js__WEBPACK_IMPORTED_MODULE_2__/* .logConfiguration */ .nh)(ctx, { ...main, logging: undefined }).config,
        Name: DNS_INIT_CONTAINER,
    };
}


/***/ }),

/***/ 1588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ writeFileLines),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   em: () => (/* binding */ checkOwnerIds),
/* harmony export */   qx: () => (/* binding */ initContainer)
/* harmony export */ });
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1427);

const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Refuses a uid or gid that is not a number: the init container runs chown without a passwd file. */
function checkOwnerIds(ctx, path, r) {
    for (const key of ['uid', 'gid']) {
        const id = r[key];
        if (id !== undefined && !/^[0-9]+$/.test(id))
            ctx.error([...path, key], `${key} must be a numeric id (decimal digits), not ${JSON.stringify(id)}`);
    }
}
/** Writes the values of the given environment variables, one after the other, into `dest`, then sets mode and owner. */
function writeFileLines(dest, variables, r, defaultMode) {
    const lines = [`mkdir -p "$(dirname ${shellQuote(dest)})"`];
    // printf repeats its format for each argument: the chunks are concatenated exactly, without a newline.
    lines.push(variables.length > 0
        ? `printf '%s' ${variables.map((v) => `"$${v}"`).join(' ')} > ${shellQuote(dest)}`
        : `: > ${shellQuote(dest)}`);
    const mode = (r.mode ?? defaultMode).toString(8).padStart(4, '0');
    lines.push(`chmod ${shellQuote(mode)} ${shellQuote(dest)}`);
    if (r.uid !== undefined || r.gid !== undefined)
        lines.push(`chown ${shellQuote(`${r.uid ?? '0'}:${r.gid ?? '0'}`)} ${shellQuote(dest)}`);
    return lines;
}
/**
 * A non-essential init container that runs `script` (image `secretsInitImage`) with the given mounts and
 * injected values; it logs like its task's main container, without user logging overrides.
 */
function initContainer(ctx, task, name, script, mounts, secrets) {
    return {
        Name: name,
        Image: ctx.options.secretsInitImage,
        Essential: false,
        EntryPoint: ['sh', '-c'],
        Command: [script.join('\n')],
        LogConfiguration: (0,_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .logConfiguration */ .nh)(ctx, { ...task.main, logging: undefined }).config,
        MountPoints: mounts,
        ...(secrets.length > 0 ? { Secrets: secrets } : {}),
    };
}


/***/ }),

/***/ 7272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ addNetworks),
/* harmony export */   X6: () => (/* binding */ addLoadBalancerSubnetsParameter),
/* harmony export */   Yg: () => (/* binding */ VPC_PARAM),
/* harmony export */   hN: () => (/* binding */ SUBNETS_PARAM),
/* harmony export */   kg: () => (/* binding */ addNetworkParameters),
/* harmony export */   ms: () => (/* binding */ LB_SUBNETS_PARAM)
/* harmony export */ });
/* unused harmony export networkId */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7097);
/* harmony import */ var _compose_aws_extensions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9263);


const VPC_PARAM = 'VpcId';
const SUBNETS_PARAM = 'SubnetIds';
const LB_SUBNETS_PARAM = 'LoadBalancerSubnetIds';
/**
 * Subnets of an internet-facing load balancer: public ones (a route to an internet gateway), in at least
 * two availability zones, whatever subnets the tasks run in — with private-subnets the tasks' subnets
 * cannot take it. The plan stage fills it from the public-subnet-ids input or looks the VPC's public
 * subnets up (the tasks' own subnets when they are public already).
 */
function addLoadBalancerSubnetsParameter(ctx) {
    ctx.template.Parameters[LB_SUBNETS_PARAM] = {
        Type: 'List<AWS::EC2::Subnet::Id>',
        Description: 'Public subnets of the VPC for the internet-facing load balancer, one per availability zone',
    };
    return {
        name: LB_SUBNETS_PARAM,
        kind: 'load-balancer-subnets',
        description: 'public subnets of that VPC for the internet-facing load balancer, in at least two availability zones',
        public: true,
        minCount: 2,
    };
}
function addNetworkParameters(ctx) {
    const vpc = ctx.project.aws?.vpc;
    const vpcId = vpc?.startsWith('arn:') ? vpc.split('/').pop() : vpc; // arn:aws:ec2:region:account:vpc/vpc-123
    ctx.template.Parameters[VPC_PARAM] = { Type: 'AWS::EC2::VPC::Id', Description: 'VPC the services run in' };
    ctx.template.Parameters[SUBNETS_PARAM] = {
        Type: 'List<AWS::EC2::Subnet::Id>',
        Description: `${ctx.options.assignPublicIp ? 'Public' : 'Private'} subnets of the VPC, one per availability zone`,
    };
    return [
        {
            name: VPC_PARAM,
            kind: 'vpc',
            description: vpcId ? `the VPC named by ${_compose_aws_extensions_js__WEBPACK_IMPORTED_MODULE_1__.X.vpc}` : "the account's default VPC",
            ...(vpcId ? { value: vpcId } : {}),
        },
        {
            name: SUBNETS_PARAM,
            kind: 'subnets',
            description: `${ctx.options.assignPublicIp ? 'public' : 'private'} subnets of that VPC, each in a different availability zone`,
            public: ctx.options.assignPublicIp,
            ...(usesEfs(ctx) ? { minCount: ctx.options.efsSubnetCount } : {}),
        },
    ];
}
function usesEfs(ctx) {
    return Object.values(ctx.project.services).some((s) => s.volumes.some((v) => v.type === 'volume' && v.source));
}
function networkId(ctx, name) {
    return `${ctx.ids.network.get(name)}Network`;
}
/** Adds a security group per (non-external) network; returns network name → group id value. */
function addNetworks(ctx) {
    const groups = new Map();
    for (const name of (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .networkNames */ .Di)(ctx.project)) {
        const net = ctx.project.networks[name];
        const path = ['networks', name];
        // x-aws-securitygroup (deprecated; the loader says so).
        const legacy = net?.aws?.securityGroup;
        if (legacy !== undefined) {
            groups.set(name, legacy);
            continue;
        }
        if (net?.external) {
            const sg = net.externalName ?? net.name;
            if (!/^sg-[0-9a-f]+$/.test(sg))
                ctx.error([...path, 'name'], `external network ${name} must name an existing security group id (sg-...), got ${sg}`);
            groups.set(name, sg);
            continue;
        }
        if (net?.driver && !['bridge', 'overlay'].includes(net.driver))
            ctx.warn([...path, 'driver'], `network driver ${net.driver} is ignored: networks become security groups`);
        if (net?.internal)
            ctx.warn([...path, 'internal'], 'internal networks are not cut off from the internet here (tasks need egress to pull images and write logs)');
        const id = networkId(ctx, name);
        ctx.add(id, {
            Type: 'AWS::EC2::SecurityGroup',
            Properties: {
                // Without the project: GroupDescription is create-only, and a renamed project would replace the
                // group and roll every service. The project is in the group's tags.
                GroupDescription: `compose-ecs network ${name}`,
                VpcId: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(VPC_PARAM),
            },
        });
        // Members talk to each other on any port, as on a compose network.
        ctx.add(`${id}Ingress`, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                Description: `Allow communication within network ${name}`,
                GroupId: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(id),
                IpProtocol: '-1',
                SourceSecurityGroupId: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(id),
            },
        });
        groups.set(name, (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(id));
    }
    return groups;
}


/***/ }),

/***/ 6251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ planSecrets),
/* harmony export */   Z7: () => (/* binding */ SECRETS_ROOT),
/* harmony export */   tg: () => (/* binding */ SECRETS_INIT_CONTAINER),
/* harmony export */   vX: () => (/* binding */ taskSecrets)
/* harmony export */ });
/* unused harmony exports secretParameterName, secretVersionParameterName */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7097);
/* harmony import */ var _compose_aws_extensions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9263);
/* harmony import */ var _file_script_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1588);
/* harmony import */ var _task_definition_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9209);




const SECRETS_ROOT = '/run/secrets';
const SECRETS_INIT_CONTAINER = 'compose-secrets-init';
const INIT_CONTAINER = SECRETS_INIT_CONTAINER;
/** Template parameter for a file (or environment) secret the pipeline stores at deploy time. */
function secretParameterName(ctx, secret) {
    return `${ctx.ids.secret.get(secret)}SecretArn`;
}
/** Template parameter for the version id of that stored secret, which the task definition pins. */
function secretVersionParameterName(ctx, secret) {
    return `${ctx.ids.secret.get(secret)}SecretVersion`;
}
/** Resolves every secret a service uses; adds a parameter per file/environment secret. */
function planSecrets(ctx) {
    const used = new Set(Object.values(ctx.project.services).flatMap((s) => s.secrets.map((r) => r.source)));
    const sources = new Map();
    const parameters = [];
    for (const name of Object.keys(ctx.project.secrets).sort()) {
        const def = ctx.project.secrets[name];
        const path = ['secrets', name];
        const keys = def.aws?.keys ?? [];
        const arn = def.aws?.secretArn ?? (def.external ? (def.externalName ?? def.name) : undefined);
        if (!used.has(name))
            continue;
        let source;
        if (arn?.startsWith('arn:')) {
            const store = arn.split(':')[2];
            if (store !== 'secretsmanager' && store !== 'ssm')
                ctx.error(path, `secret ${name}: ${arn} is neither a Secrets Manager secret nor an SSM parameter`);
            else
                source = {
                    valueFrom: arn,
                    iamArn: store === 'secretsmanager' ? secretIamArn(arn) : arn,
                    store,
                    keys,
                };
        }
        else if (arn !== undefined) {
            // A bare name is an SSM parameter in the stack's account and region (ECS accepts its name).
            const param = arn.replace(/^\//, '');
            source = {
                valueFrom: arn,
                iamArn: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${param}`),
                store: 'ssm',
                keys,
            };
        }
        else if (def.file !== undefined || def.environment !== undefined) {
            const param = secretParameterName(ctx, name);
            ctx.template.Parameters[param] = {
                Type: 'String',
                Description: `ARN of the Secrets Manager secret holding compose secret ${name}`,
            };
            // The version id goes into valueFrom so that new content changes the task definition and ECS
            // rolls the service; with the bare ARN, running tasks would keep the old value indefinitely.
            const versionParam = secretVersionParameterName(ctx, name);
            ctx.template.Parameters[versionParam] = {
                Type: 'String',
                Description: `Version id of the Secrets Manager secret holding compose secret ${name} (pinned by the tasks)`,
            };
            const what = def.file !== undefined ? `file ${def.file}` : `environment variable ${def.environment}`;
            parameters.push({
                name: param,
                kind: 'file-secret',
                secret: name,
                description: `store the content of ${what} in Secrets Manager and pass its ARN`,
            }, {
                name: versionParam,
                kind: 'file-secret-version',
                secret: name,
                description: `pass the Secrets Manager version id under which the content of ${what} is stored`,
            });
            // IAM grants on the bare ARN (a version is not a resource); only valueFrom carries the version.
            source = {
                valueFrom: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(param),
                versionId: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(versionParam),
                iamArn: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(param),
                store: 'secretsmanager',
                keys,
            };
        }
        else {
            ctx.error(path, `secret ${name} needs a source: file, environment, external: true (a Secrets Manager ARN or SSM parameter name) or ${_compose_aws_extensions_js__WEBPACK_IMPORTED_MODULE_1__.X.secretArn}`);
        }
        if (source && keys.length > 0 && source.store !== 'secretsmanager') {
            ctx.error([...path, _compose_aws_extensions_js__WEBPACK_IMPORTED_MODULE_1__.X.keys], `${_compose_aws_extensions_js__WEBPACK_IMPORTED_MODULE_1__.X.keys} selects JSON keys of a Secrets Manager secret; ${name} is an SSM parameter`);
            source = undefined;
        }
        if (source)
            sources.set(name, source);
    }
    return { sources, parameters };
}
/** A complete Secrets Manager ARN ends in "-" and six random characters; grant on a partial one with the wildcard IAM expects. */
function secretIamArn(arn) {
    // arn:aws:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<stage>:<version>]
    const base = arn.split(':').slice(0, 7).join(':');
    return /-[A-Za-z0-9]{6}$/.test(base) ? base : `${base}-??????`;
}
const envName = (s) => s.replace(/[^A-Za-z0-9_]/g, '_');
function taskSecrets(ctx, task, sources) {
    const out = {
        containers: new Map(),
        initContainers: [],
        volumes: [],
        secretArns: [],
        parameterArns: [],
    };
    const initSecrets = [];
    const script = ['set -e'];
    const initMounts = [];
    for (const c of task.containers) {
        const creds = c.aws?.pullCredentials;
        const extra = {};
        if (creds !== undefined) {
            extra.RepositoryCredentials = { CredentialsParameter: creds };
            out.secretArns.push(creds.startsWith('arn:') ? secretIamArn(creds) : creds);
        }
        const env = [];
        const volume = `${(0,_task_definition_js__WEBPACK_IMPORTED_MODULE_3__/* .containerName */ .xN)(c.name)}-secrets`;
        const files = [];
        c.secrets.forEach((r, i) => {
            const path = ['services', c.name, 'secrets', i];
            const source = sources.get(r.source);
            if (!source) {
                if (!ctx.project.secrets[r.source])
                    ctx.error(path, `secret ${r.source} is not defined in the top-level secrets`);
                return;
            }
            (source.store === 'secretsmanager' ? out.secretArns : out.parameterArns).push(source.iamArn);
            const target = r.target ?? r.source;
            const file = target.startsWith('/') ? target : `${SECRETS_ROOT}/${target}`;
            if (!file.startsWith(`${SECRETS_ROOT}/`)) {
                ctx.error([...path, 'target'], `secret files can be written under ${SECRETS_ROOT} only, not ${file}`);
                return;
            }
            (0,_file_script_js__WEBPACK_IMPORTED_MODULE_2__/* .checkOwnerIds */ .em)(ctx, path, r);
            const rel = file.slice(SECRETS_ROOT.length + 1);
            const variable = envName(target.startsWith('/') ? r.source : target);
            const items = source.keys.length > 0
                ? source.keys.map((k) => ({ key: k, name: `${variable}_${envName(k)}`, rel: `${rel}/${k}` }))
                : [{ key: '', name: variable, rel }];
            for (const item of items) {
                const valueFrom = secretValueFrom(source, item.key);
                env.push({ Name: item.name, ValueFrom: valueFrom });
                const initVar = `S${initSecrets.length}`;
                initSecrets.push({ Name: initVar, ValueFrom: valueFrom });
                const dest = `/compose-secrets/${volume}/${item.rel}`;
                files.push(item.rel);
                script.push(...(0,_file_script_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileLines */ .Ht)(dest, [initVar], r, 0o444));
            }
        });
        if (env.length > 0) {
            extra.Secrets = env;
            extra.MountPoints = [{ ContainerPath: SECRETS_ROOT, ReadOnly: true, SourceVolume: volume }];
            extra.DependsOn = [{ Condition: 'SUCCESS', ContainerName: INIT_CONTAINER }];
            out.volumes.push({ Name: volume });
            initMounts.push({ ContainerPath: `/compose-secrets/${volume}`, ReadOnly: false, SourceVolume: volume });
        }
        if (Object.keys(extra).length > 0)
            out.containers.set(c.name, extra);
    }
    if (initSecrets.length > 0)
        out.initContainers.push((0,_file_script_js__WEBPACK_IMPORTED_MODULE_2__/* .initContainer */ .qx)(ctx, task, INIT_CONTAINER, script, initMounts, initSecrets));
    return out;
}
/**
 * valueFrom of a secret, or of one JSON key of a Secrets Manager secret:
 * <arn>:<json-key>:<version-stage>:<version-id> — `<arn>:<key>::` for a key, and with a pinned
 * version `<arn>:::<version-id>` (whole secret) or `<arn>:<key>::<version-id>`.
 */
function secretValueFrom(source, key) {
    if (source.versionId === undefined) {
        if (!key)
            return source.valueFrom;
        return typeof source.valueFrom === 'string'
            ? `${source.valueFrom}:${key}::`
            : (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)('', [source.valueFrom, `:${key}::`]);
    }
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)('', [source.valueFrom, `:${key}::`, source.versionId]);
}


/***/ })

};

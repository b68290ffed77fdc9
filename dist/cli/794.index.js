export const id = 794;
export const ids = [794,911];
export const modules = {

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

/***/ 5186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ ROLLED_BACK),
  githubReleases: () => (/* binding */ githubReleases)
});

// UNUSED EXPORTS: statusDescription

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/github/pr-comment.ts


/** GITHUB_TOKEN's comments are written as this bot, on GitHub.com and GitHub Enterprise Server alike. */
const ACTIONS_BOT = 'github-actions[bot]';
/** Octokit for the REST API at GITHUB_API_URL (GitHub Enterprise, or a local stand-in), read when called. */
function octokitFor(token, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com') {
    return (0,github/* getOctokit */.Q)(token, { baseUrl });
}
/**
 * The GitHub REST edge.
 * A refused write (403 on a pull request from a fork, whose token is read-only) is a warning, not a
 * failed deploy: the job summary still carries the same report.
 */
function createCommenter(token, target, logger) {
    const octokit = octokitFor(token);
    let commentId;
    let found;
    /** Looks the comment up once: its id for later edits, and the body it had before this run. */
    const find = (marker) => (found ??= octokit
        .paginate(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    })
        .then(async (comments) => {
        const comment = await ownComment(comments.filter((c) => c.body?.includes(marker)));
        commentId ??= comment?.id;
        return comment?.body ?? undefined;
    })
        .catch((err) => {
        found = undefined;
        throw err;
    }));
    /**
     * The comment among those carrying the marker that this token wrote. Anyone can paste the marker (and a
     * plan's fingerprint) into a comment of their own, and other apps' bots may quote it; such a comment must
     * be neither edited nor read as the plan reviewed. Trusted: the token's own identity's comments, and
     * github-actions[bot]'s (GITHUB_TOKEN's, which only this repository's workflows write as, so a plan
     * posted with it is found by a deploy that uses another token). Who the token is (a person, or an app's
     * `<slug>[bot]`) is asked only when some other author carries the marker: GraphQL's viewer, which answers
     * installation tokens too (GET /user refuses them), else GET /user.
     */
    const ownComment = async (carriers) => {
        const byActions = (c) => c.user?.type === 'Bot' && c.user.login === ACTIONS_BOT;
        const actions = carriers.find(byActions);
        if (carriers.every(byActions))
            return actions;
        const me = await tokenLogin();
        const isMe = (c) => me !== undefined && (c.user?.login === me || (c.user?.type === 'Bot' && c.user.login === `${me}[bot]`));
        const own = carriers.find(isMe) ?? actions;
        for (const c of carriers)
            if (c !== own && !byActions(c))
                logger.warning(`ignored a comment by @${c.user?.login ?? 'unknown'} that carries compose-ecs's marker: only comments this token (or GITHUB_TOKEN) wrote are edited or read as the plan reviewed`);
        return own;
    };
    /**
     * The token's login: `viewer` by GraphQL, else GET /user. GitHub's docs do not say what `viewer` is for an
     * installation token; in use it answers (github.com/marocchino/sticky-pull-request-comment/pull/332 for
     * GITHUB_TOKEN, github.com/fullsend-ai/fullsend/pull/1953 for an app's), with or without `[bot]`.
     */
    const tokenLogin = () => octokit
        .graphql('query { viewer { login } }')
        .then((r) => r.viewer.login)
        .catch(() => octokit.rest.users.getAuthenticated().then((r) => r.data.login))
        .catch(() => undefined);
    return {
        async existing(marker) {
            try {
                return await find(marker);
            }
            catch (err) {
                logger.warning(`could not read the pull-request comments: ${errorMessage(err)}`);
                return undefined;
            }
        },
        async upsert(marker, body) {
            try {
                if (commentId === undefined)
                    await find(marker);
                if (commentId !== undefined) {
                    const updated = await octokit.rest.issues.updateComment({
                        owner: target.owner,
                        repo: target.repo,
                        comment_id: commentId,
                        body,
                    });
                    return updated.data.html_url;
                }
                const created = await octokit.rest.issues.createComment({
                    owner: target.owner,
                    repo: target.repo,
                    issue_number: target.issueNumber,
                    body,
                });
                commentId = created.data.id;
                return created.data.html_url;
            }
            catch (err) {
                const status = err.status;
                const hint = status === 403
                    ? ' (the token cannot write comments: pull requests from forks get a read-only token; grant `pull-requests: write` otherwise)'
                    : '';
                logger.warning(`could not post the pull-request comment: ${errorMessage(err)}${hint}`);
                return undefined;
            }
        },
    };
}
/**
 * Spaces comment edits out (GitHub's secondary rate limits), always letting the final one through,
 * and runs them one at a time, so two edits can never both create the comment.
 */
function throttled(commenter, minIntervalMs, now = Date.now) {
    let last = -Infinity;
    let queue = Promise.resolve();
    const enqueue = (marker, body) => {
        const next = queue.then(() => commenter.upsert(marker, body));
        queue = next.catch(() => undefined);
        return next;
    };
    return {
        existing: (marker) => commenter.existing(marker),
        async upsert(marker, body) {
            if (now() - last < minIntervalMs)
                return undefined;
            last = now();
            return enqueue(marker, body);
        },
        async flush(marker, body) {
            last = now();
            return enqueue(marker, body);
        },
    };
}

;// CONCATENATED MODULE: ./src/github/releases.ts

/** How the status a rollback puts on the release it went back from begins (`inactive` alone is not that). */
const ROLLED_BACK = 'rolled back:';
/** A deployment status description is at most 140 characters (GitHub answers 422 past it). */
function statusDescription(text) {
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
/** The store over GitHub's REST API (GITHUB_API_URL: github.com, GHES, or the local stand-in). */
function githubReleases(token, repository) {
    const octokit = octokitFor(token);
    return {
        async create(release) {
            const response = await octokit.rest.repos.createDeployment({
                ...repository,
                ref: release.sha,
                environment: release.environment,
                description: statusDescription(release.description),
                // Without it GitHub answers 409 while the run's own checks are still pending (which they are).
                required_contexts: [],
                auto_merge: false,
                transient_environment: release.transient,
                payload: release.payload,
            });
            const id = response.data.id;
            if (typeof id !== 'number')
                throw new Error(`GitHub did not create the deployment: ${response.data.message}`);
            return id;
        },
        async setState(id, state, details = {}) {
            await octokit.rest.repos.createDeploymentStatus({
                ...repository,
                deployment_id: id,
                state,
                ...(details.description ? { description: statusDescription(details.description) } : {}),
                ...(details.logUrl ? { log_url: details.logUrl } : {}),
                ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
                // Older releases keep their own last state: a rollback must tell a good release from a failed one.
                auto_inactive: false,
            });
        },
        async list(environment, limit) {
            const out = [];
            for await (const page of octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
                ...repository,
                environment,
                per_page: Math.min(100, limit),
            })) {
                for (const d of page.data) {
                    if (out.length >= limit)
                        break;
                    const statuses = await octokit.rest.repos.listDeploymentStatuses({
                        ...repository,
                        deployment_id: d.id,
                        per_page: 1,
                    });
                    out.push({
                        id: d.id,
                        sha: d.sha,
                        environment: d.environment,
                        createdAt: d.created_at,
                        ...(d.description ? { description: d.description } : {}),
                        ...(statuses.data[0] ? { state: statuses.data[0].state } : {}),
                        ...(statuses.data[0]?.description ? { stateDescription: statuses.data[0].description } : {}),
                        payload: d.payload,
                    });
                }
                if (out.length >= limit)
                    break;
            }
            return out;
        },
    };
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
/* harmony import */ var _github_release_payload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6817);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5186);



/** A commit as people write it: its first seven hex digits. */
const sha7 = (sha) => sha.slice(0, 7);
/** Succeeded: `success`, or `inactive` (which GitHub only adds to a deployment that had succeeded). */
const succeeded = (r) => r.state === 'success' || r.state === 'inactive';
const rolledBackFrom = (r) => r.state === 'inactive' && (r.stateDescription ?? '').startsWith(_github_releases_js__WEBPACK_IMPORTED_MODULE_2__/* .ROLLED_BACK */ .j);
/** The releases compose-ecs recorded, among an environment's deployments (a job's `environment:` makes others). */
function recordedReleases(releases) {
    return releases.filter((r) => (0,_github_release_payload_js__WEBPACK_IMPORTED_MODULE_1__/* .readPayload */ .rD)(r.payload));
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
function selectRelease(releases, rollbackTo, environment) {
    const ours = recordedReleases(releases);
    const live = ours[0];
    const refuse = (why) => {
        const recent = ours.slice(0, 5);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('rollback', `${why}${recent.length ? `\nThe last releases of environment ${environment}:\n${formatReleases(recent)}` : `\nEnvironment ${environment} has no release recorded by compose-ecs.`}`);
    };
    const to = rollbackTo.trim() || 'previous';
    if (to === 'previous') {
        if (!live)
            return refuse(`rollback-to previous: environment ${environment} has no release to roll back from`);
        const target = ours
            .slice(ours.indexOf(live) + 1)
            .find((r) => succeeded(r) && !rolledBackFrom(r) && r.sha !== live.sha);
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

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RunFailure: () => (/* reexport */ steps_result/* RunFailure */.a),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/template/logical-id.ts
// Logical IDs derive from compose names so a change to one service touches only its resources.
// CloudFormation wants [A-Za-z0-9]{1,255}: non-alphanumerics split words ("my-web" → "MyWeb").

/** "my-web.api" → "MyWebApi"; keeps inner case ("fooBar" → "FooBar"). */
function pascal(name) {
    return name
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function shortHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8).toUpperCase();
}
/** Longest base we hand out, leaving room for suffixes such as "TaskExecutionRole" and port tags. */
const MAX_BASE = 200;
/**
 * Assigns a base ID per compose name within one kind (services, networks, ...).
 * Names that sanitise to the same base (e.g. "my-web" and "my_web") all get a hash of their own name
 * appended, so the result depends only on the colliding set, not on ordering.
 * Names with nothing alphanumeric get "X" + hash.
 */
function assignIds(names) {
    const byBase = new Map();
    for (const name of names) {
        let base = pascal(name);
        if (base === '')
            base = 'X';
        if (base.length > MAX_BASE)
            base = base.slice(0, MAX_BASE - 8) + shortHash(name);
        byBase.set(base, [...(byBase.get(base) ?? []), name]);
    }
    const out = new Map();
    for (const [base, group] of byBase) {
        for (const name of group)
            out.set(name, group.length > 1 || base === 'X' ? base + shortHash(name) : base);
    }
    return out;
}
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;

;// CONCATENATED MODULE: ./src/template/context.ts

function createContext(loaded, options) {
    const { project, sourceMap } = loaded;
    const diag = (path, message) => {
        const location = sourceMap.locate(path);
        return location ? { message, path, location } : { message, path };
    };
    const template = {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `compose-ecs: Docker Compose project ${project.name}`,
        Parameters: {},
        Resources: {},
        Outputs: {},
    };
    // Each diagnostic is said once: several concerns may read the same field (a service's x-aws-healthcheck
    // applies to each of its ports), but the user needs to hear about it one time.
    const said = new Set();
    const once = (list, d) => {
        const key = JSON.stringify([d.path, d.message]);
        if (said.has(key))
            return;
        said.add(key);
        list.push(d);
    };
    const ctx = {
        project,
        options,
        template,
        warnings: [],
        errors: [],
        ids: {
            service: assignIds(Object.keys(project.services)),
            network: assignIds(networkNames(project)),
            volume: assignIds(Object.keys(project.volumes)),
            secret: assignIds(Object.keys(project.secrets)),
        },
        owners: new Map(),
        add(id, resource, owner) {
            if (template.Resources[id]) {
                ctx.error([], `two resources would share the logical ID ${id}; rename one of the compose objects it derives from`);
                return;
            }
            template.Resources[id] = resource;
            if (owner !== undefined)
                ctx.owners.set(id, owner);
        },
        warn: (path, message) => once(ctx.warnings, diag(path, message)),
        error: (path, message) => once(ctx.errors, diag(path, message)),
    };
    return ctx;
}
/** Declared networks plus any a service names (the loader adds "default" implicitly). */
function networkNames(project) {
    const names = new Set(Object.keys(project.networks));
    for (const s of Object.values(project.services))
        for (const n of Object.keys(s.networks))
            names.add(n);
    return [...names].sort();
}
// Intrinsic function helpers.
const ref = (id) => ({ Ref: id });
const getAtt = (id, attr) => ({ 'Fn::GetAtt': [id, attr] });
const sub = (text, vars) => ({
    'Fn::Sub': vars === undefined ? text : [text, vars],
});
const join = (sep, parts) => ({ 'Fn::Join': [sep, parts] });
function sortedRecord(rec) {
    return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// EXTERNAL MODULE: ./src/compose/aws-extensions.ts
var aws_extensions = __webpack_require__(5148);
;// CONCATENATED MODULE: ./src/template/network.ts


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
            description: vpcId ? `the VPC named by ${aws_extensions.X.vpc}` : "the account's default VPC",
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
    for (const name of networkNames(ctx.project)) {
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
                GroupDescription: `${ctx.project.name} ${name} network`,
                VpcId: ref(VPC_PARAM),
            },
        });
        // Members talk to each other on any port, as on a compose network.
        ctx.add(`${id}Ingress`, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                Description: `Allow communication within network ${name}`,
                GroupId: ref(id),
                IpProtocol: '-1',
                SourceSecurityGroupId: ref(id),
            },
        });
        groups.set(name, ref(id));
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/template/target-health.ts

const CHECK_DEFAULTS = { interval: 10, timeout: 5, healthy: 2, unhealthy: 2 };
/** compose's default stop_grace_period, and the bounds of the drain derived from it (Fargate stops a container after at most 120 s). */
const DRAIN = { default: 10, min: 5, max: 120 };
/** The URL a compose healthcheck fetches from its own container with curl or wget, if it does. */
function localHttpCheck(hc) {
    if (!hc || hc.disable || !hc.test || hc.test[0] === 'NONE')
        return undefined;
    const words = hc.test.slice(1).join(' ');
    if (!/\b(curl|wget)\b/.test(words))
        return undefined;
    const m = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d{1,5}))?(\/[^\s"'|;&]*)?/.exec(words);
    if (!m)
        return undefined;
    return { path: m[2] || '/', ...(m[1] !== undefined ? { port: Number(m[1]) } : {}) };
}
/** The x-aws-healthcheck that applies to a port (decoded by the loader): its own, else the service's. */
function extension(p) {
    if (p.health)
        return { ext: p.health, at: [...p.path, aws_extensions.X.healthcheck] };
    const service = p.container.aws?.healthcheck;
    return { ...(service ? { ext: service } : {}), at: ['services', p.container.name, aws_extensions.X.healthcheck] };
}
/** Health-check properties of a target group: x-aws-healthcheck wins, then the compose healthcheck, then fast defaults. */
function targetHealthCheck(ctx, p, type) {
    const { ext, at } = extension(p);
    const hc = p.container.healthcheck?.disable ? undefined : p.container.healthcheck;
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, Math.round(v)));
    const interval = ext?.interval ?? (hc?.interval !== undefined ? clamp(hc.interval, 5, 300) : CHECK_DEFAULTS.interval);
    let timeout = ext?.timeout ?? (hc?.timeout !== undefined ? clamp(hc.timeout, 2, 120) : CHECK_DEFAULTS.timeout);
    const healthy = ext?.healthyThreshold ?? CHECK_DEFAULTS.healthy;
    const unhealthy = ext?.unhealthyThreshold ??
        (hc?.retries !== undefined ? clamp(hc.retries, 2, 10) : CHECK_DEFAULTS.unhealthy);
    const local = localHttpCheck(hc);
    const port = ext?.port ??
        (type === 'application' && local?.port !== undefined && local.port !== p.target ? local.port : undefined);
    const path = ext?.path ?? (type === 'application' ? local?.path : undefined);
    const codes = ext?.codes;
    // The load balancer requires the timeout to be shorter than the interval.
    if (timeout >= interval)
        timeout = Math.max(2, interval - 1);
    const out = {
        HealthCheckIntervalSeconds: interval,
        HealthCheckTimeoutSeconds: timeout,
        HealthyThresholdCount: healthy,
        UnhealthyThresholdCount: unhealthy,
    };
    if (port !== undefined)
        out.HealthCheckPort = String(port);
    if (type === 'application') {
        out.HealthCheckPath = path ?? '/';
        out.HealthCheckProtocol = 'HTTP';
        out.Matcher = { HttpCode: codes ?? '200-399' };
    }
    else {
        if (path !== undefined || codes !== undefined)
            ctx.warn(at, 'path and codes apply to HTTP health checks only; this port is behind a Network Load Balancer (TCP check)');
        out.HealthCheckProtocol = 'TCP';
    }
    return out;
}
/**
 * How long the load balancer keeps sending in-flight requests to a deregistering task before ECS stops
 * it: x-aws-healthcheck.deregistration_delay, else compose's stop_grace_period (default 10 s) bounded to
 * 5–120 s, instead of the load balancer's 300 s.
 */
function drainSeconds(p) {
    const explicit = extension(p).ext?.deregistrationDelay;
    if (explicit !== undefined)
        return explicit;
    const grace = p.container.stopGracePeriod ?? DRAIN.default;
    return Math.min(DRAIN.max, Math.max(DRAIN.min, Math.round(grace)));
}

;// CONCATENATED MODULE: ./src/template/routes.ts

/** The port's route, if it has one (x-aws-route, checked by the loader): prefixes expanded, a stable priority. */
function portRoute(route, key) {
    if (!route)
        return undefined;
    const { paths, hosts } = route;
    return { paths: expand(paths), hosts, priority: route.priority ?? defaultPriority(paths, hosts, key) };
}
/** `/api` means the prefix: `/api` and `/api/*`, as a compose user would expect. */
function expand(paths) {
    const out = [];
    for (const p of paths) {
        if (p.includes('*') || p === '/')
            out.push(p === '/' ? '/*' : p);
        else
            out.push(p.replace(/\/+$/, ''), `${p.replace(/\/+$/, '')}/*`);
    }
    return [...new Set(out)];
}
/**
 * A rule's priority must be unique on the listener and should not move when other routes come and go
 * (CloudFormation would create the new rule while the old one still holds the number). So: a band by
 * specificity — a host and more path segments come first, since the load balancer takes the lowest
 * matching number — and a stable hash of the service and port within the band.
 */
function defaultPriority(paths, hosts, key) {
    const segments = Math.max(0, ...paths.map((p) => p.split('/').filter((s) => s && s !== '*').length));
    const specificity = Math.min(49, segments + (hosts.length > 0 ? 10 : 0));
    return (49 - specificity) * 1000 + (parseInt(shortHash(key), 16) % 1000) + 1;
}

;// CONCATENATED MODULE: ./src/template/published-ports.ts

/**
 * Ports sharing a published port share the listener of the one without a route (its logical ID stays
 * what it was before routes), else one named after the port (`HTTP80Listener`). Routes of one listener
 * need distinct priorities, and all its ports the same protocol and certificate.
 */
function shareListeners(ctx, ports) {
    const groups = new Map();
    for (const p of ports) {
        const key = `${p.port.published}/${p.port.protocol}`;
        groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const group of groups.values()) {
        if (group.length === 1 && !group[0].route)
            continue;
        const owner = group.find((p) => !p.route);
        const listenerId = owner ? owner.listenerId : `${group[0].protocol}${group[0].port.published}Listener`;
        const priorities = new Map();
        for (const p of group) {
            p.listenerId = listenerId;
            if (p.protocol !== group[0].protocol || p.certificate !== group[0].certificate)
                ctx.error(p.path, `the ports sharing published port ${p.port.published} must use one protocol and certificate`);
            if (!p.route)
                continue;
            const clash = priorities.get(p.route.priority);
            if (clash)
                ctx.error([...p.path, aws_extensions.X.route], `route priority ${p.route.priority} is taken by ${clash} on port ${p.port.published}; set ${aws_extensions.X.route}.priority`);
            priorities.set(p.route.priority, p.container.name);
        }
    }
}
/**
 * TCP and UDP on one published port (`53:53/tcp` + `53:53/udp`) cannot be two listeners: a load
 * balancer takes one listener per port (DuplicateListener). A Network Load Balancer's TCP_UDP listener
 * and target group carry both, and AWS documents TCP_UDP target groups for ip targets (Fargate).
 */
function mergeTcpUdp(ctx, ports) {
    const out = [];
    // Where in `out` each published port's entries are: a lookup per port, not a scan of every earlier one.
    const atPort = new Map();
    for (const p of ports) {
        const at = (atPort.get(p.port.published) ?? []).find((i) => {
            const o = out[i];
            return o.protocols.length === 1 && o.protocols[0] !== p.port.protocol;
        });
        const twin = at === undefined ? undefined : out[at];
        if (at === undefined || !twin) {
            atPort.set(p.port.published, [...(atPort.get(p.port.published) ?? []), out.length]);
            out.push(p);
            continue;
        }
        const tcp = twin.port.protocol === 'tcp' ? twin : p;
        if (twin.container !== p.container || twin.port.target !== p.port.target || tcp.protocol !== 'TCP') {
            ctx.error(p.path, `port ${p.port.published} is published for TCP and UDP: a load balancer has one listener per port, so both must go to the same container port of the same service, without TLS (one TCP_UDP listener)`);
            continue;
        }
        out[at] = {
            ...tcp,
            id: `${ctx.ids.service.get(tcp.container.name)}TCPUDP${tcp.port.published}`,
            listenerId: `${ctx.ids.service.get(tcp.container.name)}TCPUDP${tcp.port.published}Listener`,
            protocols: ['tcp', 'udp'],
            protocol: 'TCP_UDP',
        };
    }
    return out;
}
/** Ports and images of datastores: publishing one on an internet-facing load balancer exposes the data. */
const DATASTORE_PORTS = new Map([
    [5432, 'PostgreSQL'],
    [3306, 'MySQL/MariaDB'],
    [1433, 'SQL Server'],
    [1521, 'Oracle'],
    [27017, 'MongoDB'],
    [6379, 'Redis'],
    [11211, 'Memcached'],
    [9200, 'Elasticsearch/OpenSearch'],
    [9300, 'Elasticsearch/OpenSearch'],
    [9042, 'Cassandra'],
    [5984, 'CouchDB'],
    [8086, 'InfluxDB'],
    [26257, 'CockroachDB'],
    [5672, 'RabbitMQ'],
]);
const DATASTORE_IMAGES = /(^|\/)(postgres|postgis|mysql|mariadb|mongo|redis|valkey|memcached|elasticsearch|opensearch|cassandra|couchdb|influxdb|cockroach|rabbitmq)[^/]*$/i;
function warnIfDatastore(ctx, p) {
    const byPort = DATASTORE_PORTS.get(p.port.target) ?? DATASTORE_PORTS.get(p.port.published);
    const image = (p.container.image ?? '').split('@')[0].split(':')[0];
    const what = byPort ?? (DATASTORE_IMAGES.test(image) ? image : undefined);
    if (what === undefined)
        return;
    ctx.warn(p.path, `SECURITY: ${p.container.name} publishes ${what} port ${p.port.published} on an internet-facing load balancer open to 0.0.0.0/0; other services reach it by name without publishing it. Remove the published port, bind it to 127.0.0.1 (host_ip) to keep it private, or set ${aws_extensions.X.loadBalancerScheme}: internal`);
}
/** 0.0.0.0 / :: (or an empty host part) mean every interface, as if no address were given. */
function isWildcard(ip) {
    const a = ip.trim().toLowerCase();
    return a === '' || a === '0.0.0.0' || /^[0:]+$/.test(a);
}
/** 127.0.0.0/8 (also IPv4-mapped, ::ffff:127.x.x.x), ::1 in any spelling, and localhost. */
function isLoopback(ip) {
    const a = ip
        .trim()
        .toLowerCase()
        .replace(/^\[|\]$/g, '');
    if (a === 'localhost')
        return true;
    const v4 = /^(?:(?:0{1,4}:){5}ffff:|::ffff:)?(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.exec(a);
    if (v4)
        return v4[1] === '127';
    const halves = a.split('::');
    if (halves.length > 2)
        return false;
    const parts = (h) => (h ? h.split(':') : []);
    const head = parts(halves[0]);
    const tail = parts(halves[1]);
    const groups = halves.length === 2
        ? [...head, ...Array(Math.max(0, 8 - head.length - tail.length)).fill('0'), ...tail]
        : head;
    return (groups.length === 8 &&
        groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) &&
        groups.slice(0, 7).every((g) => parseInt(g, 16) === 0) &&
        parseInt(groups[7], 16) === 1);
}

;// CONCATENATED MODULE: ./src/template/load-balancer.ts








const LB_ID = 'LoadBalancer';
const LB_SG_ID = 'LoadBalancerSecurityGroup';
const HTTP_PROTOCOLS = ['http', 'https'];
function planLoadBalancer(ctx, tasks) {
    const raw = [];
    for (const task of tasks) {
        for (const container of task.containers) {
            container.ports.forEach((port, i) => {
                if (port.published === undefined)
                    return;
                const path = ['services', container.name, 'ports', i];
                if (port.hostIp !== undefined && !isWildcard(port.hostIp)) {
                    if (isLoopback(port.hostIp)) {
                        // Compose binds such a port on the host's loopback only: nobody outside the host reaches it.
                        // Publishing it on an internet-facing load balancer would expose what the file keeps private.
                        ctx.warn([...path, 'host_ip'], `port ${port.published}:${port.target}/${port.protocol} is bound to ${port.hostIp} under compose: not published; reachable from other services by name (${container.name}:${port.target})`);
                        return;
                    }
                    ctx.warn([...path, 'host_ip'], `host_ip ${port.hostIp} is ignored: the port is published on the load balancer, open to 0.0.0.0/0`);
                }
                // x-aws-protocol (lower case, one of the known values) and x-aws-acm_certificate, from the loader.
                const requested = port.aws?.protocol;
                const certificate = port.aws?.certificate;
                if (port.protocol === 'udp' && requested && requested !== 'udp')
                    ctx.error([...path, aws_extensions.X.protocol], `a UDP port cannot use ${requested}`);
                if (port.protocol === 'udp' && certificate)
                    ctx.error([...path, aws_extensions.X.certificate], 'a UDP port cannot take a certificate');
                if ((requested === 'https' || requested === 'tls') && !certificate) {
                    ctx.error([...path, aws_extensions.X.protocol], `${requested.toUpperCase()} needs a certificate: set ${aws_extensions.X.certificate} to an ACM certificate ARN`);
                }
                const http = port.protocol === 'tcp' &&
                    (requested !== undefined
                        ? HTTP_PROTOCOLS.includes(requested)
                        : port.published === 80 || (port.published === 443 && certificate !== undefined));
                const route = portRoute(port.aws?.route, `${container.name}:${port.target}`);
                raw.push({
                    task,
                    container,
                    port,
                    path,
                    http,
                    ...(route ? { route } : {}),
                    ...(requested ? { requested } : {}),
                    ...(certificate ? { certificate } : {}),
                });
            });
        }
    }
    const type = raw.length > 0 && raw.every((p) => p.http) ? 'application' : 'network';
    // One listener per published port. Ports sharing one are routed (x-aws-route), all but at most one.
    const unrouted = new Map();
    const all = raw.map((p) => {
        const key = `${p.port.published}/${p.port.protocol}`;
        if (p.route && type !== 'application')
            ctx.error([...p.path, aws_extensions.X.route], `${aws_extensions.X.route} needs an Application Load Balancer: every published port must be HTTP`);
        const other = unrouted.get(key);
        if (!p.route && other)
            ctx.error(p.path, `port ${key} is already published by service ${other}; each published port needs its own listener (or give each service an ${aws_extensions.X.route} to share it)`);
        if (!p.route)
            unrouted.set(key, p.container.name);
        const protocol = type === 'application'
            ? p.requested === 'https' || (p.requested === undefined && p.certificate)
                ? 'HTTPS'
                : 'HTTP'
            : p.port.protocol === 'udp'
                ? 'UDP'
                : p.certificate
                    ? 'TLS'
                    : 'TCP';
        // e.g. WebTCP80: the compose service, the compose protocol and the published port.
        const id = `${ctx.ids.service.get(p.container.name)}${p.port.protocol.toUpperCase()}${p.port.published}`;
        return {
            listenerId: `${id}Listener`,
            task: p.task,
            container: p.container,
            port: p.port,
            path: p.path,
            id,
            protocols: [p.port.protocol],
            ...(p.route ? { route: p.route } : {}),
            protocol,
            ...(p.certificate ? { certificate: p.certificate } : {}),
        };
    });
    shareListeners(ctx, all);
    const ports = mergeTcpUdp(ctx, all);
    const lbScheme = ctx.project.aws?.loadBalancerScheme ?? 'internet-facing';
    if (lbScheme === 'internet-facing')
        for (const p of ports)
            warnIfDatastore(ctx, p);
    const existing = ctx.project.aws?.loadBalancer;
    const existingGroup = ctx.project.aws?.loadBalancerSecurityGroup;
    if (existingGroup !== undefined && existing === undefined && ports.length > 0)
        ctx.warn([aws_extensions.X.loadBalancerSecurityGroup], `${aws_extensions.X.loadBalancerSecurityGroup} applies only with ${aws_extensions.X.loadBalancer}; the load balancer this stack creates has its own group`);
    if (ports.length === 0)
        return { type, ports, existing: false, scheme: lbScheme };
    if (existing !== undefined) {
        if (existingGroup === undefined) {
            ctx.warn([aws_extensions.X.loadBalancer], `SECURITY: the tasks behind the existing load balancer accept their published container ports from anywhere (0.0.0.0/0), not only from the load balancer; set ${aws_extensions.X.loadBalancerSecurityGroup} to the load balancer's security group id to restrict them`);
            return { type, ports, arn: existing, existing: true, scheme: lbScheme };
        }
        return { type, ports, arn: existing, securityGroup: existingGroup, existing: true, scheme: lbScheme };
    }
    ctx.add(LB_SG_ID, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            GroupDescription: `${ctx.project.name} load balancer: published ports`,
            VpcId: ref(VPC_PARAM),
            SecurityGroupIngress: firstPerListener(ports).flatMap((p) => p.protocols.map((protocol) => ({
                CidrIp: '0.0.0.0/0',
                Description: `${p.container.name} published port ${p.port.published}/${protocol}`,
                FromPort: p.port.published,
                IpProtocol: protocol,
                ToPort: p.port.published,
            }))),
        },
    });
    ctx.add(LB_ID, {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: {
            Scheme: lbScheme,
            SecurityGroups: [ref(LB_SG_ID)],
            // An internet-facing load balancer needs public subnets (a route to an internet gateway), whatever
            // subnets the tasks use; an internal one sits beside the tasks.
            Subnets: ref(lbScheme === 'internal' ? SUBNETS_PARAM : LB_SUBNETS_PARAM),
            Type: type,
        },
    });
    return { type, ports, arn: ref(LB_ID), securityGroup: ref(LB_SG_ID), existing: false, scheme: lbScheme };
}
/** Target group, listener, task ingress and URL output per published port. */
/**
 * A task ingress rule belongs to the security group and port it opens, not to the service that asked
 * first: services sharing a network and container port share the rule, and removing one of them
 * neither deletes the rule the others need nor recreates it under another name (which EC2 refuses
 * while the old one exists).
 */
function ingressId(group, protocol, port, purpose = '') {
    const ref = group?.Ref;
    const base = typeof ref === 'string' ? ref : `Group${shortHash(JSON.stringify(group))}`;
    return `${base}${protocol.toUpperCase()}${port}${purpose}Ingress`;
}
function addListeners(ctx, plan, taskGroup) {
    // EC2 refuses a rule that already exists (same group, protocol, port and source), and so would
    // CloudFormation's create: e.g. "80:8080" plus "443:8080", or a TCP port that is also a UDP health-check port.
    const rules = new Set();
    const addIngress = (id, p, group, protocol, port, why) => {
        const source = plan.securityGroup ?? '0.0.0.0/0';
        const key = JSON.stringify([group, protocol, port, source]);
        if (rules.has(key))
            return;
        rules.add(key);
        const fromLb = plan.securityGroup !== undefined;
        ctx.add(id, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                ...(fromLb ? {} : { CidrIp: '0.0.0.0/0' }),
                Description: `container port ${port}/${protocol} ${why}`,
                FromPort: port,
                GroupId: group,
                IpProtocol: protocol,
                ...(fromLb ? { SourceSecurityGroupId: plan.securityGroup } : {}),
                ToPort: port,
            },
        }, p.task.name);
    };
    const listeners = new Set();
    // The port without a route answers what no rule matches, per listener (looked up once, not per port).
    const fallbacks = new Map();
    for (const p of plan.ports)
        if (!p.route && !fallbacks.has(p.listenerId))
            fallbacks.set(p.listenerId, p);
    for (const p of plan.ports) {
        const tg = `${p.id}TargetGroup`;
        const owner = p.task.name;
        const tgProtocol = plan.type === 'application'
            ? 'HTTP'
            : p.protocol === 'UDP' || p.protocol === 'TCP_UDP'
                ? p.protocol
                : 'TCP';
        const checked = {
            container: p.container,
            target: p.port.target,
            health: p.port.aws?.healthcheck,
            path: p.path,
        };
        const health = targetHealthCheck(ctx, checked, plan.type);
        ctx.add(tg, {
            Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
            Properties: {
                ...health,
                Port: p.port.target,
                Protocol: tgProtocol,
                TargetGroupAttributes: [
                    { Key: 'deregistration_delay.timeout_seconds', Value: String(drainSeconds(checked)) },
                ],
                TargetType: 'ip',
                VpcId: ref(VPC_PARAM),
            },
        }, owner);
        if (!listeners.has(p.listenerId)) {
            listeners.add(p.listenerId);
            // The port without a route answers what no rule matches; without one, the listener says 404.
            const fallback = fallbacks.get(p.listenerId);
            ctx.add(p.listenerId, {
                Type: 'AWS::ElasticLoadBalancingV2::Listener',
                Properties: {
                    ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
                    DefaultActions: [
                        fallback
                            ? { TargetGroupArn: ref(`${fallback.id}TargetGroup`), Type: 'forward' }
                            : {
                                FixedResponseConfig: {
                                    ContentType: 'text/plain',
                                    MessageBody: 'not found',
                                    StatusCode: '404',
                                },
                                Type: 'fixed-response',
                            },
                    ],
                    LoadBalancerArn: plan.arn,
                    Port: p.port.published,
                    Protocol: p.protocol,
                },
            }, (fallback ?? p).task.name);
        }
        if (p.route) {
            ctx.add(`${p.id}Rule`, {
                Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
                Properties: {
                    Actions: [{ TargetGroupArn: ref(tg), Type: 'forward' }],
                    Conditions: [
                        ...(p.route.hosts.length > 0
                            ? [{ Field: 'host-header', HostHeaderConfig: { Values: p.route.hosts } }]
                            : []),
                        ...(p.route.paths.length > 0
                            ? [{ Field: 'path-pattern', PathPatternConfig: { Values: p.route.paths } }]
                            : []),
                    ],
                    ListenerArn: ref(p.listenerId),
                    Priority: p.route.priority,
                },
            }, owner);
        }
        // The container port opens to the load balancer's security group only — also for UDP: AWS documents
        // that a target rule referencing the NLB's security group admits its traffic even with client IP
        // preservation (always on for UDP). Without a group (an existing LB whose group is not given, which
        // planLoadBalancer warns about) it opens to 0.0.0.0/0.
        const group = taskGroup(p.task);
        if (group === undefined) {
            ctx.warn(p.path, `service ${p.task.name} joins only external networks: allow port ${p.port.target}/${p.protocols.join('+')} from the load balancer yourself`);
        }
        else {
            for (const protocol of p.protocols)
                addIngress(ingressId(group, protocol, p.port.target), p, group, protocol, p.port.target, 'from the load balancer');
            // Health checks obey the targets' inbound rules: a check on another port than the traffic port
            // (x-aws-healthcheck.port, or the port a compose healthcheck fetches), or the TCP check of a UDP
            // target group (an NLB cannot check UDP), needs that TCP port open to the load balancer too —
            // otherwise every target stays unhealthy and the service never becomes stable.
            const hcPort = Number(health.HealthCheckPort ?? p.port.target);
            if (hcPort !== p.port.target || !p.protocols.includes('tcp')) {
                addIngress(ingressId(group, 'tcp', hcPort, 'HealthCheck'), p, group, 'tcp', hcPort, 'for health checks');
            }
            if (tgProtocol === 'UDP' && health.HealthCheckPort === undefined) {
                ctx.warn(p.path, `UDP port ${p.port.target} is health-checked over TCP on port ${hcPort} (a Network Load Balancer cannot check UDP): the container must accept TCP connections there, or set ${aws_extensions.X.healthcheck}: { port: <a TCP port it listens on> }`);
            }
        }
        if (!plan.existing) {
            const scheme = p.protocol === 'HTTPS'
                ? 'https'
                : p.protocol === 'HTTP'
                    ? 'http'
                    : p.protocol === 'TCP_UDP'
                        ? 'tcp'
                        : p.protocol.toLowerCase();
            const defaultPort = (scheme === 'http' && p.port.published === 80) || (scheme === 'https' && p.port.published === 443);
            const prefix = p.route?.paths[0]?.replace(/\/?\*$/, '') ?? '';
            ctx.template.Outputs[`${p.id}URL`] = {
                Description: `${p.container.name}: published port ${p.port.published}/${p.protocols.join('+')}`,
                Value: sub(`${scheme}://\${${LB_ID}.DNSName}${defaultPort ? '' : `:${p.port.published}`}${prefix}`),
            };
        }
    }
    if (plan.ports.length > 0 && !plan.existing) {
        ctx.template.Outputs.LoadBalancerDNSName = {
            Description: 'DNS name of the load balancer',
            Value: getAtt(LB_ID, 'DNSName'),
        };
    }
}
/** The first port of each listener, in order (ports sharing a listener open its port once). */
function firstPerListener(ports) {
    const seen = new Set();
    return ports.filter((p) => !seen.has(p.listenerId) && Boolean(seen.add(p.listenerId)));
}

;// CONCATENATED MODULE: ./src/template/service.ts


function serviceId(task) {
    return `${task.id}Service`;
}
function addService(ctx, task, taskDefinitionId, extras) {
    const s = task.main;
    const deploy = s.deploy;
    ctx.add(serviceId(task), {
        Type: 'AWS::ECS::Service',
        ...(extras.dependsOn.length > 0 ? { DependsOn: [...new Set(extras.dependsOn)].sort() } : {}),
        Properties: {
            Cluster: extras.cluster,
            DeploymentConfiguration: deploymentConfiguration(ctx, s),
            DeploymentController: { Type: 'ECS' },
            ...(extras.autoscaled ? {} : { DesiredCount: deploy?.replicas ?? 1 }),
            EnableECSManagedTags: true,
            ...(extras.enableExec ? { EnableExecuteCommand: true } : {}),
            ...(extras.loadBalancers.length > 0
                ? { HealthCheckGracePeriodSeconds: extras.gracePeriod ?? 60 }
                : {}),
            LaunchType: 'FARGATE',
            ...(extras.loadBalancers.length > 0 ? { LoadBalancers: extras.loadBalancers } : {}),
            NetworkConfiguration: {
                AwsvpcConfiguration: {
                    AssignPublicIp: ctx.options.assignPublicIp ? 'ENABLED' : 'DISABLED',
                    SecurityGroups: extras.securityGroups,
                    Subnets: extras.subnets ?? ref(SUBNETS_PARAM),
                },
            },
            PlatformVersion: 'LATEST',
            // Tasks carry the service's tags (project, service) for cost allocation.
            PropagateTags: 'SERVICE',
            ...(extras.serviceRegistries.length > 0 ? { ServiceRegistries: extras.serviceRegistries } : {}),
            TaskDefinition: ref(taskDefinitionId),
        },
    }, task.name);
}
/** The named volume a service mounts read-write, if any (a database's data directory on EFS). */
function statefulVolume(s) {
    const index = s.volumes.findIndex((v) => v.type === 'volume' && v.source && !v.readOnly);
    const v = s.volumes[index];
    return v?.type === 'volume' && v.source ? { volume: v.source, index } : undefined;
}
/** Whether ECS Exec is on for this task: the option, or x-aws-enable_exec on the service. */
function execEnabled(ctx, s) {
    return s.aws?.enableExec ?? ctx.options.enableExec;
}
/**
 * Compose's update_config in ECS percentages (ECS-FACTS.md): with replicas r and parallelism p,
 * minimum ⌊(r−p)·100/r⌋ and maximum ⌊(r+p)·100/r⌋; start-first keeps every old task until its
 * replacement runs (minimum 100), stop-first never runs extra tasks (maximum 100);
 * x-aws-min_percent / x-aws-max_percent win for their own figure.
 */
function deploymentConfiguration(ctx, s) {
    const path = ['services', s.name, 'deploy'];
    const deploy = s.deploy;
    const uc = deploy?.updateConfig;
    const ucPath = [...path, 'update_config'];
    let min = 100;
    let max = 200;
    const stateful = statefulVolume(s);
    if (stateful !== undefined && (deploy?.replicas ?? 1) <= 1 && uc?.order === undefined) {
        // Two tasks on one data directory corrupt it, or the new one cannot take the database's lock, fails
        // its health check and the circuit breaker rolls the deploy back: replace the task stop-first.
        min = 0;
        max = 100;
        ctx.warn(['services', s.name, 'volumes', stateful.index], `${s.name} writes volume ${stateful.volume} with one replica: updates stop the old task before starting the new one (a short outage); set update_config.order: start-first to overlap them`);
    }
    if (uc && (uc.parallelism !== undefined || uc.order !== undefined)) {
        const r = Math.max(1, deploy?.replicas ?? 1);
        let p = uc.parallelism ?? 1;
        if (p < 1)
            p = 1;
        if (p > r) {
            ctx.warn([...ucPath, 'parallelism'], `parallelism ${p} is more than the ${r} ${r === 1 ? 'replica' : 'replicas'}; ${r} is used`);
            p = r;
        }
        min = Math.floor(((r - p) * 100) / r);
        max = Math.floor(((r + p) * 100) / r);
        if (uc.order === 'start-first')
            min = 100;
        if (uc.order === 'stop-first')
            max = 100;
    }
    const xMin = uc?.aws?.minPercent;
    const xMax = uc?.aws?.maxPercent;
    if (xMin !== undefined)
        min = xMin;
    if (xMax !== undefined)
        max = xMax;
    if (min === 100 && max === 100)
        ctx.error(ucPath, 'minimum 100% and maximum 100% leave ECS no room to replace a task; raise the maximum or lower the minimum');
    if (uc?.delay !== undefined)
        ctx.warn([...ucPath, 'delay'], 'update_config.delay is ignored: ECS paces deployments by health');
    if (uc?.monitor !== undefined)
        ctx.warn([...ucPath, 'monitor'], 'update_config.monitor is ignored: the circuit breaker watches the rollout');
    if (uc?.maxFailureRatio !== undefined)
        ctx.warn([...ucPath, 'max_failure_ratio'], 'update_config.max_failure_ratio is ignored: the circuit breaker decides');
    if (uc?.failureAction === 'pause')
        ctx.warn([...ucPath, 'failure_action'], 'failure_action: pause has no ECS equivalent; failed deployments roll back');
    // rollback (and by default): the circuit breaker rolls back; continue: leave a failed deployment in place.
    const rollback = uc?.failureAction !== 'continue';
    return {
        DeploymentCircuitBreaker: { Enable: rollback, Rollback: rollback },
        MaximumPercent: max,
        MinimumHealthyPercent: min,
    };
}

;// CONCATENATED MODULE: ./src/template/autoscaling.ts




function addAutoscaling(ctx, task, clusterName, lb, ports) {
    const deploy = task.main.deploy;
    const path = ['services', task.name, 'deploy'];
    // x-aws-autoscaling, checked by the loader (fields, ranges, max, a target).
    const spec = deploy?.aws?.autoscaling;
    if (!spec)
        return;
    const p = [...path, aws_extensions.X.autoscaling];
    const { max, cpu, mem, requests } = spec;
    // Without min, the scaling floor is the replicas the service asks for.
    const min = spec.min ?? deploy?.replicas ?? 1;
    if (min > max)
        return void ctx.error(p, `autoscaling min ${min} (the replicas) is above max ${max}`);
    const port = ports[0];
    if (requests !== undefined && (lb.type !== 'application' || !port || lb.existing)) {
        return void ctx.error([...p, 'requests'], 'scaling on requests needs a port of this service published through the Application Load Balancer this stack creates');
    }
    const target = `${task.id}ScalableTarget`;
    ctx.add(target, {
        Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
        Properties: {
            MaxCapacity: max,
            MinCapacity: min,
            ResourceId: join('/', ['service', clusterName, getAtt(serviceId(task), 'Name')]),
            ScalableDimension: 'ecs:service:DesiredCount',
            ServiceNamespace: 'ecs',
        },
    }, task.name);
    const policy = (suffix, metric, value, label) => ctx.add(`${task.id}${suffix}ScalingPolicy`, {
        Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
        Properties: {
            PolicyName: join('-', [ref('AWS::StackName'), `${task.id}${suffix}`]),
            PolicyType: 'TargetTrackingScaling',
            ScalingTargetId: ref(target),
            TargetTrackingScalingPolicyConfiguration: {
                PredefinedMetricSpecification: {
                    PredefinedMetricType: metric,
                    ...(label !== undefined ? { ResourceLabel: label } : {}),
                },
                TargetValue: value,
            },
        },
    }, task.name);
    if (cpu !== undefined)
        policy('CPU', 'ECSServiceAverageCPUUtilization', cpu);
    if (mem !== undefined)
        policy('Memory', 'ECSServiceAverageMemoryUtilization', mem);
    if (requests !== undefined && port) {
        const label = join('/', [
            getAtt(LB_ID, 'LoadBalancerFullName'),
            getAtt(`${port.id}TargetGroup`, 'TargetGroupFullName'),
        ]);
        policy('Requests', 'ALBRequestCountPerTarget', requests, label);
    }
}
/** The cluster's name (ResourceId wants a name): Ref of our cluster, or the name from x-aws-cluster. */
function clusterName(cluster) {
    return typeof cluster === 'string' ? cluster.split('/').pop() : cluster;
}

;// CONCATENATED MODULE: ./src/template/cluster.ts

const CLUSTER_ID = 'Cluster';
/** Adds the cluster (unless reused) and returns what ECS services put in `Cluster`. */
function addCluster(ctx) {
    const existing = ctx.project.aws?.cluster;
    if (existing !== undefined)
        return existing; // a name or an ARN: ECS accepts both
    ctx.add(CLUSTER_ID, {
        Type: 'AWS::ECS::Cluster',
        Properties: {
            // Named after the stack, not the project: staging and production stacks of one project can share an account.
            ClusterName: ref('AWS::StackName'),
        },
    });
    return ref(CLUSTER_ID);
}

;// CONCATENATED MODULE: ./src/template/logs.ts

const LOG_GROUP_ID = 'LogGroup';
/**
 * Logs are kept 30 days unless x-aws-logs_retention says otherwise: CloudWatch keeps a group's logs
 * forever by default, a cost that grows with every deploy and that nobody chose (AWS Copilot's default
 * is 30 days too).
 */
const DEFAULT_RETENTION_DAYS = 30;
function addLogGroup(ctx) {
    // Checked against CloudWatch's allowed periods by the loader (aws-extensions.ts).
    const retention = ctx.project.aws?.logsRetention;
    ctx.add(LOG_GROUP_ID, {
        Type: 'AWS::Logs::LogGroup',
        // Deleted with the stack, on purpose: a retained group would block re-creating a stack of the same name.
        DeletionPolicy: 'Delete',
        UpdateReplacePolicy: 'Delete',
        Properties: {
            LogGroupName: sub('/compose-ecs/${AWS::StackName}'),
            RetentionInDays: retention ?? DEFAULT_RETENTION_DAYS,
        },
    });
}
/** The container's LogConfiguration: awslogs to the project group; user awslogs options pass through. */
function logConfiguration(ctx, service) {
    const path = ['services', service.name, 'logging'];
    const logging = service.logging;
    if (logging?.driver && logging.driver !== 'awslogs') {
        ctx.warn([...path, 'driver'], `logging driver ${logging.driver} is not available here; awslogs is used instead`);
    }
    const userOptions = logging && (!logging.driver || logging.driver === 'awslogs') ? logging.options : {};
    const options = {
        'awslogs-group': ref(LOG_GROUP_ID),
        'awslogs-region': ref('AWS::Region'),
        'awslogs-stream-prefix': ctx.project.name,
    };
    for (const key of Object.keys(userOptions).sort())
        options[key] = userOptions[key];
    const extraGroup = typeof userOptions['awslogs-group'] === 'string' ? userOptions['awslogs-group'] : undefined;
    return { config: { LogDriver: 'awslogs', Options: options }, ...(extraGroup ? { extraGroup } : {}) };
}

;// CONCATENATED MODULE: ./src/template/discovery.ts



const NAMESPACE_ID = 'DnsNamespace';
const DNS_INIT_CONTAINER = 'compose-dns-search';
/** The namespace's domain; one per stack, so two stacks (preview environments) in one VPC never collide. */
const NAMESPACE_DOMAIN = '${AWS::StackName}.compose.internal';
/** Records are short-lived so a replaced task's address is forgotten quickly. */
const TTL = 10;
/** Cloud Map service names: letters, digits, '_' and '-' (and we keep them DNS labels). */
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
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
            Description: `compose service names of ${ctx.project.name}`,
            Name: sub(NAMESPACE_DOMAIN),
            Vpc: ref(VPC_PARAM),
        },
    });
    const registries = new Map();
    const owner = new Map();
    for (const task of tasks) {
        const names = taskNames(ctx, task).filter((name) => {
            if (DNS_LABEL.test(name))
                return true;
            ctx.warn(['services', task.name], `${name} is not a DNS label (letters, digits, '-'); other services cannot reach ${task.name} by that name`);
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
                NamespaceId: ref(NAMESPACE_ID),
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
            NamespaceId: ref(NAMESPACE_ID),
        },
    }, task.name);
    ctx.add(`${id}Record`, {
        Type: 'AWS::ServiceDiscovery::Instance',
        Properties: {
            InstanceAttributes: { AWS_INSTANCE_CNAME: sub(`${target}.${NAMESPACE_DOMAIN}`) },
            InstanceId: alias,
            ServiceId: ref(id),
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
            RegistryArn: sub(`arn:\${AWS::Partition}:servicediscovery:\${AWS::Region}:\${AWS::AccountId}:service/\${${registry}}`),
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
        Command: [sub(script)],
        EntryPoint: ['sh', '-c'],
        Essential: false,
        Image: ctx.options.secretsInitImage,
        LogConfiguration: logConfiguration(ctx, { ...main, logging: undefined }).config,
        Name: DNS_INIT_CONTAINER,
    };
}

;// CONCATENATED MODULE: ./src/template/iam.ts


const ASSUME_ECS_TASKS = {
    Statement: [
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' } },
    ],
    Version: '2012-10-17',
};
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([^@:]+)/;
/** ECR repository ARN of a pinned image reference, if it is one. */
function ecrRepositoryArn(image) {
    const m = ECR_IMAGE.exec(image);
    if (!m)
        return undefined;
    const [, account, region, cn, repo] = m;
    return `arn:${cn ? 'aws-cn' : 'aws'}:ecr:${region}:${account}:repository/${repo}`;
}
function addExecutionRole(ctx, task, needs) {
    const id = `${task.id}TaskExecutionRole`;
    const statements = [];
    const repos = [
        ...new Set(needs.images.map(ecrRepositoryArn).filter((a) => a !== undefined)),
    ].sort();
    if (repos.length > 0) {
        // GetAuthorizationToken has no resource-level permissions.
        statements.push({ Action: 'ecr:GetAuthorizationToken', Effect: 'Allow', Resource: '*' });
        statements.push({
            Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
            Effect: 'Allow',
            Resource: repos,
        });
    }
    const logGroups = [
        sub(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:\${${LOG_GROUP_ID}}:*`),
    ];
    for (const g of [...new Set(needs.extraLogGroups)].sort())
        logGroups.push(sub(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:${g}:*`));
    statements.push({
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Effect: 'Allow',
        Resource: logGroups,
    });
    if (needs.secretArns.length > 0)
        statements.push({
            Action: 'secretsmanager:GetSecretValue',
            Effect: 'Allow',
            Resource: dedupe(needs.secretArns),
        });
    if (needs.parameterArns.length > 0)
        statements.push({ Action: 'ssm:GetParameters', Effect: 'Allow', Resource: dedupe(needs.parameterArns) });
    ctx.add(id, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: ASSUME_ECS_TASKS,
            Policies: [
                { PolicyDocument: { Statement: statements, Version: '2012-10-17' }, PolicyName: 'ExecutionPolicy' },
            ],
        },
    }, task.name);
    return getAtt(id, 'Arn');
}
/** Deduplicate by JSON shape, keeping first-seen order (callers add in a deterministic order). */
function dedupe(values) {
    const seen = new Set();
    return values.filter((v) => {
        const k = JSON.stringify(v);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** The task role, when anything needs one; returns its ARN value. */
function addTaskRole(ctx, task, needs) {
    const managed = [];
    const policies = [];
    for (const c of task.containers) {
        // x-aws-policies (managed policy ARNs) and x-aws-role (a policy document), checked by the loader.
        managed.push(...(c.aws?.policies ?? []));
        const doc = c.aws?.role;
        if (doc)
            policies.push({
                PolicyDocument: { Version: '2012-10-17', ...doc },
                PolicyName: `${c.name.replace(/[^\w+=,.@-]/g, '_')}Policy`,
            });
    }
    const statements = [...needs.statements];
    if (needs.exec) {
        // ECS Exec talks to the SSM agent through these channels.
        statements.push({
            Action: [
                'ssmmessages:CreateControlChannel',
                'ssmmessages:CreateDataChannel',
                'ssmmessages:OpenControlChannel',
                'ssmmessages:OpenDataChannel',
            ],
            Effect: 'Allow',
            Resource: '*',
        });
    }
    if (statements.length > 0)
        policies.push({
            PolicyDocument: { Statement: statements, Version: '2012-10-17' },
            PolicyName: 'TaskPolicy',
        });
    if (managed.length === 0 && policies.length === 0)
        return undefined;
    const id = `${task.id}TaskRole`;
    ctx.add(id, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: ASSUME_ECS_TASKS,
            ...(managed.length > 0 ? { ManagedPolicyArns: [...new Set(managed)].sort() } : {}),
            ...(policies.length > 0 ? { Policies: policies } : {}),
        },
    }, task.name);
    return getAtt(id, 'Arn');
}

;// CONCATENATED MODULE: ./src/template/aws-quotas.ts
/** Elastic Load Balancing: listeners per Application or Network Load Balancer (not adjustable). */
const MAX_LISTENERS_PER_LB = 50;
/** VPC: inbound rules per security group, default (adjustable; rules × groups per interface ≤ 1,000). */
const DEFAULT_RULES_PER_GROUP = 60;
/** VPC: security groups per network interface, default 5, adjustable up to 16. */
const DEFAULT_GROUPS_PER_ENI = 5;
const MAX_GROUPS_PER_ENI = 16;
function checkQuotas(template) {
    const out = { errors: [], warnings: [] };
    const resources = Object.entries(template.Resources);
    const listeners = new Map();
    for (const [, r] of resources)
        if (r.Type === 'AWS::ElasticLoadBalancingV2::Listener') {
            const lb = JSON.stringify(r.Properties?.LoadBalancerArn);
            listeners.set(lb, (listeners.get(lb) ?? 0) + 1);
        }
    for (const n of listeners.values())
        if (n > MAX_LISTENERS_PER_LB)
            out.errors.push({
                message: `the load balancer would have ${n} listeners (one per published port); Elastic Load Balancing allows ${MAX_LISTENERS_PER_LB} per load balancer (quota "Listeners per Application/Network Load Balancer", not adjustable). Put several HTTP services behind one published port with x-aws-route (path or host rules on one listener); publish only the ports clients outside the VPC need (services reach each other by name on any port without publishing); or split the project into several stacks`,
            });
    const rules = new Map();
    const addRule = (group, n = 1) => {
        const key = JSON.stringify(group);
        rules.set(key, (rules.get(key) ?? 0) + n);
    };
    for (const [id, r] of resources) {
        if (r.Type === 'AWS::EC2::SecurityGroupIngress')
            addRule(r.Properties?.GroupId);
        if (r.Type === 'AWS::EC2::SecurityGroup')
            addRule({ Ref: id }, (r.Properties?.SecurityGroupIngress ?? []).length);
    }
    for (const [group, n] of rules)
        if (n > DEFAULT_RULES_PER_GROUP)
            out.warnings.push({
                message: `security group ${group} would have ${n} inbound rules; AWS allows ${DEFAULT_RULES_PER_GROUP} by default (quota "Inbound or outbound rules per security group"): the stack fails unless the quota is raised in Service Quotas. Publish fewer ports (services reach each other by name without publishing)`,
            });
    for (const [id, r] of resources) {
        if (r.Type !== 'AWS::ECS::Service')
            continue;
        const groups = r.Properties?.NetworkConfiguration?.AwsvpcConfiguration?.SecurityGroups;
        const n = groups?.length ?? 0;
        const message = `${id}'s tasks would join ${n} security groups (one per compose network); a network interface takes ${DEFAULT_GROUPS_PER_ENI} by default (quota "Security groups per network interface", adjustable up to ${MAX_GROUPS_PER_ENI}). Attach the service to fewer networks`;
        if (n > MAX_GROUPS_PER_ENI)
            out.errors.push({ message });
        else if (n > DEFAULT_GROUPS_PER_ENI)
            out.warnings.push({ message: `${message}, or raise the quota in Service Quotas` });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/template/limits.ts

const MAX_RESOURCES = 500;
const MAX_PARAMETERS = 200;
const MAX_OUTPUTS = 200;
/** Largest body CreateChangeSet takes inline (TemplateBody). */
const MAX_INLINE_BODY_BYTES = 51_200;
/** Largest body through TemplateURL (S3). */
const MAX_S3_BODY_BYTES = 1_000_000;
/** True when the body must go through S3 (TemplateURL) rather than inline. */
function templateBodyTooLarge(body) {
    return Buffer.byteLength(body, 'utf8') > MAX_INLINE_BODY_BYTES;
}
function checkLimits(template, body) {
    const problems = [];
    const count = (what, rec, max, hint) => {
        const n = Object.keys(rec ?? {}).length;
        if (n > max)
            problems.push({ message: `the template has ${n} ${what}; CloudFormation allows ${max} (${hint})` });
    };
    count('resources', template.Resources, MAX_RESOURCES, 'split the project into several stacks');
    count('parameters', template.Parameters, MAX_PARAMETERS, 'use fewer file secrets');
    count('outputs', template.Outputs, MAX_OUTPUTS, 'publish fewer ports');
    for (const section of ['Parameters', 'Resources', 'Outputs', 'Conditions']) {
        for (const id of Object.keys(template[section] ?? {})) {
            if (!LOGICAL_ID.test(id))
                problems.push({
                    message: `logical ID ${JSON.stringify(id)} in ${section} must be 1 to 255 letters and digits`,
                });
        }
    }
    // CloudFormation is given the body as compact JSON (steps/prepare.ts), about half the readable body convert
    // returns (its two-space indents): the limit is on that form. It is written out only when the readable
    // body is over (a body that is not cannot have a compact form that is), and not for a template already
    // refused for its resources: that one has to be split, and each part is measured then.
    const readable = Buffer.byteLength(body, 'utf8');
    const measured = readable > MAX_S3_BODY_BYTES && Object.keys(template.Resources).length <= MAX_RESOURCES;
    const bytes = measured ? Buffer.byteLength(JSON.stringify(template), 'utf8') : 0;
    if (bytes > MAX_S3_BODY_BYTES)
        problems.push({
            message: `the template is ${bytes} bytes as compact JSON; CloudFormation takes at most ${MAX_S3_BODY_BYTES} bytes even from S3`,
        });
    return problems;
}

;// CONCATENATED MODULE: ./src/template/options.ts
// Conversion options: all optional; the defaults give a working public deployment.
const DEFAULT_SECRETS_INIT_IMAGE = 'public.ecr.aws/docker/library/busybox:1.36';
function resolveOptions(o = {}) {
    return {
        dropUnsupportedMounts: o.dropUnsupportedMounts ?? false,
        assignPublicIp: o.assignPublicIp ?? true,
        enableExec: o.enableExec ?? false,
        serviceDiscovery: o.serviceDiscovery ?? true,
        efsSubnetCount: Math.max(1, Math.floor(o.efsSubnetCount ?? 2)),
        secretsInitImage: o.secretsInitImage ?? DEFAULT_SECRETS_INIT_IMAGE,
    };
}

;// CONCATENATED MODULE: ./src/template/overlay.ts
// x-aws-cloudformation: an overlay merged into the generated template.
// Rules (docs/mapping.md):
//  - maps merge deeply; a `null` value deletes the key (a whole resource, a property, ...);
//  - a list whose items (on both sides) are all maps carrying the same identifying key — the first of
//    `Name`, `Key`, `PolicyName`, `Sid` that every item has — merges by that key: a matching item merges
//    deeply, a new item is appended, and an overlay item with `"$delete": true` removes its match;
//  - every other list is replaced; `{ "$replace": [...] }` replaces even a list that would merge by key;
//  - anything else replaces the generated value.

const MERGE_KEYS = ['Name', 'Key', 'PolicyName', 'Sid'];
const DELETE = '$delete';
const REPLACE = '$replace';
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function mergeOverlay(base, overlay) {
    if (isMap(overlay) && REPLACE in overlay && Object.keys(overlay).length === 1)
        return overlay[REPLACE];
    if (isMap(base) && isMap(overlay)) {
        const out = { ...base };
        for (const [k, v] of Object.entries(overlay)) {
            if (v === null)
                delete out[k];
            else
                out[k] = k in out ? mergeOverlay(out[k], v) : stripMarkers(v);
        }
        return out;
    }
    if (Array.isArray(base) && Array.isArray(overlay)) {
        const key = mergeKey(base, overlay);
        if (key === undefined)
            return overlay.map(stripMarkers);
        const out = base.slice();
        for (const item of overlay) {
            const i = out.findIndex((b) => b[key] === item[key]);
            if (item[DELETE] === true) {
                if (i >= 0)
                    out.splice(i, 1);
            }
            else if (i >= 0)
                out[i] = mergeOverlay(out[i], item);
            else
                out.push(stripMarkers(item));
        }
        return out;
    }
    return stripMarkers(overlay);
}
function mergeKey(base, overlay) {
    const items = [...base, ...overlay];
    if (base.length === 0 || !items.every(isMap))
        return undefined;
    return MERGE_KEYS.find((k) => items.every((i) => typeof i[k] === 'string'));
}
/** Values copied from the overlay lose nulls and markers (they only mean something while merging). */
function stripMarkers(v) {
    if (Array.isArray(v))
        return v.filter((i) => !(isMap(i) && i[DELETE] === true)).map(stripMarkers);
    if (isMap(v)) {
        if (REPLACE in v && Object.keys(v).length === 1)
            return stripMarkers(v[REPLACE]);
        return Object.fromEntries(Object.entries(v)
            .filter(([k, x]) => x !== null && k !== DELETE)
            .map(([k, x]) => [k, stripMarkers(x)]));
    }
    return v;
}
function applyOverlay(ctx, template, overlay) {
    const path = [aws_extensions.X.cloudformation];
    if (overlay === undefined || overlay === null)
        return template;
    if (!isMap(overlay)) {
        ctx.error(path, `${aws_extensions.X.cloudformation} must be a mapping (a partial CloudFormation template)`);
        return template;
    }
    const merged = mergeOverlay(template, overlay);
    if (!isMap(merged.Resources)) {
        ctx.error(path, 'the overlay removed Resources');
        return template;
    }
    for (const [id, res] of Object.entries(merged.Resources)) {
        if (!isMap(res) || typeof res.Type !== 'string')
            ctx.error([...path, 'Resources', id], `overlay resource ${id} needs a Type`);
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/template/file-script.ts

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
        LogConfiguration: logConfiguration(ctx, { ...task.main, logging: undefined }).config,
        MountPoints: mounts,
        ...(secrets.length > 0 ? { Secrets: secrets } : {}),
    };
}

;// CONCATENATED MODULE: ./src/template/fargate-size.ts
// Fargate accepts only fixed CPU/memory pairs; pick the smallest that covers what compose asks for.
/** CPU units → allowed memory in MiB (ECS-FACTS.md). */
const FARGATE_SIZES = [
    { cpu: 256, memory: [512, 1024, 2048] },
    { cpu: 512, memory: range(1024, 4096, 1024) },
    { cpu: 1024, memory: range(2048, 8192, 1024) },
    { cpu: 2048, memory: range(4096, 16384, 1024) },
    { cpu: 4096, memory: range(8192, 30720, 1024) },
    { cpu: 8192, memory: range(16384, 61440, 4096) },
    { cpu: 16384, memory: range(32768, 122880, 8192) },
];
function range(from, to, step) {
    const out = [];
    for (let v = from; v <= to; v += step)
        out.push(v);
    return out;
}
const MAX_CPUS = 16;
const MAX_MEMORY_MIB = 122880;
/**
 * The smallest pair (fewest CPU units, then least memory) with at least `cpus` vCPUs and `memoryBytes`.
 * Undefined when nothing fits (above 16 vCPU / 120 GiB).
 */
function fargateSize(cpus = 0, memoryBytes = 0) {
    const units = Math.ceil(Math.round(cpus * 1024 * 1000) / 1000);
    const mib = Math.ceil(memoryBytes / (1024 * 1024));
    for (const size of FARGATE_SIZES) {
        if (size.cpu < units)
            continue;
        const memory = size.memory.find((m) => m >= mib);
        if (memory !== undefined)
            return { cpu: size.cpu, memory };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/template/task-definition.ts



/** ECS container names allow letters, digits, '_' and '-'. */
function containerName(service) {
    return service.replace(/[^A-Za-z0-9_-]/g, '_');
}
const MIB = 1024 * 1024;
function taskSize(ctx, task) {
    let cpus = 0;
    let memory = 0;
    for (const c of task.containers) {
        const r = c.deploy?.resources;
        cpus += r?.limits?.cpus ?? r?.reservations?.cpus ?? 0;
        memory += r?.limits?.memory ?? r?.reservations?.memory ?? 0;
    }
    const size = fargateSize(cpus, memory);
    if (!size) {
        ctx.error(['services', task.name, 'deploy', 'resources'], `task ${task.name} asks for ${cpus} vCPU and ${Math.ceil(memory / MIB)} MiB; Fargate tasks go up to ${MAX_CPUS} vCPU and ${MAX_MEMORY_MIB} MiB`);
        return { cpu: 256, memory: 512 };
    }
    return size;
}
function addTaskDefinition(ctx, task, extras) {
    const id = `${task.id}TaskDefinition`;
    const size = taskSize(ctx, task);
    const containers = task.containers.map((c, i) => mergeProperties(containerDefinition(ctx, c, i === 0, task), extras.containers.get(c.name)));
    ctx.add(id, {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
            ContainerDefinitions: [...extras.initContainers, ...containers],
            Cpu: String(size.cpu),
            ExecutionRoleArn: extras.executionRole,
            Family: join('-', [ref('AWS::StackName'), containerName(task.name)]),
            Memory: String(size.memory),
            NetworkMode: 'awsvpc',
            RequiresCompatibilities: ['FARGATE'],
            RuntimePlatform: { CpuArchitecture: cpuArchitecture(ctx, task), OperatingSystemFamily: 'LINUX' },
            ...(extras.taskRole !== undefined ? { TaskRoleArn: extras.taskRole } : {}),
            ...(extras.volumes.length > 0 ? { Volumes: extras.volumes } : {}),
        },
    }, task.name);
    return id;
}
/** Adds properties from other concerns; lists (MountPoints, DependsOn, Secrets) are concatenated. */
function mergeProperties(base, extra) {
    const out = { ...base };
    for (const [key, value] of Object.entries(extra ?? {})) {
        const prev = out[key];
        out[key] = Array.isArray(prev) && Array.isArray(value) ? [...prev, ...value] : value;
    }
    return out;
}
function cpuArchitecture(ctx, task) {
    const archs = new Set();
    for (const c of task.containers) {
        if (!c.platform)
            continue;
        const arch = {
            'linux/amd64': 'X86_64',
            'linux/x86_64': 'X86_64',
            'linux/arm64': 'ARM64',
            'linux/arm64/v8': 'ARM64',
        }[c.platform];
        if (!arch)
            ctx.error(['services', c.name, 'platform'], `platform ${c.platform} is not available on Fargate (use linux/amd64 or linux/arm64)`);
        else
            archs.add(arch);
    }
    if (archs.size > 1)
        ctx.error(['services', task.name, 'platform'], `the containers of task ${task.name} ask for different platforms`);
    return archs.has('ARM64') ? 'ARM64' : 'X86_64';
}
function containerDefinition(ctx, c, main, task) {
    const path = ['services', c.name];
    if (!c.image)
        ctx.error(path, `service ${c.name} has no image (the images stage pins built images before conversion)`);
    const environment = sortedRecord(c.environment)
        .filter(([, v]) => v !== null)
        .map(([Name, Value]) => ({ Name, Value }));
    const linux = {};
    const caps = capabilities(c);
    if (caps)
        linux.Capabilities = caps;
    if (c.init !== undefined)
        linux.InitProcessEnabled = c.init;
    const ports = new Map();
    for (const p of c.ports)
        ports.set(`${p.target}/${p.protocol}`, {
            ContainerPort: p.target,
            Name: portName(c.name, p.target, p.protocol),
            Protocol: p.protocol,
        });
    for (const e of c.expose) {
        const [num, proto = 'tcp'] = e.split('/');
        const target = Number(num);
        if (!Number.isInteger(target) || (proto !== 'tcp' && proto !== 'udp')) {
            ctx.warn([...path, 'expose'], `expose ${e} is not a single port; ignored`);
            continue;
        }
        if (!ports.has(`${target}/${proto}`))
            ports.set(`${target}/${proto}`, {
                ContainerPort: target,
                Name: portName(c.name, target, proto),
                Protocol: proto,
            });
    }
    const r = c.deploy?.resources;
    const memLimit = r?.limits?.memory;
    const memReservation = r?.reservations?.memory;
    const log = logConfiguration(ctx, c);
    let stopTimeout = c.stopGracePeriod;
    if (stopTimeout !== undefined && stopTimeout > 120) {
        ctx.warn([...path, 'stop_grace_period'], `Fargate waits at most 120s before killing a container; stop_grace_period ${stopTimeout}s is cut to 120s`);
        stopTimeout = 120;
    }
    const def = {
        Name: containerName(c.name),
        Image: c.image ?? '',
        Essential: main ||
            !task.containers.some((o) => o.dependsOn[c.name]?.condition === 'service_completed_successfully'),
        ...(c.command ? { Command: c.command } : {}),
        ...(c.entrypoint ? { EntryPoint: c.entrypoint } : {}),
        ...(environment.length > 0 ? { Environment: environment } : {}),
        ...(c.workingDir ? { WorkingDirectory: c.workingDir } : {}),
        ...(c.user ? { User: c.user } : {}),
        ...(c.readOnly !== undefined ? { ReadonlyRootFilesystem: c.readOnly } : {}),
        ...(Object.keys(linux).length > 0 ? { LinuxParameters: linux } : {}),
        ...(Object.keys(c.ulimits).length > 0 ? { Ulimits: ulimits(ctx, c) } : {}),
        ...(stopTimeout !== undefined ? { StopTimeout: Math.round(stopTimeout) } : {}),
        ...(Object.keys(c.labels).length > 0 ? { DockerLabels: Object.fromEntries(sortedRecord(c.labels)) } : {}),
        ...healthCheck(ctx, c),
        LogConfiguration: log.config,
        ...(ports.size > 0 ? { PortMappings: [...ports.values()] } : {}),
        ...(memLimit !== undefined ? { Memory: Math.ceil(memLimit / MIB) } : {}),
        ...(memReservation !== undefined ? { MemoryReservation: Math.ceil(memReservation / MIB) } : {}),
        ...(c.tty ? { PseudoTerminal: true } : {}),
        ...(c.stdinOpen ? { Interactive: true } : {}),
    };
    return def;
}
/** Port mapping names (Service Connect refers to them): lowercase letters, digits, '-'. */
function portName(service, port, protocol) {
    const base = service
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'port';
    return `${base.slice(0, 50)}-${port}-${protocol}`;
}
function capabilities(c) {
    const norm = (cap) => cap.toUpperCase().replace(/^CAP_/, '');
    const add = c.capAdd.map(norm).sort();
    const drop = c.capDrop.map(norm).sort();
    // Fargate lets a task add SYS_PTRACE and nothing else; the loader's Fargate table refuses the others.
    if (add.length === 0 && drop.length === 0)
        return undefined;
    return {
        ...(add.length ? { Add: add.filter((a) => a === 'SYS_PTRACE') } : {}),
        ...(drop.length ? { Drop: drop } : {}),
    };
}
const ULIMIT_NAMES = [
    'core',
    'cpu',
    'data',
    'fsize',
    'locks',
    'memlock',
    'msgqueue',
    'nice',
    'nofile',
    'nproc',
    'rss',
    'rtprio',
    'rttime',
    'sigpending',
    'stack',
];
function ulimits(ctx, c) {
    const out = [];
    for (const [name, { soft, hard }] of sortedRecord(c.ulimits)) {
        if (!ULIMIT_NAMES.includes(name))
            ctx.error(['services', c.name, 'ulimits', name], `ulimit ${name} is not supported by ECS (known: ${ULIMIT_NAMES.join(', ')})`);
        else
            out.push({ HardLimit: hard, Name: name, SoftLimit: soft });
    }
    return out;
}
function healthCheck(ctx, c) {
    const hc = c.healthcheck;
    if (!hc || hc.disable || !hc.test || hc.test[0] === 'NONE')
        return {};
    const path = ['services', c.name, 'healthcheck'];
    const bounded = (field, v, lo, hi) => {
        if (v === undefined)
            return undefined;
        const r = Math.round(v);
        if (r < lo || r > hi)
            ctx.warn([...path, field], `ECS takes a health-check ${field} from ${lo} to ${hi}; ${v} becomes ${Math.min(hi, Math.max(lo, r))}`);
        return Math.min(hi, Math.max(lo, r));
    };
    const interval = bounded('interval', hc.interval, 5, 300);
    const timeout = bounded('timeout', hc.timeout, 2, 60);
    const retries = bounded('retries', hc.retries, 1, 10);
    const startPeriod = bounded('start_period', hc.startPeriod, 0, 300);
    return {
        HealthCheck: {
            Command: hc.test,
            ...(interval !== undefined ? { Interval: interval } : {}),
            ...(retries !== undefined ? { Retries: retries } : {}),
            ...(startPeriod !== undefined ? { StartPeriod: startPeriod } : {}),
            ...(timeout !== undefined ? { Timeout: timeout } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/template/secrets.ts




const SECRETS_ROOT = '/run/secrets';
const INIT_CONTAINER = 'compose-secrets-init';
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
                iamArn: sub(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${param}`),
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
                valueFrom: ref(param),
                versionId: ref(versionParam),
                iamArn: ref(param),
                store: 'secretsmanager',
                keys,
            };
        }
        else {
            ctx.error(path, `secret ${name} needs a source: file, environment, external: true (a Secrets Manager ARN or SSM parameter name) or ${aws_extensions.X.secretArn}`);
        }
        if (source && keys.length > 0 && source.store !== 'secretsmanager') {
            ctx.error([...path, aws_extensions.X.keys], `${aws_extensions.X.keys} selects JSON keys of a Secrets Manager secret; ${name} is an SSM parameter`);
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
        const volume = `${containerName(c.name)}-secrets`;
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
            checkOwnerIds(ctx, path, r);
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
                script.push(...writeFileLines(dest, [initVar], r, 0o444));
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
        out.initContainers.push(initContainer(ctx, task, INIT_CONTAINER, script, initMounts, initSecrets));
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
            : join('', [source.valueFrom, `:${key}::`]);
    }
    return join('', [source.valueFrom, `:${key}::`, source.versionId]);
}

;// CONCATENATED MODULE: ./src/template/configs.ts
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






const configs_INIT_CONTAINER = 'compose-configs-init';
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
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
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
const parameterArn = (name) => sub(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${name.replace(/^\//, '')}`);
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
            checkOwnerIds(ctx, path, r);
            const target = external_node_path_.posix.resolve('/', r.target ?? `/${r.source}`);
            if (def.external) {
                const parameter = def.aws?.parameter ?? def.externalName ?? def.name;
                // SSM parameter names use these characters only; anything else (a `${`) must not reach Fn::Sub.
                if (!parameter.startsWith('arn:') && !/^[A-Za-z0-9_.\-/]+$/.test(parameter))
                    return void ctx.error(['configs', r.source], `config ${r.source}: ${JSON.stringify(parameter)} is not an SSM parameter name (letters, digits, _ . - /) or ARN`);
                const valueFrom = parameter.startsWith('arn:') ? parameter : parameterArn(parameter);
                out.parameterArns.push(valueFrom);
                deliveries.push({ target, valueFrom: [valueFrom], ref: r, dir: external_node_path_.posix.dirname(target), single: true });
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
                    target: directory ? external_node_path_.posix.join(target, file.path) : target,
                    valueFrom: chunks.map((k) => parameterArn(`compose-ecs/\${AWS::StackName}/${k.name}`)),
                    ref: r,
                    dir: directory ? target : external_node_path_.posix.dirname(target),
                    single: !directory,
                });
            }
        });
        if (deliveries.length === 0)
            continue;
        const roots = mountRoots(ctx, c.name, deliveries);
        const mountPoints = [];
        roots.forEach((root, k) => {
            const volume = `${containerName(c.name)}-configs${roots.length > 1 ? `-${k + 1}` : ''}`;
            out.volumes.push({ Name: volume });
            mountPoints.push({ ContainerPath: root, ReadOnly: true, SourceVolume: volume });
            initMounts.push({ ContainerPath: `/compose-configs/${volume}`, ReadOnly: false, SourceVolume: volume });
            for (const d of deliveries.filter((x) => within(root, x.target))) {
                const dest = external_node_path_.posix.join(`/compose-configs/${volume}`, external_node_path_.posix.relative(root, d.target));
                script.push(...writeFileLines(dest, d.valueFrom.map(variable), d.ref, DEFAULT_MODE));
            }
        });
        out.containers.set(c.name, {
            MountPoints: mountPoints,
            DependsOn: [{ Condition: 'SUCCESS', ContainerName: configs_INIT_CONTAINER }],
        });
    }
    if (taskBytes > MAX_TASK_CONFIG_BYTES)
        ctx.error(['services', task.name, 'configs'], `the configs of task ${task.name} hold ${taskBytes} bytes, more than the ${MAX_TASK_CONFIG_BYTES} a task's init container can carry`);
    if (initSecrets.length > 0 || script.length > 1)
        out.initContainers.push(initContainer(ctx, task, configs_INIT_CONTAINER, script, initMounts, initSecrets));
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
            const file = deliveries.find((d) => external_node_path_.posix.dirname(d.target) === '/')?.target ?? '/';
            ctx.error(path, `a config at ${file} would need a volume mounted on /: ECS mounts volumes on directories only, so give it a target in a directory of its own (e.g. /etc/app${file})`);
            continue;
        }
        if (own.secrets.length > 0 && (within(root, SECRETS_ROOT) || within(SECRETS_ROOT, root)))
            ctx.error(path, `configs mounted on ${root} would collide with the secrets volume on ${SECRETS_ROOT}`);
        if (volumeTargets.includes(root))
            ctx.error(path, `configs mounted on ${root} would collide with the volume mounted there`);
        // A directory config on its own target hides the image's directory just as compose's bind mount does.
        if (deliveries.some((d) => within(root, d.target) && (d.single || d.dir !== root)))
            ctx.warn(path, `the configs of ${service} are delivered on a volume mounted on ${root}: ECS cannot mount a single file, so whatever the image has in ${root} is hidden`);
    }
    return roots.filter((r) => r !== '/');
}

;// CONCATENATED MODULE: ./src/template/serialize.ts
const SECTION_ORDER = [
    'AWSTemplateFormatVersion',
    'Description',
    'Metadata',
    'Parameters',
    'Mappings',
    'Conditions',
    'Resources',
    'Outputs',
];
const RESOURCE_ORDER = [
    'Type',
    'Condition',
    'DependsOn',
    'DeletionPolicy',
    'UpdateReplacePolicy',
    'Metadata',
    'Properties',
];
const SORTED_SECTIONS = ['Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs'];
const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * `obj`'s keys in `order` first (those it has), then the others sorted; the values are not copied, and an
 * object already in that order is returned as it is (most are: a large project has thousands).
 */
function ordered(obj, order) {
    if (inOrder(Object.keys(obj), order))
        return obj;
    const out = {};
    for (const k of order)
        if (Object.hasOwn(obj, k))
            out[k] = obj[k];
    const rest = order.length ? Object.keys(obj).filter((k) => !order.includes(k)) : Object.keys(obj);
    for (const k of rest.sort(byKey))
        out[k] = obj[k];
    return out;
}
function inOrder(keys, order) {
    const rank = (k) => {
        const at = order.indexOf(k);
        return at < 0 ? order.length : at;
    };
    for (let i = 1; i < keys.length; i++) {
        const a = rank(keys[i - 1]);
        const b = rank(keys[i]);
        if (a > b || (a === b && a === order.length && byKey(keys[i - 1], keys[i]) > 0))
            return false;
    }
    return true;
}
function canonicalTemplate(template) {
    // A copy: the sections below are replaced, and the template given is left as it is.
    const out = { ...ordered(template, SECTION_ORDER) };
    for (const section of SORTED_SECTIONS) {
        const value = out[section];
        if (value === undefined)
            continue;
        if (Object.keys(value).length === 0 && section !== 'Resources') {
            delete out[section];
            continue;
        }
        // One pass per section, each entry written once (thousands of resources in a large project).
        const sorted = {};
        for (const id of Object.keys(value).sort(byKey)) {
            if (section !== 'Resources') {
                sorted[id] = value[id];
                continue;
            }
            const r = ordered(value[id], RESOURCE_ORDER);
            const properties = r.Properties;
            const p = properties && typeof properties === 'object' ? ordered(properties, []) : properties;
            // The template given is left as it is: a resource is copied when its properties need reordering.
            sorted[id] = p === properties ? r : { ...r, Properties: p };
        }
        out[section] = sorted;
    }
    return out;
}
function serialize(template) {
    return JSON.stringify(template, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/template/tags.ts
var tags = __webpack_require__(2589);
;// CONCATENATED MODULE: ./src/template/tasks.ts


function sidecarTarget(service) {
    if (service.aws?.sidecarOf !== undefined)
        return service.aws.sidecarOf;
    const mode = service.networkMode;
    if (mode?.startsWith('service:'))
        return mode.slice('service:'.length);
    return undefined;
}
function planTasks(ctx) {
    const services = ctx.project.services;
    const targets = new Map();
    for (const [name, service] of sortedRecord(services)) {
        const target = sidecarTarget(service);
        if (target === undefined)
            continue;
        const path = ['services', name, service.aws?.sidecarOf !== undefined ? aws_extensions.X.sidecarOf : 'network_mode'];
        if (!services[target])
            ctx.error(path, `service ${name} is a sidecar of ${target}, which is not a service of this project`);
        else if (target === name)
            ctx.error(path, `service ${name} cannot be its own sidecar`);
        else
            targets.set(name, target);
    }
    for (const [name, target] of targets) {
        if (targets.has(target))
            ctx.error(['services', name], `service ${name} is a sidecar of ${target}, which is itself a sidecar; name the task's main service instead`);
    }
    const tasks = [];
    for (const [name, main] of sortedRecord(services)) {
        if (targets.has(name))
            continue;
        const sidecars = [...targets].filter(([, t]) => t === name).map(([s]) => services[s]);
        tasks.push({ name, id: ctx.ids.service.get(name), main, containers: [main, ...sidecars] });
    }
    return tasks;
}

;// CONCATENATED MODULE: ./src/template/names-used.ts
const SCHEME_PORTS = {
    http: 80,
    https: 443,
    ws: 80,
    wss: 443,
    postgres: 5432,
    postgresql: 5432,
    mysql: 3306,
    mariadb: 3306,
    mongodb: 27017,
    redis: 6379,
    amqp: 5672,
    nats: 4222,
    memcached: 11211,
};
/** Finds uses of any of `names` in a piece of text (a value, an argument, a config file). */
function findNames(text, names, where) {
    const out = [];
    // A host is a name standing alone or delimited by URL/host:port punctuation, never part of a longer word or path.
    const re = /(?:([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s]*@)?)?(?<![\w.-])([a-z0-9][a-z0-9_-]*)(?![\w-]|\.[a-z0-9])(?::(\d{1,5}))?/gi;
    for (const m of text.matchAll(re)) {
        const host = m[2].toLowerCase();
        if (!names.has(host))
            continue;
        const before = text.slice(0, m.index);
        const scheme = m[1]?.toLowerCase();
        const explicit = m[3] !== undefined ? Number(m[3]) : undefined;
        // Without a scheme or a port, a bare word is a host only as the whole value (MYSQL_HOST: db),
        // after KEY= or after a flag (-h db, --host=db); "run db migrations" names no host.
        const hostLike = scheme !== undefined ||
            explicit !== undefined ||
            text.trim().toLowerCase() === host ||
            /(?:=|(?:^|\s)--?[a-z][a-z-]*[=\s]+)$/i.test(before);
        if (!hostLike)
            continue;
        const port = explicit ?? (scheme !== undefined ? SCHEME_PORTS[scheme] : undefined);
        out.push({ name: host, ...(port !== undefined ? { port } : {}), where });
    }
    return out;
}
/** Every name of `names` that service `s` uses, with where and on which port. */
function namesUsedBy(s, names) {
    const out = [];
    for (const [key, value] of Object.entries(s.environment))
        if (value !== null)
            out.push(...findNames(value, names, `environment.${key}`));
    (s.command ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `command[${i}]`)));
    (s.entrypoint ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `entrypoint[${i}]`)));
    for (const l of s.links)
        if (names.has(l.alias.toLowerCase()))
            out.push({ name: l.alias.toLowerCase(), where: 'links' });
    for (const dep of Object.keys(s.dependsOn))
        if (names.has(dep.toLowerCase()))
            out.push({ name: dep.toLowerCase(), where: `depends_on.${dep}` });
    return out.filter((u) => u.name !== s.name.toLowerCase());
}

;// CONCATENATED MODULE: ./src/template/start-order.ts


/** Task name → the tasks it must start after (depends_on across tasks, and names it uses). */
function startOrder(ctx, tasks) {
    const taskOf = new Map();
    for (const t of tasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const edges = new Map(tasks.map((t) => [t.name, new Set()]));
    for (const t of tasks)
        for (const c of t.containers)
            for (const dep of Object.keys(c.dependsOn)) {
                const other = taskOf.get(dep);
                if (other && other !== t)
                    edges.get(t.name).add(other.name);
            }
    if (!ctx.options.serviceDiscovery)
        return edges;
    const owner = new Map();
    for (const t of tasks)
        for (const n of taskNames(ctx, t))
            owner.set(n, t.name);
    const names = new Set(owner.keys());
    const reaches = (from, to) => {
        if (from === to)
            return true;
        const seen = new Set([from]);
        const stack = [from];
        while (stack.length > 0) {
            const next = edges.get(stack.pop()) ?? new Set();
            // A direct edge answers before any longer path is walked (a chain of services is the common shape).
            if (next.has(to))
                return true;
            for (const n of next)
                if (!seen.has(n) && seen.add(n))
                    stack.push(n);
        }
        return false;
    };
    for (const t of [...tasks].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        for (const c of t.containers) {
            for (const use of namesUsedBy(c, names)) {
                const server = owner.get(use.name);
                if (server === t.name || edges.get(t.name).has(server))
                    continue;
                if (reaches(server, t.name)) {
                    ctx.warn(['services', c.name], `${c.name} names ${use.name} (${use.where}), but ${server} already starts after ${t.name}; ${c.name} may start before ${use.name} answers and must retry`);
                    continue;
                }
                edges.get(t.name).add(server);
            }
        }
    }
    return edges;
}

;// CONCATENATED MODULE: ./src/template/volumes.ts




const KNOWN_OPTS = [
    'uid',
    'gid',
    'permissions',
    'root_directory',
    'performance_mode',
    'throughput_mode',
    'provisioned_throughput',
    'lifecycle_policy',
    'backup_policy',
];
/** compose's volume label, also on each file system so a later stack of the project finds it again. */
const VOLUME_TAG = 'com.docker.compose.volume';
/** The stack that created a file system: a stack created again under that name finds its data; other stacks of the project (previews) never take it. */
const STACK_TAG = 'compose-ecs.stack';
function fileSystemId(ctx, volume) {
    return `${ctx.ids.volume.get(volume)}Filesystem`;
}
/** Adds file systems, their security group and mount targets for every volume a service mounts. */
function planVolumes(ctx, tasks, groups) {
    const plan = { fileSystems: new Map(), mountTargets: new Map(), parameters: [] };
    const users = new Map();
    for (const task of tasks) {
        for (const c of task.containers) {
            for (const m of c.volumes) {
                if (m.type !== 'volume' || !m.source)
                    continue;
                users.set(m.source, (users.get(m.source) ?? new Set()).add(task));
            }
        }
    }
    for (const name of [...users.keys()].sort()) {
        const vol = ctx.project.volumes[name];
        const path = ['volumes', name];
        if (!vol) {
            ctx.error(['services', [...users.get(name)][0].name, 'volumes'], `volume ${name} is not defined in the top-level volumes`);
            continue;
        }
        if (vol.driver && !['local', 'efs'].includes(vol.driver))
            ctx.warn([...path, 'driver'], `volume driver ${vol.driver} is ignored: volumes become EFS file systems`);
        for (const key of Object.keys(vol.driverOpts).sort()) {
            if (!KNOWN_OPTS.includes(key))
                ctx.warn([...path, 'driver_opts', key], `driver option ${key} is ignored (known: ${KNOWN_OPTS.join(', ')})`);
        }
        if (vol.external) {
            const fs = vol.externalName ?? vol.name;
            if (!/^fs-[0-9a-f]+$/.test(fs))
                ctx.error([...path, 'name'], `external volume ${name} must name an existing EFS file system id (fs-...), got ${fs}`);
            plan.fileSystems.set(name, fs);
            continue;
        }
        const id = fileSystemId(ctx, name);
        const o = vol.driverOpts;
        const throughput = o.provisioned_throughput !== undefined ? Number(o.provisioned_throughput) : undefined;
        if (throughput !== undefined && !(throughput > 0))
            ctx.error([...path, 'driver_opts', 'provisioned_throughput'], 'provisioned_throughput must be a positive number of MiB/s');
        // Data outlives the stack: deleting the project must not delete its volumes, and the stack deployed
        // again finds the retained file system (the plan stage looks it up by its project, volume and stack
        // tags, as Docker's ECS integration did by project and volume) instead of creating an empty one.
        const retained = `${id}RetainedId`;
        const isNew = `${id}IsNew`;
        ctx.template.Parameters[retained] = {
            Type: 'String',
            Default: '',
            AllowedPattern: '^(fs-[0-9a-f]+)?$',
            Description: `A retained EFS file system of volume ${name} to use instead of creating one (looked up at plan time)`,
        };
        ctx.template.Conditions = { ...ctx.template.Conditions, [isNew]: { 'Fn::Equals': [ref(retained), ''] } };
        plan.parameters.push({
            name: retained,
            kind: 'retained-file-system',
            volume: name,
            description: `a file system of volume ${name} that an earlier stack of ${ctx.project.name} retained`,
        });
        const fsValue = { 'Fn::If': [isNew, ref(id), ref(retained)] };
        ctx.add(id, {
            Type: 'AWS::EFS::FileSystem',
            Condition: isNew,
            DeletionPolicy: 'Retain',
            UpdateReplacePolicy: 'Retain',
            Properties: {
                FileSystemTags: [
                    { Key: STACK_TAG, Value: ref('AWS::StackName') },
                    { Key: VOLUME_TAG, Value: name },
                ],
                ...(o.backup_policy ? { BackupPolicy: { Status: o.backup_policy.toUpperCase() } } : {}),
                Encrypted: true,
                ...(o.lifecycle_policy ? { LifecyclePolicies: [{ TransitionToIA: o.lifecycle_policy }] } : {}),
                ...(o.performance_mode ? { PerformanceMode: o.performance_mode } : {}),
                ...(throughput !== undefined && throughput > 0 ? { ProvisionedThroughputInMibps: throughput } : {}),
                ...(o.throughput_mode ? { ThroughputMode: o.throughput_mode } : {}),
            },
        });
        // NFS from the security groups of the services that mount it, nothing else.
        const clientGroups = new Map();
        for (const task of users.get(name)) {
            for (const n of Object.keys(task.main.networks).sort()) {
                const g = groups.get(n);
                if (g !== undefined)
                    clientGroups.set(JSON.stringify(g), g);
            }
        }
        ctx.add(`${id}SecurityGroup`, {
            Type: 'AWS::EC2::SecurityGroup',
            Properties: {
                GroupDescription: `${ctx.project.name} ${name} volume: NFS from the services that mount it`,
                SecurityGroupIngress: [...clientGroups.values()].map((g) => ({
                    Description: 'NFS',
                    FromPort: 2049,
                    IpProtocol: 'tcp',
                    SourceSecurityGroupId: g,
                    ToPort: 2049,
                })),
                VpcId: ref('VpcId'),
            },
        });
        const targets = [];
        for (let i = 0; i < ctx.options.efsSubnetCount; i++) {
            const mt = `${id}MountTarget${i}`;
            ctx.add(mt, {
                Type: 'AWS::EFS::MountTarget',
                Properties: {
                    FileSystemId: fsValue,
                    SecurityGroups: [ref(`${id}SecurityGroup`)],
                    SubnetId: { 'Fn::Select': [i, ref(SUBNETS_PARAM)] },
                },
            });
            targets.push(mt);
        }
        plan.fileSystems.set(name, fsValue);
        plan.mountTargets.set(name, targets);
    }
    return plan;
}
function taskVolumes(ctx, task, plan) {
    const out = { containers: new Map(), volumes: [], statements: [], mountTargets: [] };
    const taskVolumeNames = new Set();
    const access = new Map();
    for (const c of task.containers) {
        const mounts = [];
        c.volumes.forEach((m, i) => {
            const path = ['services', c.name, 'volumes', i];
            if (m.type === 'bind' || m.type === 'tmpfs') {
                const what = m.type === 'bind' ? `bind mount ${m.source} → ${m.target}` : `tmpfs ${m.target}`;
                if (ctx.options.dropUnsupportedMounts)
                    ctx.warn(path, `${what} is dropped: Fargate has no host file system`);
                else
                    ctx.error(path, `${what} is not available on Fargate (use a named volume)`);
                return;
            }
            if (m.type !== 'volume') {
                ctx.error(path, `${m.type} mounts are not available on Fargate`);
                return;
            }
            if (!m.source) {
                // Docker fills an anonymous volume with the image's content at that path; an ECS task volume
                // starts empty (only a path the image declares as VOLUME is copied), so `- /code/node_modules`
                // would hide the image's node_modules. Without the mount the image's content stays visible and
                // writes go to the container's layer — what compose shows, minus persistence across restarts,
                // which an anonymous volume never promised. Kept (empty) where nocopy asks for an empty volume
                // or the root file system is read-only and the path must stay writable.
                if (m.nocopy || c.readOnly) {
                    const name = `${containerName(c.name)}-anon-${i}`;
                    out.volumes.push({ Name: name });
                    mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: name });
                    if (!m.nocopy)
                        ctx.warn(path, `anonymous volume ${m.target} starts empty on ECS (Docker would copy the image's content there); kept because read_only needs it writable`);
                }
                else {
                    ctx.warn(path, `anonymous volume ${m.target} is not mounted: an ECS task volume starts empty and would hide the image's content there, which Docker copies in; the image's files stay visible and writes go to the container`);
                }
                return;
            }
            const fs = plan.fileSystems.get(m.source);
            if (fs === undefined)
                return; // reported by planVolumes
            const vol = ctx.project.volumes[m.source];
            const sub_ = m.subpath ? m.subpath.replace(/^\/+|\/+$/g, '') : '';
            const volName = `${m.source}${sub_ ? `-${sub_}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '-');
            const apId = `${task.id}${ctx.ids.volume.get(m.source)}${sub_ ? pascal(sub_) : ''}AccessPoint`;
            if (!taskVolumeNames.has(volName)) {
                taskVolumeNames.add(volName);
                ctx.add(apId, accessPoint(fs, vol.driverOpts, sub_, vol.external ? '' : m.source, owner(c)), task.name);
                out.volumes.push({
                    EFSVolumeConfiguration: {
                        AuthorizationConfig: { AccessPointId: ref(apId), IAM: 'ENABLED' },
                        FilesystemId: fs,
                        TransitEncryption: 'ENABLED',
                    },
                    Name: volName,
                });
                const key = JSON.stringify(fs);
                const a = access.get(key) ?? { fs, points: [], write: false };
                a.points.push(sub(`arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:access-point/\${${apId}}`));
                access.set(key, a);
                out.mountTargets.push(...(plan.mountTargets.get(m.source) ?? []));
            }
            if (!m.readOnly)
                access.get(JSON.stringify(fs)).write = true;
            mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: volName });
        });
        if (mounts.length > 0)
            out.containers.set(c.name, { MountPoints: mounts });
    }
    for (const a of access.values()) {
        const arn = 'arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/';
        const fsArn = typeof a.fs === 'string' ? sub(`${arn}${a.fs}`) : sub(`${arn}\${Id}`, { Id: a.fs });
        out.statements.push({
            Action: a.write
                ? ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite']
                : 'elasticfilesystem:ClientMount',
            Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': a.points } },
            Effect: 'Allow',
            Resource: fsArn,
        });
    }
    return out;
}
/** The uid:gid a service's processes run as, when the compose file tells (user:, or a known image). */
function owner(c) {
    const user = c.user?.trim();
    if (user) {
        const [u = '', g] = user.split(':');
        const known = NAMED_USERS[u];
        const uid = /^\d+$/.test(u) ? u : known?.[0];
        if (uid === undefined)
            return undefined;
        const gid = g !== undefined && /^\d+$/.test(g)
            ? g
            : g !== undefined
                ? (NAMED_USERS[g]?.[1] ?? uid)
                : (known?.[1] ?? uid);
        return { uid, gid };
    }
    const repo = (c.image ?? '').split('@')[0].replace(/:[^/]*$/, '');
    for (const [pattern, ids] of NON_ROOT_IMAGES)
        if (pattern.test(repo))
            return { uid: ids[0], gid: ids[1] };
    return undefined;
}
/** Users of the official Debian-based images, by name (`user: postgres`). */
const NAMED_USERS = {
    root: ['0', '0'],
    postgres: ['999', '999'],
    mysql: ['999', '999'],
    redis: ['999', '999'],
    mongodb: ['999', '999'],
    rabbitmq: ['999', '999'],
    nobody: ['65534', '65534'],
    'www-data': ['33', '33'],
    node: ['1000', '1000'],
    nginx: ['101', '101'],
    elasticsearch: ['1000', '0'],
    grafana: ['472', '0'],
};
/** Images that run as a non-root user by default. */
const NON_ROOT_IMAGES = [
    [/(^|\/)prom\/(prometheus|alertmanager|pushgateway)$/, ['65534', '65534']],
    [/(^|\/)grafana\/grafana(-oss|-enterprise)?$/, ['472', '0']],
    [/(^|\/)elasticsearch\/elasticsearch$|(^|\/)elasticsearch$/, ['1000', '0']],
    [/(^|\/)bitnami\//, ['1001', '0']],
];
/**
 * An access point per service mount. Its root directory is created on first use owned by the uid:gid the
 * service runs as — driver_opts uid/gid, else `user:` (numeric, or a known name), else a known non-root
 * image — so non-root images can write; when nothing tells, it is root-owned and world-writable (0777),
 * so whatever user the image runs as can write. The root is /<volume> on file systems the stack creates
 * and the root of an external one (driver_opts root_directory overrides; "/" keeps the file system's
 * root, root-owned 0755, as before this change).
 * PosixUser (every request as that user) only when driver_opts say uid.
 */
function accessPoint(fs, o, subpath, volume, runsAs) {
    const base = o.root_directory !== undefined ? o.root_directory.replace(/^\/+|\/+$/g, '') : volume;
    const root = `/${[base, subpath].filter(Boolean).join('/')}`;
    const uid = o.uid ?? runsAs?.uid;
    const gid = o.gid ?? (o.uid !== undefined ? o.uid : runsAs?.gid);
    return {
        Type: 'AWS::EFS::AccessPoint',
        Properties: {
            FileSystemId: fs,
            ...(o.uid !== undefined ? { PosixUser: { Gid: o.gid ?? o.uid, Uid: o.uid } } : {}),
            ...(root !== '/'
                ? {
                    RootDirectory: {
                        CreationInfo: {
                            OwnerGid: gid ?? '0',
                            OwnerUid: uid ?? '0',
                            Permissions: o.permissions ?? (uid !== undefined ? '0755' : '0777'),
                        },
                        Path: root,
                    },
                }
                : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/template/convert.ts























function convert(loaded, options = {}) {
    const { template, parameters, errors, warnings } = buildTemplate(loaded, options);
    const body = serialize(template);
    for (const problem of checkLimits(template, body))
        errors.push(problem);
    const quotas = checkQuotas(template);
    errors.push(...quotas.errors);
    warnings.push(...quotas.warnings);
    if (errors.length > 0) {
        throw new src_errors/* UserError */.yo('convert', `cannot convert project ${loaded.project.name}: ${errors.length} problem(s)`, errors);
    }
    return { template, body, parameters, warnings };
}
/**
 * The template in its canonical order, before it is written out and checked against CloudFormation's
 * limits (convert does both). Apart so that the bench can time the two (issue 13: conversion).
 */
function buildTemplate(loaded, options = {}) {
    const ctx = createContext(loaded, resolveOptions(options));
    const project = ctx.project;
    const parameters = addNetworkParameters(ctx);
    const cluster = addCluster(ctx);
    addLogGroup(ctx);
    const groups = addNetworks(ctx);
    const tasks = planTasks(ctx);
    const lb = planLoadBalancer(ctx, tasks);
    if (ctx.template.Resources[LB_ID] && lb.scheme === 'internet-facing')
        parameters.push(addLoadBalancerSubnetsParameter(ctx));
    else if (ctx.template.Resources[LB_ID]) {
        // An internal load balancer sits in the tasks' subnets: they must span two zones.
        const subnets = parameters.find((p) => p.kind === 'subnets');
        subnets.minCount = Math.max(subnets.minCount ?? 0, 2);
    }
    const taskOf = new Map();
    for (const t of tasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const taskGroups = (task) => {
        const names = Object.keys(task.main.networks).sort();
        for (const c of task.containers.slice(1)) {
            // A network_mode: service:<name> sidecar declares no networks of its own (compose forbids both).
            const own = Object.keys(c.networks).sort();
            if (own.length > 0 && own.join() !== names.join()) {
                ctx.warn(['services', c.name, 'networks'], `sidecar ${c.name} shares the network of ${task.name}; its own networks are ignored`);
            }
        }
        return names.map((n) => groups.get(n)).filter((g) => g !== undefined);
    };
    // Ingress for published ports goes on the first security group we create for the task.
    const ingressGroup = (task) => Object.keys(task.main.networks)
        .sort()
        .map((n) => groups.get(n))
        .find((g) => typeof g === 'object');
    addListeners(ctx, lb, ingressGroup);
    const secrets = planSecrets(ctx);
    parameters.push(...secrets.parameters);
    const volumes = planVolumes(ctx, tasks, groups);
    parameters.push(...volumes.parameters);
    const discovery = addDiscovery(ctx, tasks);
    const order = startOrder(ctx, tasks);
    const byName = new Map(tasks.map((t) => [t.name, t]));
    const portsOf = new Map();
    for (const p of lb.ports)
        portsOf.set(p.task, [...(portsOf.get(p.task) ?? []), p]);
    for (const task of tasks) {
        const exec = task.containers.some((c) => execEnabled(ctx, c));
        const ts = taskSecrets(ctx, task, secrets.sources);
        const tc = taskConfigs(ctx, task);
        const tv = taskVolumes(ctx, task, volumes);
        const containers = new Map();
        const dependsOn = [...(order.get(task.name) ?? [])].map((name) => serviceId(byName.get(name)));
        // Every container starts after the DNS search list names the namespace, so bare compose names resolve.
        const initContainers = discovery
            ? [dnsSearchContainer(ctx, task.main), ...ts.initContainers, ...tc.initContainers]
            : [...ts.initContainers, ...tc.initContainers];
        const dnsReady = discovery ? [{ Condition: 'SUCCESS', ContainerName: DNS_INIT_CONTAINER }] : [];
        for (const c of task.containers) {
            const deps = containerDependencies(ctx, task, c, taskOf);
            let extra = mergeProperties(mergeProperties(ts.containers.get(c.name) ?? {}, tc.containers.get(c.name)), tv.containers.get(c.name));
            const after = [...dnsReady, ...deps.container];
            if (after.length > 0)
                extra = mergeProperties(extra, { DependsOn: after });
            if (Object.keys(extra).length > 0)
                containers.set(c.name, extra);
        }
        const executionRole = addExecutionRole(ctx, task, {
            images: [
                ...task.containers.map((c) => c.image ?? ''),
                ...(initContainers.length > 0 ? [ctx.options.secretsInitImage] : []),
            ],
            extraLogGroups: task.containers.flatMap((c) => logConfiguration(ctx, c).extraGroup ?? []),
            secretArns: ts.secretArns,
            parameterArns: [...ts.parameterArns, ...tc.parameterArns],
        });
        const taskRole = addTaskRole(ctx, task, { statements: tv.statements, exec });
        const taskDefinition = addTaskDefinition(ctx, task, {
            containers,
            initContainers,
            volumes: [...ts.volumes, ...tc.volumes, ...tv.volumes],
            executionRole,
            ...(taskRole !== undefined ? { taskRole } : {}),
        });
        const ports = portsOf.get(task) ?? [];
        if (ports.length > 5)
            ctx.error(['services', task.name, 'ports'], `an ECS service can attach to at most 5 target groups; ${task.name} publishes ${ports.length} ports`);
        const startPeriods = ports
            .map((p) => p.container.healthcheck?.startPeriod)
            .filter((v) => v !== undefined);
        // Services that mount EFS volumes run where the mount targets are.
        const efsSubnets = Array.from({ length: ctx.options.efsSubnetCount }, (_, i) => ({
            'Fn::Select': [i, ref(SUBNETS_PARAM)],
        }));
        addService(ctx, task, taskDefinition, {
            cluster,
            securityGroups: taskGroups(task),
            ...(tv.mountTargets.length > 0 ? { subnets: efsSubnets } : {}),
            loadBalancers: ports.map((p) => ({
                ContainerName: containerName(p.container.name),
                ContainerPort: p.port.target,
                TargetGroupArn: ref(`${p.id}TargetGroup`),
            })),
            dependsOn: [
                ...ports.flatMap((p) => [p.listenerId, ...(p.route ? [`${p.id}Rule`] : [])]),
                ...dependsOn,
                ...tv.mountTargets,
            ],
            ...(startPeriods.length > 0 ? { gracePeriod: Math.max(...startPeriods.map(Math.round)) } : {}),
            serviceRegistries: discovery ? serviceRegistries(discovery, task) : [],
            autoscaled: task.main.deploy?.aws?.autoscaling !== undefined,
            enableExec: exec,
        });
        addAutoscaling(ctx, task, clusterName(cluster), lb, ports);
    }
    (0,tags/* applyTags */.MU)(ctx, ctx.owners);
    const template = canonicalTemplate(applyOverlay(ctx, ctx.template, project.aws?.cloudformation));
    return { template, parameters, errors: ctx.errors, warnings: ctx.warnings };
}
/** depends_on within a task becomes container DependsOn (across tasks: start-order.ts). */
function containerDependencies(ctx, task, c, taskOf) {
    const container = [];
    for (const [dep, d] of Object.entries(c.dependsOn).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const other = taskOf.get(dep);
        const path = ['services', c.name, 'depends_on', dep];
        if (!other) {
            if (d.required)
                ctx.error(path, `depends on ${dep}, which is not a service of this project`);
            continue;
        }
        // ECS cannot order tasks of different services; start-order.ts makes CloudFormation create the other one first.
        if (other !== task)
            continue;
        const target = task.containers.find((x) => x.name === dep);
        if (d.condition === 'service_healthy' &&
            (!target.healthcheck?.test || target.healthcheck.disable || target.healthcheck.test[0] === 'NONE')) {
            ctx.error(path, `waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
        }
        const Condition = {
            service_started: 'START',
            service_healthy: 'HEALTHY',
            service_completed_successfully: 'SUCCESS',
        }[d.condition];
        container.push({ Condition, ContainerName: containerName(dep) });
    }
    return { container };
}

;// CONCATENATED MODULE: ./src/steps/convert.ts




/** The pure conversion; its warnings are logged once, by the first conversion of a run. */
function convertProject(loaded, options, logger, log = true) {
    const conversion = convert(loaded, options);
    if (log)
        for (const w of conversion.warnings)
            logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    return conversion;
}
/** Built services have no image until they are pushed: stand in a name so the converter can check the rest. */
function withPreviewImages(loaded) {
    const services = Object.fromEntries(Object.entries(loaded.project.services).map(([name, s]) => [
        name,
        s.image || !s.build ? s : { ...s, image: `${name}:compose-ecs-preview` },
    ]));
    return { ...loaded, project: { ...loaded.project, services } };
}
async function writeTemplate(path, body) {
    if (path === undefined)
        return;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, body);
}
/**
 * Compact JSON for the API (more projects stay under the inline limit); the file on disk stays readable.
 * The template convert returns is already in its canonical order, so this is the readable body without
 * its indents — written from the template rather than by parsing that body back.
 */
function compactBody(template) {
    return JSON.stringify(template);
}

// EXTERNAL MODULE: ./src/compose/check-files.ts
var check_files = __webpack_require__(8090);
// EXTERNAL MODULE: ./src/images/command.ts + 1 modules
var command = __webpack_require__(7558);
;// CONCATENATED MODULE: ./src/images/remote-context.ts
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
    const result = await (0,command/* runCommand */.d)('git', ['ls-remote', '--', context.url, ref]).catch((err) => {
        throw new src_errors/* UserError */.yo('images', `cannot run git to resolve the build context ${context.url}: ${err.message}`);
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
        throw new src_errors/* UserError */.yo('images', `the build context ${context.url} has no ref "${ref}"${result.stderr.trim() ? `: ${result.stderr.trim()}` : ''}`);
    return commit;
}

;// CONCATENATED MODULE: ./src/images/build-support.ts
// Which compose build fields the images stage can honour, decided before anything is built.
// buildSupport: what no engine can do (checked in every mode, also convert). engineSupport: what the
// chosen engine cannot do, each error naming the field and the engine.


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
        if ((0,check_files/* isRemoteContext */.u)(build.context) && !gitContext(build.context)) {
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

// EXTERNAL MODULE: ./src/report/secret-guard.ts
var secret_guard = __webpack_require__(1296);
;// CONCATENATED MODULE: ./src/steps/guard-secrets.ts



/**
 * The secrets' values, masked in the log from here on; a run stops before anything is built when a secret
 * has no value (convert needs none: the template takes ARNs) or a value would reach a template or an image.
 */
async function guardSecrets(loaded, environment, needsValues, logger) {
    const secrets = await (0,secret_guard/* secretValues */.VX)(loaded, environment);
    for (const { value } of secrets)
        logger.mask(value);
    const unset = needsValues
        ? [...(0,secret_guard/* unsetSecrets */.rW)(loaded, environment), ...unsetBuildSecrets(loaded, environment)]
        : [];
    if (unset.length)
        throw new src_errors/* UserError */.yo('load', `${unset.length} secret(s) have no value`, unset);
    const leaks = (0,secret_guard/* secretLeaks */.H4)(loaded, secrets);
    if (leaks.length)
        throw new src_errors/* UserError */.yo('convert', `${leaks.length} field(s) would put a secret's value into the template`, leaks);
    const imageLeaks = buildSecretLeaks(loaded, secrets);
    if (imageLeaks.length)
        throw new src_errors/* UserError */.yo('load', `${imageLeaks.length} build field(s) would put a secret's value into an image`, imageLeaks);
    return secrets.map((s) => s.value);
}

;// CONCATENATED MODULE: ./src/modes/convert.ts



/** convert: load → convert. No AWS, no build; built services get a stand-in image name. */
async function convertMode(options, deps, compose) {
    const { loaded, stackName } = compose;
    const conversion = convertProject(withPreviewImages(loaded), options.convert, deps.logger);
    await guardSecrets(loaded, options.load.environment, false, deps.logger);
    await writeTemplate(options.templatePath, conversion.body);
    return {
        report: {
            mode: 'plan',
            project: loaded.project.name,
            stackName,
            hasChanges: false,
            changes: [],
            images: [],
            warnings: [...loaded.warnings, ...conversion.warnings].map(src_errors/* formatDiagnostic */.xy),
        },
        hasChanges: false,
        images: [],
        ...(options.templatePath ? { templatePath: options.templatePath } : {}),
        conversion,
    };
}

// EXTERNAL MODULE: ./src/deploy/cancellation.ts
var cancellation = __webpack_require__(9200);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/deploy/poll.ts
var deploy_poll = __webpack_require__(8618);
;// CONCATENATED MODULE: ./src/deploy/change-set.ts




/** AWS reports an update that changes nothing in two ways; both are a successful no-op, not a failure. */
function isNoChangeReason(reason) {
    return /didn't contain changes|No updates are to be performed/i.test(reason ?? '');
}
/** Change-set names: start with a letter, letters digits and hyphens, at most 128. */
function changeSetName(prefix, when, suffix) {
    const stamp = when.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const raw = [prefix, stamp, suffix].filter(Boolean).join('-');
    return raw
        .replace(/[^a-zA-Z0-9-]/g, '-')
        .replace(/^[^a-zA-Z]+/, 'c')
        .slice(0, 128);
}
/** Creates the change set and waits until CloudFormation has computed it. */
async function createChangeSet(cfn, request, poll) {
    let created;
    try {
        created = await cfn.create(request);
    }
    catch (err) {
        if (isNoChangeReason((0,errors/* errorMessage */.gJ)(err)))
            return { kind: 'no-changes', reason: (0,errors/* errorMessage */.gJ)(err) };
        throw (0,errors/* awsFailure */.MT)('plan', `CloudFormation CreateChangeSet ${request.changeSetName}`, err);
    }
    const changeSetId = created.id;
    const result = await (0,deploy_poll/* pollUntil */.g3)(async () => {
        const page = await describePage(cfn, changeSetId);
        if (page.Status === 'CREATE_COMPLETE' || page.Status === 'FAILED')
            return page;
        return undefined;
    }, poll).catch(async (err) => {
        if (!(0,cancellation/* isCancelled */.mm)(err))
            throw err;
        // A cancelled plan leaves no change set behind (the caller removes an empty new stack).
        const deleted = await deleteChangeSet(cfn, changeSetId).then(() => 'deleted it', (e) => `could not delete it: ${(0,errors/* errorMessage */.gJ)(e)}`);
        throw new cancellation/* Cancelled */.cJ(`${err.message} while CloudFormation computed change set ${request.changeSetName}; ${deleted}`, 'plan');
    });
    if (!result.done) {
        await deleteChangeSet(cfn, changeSetId).catch(() => undefined);
        throw new src_errors/* UserError */.yo('plan', `change set ${request.changeSetName} was not ready in time (deleted it)`);
    }
    const first = result.value;
    if (first.Status === 'FAILED') {
        if (isNoChangeReason(first.StatusReason)) {
            return {
                kind: 'no-changes',
                changeSetId,
                stackId: first.StackId ?? created.stackId,
                reason: first.StatusReason ?? '',
            };
        }
        // A failed change set is useless and would linger on the stack: remove it before saying why.
        await deleteChangeSet(cfn, changeSetId).catch(() => undefined);
        throw new src_errors/* UserError */.yo('plan', `change set ${request.changeSetName} failed: ${first.StatusReason ?? 'no reason given'}`);
    }
    return {
        kind: 'ready',
        changeSetId,
        stackId: (first.StackId ?? created.stackId),
        changes: await collectChanges(cfn, changeSetId, first),
    };
}
async function describePage(cfn, id, nextToken) {
    try {
        return await cfn.describe(id, nextToken);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', `CloudFormation DescribeChangeSet`, err);
    }
}
async function collectChanges(cfn, id, first) {
    const changes = [];
    let page = first;
    while (page) {
        for (const change of page.Changes ?? []) {
            const resourceChange = toResourceChange(change);
            if (resourceChange)
                changes.push(resourceChange);
        }
        page = page.NextToken ? await describePage(cfn, id, page.NextToken) : undefined;
    }
    return changes.sort((a, b) => a.logicalId.localeCompare(b.logicalId));
}
function toResourceChange(change) {
    const rc = change.ResourceChange;
    if (!rc?.LogicalResourceId)
        return undefined;
    const properties = new Set();
    const details = [];
    for (const detail of rc.Details ?? []) {
        const target = detail.Target;
        const name = target?.Name;
        if (target?.Attribute !== 'Properties' || !name)
            continue;
        properties.add(name);
        details.push({
            property: name,
            ...(target.Path ? { path: target.Path } : {}),
            ...(target.RequiresRecreation ? { recreation: target.RequiresRecreation } : {}),
            ...(detail.CausingEntity ? { cause: detail.CausingEntity } : {}),
            ...(target.BeforeValue !== undefined ? { before: target.BeforeValue } : {}),
            ...(target.AfterValue !== undefined ? { after: target.AfterValue } : {}),
        });
    }
    return {
        action: (rc.Action ?? 'Modify'),
        logicalId: rc.LogicalResourceId,
        type: rc.ResourceType ?? '',
        physicalId: rc.PhysicalResourceId,
        replacement: rc.Replacement,
        scope: [...(rc.Scope ?? [])],
        properties: [...properties].sort(),
        ...(details.length ? { details } : {}),
    };
}
/** Best effort: a change set that is already gone (executed, or deleted with its stack) is fine. */
async function deleteChangeSet(cfn, changeSetId) {
    try {
        await cfn.delete(changeSetId);
    }
    catch (err) {
        if (/does not exist|not found|ChangeSetNotFound/i.test(`${err.name} ${(0,errors/* errorMessage */.gJ)(err)}`))
            return;
        throw (0,errors/* awsFailure */.MT)('deploy', 'CloudFormation DeleteChangeSet', err);
    }
}

;// CONCATENATED MODULE: ./src/deploy/events.ts

/**
 * Events of one stack operation, oldest first. An operation is told apart by the client request
 * token we gave ExecuteChangeSet; events without one (some services omit it) count if they are no
 * older than the operation's start. Events come newest first, so paging stops at the operation's start,
 * and at the first event already `known` (seen in an earlier poll): everything after it is known too, so a
 * poll with nothing new costs one page. Only events not known are returned.
 */
async function operationEvents(source, stackId, token, since, known = () => false) {
    const events = [];
    let next;
    try {
        paging: do {
            const page = await source.page(stackId, next);
            for (const e of page.events) {
                const event = toOperationEvent(e, since);
                if (known(event.id))
                    break paging;
                if (e.ClientRequestToken ? e.ClientRequestToken === token : event.timestamp >= since)
                    events.push(event);
            }
            next = page.nextToken;
            // Past the operation's start: older pages hold earlier operations only.
            const oldest = page.events[page.events.length - 1]?.Timestamp;
            if (oldest && oldest < since)
                break;
        } while (next);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('deploy', 'CloudFormation DescribeStackEvents', err);
    }
    return events.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
}
function toOperationEvent(e, since) {
    return {
        id: e.EventId ?? `${e.Timestamp?.toISOString()}|${e.LogicalResourceId}|${e.ResourceStatus}`,
        timestamp: e.Timestamp ?? since,
        logicalId: e.LogicalResourceId ?? '',
        type: e.ResourceType ?? '',
        status: e.ResourceStatus ?? '',
        reason: e.ResourceStatusReason,
    };
}
/** Reasons CloudFormation gives to resources that failed only because another one did. */
const CASCADE = /Resource (creation|update|deletion) cancelled|The following resource\(s\) failed|Resource handler returned message: "null"|rollback requested by user/i;
/**
 * The event that explains a failed operation: the first resource failure that is not a cascade
 * of another (the last event is usually just "the following resource(s) failed...").
 */
function rootCause(events) {
    const failures = events.filter((e) => e.status.endsWith('_FAILED') && e.reason);
    return (failures.find((e) => !CASCADE.test(e.reason) && e.type !== 'AWS::CloudFormation::Stack') ?? failures[0]);
}

;// CONCATENATED MODULE: ./src/deploy/cancel.ts



/** The status reported when CloudFormation could not be read at all. */
const UNREAD = 'in a state that could not be read (DescribeStacks failed)';
/**
 * Stops the stack operation a cancelled run started: an update is cancelled (CloudFormation rolls it
 * back), a first create is deleted (unless disable-rollback keeps it); either is followed until it
 * settles or the cancel budget runs out.
 */
async function cancelStackOperation(stacks, stackId, options, poll) {
    const settle = (0,cancellation/* cleanupPoll */.yf)(poll);
    const before = await stacks.describe(stackId).catch(() => undefined);
    const status = before?.StackStatus ?? '';
    const action = status === 'UPDATE_IN_PROGRESS'
        ? 'cancel-update'
        : status === 'CREATE_IN_PROGRESS' && !options.disableRollback
            ? 'delete'
            : 'none';
    let refused;
    try {
        if (action === 'cancel-update')
            await stacks.cancelUpdate(stackId);
        if (action === 'delete')
            await stacks.delete(stackId);
    }
    catch (err) {
        // e.g. the update finished between the read and the call; the state read below says what happened.
        refused = (0,errors/* errorMessage */.gJ)(err);
    }
    let last = before;
    let gone = false;
    const settled = action === 'none' && !status.endsWith('_IN_PROGRESS')
        ? true
        : (await (0,deploy_poll/* pollUntil */.g3)(async () => {
            try {
                last = await stacks.describe(stackId);
            }
            catch {
                return undefined; // a failed read within a short budget: try again
            }
            gone = !last || last.StackStatus === 'DELETE_COMPLETE';
            return gone || !last?.StackStatus?.endsWith('_IN_PROGRESS') ? true : undefined;
        }, settle)).done;
    const finalStatus = gone ? 'DELETE_COMPLETE' : last?.StackStatus || status || UNREAD;
    return { before: status, action, status: finalStatus, settling: !settled, ...(refused ? { refused } : {}) };
}
/** One sentence for the log, the comment and the job summary: what was done and the state left. */
function describeCancel(stackName, request, outcome, options) {
    const waited = `${Math.round(request.waitMs / 1000)} s`;
    const state = outcome.settling
        ? `stack ${stackName} was still ${outcome.status} after ${waited}: CloudFormation carries on without this run`
        : `stack ${stackName} is ${outcome.status}`;
    const asked = outcome.action === 'cancel-update'
        ? 'asked CloudFormation to cancel the update (CancelUpdateStack), which rolls it back to the previous release'
        : outcome.action === 'delete'
            ? 'the stack was being created, which CloudFormation cannot cancel, so it was deleted (DeleteStack)'
            : options.disableRollback && outcome.before === 'CREATE_IN_PROGRESS'
                ? `the stack was being created and disable-rollback keeps it: delete it when done (aws cloudformation delete-stack --stack-name ${stackName})`
                : 'the stack operation had already finished, so there was nothing to cancel';
    const refused = outcome.refused ? ` (CloudFormation refused: ${outcome.refused})` : '';
    return `deploy cancelled (${request.signalName}): ${asked}${refused}; ${state}`;
}
/** Cancels what the run executes, logs it, and returns the Cancelled error that ends the run. */
async function cancelExecution(stacks, stackId, options, logger, poll) {
    const request = (0,cancellation/* cancelRequest */.UL)(poll.signal);
    logger.warning(`${request.signalName} received: stopping the stack operation`);
    const outcome = await cancelStackOperation(stacks, stackId, options, poll);
    const stackName = /:stack\/([^/]+)\//.exec(stackId)?.[1] ?? stackId;
    const message = describeCancel(stackName, request, outcome, options);
    logger.warning(message);
    return new cancellation/* Cancelled */.cJ(message);
}

// EXTERNAL MODULE: ./src/deploy/stack.ts
var deploy_stack = __webpack_require__(2371);
;// CONCATENATED MODULE: ./src/deploy/execute.ts









const SUCCESS = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);
/**
 * Executes a change set and waits for the stack to settle. On failure it names the root-cause
 * event (not the last one) and leaves no change set behind.
 */
async function executeChangeSet(aws, input, logger, poll, onEvent = () => { }) {
    const token = `compose-ecs-${(0,external_node_crypto_.randomUUID)()}`;
    // A little slack: the emulator and AWS stamp events with their own clocks.
    const since = new Date((poll.now ?? Date.now)() - 5000);
    if (poll.signal?.aborted)
        throw await discardUnexecuted(aws, input, logger, poll);
    let executeError;
    try {
        await aws.changeSets.execute(input.changeSetId, { token, disableRollback: input.disableRollback });
    }
    catch (err) {
        executeError = err;
    }
    // Every event of this operation so far, oldest first; each poll reads only the ones after them.
    const events = [];
    const seen = new Set();
    const stream = async () => {
        for (const e of await operationEvents(aws.events, input.stackId, token, since, (id) => seen.has(id))) {
            seen.add(e.id);
            events.push(e);
            onEvent(e);
        }
    };
    let status = '';
    let statusReason;
    let settledStack;
    if (!executeError) {
        // The stack first, then its events: the events read after the stack settled include all of the
        // operation's, so a success needs no read after the loop.
        const settled = await (0,deploy_poll/* pollUntil */.g3)(async () => {
            const stack = await (0,deploy_stack.describeStack)(aws.stacks, input.stackId);
            await stream();
            if (!stack?.StackStatus || stack.StackStatus.endsWith('_IN_PROGRESS'))
                return undefined;
            return stack;
        }, poll).catch(async (err) => {
            // Cancelled while CloudFormation works: cancel the update (or delete a first create) and say how it ended.
            if (!(0,cancellation/* isCancelled */.mm)(err))
                throw err;
            throw await cancelExecution(aws.stacks, input.stackId, input, logger, poll);
        });
        if (!settled.done) {
            throw new src_errors/* UserError */.yo('deploy', `stack ${input.stackId} did not settle within the wait timeout; it is still running in CloudFormation`);
        }
        settledStack = settled.value;
        status = settled.value.StackStatus;
        statusReason = settled.value.StackStatusReason;
    }
    if (!executeError && SUCCESS.has(status))
        return { stackId: input.stackId, status, events, ...(settledStack ? { stack: settledStack } : {}) };
    // Failed: read what is left to read (ExecuteChangeSet's own failure has had no read yet), clean up, then
    // explain with the first real failure.
    await stream().catch(() => undefined);
    await deleteChangeSet(aws.changeSets, input.changeSetId).catch((err) => logger.warning(`could not delete change set ${input.changeSetId}: ${(0,errors/* errorMessage */.gJ)(err)}`));
    const cause = rootCause(events);
    if (cause) {
        throw new src_errors/* UserError */.yo('deploy', `deploy failed: ${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`);
    }
    if (executeError)
        throw (0,errors/* awsFailure */.MT)('deploy', 'CloudFormation ExecuteChangeSet', executeError);
    throw new src_errors/* UserError */.yo('deploy', `deploy failed: stack is ${status}${statusReason ? `: ${statusReason}` : ''}`);
}
/**
 * Cancelled after the plan, before ExecuteChangeSet: nothing changed, so the change set goes, and so does
 * the empty REVIEW_IN_PROGRESS stack of a CREATE change set.
 */
async function discardUnexecuted(aws, input, logger, poll) {
    const done = [];
    try {
        await deleteChangeSet(aws.changeSets, input.changeSetId);
        done.push('deleted the change set');
        const stack = await (0,deploy_stack.describeStack)(aws.stacks, input.stackId);
        if (stack?.StackStatus === 'REVIEW_IN_PROGRESS') {
            await (0,deploy_stack.deleteStack)(aws.stacks, input.stackId, (0,cancellation/* cleanupPoll */.yf)(poll));
            done.push('deleted the empty new stack');
        }
    }
    catch (err) {
        done.push(`could not finish cleaning up: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const message = `deploy cancelled (${(0,cancellation/* cancelRequest */.UL)(poll.signal).signalName}) before the change set executed: the stack is unchanged; ${done.join(', ')}`;
    logger.warning(message);
    return new cancellation/* Cancelled */.cJ(message);
}

;// CONCATENATED MODULE: ./src/deploy/failure-report.ts
const LOG_LINES = 20;
/**
 * The most recently stopped task of a service, explained; undefined when ECS has no stopped task to show
 * (or cannot be read: a diagnosis never hides the failure it explains).
 */
async function diagnoseService(ecs, logs, service, targetGroupArns = []) {
    const [task] = await ecs.stoppedTasks(service.cluster, service.arn, 1).catch(() => []);
    if (!task?.taskArn)
        return undefined;
    const taskId = task.taskArn.split('/').pop();
    const definition = task.taskDefinitionArn
        ? await ecs.taskDefinition(task.taskDefinitionArn).catch(() => undefined)
        : undefined;
    // Containers that failed first: a non-zero exit, then any with a reason; the init containers last.
    const containers = [...(task.containers ?? [])].sort((a, b) => rank(a) - rank(b));
    const diagnosed = [];
    for (const c of containers) {
        if (!c.name || (c.exitCode === 0 && !c.reason))
            continue;
        const options = definition?.containerDefinitions?.find((d) => d.name === c.name)?.logConfiguration;
        const group = options?.logDriver === 'awslogs' ? options.options?.['awslogs-group'] : undefined;
        const prefix = options?.options?.['awslogs-stream-prefix'];
        // awslogs names each stream <prefix>/<container name>/<task id> (Amazon ECS developer guide, awslogs).
        const lines = group && prefix
            ? await logs.tail(group, `${prefix}/${c.name}/${taskId}`, LOG_LINES).catch(() => [])
            : [];
        diagnosed.push({
            name: c.name,
            ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
            ...(c.reason ? { reason: c.reason } : {}),
            lastLines: lines.map((l) => l.message.replace(/\s+$/, '')),
        });
    }
    const unhealthyTargets = [];
    const groups = targetGroupArns.length
        ? targetGroupArns
        : await ecs
            .describe(service.cluster, [service.arn])
            .then((r) => r.services.flatMap((s) => (s.loadBalancers ?? []).map((lb) => lb.targetGroupArn ?? '')))
            .catch(() => []);
    for (const arn of groups.filter(Boolean)) {
        const health = await ecs.targetHealth(arn).catch(() => []);
        for (const h of health) {
            const state = h.TargetHealth?.State;
            if (state === 'healthy' || state === undefined)
                continue;
            const target = `${h.Target?.Id ?? '?'}:${h.Target?.Port ?? '?'}`;
            const why = [h.TargetHealth?.Reason, h.TargetHealth?.Description].filter(Boolean).join(': ');
            unhealthyTargets.push(`${target} ${state}${why ? ` (${why})` : ''}`);
        }
    }
    return {
        service: service.name,
        taskId,
        ...(task.stoppedReason ? { stoppedReason: task.stoppedReason } : {}),
        containers: diagnosed,
        unhealthyTargets,
    };
}
function rank(c) {
    if (c.exitCode !== undefined && c.exitCode !== 0)
        return 0;
    if (c.reason)
        return 1;
    return 2;
}
/** The diagnosis as text lines: the stopped reason, each failed container with its last lines, unhealthy targets. */
function formatDiagnosis(d) {
    const out = [`stopped task ${d.taskId} of ${d.service}: ${d.stoppedReason ?? 'no reason given'}`];
    for (const c of d.containers) {
        const exit = c.exitCode !== undefined ? `exit code ${c.exitCode}` : 'no exit code';
        out.push(`  container ${c.name}: ${exit}${c.reason ? ` (${c.reason})` : ''}`);
        if (c.lastLines.length) {
            out.push(`  last ${c.lastLines.length} lines of ${c.name}:`);
            for (const line of c.lastLines)
                out.push(`    ${line}`);
        }
    }
    for (const t of d.unhealthyTargets)
        out.push(`  target ${t}`);
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/deploy/rollout.ts
var rollout = __webpack_require__(5398);
;// CONCATENATED MODULE: ./src/deploy/deploy.ts




/** A rolled-back service's failure, with why its last task stopped and what it printed (failure-report.ts). */
async function withDiagnosis(aws, err, logger) {
    const failed = err.failedService;
    if (!failed)
        return err;
    const diagnosis = await diagnoseService(aws.services, aws.logs, failed).catch(() => undefined);
    if (!diagnosis)
        return err;
    const text = formatDiagnosis(diagnosis);
    logger.info(text);
    return Object.assign(err, { diagnosis: text });
}
/**
 * Executes a ready change set, then follows every ECS service of the stack until its rollout has
 * completed. Either step's failure throws with its root cause; success means ECS runs the release.
 */
async function deployChangeSet(aws, ready, logger, poll, progress) {
    const executed = await logger.group(`deploy stack ${ready.stackName}`, () => executeChangeSet(aws, ready, logger, poll, (e) => {
        logger.info(`${e.timestamp.toISOString()} ${e.logicalId} ${e.status}${e.reason ? `: ${e.reason}` : ''}`);
        progress.onEvent(e);
    }));
    if (executed.stack)
        progress.onSettled?.(executed.stack);
    return logger.group('watch the ECS rollout', async () => {
        const services = await (0,rollout/* stackServices */.b8)(aws.stacks, ready.stackId, ready.template);
        const rows = await (0,rollout/* watchRollout */.Dl)(aws.services, services, poll, async (rows) => {
            for (const r of rows) {
                logger.info(`${r.name}: ${r.rolloutState} ${r.running}/${r.desired} running${r.latestEvent ? ` · ${r.latestEvent}` : ''}`);
            }
            await progress.onRollout(rows);
        }).catch(async (err) => {
            if ((0,cancellation/* isCancelled */.mm)(err))
                throw rolloutCancelled(ready.stackName, poll, logger);
            throw await withDiagnosis(aws, err, logger);
        });
        for (const r of rows)
            if (r.note)
                logger.warning(`${r.name}: ${r.note}`);
        return rows;
    });
}
/**
 * Cancelled once CloudFormation had finished: there is no stack operation left to cancel (CancelUpdateStack
 * applies to UPDATE_IN_PROGRESS only), and ECS goes on with the rollout the stack started.
 */
function rolloutCancelled(stackName, poll, logger) {
    const message = `deploy cancelled (${(0,cancellation/* cancelRequest */.UL)(poll.signal).signalName}) while ECS rolled the release out: stack ${stackName} had already been updated, so there was nothing to cancel in CloudFormation; ECS goes on with the rollout (its deployment circuit breaker rolls back new tasks that fail, unless update_config.failure_action is continue)`;
    logger.warning(message);
    return new cancellation/* Cancelled */.cJ(message);
}

;// CONCATENATED MODULE: ./src/deploy/termination-protection.ts

async function protectStack(aws, stackId, logger) {
    try {
        await aws.stacks.setTerminationProtection(stackId, true);
        logger.info('termination protection is on: the stack cannot be deleted until it is turned off');
    }
    catch (err) {
        // The release runs; only the protection is missing: say so loudly, without failing the deploy.
        logger.warning(`could not turn termination protection on: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/deploy/file-secrets.ts




/** The Secrets Manager name a compose secret is stored under: one per stack and secret. */
function storedSecretName(stackName, secret) {
    return `compose-ecs/${stackName}/${secret}`;
}
/**
 * Fills the template's file-secret parameters. A `file:` (or `environment:`) secret's content goes
 * to Secrets Manager through the API, never into the template, the change set, a log or a comment;
 * the template gets the secret's ARN and the version id its tasks pin.
 *
 * Nothing is written here. New content gets a fresh random version id (never derived from the
 * content: a hash of a weak password in a stack parameter could be guessed offline), which the change
 * set pins; the content is stored under that id by writeFileSecrets only once the change set is ready
 * and about to execute (Secrets Manager takes the version id as PutSecretValue's ClientRequestToken:
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html). A deploy
 * of a secret that does not exist yet creates it without a value (CreateSecret without SecretString
 * creates no version: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html),
 * because its ARN carries a random suffix the template needs. A plan creates nothing and passes the
 * ARN the secret has, or will have.
 */
async function fileSecretParameters(project, environment, stackName, parameters, mode, deps) {
    const plan = { parameters: {}, writes: [], created: [] };
    const values = plan.parameters;
    const newVersionId = deps.newVersionId ?? external_node_crypto_.randomUUID;
    for (const p of parameters.filter((x) => x.kind === 'file-secret')) {
        const definition = project.secrets[p.secret ?? ''];
        if (!definition)
            throw new src_errors/* UserError */.yo('plan', `template parameter ${p.name} names an unknown secret ${p.secret}`);
        const content = await secretContent(definition, environment);
        deps.logger.mask(content);
        const name = storedSecretName(stackName, definition.name);
        const version = parameters.find((x) => x.kind === 'file-secret-version' && x.secret === p.secret);
        // One read when the secret holds a value (every run after the first): GetSecretValue by name answers
        // the ARN, the version and the content together; only without one does DescribeSecret say whether it exists.
        const current = await call(`Secrets Manager GetSecretValue ${name}`, () => deps.secrets.current(name));
        const existing = current?.arn ?? (await call(`Secrets Manager DescribeSecret ${name}`, () => deps.secrets.find(name)));
        const unchanged = current !== undefined && current.value === content;
        if (mode === 'plan') {
            values[p.name] = existing ?? (await predictedArn(deps.identity, name));
            // A plan stores nothing: new content shows as a version still to be written.
            if (version)
                values[version.name] = unchanged ? current.versionId : 'new-version-on-deploy';
            continue;
        }
        let arn = existing;
        if (!arn) {
            arn = await call(`creating secret ${definition.name} in Secrets Manager`, () => deps.secrets.create({
                name,
                description: `compose secret ${definition.name} of stack ${stackName}, stored by compose-ecs`,
                tags: { 'com.docker.compose.project': project.name, 'compose-ecs:stack': stackName },
            }));
            plan.created.push(arn);
        }
        values[p.name] = arn;
        const versionId = unchanged ? current.versionId : newVersionId();
        if (version)
            values[version.name] = versionId;
        if (!unchanged)
            plan.writes.push({ secret: definition.name, arn, versionId, content });
    }
    return plan;
}
/** Stores the pending contents under the version ids the change set pins: call it just before executing. */
async function writeFileSecrets(plan, deps) {
    for (const w of plan.writes) {
        await call(`storing secret ${w.secret} in Secrets Manager`, () => deps.secrets.put(w.arn, w.content, w.versionId));
        deps.logger.info(`stored ${plan.created.includes(w.arn) ? 'secret' : 'a new version of secret'} ${w.secret} in Secrets Manager`);
    }
}
/** Removes the secrets this run created without a value, when their change set will not execute. */
async function discardCreatedSecrets(plan, deps) {
    for (const arn of plan.created) {
        await deps.secrets
            .remove(arn)
            .catch((err) => deps.logger.warning(`could not remove the unused secret ${arn}: ${err.message}`));
    }
}
async function call(what, f) {
    try {
        return await f();
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', what, err);
    }
}
async function predictedArn(identity, name) {
    const [account, region] = await call('STS GetCallerIdentity', () => Promise.all([identity.account(), identity.region()]));
    return `arn:${account.partition}:secretsmanager:${region}:${account.id}:secret:${name}`;
}
async function secretContent(definition, environment) {
    const content = await (0,secret_guard/* readSecret */.n5)(definition, environment);
    if (content !== undefined)
        return content;
    // The loader checked the file and the pipeline the variable; this is the last word if either vanished.
    throw new src_errors/* UserError */.yo('plan', definition.file
        ? `secret ${definition.name}: cannot read its file ${definition.file}; write it before this step, e.g. from a GitHub secret`
        : `secret ${definition.name}: environment variable ${definition.environment} is not set`);
}

// EXTERNAL MODULE: ./src/deploy/template-source.ts
var template_source = __webpack_require__(5839);
;// CONCATENATED MODULE: ./src/deploy/template-upload.ts




/**
 * Inline up to CloudFormation's 51,200 bytes; past that the template goes to the S3 bucket the
 * user named, under a content-addressed key, and the change set reads it from its URL (1 MB limit).
 */
async function templateSource(body, upload) {
    if (!templateBodyTooLarge(body))
        return { templateBody: body };
    const bucket = requireBucket(body, upload.bucket);
    const key = `compose-ecs/${upload.stackName}/${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}.json`;
    try {
        await upload.store.put(bucket, key, body);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', `uploading the template to s3://${bucket}/${key}`, err);
    }
    return { templateUrl: `https://${bucket}.s3.${upload.region}.amazonaws.com/${key}` };
}
/** A body over the inline limit needs the bucket (and at most 1 MB); says what to set otherwise. */
function requireBucket(body, bucket) {
    const bytes = Buffer.byteLength(body);
    if (!bucket) {
        throw new src_errors/* UserError */.yo('plan', `the template is ${bytes} bytes, over CloudFormation's inline limit of 51,200: set the template-bucket input to an S3 bucket the role may write to`);
    }
    if (bytes > 1_000_000)
        throw new src_errors/* UserError */.yo('plan', `the template is ${bytes} bytes, over CloudFormation's limit of 1 MB`);
    return bucket;
}

;// CONCATENATED MODULE: ./src/deploy/plan.ts







/**
 * How old the first reading may be and still stand for the stack when the plan starts: a run that built
 * nothing gets here within seconds. After a longer build another operation may have started, so the stack
 * is read again.
 */
const PREFLIGHT_REUSE_MS = 30_000;
/**
 * Computes the change set: stack state, what it runs now, parameters from the account, the template
 * inline or from S3, then CreateChangeSet and its description. No secret content is written here:
 * the plan says what to store (writeFileSecrets) once the change set is ready to execute.
 */
async function planStack(request, aws, logger, poll) {
    const fresh = request.preflight && request.now.getTime() - request.preflight.readAt <= PREFLIGHT_REUSE_MS;
    const state = await (0,deploy_stack.prepareStack)(aws.stacks, request.stackName, logger, poll, {
        deleteFailedCreate: request.mode === 'deploy',
        ...(fresh ? { known: request.preflight } : {}),
    });
    if (state.failedCreate)
        return replacementPreview(request, state.failedCreate, state.stackId);
    const before = state.isNew || !state.stackId ? undefined : await (0,template_source/* deployedTemplate */.B)(aws.stacks, state.stackId);
    const source = await templateSource(request.body, {
        store: aws.templates,
        bucket: request.templateBucket,
        stackName: request.stackName,
        region: request.region,
    });
    // Last, so nothing above can fail after a secret was created.
    const resolved = await request.parameters(state, aws, logger);
    const secrets = resolved.secrets;
    const parameters = resolved.values;
    const tags = { ...request.tags, ...resolved.tags };
    const name = changeSetName('compose-ecs', request.now);
    const type = state.isNew ? 'CREATE' : 'UPDATE';
    const difference = request.forceChangeSet
        ? 'forced'
        : differenceFromStack(state, before, request, parameters, tags);
    if (difference === undefined) {
        // Nothing to compute: CreateChangeSet, DescribeChangeSet and DeleteChangeSet would only say so.
        const reason = 'the template, every parameter, the tags and the stack settings equal what the stack runs';
        return {
            type,
            changeSetName: name,
            outcome: { kind: 'no-changes', reason, stackId: state.stackId },
            stackId: state.stackId,
            before,
            secrets,
            parameters,
            ...(state.stack ? { stack: state.stack } : {}),
        };
    }
    logger.debug(`a change set is needed; differs from the stack: ${difference}`);
    let outcome;
    try {
        outcome = await createChangeSet(aws.changeSets, {
            stackName: request.stackName,
            changeSetName: name,
            type,
            ...source,
            parameters,
            tags,
            description: request.description,
            ...(request.stack.roleArn ? { roleArn: request.stack.roleArn } : {}),
            ...(request.stack.notificationArns?.length
                ? { notificationArns: request.stack.notificationArns }
                : {}),
        }, poll);
    }
    catch (err) {
        // A CREATE change set leaves an empty REVIEW_IN_PROGRESS stack behind when it fails or the run is
        // cancelled: remove it too, within the cancel budget when cancelled.
        const removed = type === 'CREATE'
            ? await removeEmptyStack(aws.stacks, request.stackName, (0,cancellation/* cleanupPoll */.yf)(poll)).then((id) => (id ? `; deleted the empty new stack ${request.stackName}` : ''), (e) => `; could not delete the empty new stack ${request.stackName}: ${(0,errors/* errorMessage */.gJ)(e)}`)
            : '';
        await discardCreatedSecrets(secrets, { secrets: aws.secrets, logger });
        if ((0,cancellation/* isCancelled */.mm)(err))
            throw new cancellation/* Cancelled */.cJ(`plan ${err.message}${removed}`, 'plan');
        throw err;
    }
    return {
        type,
        changeSetName: name,
        outcome,
        stackId: state.stackId,
        before,
        secrets,
        parameters,
        ...(state.stack ? { stack: state.stack } : {}),
    };
}
/**
 * What differs from the stack, or undefined when it already runs exactly this: the deployed template
 * (GetTemplate) against the new one, every parameter value (a NoEcho value reads as **** and so never equals:
 * a change set then decides), the tags, the service role and the topics. Anything unknown counts as a difference.
 */
function differenceFromStack(state, before, request, parameters, tags) {
    if (state.isNew || !before || !state.parameters || !state.settings)
        return 'the stack is new or unread';
    const { settings } = state;
    const differs = (a, b) => canonical(a) !== canonical(b);
    if (differs(before, request.template))
        return 'the template';
    const changed = Object.keys({ ...state.parameters, ...parameters }).filter((k) => state.parameters[k] !== parameters[k]);
    if (changed.length)
        return `parameters ${changed.sort().join(', ')}`;
    if (differs(withoutRunTags(settings.tags), withoutRunTags(tags)))
        return 'the stack tags';
    if ((settings.roleArn ?? '') !== (request.stack.roleArn ?? ''))
        return 'the service role';
    if (differs([...settings.notificationArns].sort(), [...(request.stack.notificationArns ?? [])].sort()))
        return 'the notification topics';
    return undefined;
}
/**
 * The tags that name the run (its commit and its URL) change on every run: alone they never make a change
 * set, or no deploy would ever be a no-op. They then name the run that last changed the stack; the release
 * of every run, no-op or not, is recorded as a GitHub deployment.
 */
const RUN_TAGS = ['compose-ecs:sha', 'compose-ecs:run-url'];
function withoutRunTags(tags) {
    return Object.fromEntries(Object.entries(tags).filter(([k]) => !RUN_TAGS.includes(k)));
}
/** JSON with sorted keys, so equal values compare equal whatever their key order. */
function canonical(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v);
}
/**
 * A plan of a stack left by a failed first create: CloudFormation cannot make a change set for it, and
 * deleting it would change the account, so the plan shows the stack a deploy would create in its place.
 */
function replacementPreview(request, status, stackId) {
    const resources = request.template.Resources;
    const changes = Object.entries(resources)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([logicalId, r]) => ({
        action: 'Add',
        logicalId,
        type: r.Type,
        scope: [],
        properties: [],
    }));
    return {
        type: 'CREATE',
        changeSetName: changeSetName('compose-ecs', request.now),
        outcome: {
            kind: 'preview',
            reason: `stack ${request.stackName} is ${status} after a failed first create: a deploy deletes it and creates it again with these resources (this plan changed nothing)`,
            changes,
        },
        ...(stackId ? { stackId } : {}),
        secrets: { parameters: {}, writes: [], created: [] },
        parameters: {},
    };
}
/** Deletes the stack when it is the empty shell of a CREATE change set; returns its id when it did. */
async function removeEmptyStack(cfn, stackName, poll) {
    const stack = await (0,deploy_stack.describeStack)(cfn, stackName);
    if (stack?.StackStatus !== 'REVIEW_IN_PROGRESS' || !stack.StackId)
        return undefined;
    await (0,deploy_stack.deleteStack)(cfn, stack.StackId, poll);
    return stack.StackId;
}
/** Removes what planning created: the change set, and for a new stack the empty REVIEW_IN_PROGRESS shell. */
async function discardPlan(aws, plan, poll, logger) {
    if (plan.outcome.changeSetId)
        await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
    if (plan.type === 'CREATE' && plan.outcome.stackId) {
        logger.info('removing the empty stack the plan created');
        // Cleanup runs to its end even when the run is being cancelled (within the cancel budget).
        await (0,deploy_stack.deleteStack)(aws.stacks, plan.outcome.stackId, (0,cancellation/* cleanupPoll */.yf)(poll));
    }
    await discardCreatedSecrets(plan.secrets, { secrets: aws.secrets, logger });
}

;// CONCATENATED MODULE: ./src/images/ecr.ts


/** Decodes GetAuthorizationToken's `base64(user:password)`. The caller masks the password at once. */
async function getRegistryLogin(ecr) {
    let data;
    try {
        data = await ecr.authorizationToken();
    }
    catch (err) {
        throw (permissionFailure(err, 'ecr:GetAuthorizationToken', '*') ??
            (0,errors/* awsFailure */.MT)('images', 'ECR GetAuthorizationToken', err));
    }
    if (!data.token || !data.endpoint) {
        throw new src_errors/* UserError */.yo('images', 'ECR GetAuthorizationToken returned no token');
    }
    const decoded = Buffer.from(data.token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1)
        throw new src_errors/* UserError */.yo('images', 'ECR GetAuthorizationToken returned a token that is not user:password');
    return {
        registry: new URL(data.endpoint).host,
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
    };
}
const REPOSITORY_NAME = /^(?=.{2,256}$)[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;
function isValidRepositoryName(name) {
    return REPOSITORY_NAME.test(name);
}
/** What the repository's tag mutability says about rewriting a tag (exclusion filters are wildcards). */
function canRewrite(repository, tag) {
    const matches = (repository.imageTagMutabilityExclusionFilters ?? []).some((f) => new RegExp(`^${(f.filter ?? '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(tag));
    switch (repository.imageTagMutability) {
        case 'IMMUTABLE':
            return false;
        case 'IMMUTABLE_WITH_EXCLUSION':
            return matches;
        case 'MUTABLE_WITH_EXCLUSION':
            return !matches;
        default:
            return true;
    }
}
/**
 * Finds every repository in one DescribeRepositories call and creates the missing ones, with scan on
 * push, encryption and immutable content tags. Returns each name's URI.
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 */
async function ensureRepositories(ecr, names, settings) {
    const found = new Map();
    for (const repository of await describeRepositories(ecr, names)) {
        if (repository.repositoryName && repository.repositoryUri)
            found.set(repository.repositoryName, {
                uri: repository.repositoryUri,
                created: false,
                canRewrite: (tag) => canRewrite(repository, tag),
            });
    }
    for (const name of names.filter((n) => !found.has(n))) {
        const { tags, kmsKey, mutableTags } = settings(name);
        try {
            const created = await ecr.createRepository({ name, kmsKey, mutableTags, tags });
            const uri = created?.repositoryUri;
            if (!uri)
                throw new src_errors/* UserError */.yo('images', `ECR CreateRepository ${name} returned no URI`);
            found.set(name, { uri, created: true, canRewrite: (tag) => mutableTags.includes(tag) });
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:CreateRepository', name) ??
                (0,errors/* awsFailure */.MT)('images', `ECR CreateRepository ${name}`, err));
        }
    }
    return found;
}
/**
 * One call when every repository exists (the steady state). A missing name fails the whole call, so
 * then each name is looked up on its own: the same repository-scoped permission, never a listing of the
 * registry (which a policy scoped to repository/PREFIX/* would refuse).
 */
async function describeRepositories(ecr, names) {
    const describe = async (repositoryNames) => {
        try {
            return await ecr.repositories(repositoryNames);
        }
        catch (err) {
            if ((0,errors/* errorName */.Is)(err) === 'RepositoryNotFoundException')
                return undefined;
            throw (permissionFailure(err, 'ecr:DescribeRepositories', repositoryNames.join(', ')) ??
                (0,errors/* awsFailure */.MT)('images', 'ECR DescribeRepositories', err));
        }
    };
    // DescribeRepositories takes up to 100 names.
    const batches = [];
    for (let i = 0; i < names.length; i += 100)
        batches.push(names.slice(i, i + 100));
    const found = [];
    for (const batch of batches) {
        const all = await describe(batch);
        if (all)
            found.push(...all);
        else
            for (const one of await Promise.all(batch.map((n) => describe([n]))))
                found.push(...(one ?? []));
    }
    return found;
}
/** An access-denied failure as one line naming the repository and the IAM action the role lacks. */
function permissionFailure(err, action, repository) {
    const text = `${(0,errors/* errorName */.Is)(err)} ${(0,errors/* errorMessage */.gJ)(err)}`;
    if (!/AccessDenied|not authorized|UnauthorizedOperation|denied/i.test(text))
        return undefined;
    return deniedError(text, action, repository);
}
/** Names the action AWS reported as missing, else the one the call needed. */
function deniedError(text, action, repository) {
    const reported = /not authorized to perform: ([a-z0-9-]+:[A-Za-z]+)/.exec(text)?.[1];
    return new src_errors/* UserError */.yo('images', `access denied to ECR repository ${repository}: the role needs ${reported ?? action} on it (see the README's IAM policy) [${text.trim().split('\n').pop()}]`);
}

;// CONCATENATED MODULE: ./src/images/lifecycle.ts


/** Above ECR's default quota of images per repository (20,000): a keep rule that never expires. */
const NEVER = 20000;
function lifecyclePolicy(keep) {
    const rule = (rulePriority, description, pattern, countNumber) => ({
        rulePriority,
        description,
        selection: {
            tagStatus: 'tagged',
            tagPatternList: [pattern],
            countType: 'imageCountMoreThan',
            countNumber,
        },
        action: { type: 'expire' },
    });
    return JSON.stringify({
        rules: [
            rule(1, 'compose-ecs: images a release uses are kept', 'release-*', NEVER),
            rule(2, 'compose-ecs: the registry build cache is kept', 'buildcache', NEVER),
            rule(3, `compose-ecs: keep the last ${keep} builds`, 'src-*', keep),
        ],
    });
}
/** Puts the policy on each repository whose policy differs (one GetLifecyclePolicy each, in parallel). */
async function applyLifecyclePolicy(ecr, repositories, keep) {
    const wanted = lifecyclePolicy(keep);
    const changed = [];
    await Promise.all(repositories.map(async (repositoryName) => {
        let current;
        try {
            current = await ecr.lifecyclePolicy(repositoryName);
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:GetLifecyclePolicy', repositoryName) ??
                (0,errors/* awsFailure */.MT)('images', `ECR GetLifecyclePolicy ${repositoryName}`, err));
        }
        if (current && JSON.stringify(JSON.parse(current)) === wanted)
            return;
        await ecr.putLifecyclePolicy(repositoryName, wanted).catch((err) => {
            throw (permissionFailure(err, 'ecr:PutLifecyclePolicy', repositoryName) ??
                (0,errors/* awsFailure */.MT)('images', `ECR PutLifecyclePolicy ${repositoryName}`, err));
        });
        changed.push(repositoryName);
    }));
    return changed.sort();
}
/** A tag name for a release: `release-` and the release's id, in ECR's tag alphabet, at most 128 characters. */
function releaseTag(id) {
    return `release-${id.replace(/[^A-Za-z0-9_.-]/g, '-')}`.slice(0, 128);
}
/**
 * Tags every built image a release runs with the release's tag (the documented way to retag in ECR:
 * BatchGetImage, then PutImage of the same manifest under the new tag).
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-retag.html
 */
async function tagRelease(ecr, images, tag) {
    await Promise.all(images
        .filter((i) => i.repository && i.digest)
        .map(async ({ repository, digest }) => {
        const what = `${repository}@${digest}`;
        let found;
        try {
            found = await ecr.tagImage(repository, digest, tag);
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:BatchGetImage and ecr:PutImage', repository) ??
                (0,errors/* awsFailure */.MT)('images', `tagging ${what} as ${tag}`, err));
        }
        if (!found)
            throw (0,errors/* awsFailure */.MT)('images', `tagging ${what} as ${tag}`, new Error(`ECR returned no manifest for ${what}`));
    }));
}

;// CONCATENATED MODULE: ./src/deploy/outputs.ts

const IS_URL = /url$/i;
/**
 * Service URLs (outputs whose key ends in `URL`), for the report and later workflow steps. They come
 * from the stack's Outputs; where CloudFormation has none yet (some endpoints never fill them), the
 * template's own URL outputs are evaluated against the load balancers the stack created.
 */
async function stackUrls(clients, stackId, template, 
/** A reading of the stack as it stands now (after its last operation), instead of another DescribeStacks. */
known) {
    const stack = known ?? (await (0,deploy_stack.describeStack)(clients.stacks, stackId));
    const urls = {};
    for (const output of stack?.Outputs ?? []) {
        if (output.OutputKey && output.OutputValue && IS_URL.test(output.OutputKey))
            urls[output.OutputKey] = output.OutputValue;
    }
    if (Object.keys(urls).length || !template?.Outputs)
        return urls;
    const wanted = Object.entries(template.Outputs).filter(([key]) => IS_URL.test(key));
    if (!wanted.length)
        return urls;
    const dnsNames = await loadBalancerDnsNames(clients, stackId, template).catch(() => new Map());
    for (const [key, output] of wanted) {
        const value = evaluate(output.Value, dnsNames);
        if (value)
            urls[key] = value;
    }
    return urls;
}
/** DNS name per load-balancer logical ID, from the stack's resources and the ELBv2 API. */
async function loadBalancerDnsNames(clients, stackId, template) {
    const resources = await (0,deploy_stack.listStackResources)(clients.stacks, stackId);
    const balancers = resources.filter((r) => template.Resources[r.LogicalResourceId ?? '']?.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' &&
        r.PhysicalResourceId);
    const names = new Map();
    if (!balancers.length)
        return names;
    const found = await clients.services.loadBalancers(balancers.map((b) => b.PhysicalResourceId));
    for (const b of balancers) {
        const dns = found.find((lb) => lb.LoadBalancerArn === b.PhysicalResourceId)?.DNSName;
        if (dns)
            names.set(b.LogicalResourceId, dns);
    }
    return names;
}
/** Evaluates the output forms the converter writes: strings, Fn::Sub with ${Id.DNSName}, Fn::GetAtt, Fn::Join. */
function evaluate(value, dnsNames) {
    if (typeof value === 'string')
        return value;
    if (!value || typeof value !== 'object')
        return undefined;
    const fn = value;
    if (typeof fn['Fn::Sub'] === 'string') {
        let unresolved = false;
        const text = fn['Fn::Sub'].replace(/\$\{([A-Za-z0-9]+)\.DNSName\}/g, (_m, id) => {
            const dns = dnsNames.get(id);
            if (!dns)
                unresolved = true;
            return dns ?? '';
        });
        return unresolved || /\$\{/.test(text) ? undefined : text;
    }
    const getAtt = fn['Fn::GetAtt'];
    if (Array.isArray(getAtt) && getAtt[1] === 'DNSName')
        return dnsNames.get(String(getAtt[0]));
    const join = fn['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        const parts = join[1].map((p) => evaluate(p, dnsNames));
        return parts.every((p) => p !== undefined) ? parts.join(join[0]) : undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/report/compose-changes.ts
var compose_changes = __webpack_require__(862);
// EXTERNAL MODULE: ./src/report/resource-diff.ts
var resource_diff = __webpack_require__(8246);
;// CONCATENATED MODULE: ./src/report/security-changes.ts

const INTERNET = new Set(['0.0.0.0/0', '::/0']);
/**
 * Actions that take no resource-level permission, so "*" is the only resource they can name: not a
 * broadening. ECR: "GetAuthorizationToken ... you must specify * as the resource"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/security_iam_id-based-policy-examples.html).
 */
const STAR_ONLY = new Set(['ecr:GetAuthorizationToken']);
function securityChanges(before, after) {
    const out = [];
    setDiff(statements(before), statements(after), out);
    setDiff(managedPolicies(before), managedPolicies(after), out);
    setDiff(rules(before), rules(after), out);
    setDiff(publicLoadBalancers(before), publicLoadBalancers(after), out);
    return out;
}
function setDiff(before, after, out) {
    for (const [key, item] of after)
        if (!before.has(key))
            out.push({ ...item, change: 'added' });
    for (const [key, item] of before)
        if (!after.has(key))
            out.push({ ...item, change: 'removed', flag: undefined });
}
const list = (value) => Array.isArray(value) ? value : value === undefined ? [] : [value];
/** Inline statements of roles and policies, keyed by where they are and what they say. */
function statements(template) {
    const found = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        const props = resource.Properties ?? {};
        const documents = [];
        if (resource.Type === 'AWS::IAM::Role') {
            documents.push({ name: 'trust policy', document: props.AssumeRolePolicyDocument });
            for (const p of list(props.Policies))
                documents.push({ name: `policy ${String(p.PolicyName)}`, document: p.PolicyDocument });
        }
        else if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') {
            documents.push({ name: `policy ${(0,resource_diff/* showValue */.vp)(props.PolicyName ?? id)}`, document: props.PolicyDocument });
        }
        for (const { name, document } of documents) {
            const doc = document;
            for (const statement of list(doc?.Statement)) {
                const actions = list(statement.Action ?? statement.NotAction).map((a) => (0,resource_diff/* showValue */.vp)(a));
                const resources = list(statement.Resource ?? statement.NotResource).map((r) => (0,resource_diff/* showValue */.vp)(r, 120));
                const principal = statement.Principal === undefined ? '' : ` for ${principalText(statement.Principal)}`;
                const condition = statement.Condition === undefined ? '' : ' (with a condition)';
                const text = `${String(statement.Effect ?? 'Allow')} ${actions.join(', ')}` +
                    `${resources.length ? ` on ${resources.join(', ')}` : ''}${principal}${condition}`;
                const broad = statement.Effect !== 'Deny' &&
                    (actions.some((a) => a === '*' || a.endsWith(':*')) ||
                        (resources.includes('*') && actions.some((a) => !STAR_ONLY.has(a))));
                found.set(`${id}\n${name}\n${(0,resource_diff/* canonical */.$N)(statement)}`, {
                    kind: 'iam',
                    resource: id,
                    text,
                    where: `${id} ${name}`,
                    flag: broad ? 'broad permissions (wildcard)' : undefined,
                });
            }
        }
    }
    return found;
}
/** {"Service": "ecs-tasks.amazonaws.com"} → `Service ecs-tasks.amazonaws.com`; "*" stays "*". */
function principalText(principal) {
    if (typeof principal !== 'object' || principal === null)
        return (0,resource_diff/* showValue */.vp)(principal);
    return Object.entries(principal)
        .map(([kind, who]) => `${kind} ${list(who)
        .map((w) => (0,resource_diff/* showValue */.vp)(w))
        .join(', ')}`)
        .join('; ');
}
function managedPolicies(template) {
    const found = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        if (resource.Type !== 'AWS::IAM::Role')
            continue;
        for (const arn of list(resource.Properties?.ManagedPolicyArns)) {
            const name = (0,resource_diff/* showValue */.vp)(arn, 200);
            found.set(`${id}\n${(0,resource_diff/* canonical */.$N)(arn)}`, {
                kind: 'managed-policy',
                resource: id,
                text: `managed policy ${name}`,
                where: id,
                flag: /AdministratorAccess|FullAccess|PowerUser/.test(name) ? 'broad managed policy' : undefined,
            });
        }
    }
    return found;
}
/** One entry per rule, inline in a group or a rule resource of its own; the description is not the rule. */
function rules(template) {
    const found = new Map();
    const add = (group, direction, rule) => {
        const { Description: _d, GroupId: _g, ...what } = rule;
        const peer = rule.CidrIp ??
            rule.CidrIpv6 ??
            rule.SourceSecurityGroupId ??
            rule.DestinationSecurityGroupId ??
            rule.SourcePrefixListId ??
            rule.DestinationPrefixListId;
        const protocol = String(rule.IpProtocol ?? 'tcp');
        const ports = protocol === '-1'
            ? 'all traffic'
            : rule.FromPort === rule.ToPort
                ? `${String(rule.FromPort)}/${protocol}`
                : `${String(rule.FromPort)}-${String(rule.ToPort)}/${protocol}`;
        const shown = (0,resource_diff/* showValue */.vp)(peer)
            .replace(/^!(Ref|GetAtt) /, '')
            .replace(/\.GroupId$/, '');
        const open = typeof peer === 'string' && INTERNET.has(peer);
        found.set(`${group}\n${direction}\n${(0,resource_diff/* canonical */.$N)(what)}`, {
            kind: direction,
            resource: group,
            text: `${group}: ${direction} ${ports} ${direction === 'ingress' ? 'from' : 'to'} ${shown}`,
            flag: open && direction === 'ingress' ? 'open to the internet' : undefined,
        });
    };
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        const props = resource.Properties ?? {};
        if (resource.Type === 'AWS::EC2::SecurityGroup') {
            for (const r of list(props.SecurityGroupIngress))
                add(id, 'ingress', r);
            for (const r of list(props.SecurityGroupEgress))
                add(id, 'egress', r);
        }
        else if (resource.Type === 'AWS::EC2::SecurityGroupIngress' ||
            resource.Type === 'AWS::EC2::SecurityGroupEgress') {
            const group = (0,resource_diff/* showValue */.vp)(props.GroupId)
                .replace(/^!(Ref|GetAtt) /, '')
                .replace(/\.GroupId$/, '');
            add(group, resource.Type.endsWith('Ingress') ? 'ingress' : 'egress', props);
        }
    }
    return found;
}
/** A load balancer is internet-facing unless its Scheme says internal (CloudFormation's default). */
function publicLoadBalancers(template) {
    const found = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        if (resource.Type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer')
            continue;
        if (resource.Properties?.Scheme === 'internal')
            continue;
        found.set(id, {
            kind: 'load-balancer',
            resource: id,
            text: `${id}: internet-facing load balancer`,
            flag: 'reachable from the internet',
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/report/template-diff.ts




/**
 * What changes between the deployed template and the new one, computed locally: resource-level sets
 * (a reviewer's `cdk diff`), the container images that change, a property-level diff per resource, and
 * the compose-level and security-sensitive views of it.
 * It does not need CloudFormation's change-set details, which not every endpoint provides.
 */
function diffTemplates(before, after) {
    const old = before?.Resources ?? {};
    const next = after.Resources;
    const added = Object.keys(next)
        .filter((id) => !(id in old))
        .sort();
    const removed = Object.keys(old)
        .filter((id) => !(id in next))
        .sort();
    const modified = Object.keys(next)
        .filter((id) => id in old && (0,resource_diff/* canonical */.$N)(old[id]) !== (0,resource_diff/* canonical */.$N)(next[id]))
        .sort();
    return {
        added,
        removed,
        modified,
        images: imageChanges(before, after),
        resources: (0,resource_diff/* resourceDiffs */.ze)(before, after),
        compose: (0,compose_changes/* composeChanges */.M)(before, after),
        security: securityChanges(before, after),
        templateHash: `sha256:${(0,external_node_crypto_.createHash)('sha256').update((0,resource_diff/* canonical */.$N)(after)).digest('hex')}`,
    };
}
function containerImages(template) {
    const images = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        if (resource.Type !== 'AWS::ECS::TaskDefinition')
            continue;
        const containers = (resource.Properties?.ContainerDefinitions ?? []);
        for (const c of containers) {
            if (typeof c.Image === 'string')
                images.set(`${id}/${c.Name}`, { resource: id, container: c.Name ?? '', image: c.Image });
        }
    }
    return images;
}
function imageChanges(before, after) {
    const old = containerImages(before);
    const next = containerImages(after);
    const changes = [];
    for (const key of new Set([...old.keys(), ...next.keys()])) {
        const a = old.get(key);
        const b = next.get(key);
        if (a?.image === b?.image)
            continue;
        changes.push({
            resource: (b ?? a).resource,
            container: (b ?? a).container,
            from: a?.image,
            to: b?.image,
        });
    }
    return changes.sort((x, y) => `${x.resource}/${x.container}`.localeCompare(`${y.resource}/${y.container}`));
}

;// CONCATENATED MODULE: ./src/steps/plan.ts



/** Plans a candidate as a change set (or finds nothing to change) and puts the plan into its report. */
async function planCandidate(ctx, candidate) {
    const { options, aws, logger, clock } = ctx;
    const { report } = candidate;
    report.region = await aws.identity.region().catch(() => undefined);
    const mode = options.mode === 'plan' ? 'plan' : 'deploy';
    const plan = await logger.group(`plan stack ${candidate.stackName}`, () => planStack({
        stackName: candidate.stackName,
        template: candidate.template,
        body: candidate.body,
        parameters: candidate.parameters,
        mode,
        description: `compose-ecs ${options.mode} of ${candidate.project}`,
        templateBucket: options.templateBucket,
        region: report.region ?? '',
        tags: {
            ...options.stack?.tags,
            'com.docker.compose.project': candidate.project,
            ...options.tags,
            // The stack names the commit it runs (a rollback: the restored one).
            ...(candidate.sha ? { 'compose-ecs:sha': candidate.sha } : {}),
        },
        stack: options.stack ?? {},
        ...(candidate.preflight ? { preflight: candidate.preflight } : {}),
        forceChangeSet: options.forceChangeSet ?? false,
        now: new Date(clock.now()),
    }, aws, logger, ctx.poll));
    const { outcome } = plan;
    if (outcome.kind === 'preview')
        logger.warning(outcome.reason);
    else
        logger.info(outcome.kind === 'ready'
            ? `change set ${plan.changeSetName}: ${outcome.changes.length} resource changes`
            : `no changes: ${outcome.reason}`);
    await ctx.emit(report, {
        kind: 'planned',
        changeSetType: plan.type,
        changeSetName: plan.changeSetName,
        diff: diffTemplates(plan.before, candidate.template),
        hasChanges: outcome.kind !== 'no-changes',
        ...(outcome.kind !== 'no-changes' ? { changes: outcome.changes } : {}),
        ...(outcome.kind === 'preview' ? { warning: outcome.reason } : {}),
    });
    return {
        candidate,
        plan,
        result: {
            report,
            // A plan of a new stack removes the stack it created: there is no stack to name.
            stackId: mode === 'plan' && plan.type === 'CREATE' ? undefined : (outcome.stackId ?? plan.stackId),
            changeSetId: outcome.changeSetId,
            hasChanges: outcome.kind !== 'no-changes',
            images: candidate.images,
            ...(candidate.templatePath ? { templatePath: candidate.templatePath } : {}),
            ...(candidate.conversion ? { conversion: candidate.conversion } : {}),
        },
    };
}
/** A plan never leaves a change set behind; the next run computes a fresh one. */
async function discardPlanned(ctx, planned) {
    await discardPlan(ctx.aws, planned.plan, ctx.poll, ctx.logger);
}
/** The URLs are a convenience: failing to read them never fails a deploy that succeeded. */
function serviceUrls(ctx, planned, stackId, 
/** A reading of the stack as it stands now, instead of another DescribeStacks. */
known) {
    return stackUrls(ctx.aws, stackId, planned.candidate.template, known).catch((err) => {
        ctx.logger.warning(`could not read the service URLs: ${err.message}`);
        return {};
    });
}

// EXTERNAL MODULE: ./src/steps/result.ts
var steps_result = __webpack_require__(2434);
;// CONCATENATED MODULE: ./src/steps/apply.ts








/**
 * Applies a plan: nothing to do when it found no changes; otherwise the release's images are tagged
 * (lifecycle policies keep them), file secrets stored under the versions the change set pins, the change
 * set executed and the ECS rollout followed to the end. Throws a RunFailure carrying the report.
 */
async function applyPlanned(ctx, planned) {
    const { aws, logger, options } = ctx;
    const { plan, result, candidate } = planned;
    const { report } = result;
    const { outcome } = plan;
    if (outcome.kind !== 'ready') {
        await discardPlan(aws, plan, ctx.poll, logger);
        const urls = result.stackId ? await serviceUrls(ctx, planned, result.stackId, plan.stack) : {};
        await ctx.emit(report, { kind: 'deploy-skipped', urls });
        return report.deploy;
    }
    await ctx.emit(report, { kind: 'deploy-started' });
    const failed = (err) => ctx.emit(report, {
        kind: 'deploy-failed',
        error: err instanceof Error ? err.message : String(err),
        cancelled: (0,cancellation/* isCancelled */.mm)(err),
        ...(err.diagnosis
            ? { diagnosis: err.diagnosis }
            : {}),
    });
    try {
        // With a lifecycle policy, the images this release runs are tagged before it executes, so the
        // policy never expires an image a deployed release uses.
        if (options.images?.lifecycleKeep)
            await tagRelease(aws.registry, candidate.images, releaseTag(`${candidate.stackName}-${plan.changeSetName}`));
        // The content of file secrets is stored only now, under the version ids the change set pins.
        await writeFileSecrets(plan.secrets, { secrets: aws.secrets, logger });
        // Config contents (SSM, content-addressed) the template reads and the account does not have yet.
        await candidate.storeContent?.();
    }
    catch (err) {
        // The change set never executes: leave none behind (nor the empty stack and secrets it made).
        await discardPlan(aws, plan, ctx.poll, logger).catch((e) => logger.warning(`could not remove the change set: ${e.message}`));
        await failed(err);
        throw (0,steps_result/* failure */.V)(err, candidate.stackName, result);
    }
    // The reading that saw the stack settle holds its outputs: the URLs need no further DescribeStacks.
    let settled;
    try {
        await deployChangeSet(aws, {
            stackId: outcome.stackId,
            changeSetId: outcome.changeSetId,
            stackName: candidate.stackName,
            template: candidate.template,
            disableRollback: options.stack?.disableRollback,
        }, logger, ctx.poll, {
            // Stack events are frequent: published without waiting (the commenter spaces its edits out).
            onEvent: (event) => void ctx.emit(report, { kind: 'stack-event', event }),
            onRollout: (rows) => ctx.emit(report, { kind: 'rollout', rows }),
            onSettled: (stack) => (settled = stack),
        });
        if (plan.type === 'CREATE' && options.stack?.terminationProtection)
            await protectStack(aws, outcome.stackId, logger);
        const urls = await serviceUrls(ctx, planned, outcome.stackId, settled);
        await ctx.emit(report, { kind: 'deploy-succeeded', urls });
    }
    catch (err) {
        await failed(err);
        throw (0,steps_result/* failure */.V)(err, candidate.stackName, result);
    }
    return report.deploy;
}

// EXTERNAL MODULE: ./src/steps/record.ts
var steps_record = __webpack_require__(9790);
;// CONCATENATED MODULE: ./src/steps/deliver.ts




/**
 * What deploy and rollback share once they have a candidate: plan it → record the release (in progress)
 * → apply → record the outcome. A failure is recorded on the release and thrown with what was known.
 */
async function deliverCandidate(ctx, candidate) {
    const planned = await planCandidate(ctx, candidate).catch((err) => {
        throw (0,steps_result/* failure */.V)(err, candidate.stackName);
    });
    const record = await (0,steps_record/* startRelease */.I$)(ctx, planned);
    try {
        await applyPlanned(ctx, planned);
    }
    catch (err) {
        await (0,steps_record/* finishRelease */.pp)(ctx, planned, record, err);
        throw (0,steps_result/* failure */.V)(err, candidate.stackName, planned.result);
    }
    await (0,steps_record/* finishRelease */.pp)(ctx, planned, record);
    return planned;
}

;// CONCATENATED MODULE: ./src/deploy/network.ts


/**
 * The VPC and subnets the services run in, looked up at plan time so the template never bakes
 * them in: the given VPC (else the account's default VPC), and the given subnets, else that VPC's
 * public subnets (the ones that map public IPs) or, when asked for private, the others; one per
 * availability zone.
 */
async function resolveNetwork(ec2, request) {
    try {
        let vpcId = request.vpcId;
        if (!vpcId) {
            vpcId = await ec2.defaultVpcId();
            if (!vpcId) {
                throw new src_errors/* UserError */.yo('plan', 'this account and region have no default VPC: set the vpc-id input (or x-aws-vpc) and subnet-ids');
            }
        }
        if (request.subnetIds?.length)
            return { vpcId, subnetIds: [...request.subnetIds], zones: await zoneCount(ec2, request.subnetIds) };
        const found = await subnetsOf(ec2, vpcId, !request.privateSubnets);
        if (!found.subnetIds.length) {
            throw new src_errors/* UserError */.yo('plan', `VPC ${vpcId} has no ${request.privateSubnets ? 'private' : 'public'} subnets: set the subnet-ids input`);
        }
        return { vpcId, ...found };
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', 'looking up the VPC and subnets', err);
    }
}
/** Given subnets are taken as they are, but their zones are counted: ALB and EFS need distinct ones. */
async function zoneCount(ec2, subnetIds) {
    const subnets = await ec2.subnets({ subnetIds });
    return new Set(subnets.map((s) => s.AvailabilityZone ?? s.SubnetId)).size;
}
/**
 * Subnets for an internet-facing load balancer: the public-subnet-ids input (zones counted), else the
 * VPC's public subnets, one per availability zone.
 */
async function resolvePublicSubnets(ec2, vpcId, given) {
    try {
        if (given?.length)
            return { subnetIds: [...given], zones: await zoneCount(ec2, given) };
        return await subnetsOf(ec2, vpcId, true);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('plan', 'looking up public subnets for the load balancer', err);
    }
}
/** The VPC's public (map public IPs) or private subnets, one per availability zone, sorted; maybe none. */
async function subnetsOf(ec2, vpcId, publicOnes) {
    {
        const subnets = await ec2.subnets({ vpcId });
        const wanted = (s) => Boolean(s.MapPublicIpOnLaunch) === publicOnes;
        // One subnet per availability zone: load balancers and EFS mount targets need distinct zones.
        const byZone = new Map();
        for (const subnet of subnets.filter(wanted).sort((a, b) => (a.SubnetId < b.SubnetId ? -1 : 1))) {
            const zone = subnet.AvailabilityZone ?? subnet.SubnetId;
            if (!byZone.has(zone))
                byZone.set(zone, subnet.SubnetId);
        }
        const subnetIds = [...byZone.values()].sort();
        return { subnetIds, zones: byZone.size };
    }
}

;// CONCATENATED MODULE: ./src/deploy/parameters.ts


/** What this run's inputs ask for, before any lookup (zones unknown). */
function networkModes(parameters, request) {
    const vpc = parameters.find((p) => p.kind === 'vpc');
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    const vpcId = request.vpcId ?? vpc?.value;
    const privateSubnets = request.privateSubnets ?? (subnets?.public === false ? true : undefined);
    // Public task subnets serve the load balancer too; private ones cannot (no route from the internet).
    const lb = !lbSubnets
        ? undefined
        : request.publicSubnetIds?.length
            ? 'given'
            : privateSubnets
                ? 'public'
                : 'tasks';
    return {
        vpc: vpcId ? 'given' : 'default',
        subnets: request.subnetIds?.length ? 'given' : privateSubnets ? 'private' : 'public',
        ...(lb ? { lb } : {}),
        ...(vpcId ? { vpcId } : {}),
        ...(privateSubnets !== undefined ? { privateSubnets } : {}),
    };
}
/**
 * Fills the template's network parameters from the account: the VPC and subnets, looked up now,
 * never baked in. The vpc-id and subnet-ids inputs win over the compose file's x-aws-vpc, which
 * wins over the default VPC.
 */
async function networkParameters(ec2, parameters, request) {
    return (await lookUpNetwork(ec2, parameters, request)).values;
}
/** The values and the record of how they were chosen (undefined when the template has no network parameter). */
async function lookUpNetwork(ec2, parameters, request) {
    const vpc = parameters.find((p) => p.kind === 'vpc');
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    if (!vpc && !subnets && !lbSubnets)
        return { values: {} };
    const modes = networkModes(parameters, request);
    const network = await resolveNetwork(ec2, {
        vpcId: modes.vpcId,
        subnetIds: request.subnetIds,
        privateSubnets: modes.privateSubnets,
    });
    const record = { vpc: modes.vpc, subnets: modes.subnets, zones: network.zones };
    const values = {};
    if (vpc)
        values[vpc.name] = network.vpcId;
    if (subnets)
        values[subnets.name] = network.subnetIds.join(',');
    if (lbSubnets && modes.lb) {
        const lb = modes.lb === 'tasks'
            ? network
            : await resolvePublicSubnets(ec2, network.vpcId, request.publicSubnetIds);
        values[lbSubnets.name] = lb.subnetIds.join(',');
        Object.assign(record, { lb: modes.lb, lbZones: lb.zones });
    }
    const problem = zoneProblem(parameters, record, values);
    if (problem)
        throw new src_errors/* UserError */.yo('plan', problem);
    return { values, record };
}
/** What the subnets lack for the template (EFS mount targets, a load balancer), or undefined when they suffice. */
function zoneProblem(parameters, record, values) {
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    if (subnets?.minCount && record.zones < subnets.minCount)
        return `${subnets.description}: needs at least ${subnets.minCount} subnets in distinct availability zones, found ${record.zones} zone(s) (${(values[subnets.name] ?? '').split(',').join(', ')})`;
    if (lbSubnets && (record.lbZones ?? 0) < (lbSubnets.minCount ?? 2))
        return `${lbSubnets.description}: found ${record.lbZones ?? 0} zone(s) (${(values[lbSubnets.name] ?? '').split(',').filter(Boolean).join(', ') || 'none'}); set the public-subnet-ids input, or x-aws-loadbalancer_scheme: internal to keep the load balancer inside the VPC`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/deploy/network-record.ts

const NETWORK_TAG = 'compose-ecs:network';
/**
 * CloudFormation returns a parameter's value as it was given (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html:
 * "the input value associated with the parameter"): a List<AWS::EC2::Subnet::Id> as the comma-separated ids.
 * A value of any other form is not reused (it is looked up instead).
 */
const VALUE_FORM = {
    vpc: /^vpc-[0-9a-f]+$/,
    subnets: /^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)*$/,
    'load-balancer-subnets': /^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)*$/,
};
/** `vpc=default subnets=public zones=3 lb=tasks lb-zones=3`: the characters every service's tags accept. */
function networkTag(record) {
    return [
        `vpc=${record.vpc}`,
        `subnets=${record.subnets}`,
        `zones=${record.zones}`,
        ...(record.lb ? [`lb=${record.lb}`, `lb-zones=${record.lbZones ?? 0}`] : []),
    ].join(' ');
}
function parseNetworkTag(text) {
    if (!text)
        return undefined;
    const fields = Object.fromEntries(text.split(' ').map((pair) => pair.split('=')));
    const zones = Number(fields.zones);
    const lbZones = Number(fields['lb-zones']);
    if (!['given', 'default'].includes(fields.vpc ?? ''))
        return undefined;
    if (!['given', 'public', 'private'].includes(fields.subnets ?? ''))
        return undefined;
    if (!Number.isSafeInteger(zones))
        return undefined;
    const record = {
        vpc: fields.vpc,
        subnets: fields.subnets,
        zones,
    };
    if (fields.lb) {
        if (!['given', 'tasks', 'public'].includes(fields.lb) || !Number.isSafeInteger(lbZones))
            return undefined;
        Object.assign(record, { lb: fields.lb, lbZones });
    }
    return record;
}
/** The stack's own network values when they answer this run's inputs (see the top of this file). */
function reuseStackNetwork(parameters, request, stack) {
    const wanted = parameters.filter((p) => p.kind in VALUE_FORM);
    const recorded = parseNetworkTag(stack.tags[NETWORK_TAG]);
    if (!wanted.length || !recorded)
        return undefined;
    const modes = networkModes(parameters, request);
    if (recorded.vpc !== modes.vpc || recorded.subnets !== modes.subnets || recorded.lb !== modes.lb)
        return undefined;
    // Inputs left empty (the action passes [] and '') ask for nothing.
    const given = {
        vpc: modes.vpcId || undefined,
        subnets: request.subnetIds?.join(',') || undefined,
        'load-balancer-subnets': request.publicSubnetIds?.join(',') || undefined,
    };
    const values = {};
    for (const p of wanted) {
        const value = stack.parameters[p.name];
        if (value === undefined || !VALUE_FORM[p.kind].test(value))
            return undefined;
        if (given[p.kind] !== undefined && given[p.kind] !== value)
            return undefined;
        values[p.name] = value;
    }
    // A template that now needs more zones than recorded is looked up, so the refusal names fresh data.
    if (zoneProblem(parameters, recorded, values))
        return undefined;
    return { values, tag: networkTag(recorded), reused: true };
}
/** The stack's values when they answer the inputs, else a lookup in the account (resolveNetwork). */
async function stackNetwork(ec2, parameters, request, stack) {
    const reused = stack && reuseStackNetwork(parameters, request, stack);
    if (reused)
        return reused;
    const { values, record } = await lookUpNetwork(ec2, parameters, request);
    return { values, ...(record ? { tag: networkTag(record) } : {}), reused: false };
}

;// CONCATENATED MODULE: ./src/deploy/retained-volumes.ts



/** Every file system listed once (all pages), filtered by the project and volume tags; only available ones. */
function efsFinder(efs) {
    let all;
    return {
        async byTags(project, volume, stack) {
            all ??= efs.list();
            return (await all)
                .filter((fs) => fs.available &&
                fs.tags[tags/* PROJECT_TAG */.hc] === project &&
                fs.tags[VOLUME_TAG] === volume &&
                fs.tags[STACK_TAG] === stack)
                .map(({ id, created }) => ({ id, ...(created ? { created } : {}) }));
        },
    };
}
async function retainedFileSystemParameters(finder, parameters, request, logger) {
    const values = {};
    for (const p of parameters.filter((x) => x.kind === 'retained-file-system' && x.volume !== undefined)) {
        if (!request.isNew) {
            values[p.name] = request.current?.[p.name] ?? '';
            continue;
        }
        let found;
        try {
            found = await finder.byTags(request.project, p.volume, request.stack);
        }
        catch (err) {
            throw (0,errors/* awsFailure */.MT)('plan', `looking up retained file systems of volume ${p.volume}`, err);
        }
        const newest = [...found].sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
        const chosen = newest[0];
        values[p.name] = chosen?.id ?? '';
        if (chosen)
            logger.info(`volume ${p.volume}: using file system ${chosen.id}, retained when stack ${request.stack} was deleted`);
        if (newest.length > 1)
            logger.warning(`volume ${p.volume}: ${newest.length} retained file systems of ${request.project} (${newest.map((f) => f.id).join(', ')}); using the newest, ${chosen.id}`);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/deploy/account-parameters.ts



/**
 * The parameters of a new release, from the account: network lookups, file systems a deleted stack
 * retained, and file secrets (last, so nothing after it can fail once a secret was created).
 */
function accountParameters(request) {
    return async (state, aws, logger) => {
        // The network as the stack runs it when the inputs ask for the same one (network-record.ts).
        const network = await stackNetwork(aws.network, request.sources, request.network, state.parameters && state.settings && !request.forceLookup
            ? { parameters: state.parameters, tags: state.settings.tags }
            : undefined);
        if (network.reused)
            logger.info('VPC and subnets: as the stack runs them (the network inputs are unchanged; nothing looked up)');
        const fromAccount = {
            ...network.values,
            ...(await retainedFileSystemParameters(efsFinder(aws.fileSystems), request.sources, {
                project: request.project.name,
                stack: request.stackName,
                isNew: state.isNew,
                ...(state.parameters ? { current: state.parameters } : {}),
            }, logger)),
        };
        const secrets = await fileSecretParameters(request.project, request.environment, request.stackName, request.sources, request.mode, { secrets: aws.secrets, identity: aws.identity, logger });
        return {
            values: { ...request.overrides, ...fromAccount, ...secrets.parameters },
            secrets,
            ...(network.tag ? { tags: { [NETWORK_TAG]: network.tag } } : {}),
        };
    };
}

;// CONCATENATED MODULE: ./src/deploy/file-configs.ts


/**
 * Creates the parameters the change set's task definitions read and that do not exist yet: call it
 * once the change set is ready, just before it executes. Standard-tier String parameters (no charge,
 * no KMS key for the execution role to use); PutParameter without Overwrite never replaces content
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html).
 */
async function writeFileConfigs(project, stackName, deps) {
    const prefix = storedConfigPrefix(stackName);
    for (const config of storedConfigs(project)) {
        const chunks = configChunks(config).flatMap((f) => f.chunks);
        if (chunks.length === 0)
            continue;
        const names = chunks.map((c) => `${prefix}${c.name}`);
        const existing = await file_configs_call(`SSM GetParameters for config ${config.name}`, () => deps.parameters.existing(names));
        const missing = chunks.filter((c) => !existing.has(`${prefix}${c.name}`));
        for (const c of missing)
            await file_configs_call(`storing config ${config.name} in SSM Parameter Store`, () => deps.parameters.create({
                name: `${prefix}${c.name}`,
                value: c.value,
                description: `compose config ${config.name} of stack ${stackName}, stored by compose-ecs`,
                tags: { 'com.docker.compose.project': project.name, 'compose-ecs:stack': stackName },
            }));
        if (missing.length > 0)
            deps.logger.info(`stored config ${config.name} in SSM Parameter Store (${missing.length} parameter${missing.length > 1 ? 's' : ''})`);
    }
}
async function file_configs_call(what, f) {
    try {
        return await f();
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('deploy', what, err);
    }
}

// EXTERNAL MODULE: ./src/deploy/stack-settings.ts
var stack_settings = __webpack_require__(1817);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/private-temp.ts
var private_temp = __webpack_require__(2267);
;// CONCATENATED MODULE: ./src/images/dockerignore.ts
// .dockerignore patterns, enough to leave ignored files out of the build-input hash the way the
// engine leaves them out of the build context: `#` comments, `!` exceptions, `*`, `?`, `**`.
function toRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            // `**/` matches any number of directories, including none.
            out += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += pattern[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A pattern names a path and everything below it.
    return new RegExp(`^${out}(?:/.*)?$`);
}
function parseDockerignore(text) {
    const rules = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => {
        const negate = line.startsWith('!');
        const pattern = (negate ? line.slice(1) : line)
            .trim()
            .replace(/^\/+/, '')
            .replace(/^\.\//, '')
            .replace(/\/+$/, '');
        return { negate, regexp: toRegExp(pattern) };
    });
    // The last matching rule decides, as in Docker.
    return (path) => {
        let ignored = false;
        for (const rule of rules)
            if (rule.regexp.test(path))
                ignored = !rule.negate;
        return ignored;
    };
}

;// CONCATENATED MODULE: ./src/images/build-inputs.ts





/**
 * A fingerprint of everything a build reads: the Dockerfile (or dockerfile_inline), every file of the
 * context and of each local additional context that .dockerignore lets through (path, mode and
 * content) or a Git context's commit, build args, labels, target, platforms, secret and ssh ids (never
 * secret values), and the build's network settings.
 * Used as the image tag, so an unchanged service is neither rebuilt nor pushed, and every run of
 * an unchanged project pins the same digest (a no-op deploy stays a no-op even without a build cache).
 */
async function buildInputsHash(build, dockerfile, platforms = build.platforms) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const add = (label, value) => {
        hash.update(`${label}\0${Buffer.byteLength(value)}\0`);
        hash.update(value);
    };
    add('dockerfile', 'text' in dockerfile ? dockerfile.text : await (0,promises_.readFile)(dockerfile.path));
    await addContext(add, 'context', build.context);
    for (const [name, source] of sorted(build.additionalContexts ?? {})) {
        add('named-context', name);
        await addContext(add, `context:${name}`, source);
    }
    for (const [key, value] of sorted(build.args))
        add(`arg:${key}`, value);
    for (const [key, value] of sorted(build.labels))
        add(`label:${key}`, value);
    add('target', build.target ?? '');
    add('platform', platforms.join(','));
    // Fields added later hash only when written, so tags of builds that do not use them stay the same.
    for (const secret of build.secrets ?? [])
        add('secret-id', secret.id);
    for (const ssh of build.ssh ?? [])
        add('ssh-id', ssh.id);
    if (build.network)
        add('network', build.network);
    for (const host of build.extraHosts ?? [])
        add('extra-host', host);
    if (build.shmSize !== undefined)
        add('shm-size', String(build.shmSize));
    for (const [name, limit] of sorted(build.ulimits ?? {}))
        add(`ulimit:${name}`, `${limit.soft}:${limit.hard}`);
    for (const entitlement of build.entitlements ?? [])
        add('entitlement', entitlement);
    if (build.privileged)
        add('privileged', 'true');
    return hash.digest('hex');
}
function sorted(record) {
    return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** A local directory's files, a Git context's commit, or (images, services, stages) the name itself. */
async function addContext(add, label, source) {
    const git = gitContext(source);
    if (git) {
        add(`${label}:git`, `${git.url}#${await gitCommit(git)}:${git.subdir ?? ''}`);
        return;
    }
    if (!source.startsWith('/')) {
        // docker-image://, service:, target: — named, not read here. An image by tag can move;
        // pin it by digest for builds that must follow it.
        add(`${label}:named`, source);
        return;
    }
    const ignore = parseDockerignore(await (0,promises_.readFile)((0,external_node_path_.join)(source, '.dockerignore'), 'utf8').catch(() => ''));
    for (const file of await contextFiles(source, ignore)) {
        const stat = await (0,promises_.lstat)(file.absolute);
        add(label === 'context' ? 'path' : `${label}:path`, file.relative);
        add('mode', String(stat.mode & 0o777));
        add('content', stat.isSymbolicLink() ? `link:${await (0,promises_.readlink)(file.absolute)}` : await (0,promises_.readFile)(file.absolute));
    }
}
async function contextFiles(root, ignore) {
    const files = [];
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const absolute = (0,external_node_path_.join)(dir, entry.name);
            const rel = (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
            if (ignore(rel))
                continue;
            if (entry.isDirectory())
                await walk(absolute);
            else if (entry.isFile() || entry.isSymbolicLink())
                files.push({ relative: rel, absolute });
        }
    };
    await walk(root);
    // Byte order, not locale order: the same tree must hash the same everywhere.
    return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/images/prepare-build.ts
// From a compose service to the engine's BuildRequest: the content tag, the Dockerfile (a private
// file for dockerfile_inline), build secrets as files (an environment secret is written to a private
// 0600 file for the build and removed after it), the default registry cache and attestations.






async function prepareBuild(service, options) {
    const { build } = service;
    let privateDir;
    const privateFile = async (name, content) => {
        privateDir ??= await (0,private_temp/* makePrivateDir */.h)('compose-ecs-build-');
        const file = (0,external_node_path_.join)(privateDir, name);
        await (0,promises_.writeFile)(file, content, { mode: 0o600 });
        return file;
    };
    const cleanup = async () => {
        if (privateDir)
            await (0,promises_.rm)(privateDir, { recursive: true, force: true });
    };
    try {
        const platforms = build.platforms.length ? build.platforms : service.platform ? [service.platform] : [];
        const remote = gitContext(build.context);
        const dockerfile = build.dockerfileInline !== undefined
            ? await privateFile('Dockerfile', build.dockerfileInline)
            : remote || (0,external_node_path_.isAbsolute)(build.dockerfile)
                ? build.dockerfile
                : (0,external_node_path_.join)(build.context, build.dockerfile);
        const fingerprint = await buildInputsHash(build, build.dockerfileInline !== undefined || remote
            ? { text: build.dockerfileInline ?? build.dockerfile }
            : { path: dockerfile }, platforms);
        const tag = `src-${fingerprint.slice(0, 32)}`;
        const secrets = [];
        for (const [i, secret] of (build.secrets ?? []).entries()) {
            const definition = options.secrets[secret.source];
            if (definition?.file)
                secrets.push({ id: secret.id, file: definition.file });
            else {
                const value = definition?.environment ? options.environment[definition.environment] : undefined;
                if (value === undefined)
                    throw new src_errors/* UserError */.yo('images', `build secret "${secret.source}" of service "${service.name}" has no value: set ${definition?.environment ?? 'its environment variable'}`);
                secrets.push({ id: secret.id, file: await privateFile(`secret-${i}`, value) });
            }
        }
        const userCache = Boolean(build.cacheFrom?.length || build.cacheTo?.length);
        const request = {
            service: service.name,
            context: build.context,
            dockerfile,
            tags: [`${options.repositoryUri}:${tag}`, ...(build.tags ?? [])],
            args: build.args,
            labels: {
                ...build.labels,
                'com.docker.compose.project': options.projectName,
                'com.docker.compose.service': service.name,
            },
            target: build.target,
            platforms,
            secrets,
            ssh: build.ssh ?? [],
            additionalContexts: build.additionalContexts ?? {},
            cacheFrom: build.cacheFrom ?? [],
            cacheTo: build.cacheTo ?? [],
            cacheRef: options.cache && !userCache && !build.noCache ? `${options.repositoryUri}:buildcache` : undefined,
            extraHosts: build.extraHosts ?? [],
            network: build.network,
            shmSize: build.shmSize,
            pull: build.pull ?? false,
            noCache: build.noCache ?? false,
            ulimits: build.ulimits ?? {},
            entitlements: [...(build.entitlements ?? []), ...(build.privileged ? ['security.insecure'] : [])],
            provenance: build.provenance ?? options.provenance,
            sbom: build.sbom ?? options.sbom,
        };
        return { request, repository: options.repository, repositoryUri: options.repositoryUri, tag, cleanup };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/images/run-builds.ts
// Runs builds in parallel, up to a limit. Each build's output is buffered and printed as one group
// when it ends, with its duration, so parallel logs never interleave. After a failure no new build
// starts; the running ones finish (their pushes are complete, content-tagged images, never half a
// state the next run would trust), then the stage fails with the failed build's last lines.



async function runBuilds(plans, engine, logger, concurrency, now = () => performance.now()) {
    const results = [];
    const failures = [];
    const queue = [...plans];
    const worker = async () => {
        for (let plan = queue.shift(); plan && !failures.length; plan = queue.shift()) {
            const service = plan.request.service;
            const lines = [];
            const started = now();
            try {
                const digest = await engine.buildAndPush(plan.request, (line) => lines.push(line));
                const durationMs = now() - started;
                lines.push(`pushed ${plan.request.tags[0]} as ${digest}`);
                await printGroup(logger, `image: ${service} (built and pushed in ${seconds(durationMs)})`, lines);
                results.push({ plan, digest, durationMs });
            }
            catch (error) {
                const ended = (0,cancellation/* isCancelled */.mm)(error) ? 'cancelled' : 'failed';
                await printGroup(logger, `image: ${service} (${ended} after ${seconds(now() - started)})`, lines);
                failures.push({ service, error: explainDenied(error, plan) });
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, plans.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failures.length) {
        const skipped = plans.length - results.length - failures.length;
        if (skipped > 0)
            logger.info(`${skipped} build(s) not started after the ${(0,cancellation/* isCancelled */.mm)(failures[0].error) ? 'cancel' : 'failure'}`);
        throw failures[0].error;
    }
    return results;
}
async function printGroup(logger, title, lines) {
    await logger.group(title, async () => {
        for (const line of lines)
            logger.info(line);
    });
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
const PUSH_ACTIONS = 'ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage';
/** A push the registry refused for lack of permission names the repository and the IAM action. */
function explainDenied(error, plan) {
    if (!(error instanceof src_errors/* UserError */.yo))
        return error;
    if (!/not authorized to perform|^denied:|\bdenied: /im.test(error.message))
        return error;
    const line = error.message.split('\n').find((l) => /not authorized to perform|denied/i.test(l)) ?? error.message;
    return deniedError(line, PUSH_ACTIONS, plan.repository);
}

;// CONCATENATED MODULE: ./src/images/pin.ts






const CACHE_TAG = 'buildcache';
/** ECR repository per built service: `<prefix>/<service>`, lowercase as ECR requires. */
function repositoryName(prefix, service) {
    return `${prefix}/${service}`.toLowerCase();
}
/**
 * Builds every service that has `build:` (in parallel, up to `concurrency`), pushes it to ECR after
 * one token login, and returns the project with each built service's `image` pinned to
 * `repository@digest` as the registry reported it. An image whose content tag the registry already has
 * is neither built nor pushed. Services without `build:` keep their image as written.
 */
async function buildAndPushImages(project, deps, options = {}) {
    const prefix = options.repositoryPrefix ?? project.name;
    const built = Object.values(project.services)
        .filter((s) => Boolean(s.build))
        .sort((a, b) => a.name.localeCompare(b.name));
    const invalid = built
        .map((s) => repositoryName(prefix, s.name))
        .filter((name) => !isValidRepositoryName(name));
    if (invalid.length) {
        throw new src_errors/* UserError */.yo('images', `not valid ECR repository names: ${invalid.join(', ')} (set repository-prefix)`);
    }
    const images = [];
    const services = { ...project.services };
    if (built.length) {
        const engine = deps.engine;
        if (!engine)
            throw new Error('internal: services are built but no engine was chosen');
        const cache = options.cache !== false && engine.capabilities.defaultCache !== 'none';
        if ((options.provenance || options.sbom) && !engine.capabilities.attestations)
            deps.logger.warning(`provenance and sbom are not produced by ${engine.description}: they need buildx with the docker-container driver`);
        const login = await getRegistryLogin(deps.registry);
        deps.logger.mask(login.password);
        const names = built.map((s) => repositoryName(prefix, s.name));
        const serviceOf = (name) => built.find((s) => repositoryName(prefix, s.name) === name);
        const repositories = await ensureRepositories(deps.registry, names, (name) => ({
            tags: {
                'com.docker.compose.project': project.name,
                'com.docker.compose.service': serviceOf(name).name,
            },
            kmsKey: options.kmsKey,
            // build.tags into the same repository (e.g. :latest) are rewritten by every build: keep them mutable.
            mutableTags: [
                ...(cache ? [CACHE_TAG] : []),
                ...(serviceOf(name).build.tags ?? [])
                    .filter((t) => t.startsWith(`${login.registry}/${name}:`))
                    .map((t) => t.slice(`${login.registry}/${name}:`.length)),
            ],
        }));
        for (const [name, { created }] of repositories)
            if (created)
                deps.logger.info(`created ECR repository ${name}`);
        if (options.lifecycleKeep) {
            const changed = await applyLifecyclePolicy(deps.registry, names, options.lifecycleKeep);
            if (changed.length)
                deps.logger.info(`lifecycle policy (keep the last ${options.lifecycleKeep} builds) put on ${changed.join(', ')}`);
        }
        const plans = await Promise.all(built.map((service) => {
            const repository = repositoryName(prefix, service.name);
            return prepareBuild(service, {
                repository,
                repositoryUri: repositories.get(repository).uri,
                projectName: project.name,
                // A repository someone made fully immutable cannot take a rewritten cache tag: no default cache there.
                cache: cache && repositories.get(repository).canRewrite(CACHE_TAG),
                provenance: options.provenance,
                sbom: options.sbom,
                environment: options.environment ?? process.env,
                secrets: project.secrets,
            });
        }));
        const records = await buildMissing(plans, login, { ...deps, engine }, options.concurrency ?? (0,external_node_os_.availableParallelism)());
        for (const record of records) {
            images.push(record);
            services[record.service] = { ...project.services[record.service], image: record.uri };
        }
    }
    for (const service of Object.values(project.services)) {
        if (!service.build && service.image)
            images.push({ service: service.name, uri: service.image, pushed: false });
    }
    images.sort((a, b) => a.service.localeCompare(b.service));
    return { project: { ...project, services }, images };
}
/** Asks the registry for every content tag, then builds (in parallel) only the images it lacks. */
async function buildMissing(plans, login, deps, concurrency) {
    const existing = await Promise.all(plans.map((p) => deps.registry.manifestDigest(login, p.repository, p.tag)));
    const records = [];
    const missing = [];
    plans.forEach((plan, i) => {
        const digest = existing[i];
        if (!digest)
            return missing.push(plan);
        deps.logger.info(`${plan.repository}:${plan.tag} is already in the registry (${digest}): nothing to build`);
        records.push(record(plan, digest, false));
    });
    try {
        if (missing.length) {
            await deps.engine.login(login.registry, login.username, login.password);
            const results = await runBuilds(missing, deps.engine, deps.logger, concurrency);
            // The registry's own digest for the content tag is what a task pulls: it is the one pinned, whatever
            // an engine reported (older buildx with the docker driver reported the image id, not the digest).
            const pushed = await Promise.all(results.map((r) => deps.registry.manifestDigest(login, r.plan.repository, r.plan.tag)));
            results.forEach(({ plan, digest, durationMs }, i) => {
                const stored = pushed[i];
                if (!stored)
                    throw new src_errors/* UserError */.yo('images', `${plan.repository}:${plan.tag} was pushed but the registry does not have it`);
                if (stored !== digest)
                    deps.logger.info(`${plan.repository}:${plan.tag}: the engine reported ${digest}, the registry stores ${stored}`);
                records.push({ ...record(plan, stored, true), durationMs });
            });
        }
    }
    finally {
        await Promise.all(plans.map((p) => p.cleanup()));
    }
    return records;
}
function record(plan, digest, pushed) {
    return {
        service: plan.request.service,
        uri: `${plan.repositoryUri}@${digest}`,
        repository: plan.repository,
        tag: plan.tag,
        digest,
        pushed,
    };
}

;// CONCATENATED MODULE: ./src/images/image-reference.ts
/**
 * The reference grammar of the distribution project (reference.go): the first component is a host when it
 * has a dot or a port, or is localhost; otherwise the image is on Docker Hub.
 */
function parseImageReference(text) {
    const at = text.indexOf('@');
    const digest = at >= 0 ? text.slice(at + 1) : undefined;
    const rest = at >= 0 ? text.slice(0, at) : text;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    const tag = colon > slash ? rest.slice(colon + 1) : undefined;
    const name = colon > slash ? rest.slice(0, colon) : rest;
    if (!name || (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)))
        return undefined;
    if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag))
        return undefined;
    const first = name.split('/')[0];
    const hasHost = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    const host = hasHost ? first : 'docker.io';
    let path = hasHost ? name.slice(first.length + 1) : name;
    if (host === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path))
        return undefined;
    return {
        host,
        apiHost: host === 'docker.io' || host === 'index.docker.io' ? 'registry-1.docker.io' : host,
        path,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        name,
    };
}
/** Private ECR registries answer the ECR token login (Basic AWS:<token>), never an anonymous token. */
function isPrivateEcrHost(host) {
    return /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?(:\d+)?$/.test(host);
}

;// CONCATENATED MODULE: ./src/images/manifest-lookup.ts



/** Every manifest kind a tag can name: a multi-platform index first, so the digest is the tag's own. */
const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/**
 * The credentials lookups of these references need: the ECR token login (masked) when one of them is in a
 * private ECR registry — it serves this account's registry (and the local stand-in for it) only — and
 * anonymous access for every other host.
 */
async function registryCredentials(refs, registry, logger) {
    const login = refs.some((r) => r && isPrivateEcrHost(r.host))
        ? await getRegistryLogin(registry)
        : undefined;
    if (login)
        logger.mask(login.password);
    return (host) => login && host === login.registry ? { username: login.username, password: login.password } : undefined;
}
/**
 * The digest a tag (or digest) points at now, by a HEAD request on the manifest (Docker Registry HTTP API
 * v2, which Docker Hub, GHCR, public and private ECR all serve; Docker Hub does not count HEAD requests
 * against its pull rate limit). A 401 with a Bearer challenge is answered with an anonymous token for pull
 * scope (the token authentication specification); registries that ask for Basic get the ECR login.
 * Undefined when the registry has no such manifest.
 */
async function manifestDigestOf(ref, deps) {
    const url = `https://${ref.apiHost}/v2/${ref.path}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`;
    const basic = deps.credentials(ref.host);
    const deniedHint = deps.deniedHint ?? pinDeniedHint;
    const head = (authorization) => deps.fetch(url, {
        method: 'HEAD',
        signal: AbortSignal.timeout(30_000),
        headers: { Accept: MANIFEST_ACCEPT, ...(authorization ? { Authorization: authorization } : {}) },
    });
    let response = await reach(ref, () => head(basic ? `Basic ${Buffer.from(`${basic.username}:${basic.password}`).toString('base64')}` : undefined));
    if (response.status === 401) {
        const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
            throw new src_errors/* UserError */.yo('images', `${ref.host} asks for credentials to read ${ref.path}: ${deniedHint(ref)}`);
        const token = await anonymousToken(ref, challenge.params, deps.fetch, deniedHint);
        response = await reach(ref, () => head(`Bearer ${token}`));
    }
    if (response.status === 404)
        return undefined;
    if (response.status === 401 || response.status === 403)
        throw new src_errors/* UserError */.yo('images', `${ref.host} refused to show ${ref.path}: ${deniedHint(ref)}`);
    if (!response.ok)
        throw new src_errors/* UserError */.yo('images', `${ref.host} answered ${response.status} for ${ref.path}`);
    const digest = response.headers.get('docker-content-digest');
    if (!digest?.startsWith('sha256:'))
        throw new src_errors/* UserError */.yo('images', `${ref.host} did not say which digest ${ref.path}:${ref.tag} is`);
    return digest;
}
function pinDeniedHint(ref) {
    return `a private image outside this account's ECR cannot be looked up; pin it by digest in the compose file (${ref.name}@sha256:…) or set pin-images: false`;
}
async function reach(ref, call) {
    try {
        return await call();
    }
    catch (err) {
        const cause = err.cause;
        throw new src_errors/* UserError */.yo('images', `cannot reach the registry ${ref.host} to pin ${ref.name}:${ref.tag ?? 'latest'}: ${cause?.message ?? err.message}`);
    }
}
/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"` */
function parseChallenge(header) {
    const m = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g))
        params[p[1].toLowerCase()] = p[2];
    return { scheme: m[1].toLowerCase(), params };
}
async function anonymousToken(ref, params, fetchImpl, deniedHint) {
    const url = new URL(params.realm);
    if (params.service)
        url.searchParams.set('service', params.service);
    url.searchParams.set('scope', params.scope ?? `repository:${ref.path}:pull`);
    const response = await reach(ref, () => fetchImpl(url, { signal: AbortSignal.timeout(30_000) }));
    if (!response.ok)
        throw new src_errors/* UserError */.yo('images', `${url.host} gave no anonymous token for ${ref.path} (${response.status}): ${deniedHint(ref)}`);
    const body = (await response.json());
    const token = body.token ?? body.access_token;
    if (!token)
        throw new src_errors/* UserError */.yo('images', `${url.host} answered without a token for ${ref.path}`);
    return token;
}

;// CONCATENATED MODULE: ./src/images/pin-tags.ts



/**
 * Pins every `image:` given by tag (`postgres:16`) to the digest the tag points at now, so the template
 * and the release name the same bytes whenever they are deployed again (a tag can move). Built services
 * are already pinned; an image already given by digest stays as written.
 */
async function pinImageTags(result, deps) {
    const toPin = Object.values(result.project.services).filter((s) => !s.build && s.image && !s.image.includes('@'));
    if (!toPin.length)
        return result;
    const refs = toPin.map((s) => {
        const ref = parseImageReference(s.image);
        if (!ref)
            throw new src_errors/* UserError */.yo('images', `service ${s.name}: "${s.image}" is not an image reference`);
        return { service: s, ref };
    });
    const credentials = await registryCredentials(refs.map((r) => r.ref), deps.registry, deps.logger);
    const pinned = await Promise.all(refs.map(async ({ service, ref }) => {
        const digest = await manifestDigestOf(ref, { fetch: deps.fetch, credentials });
        if (!digest)
            throw new src_errors/* UserError */.yo('images', `service ${service.name}: image ${service.image} does not exist in ${ref.host}`);
        const uri = `${ref.name}@${digest}`;
        deps.logger.info(`${service.name}: ${service.image} is ${digest}; the release pins ${uri}`);
        return { service, ref, digest, uri };
    }));
    const services = { ...result.project.services };
    for (const p of pinned)
        services[p.service.name] = { ...p.service, image: p.uri };
    return {
        project: { ...result.project, services },
        images: [
            ...result.images,
            ...pinned.map((p) => ({
                service: p.service.name,
                uri: p.uri,
                repository: p.ref.name,
                tag: p.ref.tag ?? 'latest',
                digest: p.digest,
                pushed: false,
                origin: `pinned from ${p.service.image}`,
            })),
        ].sort((a, b) => a.service.localeCompare(b.service)),
    };
}

// EXTERNAL MODULE: ./src/aws/edge.ts
var edge = __webpack_require__(9752);
;// CONCATENATED MODULE: ./src/report/stack-progress.ts
const STACK = 'AWS::CloudFormation::Stack';
/** Records one event in `rows` (in place, in the order resources started); the stack's row comes first. */
function recordEvent(rows, event) {
    const at = rows.findIndex((r) => r.logicalId === event.logicalId && r.type === event.type);
    const previous = at >= 0 ? rows[at] : undefined;
    const row = {
        logicalId: event.logicalId,
        type: event.type,
        status: event.status,
        ...(event.reason ? { reason: event.reason } : {}),
    };
    if (event.status.endsWith('_FAILED'))
        row.failure = { status: event.status, reason: event.reason };
    else if (previous?.failure)
        row.failure = previous.failure;
    if (previous)
        rows[at] = row;
    else if (event.type === STACK)
        rows.unshift(row);
    else
        rows.push(row);
}

;// CONCATENATED MODULE: ./src/report/report-events.ts

function applyReportEvent(report, event) {
    switch (event.kind) {
        case 'planned':
            report.changeSetType = event.changeSetType;
            report.changeSetName = event.changeSetName;
            report.diff = event.diff;
            report.hasChanges = event.hasChanges;
            if (event.changes)
                report.changes = event.changes;
            if (event.warning)
                report.warnings.unshift(event.warning);
            return;
        case 'deploy-skipped':
            report.deploy = { state: 'skipped', rollout: [], urls: event.urls };
            return;
        case 'deploy-started':
            report.deploy = { state: 'in-progress', rollout: [], resources: [], urls: {} };
            return;
        case 'stack-event':
            recordEvent(deployOf(report).resources, event.event);
            return;
        case 'rollout':
            deployOf(report).rollout = event.rows;
            return;
        case 'deploy-succeeded': {
            const deploy = deployOf(report);
            deploy.state = 'succeeded';
            deploy.urls = event.urls;
            return;
        }
        case 'deploy-failed': {
            const deploy = deployOf(report);
            deploy.state = event.cancelled ? 'cancelled' : 'failed';
            deploy.error = event.error;
            if (event.diagnosis)
                deploy.diagnosis = event.diagnosis;
            return;
        }
    }
}
function deployOf(report) {
    report.deploy ??= { state: 'in-progress', rollout: [], resources: [], urls: {} };
    report.deploy.resources ??= [];
    return report.deploy;
}

;// CONCATENATED MODULE: ./src/steps/context.ts


function stepContext(options, deps) {
    const aws = required(deps.aws, 'AWS clients');
    const clock = deps.clock ?? edge/* systemClock */.m;
    const publish = async (report) => {
        // The commenter spaces edits out and runs them one at a time; a lost update is harmless.
        await deps.onReport?.(report, false).catch(() => undefined);
    };
    return {
        options,
        deps,
        logger: deps.logger,
        aws,
        clock,
        // One budget for the whole wait (change set, stack, rollout), as the wait-timeout input promises.
        poll: {
            intervalMs: options.pollIntervalMs ?? 2000,
            timeoutMs: options.waitTimeoutMs,
            deadline: clock.now() + options.waitTimeoutMs,
            now: clock.now,
            sleep: clock.sleep,
            ...(deps.signal ? { signal: deps.signal } : {}),
        },
        publish,
        emit: async (report, event) => {
            applyReportEvent(report, event);
            // A plan is shown by the deploy that starts from it or by the final report: one comment write fewer.
            if (event.kind !== 'planned')
                await publish(report);
        },
    };
}
function required(value, what) {
    if (!value)
        throw new Error(`internal: the pipeline needs ${what} in this mode`);
    return value;
}

;// CONCATENATED MODULE: ./src/steps/images.ts





/**
 * Builds and pushes what the project builds, then pins every image by digest: the built ones to the
 * digest the registry reported, the `image:` tags to the digest they point at now (pin-images), so a
 * release always names the same bytes.
 */
async function buildImages(ctx, loaded) {
    const { options, aws, logger } = ctx;
    const engine = await chooseEngine(loaded, ctx.deps.engine);
    // A cancelled run stops the builds in flight instead of waiting for them (the runner kills the step 10 s
    // after its first signal).
    if (engine && ctx.deps.signal)
        engine.abortOn?.(ctx.deps.signal);
    const built = await buildAndPushImages(loaded.project, { registry: aws.registry, engine, logger }, { ...options.images, repositoryPrefix: options.repositoryPrefix, environment: options.load.environment }).finally(() => engine?.dispose());
    if (options.pinImages === false)
        return built;
    return pinImageTags(built, { registry: aws.registry, logger, fetch: ctx.deps.fetch ?? fetch });
}
/** The builder, checked against every build field before anything is built: one error per field it cannot apply. */
async function chooseEngine(loaded, engine) {
    if (!Object.values(loaded.project.services).some((s) => s.build))
        return undefined;
    const chosen = await (typeof engine === 'function' ? engine() : required(engine, 'a container engine'));
    const errors = engineSupport(loaded, chosen);
    if (errors.length) {
        await chosen.dispose();
        throw new src_errors/* UserError */.yo('load', `${errors.length} build option(s) cannot be applied by ${chosen.description}`, errors);
    }
    return chosen;
}

;// CONCATENATED MODULE: ./src/steps/prepare.ts











/**
 * A new release from the compose files: secrets checked, converted once before anything is built (a
 * converter error stops the run before a push), images built, pushed and pinned, converted again with
 * the pinned images.
 */
async function prepareRelease(ctx, compose) {
    const { options, logger } = ctx;
    const { loaded, stackName } = compose;
    const preview = convertProject(withPreviewImages(loaded), options.convert, logger);
    const redactions = await guardSecrets(loaded, options.load.environment, true, logger);
    const overrideProblems = (0,stack_settings/* parameterOverrideProblems */._)(options.stack?.parameterOverrides ?? {}, preview.template.Parameters ?? {}, preview.parameters);
    if (overrideProblems.length)
        throw new src_errors/* UserError */.yo('inputs', overrideProblems.join('; '));
    // The pushed images' names are longer than the preview's, so a preview over the inline limit is
    // certainly too large: say so now rather than after the push.
    const previewBody = compactBody(preview.template);
    if (templateBodyTooLarge(previewBody))
        requireBucket(previewBody, options.templateBucket);
    // What can refuse the run later is checked before anything is built or pushed.
    // The reading is reused by the plan when it is still fresh (issue 13: one DescribeStacks per run).
    const preflight = { stack: await (0,deploy_stack.describeStack)(ctx.aws.stacks, stackName), readAt: ctx.clock.now() };
    (0,deploy_stack.refuseBlockedStack)(stackName, preflight.stack?.StackStatus);
    const { project, images } = await buildImages(ctx, loaded);
    const conversion = convertProject({ ...loaded, project }, options.convert, logger, false);
    await writeTemplate(options.templatePath, conversion.body);
    return {
        stackName,
        project: loaded.project.name,
        template: conversion.template,
        body: compactBody(conversion.template),
        parameters: accountParameters({
            stackName,
            project,
            sources: conversion.parameters,
            mode: options.mode === 'plan' ? 'plan' : 'deploy',
            environment: options.load.environment,
            network: {
                vpcId: options.vpcId,
                subnetIds: options.subnetIds,
                publicSubnetIds: options.publicSubnetIds,
                privateSubnets: options.privateSubnets,
            },
            overrides: options.stack?.parameterOverrides ?? {},
            ...(options.forceChangeSet ? { forceLookup: true } : {}),
        }),
        preflight,
        images,
        storeContent: () => writeFileConfigs(project, stackName, { parameters: ctx.aws.parameters, logger: ctx.logger }),
        composeFiles: loaded.project.files.map((f) => (0,external_node_path_.relative)(options.load.workingDir, f)),
        ...(options.release?.sha ? { sha: options.release.sha } : {}),
        secretVersions: (values) => conversion.parameters
            .filter((p) => p.kind === 'file-secret-version')
            .flatMap((v) => {
            const arn = conversion.parameters.find((p) => p.kind === 'file-secret' && p.secret === v.secret);
            const [arnValue, versionId] = [arn && values[arn.name], values[v.name]];
            return arnValue && versionId ? [{ secret: v.secret, arn: arnValue, versionId }] : [];
        }),
        report: {
            mode: options.mode === 'plan' ? 'plan' : 'deploy',
            project: loaded.project.name,
            stackName,
            hasChanges: false,
            changes: [],
            images,
            warnings: [...loaded.warnings, ...conversion.warnings].map(src_errors/* formatDiagnostic */.xy),
            redactions,
            ...(options.release?.sha ? { commit: options.release.sha } : {}),
        },
        conversion,
        ...(options.templatePath ? { templatePath: options.templatePath } : {}),
    };
}

;// CONCATENATED MODULE: ./src/modes/deploy.ts


/** deploy: prepare a release from the compose files → plan → record it → apply → record the outcome. */
async function deployMode(ctx, compose) {
    const candidate = await prepareRelease(ctx, compose);
    return (await deliverCandidate(ctx, candidate)).result;
}

;// CONCATENATED MODULE: ./src/steps/destroy.ts










/** What `destroy` will delete and what stays, read from the stack and its template. */
async function planDestroy(ctx, stackName) {
    const { aws, logger } = ctx;
    const secrets = await aws.secrets.named(storedSecretName(stackName, '')).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('destroy', 'Secrets Manager ListSecrets', err);
    });
    const configs = await aws.parameters.under(storedConfigPrefix(stackName)).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('destroy', 'SSM GetParametersByPath', err);
    });
    const bucket = ctx.options.templateBucket;
    const objects = {
        bucket: bucket ?? '',
        keys: bucket
            ? await aws.templates.keys(bucket, `compose-ecs/${stackName}/`).catch((err) => {
                throw (0,errors/* awsFailure */.MT)('destroy', `S3 ListObjectsV2 s3://${bucket}/compose-ecs/${stackName}/`, err);
            })
            : [],
    };
    const stack = await (0,deploy_stack.waitForOperation)(aws.stacks, stackName, logger, ctx.poll);
    if (!stack || stack.StackStatus === 'DELETE_COMPLETE' || !stack.StackId)
        return { stackName, deleted: [], retained: [], secrets, configs, objects };
    if (stack.EnableTerminationProtection)
        throw new src_errors/* UserError */.yo('destroy', `stack ${stackName} has termination protection on: nothing was deleted. Turn it off first (aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name ${stackName}) if it really is to go.`);
    const [resources, template] = await Promise.all([
        (0,deploy_stack.listStackResources)(aws.stacks, stack.StackId),
        (0,template_source/* deployedTemplate */.B)(aws.stacks, stack.StackId),
    ]);
    const policy = (id) => String(template?.Resources?.[id]?.DeletionPolicy ?? 'Delete');
    const plan = {
        stackName,
        stackId: stack.StackId,
        deleted: [],
        retained: [],
        secrets,
        configs,
        objects,
    };
    for (const r of resources) {
        const row = { logicalId: r.LogicalResourceId ?? '', type: r.ResourceType ?? '' };
        if (['Retain', 'RetainExceptOnCreate', 'Snapshot'].includes(policy(row.logicalId)))
            plan.retained.push({ ...row, ...(r.PhysicalResourceId ? { physicalId: r.PhysicalResourceId } : {}) });
        else
            plan.deleted.push(row);
    }
    return plan;
}
/** Deletes the stack and watches the deletion's events; a failed deletion names its first real failure. */
async function deleteStackWatched(ctx, plan, report) {
    const { aws, logger } = ctx;
    if (!plan.stackId)
        return;
    const since = new Date(ctx.clock.now() - 5000);
    try {
        await aws.stacks.delete(plan.stackId, ctx.options.stack?.roleArn ? { roleArn: ctx.options.stack.roleArn } : {});
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('destroy', `CloudFormation DeleteStack ${plan.stackName}`, err);
    }
    await ctx.emit(report, { kind: 'deploy-started' });
    const seen = new Set();
    const events = [];
    // DeleteStack takes no request token: the deletion's events are those since it started.
    const token = `compose-ecs-${(0,external_node_crypto_.randomUUID)()}`;
    const stream = async () => {
        for (const e of await operationEvents(aws.events, plan.stackId, token, since)) {
            if (seen.has(e.id))
                continue;
            seen.add(e.id);
            events.push(e);
            logger.info(`${e.timestamp.toISOString()} ${e.logicalId} ${e.status}${e.reason ? `: ${e.reason}` : ''}`);
            void ctx.emit(report, { kind: 'stack-event', event: e });
        }
    };
    const settled = await (0,deploy_poll/* pollUntil */.g3)(async () => {
        await stream();
        const stack = await (0,deploy_stack.describeStack)(aws.stacks, plan.stackId);
        const status = stack?.StackStatus;
        if (!stack || status === 'DELETE_COMPLETE')
            return 'DELETE_COMPLETE';
        return status === 'DELETE_FAILED' ? status : undefined;
    }, ctx.poll).catch(async (err) => {
        if (!(0,cancellation/* isCancelled */.mm)(err))
            throw err;
        // Nothing cancels a deletion (CancelUpdateStack applies to UPDATE_IN_PROGRESS only): say it goes on.
        const error = `destroy cancelled (${(0,cancellation/* cancelRequest */.UL)(ctx.poll.signal).signalName}): CloudFormation goes on deleting stack ${plan.stackName}, which cannot be cancelled; run destroy again to see it finish and remove the secrets the action stored`;
        await ctx.emit(report, { kind: 'deploy-failed', error, cancelled: true });
        throw new cancellation/* Cancelled */.cJ(error, 'destroy');
    });
    await stream().catch(() => undefined);
    if (!settled.done)
        throw new src_errors/* UserError */.yo('destroy', `deleting stack ${plan.stackName} did not finish within the wait-timeout`);
    if (settled.value === 'DELETE_FAILED') {
        const cause = rootCause(events);
        const why = cause
            ? `${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`
            : 'stack is DELETE_FAILED';
        await ctx.emit(report, { kind: 'deploy-failed', error: why, cancelled: false });
        throw new src_errors/* UserError */.yo('destroy', `deleting stack ${plan.stackName} failed: ${why}`);
    }
    await ctx.emit(report, { kind: 'deploy-succeeded', urls: {} });
}
/** Removes the templates and release records the action stored in template-bucket for the stack. */
async function removeStoredObjects(ctx, plan) {
    const { bucket, keys } = plan.objects;
    if (!keys.length)
        return;
    await ctx.aws.templates.remove(bucket, keys).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('destroy', `S3 DeleteObjects s3://${bucket}/compose-ecs/${plan.stackName}/`, err);
    });
    ctx.logger.info(`deleted ${keys.length} object(s) from s3://${bucket}/compose-ecs/${plan.stackName}/`);
}
/** Removes the config contents the action stored in SSM for the stack (all its versions). */
async function removeStoredConfigs(ctx, plan) {
    if (!plan.configs.length)
        return;
    await ctx.aws.parameters.remove(plan.configs).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('destroy', 'SSM DeleteParameters', err);
    });
    ctx.logger.info(`deleted ${plan.configs.length} config parameter(s) from SSM Parameter Store`);
}
/** Removes the secrets the action stored for the stack (at once: a preview environment leaves nothing behind). */
async function removeStoredSecrets(ctx, plan) {
    for (const s of plan.secrets) {
        await ctx.aws.secrets.remove(s.arn).catch((err) => {
            throw (0,errors/* awsFailure */.MT)('destroy', `Secrets Manager DeleteSecret ${s.name}`, err);
        });
        ctx.logger.info(`deleted secret ${s.name} from Secrets Manager`);
    }
}

;// CONCATENATED MODULE: ./src/modes/destroy.ts



/**
 * destroy (compose's `down`): say what goes and what stays → delete the stack, watching its events →
 * remove the secrets the action stored (unless keep-secrets) → mark the environment's releases inactive.
 */
async function destroyMode(ctx, stackName) {
    const { logger } = ctx;
    const plan = await planDestroy(ctx, stackName);
    const report = {
        mode: 'destroy',
        project: stackName,
        stackName,
        hasChanges: Boolean(plan.stackId) ||
            plan.secrets.length > 0 ||
            plan.configs.length > 0 ||
            plan.objects.keys.length > 0,
        changes: plan.deleted.map((r) => ({
            action: 'Remove',
            logicalId: r.logicalId,
            type: r.type,
            scope: [],
            properties: [],
        })),
        images: [],
        warnings: [],
    };
    if (!plan.stackId)
        report.warnings.push(`stack ${stackName} does not exist: there was nothing to delete`);
    for (const r of plan.retained)
        report.warnings.push(`${r.logicalId} (${r.type}${r.physicalId ? ` ${r.physicalId}` : ''}) is retained, not deleted: its data stays until you delete it yourself`);
    report.warnings.push('ECR repositories stay: other environments of the project push to the same ones (repository-prefix)');
    if (plan.secrets.length)
        report.warnings.push(ctx.options.keepSecrets
            ? `kept (keep-secrets): ${plan.secrets.map((s) => s.name).join(', ')}`
            : `deleted from Secrets Manager, where the action stored them: ${plan.secrets.map((s) => s.name).join(', ')}`);
    if (plan.configs.length)
        report.warnings.push(`deleted from SSM Parameter Store, where the action stored the configs: ${plan.configs.length} parameter(s) under ${plan.configs[0].split('/').slice(0, 3).join('/')}/`);
    if (plan.objects.keys.length)
        report.warnings.push(`deleted from s3://${plan.objects.bucket}/compose-ecs/${stackName}/, where the action stored templates and release records: ${plan.objects.keys.length} object(s)`);
    for (const w of report.warnings)
        logger.info(w);
    const result = {
        report,
        hasChanges: report.hasChanges,
        images: [],
        ...(plan.stackId ? { stackId: plan.stackId } : {}),
    };
    try {
        await ctx.deps.onReport?.(report, false);
        await logger.group(`delete stack ${stackName}`, () => deleteStackWatched(ctx, plan, report));
        if (!ctx.options.keepSecrets)
            await removeStoredSecrets(ctx, plan);
        // Configs are not secret, but they are this stack's alone: nothing of a preview stays behind.
        await removeStoredConfigs(ctx, plan);
        // Templates over the inline limit and release records too big for a deployment's payload.
        await removeStoredObjects(ctx, plan);
    }
    catch (err) {
        throw (0,steps_result/* failure */.V)(err, stackName, result);
    }
    await markInactive(ctx, (0,steps_record/* environmentOf */.p7)(ctx, stackName));
    return result;
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
        ctx.logger.warning(`could not mark the deployments of ${environment} inactive: ${(0,steps_record.githubProblem)(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/modes/plan.ts



/** plan: prepare a release → plan it → discard the change set. The account is left as it was. */
async function planMode(ctx, compose) {
    const candidate = await prepareRelease(ctx, compose);
    const planned = await planCandidate(ctx, candidate).catch((err) => {
        throw (0,steps_result/* failure */.V)(err, candidate.stackName);
    });
    await discardPlanned(ctx, planned).catch((err) => {
        throw (0,steps_result/* failure */.V)(err, candidate.stackName, planned.result);
    });
    return planned.result;
}

// EXTERNAL MODULE: ./src/github/releases.ts + 1 modules
var releases = __webpack_require__(5186);
// EXTERNAL MODULE: ./src/releases/select.ts
var releases_select = __webpack_require__(7612);
// EXTERNAL MODULE: ./src/github/release-payload.ts
var release_payload = __webpack_require__(6817);
;// CONCATENATED MODULE: ./src/steps/restore.ts








/** How many of an environment's releases a rollback looks through. */
const RELEASES_READ = 50;
/**
 * A recorded release, ready to plan again exactly as it was deployed: its template body and parameters
 * byte for byte, nothing built, pushed or converted. Before the stack is touched, every image it runs must
 * still be in its registry (ECR lifecycle policies delete images) and every secret version it pinned must
 * still exist in Secrets Manager; all that is missing is named at once.
 */
async function restoreRelease(ctx) {
    const { options, aws, logger } = ctx;
    const store = required(ctx.deps.releases, 'GitHub releases (a github-token and the repository)');
    const stackHint = options.stackName;
    const environment = options.release?.environment || stackHint;
    if (!environment)
        throw new src_errors/* UserError */.yo('inputs', 'rollback needs the environment (or stack-name) whose release it restores');
    const releases = await store.list(environment, RELEASES_READ).catch((err) => {
        throw new src_errors/* UserError */.yo('rollback', `cannot read the releases of environment ${environment}: ${err.message}`);
    });
    const { target, live } = (0,releases_select/* selectRelease */.gQ)(releases, options.release?.rollbackTo ?? 'previous', environment);
    const record = await readRecord(ctx, target);
    if (stackHint && record.stack !== stackHint)
        throw new src_errors/* UserError */.yo('rollback', `deployment ${target.id} released stack ${record.stack}, not ${stackHint}`);
    const region = await aws.identity.region().catch(() => record.region);
    if (record.region && region && record.region !== region)
        throw new src_errors/* UserError */.yo('rollback', `deployment ${target.id} released stack ${record.stack} in ${record.region}, not ${region}`);
    if ((0,steps_record/* environmentOf */.p7)(ctx, record.stack) !== record.environment)
        throw new src_errors/* UserError */.yo('rollback', `deployment ${target.id} is a release of environment ${record.environment}, not ${environment}`);
    logger.info(`restoring deployment ${target.id}: ${(0,releases_select/* sha7 */.go)(record.sha)} of ${record.stack}${live ? ` (live now: ${(0,releases_select/* sha7 */.go)(live.sha)}, deployment ${live.id})` : ''}`);
    const problems = [
        ...(await missingImages(ctx, record)),
        ...(await missingSecrets(ctx, record)),
        ...(await missingConfigs(ctx, record)),
    ];
    const overrides = options.stack?.parameterOverrides ?? {};
    for (const name of record.noEcho)
        if (overrides[name] === undefined)
            problems.push(`parameter ${name} is NoEcho, so its value was never recorded: pass it again in parameter-overrides`);
    if (problems.length)
        throw new src_errors/* UserError */.yo('rollback', `release ${(0,releases_select/* sha7 */.go)(record.sha)} (deployment ${target.id}) cannot be restored:\n  ${problems.join('\n  ')}`);
    const description = `rollback from ${live ? (0,releases_select/* sha7 */.go)(live.sha) : 'unknown'} to ${(0,releases_select/* sha7 */.go)(record.sha)}`;
    const images = Object.entries(record.images).map(([service, uri]) => ({
        service,
        uri,
        ...(uri.includes('@') ? { digest: uri.slice(uri.indexOf('@') + 1) } : {}),
        pushed: false,
        origin: `as recorded in deployment ${target.id}`,
    }));
    const noEchoValues = Object.fromEntries(record.noEcho.map((n) => [n, overrides[n]]));
    return {
        target,
        ...(live ? { live } : {}),
        record,
        candidate: {
            stackName: record.stack,
            project: record.project,
            template: JSON.parse(record.templateBody),
            body: record.templateBody,
            // The recorded values exactly: no lookup, no secret written (their versions exist, checked above).
            parameters: async () => ({
                values: { ...record.parameters, ...noEchoValues },
                secrets: { parameters: {}, writes: [], created: [] },
            }),
            images,
            composeFiles: record.composeFiles,
            sha: record.sha,
            secretVersions: () => record.secretVersions,
            description,
            report: {
                mode: 'rollback',
                commit: record.sha,
                project: record.project,
                stackName: record.stack,
                hasChanges: false,
                changes: [],
                images,
                warnings: [
                    `${description}: deployment ${target.id} replayed as recorded (nothing built, pushed or converted)`,
                ],
            },
        },
    };
}
async function readRecord(ctx, release) {
    const payload = (0,release_payload/* readPayload */.rD)(release.payload);
    const stored = payload.release;
    try {
        if (stored.storage === 'inline')
            return (0,release_payload/* decodeRelease */.o1)(Buffer.from(stored.data, 'base64'));
        const bytes = await ctx.aws.templates.get(stored.bucket, stored.key).catch((err) => {
            throw (0,errors/* awsFailure */.MT)('rollback', `reading the release from s3://${stored.bucket}/${stored.key}`, err);
        });
        return (0,release_payload/* decodeRelease */.o1)(Buffer.from(bytes));
    }
    catch (err) {
        if (err instanceof src_errors/* UserError */.yo)
            throw err;
        throw new src_errors/* UserError */.yo('rollback', `deployment ${release.id}: ${err.message}`);
    }
}
/** Images of the release no longer in their registry (HEAD on the manifest by digest). */
async function missingImages(ctx, record) {
    const refs = Object.entries(record.images).map(([service, uri]) => ({
        service,
        uri,
        ref: parseImageReference(uri),
    }));
    const credentials = await registryCredentials(refs.map((r) => r.ref), ctx.aws.registry, ctx.logger);
    const missing = await Promise.all(refs.map(async ({ service, uri, ref }) => {
        if (!ref)
            return `service ${service}: ${uri} is not an image reference`;
        if (!ref.digest) {
            // Deployed with pin-images: false: the template names the tag, which is replayed as it is.
            ctx.logger.warning(`service ${service}: ${uri} was recorded by tag (pin-images: false): the rollback runs whatever it names now`);
            return undefined;
        }
        try {
            const found = await manifestDigestOf(ref, {
                fetch: ctx.deps.fetch ?? fetch,
                credentials,
                deniedHint: () => 'ECS pulls it with the task execution role, and will say if it cannot',
            });
            return found
                ? undefined
                : `service ${service}: image ${uri} no longer exists (an ECR lifecycle policy or someone deleted it)`;
        }
        catch (err) {
            // A check that cannot be made (a private registry outside this account, a registry out of reach)
            // must not make every rollback of the environment impossible: the rollout watch sees a failed pull.
            if (!(err instanceof src_errors/* UserError */.yo))
                throw err;
            ctx.logger.warning(`service ${service}: could not check that ${uri} still exists: ${err.message}`);
            return undefined;
        }
    }));
    return missing.filter((m) => Boolean(m));
}
/**
 * Config contents the release's tasks read (SSM parameters named by content in the template body) that
 * are gone: someone deleted them, or a destroy of the stack did.
 */
async function missingConfigs(ctx, record) {
    const names = [
        ...new Set([
            ...record.templateBody.matchAll(/parameter(\/compose-ecs\/\$\{AWS::StackName\}\/configs\/[^"*\\]+)/g),
        ].map((m) => m[1].replace('${AWS::StackName}', record.stack))),
        // The execution role's policy names a config's parameters by a prefix (`…/configs/<name>/*`; releases
        // before 6539d43 `…/<hash>/*`), not a parameter.
    ].filter((n) => !n.endsWith('/'));
    if (!names.length)
        return [];
    const found = await ctx.aws.parameters.existing(names).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('rollback', 'SSM GetParameters', err);
    });
    return names
        .filter((n) => !found.has(n))
        .map((n) => `config content ${n} no longer exists in SSM Parameter Store`);
}
/** Secret versions the release pinned that Secrets Manager no longer has. */
async function missingSecrets(ctx, record) {
    const missing = [];
    for (const s of record.secretVersions) {
        const ids = await ctx.aws.secrets.versionIds(s.arn).catch((err) => {
            if ((0,errors/* errorName */.Is)(err) === 'ResourceNotFoundException')
                return [];
            throw (0,errors/* awsFailure */.MT)('rollback', `Secrets Manager ListSecretVersionIds ${s.arn}`, err);
        });
        if (!ids.includes(s.versionId))
            missing.push(`secret ${s.secret}: version ${s.versionId} no longer exists in Secrets Manager (${s.arn})`);
    }
    return missing;
}

;// CONCATENATED MODULE: ./src/modes/rollback.ts





/**
 * rollback: restore a recorded release → plan it like any deploy → record it → apply → record the outcome;
 * once it runs, the release rolled back from is marked inactive so `previous` never picks it again.
 */
async function rollbackMode(ctx) {
    const { candidate, live } = await restoreRelease(ctx);
    const planned = await deliverCandidate(ctx, candidate);
    // A failed release keeps its failure; a good one rolled back from is no longer a candidate for `previous`.
    if (live && ctx.deps.releases && (0,releases_select/* marksRolledBack */.Ih)(live, candidate.sha ?? '')) {
        await ctx.deps.releases
            .setState(live.id, 'inactive', { description: `${releases/* ROLLED_BACK */.j} ${candidate.description ?? ''}` })
            .catch((err) => ctx.logger.warning(`could not mark deployment ${live.id} rolled back: ${(0,steps_record.githubProblem)(err)}`));
    }
    return planned.result;
}

// EXTERNAL MODULE: ./src/compose/load.ts + 32 modules
var load = __webpack_require__(8852);
// EXTERNAL MODULE: ./src/stack-name.ts
var stack_name = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/steps/load.ts




/** Step 1 of a new release: the compose project, checked, and the stack it goes to. */
async function loadCompose(options, logger) {
    const loaded = await logger.group('load the compose project', async () => {
        const result = await (0,load.loadProject)(options.load);
        for (const w of result.warnings)
            logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
        logger.info(`project ${result.project.name}: ${Object.keys(result.project.services).length} services`);
        return result;
    });
    const build = buildSupport(loaded);
    for (const w of build.warnings)
        logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    if (build.errors.length && options.mode !== 'convert') {
        throw new src_errors/* UserError */.yo('load', `${build.errors.length} build option(s) cannot be applied`, build.errors);
    }
    return { loaded, stackName: (0,stack_name.resolveStackName)(options.stackName, loaded.project.name) };
}

;// CONCATENATED MODULE: ./src/run.ts









/**
 * The pipeline both shells run. Each mode is a composition of the same typed steps (src/steps):
 *   convert  = load → convert
 *   plan     = load → prepare (images, convert) → plan → discard
 *   deploy   = load → prepare → plan → record → apply → record outcome
 *   rollback = restore a recorded release → plan → record → apply → record outcome
 *   destroy  = read the stack → delete it and what the action stored → mark its releases inactive
 * A failure is a RunFailure carrying what was known when it happened.
 */
async function run(options, deps) {
    if (options.mode === 'rollback') {
        return guarded(options.stackName, () => rollbackMode(stepContext(options, deps)));
    }
    if (options.mode === 'destroy') {
        // The stack to delete: named, or the compose project's (as plan and deploy name it).
        const stackName = options.stackName ?? (await loadCompose(options, deps.logger)).stackName;
        return guarded(stackName, () => destroyMode(stepContext(options, deps), stackName));
    }
    const compose = await loadCompose(options, deps.logger);
    return guarded(compose.stackName, async () => {
        if (options.mode === 'convert') {
            return convertMode(options, deps, compose);
        }
        const ctx = stepContext(options, deps);
        if (options.mode === 'plan') {
            return planMode(ctx, compose);
        }
        return deployMode(ctx, compose);
    });
}
/** Every failure leaves run() as a RunFailure that names the stack (the shells' comment marker needs it). */
async function guarded(stackName, body) {
    try {
        return await body();
    }
    catch (err) {
        throw (0,steps_result/* failure */.V)(err, stackName);
    }
}


/***/ }),

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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('inputs', `stack-name "${given}" is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128)`);
    }
    return given;
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

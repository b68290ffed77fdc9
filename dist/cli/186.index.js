export const id = 186;
export const ids = [186];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   MT: () => (/* binding */ awsFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(678);


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
function awsFailure(action, err) {
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
    else if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .AccessDenied */ .Oy) {
        hint = `access denied: the role needs ${err.missingAction ?? 'the permission for this call'} (see the README's IAM policy)`;
    }
    else if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .Throttled */ .xx) {
        hint = `AWS throttled ${err.operation} through every retry: fewer jobs against this account at once, or a higher quota`;
    }
    const detail = hint ? `${hint} [${name || code}: ${message}]` : `${name ? `${name}: ` : ''}${message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${action} failed: ${detail}`);
}


/***/ }),

/***/ 678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ NotFound),
/* harmony export */   ND: () => (/* binding */ AlreadyExists),
/* harmony export */   OQ: () => (/* binding */ AwsFailure),
/* harmony export */   Oy: () => (/* binding */ AccessDenied),
/* harmony export */   Yr: () => (/* binding */ ChangeSetEmpty),
/* harmony export */   eo: () => (/* binding */ NO_CHANGES),
/* harmony export */   oJ: () => (/* binding */ ChangeSetNotFound),
/* harmony export */   u3: () => (/* binding */ classifyAwsError),
/* harmony export */   xx: () => (/* binding */ Throttled),
/* harmony export */   yU: () => (/* binding */ StackNotFound)
/* harmony export */ });
// The AWS failures the pipeline decides on, as types the edge raises (src/aws/clients.ts classifies every SDK
// error once, after the SDK's own retries), so callers test `instanceof` instead of matching names and
// messages. Each keeps the service's name and message: the lines a user reads do not change.
// As copilot-cli's ErrStackNotFound / ErrChangeSetEmpty (internal/pkg/aws/cloudformation/errors.go).
/** An AWS call that failed; `code` is the service's error name (ValidationError, AccessDeniedException, …). */
class AwsFailure extends Error {
    operation;
    code;
    constructor(
    /** Service.Operation, as the call counter names it (CloudFormation.DescribeStacks). */
    operation, code, message, options) {
        super(message, options);
        this.operation = operation;
        this.code = code;
        // The service's own name, so a message built from name and text reads as before.
        this.name = code;
    }
}
/** CloudFormation: the stack does not exist (a ValidationError that says so). */
class StackNotFound extends AwsFailure {
}
/** CloudFormation: the change set does not exist (executed, deleted, or its stack is gone). */
class ChangeSetNotFound extends AwsFailure {
}
/** CloudFormation: the change set would change nothing ("didn't contain changes", "No updates are to be performed"). */
class ChangeSetEmpty extends AwsFailure {
}
/** Any other resource that does not exist (ResourceNotFoundException, RepositoryNotFoundException, …). */
class NotFound extends AwsFailure {
}
/** The resource is there already (ImageAlreadyExistsException, ResourceExistsException, …). */
class AlreadyExists extends AwsFailure {
}
/** Still throttled after the SDK's retries. */
class Throttled extends AwsFailure {
}
/** The credentials lack a permission; `missingAction` is the IAM action AWS named, when it named one. */
class AccessDenied extends AwsFailure {
    get missingAction() {
        return /not authorized to perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(this.message)?.[1];
    }
}
/** Reported for an update that changes nothing, as CreateChangeSet's error or a FAILED change set's reason. */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
]);
/**
 * The typed failure for an SDK error, or the error itself when the pipeline decides nothing on it (network
 * errors, credentials: src/aws/errors.ts words those).
 */
function classifyAwsError(err, operation) {
    if (err instanceof AwsFailure || typeof err !== 'object' || err === null)
        return err;
    const e = err;
    const code = e.name ?? e.code ?? '';
    const message = e.message ?? '';
    const type = failureType(code, message, e.$metadata?.httpStatusCode);
    return type ? new type(operation, code, message, { cause: err }) : err;
}
function failureType(code, message, status) {
    if (THROTTLING.has(code) || status === 429)
        return Throttled;
    if (/AccessDenied|UnauthorizedOperation|AuthorizationError/i.test(code) ||
        /not authorized to perform/i.test(message))
        return AccessDenied;
    // CloudFormation's (the only service that says these): a ValidationError names what is missing or empty.
    if (code === 'ValidationError' && NO_CHANGES.test(message))
        return ChangeSetEmpty;
    if (code === 'ValidationError' && /^Stack .*does not exist/i.test(message))
        return StackNotFound;
    if (/^ChangeSetNotFound(Exception)?$/.test(code))
        return ChangeSetNotFound;
    if (code === 'ValidationError' && /ChangeSet .*does not exist/i.test(message))
        return ChangeSetNotFound;
    if (/NotFound(Exception)?$|^NoSuch/.test(code))
        return NotFound;
    if (/AlreadyExists(Exception)?$|^ResourceExistsException$/.test(code))
        return AlreadyExists;
    return undefined;
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
// EXTERNAL MODULE: ./src/report/markdown.ts + 2 modules
var markdown = __webpack_require__(5996);
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
        const comment = await ownComment(comments.filter((c) => carriesMarker(c.body, marker)));
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


/***/ })

};

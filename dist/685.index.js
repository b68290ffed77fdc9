export const id = 685;
export const ids = [685];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ octokitFor)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);

/** Octokit for the REST API at GITHUB_API_URL (GitHub Enterprise, or a local stand-in), read when called. */
function octokitFor(token, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com') {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__.getOctokit)(token, { baseUrl });
}


/***/ }),

/***/ 1685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCommenter: () => (/* binding */ createCommenter),
/* harmony export */   throttled: () => (/* binding */ throttled)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6702);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4535);



/** GITHUB_TOKEN's comments are written as this bot, on GitHub.com and GitHub Enterprise Server alike. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * The GitHub REST edge.
 * A refused write (403 on a pull request from a fork, whose token is read-only) is a warning, not a
 * failed deploy: the job summary still carries the same report.
 */
function createCommenter(token, target, logger) {
    const octokit = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_1__/* .octokitFor */ .d)(token);
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
        const comment = await ownComment(comments.filter((c) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .carriesMarker */ .GN)(c.body, marker)));
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
                logger.warning(`could not read the pull-request comments: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`);
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
                logger.warning(`could not post the pull-request comment: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}${hint}`);
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


/***/ })

};

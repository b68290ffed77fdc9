export const id = 269;
export const ids = [269];
export const modules = {

/***/ 3269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentTarget: () => (/* binding */ commentTarget)
/* harmony export */ });
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6702);

/**
 * Which pull request the report belongs to: the one that triggered the run, or, on a push
 * (after a merge), the pull request that brought the commit in, so its comment follows the rollout.
 */
async function commentTarget(context, repository, token, logger, 
/** A rollback: the commit of the release it restores, whose pull request gets the comment. */
restoredSha) {
    const { owner, repo } = repository;
    const number = restoredSha
        ? undefined
        : (context.payload.pull_request?.number ?? context.payload.issue?.number);
    if (number)
        return { owner, repo, issueNumber: number };
    if ((context.eventName !== 'push' && !restoredSha) || !token)
        return undefined;
    const sha = restoredSha ?? context.sha;
    try {
        const octokit = (0,_github_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .octokitFor */ .d)(token);
        const prs = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            owner,
            repo,
            commit_sha: sha,
        });
        const merged = prs.data.find((pr) => pr.merged_at) ?? prs.data[0];
        return merged ? { owner, repo, issueNumber: merged.number } : undefined;
    }
    catch (err) {
        logger.debug(`no pull request found for ${sha}: ${err.message}`);
        return undefined;
    }
}


/***/ }),

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


/***/ })

};

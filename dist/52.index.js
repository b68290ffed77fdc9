export const id = 52;
export const ids = [52];
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

/***/ 7671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubReleases: () => (/* binding */ githubReleases),
/* harmony export */   statusDescription: () => (/* binding */ statusDescription)
/* harmony export */ });
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6702);
// The release store over GitHub Deployments: the only release code that knows GitHub (Octokit, its REST
// shapes, its limits); everything else sees the ReleaseStore of store.ts.

/** A deployment status description is at most 140 characters (GitHub answers 422 past it). */
function statusDescription(text) {
    return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}
/** The store over GitHub's REST API (GITHUB_API_URL: github.com, GHES, or the local stand-in). */
function githubReleases(token, repository) {
    const octokit = (0,_github_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .octokitFor */ .d)(token);
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

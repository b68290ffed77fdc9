export const id = 285;
export const ids = [285];
export const modules = {

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   SUMMARY_LIMIT: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   fence: () => (/* binding */ fence),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   rolloutTable: () => (/* binding */ rolloutTable)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _secret_guard_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1296);


/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** Job summaries take 1 MiB per step; stay well inside it. */
const SUMMARY_LIMIT = 1_000_000;
/** Hidden marker that finds this stack's comment again, so one comment is edited in place. */
function commentMarker(stackName) {
    return `<!-- compose-ecs stack=${stackName} -->`;
}
const ACTION_ICON = {
    Add: '➕',
    Modify: '✏️',
    Remove: '➖',
    Import: '📥',
    Dynamic: '❔',
};
function headline(report) {
    const counts = countActions(report.changes);
    const plan = report.hasChanges
        ? `${counts.Add ?? 0} to add, ${counts.Modify ?? 0} to change, ${counts.Remove ?? 0} to remove`
        : 'no changes';
    const stack = `\`${report.stackName}\``;
    if (report.error && !report.deploy)
        return `### ❌ compose-ecs ${report.mode}: ${stack} failed`;
    if (report.mode === 'plan')
        return `### 📋 compose-ecs plan: ${stack}: ${plan}`;
    const mode = report.mode;
    if (mode === 'destroy') {
        const what = `${counts.Remove ?? 0} resources`;
        if (report.deploy?.state === 'failed')
            return `### ❌ compose-ecs destroy: ${stack} failed`;
        if (report.deploy?.state === 'in-progress')
            return `### ⏳ compose-ecs destroy: ${stack} deleting ${what}`;
        return report.deploy?.state === 'succeeded'
            ? `### 🗑️ compose-ecs destroy: ${stack} deleted (${what})`
            : `### ✅ compose-ecs destroy: ${stack}: nothing to delete`;
    }
    switch (report.deploy?.state) {
        case 'succeeded':
            return `### ✅ compose-ecs ${mode}: ${stack} deployed (${plan})`;
        case 'failed':
            return `### ❌ compose-ecs ${mode}: ${stack} failed`;
        case 'in-progress':
            return `### ⏳ compose-ecs ${mode}: ${stack} rolling out (${plan})`;
        default:
            return `### ✅ compose-ecs ${mode}: ${stack}: nothing to deploy`;
    }
}
function countActions(changes) {
    const counts = {};
    for (const c of changes)
        counts[c.action] = (counts[c.action] ?? 0) + 1;
    return counts;
}
/** Pipes and newlines would break a markdown table cell. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function changesTable(changes) {
    if (!changes.length)
        return '';
    const rows = changes.map((c) => `| ${ACTION_ICON[c.action] ?? ''} ${c.action} | \`${cell(c.logicalId)}\` | ${cell(c.type)} | ${cell(c.replacement === 'True' ? '⚠️ replaced' : c.replacement === 'Conditional' ? 'maybe replaced' : '')} |`);
    return ['| Action | Resource | Type | Replacement |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
function imagesTable(report) {
    if (!report.images.length)
        return '';
    // What the deploy does with each image: a task definition gets it for the first time, or swaps to it.
    const deployed = new Map((report.diff?.images ?? []).map((i) => [i.to, i.from ? '**changes**' : 'new']));
    const rows = report.images.map((i) => {
        const build = i.origin ??
            (i.repository ? (i.pushed ? 'built and pushed' : 'reused from the registry') : 'as written');
        return `| ${cell(i.service)} | \`${cell(i.uri)}\` | ${build} | ${deployed.get(i.uri) ?? 'unchanged'} |`;
    });
    return [
        '**Images**',
        '',
        '| Service | Image | Build | Deploy |',
        '| --- | --- | --- | --- |',
        ...rows,
    ].join('\n');
}
function resourcesTable(rows) {
    const icon = (status) => status.endsWith('_FAILED') ? '❌' : status.endsWith('_COMPLETE') ? '✅' : '⏳';
    return [
        '| Resource | Type | Status | Reason |',
        '| --- | --- | --- | --- |',
        ...rows.map((r) => `| \`${cell(r.logicalId)}\` | ${cell(r.type)} | ${icon(r.status)} ${cell(r.status)} | ${cell(r.reason)} |`),
    ].join('\n');
}
function rolloutTable(rows) {
    if (!rows.length)
        return '';
    const icon = (r) => (r.failed ? '❌' : r.done ? '✅' : '⏳');
    return [
        '| Service | Task definition | Rollout | Desired | Running | Pending | Failed tasks | Latest event |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${icon(r)} \`${cell(r.logicalId)}\` | ${cell(r.taskDefinition)} | ${cell(r.rolloutState)} | ${r.desired} | ${r.running} | ${r.pending} | ${r.failedTasks} | ${cell(r.reason ?? r.latestEvent)} |`),
    ].join('\n');
}
function diffSection(report, budget) {
    const unified = report.diff?.unified;
    if (!unified)
        return '';
    const lines = unified.split('\n').length;
    let body = unified;
    if (body.length > budget) {
        body = `${body.slice(0, Math.max(0, budget)).replace(/\n[^\n]*$/, '')}\n… (diff truncated: the full template is in the job summary and the template-path output)`;
    }
    return `<details><summary>Template diff (${lines} lines)</summary>\n\n${fence(body, 'diff')}\n\n</details>`;
}
/**
 * Renders the report as GitHub-flavoured markdown within `limit` characters: the template diff is
 * what gets cut first, so the verdict, the changes and the rollout always fit.
 */
function renderMarkdown(report, limit = COMMENT_LIMIT) {
    const parts = [commentMarker(report.stackName), headline(report)];
    if (report.error)
        parts.push(`> [!CAUTION]\n> ${cell(report.error)}`);
    if (report.deploy?.error && report.deploy.error !== report.error)
        parts.push(`> [!CAUTION]\n> ${cell(report.deploy.error)}`);
    if (report.deploy?.diagnosis)
        parts.push(`**Why the task stopped**\n\n${fence(report.deploy.diagnosis)}`);
    const urls = Object.entries(report.deploy?.urls ?? {});
    if (urls.length)
        parts.push(urls.map(([name, url]) => `- ${cell(name)}: ${url}`).join('\n'));
    if (report.deploy?.rollout.length)
        parts.push(`**Rollout**\n\n${rolloutTable(report.deploy.rollout)}`);
    // While CloudFormation works (and after it failed), each resource's latest status, as a console shows it.
    const resources = report.deploy?.state === 'in-progress' || report.deploy?.state === 'failed'
        ? report.deploy.resources
        : undefined;
    if (resources?.length)
        parts.push(`**Stack progress**\n\n${resourcesTable(resources)}`);
    if (report.sensitive.length)
        parts.push(`**Security-sensitive changes**\n\n${report.sensitive.map((s) => `- ⚠️ ${cell(s)}`).join('\n')}`);
    const table = changesTable(report.changes);
    if (table)
        parts.push(`**${report.changeSetType === 'CREATE' ? 'New stack' : 'Changes'}**\n\n${table}`);
    const images = imagesTable(report);
    if (images)
        parts.push(images);
    if (report.warnings.length)
        parts.push(`**Warnings**\n\n${report.warnings.map((w) => `- ${cell(w)}`).join('\n')}`);
    const footer = [
        `compose-ecs ${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}`,
        report.region,
        report.changeSetName ? `change set \`${report.changeSetName}\`` : undefined,
        report.apiCalls !== undefined ? `${report.apiCalls} AWS API calls` : undefined,
        report.runUrl ? `[run](${report.runUrl})` : undefined,
    ]
        .filter(Boolean)
        .join(' · ');
    const head = parts.join('\n\n');
    const tail = `<sub>${footer}</sub>`;
    const budget = limit - head.length - tail.length - 400;
    const diff = diffSection(report, budget);
    let out = (0,_secret_guard_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)([head, diff, tail].filter(Boolean).join('\n\n') + '\n', report.redactions ?? []);
    if (out.length > limit)
        out = `${out.slice(0, limit - 80)}\n\n… (truncated to fit GitHub's limit)\n`;
    return out;
}
/** A code block its content cannot close: the fence is longer than any run of backticks inside (CommonMark). */
function fence(text, language = 'text') {
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    return `${ticks}${language}\n${text}\n${ticks}`;
}


/***/ }),

/***/ 1296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   H4: () => (/* binding */ secretLeaks),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   n5: () => (/* binding */ readSecret),
/* harmony export */   rW: () => (/* binding */ unsetSecrets)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
// Keeps secret values out of what compose-ecs writes. A `file:`/`environment:` secret's value may
// still be interpolated into a plain field (DATABASE_URL=postgres://app:${DB_PASSWORD}@db), which
// would put it in the template, the change set and the PR comment: that is refused, with where.

/** Shorter values would match by accident everywhere. */
const MIN_LENGTH = 4;
/** A `file:` or `environment:` secret's content, or undefined when there is none to read. */
async function readSecret(secret, environment) {
    if (secret.file)
        return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(secret.file, 'utf8').catch(() => undefined);
    return secret.environment ? environment[secret.environment] : undefined;
}
/** The values of the project's file and environment secrets (as written and trimmed). */
async function secretValues(loaded, environment) {
    const values = [];
    for (const secret of Object.values(loaded.project.secrets)) {
        const raw = await readSecret(secret, environment);
        for (const value of new Set([raw, raw?.trim()])) {
            if (value && value.length >= MIN_LENGTH)
                values.push({ secret: secret.name, value });
        }
    }
    return values;
}
/** Every plain service field that carries a secret's value, located in the compose files. */
function secretLeaks(loaded, values) {
    const leaks = [];
    const check = (text, path) => {
        const hit = values.find((v) => text?.includes(v.value));
        if (!hit)
            return;
        leaks.push({
            message: `contains the value of secret ${hit.secret}, which would be written into the template, the change set and the pull-request comment; pass it with secrets: instead (x-aws-keys for one key of a JSON secret)`,
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
    return leaks;
}
/** Replaces secret values in text bound for a comment or summary (defence in depth). */
function redact(text, values) {
    let out = text;
    for (const value of values)
        if (value.length >= MIN_LENGTH)
            out = out.split(value).join('***');
    return out;
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


/***/ })

};

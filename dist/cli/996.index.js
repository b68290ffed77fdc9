export const id = 996;
export const ids = [996];
export const modules = {

/***/ 5996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_LIMIT: () => (/* binding */ COMMENT_LIMIT),
  SUMMARY_LIMIT: () => (/* binding */ SUMMARY_LIMIT),
  commentMarker: () => (/* binding */ commentMarker),
  countChanges: () => (/* binding */ countChanges),
  fence: () => (/* binding */ fence),
  outcome: () => (/* binding */ outcome),
  renderMarkdown: () => (/* binding */ renderMarkdown),
  rolloutTable: () => (/* binding */ rolloutTable),
  shortImage: () => (/* binding */ shortImage)
});

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/compose-changes.ts
var compose_changes = __webpack_require__(862);
// EXTERNAL MODULE: ./src/report/resource-diff.ts
var resource_diff = __webpack_require__(8246);
;// CONCATENATED MODULE: ./src/report/reviewed-plan.ts
const LINE = /^<!-- compose-ecs reviewed (\{.*\}) -->$/m;
const START = '<!-- compose-ecs reviewed-plan -->';
const END = '<!-- compose-ecs reviewed-plan end -->';
/** Past this many resource changes the list would crowd the comment: the template hash still tells. */
const MAX_CHANGES = 100;
function fingerprintOf(report) {
    if (!report.diff?.templateHash)
        return undefined;
    const changes = report.changes.map((c) => `${c.action} ${c.logicalId}`);
    return {
        template: report.diff.templateHash,
        images: Object.fromEntries(report.images.map((i) => [i.service, i.digest ?? i.uri])),
        ...(changes.length <= MAX_CHANGES ? { changes } : {}),
    };
}
/** The hidden line a comment carries: the plan's own fingerprint, or, on a deploy, the reviewed one. */
function fingerprintLine(report) {
    const fingerprint = report.mode === 'plan' ? fingerprintOf(report) : report.reviewed?.fingerprint;
    // `--` cannot appear inside an HTML comment; JSON of hashes, names and ids never has it, but be sure.
    return fingerprint
        ? `<!-- compose-ecs reviewed ${JSON.stringify(fingerprint).replace(/--/g, '-\\u002d')} -->`
        : '';
}
/** Reads the reviewed plan back from the comment a plan (or an earlier deploy of it) left. */
function reviewedPlanFrom(body) {
    const line = body ? LINE.exec(body) : null;
    if (!body || !line)
        return undefined;
    let fingerprint;
    try {
        fingerprint = JSON.parse(line[1]);
    }
    catch {
        return undefined;
    }
    if (typeof fingerprint.template !== 'string' || typeof fingerprint.images !== 'object')
        return undefined;
    const start = body.indexOf(START);
    const end = body.indexOf(END);
    const plan = start >= 0 && end > start
        ? body.slice(start + START.length, end)
        : /compose-ecs plan/.test(body)
            ? body
            : undefined;
    const clean = plan
        ?.split('\n')
        .filter((l) => !/^<!-- compose-ecs (stack=|reviewed )/.test(l))
        .join('\n')
        .trim();
    return { fingerprint, ...(clean ? { body: clean } : {}) };
}
/** What differs between the reviewed plan and this deploy, in a reviewer's words; empty when nothing. */
function differences(reviewed, applied) {
    const out = [];
    const short = (d) => d.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1').replace(/^.*\//, '');
    for (const service of [
        ...new Set([...Object.keys(reviewed.images), ...Object.keys(applied.images)]),
    ].sort()) {
        const a = reviewed.images[service];
        const b = applied.images[service];
        if (a === b)
            continue;
        out.push(a && b
            ? `image of ${service}: reviewed \`${short(a)}\`, deploying \`${short(b)}\``
            : b
                ? `service ${service} was not in the reviewed plan`
                : `service ${service} was in the reviewed plan, not in this deploy`);
    }
    if (reviewed.changes && applied.changes) {
        const before = new Set(reviewed.changes);
        const now = new Set(applied.changes);
        const extra = [...now].filter((c) => !before.has(c));
        const missing = [...before].filter((c) => !now.has(c));
        if (extra.length)
            out.push(`changes the reviewed plan did not list: ${extra.join(', ')}`);
        if (missing.length)
            out.push(`changes the reviewed plan listed that this deploy does not make: ${missing.join(', ')}`);
    }
    if (reviewed.template !== applied.template && !out.length)
        out.push('the template differs from the reviewed one (see the template diff)');
    else if (reviewed.template !== applied.template)
        out.unshift('the template differs from the reviewed one');
    return out;
}
/** The deploy's verdict on what it applies, and the reviewed plan folded; '' when there was none. */
function reviewedSection(report, withPlan) {
    const reviewed = report.reviewed;
    const applied = fingerprintOf(report);
    if (report.mode !== 'deploy' || !reviewed || !applied)
        return '';
    const diff = differences(reviewed.fingerprint, applied);
    const verdict = diff.length
        ? `⚠️ **Not what was reviewed on this pull request** (another change merged in between?):\n${diff.map((d) => `- ${d}`).join('\n')}`
        : `✅ **Applies the plan reviewed on this pull request**: the same template (\`${applied.template.slice(0, 'sha256:'.length + 12)}\`) and image digests.`;
    const plan = withPlan && reviewed.body
        ? `\n\n<details><summary>The plan reviewed on this pull request</summary>\n\n${START}\n${reviewed.body}\n${END}\n\n</details>`
        : '';
    return verdict + plan;
}

// EXTERNAL MODULE: ./src/report/secret-guard.ts
var secret_guard = __webpack_require__(1296);
;// CONCATENATED MODULE: ./src/report/sections.ts
// The comment as sections that can give up rows: how it fits GitHub's limit. A section is shortened by
// whole rows (list items, table rows, folded resources), never inside a table or a code block, the
// least important first; each keeps its first rows until every section has given up the rest.
const KEEP_ROWS = 5;
/** The line that says how many rows a shortened section left out. */
const more = (hidden, what) => hidden > 0
    ? `\n\n<sub>… ${hidden} more ${what} left out to fit GitHub's limit: see the job summary</sub>`
    : '';
function listSection(title, items, priority, what) {
    return {
        priority,
        rows: items.length,
        render: (rows) => items.length
            ? `**${title}**\n\n${items.slice(0, rows).join('\n')}${more(items.length - rows, what)}`
            : '',
    };
}
function tableSection(title, header, rows, priority, what, foldOver = Infinity) {
    return {
        priority,
        rows: rows.length,
        render: (n) => {
            if (!rows.length)
                return '';
            const table = [
                `| ${header.join(' | ')} |`,
                `| ${header.map(() => '---').join(' | ')} |`,
                ...rows.slice(0, n),
            ];
            const body = n > 0 ? `${table.join('\n')}${more(rows.length - n, what)}` : more(rows.length, what).trim();
            // A long table is folded, so the sections after it stay in sight.
            return rows.length > foldOver
                ? `<details><summary><b>${title}</b> (${rows.length})</summary>\n\n${body}\n\n</details>`
                : `**${title}**\n\n${body}`;
        },
    };
}
/** Always shown whole: the marker, the headline, the cause of a failure, the footer. */
const fixed = (text) => ({ priority: Infinity, rows: 0, render: () => text });
/**
 * Joins the sections (through `finish`, e.g. redaction) within `limit` characters: when they do not fit,
 * each section in turn, least important first, keeps the most rows that fit (binary search), first
 * down to its first rows, then, if that is not enough, down to none.
 */
function fitSections(sections, limit, finish) {
    const shown = sections.map((s) => s.rows);
    const text = () => finish(sections
        .map((s, i) => s.render(shown[i]))
        .filter(Boolean)
        .join('\n\n') + '\n');
    let out = text();
    const byImportance = sections.map((s, i) => ({ s, i })).filter(({ s }) => s.rows > 0);
    byImportance.sort((a, b) => a.s.priority - b.s.priority);
    for (const floor of [(s) => Math.min(s.rows, s.keep ?? KEEP_ROWS), () => 0]) {
        for (const { s, i } of byImportance) {
            if (out.length <= limit)
                break;
            let low = floor(s);
            let high = shown[i];
            while (low < high) {
                const mid = Math.ceil((low + high) / 2);
                shown[i] = mid;
                if (text().length <= limit)
                    low = mid;
                else
                    high = mid - 1;
            }
            shown[i] = low;
            out = text();
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts






/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/**
 * Job summaries take 1 MiB per step, counted in bytes (the runner refuses larger ones: "supports content up
 * to a size of 1024k"), while the fitting counts UTF-16 code units; one unit is at most 3 bytes of UTF-8
 * (a 4-byte character is 2 units), so 349,525 units always fit, whatever the text.
 */
const SUMMARY_LIMIT = Math.floor((1024 * 1024) / 3);
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
/** Where the run stands; once known it is never "deploying" again. */
function outcome(report) {
    const deploy = report.deploy;
    if (report.cancelled || deploy?.state === 'cancelled')
        return 'cancelled';
    if (report.mode === 'destroy') {
        if (report.error || deploy?.state === 'failed')
            return 'failed';
        if (!deploy)
            return report.changes.length ? 'deleting' : 'nothing to delete';
        return deploy.state === 'succeeded' ? 'deleted' : 'deleting';
    }
    if (!deploy)
        return report.error ? 'failed' : report.hasChanges ? 'planned' : 'no changes';
    if (deploy.state === 'skipped')
        return report.error ? 'failed' : 'no changes';
    if (deploy.state === 'succeeded')
        return report.error ? 'failed' : 'deployed';
    if (deploy.state === 'in-progress' && !report.error) {
        // CloudFormation rolling back means the deploy has failed, though the step still waits for it.
        const stack = deploy.resources?.find((r) => r.type === 'AWS::CloudFormation::Stack');
        if (!stack || !/ROLLBACK/.test(stack.status))
            return 'deploying';
        return /ROLLBACK_COMPLETE$/.test(stack.status) ? 'rolled back' : 'failed';
    }
    const text = [deploy.error, report.error, ...(deploy.resources ?? []).map((r) => r.status)].join('\n');
    return /rolled back|ROLLBACK/i.test(text) ? 'rolled back' : 'failed';
}
/** add / change / replace / remove, as CloudFormation's change set lists them. */
function countChanges(changes) {
    const counts = { add: 0, change: 0, replace: 0, remove: 0 };
    for (const c of changes) {
        if (c.action === 'Add' || c.action === 'Import')
            counts.add++;
        else if (c.action === 'Remove')
            counts.remove++;
        else if (c.replacement === 'True')
            counts.replace++;
        else
            counts.change++;
    }
    return counts;
}
const OUTCOME_TEXT = {
    planned: '📋 {mode}: {stack} planned',
    'no changes': '✅ {mode}: {stack} no changes',
    deploying: '⏳ {mode}: {stack} deploying',
    deployed: '✅ {mode}: {stack} deployed',
    failed: '❌ {mode}: {stack} failed',
    'rolled back': '❌ {mode}: {stack} failed and rolled back',
    cancelled: '⛔ {mode}: {stack} cancelled',
    deleting: '⏳ {mode}: {stack} deleting',
    deleted: '🗑️ {mode}: {stack} deleted',
    'nothing to delete': '✅ {mode}: {stack} nothing to delete',
};
function headline(report) {
    const state = outcome(report);
    const c = countChanges(report.changes);
    const counts = report.hasChanges || report.changes.length
        ? `: ${c.add} to add, ${c.change} to change, ${c.replace} to replace, ${c.remove} to remove`
        : state === 'no changes' && report.mode === 'deploy'
            ? ', nothing to deploy'
            : '';
    const title = OUTCOME_TEXT[state]
        .replace('{mode}', `compose-ecs ${report.mode}`)
        .replace('{stack}', `\`${report.stackName}\``);
    const meta = [
        `project \`${cell(report.project)}\``,
        report.region,
        report.changeSetType === 'CREATE' ? 'new stack' : undefined,
        report.commit ? `commit \`${cell(report.commit.slice(0, 7))}\`` : undefined,
        report.runUrl ? `[run](${report.runUrl})` : undefined,
    ].filter(Boolean);
    return `### ${title}${counts}\n${meta.join(' · ')}`;
}
/** Pipes and newlines would break a markdown table cell. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
/** `repo/web@sha256:0123456789abcdef…` → `web@sha256:0123456789ab`: enough to tell two images apart. */
function shortImage(uri) {
    if (!uri)
        return '(none)';
    const [name, digest] = uri.split('@');
    const base = name.split('/').pop();
    return (0,resource_diff/* showValue */.vp)(digest ? `${base}@${digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1')}` : base, 80);
}
/** `AWS::ECS::Service` → `ECS::Service`: the table stays narrow enough to read without scrolling. */
const shortType = (type) => type.replace(/^AWS::/, '');
function composeItems(report) {
    const compose = report.diff?.compose;
    if (!compose)
        return [];
    const images = new Map(report.images.map((i) => [i.service, i]));
    const items = compose.services.map((s) => {
        const record = images.get(s.service);
        const origin = record?.repository
            ? record.pushed
                ? `built now${record.tag ? `, tag \`${cell(record.tag)}\`` : ''}`
                : `reused${record.tag ? `, tag \`${cell(record.tag)}\`` : ''}`
            : undefined;
        const image = s.image
            ? s.image.from && s.image.to
                ? `image \`${shortImage(s.image.from)}\` → \`${shortImage(s.image.to)}\``
                : `image \`${shortImage(s.image.to ?? s.image.from)}\``
            : undefined;
        const head = [
            s.status === 'added' ? 'new service' : s.status === 'removed' ? 'removed' : undefined,
            image,
        ]
            .filter(Boolean)
            .join(', ');
        const lines = [
            `- **${cell(s.service)}**${head ? `: ${head}` : ''}${origin && s.image?.to ? ` (${origin})` : ''}`,
        ];
        for (const note of s.notes)
            lines.push(`  - ${cell(note)}`);
        return lines.join('\n');
    });
    return [...items, ...compose.project.map((note) => `- project: ${cell(note)}`)];
}
function securityItems(report) {
    // One line per distinct change; the same statement in several roles (a new stack's) says where once.
    const groups = new Map();
    for (const c of report.diff?.security ?? []) {
        const key = `${c.change}\n${c.kind}\n${c.text}\n${c.flag ?? ''}`;
        const group = groups.get(key) ?? { change: c, where: [] };
        if (c.where)
            group.where.push(c.where);
        groups.set(key, group);
    }
    // What needs a second look first, then what is added, then what is removed.
    const rank = (s) => (s.flag ? 0 : s.change === 'added' ? 1 : 2);
    return [...groups.values()]
        .sort((a, b) => rank(a.change) - rank(b.change))
        .map(({ change: s, where }) => {
        const at = where.length ? ` — ${where.join(', ')}` : '';
        return `- ${s.change === 'added' ? '➕' : '➖'} ${s.change} ${cell(s.text)}${cell(at)}${s.flag ? ` — ⚠️ **${s.flag}**` : ''}`;
    });
}
function changeRows(report) {
    const byId = new Map((report.diff?.resources ?? []).map((r) => [r.logicalId, r]));
    return report.changes.map((c) => {
        const local = byId.get(c.logicalId);
        // CloudFormation's own word first (RequiresRecreation per property), the documented table otherwise.
        const recreating = (c.details ?? []).filter((d) => c.replacement === 'Conditional' ? d.recreation && d.recreation !== 'Never' : d.recreation === 'Always');
        const causes = recreating.length
            ? [...new Set(recreating.map((d) => (d.cause ? `${d.property} (${d.cause})` : d.property)))]
            : local?.replacedBy.length
                ? local.replacedBy
                : c.properties;
        const by = causes.length ? ` by ${causes.join(', ')}` : '';
        const replacement = c.replacement === 'True'
            ? `⚠️ **replaced**${by}`
            : c.replacement === 'Conditional'
                ? `may be replaced${by}`
                : '';
        const fromAws = (c.details ?? []).filter((d) => d.before !== undefined || d.after !== undefined);
        const props = c.action === 'Modify' && fromAws.length
            ? fromAws
                .map((d) => `${d.path ?? d.property}: ${(0,resource_diff/* showValue */.vp)(d.before ?? '(none)', 40)} → ${(0,resource_diff/* showValue */.vp)(d.after ?? '(none)', 40)}`)
                .join('<br>')
            : c.action === 'Modify' && local
                ? propertySummary(local.changes)
                : c.action === 'Modify'
                    ? c.properties.join(', ')
                    : '';
        // Replacement first, then the properties: four columns stay readable without scrolling.
        const what = [replacement, props].filter(Boolean).join('<br>');
        return `| ${ACTION_ICON[c.action] ?? ''} ${c.action} | \`${cell(c.logicalId)}\` | ${cell(shortType(c.type))} | ${cell(what)} |`;
    });
}
const isScalar = (v) => v === undefined || v === null || typeof v !== 'object' || (0,resource_diff/* isIntrinsic */.I9)(v);
/**
 * One short line per changed property, narrow enough for a table cell: `Type: application → network`
 * for a plain value, else the property with what happens inside it (`ContainerDefinitions: 2 added,
 * 1 changed`). Every value is in the template diff, resource by resource.
 */
function propertySummary(changes) {
    const byProperty = new Map();
    for (const c of changes) {
        const top = c.path.replace(/^Properties\./, '').split(/[.[]/)[0];
        byProperty.set(top, [...(byProperty.get(top) ?? []), c]);
    }
    return [...byProperty]
        .map(([name, list]) => {
        const only = list[0];
        if (list.length === 1 &&
            only.path.replace(/^Properties\./, '') === name &&
            isScalar(only.before) &&
            isScalar(only.after))
            return `${name}: ${(0,resource_diff/* showValue */.vp)(only.before, 30)} → ${(0,resource_diff/* showValue */.vp)(only.after, 30)}`;
        const count = (what, n) => (n ? `${n} ${what}` : '');
        return `${name}: ${[
            count('added', list.filter((c) => c.before === undefined).length),
            count('removed', list.filter((c) => c.after === undefined).length),
            count('changed', list.filter((c) => c.before !== undefined && c.after !== undefined).length),
        ]
            .filter(Boolean)
            .join(', ')}`;
    })
        .join('<br>');
}
function imageRows(report) {
    // What the deploy does with each image: a task definition gets it for the first time, or swaps to it.
    const deployed = new Map((report.diff?.images ?? []).map((i) => [
        i.to,
        i.from ? `**changes** from \`${shortImage(i.from)}\`` : 'new',
    ]));
    return report.images.map((i) => {
        const build = i.origin ??
            (i.repository ? (i.pushed ? 'built and pushed' : 'reused from the registry') : 'as written');
        return `| ${cell(i.service)} | \`${cell(shortImage(i.uri))}\` | ${build} | ${deployed.get(i.uri) ?? 'unchanged'} |`;
    });
}
function fullImages(report) {
    const lines = report.images.map((i) => `${i.service}: ${i.uri}`);
    return {
        priority: 3,
        rows: lines.length ? 1 : 0,
        render: (n) => n && lines.length
            ? `<details><summary>Full image references</summary>\n\n${fence(lines.join('\n'))}\n\n</details>`
            : '',
    };
}
function resourcesTable(rows) {
    const icon = (status) => status.endsWith('_FAILED')
        ? '❌'
        : status.includes('ROLLBACK')
            ? '↩️'
            : status.endsWith('_COMPLETE')
                ? '✅'
                : '⏳';
    // The stack first, then failures: when the list is shortened, the rows that explain it stay.
    const rank = (r) => (r.type === 'AWS::CloudFormation::Stack' ? 0 : r.failure ? 1 : 2);
    const ordered = [...rows].sort((a, b) => rank(a) - rank(b));
    return ordered.map((r) => {
        // A failure stays on its row when the rollback's events for the resource follow it.
        const status = r.failure && r.failure.status !== r.status
            ? `❌ ${cell(r.failure.status)}, then ${icon(r.status)} ${cell(r.status)}`
            : `${icon(r.status)} ${cell(r.status)}`;
        return `| \`${cell(r.logicalId)}\` | ${cell(shortType(r.type))} | ${status} | ${cell(r.failure?.reason ?? r.reason)} |`;
    });
}
function rolloutTable(rows) {
    if (!rows.length)
        return '';
    return [
        `| ${ROLLOUT_HEADER.join(' | ')} |`,
        `| ${ROLLOUT_HEADER.map(() => '---').join(' | ')} |`,
        ...rolloutRows(rows),
    ].join('\n');
}
const ROLLOUT_HEADER = [
    'Service',
    'Task definition',
    'Rollout',
    'Desired',
    'Running',
    'Pending',
    'Failed tasks',
    'Latest event',
];
function rolloutRows(rows) {
    const icon = (r) => (r.failed ? '❌' : r.done ? '✅' : '⏳');
    return [...rows]
        .sort((a, b) => Number(b.failed) - Number(a.failed))
        .map((r) => `| ${icon(r)} \`${cell(r.logicalId)}\` | ${cell(r.taskDefinition)}${r.serving?.length ? `<br>still serving: ${cell(r.serving.join(', '))}` : ''} | ${cell(r.rolloutState)} | ${r.desired} | ${r.running} | ${r.pending} | ${r.failedTasks} | ${cell(r.reason ?? r.latestEvent)} |`);
}
/** A secret-like variable's value is replaced by a word, in the diff as in the compose view. */
const markdown_hidden = (c) => ({
    before: c.before === undefined ? undefined : '(value not shown: secret-like name)',
    after: c.after === undefined ? undefined : '(value not shown: secret-like name)',
});
/** The template diff, resource by resource, each folded: what a reviewer opens last, and dropped first. */
function diffSection(report) {
    const resources = report.diff?.resources ?? [];
    const blocks = resources.map((r) => {
        const lines = r.changes.map((change) => {
            const c = (0,compose_changes/* isSecretLikePath */.B)(change.path) ? { ...change, ...markdown_hidden(change) } : change;
            const path = c.path.replace(/^Properties\./, '');
            if (c.before === undefined)
                return `+ ${path}: ${(0,resource_diff/* showValue */.vp)(c.after, 200)}`;
            if (c.after === undefined)
                return `- ${path}: ${(0,resource_diff/* showValue */.vp)(c.before, 200)}`;
            return `- ${path}: ${(0,resource_diff/* showValue */.vp)(c.before, 200)}\n+ ${path}: ${(0,resource_diff/* showValue */.vp)(c.after, 200)}`;
        });
        const replaced = r.replacedBy.length ? `, replaced by ${r.replacedBy.join(', ')}` : '';
        return `<details><summary>${ACTION_ICON[r.action]} <code>${r.logicalId}</code> ${r.type}${replaced}</summary>\n\n${fence(lines.join('\n'), 'diff')}\n\n</details>`;
    });
    return {
        priority: 1,
        rows: blocks.length,
        render: (n) => blocks.length
            ? `<details><summary><b>Template diff</b> (${blocks.length} resources)</summary>\n\n${blocks.slice(0, n).join('\n')}${more(blocks.length - n, 'resources')}\n\n</details>`
            : '',
    };
}
/**
 * Renders the report as GitHub-flavoured markdown within `limit` characters. When it does not fit,
 * the least important sections are shortened row by row (never inside a table row or a code block),
 * the template diff first; the headline, the cause of a failure, the images and the run link stay.
 */
function renderMarkdown(report, limit = COMMENT_LIMIT) {
    const hidden = [commentMarker(report.stackName), fingerprintLine(report)].filter(Boolean).join('\n');
    const sections = [fixed(hidden), fixed(headline(report))];
    if (report.error)
        sections.push(fixed(`> [!CAUTION]\n> ${cell(report.error)}`));
    if (report.deploy?.error && report.deploy.error !== report.error)
        sections.push(fixed(`> [!CAUTION]\n> ${cell(report.deploy.error)}`));
    if (report.deploy?.diagnosis)
        sections.push(fixed(`**Why the task stopped**\n\n${fence(report.deploy.diagnosis)}`));
    const urls = Object.entries(report.deploy?.urls ?? {});
    if (urls.length)
        sections.push(fixed(urls.map(([name, url]) => `- ${cell(name)}: ${url}`).join('\n')));
    // Whether this deploy applies what was reviewed; the reviewed plan folded, given up first for space.
    if (reviewedSection(report, false))
        sections.push({ priority: 2, rows: 1, keep: 0, render: (n) => reviewedSection(report, n > 0) });
    if (report.deploy?.rollout.length)
        sections.push(tableSection('Rollout', ROLLOUT_HEADER, rolloutRows(report.deploy.rollout), 7, 'services'));
    // While CloudFormation works (and after it failed), each resource's latest status, as a console shows it.
    const resources = report.deploy?.state === 'in-progress' || report.deploy?.state === 'failed'
        ? report.deploy.resources
        : undefined;
    if (resources?.length)
        sections.push(tableSection('Stack progress', ['Resource', 'Type', 'Status', 'Reason'], resourcesTable(resources), 6, 'resources', 40));
    sections.push(listSection('In compose words', composeItems(report), 8, 'services'));
    sections.push(listSection('Security-sensitive changes', securityItems(report), 9, 'changes'));
    sections.push(tableSection(report.changeSetType === 'CREATE' ? 'New stack' : 'Changes', ['Action', 'Resource', 'Type', 'What changes'], changeRows(report), 4, 'resources', 30));
    sections.push(tableSection('Images', ['Service', 'Image', 'Build', 'Deploy'], imageRows(report), 10, 'images'));
    sections.push(fullImages(report));
    sections.push(listSection('Warnings', report.warnings.map((w) => `- ${cell(w)}`), 5, 'warnings'));
    sections.push(diffSection(report));
    const footer = [
        `compose-ecs ${version/* VERSION */.x}`,
        report.region,
        report.changeSetName ? `change set \`${report.changeSetName}\`` : undefined,
        report.apiCalls !== undefined ? `${report.apiCalls} AWS API calls${byPhase(report)}` : undefined,
        report.runUrl ? `[run](${report.runUrl})` : undefined,
    ]
        .filter(Boolean)
        .join(' · ');
    sections.push(fixed(`<sub>${footer}</sub>`));
    let out = fitSections(sections, limit, (text) => (0,secret_guard/* redact */.E$)(text, report.redactions ?? []));
    // Only the fixed parts are left (a giant error message): cut at a paragraph, outside any table.
    if (out.length > limit) {
        const cut = out.lastIndexOf('\n\n', limit - 80);
        out = `${out.slice(0, cut > 0 ? cut : limit - 80)}\n\n… (truncated to fit GitHub's limit)\n`;
    }
    return out;
}
/** ` (images 3, plan 5)`: the phases that made calls, in order; nothing when none is known. */
function byPhase(report) {
    const phases = Object.entries(report.apiCallsByPhase ?? {}).filter(([, n]) => n > 0);
    return phases.length ? ` (${phases.map(([phase, n]) => `${phase} ${n}`).join(', ')})` : '';
}
/** A code block its content cannot close: the fence is longer than any run of backticks inside (CommonMark). */
function fence(text, language = 'text') {
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    return `${ticks}${language}\n${text}\n${ticks}`;
}


/***/ })

};

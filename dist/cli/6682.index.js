export const id = 6682;
export const ids = [6682];
export const modules = {

/***/ 6807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BJ: () => (/* binding */ cheapestFit),
/* harmony export */   Ob: () => (/* binding */ usableMemoryMiB),
/* harmony export */   Pi: () => (/* binding */ GPU_INSTANCE_TYPES),
/* harmony export */   Sh: () => (/* binding */ gpuInstanceType),
/* harmony export */   dT: () => (/* binding */ gpusOn),
/* harmony export */   hH: () => (/* binding */ misfit)
/* harmony export */ });
/* unused harmony export USABLE_MEMORY_SHARE */
const t = (name, vcpus, memoryGiB, gpus, enis, usdPerHour) => ({
    name,
    vcpus,
    memoryGiB,
    gpus,
    enis,
    usdPerHour,
});
/** g4dn (NVIDIA T4), g6 (NVIDIA L4), g5 (NVIDIA A10G): cheapest first. */
const GPU_INSTANCE_TYPES = [
    t('g4dn.xlarge', 4, 16, 1, 3, 0.526),
    t('g4dn.2xlarge', 8, 32, 1, 3, 0.752),
    t('g6.xlarge', 4, 16, 1, 4, 0.8048),
    t('g6.2xlarge', 8, 32, 1, 4, 0.9776),
    t('g5.xlarge', 4, 16, 1, 4, 1.006),
    t('g4dn.4xlarge', 16, 64, 1, 3, 1.204),
    t('g5.2xlarge', 8, 32, 1, 4, 1.212),
    t('g6.4xlarge', 16, 64, 1, 8, 1.3232),
    t('g5.4xlarge', 16, 64, 1, 8, 1.624),
    t('g6.8xlarge', 32, 128, 1, 8, 2.0144),
    t('g4dn.8xlarge', 32, 128, 1, 4, 2.176),
    t('g5.8xlarge', 32, 128, 1, 8, 2.448),
    t('g6.16xlarge', 64, 256, 1, 15, 3.3968),
    t('g4dn.12xlarge', 48, 192, 4, 8, 3.912),
    t('g5.16xlarge', 64, 256, 1, 8, 4.096),
    t('g4dn.16xlarge', 64, 256, 1, 4, 4.352),
    t('g6.12xlarge', 48, 192, 4, 8, 4.6016),
    t('g5.12xlarge', 48, 192, 4, 15, 5.672),
    t('g6.24xlarge', 96, 384, 4, 15, 6.6752),
    t('g4dn.metal', 96, 384, 8, 15, 7.824),
    t('g5.24xlarge', 96, 384, 4, 15, 8.144),
    t('g6.48xlarge', 192, 768, 8, 15, 13.3504),
    t('g5.48xlarge', 192, 768, 8, 7, 16.288),
];
/**
 * The share of an instance's memory a task may reserve: the kernel, the ECS agent and the NVIDIA driver keep
 * the rest, and ECS registers the instance with less than its nominal memory
 * (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/memory-management.html).
 */
const USABLE_MEMORY_SHARE = 0.9;
const MIB = 1024 * 1024;
function usableMemoryMiB(type) {
    return Math.floor(type.memoryGiB * 1024 * USABLE_MEMORY_SHARE);
}
function gpuInstanceType(name) {
    return GPU_INSTANCE_TYPES.find((x) => x.name === name);
}
/** Why a type does not fit a need, or undefined when it does. */
function misfit(type, need) {
    if (need.gpus !== 'all' && need.gpus > type.gpus)
        return `${type.name} has ${type.gpus} GPU${type.gpus === 1 ? '' : 's'}, ${need.gpus} are asked for`;
    if (need.cpus > type.vcpus)
        return `${type.name} has ${type.vcpus} vCPUs, ${need.cpus} are asked for`;
    const mib = Math.ceil(need.memoryBytes / MIB);
    if (mib > usableMemoryMiB(type))
        return `${type.name} leaves tasks ${usableMemoryMiB(type)} MiB of its ${type.memoryGiB} GiB, ${mib} MiB are asked for`;
    return undefined;
}
/** The cheapest listed type that fits (`all` fits any type: it takes what the type has). */
function cheapestFit(need) {
    return GPU_INSTANCE_TYPES.find((type) => misfit(type, need) === undefined);
}
/** How many GPUs a task reserves on a type: `all` becomes the type's count. */
function gpusOn(type, count) {
    return count === 'all' ? type.gpus : count;
}


/***/ }),

/***/ 7458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ readBounded)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
// Reading a file a compose project names, without trusting it to be one: `/dev/zero`, a FIFO or a
// growing file must not hold the loader (or the machine's memory) hostage. The file is opened without
// blocking, must be a regular file (fstat), and is read in chunks up to a byte limit, so a signal
// handler (the CLI's Ctrl-C, the runner's cancel) runs between chunks and an abort stops the read.


/** Bytes read per chunk: small enough that a cancel is seen at once, large enough to stay cheap. */
const CHUNK_BYTES = 64 * 1024;
/**
 * The file's bytes, or why they cannot be had: missing, not a regular file, larger than `maxBytes`
 * (judged before reading and again while reading, for a file that grows), unreadable, or aborted.
 * Problems never quote the file's content.
 */
async function readBounded(path, maxBytes, signal) {
    // O_NONBLOCK: opening a FIFO no writer holds would otherwise wait forever.
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT'
            ? { problem: 'does not exist', missing: true }
            : { problem: `cannot be read (${code ?? err.message})` };
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            return {
                problem: `is not a regular file (${info.isDirectory() ? 'a directory' : 'a device, pipe or socket'})`,
            };
        if (info.size > maxBytes)
            return { problem: `is larger than ${maxBytes} bytes` };
        const chunks = [];
        let total = 0;
        for (;;) {
            if (signal?.aborted)
                return { problem: 'was not read: the run was cancelled' };
            const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxBytes)
                return { problem: `is larger than ${maxBytes} bytes` };
            chunks.push(chunk.subarray(0, bytesRead));
        }
        return { bytes: Buffer.concat(chunks, total) };
    }
    catch (err) {
        return { problem: `cannot be read (${err.code ?? err.message})` };
    }
    finally {
        await handle.close().catch(() => undefined);
    }
}


/***/ }),

/***/ 4148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  markdownToTerminal: () => (/* binding */ markdownToTerminal),
  renderTerminal: () => (/* binding */ renderTerminal)
});

// EXTERNAL MODULE: ./src/cost/render.ts
var render = __webpack_require__(6517);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/report/resource-diff.ts + 1 modules
var resource_diff = __webpack_require__(5068);
;// CONCATENATED MODULE: ./src/report/sections.ts
// The comment as sections that can give up rows: how it fits GitHub's limit. A section is shortened by
// whole rows (list items, table rows, folded resources), never inside a table or a code block, the
// least important first; each keeps its first rows until every section has given up the rest.
const KEEP_ROWS = 5;
/** The most of the limit one row may take once the comment does not fit whole. */
const ROW_SHARE = 8;
/**
 * A row cut to `limit` characters at a line (or, for one line, a word) boundary, saying how much was cut;
 * a table row stays a table row.
 */
function cutRow(row, limit = Infinity) {
    if (row.length <= limit)
        return row;
    const table = row.startsWith('|');
    const room = Math.max(0, limit - 60);
    const head = row.slice(0, room);
    const lastLine = head.lastIndexOf('\n');
    if (!table && lastLine > 0) {
        const hiddenLines = row.slice(lastLine).split('\n').length - 1;
        return `${head.slice(0, lastLine)}\n  - … ${hiddenLines} more lines cut to fit`;
    }
    const lastSpace = head.lastIndexOf(' ');
    const kept = lastSpace > room / 2 ? head.slice(0, lastSpace) : head;
    // An entity cut in half would show its start: drop it whole.
    const clean = kept.replace(/&#?\w*$/, '');
    return table ? `${clean} … (cut to fit) |` : `${clean} … (cut to fit)`;
}
/** The line that says how many rows a shortened section left out. */
const more = (hidden, what) => hidden > 0
    ? `\n\n<sub>… ${hidden} more ${what} left out to fit GitHub's limit: see the job summary</sub>`
    : '';
function listSection(title, items, priority, what) {
    return {
        priority,
        rows: items.length,
        render: (rows, rowLimit) => items.length
            ? `**${title}**\n\n${items
                .slice(0, rows)
                .map((item) => cutRow(item, rowLimit))
                .join('\n')}${more(items.length - rows, what)}`
            : '',
    };
}
function tableSection(title, header, rows, priority, what, foldOver = Infinity) {
    return {
        priority,
        rows: rows.length,
        render: (n, rowLimit) => {
            if (!rows.length)
                return '';
            const table = [
                `| ${header.join(' | ')} |`,
                `| ${header.map(() => '---').join(' | ')} |`,
                ...rows.slice(0, n).map((row) => cutRow(row, rowLimit)),
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
    let rowLimit = Infinity;
    const text = () => finish(sections
        .map((s, i) => s.render(shown[i], rowLimit))
        .filter(Boolean)
        .join('\n\n') + '\n');
    let out = text();
    // One oversized row (a service with 1,500 variables) must not push every other section out: rows are cut
    // to a share of the limit first, then sections give up rows as before.
    if (out.length > limit) {
        rowLimit = Math.max(400, Math.floor(limit / ROW_SHARE));
        out = text();
    }
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

;// CONCATENATED MODULE: ./src/report/image-sections.ts
// The images a release runs: one row each with where it came from and what the deploy does with it, and
// the full references folded beneath.



/** `repo/web@sha256:0123456789abcdef…` → `web@sha256:0123456789ab`: enough to tell two images apart. */
function shortImage(uri) {
    if (!uri)
        return '(none)';
    const [name, digest] = uri.split('@');
    const base = name.split('/').pop();
    return (0,resource_diff/* showValue */.vp)(digest ? `${base}@${digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1')}` : base, 80);
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
        return `| ${(0,report_escape/* escapeText */.X1)(i.service)} | ${(0,report_escape/* codeSpan */.SS)(shortImage(i.uri))} | ${build} | ${deployed.get(i.uri) ?? 'unchanged'} |`;
    });
}
function fullImages(report) {
    const lines = report.images.map((i) => `${i.service}: ${i.uri}`);
    return {
        priority: 3,
        rows: lines.length ? 1 : 0,
        render: (n) => n && lines.length
            ? `<details><summary>Full image references</summary>\n\n${(0,report_escape/* fence */.EU)(lines.join('\n'))}\n\n</details>`
            : '',
    };
}
/** One row per image: the short reference, how it was got, and what the deploy does with it. */
function imagesSection(report) {
    return tableSection('Images', ['Service', 'Image', 'Build', 'Deploy'], imageRows(report), 10, 'images');
}

;// CONCATENATED MODULE: ./src/report/change-sections.ts
// What the plan changes, as a reviewer reads it: in compose words (services, images), the security-sensitive
// changes, and one table row per resource CloudFormation changes.




const ACTION_ICON = {
    Add: '➕',
    Modify: '✏️',
    Remove: '➖',
    Import: '📥',
    Dynamic: '❔',
};
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
                ? `built now${record.tag ? `, tag ${(0,report_escape/* codeSpan */.SS)(record.tag)}` : ''}`
                : `reused${record.tag ? `, tag ${(0,report_escape/* codeSpan */.SS)(record.tag)}` : ''}`
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
            `- **${(0,report_escape/* escapeText */.X1)(s.service)}**${head ? `: ${head}` : ''}${origin && s.image?.to ? ` (${origin})` : ''}`,
        ];
        for (const note of s.notes)
            lines.push(`  - ${(0,report_escape/* escapeText */.X1)(note)}`);
        return lines.join('\n');
    });
    return [...items, ...compose.project.map((note) => `- project: ${(0,report_escape/* escapeText */.X1)(note)}`)];
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
        if (s.kind === 'day-two')
            return `- ⛔ ${(0,report_escape/* escapeText */.X1)(s.text)}${s.flag ? ` — ⚠️ **${s.flag}**` : ''}`;
        return `- ${s.change === 'added' ? '➕' : '➖'} ${s.change} ${(0,report_escape/* escapeText */.X1)(s.text)}${(0,report_escape/* escapeText */.X1)(at)}${s.flag ? ` — ⚠️ **${s.flag}**` : ''}`;
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
        const by = causes.length ? ` by ${(0,report_escape/* escapeText */.X1)(causes.join(', '))}` : '';
        const replacement = c.replacement === 'True'
            ? `⚠️ **replaced**${by}`
            : c.replacement === 'Conditional'
                ? `may be replaced${by}`
                : '';
        const fromAws = (c.details ?? []).filter((d) => d.before !== undefined || d.after !== undefined);
        const props = c.action === 'Modify' && fromAws.length
            ? fromAws
                .map((d) => (0,report_escape/* escapeText */.X1)(`${d.path ?? d.property}: ${(0,resource_diff/* showValue */.vp)(d.before ?? '(none)', 40)} → ${(0,resource_diff/* showValue */.vp)(d.after ?? '(none)', 40)}`))
                .join('<br>')
            : c.action === 'Modify' && local
                ? propertySummary(local.changes)
                : c.action === 'Modify'
                    ? (0,report_escape/* escapeText */.X1)(c.properties.join(', '))
                    : '';
        // Replacement first, then the properties: four columns stay readable without scrolling. Each part is
        // escaped already; only the <br> between them is markup.
        const what = [replacement, props].filter(Boolean).join('<br>');
        return `| ${ACTION_ICON[c.action] ?? ''} ${c.action} | ${(0,report_escape/* codeSpan */.SS)(c.logicalId)} | ${(0,report_escape/* escapeText */.X1)(shortType(c.type))} | ${what} |`;
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
            return (0,report_escape/* escapeText */.X1)(`${name}: ${(0,resource_diff/* showValue */.vp)(only.before, 30)} → ${(0,resource_diff/* showValue */.vp)(only.after, 30)}`);
        const count = (what, n) => (n ? `${n} ${what}` : '');
        return `${(0,report_escape/* escapeText */.X1)(name)}: ${[
            count('added', list.filter((c) => c.before === undefined).length),
            count('removed', list.filter((c) => c.after === undefined).length),
            count('changed', list.filter((c) => c.before !== undefined && c.after !== undefined).length),
        ]
            .filter(Boolean)
            .join(', ')}`;
    })
        .join('<br>');
}
/** The resources the change set changes (a new stack: all of them), one row each. */
function changesSection(report) {
    return tableSection(report.changeSetType === 'CREATE' ? 'New stack' : 'Changes', ['Action', 'Resource', 'Type', 'What changes'], changeRows(report), 4, 'resources', 30);
}

;// CONCATENATED MODULE: ./src/report/service-deployments.ts
const STRATEGY = {
    ROLLING: 'rolling',
    BLUE_GREEN: 'blue/green',
    CANARY: 'canary',
    LINEAR: 'linear',
};
/** "canary · PRODUCTION_TRAFFIC_SHIFT · 10 % of traffic · circuit breaker 1/3 · alarm shop-5xx in ALARM". */
function deploymentSummary(view) {
    const parts = [];
    parts.push([view.strategy ? (STRATEGY[view.strategy] ?? view.strategy) : undefined, view.status]
        .filter(Boolean)
        .join(' '));
    if (view.stage && !view.finished)
        parts.push(view.stage);
    if (view.trafficPercent !== undefined && view.strategy && view.strategy !== 'ROLLING')
        parts.push(`${formatPercent(view.trafficPercent)} % of traffic on the new revision`);
    if (view.bakeMinutesLeft !== undefined)
        parts.push(`bake: about ${view.bakeMinutesLeft} min left`);
    if (view.circuitBreaker && (view.circuitBreaker.failures > 0 || view.circuitBreaker.status === 'TRIGGERED'))
        parts.push(`circuit breaker ${view.circuitBreaker.failures}${view.circuitBreaker.threshold !== undefined ? `/${view.circuitBreaker.threshold}` : ''} failed tasks`);
    if (view.alarms?.triggered.length)
        parts.push(`alarm ${view.alarms.triggered.join(', ')} in ALARM`);
    return parts.join(' · ');
}
function formatPercent(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

;// CONCATENATED MODULE: ./src/report/deploy-sections.ts
// A deploy as it goes: each resource's latest CloudFormation status, and each ECS service's rollout.




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
            ? `❌ ${(0,report_escape/* escapeText */.X1)(r.failure.status)}, then ${icon(r.status)} ${(0,report_escape/* escapeText */.X1)(r.status)}`
            : `${icon(r.status)} ${(0,report_escape/* escapeText */.X1)(r.status)}`;
        return `| ${(0,report_escape/* codeSpan */.SS)(r.logicalId)} | ${(0,report_escape/* escapeText */.X1)(shortType(r.type))} | ${status} | ${(0,report_escape/* escapeText */.X1)(r.failure?.reason ?? r.reason)} |`;
    });
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
        .map((r) => `| ${icon(r)} ${(0,report_escape/* codeSpan */.SS)(r.logicalId)} | ${(0,report_escape/* escapeText */.X1)(r.taskDefinition)}${r.serving?.length ? `<br>still serving: ${(0,report_escape/* escapeText */.X1)(r.serving.join(', '))}` : ''} | ${(0,report_escape/* escapeText */.X1)(r.rolloutState)}${r.deployment ? `<br>${(0,report_escape/* escapeText */.X1)(deploymentSummary(r.deployment))}` : ''} | ${r.desired} | ${r.running}${r.instances ? `<br>${(0,report_escape/* escapeText */.X1)(r.instances)}` : ''} | ${r.pending} | ${r.failedTasks} | ${(0,report_escape/* escapeText */.X1)(r.reason ?? r.latestEvent)} |`);
}
/** The services' rollouts, failed ones first; none before ECS has started one. */
function rolloutSection(report) {
    const rollout = report.deploy?.rollout ?? [];
    return rollout.length
        ? tableSection('Rollout', ROLLOUT_HEADER, rolloutRows(rollout), 7, 'services')
        : undefined;
}
/** While CloudFormation works (and after it failed), each resource's latest status, as a console shows it. */
function progressSection(report) {
    const resources = report.deploy?.state === 'in-progress' || report.deploy?.state === 'failed'
        ? report.deploy.resources
        : undefined;
    return resources?.length
        ? tableSection('Stack progress', ['Resource', 'Type', 'Status', 'Reason'], resourcesTable(resources), 6, 'resources', 40)
        : undefined;
}

// EXTERNAL MODULE: ./src/report/compose-changes.ts + 1 modules
var compose_changes = __webpack_require__(5733);
;// CONCATENATED MODULE: ./src/report/diff-section.ts
// The template diff, resource by resource, each folded: what a reviewer opens last, and dropped first.





/** A secret-like variable's value is replaced by a word, in the diff as in the compose view. */
const diff_section_hidden = (c) => ({
    before: c.before === undefined ? undefined : '(value not shown: secret-like name)',
    after: c.after === undefined ? undefined : '(value not shown: secret-like name)',
});
/** The template diff, resource by resource, each folded: what a reviewer opens last, and dropped first. */
function diffSection(report) {
    const resources = report.diff?.resources ?? [];
    const blocks = resources.map((r) => {
        const lines = r.changes.map((change) => {
            const c = (0,compose_changes/* isSecretLikePath */.B)(change.path) ? { ...change, ...diff_section_hidden(change) } : change;
            const path = c.path.replace(/^Properties\./, '');
            if (c.before === undefined)
                return `+ ${path}: ${(0,resource_diff/* showValue */.vp)(c.after, 200)}`;
            if (c.after === undefined)
                return `- ${path}: ${(0,resource_diff/* showValue */.vp)(c.before, 200)}`;
            return `- ${path}: ${(0,resource_diff/* showValue */.vp)(c.before, 200)}\n+ ${path}: ${(0,resource_diff/* showValue */.vp)(c.after, 200)}`;
        });
        const replaced = r.replacedBy.length ? `, replaced by ${r.replacedBy.join(', ')}` : '';
        const summary = `<details><summary>${ACTION_ICON[r.action]} <code>${r.logicalId}</code> ${r.type}${replaced}</summary>`;
        // Cut inside the code block, never through it: the lines that fit, then how many were left out.
        return (rowLimit = Infinity) => {
            let kept = lines.length;
            let size = lines.reduce((n, l) => n + l.length + 1, 0);
            while (kept > 0 && size > rowLimit - summary.length - 80)
                size -= lines[--kept].length + 1;
            const cut = kept < lines.length
                ? [...lines.slice(0, kept), `… ${lines.length - kept} more lines cut to fit`]
                : lines;
            return `${summary}\n\n${(0,report_escape/* fence */.EU)(cut.join('\n'), 'diff')}\n\n</details>`;
        };
    });
    return {
        priority: 1,
        rows: blocks.length,
        render: (n, rowLimit) => blocks.length
            ? `<details><summary><b>Template diff</b> (${blocks.length} resources)</summary>\n\n${blocks
                .slice(0, n)
                .map((block) => block(rowLimit))
                .join('\n')}${more(blocks.length - n, 'resources')}\n\n</details>`
            : '',
    };
}

;// CONCATENATED MODULE: ./src/report/headline.ts

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
/** The headline: the outcome, the counts, and the project, region, commit and run beneath. */
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
        `project ${(0,report_escape/* codeSpan */.SS)(report.project)}`,
        report.region,
        report.changeSetType === 'CREATE' ? 'new stack' : undefined,
        report.commit ? `commit ${(0,report_escape/* codeSpan */.SS)(report.commit.slice(0, 7))}` : undefined,
        report.runUrl ? `[run](${report.runUrl})` : undefined,
    ].filter(Boolean);
    return `### ${title}${counts}\n${meta.join(' · ')}`;
}

// EXTERNAL MODULE: ./src/report/runner-values.ts
var runner_values = __webpack_require__(409);
;// CONCATENATED MODULE: ./src/report/reviewed-plan.ts
/** The fingerprint line: the comment's second, right under the stack marker, where only compose-ecs writes. */
const LINE = /^<!-- compose-ecs stack=[^\n]* -->\n<!-- compose-ecs reviewed (\{[^\n]*\}) -->(?:\n|$)/;
const START = '<!-- compose-ecs reviewed-plan -->';
const END = '<!-- compose-ecs reviewed-plan end -->';
/** Past this many resource changes the list would crowd the comment: the template hash still tells. */
const MAX_CHANGES = 100;
function fingerprintOf(report) {
    if (!report.diff?.templateHash)
        return undefined;
    const changes = report.changes.map((c) => `${c.action} ${c.logicalId}`);
    const built = report.images.filter((i) => i.tag?.startsWith('src-'));
    return {
        template: report.diff.templateHash,
        images: Object.fromEntries(report.images.map((i) => [i.service, i.digest ?? i.uri])),
        ...(built.length ? { contentKeys: Object.fromEntries(built.map((i) => [i.service, i.tag])) } : {}),
        ...(report.diff.contentHash ? { contentTemplate: report.diff.contentHash } : {}),
        ...(changes.length <= MAX_CHANGES ? { changes } : {}),
        ...(report.jobs?.length ? { jobs: report.jobs.filter((j) => j.run).map((j) => j.name) } : {}),
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
        const keys = [reviewed.contentKeys?.[service], applied.contentKeys?.[service]];
        // Built on both sides: the same build inputs are what was reviewed, whichever repository holds them.
        if (keys[0] && keys[1]) {
            if (keys[0] !== keys[1])
                out.push(`image of ${service}: reviewed build \`${keys[0]}\`, deploying build \`${keys[1]}\``);
            continue;
        }
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
    if (reviewed.jobs && applied.jobs && reviewed.jobs.join() !== applied.jobs.join())
        out.push(`jobs: the reviewed plan ran ${reviewed.jobs.join(', ') || 'none'}, this deploy runs ${applied.jobs.join(', ') || 'none'}`);
    // Images under different prefixes make different templates of the same sources: compare by content key.
    const byContent = reviewed.contentTemplate !== undefined && applied.contentTemplate !== undefined;
    const templateDiffers = byContent
        ? reviewed.contentTemplate !== applied.contentTemplate
        : reviewed.template !== applied.template;
    if (templateDiffers && !out.length)
        out.push('the template differs from the reviewed one (see the template diff)');
    else if (templateDiffers)
        out.unshift('the template differs from the reviewed one');
    return out;
}
/** Whether a built image of the deploy has another digest than the reviewed build of the same content key. */
function rebuiltElsewhere(reviewed, applied) {
    return Object.keys(applied.contentKeys ?? {}).some((s) => reviewed.contentKeys?.[s] !== undefined && reviewed.images[s] !== applied.images[s]);
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
        : rebuiltElsewhere(reviewed.fingerprint, applied)
            ? `✅ **Applies the plan reviewed on this pull request**: the same template and the same builds (content keys; the pull request's images are in its own repositories).`
            : `✅ **Applies the plan reviewed on this pull request**: the same template (\`${applied.template.slice(0, 'sha256:'.length + 12)}\`) and image digests.`;
    const plan = withPlan && reviewed.body
        ? `\n\n<details><summary>The plan reviewed on this pull request</summary>\n\n${START}\n${reviewed.body}\n${END}\n\n</details>`
        : '';
    return verdict + plan;
}

// EXTERNAL MODULE: ./src/secrets/values.ts
var secrets_values = __webpack_require__(3795);
;// CONCATENATED MODULE: ./src/secrets/redact.ts

/** Replaces secret values in text bound for a comment or summary (defence in depth). */
function redact(text, values) {
    let out = text;
    for (const value of values)
        if (value.length >= secrets_values/* MIN_SECRET_LENGTH */.vb)
            out = out.split(value).join('***');
    return out;
}

// EXTERNAL MODULE: ./src/report/job-rows.ts
var job_rows = __webpack_require__(8711);
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
/**
 * Whether a comment is the one `marker` names: the marker is the comment's first line, where only
 * compose-ecs writes it. Anywhere else it is text someone else put there (a quote, an environment key).
 */
function carriesMarker(body, marker) {
    return body === marker || (body?.startsWith(`${marker}\n`) ?? false);
}
/**
 * Renders the report as GitHub-flavoured markdown within `limit` characters. When it does not fit,
 * the least important sections are shortened row by row (never inside a table row or a code block),
 * the template diff first; the headline, the cause of a failure, the images and the run link stay.
 */
function renderMarkdown(report, limit = COMMENT_LIMIT) {
    const sections = [...leadSections(report), ...bodySections(report), fixed(`<sub>${footer(report)}</sub>`)];
    let out = fitSections(sections, limit, (text) => (0,runner_values/* showAsVariables */.v)(redact(text, report.redactions ?? []), report.shownAs ?? []));
    // Only the fixed parts are left (a giant error message): cut at a paragraph, outside any table.
    if (out.length > limit) {
        const cut = out.lastIndexOf('\n\n', limit - 80);
        out = `${out.slice(0, cut > 0 ? cut : limit - 80)}\n\n… (truncated to fit GitHub's limit)\n`;
    }
    return out;
}
/** What is never shortened: the markers, the headline, the cost, the failure and its cause, the URLs. */
function leadSections(report) {
    const hidden = [commentMarker(report.stackName), fingerprintLine(report)].filter(Boolean).join('\n');
    const sections = [fixed(hidden), fixed(headline(report))];
    if (report.cost)
        sections.push(fixed((0,render/* costLine */.EK)(report.cost)));
    if (report.error)
        sections.push(fixed(`> [!CAUTION]\n> ${(0,report_escape/* escapeText */.X1)(report.error)}`));
    if (report.deploy?.error && report.deploy.error !== report.error)
        sections.push(fixed(`> [!CAUTION]\n> ${(0,report_escape/* escapeText */.X1)(report.deploy.error)}`));
    if (report.deploy?.diagnosis)
        sections.push(fixed(`**Why the task stopped**\n\n${(0,report_escape/* fence */.EU)(report.deploy.diagnosis)}`));
    const urls = Object.entries(report.deploy?.urls ?? {});
    if (urls.length)
        sections.push(fixed(urls.map(([name, url]) => `- ${(0,report_escape/* escapeText */.X1)(name)}: ${url}`).join('\n')));
    return sections;
}
/** The sections a reviewer reads, each shortened row by row by its priority when the comment is too long. */
function bodySections(report) {
    const sections = [];
    // Whether this deploy applies what was reviewed; the reviewed plan folded, given up first for space.
    if (reviewedSection(report, false))
        sections.push({ priority: 2, rows: 1, keep: 0, render: (n) => reviewedSection(report, n > 0) });
    const rollout = rolloutSection(report);
    if (rollout)
        sections.push(rollout);
    const progress = progressSection(report);
    if (progress)
        sections.push(progress);
    sections.push(listSection('Jobs', (0,job_rows/* jobItems */._)(report), 8, 'jobs'));
    const cost = report.cost && (0,render/* costSection */.pD)(report.cost);
    if (cost)
        sections.push(cost);
    sections.push(listSection('In compose words', composeItems(report), 8, 'services'));
    const domains = (report.domains ?? []).map((line) => `- ${(0,report_escape/* escapeText */.X1)(line)}`);
    sections.push(listSection('Domains', domains, 7, 'lines'));
    const startOrder = (report.startOrder ?? []).map((line) => `- ${(0,report_escape/* escapeText */.X1)(line)}`);
    sections.push(listSection('Start order', startOrder, 9, 'orderings'));
    const nextRollouts = (report.nextRollouts ?? []).map((line) => `- ${(0,report_escape/* escapeText */.X1)(line)}`);
    sections.push(listSection('Next rollout', nextRollouts, 9, 'services'));
    sections.push(listSection('Security-sensitive changes', securityItems(report), 9, 'changes'));
    sections.push(changesSection(report), imagesSection(report), fullImages(report));
    const warnings = report.warnings.map((w) => `- ${(0,report_escape/* escapeText */.X1)(w)}`);
    sections.push(listSection('Warnings', warnings, 5, 'warnings'), diffSection(report));
    return sections;
}
/** The version, region, change set, AWS calls and run link, in small print. */
function footer(report) {
    return [
        `compose-ecs ${version/* VERSION */.x}`,
        report.region,
        report.changeSetName ? `change set \`${report.changeSetName}\`` : undefined,
        report.apiCalls !== undefined ? `${report.apiCalls} AWS API calls${byPhase(report)}` : undefined,
        report.runUrl ? `[run](${report.runUrl})` : undefined,
    ]
        .filter(Boolean)
        .join(' · ');
}
/** ` (images 3, plan 5)`: the phases that made calls, in order; nothing when none is known. */
function byPhase(report) {
    const phases = Object.entries(report.apiCallsByPhase ?? {}).filter(([, n]) => n > 0);
    return phases.length ? ` (${phases.map(([phase, n]) => `${phase} ${n}`).join(', ')})` : '';
}

;// CONCATENATED MODULE: ./src/report/terminal.ts
// The run report for a person at a terminal: the comment's own markdown (renderMarkdown, uncut), read
// back into plain lines, so the terminal shows exactly the comment's facts and nothing that belongs to
// GitHub (hidden markers, HTML folds, link syntax, emoji whose width terminals disagree on). Colour only
// when asked for (src/cli-output.ts decides: a TTY, and NO_COLOR unset).

function palette(color) {
    const sgr = (open, close) => (text) => color && text ? `\x1b[${open}m${text}\x1b[${close}m` : text;
    return {
        bold: sgr(1, 22),
        dim: sgr(2, 22),
        red: sgr(31, 39),
        green: sgr(32, 39),
        yellow: sgr(33, 39),
        cyan: sgr(36, 39),
    };
}
/** The comment's icons as one-column symbols; a terminal aligns them, and colour says the rest. */
const ICONS = [
    [/➕/gu, '+'],
    [/✏️/gu, '~'],
    [/➖/gu, '-'],
    [/📥/gu, '<'],
    [/❔/gu, '?'],
    [/✅/gu, '✓'],
    [/❌/gu, '✗'],
    [/⏳/gu, '…'],
    [/↩️/gu, '↩'],
    [/⚠️/gu, '!'],
    [/⛔/gu, '✗'],
    [/(📋|🗑️) ?/gu, ''],
];
/** Inline markdown and HTML to plain text: code spans, emphasis, links, line breaks, escaped pipes. */
function inline(text, p) {
    let out = text;
    for (const [icon, symbol] of ICONS)
        out = out.replace(icon, symbol);
    return out
        .replace(/<br>/g, '; ')
        .replace(/<\/?(b|code|sub|summary)>/g, '')
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label, url) => label === url ? url : `${label} ${p.cyan(url)}`)
        .replace(/\*\*([^*]+)\*\*/g, (_, t) => p.bold(t))
        .replace(/`([^`]+)`/g, '$1')
        .replace(/\\\|/g, '|');
}
/** Splits a markdown table row into its cells (a `\|` inside a cell is not a border). */
function cells(row) {
    return row
        .trim()
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim());
}
const SGR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const visible = (text) => [...text.replace(SGR, '')].length;
const pad = (text, width) => text + ' '.repeat(Math.max(0, width - visible(text)));
/** A markdown table as aligned columns, the header dimmed; the last column is never padded. */
function table(rows, p) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => visible(r[i] ?? ''))));
    return rows.map((row, n) => {
        const line = row.map((c, i) => (i === row.length - 1 ? c : pad(c, widths[i]))).join('  ');
        return `  ${n === 0 ? p.dim(line) : line}`.trimEnd();
    });
}
/** A line of a fenced block: diff lines in colour, everything indented. */
function fenced(line, language, p) {
    if (language === 'diff' && line.startsWith('+'))
        return `    ${p.green(line)}`;
    if (language === 'diff' && line.startsWith('-'))
        return `    ${p.red(line)}`;
    return `    ${line}`;
}
/** The markdown subset renderMarkdown writes, as terminal lines. */
function markdownToTerminal(markdown, style) {
    const p = palette(style.color);
    const out = [];
    const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const fence = /^(`{3,})(\w*)$/.exec(line);
        if (fence) {
            for (i++; i < lines.length && lines[i] !== fence[1]; i++)
                out.push(fenced(lines[i], fence[2], p));
            continue;
        }
        if (line.startsWith('|')) {
            const rows = [];
            for (; i < lines.length && lines[i].startsWith('|'); i++)
                if (!/^\|( *-+ *\|)+$/.test(lines[i]))
                    rows.push(cells(lines[i]).map((c) => inline(c, p)));
            i--;
            out.push(...table(rows, p));
            continue;
        }
        if (line === '> [!CAUTION]') {
            const text = [];
            for (i++; i < lines.length && lines[i].startsWith('> '); i++)
                text.push(lines[i].slice(2));
            i--;
            out.push(p.red(`error: ${inline(text.join(' '), p)}`));
            continue;
        }
        if (line === '</details>')
            continue;
        const heading = /^### (.*)$/.exec(line);
        if (heading) {
            out.push(p.bold(inline(heading[1], p)));
            continue;
        }
        // A folded part and a section title read the same in a terminal: a title over its content.
        const title = /^<details><summary>(.*)<\/summary>$/.exec(line) ?? /^\*\*([^*]+)\*\*$/.exec(line);
        if (title) {
            out.push(p.bold(inline(title[1].replace(/<[^>]+>/g, ''), p)));
            continue;
        }
        const footer = /^<sub>(.*)<\/sub>$/.exec(line);
        out.push(footer ? p.dim(inline(footer[1], p)) : inline(line.replace(/^(\s*)- /, '$1  - '), p));
    }
    return `${out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()}\n`;
}
/** The report as the CLI prints it: every fact of the comment, none of GitHub's markup, nothing cut. */
function renderTerminal(report, style) {
    return markdownToTerminal(renderMarkdown(report, Number.MAX_SAFE_INTEGER), style);
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


/***/ })

};

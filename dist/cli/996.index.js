export const id = 996;
export const ids = [996,458];
export const modules = {

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
// JSON with object keys sorted: two values that differ only in key order give the same text. Templates,
// parameters and job inputs are compared and hashed through it.
function canonicalJson(value) {
    return (JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)))
        : v) ?? 'undefined');
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

/***/ 6517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ costLine),
/* harmony export */   pD: () => (/* binding */ costSection)
/* harmony export */ });
/* unused harmony export sourceOf */
/** `$61`, `$7.30`: cents only where they matter. */
function dollars(n) {
    const abs = Math.abs(n);
    const text = abs >= 10 ? Math.round(abs).toLocaleString('en-US') : abs.toFixed(2);
    return `${n < 0 ? '−' : ''}$${text}`;
}
const same = (m) => Math.abs(m.high - m.low) < 0.005;
const amount = (m) => (same(m) ? dollars(m.low) : `${dollars(m.low)}–${dollars(m.high)}`);
const signed = (n) => (n > 0.004 ? `+${dollars(n)}` : Math.abs(n) <= 0.004 ? '±$0' : dollars(n));
function change(before, after) {
    const d = { low: (after?.low ?? 0) - (before?.low ?? 0), high: (after?.high ?? 0) - (before?.high ?? 0) };
    if (Math.abs(d.low - d.high) < 0.005)
        return signed(d.low);
    const [a, b] = [d.low, d.high].sort((x, y) => x - y);
    return `${signed(a)} to ${signed(b)}`;
}
function sourceOf(e) {
    return `AWS Price List, ${e.region}, ${e.readOn}${e.published ? ` (prices published ${e.published})` : ''}`;
}
/** "≈ $61/month, +$18 (from $43)": the stack after the change and the difference. */
function costLine(cost) {
    if ('unavailable' in cost)
        return `💰 No cost estimate: ${cost.unavailable}`;
    const e = cost.estimate;
    const label = `estimate: on-demand list prices, no savings plans or free tier · ${sourceOf(e)}`;
    if (!e.after)
        return `💰 **${e.before ? amount(e.before) : '$0'}/month stops being paid** (${label})`;
    const delta = e.before ? `, ${change(e.before, e.after)} (from ${amount(e.before)})` : ' (new stack)';
    return `💰 **≈ ${amount(e.after)}/month${delta}** (${label})`;
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
function tableRow(r) {
    const name = r.kind === 'service' ? `**${cell(r.name)}**` : `${cell(r.name)} (shared)`;
    const what = [r.what, ...(r.missing.length ? [`⚠️ no price for ${r.missing.join(', ')}`] : [])];
    // Billed by use alone (a file system, a log group): its unit price is listed below the table.
    const byUse = r.perUse.length > 0 && !r.before?.high && !r.after?.high;
    const side = (m) => (!m ? '—' : byUse ? 'by use' : amount(m));
    return `| ${name} | ${side(r.before)} | ${side(r.after)} | ${byUse ? '' : change(r.before, r.after)} | ${cell(what.join('; '))} |`;
}
/** The folded detail: the rows, the unit prices of what is billed by use, the notes and the source. */
function costSection(cost) {
    if ('unavailable' in cost)
        return undefined;
    const e = cost.estimate;
    const rows = e.rows.map(tableRow);
    const perUse = e.rows.flatMap((r) => r.perUse.map((u) => `- ${cell(r.name)} ${u}`));
    return {
        priority: 6,
        rows: rows.length,
        keep: rows.length,
        render: (n) => {
            if (!rows.length || !n)
                return '';
            const total = `| **Total** | ${e.before ? amount(e.before) : '—'} | ${e.after ? amount(e.after) : '—'} | ${change(e.before, e.after)} | |`;
            const parts = [
                [
                    '| Service / resource | Before | After | Change | What is billed |',
                    '|---|---|---|---|---|',
                    ...rows.slice(0, n),
                    total,
                ].join('\n'),
                perUse.length
                    ? `Billed by use, so not in the figures (usage is unknown):\n\n${perUse.join('\n')}`
                    : '',
                ...e.notes,
                `<sub>An estimate per month of 730 hours from on-demand list prices (no savings plans, free tier, data transfer or taxes): ${sourceOf(e)}.</sub>`,
            ];
            return `<details><summary><b>Monthly cost</b> (estimate)</summary>\n\n${parts.filter(Boolean).join('\n\n')}\n\n</details>`;
        },
    };
}


/***/ }),

/***/ 862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isSecretLikePath),
/* harmony export */   M: () => (/* binding */ composeChanges)
/* harmony export */ });
/* harmony import */ var _resource_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5068);

const SERVICE_TAG = 'com.docker.compose.service';
/** Names whose values are not shown even when they are plain environment (tokens, passwords, keys). */
const SECRET_LIKE = /pass|secret|token|key|credential|auth|private|cert|salt|signature|dsn/i;
/** A template path to the value of a secret-like environment variable, whose value no rendering shows. */
function isSecretLikePath(path) {
    const name = /\.Environment\[([^\]]+)\](?:\.Value)?$/.exec(path)?.[1];
    return name !== undefined && SECRET_LIKE.test(name);
}
function composeChanges(before, after) {
    const old = serviceViews(before);
    const next = serviceViews(after);
    const services = [];
    for (const name of [...new Set([...old.keys(), ...next.keys()])].sort()) {
        const a = old.get(name);
        const b = next.get(name);
        if (!a || !b) {
            const view = (b ?? a);
            services.push({
                service: name,
                status: b ? 'added' : 'removed',
                notes: b ? describeNew(view) : ['service removed: its tasks stop and its URLs go away'],
                image: b ? { to: view.image } : { from: view.image },
            });
            continue;
        }
        const notes = serviceNotes(a, b);
        if (notes.length || a.image !== b.image)
            services.push({
                service: name,
                status: 'changed',
                notes,
                image: a.image !== b.image ? { from: a.image, to: b.image } : undefined,
            });
    }
    return { services, project: projectNotes(before, after) };
}
function describeNew(view) {
    const notes = [];
    if (view.published.size)
        notes.push(`publishes ${[...view.published].join(', ')} on the load balancer`);
    if (view.replicas !== undefined)
        notes.push(`${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(view.replicas)} ${view.replicas === 1 ? 'replica' : 'replicas'}`);
    if (view.cpu !== undefined || view.memory !== undefined)
        notes.push(`${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(view.cpu)} CPU units, ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(view.memory)} MiB`);
    if (view.environment.size)
        notes.push(`environment: ${[...view.environment.keys()].join(', ')}`);
    if (view.secrets.size)
        notes.push(`secrets: ${[...view.secrets].join(', ')}`);
    if (view.configs.size)
        notes.push(`configs: ${[...view.configs.keys()].join(', ')}`);
    if (view.volumes.size)
        notes.push(`volumes: ${[...view.volumes].join(', ')}`);
    if (view.policies.size)
        notes.push(`policies: ${[...view.policies].join(', ')}`);
    return notes;
}
function serviceNotes(a, b) {
    const notes = [];
    for (const [key, value] of b.environment) {
        const was = a.environment.get(key);
        if (was === undefined)
            notes.push(`environment ${key} added${shownValue(key, value, ' = ')}`);
        else if (was !== value)
            notes.push(`environment ${key} changed${SECRET_LIKE.test(key) ? '' : `: ${quote(was)} → ${quote(value)}`}`);
    }
    for (const key of a.environment.keys())
        if (!b.environment.has(key))
            notes.push(`environment ${key} removed`);
    setNotes(a.published, b.published, 'publishes', 'stops publishing', notes);
    // A port published as itself (8443:8443) is said once, as published.
    const newlyPublished = new Set([...b.published].filter((p) => !a.published.has(p)));
    const withdrawn = new Set([...a.published].filter((p) => !b.published.has(p)));
    setNotes(new Set([...a.containerPorts].filter((p) => !withdrawn.has(p))), new Set([...b.containerPorts].filter((p) => !newlyPublished.has(p))), 'container port added:', 'container port withdrawn:', notes);
    setNotes(a.secrets, b.secrets, 'secret wired:', 'secret unwired:', notes);
    setNotes(new Set(a.configs.keys()), new Set(b.configs.keys()), 'config wired:', 'config unwired:', notes);
    for (const [name, version] of b.configs) {
        const was = a.configs.get(name);
        if (was !== undefined && was !== version)
            notes.push(`config ${name}: new content`);
    }
    setNotes(a.volumes, b.volumes, 'volume mounted:', 'volume unmounted:', notes);
    setNotes(a.policies, b.policies, 'policy attached:', 'policy detached:', notes);
    if (!(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .equal */ .LC)(a.replicas, b.replicas))
        notes.push(`replicas ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(a.replicas)} → ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(b.replicas)}`);
    if (!(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .equal */ .LC)(a.cpu, b.cpu))
        notes.push(`CPU ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(a.cpu)} → ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(b.cpu)} units`);
    if (!(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .equal */ .LC)(a.memory, b.memory))
        notes.push(`memory ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(a.memory)} → ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(b.memory)} MiB`);
    return notes;
}
function setNotes(a, b, added, removed, notes) {
    for (const x of b)
        if (!a.has(x))
            notes.push(`${added} ${x}`);
    for (const x of a)
        if (!b.has(x))
            notes.push(`${removed} ${x}`);
}
const quote = (value) => JSON.stringify((0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(value, 40));
function shownValue(key, value, prefix) {
    return SECRET_LIKE.test(key) ? '' : `${prefix}${quote(value)}`;
}
function tag(resource, key) {
    const tags = resource.Properties?.Tags;
    if (!Array.isArray(tags))
        return undefined;
    const found = tags.find((t) => t.Key === key);
    return typeof found?.Value === 'string' ? found.Value : undefined;
}
const refOf = (value) => {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const v = value;
    if (typeof v.Ref === 'string')
        return v.Ref;
    if (Array.isArray(v['Fn::GetAtt']))
        return String(v['Fn::GetAtt'][0]);
    return undefined;
};
/** Containers compose-ecs adds itself (DNS search, secret files) are named compose-*; they are not the service. */
const isSidecar = (name) => typeof name === 'string' && name.startsWith('compose-');
function serviceViews(template) {
    const resources = template?.Resources ?? {};
    const views = new Map();
    // Published ports: listener → target group → the ECS service that registers in it.
    const listenersByGroup = new Map();
    for (const r of Object.values(resources)) {
        if (r.Type !== 'AWS::ElasticLoadBalancingV2::Listener')
            continue;
        for (const action of (r.Properties?.DefaultActions ?? [])) {
            const group = refOf(action.TargetGroupArn);
            if (!group)
                continue;
            const port = publishedPort(r);
            listenersByGroup.set(group, [...(listenersByGroup.get(group) ?? []), port]);
        }
    }
    for (const [id, r] of Object.entries(resources)) {
        if (r.Type !== 'AWS::ECS::TaskDefinition')
            continue;
        const props = r.Properties ?? {};
        const containers = (props.ContainerDefinitions ?? []);
        const main = containers.filter((c) => !isSidecar(c.Name));
        const name = tag(r, SERVICE_TAG) ?? String(main[0]?.Name ?? id);
        const view = {
            image: typeof main[0]?.Image === 'string' ? main[0].Image : (0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(main[0]?.Image),
            environment: new Map(),
            secrets: new Set(),
            configs: new Map(),
            containerPorts: new Set(),
            published: new Set(),
            cpu: props.Cpu,
            memory: props.Memory,
            volumes: new Set(),
            policies: new Set(),
        };
        for (const c of main) {
            for (const e of (c.Environment ?? []))
                if (e.Name)
                    view.environment.set(e.Name, typeof e.Value === 'string' ? e.Value : (0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(e.Value));
            for (const p of (c.PortMappings ?? []))
                view.containerPorts.add(`${String(p.ContainerPort)}/${String(p.Protocol ?? 'tcp')}`);
            for (const m of (c.MountPoints ?? []))
                if (!/-(secrets|configs)$/.test(String(m.SourceVolume)))
                    view.volumes.add(`${String(m.SourceVolume)}:${String(m.ContainerPath)}`);
        }
        // Secrets are wired to the task (as variables, or as files through a sidecar): name them by source.
        for (const c of containers)
            for (const s of (c.Secrets ?? [])) {
                // Configs reach the init container the same way, from SSM parameters named by content.
                const config = /:parameter\/compose-ecs\/.*?\/configs\/([^/]+)\/([0-9a-f]+)\//.exec((0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(s.ValueFrom, 400));
                if (config)
                    view.configs.set(config[1], config[2]);
                else
                    view.secrets.add(secretName(s.ValueFrom));
            }
        const role = resources[refOf(props.TaskRoleArn) ?? ''];
        for (const arn of (role?.Properties?.ManagedPolicyArns ?? []))
            view.policies.add((0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(arn, 200).replace(/^arn:[^:]*:iam::[^:]*:policy\//, ''));
        for (const p of (role?.Properties?.Policies ?? []))
            view.policies.add(`inline ${String(p.PolicyName)}`);
        views.set(name, view);
    }
    for (const r of Object.values(resources)) {
        if (r.Type !== 'AWS::ECS::Service')
            continue;
        const view = views.get(tag(r, SERVICE_TAG) ?? '') ?? views.get(nameOfTaskDefinition(resources, r));
        if (!view)
            continue;
        view.replicas = r.Properties?.DesiredCount;
        for (const lb of (r.Properties?.LoadBalancers ?? []))
            for (const port of listenersByGroup.get(refOf(lb.TargetGroupArn) ?? '') ?? [])
                view.published.add(port);
    }
    return views;
}
/**
 * A listener as compose writes the port: HTTP, HTTPS, TCP and TLS listeners carry tcp, UDP udp, so a
 * port-80 listener that turns from HTTP into TCP (application into network) is still 80/tcp.
 */
function publishedPort(listener) {
    const protocol = String(listener.Properties?.Protocol ?? 'TCP').toUpperCase();
    const transport = protocol === 'UDP' ? 'udp' : protocol === 'TCP_UDP' ? 'tcp+udp' : 'tcp';
    return `${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(listener.Properties?.Port)}/${transport}`;
}
function nameOfTaskDefinition(resources, service) {
    const td = resources[refOf(service.Properties?.TaskDefinition) ?? ''];
    return td ? (tag(td, SERVICE_TAG) ?? '') : '';
}
/** A secret's ARN names it (…:secret:shop/api-key-AbCdEf); a parameter reference names its parameter. */
function secretName(valueFrom) {
    const text = (0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(valueFrom, 300);
    const arn = /:secret:([^:]+)/.exec(text);
    if (arn)
        return arn[1];
    const ref = /Ref"?:"?([A-Za-z0-9]+)/.exec(JSON.stringify(valueFrom));
    return ref ? ref[1].replace(/SecretArn$/, '') : text;
}
function projectNotes(before, after) {
    const old = before?.Resources ?? {};
    const next = after.Resources;
    const notes = [];
    for (const [id, r] of Object.entries(next)) {
        const was = old[id];
        if (r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer') {
            const type = r.Properties?.Type ?? 'application';
            if (!was) {
                if (before)
                    notes.push(`load balancer ${id} added (${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(type)}): the stack gets a new DNS name`);
                continue;
            }
            const wasType = was.Properties?.Type ?? 'application';
            // Type and Scheme are "Update requires: Replacement" (see REPLACED_BY in resource-diff.ts).
            if (!(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .equal */ .LC)(wasType, type))
                notes.push(`load balancer ${id} turns from ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(wasType)} into ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(type)}${typeReason(before, after)}: it is **replaced**, its DNS name and every URL change`);
            if (!(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .equal */ .LC)(was.Properties?.Scheme, r.Properties?.Scheme))
                notes.push(`load balancer ${id} scheme ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(was.Properties?.Scheme ?? 'internet-facing')} → ${(0,_resource_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .showValue */ .vp)(r.Properties?.Scheme ?? 'internet-facing')}: it is **replaced**, its DNS name and every URL change`);
        }
        if (r.Type === 'AWS::EC2::SecurityGroup' && /Network$/.test(id) && before && !was)
            notes.push(`network ${id} added`);
    }
    for (const [id, r] of Object.entries(old)) {
        if (id in next)
            continue;
        if (r.Type === 'AWS::EC2::SecurityGroup' && /Network$/.test(id))
            notes.push(`network ${id} removed`);
        else if (r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer')
            notes.push(`load balancer ${id} removed: its DNS name and every URL stop working`);
        if (r.DeletionPolicy === 'Retain' || r.DeletionPolicy === 'RetainExceptOnCreate')
            notes.push(`${id} is removed from the stack but retained (orphaned): its data stays, and so does its cost`);
    }
    return notes;
}
/** ELB: a listener that is not HTTP(S) needs a network load balancer (see src/template/load-balancer.ts). */
function typeReason(before, after) {
    const ports = (t) => new Set(Object.values(t?.Resources ?? {})
        .filter((r) => r.Type === 'AWS::ElasticLoadBalancingV2::Listener')
        .map(publishedPort));
    const was = ports(before);
    const added = [...ports(after)].filter((p) => !was.has(p));
    return added.length ? ` because it now publishes ${added.join(', ')}` : '';
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ codeSpan),
/* harmony export */   X: () => (/* binding */ escapeText)
/* harmony export */ });
// User-supplied text in the pull-request comment and job summary (service and variable names, values,
// compose paths, AWS reasons) is data: it must not render as HTML, links or images, ping people or teams,
// close the comment's <details>, or forge the hidden markers a deploy reads back (an environment key
// `<!-- compose-ecs stack=shop-production -->` once made production's deploy read staging's plan).
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    // A mention (`@team`) pings and a link reference would render: an entity shows the same character inert.
    '@': '&#64;',
    '[': '&#91;',
    ']': '&#93;',
    '`': '&#96;',
    '|': '&#124;',
    '\\': '&#92;',
};
/** Text for markdown prose and table cells: shown exactly, rendering nothing. One line. */
function escapeText(text) {
    return String(text ?? '')
        .replace(/[&<>@[\]`|\\]/g, (c) => ENTITIES[c])
        .replace(/\r?\n/g, ' ');
}
/**
 * Text as inline code: a code span renders no HTML, link or mention, but the text must not close it. The
 * fence is one backtick longer than the longest run inside (CommonMark), padded when the text starts or
 * ends with one; a pipe is escaped, as GitHub's tables split cells on it even inside code.
 */
function codeSpan(text) {
    const body = String(text ?? '')
        .replace(/\r?\n/g, ' ')
        .replace(/\|/g, '\\|');
    let longest = 0;
    for (const m of body.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const ticks = '`'.repeat(longest + 1);
    const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${body}${pad}${ticks}`;
}


/***/ }),

/***/ 8711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ applyJobEvent),
/* harmony export */   _: () => (/* binding */ jobItems)
/* harmony export */ });
function applyJobEvent(report, event) {
    const row = report.jobs?.find((j) => j.name === event.name);
    if (!row)
        return;
    const { kind: _kind, name: _name, ...update } = event;
    Object.assign(row, update);
}
const code = (s) => `\`${s.replace(/`/g, "'")}\``;
const names = (list) => list.map(code).join(', ');
const STATE = {
    running: '⏳ running',
    succeeded: '✅ succeeded',
    failed: '❌ failed',
    cancelled: '⏹️ stopped (cancelled)',
};
/** `- runs \`migrate\` once before \`api\` (after \`db\`): changed: … — ✅ succeeded (task abc)`. */
function jobItems(report) {
    return (report.jobs ?? []).map((j) => {
        const order = [
            j.before.length ? `before ${names(j.before)}` : '',
            j.after.length ? `after ${names(j.after)}` : '',
        ]
            .filter(Boolean)
            .join(', ');
        const head = j.run
            ? `runs ${code(j.name)} once${order ? ` ${order}` : ''}`
            : `does not run ${code(j.name)}${order ? ` (${order})` : ''}`;
        const outcome = j.state
            ? ` — ${STATE[j.state]}${j.exitCode !== undefined && j.exitCode !== 0 ? `, exit code ${j.exitCode}` : ''}${j.taskId ? ` (task ${code(j.taskId)}${j.attempt && j.attempt > 1 ? `, attempt ${j.attempt}` : ''})` : ''}`
            : '';
        return `- ${head}: ${j.why.replace(/[<>|]/g, ' ')}${outcome}`;
    });
}


/***/ }),

/***/ 5996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: COMMENT_LIMIT, SUMMARY_LIMIT, carriesMarker, commentMarker, countChanges, fence, outcome, rolloutTable, shortImage

// EXTERNAL MODULE: ./src/cost/render.ts
var render = __webpack_require__(6517);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/compose-changes.ts
var compose_changes = __webpack_require__(862);
// EXTERNAL MODULE: ./src/report/resource-diff.ts + 1 modules
var resource_diff = __webpack_require__(5068);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(4031);
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

// EXTERNAL MODULE: ./src/report/secret-guard.ts
var secret_guard = __webpack_require__(1296);
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
        `project ${(0,report_escape/* codeSpan */.S)(report.project)}`,
        report.region,
        report.changeSetType === 'CREATE' ? 'new stack' : undefined,
        report.commit ? `commit ${(0,report_escape/* codeSpan */.S)(report.commit.slice(0, 7))}` : undefined,
        report.runUrl ? `[run](${report.runUrl})` : undefined,
    ].filter(Boolean);
    return `### ${title}${counts}\n${meta.join(' · ')}`;
}
/** User-supplied text in prose or a table cell: escaped (report/escape.ts), one line. */
const cell = report_escape/* escapeText */.X;
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
                ? `built now${record.tag ? `, tag ${(0,report_escape/* codeSpan */.S)(record.tag)}` : ''}`
                : `reused${record.tag ? `, tag ${(0,report_escape/* codeSpan */.S)(record.tag)}` : ''}`
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
        if (s.kind === 'day-two')
            return `- ⛔ ${cell(s.text)}${s.flag ? ` — ⚠️ **${s.flag}**` : ''}`;
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
        const by = causes.length ? ` by ${cell(causes.join(', '))}` : '';
        const replacement = c.replacement === 'True'
            ? `⚠️ **replaced**${by}`
            : c.replacement === 'Conditional'
                ? `may be replaced${by}`
                : '';
        const fromAws = (c.details ?? []).filter((d) => d.before !== undefined || d.after !== undefined);
        const props = c.action === 'Modify' && fromAws.length
            ? fromAws
                .map((d) => cell(`${d.path ?? d.property}: ${(0,resource_diff/* showValue */.vp)(d.before ?? '(none)', 40)} → ${(0,resource_diff/* showValue */.vp)(d.after ?? '(none)', 40)}`))
                .join('<br>')
            : c.action === 'Modify' && local
                ? propertySummary(local.changes)
                : c.action === 'Modify'
                    ? cell(c.properties.join(', '))
                    : '';
        // Replacement first, then the properties: four columns stay readable without scrolling. Each part is
        // escaped already; only the <br> between them is markup.
        const what = [replacement, props].filter(Boolean).join('<br>');
        return `| ${ACTION_ICON[c.action] ?? ''} ${c.action} | ${(0,report_escape/* codeSpan */.S)(c.logicalId)} | ${cell(shortType(c.type))} | ${what} |`;
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
            return cell(`${name}: ${(0,resource_diff/* showValue */.vp)(only.before, 30)} → ${(0,resource_diff/* showValue */.vp)(only.after, 30)}`);
        const count = (what, n) => (n ? `${n} ${what}` : '');
        return `${cell(name)}: ${[
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
        return `| ${cell(i.service)} | ${(0,report_escape/* codeSpan */.S)(shortImage(i.uri))} | ${build} | ${deployed.get(i.uri) ?? 'unchanged'} |`;
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
        return `| ${(0,report_escape/* codeSpan */.S)(r.logicalId)} | ${cell(shortType(r.type))} | ${status} | ${cell(r.failure?.reason ?? r.reason)} |`;
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
        .map((r) => `| ${icon(r)} ${(0,report_escape/* codeSpan */.S)(r.logicalId)} | ${cell(r.taskDefinition)}${r.serving?.length ? `<br>still serving: ${cell(r.serving.join(', '))}` : ''} | ${cell(r.rolloutState)} | ${r.desired} | ${r.running} | ${r.pending} | ${r.failedTasks} | ${cell(r.reason ?? r.latestEvent)} |`);
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
            return `${summary}\n\n${fence(cut.join('\n'), 'diff')}\n\n</details>`;
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
/**
 * Renders the report as GitHub-flavoured markdown within `limit` characters. When it does not fit,
 * the least important sections are shortened row by row (never inside a table row or a code block),
 * the template diff first; the headline, the cause of a failure, the images and the run link stay.
 */
function renderMarkdown(report, limit = COMMENT_LIMIT) {
    const hidden = [commentMarker(report.stackName), fingerprintLine(report)].filter(Boolean).join('\n');
    const sections = [fixed(hidden), fixed(headline(report))];
    if (report.cost)
        sections.push(fixed((0,render/* costLine */.EK)(report.cost)));
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
    sections.push(listSection('Jobs', (0,job_rows/* jobItems */._)(report), 8, 'jobs'));
    const cost = report.cost && (0,render/* costSection */.pD)(report.cost);
    if (cost)
        sections.push(cost);
    sections.push(listSection('In compose words', composeItems(report), 8, 'services'));
    sections.push(listSection('Start order', (report.startOrder ?? []).map((line) => `- ${cell(line)}`), 9, 'orderings'));
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
    let out = fitSections(sections, limit, (text) => (0,runner_values/* showAsVariables */.v)((0,secret_guard/* redact */.E$)(text, report.redactions ?? []), report.shownAs ?? []));
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


/***/ }),

/***/ 5068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LC: () => (/* binding */ equal),
  I9: () => (/* binding */ isIntrinsic),
  ze: () => (/* binding */ resourceDiffs),
  vp: () => (/* binding */ showValue)
});

// UNUSED EXPORTS: replacementCauses

;// CONCATENATED MODULE: ./src/report/replacement-rules.ts
// GENERATED by scripts/replacement-rules.ts from the CloudFormation resource schemas cfn-lint
// 1.51.0 ships (createOnlyProperties); do not edit. A change to one of these top-level properties
// makes CloudFormation replace the resource (create the new one, delete the old one at cleanup).
const CREATE_ONLY = {
    'AWS::ApplicationAutoScaling::ScalableTarget': ['ResourceId', 'ScalableDimension', 'ServiceNamespace'],
    'AWS::ApplicationAutoScaling::ScalingPolicy': [
        'PolicyName',
        'ResourceId',
        'ScalableDimension',
        'ScalingTargetId',
        'ServiceNamespace',
    ],
    'AWS::EC2::SecurityGroup': ['GroupDescription', 'GroupName', 'VpcId'],
    'AWS::EC2::SecurityGroupIngress': [
        'CidrIp',
        'CidrIpv6',
        'FromPort',
        'GroupId',
        'GroupName',
        'IpProtocol',
        'SourcePrefixListId',
        'SourceSecurityGroupId',
        'SourceSecurityGroupName',
        'SourceSecurityGroupOwnerId',
        'ToPort',
    ],
    'AWS::ECS::Cluster': ['ClusterName'],
    'AWS::ECS::Service': ['Cluster', 'Role', 'SchedulingStrategy', 'ServiceName'],
    'AWS::ECS::TaskDefinition': [
        'ContainerDefinitions',
        'Cpu',
        'EnableFaultInjection',
        'EphemeralStorage',
        'ExecutionRoleArn',
        'Family',
        'InferenceAccelerators',
        'IpcMode',
        'Memory',
        'NetworkMode',
        'PidMode',
        'PlacementConstraints',
        'ProxyConfiguration',
        'RequiresCompatibilities',
        'RuntimePlatform',
        'TaskRoleArn',
        'Volumes',
    ],
    'AWS::EFS::AccessPoint': ['ClientToken', 'FileSystemId', 'PosixUser', 'RootDirectory'],
    'AWS::EFS::FileSystem': ['AvailabilityZoneName', 'Encrypted', 'KmsKeyId', 'PerformanceMode'],
    'AWS::EFS::MountTarget': ['FileSystemId', 'IpAddress', 'IpAddressType', 'Ipv6Address', 'SubnetId'],
    'AWS::ElasticLoadBalancingV2::Listener': ['LoadBalancerArn'],
    'AWS::ElasticLoadBalancingV2::ListenerRule': ['ListenerArn'],
    'AWS::ElasticLoadBalancingV2::LoadBalancer': ['Name', 'Scheme', 'Type'],
    'AWS::ElasticLoadBalancingV2::TargetGroup': [
        'IpAddressType',
        'Name',
        'Port',
        'Protocol',
        'ProtocolVersion',
        'TargetType',
        'VpcId',
    ],
    'AWS::IAM::Role': ['Path', 'RoleName'],
    'AWS::Logs::LogGroup': ['LogGroupName'],
    'AWS::ServiceDiscovery::HttpNamespace': ['Name'],
    'AWS::ServiceDiscovery::Instance': ['InstanceId', 'ServiceId'],
    'AWS::ServiceDiscovery::PrivateDnsNamespace': ['Name', 'Vpc'],
    'AWS::ServiceDiscovery::Service': ['HealthCheckCustomConfig', 'Name', 'NamespaceId', 'Type'],
};

// EXTERNAL MODULE: ./src/canonical-json.ts
var canonical_json = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/report/resource-diff.ts


/**
 * Changed top-level properties that replace the resource: its type's create-only properties in the
 * CloudFormation resource schemas (replacement-rules.ts, generated from cfn-lint's copy). The change
 * set's own Replacement flag wins where CloudFormation gives it; this names the cause, and speaks where
 * an endpoint leaves the details out.
 */
function replacementCauses(type, changed) {
    const rule = CREATE_ONLY[type];
    if (!rule)
        return [];
    return [...changed].filter((p) => rule.includes(p)).sort();
}
/** Every resource that differs, in logical-id order; unchanged resources are left out. */
function resourceDiffs(before, after) {
    const old = before?.Resources ?? {};
    const next = after.Resources;
    const ids = [...new Set([...Object.keys(old), ...Object.keys(next)])].sort();
    const diffs = [];
    for (const id of ids) {
        const a = old[id];
        const b = next[id];
        const changes = [];
        walk(a ? body(a) : undefined, b ? body(b) : undefined, '', changes);
        if (!changes.length)
            continue;
        const action = !a ? 'Add' : !b ? 'Remove' : 'Modify';
        const topLevel = new Set(changes.filter((c) => c.path.startsWith('Properties.')).map((c) => c.path.split(/[.[]/)[1]));
        diffs.push({
            logicalId: id,
            type: (b ?? a).Type,
            action,
            changes,
            replacedBy: action === 'Modify' ? replacementCauses((b ?? a).Type, topLevel) : [],
        });
    }
    return diffs;
}
/** The resource without its Type (which names it), so paths read Properties.X, DeletionPolicy. */
function body(resource) {
    const { Type: _type, ...rest } = resource;
    return rest;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** {Ref}, {Fn::GetAtt}, {Fn::Sub}...: a reference is one value, not a tree to walk into. */
function isIntrinsic(value) {
    if (!isObject(value))
        return false;
    const keys = Object.keys(value);
    return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}
/** Arrays of named items (containers, environment, tags) keyed by that name, so order is not a change. */
function itemKey(value) {
    if (!isObject(value))
        return undefined;
    for (const field of ['Name', 'Key', 'ContainerName', 'PolicyName', 'Sid']) {
        if (typeof value[field] === 'string')
            return value[field];
    }
    return undefined;
}
function keyedItems(list) {
    const map = new Map();
    for (const item of list) {
        const key = itemKey(item);
        if (key === undefined || map.has(key))
            return undefined;
        map.set(key, item);
    }
    return map;
}
function walk(a, b, path, out) {
    if (equal(a, b))
        return;
    const join = (key) => (path ? `${path}.${key}` : key);
    if (isObject(a) && isObject(b) && !isIntrinsic(a) && !isIntrinsic(b)) {
        for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort())
            walk(a[key], b[key], join(key), out);
        return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        const ka = keyedItems(a);
        const kb = keyedItems(b);
        if (ka && kb && (ka.size || kb.size)) {
            for (const key of [...new Set([...ka.keys(), ...kb.keys()])].sort())
                walk(ka.get(key), kb.get(key), `${path}[${key}]`, out);
            return;
        }
        if (a.length === b.length) {
            a.forEach((item, i) => walk(item, b[i], `${path}[${i}]`, out));
            return;
        }
        // Unnamed items of a list that grows or shrinks (rules, DependsOn): the ones gone, the ones new.
        const inA = new Set(a.map(canonical_json/* canonicalJson */.d));
        const inB = new Set(b.map(canonical_json/* canonicalJson */.d));
        for (const item of a)
            if (!inB.has((0,canonical_json/* canonicalJson */.d)(item)))
                out.push({ path: `${path}[]`, before: item });
        for (const item of b)
            if (!inA.has((0,canonical_json/* canonicalJson */.d)(item)))
                out.push({ path: `${path}[]`, after: item });
        return;
    }
    // A new or gone item of plain values (a variable, a tag, a port) is one line; a bigger object is
    // listed leaf by leaf, so a new resource reads like a changed one.
    if (path.endsWith(']') && (isFlat(a) || isFlat(b))) {
        out.push({ path, before: a, after: b });
        return;
    }
    // A whole new (or gone) object is listed leaf by leaf, so a new resource reads like a changed one.
    if (a === undefined && isObject(b) && !isIntrinsic(b))
        return walk({}, b, path, out);
    if (b === undefined && isObject(a) && !isIntrinsic(a))
        return walk(a, {}, path, out);
    out.push({ path, before: a, after: b });
}
function isFlat(value) {
    return isObject(value) && Object.values(value).every((v) => v === null || typeof v !== 'object');
}
function equal(a, b) {
    return (0,canonical_json/* canonicalJson */.d)(a) === (0,canonical_json/* canonicalJson */.d)(b);
}
/** A value as one short line: intrinsics as YAML-like short forms, long text shortened. */
function showValue(value, max = 80) {
    let text;
    if (value === undefined)
        text = '(none)';
    else if (isObject(value) && 'Ref' in value && typeof value.Ref === 'string')
        text = `!Ref ${value.Ref}`;
    else if (isObject(value) && Array.isArray(value['Fn::GetAtt']))
        text = `!GetAtt ${value['Fn::GetAtt'].join('.')}`;
    else if (isObject(value) && typeof value['Fn::Sub'] === 'string')
        text = `!Sub ${value['Fn::Sub']}`;
    else if (isObject(value) && Array.isArray(value['Fn::Sub']))
        text = `!Sub ${String(value['Fn::Sub'][0])}`;
    else if (typeof value === 'string')
        text = value;
    else
        text = JSON.stringify(value);
    text = text.replace(/\s*\n\s*/g, ' ');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ runnerValueDisplay),
/* harmony export */   v: () => (/* binding */ showAsVariables)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
// Values interpolated from the runner (its environment, the env-file input) are shown in the pull-request
// comment and job summary as `${NAME}`: the runner's log masks never apply to a comment, and no step can
// read the mask list, so a value passed to the step as `env: DB_HOST: ${{ secrets.DB_HOST }}` would
// otherwise appear in clear on a public page. The show-variables input names the ones that may be shown.

/** Shorter values would match by accident everywhere (as the secret guard's). */
const MIN_LENGTH = 4;
/** The replacements for a report: every runner variable not allowed by show-variables, longest value first. */
function runnerValueDisplay(variables, allowed) {
    const allow = new Set(allowed);
    return variables
        .filter((v) => !allow.has(v.name) && v.value.length >= MIN_LENGTH)
        .map((v) => ({ value: v.value, name: v.name }))
        .sort((a, b) => b.value.length - a.value.length || (a.name < b.name ? -1 : 1));
}
/**
 * Replaces each value (as written, and as the renderer escapes it) with `${NAME}`; the hidden marker lines at
 * the top stay as they are (they hold the stack name and hashes a deploy reads back).
 */
function showAsVariables(markdown, shown) {
    if (shown.length === 0)
        return markdown;
    const lines = markdown.split('\n');
    let hidden = 0;
    while (hidden < lines.length && lines[hidden].startsWith('<!-- compose-ecs '))
        hidden++;
    let body = lines.slice(hidden).join('\n');
    for (const { value, name } of shown)
        for (const form of new Set([value, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X)(value)]))
            body = body.split(form).join(`\${${name}}`);
    return [...lines.slice(0, hidden), body].join('\n');
}


/***/ }),

/***/ 1296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   H4: () => (/* binding */ secretLeaks),
/* harmony export */   VX: () => (/* binding */ secretValues),
/* harmony export */   n5: () => (/* binding */ readSecret),
/* harmony export */   rW: () => (/* binding */ unsetSecrets),
/* harmony export */   uU: () => (/* binding */ documentLeaks)
/* harmony export */ });
/* harmony import */ var _compose_read_bounded_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7458);
// Keeps secret values out of what compose-ecs writes. A `file:`/`environment:` secret's value may
// still be interpolated into a plain field (DATABASE_URL=postgres://app:${DB_PASSWORD}@db), which
// would put it in the template, the change set and the PR comment: that is refused, with where.

/** Shorter values would match by accident everywhere. */
const MIN_LENGTH = 4;
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
            if (value && value.length >= MIN_LENGTH)
                values.push({ secret: secret.name, value });
        }
    }
    return values;
}
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

export const id = 4873;
export const ids = [4873];
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

/***/ 5733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ composeChanges),
  B: () => (/* binding */ isSecretLikePath)
});

// EXTERNAL MODULE: ./src/template/gpu-summary.ts
var gpu_summary = __webpack_require__(8693);
// EXTERNAL MODULE: ./src/report/resource-diff.ts + 1 modules
var resource_diff = __webpack_require__(5068);
;// CONCATENATED MODULE: ./src/report/capacity-words.ts
// Where an ECS service's tasks run, in the words of x-aws-capacity: "Fargate Spot (weight 3) and on-demand
// Fargate (weight 1), with the first task on on-demand Fargate". Read from the service's
// CapacityProviderStrategy (ECS places the base tasks first, then splits the rest by weight).

const providerName = (p) => p === 'FARGATE'
    ? 'on-demand Fargate'
    : p === 'FARGATE_SPOT'
        ? 'Fargate Spot'
        : `capacity provider ${(0,resource_diff/* showValue */.vp)(p)}`;
/** Undefined for a launch type (no strategy): on-demand Fargate, as every service without x-aws-capacity. */
function capacityWords(properties) {
    const strategy = properties?.CapacityProviderStrategy;
    if (!Array.isArray(strategy))
        return undefined;
    const items = strategy.filter((i) => Number(i.Weight ?? 0) > 0 || Number(i.Base ?? 0) > 0);
    const weighted = items
        .filter((i) => Number(i.Weight ?? 0) > 0)
        .sort((a, b) => Number(b.Weight) - Number(a.Weight));
    const split = weighted.length === 1
        ? providerName(weighted[0].CapacityProvider)
        : weighted
            .map((i) => `${providerName(i.CapacityProvider)} (weight ${(0,resource_diff/* showValue */.vp)(i.Weight)})`)
            .join(' and ');
    const base = items.find((i) => Number(i.Base ?? 0) > 0);
    if (!base)
        return split;
    const n = Number(base.Base);
    return `${split}, with the first ${n === 1 ? 'task' : `${n} tasks`} on ${providerName(base.CapacityProvider)}`;
}

;// CONCATENATED MODULE: ./src/report/compose-changes.ts
// The change in the terms of the file the reviewer edited: per compose service (image, environment,
// ports, replicas, size, volumes, secrets, policies) and for the project (networks, load balancer,
// retained data), each with its consequence where there is one. Read back from the two templates'
// resources, so it describes what CloudFormation will be asked to do, not what the compose file meant.



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
    // Where GPU services run, in one sentence each ("trainer runs on 1 g4dn.xlarge instance, 1 GPU, scaled by ECS").
    const gpuWas = new Map((0,gpu_summary/* gpuSummaries */.ph)(before).map((g) => [g.service, (0,gpu_summary/* gpuSentence */.Ql)(g)]));
    const gpuNow = new Map((0,gpu_summary/* gpuSummaries */.ph)(after).map((g) => [g.service, (0,gpu_summary/* gpuSentence */.Ql)(g)]));
    for (const name of [...new Set([...old.keys(), ...next.keys()])].sort()) {
        const a = old.get(name);
        const b = next.get(name);
        if (!a || !b) {
            const view = (b ?? a);
            services.push({
                service: name,
                status: b ? 'added' : 'removed',
                notes: b
                    ? [...(gpuNow.has(name) ? [gpuNow.get(name)] : []), ...describeNew(view)]
                    : ['service removed: its tasks stop and its URLs go away'],
                image: b ? { to: view.image } : { from: view.image },
            });
            continue;
        }
        const notes = serviceNotes(a, b);
        if (gpuWas.get(name) !== gpuNow.get(name))
            notes.unshift(gpuNow.get(name) ?? `${name} moves from EC2 GPU instances to Fargate`);
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
        notes.push(`${(0,resource_diff/* showValue */.vp)(view.replicas)} ${view.replicas === 1 ? 'replica' : 'replicas'}`);
    if (view.cpu !== undefined || view.memory !== undefined)
        notes.push(`${(0,resource_diff/* showValue */.vp)(view.cpu)} CPU units, ${(0,resource_diff/* showValue */.vp)(view.memory)} MiB`);
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
    if (view.capacity)
        notes.push(`runs on ${view.capacity}`);
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
    if (!(0,resource_diff/* equal */.LC)(a.replicas, b.replicas))
        notes.push(`replicas ${(0,resource_diff/* showValue */.vp)(a.replicas)} → ${(0,resource_diff/* showValue */.vp)(b.replicas)}`);
    if (!(0,resource_diff/* equal */.LC)(a.cpu, b.cpu))
        notes.push(`CPU ${(0,resource_diff/* showValue */.vp)(a.cpu)} → ${(0,resource_diff/* showValue */.vp)(b.cpu)} units`);
    if (!(0,resource_diff/* equal */.LC)(a.memory, b.memory))
        notes.push(`memory ${(0,resource_diff/* showValue */.vp)(a.memory)} → ${(0,resource_diff/* showValue */.vp)(b.memory)} MiB`);
    // The strategy's nonce (ForceNewDeployment) changes with it: ECS replaces the running tasks.
    if (a.capacity !== b.capacity)
        notes.push(`runs on ${b.capacity ?? 'on-demand Fargate'} (was ${a.capacity ?? 'on-demand Fargate'})${b.capacity ? ': its tasks are replaced' : ''}`);
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
const quote = (value) => JSON.stringify((0,resource_diff/* showValue */.vp)(value, 40));
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
            // A weighted forward (an NLB listener a deployment strategy shifts) names both of its groups.
            const targets = [action, ...(action.ForwardConfig?.TargetGroups ?? [])];
            for (const group of targets.map((t) => refOf(t.TargetGroupArn))) {
                if (!group)
                    continue;
                const port = publishedPort(r);
                listenersByGroup.set(group, [...(listenersByGroup.get(group) ?? []), port]);
            }
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
            image: typeof main[0]?.Image === 'string' ? main[0].Image : (0,resource_diff/* showValue */.vp)(main[0]?.Image),
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
                    view.environment.set(e.Name, typeof e.Value === 'string' ? e.Value : (0,resource_diff/* showValue */.vp)(e.Value));
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
                const config = /:parameter\/compose-ecs\/.*?\/configs\/([^/]+)\/([0-9a-f]+)\//.exec((0,resource_diff/* showValue */.vp)(s.ValueFrom, 400));
                if (config)
                    view.configs.set(config[1], config[2]);
                else
                    view.secrets.add(secretName(s.ValueFrom));
            }
        const role = resources[refOf(props.TaskRoleArn) ?? ''];
        for (const arn of (role?.Properties?.ManagedPolicyArns ?? []))
            view.policies.add((0,resource_diff/* showValue */.vp)(arn, 200).replace(/^arn:[^:]*:iam::[^:]*:policy\//, ''));
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
        view.capacity = capacityWords(r.Properties);
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
    return `${(0,resource_diff/* showValue */.vp)(listener.Properties?.Port)}/${transport}`;
}
function nameOfTaskDefinition(resources, service) {
    const td = resources[refOf(service.Properties?.TaskDefinition) ?? ''];
    return td ? (tag(td, SERVICE_TAG) ?? '') : '';
}
/** A secret's ARN names it (…:secret:shop/api-key-AbCdEf); a parameter reference names its parameter. */
function secretName(valueFrom) {
    const text = (0,resource_diff/* showValue */.vp)(valueFrom, 300);
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
                    notes.push(`load balancer ${id} added (${(0,resource_diff/* showValue */.vp)(type)}): the stack gets a new DNS name`);
                continue;
            }
            const wasType = was.Properties?.Type ?? 'application';
            // Type and Scheme are "Update requires: Replacement" (see REPLACED_BY in resource-diff.ts).
            if (!(0,resource_diff/* equal */.LC)(wasType, type))
                notes.push(`load balancer ${id} turns from ${(0,resource_diff/* showValue */.vp)(wasType)} into ${(0,resource_diff/* showValue */.vp)(type)}${typeReason(before, after)}: it is **replaced**, its DNS name and every URL change`);
            if (!(0,resource_diff/* equal */.LC)(was.Properties?.Scheme, r.Properties?.Scheme))
                notes.push(`load balancer ${id} scheme ${(0,resource_diff/* showValue */.vp)(was.Properties?.Scheme ?? 'internet-facing')} → ${(0,resource_diff/* showValue */.vp)(r.Properties?.Scheme ?? 'internet-facing')}: it is **replaced**, its DNS name and every URL change`);
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
/** ELB: a listener that is not HTTP(S) needs a network load balancer (see src/template/load-balancer-type.ts). */
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
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   X1: () => (/* binding */ escapeText)
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
    'AWS::AutoScaling::AutoScalingGroup': ['AutoScalingGroupName', 'InstanceId'],
    'AWS::CertificateManager::Certificate': [
        'CertificateAuthorityArn',
        'DomainName',
        'DomainValidationOptions',
        'KeyAlgorithm',
        'SubjectAlternativeNames',
        'ValidationMethod',
    ],
    'AWS::EC2::LaunchTemplate': ['LaunchTemplateName'],
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
    'AWS::ECS::CapacityProvider': ['AutoScalingGroupProvider', 'ClusterName', 'Name'],
    'AWS::ECS::Cluster': ['ClusterName'],
    'AWS::ECS::ClusterCapacityProviderAssociations': ['Cluster'],
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
    'AWS::ElasticLoadBalancingV2::ListenerCertificate': ['ListenerArn'],
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
    'AWS::IAM::InstanceProfile': ['InstanceProfileName', 'Path'],
    'AWS::IAM::Role': ['Path', 'RoleName'],
    'AWS::Logs::LogGroup': ['LogGroupName'],
    'AWS::Route53::RecordSet': ['HostedZoneId', 'HostedZoneName', 'Name'],
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
        for (const form of new Set([value, (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(value)]))
            body = body.split(form).join(`\${${name}}`);
    return [...lines.slice(0, hidden), body].join('\n');
}


/***/ }),

/***/ 8693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ql: () => (/* binding */ gpuSentence),
/* harmony export */   b_: () => (/* binding */ tasksPerInstance),
/* harmony export */   ph: () => (/* binding */ gpuSummaries)
/* harmony export */ });
/* harmony import */ var _compose_gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6807);
// What a template's GPU capacity amounts to, read back from its resources (service → capacity provider →
// Auto Scaling group → launch template's instance type; the task definition's GPU ResourceRequirements):
// for the plan's sentence in compose words and the plan-time quota and network checks.

const refOf = (v) => typeof v === 'object' && v !== null && typeof v.Ref === 'string'
    ? v.Ref
    : undefined;
function serviceName(r, fallback) {
    const tags = (r.Properties?.Tags ?? []);
    const tag = tags.find((t) => t.Key === 'com.docker.compose.service')?.Value;
    return typeof tag === 'string' ? tag : fallback;
}
/** Tasks per instance: the GPUs it has over the GPUs a task takes, and one network interface per task. */
function tasksPerInstance(type, gpusPerTask) {
    return Math.max(1, Math.min(Math.floor(type.gpus / Math.max(1, gpusPerTask)), type.enis - 1));
}
function gpuSummaries(template) {
    const resources = template?.Resources ?? {};
    const out = [];
    for (const [id, r] of Object.entries(resources)) {
        if (r.Type !== 'AWS::ECS::Service')
            continue;
        const strategy = (r.Properties?.CapacityProviderStrategy ?? []);
        const provider = strategy
            .map((s) => resources[refOf(s.CapacityProvider) ?? ''])
            .find((p) => p?.Type === 'AWS::ECS::CapacityProvider');
        const asgId = refOf(provider?.Properties?.AutoScalingGroupProvider
            ?.AutoScalingGroupArn);
        const asg = resources[asgId ?? ''];
        const ltId = refOf(asg?.Properties?.LaunchTemplate?.LaunchTemplateId);
        const data = resources[ltId ?? '']?.Properties?.LaunchTemplateData;
        if (!asgId || typeof data?.InstanceType !== 'string')
            continue;
        const taskDefinition = resources[refOf(r.Properties?.TaskDefinition) ?? ''];
        const containers = (taskDefinition?.Properties?.ContainerDefinitions ?? []);
        const gpusPerTask = containers
            .flatMap((c) => c.ResourceRequirements ?? [])
            .filter((q) => q.Type === 'GPU')
            .reduce((n, q) => n + Number(q.Value), 0);
        const type = (0,_compose_gpu_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .gpuInstanceType */ .Sh)(data.InstanceType);
        const desired = r.Properties?.DesiredCount;
        const tasks = typeof desired === 'number' ? desired : undefined;
        out.push({
            service: serviceName(r, id),
            serviceId: id,
            instanceType: data.InstanceType,
            ...(type ? { type } : {}),
            gpusPerTask,
            ...(tasks !== undefined ? { tasks } : {}),
            ...(tasks !== undefined && type
                ? { instances: Math.ceil(tasks / tasksPerInstance(type, gpusPerTask)) }
                : {}),
            maxInstances: Number(asg?.Properties?.MaxSize ?? 0),
            autoScalingGroupId: asgId,
        });
    }
    return out.sort((a, b) => (a.service < b.service ? -1 : 1));
}
/** "trainer runs on 1 g4dn.xlarge instance, 1 GPU, scaled by ECS". */
function gpuSentence(s) {
    const gpus = `${s.gpusPerTask} GPU${s.gpusPerTask === 1 ? '' : 's'}${s.tasks !== undefined && s.tasks !== 1 ? ' per task' : ''}`;
    const on = s.instances !== undefined
        ? `${s.instances} ${s.instanceType} instance${s.instances === 1 ? '' : 's'}`
        : `${s.instanceType} instances (at most ${s.maxInstances})`;
    return `${s.service} runs on ${on}, ${gpus}, scaled by ECS`;
}


/***/ })

};

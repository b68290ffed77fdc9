export const id = 843;
export const ids = [843];
export const modules = {

/***/ 862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isSecretLikePath),
/* harmony export */   M: () => (/* binding */ composeChanges)
/* harmony export */ });
/* harmony import */ var _resource_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8246);

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

/***/ 8246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   I9: () => (/* binding */ isIntrinsic),
/* harmony export */   LC: () => (/* binding */ equal),
/* harmony export */   vp: () => (/* binding */ showValue),
/* harmony export */   ze: () => (/* binding */ resourceDiffs)
/* harmony export */ });
/**
 * Properties whose change replaces the resource, from each type's reference page in the AWS
 * CloudFormation User Guide ("Update requires: Replacement"), for the types compose-ecs writes, e.g.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-elasticloadbalancingv2-loadbalancer.html
 * (Name, Scheme, Type). The change set's own Replacement flag wins where CloudFormation gives it; this
 * names the cause, and speaks where an endpoint leaves the details out.
 */
const REPLACED_BY = {
    'AWS::ElasticLoadBalancingV2::LoadBalancer': ['Name', 'Scheme', 'Type'],
    'AWS::ElasticLoadBalancingV2::TargetGroup': [
        'Name',
        'Port',
        'Protocol',
        'ProtocolVersion',
        'TargetType',
        'VpcId',
    ],
    'AWS::EC2::SecurityGroup': ['GroupDescription', 'GroupName', 'VpcId'],
    'AWS::EC2::SecurityGroupIngress': [
        'CidrIp',
        'CidrIpv6',
        'FromPort',
        'GroupId',
        'IpProtocol',
        'SourceSecurityGroupId',
        'ToPort',
    ],
    // Every task-definition property but its tags makes a new revision (a new physical resource).
    'AWS::ECS::TaskDefinition': 'all-but-tags',
    'AWS::ECS::Service': ['ServiceName', 'LaunchType', 'Role'],
    'AWS::EFS::FileSystem': ['Encrypted', 'KmsKeyId', 'PerformanceMode', 'AvailabilityZoneName'],
    'AWS::EFS::AccessPoint': ['FileSystemId', 'PosixUser', 'RootDirectory'],
    'AWS::Logs::LogGroup': ['LogGroupName'],
    'AWS::IAM::Role': ['Path', 'RoleName'],
    'AWS::ServiceDiscovery::Service': ['Name', 'NamespaceId'],
};
function replacementCauses(type, changed) {
    const rule = REPLACED_BY[type];
    if (!rule)
        return [];
    const props = [...changed].filter((p) => p !== 'Tags');
    return (rule === 'all-but-tags' ? props : props.filter((p) => rule.includes(p))).sort();
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
        const inA = new Set(a.map(canonical));
        const inB = new Set(b.map(canonical));
        for (const item of a)
            if (!inB.has(canonical(item)))
                out.push({ path: `${path}[]`, before: item });
        for (const item of b)
            if (!inA.has(canonical(item)))
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
    return canonical(a) === canonical(b);
}
/** JSON with object keys sorted, so two templates that differ only in key order are equal. */
function canonical(value) {
    return (JSON.stringify(value, (_key, v) => isObject(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v) ?? 'undefined');
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

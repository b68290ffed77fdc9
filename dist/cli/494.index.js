export const id = 494;
export const ids = [494,458];
export const modules = {

/***/ 5148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ X),
/* harmony export */   Yq: () => (/* binding */ decodeAwsExtensions)
/* harmony export */ });
/* unused harmony exports PLACES, RETENTION_DAYS, PORT_PROTOCOLS, LB_SCHEMES, LB_TYPES */
const X = {
    // top level
    cluster: 'x-aws-cluster',
    vpc: 'x-aws-vpc',
    loadBalancer: 'x-aws-loadbalancer',
    cloudformation: 'x-aws-cloudformation',
    logsRetention: 'x-aws-logs_retention',
    // service
    role: 'x-aws-role',
    policies: 'x-aws-policies',
    pullCredentials: 'x-aws-pull_credentials',
    // service deploy:
    autoscaling: 'x-aws-autoscaling',
    // service deploy.update_config:
    minPercent: 'x-aws-min_percent',
    maxPercent: 'x-aws-max_percent',
    // a port (long form)
    protocol: 'x-aws-protocol',
    // a network (deprecated; prefer external: true with the group id as name)
    securityGroup: 'x-aws-securitygroup',
    // a secret
    keys: 'x-aws-keys',
    // compose-ecs additions
    /** a secret: Secrets Manager ARN (or SSM parameter ARN) to read it from */
    secretArn: 'x-aws-secret-arn',
    /** a port: ACM certificate ARN for an HTTPS (ALB) or TLS (NLB) listener */
    certificate: 'x-aws-acm_certificate',
    /** a port or a service: target-group health check (path, codes, interval, timeout, thresholds) */
    healthcheck: 'x-aws-healthcheck',
    /** a service: run as a container in the named service's task */
    sidecarOf: 'x-aws-sidecar_of',
    /** a service: turn on ECS Exec */
    enableExec: 'x-aws-enable_exec',
    /** top level, with x-aws-loadbalancer: the existing load balancer's security group id (task ingress source) */
    loadBalancerSecurityGroup: 'x-aws-loadbalancer_securitygroup',
    /** a port: { path, host, priority } — served through a rule on the listener its published port shares */
    route: 'x-aws-route',
    /** top level: internet-facing (default) or internal, for the load balancer this stack creates */
    loadBalancerScheme: 'x-aws-loadbalancer_scheme',
    /** top level: application or network, for the load balancer this stack creates (else chosen from the ports) */
    loadBalancerType: 'x-aws-loadbalancer_type',
    /** an external config: the SSM parameter (name or ARN) holding its content */
    parameter: 'x-aws-parameter',
};
/** Where each extension may appear; anything else x-aws-* there gets a warning (typos). */
const PLACES = {
    project: [
        X.cluster,
        X.vpc,
        X.loadBalancer,
        X.loadBalancerSecurityGroup,
        X.loadBalancerScheme,
        X.loadBalancerType,
        X.cloudformation,
        X.logsRetention,
    ],
    service: [X.role, X.policies, X.pullCredentials, X.healthcheck, X.sidecarOf, X.enableExec],
    deploy: [X.autoscaling],
    updateConfig: [X.minPercent, X.maxPercent],
    port: [X.protocol, X.certificate, X.healthcheck, X.route],
    network: [X.securityGroup],
    volume: [],
    secret: [X.keys, X.secretArn],
    config: [X.parameter],
    build: [],
    fileReference: [],
};
/** CloudWatch Logs' allowed retention periods (AWS::Logs::LogGroup RetentionInDays). */
const RETENTION_DAYS = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
const PORT_PROTOCOLS = ['http', 'https', 'tcp', 'tls', 'udp'];
const LB_SCHEMES = ['internet-facing', 'internal'];
const LB_TYPES = ['application', 'network'];
/** Decodes every extension of the project into its `aws` fields, reporting bad values and unknown keys. */
function decodeAwsExtensions(project, report) {
    const r = new Reader(report);
    r.unknown(project.extensions, PLACES.project, []);
    setAws(project, decodeProject(r, project.extensions));
    for (const [name, s] of Object.entries(project.services)) {
        const at = ['services', name];
        r.unknown(s.extensions, PLACES.service, at);
        setAws(s, decodeService(r, s.extensions, at));
        if (s.build)
            r.unknown(s.build.extensions, PLACES.build, [...at, 'build']);
        s.ports.forEach((port, i) => {
            const p = [...at, 'ports', i];
            r.unknown(port.extensions, PLACES.port, p);
            setAws(port, {
                protocol: r.oneOf(port.extensions, X.protocol, p, PORT_PROTOCOLS),
                certificate: r.string(port.extensions, X.certificate, p),
                healthcheck: decodeHealth(r, port.extensions, p),
                route: decodeRoute(r, port.extensions, p),
            });
        });
        s.secrets.forEach((ref, i) => r.unknown(ref.extensions, PLACES.fileReference, [...at, 'secrets', i]));
        s.configs.forEach((ref, i) => r.unknown(ref.extensions, PLACES.fileReference, [...at, 'configs', i]));
        if (s.deploy) {
            const d = [...at, 'deploy'];
            r.unknown(s.deploy.extensions, PLACES.deploy, d);
            setAws(s.deploy, { autoscaling: decodeAutoscaling(r, s.deploy.extensions, d) });
            const uc = s.deploy.updateConfig;
            if (uc) {
                const u = [...d, 'update_config'];
                r.unknown(uc.extensions, PLACES.updateConfig, u);
                setAws(uc, {
                    minPercent: r.number(uc.extensions, X.minPercent, u, { min: 0, max: 100 }),
                    maxPercent: r.number(uc.extensions, X.maxPercent, u, { min: 100, max: 200 }),
                });
            }
        }
    }
    for (const [name, n] of Object.entries(project.networks)) {
        const at = ['networks', name];
        r.unknown(n.extensions, PLACES.network, at);
        const securityGroup = r.string(n.extensions, X.securityGroup, at);
        if (securityGroup !== undefined)
            report.warn([...at, X.securityGroup], `${X.securityGroup} is deprecated: use external: true with the group id as name`);
        setAws(n, { securityGroup });
    }
    for (const [name, v] of Object.entries(project.volumes))
        r.unknown(v.extensions, PLACES.volume, ['volumes', name]);
    for (const [name, d] of Object.entries(project.secrets)) {
        const at = ['secrets', name];
        r.unknown(d.extensions, PLACES.secret, at);
        setAws(d, {
            keys: secretKeys(report, r.stringList(d.extensions, X.keys, at), [...at, X.keys]),
            secretArn: r.string(d.extensions, X.secretArn, at),
        });
    }
    for (const [name, d] of Object.entries(project.configs)) {
        const at = ['configs', name];
        r.unknown(d.extensions, PLACES.config, at);
        const parameter = r.string(d.extensions, X.parameter, at);
        if (parameter !== undefined && !d.external)
            report.error([...at, X.parameter], `${X.parameter} names where an external config is read: add external: true`);
        setAws(d, { parameter });
    }
}
function decodeProject(r, ext) {
    const logsRetention = r.number(ext, X.logsRetention, [], { min: 1, max: 3653 });
    if (logsRetention !== undefined && !RETENTION_DAYS.includes(logsRetention))
        r.report.error([X.logsRetention], `${X.logsRetention} must be one of ${RETENTION_DAYS.join(', ')} (days)`);
    const loadBalancerSecurityGroup = r.string(ext, X.loadBalancerSecurityGroup, []);
    const badGroup = loadBalancerSecurityGroup !== undefined && !/^sg-[0-9a-f]+$/.test(loadBalancerSecurityGroup);
    if (badGroup)
        r.report.error([X.loadBalancerSecurityGroup], `${X.loadBalancerSecurityGroup} must be a security group id (sg-…)`);
    return {
        cluster: r.string(ext, X.cluster, []),
        vpc: r.string(ext, X.vpc, []),
        loadBalancer: r.string(ext, X.loadBalancer, []),
        loadBalancerSecurityGroup: badGroup ? undefined : loadBalancerSecurityGroup,
        loadBalancerScheme: r.oneOf(ext, X.loadBalancerScheme, [], LB_SCHEMES),
        loadBalancerType: r.oneOf(ext, X.loadBalancerType, [], LB_TYPES),
        cloudformation: r.object(ext, X.cloudformation, []),
        logsRetention: RETENTION_DAYS.includes(logsRetention ?? -1) ? logsRetention : undefined,
    };
}
function decodeService(r, ext, at) {
    const policies = r.stringList(ext, X.policies, at)?.filter((arn) => {
        if (arn.startsWith('arn:'))
            return true;
        r.report.error([...at, X.policies], `${X.policies} takes managed policy ARNs, got ${arn}`);
        return false;
    });
    let role = r.object(ext, X.role, at);
    if (role && !Array.isArray(role.Statement) && typeof role.Statement !== 'object') {
        r.report.error([...at, X.role], `${X.role} must be an IAM policy document with a Statement`);
        role = undefined;
    }
    return {
        role,
        policies,
        pullCredentials: r.string(ext, X.pullCredentials, at),
        healthcheck: decodeHealth(r, ext, at),
        sidecarOf: r.string(ext, X.sidecarOf, at),
        enableExec: r.boolean(ext, X.enableExec, at),
    };
}
const HEALTH_FIELDS = [
    'interval',
    'timeout',
    'healthy_threshold',
    'unhealthy_threshold',
    'port',
    'path',
    'codes',
    'deregistration_delay',
];
function decodeHealth(r, ext, path) {
    const spec = r.object(ext, X.healthcheck, path);
    if (!spec)
        return undefined;
    const at = [...path, X.healthcheck];
    r.knownFields(spec, HEALTH_FIELDS, at, 'health-check');
    return compactAws({
        interval: r.number(spec, 'interval', at, { min: 5, max: 300 }),
        timeout: r.number(spec, 'timeout', at, { min: 2, max: 120 }),
        healthyThreshold: r.number(spec, 'healthy_threshold', at, { min: 2, max: 10 }),
        unhealthyThreshold: r.number(spec, 'unhealthy_threshold', at, { min: 2, max: 10 }),
        port: r.number(spec, 'port', at, { min: 1, max: 65535 }),
        path: r.string(spec, 'path', at),
        codes: r.string(spec, 'codes', at),
        // Elastic Load Balancing: deregistration_delay.timeout_seconds is 0–3600.
        deregistrationDelay: r.number(spec, 'deregistration_delay', at, { min: 0, max: 3600 }),
    });
}
function decodeRoute(r, ext, path) {
    const spec = r.object(ext, X.route, path);
    if (!spec)
        return undefined;
    const at = [...path, X.route];
    r.knownFields(spec, ['path', 'host', 'priority'], at, 'route');
    const paths = (r.stringList(spec, 'path', at) ?? []).map((p) => (p.startsWith('/') ? p : `/${p}`));
    const hosts = r.stringList(spec, 'host', at) ?? [];
    if (paths.length === 0 && hosts.length === 0) {
        r.report.error(at, `${X.route} needs a path or a host`);
        return undefined;
    }
    if (paths.length + hosts.length > 5)
        r.report.error(at, 'a listener rule takes at most 5 path and host values in all (Elastic Load Balancing quota)');
    return compactAws({ paths, hosts, priority: r.number(spec, 'priority', at, { min: 1, max: 50000 }) });
}
function decodeAutoscaling(r, ext, path) {
    const spec = r.object(ext, X.autoscaling, path);
    if (!spec)
        return undefined;
    const at = [...path, X.autoscaling];
    r.knownFields(spec, ['min', 'max', 'cpu', 'mem', 'requests'], at, 'autoscaling');
    const min = r.number(spec, 'min', at, { min: 0, max: 10000 });
    const max = r.number(spec, 'max', at, { min: 1, max: 10000 });
    const cpu = r.number(spec, 'cpu', at, { min: 1, max: 100, integer: false });
    const mem = r.number(spec, 'mem', at, { min: 1, max: 100, integer: false });
    const requests = r.number(spec, 'requests', at, { min: 1, max: 1_000_000 });
    if (max === undefined) {
        if (spec.max === undefined)
            r.report.error([...at, 'max'], 'autoscaling needs max');
        return undefined;
    }
    if (min !== undefined && min > max) {
        r.report.error(at, `autoscaling min ${min} is above max ${max}`);
        return undefined;
    }
    if (cpu === undefined && mem === undefined && requests === undefined) {
        if (spec.cpu === undefined && spec.mem === undefined && spec.requests === undefined)
            r.report.error(at, 'autoscaling needs a target: cpu, mem (percent) or requests (per target)');
        return undefined;
    }
    return compactAws({ min, max, cpu, mem, requests });
}
/**
 * JSON keys of a Secrets Manager secret, each one ECS reads as `<arn>:<key>::`. Docker's ECS integration
 * took `*` for "every key", split by its own secrets sidecar; ECS has no such form (`*` is read as a key
 * literally named `*` and the task fails to start), the keys cannot be known without reading the secret
 * at plan time (which the pipeline never does), and the init image is a plain busybox with no JSON
 * parser. So `*` is refused, and the keys are listed instead, which also gives each one its variable.
 */
function secretKeys(report, keys, path) {
    keys?.forEach((key, i) => {
        if (key === '*')
            report.error([...path, i], `${X.keys}: "*" (every key of the JSON secret) has no ECS equivalent; list the keys the service reads, e.g. ${X.keys}: [username, password]`);
        else if (key.includes(':'))
            report.error([...path, i], `${X.keys}: ${JSON.stringify(key)} contains ':', which ECS's valueFrom uses as a separator`);
    });
    return keys;
}
/** Sets the decoded fields, only when there are any: a model without extensions stays as it was. */
function setAws(target, value) {
    const fields = compactAws(value);
    if (Object.keys(fields).length > 0)
        target.aws = fields;
}
/** Drops undefined fields. */
function compactAws(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** Typed reads of extension values; each bad value is reported once at its own path. */
class Reader {
    report;
    constructor(report) {
        this.report = report;
    }
    unknown(ext, allowed, path) {
        for (const key of Object.keys(ext ?? {}).sort())
            if (key.startsWith('x-aws-') && !allowed.includes(key))
                this.report.warn([...path, key], `unknown extension ${key} here; it is ignored (known here: ${allowed.join(', ') || 'none'})`);
    }
    knownFields(spec, fields, at, what) {
        for (const key of Object.keys(spec).sort())
            if (!fields.includes(key))
                this.report.warn([...at, key], `unknown ${what} field ${key} is ignored (known: ${fields.join(', ')})`);
    }
    string(ext, key, path) {
        const v = ext?.[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'string' || v === '') {
            this.report.error([...path, key], `${key} must be a non-empty string`);
            return undefined;
        }
        return v;
    }
    oneOf(ext, key, path, values) {
        const v = this.string(ext, key, path)?.toLowerCase();
        if (v === undefined || values.includes(v))
            return v;
        this.report.error([...path, key], `${key} must be one of ${values.join(', ')}`);
        return undefined;
    }
    number(ext, key, path, range) {
        let v = ext?.[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
            v = Number(v); // YAML may quote numbers
        if (typeof v !== 'number' ||
            !Number.isFinite(v) ||
            v < range.min ||
            v > range.max ||
            (range.integer !== false && !Number.isInteger(v))) {
            this.report.error([...path, key], `${key} must be ${range.integer === false ? 'a number' : 'an integer'} from ${range.min} to ${range.max}`);
            return undefined;
        }
        return v;
    }
    boolean(ext, key, path) {
        const v = ext?.[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'boolean') {
            this.report.error([...path, key], `${key} must be true or false`);
            return undefined;
        }
        return v;
    }
    stringList(ext, key, path) {
        const v = ext?.[key];
        if (v === undefined || v === null)
            return undefined;
        const list = typeof v === 'string' ? [v] : v;
        if (!Array.isArray(list) || !list.every((s) => typeof s === 'string' && s !== '')) {
            this.report.error([...path, key], `${key} must be a string or a list of strings`);
            return undefined;
        }
        return list;
    }
    object(ext, key, path) {
        const v = ext?.[key];
        if (v === undefined || v === null)
            return undefined;
        if (typeof v !== 'object' || Array.isArray(v)) {
            this.report.error([...path, key], `${key} must be a mapping`);
            return undefined;
        }
        return v;
    }
}


/***/ }),

/***/ 8090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ checkReferencedFiles),
/* harmony export */   u: () => (/* binding */ isRemoteContext)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The files a project names must exist before anything is built: a missing build context or secret
// file is bad input, reported with the rest of the load errors, not a failed build half-way through.


/** Build contexts that are not local directories (Git and HTTP URLs). */
function isRemoteContext(context) {
    return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(context);
}
async function kind(path) {
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
    return found?.isDirectory() ? 'directory' : found ? 'file' : undefined;
}
async function checkReferencedFiles(project, sourceMap, diags) {
    const problem = (message, path) => diags.error(message, path, sourceMap.locate(path));
    for (const service of Object.values(project.services)) {
        const build = service.build;
        if (!build || isRemoteContext(build.context))
            continue;
        const contextKind = await kind(build.context);
        if (contextKind !== 'directory') {
            problem(`build context ${build.context} ${contextKind ? 'is not a directory' : 'does not exist'}`, [
                'services',
                service.name,
                'build',
                'context',
            ]);
            continue;
        }
        // An inline Dockerfile is the build's Dockerfile: no file is read.
        if (build.dockerfileInline !== undefined)
            continue;
        const dockerfile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(build.dockerfile)
            ? build.dockerfile
            : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(build.context, build.dockerfile);
        if ((await kind(dockerfile)) !== 'file') {
            problem(`Dockerfile ${dockerfile} does not exist`, ['services', service.name, 'build', 'dockerfile']);
        }
    }
    const used = new Set(Object.values(project.services).flatMap((s) => [
        ...s.secrets.map((r) => r.source),
        ...(s.build?.secrets ?? []).map((r) => r.source),
    ]));
    for (const secret of Object.values(project.secrets)) {
        if (!secret.file || !used.has(secret.name))
            continue;
        if ((await kind(secret.file)) !== 'file') {
            problem(`secret file ${secret.file} does not exist: in CI, write it from a GitHub secret before this step, or use environment: VAR`, ['secrets', secret.name, 'file']);
        }
    }
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

export const id = 6513;
export const ids = [6513];
export const modules = {

/***/ 9263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* reexport */ names.X),
  Yq: () => (/* reexport */ decodeAwsExtensions)
});

// UNUSED EXPORTS: LB_SCHEMES, LB_TYPES, PLACES, PORT_PROTOCOLS, RETENTION_DAYS

// EXTERNAL MODULE: ./src/compose/extensions/names.ts
var names = __webpack_require__(3647);
// EXTERNAL MODULE: ./src/compose/extensions/reader.ts
var reader = __webpack_require__(2844);
;// CONCATENATED MODULE: ./src/compose/extensions/autoscaling.ts


function decodeAutoscaling(r, ext, path) {
    const spec = r.object(ext, names.X.autoscaling, path);
    if (!spec)
        return undefined;
    const at = [...path, names.X.autoscaling];
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
    return (0,reader/* compactAws */.x5)({ min, max, cpu, mem, requests });
}
/**
 * JSON keys of a Secrets Manager secret, each one ECS reads as `<arn>:<key>::`. Docker's ECS integration
 * took `*` for "every key", split by its own secrets sidecar; ECS has no such form (`*` is read as a key
 * literally named `*` and the task fails to start), the keys cannot be known without reading the secret
 * at plan time (which the pipeline never does), and the init image is a plain busybox with no JSON
 * parser. So `*` is refused, and the keys are listed instead, which also gives each one its variable.
 */

// EXTERNAL MODULE: ./src/compose/extensions/deployment.ts
var deployment = __webpack_require__(1432);
// EXTERNAL MODULE: ./src/compose/extensions/domain.ts
var domain = __webpack_require__(231);
// EXTERNAL MODULE: ./src/compose/gpu-instances.ts
var gpu_instances = __webpack_require__(6807);
;// CONCATENATED MODULE: ./src/compose/extensions/instance-type.ts
// x-aws-instance_type on a service: the EC2 instance type its GPU tasks run on, instead of the cheapest
// listed type that fits. Only the listed GPU types (src/compose/gpu-instances.ts) are accepted, so the loader
// can check that the type fits the service's GPUs, CPU and memory (src/compose/gpu-rules.ts).


function decodeInstanceType(r, ext, at) {
    const name = r.string(ext, names.X.instanceType, at);
    if (name === undefined)
        return undefined;
    if ((0,gpu_instances/* gpuInstanceType */.Sh)(name))
        return name;
    r.report.error([...at, names.X.instanceType], `${names.X.instanceType} ${name} is not one of the GPU instance types this tool knows (${gpu_instances/* GPU_INSTANCE_TYPES */.Pi.map((x) => x.name).join(', ')})`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/compose/extensions/capacity.ts

const FIELDS = ['spot', 'on_demand', 'base'];
function decodeCapacity(r, ext, path) {
    const value = ext[names.X.capacity];
    if (value === undefined || value === null)
        return undefined;
    const at = [...path, names.X.capacity];
    if (typeof value === 'string') {
        if (value === 'spot')
            return { spot: 1, onDemand: 0, base: 0 };
        if (value === 'on_demand')
            return { spot: 0, onDemand: 1, base: 0 };
        r.report.error(at, `${names.X.capacity} must be spot, on_demand or a mapping { spot, on_demand, base }`);
        return undefined;
    }
    const spec = r.object(ext, names.X.capacity, path);
    if (!spec)
        return undefined;
    r.knownFields(spec, FIELDS, at, 'capacity');
    const spot = r.number(spec, 'spot', at, { min: 0, max: 1000 });
    const onDemand = r.number(spec, 'on_demand', at, { min: 0, max: 1000 });
    const base = r.number(spec, 'base', at, { min: 0, max: 100000 });
    const read = { spot, on_demand: onDemand, base };
    // A field given but refused has been reported at its own path.
    if (FIELDS.some((f) => spec[f] !== undefined && spec[f] !== null && read[f] === undefined))
        return undefined;
    const capacity = { spot: spot ?? 0, onDemand: onDemand ?? 0, base: base ?? 0 };
    if (capacity.spot === 0 && capacity.onDemand === 0) {
        r.report.error(at, `${names.X.capacity} needs a weight above 0 for spot or on_demand: ECS places no task on a provider of weight 0`);
        return undefined;
    }
    if (capacity.base > 0 && capacity.onDemand === 0) {
        r.report.error([...at, 'base'], `base ${capacity.base} puts tasks on on-demand Fargate, whose weight is 0: ECS places no task on a provider of weight 0; give on_demand a weight (e.g. on_demand: 1)`);
        return undefined;
    }
    return capacity;
}

;// CONCATENATED MODULE: ./src/compose/extensions/route.ts


function decodeRoute(r, ext, path) {
    const spec = r.object(ext, names.X.route, path);
    if (!spec)
        return undefined;
    const at = [...path, names.X.route];
    r.knownFields(spec, ['path', 'host', 'priority'], at, 'route');
    const paths = (r.stringList(spec, 'path', at) ?? []).map((p) => (p.startsWith('/') ? p : `/${p}`));
    const hosts = r.stringList(spec, 'host', at) ?? [];
    if (paths.length === 0 && hosts.length === 0) {
        r.report.error(at, `${names.X.route} needs a path or a host`);
        return undefined;
    }
    if (paths.length + hosts.length > 5)
        r.report.error(at, 'a listener rule takes at most 5 path and host values in all (Elastic Load Balancing quota)');
    return (0,reader/* compactAws */.x5)({ paths, hosts, priority: r.number(spec, 'priority', at, { min: 1, max: 50000 }) });
}

;// CONCATENATED MODULE: ./src/compose/extensions/secret-keys.ts

function secretKeys(report, keys, path) {
    keys?.forEach((key, i) => {
        if (key === '*')
            report.error([...path, i], `${names.X.keys}: "*" (every key of the JSON secret) has no ECS equivalent; list the keys the service reads, e.g. ${names.X.keys}: [username, password]`);
        else if (key.includes(':'))
            report.error([...path, i], `${names.X.keys}: ${JSON.stringify(key)} contains ':', which ECS's valueFrom uses as a separator`);
    });
    return keys;
}

;// CONCATENATED MODULE: ./src/compose/extensions/target-health.ts


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
    const spec = r.object(ext, names.X.healthcheck, path);
    if (!spec)
        return undefined;
    const at = [...path, names.X.healthcheck];
    r.knownFields(spec, HEALTH_FIELDS, at, 'health-check');
    return (0,reader/* compactAws */.x5)({
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

;// CONCATENATED MODULE: ./src/compose/extensions/decode.ts










/** Decodes every extension of the project into its `aws` fields, reporting bad values and unknown keys. */
function decodeAwsExtensions(project, report) {
    const r = new reader/* Reader */.mP(report);
    r.unknown(project.extensions, names/* PLACES */.ls.project, []);
    (0,reader/* setAws */.Y1)(project, decodeProject(r, project.extensions));
    for (const [name, s] of Object.entries(project.services)) {
        const at = ['services', name];
        r.unknown(s.extensions, names/* PLACES */.ls.service, at);
        (0,reader/* setAws */.Y1)(s, decodeService(r, s.extensions, at));
        if (s.build)
            r.unknown(s.build.extensions, names/* PLACES */.ls.build, [...at, 'build']);
        s.ports.forEach((port, i) => {
            const p = [...at, 'ports', i];
            r.unknown(port.extensions, names/* PLACES */.ls.port, p);
            (0,reader/* setAws */.Y1)(port, {
                protocol: r.oneOf(port.extensions, names.X.protocol, p, names/* PORT_PROTOCOLS */.oL),
                certificate: r.string(port.extensions, names.X.certificate, p),
                healthcheck: decodeHealth(r, port.extensions, p),
                route: decodeRoute(r, port.extensions, p),
            });
        });
        s.secrets.forEach((ref, i) => r.unknown(ref.extensions, names/* PLACES */.ls.fileReference, [...at, 'secrets', i]));
        s.configs.forEach((ref, i) => r.unknown(ref.extensions, names/* PLACES */.ls.fileReference, [...at, 'configs', i]));
        if (s.deploy) {
            const d = [...at, 'deploy'];
            r.unknown(s.deploy.extensions, names/* PLACES */.ls.deploy, d);
            (0,reader/* setAws */.Y1)(s.deploy, { autoscaling: decodeAutoscaling(r, s.deploy.extensions, d) });
            const uc = s.deploy.updateConfig;
            if (uc) {
                const u = [...d, 'update_config'];
                r.unknown(uc.extensions, names/* PLACES */.ls.updateConfig, u);
                (0,reader/* setAws */.Y1)(uc, {
                    minPercent: r.number(uc.extensions, names.X.minPercent, u, { min: 0, max: 100 }),
                    maxPercent: r.number(uc.extensions, names.X.maxPercent, u, { min: 100, max: 200 }),
                });
            }
        }
    }
    for (const [name, n] of Object.entries(project.networks)) {
        const at = ['networks', name];
        r.unknown(n.extensions, names/* PLACES */.ls.network, at);
        const securityGroup = r.string(n.extensions, names.X.securityGroup, at);
        if (securityGroup !== undefined)
            report.warn([...at, names.X.securityGroup], `${names.X.securityGroup} is deprecated: use external: true with the group id as name`);
        (0,reader/* setAws */.Y1)(n, { securityGroup });
    }
    for (const [name, v] of Object.entries(project.volumes))
        r.unknown(v.extensions, names/* PLACES */.ls.volume, ['volumes', name]);
    for (const [name, d] of Object.entries(project.secrets)) {
        const at = ['secrets', name];
        r.unknown(d.extensions, names/* PLACES */.ls.secret, at);
        (0,reader/* setAws */.Y1)(d, {
            keys: secretKeys(report, r.stringList(d.extensions, names.X.keys, at), [...at, names.X.keys]),
            secretArn: r.string(d.extensions, names.X.secretArn, at),
        });
    }
    for (const [name, d] of Object.entries(project.configs)) {
        const at = ['configs', name];
        r.unknown(d.extensions, names/* PLACES */.ls.config, at);
        const parameter = r.string(d.extensions, names.X.parameter, at);
        if (parameter !== undefined && !d.external)
            report.error([...at, names.X.parameter], `${names.X.parameter} names where an external config is read: add external: true`);
        (0,reader/* setAws */.Y1)(d, { parameter });
    }
}
function decodeProject(r, ext) {
    const logsRetention = r.number(ext, names.X.logsRetention, [], { min: 1, max: 3653 });
    if (logsRetention !== undefined && !names/* RETENTION_DAYS */.zh.includes(logsRetention))
        r.report.error([names.X.logsRetention], `${names.X.logsRetention} must be one of ${names/* RETENTION_DAYS */.zh.join(', ')} (days)`);
    const loadBalancerSecurityGroup = r.string(ext, names.X.loadBalancerSecurityGroup, []);
    const badGroup = loadBalancerSecurityGroup !== undefined && !/^sg-[0-9a-f]+$/.test(loadBalancerSecurityGroup);
    if (badGroup)
        r.report.error([names.X.loadBalancerSecurityGroup], `${names.X.loadBalancerSecurityGroup} must be a security group id (sg-…)`);
    return {
        cluster: r.string(ext, names.X.cluster, []),
        vpc: r.string(ext, names.X.vpc, []),
        loadBalancer: r.string(ext, names.X.loadBalancer, []),
        loadBalancerSecurityGroup: badGroup ? undefined : loadBalancerSecurityGroup,
        loadBalancerScheme: r.oneOf(ext, names.X.loadBalancerScheme, [], names/* LB_SCHEMES */.wR),
        loadBalancerType: r.oneOf(ext, names.X.loadBalancerType, [], names/* LB_TYPES */.L$),
        cloudformation: r.object(ext, names.X.cloudformation, []),
        logsRetention: names/* RETENTION_DAYS */.zh.includes(logsRetention ?? -1) ? logsRetention : undefined,
    };
}
function decodeService(r, ext, at) {
    const policies = r.stringList(ext, names.X.policies, at)?.filter((arn) => {
        if (arn.startsWith('arn:'))
            return true;
        r.report.error([...at, names.X.policies], `${names.X.policies} takes managed policy ARNs, got ${arn}`);
        return false;
    });
    let role = r.object(ext, names.X.role, at);
    if (role && !Array.isArray(role.Statement) && typeof role.Statement !== 'object') {
        r.report.error([...at, names.X.role], `${names.X.role} must be an IAM policy document with a Statement`);
        role = undefined;
    }
    return {
        role,
        policies,
        pullCredentials: r.string(ext, names.X.pullCredentials, at),
        healthcheck: decodeHealth(r, ext, at),
        sidecarOf: r.string(ext, names.X.sidecarOf, at),
        enableExec: r.boolean(ext, names.X.enableExec, at),
        deployment: (0,deployment/* decodeDeployment */.ox)(r, ext, at),
        domain: (0,domain/* decodeDomain */.Tc)(r, ext, at),
        instanceType: decodeInstanceType(r, ext, at),
        capacity: decodeCapacity(r, ext, at),
    };
}

;// CONCATENATED MODULE: ./src/compose/aws-extensions.ts
// The x-aws-* extensions: names, typed fields and the decoder, each in src/compose/extensions/.





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

/***/ 1432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ ECS_DEFAULTS),
/* harmony export */   TU: () => (/* binding */ CLOUDFORMATION_CEILING_MINUTES),
/* harmony export */   o_: () => (/* binding */ totalMinutes),
/* harmony export */   ox: () => (/* binding */ decodeDeployment),
/* harmony export */   xX: () => (/* binding */ MAX_MINUTES)
/* harmony export */ });
/* unused harmony exports STRATEGIES, linearSteps */
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2611);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3647);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2844);
// x-aws-deployment (a service): ECS's own deployment strategy — rolling, blue/green, canary or linear —
// with its timings, the CloudWatch alarms that roll it back and an optional test listener port.
// Limits are AWS's (docs/mapping.md cites each): CanaryConfiguration.CanaryPercent multiples of 0.1 from
// 0.1 to 100, LinearConfiguration.StepPercent multiples of 0.1 from 3 to 100, CanaryBakeTimeInMinutes,
// StepBakeTimeInMinutes and BakeTimeInMinutes 0–1440, and CloudFormation's 33-hour ceiling on the
// computed deployment time. What needs the rest of the project (load balancer type, volumes, replicas)
// is checked by the converter (src/template/deployment-strategy.ts).



const STRATEGIES = ['rolling', 'blue-green', 'canary', 'linear'];
const FIELDS = ['strategy', 'percent', 'interval', 'bake', 'alarms', 'test_port'];
/** ECS: each of the bake times is 0 to 1440 minutes (24 hours). */
const MAX_MINUTES = 1440;
/** CloudFormation refuses a canary or linear deployment whose computed time exceeds 33 hours. */
const CLOUDFORMATION_CEILING_MINUTES = 33 * 60;
/** CloudWatch: an alarm name is 1 to 255 characters. */
const ALARM_NAME = /^[^\s].{0,254}$/su;
const ALARM_ARN = /^arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:(.+)$/su;
function decodeDeployment(r, ext, path) {
    const spec = r.object(ext, _names_js__WEBPACK_IMPORTED_MODULE_1__.X.deployment, path);
    if (!spec)
        return undefined;
    const at = [...path, _names_js__WEBPACK_IMPORTED_MODULE_1__.X.deployment];
    r.knownFields(spec, FIELDS, at, 'deployment');
    const strategy = (r.oneOf(spec, 'strategy', at, STRATEGIES) ??
        (spec.strategy === undefined ? 'rolling' : undefined));
    if (strategy === undefined)
        return undefined;
    const shifting = strategy === 'canary' || strategy === 'linear';
    const percent = shifting ? decodePercent(r, spec, at, strategy) : undefined;
    const intervalMinutes = shifting ? minutes(r, spec, 'interval', at) : undefined;
    const bakeMinutes = strategy === 'rolling' ? undefined : minutes(r, spec, 'bake', at);
    const alarms = decodeAlarms(r, spec, at);
    const testPort = strategy === 'rolling' ? undefined : r.number(spec, 'test_port', at, { min: 1, max: 65535 });
    // Fields that mean nothing for the strategy are refused rather than silently dropped: a reader of the
    // file would believe the service shifts traffic in steps.
    const meaningless = [
        ...(shifting ? [] : ['percent', 'interval']),
        ...(strategy === 'rolling' ? ['bake', 'test_port'] : []),
    ].filter((f) => spec[f] !== undefined);
    for (const f of meaningless)
        r.report.error([...at, f], `${f} applies only to ${f === 'percent' || f === 'interval' ? 'canary and linear' : 'blue-green, canary and linear'} deployments, not ${strategy}`);
    const decoded = (0,_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .compactAws */ .x5)({ strategy, percent, intervalMinutes, bakeMinutes, alarms, testPort });
    if (shifting && !withinCloudFormationCeiling(decoded))
        r.report.error(at, `CloudFormation refuses a ${strategy} deployment whose bake and ${strategy === 'canary' ? 'canary' : 'step'} times exceed 33 hours in all (${totalMinutes(decoded)} minutes here): shorten interval or bake`);
    return decoded;
}
function decodePercent(r, spec, at, strategy) {
    const min = strategy === 'canary' ? 0.1 : 3;
    const v = r.number(spec, 'percent', at, { min, max: 100, integer: false });
    if (v === undefined)
        return undefined;
    // ECS takes multiples of 0.1: 12.34 would be refused by the API after the images were built.
    if (Math.abs(Math.round(v * 10) - v * 10) > 1e-9) {
        r.report.error([...at, 'percent'], `percent must be a multiple of 0.1 (ECS refuses ${v})`);
        return undefined;
    }
    return Math.round(v * 10) / 10;
}
/**
 * A compose duration (`3m`, `1h`, `90s`, `0`) in whole minutes, the unit ECS takes. A duration that is not
 * a whole number of minutes is refused, not rounded: `90s` rounded either way is not what the file says.
 */
function minutes(r, spec, key, at) {
    const v = spec[key];
    if (v === undefined || v === null)
        return undefined;
    const seconds = typeof v === 'string' ? (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(v) : v === 0 ? 0 : undefined;
    if (seconds === undefined) {
        r.report.error([...at, key], `${key} must be a duration with its unit, such as 3m, 1h or 0 (got ${String(v)})`);
        return undefined;
    }
    if (seconds % 60 !== 0) {
        r.report.error([...at, key], `${key} ${String(v)} is not a whole number of minutes: ECS takes minutes (write ${Math.floor(seconds / 60)}m or ${Math.ceil(seconds / 60)}m)`);
        return undefined;
    }
    const m = seconds / 60;
    if (m > MAX_MINUTES) {
        r.report.error([...at, key], `${key} ${String(v)} is ${m} minutes; ECS allows 0 to ${MAX_MINUTES} (24h)`);
        return undefined;
    }
    return m;
}
/** Alarm names; an alarm ARN is reduced to its name (ECS's DeploymentAlarms takes names). */
function decodeAlarms(r, spec, at) {
    const list = r.stringList(spec, 'alarms', at);
    if (list === undefined)
        return undefined;
    const names = [];
    for (const entry of list) {
        const arn = ALARM_ARN.exec(entry);
        const name = arn ? arn[1] : entry;
        if (entry.startsWith('arn:') && !arn) {
            r.report.error([...at, 'alarms'], `${entry} is not a CloudWatch alarm ARN (arn:aws:cloudwatch:<region>:<account>:alarm:<name>)`);
            continue;
        }
        if (!ALARM_NAME.test(name)) {
            r.report.error([...at, 'alarms'], `alarm name ${JSON.stringify(name)} must be 1 to 255 characters`);
            continue;
        }
        if (!names.includes(name))
            names.push(name);
    }
    if (names.length === 0 && list.length === 0) {
        r.report.error([...at, 'alarms'], 'alarms is empty: name at least one alarm, or leave alarms out');
        return undefined;
    }
    return names.length > 0 ? names : undefined;
}
/** ECS's defaults for what the file leaves out (CanaryConfiguration, LinearConfiguration API reference). */
const ECS_DEFAULTS = { canaryPercent: 5, canaryMinutes: 10, linearPercent: 10, linearMinutes: 6 };
/** Linear steps before 100 %, as CloudFormation counts them for its 33-hour check. */
function linearSteps(stepPercent) {
    const whole = Math.round(stepPercent * 10);
    return 1000 % whole === 0 ? 1000 / whole - 1 : Math.floor(1000 / whole);
}
/**
 * CloudFormation's computed deployment time: BakeTimeInMinutes + CanaryBakeTimeInMinutes (canary), or
 * BakeTimeInMinutes + StepBakeTimeInMinutes × steps (linear). The bake the template defaults is counted.
 */
function totalMinutes(d, defaultBake = 0) {
    const bake = d.bakeMinutes ?? defaultBake;
    if (d.strategy === 'canary')
        return bake + (d.intervalMinutes ?? ECS_DEFAULTS.canaryMinutes);
    if (d.strategy === 'linear')
        return (bake +
            (d.intervalMinutes ?? ECS_DEFAULTS.linearMinutes) * linearSteps(d.percent ?? ECS_DEFAULTS.linearPercent));
    return bake;
}
function withinCloudFormationCeiling(d) {
    return totalMinutes(d) <= CLOUDFORMATION_CEILING_MINUTES;
}


/***/ }),

/***/ 231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tc: () => (/* binding */ decodeDomain),
/* harmony export */   _L: () => (/* binding */ MAX_FIRST_NAME)
/* harmony export */ });
/* unused harmony export MAX_DOMAIN_NAMES */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3647);

/** A listener rule takes at most 5 condition values (Elastic Load Balancing quota); a host-header rule names them all. */
const MAX_DOMAIN_NAMES = 5;
/** ACM: the certificate's first name (its DomainName) is at most 64 octets; the others up to 253. */
const MAX_FIRST_NAME = 64;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const ZONE_ID = /^Z[A-Z0-9]{1,31}$/;
function decodeDomain(r, ext, at) {
    const given = r.stringList(ext, _names_js__WEBPACK_IMPORTED_MODULE_0__.X.domain, at);
    const zone = r.string(ext, _names_js__WEBPACK_IMPORTED_MODULE_0__.X.hostedZone, at);
    if (given === undefined) {
        if (zone !== undefined)
            r.report.error([...at, _names_js__WEBPACK_IMPORTED_MODULE_0__.X.hostedZone], `${_names_js__WEBPACK_IMPORTED_MODULE_0__.X.hostedZone} names the zone of ${_names_js__WEBPACK_IMPORTED_MODULE_0__.X.domain}, which is not set`);
        return undefined;
    }
    const path = [...at, _names_js__WEBPACK_IMPORTED_MODULE_0__.X.domain];
    const names = [...new Set(given.map(normalize))];
    const bad = names.map((n) => [n, nameProblem(n)]).filter(([, problem]) => problem);
    for (const [name, problem] of bad)
        r.report.error(path, `${_names_js__WEBPACK_IMPORTED_MODULE_0__.X.domain} ${JSON.stringify(name)}: ${problem}`);
    if (bad.length > 0)
        return undefined;
    if (names.length > MAX_DOMAIN_NAMES) {
        r.report.error(path, `${_names_js__WEBPACK_IMPORTED_MODULE_0__.X.domain} takes at most ${MAX_DOMAIN_NAMES} names per service (a listener rule matches at most 5 host names)`);
        return undefined;
    }
    if (!names.some((n) => n.length <= MAX_FIRST_NAME)) {
        r.report.error(path, `${_names_js__WEBPACK_IMPORTED_MODULE_0__.X.domain}: one name must be at most ${MAX_FIRST_NAME} characters (ACM's limit for a certificate's first name)`);
        return undefined;
    }
    const hostedZone = zone === undefined ? undefined : decodeZone(r, zone, names, [...at, _names_js__WEBPACK_IMPORTED_MODULE_0__.X.hostedZone]);
    if (zone !== undefined && hostedZone === undefined)
        return undefined;
    return hostedZone ? { names, hostedZone } : { names };
}
/** DNS is case-insensitive and a trailing dot names the root: compare and store names without either. */
function normalize(name) {
    return name.trim().toLowerCase().replace(/\.$/, '');
}
/** Why a name cannot be a certificate's, a host-header rule's and an alias record's name; undefined if it can. */
function nameProblem(name) {
    if (name.startsWith('*.'))
        return 'wildcard names are not supported here: list each host name (at most 5 per service)';
    if (name.length > 253)
        return 'a domain name is at most 253 characters';
    const labels = name.split('.');
    if (labels.length < 2)
        return 'a host name needs a domain, e.g. shop.example.com';
    const badLabel = labels.find((l) => !LABEL.test(l));
    if (badLabel !== undefined)
        return `label ${JSON.stringify(badLabel)} is not 1-63 letters, digits or hyphens (not first or last)${badLabel.endsWith('-') || badLabel.startsWith('-') ? '; is a variable in it unset?' : ''}`;
    if (/^[0-9]+$/.test(labels[labels.length - 1]))
        return 'an IP address is not a domain name';
    return undefined;
}
function decodeZone(r, zone, names, path) {
    const id = zone.replace(/^\/hostedzone\//, '');
    if (ZONE_ID.test(id))
        return id;
    const name = normalize(zone);
    const problem = nameProblem(name);
    if (problem) {
        r.report.error(path, `${_names_js__WEBPACK_IMPORTED_MODULE_0__.X.hostedZone} must be a hosted zone name or id (Z…): ${problem}`);
        return undefined;
    }
    const outside = names.filter((n) => n !== name && !n.endsWith(`.${name}`));
    if (outside.length > 0) {
        r.report.error(path, `${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} not in zone ${name}`);
        return undefined;
    }
    return name;
}


/***/ }),

/***/ 3647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L$: () => (/* binding */ LB_TYPES),
/* harmony export */   X: () => (/* binding */ X),
/* harmony export */   ls: () => (/* binding */ PLACES),
/* harmony export */   oL: () => (/* binding */ PORT_PROTOCOLS),
/* harmony export */   wR: () => (/* binding */ LB_SCHEMES),
/* harmony export */   zh: () => (/* binding */ RETENTION_DAYS)
/* harmony export */ });
// The x-aws-* extension names and where each may appear. The first group follows Docker's retired
// Compose-to-ECS integration (existing compose files use them in these places); the second group is
// compose-ecs's own. docs/mapping.md documents each one.
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
    /** a service: ECS's deployment strategy (rolling, blue-green, canary, linear), its timings and alarms */
    deployment: 'x-aws-deployment',
    /** a service: host name(s) served over HTTPS with an ACM certificate, a redirect from HTTP and alias records */
    domain: 'x-aws-domain',
    /** a service with x-aws-domain: the public Route 53 hosted zone (name or id) its names go in */
    hostedZone: 'x-aws-hosted_zone',
    /** a service reserving GPUs: the EC2 instance type its tasks run on (else the cheapest that fits) */
    instanceType: 'x-aws-instance_type',
    /** a service: spot, on_demand, or { spot, on_demand, base } — Fargate Spot and on-demand Fargate */
    capacity: 'x-aws-capacity',
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
    service: [
        X.role,
        X.policies,
        X.pullCredentials,
        X.healthcheck,
        X.sidecarOf,
        X.enableExec,
        X.domain,
        X.hostedZone,
        X.instanceType,
        X.capacity,
        X.deployment,
    ],
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


/***/ }),

/***/ 2844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y1: () => (/* binding */ setAws),
/* harmony export */   mP: () => (/* binding */ Reader),
/* harmony export */   x5: () => (/* binding */ compactAws)
/* harmony export */ });
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

/***/ 2611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ parseSize),
/* harmony export */   E: () => (/* binding */ parseDuration)
/* harmony export */ });
// Durations and sizes as Compose writes them. Durations use Go's syntax (`1m30s`, `500ms`);
// sizes use docker's binary units (`512m` = 512 MiB, `1.5g`, `2Gb`), case-insensitive.
const DURATION_UNITS = {
    h: 3600,
    m: 60,
    s: 1,
    ms: 1e-3,
    us: 1e-6,
    µs: 1e-6,
    ns: 1e-9,
};
const DURATION = /^(?:(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|ns))+$/;
const DURATION_PART = /(\d+(?:\.\d*)?|\.\d+)(h|ms|m|s|us|µs|ns)/g;
/** Seconds, or undefined when `text` is not a duration. `0` alone is accepted, as in Go. */
function parseDuration(text) {
    const t = text.trim();
    if (t === '0')
        return 0;
    if (!DURATION.test(t))
        return undefined;
    let seconds = 0;
    for (const [, amount, unit] of t.matchAll(DURATION_PART))
        seconds += Number(amount) * DURATION_UNITS[unit];
    // Round away float noise (0.1+0.2) while keeping nanosecond precision.
    return Math.round(seconds * 1e9) / 1e9;
}
const SIZE = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i;
const SIZE_FACTORS = {
    '': 1,
    k: 2 ** 10,
    m: 2 ** 20,
    g: 2 ** 30,
    t: 2 ** 40,
    p: 2 ** 50,
};
/** Bytes (whole), or undefined when `text` is not a size. */
function parseSize(text) {
    const match = SIZE.exec(text.trim());
    if (!match)
        return undefined;
    return Math.floor(Number(match[1]) * SIZE_FACTORS[(match[2] ?? '').toLowerCase()]);
}


/***/ })

};

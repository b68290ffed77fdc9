export const id = 8606;
export const ids = [8606];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   MT: () => (/* binding */ awsFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _failures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(678);


function errorName(err) {
    const e = err;
    return e?.name ?? e?.code ?? '';
}
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}
/**
 * Turns an AWS SDK failure into one clear line that says what failed and what to do next.
 * The common first-run problems (no credentials, no region, endpoint unreachable, access denied)
 * get a specific hint; anything else keeps the service's own message.
 */
function awsFailure(action, err) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return err;
    const name = errorName(err);
    const message = errorMessage(err);
    const code = err?.code ?? '';
    let hint = '';
    if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
        hint =
            'no AWS credentials were found: add aws-actions/configure-aws-credentials before this step (OIDC), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY';
    }
    else if (/Region is missing/i.test(message)) {
        hint = 'no AWS region: set the aws-region input or AWS_REGION';
    }
    else if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET'].includes(code)) {
        hint = `the AWS endpoint is unreachable (${code}${process.env.AWS_ENDPOINT_URL ? ` at ${process.env.AWS_ENDPOINT_URL}` : ''})`;
    }
    else if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .AccessDenied */ .Oy) {
        hint = `access denied: the role needs ${err.missingAction ?? 'the permission for this call'} (see the README's IAM policy)`;
    }
    else if (err instanceof _failures_js__WEBPACK_IMPORTED_MODULE_1__/* .Throttled */ .xx) {
        hint = `AWS throttled ${err.operation} through every retry: fewer jobs against this account at once, or a higher quota`;
    }
    const detail = hint ? `${hint} [${name || code}: ${message}]` : `${name ? `${name}: ` : ''}${message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${action} failed: ${detail}`);
}


/***/ }),

/***/ 678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mk: () => (/* binding */ NotFound),
/* harmony export */   ND: () => (/* binding */ AlreadyExists),
/* harmony export */   OQ: () => (/* binding */ AwsFailure),
/* harmony export */   Oy: () => (/* binding */ AccessDenied),
/* harmony export */   Yr: () => (/* binding */ ChangeSetEmpty),
/* harmony export */   eo: () => (/* binding */ NO_CHANGES),
/* harmony export */   oJ: () => (/* binding */ ChangeSetNotFound),
/* harmony export */   u3: () => (/* binding */ classifyAwsError),
/* harmony export */   xx: () => (/* binding */ Throttled),
/* harmony export */   yU: () => (/* binding */ StackNotFound)
/* harmony export */ });
// The AWS failures the pipeline decides on, as types the edge raises (src/aws/clients.ts classifies every SDK
// error once, after the SDK's own retries), so callers test `instanceof` instead of matching names and
// messages. Each keeps the service's name and message: the lines a user reads do not change.
// As copilot-cli's ErrStackNotFound / ErrChangeSetEmpty (internal/pkg/aws/cloudformation/errors.go).
/** An AWS call that failed; `code` is the service's error name (ValidationError, AccessDeniedException, …). */
class AwsFailure extends Error {
    operation;
    code;
    constructor(
    /** Service.Operation, as the call counter names it (CloudFormation.DescribeStacks). */
    operation, code, message, options) {
        super(message, options);
        this.operation = operation;
        this.code = code;
        // The service's own name, so a message built from name and text reads as before.
        this.name = code;
    }
}
/** CloudFormation: the stack does not exist (a ValidationError that says so). */
class StackNotFound extends AwsFailure {
}
/** CloudFormation: the change set does not exist (executed, deleted, or its stack is gone). */
class ChangeSetNotFound extends AwsFailure {
}
/** CloudFormation: the change set would change nothing ("didn't contain changes", "No updates are to be performed"). */
class ChangeSetEmpty extends AwsFailure {
}
/** Any other resource that does not exist (ResourceNotFoundException, RepositoryNotFoundException, …). */
class NotFound extends AwsFailure {
}
/** The resource is there already (ImageAlreadyExistsException, ResourceExistsException, …). */
class AlreadyExists extends AwsFailure {
}
/** Still throttled after the SDK's retries. */
class Throttled extends AwsFailure {
}
/** The credentials lack a permission; `missingAction` is the IAM action AWS named, when it named one. */
class AccessDenied extends AwsFailure {
    get missingAction() {
        return /not authorized to perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(this.message)?.[1];
    }
}
/** Reported for an update that changes nothing, as CreateChangeSet's error or a FAILED change set's reason. */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
]);
/**
 * The typed failure for an SDK error, or the error itself when the pipeline decides nothing on it (network
 * errors, credentials: src/aws/errors.ts words those).
 */
function classifyAwsError(err, operation) {
    if (err instanceof AwsFailure || typeof err !== 'object' || err === null)
        return err;
    const e = err;
    const code = e.name ?? e.code ?? '';
    const message = e.message ?? '';
    const type = failureType(code, message, e.$metadata?.httpStatusCode);
    return type ? new type(operation, code, message, { cause: err }) : err;
}
function failureType(code, message, status) {
    if (THROTTLING.has(code) || status === 429)
        return Throttled;
    if (/AccessDenied|UnauthorizedOperation|AuthorizationError/i.test(code) ||
        /not authorized to perform/i.test(message))
        return AccessDenied;
    // CloudFormation's (the only service that says these): a ValidationError names what is missing or empty.
    if (code === 'ValidationError' && NO_CHANGES.test(message))
        return ChangeSetEmpty;
    if (code === 'ValidationError' && /^Stack .*does not exist/i.test(message))
        return StackNotFound;
    if (/^ChangeSetNotFound(Exception)?$/.test(code))
        return ChangeSetNotFound;
    if (code === 'ValidationError' && /ChangeSet .*does not exist/i.test(message))
        return ChangeSetNotFound;
    if (/NotFound(Exception)?$|^NoSuch/.test(code))
        return NotFound;
    if (/AlreadyExists(Exception)?$|^ResourceExistsException$/.test(code))
        return AlreadyExists;
    return undefined;
}


/***/ }),

/***/ 7097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ getAtt),
/* harmony export */   Di: () => (/* binding */ networkNames),
/* harmony export */   KR: () => (/* binding */ ref),
/* harmony export */   fj: () => (/* binding */ join),
/* harmony export */   jb: () => (/* binding */ sub),
/* harmony export */   q6: () => (/* binding */ createContext),
/* harmony export */   vZ: () => (/* binding */ sortedRecord)
/* harmony export */ });
/* harmony import */ var _logical_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4555);

function createContext(loaded, options) {
    const { project, sourceMap } = loaded;
    const diag = (path, message) => {
        const location = sourceMap.locate(path);
        return location ? { message, path, location } : { message, path };
    };
    const template = {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: `compose-ecs: Docker Compose project ${project.name}`,
        Parameters: {},
        Resources: {},
        Outputs: {},
    };
    // Each diagnostic is said once: several concerns may read the same field (a service's x-aws-healthcheck
    // applies to each of its ports), but the user needs to hear about it one time.
    const said = new Set();
    const once = (list, d) => {
        const key = JSON.stringify([d.path, d.message]);
        if (said.has(key))
            return;
        said.add(key);
        list.push(d);
    };
    const ctx = {
        project,
        options,
        template,
        warnings: [],
        errors: [],
        ids: {
            service: (0,_logical_id_js__WEBPACK_IMPORTED_MODULE_0__/* .assignIds */ .QC)(Object.keys(project.services)),
            network: (0,_logical_id_js__WEBPACK_IMPORTED_MODULE_0__/* .assignIds */ .QC)(networkNames(project)),
            volume: (0,_logical_id_js__WEBPACK_IMPORTED_MODULE_0__/* .assignIds */ .QC)(Object.keys(project.volumes)),
            secret: (0,_logical_id_js__WEBPACK_IMPORTED_MODULE_0__/* .assignIds */ .QC)(Object.keys(project.secrets)),
        },
        owners: new Map(),
        builtFrom: new Map(Object.entries(loaded.builtFrom ?? {})),
        add(id, resource, owner) {
            if (template.Resources[id]) {
                ctx.error([], `two resources would share the logical ID ${id}; rename one of the compose objects it derives from`);
                return;
            }
            template.Resources[id] = resource;
            if (owner !== undefined)
                ctx.owners.set(id, owner);
        },
        warn: (path, message) => once(ctx.warnings, diag(path, message)),
        error: (path, message) => once(ctx.errors, diag(path, message)),
    };
    return ctx;
}
/** Declared networks plus any a service names (the loader adds "default" implicitly). */
function networkNames(project) {
    const names = new Set(Object.keys(project.networks));
    for (const s of Object.values(project.services))
        for (const n of Object.keys(s.networks))
            names.add(n);
    return [...names].sort();
}
// Intrinsic function helpers.
const ref = (id) => ({ Ref: id });
const getAtt = (id, attr) => ({ 'Fn::GetAtt': [id, attr] });
const sub = (text, vars) => ({
    'Fn::Sub': vars === undefined ? text : [text, vars],
});
const join = (sep, parts) => ({ 'Fn::Join': [sep, parts] });
function sortedRecord(rec) {
    return Object.entries(rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}


/***/ }),

/***/ 4555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ shortHash),
/* harmony export */   QC: () => (/* binding */ assignIds),
/* harmony export */   R2: () => (/* binding */ pascal),
/* harmony export */   sV: () => (/* binding */ LOGICAL_ID)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Logical IDs derive from compose names so a change to one service touches only its resources.
// CloudFormation wants [A-Za-z0-9]{1,255}: non-alphanumerics split words ("my-web" → "MyWeb").

/** "my-web.api" → "MyWebApi"; keeps inner case ("fooBar" → "FooBar"). */
function pascal(name) {
    return name
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex').slice(0, 8).toUpperCase();
}
/** Longest base we hand out, leaving room for suffixes such as "TaskExecutionRole" and port tags. */
const MAX_BASE = 200;
/**
 * Assigns a base ID per compose name within one kind (services, networks, ...).
 * Names that sanitise to the same base (e.g. "my-web" and "my_web") all get a hash of their own name
 * appended, so the result depends only on the colliding set, not on ordering.
 * Names with nothing alphanumeric get "X" + hash.
 */
function assignIds(names) {
    const byBase = new Map();
    for (const name of names) {
        let base = pascal(name);
        if (base === '')
            base = 'X';
        if (base.length > MAX_BASE)
            base = base.slice(0, MAX_BASE - 8) + shortHash(name);
        byBase.set(base, [...(byBase.get(base) ?? []), name]);
    }
    const out = new Map();
    for (const [base, group] of byBase) {
        for (const name of group)
            out.set(name, group.length > 1 || base === 'X' ? base + shortHash(name) : base);
    }
    return out;
}
const LOGICAL_ID = /^[A-Za-z0-9]{1,255}$/;


/***/ }),

/***/ 1427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $A: () => (/* binding */ LOG_GROUP_ID),
/* harmony export */   dD: () => (/* binding */ LOG_STREAM_PREFIX),
/* harmony export */   h2: () => (/* binding */ addLogGroup),
/* harmony export */   nh: () => (/* binding */ logConfiguration)
/* harmony export */ });
/* unused harmony export DEFAULT_RETENTION_DAYS */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7097);

const LOG_GROUP_ID = 'LogGroup';
/** Streams are named <prefix>/<container>/<task id>; stacks deployed before used the project's name. */
const LOG_STREAM_PREFIX = 'compose';
/**
 * Logs are kept 30 days unless x-aws-logs_retention says otherwise: CloudWatch keeps a group's logs
 * forever by default, a cost that grows with every deploy and that nobody chose (AWS Copilot's default
 * is 30 days too).
 */
const DEFAULT_RETENTION_DAYS = 30;
function addLogGroup(ctx) {
    // Checked against CloudWatch's allowed periods by the loader (aws-extensions.ts).
    const retention = ctx.project.aws?.logsRetention;
    ctx.add(LOG_GROUP_ID, {
        Type: 'AWS::Logs::LogGroup',
        // Deleted with the stack, on purpose: a retained group would block re-creating a stack of the same name.
        DeletionPolicy: 'Delete',
        UpdateReplacePolicy: 'Delete',
        Properties: {
            LogGroupName: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .sub */ .jb)('/compose-ecs/${AWS::StackName}'),
            RetentionInDays: retention ?? DEFAULT_RETENTION_DAYS,
        },
    });
}
/** The container's LogConfiguration: awslogs to the project group; user awslogs options pass through. */
function logConfiguration(ctx, service) {
    const path = ['services', service.name, 'logging'];
    const logging = service.logging;
    if (logging?.driver && logging.driver !== 'awslogs') {
        ctx.warn([...path, 'driver'], `logging driver ${logging.driver} is not available here; awslogs is used instead`);
    }
    const userOptions = logging && (!logging.driver || logging.driver === 'awslogs') ? logging.options : {};
    const options = {
        'awslogs-group': (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)(LOG_GROUP_ID),
        'awslogs-region': (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .ref */ .KR)('AWS::Region'),
        // Fixed: the group is the stack's own, and a prefix naming the project would make a project
        // rename a new revision of every task definition (and roll every service).
        'awslogs-stream-prefix': LOG_STREAM_PREFIX,
    };
    for (const key of Object.keys(userOptions).sort())
        options[key] = userOptions[key];
    const extraGroup = typeof userOptions['awslogs-group'] === 'string' ? userOptions['awslogs-group'] : undefined;
    return { config: { LogDriver: 'awslogs', Options: options }, ...(extraGroup ? { extraGroup } : {}) };
}


/***/ }),

/***/ 9209:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gj: () => (/* binding */ addTaskDefinition),
  xN: () => (/* binding */ containerName),
  g2: () => (/* binding */ mergeProperties)
});

// UNUSED EXPORTS: portName, taskSize

// EXTERNAL MODULE: ./src/template/context.ts
var context = __webpack_require__(7097);
;// CONCATENATED MODULE: ./src/template/fargate-size.ts
// Fargate accepts only fixed CPU/memory pairs; pick the smallest that covers what compose asks for.
/** CPU units → allowed memory in MiB (ECS-FACTS.md). */
const FARGATE_SIZES = [
    { cpu: 256, memory: [512, 1024, 2048] },
    { cpu: 512, memory: range(1024, 4096, 1024) },
    { cpu: 1024, memory: range(2048, 8192, 1024) },
    { cpu: 2048, memory: range(4096, 16384, 1024) },
    { cpu: 4096, memory: range(8192, 30720, 1024) },
    { cpu: 8192, memory: range(16384, 61440, 4096) },
    { cpu: 16384, memory: range(32768, 122880, 8192) },
];
function range(from, to, step) {
    const out = [];
    for (let v = from; v <= to; v += step)
        out.push(v);
    return out;
}
const MAX_CPUS = 16;
const MAX_MEMORY_MIB = 122880;
/**
 * The smallest pair (fewest CPU units, then least memory) with at least `cpus` vCPUs and `memoryBytes`.
 * Undefined when nothing fits (above 16 vCPU / 120 GiB).
 */
function fargateSize(cpus = 0, memoryBytes = 0) {
    const units = Math.ceil(Math.round(cpus * 1024 * 1000) / 1000);
    const mib = Math.ceil(memoryBytes / (1024 * 1024));
    for (const size of FARGATE_SIZES) {
        if (size.cpu < units)
            continue;
        const memory = size.memory.find((m) => m >= mib);
        if (memory !== undefined)
            return { cpu: size.cpu, memory };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/template/jvm-heap.ts
/** Share of a container's memory its heap may take. */
const HEAP_SHARE = 0.75;
const UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };
/** -Xmx<size> and -XX:MaxHeapSize=<size> in one piece of text, the last one winning as in the JVM. */
function heapIn(text) {
    let found;
    for (const m of text.matchAll(/(?:^|[\s"'=])(-Xmx|-XX:MaxHeapSize=)(\d+)([kmgt]?)(?![\w.])/gi))
        found = { bytes: Number(m[2]) * UNITS[m[3].toLowerCase()], flag: `${m[1]}${m[2]}${m[3]}` };
    return found;
}
/** The largest maximum heap a service's environment, command or entrypoint sets, if any. */
function jvmHeap(s) {
    const texts = [
        ...Object.entries(s.environment)
            .filter((e) => e[1] !== null)
            .map(([k, v]) => [`environment.${k}`, v]),
        ...(s.command ?? []).map((a, i) => [`command[${i}]`, a]),
        ...(s.entrypoint ?? []).map((a, i) => [`entrypoint[${i}]`, a]),
    ];
    let best;
    for (const [where, text] of texts) {
        const heap = heapIn(text);
        if (heap && (!best || heap.bytes > best.bytes))
            best = { bytes: heap.bytes, said: `${heap.flag} in ${where}` };
    }
    return best;
}

// EXTERNAL MODULE: ./src/template/logs.ts
var logs = __webpack_require__(1427);
;// CONCATENATED MODULE: ./src/template/sysctls.ts

const IPC = new Set([
    'kernel.msgmax',
    'kernel.msgmnb',
    'kernel.msgmni',
    'kernel.sem',
    'kernel.shmall',
    'kernel.shmmax',
    'kernel.shmmni',
    'kernel.shm_rmid_forced',
]);
const namespaced = (key) => key.startsWith('net.') || key.startsWith('fs.mqueue.') || IPC.has(key);
/** SystemControls of a container, each refused parameter reported at its key. */
function systemControls(ctx, c) {
    const out = [];
    for (const [key, value] of (0,context/* sortedRecord */.vZ)(c.sysctls ?? {})) {
        if (namespaced(key))
            out.push({ Namespace: key, Value: value });
        else
            ctx.error(['services', c.name, 'sysctls', key], `sysctl ${key} is not namespaced: Fargate sets only net.*, fs.mqueue.* and the IPC kernel parameters (kernel.shmmax, kernel.sem, …); remove it`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/template/task-definition.ts





/** ECS container names allow letters, digits, '_' and '-'. */
function containerName(service) {
    return service.replace(/[^A-Za-z0-9_-]/g, '_');
}
const MIB = 1024 * 1024;
function taskSize(ctx, task) {
    let cpus = 0;
    let memory = 0;
    const heaps = [];
    let sized = false;
    for (const c of task.containers) {
        const r = c.deploy?.resources;
        cpus += r?.limits?.cpus ?? r?.reservations?.cpus ?? 0;
        const asked = r?.limits?.memory ?? r?.reservations?.memory;
        const heap = jvmHeap(c);
        if (asked !== undefined || r?.limits?.cpus !== undefined || r?.reservations?.cpus !== undefined)
            sized = true;
        if (asked !== undefined) {
            memory += asked;
            if (heap && heap.bytes > asked * HEAP_SHARE)
                ctx.warn(['services', c.name, 'deploy', 'resources'], `${c.name}'s JVM heap (${heap.said}) takes more than ${HEAP_SHARE * 100} % of the ${Math.ceil(asked / MIB)} MiB it is given; the rest of the JVM may not fit and the container be killed`);
        }
        else if (heap) {
            // The heap at most three quarters of the container's share: the JVM needs room beyond it.
            memory += Math.ceil(heap.bytes / HEAP_SHARE);
            heaps.push(`${c.name}: ${heap.said}`);
        }
    }
    const size = fargateSize(cpus, memory);
    if (!size) {
        ctx.error(['services', task.name, 'deploy', 'resources'], `task ${task.name} asks for ${cpus} vCPU and ${Math.ceil(memory / MIB)} MiB; Fargate tasks go up to ${MAX_CPUS} vCPU and ${MAX_MEMORY_MIB} MiB`);
        return { cpu: 256, memory: 512 };
    }
    const how = 'set deploy.resources.limits (cpus, memory) to choose';
    if (heaps.length > 0)
        ctx.warn(['services', task.name], `${task.name} runs with ${size.cpu} CPU units and ${size.memory} MiB, sized so the JVM heap (${heaps.join('; ')}) is at most ${HEAP_SHARE * 100} % of it; ${how}`);
    else if (!sized)
        ctx.warn(['services', task.name], `${task.name} has no deploy.resources and runs on the smallest Fargate size, ${size.cpu} CPU units and ${size.memory} MiB; ${how}`);
    return size;
}
function addTaskDefinition(ctx, task, extras) {
    const id = `${task.id}TaskDefinition`;
    const size = extras.ec2 ?? taskSize(ctx, task);
    const containers = task.containers.map((c, i) => mergeProperties(containerDefinition(ctx, c, i === 0, task), extras.containers.get(c.name)));
    ctx.add(id, {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: {
            ContainerDefinitions: [...extras.initContainers, ...containers],
            Cpu: String(size.cpu),
            ExecutionRoleArn: extras.executionRole,
            Family: (0,context/* join */.fj)('-', [(0,context/* ref */.KR)('AWS::StackName'), containerName(task.name)]),
            Memory: String(size.memory),
            NetworkMode: 'awsvpc',
            RequiresCompatibilities: [extras.ec2 ? 'EC2' : 'FARGATE'],
            RuntimePlatform: { CpuArchitecture: cpuArchitecture(ctx, task), OperatingSystemFamily: 'LINUX' },
            ...(extras.taskRole !== undefined ? { TaskRoleArn: extras.taskRole } : {}),
            ...(extras.volumes.length > 0 ? { Volumes: extras.volumes } : {}),
        },
    }, task.name);
    return id;
}
/** Adds properties from other concerns; lists (MountPoints, DependsOn, Secrets) are concatenated. */
function mergeProperties(base, extra) {
    const out = { ...base };
    for (const [key, value] of Object.entries(extra ?? {})) {
        const prev = out[key];
        out[key] = Array.isArray(prev) && Array.isArray(value) ? [...prev, ...value] : value;
    }
    return out;
}
function cpuArchitecture(ctx, task) {
    const archs = new Set();
    for (const c of task.containers) {
        if (!c.platform)
            continue;
        const arch = {
            'linux/amd64': 'X86_64',
            'linux/x86_64': 'X86_64',
            'linux/arm64': 'ARM64',
            'linux/arm64/v8': 'ARM64',
        }[c.platform];
        if (!arch)
            ctx.error(['services', c.name, 'platform'], `platform ${c.platform} is not available on Fargate (use linux/amd64 or linux/arm64)`);
        else
            archs.add(arch);
    }
    if (archs.size > 1)
        ctx.error(['services', task.name, 'platform'], `the containers of task ${task.name} ask for different platforms`);
    return archs.has('ARM64') ? 'ARM64' : 'X86_64';
}
function containerDefinition(ctx, c, main, task) {
    const path = ['services', c.name];
    if (!c.image)
        ctx.error(path, `service ${c.name} has no image (the images stage pins built images before conversion)`);
    const environment = (0,context/* sortedRecord */.vZ)(c.environment)
        .filter(([, v]) => v !== null)
        .map(([Name, Value]) => ({ Name, Value }));
    const linux = {};
    const caps = capabilities(c);
    if (caps)
        linux.Capabilities = caps;
    if (c.init !== undefined)
        linux.InitProcessEnabled = c.init;
    const ports = new Map();
    for (const p of c.ports)
        ports.set(`${p.target}/${p.protocol}`, {
            ContainerPort: p.target,
            Name: portName(c.name, p.target, p.protocol),
            Protocol: p.protocol,
        });
    for (const e of c.expose) {
        const [num, proto = 'tcp'] = e.split('/');
        const target = Number(num);
        if (!Number.isInteger(target) || (proto !== 'tcp' && proto !== 'udp')) {
            ctx.warn([...path, 'expose'], `expose ${e} is not a single port; ignored`);
            continue;
        }
        if (!ports.has(`${target}/${proto}`))
            ports.set(`${target}/${proto}`, {
                ContainerPort: target,
                Name: portName(c.name, target, proto),
                Protocol: proto,
            });
    }
    const r = c.deploy?.resources;
    const memLimit = r?.limits?.memory;
    const memReservation = r?.reservations?.memory;
    const log = (0,logs/* logConfiguration */.nh)(ctx, c);
    let stopTimeout = c.stopGracePeriod;
    if (stopTimeout !== undefined && stopTimeout > 120) {
        ctx.warn([...path, 'stop_grace_period'], `Fargate waits at most 120s before killing a container; stop_grace_period ${stopTimeout}s is cut to 120s`);
        stopTimeout = 120;
    }
    const sysctls = systemControls(ctx, c);
    const def = {
        Name: containerName(c.name),
        Image: c.image ?? '',
        Essential: main ||
            !task.containers.some((o) => o.dependsOn[c.name]?.condition === 'service_completed_successfully'),
        ...(c.command ? { Command: c.command } : {}),
        ...(c.entrypoint ? { EntryPoint: c.entrypoint } : {}),
        ...(environment.length > 0 ? { Environment: environment } : {}),
        ...(c.workingDir ? { WorkingDirectory: c.workingDir } : {}),
        ...(c.user ? { User: c.user } : {}),
        ...(c.readOnly !== undefined ? { ReadonlyRootFilesystem: c.readOnly } : {}),
        ...(Object.keys(linux).length > 0 ? { LinuxParameters: linux } : {}),
        ...(Object.keys(c.ulimits).length > 0 ? { Ulimits: ulimits(ctx, c) } : {}),
        ...(sysctls.length > 0 ? { SystemControls: sysctls } : {}),
        ...(stopTimeout !== undefined ? { StopTimeout: Math.round(stopTimeout) } : {}),
        ...(Object.keys(c.labels).length > 0 ? { DockerLabels: Object.fromEntries((0,context/* sortedRecord */.vZ)(c.labels)) } : {}),
        ...healthCheck(ctx, c),
        LogConfiguration: log.config,
        ...(ports.size > 0 ? { PortMappings: [...ports.values()] } : {}),
        ...(memLimit !== undefined ? { Memory: Math.ceil(memLimit / MIB) } : {}),
        ...(memReservation !== undefined ? { MemoryReservation: Math.ceil(memReservation / MIB) } : {}),
        ...(c.tty ? { PseudoTerminal: true } : {}),
        ...(c.stdinOpen ? { Interactive: true } : {}),
    };
    return def;
}
/** Port mapping names (Service Connect refers to them): lowercase letters, digits, '-'. */
function portName(service, port, protocol) {
    const base = service
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'port';
    return `${base.slice(0, 50)}-${port}-${protocol}`;
}
function capabilities(c) {
    const norm = (cap) => cap.toUpperCase().replace(/^CAP_/, '');
    const add = c.capAdd.map(norm).sort();
    const drop = c.capDrop.map(norm).sort();
    // Fargate lets a task add SYS_PTRACE and nothing else; the loader's Fargate table refuses the others.
    if (add.length === 0 && drop.length === 0)
        return undefined;
    return {
        ...(add.length ? { Add: add.filter((a) => a === 'SYS_PTRACE') } : {}),
        ...(drop.length ? { Drop: drop } : {}),
    };
}
const ULIMIT_NAMES = [
    'core',
    'cpu',
    'data',
    'fsize',
    'locks',
    'memlock',
    'msgqueue',
    'nice',
    'nofile',
    'nproc',
    'rss',
    'rtprio',
    'rttime',
    'sigpending',
    'stack',
];
function ulimits(ctx, c) {
    const out = [];
    for (const [name, { soft, hard }] of (0,context/* sortedRecord */.vZ)(c.ulimits)) {
        if (!ULIMIT_NAMES.includes(name))
            ctx.error(['services', c.name, 'ulimits', name], `ulimit ${name} is not supported by ECS (known: ${ULIMIT_NAMES.join(', ')})`);
        else
            out.push({ HardLimit: hard, Name: name, SoftLimit: soft });
    }
    return out;
}
function healthCheck(ctx, c) {
    const hc = c.healthcheck;
    if (!hc || hc.disable || !hc.test || hc.test[0] === 'NONE')
        return {};
    const path = ['services', c.name, 'healthcheck'];
    const bounded = (field, v, lo, hi) => {
        if (v === undefined)
            return undefined;
        const r = Math.round(v);
        if (r < lo || r > hi)
            ctx.warn([...path, field], `ECS takes a health-check ${field} from ${lo} to ${hi}; ${v} becomes ${Math.min(hi, Math.max(lo, r))}`);
        return Math.min(hi, Math.max(lo, r));
    };
    const interval = bounded('interval', hc.interval, 5, 300);
    const timeout = bounded('timeout', hc.timeout, 2, 60);
    const retries = bounded('retries', hc.retries, 1, 10);
    const startPeriod = bounded('start_period', hc.startPeriod, 0, 300);
    return {
        HealthCheck: {
            Command: hc.test,
            ...(interval !== undefined ? { Interval: interval } : {}),
            ...(retries !== undefined ? { Retries: retries } : {}),
            ...(startPeriod !== undefined ? { StartPeriod: startPeriod } : {}),
            ...(timeout !== undefined ? { Timeout: timeout } : {}),
        },
    };
}


/***/ })

};

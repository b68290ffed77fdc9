export const id = 3257;
export const ids = [3257];
export const modules = {

/***/ 3257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serviceLogs: () => (/* binding */ serviceLogs)
/* harmony export */ });
/* harmony import */ var _template_logs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1427);

const MAX_PAGES = 50;
/** Lines per service, oldest first, each as "<service> | <message>". */
async function serviceLogs(logs, request) {
    const group = `/compose-ecs/${request.stackName}`;
    // Streams of stacks deployed before the fixed prefix are named after the project: both are read.
    const owners = [...new Set([_template_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .LOG_STREAM_PREFIX */ .dD, request.project])];
    const wanted = request.services.length ? request.services.map((s) => `${s}/`) : [''];
    const out = [];
    for (const service of wanted) {
        const lines = [];
        for (const owner of owners) {
            const prefix = `${owner}/${service}`;
            let nextToken;
            let pages = 0;
            do {
                const page = await logs.read(group, {
                    streamPrefix: prefix,
                    since: request.since,
                    ...(nextToken ? { nextToken } : {}),
                });
                for (const l of page.lines) {
                    const name = l.stream.split('/')[1] ?? '?';
                    lines.push({ at: l.timestamp.getTime(), line: `${name} | ${l.message.replace(/\s+$/, '')}` });
                }
                nextToken = page.nextToken;
                // FilterLogEvents pages through time; a bound keeps a huge group from running forever.
            } while (nextToken && ++pages < MAX_PAGES);
        }
        lines.sort((a, b) => a.at - b.at);
        out.push(...(request.tail !== undefined ? lines.slice(-request.tail) : lines));
    }
    return out.sort((a, b) => a.at - b.at).map((l) => l.line);
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


/***/ })

};

export const id = 6120;
export const ids = [6120];
export const modules = {

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

/***/ 6120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAwsEdge: () => (/* binding */ createAwsEdge)
});

// EXTERNAL MODULE: ./src/net/proxy.ts
var proxy = __webpack_require__(1987);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/aws/call-counter.ts
/**
 * Counts API calls per `Service.Operation`, so runs can be compared (a no-op deploy's cost is a baseline),
 * and per phase of the run (load, images, plan, ...): the run kernel sets the phase from the step that is
 * running (src/kernel/steps.ts).
 */
class CallCounter {
    counts = new Map();
    phases = new Map();
    /** The phase calls are counted under now. */
    phase = 'start';
    record(name) {
        this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
        const inPhase = this.phases.get(this.phase) ?? new Map();
        inPhase.set(name, (inPhase.get(name) ?? 0) + 1);
        this.phases.set(this.phase, inPhase);
    }
    get total() {
        let sum = 0;
        for (const n of this.counts.values())
            sum += n;
        return sum;
    }
    /** Sorted `Service.Operation: n` pairs. */
    summary() {
        return sorted(this.counts);
    }
    /** Calls per phase, in the order the phases first made a call: `{ phase: { 'Service.Operation': n } }`. */
    byPhase() {
        return Object.fromEntries([...this.phases].map(([phase, counts]) => [phase, sorted(counts)]));
    }
    /** How many calls each phase made, in order. */
    phaseTotals() {
        return Object.fromEntries([...this.phases].map(([phase, counts]) => [phase, [...counts.values()].reduce((a, b) => a + b, 0)]));
    }
}
function sorted(counts) {
    return Object.fromEntries([...counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

// EXTERNAL MODULE: ./src/aws/failures.ts
var failures = __webpack_require__(678);
;// CONCATENATED MODULE: ./src/aws/once.ts
/** `make` runs on the first call only; every call gets its one promise (a client, a loaded module). */
function once(make) {
    let made;
    return () => (made ??= make());
}
/**
 * A port whose implementation is loaded on its first call: every method of an edge port returns a
 * promise, so each can wait for `load` and then call the real one. Lets the SDK adapters (and the SDK
 * packages they import) stay unread until a stage needs them.
 */
function lazyPort(load) {
    const loaded = once(load);
    return new Proxy({}, {
        get(_target, method) {
            // Not a thenable: `await port` must not try to call a method named "then".
            if (typeof method !== 'string' || method === 'then')
                return undefined;
            return async (...args) => {
                const port = (await loaded());
                const fn = port[method];
                if (typeof fn !== 'function')
                    throw new Error(`internal: the AWS edge has no ${method}`);
                return fn.apply(port, args);
            };
        },
    });
}

;// CONCATENATED MODULE: ./src/aws/clients.ts





/**
 * One place builds every AWS client: credentials and endpoint come from the SDK's default chain
 * (so OIDC via configure-aws-credentials and AWS_ENDPOINT_URL both just work), a user agent names us,
 * and a middleware counts calls and types the failures the pipeline decides on (failures.ts).
 */
function createAwsClients(options = {}) {
    const calls = new CallCounter();
    const config = clientConfig(options);
    const count = counting(calls);
    const cloudformation = once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19))).CloudFormationClient(config), 'CloudFormation'));
    // Every plan and deploy talks to CloudFormation: its client resolves the region the others use too.
    const region = async () => {
        const resolved = (await cloudformation()).config.region;
        return typeof resolved === 'function' ? await resolved() : resolved;
    };
    return {
        cloudformation,
        ecr: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19))).ECRClient(config), 'ECR')),
        ecs: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19))).ECSClient(config), 'ECS')),
        ec2: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(5193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19))).EC2Client(config), 'EC2')),
        autoScaling: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8932)]).then(__webpack_require__.t.bind(__webpack_require__, 8932, 19))).AutoScalingClient(config), 'AutoScaling')),
        serviceQuotas: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(2924)]).then(__webpack_require__.t.bind(__webpack_require__, 2924, 19))).ServiceQuotasClient(config), 'ServiceQuotas')),
        efs: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(1663)]).then(__webpack_require__.t.bind(__webpack_require__, 1663, 19))).EFSClient(config), 'EFS')),
        logs: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19))).CloudWatchLogsClient(config), 'Logs')),
        elbv2: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19))).ElasticLoadBalancingV2Client(config), 'ELBv2')),
        // Path-style addressing when an endpoint is set (a stand-in or a VPC endpoint): bucket host names need DNS.
        s3: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19))).S3Client({
            ...config,
            forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL),
        }), 'S3')),
        route53: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8621)]).then(__webpack_require__.t.bind(__webpack_require__, 8621, 19))).Route53Client(config), 'Route53')),
        acm: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3490)]).then(__webpack_require__.t.bind(__webpack_require__, 3490, 19))).ACMClient(config), 'ACM')),
        // A convenience for the report: fewer attempts and a shorter wait than the deploy's own calls, so an
        // unreachable Price List costs the plan seconds, not minutes.
        pricing: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4453)]).then(__webpack_require__.t.bind(__webpack_require__, 4453, 19))).PricingClient({
            ...config,
            region: pricingEndpointRegion(await region()),
            maxAttempts: Math.min(config.maxAttempts, 3),
            requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000 },
        }), 'Pricing')),
        secretsManager: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(2994)]).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19))).SecretsManagerClient(config), 'SecretsManager')),
        ssm: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19))).SSMClient(config), 'SSM')),
        sts: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(1695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19))).STSClient(config), 'STS')),
        calls,
        region,
    };
}
/** What every client shares: region, retries, our user agent, timeouts and the proxy's agents. */
function clientConfig(options) {
    return {
        ...(options.region ? { region: options.region } : {}),
        maxAttempts: options.maxAttempts ?? 5,
        retryMode: 'standard',
        customUserAgent: `compose-ecs/${version/* VERSION */.x}`,
        // Without these a stalled connection would hold the job until GitHub kills it; a timed-out
        // attempt is retried like any other transient failure.
        // HTTPS_PROXY/NO_PROXY: the SDK's handler sends through the agents it is given, and ignores the variables.
        requestHandler: {
            connectionTimeout: 10_000,
            requestTimeout: 60_000,
            ...(0,proxy/* proxyAgents */.Hd)(options.env ?? process.env),
        },
    };
}
/** Adds the call counter and the typed failures to a client (both middleware, see typedFailures). */
function counting(calls) {
    // Each client's stack is typed by its own service's inputs; the counter reads none of them.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return (client, service) => {
        client.middlewareStack.add((next, context) => async (args) => {
            calls.record(operationName(service, context.commandName));
            return next(args);
        }, { step: 'initialize', name: 'composeEcsCallCounter' });
        return typedFailures(client, service);
    };
}
/**
 * The Price List Query API has endpoints in us-east-1, eu-central-1 and ap-south-1 (and cn-northwest-1 for
 * the China regions) and answers for every region from each (AWS Billing User Guide, "Using the AWS Price
 * List Query API"): the nearest one by the region's geography.
 */
function pricingEndpointRegion(region) {
    if (region.startsWith('cn-'))
        return 'cn-northwest-1';
    if (/^(eu|il|af|me)-/.test(region))
        return 'eu-central-1';
    if (/^ap-/.test(region))
        return 'ap-south-1';
    return 'us-east-1';
}
const operationName = (service, command) => `${service}.${String(command ?? 'unknown').replace(/Command$/, '')}`;
/**
 * Types the failures the pipeline decides on (failures.ts) on an SDK client: below this step the SDK has
 * retried, so what is left is typed once for every caller. createAwsClients adds it to every client; a
 * client made elsewhere (a test's) gets it here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function typedFailures(client, service) {
    client.middlewareStack.add((next, context) => async (args) => {
        try {
            return await next(args);
        }
        catch (err) {
            throw (0,failures/* classifyAwsError */.u3)(err, operationName(service, context.commandName));
        }
    }, { step: 'initialize', name: 'composeEcsTypedFailures' });
    return client;
}

;// CONCATENATED MODULE: ./src/aws/sdk-edge.ts


/**
 * The pipeline's AWS edge over the SDK v3 clients (one place builds them; calls are counted per operation).
 * Each port's adapter, its SDK package and its client load on the port's first call (src/aws/once.ts), so a
 * run reads only the SDK code of the services it calls.
 */
function createAwsEdge(options = {}, clients = createAwsClients(options)) {
    const cloudformation = once(() => Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3805), __webpack_require__.e(4820)]).then(__webpack_require__.bind(__webpack_require__, 4820)));
    const identity = once(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(1695), __webpack_require__.e(1850)]).then(__webpack_require__.bind(__webpack_require__, 1850))).sdkIdentity(await clients.sts(), clients.region));
    return {
        stacks: lazyPort(async () => (await cloudformation()).sdkStacks(await clients.cloudformation())),
        changeSets: lazyPort(async () => (await cloudformation()).sdkChangeSets(await clients.cloudformation())),
        events: lazyPort(async () => (await cloudformation()).sdkStackEvents(await clients.cloudformation())),
        services: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(586), __webpack_require__.e(6671)]).then(__webpack_require__.bind(__webpack_require__, 6671))).sdkServices(await clients.ecs(), await clients.elbv2())),
        tasks: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(212), __webpack_require__.e(1749)]).then(__webpack_require__.bind(__webpack_require__, 1749))).sdkOneOffTasks(await clients.ecs())),
        secrets: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(2994), __webpack_require__.e(1431)]).then(__webpack_require__.bind(__webpack_require__, 1431))).sdkSecrets(await clients.secretsManager())),
        parameters: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4736), __webpack_require__.e(8168)]).then(__webpack_require__.bind(__webpack_require__, 8168))).sdkParameters(await clients.ssm())),
        registry: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8249), __webpack_require__.e(4687)]).then(__webpack_require__.bind(__webpack_require__, 4687))).sdkRegistry(await clients.ecr(), options.fetch ?? fetch)),
        logs: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(303), __webpack_require__.e(3015)]).then(__webpack_require__.bind(__webpack_require__, 3015))).sdkLogs(await clients.logs())),
        network: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(5193), __webpack_require__.e(3796)]).then(__webpack_require__.bind(__webpack_require__, 3796))).sdkNetwork(await clients.ec2())),
        capacity: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(5193), __webpack_require__.e(8932), __webpack_require__.e(2924), __webpack_require__.e(6360)]).then(__webpack_require__.bind(__webpack_require__, 6360))).sdkCapacity(await clients.ec2(), await clients.autoScaling(), await clients.serviceQuotas())),
        fileSystems: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(1663), __webpack_require__.e(7721)]).then(__webpack_require__.bind(__webpack_require__, 7721))).sdkFileSystems(await clients.efs())),
        zones: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8621), __webpack_require__.e(4441)]).then(__webpack_require__.bind(__webpack_require__, 4441))).sdkHostedZones(await clients.route53())),
        certificates: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3490), __webpack_require__.e(232)]).then(__webpack_require__.bind(__webpack_require__, 232))).sdkCertificates(await clients.acm())),
        templates: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711), __webpack_require__.e(9025)]).then(__webpack_require__.bind(__webpack_require__, 9025))).sdkTemplates(await clients.s3())),
        prices: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(7084)]).then(__webpack_require__.bind(__webpack_require__, 7084))).sdkPriceList(await clients.pricing())),
        // The region needs no STS call (the clients' own resolution): asking for it loads no STS code.
        identity: { account: async () => (await identity()).account(), region: clients.region },
        calls: clients.calls,
    };
}


/***/ }),

/***/ 1987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hd: () => (/* binding */ proxyAgents),
/* harmony export */   ab: () => (/* binding */ registryFetch)
/* harmony export */ });
/* unused harmony export fetchThrough */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
// The standard proxy variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, and their lower-case forms) for what
// this process itself sends: registry lookups and the AWS SDK. Node's own agents honour them when built
// with `proxyEnv` (https://nodejs.org/api/http.html#built-in-proxy-support, Node 22.21 and 24.5 on), so no
// proxy package is needed; the SDK takes the agents through its request handler, which otherwise ignores
// the variables, and fetch (which reads them only when NODE_USE_ENV_PROXY is set before Node starts) is
// replaced by a small one over the same agents.


const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
/** Agents that send through the proxy the environment names (NO_PROXY bypasses), or undefined: none named. */
function proxyAgents(env) {
    if (!PROXY_VARIABLES.some((name) => env[name]))
        return undefined;
    // `proxyEnv` is newer than the @types/node this project builds against (the Node 20 line).
    const options = { keepAlive: true, proxyEnv: { ...env } };
    return { httpAgent: new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(options), httpsAgent: new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(options) };
}
/** Statuses whose response has no body (the Fetch standard's null body statuses). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** `fetch` over the given agents, for the requests the registry lookups make (method, headers, signal). */
function fetchThrough(agents) {
    return (input, init) => new Promise((resolve, reject) => {
        const url = new URL(input instanceof Request ? input.url : input);
        const secure = url.protocol === 'https:';
        const headers = Object.fromEntries(new Headers(init?.headers).entries());
        const method = init?.method ?? 'GET';
        const request = (secure ? (node_https__WEBPACK_IMPORTED_MODULE_1___default()) : (node_http__WEBPACK_IMPORTED_MODULE_0___default())).request(url, {
            method,
            headers,
            agent: secure ? agents.httpsAgent : agents.httpAgent,
            ...(init?.signal ? { signal: init.signal } : {}),
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => {
                const status = response.statusCode ?? 502;
                const out = new Headers();
                for (const [name, value] of Object.entries(response.headers))
                    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
                        out.append(name, v);
                const body = method === 'HEAD' || NULL_BODY.has(status) ? null : Buffer.concat(chunks);
                resolve(new Response(body, { status, statusText: response.statusMessage ?? '', headers: out }));
            });
        });
        // Shaped like fetch's failure: a TypeError whose cause says why (the callers show the cause).
        request.on('error', (cause) => reject(new TypeError('fetch failed', { cause })));
        request.end();
    });
}
/** The fetch for registry lookups: through the proxy the environment names, else Node's own. */
function registryFetch(env) {
    const agents = proxyAgents(env);
    return agents ? fetchThrough(agents) : fetch;
}


/***/ })

};

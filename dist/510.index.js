export const id = 510;
export const ids = [510];
export const modules = {

/***/ 1510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/compose/runner-credentials.ts
// The runner's own variables: its credentials (never interpolated into a compose project, see
// environment.ts) and the values to hide before a project is loaded. No dependencies, so the CLI can use
// it before the pipeline loads.
/** AWS variables that carry credentials (the SDKs' credential chain), not settings like AWS_REGION. */
const AWS_CREDENTIALS = new Set([
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_SECURITY_TOKEN',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
]);
/** The runner's own: its job token, runtime and OIDC request tokens, the step's inputs, its directories. */
const RUNNER_PREFIXES = ['ACTIONS_', 'INPUT_', 'RUNNER_'];
const RUNNER_NAMES = new Set(['GITHUB_TOKEN', 'GH_TOKEN']);
/** Why a variable is never read by a compose project, or undefined when it may be. */
function runnerCredential(name) {
    if (AWS_CREDENTIALS.has(name) || RUNNER_NAMES.has(name) || RUNNER_PREFIXES.some((p) => name.startsWith(p)))
        return 'is the runner’s (AWS credentials, GITHUB_TOKEN, ACTIONS_*, INPUT_*, RUNNER_*), never the project’s: pass what the project needs under a name of its own';
    return undefined;
}
/** Names whose values are secret by the look of them, whatever a compose file later says. */
const SECRET_LIKE_NAME = /pass|secret|token|credential|private|_key$|^key$|_key_|apikey|auth|signature|dsn/i;
/** Shorter values would match by accident everywhere. */
const MIN_REDACTED_LENGTH = 4;
/**
 * Values to hide from the log, the comment and the summary before anything is loaded: a load can fail
 * with an error quoting a value before the project says which variables are its secrets. The runner's
 * credentials and every variable whose name looks secret (DB_PASSWORD, NPM_TOKEN, API_KEY).
 */
function redactionsBeforeLoad(environment) {
    const values = new Set();
    for (const [name, value] of Object.entries(environment))
        if (value &&
            value.length >= MIN_REDACTED_LENGTH &&
            (SECRET_LIKE_NAME.test(name) || (runnerCredential(name) && !/^(RUNNER|INPUT)_/.test(name))))
            values.add(value);
    return [...values].sort((a, b) => b.length - a.length);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/net/proxy.ts
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
    return { httpAgent: new (external_node_http_default()).Agent(options), httpsAgent: new (external_node_https_default()).Agent(options) };
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
        const request = (secure ? (external_node_https_default()) : (external_node_http_default())).request(url, {
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
    const cloudformation = once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19))).CloudFormationClient(config), 'CloudFormation'));
    // Every plan and deploy talks to CloudFormation: its client resolves the region the others use too.
    const region = async () => {
        const resolved = (await cloudformation()).config.region;
        return typeof resolved === 'function' ? await resolved() : resolved;
    };
    return {
        cloudformation,
        ecr: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19))).ECRClient(config), 'ECR')),
        ecs: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19))).ECSClient(config), 'ECS')),
        ec2: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19))).EC2Client(config), 'EC2')),
        autoScaling: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(932)]).then(__webpack_require__.t.bind(__webpack_require__, 8932, 19))).AutoScalingClient(config), 'AutoScaling')),
        serviceQuotas: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(924)]).then(__webpack_require__.t.bind(__webpack_require__, 2924, 19))).ServiceQuotasClient(config), 'ServiceQuotas')),
        efs: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(663)]).then(__webpack_require__.t.bind(__webpack_require__, 1663, 19))).EFSClient(config), 'EFS')),
        logs: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19))).CloudWatchLogsClient(config), 'Logs')),
        elbv2: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19))).ElasticLoadBalancingV2Client(config), 'ELBv2')),
        // Path-style addressing when an endpoint is set (a stand-in or a VPC endpoint): bucket host names need DNS.
        s3: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19))).S3Client({
            ...config,
            forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL),
        }), 'S3')),
        route53: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(621)]).then(__webpack_require__.t.bind(__webpack_require__, 8621, 19))).Route53Client(config), 'Route53')),
        acm: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(490)]).then(__webpack_require__.t.bind(__webpack_require__, 3490, 19))).ACMClient(config), 'ACM')),
        // A convenience for the report: fewer attempts and a shorter wait than the deploy's own calls, so an
        // unreachable Price List costs the plan seconds, not minutes.
        pricing: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(453)]).then(__webpack_require__.t.bind(__webpack_require__, 4453, 19))).PricingClient({
            ...config,
            region: pricingEndpointRegion(await region()),
            maxAttempts: Math.min(config.maxAttempts, 3),
            requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000 },
        }), 'Pricing')),
        secretsManager: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994)]).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19))).SecretsManagerClient(config), 'SecretsManager')),
        ssm: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19))).SSMClient(config), 'SSM')),
        sts: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19))).STSClient(config), 'STS')),
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
            ...proxyAgents(options.env ?? process.env),
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
    const cloudformation = once(() => Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805), __webpack_require__.e(820)]).then(__webpack_require__.bind(__webpack_require__, 4820)));
    const identity = once(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695), __webpack_require__.e(850)]).then(__webpack_require__.bind(__webpack_require__, 1850))).sdkIdentity(await clients.sts(), clients.region));
    return {
        stacks: lazyPort(async () => (await cloudformation()).sdkStacks(await clients.cloudformation())),
        changeSets: lazyPort(async () => (await cloudformation()).sdkChangeSets(await clients.cloudformation())),
        events: lazyPort(async () => (await cloudformation()).sdkStackEvents(await clients.cloudformation())),
        services: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212), __webpack_require__.e(586), __webpack_require__.e(671)]).then(__webpack_require__.bind(__webpack_require__, 6671))).sdkServices(await clients.ecs(), await clients.elbv2())),
        tasks: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212), __webpack_require__.e(749)]).then(__webpack_require__.bind(__webpack_require__, 1749))).sdkOneOffTasks(await clients.ecs())),
        secrets: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994), __webpack_require__.e(431)]).then(__webpack_require__.bind(__webpack_require__, 1431))).sdkSecrets(await clients.secretsManager())),
        parameters: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 8168))).sdkParameters(await clients.ssm())),
        registry: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249), __webpack_require__.e(687)]).then(__webpack_require__.bind(__webpack_require__, 4687))).sdkRegistry(await clients.ecr(), options.fetch ?? fetch)),
        logs: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 3015))).sdkLogs(await clients.logs())),
        network: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 3796))).sdkNetwork(await clients.ec2())),
        capacity: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193), __webpack_require__.e(932), __webpack_require__.e(924), __webpack_require__.e(360)]).then(__webpack_require__.bind(__webpack_require__, 6360))).sdkCapacity(await clients.ec2(), await clients.autoScaling(), await clients.serviceQuotas())),
        fileSystems: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(663), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 7721))).sdkFileSystems(await clients.efs())),
        zones: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(621), __webpack_require__.e(441)]).then(__webpack_require__.bind(__webpack_require__, 4441))).sdkHostedZones(await clients.route53())),
        certificates: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(490), __webpack_require__.e(232)]).then(__webpack_require__.bind(__webpack_require__, 232))).sdkCertificates(await clients.acm())),
        templates: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(25)]).then(__webpack_require__.bind(__webpack_require__, 9025))).sdkTemplates(await clients.s3())),
        prices: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(84)]).then(__webpack_require__.bind(__webpack_require__, 7084))).sdkPriceList(await clients.pricing())),
        // The region needs no STS call (the clients' own resolution): asking for it loads no STS code.
        identity: { account: async () => (await identity()).account(), region: clients.region },
        calls: clients.calls,
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/runtime/cancellation.ts
// What a cancelled run is: the shells abort an AbortSignal with a CancelRequest as its reason (which
// signal, how long the cleanup may wait); waits throw Cancelled (poll.ts); src/deploy/cancel.ts undoes
// the stack operation in flight. Here, not in deploy/, because image builds and jobs stop on it too.

/** Why the run was aborted, and how long the cleanup may wait for CloudFormation. */
class CancelRequest {
    signalName;
    waitMs;
    constructor(
    /** SIGINT, SIGTERM, ... */
    signalName, 
    /** The action's runner kills the step 10 s after its first signal; the CLI can wait longer. */
    waitMs) {
        this.signalName = signalName;
        this.waitMs = waitMs;
    }
    /** When the cleanup started (by the run's clock): every cleanup wait shares one budget from there. */
    started;
    /** The deadline of all cleanup waits, fixed by the first one. */
    deadline(now) {
        this.started ??= now;
        return this.started + this.waitMs;
    }
}
/** The run stopped because it was cancelled; the message says what was undone and the state left. */
class Cancelled extends src_errors/* UserError */.yo {
    cancelled = true;
    constructor(message) {
        super(message);
        this.name = 'Cancelled';
    }
}
function isCancelled(err) {
    return err instanceof Cancelled;
}
/** The request behind an aborted signal (a plain abort() counts as SIGINT with a short budget). */
function cancelRequest(signal) {
    if (signal.reason instanceof CancelRequest)
        return signal.reason;
    let request = fallbacks.get(signal);
    if (!request)
        fallbacks.set(signal, (request = new CancelRequest('SIGINT', 5000)));
    return request;
}
const fallbacks = new WeakMap();
/**
 * Waits for cleanup: never aborted itself (it is what a cancel does), and after a cancel bounded by the
 * request's budget so the report is out before the runner kills the step.
 */
function cleanupPoll(poll) {
    const { signal, ...rest } = poll;
    if (!signal?.aborted)
        return rest;
    const request = cancelRequest(signal);
    return { ...rest, timeoutMs: request.waitMs, deadline: request.deadline((poll.now ?? Date.now)()) };
}

;// CONCATENATED MODULE: ./src/runtime/cancel-on-signals.ts
// The shells' side of cancellation: SIGINT/SIGTERM abort the run's AbortSignal once, with a CancelRequest
// saying which signal and how long the cleanup may wait (cancellation.ts). While handlers are
// installed, Node no longer exits on these signals by itself: the run undoes what is in flight, reports,
// and ends with a non-zero exit code. What a repeated signal does is the shell's choice.

const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM'];
function cancelOnSignals(options) {
    const target = options.target ?? process;
    const controller = new AbortController();
    const handler = (name) => {
        if (controller.signal.aborted)
            return options.onRepeat(name);
        controller.abort(new CancelRequest(name, options.waitMs));
        options.onFirst(name);
    };
    for (const name of CANCEL_SIGNALS)
        target.on(name, handler);
    return {
        signal: controller.signal,
        dispose: () => {
            for (const name of CANCEL_SIGNALS)
                target.off(name, handler);
        },
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/images/process-tree.ts
// The processes a program started, found through /proc (Linux): a cancelled build must not leave its
// RUN step running. podman runs a step as the first process of its own namespaces and session, under
// buildah-oci-runtime; when podman is stopped it does not always stop the step first, and the step, now
// parented to init, is out of reach of its process group and of the runner's process-tree kill.

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses). */
function stat(pid) {
    try {
        const text = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
        // After the name: state(3) ppid(4) ... starttime(22), numbered from 1 in proc(5).
        return { ppid: Number(fields[1]), started: fields[19] };
    }
    catch {
        return undefined;
    }
}
/** Every descendant of `root`, now; empty where there is no /proc. */
function descendants(root) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return [];
    }
    const children = new Map();
    for (const entry of entries) {
        if (!/^\d+$/.test(entry))
            continue;
        const s = stat(Number(entry));
        if (!s)
            continue;
        const list = children.get(s.ppid) ?? [];
        list.push({ pid: Number(entry), started: s.started });
        children.set(s.ppid, list);
    }
    const found = [];
    const queue = [root];
    for (let pid = queue.shift(); pid !== undefined; pid = queue.shift())
        for (const child of children.get(pid) ?? []) {
            found.push(child);
            queue.push(child.pid);
        }
    return found;
}
/** SIGKILLs the processes of `ids` that still run (same id, same start time). */
function killSurvivors(ids) {
    for (const id of ids) {
        if (stat(id.pid)?.started !== id.started)
            continue;
        try {
            process.kill(id.pid, 'SIGKILL');
        }
        catch {
            // Gone meanwhile.
        }
    }
}

;// CONCATENATED MODULE: ./src/images/command.ts
// Runs the engines' CLIs and git. Node's own spawn rather than @actions/exec: a cancelled run must stop a
// build in flight, and @actions/exec gives no way to signal the child it started (actions/toolkit#1656,
// #1534). Output is captured and forwarded line by line, as @actions/exec's listeners did.



/** The program was stopped, or never started, because the signal was aborted. */
class CommandAborted extends Error {
    constructor(file) {
        super(`${file} was stopped: the run was cancelled`);
        this.name = 'CommandAborted';
    }
}
/** Process groups exist on POSIX systems; on Windows only the program itself is signalled. */
const GROUPS = process.platform !== 'win32';
/** The runner kills a cancelled step 10 s after its first signal: leave half of that to the build's exit. */
const KILL_AFTER_MS = 5000;
/**
 * Runs a program with an argument array: no shell is involved, so no compose value can inject
 * a command. Output is captured and, line by line, handed to `onLine`. A non-zero exit is a result,
 * not an error; a program that cannot be started (not installed) rejects.
 */
function runCommand(file, args, options = {}) {
    const { signal } = options;
    if (signal?.aborted)
        return Promise.reject(new CommandAborted(file));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            env: options.env ? { ...process.env, ...options.env } : process.env,
            cwd: options.cwd,
            stdio: ['pipe', 'pipe', 'pipe'],
            windowsHide: true,
            // Its own process group, so a cancel reaches what it started too: podman runs a RUN step through runc,
            // which forwards the signal to the step, while a SIGTERM to podman alone leaves the step running.
            detached: GROUPS,
        });
        const stdout = collect(child.stdout, options.onLine);
        const stderr = collect(child.stderr, options.onLine);
        let killer;
        let started = [];
        const signalAll = (name) => {
            try {
                if (GROUPS && child.pid !== undefined)
                    process.kill(-child.pid, name);
                else
                    child.kill(name);
            }
            catch {
                // Already gone.
            }
        };
        const stop = () => {
            if (child.pid !== undefined)
                started = descendants(child.pid);
            signalAll('SIGTERM');
            killer = setTimeout(() => signalAll('SIGKILL'), options.killAfterMs ?? KILL_AFTER_MS);
            killer.unref();
        };
        signal?.addEventListener('abort', stop, { once: true });
        const settle = () => {
            signal?.removeEventListener('abort', stop);
            if (killer)
                clearTimeout(killer);
        };
        child.on('error', (err) => {
            settle();
            reject(err);
        });
        child.on('close', (code, killedBy) => {
            settle();
            stdout.flush();
            stderr.flush();
            if (signal?.aborted) {
                // What it started and left behind (a RUN step in its own session) goes with it.
                killSurvivors(started);
                return reject(new CommandAborted(file));
            }
            // A program ended by a signal exits 128 + its number, as a shell would report it.
            const exitCode = code ?? 128 + (killedBy ? (external_node_os_.constants.signals[killedBy] ?? 0) : 0);
            resolve({ exitCode, stdout: stdout.text(), stderr: stderr.text() });
        });
        // Always close stdin: a program that unexpectedly reads (or prompts) gets EOF instead of hanging the
        // job; one that exits without reading must not fail the run with EPIPE.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '', 'utf8');
    });
}
/** A stream's whole text, and its complete lines as they arrive (each stream keeps its own partial line). */
function collect(stream, onLine) {
    // Decoded as a stream: a character split between two chunks is not mangled.
    stream.setEncoding('utf8');
    let text = '';
    let pending = '';
    stream.on('data', (data) => {
        text += data;
        if (!onLine)
            return;
        pending += data;
        const lines = pending.split(/\r?\n/);
        pending = lines.pop() ?? '';
        for (const line of lines)
            onLine(line);
    });
    return {
        flush() {
            if (pending && onLine)
                onLine(pending);
            pending = '';
        },
        text: () => text,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/private-temp.ts
// Where the run's private files go (registry credentials, build-secret files, an inline Dockerfile).
// On a GitHub runner: RUNNER_TEMP, which the runner empties at the beginning and end of each job, so a
// step killed before its own cleanup (or its post step) cannot leave a secret on a self-hosted runner's
// /tmp for the next job. Elsewhere (the CLI): the system's temp directory.
// https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables



function privateTempRoot(env = process.env) {
    return env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
}
/** A new directory only this user can read (mkdtemp makes it 0700). */
function makePrivateDir(prefix, env = process.env) {
    return (0,promises_.mkdtemp)((0,external_node_path_.join)(privateTempRoot(env), prefix));
}

;// CONCATENATED MODULE: ./src/images/leftovers.ts
// What a container engine leaves on the runner until it is disposed of: a private directory with this
// run's registry credentials (DOCKER_CONFIG, or podman's REGISTRY_AUTH_FILE) and the logins themselves.
// The main step cleans up after the images stage; the action's post step (src/post.ts) cleans up what a
// failed, cancelled or killed main step left, from the same record. Logging out matters beyond removing
// the directory: a docker config copied from the user's may name a credential store (credsStore or
// credHelpers), and `docker login` then keeps the ECR password there, outside the directory.
// https://docs.docker.com/reference/cli/docker/login/ ; podman: containers-auth.json(5) ("removed by using a logout
// command"; credential helpers configured per registry keep it elsewhere likewise).


/**
 * Logs out of each registry through the engine's own CLI and configuration, then removes the directory.
 * Nothing to do when the directory is already gone (`found` false). `problems` says what could not be
 * done, for the log: a failed logout (e.g. of a registry whose login never completed) never stops the
 * directory's removal.
 */
async function cleanUpEngine(leftovers, run = runCommand) {
    const found = await (0,promises_.access)(leftovers.dir).then(() => true, () => false);
    if (!found)
        return { found, problems: [] };
    const problems = [];
    for (const registry of leftovers.registries) {
        const result = await run(leftovers.program, ['logout', registry], { env: leftovers.env }).catch((err) => ({ exitCode: -1, stdout: '', stderr: err.message }));
        if (result.exitCode !== 0)
            problems.push(`${leftovers.program} logout ${registry}: ${(result.stderr || result.stdout).trim()}`);
    }
    await (0,promises_.rm)(leftovers.dir, { recursive: true, force: true });
    return { found, problems };
}
/** The record read back (the post step's state), keeping only well-formed entries. */
function leftovers_parseLeftovers(text) {
    let value;
    try {
        value = JSON.parse(text || '[]');
    }
    catch {
        return [];
    }
    if (!Array.isArray(value))
        return [];
    return value.filter((l) => typeof l?.dir === 'string' &&
        l.dir.length > 0 &&
        typeof l.program === 'string' &&
        typeof l.env === 'object' &&
        l.env !== null &&
        Object.values(l.env).every((v) => typeof v === 'string') &&
        Array.isArray(l.registries) &&
        l.registries.every((r) => typeof r === 'string'));
}

;// CONCATENATED MODULE: ./src/images/engine.ts









/**
 * A container engine driven through its CLI. Credentials live in a private config directory for
 * this run only (the password reaches the CLI on stdin); every command is an argument array.
 */
class CliEngine {
    program;
    /** The private directory and the logins in it, once created. */
    leftovers;
    ledger;
    signal;
    id = (0,external_node_crypto_.randomUUID)();
    constructor(program) {
        this.program = program;
    }
    /** Records the private directory and logins where the action's post step finds them (src/post.ts). */
    trackLeftovers(ledger) {
        this.ledger = ledger;
    }
    abortOn(signal) {
        this.signal = signal;
    }
    /** The private directory (created on first use) for credentials, iid and metadata files. */
    async privateDir() {
        if (!this.leftovers) {
            const dir = await makePrivateDir('compose-ecs-engine-');
            this.leftovers = { dir, program: this.program, env: this.environment(dir), registries: [] };
            this.ledger?.update(this.id, this.leftovers);
            await this.prepare(dir);
        }
        return this.leftovers.dir;
    }
    async run(args, what, options = {}) {
        const dir = await this.privateDir();
        let result;
        try {
            result = await runCommand(this.program, args, {
                input: options.input,
                env: { ...this.environment(dir), ...options.env },
                onLine: options.onLine,
                ...(this.signal ? { signal: this.signal } : {}),
            });
        }
        catch (err) {
            if (err instanceof CommandAborted && this.signal)
                throw new Cancelled(`${what} stopped: cancelled (${cancelRequest(this.signal).signalName})`);
            throw new src_errors/* UserError */.yo(`${what}: could not run ${this.program} (${err.message}); is a container engine installed?`);
        }
        if (result.exitCode !== 0) {
            const tail = lastLines(`${result.stdout}\n${result.stderr}`, 8);
            throw new src_errors/* UserError */.yo(`${what} failed (exit ${result.exitCode}):\n${tail}`);
        }
        return result;
    }
    /** `<cli> login --password-stdin`: the password never appears in an argument list. */
    async login(registry, username, password) {
        await this.privateDir();
        const leftovers = this.leftovers;
        // Recorded before the login runs: a step killed during it is still logged out afterwards.
        if (!leftovers.registries.includes(registry)) {
            leftovers.registries.push(registry);
            this.ledger?.update(this.id, leftovers);
        }
        await this.run(['login', '--username', username, '--password-stdin', registry], `${this.program} login to ${registry}`, {
            input: password,
            onLine: (line) => this.log(line),
        });
    }
    /** Logs out of every registry (a credential store may hold the password) and removes the private directory. */
    async dispose() {
        if (this.leftovers) {
            for (const problem of (await cleanUpEngine(this.leftovers)).problems)
                this.log(`cleanup: ${problem}`);
            this.ledger?.update(this.id, undefined);
        }
        this.leftovers = undefined;
    }
}
/** A private DOCKER_CONFIG that starts from the user's own (earlier logins, CLI plugins such as buildx). */
async function copyDockerConfig(dir) {
    const own = process.env.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker');
    await (0,promises_.copyFile)((0,external_node_path_.join)(own, 'config.json'), (0,external_node_path_.join)(dir, 'config.json')).catch(() => undefined);
    await (0,promises_.symlink)((0,external_node_path_.join)(own, 'cli-plugins'), (0,external_node_path_.join)(dir, 'cli-plugins')).catch(() => undefined);
}
const PUSH_DIGEST = /digest: (sha256:[a-f0-9]{64})/;
/** The digest `docker push` reports ("latest: digest: sha256:... size: 528"). */
function pushedDigest(result, reference) {
    const match = PUSH_DIGEST.exec(result.stdout) ?? PUSH_DIGEST.exec(result.stderr);
    if (!match?.[1])
        throw new src_errors/* UserError */.yo(`pushing ${reference}: the registry reported no digest`);
    return match[1];
}
/** The last meaningful lines of a command's output, for the error that fails the stage. */
function lastLines(text, count) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trimEnd())
        .filter((l) => l.trim() && !/^DEPRECATED|BuildKit is currently disabled|environment-variable\.$/.test(l));
    return lines.slice(-count).join('\n');
}

;// CONCATENATED MODULE: ./src/images/build-request.ts
// One image build, resolved from the compose model: every path absolute, every secret a file, every
// tag a full reference. Engines turn it into their own command line (src/images/engines/*).
/** Quotes a `key=value` field for the CSV syntax of docker's --secret, --ssh, --cache-from/to. */
function csvField(field) {
    return /[",\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}
/** `--flag value` pairs for every entry, in order. */
function repeat(flag, values) {
    return [...values].flatMap((v) => [flag, v]);
}
function keyValues(values) {
    return Object.entries(values).map(([k, v]) => `${k}=${v}`);
}
/** `nofile=1024:2048` */
function ulimitArgs(ulimits) {
    return repeat('--ulimit', Object.entries(ulimits).map(([name, { soft, hard }]) => `${name}=${soft}:${hard}`));
}
/** `host=ip` (compose's form) → `host:ip` (the CLIs' form). */
function addHostArgs(hosts) {
    return repeat('--add-host', hosts.map((h) => h.replace('=', ':')));
}
/** `--ssh default` or `--ssh id=path[,path]` (the same syntax for docker, buildx and podman). */
function sshArgs(ssh) {
    return repeat('--ssh', ssh.map((s) => (s.paths.length ? `${s.id}=${s.paths.join(',')}` : s.id)));
}
/** `--secret id=...,src=...`, CSV-quoted for docker's parser (podman has none: its ids are checked up front). */
function secretArgs(secrets, quote = csvField) {
    return repeat('--secret', secrets.map((s) => `${quote(`id=${s.id}`)},${quote(`src=${s.file}`)}`));
}

;// CONCATENATED MODULE: ./src/images/engines/buildkit.ts
// Docker's embedded BuildKit through the docker CLI with DOCKER_BUILDKIT=1 (docker 18.09–22.x; the
// CLI of Docker 23 and later needs the buildx plugin instead). Secrets, ssh, targets and inline cache
// work; cache exports, named contexts, attestations and multi-platform builds need buildx.




const BUILDKIT_CAPABILITIES = {
    multiPlatform: false,
    cacheTo: 'none',
    cacheFrom: 'reference',
    additionalContexts: false,
    attestations: false,
    ulimits: false,
    entitlements: false,
    secretIdOk: () => true,
    defaultCache: 'inline',
};
/** Maps `type=registry,ref=X` to X, the only cache source this CLI takes; anything else stays as written. */
function plainCacheRef(entry) {
    const ref = /^type=registry,ref=([^,]+)$/.exec(entry);
    return ref ? ref[1] : entry;
}
/** `docker build` arguments for one request (the iid file tells the image id; progress in plain lines). */
function buildkitArgs(r, iidfile) {
    const inline = r.cacheRef !== undefined;
    return [
        'build',
        '--progress=plain',
        '--file',
        r.dockerfile,
        '--iidfile',
        iidfile,
        ...repeat('--tag', inline ? [...r.tags, r.cacheRef] : r.tags),
        ...repeat('--build-arg', keyValues(r.args)),
        // Inline cache: the pushed buildcache image carries its own cache metadata for the next runner.
        ...(inline ? ['--build-arg', 'BUILDKIT_INLINE_CACHE=1'] : []),
        ...repeat('--label', keyValues(r.labels)),
        ...(r.target ? ['--target', r.target] : []),
        ...(r.platforms.length ? ['--platform', r.platforms[0]] : []),
        ...secretArgs(r.secrets),
        ...sshArgs(r.ssh),
        ...repeat('--cache-from', (inline ? [r.cacheRef] : r.cacheFrom).map(plainCacheRef)),
        ...addHostArgs(r.extraHosts),
        ...(r.network && r.network !== 'default' ? ['--network', r.network] : []),
        ...(r.pull ? ['--pull'] : []),
        ...(r.noCache ? ['--no-cache'] : []),
        r.context,
    ];
}
class BuildkitEngine extends CliEngine {
    logger;
    name = 'buildkit';
    description = "Docker's embedded BuildKit (DOCKER_BUILDKIT=1)";
    capabilities = BUILDKIT_CAPABILITIES;
    constructor(logger, program = 'docker') {
        super(program);
        this.logger = logger;
    }
    prepare(dir) {
        return copyDockerConfig(dir);
    }
    environment(dir) {
        return { DOCKER_CONFIG: dir, DOCKER_BUILDKIT: '1' };
    }
    log(line) {
        this.logger.info(line);
    }
    async buildAndPush(r, onLine) {
        const iidfile = (0,external_node_path_.join)(await this.privateDir(), `${r.service}.iid`);
        await this.run(buildkitArgs(r, iidfile), `building the image of service "${r.service}"`, { onLine });
        onLine(`image ${(await (0,promises_.readFile)(iidfile, 'utf8')).trim()}`);
        const pushes = r.cacheRef ? [...r.tags, r.cacheRef] : r.tags;
        const digests = [];
        for (const tag of pushes)
            digests.push(pushedDigest(await this.run(['push', tag], `pushing ${tag}`, { onLine }), tag));
        return digests[0];
    }
}

;// CONCATENATED MODULE: ./src/images/engines/buildx.ts
// Docker with the buildx plugin (GitHub's runners): `docker buildx build --push`, digests from the
// metadata file. What the builder can do depends on its driver: the default `docker` driver exports
// no cache and builds one platform; docker-container (docker/setup-buildx-action) does everything.
// https://docs.docker.com/build/builders/drivers/ ; ECR's registry cache needs image-manifest=true:
// https://aws.amazon.com/blogs/containers/announcing-remote-cache-support-in-amazon-ecr-for-buildkit-clients/





function buildxCapabilities(driver) {
    const full = driver !== 'docker';
    return {
        multiPlatform: full,
        cacheTo: full ? 'any' : 'none',
        cacheFrom: 'any',
        additionalContexts: true,
        attestations: full,
        ulimits: true,
        entitlements: true,
        secretIdOk: () => true,
        defaultCache: full ? 'registry' : 'inline',
    };
}
/** `docker buildx build` arguments for one request; the metadata file tells the pushed digest. */
function buildxArgs(r, metadataFile, capabilities) {
    const cacheFrom = r.cacheRef ? [`type=registry,ref=${r.cacheRef}`] : r.cacheFrom;
    const cacheTo = !r.cacheRef
        ? r.cacheTo
        : capabilities.defaultCache === 'registry'
            ? [`type=registry,ref=${r.cacheRef},mode=max,image-manifest=true,oci-mediatypes=true`]
            : ['type=inline'];
    const tags = r.cacheRef && capabilities.defaultCache === 'inline' ? [...r.tags, r.cacheRef] : r.tags;
    return [
        'buildx',
        'build',
        '--push',
        '--progress=plain',
        '--metadata-file',
        metadataFile,
        '--file',
        r.dockerfile,
        ...repeat('--tag', tags),
        ...repeat('--build-arg', keyValues(r.args)),
        ...repeat('--label', keyValues(r.labels)),
        ...(r.target ? ['--target', r.target] : []),
        ...(r.platforms.length ? ['--platform', r.platforms.join(',')] : []),
        ...secretArgs(r.secrets),
        ...sshArgs(r.ssh),
        ...repeat('--build-context', keyValues(r.additionalContexts)),
        ...repeat('--cache-from', cacheFrom),
        ...repeat('--cache-to', cacheTo),
        ...addHostArgs(r.extraHosts),
        ...(r.network && r.network !== 'default' ? ['--network', r.network] : []),
        ...(r.shmSize !== undefined ? ['--shm-size', String(r.shmSize)] : []),
        ...ulimitArgs(r.ulimits),
        ...repeat('--allow', r.entitlements),
        ...(r.pull ? ['--pull'] : []),
        ...(r.noCache ? ['--no-cache'] : []),
        ...(r.provenance !== undefined ? [`--provenance=${r.provenance}`] : []),
        ...(r.sbom !== undefined ? [`--sbom=${r.sbom}`] : []),
        r.context,
    ];
}
class BuildxEngine extends CliEngine {
    logger;
    driver;
    name = 'buildx';
    description;
    capabilities;
    constructor(logger, driver, program = 'docker') {
        super(program);
        this.logger = logger;
        this.driver = driver;
        this.description = `docker buildx (${driver} driver)`;
        this.capabilities = buildxCapabilities(driver);
    }
    prepare(dir) {
        return copyDockerConfig(dir);
    }
    environment(dir) {
        return { DOCKER_CONFIG: dir };
    }
    log(line) {
        this.logger.info(line);
    }
    async buildAndPush(r, onLine) {
        const metadataFile = (0,external_node_path_.join)(await this.privateDir(), `${r.service}.metadata.json`);
        await this.run(buildxArgs(r, metadataFile, this.capabilities), `building and pushing the image of service "${r.service}"`, {
            onLine,
        });
        const metadata = JSON.parse(await (0,promises_.readFile)(metadataFile, 'utf8'));
        const digest = metadata['containerimage.digest'];
        if (typeof digest !== 'string' || !/^sha256:[a-f0-9]{64}$/.test(digest))
            throw new src_errors/* UserError */.yo(`buildx reported no pushed digest for service "${r.service}"`);
        return digest;
    }
}

;// CONCATENATED MODULE: ./src/images/engines/podman.ts
// podman (buildah inside): secrets, ssh, named contexts and cache mounts work; its registry cache
// (--cache-from/--cache-to) takes plain repositories. A multi-platform build goes into a local manifest
// list that `podman manifest push --all` pushes as one index (RUN steps for a foreign architecture need
// qemu-user-static's binfmt handlers on the runner, as with buildx).






const PODMAN_CAPABILITIES = {
    multiPlatform: true,
    cacheTo: 'reference',
    cacheFrom: 'reference',
    additionalContexts: true,
    attestations: false,
    ulimits: true,
    entitlements: false,
    // buildah splits --secret on commas, with no quoting.
    secretIdOk: (id) => !/[,\r\n]/.test(id),
    defaultCache: 'none',
};
/** `podman build` arguments for one request; several platforms build into the local manifest list named. */
function podmanBuildArgs(r, iidfile, manifest) {
    return [
        'build',
        '--file',
        r.dockerfile,
        '--iidfile',
        iidfile,
        ...(manifest ? ['--manifest', manifest] : repeat('--tag', r.tags)),
        // podman 4.3's layer cache ignores the platform for some steps (FROM scratch + COPY gives every
        // platform the first one's image, and the list ends up with one entry): no layer cache for these.
        ...(manifest ? ['--layers=false'] : []),
        ...repeat('--build-arg', keyValues(r.args)),
        ...repeat('--label', keyValues(r.labels)),
        ...(r.target ? ['--target', r.target] : []),
        ...(r.platforms.length ? ['--platform', r.platforms.join(',')] : []),
        ...secretArgs(r.secrets, (field) => field),
        ...sshArgs(r.ssh),
        ...repeat('--build-context', keyValues(r.additionalContexts)),
        ...repeat('--cache-from', r.cacheFrom.map(plainCacheRef)),
        ...repeat('--cache-to', r.cacheTo.map(plainCacheRef)),
        ...addHostArgs(r.extraHosts),
        ...(r.network && r.network !== 'default' ? ['--network', r.network] : []),
        ...(r.shmSize !== undefined ? ['--shm-size', `${r.shmSize}b`] : []),
        ...ulimitArgs(r.ulimits),
        ...(r.pull ? ['--pull=always'] : []),
        ...(r.noCache ? ['--no-cache'] : []),
        r.context,
    ];
}
class PodmanEngine extends CliEngine {
    logger;
    name = 'podman';
    description = 'podman';
    capabilities = PODMAN_CAPABILITIES;
    constructor(logger, program = 'podman') {
        super(program);
        this.logger = logger;
    }
    /** Starts from the user's own podman logins (private base images, other registries of build.tags). */
    async prepare(dir) {
        const candidates = [
            process.env.REGISTRY_AUTH_FILE,
            process.env.XDG_RUNTIME_DIR && (0,external_node_path_.join)(process.env.XDG_RUNTIME_DIR, 'containers/auth.json'),
            (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.config/containers/auth.json'),
        ].filter((p) => Boolean(p));
        for (const file of candidates) {
            if (await (0,promises_.copyFile)(file, (0,external_node_path_.join)(dir, 'auth.json')).then(() => true, () => false))
                return;
        }
    }
    environment(dir) {
        // Logins for this run only; podman reads and writes this file instead of the user's.
        return { REGISTRY_AUTH_FILE: (0,external_node_path_.join)(dir, 'auth.json') };
    }
    log(line) {
        this.logger.info(line);
    }
    async buildAndPush(r, onLine) {
        const dir = await this.privateDir();
        const iidfile = (0,external_node_path_.join)(dir, `${r.service}.iid`);
        const manifest = r.platforms.length > 1
            ? `localhost/compose-ecs-${(0,external_node_path_.basename)(dir).toLowerCase()}/${r.service}:index`
            : undefined;
        try {
            await this.run(podmanBuildArgs(r, iidfile, manifest), `building the image of service "${r.service}"`, {
                onLine,
            });
            onLine(`image ${(await (0,promises_.readFile)(iidfile, 'utf8')).trim()}`);
            const digests = [];
            for (const [i, tag] of r.tags.entries()) {
                const digestfile = (0,external_node_path_.join)(dir, `${r.service}.${i}.digest`);
                const push = manifest
                    ? ['manifest', 'push', '--all', '--digestfile', digestfile, manifest, `docker://${tag}`]
                    : ['push', '--digestfile', digestfile, tag];
                await this.run(push, `pushing ${tag}`, { onLine });
                digests.push((await (0,promises_.readFile)(digestfile, 'utf8')).trim());
            }
            return digests[0];
        }
        finally {
            // The local manifest list is this run's scratch; its images stay in the layer cache.
            if (manifest)
                await this.run(['manifest', 'rm', manifest], `removing ${manifest}`).catch(() => undefined);
        }
    }
}

;// CONCATENATED MODULE: ./src/images/select-engine.ts
// Which engine builds the images: the `builder` input, or the first that works here — buildx (what
// GitHub's runners have), podman, then the docker CLI's embedded BuildKit (Docker before 23).







const probeCommand = (program, args) => runCommand(program, args).catch(() => undefined);
const ok = (r) => r?.exitCode === 0;
/** The driver of buildx's current builder ("docker", "docker-container", ...), or undefined without buildx. */
async function buildxDriver(probe) {
    if (!ok(await probe('docker', ['buildx', 'version'])))
        return undefined;
    const inspect = await probe('docker', ['buildx', 'inspect']);
    return (ok(inspect) && /^Driver:\s*(\S+)/m.exec(inspect.stdout)?.[1]) || 'docker';
}
/** The docker CLI's major version when it can still build with its embedded BuildKit (before 23). */
async function embeddedBuildkit(probe) {
    const version = await probe('docker', ['version', '--format', '{{.Client.Version}} {{.Server.Version}}']);
    const [client, server] = ok(version) ? version.stdout.trim().split(' ') : [];
    return Boolean(client && server && Number(client.split('.')[0]) < 23);
}
async function selectEngine(builder, logger, probe = probeCommand, 
/** Where the engine records its credentials directory and logins (the action's post step cleans up). */
ledger) {
    const tried = [];
    const make = {
        buildx: async () => {
            const driver = await buildxDriver(probe);
            if (driver)
                return new BuildxEngine(logger, driver);
            tried.push('docker buildx (no buildx plugin)');
            return undefined;
        },
        podman: async () => {
            if (ok(await probe('podman', ['--version'])))
                return new PodmanEngine(logger);
            tried.push('podman (not found)');
            return undefined;
        },
        buildkit: async () => {
            if (await embeddedBuildkit(probe))
                return new BuildkitEngine(logger);
            tried.push('docker with DOCKER_BUILDKIT=1 (needs a docker CLI before 23 and a reachable daemon)');
            return undefined;
        },
    };
    const order = builder === 'auto' ? ['buildx', 'podman', 'buildkit'] : [builder];
    for (const name of order) {
        const engine = await make[name]();
        if (engine) {
            if (ledger && engine instanceof CliEngine)
                engine.trackLeftovers(ledger);
            logger.info(`builder: ${engine.description}${builder === 'auto' ? ' (chosen automatically)' : ''}`);
            return engine;
        }
    }
    throw new src_errors/* UserError */.yo(`no usable image builder: tried ${tried.join('; ')}. Install one, or set the builder input`);
}

// EXTERNAL MODULE: ./src/compose/bind-policy.ts
var bind_policy = __webpack_require__(88);
// EXTERNAL MODULE: ./src/options/parse.ts + 6 modules
var parse = __webpack_require__(821);
;// CONCATENATED MODULE: ./src/options/run-options.ts


function runOptions(options, shell) {
    const sha = shell.env.GITHUB_SHA;
    const secretKey = buildSecretKey(options, shell.env);
    return {
        mode: options.mode,
        load: {
            files: options.composeFiles,
            workingDir: options.workingDirectory,
            projectName: options.projectName,
            envFiles: options.envFiles,
            profiles: options.profiles,
            environment: shell.env,
            bindMounts: bindMountChoice(options).policy,
            allowOutsideWorkspace: options.allowOutsideWorkspace,
            allowPrivilegedBuilds: options.allowPrivilegedBuilds,
        },
        showVariables: options.showVariables,
        stackName: options.stackName,
        repositoryPrefix: options.repositoryPrefix,
        vpcId: options.vpcId,
        subnetIds: options.subnetIds,
        publicSubnetIds: options.publicSubnetIds,
        privateSubnets: options.privateSubnets,
        convert: {
            dropUnsupportedMounts: bindMountChoice(options).policy.drop === 'all',
            assignPublicIp: !options.privateSubnets,
            ...(options.permissionsBoundary ? { permissionsBoundary: options.permissionsBoundary } : {}),
        },
        templatePath: options.templatePath,
        templateBucket: options.templateBucket,
        waitTimeoutMs: options.waitTimeoutMinutes * 60_000,
        ...(shell.tags ? { tags: shell.tags } : {}),
        stack: (0,parse/* stackSettings */.m3)(options),
        forceChangeSet: options.forceChangeSet,
        cost: options.cost,
        allowVolumeReplacement: options.allowVolumeReplacement,
        pinImages: options.pinImages,
        keepSecrets: options.keepSecrets,
        release: {
            ...(options.environment ? { environment: options.environment } : {}),
            ...(sha ? { sha } : {}),
            ...(shell.runUrl ? { runUrl: shell.runUrl } : {}),
            transient: options.transientEnvironment,
            rollbackTo: options.rollbackTo,
        },
        images: {
            concurrency: options.buildConcurrency,
            cache: options.buildCache,
            provenance: options.provenance,
            sbom: options.sbom,
            kmsKey: options.repositoryKmsKey,
            lifecycleKeep: options.lifecycleKeep,
            untrusted: untrustedImages(options.untrustedImages, shell.env.GITHUB_EVENT_NAME),
            ...(secretKey ? { secretKey } : {}),
        },
    };
}
/**
 * Events whose code comes from a pull request: `pull_request` runs the pull request's own workflow, and
 * `pull_request_target` workflows that check the pull request out build its code too.
 */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** untrusted-images: `auto` is true on pull-request events. */
function untrustedImages(value, eventName) {
    return value === 'auto' ? PULL_REQUEST_EVENTS.includes(eventName ?? '') : value === 'true';
}
/** The build secrets' HMAC key: the action's input, or the CLI's $COMPOSE_ECS_BUILD_SECRET_KEY. */
function buildSecretKey(options, env) {
    return options.buildSecretKey || env.COMPOSE_ECS_BUILD_SECRET_KEY || undefined;
}
/**
 * The bind-mount policy `bind-mounts` names, or the deprecated flags' (with the deprecation the shells say
 * once, spelled as their input or flag).
 */
function bindMountChoice(options, style = 'input') {
    return (0,bind_policy/* chooseBindMountPolicy */.sA)(options.bindMounts ?? '', { dropBindMounts: options.dropBindMounts, bindMountsAsConfigs: options.bindMountsAsConfigs }, style);
}

// EXTERNAL MODULE: ./src/report/markdown.ts + 8 modules
var markdown = __webpack_require__(4535);
// EXTERNAL MODULE: ./src/report/reviewed-plan.ts
var reviewed_plan = __webpack_require__(7017);
// EXTERNAL MODULE: ./src/report/job-rows.ts
var job_rows = __webpack_require__(8711);
;// CONCATENATED MODULE: ./src/report/stack-progress.ts
const STACK = 'AWS::CloudFormation::Stack';
/** Records one event in `rows` (in place, in the order resources started); the stack's row comes first. */
function recordEvent(rows, event) {
    const at = rows.findIndex((r) => r.logicalId === event.logicalId && r.type === event.type);
    const previous = at >= 0 ? rows[at] : undefined;
    const row = {
        logicalId: event.logicalId,
        type: event.type,
        status: event.status,
        ...(event.reason ? { reason: event.reason } : {}),
    };
    if (event.status.endsWith('_FAILED'))
        row.failure = { status: event.status, reason: event.reason };
    else if (previous?.failure)
        row.failure = previous.failure;
    if (previous)
        rows[at] = row;
    else if (event.type === STACK)
        rows.unshift(row);
    else
        rows.push(row);
}

;// CONCATENATED MODULE: ./src/report/report-fold.ts
// The report is a fold of the run's events: one pure function from the events (report-events.ts) to the
// RunReport every rendering reads. It builds a fresh report each time and never changes an event: the
// events stay the run's history, and any prefix of them is the report as it stood then.


/** The report the events describe. The first `run-started` names the mode; without one there is no run. */
function foldReport(events) {
    const started = events.find((e) => e.kind === 'run-started');
    if (!started)
        throw new Error('internal: a report needs the run-started event');
    const report = {
        mode: started.mode,
        project: '',
        stackName: '',
        hasChanges: false,
        changes: [],
        images: [],
        warnings: [],
    };
    for (const event of events)
        apply(report, event);
    return report;
}
/**
 * One event into the report the fold is building (and owns): arrays are copied before they are changed,
 * so nothing an event holds is ever written to.
 */
function apply(report, event) {
    switch (event.kind) {
        case 'run-started':
            report.mode = event.mode;
            return;
        case 'stack-named':
            report.project = event.project;
            report.stackName = event.stackName;
            return;
        case 'warning':
            report.warnings.push(event.text);
            return;
        case 'images':
            report.images = [...event.images];
            return;
        case 'start-order':
            report.startOrder = [...event.lines];
            return;
        case 'domains':
            report.domains = [...event.lines];
            return;
        case 'next-rollouts':
            report.nextRollouts = [...event.lines];
            return;
        case 'redactions':
            report.redactions = [...new Set([...(report.redactions ?? []), ...event.values])];
            return;
        case 'shown-as':
            report.shownAs = [...event.shownAs];
            return;
        case 'commit':
            report.commit = event.sha;
            return;
        case 'run-url':
            report.runUrl = event.url;
            return;
        case 'region-read':
            if (event.region)
                report.region = event.region;
            else
                delete report.region;
            return;
        case 'release-recorded':
            report.release = { id: event.id, environment: event.environment };
            return;
        case 'reviewed-plan':
            if (event.reviewed)
                report.reviewed = event.reviewed;
            return;
        case 'api-calls':
            if (event.total !== undefined)
                report.apiCalls = event.total;
            report.apiCallsByPhase = { ...event.byPhase };
            return;
        case 'run-failed':
            report.error ??= event.error;
            if (event.cancelled)
                report.cancelled = true;
            return;
        default:
            applyPlanEvent(report, event);
    }
}
/** What the plan found, and the jobs it decided on. */
function applyPlanEvent(report, event) {
    switch (event.kind) {
        case 'planned':
            report.changeSetType = event.changeSetType;
            report.changeSetName = event.changeSetName;
            report.diff = event.diff;
            report.hasChanges = event.hasChanges;
            if (event.changes)
                report.changes = event.changes;
            // A plan's own warning is said first.
            if (event.warning)
                report.warnings.unshift(event.warning);
            if (event.cost)
                report.cost = event.cost;
            return;
        case 'destroy-planned':
            report.changes = event.changes;
            report.hasChanges = event.hasChanges;
            return;
        case 'cost-estimated':
            report.cost = event.cost;
            return;
        case 'jobs-planned':
            report.jobs = event.jobs.map((j) => ({ ...j }));
            return;
        case 'job':
            // The rows are the fold's own copies (jobs-planned), so a job's progress is written into them.
            (0,job_rows/* applyJobEvent */.O)(report, event);
            return;
        default:
            applyDeployEvent(report, event);
    }
}
/** The deploy (or a destroy's deletion) as it goes: its state, the stack's events, the rollout, the URLs. */
function applyDeployEvent(report, event) {
    switch (event.kind) {
        case 'deploy-skipped':
            report.deploy = { state: 'skipped', rollout: [], urls: { ...event.urls } };
            return;
        case 'deploy-started':
            report.deploy = { state: 'in-progress', rollout: [], resources: [], urls: {} };
            return;
        case 'stack-event':
            // The rows are the fold's own: recordEvent copies the event's fields into a new row.
            recordEvent(deployOf(report).resources, event.event);
            return;
        case 'rollout':
            deployOf(report).rollout = [...event.rows];
            return;
        case 'deploy-succeeded': {
            const deploy = deployOf(report);
            deploy.state = 'succeeded';
            deploy.urls = { ...event.urls };
            return;
        }
        case 'deploy-failed': {
            const deploy = deployOf(report);
            deploy.state = event.cancelled ? 'cancelled' : 'failed';
            deploy.error = event.error;
            if (event.diagnosis)
                deploy.diagnosis = event.diagnosis;
            return;
        }
        default:
            return;
    }
}
function deployOf(report) {
    report.deploy ??= { state: 'in-progress', rollout: [], resources: [], urls: {} };
    report.deploy.resources ??= [];
    return report.deploy;
}

;// CONCATENATED MODULE: ./src/releases/lazy-store.ts
/**
 * The GitHub Deployments store, loading Octokit on its first call (a chunk of its own): a plan, which
 * records nothing, never reads it (issue 13: start-up).
 */
function lazyReleases(token, repository) {
    let store;
    const get = () => (store ??= Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(52)]).then(__webpack_require__.bind(__webpack_require__, 7671)).then((m) => m.githubReleases(token, repository)));
    return {
        create: async (release) => (await get()).create(release),
        setState: async (id, state, details) => (await get()).setState(id, state, details),
        list: async (environment, limit) => (await get()).list(environment, limit),
    };
}

;// CONCATENATED MODULE: ./src/steps/result.ts

/**
 * The one failure type of a run: the error that ended it, the step it came from, and what was known
 * when it did (the events, hence the report, and the outputs once there were some), so the shells still
 * report the plan, the images and the stack of a failed deploy.
 */
class RunFailure extends Error {
    error;
    step;
    known;
    constructor(error, step, known) {
        super(error instanceof Error ? error.message : String(error));
        this.error = error;
        this.step = step;
        this.known = known;
        this.name = 'RunFailure';
    }
    get events() {
        return this.known.events;
    }
    get report() {
        return foldReport(this.known.events);
    }
    /** The stack the run was about, once the compose project (or a restored release) named it. */
    get stackName() {
        return this.report.stackName || undefined;
    }
    get result() {
        return this.known.result();
    }
}

;// CONCATENATED MODULE: ./src/kernel/steps.ts
// The steps of a run, by name: the log group each opens and the phase its AWS calls are counted under.
// A step's name is a type, so the counts follow the code: renaming a log group's title changes no phase
// (the phases were once matched by regular expressions over the titles, which a rename broke silently).
/**
 * Every step there is. Only a step that contains no other titled step opens a group (GitHub's log does not
 * nest groups): prepare holds one group per image build, apply holds deploy and rollout.
 */
const STEPS = {
    load: { title: () => 'load the compose project', phase: 'load', then: 'preflight and images' },
    /** Secrets checked, the stack read once, images built, pushed and pinned, the template converted. */
    prepare: { phase: 'preflight and images' },
    convert: {},
    /** A recorded release read back and checked for a rollback. */
    restore: {},
    plan: { title: (stack) => `plan stack ${stack}`, phase: 'plan', then: 'after the plan' },
    /** The Price List calls have their own phase; the one before resumes after them. */
    cost: { title: () => 'estimate the monthly cost', phase: 'cost' },
    /** The plan's change set removed (a plan, or a deploy with nothing to execute). */
    discard: {},
    /** The release recorded as a GitHub deployment, in progress; and its outcome at the end. */
    record: {},
    /** Images tagged, file secrets stored, the change set executed and the rollout followed. */
    apply: {},
    deploy: { title: (stack) => `deploy stack ${stack}`, phase: 'deploy', then: 'after the deploy' },
    rollout: { title: () => 'watch the ECS rollout', phase: 'rollout', then: 'after the rollout' },
    job: { title: (job) => `job ${job}` },
    /** What a destroy deletes and what stays. */
    'plan-destroy': {},
    delete: { title: (stack) => `delete stack ${stack}` },
    /** What the action stored outside the stack (secrets, configs, objects), removed after it. */
    'remove-stored': {},
};

;// CONCATENATED MODULE: ./src/kernel/kernel.ts



/**
 * The events that change what a reader of the PR comment sees while the run goes on: each is published.
 * The others (a plan, warnings, images, ...) are shown by the next publication or by the final report, so
 * a plan makes one comment write, not one per fact.
 */
const PROGRESS = new Set([
    'destroy-planned',
    'job',
    'deploy-skipped',
    'deploy-started',
    'stack-event',
    'rollout',
    'deploy-succeeded',
    'deploy-failed',
]);
class RunKernel {
    logger;
    calls;
    subscriber;
    log;
    known;
    /** The step each failure came from: the innermost one it left (an error keeps the first step noted). */
    stepOf = new WeakMap();
    constructor(mode, logger, calls, subscriber) {
        this.logger = logger;
        this.calls = calls;
        this.subscriber = subscriber;
        this.log = [{ kind: 'run-started', mode }];
    }
    /** The run's history so far (the live list: a failure's events include those its clean-up added). */
    get events() {
        return this.log;
    }
    /** The report as the events describe it now. */
    report() {
        return foldReport(this.log);
    }
    /** A fact learnt; published when it is progress a reader follows. Publishing never fails the run. */
    async emit(...events) {
        this.log.push(...events);
        if (events.some((e) => PROGRESS.has(e.kind)))
            await this.subscriber?.(this.log, false).catch(() => undefined);
    }
    /** What the run has produced so far (stack, change set, images): the outputs a failed run still sets. */
    know(outputs) {
        this.known = outputs;
    }
    /** Runs `body` as the named step: its log group, its phase of the AWS call counts, its failures noted. */
    async step(name, body, subject = '') {
        const spec = STEPS[name];
        const before = this.calls?.phase;
        if (this.calls && spec.phase)
            this.calls.phase = spec.phase;
        try {
            return spec.title ? await this.logger.group(spec.title(subject), body) : await body();
        }
        catch (err) {
            if (typeof err === 'object' && err !== null && !this.stepOf.has(err))
                this.stepOf.set(err, name);
            throw err;
        }
        finally {
            if (this.calls && spec.phase)
                this.calls.phase = spec.then ?? before;
        }
    }
    /** The mode's composition of steps, with its outputs as the result; any failure wrapped once. */
    async run(mode) {
        try {
            return this.result(await mode());
        }
        catch (err) {
            if (err instanceof RunFailure)
                throw err;
            const step = typeof err === 'object' && err !== null ? this.stepOf.get(err) : undefined;
            throw new RunFailure(err, step, {
                events: this.log,
                result: () => (this.known ? this.result(this.known) : undefined),
            });
        }
    }
    result(outputs) {
        const report = this.report();
        return {
            ...outputs,
            report,
            events: this.log,
            ...(report.release ? { releaseId: report.release.id } : {}),
        };
    }
}

;// CONCATENATED MODULE: ./src/template/aws-quotas.ts
/** Elastic Load Balancing: listeners per Application or Network Load Balancer (not adjustable). */
const MAX_LISTENERS_PER_LB = 50;
/** VPC: inbound rules per security group, default (adjustable; rules × groups per interface ≤ 1,000). */
const DEFAULT_RULES_PER_GROUP = 60;
/** VPC: security groups per network interface, default 5, adjustable up to 16. */
const DEFAULT_GROUPS_PER_ENI = 5;
const MAX_GROUPS_PER_ENI = 16;
function checkQuotas(template) {
    const out = { errors: [], warnings: [] };
    const resources = Object.entries(template.Resources);
    const listeners = new Map();
    for (const [, r] of resources)
        if (r.Type === 'AWS::ElasticLoadBalancingV2::Listener') {
            const lb = JSON.stringify(r.Properties?.LoadBalancerArn);
            listeners.set(lb, (listeners.get(lb) ?? 0) + 1);
        }
    for (const n of listeners.values())
        if (n > MAX_LISTENERS_PER_LB)
            out.errors.push({
                message: `the load balancer would have ${n} listeners (one per published port); Elastic Load Balancing allows ${MAX_LISTENERS_PER_LB} per load balancer (quota "Listeners per Application/Network Load Balancer", not adjustable). Put several HTTP services behind one published port with x-aws-route (path or host rules on one listener); publish only the ports clients outside the VPC need (services reach each other by name on any port without publishing); or split the project into several stacks`,
            });
    const rules = new Map();
    const addRule = (group, n = 1) => {
        const key = JSON.stringify(group);
        rules.set(key, (rules.get(key) ?? 0) + n);
    };
    for (const [id, r] of resources) {
        if (r.Type === 'AWS::EC2::SecurityGroupIngress')
            addRule(r.Properties?.GroupId);
        if (r.Type === 'AWS::EC2::SecurityGroup')
            addRule({ Ref: id }, (r.Properties?.SecurityGroupIngress ?? []).length);
    }
    for (const [group, n] of rules)
        if (n > DEFAULT_RULES_PER_GROUP)
            out.warnings.push({
                message: `security group ${group} would have ${n} inbound rules; AWS allows ${DEFAULT_RULES_PER_GROUP} by default (quota "Inbound or outbound rules per security group"): the stack fails unless the quota is raised in Service Quotas. Publish fewer ports (services reach each other by name without publishing)`,
            });
    for (const [id, r] of resources) {
        if (r.Type !== 'AWS::ECS::Service')
            continue;
        const groups = r.Properties?.NetworkConfiguration?.AwsvpcConfiguration?.SecurityGroups;
        const n = groups?.length ?? 0;
        const message = `${id}'s tasks would join ${n} security groups (one per compose network); a network interface takes ${DEFAULT_GROUPS_PER_ENI} by default (quota "Security groups per network interface", adjustable up to ${MAX_GROUPS_PER_ENI}). Attach the service to fewer networks`;
        if (n > MAX_GROUPS_PER_ENI)
            out.errors.push({ message });
        else if (n > DEFAULT_GROUPS_PER_ENI)
            out.warnings.push({ message: `${message}, or raise the quota in Service Quotas` });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/template/logical-id.ts
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
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8).toUpperCase();
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

;// CONCATENATED MODULE: ./src/template/context.ts

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
            service: assignIds(Object.keys(project.services)),
            network: assignIds(networkNames(project)),
            volume: assignIds(Object.keys(project.volumes)),
            secret: assignIds(Object.keys(project.secrets)),
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

;// CONCATENATED MODULE: ./src/compose/extensions/names.ts
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

;// CONCATENATED MODULE: ./src/compose/extensions/reader.ts
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

;// CONCATENATED MODULE: ./src/compose/extensions/autoscaling.ts


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

;// CONCATENATED MODULE: ./src/compose/units.ts
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

;// CONCATENATED MODULE: ./src/compose/extensions/deployment.ts
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
    const spec = r.object(ext, X.deployment, path);
    if (!spec)
        return undefined;
    const at = [...path, X.deployment];
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
    const decoded = compactAws({ strategy, percent, intervalMinutes, bakeMinutes, alarms, testPort });
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
    const seconds = typeof v === 'string' ? parseDuration(v) : v === 0 ? 0 : undefined;
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

;// CONCATENATED MODULE: ./src/compose/extensions/domain.ts

/** A listener rule takes at most 5 condition values (Elastic Load Balancing quota); a host-header rule names them all. */
const MAX_DOMAIN_NAMES = 5;
/** ACM: the certificate's first name (its DomainName) is at most 64 octets; the others up to 253. */
const MAX_FIRST_NAME = 64;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const ZONE_ID = /^Z[A-Z0-9]{1,31}$/;
function decodeDomain(r, ext, at) {
    const given = r.stringList(ext, X.domain, at);
    const zone = r.string(ext, X.hostedZone, at);
    if (given === undefined) {
        if (zone !== undefined)
            r.report.error([...at, X.hostedZone], `${X.hostedZone} names the zone of ${X.domain}, which is not set`);
        return undefined;
    }
    const path = [...at, X.domain];
    const names = [...new Set(given.map(normalize))];
    const bad = names.map((n) => [n, nameProblem(n)]).filter(([, problem]) => problem);
    for (const [name, problem] of bad)
        r.report.error(path, `${X.domain} ${JSON.stringify(name)}: ${problem}`);
    if (bad.length > 0)
        return undefined;
    if (names.length > MAX_DOMAIN_NAMES) {
        r.report.error(path, `${X.domain} takes at most ${MAX_DOMAIN_NAMES} names per service (a listener rule matches at most 5 host names)`);
        return undefined;
    }
    if (!names.some((n) => n.length <= MAX_FIRST_NAME)) {
        r.report.error(path, `${X.domain}: one name must be at most ${MAX_FIRST_NAME} characters (ACM's limit for a certificate's first name)`);
        return undefined;
    }
    const hostedZone = zone === undefined ? undefined : decodeZone(r, zone, names, [...at, X.hostedZone]);
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
        r.report.error(path, `${X.hostedZone} must be a hosted zone name or id (Z…): ${problem}`);
        return undefined;
    }
    const outside = names.filter((n) => n !== name && !n.endsWith(`.${name}`));
    if (outside.length > 0) {
        r.report.error(path, `${outside.join(', ')} ${outside.length > 1 ? 'are' : 'is'} not in zone ${name}`);
        return undefined;
    }
    return name;
}

// EXTERNAL MODULE: ./src/compose/gpu-instances.ts
var gpu_instances = __webpack_require__(6807);
;// CONCATENATED MODULE: ./src/compose/extensions/instance-type.ts
// x-aws-instance_type on a service: the EC2 instance type its GPU tasks run on, instead of the cheapest
// listed type that fits. Only the listed GPU types (src/compose/gpu-instances.ts) are accepted, so the loader
// can check that the type fits the service's GPUs, CPU and memory (src/compose/gpu-rules.ts).


function decodeInstanceType(r, ext, at) {
    const name = r.string(ext, X.instanceType, at);
    if (name === undefined)
        return undefined;
    if ((0,gpu_instances/* gpuInstanceType */.Sh)(name))
        return name;
    r.report.error([...at, X.instanceType], `${X.instanceType} ${name} is not one of the GPU instance types this tool knows (${gpu_instances/* GPU_INSTANCE_TYPES */.Pi.map((x) => x.name).join(', ')})`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/compose/extensions/capacity.ts

const capacity_FIELDS = ['spot', 'on_demand', 'base'];
function decodeCapacity(r, ext, path) {
    const value = ext[X.capacity];
    if (value === undefined || value === null)
        return undefined;
    const at = [...path, X.capacity];
    if (typeof value === 'string') {
        if (value === 'spot')
            return { spot: 1, onDemand: 0, base: 0 };
        if (value === 'on_demand')
            return { spot: 0, onDemand: 1, base: 0 };
        r.report.error(at, `${X.capacity} must be spot, on_demand or a mapping { spot, on_demand, base }`);
        return undefined;
    }
    const spec = r.object(ext, X.capacity, path);
    if (!spec)
        return undefined;
    r.knownFields(spec, capacity_FIELDS, at, 'capacity');
    const spot = r.number(spec, 'spot', at, { min: 0, max: 1000 });
    const onDemand = r.number(spec, 'on_demand', at, { min: 0, max: 1000 });
    const base = r.number(spec, 'base', at, { min: 0, max: 100000 });
    const read = { spot, on_demand: onDemand, base };
    // A field given but refused has been reported at its own path.
    if (capacity_FIELDS.some((f) => spec[f] !== undefined && spec[f] !== null && read[f] === undefined))
        return undefined;
    const capacity = { spot: spot ?? 0, onDemand: onDemand ?? 0, base: base ?? 0 };
    if (capacity.spot === 0 && capacity.onDemand === 0) {
        r.report.error(at, `${X.capacity} needs a weight above 0 for spot or on_demand: ECS places no task on a provider of weight 0`);
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

;// CONCATENATED MODULE: ./src/compose/extensions/secret-keys.ts

function secretKeys(report, keys, path) {
    keys?.forEach((key, i) => {
        if (key === '*')
            report.error([...path, i], `${X.keys}: "*" (every key of the JSON secret) has no ECS equivalent; list the keys the service reads, e.g. ${X.keys}: [username, password]`);
        else if (key.includes(':'))
            report.error([...path, i], `${X.keys}: ${JSON.stringify(key)} contains ':', which ECS's valueFrom uses as a separator`);
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

;// CONCATENATED MODULE: ./src/compose/extensions/decode.ts










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
        deployment: decodeDeployment(r, ext, at),
        domain: decodeDomain(r, ext, at),
        instanceType: decodeInstanceType(r, ext, at),
        capacity: decodeCapacity(r, ext, at),
    };
}

;// CONCATENATED MODULE: ./src/compose/aws-extensions.ts
// The x-aws-* extensions: names, typed fields and the decoder, each in src/compose/extensions/.




;// CONCATENATED MODULE: ./src/template/deployment-strategy.ts


/** BakeTimeInMinutes when neither x-aws-deployment.bake nor update_config.monitor says: ours, not ECS's. */
const DEFAULT_BAKE_MINUTES = 5;
const ECS_STRATEGY = { rolling: 'ROLLING', 'blue-green': 'BLUE_GREEN', canary: 'CANARY', linear: 'LINEAR' };
/**
 * The service's strategy with every default filled in (bake from update_config.monitor, else 5 minutes;
 * canary and linear timings from ECS's documented defaults), or undefined for a rolling update. The plan
 * text (src/report/strategy-text.ts) and the template read the same figures.
 */
function effectiveStrategy(s) {
    const d = s.aws?.deployment;
    if (!d || d.strategy === 'rolling')
        return undefined;
    const monitor = s.deploy?.updateConfig?.monitor;
    // update_config.monitor is seconds; ECS takes whole minutes: round up, so at least what compose asked.
    const bakeMinutes = d.bakeMinutes ?? (monitor !== undefined ? Math.ceil(monitor / 60) : DEFAULT_BAKE_MINUTES);
    const shifting = d.strategy === 'canary'
        ? {
            percent: d.percent ?? ECS_DEFAULTS.canaryPercent,
            intervalMinutes: d.intervalMinutes ?? ECS_DEFAULTS.canaryMinutes,
        }
        : d.strategy === 'linear'
            ? {
                percent: d.percent ?? ECS_DEFAULTS.linearPercent,
                intervalMinutes: d.intervalMinutes ?? ECS_DEFAULTS.linearMinutes,
            }
            : {};
    return { ...d, ...shifting, bakeMinutes };
}
/** Refuses, with ECS's reason, what ECS or CloudFormation would refuse after the images were built. */
function checkStrategy(ctx, s, checks) {
    const d = effectiveStrategy(s);
    if (!d)
        return;
    const at = ['services', s.name, X.deployment];
    const replicas = s.deploy?.replicas ?? 1;
    if (checks.statefulVolume !== undefined && replicas <= 1)
        ctx.error(at, `${s.name} writes volume ${checks.statefulVolume} with one replica, so its updates stop the old task first; ${d.strategy} runs both revisions at once (two writers on one data directory): use strategy: rolling`);
    if ((d.strategy === 'canary' || d.strategy === 'linear') && !checks.loadBalanced)
        ctx.error(at, `${d.strategy} shifts load-balanced traffic, and ${s.name} publishes no port on the load balancer (ECS needs Elastic Load Balancing or Service Connect for it); use blue-green, or publish a port`);
    if (checks.loadBalanced && checks.protocols.includes('udp'))
        ctx.error(at, `${d.strategy} shifts traffic through a weighted TCP listener; ${s.name} publishes a UDP port, which ECS documents no traffic shifting for: use strategy: rolling`);
    if (d.testPort !== undefined && !checks.loadBalanced)
        ctx.error([...at, 'test_port'], `test_port needs a published port on the load balancer to test`);
    if (s.deploy?.aws?.autoscaling === undefined && replicas === 0)
        ctx.warn(at, `${s.name} runs no task (replicas: 0): there is nothing to shift`);
    if (d.bakeMinutes > MAX_MINUTES)
        ctx.error([...at], `the bake time from update_config.monitor is ${d.bakeMinutes} minutes; ECS allows 0 to ${MAX_MINUTES}`);
    const total = totalMinutes(d);
    if ((d.strategy === 'canary' || d.strategy === 'linear') && total > CLOUDFORMATION_CEILING_MINUTES)
        ctx.error(at, `CloudFormation refuses a ${d.strategy} deployment computed at over 33 hours (${total} minutes with the bake from update_config.monitor)`);
}
/**
 * DeploymentConfiguration's strategy fields: Strategy and its configuration, BakeTimeInMinutes (ECS
 * requires it for BLUE_GREEN; set for every strategy, so the plan can say how long the old revision stays)
 * and, with alarms, Alarms (Enable; Rollback unless update_config.failure_action says otherwise).
 */
function strategyConfiguration(s, rollback) {
    const declared = s.aws?.deployment;
    const d = effectiveStrategy(s);
    const alarms = declared?.alarms;
    return {
        ...(alarms ? { Alarms: { AlarmNames: alarms, Enable: true, Rollback: rollback } } : {}),
        ...(d ? { BakeTimeInMinutes: d.bakeMinutes } : {}),
        ...(d?.strategy === 'canary'
            ? { CanaryConfiguration: { CanaryBakeTimeInMinutes: d.intervalMinutes, CanaryPercent: d.percent } }
            : {}),
        ...(d?.strategy === 'linear'
            ? { LinearConfiguration: { StepBakeTimeInMinutes: d.intervalMinutes, StepPercent: d.percent } }
            : {}),
        ...(declared ? { Strategy: ECS_STRATEGY[declared.strategy] } : {}),
    };
}
/** Every service with an x-aws-deployment, for the plan. */
function serviceStrategies(services, loadBalancer, cloudMap) {
    return services.flatMap(({ main, loadBalanced }) => {
        const declared = main.aws?.deployment;
        if (!declared)
            return [];
        const failureAction = main.deploy?.updateConfig?.failureAction ?? 'rollback';
        return [
            {
                service: main.name,
                strategy: effectiveStrategy(main) ?? declared,
                ...(loadBalanced ? { loadBalancer } : {}),
                cloudMap,
                rollback: failureAction === 'rollback',
            },
        ];
    });
}

;// CONCATENATED MODULE: ./src/compose/one-shot.ts
/** restart: always / unless-stopped (or restart_policy any): compose restarts it after every exit. */
function restartsForever(s) {
    const restart = s.restart?.split(':')[0];
    if (restart === 'always' || restart === 'unless-stopped')
        return true;
    return s.deploy?.restartPolicy?.condition === 'any';
}
/** The service whose task a service's container runs in: its own, or the one it is a sidecar of. */
function taskOf(name, s) {
    if (s.networkMode?.startsWith('service:'))
        return s.networkMode.slice('service:'.length);
    return s.aws?.sidecarOf ?? name;
}
/**
 * Services that become jobs (template/jobs.ts findJobs): the main container of their own task, restarting at
 * most on failure, and either `deploy.mode: replicated-job` or waited for with
 * `condition: service_completed_successfully` from another task.
 */
function oneShotServices(project) {
    const waitedFor = new Set();
    for (const [name, s] of Object.entries(project.services))
        for (const [dep, d] of Object.entries(s.dependsOn))
            if (d.condition === 'service_completed_successfully' && taskOf(name, s) !== dep)
                waitedFor.add(dep);
    const out = new Set();
    for (const [name, s] of Object.entries(project.services)) {
        if (taskOf(name, s) !== name || restartsForever(s))
            continue;
        const explicit = s.deploy?.mode === 'replicated-job' || s.deploy?.mode === 'global-job';
        if (explicit || waitedFor.has(name))
            out.add(name);
    }
    return out;
}

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

;// CONCATENATED MODULE: ./src/template/logs.ts

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
            LogGroupName: sub('/compose-ecs/${AWS::StackName}'),
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
        'awslogs-group': ref(LOG_GROUP_ID),
        'awslogs-region': ref('AWS::Region'),
        // Fixed: the group is the stack's own, and a prefix naming the project would make a project
        // rename a new revision of every task definition (and roll every service).
        'awslogs-stream-prefix': LOG_STREAM_PREFIX,
    };
    for (const key of Object.keys(userOptions).sort())
        options[key] = userOptions[key];
    const extraGroup = typeof userOptions['awslogs-group'] === 'string' ? userOptions['awslogs-group'] : undefined;
    return { config: { LogDriver: 'awslogs', Options: options }, ...(extraGroup ? { extraGroup } : {}) };
}

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
    for (const [key, value] of sortedRecord(c.sysctls ?? {})) {
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
            Family: join('-', [ref('AWS::StackName'), containerName(task.name)]),
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
    const environment = sortedRecord(c.environment)
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
    const log = logConfiguration(ctx, c);
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
        ...(Object.keys(c.labels).length > 0 ? { DockerLabels: Object.fromEntries(sortedRecord(c.labels)) } : {}),
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
    for (const [name, { soft, hard }] of sortedRecord(c.ulimits)) {
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

;// CONCATENATED MODULE: ./src/template/jobs.ts


/** Where the template says what its jobs are and how to run them (template Metadata, read by the deploy). */
const JOBS_METADATA = 'ComposeEcsJobs';
/** Compose names of the tasks that are jobs. */
function findJobs(ctx, tasks) {
    const waitedFor = new Set();
    for (const t of tasks)
        for (const c of t.containers)
            for (const [dep, d] of Object.entries(c.dependsOn))
                if (d.condition === 'service_completed_successfully' && !t.containers.some((x) => x.name === dep))
                    waitedFor.add(dep);
    const jobs = new Set();
    for (const t of tasks) {
        const s = t.main;
        const explicit = s.deploy?.mode === 'replicated-job' || s.deploy?.mode === 'global-job';
        if (!explicit && !waitedFor.has(s.name))
            continue;
        if (restartsForever(s)) {
            ctx.warn(['services', s.name, 'restart'], `${s.name} is waited for with service_completed_successfully but restarts after it exits (restart: ${s.restart ?? s.deploy?.restartPolicy?.condition}); it runs as a long-running ECS service and nothing waits for its success: set restart: "no" to run it once per deploy`);
            continue;
        }
        if (t.containers.length > 1)
            ctx.error(['services', s.name], `job ${s.name} (a one-shot service) cannot have sidecars (${t.containers
                .slice(1)
                .map((c) => c.name)
                .join(', ')}): its task ends when ${s.name} exits`);
        s.ports.forEach((p, i) => {
            if (p.published !== undefined)
                ctx.error(['services', s.name, 'ports', i], `job ${s.name} (a one-shot service) cannot publish a port: it runs once and exits`);
        });
        if (s.deploy?.aws?.autoscaling !== undefined)
            ctx.error(['services', s.name, 'deploy'], `job ${s.name} (a one-shot service) cannot be autoscaled`);
        if ((s.deploy?.replicas ?? 1) > 1)
            ctx.warn(['services', s.name, 'deploy', 'replicas'], `job ${s.name} runs once per deploy; replicas ${s.deploy?.replicas} is ignored`);
        jobs.add(t.name);
    }
    return jobs;
}
/** What the deploy needs to run the job: the task definition, where (as its service would run) and its order. */
function jobSpec(ctx, task, where) {
    return {
        TaskDefinition: where.taskDefinition,
        Container: containerName(task.main.name),
        Cluster: where.cluster,
        Subnets: where.subnets,
        SecurityGroups: where.securityGroups,
        AssignPublicIp: ctx.options.assignPublicIp ? 'ENABLED' : 'DISABLED',
        After: [...(where.order.get(task.name) ?? [])].sort(),
        Needs: [...(where.order.get(task.name) ?? [])]
            .map((name) => `${ctx.ids.service.get(name)}${where.jobs.has(name) ? 'TaskDefinition' : 'Service'}`)
            .sort(),
        Before: waitersOf(task.name, where.order, where.jobs),
        Holds: [],
        Attempts: jobAttempts(task.main),
    };
}
/** Refuses orders the two-phase deploy cannot honour (checkNoJobBehindService). */
function checkJobOrder(ctx, jobs, order) {
    for (const job of jobs)
        checkNoJobBehindService(ctx, job, jobs, order);
}
/** How many times the deploy may start the job: compose's on-failure retry count, plus the first run. */
function jobAttempts(s) {
    const [policy, count] = (s.restart ?? '').split(':');
    if (policy === 'on-failure' && count && /^\d+$/.test(count))
        return 1 + Math.min(Number(count), 10);
    const max = s.deploy?.restartPolicy?.maxAttempts;
    if (s.deploy?.restartPolicy?.condition === 'on-failure' && max !== undefined)
        return 1 + Math.min(max, 10);
    return 1;
}
/** Every task `name` starts after, directly or not. */
function startsAfter(name, order) {
    const seen = new Set();
    const stack = [...(order.get(name) ?? [])];
    while (stack.length > 0) {
        const next = stack.pop();
        if (seen.has(next))
            continue;
        seen.add(next);
        stack.push(...(order.get(next) ?? []));
    }
    return seen;
}
/**
 * A job runs before the services waiting for it roll, after the services it waits for rolled: one that
 * waits for a service which itself waits for a job would need a third phase. Refused, naming the chain.
 */
function checkNoJobBehindService(ctx, job, jobs, order) {
    for (const dep of startsAfter(job, order)) {
        if (jobs.has(dep))
            continue;
        const blocking = [...startsAfter(dep, order)].find((x) => jobs.has(x));
        if (blocking)
            ctx.error(['services', job, 'depends_on'], `job ${job} starts after ${dep}, which waits for job ${blocking}: a job can wait for jobs and for services that wait for no job`);
    }
}
/** The tasks that wait for `job`, directly or through other services. */
function waitersOf(job, order, jobs) {
    return [...order.keys()].filter((t) => !jobs.has(t) && startsAfter(t, order).has(job)).sort();
}

;// CONCATENATED MODULE: ./src/template/limits.ts

const MAX_RESOURCES = 500;
const MAX_PARAMETERS = 200;
const MAX_OUTPUTS = 200;
/** Largest body CreateChangeSet takes inline (TemplateBody). */
const MAX_INLINE_BODY_BYTES = 51_200;
/** Largest body through TemplateURL (S3). */
const MAX_S3_BODY_BYTES = 1_000_000;
/** True when the body must go through S3 (TemplateURL) rather than inline. */
function templateBodyTooLarge(body) {
    return Buffer.byteLength(body, 'utf8') > MAX_INLINE_BODY_BYTES;
}
function checkLimits(template, body) {
    const problems = [];
    const count = (what, rec, max, hint) => {
        const n = Object.keys(rec ?? {}).length;
        if (n > max)
            problems.push({ message: `the template has ${n} ${what}; CloudFormation allows ${max} (${hint})` });
    };
    count('resources', template.Resources, MAX_RESOURCES, 'split the project into several stacks');
    count('parameters', template.Parameters, MAX_PARAMETERS, 'use fewer file secrets');
    count('outputs', template.Outputs, MAX_OUTPUTS, 'publish fewer ports');
    for (const section of ['Parameters', 'Resources', 'Outputs', 'Conditions']) {
        for (const id of Object.keys(template[section] ?? {})) {
            if (!LOGICAL_ID.test(id))
                problems.push({
                    message: `logical ID ${JSON.stringify(id)} in ${section} must be 1 to 255 letters and digits`,
                });
        }
    }
    // CloudFormation is given the body as compact JSON (steps/prepare.ts), about half the readable body convert
    // returns (its two-space indents): the limit is on that form. It is written out only when the readable
    // body is over (a body that is not cannot have a compact form that is), and not for a template already
    // refused for its resources: that one has to be split, and each part is measured then.
    const readable = Buffer.byteLength(body, 'utf8');
    const measured = readable > MAX_S3_BODY_BYTES && Object.keys(template.Resources).length <= MAX_RESOURCES;
    const bytes = measured ? Buffer.byteLength(JSON.stringify(template), 'utf8') : 0;
    if (bytes > MAX_S3_BODY_BYTES)
        problems.push({
            message: `the template is ${bytes} bytes as compact JSON; CloudFormation takes at most ${MAX_S3_BODY_BYTES} bytes even from S3`,
        });
    return problems;
}

;// CONCATENATED MODULE: ./src/template/network.ts


const VPC_PARAM = 'VpcId';
const SUBNETS_PARAM = 'SubnetIds';
const LB_SUBNETS_PARAM = 'LoadBalancerSubnetIds';
/**
 * Subnets of an internet-facing load balancer: public ones (a route to an internet gateway), in at least
 * two availability zones, whatever subnets the tasks run in — with private-subnets the tasks' subnets
 * cannot take it. The plan stage fills it from the public-subnet-ids input or looks the VPC's public
 * subnets up (the tasks' own subnets when they are public already).
 */
function addLoadBalancerSubnetsParameter(ctx) {
    ctx.template.Parameters[LB_SUBNETS_PARAM] = {
        Type: 'List<AWS::EC2::Subnet::Id>',
        Description: 'Public subnets of the VPC for the internet-facing load balancer, one per availability zone',
    };
    return {
        name: LB_SUBNETS_PARAM,
        kind: 'load-balancer-subnets',
        description: 'public subnets of that VPC for the internet-facing load balancer, in at least two availability zones',
        public: true,
        minCount: 2,
    };
}
function addNetworkParameters(ctx) {
    const vpc = ctx.project.aws?.vpc;
    const vpcId = vpc?.startsWith('arn:') ? vpc.split('/').pop() : vpc; // arn:aws:ec2:region:account:vpc/vpc-123
    ctx.template.Parameters[VPC_PARAM] = { Type: 'AWS::EC2::VPC::Id', Description: 'VPC the services run in' };
    ctx.template.Parameters[SUBNETS_PARAM] = {
        Type: 'List<AWS::EC2::Subnet::Id>',
        Description: `${ctx.options.assignPublicIp ? 'Public' : 'Private'} subnets of the VPC, one per availability zone`,
    };
    return [
        {
            name: VPC_PARAM,
            kind: 'vpc',
            description: vpcId ? `the VPC named by ${X.vpc}` : "the account's default VPC",
            ...(vpcId ? { value: vpcId } : {}),
        },
        {
            name: SUBNETS_PARAM,
            kind: 'subnets',
            description: `${ctx.options.assignPublicIp ? 'public' : 'private'} subnets of that VPC, each in a different availability zone`,
            public: ctx.options.assignPublicIp,
            ...(usesEfs(ctx) ? { minCount: ctx.options.efsSubnetCount } : {}),
        },
    ];
}
function usesEfs(ctx) {
    return Object.values(ctx.project.services).some((s) => s.volumes.some((v) => v.type === 'volume' && v.source));
}
function networkId(ctx, name) {
    return `${ctx.ids.network.get(name)}Network`;
}
/** Adds a security group per (non-external) network; returns network name → group id value. */
function addNetworks(ctx) {
    const groups = new Map();
    for (const name of networkNames(ctx.project)) {
        const net = ctx.project.networks[name];
        const path = ['networks', name];
        // x-aws-securitygroup (deprecated; the loader says so).
        const legacy = net?.aws?.securityGroup;
        if (legacy !== undefined) {
            groups.set(name, legacy);
            continue;
        }
        if (net?.external) {
            const sg = net.externalName ?? net.name;
            if (!/^sg-[0-9a-f]+$/.test(sg))
                ctx.error([...path, 'name'], `external network ${name} must name an existing security group id (sg-...), got ${sg}`);
            groups.set(name, sg);
            continue;
        }
        if (net?.driver && !['bridge', 'overlay'].includes(net.driver))
            ctx.warn([...path, 'driver'], `network driver ${net.driver} is ignored: networks become security groups`);
        if (net?.internal)
            ctx.warn([...path, 'internal'], 'internal networks are not cut off from the internet here (tasks need egress to pull images and write logs)');
        const id = networkId(ctx, name);
        ctx.add(id, {
            Type: 'AWS::EC2::SecurityGroup',
            Properties: {
                // Without the project: GroupDescription is create-only, and a renamed project would replace the
                // group and roll every service. The project is in the group's tags.
                GroupDescription: `compose-ecs network ${name}`,
                VpcId: ref(VPC_PARAM),
            },
        });
        // Members talk to each other on any port, as on a compose network.
        ctx.add(`${id}Ingress`, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                Description: `Allow communication within network ${name}`,
                GroupId: ref(id),
                IpProtocol: '-1',
                SourceSecurityGroupId: ref(id),
            },
        });
        groups.set(name, ref(id));
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/template/published-ports.ts

/**
 * Ports sharing a published port share its listener (listener-ids.ts keys it by the port). Routes of one
 * listener need distinct priorities, and all its ports the same protocol and certificate.
 */
function shareListeners(ctx, ports) {
    const groups = new Map();
    for (const p of ports) {
        const key = `${p.port.published}/${p.port.protocol}`;
        groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const group of groups.values()) {
        if (group.length === 1 && !group[0].route)
            continue;
        const priorities = new Map();
        for (const p of group) {
            if (p.protocol !== group[0].protocol || p.certificate !== group[0].certificate)
                ctx.error(p.path, `the ports sharing published port ${p.port.published} must use one protocol and certificate`);
            if (!p.route)
                continue;
            const clash = priorities.get(p.route.priority);
            if (clash)
                ctx.error([...p.path, X.route], `route priority ${p.route.priority} is taken by ${clash} on port ${p.port.published}; set ${X.route}.priority`);
            priorities.set(p.route.priority, p.container.name);
        }
    }
}
/**
 * TCP and UDP on one published port (`53:53/tcp` + `53:53/udp`) cannot be two listeners: a load
 * balancer takes one listener per port (DuplicateListener). A Network Load Balancer's TCP_UDP listener
 * and target group carry both, and AWS documents TCP_UDP target groups for ip targets (Fargate).
 */
function mergeTcpUdp(ctx, ports) {
    const out = [];
    // Where in `out` each published port's entries are: a lookup per port, not a scan of every earlier one.
    const atPort = new Map();
    for (const p of ports) {
        const at = (atPort.get(p.port.published) ?? []).find((i) => {
            const o = out[i];
            return o.protocols.length === 1 && o.protocols[0] !== p.port.protocol;
        });
        const twin = at === undefined ? undefined : out[at];
        if (at === undefined || !twin) {
            atPort.set(p.port.published, [...(atPort.get(p.port.published) ?? []), out.length]);
            out.push(p);
            continue;
        }
        const tcp = twin.port.protocol === 'tcp' ? twin : p;
        if (twin.container !== p.container || twin.port.target !== p.port.target || tcp.protocol !== 'TCP') {
            ctx.error(p.path, `port ${p.port.published} is published for TCP and UDP: a load balancer has one listener per port, so both must go to the same container port of the same service, without TLS (one TCP_UDP listener)`);
            continue;
        }
        out[at] = {
            ...tcp,
            id: `${ctx.ids.service.get(tcp.container.name)}TCPUDP${tcp.port.published}`,
            protocols: ['tcp', 'udp'],
            protocol: 'TCP_UDP',
        };
    }
    return out;
}
/** Ports and images of datastores: publishing one on an internet-facing load balancer exposes the data. */
const DATASTORE_PORTS = new Map([
    [5432, 'PostgreSQL'],
    [3306, 'MySQL/MariaDB'],
    [1433, 'SQL Server'],
    [1521, 'Oracle'],
    [27017, 'MongoDB'],
    [6379, 'Redis'],
    [11211, 'Memcached'],
    [9200, 'Elasticsearch/OpenSearch'],
    [9300, 'Elasticsearch/OpenSearch'],
    [9042, 'Cassandra'],
    [5984, 'CouchDB'],
    [8086, 'InfluxDB'],
    [26257, 'CockroachDB'],
    [5672, 'RabbitMQ'],
]);
const DATASTORE_IMAGES = /(^|\/)(postgres|postgis|mysql|mariadb|mongo|redis|valkey|memcached|elasticsearch|opensearch|cassandra|couchdb|influxdb|cockroach|rabbitmq)[^/]*$/i;
function warnIfDatastore(ctx, p) {
    const byPort = DATASTORE_PORTS.get(p.port.target) ?? DATASTORE_PORTS.get(p.port.published);
    const image = (p.container.image ?? '').split('@')[0].split(':')[0];
    const what = byPort ?? (DATASTORE_IMAGES.test(image) ? image : undefined);
    if (what === undefined)
        return;
    ctx.warn(p.path, `SECURITY: ${p.container.name} publishes ${what} port ${p.port.published} on an internet-facing load balancer open to 0.0.0.0/0; other services reach it by name without publishing it. Remove the published port, bind it to 127.0.0.1 (host_ip) to keep it private, or set ${X.loadBalancerScheme}: internal`);
}
/** 0.0.0.0 / :: (or an empty host part) mean every interface, as if no address were given. */
function isWildcard(ip) {
    const a = ip.trim().toLowerCase();
    return a === '' || a === '0.0.0.0' || /^[0:]+$/.test(a);
}
/** 127.0.0.0/8 (also IPv4-mapped, ::ffff:127.x.x.x), ::1 in any spelling, and localhost. */
function isLoopback(ip) {
    const a = ip
        .trim()
        .toLowerCase()
        .replace(/^\[|\]$/g, '');
    if (a === 'localhost')
        return true;
    const v4 = /^(?:(?:0{1,4}:){5}ffff:|::ffff:)?(\d{1,3})\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.exec(a);
    if (v4)
        return v4[1] === '127';
    const halves = a.split('::');
    if (halves.length > 2)
        return false;
    const parts = (h) => (h ? h.split(':') : []);
    const head = parts(halves[0]);
    const tail = parts(halves[1]);
    const groups = halves.length === 2
        ? [...head, ...Array(Math.max(0, 8 - head.length - tail.length)).fill('0'), ...tail]
        : head;
    return (groups.length === 8 &&
        groups.every((g) => /^[0-9a-f]{1,4}$/.test(g)) &&
        groups.slice(0, 7).every((g) => parseInt(g, 16) === 0) &&
        parseInt(groups[7], 16) === 1);
}

;// CONCATENATED MODULE: ./src/template/listener-ids.ts
/**
 * One listener per published port of the stack's one load balancer (a load balancer takes one listener
 * per port, whatever its protocol: TCP and UDP on one port share a TCP_UDP listener). The protocol is
 * left out on purpose: it is updated in place (only LoadBalancerArn is create-only), so HTTP becoming
 * HTTPS on a port changes the listener rather than adding a second one on that port. Which service the
 * port forwards to is the listener's default action, changed in place too.
 */
function listenerId(published) {
    return `Port${published}Listener`;
}
/** A listener rule by its listener and priority, which the listener holds unique (PriorityInUse). */
function ruleId(listener, priority) {
    return `${listener.replace(/Listener$/, '')}Priority${priority}Rule`;
}
/**
 * Target groups stay keyed by service and container port (the group's Port, which is create-only): a
 * new published port for the same container port keeps the group and only moves the listener. A service
 * publishing one container port twice (`80:8080` and `443:8080`) gets a group per published port after
 * the first, as before.
 */
function assignTargetGroups(ctx, ports) {
    const taken = new Set();
    return ports.map((p) => {
        const base = `${ctx.ids.service.get(p.container.name)}${p.protocols.join('').toUpperCase()}${p.port.target}`;
        const id = taken.has(base) ? `${base}Via${p.port.published}TargetGroup` : `${base}TargetGroup`;
        taken.add(base);
        return { ...p, targetGroupId: id };
    });
}

;// CONCATENATED MODULE: ./src/template/load-balancer-type.ts
// Which kind of load balancer the stack creates. Chosen from the published ports (an Application Load
// Balancer when every one is HTTP, else a Network Load Balancer) unless x-aws-loadbalancer_type says.
// The type is create-only: a change replaces the load balancer, with a new DNS name, and every URL of
// the project changes. So the choice says why it was made, and the plan stops a change nobody asked for
// (src/deploy/day-two.ts).


const describe = (p) => `${(0,src_errors/* formatPath */.jV)(p.path)} (${p.port.published}:${p.port.target}/${p.port.protocol})`;
/**
 * The type, and for an explicit Application Load Balancer the ports it cannot serve (UDP, TCP or TLS
 * asked through x-aws-protocol). A TCP port without x-aws-protocol is served as HTTP there: the file
 * says the load balancer speaks HTTP.
 */
function chooseLoadBalancerType(ctx, ports) {
    const asked = ctx.project.aws?.loadBalancerType;
    if (asked === 'network')
        return { type: 'network', explicit: true, cause: `${X.loadBalancerType}: network` };
    if (asked === 'application') {
        for (const p of ports) {
            if (p.port.protocol === 'udp' ||
                (p.requested !== undefined && !['http', 'https'].includes(p.requested)))
                ctx.error(p.path, `${X.loadBalancerType}: application serves HTTP and HTTPS only; ${describe(p)} is ${p.requested ?? p.port.protocol}`);
            else
                p.http = true;
        }
        return { type: 'application', explicit: true, cause: `${X.loadBalancerType}: application` };
    }
    const other = ports.find((p) => !p.http);
    if (ports.length > 0 && other === undefined)
        return {
            type: 'application',
            explicit: false,
            cause: 'every published port is HTTP (published on 80, on 443 with a certificate, or x-aws-protocol http/https)',
        };
    return {
        type: 'network',
        explicit: false,
        cause: other
            ? `${describe(other)} is not HTTP (an Application Load Balancer serves HTTP on 80, HTTPS on 443 with a certificate, or what x-aws-protocol says)`
            : 'nothing is published',
    };
}

;// CONCATENATED MODULE: ./src/template/routes.ts

/** The port's route, if it has one (x-aws-route, checked by the loader): prefixes expanded, a stable priority. */
function portRoute(route, key) {
    if (!route)
        return undefined;
    const { paths, hosts } = route;
    return { paths: expand(paths), hosts, priority: route.priority ?? defaultPriority(paths, hosts, key) };
}
/** `/api` means the prefix: `/api` and `/api/*`, as a compose user would expect. */
function expand(paths) {
    const out = [];
    for (const p of paths) {
        if (p.includes('*') || p === '/')
            out.push(p === '/' ? '/*' : p);
        else
            out.push(p.replace(/\/+$/, ''), `${p.replace(/\/+$/, '')}/*`);
    }
    return [...new Set(out)];
}
/**
 * A rule's priority must be unique on the listener and should not move when other routes come and go
 * (CloudFormation would create the new rule while the old one still holds the number). So: a band by
 * specificity — a host and more path segments come first, since the load balancer takes the lowest
 * matching number — and a stable hash of the service and port within the band.
 */
function defaultPriority(paths, hosts, key) {
    const segments = Math.max(0, ...paths.map((p) => p.split('/').filter((s) => s && s !== '*').length));
    const specificity = Math.min(49, segments + (hosts.length > 0 ? 10 : 0));
    return (49 - specificity) * 1000 + (parseInt(shortHash(key), 16) % 1000) + 1;
}

;// CONCATENATED MODULE: ./src/template/load-balancer-plan.ts




const HTTP_PROTOCOLS = ['http', 'https'];
/** Every published port of the project's tasks that the load balancer serves, in compose order. */
function collectPublishedPorts(ctx, tasks) {
    const raw = [];
    for (const task of tasks) {
        for (const container of task.containers) {
            container.ports.forEach((port, i) => {
                const request = portRequest(ctx, task, container, port, i);
                if (request)
                    raw.push(request);
            });
        }
    }
    return raw;
}
function portRequest(ctx, task, container, port, i) {
    if (port.published === undefined)
        return undefined;
    const path = ['services', container.name, 'ports', i];
    if (port.hostIp !== undefined && !isWildcard(port.hostIp)) {
        if (isLoopback(port.hostIp)) {
            // Compose binds such a port on the host's loopback only: nobody outside the host reaches it.
            // Publishing it on an internet-facing load balancer would expose what the file keeps private.
            ctx.warn([...path, 'host_ip'], `port ${port.published}:${port.target}/${port.protocol} is bound to ${port.hostIp} under compose: not published; reachable from other services by name (${container.name}:${port.target})`);
            return undefined;
        }
        ctx.warn([...path, 'host_ip'], `host_ip ${port.hostIp} is ignored: the port is published on the load balancer, open to 0.0.0.0/0`);
    }
    // x-aws-protocol (lower case, one of the known values) and x-aws-acm_certificate, from the loader.
    const requested = port.aws?.protocol;
    const certificate = port.aws?.certificate;
    if (port.protocol === 'udp' && requested && requested !== 'udp')
        ctx.error([...path, X.protocol], `a UDP port cannot use ${requested}`);
    if (port.protocol === 'udp' && certificate)
        ctx.error([...path, X.certificate], 'a UDP port cannot take a certificate');
    if ((requested === 'https' || requested === 'tls') && !certificate) {
        ctx.error([...path, X.protocol], `${requested.toUpperCase()} needs a certificate: set ${X.certificate} to an ACM certificate ARN`);
    }
    const http = port.protocol === 'tcp' &&
        (requested !== undefined
            ? HTTP_PROTOCOLS.includes(requested)
            : port.published === 80 || (port.published === 443 && certificate !== undefined));
    const route = portRoute(port.aws?.route, `${container.name}:${port.target}`);
    return {
        task,
        container,
        port,
        path,
        http,
        ...(route ? { route } : {}),
        ...(requested ? { requested } : {}),
        ...(certificate ? { certificate } : {}),
    };
}
/**
 * One listener per published port. Ports sharing one are routed (x-aws-route), all but at most one.
 * Target groups are assigned later (listener-ids.ts), hence the empty targetGroupId.
 */
function listenerPorts(ctx, raw, type) {
    const unrouted = new Map();
    return raw.map((p) => {
        const key = `${p.port.published}/${p.port.protocol}`;
        if (p.route && type !== 'application')
            ctx.error([...p.path, X.route], `${X.route} needs an Application Load Balancer: every published port must be HTTP`);
        const other = unrouted.get(key);
        // A port with x-aws-domain is reached by host name (domain-ports.ts): it claims no default action.
        const byHost = p.route !== undefined || p.domain !== undefined;
        if (!byHost && other)
            ctx.error(p.path, `port ${key} is already published by service ${other}; each published port needs its own listener (or give each service an ${X.route} to share it)`);
        if (!byHost)
            unrouted.set(key, p.container.name);
        // e.g. WebTCP80: the compose service, the compose protocol and the published port.
        const id = `${ctx.ids.service.get(p.container.name)}${p.port.protocol.toUpperCase()}${p.port.published}`;
        return {
            listenerId: listenerId(p.port.published),
            targetGroupId: '',
            task: p.task,
            container: p.container,
            port: p.port,
            path: p.path,
            id,
            protocols: [p.port.protocol],
            ...(p.route ? { route: p.route } : {}),
            protocol: listenerProtocol(p, type),
            ...(p.certificate ? { certificate: p.certificate } : {}),
            ...(p.domain ? { domain: p.domain } : {}),
        };
    });
}
function listenerProtocol(p, type) {
    if (type === 'application')
        return p.requested === 'https' || (p.requested === undefined && p.certificate) ? 'HTTPS' : 'HTTP';
    return p.port.protocol === 'udp' ? 'UDP' : p.certificate ? 'TLS' : 'TCP';
}

;// CONCATENATED MODULE: ./src/template/domain-ports.ts
// Which published port a service's x-aws-domain names are served from, and whether the load balancer can
// serve them: the names need the service's one published HTTP port (preferring 80) on an Application Load
// Balancer this stack creates. A domain port takes no listener's default action (it is reached by host
// name), so several services with domains may publish the same port; its rules get a priority here.



const HTTPS_PORT = 443;
/** Marks the port each x-aws-domain is served from (priority 0 until assignDomainPriorities). */
function markDomainPorts(ctx, tasks, raw) {
    for (const task of tasks)
        for (const container of task.containers) {
            const domain = container.aws?.domain;
            if (!domain)
                continue;
            const at = ['services', container.name, X.domain];
            const own = raw.filter((p) => p.container === container);
            const http = own.filter((p) => p.http);
            if (http.length === 0) {
                const others = own.map((p) => `${p.port.published}/${p.port.protocol}`);
                ctx.error(at, `${X.domain} needs a published HTTP port (e.g. ports: ["80:8080"])${others.length ? `; ${others.join(', ')} ${others.length > 1 ? 'are' : 'is'} not HTTP` : ''}`);
                continue;
            }
            const chosen = http.length === 1 ? http[0] : http.find((p) => p.port.published === 80);
            if (!chosen) {
                ctx.error(at, `${X.domain} serves one HTTP port, and ${container.name} publishes ${http.map((p) => p.port.published).join(', ')}: publish the one for the names on 80`);
                continue;
            }
            if (chosen.certificate !== undefined || chosen.requested === 'https') {
                ctx.error([...chosen.path, X.certificate], `${X.domain} creates the certificate for its names and serves them on ${HTTPS_PORT}: publish the service's plain HTTP port (e.g. "80:8080") and drop ${X.certificate} here`);
                continue;
            }
            if (chosen.route) {
                ctx.error([...chosen.path, X.route], `${X.domain} serves whole host names: ${X.route} on the port it serves is not supported with it`);
                continue;
            }
            chosen.domain = {
                names: domain.names,
                ...(domain.hostedZone ? { hostedZone: domain.hostedZone } : {}),
                priority: 0,
            };
        }
}
/**
 * What the load balancer must be for the domains: an Application Load Balancer this stack creates (the
 * alias records name its DNS name and zone), a name given to one service only, and 443 free for HTTPS.
 */
function checkDomainLoadBalancer(ctx, ports, type, existing) {
    const owners = new Map();
    for (const p of ports) {
        if (!p.domain)
            continue;
        const at = ['services', p.container.name, X.domain];
        if (type !== 'application')
            ctx.error(at, `${X.domain} needs an Application Load Balancer, and this project's is a Network Load Balancer: every published port must be HTTP`);
        if (existing)
            ctx.error(at, `${X.domain} needs the load balancer this stack creates, not ${X.loadBalancer}`);
        const taken = p.domain.names.filter((name) => owners.has(name));
        for (const name of taken)
            ctx.error(at, `${name} is also the ${X.domain} of service ${owners.get(name)}: one service per name`);
        // Refused already: its resources would only repeat the other service's (same logical IDs).
        if (taken.length > 0)
            delete p.domain;
        else
            for (const name of p.domain.names)
                owners.set(name, p.container.name);
    }
    const plain = ports.find((p) => p.port.published === HTTPS_PORT && p.protocol !== 'HTTPS');
    if (plain && ports.some((p) => p.domain))
        ctx.error(plain.path, `port ${HTTPS_PORT} is published as plain ${plain.protocol} by service ${plain.container.name}, and ${X.domain} needs it for HTTPS`);
}
/**
 * Each domain port's rules get one priority, used on the HTTPS listener and on the port's own listener:
 * from 1 to 999, so a host name is matched before any x-aws-route (whose priorities start at 1,000 unless
 * given), stable per service (a hash of its name) so that adding a service moves no other rule, and past
 * any priority already taken on either listener.
 */
function assignDomainPriorities(ports) {
    const taken = new Map();
    const takenOn = (listener) => taken.get(listener) ?? taken.set(listener, new Set()).get(listener);
    for (const p of ports)
        if (p.route)
            takenOn(p.listenerId).add(p.route.priority);
    const https = listenerId(HTTPS_PORT);
    const domains = ports
        .filter((p) => p.domain)
        .sort((a, b) => (a.container.name < b.container.name ? -1 : 1));
    for (const p of domains) {
        const used = (n) => takenOn(https).has(n) || takenOn(p.listenerId).has(n);
        let priority = (parseInt(shortHash(p.container.name), 16) % 999) + 1;
        while (used(priority))
            priority = (priority % 999) + 1;
        takenOn(https).add(priority);
        takenOn(p.listenerId).add(priority);
        p.domain = { ...p.domain, priority };
    }
    return ports;
}

;// CONCATENATED MODULE: ./src/template/load-balancer.ts









const LB_ID = 'LoadBalancer';
const LB_SG_ID = 'LoadBalancerSecurityGroup';
function planLoadBalancer(ctx, tasks) {
    const raw = collectPublishedPorts(ctx, tasks);
    markDomainPorts(ctx, tasks, raw);
    const choice = chooseLoadBalancerType(ctx, raw);
    const type = choice.type;
    const all = listenerPorts(ctx, raw, type);
    shareListeners(ctx, all);
    const ports = assignDomainPriorities(assignTargetGroups(ctx, mergeTcpUdp(ctx, all)));
    const lbScheme = ctx.project.aws?.loadBalancerScheme ?? 'internet-facing';
    if (lbScheme === 'internet-facing')
        for (const p of ports)
            warnIfDatastore(ctx, p);
    const existing = ctx.project.aws?.loadBalancer;
    checkDomainLoadBalancer(ctx, ports, type, existing !== undefined);
    const existingGroup = ctx.project.aws?.loadBalancerSecurityGroup;
    if (existingGroup !== undefined && existing === undefined && ports.length > 0)
        ctx.warn([X.loadBalancerSecurityGroup], `${X.loadBalancerSecurityGroup} applies only with ${X.loadBalancer}; the load balancer this stack creates has its own group`);
    if (ports.length === 0)
        return { type, choice, ports, existing: false, scheme: lbScheme };
    if (existing !== undefined) {
        if (existingGroup === undefined) {
            ctx.warn([X.loadBalancer], `SECURITY: the tasks behind the existing load balancer accept their published container ports from anywhere (0.0.0.0/0), not only from the load balancer; set ${X.loadBalancerSecurityGroup} to the load balancer's security group id to restrict them`);
            return { type, choice, ports, arn: existing, existing: true, scheme: lbScheme };
        }
        return {
            type,
            choice,
            ports,
            arn: existing,
            securityGroup: existingGroup,
            existing: true,
            scheme: lbScheme,
        };
    }
    addLoadBalancer(ctx, ports, type, lbScheme);
    return {
        type,
        choice,
        ports,
        arn: ref(LB_ID),
        securityGroup: ref(LB_SG_ID),
        existing: false,
        scheme: lbScheme,
    };
}
/** The load balancer this stack creates and its security group, open on every published port. */
function addLoadBalancer(ctx, ports, type, lbScheme) {
    ctx.add(LB_SG_ID, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            // Fixed: GroupDescription is create-only, and the project (which can be renamed) is in the tags.
            GroupDescription: 'compose-ecs load balancer: published ports',
            VpcId: ref(VPC_PARAM),
            SecurityGroupIngress: [
                ...firstPerListener(ports).flatMap((p) => p.protocols.map((protocol) => ({
                    CidrIp: '0.0.0.0/0',
                    Description: `${p.container.name} published port ${p.port.published}/${protocol}`,
                    FromPort: p.port.published,
                    IpProtocol: protocol,
                    ToPort: p.port.published,
                }))),
                ...httpsIngress(ports),
            ],
        },
    });
    ctx.add(LB_ID, {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: {
            Scheme: lbScheme,
            SecurityGroups: [ref(LB_SG_ID)],
            // An internet-facing load balancer needs public subnets (a route to an internet gateway), whatever
            // subnets the tasks use; an internal one sits beside the tasks.
            Subnets: ref(lbScheme === 'internal' ? SUBNETS_PARAM : LB_SUBNETS_PARAM),
            Type: type,
        },
    });
}
/** The HTTPS port x-aws-domain serves its names on, when no published port opens it already. */
function httpsIngress(ports) {
    if (!ports.some((p) => p.domain) || ports.some((p) => p.port.published === HTTPS_PORT))
        return [];
    const services = [...new Set(ports.filter((p) => p.domain).map((p) => p.container.name))];
    return [
        {
            CidrIp: '0.0.0.0/0',
            Description: `HTTPS for the ${X.domain} names of ${services.join(', ')}`,
            FromPort: HTTPS_PORT,
            IpProtocol: 'tcp',
            ToPort: HTTPS_PORT,
        },
    ];
}
/** The first port of each listener, in order (ports sharing a listener open its port once). */
function firstPerListener(ports) {
    const seen = new Set();
    return ports.filter((p) => !seen.has(p.listenerId) && Boolean(seen.add(p.listenerId)));
}

;// CONCATENATED MODULE: ./src/template/options.ts
// Conversion options: all optional; the defaults give a working public deployment.
/**
 * busybox 1.36.1 (the multi-platform index), pinned by digest: the init containers receive secret values, so
 * the image must be the bytes reviewed, not whatever the tag names on the day a task starts. ECS takes
 * `repository-url/image@digest` (ContainerDefinition.Image in the ECS API reference).
 */
const DEFAULT_SECRETS_INIT_IMAGE = 'public.ecr.aws/docker/library/busybox@sha256:73aaf090f3d85aa34ee199857f03fa3a95c8ede2ffd4cc2cdb5b94e566b11662';
function resolveOptions(o = {}) {
    return {
        dropUnsupportedMounts: o.dropUnsupportedMounts ?? false,
        assignPublicIp: o.assignPublicIp ?? true,
        enableExec: o.enableExec ?? false,
        serviceDiscovery: o.serviceDiscovery ?? true,
        efsSubnetCount: Math.max(1, Math.floor(o.efsSubnetCount ?? 2)),
        secretsInitImage: o.secretsInitImage ?? DEFAULT_SECRETS_INIT_IMAGE,
        ...(o.permissionsBoundary ? { permissionsBoundary: o.permissionsBoundary } : {}),
    };
}

;// CONCATENATED MODULE: ./src/template/overlay.ts
// x-aws-cloudformation: an overlay merged into the generated template.
// Rules (docs/mapping.md):
//  - maps merge deeply; a `null` value deletes the key (a whole resource, a property, ...);
//  - a list whose items (on both sides) are all maps carrying the same identifying key — the first of
//    `Name`, `Key`, `PolicyName`, `Sid` that every item has — merges by that key: a matching item merges
//    deeply, a new item is appended, and an overlay item with `"$delete": true` removes its match;
//  - every other list is replaced; `{ "$replace": [...] }` replaces even a list that would merge by key;
//  - anything else replaces the generated value.

const MERGE_KEYS = ['Name', 'Key', 'PolicyName', 'Sid'];
const DELETE = '$delete';
const REPLACE = '$replace';
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function mergeOverlay(base, overlay) {
    if (isMap(overlay) && REPLACE in overlay && Object.keys(overlay).length === 1)
        return overlay[REPLACE];
    if (isMap(base) && isMap(overlay)) {
        const out = { ...base };
        for (const [k, v] of Object.entries(overlay)) {
            if (v === null)
                delete out[k];
            else
                out[k] = k in out ? mergeOverlay(out[k], v) : stripMarkers(v);
        }
        return out;
    }
    if (Array.isArray(base) && Array.isArray(overlay)) {
        const key = mergeKey(base, overlay);
        if (key === undefined)
            return overlay.map(stripMarkers);
        const out = base.slice();
        for (const item of overlay) {
            const i = out.findIndex((b) => b[key] === item[key]);
            if (item[DELETE] === true) {
                if (i >= 0)
                    out.splice(i, 1);
            }
            else if (i >= 0)
                out[i] = mergeOverlay(out[i], item);
            else
                out.push(stripMarkers(item));
        }
        return out;
    }
    return stripMarkers(overlay);
}
function mergeKey(base, overlay) {
    const items = [...base, ...overlay];
    if (base.length === 0 || !items.every(isMap))
        return undefined;
    return MERGE_KEYS.find((k) => items.every((i) => typeof i[k] === 'string'));
}
/** Values copied from the overlay lose nulls and markers (they only mean something while merging). */
function stripMarkers(v) {
    if (Array.isArray(v))
        return v.filter((i) => !(isMap(i) && i[DELETE] === true)).map(stripMarkers);
    if (isMap(v)) {
        if (REPLACE in v && Object.keys(v).length === 1)
            return stripMarkers(v[REPLACE]);
        return Object.fromEntries(Object.entries(v)
            .filter(([k, x]) => x !== null && k !== DELETE)
            .map(([k, x]) => [k, stripMarkers(x)]));
    }
    return v;
}
function applyOverlay(ctx, template, overlay) {
    const path = [X.cloudformation];
    if (overlay === undefined || overlay === null)
        return template;
    if (!isMap(overlay)) {
        ctx.error(path, `${X.cloudformation} must be a mapping (a partial CloudFormation template)`);
        return template;
    }
    const merged = mergeOverlay(template, overlay);
    if (!isMap(merged.Resources)) {
        ctx.error(path, 'the overlay removed Resources');
        return template;
    }
    for (const [id, res] of Object.entries(merged.Resources)) {
        if (!isMap(res) || typeof res.Type !== 'string')
            ctx.error([...path, 'Resources', id], `overlay resource ${id} needs a Type`);
    }
    return merged;
}

;// CONCATENATED MODULE: ./src/template/permissions-boundary.ts
// permissions-boundary: every IAM role the stack creates carries the boundary the deploy role's policy
// demands (`iam:PermissionsBoundary` condition on iam:CreateRole, PutRolePolicy, AttachRolePolicy...), so
// no compose file can mint a role with more rights than the boundary allows, whatever x-aws-policies or
// x-aws-cloudformation asks for. A role's effective permissions are the intersection of its policies and
// its boundary: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html

/** Sets `PermissionsBoundary` on every AWS::IAM::Role; an overlay role naming another boundary is an error. */
function applyPermissionsBoundary(ctx, template, boundary) {
    if (!boundary)
        return template;
    for (const [id, resource] of Object.entries(template.Resources)) {
        if (resource.Type !== 'AWS::IAM::Role')
            continue;
        const properties = (resource.Properties ??= {});
        const given = properties.PermissionsBoundary;
        if (given === undefined)
            properties.PermissionsBoundary = boundary;
        else if (given !== boundary)
            ctx.error([X.cloudformation, 'Resources', id, 'Properties', 'PermissionsBoundary'], `role ${id} names another permissions boundary than permissions-boundary (${boundary}): the deploy role may create roles with that boundary only`);
    }
    return template;
}

// EXTERNAL MODULE: ./src/canonical-json.ts
var canonical_json = __webpack_require__(1552);
;// CONCATENATED MODULE: ./src/template/capacity-providers.ts
// The capacity providers of the cluster the stack creates, in one AWS::ECS::ClusterCapacityProviderAssociations:
// FARGATE and FARGATE_SPOT (services with x-aws-capacity) and the stack's own EC2 capacity providers (GPU
// services). One resource holds the cluster's whole list: PutClusterCapacityProviders replaces the list
// each time, so two resources would undo each other. A separate resource rather than the cluster's own
// CapacityProviders property: an Auto Scaling group capacity provider refers to the cluster (its instances
// join it), and the cluster referring back to the provider would be a circular dependency (CloudFormation
// user guide, AWS::ECS::ClusterCapacityProviderAssociations).

const CAPACITY_PROVIDERS_ID = 'ClusterCapacityProviders';
const FARGATE = 'FARGATE';
const FARGATE_SPOT = 'FARGATE_SPOT';
/**
 * Associates the providers the services' strategies name (and both Fargate providers, always) with the
 * cluster the stack creates. Returns the logical ID every service with a capacity provider strategy must
 * depend on: ECS refuses a strategy naming a provider the cluster does not have yet ("The specified capacity
 * provider strategy cannot contain a capacity provider that is not associated with the cluster"), and on
 * delete the service must go before the association is emptied. Undefined when nothing is associated: no
 * provider asked for, or an existing cluster (x-aws-cluster), whose list this stack must not replace — the
 * plan checks that cluster's association instead (steps/cluster-capacity.ts).
 */
function addCapacityProviders(ctx, cluster, providers) {
    if (providers.length === 0 || ctx.project.aws?.cluster !== undefined)
        return undefined;
    const seen = new Set();
    const list = [FARGATE, FARGATE_SPOT, ...providers].filter((p) => {
        const key = (0,canonical_json/* canonicalJson */.d)(p);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    ctx.add(CAPACITY_PROVIDERS_ID, {
        Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
        Properties: {
            CapacityProviders: list,
            Cluster: cluster,
            // Required by CloudFormation. Every service names its own strategy or launch type, and one-off tasks
            // ask for the FARGATE launch type, so the default only says what a bare RunTask on the cluster gets:
            // on-demand Fargate, as the launch types do.
            DefaultCapacityProviderStrategy: [{ CapacityProvider: FARGATE, Weight: 1 }],
        },
    });
    return CAPACITY_PROVIDERS_ID;
}
/** The providers a set of strategies name, in order of first mention (for addCapacityProviders). */
function providersOf(strategies) {
    const out = [];
    for (const strategy of strategies)
        for (const item of strategy ?? [])
            out.push(item.CapacityProvider);
    return out;
}
/** The nonce that makes a change of strategy roll the service's tasks onto it (ForceNewDeployment). */
function strategyNonce(strategy) {
    return strategy
        .map((s) => {
        const name = typeof s.CapacityProvider === 'string' ? s.CapacityProvider : (0,canonical_json/* canonicalJson */.d)(s.CapacityProvider);
        return `${name}:${s.Weight}${s.Base ? ` base ${s.Base}` : ''}`;
    })
        .join(', ');
}

;// CONCATENATED MODULE: ./src/template/service.ts





function serviceId(task) {
    return `${task.id}Service`;
}
function addService(ctx, task, taskDefinitionId, extras) {
    const s = task.main;
    const deploy = s.deploy;
    const strategy = extras.capacityProviderStrategy;
    checkStrategy(ctx, s, {
        loadBalanced: extras.loadBalancers.length > 0,
        protocols: extras.publishedProtocols,
        ...(statefulVolume(s) ? { statefulVolume: statefulVolume(s).volume } : {}),
    });
    for (const sidecar of task.containers.slice(1))
        if (sidecar.aws?.deployment)
            ctx.warn(['services', sidecar.name, X.deployment], `${X.deployment} on sidecar ${sidecar.name} is ignored: its task deploys as ${s.name} does`);
    // A listener or rule the strategy's AdvancedConfiguration refers to is a dependency already (cfn-lint W3005).
    const referenced = new Set([...JSON.stringify(extras.loadBalancers).matchAll(/"Ref":"([^"]+)"/g)].map((m) => m[1]));
    const dependsOn = [...new Set(extras.dependsOn)].filter((id) => !referenced.has(id)).sort();
    ctx.add(serviceId(task), {
        Type: 'AWS::ECS::Service',
        ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
        Properties: {
            // A service takes a launch type or a capacity provider strategy, never both (CreateService).
            ...(strategy ? { CapacityProviderStrategy: strategy } : {}),
            Cluster: extras.cluster,
            DeploymentConfiguration: deploymentConfiguration(ctx, s),
            DeploymentController: { Type: 'ECS' },
            ...(extras.autoscaled ? {} : { DesiredCount: deploy?.replicas ?? 1 }),
            EnableECSManagedTags: true,
            ...(extras.enableExec ? { EnableExecuteCommand: true } : {}),
            ...(extras.loadBalancers.length > 0
                ? { HealthCheckGracePeriodSeconds: extras.gracePeriod ?? 60 }
                : {}),
            // ECS does not move running tasks when only the strategy changes; a nonce that changes with it
            // does (AWS::ECS::Service ForceNewDeployment: a new deployment when the nonce changes, no other time).
            ...(strategy
                ? {
                    ForceNewDeployment: {
                        EnableForceNewDeployment: true,
                        ForceNewDeploymentNonce: strategyNonce(strategy),
                    },
                }
                : { LaunchType: 'FARGATE' }),
            ...(extras.loadBalancers.length > 0 ? { LoadBalancers: extras.loadBalancers } : {}),
            NetworkConfiguration: {
                AwsvpcConfiguration: {
                    // Public IPs are Fargate's: awsvpc tasks on EC2 get none (the plan checks their subnets' routes).
                    AssignPublicIp: ctx.options.assignPublicIp && !extras.ec2 ? 'ENABLED' : 'DISABLED',
                    SecurityGroups: extras.securityGroups,
                    Subnets: extras.subnets ?? ref(SUBNETS_PARAM),
                },
            },
            ...(extras.ec2 ? {} : { PlatformVersion: 'LATEST' }),
            // Tasks carry the service's tags (project, service) for cost allocation.
            PropagateTags: 'SERVICE',
            ...(extras.serviceRegistries.length > 0 ? { ServiceRegistries: extras.serviceRegistries } : {}),
            TaskDefinition: ref(taskDefinitionId),
        },
    }, task.name);
}
/** The named volume a service mounts read-write, if any (a database's data directory on EFS). */
function statefulVolume(s) {
    const index = s.volumes.findIndex((v) => v.type === 'volume' && v.source && !v.readOnly);
    const v = s.volumes[index];
    return v?.type === 'volume' && v.source ? { volume: v.source, index } : undefined;
}
/** Whether ECS Exec is on for this task: the option, or x-aws-enable_exec on the service. */
function execEnabled(ctx, s) {
    return s.aws?.enableExec ?? ctx.options.enableExec;
}
/**
 * Compose's update_config in ECS percentages (ECS-FACTS.md): with replicas r and parallelism p,
 * minimum ⌊(r−p)·100/r⌋ and maximum ⌊(r+p)·100/r⌋; start-first keeps every old task until its
 * replacement runs (minimum 100), stop-first never runs extra tasks (maximum 100);
 * x-aws-min_percent / x-aws-max_percent win for their own figure.
 */
function deploymentConfiguration(ctx, s) {
    const path = ['services', s.name, 'deploy'];
    const deploy = s.deploy;
    const uc = deploy?.updateConfig;
    const ucPath = [...path, 'update_config'];
    let min = 100;
    let max = 200;
    const stateful = statefulVolume(s);
    // Two tasks on one data directory corrupt it, or the new one cannot take the database's lock, fails
    // its health check and the circuit breaker rolls the deploy back: replace the task stop-first. Only
    // order: start-first asks otherwise; parallelism alone does not (its arithmetic would allow 200 %).
    const stopFirstCap = stateful !== undefined && (deploy?.replicas ?? 1) <= 1 && uc?.order !== 'start-first';
    if (stateful !== undefined && stopFirstCap && uc?.order === undefined)
        ctx.warn(['services', s.name, 'volumes', stateful.index], `${s.name} writes volume ${stateful.volume} with one replica: updates stop the old task before starting the new one (a short outage); set update_config.order: start-first to overlap them`);
    if (uc && (uc.parallelism !== undefined || uc.order !== undefined)) {
        const r = Math.max(1, deploy?.replicas ?? 1);
        let p = uc.parallelism ?? 1;
        if (p < 1)
            p = 1;
        if (p > r) {
            ctx.warn([...ucPath, 'parallelism'], `parallelism ${p} is more than the ${r} ${r === 1 ? 'replica' : 'replicas'}; ${r} is used`);
            p = r;
        }
        min = Math.floor(((r - p) * 100) / r);
        max = Math.floor(((r + p) * 100) / r);
        if (uc.order === 'start-first')
            min = 100;
        if (uc.order === 'stop-first')
            max = 100;
    }
    if (stopFirstCap) {
        min = 0;
        max = 100;
    }
    const xMin = uc?.aws?.minPercent;
    const xMax = uc?.aws?.maxPercent;
    if (xMin !== undefined)
        min = xMin;
    if (xMax !== undefined)
        max = xMax;
    if (min === 100 && max === 100)
        ctx.error(ucPath, 'minimum 100% and maximum 100% leave ECS no room to replace a task; raise the maximum or lower the minimum');
    if (uc?.delay !== undefined)
        ctx.warn([...ucPath, 'delay'], 'update_config.delay is ignored: ECS paces deployments by health');
    const strategy = effectiveStrategy(s);
    if (uc?.monitor !== undefined && strategy === undefined)
        ctx.warn([...ucPath, 'monitor'], `update_config.monitor is ignored for a rolling update: the circuit breaker watches the rollout (with ${X.deployment} strategy blue-green, canary or linear it is the bake time)`);
    if (uc?.monitor !== undefined && s.aws?.deployment?.bakeMinutes !== undefined)
        ctx.warn([...ucPath, 'monitor'], `update_config.monitor is ignored: ${X.deployment}.bake sets the bake time`);
    if (uc?.failureAction === 'pause')
        ctx.warn([...ucPath, 'failure_action'], 'failure_action: pause: ECS cannot pause a deployment; its circuit breaker stops a failing one without rolling it back, and CloudFormation then fails the update and rolls the stack (and the service) back');
    // rollback (and by default): ECS rolls a failed deployment back; pause: ECS stops it where it is
    // (CloudFormation still rolls the stack back); continue: no circuit breaker, alarms only report.
    const action = uc?.failureAction ?? 'rollback';
    const threshold = failureThreshold(ctx, uc, ucPath, action !== 'continue');
    return {
        DeploymentCircuitBreaker: {
            Enable: action !== 'continue',
            Rollback: action === 'rollback',
            ...(threshold ? { ThresholdConfiguration: threshold } : {}),
        },
        MaximumPercent: max,
        MinimumHealthyPercent: min,
        ...strategyConfiguration(s, action === 'rollback'),
    };
}
/**
 * update_config.max_failure_ratio (the share of tasks that may fail) as the circuit breaker's
 * ThresholdConfiguration: UNBOUNDED_PERCENT of the desired count, so the ratio means what it says (ECS's
 * default is BOUNDED_PERCENT 50: half the desired count, at least 3, at most 200).
 */
function failureThreshold(ctx, uc, ucPath, breaker) {
    const ratio = uc?.maxFailureRatio;
    if (ratio === undefined)
        return undefined;
    const at = [...ucPath, 'max_failure_ratio'];
    if (ratio < 0 || ratio > 1) {
        ctx.error(at, `max_failure_ratio is a share of the tasks, from 0 to 1 (got ${ratio})`);
        return undefined;
    }
    if (!breaker) {
        ctx.warn(at, 'max_failure_ratio is ignored with failure_action: continue (no circuit breaker)');
        return undefined;
    }
    const percent = Math.round(ratio * 100);
    if (percent !== ratio * 100)
        ctx.warn(at, `ECS takes the threshold in whole percent: max_failure_ratio ${ratio} becomes ${percent} %`);
    return { Type: 'UNBOUNDED_PERCENT', Value: percent };
}

;// CONCATENATED MODULE: ./src/template/capacity.ts
// x-aws-capacity → a service's capacity provider strategy on Fargate Spot and on-demand Fargate (ECS
// developer guide, "AWS Fargate capacity providers"), with what a strategy cannot honour said at load time.



/**
 * The task's capacity provider strategy, or undefined for the FARGATE launch type (no x-aws-capacity).
 * Only the main service's x-aws-capacity counts: a sidecar runs in its task. Jobs run through RunTask
 * on on-demand Fargate whatever they ask (a Spot interruption would fail the deploy that waits for them).
 */
function capacityStrategy(ctx, task, job) {
    for (const sidecar of task.containers.slice(1))
        if (sidecar.aws?.capacity)
            ctx.warn(['services', sidecar.name, X.capacity], `${X.capacity} on sidecar ${sidecar.name} is ignored: it runs in the task of ${task.name}, which sets the capacity`);
    const capacity = task.main.aws?.capacity;
    if (!capacity)
        return undefined;
    const at = ['services', task.name, X.capacity];
    if (job) {
        ctx.warn(at, `${X.capacity} is ignored: ${task.name} is a job, run once on on-demand Fargate (a Spot interruption would fail the deploy that waits for it)`);
        return undefined;
    }
    if (capacity.spot > 0) {
        warnStateful(ctx, task);
        warnSlowDrain(ctx, task);
    }
    const strategy = [];
    if (capacity.onDemand > 0)
        strategy.push({
            CapacityProvider: FARGATE,
            ...(capacity.base > 0 ? { Base: capacity.base } : {}),
            Weight: capacity.onDemand,
        });
    if (capacity.spot > 0)
        strategy.push({ CapacityProvider: FARGATE_SPOT, Weight: capacity.spot });
    return strategy;
}
/**
 * A Spot task gets two minutes between the notice and its end: a target group that drains longer keeps
 * sending requests to a task that is gone ("set the deregistration delay ... to less than two minutes",
 * AWS knowledge center, Fargate Spot termination notices). The default drain is at most 120 s already.
 */
function warnSlowDrain(ctx, task) {
    const main = task.main;
    main.ports.forEach((port, i) => {
        const delay = port.aws?.healthcheck?.deregistrationDelay ?? main.aws?.healthcheck?.deregistrationDelay;
        if (delay !== undefined && delay >= 120)
            ctx.warn(['services', main.name, 'ports', i], `deregistration_delay ${delay}s on a Fargate Spot service: a Spot task ends two minutes after its notice, so the load balancer would keep sending it requests after it is gone; keep it under 120`);
    });
}
/** Spot tasks are stopped with two minutes' notice: a database on one loses its writes in flight. */
function warnStateful(ctx, task) {
    for (const c of task.containers) {
        const stateful = statefulVolume(c);
        if (stateful)
            ctx.warn(['services', c.name, 'volumes', stateful.index], `${c.name} writes volume ${stateful.volume} and runs on Fargate Spot (${X.capacity}): AWS stops Spot tasks with two minutes' notice, so Spot is for stateless services; run a stateful one on on-demand Fargate`);
    }
}

;// CONCATENATED MODULE: ./src/template/cluster.ts

const CLUSTER_ID = 'Cluster';
/** Adds the cluster (unless reused) and returns what ECS services put in `Cluster`. */
function addCluster(ctx) {
    const existing = ctx.project.aws?.cluster;
    if (existing !== undefined)
        return existing; // a name or an ARN: ECS accepts both
    ctx.add(CLUSTER_ID, {
        Type: 'AWS::ECS::Cluster',
        Properties: {
            // Named after the stack, not the project: staging and production stacks of one project can share an account.
            ClusterName: ref('AWS::StackName'),
        },
    });
    return ref(CLUSTER_ID);
}

;// CONCATENATED MODULE: ./src/template/discovery.ts



const NAMESPACE_ID = 'DnsNamespace';
const DNS_INIT_CONTAINER = 'compose-dns-search';
/** The namespace's domain; one per stack, so two stacks (preview environments) in one VPC never collide. */
const NAMESPACE_DOMAIN = '${AWS::StackName}.compose.internal';
/** Records are short-lived so a replaced task's address is forgotten quickly. */
const TTL = 10;
/**
 * One DNS label of at most 63 characters: letters, digits, '-' and '_'. Cloud Map takes '_' in service
 * names (CreateService: SRV names start with one) and Route 53 stores it in record names; compose
 * resolves `my_worker` (Docker's embedded DNS answers any container name), and glibc's and musl's
 * resolvers look such names up, so a service named with '_' is registered like any other.
 */
const DNS_LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;
/** Every name a task answers to: the main service's name first, then sidecars, aliases and link aliases. */
function taskNames(ctx, task) {
    const names = new Set();
    for (const c of task.containers) {
        names.add(c.name.toLowerCase());
        for (const n of Object.values(c.networks))
            for (const a of n.aliases)
                names.add(a.toLowerCase());
    }
    const aliases = linkAliases(ctx.project);
    for (const c of task.containers)
        for (const alias of aliases.get(c.name) ?? [])
            names.add(alias);
    return [...names];
}
/** Per project, the link aliases (lowercase) every service is known by, built once: not a scan per task. */
const aliasesByProject = new WeakMap();
function linkAliases(project) {
    let aliases = aliasesByProject.get(project);
    if (!aliases) {
        aliases = new Map();
        for (const s of Object.values(project.services))
            for (const l of s.links)
                aliases.set(l.service, [...(aliases.get(l.service) ?? []), l.alias.toLowerCase()]);
        aliasesByProject.set(project, aliases);
    }
    return aliases;
}
/** Adds the namespace, a Cloud Map service per task and a CNAME per other name; undefined when discovery is off. */
function addDiscovery(ctx, tasks) {
    if (!ctx.options.serviceDiscovery || tasks.length === 0)
        return undefined;
    ctx.add(NAMESPACE_ID, {
        Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
        Properties: {
            Description: 'compose service names (the project is in the tags)',
            Name: sub(NAMESPACE_DOMAIN),
            Vpc: ref(VPC_PARAM),
        },
    });
    const registries = new Map();
    const owner = new Map();
    for (const task of tasks) {
        const names = taskNames(ctx, task).filter((name) => {
            if (DNS_LABEL.test(name))
                return true;
            ctx.warn(['services', task.name], `${name} is not a DNS label (letters, digits, '-', '_', at most 63); other services cannot reach ${task.name} by that name`);
            return false;
        });
        for (const name of names) {
            const other = owner.get(name);
            if (other !== undefined && other !== task.name)
                ctx.error(['services', task.name], `the name ${name} would mean both ${other} and ${task.name}; one namespace holds each name once`);
            owner.set(name, task.name);
        }
        const [main, ...others] = names;
        if (main === undefined || main !== task.name.toLowerCase())
            continue;
        const registry = `${task.id}Discovery`;
        ctx.add(registry, {
            Type: 'AWS::ServiceDiscovery::Service',
            Properties: {
                Description: `${task.name}: the addresses of its running tasks`,
                DnsConfig: { DnsRecords: [{ TTL, Type: 'A' }], RoutingPolicy: 'MULTIVALUE' },
                // ECS reports task health to Cloud Map: only healthy tasks are answered.
                HealthCheckCustomConfig: { FailureThreshold: 1 },
                Name: main,
                NamespaceId: ref(NAMESPACE_ID),
            },
        }, task.name);
        registries.set(task.name, registry);
        others.sort().forEach((alias) => addAlias(ctx, task, alias, main));
    }
    return { registries };
}
/** Another name of a task: a Cloud Map service with one CNAME instance pointing at the task's own name. */
function addAlias(ctx, task, alias, target) {
    const id = `${task.id}${aliasId(alias)}Alias`;
    ctx.add(id, {
        Type: 'AWS::ServiceDiscovery::Service',
        Properties: {
            Description: `${alias}: another name of ${task.name}`,
            DnsConfig: { DnsRecords: [{ TTL, Type: 'CNAME' }], RoutingPolicy: 'WEIGHTED' },
            Name: alias,
            NamespaceId: ref(NAMESPACE_ID),
        },
    }, task.name);
    ctx.add(`${id}Record`, {
        Type: 'AWS::ServiceDiscovery::Instance',
        Properties: {
            InstanceAttributes: { AWS_INSTANCE_CNAME: sub(`${target}.${NAMESPACE_DOMAIN}`) },
            InstanceId: alias,
            ServiceId: ref(id),
        },
    }, task.name);
}
function aliasId(alias) {
    return alias
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
/**
 * The ECS service's ServiceRegistries. The ARN is built from the Cloud Map service's id (its Ref) rather
 * than GetAtt …Arn: moto cannot create Cloud Map resources and refuses a GetAtt on them, and the two
 * give the same ARN on AWS (arn:aws:servicediscovery:<region>:<account>:service/<id>).
 */
function serviceRegistries(plan, task) {
    const registry = plan.registries.get(task.name);
    if (registry === undefined)
        return [];
    return [
        {
            RegistryArn: sub(`arn:\${AWS::Partition}:servicediscovery:\${AWS::Region}:\${AWS::AccountId}:service/\${${registry}}`),
        },
    ];
}
/**
 * The init container that puts the namespace first on the task's DNS search list. Fargate does not take
 * dnsSearchDomains (awsvpc), so it rewrites /etc/resolv.conf, which the containers of a Fargate task
 * share, before they start — as Docker's ECS integration did with its ecs-searchdomain-sidecar. The
 * VPC's own search domains stay after it. One `search` line only: resolvers use the last one.
 */
function dnsSearchContainer(ctx, main) {
    const script = [
        'f=/etc/resolv.conf',
        `d='${NAMESPACE_DOMAIN}'`,
        "s=$(sed -n 's/^search[[:space:]]*//p' $f | tr '\\n' ' ')",
        "o=$(grep -v '^search' $f)",
        'printf "search %s %s\\n%s\\n" "$d" "$s" "$o" > $f',
    ].join('\n');
    return {
        Command: [sub(script)],
        EntryPoint: ['sh', '-c'],
        Essential: false,
        Image: ctx.options.secretsInitImage,
        LogConfiguration: logConfiguration(ctx, { ...main, logging: undefined }).config,
        Name: DNS_INIT_CONTAINER,
    };
}

;// CONCATENATED MODULE: ./src/compose/gpu-request.ts
function gpuRequest(s) {
    const reserved = s.deploy?.resources?.reservations?.gpus;
    if (reserved !== undefined)
        return { count: reserved, at: ['services', s.name, 'deploy', 'resources', 'reservations', 'devices'] };
    if (s.gpus !== undefined)
        return { count: s.gpus, at: ['services', s.name, 'gpus'] };
    return undefined;
}

;// CONCATENATED MODULE: ./src/compose/gpu-rules.ts
// Load-time checks for services that reserve GPUs (docs/mapping.md, GPUs): they run on EC2 instances
// booted from the ECS GPU-optimized AMI, which is x86_64 only, on a listed instance type that fits
// their GPUs, CPU and memory (x-aws-instance_type, else the cheapest that fits).


const ARM = new Set(['linux/arm64', 'linux/arm64/v8', 'linux/aarch64']);
/** The instance type a GPU service runs on, or why none can be chosen. */
function gpuInstanceFor(s) {
    const request = gpuRequest(s);
    if (!request)
        return {};
    const r = s.deploy?.resources;
    const need = {
        gpus: request.count,
        cpus: r?.limits?.cpus ?? r?.reservations?.cpus ?? 0,
        memoryBytes: r?.limits?.memory ?? r?.reservations?.memory ?? 0,
    };
    const given = s.aws?.instanceType;
    if (given !== undefined) {
        const type = (0,gpu_instances/* gpuInstanceType */.Sh)(given);
        const why = (0,gpu_instances/* misfit */.hH)(type, need);
        return why
            ? {
                problem: {
                    at: ['services', s.name, 'x-aws-instance_type'],
                    reason: `${why}; choose a larger type`,
                },
            }
            : { type };
    }
    const type = (0,gpu_instances/* cheapestFit */.BJ)(need);
    if (type)
        return { type };
    const largest = gpu_instances/* GPU_INSTANCE_TYPES */.Pi.reduce((a, b) => (b.gpus >= a.gpus && b.vcpus >= a.vcpus ? b : a));
    return {
        problem: {
            at: request.at,
            reason: `no listed GPU instance type fits ${s.name} (${(0,gpu_instances/* misfit */.hH)(largest, need)}); ask for less`,
        },
    };
}
function gpuFindings(s) {
    const request = gpuRequest(s);
    const out = [];
    if (!request) {
        if (s.aws?.instanceType !== undefined)
            out.push({
                at: ['services', s.name, 'x-aws-instance_type'],
                reason: 'x-aws-instance_type applies to services that reserve GPUs (the others run on Fargate); remove it or reserve a GPU',
            });
        return out;
    }
    if (s.platform !== undefined && ARM.has(s.platform))
        out.push({
            at: ['services', s.name, 'platform'],
            reason: `${s.name} reserves GPUs, and the ECS GPU-optimized AMI runs on x86_64 only; use platform linux/amd64`,
        });
    if (s.aws?.capacity !== undefined)
        out.push({
            at: ['services', s.name, 'x-aws-capacity'],
            reason: `${s.name} reserves GPUs and runs on EC2 instances the stack creates; x-aws-capacity chooses Fargate or Fargate Spot, which have no GPUs: remove one of them`,
        });
    const chosen = gpuInstanceFor(s);
    if (chosen.problem)
        out.push(chosen.problem);
    return out;
}

// EXTERNAL MODULE: ./src/template/gpu-summary.ts
var gpu_summary = __webpack_require__(8693);
;// CONCATENATED MODULE: ./src/template/gpu-capacity.ts
// EC2 capacity for the services that reserve GPUs (docs/mapping.md, GPUs): per GPU service, a launch
// template booting the ECS GPU-optimized AMI (resolved from AWS's public SSM parameter when the change set
// is made, never written into the template), an Auto Scaling group that starts empty, and an ECS capacity
// provider with managed scaling that sizes the group to the service's tasks. One instance role and
// profile serve them all: the ECS agent's actions on this stack's cluster, nothing else.







/** The CloudFormation parameter that resolves the AMI at each change set; the release records its value. */
const GPU_AMI_PARAM = 'GpuAmiId';
/** AWS's public parameter for the recommended ECS GPU-optimized Amazon Linux 2023 AMI (x86_64 only). */
const GPU_AMI_SSM_PARAMETER = '/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id';
const GPU_INSTANCE_ROLE_ID = 'GpuInstanceRole';
const GPU_INSTANCE_PROFILE_ID = 'GpuInstanceProfile';
const GPU_INSTANCE_GROUP_ID = 'GpuInstanceSecurityGroup';
/** The GPU placement of a task, or undefined for a Fargate task; errors for what cannot be placed. */
function planGpuTask(ctx, task) {
    const asking = task.containers.filter((c) => gpuRequest(c) !== undefined);
    if (asking.length === 0)
        return undefined;
    const main = asking[0];
    const at = gpuRequest(main).at;
    if (ctx.project.aws?.cluster !== undefined) {
        // Associating a capacity provider replaces an existing cluster's whole list (PutClusterCapacityProviders).
        ctx.error(at, `${main.name} reserves GPUs, which needs the cluster this stack creates; remove x-aws-cluster`);
        return undefined;
    }
    const type = gpuInstanceFor(main).type;
    if (!type)
        return undefined; // the loader said why
    const gpus = new Map();
    for (const c of asking)
        gpus.set(c.name, (0,gpu_instances/* gpusOn */.dT)(type, gpuRequest(c).count));
    const perTask = [...gpus.values()].reduce((a, b) => a + b, 0);
    if (perTask > type.gpus) {
        ctx.error(at, `the containers of task ${task.name} reserve ${perTask} GPUs; ${type.name} has ${type.gpus}`);
        return undefined;
    }
    // Each awsvpc task takes a network interface of its own; the instance keeps its primary one.
    const perInstance = (0,gpu_summary/* tasksPerInstance */.b_)(type, perTask);
    const autoscaling = main.deploy?.aws?.autoscaling;
    const tasks = Math.max(1, autoscaling?.max ?? main.deploy?.replicas ?? 1);
    // A rolling update runs up to twice the tasks (MaximumPercent 200) while the new ones start.
    const maxInstances = Math.ceil((2 * tasks) / perInstance);
    return {
        type,
        gpus,
        tasksPerInstance: perInstance,
        maxInstances,
        capacityProviderId: `${task.id}CapacityProvider`,
        autoScalingGroupId: `${task.id}AutoScalingGroup`,
    };
}
/** Task-level Cpu and Memory of an EC2 GPU task: what compose asks, else the task's share of the instance. */
function gpuTaskSize(ctx, task, p) {
    let cpus = 0;
    let memory = 0;
    for (const c of task.containers) {
        const r = c.deploy?.resources;
        cpus += r?.limits?.cpus ?? r?.reservations?.cpus ?? 0;
        memory += r?.limits?.memory ?? r?.reservations?.memory ?? 0;
    }
    const share = 1 / p.tasksPerInstance;
    const cpu = cpus > 0 ? Math.max(128, Math.ceil(cpus * 1024)) : Math.floor(p.type.vcpus * 1024 * share);
    const mib = memory > 0 ? Math.ceil(memory / (1024 * 1024)) : Math.floor((0,gpu_instances/* usableMemoryMiB */.Ob)(p.type) * share);
    if (cpus === 0 || memory === 0)
        ctx.warn(['services', task.name], `${task.name} runs with ${cpu} CPU units and ${mib} MiB, its share of a ${p.type.name}; set deploy.resources.limits (cpus, memory) to choose`);
    return { cpu, memory: mib };
}
/** The shared pieces: AMI parameter, instance role and profile, the instances' security group. */
function addSharedCapacity(ctx) {
    if (ctx.template.Parameters[GPU_AMI_PARAM])
        return;
    ctx.template.Parameters[GPU_AMI_PARAM] = {
        Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
        Default: GPU_AMI_SSM_PARAMETER,
        Description: 'ECS GPU-optimized Amazon Linux 2023 AMI, resolved from the public SSM parameter at each deploy',
    };
    const arn = (rest) => sub(`arn:\${AWS::Partition}:ecs:\${AWS::Region}:\${AWS::AccountId}:${rest}`);
    ctx.add(GPU_INSTANCE_ROLE_ID, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: {
                Statement: [
                    { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } },
                ],
                Version: '2012-10-17',
            },
            // The ECS agent's actions (as in AmazonEC2ContainerServiceforEC2Role) on this stack's cluster only; no
            // ECR or Logs: on awsvpc tasks with an execution role the agent pulls and logs with that role.
            Policies: [
                {
                    PolicyDocument: {
                        Statement: [
                            { Action: 'ecs:DiscoverPollEndpoint', Effect: 'Allow', Resource: '*' },
                            {
                                Action: [
                                    'ecs:DeregisterContainerInstance',
                                    'ecs:Poll',
                                    'ecs:RegisterContainerInstance',
                                    'ecs:StartTelemetrySession',
                                    'ecs:SubmitAttachmentStateChanges',
                                    'ecs:SubmitContainerStateChange',
                                    'ecs:SubmitTaskStateChange',
                                    'ecs:UpdateContainerInstancesState',
                                ],
                                Effect: 'Allow',
                                Resource: [arn('cluster/${AWS::StackName}'), arn('container-instance/${AWS::StackName}/*')],
                            },
                        ],
                        Version: '2012-10-17',
                    },
                    PolicyName: 'ecs-agent',
                },
            ],
        },
    });
    ctx.add(GPU_INSTANCE_PROFILE_ID, {
        Type: 'AWS::IAM::InstanceProfile',
        Properties: { Roles: [ref(GPU_INSTANCE_ROLE_ID)] },
    });
    // The instances' own interface only reaches out (agent, image layers through the tasks' roles); tasks
    // have interfaces of their own in the compose networks' groups.
    ctx.add(GPU_INSTANCE_GROUP_ID, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            GroupDescription: 'compose-ecs GPU container instances (egress only)',
            VpcId: ref(VPC_PARAM),
        },
    });
}
/** The launch template, Auto Scaling group and capacity provider of one GPU service. */
function addGpuCapacity(ctx, task, p, cluster) {
    addSharedCapacity(ctx);
    const launchTemplate = `${task.id}LaunchTemplate`;
    const userData = [
        '#!/bin/bash',
        'cat >> /etc/ecs/ecs.config <<EOF',
        'ECS_CLUSTER=${Cluster}',
        'ECS_ENABLE_GPU_SUPPORT=true',
        // Tasks must not borrow the instance's role through the metadata service.
        'ECS_AWSVPC_BLOCK_IMDS=true',
        'EOF',
        '',
    ].join('\n');
    ctx.add(launchTemplate, {
        Type: 'AWS::EC2::LaunchTemplate',
        Properties: {
            LaunchTemplateData: {
                IamInstanceProfile: { Arn: getAtt(GPU_INSTANCE_PROFILE_ID, 'Arn') },
                ImageId: ref(GPU_AMI_PARAM),
                InstanceType: p.type.name,
                MetadataOptions: { HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1, HttpTokens: 'required' },
                SecurityGroupIds: [ref(GPU_INSTANCE_GROUP_ID)],
                UserData: { 'Fn::Base64': sub(userData, { Cluster: cluster }) },
            },
        },
    }, task.name);
    ctx.add(p.autoScalingGroupId, {
        Type: 'AWS::AutoScaling::AutoScalingGroup',
        Properties: {
            LaunchTemplate: {
                LaunchTemplateId: ref(launchTemplate),
                Version: getAtt(launchTemplate, 'LatestVersionNumber'),
            },
            // Managed scaling owns the size: the group starts empty and ECS grows it for the tasks.
            MaxSize: String(p.maxInstances),
            MinSize: '0',
            // Managed termination protection needs it: ECS lifts it from instances that run no task.
            NewInstancesProtectedFromScaleIn: true,
            VPCZoneIdentifier: ref(SUBNETS_PARAM),
        },
    }, task.name);
    ctx.add(p.capacityProviderId, {
        Type: 'AWS::ECS::CapacityProvider',
        Properties: {
            AutoScalingGroupProvider: {
                AutoScalingGroupArn: ref(p.autoScalingGroupId),
                ManagedDraining: 'ENABLED',
                ManagedScaling: {
                    MaximumScalingStepSize: p.maxInstances,
                    MinimumScalingStepSize: 1,
                    Status: 'ENABLED',
                    TargetCapacity: 100,
                },
                ManagedTerminationProtection: 'ENABLED',
            },
            // Capacity provider names may not begin with aws, ecs or fargate: a stack named ecs-… would.
            Name: join('-', ['gpu', ref('AWS::StackName'), containerName(task.name)]),
        },
    }, task.name);
}
/** Per container: the GPUs it reserves, as ECS takes them (ResourceRequirements Type GPU, a count as text). */
function gpuContainerExtras(p) {
    const out = new Map();
    for (const [name, count] of p.gpus)
        out.set(name, { ResourceRequirements: [{ Type: 'GPU', Value: String(count) }] });
    return out;
}
/** The service's capacity provider strategy: all its tasks on its own EC2 capacity provider. */
function gpuStrategy(p) {
    return [{ CapacityProvider: ref(p.capacityProviderId), Weight: 1 }];
}

;// CONCATENATED MODULE: ./src/template/listener-rules.ts


/** Adds the rule under ruleId(listener, priority) and returns that logical id. */
function addListenerRule(ctx, rule) {
    const id = ruleId(rule.listenerId, rule.priority);
    ctx.add(id, {
        Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
        Properties: {
            Actions: rule.actions,
            Conditions: rule.conditions,
            ListenerArn: ref(rule.listenerId),
            Priority: rule.priority,
        },
    }, rule.owner);
    return id;
}
/** A host-header condition (at most 5 values per rule, with the rule's other conditions). */
function hostHeader(hosts) {
    return { Field: 'host-header', HostHeaderConfig: { Values: hosts } };
}
/** The conditions of an x-aws-route: its hosts and its path patterns. */
function routeConditions(route) {
    return [
        ...(route.hosts.length > 0 ? [hostHeader(route.hosts)] : []),
        ...(route.paths.length > 0
            ? [{ Field: 'path-pattern', PathPatternConfig: { Values: route.paths } }]
            : []),
    ];
}

;// CONCATENATED MODULE: ./src/template/target-health.ts

const CHECK_DEFAULTS = { interval: 10, timeout: 5, healthy: 2, unhealthy: 2 };
/** compose's default stop_grace_period, and the bounds of the drain derived from it (Fargate stops a container after at most 120 s). */
const DRAIN = { default: 10, min: 5, max: 120 };
/** Every answer below a server error (ALB matchers take 200-499 for HTTP). */
const ANY_ANSWER = '200-499';
/** The path a routed port is checked on: its first path pattern without the wildcard (`/api/*` → `/api`). */
function routePath(route) {
    const first = route?.paths.find((p) => !p.includes('*')) ?? route?.paths[0];
    if (first === undefined)
        return undefined;
    return first.replace(/\*.*$/, '').replace(/(.)\/$/, '$1') || '/';
}
/** The URL a compose healthcheck fetches from its own container with curl or wget, if it does. */
function localHttpCheck(hc) {
    if (!hc || hc.disable || !hc.test || hc.test[0] === 'NONE')
        return undefined;
    const words = hc.test.slice(1).join(' ');
    if (!/\b(curl|wget)\b/.test(words))
        return undefined;
    const m = /\bhttps?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d{1,5}))?(\/[^\s"'|;&]*)?/.exec(words);
    if (!m)
        return undefined;
    return { path: m[2] || '/', ...(m[1] !== undefined ? { port: Number(m[1]) } : {}) };
}
/** The x-aws-healthcheck that applies to a port (decoded by the loader): its own, else the service's. */
function extension(p) {
    if (p.health)
        return { ext: p.health, at: [...p.path, X.healthcheck] };
    const service = p.container.aws?.healthcheck;
    return { ...(service ? { ext: service } : {}), at: ['services', p.container.name, X.healthcheck] };
}
/** Health-check properties of a target group: x-aws-healthcheck wins, then the compose healthcheck, then fast defaults. */
function targetHealthCheck(ctx, p, type) {
    const { ext, at } = extension(p);
    const hc = p.container.healthcheck?.disable ? undefined : p.container.healthcheck;
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, Math.round(v)));
    const interval = ext?.interval ?? (hc?.interval !== undefined ? clamp(hc.interval, 5, 300) : CHECK_DEFAULTS.interval);
    let timeout = ext?.timeout ?? (hc?.timeout !== undefined ? clamp(hc.timeout, 2, 120) : CHECK_DEFAULTS.timeout);
    const healthy = ext?.healthyThreshold ?? CHECK_DEFAULTS.healthy;
    const unhealthy = ext?.unhealthyThreshold ??
        (hc?.retries !== undefined ? clamp(hc.retries, 2, 10) : CHECK_DEFAULTS.unhealthy);
    const local = localHttpCheck(hc);
    const port = ext?.port ??
        (type === 'application' && local?.port !== undefined && local.port !== p.target ? local.port : undefined);
    // Compose puts no health gate in front of a published port: without an HTTP healthcheck of its own, a
    // task is healthy when it answers at all, as long as not with a server error (an API's 401 or 404 on
    // its root is an answer), and it is asked on the path its route sends it, not on a `/` it never serves.
    const path = ext?.path ?? (type === 'application' ? (local?.path ?? routePath(p.route)) : undefined);
    const codes = ext?.codes ?? (local === undefined ? ANY_ANSWER : undefined);
    // The load balancer requires the timeout to be shorter than the interval.
    if (timeout >= interval)
        timeout = Math.max(2, interval - 1);
    const out = {
        HealthCheckIntervalSeconds: interval,
        HealthCheckTimeoutSeconds: timeout,
        HealthyThresholdCount: healthy,
        UnhealthyThresholdCount: unhealthy,
    };
    if (port !== undefined)
        out.HealthCheckPort = String(port);
    if (type === 'application') {
        out.HealthCheckPath = path ?? '/';
        out.HealthCheckProtocol = 'HTTP';
        out.Matcher = { HttpCode: codes ?? '200-399' };
    }
    else {
        if (path !== undefined || codes !== undefined)
            ctx.warn(at, 'path and codes apply to HTTP health checks only; this port is behind a Network Load Balancer (TCP check)');
        out.HealthCheckProtocol = 'TCP';
    }
    return out;
}
/**
 * How long the load balancer keeps sending in-flight requests to a deregistering task before ECS stops
 * it: x-aws-healthcheck.deregistration_delay, else compose's stop_grace_period (default 10 s) bounded to
 * 5–120 s, instead of the load balancer's 300 s.
 */
function drainSeconds(p) {
    const explicit = extension(p).ext?.deregistrationDelay;
    if (explicit !== undefined)
        return explicit;
    const grace = p.container.stopGracePeriod ?? DRAIN.default;
    return Math.min(DRAIN.max, Math.max(DRAIN.min, Math.round(grace)));
}

;// CONCATENATED MODULE: ./src/template/target-groups.ts



/** Adds p's target group (or, with id, a twin of it: the alternate group of a deployment strategy). */
function addTargetGroup(ctx, plan, p, id = p.targetGroupId) {
    const protocol = plan.type === 'application'
        ? 'HTTP'
        : p.protocol === 'UDP' || p.protocol === 'TCP_UDP'
            ? p.protocol
            : 'TCP';
    const checked = {
        container: p.container,
        target: p.port.target,
        health: p.port.aws?.healthcheck,
        path: p.path,
        ...(p.route ? { route: p.route } : {}),
    };
    const health = targetHealthCheck(ctx, checked, plan.type);
    ctx.add(id, {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: {
            ...health,
            Port: p.port.target,
            Protocol: protocol,
            TargetGroupAttributes: [
                { Key: 'deregistration_delay.timeout_seconds', Value: String(drainSeconds(checked)) },
            ],
            TargetType: 'ip',
            VpcId: ref(VPC_PARAM),
        },
    }, p.task.name);
    return { protocol, health };
}

;// CONCATENATED MODULE: ./src/template/task-ingress.ts


/**
 * A task ingress rule belongs to the security group and port it opens, not to the service that asked
 * first: services sharing a network and container port share the rule, and removing one of them
 * neither deletes the rule the others need nor recreates it under another name (which EC2 refuses
 * while the old one exists).
 */
function ingressId(group, protocol, port, purpose = '') {
    const ref = group?.Ref;
    const base = typeof ref === 'string' ? ref : `Group${shortHash(JSON.stringify(group))}`;
    return `${base}${protocol.toUpperCase()}${port}${purpose}Ingress`;
}
/** The task ingress rules of one template, each added once. */
class TaskIngress {
    ctx;
    plan;
    // EC2 refuses a rule that already exists (same group, protocol, port and source), and so would
    // CloudFormation's create: e.g. "80:8080" plus "443:8080", or a TCP port that is also a UDP health-check port.
    rules = new Set();
    constructor(ctx, plan) {
        this.ctx = ctx;
        this.plan = plan;
    }
    /**
     * The container port opens to the load balancer's security group only — also for UDP: AWS documents
     * that a target rule referencing the NLB's security group admits its traffic even with client IP
     * preservation (always on for UDP). Without a group (an existing LB whose group is not given, which
     * planLoadBalancer warns about) it opens to 0.0.0.0/0.
     */
    openPort(p, group, targetGroup) {
        const { health } = targetGroup;
        for (const protocol of p.protocols)
            this.add(ingressId(group, protocol, p.port.target), p, group, protocol, p.port.target, 'from the load balancer');
        // Health checks obey the targets' inbound rules: a check on another port than the traffic port
        // (x-aws-healthcheck.port, or the port a compose healthcheck fetches), or the TCP check of a UDP
        // target group (an NLB cannot check UDP), needs that TCP port open to the load balancer too —
        // otherwise every target stays unhealthy and the service never becomes stable.
        const hcPort = Number(health.HealthCheckPort ?? p.port.target);
        if (hcPort !== p.port.target || !p.protocols.includes('tcp')) {
            this.add(ingressId(group, 'tcp', hcPort, 'HealthCheck'), p, group, 'tcp', hcPort, 'for health checks');
        }
        if (targetGroup.protocol === 'UDP' && health.HealthCheckPort === undefined) {
            this.ctx.warn(p.path, `UDP port ${p.port.target} is health-checked over TCP on port ${hcPort} (a Network Load Balancer cannot check UDP): the container must accept TCP connections there, or set ${X.healthcheck}: { port: <a TCP port it listens on> }`);
        }
    }
    add(id, p, group, protocol, port, why) {
        const source = this.plan.securityGroup ?? '0.0.0.0/0';
        const key = JSON.stringify([group, protocol, port, source]);
        if (this.rules.has(key))
            return;
        this.rules.add(key);
        const fromLb = this.plan.securityGroup !== undefined;
        this.ctx.add(id, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                ...(fromLb ? {} : { CidrIp: '0.0.0.0/0' }),
                Description: `container port ${port}/${protocol} ${why}`,
                FromPort: port,
                GroupId: group,
                IpProtocol: protocol,
                ...(fromLb ? { SourceSecurityGroupId: this.plan.securityGroup } : {}),
                ToPort: port,
            },
        }, p.task.name);
    }
}

;// CONCATENATED MODULE: ./src/template/strategy-traffic.ts
// The load-balancer side of an ECS blue/green, canary or linear deployment (x-aws-deployment): per
// published port of the service, an alternate target group, a production listener rule of its own (ALB)
// or the port's own listener (NLB), optionally a test listener, and one infrastructure role per service
// that ECS assumes to move the weights. The ECS Developer Guide's "Application/Network Load Balancer
// resources for blue/green, linear and canary deployments" and "Amazon ECS infrastructure IAM role for load
// balancers" are the sources (docs/mapping.md).
//
// ECS rewrites the production rule's forward action into weights over the two target groups during a
// deployment, and leaves it pointing at whichever group the new revision is in; a CloudFormation update of
// that rule later resets the weights to what the template says — possibly onto the emptied group
// (aws/aws-cdk#36649, aws/containers-roadmap#2853). So the rule's properties are fixed at creation and
// depend on nothing that an edit of the service changes: its listener, a fixed priority, its conditions
// and a weighted forward (100 / 0) over two target groups whose logical ids never change.







/** The production (or test) rule of a port without a route: after every routed rule, catching every path. */
const CATCH_ALL_PRIORITY = 50000;
/** The alternate target group of a strategy-managed port: its primary group's id with Alternate. */
function alternateTargetGroupId(p) {
    return p.targetGroupId.replace(/TargetGroup$/, 'AlternateTargetGroup');
}
/** Whether ECS shifts this port's traffic (its service has a blue-green, canary or linear strategy). */
function strategyManaged(p) {
    return effectiveStrategy(p.task.main) !== undefined;
}
/**
 * The forward action of p: to its target group, or, when ECS shifts its traffic, to both groups weighted
 * 100 / 0 (ECS's documented starting point; the alternate group must sit in an action of the load
 * balancer for ECS to register the new revision in it).
 */
function forwardActions(p) {
    if (!strategyManaged(p))
        return [{ TargetGroupArn: ref(p.targetGroupId), Type: 'forward' }];
    return [
        {
            ForwardConfig: {
                TargetGroups: [
                    { TargetGroupArn: ref(p.targetGroupId), Weight: 100 },
                    { TargetGroupArn: ref(alternateTargetGroupId(p)), Weight: 0 },
                ],
            },
            Type: 'forward',
        },
    ];
}
/** The conditions of p's production rule: its route's, else every path (for a host: pass host-header). */
function productionConditions(p) {
    return p.route
        ? routeConditions(p.route)
        : [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }];
}
/** Collects what ECS may change per service, then adds its infrastructure role (finish). */
class StrategyTraffic {
    ctx;
    plan;
    advanced = new Map();
    services = new Map();
    testPorts = new Map();
    constructor(ctx, plan) {
        this.ctx = ctx;
        this.plan = plan;
    }
    /** The alternate target group, the production rule (ALB, unrouted port) and the test listener of p. */
    addPort(p) {
        const strategy = effectiveStrategy(p.task.main);
        if (!strategy)
            return;
        const alternate = alternateTargetGroupId(p);
        addTargetGroup(this.ctx, this.plan, p, alternate);
        const application = this.plan.type === 'application';
        // A routed port's rule (listeners.ts) is its production rule; an unrouted one gets a catch-all rule of
        // its own, since ECS needs a rule, not the listener's default action. On an NLB, the listener it is.
        let production = p.listenerId;
        if (application && p.domain && !this.plan.existing) {
            // x-aws-domain: the service's traffic comes through its host-header rule on the HTTPS listener
            // (domains.ts, whose actions are forwardActions too), and that rule is what ECS shifts.
            production = ruleId(listenerId(HTTPS_PORT), p.domain.priority);
            this.ctx.warn(p.path, `${p.task.name}: ECS shifts the HTTPS rule of its ${X.domain} names; requests to port ${p.port.published} for other host names (the load balancer's own DNS name) are not shifted and reach the first target group only, which a completed shift leaves empty`);
        }
        else if (application) {
            production = p.route
                ? ruleId(p.listenerId, p.route.priority)
                : addListenerRule(this.ctx, {
                    listenerId: p.listenerId,
                    priority: CATCH_ALL_PRIORITY,
                    conditions: productionConditions(p),
                    actions: forwardActions(p),
                    owner: p.task.name,
                });
        }
        const test = strategy.testPort !== undefined ? this.addTestListener(p, strategy.testPort) : undefined;
        const service = this.service(p.task);
        service.targetGroups.push(p.targetGroupId, alternate);
        (application ? service.rules : service.listeners).push(production);
        if (test)
            (application ? service.rules : service.listeners).push(test);
        this.advanced.set(p.targetGroupId, {
            AlternateTargetGroupArn: ref(alternate),
            ProductionListenerRule: ref(production),
            RoleArn: getAtt(roleId(p.task), 'Arn'),
            ...(test ? { TestListenerRule: ref(test) } : {}),
        });
    }
    /** One infrastructure role per strategy-managed service, allowed only on that service's resources. */
    finish() {
        for (const s of this.services.values())
            addInfrastructureRole(this.ctx, s);
    }
    service(task) {
        let s = this.services.get(task.name);
        if (!s)
            this.services.set(task.name, (s = { task, targetGroups: [], rules: [], listeners: [] }));
        return s;
    }
    /**
     * A listener on test_port reaching the new revision before production traffic moves (ECS points the
     * test rule at it first). Its id is the port's listener id, so it cannot collide with a published port.
     */
    addTestListener(p, port) {
        const at = ['services', p.task.name, X.deployment, 'test_port'];
        const id = listenerId(port);
        const other = this.testPorts.get(port);
        if (this.plan.ports.some((q) => q.listenerId === id) || (other && other !== p.task.name)) {
            this.ctx.error(at, `test_port ${port} is already a listener port of this load balancer; choose another`);
            return undefined;
        }
        if (other === p.task.name) {
            this.ctx.error(at, `test_port tests one published port; ${p.task.name} publishes several`);
            return undefined;
        }
        this.testPorts.set(port, p.task.name);
        const application = this.plan.type === 'application';
        this.ctx.add(id, {
            Type: 'AWS::ElasticLoadBalancingV2::Listener',
            Properties: {
                ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
                DefaultActions: application
                    ? [{ TargetGroupArn: ref(p.targetGroupId), Type: 'forward' }]
                    : forwardActions(p),
                LoadBalancerArn: this.plan.arn,
                Port: port,
                Protocol: p.protocol,
            },
        }, p.task.name);
        this.openTestPort(p, port);
        if (!application)
            return id;
        return addListenerRule(this.ctx, {
            listenerId: id,
            priority: CATCH_ALL_PRIORITY,
            conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }],
            actions: forwardActions(p),
            owner: p.task.name,
        });
    }
    /** The load balancer's own security group opens the test port; an existing one is the user's to open. */
    openTestPort(p, port) {
        if (this.plan.existing) {
            this.ctx.warn(['services', p.task.name, X.deployment, 'test_port'], `open test_port ${port}/tcp on the existing load balancer's security group yourself`);
            return;
        }
        this.ctx.add(`LoadBalancerTCP${port}TestIngress`, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                CidrIp: '0.0.0.0/0',
                Description: `${p.task.name} test listener port ${port}/tcp`,
                FromPort: port,
                GroupId: this.plan.securityGroup,
                IpProtocol: 'tcp',
                ToPort: port,
            },
        }, p.task.name);
    }
}
/** The tag the README's permissions boundary lets shift load-balancer traffic. */
const INFRASTRUCTURE_ROLE_TAG = 'compose-ecs:infrastructure-role';
function roleId(task) {
    return `${task.id}LoadBalancerInfrastructureRole`;
}
/**
 * The role ECS assumes (trusted to ecs.amazonaws.com) to register the new revision and move the weights.
 * AWS's managed AmazonECSInfrastructureRolePolicyForLoadBalancers grants the same actions on every target
 * group, listener and rule of the account; this inline policy grants them on this service's only.
 * Describe* calls take no resource-level permissions.
 */
function addInfrastructureRole(ctx, s) {
    const statements = [
        {
            Action: [
                'elasticloadbalancing:DescribeListeners',
                'elasticloadbalancing:DescribeRules',
                'elasticloadbalancing:DescribeTargetGroups',
                'elasticloadbalancing:DescribeTargetHealth',
            ],
            Effect: 'Allow',
            Resource: '*',
        },
        {
            Action: ['elasticloadbalancing:DeregisterTargets', 'elasticloadbalancing:RegisterTargets'],
            Effect: 'Allow',
            Resource: s.targetGroups.map((id) => ref(id)),
        },
    ];
    if (s.rules.length > 0)
        statements.push({
            Action: 'elasticloadbalancing:ModifyRule',
            Effect: 'Allow',
            Resource: s.rules.map((id) => ref(id)),
        });
    if (s.listeners.length > 0)
        statements.push({
            Action: 'elasticloadbalancing:ModifyListener',
            Effect: 'Allow',
            Resource: s.listeners.map((id) => ref(id)),
        });
    ctx.add(roleId(s.task), {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: {
                Statement: [
                    { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' } },
                ],
                Version: '2012-10-17',
            },
            Policies: [
                {
                    PolicyDocument: { Statement: statements, Version: '2012-10-17' },
                    PolicyName: 'LoadBalancerTrafficShift',
                },
            ],
            // With permissions-boundary, the boundary allows these actions only to roles tagged so (README).
            Tags: [{ Key: INFRASTRUCTURE_ROLE_TAG, Value: 'load-balancer' }],
        },
    }, s.task.name);
}

;// CONCATENATED MODULE: ./src/template/domains.ts








/**
 * AWS's recommended policy for HTTPS listeners (TLS 1.3 and 1.2, hybrid post-quantum key exchange):
 * docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html. Without one,
 * CloudFormation would give the listener ELBSecurityPolicy-2016-08 (TLS 1.0 and up).
 */
const HTTPS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09';
/** IpAddressType values of a load balancer that answers over IPv6 too (then AAAA aliases resolve). */
const DUAL_STACK = ['dualstack', 'dualstack-without-public-ipv4'];
/** The domain ports of a plan, in service order (the first one's certificate is the listener's default). */
function domainPorts(plan) {
    return plan.ports.filter((p) => p.domain).sort((a, b) => (a.container.name < b.container.name ? -1 : 1));
}
function certificateId(ctx, p) {
    return `${ctx.ids.service.get(p.container.name)}Certificate`;
}
/** The rule that forwards a domain service's names on the HTTPS listener (a deployment strategy may replace its actions). */
function httpsRule(p) {
    return {
        listenerId: listenerId(HTTPS_PORT),
        priority: p.domain.priority,
        conditions: [hostHeader(p.domain.names)],
        // Weighted over the alternate target group when a deployment strategy shifts it (strategy-traffic.ts).
        actions: forwardActions(p),
        owner: p.task.name,
    };
}
/** Adds every x-aws-domain resource; returns the hosted-zone parameters the plan fills. */
function addDomains(ctx, plan) {
    const ports = domainPorts(plan);
    if (ports.length === 0 || plan.existing || plan.type !== 'application')
        return [];
    const keys = assignIds(ports.flatMap((p) => p.domain.names));
    const parameters = ports.flatMap((p) => p.domain.names.map((name) => zoneParameter(ctx, p, name, keys)));
    const own = plan.ports.find((p) => p.listenerId === listenerId(HTTPS_PORT));
    if (!own)
        addHttpsListener(ctx, plan, ports[0]);
    for (const p of ports) {
        addCertificate(ctx, p, keys);
        // Every domain certificate is in the listener's certificate list, the default one too (AWS allows it:
        // DescribeListenerCertificates then lists it twice). So removing the service whose certificate is the
        // default changes the listener's default first and only then removes a certificate no longer the default.
        ctx.add(`${ctx.ids.service.get(p.container.name)}ListenerCertificate`, {
            Type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate',
            Properties: {
                Certificates: [{ CertificateArn: ref(certificateId(ctx, p)) }],
                ListenerArn: ref(listenerId(HTTPS_PORT)),
            },
        }, p.task.name);
        addListenerRule(ctx, httpsRule(p));
        addListenerRule(ctx, {
            listenerId: p.listenerId,
            priority: p.domain.priority,
            conditions: [hostHeader(p.domain.names)],
            // Host, path and query stay as asked (#{host}, /#{path}, #{query} are the defaults).
            actions: [
                {
                    RedirectConfig: { Port: String(HTTPS_PORT), Protocol: 'HTTPS', StatusCode: 'HTTP_301' },
                    Type: 'redirect',
                },
            ],
            owner: p.task.name,
        });
        addAliases(ctx, p, keys);
        p.domain.names.forEach((name, i) => {
            ctx.template.Outputs[`${p.id}${i === 0 ? '' : `Name${i + 1}`}URL`] = {
                Description: `${p.container.name}: ${name} (${p.container.name} published port ${p.port.published})`,
                Value: `https://${name}`,
            };
        });
    }
    return parameters;
}
function zoneParameter(ctx, p, name, keys) {
    const id = `${keys.get(name)}HostedZoneId`;
    ctx.template.Parameters[id] = {
        Type: 'String',
        AllowedPattern: '^Z[A-Z0-9]+$',
        Description: `Public Route 53 hosted zone of ${name} (x-aws-domain of ${p.container.name})`,
    };
    return {
        name: id,
        kind: 'hosted-zone',
        domain: name,
        service: p.container.name,
        ...(p.domain.hostedZone ? { hostedZone: p.domain.hostedZone } : {}),
        description: `the public Route 53 hosted zone of ${name}`,
    };
}
/** The 443 listener when no published port has one: the first domain's certificate, 404 for other hosts. */
function addHttpsListener(ctx, plan, first) {
    ctx.add(listenerId(HTTPS_PORT), {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
            Certificates: [{ CertificateArn: ref(certificateId(ctx, first)) }],
            DefaultActions: [
                {
                    FixedResponseConfig: { ContentType: 'text/plain', MessageBody: 'not found', StatusCode: '404' },
                    Type: 'fixed-response',
                },
            ],
            LoadBalancerArn: plan.arn,
            Port: HTTPS_PORT,
            Protocol: 'HTTPS',
            SslPolicy: HTTPS_POLICY,
        },
    }, first.task.name);
}
/**
 * One certificate per service, for all its names. With HostedZoneId in every DomainValidationOption,
 * CloudFormation creates the validation CNAME records and waits until ACM issues the certificate
 * (docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-certificatemanager-certificate.html).
 * CloudFormation leaves those records in the zone when the certificate is deleted; ACM reuses one per name.
 */
function addCertificate(ctx, p, keys) {
    const names = p.domain.names;
    const first = names.find((n) => n.length <= MAX_FIRST_NAME);
    const others = names.filter((n) => n !== first);
    ctx.add(certificateId(ctx, p), {
        Type: 'AWS::CertificateManager::Certificate',
        Properties: {
            DomainName: first,
            DomainValidationOptions: names.map((name) => ({
                DomainName: name,
                HostedZoneId: ref(`${keys.get(name)}HostedZoneId`),
            })),
            ...(others.length > 0 ? { SubjectAlternativeNames: others } : {}),
            ValidationMethod: 'DNS',
        },
    }, p.task.name);
}
/** A (and AAAA for a dual-stack load balancer) alias records per name; deleted with the stack. */
function addAliases(ctx, p, keys) {
    const overlay = ctx.project.aws?.cloudformation;
    const ipType = overlay?.Resources?.[LB_ID]?.Properties?.IpAddressType;
    const types = DUAL_STACK.includes(String(ipType)) ? ['A', 'AAAA'] : ['A'];
    for (const name of p.domain.names)
        for (const type of types)
            ctx.add(`${keys.get(name)}${type === 'A' ? 'Alias' : 'AliasIPv6'}`, {
                Type: 'AWS::Route53::RecordSet',
                Properties: {
                    AliasTarget: {
                        DNSName: getAtt(LB_ID, 'DNSName'),
                        EvaluateTargetHealth: false,
                        HostedZoneId: getAtt(LB_ID, 'CanonicalHostedZoneID'),
                    },
                    HostedZoneId: ref(`${keys.get(name)}HostedZoneId`),
                    Name: name,
                    Type: type,
                },
            }, p.task.name);
}

;// CONCATENATED MODULE: ./src/template/listeners.ts









/** Adds every listener resource of the plan; returns the parameters x-aws-domain needs (domains.ts). */
function addListeners(ctx, plan, taskGroup) {
    const ingress = new TaskIngress(ctx, plan);
    const traffic = new StrategyTraffic(ctx, plan);
    const listeners = new Set();
    // The port without a route answers what no rule matches, per listener (looked up once, not per port).
    const fallbacks = new Map();
    for (const p of plan.ports)
        if (!p.route && !p.domain && !fallbacks.has(p.listenerId))
            fallbacks.set(p.listenerId, p);
    for (const p of plan.ports) {
        const targetGroup = addTargetGroup(ctx, plan, p);
        if (!listeners.has(p.listenerId)) {
            listeners.add(p.listenerId);
            addListener(ctx, plan, p, fallbacks.get(p.listenerId));
        }
        if (p.route) {
            addListenerRule(ctx, {
                listenerId: p.listenerId,
                priority: p.route.priority,
                conditions: routeConditions(p.route),
                actions: forwardActions(p),
                owner: p.task.name,
            });
        }
        traffic.addPort(p);
        const group = taskGroup(p.task);
        if (group === undefined) {
            ctx.warn(p.path, `service ${p.task.name} joins only external networks: allow port ${p.port.target}/${p.protocols.join('+')} from the load balancer yourself`);
        }
        else {
            ingress.openPort(p, group, targetGroup);
        }
        // A domain port's URLs are its names (domains.ts).
        if (!plan.existing && !p.domain)
            addUrlOutput(ctx, p);
    }
    if (plan.ports.length > 0 && !plan.existing) {
        ctx.template.Outputs.LoadBalancerDNSName = {
            Description: 'DNS name of the load balancer',
            Value: getAtt(LB_ID, 'DNSName'),
        };
    }
    const parameters = addDomains(ctx, plan);
    traffic.finish();
    return { parameters, advanced: traffic.advanced };
}
/**
 * What an ECS service behind a port waits for: its target group must be reached from a listener of the load
 * balancer before the service is created (the listener, its route's rule, its domain's HTTPS rule).
 */
function portDependencies(p) {
    return [
        p.listenerId,
        ...(p.route ? [ruleId(p.listenerId, p.route.priority)] : []),
        ...(p.domain ? [ruleId(listenerId(HTTPS_PORT), p.domain.priority)] : []),
    ];
}
/** The listener of p's published port; the port without a route answers what no rule matches, else 404. */
function addListener(ctx, plan, p, fallback) {
    ctx.add(p.listenerId, {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
            ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
            DefaultActions: [
                // On an NLB the listener is the production "rule" ECS shifts (weighted when a strategy manages
                // it); an ALB's default stays a plain forward, behind the catch-all rule ECS shifts.
                fallback && plan.type === 'network'
                    ? forwardActions(fallback)[0]
                    : fallback
                        ? { TargetGroupArn: ref(fallback.targetGroupId), Type: 'forward' }
                        : {
                            FixedResponseConfig: {
                                ContentType: 'text/plain',
                                MessageBody: 'not found',
                                StatusCode: '404',
                            },
                            Type: 'fixed-response',
                        },
            ],
            LoadBalancerArn: plan.arn,
            Port: p.port.published,
            Protocol: p.protocol,
        },
    }, (fallback ?? p).task.name);
}
/** The port's URL on the load balancer this stack creates (no default port, the route's path prefix). */
function addUrlOutput(ctx, p) {
    const scheme = p.protocol === 'HTTPS'
        ? 'https'
        : p.protocol === 'HTTP'
            ? 'http'
            : p.protocol === 'TCP_UDP'
                ? 'tcp'
                : p.protocol.toLowerCase();
    const defaultPort = (scheme === 'http' && p.port.published === 80) || (scheme === 'https' && p.port.published === 443);
    const prefix = p.route?.paths[0]?.replace(/\/?\*$/, '') ?? '';
    ctx.template.Outputs[`${p.id}URL`] = {
        Description: `${p.container.name}: published port ${p.port.published}/${p.protocols.join('+')}`,
        Value: sub(`${scheme}://\${${LB_ID}.DNSName}${defaultPort ? '' : `:${p.port.published}`}${prefix}`),
    };
}

;// CONCATENATED MODULE: ./src/template/file-script.ts

const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/** Refuses a uid or gid that is not a number: the init container runs chown without a passwd file. */
function checkOwnerIds(ctx, path, r) {
    for (const key of ['uid', 'gid']) {
        const id = r[key];
        if (id !== undefined && !/^[0-9]+$/.test(id))
            ctx.error([...path, key], `${key} must be a numeric id (decimal digits), not ${JSON.stringify(id)}`);
    }
}
/** Writes the values of the given environment variables, one after the other, into `dest`, then sets mode and owner. */
function writeFileLines(dest, variables, r, defaultMode) {
    const lines = [`mkdir -p "$(dirname ${shellQuote(dest)})"`];
    // printf repeats its format for each argument: the chunks are concatenated exactly, without a newline.
    lines.push(variables.length > 0
        ? `printf '%s' ${variables.map((v) => `"$${v}"`).join(' ')} > ${shellQuote(dest)}`
        : `: > ${shellQuote(dest)}`);
    const mode = (r.mode ?? defaultMode).toString(8).padStart(4, '0');
    lines.push(`chmod ${shellQuote(mode)} ${shellQuote(dest)}`);
    if (r.uid !== undefined || r.gid !== undefined)
        lines.push(`chown ${shellQuote(`${r.uid ?? '0'}:${r.gid ?? '0'}`)} ${shellQuote(dest)}`);
    return lines;
}
/**
 * A non-essential init container that runs `script` (image `secretsInitImage`) with the given mounts and
 * injected values; it logs like its task's main container, without user logging overrides.
 */
function initContainer(ctx, task, name, script, mounts, secrets) {
    return {
        Name: name,
        Image: ctx.options.secretsInitImage,
        Essential: false,
        EntryPoint: ['sh', '-c'],
        Command: [script.join('\n')],
        LogConfiguration: logConfiguration(ctx, { ...task.main, logging: undefined }).config,
        MountPoints: mounts,
        ...(secrets.length > 0 ? { Secrets: secrets } : {}),
    };
}

;// CONCATENATED MODULE: ./src/template/secrets.ts




const SECRETS_ROOT = '/run/secrets';
const SECRETS_INIT_CONTAINER = 'compose-secrets-init';
const INIT_CONTAINER = SECRETS_INIT_CONTAINER;
/** Template parameter for a file (or environment) secret the pipeline stores at deploy time. */
function secretParameterName(ctx, secret) {
    return `${ctx.ids.secret.get(secret)}SecretArn`;
}
/** Template parameter for the version id of that stored secret, which the task definition pins. */
function secretVersionParameterName(ctx, secret) {
    return `${ctx.ids.secret.get(secret)}SecretVersion`;
}
/** Resolves every secret a service uses; adds a parameter per file/environment secret. */
function planSecrets(ctx) {
    const used = new Set(Object.values(ctx.project.services).flatMap((s) => s.secrets.map((r) => r.source)));
    const sources = new Map();
    const parameters = [];
    for (const name of Object.keys(ctx.project.secrets).sort()) {
        const def = ctx.project.secrets[name];
        const path = ['secrets', name];
        const keys = def.aws?.keys ?? [];
        const arn = def.aws?.secretArn ?? (def.external ? (def.externalName ?? def.name) : undefined);
        if (!used.has(name))
            continue;
        let source;
        if (arn?.startsWith('arn:')) {
            const store = arn.split(':')[2];
            if (store !== 'secretsmanager' && store !== 'ssm')
                ctx.error(path, `secret ${name}: ${arn} is neither a Secrets Manager secret nor an SSM parameter`);
            else
                source = {
                    valueFrom: arn,
                    iamArn: store === 'secretsmanager' ? secretIamArn(arn) : arn,
                    store,
                    keys,
                };
        }
        else if (arn !== undefined) {
            // A bare name is an SSM parameter in the stack's account and region (ECS accepts its name).
            const param = arn.replace(/^\//, '');
            source = {
                valueFrom: arn,
                iamArn: sub(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${param}`),
                store: 'ssm',
                keys,
            };
        }
        else if (def.file !== undefined || def.environment !== undefined) {
            const param = secretParameterName(ctx, name);
            ctx.template.Parameters[param] = {
                Type: 'String',
                Description: `ARN of the Secrets Manager secret holding compose secret ${name}`,
            };
            // The version id goes into valueFrom so that new content changes the task definition and ECS
            // rolls the service; with the bare ARN, running tasks would keep the old value indefinitely.
            const versionParam = secretVersionParameterName(ctx, name);
            ctx.template.Parameters[versionParam] = {
                Type: 'String',
                Description: `Version id of the Secrets Manager secret holding compose secret ${name} (pinned by the tasks)`,
            };
            const what = def.file !== undefined ? `file ${def.file}` : `environment variable ${def.environment}`;
            parameters.push({
                name: param,
                kind: 'file-secret',
                secret: name,
                description: `store the content of ${what} in Secrets Manager and pass its ARN`,
            }, {
                name: versionParam,
                kind: 'file-secret-version',
                secret: name,
                description: `pass the Secrets Manager version id under which the content of ${what} is stored`,
            });
            // IAM grants on the bare ARN (a version is not a resource); only valueFrom carries the version.
            source = {
                valueFrom: ref(param),
                versionId: ref(versionParam),
                iamArn: ref(param),
                store: 'secretsmanager',
                keys,
            };
        }
        else {
            ctx.error(path, `secret ${name} needs a source: file, environment, external: true (a Secrets Manager ARN or SSM parameter name) or ${X.secretArn}`);
        }
        if (source && keys.length > 0 && source.store !== 'secretsmanager') {
            ctx.error([...path, X.keys], `${X.keys} selects JSON keys of a Secrets Manager secret; ${name} is an SSM parameter`);
            source = undefined;
        }
        if (source)
            sources.set(name, source);
    }
    return { sources, parameters };
}
/** A complete Secrets Manager ARN ends in "-" and six random characters; grant on a partial one with the wildcard IAM expects. */
function secretIamArn(arn) {
    // arn:aws:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<stage>:<version>]
    const base = arn.split(':').slice(0, 7).join(':');
    return /-[A-Za-z0-9]{6}$/.test(base) ? base : `${base}-??????`;
}
const envName = (s) => s.replace(/[^A-Za-z0-9_]/g, '_');
function taskSecrets(ctx, task, sources) {
    const out = {
        containers: new Map(),
        initContainers: [],
        volumes: [],
        secretArns: [],
        parameterArns: [],
    };
    const initSecrets = [];
    const script = ['set -e'];
    const initMounts = [];
    for (const c of task.containers) {
        const creds = c.aws?.pullCredentials;
        const extra = {};
        if (creds !== undefined) {
            extra.RepositoryCredentials = { CredentialsParameter: creds };
            out.secretArns.push(creds.startsWith('arn:') ? secretIamArn(creds) : creds);
        }
        const env = [];
        const volume = `${containerName(c.name)}-secrets`;
        const files = [];
        c.secrets.forEach((r, i) => {
            const path = ['services', c.name, 'secrets', i];
            const source = sources.get(r.source);
            if (!source) {
                if (!ctx.project.secrets[r.source])
                    ctx.error(path, `secret ${r.source} is not defined in the top-level secrets`);
                return;
            }
            (source.store === 'secretsmanager' ? out.secretArns : out.parameterArns).push(source.iamArn);
            const target = r.target ?? r.source;
            const file = target.startsWith('/') ? target : `${SECRETS_ROOT}/${target}`;
            if (!file.startsWith(`${SECRETS_ROOT}/`)) {
                ctx.error([...path, 'target'], `secret files can be written under ${SECRETS_ROOT} only, not ${file}`);
                return;
            }
            checkOwnerIds(ctx, path, r);
            const rel = file.slice(SECRETS_ROOT.length + 1);
            const variable = envName(target.startsWith('/') ? r.source : target);
            const items = source.keys.length > 0
                ? source.keys.map((k) => ({ key: k, name: `${variable}_${envName(k)}`, rel: `${rel}/${k}` }))
                : [{ key: '', name: variable, rel }];
            for (const item of items) {
                const valueFrom = secretValueFrom(source, item.key);
                env.push({ Name: item.name, ValueFrom: valueFrom });
                const initVar = `S${initSecrets.length}`;
                initSecrets.push({ Name: initVar, ValueFrom: valueFrom });
                const dest = `/compose-secrets/${volume}/${item.rel}`;
                files.push(item.rel);
                script.push(...writeFileLines(dest, [initVar], r, 0o444));
            }
        });
        if (env.length > 0) {
            extra.Secrets = env;
            extra.MountPoints = [{ ContainerPath: SECRETS_ROOT, ReadOnly: true, SourceVolume: volume }];
            extra.DependsOn = [{ Condition: 'SUCCESS', ContainerName: INIT_CONTAINER }];
            out.volumes.push({ Name: volume });
            initMounts.push({ ContainerPath: `/compose-secrets/${volume}`, ReadOnly: false, SourceVolume: volume });
        }
        if (Object.keys(extra).length > 0)
            out.containers.set(c.name, extra);
    }
    if (initSecrets.length > 0)
        out.initContainers.push(initContainer(ctx, task, INIT_CONTAINER, script, initMounts, initSecrets));
    return out;
}
/**
 * valueFrom of a secret, or of one JSON key of a Secrets Manager secret:
 * <arn>:<json-key>:<version-stage>:<version-id> — `<arn>:<key>::` for a key, and with a pinned
 * version `<arn>:::<version-id>` (whole secret) or `<arn>:<key>::<version-id>`.
 */
function secretValueFrom(source, key) {
    if (source.versionId === undefined) {
        if (!key)
            return source.valueFrom;
        return typeof source.valueFrom === 'string'
            ? `${source.valueFrom}:${key}::`
            : join('', [source.valueFrom, `:${key}::`]);
    }
    return join('', [source.valueFrom, `:${key}::`, source.versionId]);
}

;// CONCATENATED MODULE: ./src/template/names-used.ts
/** Keys (and flags) whose value is a host: DB_HOST, REDIS_ADDR, SMTP_SERVER, API_URL, DATABASE_DSN, --host. */
const HOST_KEY = /(?:^|[_-])(?:hosts?|hostname|addr|address|server|servers|endpoint|url|uri|dsn|upstream)$/i;
const SCHEME_PORTS = {
    http: 80,
    https: 443,
    ws: 80,
    wss: 443,
    postgres: 5432,
    postgresql: 5432,
    mysql: 3306,
    mariadb: 3306,
    mongodb: 27017,
    redis: 6379,
    amqp: 5672,
    nats: 4222,
    memcached: 11211,
};
/** Finds uses of any of `names` in a piece of text (a value, an argument, a config file). */
function findNames(text, names, where) {
    const out = [];
    // A host is a name standing alone or delimited by URL/host:port punctuation, never part of a longer word or path.
    const re = /(?:([a-z][a-z0-9+.-]*):\/\/(?:[^@/\s]*@)?)?(?<![\w.-])([a-z0-9][a-z0-9_-]*)(?![\w-]|\.[a-z0-9])(?::(\d{1,5}))?/gi;
    for (const m of text.matchAll(re)) {
        const host = m[2].toLowerCase();
        if (!names.has(host))
            continue;
        const before = text.slice(0, m.index);
        const scheme = m[1]?.toLowerCase();
        const explicit = m[3] !== undefined ? Number(m[3]) : undefined;
        // Without a scheme or a port, a bare word is a host only as the whole value (MYSQL_HOST: db),
        // after KEY= or after a flag (-h db, --host=db); "run db migrations" names no host.
        const hostLike = scheme !== undefined ||
            explicit !== undefined ||
            text.trim().toLowerCase() === host ||
            /(?:=|(?:^|\s)--?[a-z][a-z-]*[=\s]+)$/i.test(before);
        if (!hostLike)
            continue;
        const port = explicit ?? (scheme !== undefined ? SCHEME_PORTS[scheme] : undefined);
        // host=db (a keyword DSN), --host db, -h db, DB_HOST=db in a command: the key says it is a host.
        const key = /(?:^|[\s;,])-{0,2}([a-z][\w-]*)[=\s]+$/i.exec(before)?.[1];
        const evidence = scheme !== undefined ||
            explicit !== undefined ||
            (key !== undefined && (HOST_KEY.test(key) || key === 'h'))
            ? 'host'
            : 'word';
        out.push({ name: host, ...(port !== undefined ? { port } : {}), where, evidence });
    }
    return out;
}
/** Every name of `names` that service `s` uses, with where and on which port. */
function namesUsedBy(s, names) {
    const out = [];
    for (const [key, value] of Object.entries(s.environment))
        if (value !== null)
            out.push(...findNames(value, names, `environment.${key}`).map((u) => HOST_KEY.test(key) ? { ...u, evidence: 'host' } : u));
    (s.command ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `command[${i}]`)));
    (s.entrypoint ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `entrypoint[${i}]`)));
    for (const l of s.links)
        if (names.has(l.alias.toLowerCase()))
            out.push({ name: l.alias.toLowerCase(), where: 'links', evidence: 'declared' });
    for (const dep of Object.keys(s.dependsOn))
        if (names.has(dep.toLowerCase()))
            out.push({ name: dep.toLowerCase(), where: `depends_on.${dep}`, evidence: 'declared' });
    return out.filter((u) => u.name !== s.name.toLowerCase());
}

;// CONCATENATED MODULE: ./src/template/start-order.ts


const RANK = { declared: 3, host: 2, word: 1 };
const SAYS = {
    declared: 'declared',
    host: 'a host',
    word: 'a bare word, perhaps not a host',
};
/** Every ordered pair of tasks with the strongest evidence that the first calls the second. */
function candidates(ctx, tasks) {
    const taskOf = new Map();
    for (const t of tasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const owner = new Map();
    if (ctx.options.serviceDiscovery)
        for (const t of tasks)
            for (const n of taskNames(ctx, t))
                owner.set(n, t.name);
    const best = new Map();
    const offer = (e) => {
        const key = `${e.client}\0${e.server}`;
        const was = best.get(key);
        if (e.client !== e.server && (!was || RANK[e.evidence] > RANK[was.evidence]))
            best.set(key, e);
    };
    for (const t of tasks)
        for (const c of t.containers) {
            // depends_on orders tasks whether or not the names resolve (compose starts them in that order).
            for (const dep of Object.keys(c.dependsOn)) {
                const other = taskOf.get(dep);
                if (other)
                    offer({
                        client: t.name,
                        server: other.name,
                        evidence: 'declared',
                        because: `${c.name} depends_on ${dep}`,
                    });
            }
            if (!ctx.options.serviceDiscovery)
                continue;
            for (const use of namesUsedBy(c, new Set(owner.keys()))) {
                const server = owner.get(use.name);
                const because = use.where === 'links' || use.where.startsWith('depends_on.')
                    ? `${c.name} ${use.where === 'links' ? 'links' : 'depends_on'} ${use.name}`
                    : `${c.name} names ${use.name} in ${use.where}, ${SAYS[use.evidence]}`;
                offer({ client: t.name, server, evidence: use.evidence, because });
            }
        }
    return [...best.values()].sort((a, b) => RANK[b.evidence] - RANK[a.evidence] ||
        (a.client < b.client ? -1 : a.client > b.client ? 1 : a.server < b.server ? -1 : 1));
}
/** Task name → the tasks it must start after, and the plan's account of each decision. */
function startOrder(ctx, tasks) {
    const after = new Map(tasks.map((t) => [t.name, new Set()]));
    const explained = [];
    const reaches = (from, to) => {
        const seen = new Set([from]);
        const stack = [from];
        while (stack.length > 0) {
            const next = after.get(stack.pop()) ?? new Set();
            if (next.has(to))
                return true;
            for (const n of next)
                if (!seen.has(n) && seen.add(n))
                    stack.push(n);
        }
        return false;
    };
    const all = candidates(ctx, tasks);
    const of = (client, server) => all.find((e) => e.client === client && e.server === server);
    for (const e of all) {
        const reverse = of(e.server, e.client);
        // Two services naming each other as strongly: nothing says which is the server. Neither waits.
        if (reverse && reverse.evidence === e.evidence && e.evidence !== 'declared') {
            if (e.client < e.server) {
                explained.push(`${e.client} and ${e.server} start together: ${e.because}, and ${reverse.because}; both must retry until the other answers`);
                ctx.warn(['services', e.client], `${e.client} and ${e.server} name each other (${e.because}; ${reverse.because}): neither waits for the other, so both must retry their connections`);
            }
            continue;
        }
        if (reaches(e.server, e.client)) {
            // Stronger (or earlier, equally strong) evidence already orders the other way round.
            explained.push(`${e.client} does not wait for ${e.server}: ${e.because}, but ${e.server} already starts after ${e.client}`);
            if (e.evidence !== 'word')
                ctx.warn(['services', e.client], `${e.because}, but ${e.server} already starts after ${e.client}; ${e.client} may start before ${e.server} answers and must retry`);
            continue;
        }
        after.get(e.client).add(e.server);
        explained.push(`${e.client} starts after ${e.server}: ${e.because}`);
    }
    return { after, explained: explained.sort() };
}

;// CONCATENATED MODULE: ./src/template/tasks.ts


function sidecarTarget(service) {
    if (service.aws?.sidecarOf !== undefined)
        return service.aws.sidecarOf;
    const mode = service.networkMode;
    if (mode?.startsWith('service:'))
        return mode.slice('service:'.length);
    return undefined;
}
function planTasks(ctx) {
    const services = ctx.project.services;
    const targets = new Map();
    for (const [name, service] of sortedRecord(services)) {
        const target = sidecarTarget(service);
        if (target === undefined)
            continue;
        const path = ['services', name, service.aws?.sidecarOf !== undefined ? X.sidecarOf : 'network_mode'];
        if (!services[target])
            ctx.error(path, `service ${name} is a sidecar of ${target}, which is not a service of this project`);
        else if (target === name)
            ctx.error(path, `service ${name} cannot be its own sidecar`);
        else
            targets.set(name, target);
    }
    for (const [name, target] of targets) {
        if (targets.has(target))
            ctx.error(['services', name], `service ${name} is a sidecar of ${target}, which is itself a sidecar; name the task's main service instead`);
    }
    const tasks = [];
    for (const [name, main] of sortedRecord(services)) {
        if (targets.has(name))
            continue;
        const sidecars = [...targets].filter(([, t]) => t === name).map(([s]) => services[s]);
        tasks.push({ name, id: ctx.ids.service.get(name), main, containers: [main, ...sidecars] });
    }
    return tasks;
}

;// CONCATENATED MODULE: ./src/template/efs-policy.ts
// The file-system policy of every EFS file system the stack creates. Without one, EFS's default policy
// grants full access to any client that reaches a mount target, anonymous NFS clients included, and the
// task roles' access-point conditions restrict nothing. A policy names no principal (Principal "*"), so a
// retained file system and an `external` volume keep working for the next stack's task roles: same-account
// principals are allowed by their identity policies (the task role's ClientMount/ClientWrite on its access
// points), and nothing allows a client without an IAM identity, so anonymous mounts are refused — what
// the EFS console's "Prevent anonymous access" does by taking ClientMount out of the allowed actions.
// A client without TLS is denied outright ("Enforce in-transit encryption for all clients").
/** The FileSystemPolicy property value: deny without TLS; allow nothing (identity policies do that). */
function fileSystemPolicy() {
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'DenyWithoutTls',
                Effect: 'Deny',
                Principal: { AWS: '*' },
                Action: '*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/template/volumes.ts



const KNOWN_OPTS = [
    'uid',
    'gid',
    'permissions',
    'root_directory',
    'performance_mode',
    'throughput_mode',
    'provisioned_throughput',
    'lifecycle_policy',
    'backup_policy',
];
/** compose's volume label, also on each file system so a later stack of the project finds it again. */
const VOLUME_TAG = 'com.docker.compose.volume';
/** The stack that created a file system: a stack created again under that name finds its data; other stacks of the project (previews) never take it. */
const STACK_TAG = 'compose-ecs.stack';
function fileSystemId(ctx, volume) {
    return `${ctx.ids.volume.get(volume)}Filesystem`;
}
/** Adds file systems, their security group and mount targets for every volume a service mounts. */
function planVolumes(ctx, tasks, groups) {
    const plan = { fileSystems: new Map(), mountTargets: new Map(), parameters: [] };
    const users = volumeUsers(tasks);
    for (const name of [...users.keys()].sort()) {
        const vol = ctx.project.volumes[name];
        if (!vol) {
            ctx.error(['services', [...users.get(name)][0].name, 'volumes'], `volume ${name} is not defined in the top-level volumes`);
            continue;
        }
        warnIgnored(ctx, name, vol);
        if (vol.external) {
            plan.fileSystems.set(name, externalFileSystem(ctx, name, vol));
            continue;
        }
        const fsValue = addFileSystem(ctx, name, vol, plan.parameters);
        addNfsGroup(ctx, name, users.get(name), groups);
        plan.fileSystems.set(name, fsValue);
        plan.mountTargets.set(name, addMountTargets(ctx, name, fsValue));
    }
    return plan;
}
/** Compose volume name → the tasks that mount it. */
function volumeUsers(tasks) {
    const users = new Map();
    for (const task of tasks)
        for (const c of task.containers)
            for (const m of c.volumes) {
                if (m.type !== 'volume' || !m.source)
                    continue;
                users.set(m.source, (users.get(m.source) ?? new Set()).add(task));
            }
    return users;
}
/** A driver other than EFS, and driver options EFS has no use for, are warned about where written. */
function warnIgnored(ctx, name, vol) {
    const path = ['volumes', name];
    if (vol.driver && !['local', 'efs'].includes(vol.driver))
        ctx.warn([...path, 'driver'], `volume driver ${vol.driver} is ignored: volumes become EFS file systems`);
    for (const key of Object.keys(vol.driverOpts).sort()) {
        if (!KNOWN_OPTS.includes(key))
            ctx.warn([...path, 'driver_opts', key], `driver option ${key} is ignored (known: ${KNOWN_OPTS.join(', ')})`);
    }
}
/** An external volume names an existing file system: its id, checked for form. */
function externalFileSystem(ctx, name, vol) {
    const fs = vol.externalName ?? vol.name;
    if (!/^fs-[0-9a-f]+$/.test(fs))
        ctx.error(['volumes', name, 'name'], `external volume ${name} must name an existing EFS file system id (fs-...), got ${fs}`);
    return fs;
}
/** The retained, encrypted file system of a volume (or the one an earlier stack retained): its id value. */
function addFileSystem(ctx, name, vol, parameters) {
    const id = fileSystemId(ctx, name);
    const o = vol.driverOpts;
    const throughput = o.provisioned_throughput !== undefined ? Number(o.provisioned_throughput) : undefined;
    if (throughput !== undefined && !(throughput > 0))
        ctx.error(['volumes', name, 'driver_opts', 'provisioned_throughput'], 'provisioned_throughput must be a positive number of MiB/s');
    // Data outlives the stack: deleting the project must not delete its volumes, and the stack deployed
    // again finds the retained file system (the plan stage looks it up by its project, volume and stack
    // tags, as Docker's ECS integration did by project and volume) instead of creating an empty one.
    const retained = `${id}RetainedId`;
    const isNew = `${id}IsNew`;
    ctx.template.Parameters[retained] = {
        Type: 'String',
        Default: '',
        AllowedPattern: '^(fs-[0-9a-f]+)?$',
        Description: `A retained EFS file system of volume ${name} to use instead of creating one (looked up at plan time)`,
    };
    ctx.template.Conditions = { ...ctx.template.Conditions, [isNew]: { 'Fn::Equals': [ref(retained), ''] } };
    parameters.push({
        name: retained,
        kind: 'retained-file-system',
        volume: name,
        description: `a file system of volume ${name} that an earlier stack of ${ctx.project.name} retained`,
    });
    ctx.add(id, {
        Type: 'AWS::EFS::FileSystem',
        Condition: isNew,
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
            FileSystemTags: [
                { Key: STACK_TAG, Value: ref('AWS::StackName') },
                { Key: VOLUME_TAG, Value: name },
            ],
            ...(o.backup_policy ? { BackupPolicy: { Status: o.backup_policy.toUpperCase() } } : {}),
            Encrypted: true,
            FileSystemPolicy: fileSystemPolicy(),
            ...(o.lifecycle_policy ? { LifecyclePolicies: [{ TransitionToIA: o.lifecycle_policy }] } : {}),
            ...(o.performance_mode ? { PerformanceMode: o.performance_mode } : {}),
            ...(throughput !== undefined && throughput > 0 ? { ProvisionedThroughputInMibps: throughput } : {}),
            ...(o.throughput_mode ? { ThroughputMode: o.throughput_mode } : {}),
        },
    });
    return { 'Fn::If': [isNew, ref(id), ref(retained)] };
}
/** NFS from the security groups of the services that mount it, nothing else. */
function addNfsGroup(ctx, name, users, groups) {
    const clientGroups = new Map();
    for (const task of users) {
        for (const n of Object.keys(task.main.networks).sort()) {
            const g = groups.get(n);
            if (g !== undefined)
                clientGroups.set(JSON.stringify(g), g);
        }
    }
    ctx.add(`${fileSystemId(ctx, name)}SecurityGroup`, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            GroupDescription: `compose-ecs volume ${name}: NFS from the services that mount it`,
            SecurityGroupIngress: [...clientGroups.values()].map((g) => ({
                Description: 'NFS',
                FromPort: 2049,
                IpProtocol: 'tcp',
                SourceSecurityGroupId: g,
                ToPort: 2049,
            })),
            VpcId: ref('VpcId'),
        },
    });
}
/** A mount target in each of the first efsSubnetCount subnets: their logical IDs. */
function addMountTargets(ctx, name, fsValue) {
    const id = fileSystemId(ctx, name);
    const targets = [];
    for (let i = 0; i < ctx.options.efsSubnetCount; i++) {
        const mt = `${id}MountTarget${i}`;
        ctx.add(mt, {
            Type: 'AWS::EFS::MountTarget',
            Properties: {
                FileSystemId: fsValue,
                SecurityGroups: [ref(`${id}SecurityGroup`)],
                SubnetId: { 'Fn::Select': [i, ref(SUBNETS_PARAM)] },
            },
        });
        targets.push(mt);
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/template/project-plan.ts
// The project-level resources every task builds on: network, cluster, load balancer and listeners,
// secrets, volumes, service discovery, start order and each task's capacity. Added once, before any task.














function planProject(ctx) {
    const parameters = addNetworkParameters(ctx);
    const cluster = addCluster(ctx);
    addLogGroup(ctx);
    const groups = addNetworks(ctx);
    const allTasks = planTasks(ctx);
    const jobs = findJobs(ctx, allTasks);
    const tasks = allTasks.filter((t) => !jobs.has(t.name));
    const lb = planLoadBalancer(ctx, tasks);
    addLoadBalancerSubnets(ctx, parameters, lb);
    const taskOf = new Map();
    for (const t of allTasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const listened = addListeners(ctx, lb, (task) => ingressGroup(groups, task));
    parameters.push(...listened.parameters);
    const secrets = planSecrets(ctx);
    parameters.push(...secrets.parameters);
    const volumes = planVolumes(ctx, tasks, groups);
    parameters.push(...volumes.parameters);
    const discovery = addDiscovery(ctx, tasks);
    const order = startOrder(ctx, allTasks);
    checkJobOrder(ctx, jobs, order.after);
    // GPU services run on EC2 capacity of their own (gpu-capacity.ts), the others on Fargate (capacity.ts).
    const gpus = new Map(allTasks.map((t) => [t.name, planGpuTask(ctx, t)]));
    const strategies = new Map(allTasks.map((t) => {
        const gpu = gpus.get(t.name);
        return [
            t.name,
            gpu && !jobs.has(t.name) ? gpuStrategy(gpu) : capacityStrategy(ctx, t, jobs.has(t.name)),
        ];
    }));
    const capacityProviders = addCapacityProviders(ctx, cluster, providersOf(strategies.values()));
    const portsOf = new Map();
    for (const p of lb.ports)
        portsOf.set(p.task, [...(portsOf.get(p.task) ?? []), p]);
    return {
        parameters,
        cluster,
        groups,
        allTasks,
        tasks,
        jobs,
        lb,
        advanced: listened.advanced,
        secrets: secrets.sources,
        volumes,
        discovery,
        order,
        taskOf,
        byName: new Map(tasks.map((t) => [t.name, t])),
        gpus,
        strategies,
        capacityProviders,
        portsOf,
    };
}
/** The subnets a load balancer the stack creates sits in. */
function addLoadBalancerSubnets(ctx, parameters, lb) {
    if (ctx.template.Resources[LB_ID] && lb.scheme === 'internet-facing')
        parameters.push(addLoadBalancerSubnetsParameter(ctx));
    else if (ctx.template.Resources[LB_ID]) {
        // An internal load balancer sits in the tasks' subnets: they must span two zones.
        const subnets = parameters.find((p) => p.kind === 'subnets');
        subnets.minCount = Math.max(subnets.minCount ?? 0, 2);
    }
}
/** Ingress for published ports goes on the first security group we create for the task. */
function ingressGroup(groups, task) {
    return Object.keys(task.main.networks)
        .sort()
        .map((n) => groups.get(n))
        .find((g) => typeof g === 'object');
}
/** The security groups of a task's networks (its main container's: sidecars share its network). */
function taskSecurityGroups(ctx, groups, task) {
    const names = Object.keys(task.main.networks).sort();
    for (const c of task.containers.slice(1)) {
        // A network_mode: service:<name> sidecar declares no networks of its own (compose forbids both).
        const own = Object.keys(c.networks).sort();
        if (own.length > 0 && own.join() !== names.join()) {
            ctx.warn(['services', c.name, 'networks'], `sidecar ${c.name} shares the network of ${task.name}; its own networks are ignored`);
        }
    }
    return names.map((n) => groups.get(n)).filter((g) => g !== undefined);
}

;// CONCATENATED MODULE: ./src/template/serialize.ts
const SECTION_ORDER = [
    'AWSTemplateFormatVersion',
    'Description',
    'Metadata',
    'Parameters',
    'Mappings',
    'Conditions',
    'Resources',
    'Outputs',
];
const RESOURCE_ORDER = [
    'Type',
    'Condition',
    'DependsOn',
    'DeletionPolicy',
    'UpdateReplacePolicy',
    'Metadata',
    'Properties',
];
const SORTED_SECTIONS = ['Parameters', 'Mappings', 'Conditions', 'Resources', 'Outputs'];
const byKey = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/**
 * `obj`'s keys in `order` first (those it has), then the others sorted; the values are not copied, and an
 * object already in that order is returned as it is (most are: a large project has thousands).
 */
function ordered(obj, order) {
    if (inOrder(Object.keys(obj), order))
        return obj;
    const out = {};
    for (const k of order)
        if (Object.hasOwn(obj, k))
            out[k] = obj[k];
    const rest = order.length ? Object.keys(obj).filter((k) => !order.includes(k)) : Object.keys(obj);
    for (const k of rest.sort(byKey))
        out[k] = obj[k];
    return out;
}
function inOrder(keys, order) {
    const rank = (k) => {
        const at = order.indexOf(k);
        return at < 0 ? order.length : at;
    };
    for (let i = 1; i < keys.length; i++) {
        const a = rank(keys[i - 1]);
        const b = rank(keys[i]);
        if (a > b || (a === b && a === order.length && byKey(keys[i - 1], keys[i]) > 0))
            return false;
    }
    return true;
}
function canonicalTemplate(template) {
    // A copy: the sections below are replaced, and the template given is left as it is.
    const out = { ...ordered(template, SECTION_ORDER) };
    for (const section of SORTED_SECTIONS) {
        const value = out[section];
        if (value === undefined)
            continue;
        if (Object.keys(value).length === 0 && section !== 'Resources') {
            delete out[section];
            continue;
        }
        // One pass per section, each entry written once (thousands of resources in a large project).
        const sorted = {};
        for (const id of Object.keys(value).sort(byKey)) {
            if (section !== 'Resources') {
                sorted[id] = value[id];
                continue;
            }
            const r = ordered(value[id], RESOURCE_ORDER);
            const properties = r.Properties;
            const p = properties && typeof properties === 'object' ? ordered(properties, []) : properties;
            // The template given is left as it is: a resource is copied when its properties need reordering.
            sorted[id] = p === properties ? r : { ...r, Properties: p };
        }
        out[section] = sorted;
    }
    return out;
}
function serialize(template) {
    return JSON.stringify(template, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/template/tags.ts
const PROJECT_TAG = 'com.docker.compose.project';
const SERVICE_TAG = 'com.docker.compose.service';
const TAG_PROPERTY = {
    'AWS::ECS::Cluster': 'Tags',
    'AWS::ECS::ClusterCapacityProviderAssociations': null,
    'AWS::ECS::Service': 'Tags',
    'AWS::ECS::TaskDefinition': 'Tags',
    'AWS::Logs::LogGroup': 'Tags',
    'AWS::IAM::Role': 'Tags',
    'AWS::EC2::SecurityGroup': 'Tags',
    'AWS::EC2::SecurityGroupIngress': null,
    'AWS::ElasticLoadBalancingV2::LoadBalancer': 'Tags',
    'AWS::ElasticLoadBalancingV2::TargetGroup': 'Tags',
    'AWS::ElasticLoadBalancingV2::Listener': null,
    'AWS::ElasticLoadBalancingV2::ListenerRule': null,
    'AWS::ElasticLoadBalancingV2::ListenerCertificate': null,
    'AWS::CertificateManager::Certificate': 'Tags',
    'AWS::Route53::RecordSet': null,
    'AWS::EFS::FileSystem': 'FileSystemTags',
    'AWS::EFS::AccessPoint': 'AccessPointTags',
    'AWS::EFS::MountTarget': null,
    'AWS::ServiceDiscovery::HttpNamespace': 'Tags',
    'AWS::ServiceDiscovery::PrivateDnsNamespace': 'Tags',
    'AWS::ServiceDiscovery::Service': 'Tags',
    'AWS::ServiceDiscovery::Instance': null,
    'AWS::ApplicationAutoScaling::ScalableTarget': null,
    'AWS::ApplicationAutoScaling::ScalingPolicy': null,
    // Its resource schema lists tagging, but CloudFormation takes no Tags property on it (cfn-lint E3002).
    'AWS::IAM::InstanceProfile': null,
    'AWS::EC2::LaunchTemplate': null,
    'AWS::AutoScaling::AutoScalingGroup': 'Tags',
    'AWS::ECS::CapacityProvider': 'Tags',
};
function tagList(project, service, extra = {}) {
    const tags = [{ Key: PROJECT_TAG, Value: project }];
    if (service !== undefined)
        tags.push({ Key: SERVICE_TAG, Value: service });
    for (const key of Object.keys(extra).sort())
        if (key !== PROJECT_TAG && key !== SERVICE_TAG)
            tags.push({ Key: key, Value: extra[key] });
    return tags;
}
/** Adds tags to every generated resource; `owners` maps logical IDs to the compose service they belong to. */
function applyTags(ctx, owners) {
    for (const [id, resource] of Object.entries(ctx.template.Resources)) {
        const prop = TAG_PROPERTY[resource.Type];
        if (!prop)
            continue;
        const props = (resource.Properties ??= {});
        const existing = props[prop] ?? [];
        // An Auto Scaling group's tags say whether its instances get them: they do (cost allocation per service).
        const mine = tagList(ctx.project.name, owners.get(id)).map((t) => resource.Type === 'AWS::AutoScaling::AutoScalingGroup' ? { ...t, PropagateAtLaunch: true } : t);
        props[prop] = [...mine, ...existing.filter((t) => !mine.some((m) => m.Key === t.Key))];
    }
}

;// CONCATENATED MODULE: ./src/template/autoscaling.ts




function addAutoscaling(ctx, task, clusterName, lb, ports) {
    const deploy = task.main.deploy;
    const path = ['services', task.name, 'deploy'];
    // x-aws-autoscaling, checked by the loader (fields, ranges, max, a target).
    const spec = deploy?.aws?.autoscaling;
    if (!spec)
        return;
    const p = [...path, X.autoscaling];
    const { max, cpu, mem, requests } = spec;
    // Without min, the scaling floor is the replicas the service asks for.
    const min = spec.min ?? deploy?.replicas ?? 1;
    if (min > max)
        return void ctx.error(p, `autoscaling min ${min} (the replicas) is above max ${max}`);
    const port = ports[0];
    if (requests !== undefined && (lb.type !== 'application' || !port || lb.existing)) {
        return void ctx.error([...p, 'requests'], 'scaling on requests needs a port of this service published through the Application Load Balancer this stack creates');
    }
    const target = `${task.id}ScalableTarget`;
    ctx.add(target, {
        Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
        Properties: {
            MaxCapacity: max,
            MinCapacity: min,
            ResourceId: join('/', ['service', clusterName, getAtt(serviceId(task), 'Name')]),
            ScalableDimension: 'ecs:service:DesiredCount',
            ServiceNamespace: 'ecs',
        },
    }, task.name);
    const policy = (suffix, metric, value, label) => ctx.add(`${task.id}${suffix}ScalingPolicy`, {
        Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
        Properties: {
            PolicyName: join('-', [ref('AWS::StackName'), `${task.id}${suffix}`]),
            PolicyType: 'TargetTrackingScaling',
            ScalingTargetId: ref(target),
            TargetTrackingScalingPolicyConfiguration: {
                PredefinedMetricSpecification: {
                    PredefinedMetricType: metric,
                    ...(label !== undefined ? { ResourceLabel: label } : {}),
                },
                TargetValue: value,
            },
        },
    }, task.name);
    if (cpu !== undefined)
        policy('CPU', 'ECSServiceAverageCPUUtilization', cpu);
    if (mem !== undefined)
        policy('Memory', 'ECSServiceAverageMemoryUtilization', mem);
    if (requests !== undefined && port) {
        const label = join('/', [
            getAtt(LB_ID, 'LoadBalancerFullName'),
            getAtt(`${port.id}TargetGroup`, 'TargetGroupFullName'),
        ]);
        policy('Requests', 'ALBRequestCountPerTarget', requests, label);
    }
}
/** The cluster's name (ResourceId wants a name): Ref of our cluster, or the name from x-aws-cluster. */
function clusterName(cluster) {
    return typeof cluster === 'string' ? cluster.split('/').pop() : cluster;
}

;// CONCATENATED MODULE: ./src/template/container-dependencies.ts

/** depends_on within a task becomes container DependsOn (across tasks: start-order.ts). */
function containerDependencies(ctx, task, c, taskOf) {
    const container = [];
    for (const [dep, d] of Object.entries(c.dependsOn).sort(([a], [b]) => (a < b ? -1 : 1))) {
        const other = taskOf.get(dep);
        const path = ['services', c.name, 'depends_on', dep];
        if (!other) {
            if (d.required)
                ctx.error(path, `depends on ${dep}, which is not a service of this project`);
            continue;
        }
        // ECS cannot order tasks of different services; start-order.ts makes CloudFormation create the other one first.
        if (other !== task)
            continue;
        const target = task.containers.find((x) => x.name === dep);
        if (d.condition === 'service_healthy' &&
            (!target.healthcheck?.test || target.healthcheck.disable || target.healthcheck.test[0] === 'NONE')) {
            ctx.error(path, `waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
        }
        const Condition = {
            service_started: 'START',
            service_healthy: 'HEALTHY',
            service_completed_successfully: 'SUCCESS',
        }[d.condition];
        container.push({ Condition, ContainerName: containerName(dep) });
    }
    return { container };
}

;// CONCATENATED MODULE: ./src/template/configs.ts
// Compose configs → files written by a short-lived init container into task volumes, from SSM Parameter
// Store, before the main containers start (the way file secrets are delivered, secrets.ts).
//
// Content never enters the template. It is stored at deploy time (deploy/file-configs.ts) as standard-tier
// String parameters named after a hash of the content, because ECS reads only a parameter's latest value:
// it refuses a version selector (`name:version`) in valueFrom (https://github.com/aws/containers-roadmap/issues/859).
// A changed config is therefore a new parameter name, which changes the task definitions of exactly the
// services that use it, and only those roll; older content stays readable for a rollback (the execution
// role may read every content version of the configs its task uses, so it does not change). A standard
// parameter holds up to 4 KB (https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html),
// so larger content is split into 4 KB chunks that the init container concatenates (docs/mapping.md).






const CONFIGS_INIT_CONTAINER = 'compose-configs-init';
const configs_INIT_CONTAINER = CONFIGS_INIT_CONTAINER;
/** Bytes per stored parameter: the standard tier's value limit. */
const CHUNK_BYTES = 4096;
/**
 * Config bytes per task: every chunk reaches the init container as an environment variable, and Linux
 * bounds a process's environment (with its arguments) to a quarter of its stack limit, 2 MiB by default.
 */
const MAX_TASK_CONFIG_BYTES = 256 * 1024;
/** Compose's default mode for a config file. */
const DEFAULT_MODE = 0o444;
/** The parameter name prefix of a stack's stored configs (a leading slash: a hierarchy). */
function storedConfigPrefix(stackName) {
    return `/compose-ecs/${stackName}/`;
}
/** Where every content version of a config is stored, below the stack's prefix: `configs/<name>`. */
function configDirectory(def) {
    return `configs/${def.name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}
/** The parameters a config's content is stored in, by file: `configs/<name>/<content hash>/<file>.<chunk>`. */
function configChunks(def) {
    const files = def.files ?? [];
    const base = `${configDirectory(def)}/${contentHash(files)}`;
    return files.map((file, f) => ({
        file,
        chunks: splitUtf8(file.content, CHUNK_BYTES).map((value, c) => ({ name: `${base}/${f}.${c}`, value })),
    }));
}
/** The configs services use that the pipeline stores (not external ones). */
function storedConfigs(project) {
    const used = new Set(Object.values(project.services).flatMap((s) => s.configs.map((r) => r.source)));
    return Object.values(project.configs)
        .filter((d) => used.has(d.name) && !d.external && d.files !== undefined)
        .sort((a, b) => (a.name < b.name ? -1 : 1));
}
function contentHash(files) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
}
/** Splits text into pieces of at most `max` UTF-8 bytes, never inside a character. */
function splitUtf8(text, max) {
    const out = [];
    let piece = '';
    let bytes = 0;
    for (const ch of text) {
        const n = Buffer.byteLength(ch);
        if (bytes + n > max) {
            out.push(piece);
            piece = '';
            bytes = 0;
        }
        piece += ch;
        bytes += n;
    }
    if (piece)
        out.push(piece);
    return out;
}
const parameterArn = (name) => sub(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/${name.replace(/^\//, '')}`);
function taskConfigs(ctx, task) {
    const out = { containers: new Map(), initContainers: [], volumes: [], parameterArns: [] };
    const initSecrets = [];
    const variableOf = new Map();
    const variable = (valueFrom) => {
        const key = JSON.stringify(valueFrom);
        let name = variableOf.get(key);
        if (name === undefined) {
            name = `C${initSecrets.length}`;
            variableOf.set(key, name);
            initSecrets.push({ Name: name, ValueFrom: valueFrom });
        }
        return name;
    };
    const script = ['set -e'];
    const initMounts = [];
    let taskBytes = 0;
    for (const c of task.containers) {
        const deliveries = [];
        c.configs.forEach((r, i) => {
            const path = ['services', c.name, 'configs', i];
            const def = ctx.project.configs[r.source];
            if (!def)
                return void ctx.error(path, `config ${r.source} is not defined in the top-level configs`);
            checkOwnerIds(ctx, path, r);
            const target = external_node_path_.posix.resolve('/', r.target ?? `/${r.source}`);
            if (def.external) {
                const parameter = def.aws?.parameter ?? def.externalName ?? def.name;
                // SSM parameter names use these characters only; anything else (a `${`) must not reach Fn::Sub.
                if (!parameter.startsWith('arn:') && !/^[A-Za-z0-9_.\-/]+$/.test(parameter))
                    return void ctx.error(['configs', r.source], `config ${r.source}: ${JSON.stringify(parameter)} is not an SSM parameter name (letters, digits, _ . - /) or ARN`);
                const valueFrom = parameter.startsWith('arn:') ? parameter : parameterArn(parameter);
                out.parameterArns.push(valueFrom);
                deliveries.push({ target, valueFrom: [valueFrom], ref: r, dir: external_node_path_.posix.dirname(target), single: true });
                return;
            }
            if (!def.files)
                return void ctx.error(['configs', r.source], `config ${r.source} has no content: it was not read`);
            const directory = def.files.some((f) => f.path !== '');
            const stored = configChunks(def);
            // One grant per config, over its content versions: the role of a release must not change with the
            // content, or a task of the previous release (started by the circuit breaker's rollback, or replacing
            // one that died mid-deploy) is refused its parameters, and the new tasks race IAM's propagation.
            if (stored.some((x) => x.chunks.length > 0))
                out.parameterArns.push(parameterArn(`compose-ecs/\${AWS::StackName}/${configDirectory(def)}/*`));
            for (const { file, chunks } of stored) {
                taskBytes += Buffer.byteLength(file.content);
                deliveries.push({
                    target: directory ? external_node_path_.posix.join(target, file.path) : target,
                    valueFrom: chunks.map((k) => parameterArn(`compose-ecs/\${AWS::StackName}/${k.name}`)),
                    ref: r,
                    dir: directory ? target : external_node_path_.posix.dirname(target),
                    single: !directory,
                });
            }
        });
        if (deliveries.length === 0)
            continue;
        const roots = mountRoots(ctx, c.name, deliveries);
        const mountPoints = [];
        roots.forEach((root, k) => {
            const volume = `${containerName(c.name)}-configs${roots.length > 1 ? `-${k + 1}` : ''}`;
            out.volumes.push({ Name: volume });
            mountPoints.push({ ContainerPath: root, ReadOnly: true, SourceVolume: volume });
            initMounts.push({ ContainerPath: `/compose-configs/${volume}`, ReadOnly: false, SourceVolume: volume });
            for (const d of deliveries.filter((x) => within(root, x.target))) {
                const dest = external_node_path_.posix.join(`/compose-configs/${volume}`, external_node_path_.posix.relative(root, d.target));
                script.push(...writeFileLines(dest, d.valueFrom.map(variable), d.ref, DEFAULT_MODE));
            }
        });
        out.containers.set(c.name, {
            MountPoints: mountPoints,
            DependsOn: [{ Condition: 'SUCCESS', ContainerName: configs_INIT_CONTAINER }],
        });
    }
    if (taskBytes > MAX_TASK_CONFIG_BYTES)
        ctx.error(['services', task.name, 'configs'], `the configs of task ${task.name} hold ${taskBytes} bytes, more than the ${MAX_TASK_CONFIG_BYTES} a task's init container can carry`);
    if (initSecrets.length > 0 || script.length > 1)
        out.initContainers.push(initContainer(ctx, task, configs_INIT_CONTAINER, script, initMounts, initSecrets));
    return out;
}
const within = (root, path) => path === root || path.startsWith(root === '/' ? '/' : `${root}/`);
/**
 * The directories to mount: ECS mounts a volume on a directory, never on a single file, so a file
 * config's directory is mounted (hiding what the image has there, which the user hears about) and a
 * directory config's target is. A directory inside another one shares its volume.
 */
function mountRoots(ctx, service, deliveries) {
    const path = ['services', service, 'configs'];
    const seen = new Set();
    for (const d of deliveries) {
        if (seen.has(d.target))
            ctx.error(path, `two configs would both be written at ${d.target}`);
        seen.add(d.target);
    }
    const dirs = [...new Set(deliveries.map((d) => d.dir))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const roots = [];
    for (const dir of dirs)
        if (!roots.some((r) => within(r, dir)))
            roots.push(dir);
    const own = ctx.project.services[service];
    const volumeTargets = own.volumes.map((v) => v.target);
    for (const root of roots) {
        if (root === '/') {
            const file = deliveries.find((d) => external_node_path_.posix.dirname(d.target) === '/')?.target ?? '/';
            ctx.error(path, `a config at ${file} would need a volume mounted on /: ECS mounts volumes on directories only, so give it a target in a directory of its own (e.g. /etc/app${file})`);
            continue;
        }
        if (own.secrets.length > 0 && (within(root, SECRETS_ROOT) || within(SECRETS_ROOT, root)))
            ctx.error(path, `configs mounted on ${root} would collide with the secrets volume on ${SECRETS_ROOT}`);
        if (volumeTargets.includes(root))
            ctx.error(path, `configs mounted on ${root} would collide with the volume mounted there`);
        // A directory config on its own target hides the image's directory just as compose's bind mount does.
        if (deliveries.some((d) => within(root, d.target) && (d.single || d.dir !== root)))
            ctx.warn(path, `the configs of ${service} are delivered on a volume mounted on ${root}: ECS cannot mount a single file, so whatever the image has in ${root} is hidden`);
    }
    return roots.filter((r) => r !== '/');
}

;// CONCATENATED MODULE: ./src/template/iam.ts


const ASSUME_ECS_TASKS = {
    Statement: [
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' } },
    ],
    Version: '2012-10-17',
};
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([^@:]+)/;
/** ECR repository ARN of a pinned image reference, if it is one. */
function ecrRepositoryArn(image) {
    const m = ECR_IMAGE.exec(image);
    if (!m)
        return undefined;
    const [, account, region, cn, repo] = m;
    return `arn:${cn ? 'aws-cn' : 'aws'}:ecr:${region}:${account}:repository/${repo}`;
}
function addExecutionRole(ctx, task, needs) {
    const id = `${task.id}TaskExecutionRole`;
    const statements = [];
    const repos = [
        ...new Set(needs.images.map(ecrRepositoryArn).filter((a) => a !== undefined)),
    ].sort();
    if (repos.length > 0) {
        // GetAuthorizationToken has no resource-level permissions.
        statements.push({ Action: 'ecr:GetAuthorizationToken', Effect: 'Allow', Resource: '*' });
        statements.push({
            Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
            Effect: 'Allow',
            Resource: repos,
        });
    }
    const logGroups = [
        sub(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:\${${LOG_GROUP_ID}}:*`),
    ];
    for (const g of [...new Set(needs.extraLogGroups)].sort())
        logGroups.push(sub(`arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:${g}:*`));
    statements.push({
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Effect: 'Allow',
        Resource: logGroups,
    });
    if (needs.secretArns.length > 0)
        statements.push({
            Action: 'secretsmanager:GetSecretValue',
            Effect: 'Allow',
            Resource: dedupe(needs.secretArns),
        });
    if (needs.parameterArns.length > 0)
        statements.push({ Action: 'ssm:GetParameters', Effect: 'Allow', Resource: dedupe(needs.parameterArns) });
    ctx.add(id, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: ASSUME_ECS_TASKS,
            Policies: [
                { PolicyDocument: { Statement: statements, Version: '2012-10-17' }, PolicyName: 'ExecutionPolicy' },
            ],
        },
    }, task.name);
    return getAtt(id, 'Arn');
}
/** Deduplicate by JSON shape, keeping first-seen order (callers add in a deterministic order). */
function dedupe(values) {
    const seen = new Set();
    return values.filter((v) => {
        const k = JSON.stringify(v);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** The task role, when anything needs one; returns its ARN value. */
function addTaskRole(ctx, task, needs) {
    const managed = [];
    const policies = [];
    for (const c of task.containers) {
        // x-aws-policies (managed policy ARNs) and x-aws-role (a policy document), checked by the loader.
        managed.push(...(c.aws?.policies ?? []));
        const doc = c.aws?.role;
        if (doc)
            policies.push({
                PolicyDocument: { Version: '2012-10-17', ...doc },
                PolicyName: `${c.name.replace(/[^\w+=,.@-]/g, '_')}Policy`,
            });
    }
    const statements = [...needs.statements];
    if (needs.exec) {
        // ECS Exec talks to the SSM agent through these channels.
        statements.push({
            Action: [
                'ssmmessages:CreateControlChannel',
                'ssmmessages:CreateDataChannel',
                'ssmmessages:OpenControlChannel',
                'ssmmessages:OpenDataChannel',
            ],
            Effect: 'Allow',
            Resource: '*',
        });
    }
    if (statements.length > 0)
        policies.push({
            PolicyDocument: { Statement: statements, Version: '2012-10-17' },
            PolicyName: 'TaskPolicy',
        });
    if (managed.length === 0 && policies.length === 0)
        return undefined;
    const id = `${task.id}TaskRole`;
    ctx.add(id, {
        Type: 'AWS::IAM::Role',
        Properties: {
            AssumeRolePolicyDocument: ASSUME_ECS_TASKS,
            ...(managed.length > 0 ? { ManagedPolicyArns: [...new Set(managed)].sort() } : {}),
            ...(policies.length > 0 ? { Policies: policies } : {}),
        },
    }, task.name);
    return getAtt(id, 'Arn');
}

;// CONCATENATED MODULE: ./src/template/tmpfs.ts


const tmpfs_INIT_CONTAINER = 'compose-tmpfs-init';
function taskTmpfs(ctx, task) {
    const out = { containers: new Map(), initContainers: [], volumes: [] };
    const script = ['set -e'];
    const initMounts = [];
    for (const c of task.containers) {
        const mounts = [];
        c.volumes.forEach((m, i) => {
            if (m.type !== 'tmpfs')
                return;
            const name = `${containerName(c.name)}-tmpfs-${i}`;
            const mode = (m.mode ?? 0o1777).toString(8).padStart(4, '0');
            out.volumes.push({ Name: name });
            mounts.push({ ContainerPath: m.target, ReadOnly: false, SourceVolume: name });
            initMounts.push({ ContainerPath: `/compose-tmpfs/${name}`, ReadOnly: false, SourceVolume: name });
            script.push(`chmod ${shellQuote(mode)} ${shellQuote(`/compose-tmpfs/${name}`)}`);
            ctx.warn(['services', c.name, 'volumes', i], `tmpfs ${m.target} is a writable task volume on the task's ephemeral storage: disk, not memory${m.size !== undefined ? `; its size ${m.size} is not enforced` : ''}`);
        });
        if (mounts.length > 0)
            out.containers.set(c.name, {
                MountPoints: mounts,
                DependsOn: [{ Condition: 'SUCCESS', ContainerName: tmpfs_INIT_CONTAINER }],
            });
    }
    if (initMounts.length > 0)
        out.initContainers.push(initContainer(ctx, task, tmpfs_INIT_CONTAINER, script, initMounts, []));
    return out;
}

;// CONCATENATED MODULE: ./src/template/access-points.ts
// Who owns a volume's directory: the uid:gid a service runs as (user:, or a known image) and the EFS
// access point whose root directory is created for that user.
/** The uid:gid a service's processes run as, when the compose file tells (user:, or a known image). */
function owner(c) {
    const user = c.user?.trim();
    if (user) {
        const [u = '', g] = user.split(':');
        const known = NAMED_USERS[u];
        const uid = /^\d+$/.test(u) ? u : known?.[0];
        if (uid === undefined)
            return undefined;
        const gid = g !== undefined && /^\d+$/.test(g)
            ? g
            : g !== undefined
                ? (NAMED_USERS[g]?.[1] ?? uid)
                : (known?.[1] ?? uid);
        return { uid, gid };
    }
    const repo = (c.image ?? '').split('@')[0].replace(/:[^/]*$/, '');
    for (const [pattern, ids] of NON_ROOT_IMAGES)
        if (pattern.test(repo))
            return { uid: ids[0], gid: ids[1] };
    return undefined;
}
/** Users of the official Debian-based images, by name (`user: postgres`). */
const NAMED_USERS = {
    root: ['0', '0'],
    postgres: ['999', '999'],
    mysql: ['999', '999'],
    redis: ['999', '999'],
    mongodb: ['999', '999'],
    rabbitmq: ['999', '999'],
    nobody: ['65534', '65534'],
    'www-data': ['33', '33'],
    node: ['1000', '1000'],
    nginx: ['101', '101'],
    elasticsearch: ['1000', '0'],
    grafana: ['472', '0'],
};
/** Images that run as a non-root user by default. */
const NON_ROOT_IMAGES = [
    [/(^|\/)prom\/(prometheus|alertmanager|pushgateway)$/, ['65534', '65534']],
    [/(^|\/)grafana\/grafana(-oss|-enterprise)?$/, ['472', '0']],
    [/(^|\/)elasticsearch\/elasticsearch$|(^|\/)elasticsearch$/, ['1000', '0']],
    [/(^|\/)bitnami\//, ['1001', '0']],
];
/**
 * An access point per service mount. Its root directory is created on first use owned by the uid:gid the
 * service runs as — driver_opts uid/gid, else `user:` (numeric, or a known name), else a known non-root
 * image — so non-root images can write; when nothing tells, it is root-owned and world-writable (0777),
 * so whatever user the image runs as can write. The root is /<volume> on file systems the stack creates
 * and the root of an external one (driver_opts root_directory overrides; "/" keeps the file system's
 * root, root-owned 0755, as before this change).
 * PosixUser (every request as that user) only when driver_opts say uid.
 */
function accessPoint(fs, o, subpath, volume, runsAs) {
    const base = o.root_directory !== undefined ? o.root_directory.replace(/^\/+|\/+$/g, '') : volume;
    const root = `/${[base, subpath].filter(Boolean).join('/')}`;
    const uid = o.uid ?? runsAs?.uid;
    const gid = o.gid ?? (o.uid !== undefined ? o.uid : runsAs?.gid);
    return {
        Type: 'AWS::EFS::AccessPoint',
        Properties: {
            FileSystemId: fs,
            ...(o.uid !== undefined ? { PosixUser: { Gid: o.gid ?? o.uid, Uid: o.uid } } : {}),
            ...(root !== '/'
                ? {
                    RootDirectory: {
                        CreationInfo: {
                            OwnerGid: gid ?? '0',
                            OwnerUid: uid ?? '0',
                            Permissions: o.permissions ?? (uid !== undefined ? '0755' : '0777'),
                        },
                        Path: root,
                    },
                }
                : {}),
        },
    };
}

;// CONCATENATED MODULE: ./src/template/volume-mounts.ts




function taskVolumes(ctx, task, plan) {
    const out = {
        containers: new Map(),
        volumes: [],
        statements: [],
        mountTargets: [],
        seeds: [],
    };
    const state = { ctx, task, plan, out, declared: new Set(), access: new Map() };
    for (const c of task.containers) {
        const mounts = [];
        c.volumes.forEach((m, i) => {
            const path = ['services', c.name, 'volumes', i];
            if (m.type === 'tmpfs')
                return; // a writable task volume (tmpfs.ts)
            if (m.type === 'bind')
                return refuseBind(ctx, m, path);
            if (m.type !== 'volume')
                return ctx.error(path, `${m.type} mounts are not available on Fargate`);
            const mount = m.source ? volumeMount(state, c, m, i) : anonymousMount(ctx, out, c, m, i);
            if (mount)
                mounts.push(mount);
        });
        if (mounts.length > 0)
            out.containers.set(c.name, { MountPoints: mounts });
    }
    for (const a of state.access.values())
        out.statements.push(clientAccess(a));
    return out;
}
function refuseBind(ctx, m, path) {
    const what = `bind mount ${m.source} → ${m.target}`;
    if (ctx.options.dropUnsupportedMounts)
        ctx.warn(path, `${what} is dropped: Fargate has no host file system`);
    else
        ctx.error(path, `${what} is not available on Fargate (use a named volume)`);
}
/**
 * Docker fills an anonymous volume with the image's content at that path; an ECS task volume starts empty
 * (only a path the image declares as VOLUME is copied), so `- /code/node_modules` would hide the image's
 * node_modules. Without the mount the image's content stays visible and writes go to the container's layer —
 * what compose shows, minus persistence across restarts, which an anonymous volume never promised. Kept
 * (empty) where nocopy asks for an empty volume or the root file system is read-only and the path must
 * stay writable.
 */
function anonymousMount(ctx, out, c, m, i) {
    const path = ['services', c.name, 'volumes', i];
    if (!m.nocopy && !c.readOnly) {
        ctx.warn(path, `anonymous volume ${m.target} is not mounted: an ECS task volume starts empty and would hide the image's content there, which Docker copies in; the image's files stay visible and writes go to the container`);
        return undefined;
    }
    const name = `${containerName(c.name)}-anon-${i}`;
    out.volumes.push({ Name: name });
    if (!m.nocopy)
        ctx.warn(path, `anonymous volume ${m.target} starts empty on ECS (Docker would copy the image's content there); kept because read_only needs it writable`);
    return { ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: name };
}
/** A named volume's mount: the access point and task volume (once per volume and subpath), and its access. */
function volumeMount(state, c, m, i) {
    const { ctx, task, plan, out } = state;
    const source = m.source;
    const fs = plan.fileSystems.get(source);
    if (fs === undefined)
        return undefined; // reported by planVolumes
    const vol = ctx.project.volumes[source];
    const sub_ = m.subpath ? m.subpath.replace(/^\/+|\/+$/g, '') : '';
    const volName = `${source}${sub_ ? `-${sub_}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '-');
    const apId = `${task.id}${ctx.ids.volume.get(source)}${sub_ ? pascal(sub_) : ''}AccessPoint`;
    if (!state.declared.has(volName)) {
        state.declared.add(volName);
        ctx.add(apId, accessPoint(fs, vol.driverOpts, sub_, vol.external ? '' : source, owner(c)), task.name);
        out.volumes.push({
            EFSVolumeConfiguration: {
                AuthorizationConfig: { AccessPointId: ref(apId), IAM: 'ENABLED' },
                FilesystemId: fs,
                TransitEncryption: 'ENABLED',
            },
            Name: volName,
        });
        const key = JSON.stringify(fs);
        const a = state.access.get(key) ?? { fs, points: [], write: false, root: false };
        a.points.push(sub(`arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:access-point/\${${apId}}`));
        state.access.set(key, a);
        out.mountTargets.push(...(plan.mountTargets.get(source) ?? []));
    }
    const a = state.access.get(JSON.stringify(fs));
    if (!m.readOnly)
        a.write = true;
    // With a file-system policy in force (efs-policy.ts), root is squashed to nfsnobody unless the
    // client may ClientRootAccess: images that start as root (mysql's entrypoint chowns its data
    // directory) need it; a known non-root user or a PosixUser (driver_opts uid) does not.
    const runsAs = owner(c);
    if (vol.driverOpts.uid === undefined && (runsAs === undefined || runsAs.uid === '0'))
        a.root = true;
    if (!m.nocopy && !m.readOnly && !vol.external && !sub_)
        out.seeds.push({ service: c, volume: volName, target: m.target, index: i });
    return { ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: volName };
}
/** The task role's statement for one file system: mount through these access points, write and root if used. */
function clientAccess(a) {
    const actions = [
        'elasticfilesystem:ClientMount',
        ...(a.root ? ['elasticfilesystem:ClientRootAccess'] : []),
        ...(a.write ? ['elasticfilesystem:ClientWrite'] : []),
    ];
    const arn = 'arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/';
    const fsArn = typeof a.fs === 'string' ? sub(`${arn}${a.fs}`) : sub(`${arn}\${Id}`, { Id: a.fs });
    return {
        Action: actions.length === 1 ? actions[0] : actions,
        Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': a.points } },
        Effect: 'Allow',
        Resource: fsArn,
    };
}

;// CONCATENATED MODULE: ./src/template/volume-seed.ts



const MARKER = '.compose-ecs-populated';
const LOCK = '.compose-ecs-populating';
/** Images known to have no shell: the copy cannot run in them. */
const SHELLLESS = /(^|\/)(distroless\/|static-debian|scratch$)|-distroless(:|@|$)|(^|\/)chainguard\/static/;
/** The script: wait for the lock, copy when the volume is empty and the image has content, mark done. */
function seedScript(from, to) {
    const [src, dst] = [shellQuote(from), shellQuote(to)];
    return [
        'set -e',
        `[ -e ${dst}/${MARKER} ] && exit 0`,
        // Nothing at the path in the image: nothing to copy, and no marker in what may be a data directory.
        `[ -d ${src} ] && [ -n "$(ls -A ${src})" ] || exit 0`,
        `n=0; until mkdir ${dst}/${LOCK} 2>/dev/null; do`,
        `  [ -e ${dst}/${MARKER} ] && exit 0`,
        // A replica that died mid-copy leaves its lock: after 10 minutes, take it over.
        `  n=$((n+1)); [ "$n" -ge 300 ] && break; sleep 2`,
        'done',
        `if [ ! -e ${dst}/${MARKER} ] && [ -z "$(ls -A ${dst} | grep -v '^${LOCK}$')" ] || [ "$n" -ge 300 ]; then`,
        `  cp -a ${src}/. ${dst}/ 2>/dev/null || cp -R ${src}/. ${dst}/`,
        `  touch ${dst}/${MARKER}`,
        'fi',
        `rmdir ${dst}/${LOCK}`,
    ].join('\n');
}
/**
 * Why the copy cannot run in the service's image, or undefined when it can. A non-essential container that
 * cannot start (no sh) stops its task, so only images known to have a shell are used: pulled images outside
 * the shell-less families, and images built here FROM such an image (their Dockerfile's root FROM, read at
 * load time: what the built stage rests on; a build adds layers to it and removes no shell). A base named by
 * a variable, or an unreadable Dockerfile, says nothing: the mount is named instead.
 */
function noShell(c, image, base, target) {
    const copy = `to copy its content at ${target}`;
    if (c.build === undefined)
        return SHELLLESS.test(image.split('@')[0]) ? `${image} has no shell ${copy}` : undefined;
    if (base === undefined)
        return `${c.name}'s image is built here on a base its Dockerfile does not name plainly, so no shell is known ${copy}`;
    return SHELLLESS.test(base.split('@')[0])
        ? `${c.name}'s image is built FROM ${base}, which has no shell ${copy}`
        : undefined;
}
/** Init containers that populate a task's volumes from its images, and the DependsOn of each service. */
function volumeSeeds(ctx, task, seeds) {
    const initContainers = [];
    const containers = new Map();
    for (const seed of seeds) {
        const c = seed.service;
        const image = c.image ?? '';
        const why = noShell(c, image, ctx.builtFrom.get(c.name), seed.target);
        if (why !== undefined) {
            ctx.warn(['services', c.name, 'volumes', seed.index], `volume ${seed.volume} starts empty on EFS, where Docker fills a new volume from the image: ${why}; copy it in at start, or use an image with a shell`);
            continue;
        }
        const name = `compose-seed-${containerName(c.name)}-${seed.index}`;
        const staging = `/compose-seed/${seed.volume}`;
        initContainers.push({
            Name: name,
            Image: image,
            Essential: false,
            EntryPoint: ['sh', '-c'],
            Command: [seedScript(seed.target, staging)],
            // As the service's user, so the copied files are its own (root only where the service is root).
            ...(c.user ? { User: c.user } : {}),
            LogConfiguration: logConfiguration(ctx, { ...task.main, logging: undefined }).config,
            MountPoints: [{ ContainerPath: staging, ReadOnly: false, SourceVolume: seed.volume }],
        });
        const deps = containers.get(c.name)?.DependsOn ?? [];
        containers.set(c.name, { DependsOn: [...deps, { Condition: 'SUCCESS', ContainerName: name }] });
    }
    return { initContainers, containers };
}

;// CONCATENATED MODULE: ./src/template/task-resources.ts
// The resources of one task: its GPU capacity, container extras and init containers, roles, task
// definition, and then either its ECS service (with autoscaling) or, for a job, the spec the deploy runs.


















/** Adds the task's resources; for a job, returns the spec the deploy runs instead of a service. */
function addTaskResources(ctx, task, plan) {
    const gpu = plan.gpus.get(task.name);
    if (gpu && plan.jobs.has(task.name))
        ctx.error(['services', task.name], `${task.name} reserves GPUs and runs once (a job); jobs run on Fargate, which has no GPUs: run it as a service`);
    else if (gpu)
        addGpuCapacity(ctx, task, gpu, plan.cluster);
    const exec = task.containers.some((c) => execEnabled(ctx, c));
    const ts = taskSecrets(ctx, task, plan.secrets);
    const tc = taskConfigs(ctx, task);
    const tv = taskVolumes(ctx, task, plan.volumes);
    const tt = taskTmpfs(ctx, task);
    const seeds = volumeSeeds(ctx, task, tv.seeds);
    const pieces = { gpu, exec, ts, tc, tv, tt, seeds };
    // A job is no CloudFormation resource to wait for: the deploy runs it between two change sets.
    const dependsOn = [...(plan.order.after.get(task.name) ?? [])]
        .filter((name) => !plan.jobs.has(name))
        .map((name) => serviceId(plan.byName.get(name)));
    const taskDefinition = addTaskDefinitionAndRoles(ctx, task, plan, pieces);
    const ports = plan.portsOf.get(task) ?? [];
    if (ports.length > 5)
        ctx.error(['services', task.name, 'ports'], `an ECS service can attach to at most 5 target groups; ${task.name} publishes ${ports.length} ports`);
    // Services that mount EFS volumes run where the mount targets are.
    const efsSubnets = Array.from({ length: ctx.options.efsSubnetCount }, (_, i) => ({
        'Fn::Select': [i, ref(SUBNETS_PARAM)],
    }));
    if (plan.jobs.has(task.name))
        return jobSpec(ctx, task, {
            taskDefinition,
            cluster: plan.cluster,
            subnets: tv.mountTargets.length > 0 ? efsSubnets : ref(SUBNETS_PARAM),
            securityGroups: taskSecurityGroups(ctx, plan.groups, task),
            order: plan.order.after,
            jobs: plan.jobs,
        });
    addTaskService(ctx, task, plan, pieces, {
        taskDefinition,
        dependsOn,
        ...(tv.mountTargets.length > 0 ? { subnets: efsSubnets } : {}),
    });
    return undefined;
}
/** The task's roles and task definition, with every concern's containers, init containers and volumes. */
function addTaskDefinitionAndRoles(ctx, task, plan, pieces) {
    const { gpu, exec, ts, tc, tv, tt, seeds } = pieces;
    // Every container starts after the DNS search list names the namespace, so bare compose names resolve.
    const initContainers = [
        ...(plan.discovery ? [dnsSearchContainer(ctx, task.main)] : []),
        ...ts.initContainers,
        ...tc.initContainers,
        ...tt.initContainers,
        ...seeds.initContainers,
    ];
    const containers = containerExtras(ctx, task, plan, pieces);
    const executionRole = addExecutionRole(ctx, task, {
        images: [
            ...task.containers.map((c) => c.image ?? ''),
            // The volume seeds run the service's own images; the others run the init image.
            ...(initContainers.length > seeds.initContainers.length ? [ctx.options.secretsInitImage] : []),
        ],
        extraLogGroups: task.containers.flatMap((c) => logConfiguration(ctx, c).extraGroup ?? []),
        secretArns: ts.secretArns,
        parameterArns: [...ts.parameterArns, ...tc.parameterArns],
    });
    const taskRole = addTaskRole(ctx, task, { statements: tv.statements, exec });
    return addTaskDefinition(ctx, task, {
        containers,
        initContainers,
        volumes: [...ts.volumes, ...tc.volumes, ...tv.volumes, ...tt.volumes],
        executionRole,
        ...(taskRole !== undefined ? { taskRole } : {}),
        ...(gpu ? { ec2: gpuTaskSize(ctx, task, gpu) } : {}),
    });
}
/** Container name → what the concerns add to its definition (mounts, secrets, GPUs, start dependencies). */
function containerExtras(ctx, task, plan, { gpu, ts, tc, tv, tt, seeds }) {
    const gpuExtras = gpu ? gpuContainerExtras(gpu) : new Map();
    const dnsReady = plan.discovery ? [{ Condition: 'SUCCESS', ContainerName: DNS_INIT_CONTAINER }] : [];
    const containers = new Map();
    for (const c of task.containers) {
        const deps = containerDependencies(ctx, task, c, plan.taskOf);
        let extra = mergeProperties(mergeProperties(mergeProperties(ts.containers.get(c.name) ?? {}, tc.containers.get(c.name)), gpuExtras.get(c.name)), mergeProperties(mergeProperties(tv.containers.get(c.name) ?? {}, tt.containers.get(c.name)), seeds.containers.get(c.name)));
        const after = [...dnsReady, ...deps.container];
        if (after.length > 0)
            extra = mergeProperties(extra, { DependsOn: after });
        if (Object.keys(extra).length > 0)
            containers.set(c.name, extra);
    }
    return containers;
}
/** The task's ECS service, attached to its target groups, and its autoscaling. */
function addTaskService(ctx, task, plan, { gpu, exec, tv }, where) {
    const ports = plan.portsOf.get(task) ?? [];
    const startPeriods = ports
        .map((p) => p.container.healthcheck?.startPeriod)
        .filter((v) => v !== undefined);
    const strategy = plan.strategies.get(task.name);
    addService(ctx, task, where.taskDefinition, {
        cluster: plan.cluster,
        securityGroups: taskSecurityGroups(ctx, plan.groups, task),
        ...(where.subnets ? { subnets: where.subnets } : {}),
        loadBalancers: ports.map((p) => ({
            ContainerName: containerName(p.container.name),
            ContainerPort: p.port.target,
            TargetGroupArn: ref(p.targetGroupId),
            ...(plan.advanced.has(p.targetGroupId)
                ? { AdvancedConfiguration: plan.advanced.get(p.targetGroupId) }
                : {}),
        })),
        publishedProtocols: ports.flatMap((p) => p.protocols),
        dependsOn: [
            ...ports.flatMap(portDependencies),
            ...where.dependsOn,
            ...tv.mountTargets,
            ...(strategy && plan.capacityProviders ? [plan.capacityProviders] : []),
        ],
        ...(startPeriods.length > 0 ? { gracePeriod: Math.max(...startPeriods.map(Math.round)) } : {}),
        serviceRegistries: plan.discovery ? serviceRegistries(plan.discovery, task) : [],
        autoscaled: task.main.deploy?.aws?.autoscaling !== undefined,
        enableExec: exec,
        ...(strategy ? { capacityProviderStrategy: strategy } : {}),
        ...(gpu ? { ec2: true } : {}),
    });
    addAutoscaling(ctx, task, clusterName(plan.cluster), plan.lb, ports);
}

;// CONCATENATED MODULE: ./src/template/convert.ts















function convert(loaded, options = {}) {
    const { errors, ...built } = buildTemplate(loaded, options);
    const body = serialize(built.template);
    for (const problem of checkLimits(built.template, body))
        errors.push(problem);
    const quotas = checkQuotas(built.template);
    errors.push(...quotas.errors);
    built.warnings.push(...quotas.warnings);
    if (errors.length > 0) {
        throw new src_errors/* UserError */.yo(`cannot convert project ${loaded.project.name}: ${errors.length} problem(s)`, errors);
    }
    return { ...built, body };
}
/**
 * The template in its canonical order, before it is written out and checked against CloudFormation's
 * limits (convert does both). Apart so that the bench can time the two (issue 13: conversion).
 */
function buildTemplate(loaded, options = {}) {
    const ctx = createContext(loaded, resolveOptions(options));
    const plan = planProject(ctx);
    const jobSpecs = {};
    for (const task of plan.allTasks) {
        const job = addTaskResources(ctx, task, plan);
        if (job)
            jobSpecs[task.name] = job;
    }
    addJobsMetadata(ctx, jobSpecs);
    applyTags(ctx, ctx.owners);
    const overlaid = applyOverlay(ctx, ctx.template, ctx.project.aws?.cloudformation);
    const template = canonicalTemplate(applyPermissionsBoundary(ctx, overlaid, ctx.options.permissionsBoundary));
    // The choice matters only for a load balancer the stack creates: an existing one keeps its type.
    const loadBalancer = ctx.template.Resources[LB_ID] ? plan.lb.choice : undefined;
    return {
        template,
        parameters: plan.parameters,
        errors: ctx.errors,
        warnings: ctx.warnings,
        startOrder: plan.order.explained,
        strategies: serviceStrategies(plan.tasks.map((t) => ({ main: t.main, loadBalanced: plan.portsOf.has(t) })), plan.lb.type, plan.discovery !== undefined),
        ...(loadBalancer ? { loadBalancer } : {}),
    };
}
/** The jobs the deploy runs between two change sets, in the template's metadata (src/jobs/ reads it). */
function addJobsMetadata(ctx, jobSpecs) {
    if (Object.keys(jobSpecs).length === 0)
        return;
    // The resources of the services that wait for a job stay as deployed until it succeeded.
    for (const spec of Object.values(jobSpecs))
        spec.Holds = [...ctx.owners]
            .filter(([, owner]) => spec.Before.includes(owner))
            .map(([id]) => id)
            .sort();
    ctx.template.Metadata = { ...ctx.template.Metadata, [JOBS_METADATA]: jobSpecs };
}

;// CONCATENATED MODULE: ./src/steps/convert.ts




/** The pure conversion; its warnings are logged once, by the first conversion of a run. */
function convertProject(loaded, options, logger, log = true) {
    const conversion = convert(loaded, options);
    if (log)
        for (const w of conversion.warnings)
            logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    return conversion;
}
/** Built services have no image until they are pushed: stand in a name so the converter can check the rest. */
function withPreviewImages(loaded) {
    const services = Object.fromEntries(Object.entries(loaded.project.services).map(([name, s]) => [
        name,
        s.image || !s.build ? s : { ...s, image: `${name}:compose-ecs-preview` },
    ]));
    return { ...loaded, project: { ...loaded.project, services } };
}
async function writeTemplate(path, body) {
    if (path === undefined)
        return;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, body);
}
/**
 * Compact JSON for the API (more projects stay under the inline limit); the file on disk stays readable.
 * The template convert returns is already in its canonical order, so this is the readable body without
 * its indents — written from the template rather than by parsing that body back.
 */
function compactBody(template) {
    return JSON.stringify(template);
}

;// CONCATENATED MODULE: ./src/compose/check-files.ts


/** Build contexts that are not local directories (Git and HTTP URLs). */
function isRemoteContext(context) {
    return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(context);
}
async function kind(path) {
    const found = await (0,promises_.stat)(path).catch(() => undefined);
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
        const dockerfile = (0,external_node_path_.isAbsolute)(build.dockerfile)
            ? build.dockerfile
            : (0,external_node_path_.join)(build.context, build.dockerfile);
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

;// CONCATENATED MODULE: ./src/images/remote-context.ts
// Git URLs as build contexts (`https://host/repo.git#ref:dir`, `git@host:repo.git#ref`), as the
// engines take them. The fingerprint of such a context is the commit its ref points at right now.


function gitContext(context) {
    const [url, fragment = ''] = context.split('#', 2);
    const isGit = /^(?:git:\/\/|git@|ssh:\/\/)/.test(url) || /^https?:\/\/.+\.git\/?$/.test(url);
    if (!isGit)
        return undefined;
    const [ref, subdir] = fragment.split(':', 2);
    return { url, ...(ref ? { ref } : {}), ...(subdir ? { subdir } : {}) };
}
/** The commit a Git context builds: its ref when that is a full commit id, else what the remote says. */
async function gitCommit(context) {
    if (context.ref && /^[0-9a-f]{40}$/.test(context.ref))
        return context.ref;
    const ref = context.ref ?? 'HEAD';
    const result = await runCommand('git', ['ls-remote', '--', context.url, ref]).catch((err) => {
        throw new src_errors/* UserError */.yo(`cannot run git to resolve the build context ${context.url}: ${err.message}`);
    });
    // Prefer an exact match (refs/heads/x, refs/tags/x, or HEAD); a peeled tag (^{}) names the commit itself.
    const lines = result.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t'));
    const peeled = lines.find(([, name]) => name.endsWith(`/${ref}^{}`));
    const exact = lines.find(([, name]) => name === ref || name.endsWith(`/${ref}`));
    const commit = (peeled ?? exact)?.[0];
    if (result.exitCode !== 0 || !commit)
        throw new src_errors/* UserError */.yo(`the build context ${context.url} has no ref "${ref}"${result.stderr.trim() ? `: ${result.stderr.trim()}` : ''}`);
    return commit;
}

;// CONCATENATED MODULE: ./src/images/build-support.ts


function builtServices(loaded) {
    return Object.values(loaded.project.services)
        .filter((s) => Boolean(s.build))
        .sort((a, b) => a.name.localeCompare(b.name));
}
function reporter(loaded, into) {
    return (path, message) => into.push({ message, path, location: loaded.sourceMap.locate(path) });
}
/** Errors and warnings for build fields no engine can apply here, located in the compose files. */
function buildSupport(loaded) {
    const errors = [];
    const warnings = [];
    const error = reporter(loaded, errors);
    const warn = reporter(loaded, warnings);
    for (const service of builtServices(loaded)) {
        const { build } = service;
        const base = ['services', service.name, 'build'];
        if (isRemoteContext(build.context) && !gitContext(build.context)) {
            error([...base, 'context'], 'only Git URLs (https://…/repo.git#ref:dir, git@…) are supported as remote build contexts: a tarball URL cannot be fingerprinted before the build');
        }
        (build.secrets ?? []).forEach((secret, i) => {
            const definition = loaded.project.secrets[secret.source];
            const at = [...base, 'secrets', i];
            if (!definition)
                error(at, `secret "${secret.source}" is not defined under the top-level secrets`);
            else if (!definition.file && !definition.environment)
                error(at, `secret "${secret.source}" has neither file nor environment: a build secret must come from this machine (an external secret lives in AWS and cannot reach the builder)`);
        });
        if (build.platforms.length && service.platform && !build.platforms.includes(service.platform)) {
            error([...base, 'platforms'], `build.platforms does not include the service's platform ${service.platform}: the task would run an image built for another platform`);
        }
        else if (build.platforms.length &&
            !service.platform &&
            !build.platforms.some((p) => /^linux\/(amd64|x86_64)$/.test(p))) {
            // Fargate runs X86_64 unless the task asks for ARM64 (the service's platform sets RuntimePlatform).
            error([...base, 'platforms'], `the image is built for ${build.platforms.join(', ')} only, but the task runs on linux/amd64: set the service's platform: ${build.platforms[0]}`);
        }
        if (build.tags?.some((tag) => tag.includes('@')))
            error([...base, 'tags'], 'build.tags names references, not digests: remove the @sha256:… part');
        if (build.privileged)
            warn([...base, 'privileged'], 'a privileged build runs its RUN steps with every capability of the builder host (buildx --allow security.insecure)');
    }
    return { errors, warnings };
}
/** Errors for build fields the chosen engine cannot apply: one per field, naming field and engine. */
function engineSupport(loaded, engine) {
    const errors = [];
    const error = reporter(loaded, errors);
    const can = engine.capabilities;
    const cannot = (service, field, why, detail = []) => error(['services', service, 'build', field, ...detail], `build.${field} cannot be applied by ${engine.description}: ${why}`);
    for (const service of builtServices(loaded)) {
        const { build, name } = service;
        if (build.platforms.length > 1 && !can.multiPlatform)
            cannot(name, 'platforms', 'it builds one platform at a time (use buildx with the docker-container driver)');
        if (build.additionalContexts && Object.keys(build.additionalContexts).length && !can.additionalContexts)
            cannot(name, 'additional_contexts', 'named build contexts need buildx or podman');
        (build.cacheTo ?? []).forEach((entry, i) => {
            if (can.cacheTo === 'none')
                cannot(name, 'cache_to', 'it exports no build cache (buildx with the docker-container driver does)', [
                    i,
                ]);
            else if (can.cacheTo === 'reference' && !isPlainReference(entry))
                cannot(name, 'cache_to', `it takes only a registry reference, not "${entry}"`, [i]);
        });
        (build.cacheFrom ?? []).forEach((entry, i) => {
            if (can.cacheFrom === 'reference' && !isPlainReference(entry))
                cannot(name, 'cache_from', `it takes only a registry reference, not "${entry}"`, [i]);
        });
        if (build.provenance !== undefined && !can.attestations)
            cannot(name, 'provenance', 'attestations need buildx with the docker-container driver');
        if (build.sbom !== undefined && !can.attestations)
            cannot(name, 'sbom', 'attestations need buildx with the docker-container driver');
        if (build.ulimits && Object.keys(build.ulimits).length && !can.ulimits)
            cannot(name, 'ulimits', 'its BuildKit ignores build ulimits');
        if (build.shmSize !== undefined && engine.name === 'buildkit')
            cannot(name, 'shm_size', "its BuildKit ignores the build's /dev/shm size");
        if (build.entitlements?.length && !can.entitlements)
            cannot(name, 'entitlements', 'entitlements are a buildx option');
        if (build.privileged && !can.entitlements)
            cannot(name, 'privileged', 'privileged builds need the security.insecure entitlement of buildx');
        (build.secrets ?? []).forEach((secret, i) => {
            if (!can.secretIdOk(secret.id))
                cannot(name, 'secrets', `the secret id ${JSON.stringify(secret.id)} cannot be passed (commas and newlines are not allowed)`, [i]);
        });
    }
    return errors;
}
/** `repo:tag`, `repo`, or `type=registry,ref=repo[:tag]` with nothing else. */
function isPlainReference(entry) {
    return /^type=registry,ref=[^,]+$/.test(entry) || !entry.includes('=');
}
/**
 * Build args and labels end up in the image's config and history, readable by anyone who can pull it:
 * a secret's value there is refused (use build secrets: instead), located in the compose files.
 */
function buildSecretLeaks(loaded, values) {
    const leaks = [];
    const error = reporter(loaded, leaks);
    for (const service of builtServices(loaded)) {
        for (const [field, record] of [
            ['args', service.build.args],
            ['labels', service.build.labels],
        ]) {
            for (const [key, text] of Object.entries(record)) {
                const hit = values.find((v) => text.includes(v.value));
                if (hit)
                    error(['services', service.name, 'build', field, key], `contains the value of secret ${hit.secret}, which would be stored in the image's history for anyone who can pull it; pass it with build secrets: instead`);
            }
        }
    }
    return leaks;
}
/** Environment build secrets whose variable is not set: found before anything is built. */
function unsetBuildSecrets(loaded, environment) {
    const errors = [];
    const error = reporter(loaded, errors);
    for (const service of builtServices(loaded)) {
        (service.build.secrets ?? []).forEach((secret, i) => {
            const variable = loaded.project.secrets[secret.source]?.environment;
            if (variable && environment[variable] === undefined)
                error(['services', service.name, 'build', 'secrets', i], `environment variable ${variable} of build secret ${secret.source} is not set: pass it to the step (env: ${variable}: \${{ secrets.${variable} }})`);
        });
    }
    return errors;
}

;// CONCATENATED MODULE: ./src/secrets/leaks.ts
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

// EXTERNAL MODULE: ./src/secrets/values.ts
var values = __webpack_require__(3795);
;// CONCATENATED MODULE: ./src/steps/guard-secrets.ts




/**
 * The secrets' values, masked in the log from here on; a run stops before anything is built when a secret
 * has no value (convert needs none: the template takes ARNs) or a value would reach a template or an image.
 */
async function guardSecrets(loaded, environment, needsValues, logger, template) {
    const secrets = await (0,values/* secretValues */.VX)(loaded, environment);
    for (const { value } of secrets)
        logger.mask(value);
    const unset = needsValues
        ? [...unsetSecrets(loaded, environment), ...unsetBuildSecrets(loaded, environment)]
        : [];
    if (unset.length)
        throw new src_errors/* UserError */.yo(`${unset.length} secret(s) have no value`, unset);
    const leaks = secretLeaks(loaded, secrets);
    if (leaks.length)
        throw new src_errors/* UserError */.yo(`${leaks.length} field(s) would put a secret's value into the template`, leaks);
    refuseLeaks(template, secrets, 'template');
    const imageLeaks = buildSecretLeaks(loaded, secrets);
    if (imageLeaks.length)
        throw new src_errors/* UserError */.yo(`${imageLeaks.length} build field(s) would put a secret's value into an image`, imageLeaks);
    return secrets;
}
/**
 * Refuses a document that holds a secret's value anywhere (the whole template, a release record): each
 * place is named by its path in the document, never by the value.
 */
function refuseLeaks(document, secrets, what) {
    const leaks = documentLeaks(document, secrets);
    if (leaks.length)
        throw new src_errors/* UserError */.yo(`${leaks.length} place(s) of the ${what} would hold a secret's value`, leaks.map((l) => ({
            message: `${l.path} contains the value of secret ${l.secret}, which would be stored in clear in the ${what} (and the change set and the release); pass it with secrets: instead`,
        })));
}

;// CONCATENATED MODULE: ./src/compose/bind-configs.ts


/** What each bind-mount source is, for the ECS rules. */
async function bindSources(project) {
    const realProject = await (0,promises_.realpath)(project.workingDir).catch(() => project.workingDir);
    const sources = new Map();
    for (const s of Object.values(project.services))
        for (const m of s.volumes) {
            if (m.type !== 'bind' || sources.has(m.source))
                continue;
            const found = await (0,promises_.stat)(m.source).catch(() => undefined);
            const realPath = await (0,promises_.realpath)(m.source).catch(() => undefined);
            // Sockets and devices are neither: they can never become a config.
            const kind = found?.isDirectory() ? 'directory' : found?.isFile() ? 'file' : undefined;
            sources.set(m.source, { ...(kind ? { kind } : {}), ...(realPath ? { realPath } : {}), realProject });
        }
    return sources;
}
/** `path` relative to `dir`, '/'-separated, or undefined when it lies outside (or is `dir` itself). */
function inside(dir, path) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return rel && rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel)
        ? rel.split(external_node_path_.sep).join('/')
        : undefined;
}
/** Whether a '/'-separated path relative to the project lies in a `.git` directory (or is one). */
function inGitMetadata(rel) {
    return rel.split('/').includes('.git');
}
/** The source relative to the project directory, or undefined when it lies outside. */
function insideProject(project, source) {
    return inside(project.workingDir, source);
}
/** Why a bind mount cannot become a config, or undefined when it can. */
function bindConfigRefusal(project, mount, source) {
    if (!insideProject(project, mount.source))
        return 'it is outside the project directory, so it is not the project’s to publish';
    // A symbolic link inside the project may lead anywhere (a pull request could point one at the runner's
    // credentials): what is published is where the link leads.
    if (source?.realPath && !inside(source.realProject, source.realPath))
        return `it is a symbolic link to ${(0,external_node_path_.relative)(source.realProject, source.realPath)}, outside the project directory, so it is not the project’s to publish`;
    const real = source?.realPath && inside(source.realProject, source.realPath);
    if (inGitMetadata(insideProject(project, mount.source)) || (real && inGitMetadata(real)))
        return `it is inside .git, the repository's metadata, not the project’s content (actions/checkout keeps the job's token in .git/config)`;
    const kind = source?.kind;
    if (!mount.readOnly)
        return 'it is writable (a config is read-only: add :ro if the container only reads it)';
    if (!kind)
        return `${mount.source} is neither a file nor a directory`;
    return undefined;
}
/**
 * Turns the mount into a config reference of the service; the config is named after the path
 * (`./proxy/nginx.conf` → `proxy_nginx.conf`) and shared by every mount of the same path.
 */
function bindMountToConfig(project, service, mount, at) {
    const rel = insideProject(project, mount.source);
    const base = rel.replace(/[^A-Za-z0-9._-]/g, '_');
    let name = base;
    for (let n = 2; project.configs[name] && project.configs[name]?.file !== mount.source; n++)
        name = `${base}_${n}`;
    project.configs[name] ??= {
        name,
        file: mount.source,
        // A directory's files are read only where they really lie inside the project (config-contents.ts).
        bindMount: at,
        external: false,
        extensions: {},
    };
    service.configs.push({ source: name, target: mount.target, extensions: {} });
    return name;
}

;// CONCATENATED MODULE: ./src/compose/interpolate.ts
/** Thrown by a lookup for a variable it refuses to give (a runner credential): an error where it is used. */
class RefusedVariable extends Error {
    variable;
    constructor(variable, why) {
        super(`variable ${variable} ${why}`);
        this.variable = variable;
    }
}
/** Deepest `${A:-${B:-…}}` nesting read; compose files use two or three levels. */
const MAX_INTERPOLATION_DEPTH = 32;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolateString(text, lookup) {
    const out = { value: '', unset: [], errors: [] };
    try {
        out.value = interpolate_expand(text, 0, text.length, lookup, out, 0);
    }
    catch (err) {
        if (!(err instanceof RefusedVariable || err instanceof TooDeep))
            throw err;
        out.errors.push(err.message);
    }
    return out;
}
class TooDeep extends Error {
}
/** Expands text[from, to); `depth` counts the `${` it is nested in. */
function interpolate_expand(text, from, to, lookup, out, depth) {
    if (depth > MAX_INTERPOLATION_DEPTH)
        throw new TooDeep(`invalid interpolation: \${…} nested deeper than ${MAX_INTERPOLATION_DEPTH} levels`);
    let result = '';
    let i = from;
    while (i < to) {
        const dollar = text.indexOf('$', i);
        if (dollar < 0 || dollar >= to) {
            result += text.slice(i, to);
            break;
        }
        result += text.slice(i, dollar);
        const next = text[dollar + 1];
        if (next === '$') {
            result += '$';
            i = dollar + 2;
        }
        else if (next === '{') {
            const close = matchBrace(text, dollar + 2, to);
            if (close < 0) {
                out.errors.push(`invalid interpolation: ${JSON.stringify(text.slice(dollar, to))} has no closing }`);
                return result + text.slice(dollar, to);
            }
            result += braced(text, dollar + 2, close, lookup, out, depth);
            i = close + 1;
        }
        else {
            const name = NAME.exec(text.slice(dollar + 1, Math.min(to, dollar + 257)))?.[0];
            if (name) {
                result += variable(name, lookup, out);
                i = dollar + 1 + name.length;
            }
            else {
                // A lone `$` (e.g. "5$ each") is kept literally, as Compose does.
                result += '$';
                i = dollar + 1;
            }
        }
    }
    return result;
}
/** Index of the `}` closing a `${` whose body starts at `start`, honouring nested `${...}`. */
function matchBrace(text, start, to) {
    let depth = 0;
    for (let i = start; i < to; i++) {
        const c = text[i];
        if (c === '$' && text[i + 1] === '$')
            i++;
        else if (c === '$' && text[i + 1] === '{') {
            depth++;
            i++;
        }
        else if (c === '}') {
            if (depth === 0)
                return i;
            depth--;
        }
    }
    return -1;
}
function variable(name, lookup, out) {
    const value = lookup(name);
    if (value === undefined) {
        out.unset.push(name);
        return '';
    }
    return value;
}
/** The body of `${...}`: NAME, then optionally one of :- - :? ? :+ + and a nested template. */
function braced(text, start, end, lookup, out, depth) {
    const body = text.slice(start, end);
    const name = NAME.exec(body)?.[0];
    if (!name) {
        out.errors.push(`invalid interpolation: \${${body}} does not start with a variable name`);
        return '';
    }
    if (name.length === body.length)
        return variable(name, lookup, out);
    const rest = body.slice(name.length);
    const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
    if (!op) {
        out.errors.push(`invalid interpolation: \${${body}} (expected :-, -, :?, ?, :+ or + after ${name})`);
        return '';
    }
    const argFrom = start + name.length + op.length;
    const value = lookup(name);
    const set = value !== undefined;
    const nonEmpty = set && value !== '';
    const arg = () => interpolate_expand(text, argFrom, end, lookup, out, depth + 1);
    switch (op) {
        case ':-':
            return nonEmpty ? value : arg();
        case '-':
            return set ? value : arg();
        case ':+':
            return nonEmpty ? arg() : '';
        case '+':
            return set ? arg() : '';
        default: {
            const required = op === ':?' ? nonEmpty : set;
            if (required)
                return value;
            // The message as written, not expanded: `${NOPE:?${DB_PASSWORD}}` must not print the password.
            const message = text.slice(argFrom, end);
            out.errors.push(`required variable ${name} is ${set ? 'empty' : 'not set'}${message ? `: ${message}` : ''}`);
            return '';
        }
    }
}
/**
 * Interpolates every string value of a document in place (keys are left alone, as in Compose).
 * Unset variables become warnings, malformed or missing required variables errors.
 */
function interpolateTree(root, lookup, diags) {
    const walk = (node, path) => {
        if (node.kind === 'map') {
            for (const [key, entry] of node.entries) {
                path.push(key);
                walk(entry.value, path);
                path.pop();
            }
        }
        else if (node.kind === 'seq') {
            node.items.forEach((item, index) => {
                path.push(index);
                walk(item, path);
                path.pop();
            });
        }
        else if (typeof node.value === 'string' && node.value.includes('$')) {
            const result = interpolateString(node.value, lookup);
            const at = [...path];
            for (const e of result.errors)
                diags.error(e, at, node.loc);
            for (const name of new Set(result.unset))
                diags.warn(`variable ${name} is not set; using an empty string`, at, node.loc);
            node.value = result.value;
        }
    };
    walk(root, []);
}

;// CONCATENATED MODULE: ./src/compose/config-contents.ts




/** Largest config (a file, or the sum of a directory's files). */
const MAX_CONFIG_BYTES = 64 * 1024;
/** Most files a directory config may hold. */
const MAX_CONFIG_FILES = 32;
async function readConfigContents(project, sourceMap, diags, lookup, read) {
    const used = new Set(Object.values(project.services).flatMap((s) => s.configs.map((r) => r.source)));
    for (const config of Object.values(project.configs)) {
        if (!used.has(config.name) || config.external)
            continue;
        const fail = (message, field) => {
            const path = config.bindMount ?? ['configs', config.name, field];
            diags.error(`config ${config.name}: ${message}`, path, sourceMap.locate(path));
        };
        // A bind mount made a config publishes only what really lies inside the project.
        const confinedTo = config.bindMount && project.workingDir;
        const files = await configFiles(config, confinedTo, lookup, read, (m) => fail(m, sourceField(config)));
        if (!files)
            continue;
        const size = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
        if (size > MAX_CONFIG_BYTES)
            fail(`${size} bytes is more than the ${MAX_CONFIG_BYTES} bytes a config can hold; bake larger files into the image or use a volume`, sourceField(config));
        else
            config.files = files;
    }
}
function sourceField(config) {
    return config.file !== undefined ? 'file' : config.environment !== undefined ? 'environment' : 'content';
}
async function configFiles(config, confinedTo, lookup, read, fail) {
    if (config.content !== undefined)
        return [{ path: '', content: config.content }];
    if (config.environment !== undefined) {
        let value;
        try {
            value = lookup(config.environment);
        }
        catch (err) {
            // A config is stored in plain text: a runner credential never becomes one.
            if (err instanceof RefusedVariable)
                return void fail(err.message);
            throw err;
        }
        if (value === undefined)
            fail(`environment variable ${config.environment} is not set`);
        return value === undefined ? undefined : [{ path: '', content: value }];
    }
    if (config.file === undefined)
        return undefined;
    const found = await (0,promises_.stat)(config.file).catch(() => undefined);
    if (!found)
        return void fail(`${config.file} does not exist`);
    if (!found.isDirectory()) {
        const content = await config_contents_text(config.file, read, fail);
        return content === undefined ? undefined : [{ path: '', content }];
    }
    const paths = await filesUnder(config.file, MAX_CONFIG_FILES + 1);
    if (paths.length > MAX_CONFIG_FILES)
        return void fail(`directory ${config.file} holds more than ${MAX_CONFIG_FILES} files, the most a config delivers`);
    const realRoot = confinedTo && (await (0,promises_.realpath)(confinedTo).catch(() => confinedTo));
    const files = [];
    for (const path of paths) {
        const real = realRoot && (await (0,promises_.realpath)(path).catch(() => path));
        if (realRoot && real && !inside(realRoot, real))
            return void fail(`${path} is a symbolic link to ${(0,external_node_path_.relative)(realRoot, real)}, outside the project directory, so it is not the project’s to publish`);
        if (realRoot && real && inGitMetadata(inside(realRoot, real)))
            return void fail(`${path} is inside .git, the repository's metadata, not the project’s content (actions/checkout keeps the job's token in .git/config)`);
        const content = await config_contents_text(path, read, fail);
        if (content === undefined)
            return undefined;
        files.push({ path: (0,external_node_path_.relative)(config.file, path).split(external_node_path_.sep).join('/'), content });
    }
    return files;
}
/** Regular files below a directory, sorted, stopping once `limit` are found. */
async function filesUnder(dir, limit) {
    const out = [];
    const walk = async (d) => {
        const entries = (await (0,promises_.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
        for (const e of entries) {
            if (out.length >= limit)
                return;
            const path = (0,external_node_path_.join)(d, e.name);
            // A symbolic link to a directory is not followed (a link loop would never end); one to a file is.
            if (e.isDirectory())
                await walk(path);
            else if ((await (0,promises_.stat)(path).catch(() => undefined))?.isFile())
                out.push(path);
        }
    };
    await walk(dir);
    return out;
}
async function config_contents_text(path, read, fail) {
    // Confined: a file in a config directory may be a symbolic link to anywhere.
    const result = await read(path, { maxBytes: MAX_CONFIG_BYTES, confine: true });
    if ('problem' in result) {
        fail(result.problem.startsWith('is larger')
            ? `${path} is larger than the ${MAX_CONFIG_BYTES} bytes a config can hold; bake it into the image or use a volume`
            : `${path} ${result.problem}`);
        return undefined;
    }
    const bytes = result.bytes;
    try {
        const content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        // An environment variable cannot carry a NUL byte: the init container would write a truncated file.
        if (!content.includes('\0'))
            return content;
    }
    catch {
        // fall through: not UTF-8
    }
    fail(`${path} is not UTF-8 text; a config delivers text files only (bake binary files into the image)`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/images/dockerignore.ts
// .dockerignore patterns, enough to leave ignored files out of the build-input hash the way the
// engine leaves them out of the build context: `#` comments, `!` exceptions, `*`, `?`, `**`.
function toRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*' && pattern[i + 1] === '*') {
            // `**/` matches any number of directories, including none.
            out += pattern[i + 2] === '/' ? '(?:.*/)?' : '.*';
            i += pattern[i + 2] === '/' ? 2 : 1;
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else
            out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // A pattern names a path and everything below it.
    return new RegExp(`^${out}(?:/.*)?$`);
}
function parseDockerignore(text) {
    const rules = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .map((line) => {
        const negate = line.startsWith('!');
        const pattern = (negate ? line.slice(1) : line)
            .trim()
            .replace(/^\/+/, '')
            .replace(/^\.\//, '')
            .replace(/\/+$/, '');
        return { negate, regexp: toRegExp(pattern) };
    });
    // The last matching rule decides, as in Docker.
    return (path) => {
        let ignored = false;
        for (const rule of rules)
            if (rule.regexp.test(path))
                ignored = !rule.negate;
        return ignored;
    };
}

;// CONCATENATED MODULE: ./src/compose/dockerfile-copies.ts
// What a service's Dockerfile copies from its build context into the image, and where: enough to tell a
// development bind mount (`./app:/app` over an image that did `COPY . /app`) from one whose content the
// image lacks. Only what can be known without building: COPY and ADD from the context in the built stage
// and the stages it is based on, with WORKDIR; an instruction with variables, --from, --parents, a URL or a
// heredoc copies nothing this can vouch for.



/** Logical lines: continuations joined, comments and blank lines left out. */
function instructions(text) {
    const out = [];
    let pending = '';
    for (const raw of text.split(/\r?\n/)) {
        if (!pending && /^\s*#/.test(raw))
            continue;
        const continued = /\\\s*$/.test(raw);
        pending += continued ? raw.replace(/\\\s*$/, ' ') : raw;
        if (continued)
            continue;
        const m = /^\s*([A-Za-z]+)\s+(.*)$/.exec(pending);
        if (m)
            out.push({ keyword: m[1].toUpperCase(), args: m[2].trim() });
        pending = '';
    }
    return out;
}
function stages(text) {
    const out = [];
    for (const ins of instructions(text)) {
        if (ins.keyword === 'FROM') {
            const words = ins.args.split(/\s+/).filter((w) => !w.startsWith('--'));
            const as = words.findIndex((w) => w.toUpperCase() === 'AS');
            out.push({
                base: words[0] ?? '',
                ...(as > 0 && words[as + 1] ? { name: words[as + 1] } : {}),
                body: [],
            });
        }
        else
            out.at(-1)?.body.push(ins);
    }
    return out;
}
/** The built stage and the earlier stages it is based on, oldest first. */
function stageChain(all, target) {
    const byName = (name, before) => all.slice(0, before).findLastIndex((s) => s.name?.toLowerCase() === name.toLowerCase());
    let index = target === undefined ? all.length - 1 : byName(target, all.length);
    const chain = [];
    while (index >= 0 && !chain.includes(all[index])) {
        chain.unshift(all[index]);
        index = byName(all[index].base, index);
    }
    return chain;
}
/** Sources and destination of a COPY or ADD, or undefined when it cannot be vouched for. */
function copyOperands(args) {
    let rest = args;
    for (let flag = /^--([a-z-]+)(=\S*)?\s+/.exec(rest); flag; flag = /^--([a-z-]+)(=\S*)?\s+/.exec(rest)) {
        if (!['chown', 'chmod', 'link', 'exclude'].includes(flag[1]))
            return undefined;
        rest = rest.slice(flag[0].length);
    }
    let words;
    if (rest.startsWith('[')) {
        try {
            words = JSON.parse(rest);
        }
        catch {
            return undefined;
        }
    }
    else
        words = rest.split(/\s+/);
    if (words.length < 2 || words.some((w) => typeof w !== 'string' || /[$<*?[]|:\/\//.test(w)))
        return undefined;
    return words;
}
/** Where each path of the context lands in the image built from the Dockerfile `text`. */
function imageCopies(build, text) {
    const pending = [];
    let workdir = '/';
    for (const stage of stageChain(stages(text), build.target))
        for (const { keyword, args } of stage.body) {
            if (keyword === 'WORKDIR' && !args.includes('$'))
                workdir = external_node_path_.posix.resolve(workdir, args);
            if (keyword !== 'COPY' && keyword !== 'ADD')
                continue;
            const operands = copyOperands(args);
            if (!operands)
                continue;
            const dest = external_node_path_.posix.resolve(workdir, operands.at(-1));
            const sources = operands.slice(0, -1);
            const intoDirectory = operands.at(-1).endsWith('/') || sources.length > 1;
            for (const source of sources) {
                // ADD unpacks a local archive: its content is not the file.
                if (keyword === 'ADD' && /\.(tar|tgz|gz|bz2|xz|zst)$/.test(source))
                    continue;
                const from = (0,external_node_path_.resolve)(build.context, source);
                pending.push((0,promises_.stat)(from).then((found) => {
                    const directory = found.isDirectory();
                    const to = !directory && intoDirectory ? external_node_path_.posix.join(dest, external_node_path_.posix.basename(from)) : dest;
                    return { from, to, directory };
                }, () => undefined));
            }
        }
    return Promise.all(pending).then((all) => all.filter((c) => c !== undefined));
}
/** Reads the build's Dockerfile and .dockerignore; undefined when the Dockerfile cannot be read. */
async function imageContent(build) {
    const path = (0,external_node_path_.resolve)(build.context, build.dockerfile);
    const text = build.dockerfileInline ?? (await (0,promises_.readFile)(path, 'utf8').catch(() => undefined));
    if (text === undefined)
        return undefined;
    // BuildKit reads <Dockerfile>.dockerignore before the context's .dockerignore.
    const ignoreText = (await (0,promises_.readFile)(`${path}.dockerignore`, 'utf8').catch(() => undefined)) ??
        (await (0,promises_.readFile)((0,external_node_path_.resolve)(build.context, '.dockerignore'), 'utf8').catch(() => ''));
    const ignored = parseDockerignore(ignoreText);
    const copies = await imageCopies(build, text);
    return {
        holds(source, target) {
            const inContext = (0,external_node_path_.relative)(build.context, source);
            if (inContext.startsWith('..') || (inContext && ignored(inContext.split(external_node_path_.sep).join('/'))))
                return false;
            const want = external_node_path_.posix.resolve('/', target);
            return copies.some((copy) => {
                if (copy.from === source)
                    return copy.to === want;
                const rel = (0,external_node_path_.relative)(copy.from, source);
                if (!copy.directory || !rel || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`))
                    return false;
                return external_node_path_.posix.join(copy.to, rel.split(external_node_path_.sep).join('/')) === want;
            });
        },
    };
}
/**
 * The image a build's stage rests on: the FROM at the root of the built stage's chain (`scratch` included),
 * undefined when the Dockerfile cannot be read or names it with a variable. Whether the built image has a
 * shell follows from it (template/volume-seed.ts).
 */
async function builtFrom(build) {
    const text = build.dockerfileInline ??
        (await (0,promises_.readFile)((0,external_node_path_.resolve)(build.context, build.dockerfile), 'utf8').catch(() => undefined));
    if (text === undefined)
        return undefined;
    const base = stageChain(stages(text), build.target)[0]?.base;
    return base && !base.includes('$') ? base : undefined;
}

;// CONCATENATED MODULE: ./src/compose/diagnostics.ts
// Collects every problem of a run so they can be reported together.

class Diagnostics {
    errors = [];
    warnings = [];
    error(message, path, location) {
        this.errors.push(make(message, path, location));
    }
    warn(message, path, location) {
        this.warnings.push(make(message, path, location));
    }
    /** Throws one UserError carrying all errors so far, if there are any. */
    throwIfAny() {
        if (this.errors.length === 0)
            return;
        // Report in reading order: by file, then line, then column (passes find them out of order).
        this.errors.sort(byLocation);
        // The diagnostics are printed one by one (with their locations) by the shells: the summary only counts.
        const n = this.errors.length;
        const summary = n === 1 ? 'The compose project is invalid (1 error)' : `The compose project has ${n} errors`;
        throw new src_errors/* UserError */.yo(summary, this.errors);
    }
}
function make(message, path, location) {
    const d = { message };
    if (path)
        d.path = path;
    if (location)
        d.location = location;
    return d;
}
/** Warnings in reading order. */
function sortedWarnings(diags) {
    return [...diags.warnings].sort(byLocation);
}
function byLocation(a, b) {
    const x = a.location;
    const y = b.location;
    if (!x || !y)
        return x ? -1 : y ? 1 : 0;
    return x.file === y.file ? x.line - y.line || x.column - y.column : x.file < y.file ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/compose/discover.ts
// Which compose files to read when none are given: COMPOSE_FILE, else the first of the
// standard names in the working directory plus its matching override file, as Compose does.


const COMPOSE_FILE_NAMES = [
    'compose.yaml',
    'compose.yml',
    'docker-compose.yaml',
    'docker-compose.yml',
];
async function exists(path) {
    try {
        await (0,promises_.access)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function discoverFiles(files, workingDir, environment) {
    const absolute = (f) => ((0,external_node_path_.isAbsolute)(f) ? f : (0,external_node_path_.resolve)(workingDir, f));
    if (files.length > 0)
        return { files: files.map(absolute), searched: [] };
    const fromEnv = environment.COMPOSE_FILE;
    if (fromEnv) {
        const separator = environment.COMPOSE_PATH_SEPARATOR || external_node_path_.delimiter;
        return { files: fromEnv.split(separator).filter(Boolean).map(absolute), searched: [] };
    }
    const searched = COMPOSE_FILE_NAMES.map((name) => (0,external_node_path_.join)(workingDir, name));
    for (const candidate of searched) {
        if (!(await exists(candidate)))
            continue;
        const found = [candidate];
        const override = candidate.replace(/\.(ya?ml)$/, '.override.$1');
        if (await exists(override))
            found.push(override);
        return { files: found, searched };
    }
    return { files: [], searched };
}

;// CONCATENATED MODULE: ./src/compose/bind-mount-rules.ts

const FIX = 'Fargate cannot mount host paths. Add a production override file that replaces the list, e.g. `volumes: !reset []` (or `!override` with named volumes), or set bind-mounts: drop to drop them';
/**
 * Why `auto` may not drop the mount as source code the image already holds, or undefined when it may:
 * the source is a file or directory inside the workspace (not a socket, not .git) and the service's
 * Dockerfile copies exactly it to exactly the mount's target.
 */
function sourceCodeRefusal(ctx, service, mount) {
    const source = ctx.sources?.get(mount.source);
    const workspace = ctx.workspace ?? ctx.project.workingDir;
    const real = source?.realPath ?? mount.source;
    if (source?.realPath && !source.kind)
        return `${mount.written ?? mount.source} is a socket or device of the host, which no task can reach`;
    if (!inside(workspace, mount.source) || !inside(workspace, real))
        return `it lies outside the workspace (${workspace})`;
    if (inGitMetadata(inside(workspace, real)))
        return 'it is inside .git';
    const keepData = mount.readOnly ? '' : ': keep data the service writes in a named volume (EFS)';
    if (!service.build)
        return `the service's image is not built from this project, so it does not hold it${keepData}`;
    if (!ctx.images?.get(service.name)?.holds(real, mount.target))
        return `the Dockerfile does not copy it to ${mount.target}, so the image lacks it${keepData}`;
    return '';
}
/** Applies the policy to one bind mount; whether it stays in the model (it then is an error). */
function applyBindMountPolicy(ctx, service, mount, path) {
    const { project, diags, policy } = ctx;
    const location = ctx.sourceMap.locate(path);
    const what = `bind mount of ${mount.written ?? mount.source} at ${mount.target}`;
    const source = ctx.sources?.get(mount.source);
    const refusal = bindConfigRefusal(project, mount, source);
    if (policy.configs && refusal === undefined) {
        const config = bindMountToConfig(project, service, mount, path);
        diags.warn(`the ${what} is delivered as config ${config} (bind-mounts)`, path, location);
        return false;
    }
    if (policy.drop === 'all') {
        diags.warn(`dropped the ${what}: Fargate cannot mount host paths`, path, location);
        return false;
    }
    const notSource = policy.drop === 'copied-source' ? sourceCodeRefusal(ctx, service, mount) : undefined;
    if (notSource === '') {
        diags.warn(`dropped the ${what}: the image already holds it there (the Dockerfile copies it), so the task runs the image's copy`, path, location);
        return false;
    }
    // Configuration (read-only, or a single file) can be delivered as a config; source code is better reset.
    const looksLikeConfiguration = mount.readOnly || source?.kind === 'file';
    const asConfig = !looksLikeConfiguration
        ? ''
        : policy.configs
            ? `; it cannot become a config: ${refusal}`
            : refusal === undefined
                ? '; as it looks like configuration, set bind-mounts: configs (or auto) to deliver it to the tasks as a config'
                : `; bind-mounts: configs could not deliver it as a config: ${refusal}`;
    const notDropped = notSource ? `; bind-mounts: auto does not drop it: ${notSource}` : '';
    diags.error(`${what}: ${FIX}${asConfig}${notDropped}`, path, location);
    return true;
}

;// CONCATENATED MODULE: ./src/compose/node.ts
function mapNode(loc, entries = new Map()) {
    return { kind: 'map', loc, entries };
}
function seqNode(loc, items = []) {
    return { kind: 'seq', loc, items };
}
function scalarNode(loc, value) {
    return { kind: 'scalar', loc, value };
}
function get(node, key) {
    return node?.kind === 'map' ? node.entries.get(key)?.value : undefined;
}
/** Sets (or replaces) a key, keeping the key position of an existing entry. */
function set(node, key, value) {
    const existing = node.entries.get(key);
    node.entries.set(key, { keyLoc: existing?.keyLoc ?? value.loc, value });
}
/** Words for "what was found", used in "expected X, found Y" messages. */
function node_describe(node) {
    if (node.kind === 'map')
        return 'a mapping';
    if (node.kind === 'seq')
        return 'a list';
    if (node.value === null)
        return 'null';
    if (typeof node.value === 'string')
        return `the string ${JSON.stringify(clip(node.value))}`;
    return `${typeof node.value} ${String(node.value)}`;
}
function clip(text, max = 60) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
/** Plain JavaScript value of a subtree (for extensions and schema checks). */
function toPlain(node) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map(toPlain);
    const out = {};
    for (const [key, entry] of node.entries)
        out[key] = toPlain(entry.value);
    return out;
}

;// CONCATENATED MODULE: ./src/compose/normalize/read.ts


function expected(ctx, node, path, what) {
    ctx.diags.error(`expected ${what}, found ${node_describe(node)}`, path, node.loc);
    return undefined;
}
function asMap(ctx, node, path, what = 'a mapping') {
    return node.kind === 'map' ? node : expected(ctx, node, path, what);
}
function str(ctx, node, path) {
    return node.kind === 'scalar' && typeof node.value === 'string'
        ? node.value
        : expected(ctx, node, path, 'a string');
}
/** Strings, plus numbers and booleans written where Compose takes their text (labels, env values). */
function read_text(ctx, node, path) {
    if (node.kind === 'scalar' && node.value !== null)
        return String(node.value);
    return expected(ctx, node, path, 'a string, number or boolean');
}
function read_int(ctx, node, path, min = 0) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^[+-]?\d+$/.test(v.trim()) ? Number(v) : NaN;
    if (Number.isSafeInteger(n) && n >= min)
        return n;
    return expected(ctx, node, path, min === 0 ? 'a whole number, 0 or more' : `a whole number, ${min} or more`);
}
function num(ctx, node, path) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    const n = typeof v === 'number'
        ? v
        : typeof v === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(v)
            ? Number(v)
            : NaN;
    return Number.isFinite(n) && n >= 0 ? n : expected(ctx, node, path, 'a number');
}
function bool(ctx, node, path) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    if (typeof v === 'boolean')
        return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v))
        return v.toLowerCase() === 'true';
    return expected(ctx, node, path, 'true or false');
}
function duration(ctx, node, path) {
    const v = node.kind === 'scalar' && typeof node.value === 'string' ? parseDuration(node.value) : undefined;
    return v ?? expected(ctx, node, path, 'a duration such as 30s, 1m30s or 500ms');
}
function size(ctx, node, path) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return v;
    const bytes = typeof v === 'string' ? parseSize(v) : undefined;
    return bytes ?? expected(ctx, node, path, 'a size in bytes or with a unit, such as 512m or 1.5g');
}
function oneOf(ctx, node, path, values) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    if (typeof v === 'string' && values.includes(v))
        return v;
    return expected(ctx, node, path, `one of ${values.join(', ')}`);
}
/** A string or a list of strings (`string_or_list`). */
function strings(ctx, node, path) {
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return [node.value];
    return stringList(ctx, node, path);
}
/** A list of strings only. */
function stringList(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of strings');
    const out = [];
    node.items.forEach((item, i) => {
        const s = str(ctx, item, [...path, i]);
        if (s !== undefined)
            out.push(s);
    });
    return out;
}
/**
 * `list_or_dict`: a mapping of KEY: value, or a list of "KEY=value" (a bare "KEY" gives null).
 * `allowNull` says whether a missing value is meaningful (environment) or an error.
 */
function dict(ctx, node, path, allowNull = false) {
    const out = new Map();
    if (node.kind === 'map') {
        for (const [key, entry] of node.entries) {
            const v = entry.value;
            if (v.kind === 'scalar' && v.value === null) {
                if (allowNull)
                    out.set(key, { value: null, node: v });
                else
                    expected(ctx, v, [...path, key], 'a string, number or boolean');
            }
            else {
                const s = read_text(ctx, v, [...path, key]);
                if (s !== undefined)
                    out.set(key, { value: s, node: v });
            }
        }
    }
    else if (node.kind === 'seq') {
        node.items.forEach((item, i) => {
            const s = str(ctx, item, [...path, i]);
            if (s === undefined)
                return;
            const eq = s.indexOf('=');
            if (eq === 0)
                return expected(ctx, item, [...path, i], 'KEY=value');
            if (eq > 0)
                out.set(s.slice(0, eq), { value: s.slice(eq + 1), node: item });
            else if (allowNull)
                out.set(s, { value: null, node: item });
            else
                expected(ctx, item, [...path, i], 'KEY=value');
        });
    }
    else
        expected(ctx, node, path, 'a mapping or a list of KEY=value');
    return out;
}
/** Like dict, for fields where every value must be present (labels, args). */
function stringDict(ctx, node, path) {
    const out = {};
    for (const [k, v] of dict(ctx, node, path))
        out[k] = v.value ?? '';
    return out;
}
/**
 * Walks a mapping: each known key goes to its handler, `x-*` keys into the extensions,
 * and anything else is an error that lists what is allowed (nothing is silently dropped).
 */
function fields(ctx, node, path, handlers, where, extensions, 
/** Fields accepted here and judged elsewhere (a service's fields with no place in the model). */
accepted) {
    for (const [key, entry] of node.entries) {
        const handler = Object.hasOwn(handlers, key) ? handlers[key] : undefined;
        if (handler)
            handler(entry.value, [...path, key]);
        else if (accepted && Object.hasOwn(accepted, key))
            continue;
        else if (extensions && key.startsWith('x-'))
            extensions[key] = toPlain(entry.value);
        else {
            const known = [...Object.keys(handlers), ...Object.keys(accepted ?? {})];
            const close = closest(key, known);
            const hint = close
                ? `did you mean ${JSON.stringify(close)}?`
                : known.length <= 12
                    ? `allowed: ${known.join(', ')}${extensions ? ', x-*' : ''}`
                    : 'see docs/compose-support.md for the supported fields';
            ctx.diags.error(`unknown field ${JSON.stringify(key)} in ${where} (${hint})`, [...path, key], entry.keyLoc);
        }
    }
}
const origins = new WeakMap();
/** Remembers where a model object was written when its model path differs (tmpfs:, port ranges). */
function setOrigin(value, path) {
    origins.set(value, path);
    return value;
}
function originOf(value) {
    return origins.get(value);
}
/** The known name within edit distance 2 of a misspelt one (`port` → `ports`), if any. */
function closest(word, known) {
    let best;
    let bestDistance = 3;
    for (const candidate of known) {
        if (Math.abs(candidate.length - word.length) >= bestDistance)
            continue;
        const d = editDistance(word, candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row;
    }
    return prev[b.length];
}
/** Drops keys whose value is undefined, so models compare and serialise cleanly. */
function compact(value) {
    for (const key of Object.keys(value))
        if (value[key] === undefined)
            delete value[key];
    return value;
}

;// CONCATENATED MODULE: ./src/compose/ecs-rules.ts





const error = (reason) => ({ level: 'error', reason });
const warning = (reason) => ({ level: 'warning', reason });
/** Service fields the model does not carry, and what happens to each on ECS. */
const UNMODELLED_SERVICE_FIELDS = {
    container_name: warning('ECS names tasks itself; other services reach this one by its service name'),
    domainname: warning('Fargate tasks use the VPC DNS domain'),
    dns: warning('Fargate tasks use the VPC resolver; configure Route 53 Resolver rules instead'),
    dns_opt: warning('Fargate tasks use the VPC resolver'),
    dns_search: warning('Fargate tasks use the VPC resolver'),
    external_links: warning('reach other stacks through their load balancer or service discovery name'),
    pull_policy: warning('ECS pulls the image when a task starts'),
    pull_refresh_after: warning('ECS pulls the image when a task starts'),
    stop_signal: warning('ECS always sends SIGTERM; make the process handle SIGTERM'),
    develop: warning('`develop` (watch) is for local development only'),
    attach: warning('logs go to the configured log driver'),
    annotations: warning('ECS has no container annotations; use labels'),
    oom_score_adj: warning('Fargate does not expose OOM scoring'),
    oom_kill_disable: warning('Fargate does not expose OOM settings'),
    mem_swappiness: warning('Fargate tasks have no swap'),
    memswap_limit: warning('Fargate tasks have no swap'),
    shm_size: warning('Fargate does not support a custom /dev/shm size; the task runs with the default'),
    cpu_shares: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpu_quota: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpu_period: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpu_count: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpu_percent: warning('use deploy.resources.limits.cpus (or cpus) to size the task'),
    cpuset: warning('Fargate does not pin CPUs'),
    blkio_config: warning('Fargate does not expose block I/O weights'),
    cgroup_parent: warning('Fargate manages cgroups itself'),
    group_add: warning('ECS does not add supplementary groups; set them in the image'),
    label_file: error('label files are not supported by this tool; write the labels under `labels:`'),
    security_opt: error('Fargate does not accept security options (seccomp, AppArmor, SELinux labels); remove them'),
    ipc: error('Fargate tasks cannot share IPC namespaces; remove `ipc`'),
    uts: error('Fargate tasks cannot use the host UTS namespace; remove `uts`'),
    userns_mode: error('Fargate does not support user namespace modes; remove `userns_mode`'),
    cgroup: error('Fargate does not support cgroup namespace modes; remove `cgroup`'),
    runtime: error('Fargate runs its own container runtime; remove `runtime`'),
    isolation: error('isolation is a Windows container option that Fargate Linux tasks do not have'),
    credential_spec: error('gMSA credential specs need Windows containers on EC2'),
    device_cgroup_rules: error('Fargate tasks cannot access host devices'),
    storage_opt: error('Fargate does not accept storage driver options; size ephemeral storage at the task level'),
    volumes_from: error('containers in different ECS services cannot share volumes this way; mount the same named volume (EFS) in both'),
    mac_address: error('Fargate assigns network interfaces itself; remove `mac_address`'),
    post_start: error('ECS has no container lifecycle hooks; run the step in the entrypoint'),
    pre_stop: error('ECS has no container lifecycle hooks; handle SIGTERM in the process'),
    models: error('model runners are not available on ECS'),
    provider: error('provider services are not supported on ECS'),
    use_api_socket: error('there is no Docker API socket on Fargate'),
};
/**
 * network_mode on Fargate, where every task has its own awsvpc network namespace: `service:<name>` is how
 * compose writes a sidecar (it joins that service's task: the containers of one task share the namespace, so
 * `localhost` between them works as under compose; the project-level checks are in sidecarFindings), `bridge`
 * and the other Docker drivers only say what local Docker does and are ignored, while host, none and
 * container:… ask for namespaces a Fargate task cannot join.
 */
function networkModeRule(mode) {
    if (mode === undefined || mode === 'awsvpc' || mode.startsWith('service:'))
        return undefined;
    if (mode === 'host' || mode === 'none' || mode.startsWith('container:'))
        return error(`Fargate tasks always use awsvpc networking; network_mode "${mode}" cannot be honoured. Remove network_mode and attach the service to networks instead`);
    return warning(`Fargate tasks always use awsvpc networking; network_mode "${mode}" does not apply`);
}
/**
 * The Fargate table for the fields the model carries. The loader reports these with the unmodelled
 * fields above, once each; the converter takes a loaded project as checked and does not judge these
 * fields again (it used to, with other wording and verdicts), so one table decides everywhere.
 * A one-shot service (one-shot.ts) becomes a job: the deploy runs it once and honours its restart policy
 * (on-failure retries), and `deploy.mode: replicated-job` is what makes it one.
 */
function fargateFindings(service, oneShot = false) {
    const out = [];
    const add = (rule, ...at) => out.push({ at, rule });
    const rule = networkModeRule(service.networkMode);
    if (rule)
        add(rule, 'network_mode');
    if (service.privileged)
        add(error('Fargate does not run privileged containers; grant only the capabilities needed with cap_add (Fargate allows SYS_PTRACE)'), 'privileged');
    if (service.pid !== undefined)
        add(error(`Fargate supports only pid "task" (shared within a task), not "${service.pid}"; remove pid`), 'pid');
    if (service.devices.length > 0)
        add(error('Fargate tasks cannot access host devices; remove devices'), 'devices');
    service.capAdd.forEach((cap, i) => {
        if (cap.toUpperCase().replace(/^CAP_/, '') !== 'SYS_PTRACE')
            add(error(`Fargate can add only the SYS_PTRACE capability, not ${cap}`), 'cap_add', i);
    });
    if (service.restart !== undefined && service.restart !== 'no' && !oneShot)
        add(warning('ECS services restart stopped tasks themselves; restart policies do not apply'), 'restart');
    if (service.hostname !== undefined)
        add(warning('Fargate sets the hostname of each task; reach services by their service name'), 'hostname');
    if (service.extraHosts.length > 0)
        add(error('Fargate (awsvpc) tasks cannot add /etc/hosts entries; use service discovery or Route 53 names'), 'extra_hosts');
    const deploy = service.deploy;
    if (deploy?.mode === 'global-job' && oneShot)
        add(warning('Fargate has no nodes: a global job runs once per deploy, as a replicated job'), 'deploy', 'mode');
    else if (deploy?.mode && deploy.mode !== 'replicated' && !(deploy.mode === 'replicated-job' && oneShot))
        add(error(`deploy.mode ${deploy.mode} is not available on Fargate (only replicated services, and replicated-job for a one-shot service)`), 'deploy', 'mode');
    if (deploy?.placement !== undefined)
        add(warning('Fargate places tasks itself; deploy.placement does not apply'), 'deploy', 'placement');
    if (Object.keys(deploy?.labels ?? {}).length > 0)
        add(warning('deploy.labels are Swarm service labels; container labels go under labels:'), 'deploy', 'labels');
    if (deploy?.rollbackConfig)
        add(warning('the deployment circuit breaker rolls back'), 'deploy', 'rollback_config');
    if (deploy?.restartPolicy && !oneShot)
        add(warning('ECS replaces every task of a service that stops'), 'deploy', 'restart_policy');
    if (deploy?.resources?.limits?.pids !== undefined)
        add(warning('pids limits are not available on Fargate'), 'deploy', 'resources', 'limits', 'pids');
    return out;
}
/**
 * `network_mode: service:<name>` across the project: it must name another service of the project, it cannot
 * be combined with `networks` (compose refuses that too), and it must agree with x-aws-sidecar_of when both
 * are given. Either form then makes the service a container of <name>'s task (src/template/tasks.ts).
 */
function sidecarFindings(project) {
    const out = [];
    for (const [name, service] of Object.entries(project.services)) {
        const mode = service.networkMode;
        if (!mode?.startsWith('service:'))
            continue;
        const target = mode.slice('service:'.length);
        const at = ['services', name, 'network_mode'];
        if (target === name)
            out.push({ at, rule: error(`service ${name} cannot be its own sidecar`) });
        else if (!project.services[target])
            out.push({
                at,
                rule: error(`network_mode "${mode}" names no service of this project (is "${target}" spelled right, or left out by a profile?)`),
            });
        if (Object.keys(service.networks).length > 0)
            out.push({
                at,
                rule: error(`network_mode "${mode}" shares ${target}'s network, so the service cannot also join networks; remove networks`),
            });
        const declared = service.aws?.sidecarOf;
        if (declared !== undefined && declared !== target)
            out.push({
                at: ['services', name, 'x-aws-sidecar_of'],
                rule: error(`x-aws-sidecar_of names ${declared} but network_mode names ${target}; a service is a container of one task — keep one of them`),
            });
    }
    return out;
}
/** Applies the rules to a normalised project; warnings and errors go to `diags`. */
function applyEcsRules(project, sourceMap, rawFields, diags, options = {}) {
    const report = (rule, path) => {
        const location = sourceMap.locate(path);
        if (rule.level === 'error')
            diags.error(rule.reason, path, location);
        else
            diags.warn(`ignored on ECS: ${rule.reason}`, path, location);
    };
    for (const f of sidecarFindings(project))
        report(f.rule, f.at);
    const oneShot = oneShotServices(project);
    const bindContext = {
        project,
        sourceMap,
        diags,
        policy: options.bindMounts ?? (0,bind_policy/* bindMountPolicy */.nb)('error'),
        ...(options.bindSources ? { sources: options.bindSources } : {}),
        ...(options.images ? { images: options.images } : {}),
        ...(options.workspace ? { workspace: options.workspace } : {}),
    };
    for (const [name, service] of Object.entries(project.services)) {
        const at = (...rest) => ['services', name, ...rest];
        for (const field of rawFields.get(name) ?? []) {
            const rule = UNMODELLED_SERVICE_FIELDS[field];
            if (rule)
                report(rule, at(field));
        }
        for (const f of fargateFindings(service, oneShot.has(name)))
            report(f.rule, at(...f.at));
        for (const f of gpuFindings(service))
            report(error(f.reason), f.at);
        service.volumes = service.volumes.filter((mount, index) => 
        // tmpfs is not a bind mount: the converter's own rule (template/volume-mounts.ts) decides.
        mount.type === 'bind'
            ? applyBindMountPolicy(bindContext, service, mount, originOf(mount) ?? at('volumes', index))
            : true);
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/compose/plain-env.ts
// Runs a synchronous step with process.env replaced by a plain copy of itself, then puts the real one back.
// The yaml library's parser reads process.env.LOG_TOKENS (its debug switch) once per token, and Node's
// process.env is an interceptor that asks the C++ side on every read (~0.25 µs under Node 24, several
// times that under Node 20): a tenth of parsing a large compose file (issue 13: loading). A plain object
// answers the same values in a few nanoseconds. Nothing else can run during a synchronous step, so no
// other code ever sees the copy, and the real object is restored even when the step throws.
function withPlainProcessEnv(step) {
    const real = process.env;
    try {
        process.env = { ...real };
    }
    catch {
        return step(); // a process.env that cannot be replaced (made read-only by the host): only slower
    }
    try {
        return step();
    }
    finally {
        process.env = real;
    }
}

;// CONCATENATED MODULE: ./src/compose/parse.ts



/** Most nodes one document may expand to (aliases included); real projects use far fewer. */
const MAX_NODES = 250_000;
/** Deepest nesting accepted; compose documents are a handful of levels deep. */
const MAX_DEPTH = 64;
/** Largest compose or env file read, in bytes. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
/** The yaml library's own guard against alias expansion, kept in step with MAX_NODES. */
const MAX_ALIAS_COUNT = 1000;
const MERGE_TAGS = new Set(['!reset', '!override']);
class Abort extends Error {
}
/** Decodes bytes as strict UTF-8 (a BOM is dropped); reports where the first bad byte is. */
function decodeUtf8(bytes, file, diags) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
    catch {
        const lossy = new TextDecoder('utf-8').decode(bytes);
        const before = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD')));
        const line = before.split('\n').length;
        const column = before.length - before.lastIndexOf('\n');
        diags.error('the file is not valid UTF-8 text', undefined, { file, line, column });
        return undefined;
    }
}
/** Parses one YAML document. Returns undefined (with diagnostics) when it cannot be read. */
function parseYaml(text, file, diags) {
    const lineCounter = new dist/* LineCounter */.HN();
    const at = locator(lineCounter, file);
    const doc = readDocument(text, file, lineCounter, diags, at);
    if (!doc)
        return undefined;
    const before = diags.errors.length;
    try {
        const root = new TreeBuilder(at, diags).convert(doc.contents, 0, { file, line: 1, column: 1 }, 0);
        if (diags.errors.length > before)
            return undefined;
        if (root.kind === 'scalar' && root.value === null)
            return mapNode(root.loc);
        return root;
    }
    catch (err) {
        if (err instanceof AbortAt)
            diags.error(err.message, undefined, err.loc);
        else if (err instanceof Abort)
            diags.error(err.message, undefined, { file, line: 1, column: 1 });
        else if (err instanceof RangeError)
            diags.error('the document is too deeply nested to read', undefined, { file, line: 1, column: 1 });
        else
            throw err;
        return undefined;
    }
}
/** The line holding an offset: the last line start at or before it (the parser records offset 0 first). */
function locator(lineCounter, file) {
    const starts = lineCounter.lineStarts;
    return (offset) => {
        const at = offset ?? 0;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= at)
                low = mid;
            else
                high = mid - 1;
        }
        return { file, line: low + 1, column: at - (starts[low] ?? 0) + 1 };
    };
}
/** The library's document, or undefined when it has errors (each reported where it was found). */
function readDocument(text, file, lineCounter, diags, at) {
    let doc;
    try {
        doc = withPlainProcessEnv(() => (0,dist/* parseDocument */.Tp)(text, {
            lineCounter,
            merge: true,
            // Checked below instead, in one pass per mapping: the library compares each key with every earlier
            // one, which is quadratic in a `services:` of a thousand entries (issue 13: loading).
            uniqueKeys: false,
            prettyErrors: false,
            strict: true,
        }));
    }
    catch (err) {
        diags.error(`the YAML parser gave up: ${err.message}`, undefined, {
            file,
            line: 1,
            column: 1,
        });
        return undefined;
    }
    const before = diags.errors.length;
    for (const e of doc.errors)
        diags.error(yamlMessage(e.message), undefined, at(e.pos[0]));
    for (const w of doc.warnings) {
        const tag = /^Unresolved tag: (.*)$/.exec(w.message)?.[1];
        if (tag && MERGE_TAGS.has(tag))
            continue;
        diags.error(tag ? `unsupported YAML tag ${tag} (only !reset and !override are understood)` : yamlMessage(w.message), undefined, at(w.pos[0]));
    }
    return diags.errors.length > before ? undefined : doc;
}
/**
 * Builds the Node tree in one walk of the library's document. Anchors are indexed and duplicate keys found
 * during the walk (the library's Alias.resolve searches the whole document per alias, which makes many
 * `<<: *defaults` quadratic). The walk is in document order, so every anchor before an alias is indexed
 * when it is met.
 */
class TreeBuilder {
    at;
    diags;
    anchors = new Map();
    budget = MAX_NODES;
    constructor(at, diags) {
        this.at = at;
        this.diags = diags;
    }
    convert(value, depth, fallback, aliases) {
        if (--this.budget < 0)
            throw new Abort(`the document expands to more than ${MAX_NODES} values (YAML aliases repeated too often?)`);
        if (depth > MAX_DEPTH)
            throw new Abort(`the document nests deeper than ${MAX_DEPTH} levels`);
        if ((0,dist/* isAlias */.Vj)(value)) {
            if (aliases > MAX_ALIAS_COUNT)
                throw new Abort('too many nested YAML aliases');
            const target = this.resolveAlias(value.source, value.range?.[0] ?? 0);
            if (!target)
                throw new AbortAt(`unknown YAML alias *${value.source} (no anchor &${value.source} before it)`, this.at(value.range?.[0]));
            return this.convert(target, depth, this.at(value.range?.[0]), aliases + 1);
        }
        // Only at its own place in the document: inside an alias's expansion, a node was met already.
        if (aliases === 0)
            this.indexAnchor(value);
        const node = this.convertNode(value, depth, fallback, aliases);
        const tag = value?.tag;
        if (tag && MERGE_TAGS.has(tag))
            node.tag = tag;
        return node;
    }
    indexAnchor(node) {
        const anchor = node?.anchor;
        if (!anchor)
            return;
        const list = this.anchors.get(anchor) ?? [];
        list.push({ offset: node.range?.[0] ?? 0, node });
        this.anchors.set(anchor, list);
    }
    resolveAlias(name, offset) {
        // The latest definition before the alias wins (anchors may be redefined). Definitions are indexed in
        // document order, so a binary search finds it: a scan per alias made 2 MB of redefined anchors quadratic.
        const defs = this.anchors.get(name) ?? [];
        let low = 0;
        let high = defs.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (defs[mid].offset < offset)
                low = mid + 1;
            else
                high = mid;
        }
        return low > 0 ? defs[low - 1].node : undefined;
    }
    convertNode(value, depth, fallback, aliases) {
        if (value === null || value === undefined)
            return scalarNode(fallback, null);
        const loc = this.at(value.range?.[0]);
        if ((0,dist/* isScalar */.jn)(value)) {
            const v = value.value;
            if (v === null || typeof v === 'string' || typeof v === 'boolean')
                return scalarNode(loc, v);
            // Compose's YAML reader (go-yaml) reads `0440` as octal, as YAML 1.1 did; file modes rely on it.
            if (typeof v === 'number')
                return scalarNode(loc, value.type === 'PLAIN' && /^0[0-7]+$/.test(value.source ?? '') ? parseInt(value.source, 8) : v);
            if (typeof v === 'bigint')
                return scalarNode(loc, Number(v));
            return scalarNode(loc, String(v));
        }
        if ((0,dist/* isSeq */.oP)(value)) {
            return seqNode(loc, value.items.map((item) => this.convert(item, depth + 1, loc, aliases)));
        }
        if ((0,dist/* isMap */.jh)(value))
            return this.convertMap(value, loc, depth, aliases);
        return scalarNode(loc, null);
    }
    convertMap(value, loc, depth, aliases) {
        const out = mapNode(loc);
        const merges = [];
        // Duplicate keys as uniqueKeys: true would find them (the library's equality: the same scalar
        // value), once per mapping of the document, not again in an alias's expansion.
        const seen = aliases === 0 ? new Set() : undefined;
        for (const pair of value.items) {
            const keyNode = pair.key;
            const keyOffset = keyNode?.range?.[0];
            const keyLoc = keyOffset === undefined ? loc : this.at(keyOffset);
            if (seen) {
                this.indexAnchor(keyNode);
                if ((0,dist/* isScalar */.jn)(keyNode) && !Number.isNaN(keyNode.value)) {
                    if (seen.has(keyNode.value))
                        this.diags.error(yamlMessage('Map keys must be unique'), undefined, keyLoc);
                    seen.add(keyNode.value);
                }
            }
            if ((0,dist/* isScalar */.jn)(keyNode) && typeof keyNode.value === 'symbol') {
                merges.push(this.convert(pair.value, depth + 1, keyLoc, aliases));
                continue;
            }
            if (keyNode !== null && !(0,dist/* isScalar */.jn)(keyNode))
                throw new AbortAt('mapping keys must be plain values, not lists or mappings', keyLoc);
            const key = keyNode === null ? '' : String(keyNode.value);
            out.entries.set(key, { keyLoc, value: this.convert(pair.value, depth + 1, keyLoc, aliases) });
        }
        // YAML merge keys: explicit keys win, then earlier merge sources win over later ones.
        for (const merged of merges) {
            const sources = merged.kind === 'seq' ? merged.items : [merged];
            for (const source of sources) {
                if (source.kind !== 'map')
                    throw new AbortAt('a `<<` merge key needs a mapping or a list of mappings', source.loc);
                for (const [key, entry] of source.entries)
                    if (!out.entries.has(key))
                        out.entries.set(key, entry);
            }
        }
        return out;
    }
}
class AbortAt extends Abort {
    loc;
    constructor(message, loc) {
        super(message);
        this.loc = loc;
    }
}
/** The yaml library's messages carry their own position suffix; ours already leads with one. */
function yamlMessage(message) {
    return `invalid YAML: ${message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}`;
}

;// CONCATENATED MODULE: ./src/compose/env-file.ts



const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
/**
 * Parses env-file text. `format: 'raw'` keeps everything after `=` verbatim (no quotes,
 * no interpolation). `lookup` resolves `${VAR}` not defined earlier in the same file.
 */
function parseEnvText(text, file, lookup, diags, format) {
    const vars = new Map();
    const local = (name) => (vars.has(name) ? (vars.get(name).value ?? lookup(name)) : lookup(name));
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    for (let n = 0; n < lines.length; n++) {
        const loc = { file, line: n + 1, column: 1 };
        const line = lines[n].replace(/^\s+/, '');
        loc.column = lines[n].length - line.length + 1;
        if (line === '' || line.startsWith('#'))
            continue;
        const body = line.startsWith('export ') ? line.slice(7).trimStart() : line;
        const eq = body.indexOf('=');
        const key = (eq < 0 ? body : body.slice(0, eq)).trim();
        if (!KEY.test(key)) {
            // Never the line itself: a private key or a password file named as an env file would be quoted.
            diags.error('expected KEY=VALUE with a variable name at the start of the line', undefined, loc);
            continue;
        }
        if (eq < 0) {
            vars.set(key, { value: undefined, loc });
            continue;
        }
        let raw = body.slice(eq + 1);
        if (format === 'raw') {
            vars.set(key, { value: raw, loc });
            continue;
        }
        raw = raw.trimStart();
        const quote = raw[0];
        let value;
        if (quote === "'" || quote === '"') {
            // Quoted values may span lines; find the closing quote not preceded by a backslash.
            let joined = raw.slice(1);
            let close = findClose(joined, quote);
            while (close < 0 && n + 1 < lines.length) {
                joined += '\n' + lines[++n];
                close = findClose(joined, quote);
            }
            if (close < 0) {
                diags.error(`unterminated ${quote === '"' ? 'double' : 'single'}-quoted value for ${key}`, undefined, loc);
                continue;
            }
            const inner = joined.slice(0, close);
            value = quote === "'" ? inner : substitute(env_file_unescape(inner), key, local, loc, diags);
        }
        else {
            value = substitute(raw.replace(/\s+#.*$/, '').trimEnd(), key, local, loc, diags);
        }
        vars.set(key, { value, loc });
    }
    return vars;
}
function findClose(text, quote) {
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\\' && quote === '"')
            i++;
        else if (text[i] === quote)
            return i;
    }
    return -1;
}
function env_file_unescape(text) {
    return text.replace(/\\([\\"nrt$])/g, (_, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? (c === '$' ? '$$' : c));
}
function substitute(text, key, lookup, loc, diags) {
    if (!text.includes('$'))
        return text;
    const result = interpolateString(text, lookup);
    for (const e of result.errors)
        diags.error(`${key}: ${e}`, undefined, loc);
    return result.value;
}
/** Reads an env file through the loader's reader; `required` says whether a missing file is an error. */
async function readEnvFile(path, display, lookup, diags, options) {
    const result = await options.read(path, { maxBytes: MAX_FILE_BYTES, confine: options.confine ?? false });
    if ('problem' in result) {
        if (options.required || !result.missing)
            diags.error(`env file ${display} ${result.problem}`, options.usedPath, options.usedAt);
        return new Map();
    }
    const text = decodeUtf8(result.bytes, display, diags);
    return text === undefined ? new Map() : parseEnvText(text, display, lookup, diags, options.format);
}
/**
 * A service's `env_file:` (a path, a list, or long form `{path, required, format}`), read in
 * order; later files win. Paths are absolute already (paths.ts).
 */
async function readServiceEnvFiles(node, path, lookup, diags, display, read) {
    const out = new Map();
    const items = node.kind === 'seq' ? node.items.map((n, i) => [n, [...path, i]]) : [[node, path]];
    for (const [item, at] of items) {
        let file;
        let required = true;
        let format;
        if (item.kind === 'scalar' && typeof item.value === 'string')
            file = item.value;
        else if (item.kind === 'map') {
            for (const [key, entry] of item.entries) {
                const v = entry.value;
                const value = v.kind === 'scalar' ? v.value : undefined;
                if (key === 'path' && typeof value === 'string')
                    file = value;
                else if (key === 'required' && (typeof value === 'boolean' || value === 'true' || value === 'false'))
                    required = value === true || value === 'true';
                else if (key === 'format' && value === 'raw')
                    format = 'raw';
                else
                    diags.error(`expected path (a string), required (true or false) or format (raw) in an env_file entry, found ${key}: ${node_describe(v)}`, [...at, key], entry.keyLoc);
            }
            if (file === undefined)
                diags.error('an env_file entry needs `path`', at, item.loc);
        }
        else
            diags.error(`expected an env file path or a mapping with path, found ${node_describe(item)}`, at, item.loc);
        if (file === undefined)
            continue;
        const vars = await readEnvFile(file, display(file), lookup, diags, {
            required,
            read,
            confine: true,
            usedAt: item.loc,
            usedPath: [...at],
            ...(format && { format }),
        });
        for (const [key, entry] of vars) {
            // A bare `KEY` takes the environment's value: never a runner credential's.
            if (entry.value === undefined) {
                try {
                    out.set(key, lookup(key));
                }
                catch (err) {
                    if (!(err instanceof RefusedVariable))
                        throw err;
                    diags.error(err.message, undefined, entry.loc);
                }
            }
            else
                out.set(key, entry.value);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compose/environment.ts




/**
 * Builds the interpolation lookup of a project directory: the environment wins over env files, later
 * env files over earlier ones; `.env` first unless `mode` is 'instead-of-dotenv' with files given.
 * `fromRunner` marks the given files as the runner's (the env-file input), not the repository's.
 */
async function projectLookup(sources, projectDir, envFiles, mode) {
    const env = sources.environment;
    const fromFiles = new Map();
    const runnerValue = (name, value) => {
        if (value !== undefined)
            sources.onRunnerValue?.({ name, value });
        return value;
    };
    const base = (name) => {
        const refused = runnerCredential(name);
        if (refused)
            throw new RefusedVariable(name, refused);
        if (env[name] !== undefined)
            return runnerValue(name, env[name]);
        const file = fromFiles.get(name);
        return file?.runner ? runnerValue(name, file.value) : file?.value;
    };
    // Joined by hand: ncc's asset relocator rewrites resolve(dir, '.env') into a path inside dist/.
    const dotEnv = [(0,external_node_path_.resolve)(projectDir), '.env'].join(external_node_path_.sep);
    const given = envFiles ?? [];
    const list = [
        ...(mode === 'after-dotenv' || given.length === 0 ? [[dotEnv, false]] : []),
        ...given.map((f) => [f, true]),
    ];
    for (const [file, required] of list) {
        const fromInput = required && mode === 'after-dotenv';
        const shown = fromInput ? `${sources.display(file)} (from the env-file input)` : sources.display(file);
        const vars = await readEnvFile(file, shown, base, sources.diags, {
            required,
            read: sources.read,
            // An include's .env and env files are named by a compose file: confined to the workspace.
            confine: mode === 'instead-of-dotenv',
        });
        for (const [key, entry] of vars)
            if (entry.value !== undefined || env[key] !== undefined)
                fromFiles.set(key, {
                    value: entry.value ?? env[key],
                    runner: fromInput || entry.value === undefined,
                });
    }
    return base;
}

;// CONCATENATED MODULE: ./src/workspace.ts
// "The workspace": the one directory a compose project may read files from. In the action it is
// GITHUB_WORKSPACE (where actions/checkout puts the repository); in the CLI the git repository around the
// working directory, else the working directory itself. A file a compose project names outside it (the
// runner's ~/.ssh, /proc/self/environ, $RUNNER_TEMP's registry login) or inside `.git` (actions/checkout
// keeps the job's token in .git/config) is not the project's to read.



/** The workspace root: GITHUB_WORKSPACE when set, else the enclosing git repository's root, else `cwd`. */
function workspaceRoot(env, cwd) {
    if (env.GITHUB_WORKSPACE)
        return (0,external_node_path_.resolve)(cwd, env.GITHUB_WORKSPACE);
    for (let dir = (0,external_node_path_.resolve)(cwd);; dir = (0,external_node_path_.dirname)(dir)) {
        // `.git` is a directory in a clone and a file in a worktree or submodule.
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
            return dir;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return (0,external_node_path_.resolve)(cwd);
    }
}
/**
 * Whether `path`, symbolic links resolved, lies inside the workspace `root` and outside any `.git`
 * directory. A path that does not exist yet is judged by its deepest existing ancestor (a link there
 * still counts). `relative` is '/'-separated ('' for the root itself).
 */
async function insideWorkspace(root, path) {
    const realRoot = await (0,promises_.realpath)(root).catch(() => (0,external_node_path_.resolve)(root));
    const real = await realpathOfNearest((0,external_node_path_.resolve)(root, path));
    const rel = (0,external_node_path_.relative)(realRoot, real);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
        return {
            inside: false,
            realPath: real,
            reason: `it is outside the workspace ${realRoot}`,
            gitMetadata: false,
        };
    const parts = rel === '' ? [] : rel.split(external_node_path_.sep);
    if (parts.includes('.git'))
        return {
            inside: false,
            realPath: real,
            reason: 'it is inside .git, the repository’s metadata (actions/checkout keeps the job’s token in .git/config)',
            gitMetadata: true,
        };
    return { inside: true, realPath: real, relative: parts.join('/') };
}
async function realpathOfNearest(path) {
    const rest = [];
    for (let dir = path;;) {
        const real = await (0,promises_.realpath)(dir).catch(() => undefined);
        if (real !== undefined)
            return (0,external_node_path_.join)(real, ...[...rest].reverse());
        if ((0,external_node_path_.dirname)(dir) === dir)
            return path;
        rest.push((0,external_node_path_.basename)(dir));
        dir = (0,external_node_path_.dirname)(dir);
    }
}

// EXTERNAL MODULE: ./src/compose/read-bounded.ts
var read_bounded = __webpack_require__(7458);
;// CONCATENATED MODULE: ./src/compose/file-access.ts
// Every file the loader reads goes through here: confined to the workspace when a compose file named it
// (src/workspace.ts), read once per real path however often it is named (an include fan-out reads each
// file once), bounded in size, and stoppable by the run's abort signal (src/compose/read-bounded.ts).



/** The input that lets a project read files outside the workspace; named in every refusal. */
const OUTSIDE_WORKSPACE_INPUT = 'allow-outside-workspace';
function fileAccess(options) {
    const reads = new Map();
    const refusal = async (path) => {
        const check = await insideWorkspace(options.workspace, path);
        if (check.inside)
            return undefined;
        // `.git` holds the job's token: no opt-out reaches it.
        if (options.allowOutside && !check.gitMetadata)
            return undefined;
        return check.gitMetadata
            ? check.reason
            : `${check.reason} (the input ${OUTSIDE_WORKSPACE_INPUT}: true allows files outside it)`;
    };
    const read = async (path, request) => {
        const real = await (0,promises_.realpath)(path).catch(() => undefined);
        if (real === undefined)
            return (0,read_bounded/* readBounded */.C)(path, request.maxBytes, options.signal);
        if (request.confine) {
            const why = await refusal(path);
            if (why)
                return { problem: `is not read: ${why}` };
        }
        const key = `${request.maxBytes}\0${real}`;
        let pending = reads.get(key);
        if (!pending) {
            pending = (0,read_bounded/* readBounded */.C)(real, request.maxBytes, options.signal);
            reads.set(key, pending);
        }
        return pending;
    };
    return { read, refusal };
}

;// CONCATENATED MODULE: ./src/compose/workspace-paths.ts



/** additional_contexts values that name no local directory. */
const NAMED_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|docker-image:|service:|target:|oci-layout:)/i;
async function checkWorkspacePaths(project, sourceMap, diags, policy) {
    const error = (message, at) => diags.error(message, at, sourceMap.locate(at));
    for (const named of namedPaths(project)) {
        const why = await policy.refusal(named.path);
        if (why)
            error(`${named.what} ${named.path} is not used: ${why}`, named.at);
    }
    const optOut = `(the input ${OUTSIDE_WORKSPACE_INPUT}: true allows it)`;
    for (const service of Object.values(project.services)) {
        const build = service.build;
        if (!build)
            continue;
        const base = ['services', service.name, 'build'];
        if ((build.privileged || build.entitlements?.includes('security.insecure')) && !policy.allowPrivileged)
            error('a privileged build runs its RUN steps with every capability of the builder host (a pull request could take over the runner): the input allow-privileged-builds: true allows it', [...base, build.privileged ? 'privileged' : 'entitlements']);
        if (policy.allowOutside)
            continue;
        (build.ssh ?? []).forEach((entry, i) => {
            if (entry.paths.length === 0)
                error(`ssh ${entry.id} forwards the runner's SSH agent (its deploy keys) into the build ${optOut}; name a key file inside the workspace instead`, [...base, 'ssh', i]);
        });
        if (build.network === 'host' || build.entitlements?.includes('network.host'))
            error(`network: host gives the build's RUN steps the runner's network (its metadata endpoint and local services) ${optOut}`, [...base, build.network === 'host' ? 'network' : 'entitlements']);
    }
}
/** Local files and directories the project names: secrets, configs, build contexts and their parts. */
function namedPaths(project) {
    const out = [];
    for (const secret of Object.values(project.secrets))
        if (secret.file)
            out.push({ what: 'secret file', path: secret.file, at: ['secrets', secret.name, 'file'] });
    for (const config of Object.values(project.configs))
        // A config made from a bind mount is held to the project directory by bind-configs.ts.
        if (config.file && !config.bindMount)
            out.push({ what: 'config file', path: config.file, at: ['configs', config.name, 'file'] });
    for (const service of Object.values(project.services)) {
        const build = service.build;
        if (!build || isRemoteContext(build.context))
            continue;
        const base = ['services', service.name, 'build'];
        out.push({ what: 'build context', path: build.context, at: [...base, 'context'] });
        if (build.dockerfileInline === undefined)
            out.push({
                what: 'Dockerfile',
                path: (0,external_node_path_.isAbsolute)(build.dockerfile) ? build.dockerfile : (0,external_node_path_.join)(build.context, build.dockerfile),
                at: [...base, 'dockerfile'],
            });
        for (const [name, source] of Object.entries(build.additionalContexts ?? {}))
            if (!NAMED_SOURCE.test(source))
                out.push({ what: 'additional context', path: source, at: [...base, 'additional_contexts', name] });
        (build.ssh ?? []).forEach((entry, i) => {
            for (const key of entry.paths)
                out.push({ what: 'ssh key', path: key, at: [...base, 'ssh', i] });
        });
        for (const [field, entries, key] of [
            ['cache_from', build.cacheFrom, 'src'],
            ['cache_to', build.cacheTo, 'dest'],
        ])
            (entries ?? []).forEach((entry, i) => {
                const dir = localCacheDir(entry, key);
                if (dir !== undefined)
                    out.push({
                        what: `${field} directory`,
                        path: (0,external_node_path_.resolve)(project.workingDir, dir),
                        at: [...base, field, i],
                    });
            });
    }
    return out;
}
/** The directory of a `type=local,src=…`/`dest=…` cache entry (BuildKit's local cache), else undefined. */
function localCacheDir(entry, key) {
    const fields = new Map(entry.split(',').map((part) => {
        const eq = part.indexOf('=');
        return [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
    }));
    return fields.get('type') === 'local' ? (fields.get(key) ?? '') : undefined;
}

;// CONCATENATED MODULE: ./src/compose/normalize/ports.ts

const SHORT = /^(?:(?:(\[[0-9a-fA-F:.]+\]|[^:[\]]*):)?(\d+(?:-\d+)?)?:)?(\d+(?:-\d+)?)(?:\/(tcp|udp))?$/;
function ports_range(text) {
    const [a, b = a] = text.split('-').map(Number);
    if (a === undefined || b === undefined || a < 0 || b < a || b > 65535)
        return undefined;
    return [a, b];
}
/** Parses the short syntax; a string error message says what is wrong. */
function parsePortShort(text) {
    const m = SHORT.exec(text.trim());
    if (!m)
        return 'a port such as "80", "8080:80", "127.0.0.1:8080:80/udp" or "3000-3005"';
    const [, ip, pub, tgt, proto] = m;
    const target = ports_range(tgt);
    const published = pub === undefined ? undefined : ports_range(pub);
    if (!target || (pub !== undefined && !published))
        return 'port numbers from 0 to 65535, ranges written low-high';
    const count = target[1] - target[0] + 1;
    if (published && published[1] - published[0] + 1 !== count) {
        return 'a published range the same length as the container range (a host range for one container port cannot run on ECS)';
    }
    const hostIp = ip ? ip.replace(/^\[|\]$/g, '') : undefined;
    const out = [];
    for (let i = 0; i < count; i++) {
        const port = {
            target: target[0] + i,
            protocol: proto ?? 'tcp',
            mode: 'ingress',
            extensions: {},
        };
        if (published)
            port.published = published[0] + i;
        if (hostIp)
            port.hostIp = hostIp;
        out.push(port);
    }
    return out;
}
/** Merge key of a port entry (host ip, published, target, protocol), for override files. */
function portKey(node) {
    if (node.kind === 'scalar' && (typeof node.value === 'string' || typeof node.value === 'number')) {
        const ports = parsePortShort(String(node.value));
        return typeof ports === 'string'
            ? undefined
            : ports.map((p) => `${p.hostIp ?? ''}:${p.published ?? ''}:${p.target}/${p.protocol}`).join(',');
    }
    if (node.kind !== 'map')
        return undefined;
    const v = (k) => {
        const n = node.entries.get(k)?.value;
        return n?.kind === 'scalar' && n.value !== null ? String(n.value) : '';
    };
    return `${v('host_ip')}:${v('published')}:${v('target')}/${v('protocol') || 'tcp'}`;
}
function normalizePorts(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of ports') ?? [];
    const out = [];
    node.items.forEach((item, i) => {
        const at = [...path, i];
        if (item.kind === 'scalar' && (typeof item.value === 'string' || typeof item.value === 'number')) {
            const parsed = parsePortShort(String(item.value));
            if (typeof parsed === 'string')
                expected(ctx, item, at, parsed);
            else
                out.push(...parsed);
        }
        else if (item.kind === 'map') {
            const port = longPort(ctx, item, at);
            if (port)
                out.push(port);
        }
        else
            expected(ctx, item, at, 'a port string, number or mapping');
    });
    return out;
}
function longPort(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const extensions = {};
    const port = { protocol: 'tcp', mode: 'ingress', extensions };
    fields(ctx, map, path, {
        target: (v, p) => (port.target = portNumber(ctx, v, p)),
        published: (v, p) => (port.published = publishedPort(ctx, v, p)),
        host_ip: (v, p) => (port.hostIp = str(ctx, v, p)),
        protocol: (v, p) => (port.protocol = oneOf(ctx, v, p, ['tcp', 'udp']) ?? 'tcp'),
        app_protocol: (v, p) => (port.appProtocol = str(ctx, v, p)),
        mode: (v, p) => (port.mode = oneOf(ctx, v, p, ['ingress', 'host']) ?? 'ingress'),
        name: (v, p) => (port.name = str(ctx, v, p)),
    }, 'a port', extensions);
    if (port.target === undefined) {
        if (!map.entries.has('target'))
            ctx.diags.error('a port in long form needs `target` (the container port)', path, map.loc);
        return undefined;
    }
    for (const key of ['published', 'hostIp', 'appProtocol', 'name'])
        if (port[key] === undefined)
            delete port[key];
    return port;
}
/** `published` in long form: a port, or a range (valid compose, but a listener needs one port). */
function publishedPort(ctx, node, path) {
    const text = node.kind === 'scalar' && typeof node.value === 'string' ? node.value.trim() : undefined;
    const range = text === undefined ? null : /^(\d+)-(\d+)$/.exec(text);
    if (!range)
        return portNumber(ctx, node, path);
    if (range[1] === range[2])
        return Number(range[1]);
    ctx.diags.error(`a published range (${text}) lets the host pick any port in it, which cannot run on ECS: a load balancer listener needs one port; publish a single port`, path, node.loc);
    return undefined;
}
function portNumber(ctx, node, path) {
    const n = read_int(ctx, node, path);
    if (n !== undefined && n > 65535)
        return expected(ctx, node, path, 'a port number from 0 to 65535');
    return n;
}

;// CONCATENATED MODULE: ./src/compose/normalize/refs.ts

/** Merge key: the source name (one mount per secret or config). */
function refKey(node) {
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return node.value;
    const s = node.kind === 'map' ? node.entries.get('source')?.value : undefined;
    return s?.kind === 'scalar' && typeof s.value === 'string' ? s.value : undefined;
}
function normalizeFileRefs(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of names or mappings') ?? [];
    const out = [];
    node.items.forEach((item, i) => {
        const at = [...path, i];
        if (item.kind === 'scalar') {
            const source = str(ctx, item, at);
            if (source !== undefined)
                out.push({ source, extensions: {} });
            return;
        }
        const map = asMap(ctx, item, at, 'a name or a mapping');
        if (!map)
            return;
        const ref = { extensions: {} };
        fields(ctx, map, at, {
            source: (v, p) => (ref.source = str(ctx, v, p)),
            target: (v, p) => (ref.target = str(ctx, v, p)),
            uid: (v, p) => (ref.uid = numericId(ctx, v, p)),
            gid: (v, p) => (ref.gid = numericId(ctx, v, p)),
            mode: (v, p) => (ref.mode = fileMode(ctx, v, p)),
        }, 'a secret or config reference', ref.extensions);
        if (ref.source === undefined) {
            if (!map.entries.has('source'))
                ctx.diags.error('needs `source` (the name of a top-level secret or config)', at, map.loc);
            return;
        }
        out.push(compact(ref));
    });
    return out;
}
/** Largest permission mode (setuid, setgid, sticky, rwx ×3): chmod in the init container refuses more. */
const MAX_FILE_MODE = 0o7777;
/** File modes are written in octal as a string ("0440") or as a YAML number (0o440 / 288). */
function fileMode(ctx, node, path) {
    if (node.kind === 'scalar' && typeof node.value === 'string' && /^0?[0-7]{1,4}$/.test(node.value))
        return parseInt(node.value, 8);
    const mode = read_int(ctx, node, path);
    if (mode === undefined || mode <= MAX_FILE_MODE)
        return mode;
    return expected(ctx, node, path, 'a file mode of at most 0o7777 (in octal, e.g. 0440)');
}
/**
 * uid / gid: a numeric id, as a string ("1000") or a YAML number. Names cannot be resolved outside the
 * image, and the value ends up in a shell command (the secrets init container's chown).
 */
function numericId(ctx, node, path) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    const id = typeof v === 'string' && /^[0-9]+$/.test(v)
        ? v
        : typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
            ? String(v)
            : undefined;
    // Linux ids are 32 bits and 4294967295 means "none" to chown: anything larger fails in the init container.
    if (id !== undefined && Number(id) <= MAX_ID)
        return id;
    return expected(ctx, node, path, 'a numeric user or group id (decimal digits, e.g. "1000", at most 4294967294)');
}
const MAX_ID = 4294967294;

;// CONCATENATED MODULE: ./src/compose/normalize/volumes.ts

const MODES = new Set([
    'ro',
    'rw',
    'z',
    'Z',
    'nocopy',
    'shared',
    'slave',
    'private',
    'rshared',
    'rslave',
    'rprivate',
    'consistent',
    'cached',
    'delegated',
]);
/** True when a short-syntax source names a host path rather than a volume. */
function isPathSource(source) {
    return /^(\.|\/|~|[A-Za-z]:[\\/]|\\\\)/.test(source);
}
/** Splits `src:target:mode`, keeping Windows drive letters (`C:\x`) inside the source. */
function splitShortVolume(text) {
    const parts = [];
    let current = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        const driveColon = c === ':' &&
            current.length === 1 &&
            /[A-Za-z]/.test(current) &&
            parts.length === 0 &&
            /[\\/]/.test(text[i + 1] ?? '');
        if (c === ':' && !driveColon) {
            parts.push(current);
            current = '';
        }
        else
            current += c;
    }
    parts.push(current);
    return parts;
}
/** Merge key: the container path. */
function volumeKey(node) {
    if (node.kind === 'scalar' && typeof node.value === 'string') {
        const parts = splitShortVolume(node.value);
        return parts.length === 1 ? parts[0] : parts[1];
    }
    const t = node.kind === 'map' ? node.entries.get('target')?.value : undefined;
    return t?.kind === 'scalar' && t.value !== null ? String(t.value) : undefined;
}
function normalizeServiceVolumes(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of volumes') ?? [];
    const out = [];
    node.items.forEach((item, i) => {
        const at = [...path, i];
        const mount = item.kind === 'scalar' && typeof item.value === 'string'
            ? shortVolume(ctx, item, item.value, at)
            : longVolume(ctx, item, at);
        if (mount)
            out.push(setOrigin(mount, at));
    });
    return out;
}
function shortVolume(ctx, node, text, path) {
    const parts = splitShortVolume(text);
    if (parts.length > 3 || parts.some((p) => p === ''))
        return expected(ctx, node, path, 'a volume such as "data:/var/lib/data", "./src:/app:ro" or "/tmp/cache"');
    const [first, second, modeText] = parts;
    const modes = modeText?.split(',') ?? [];
    const bad = modes.find((m) => !MODES.has(m));
    if (bad !== undefined)
        return expected(ctx, node, path, `volume options from ${[...MODES].join(', ')} (found "${bad}")`);
    const readOnly = modes.includes('ro');
    if (second === undefined)
        return { type: 'volume', target: first, readOnly };
    if (isPathSource(first))
        return withWritten({ type: 'bind', source: first, target: second, readOnly }, node);
    const mount = { type: 'volume', source: first, target: second, readOnly };
    if (modes.includes('nocopy'))
        mount.nocopy = true;
    return mount;
}
function longVolume(ctx, node, path) {
    const map = asMap(ctx, node, path, 'a volume string or mapping');
    if (!map)
        return undefined;
    const typeNode = map.entries.get('type')?.value;
    if (!typeNode) {
        ctx.diags.error('a volume in long form needs `type` (volume, bind, tmpfs, ...)', path, map.loc);
        return undefined;
    }
    const type = oneOf(ctx, typeNode, [...path, 'type'], [
        'volume',
        'bind',
        'tmpfs',
        'npipe',
        'cluster',
        'image',
    ]);
    if (!type)
        return undefined;
    const v = { readOnly: false };
    let sourceNode;
    const sub = (what, handlers) => (n, p) => {
        const m = asMap(ctx, n, p);
        if (m)
            fields(ctx, m, p, handlers, what);
    };
    const ignoredOption = (n, p) => ctx.diags.warn('ignored on ECS: mount options are set by the platform', p, n.loc);
    fields(ctx, map, path, {
        type: () => undefined,
        source: (n, p) => {
            v.source = str(ctx, n, p);
            sourceNode = n;
        },
        target: (n, p) => (v.target = str(ctx, n, p)),
        read_only: (n, p) => (v.readOnly = bool(ctx, n, p) ?? false),
        consistency: ignoredOption,
        bind: sub('bind options', {
            propagation: ignoredOption,
            create_host_path: ignoredOption,
            selinux: ignoredOption,
            recursive: ignoredOption,
        }),
        volume: sub('volume options', {
            nocopy: (n, p) => (v.nocopy = bool(ctx, n, p)),
            subpath: (n, p) => (v.subpath = str(ctx, n, p)),
            labels: ignoredOption,
        }),
        tmpfs: sub('tmpfs options', {
            size: (n, p) => (v.size = size(ctx, n, p)),
            mode: (n, p) => (v.mode = read_int(ctx, n, p)),
        }),
        image: sub('image options', { subpath: (n, p) => (v.subpath = str(ctx, n, p)) }),
    }, 'a volume', undefined);
    if (v.target === undefined) {
        if (!map.entries.has('target'))
            ctx.diags.error('a volume in long form needs `target` (the path in the container)', path, map.loc);
        return undefined;
    }
    const target = v.target;
    if (type === 'tmpfs')
        return {
            type,
            target,
            ...(v.size !== undefined && { size: v.size }),
            ...(v.mode !== undefined && { mode: v.mode }),
        };
    if (type === 'bind') {
        if (!v.source)
            return expected(ctx, map, path, 'a bind mount with a `source` path');
        return withWritten({ type, source: v.source, target, readOnly: v.readOnly }, sourceNode);
    }
    if (type === 'volume') {
        return {
            type,
            target,
            readOnly: v.readOnly,
            ...(v.source !== undefined && { source: v.source }),
            ...(v.nocopy !== undefined && { nocopy: v.nocopy }),
            ...(v.subpath !== undefined && { subpath: v.subpath }),
        };
    }
    return { type, target, readOnly: v.readOnly, ...(v.source !== undefined && { source: v.source }) };
}
/** Service-level `tmpfs: /run` or a list of `/path[:options]`. */
function tmpfsMounts(ctx, node, path) {
    const list = strings(ctx, node, path) ?? [];
    return list.map((entry, i) => {
        const [target, options = ''] = entry.split(/:(.*)/s);
        const mount = { type: 'tmpfs', target };
        const sizeOpt = /(?:^|,)size=([^,]+)/.exec(options ?? '')?.[1];
        const modeOpt = /(?:^|,)mode=([0-7]+)/.exec(options ?? '')?.[1];
        if (sizeOpt !== undefined) {
            const bytes = /^\d+$/.test(sizeOpt) ? Number(sizeOpt) : undefined;
            if (bytes !== undefined)
                mount.size = bytes;
        }
        if (modeOpt !== undefined)
            mount.mode = parseInt(modeOpt, 8);
        return setOrigin(mount, node.kind === 'seq' ? [...path, i] : path);
    });
}
/** Keeps the source as written (see paths.ts) beside the absolute one, for messages. */
function withWritten(mount, node) {
    const written = node?.kind === 'scalar' ? node.written : undefined;
    return written === undefined ? mount : { ...mount, written };
}

;// CONCATENATED MODULE: ./src/compose/merge.ts
// Merges compose documents in order with the specification's rules: mappings merge key by
// key; some sequences merge by a key (ports, volumes, secrets, configs) or as sets; command,
// entrypoint and healthcheck.test are replaced; `!reset` removes a value and `!override`
// replaces it wholesale. Also used by `extends` (service onto service).




const RULES = [
    [['services', '*', 'command'], 'replace'],
    [['services', '*', 'entrypoint'], 'replace'],
    [['services', '*', 'healthcheck', 'test'], 'replace'],
    [['services', '*', 'ulimits', '*'], 'replace'],
    [['services', '*', 'environment'], 'dict'],
    [['services', '*', 'labels'], 'dict'],
    [['services', '*', 'annotations'], 'dict'],
    [['services', '*', 'sysctls'], 'dict'],
    [['services', '*', 'extra_hosts'], 'set'],
    [['services', '*', 'build'], 'build'],
    [['services', '*', 'build', 'args'], 'dict'],
    [['services', '*', 'build', 'labels'], 'dict'],
    [['services', '*', 'deploy', 'labels'], 'dict'],
    [['services', '*', 'logging'], 'logging'],
    [['services', '*', 'depends_on'], 'depends-on'],
    [['services', '*', 'networks'], 'networks'],
    [['services', '*', 'ports'], portKey],
    [['services', '*', 'volumes'], volumeKey],
    [['services', '*', 'secrets'], refKey],
    [['services', '*', 'configs'], refKey],
    [['services', '*', 'expose'], 'set'],
    [['services', '*', 'env_file'], 'set'],
    [['services', '*', 'dns'], 'set'],
    [['services', '*', 'dns_search'], 'set'],
    [['services', '*', 'dns_opt'], 'set'],
    [['services', '*', 'cap_add'], 'set'],
    [['services', '*', 'cap_drop'], 'set'],
    [['services', '*', 'devices'], 'set'],
    [['services', '*', 'tmpfs'], 'set'],
    [['services', '*', 'profiles'], 'set'],
    [['services', '*', 'security_opt'], 'set'],
    [['services', '*', 'links'], 'set'],
    [['services', '*', 'external_links'], 'set'],
    [['services', '*', 'group_add'], 'set'],
];
function ruleFor(path) {
    // Only service fields have special rules; skip the scan for everything else.
    if (path[0] !== 'services' || path.length < 3)
        return undefined;
    for (const [pattern, rule] of RULES) {
        if (pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i]))
            return rule;
    }
    return undefined;
}
/** Merges `over` onto `base` (either may be absent). Returns undefined when the result is reset. */
function mergeNodes(base, over, path) {
    if (over.tag === '!reset')
        return undefined;
    if (base === undefined)
        return dropResets(over);
    if (over.tag === '!override')
        return stripTags(over);
    const rule = ruleFor(path);
    if (rule === 'replace')
        return stripTags(over);
    if (rule === 'dict')
        return mergeMaps(dictForm(base), dictForm(over), path);
    if (rule === 'depends-on' || rule === 'networks')
        return mergeMaps(namesForm(base, rule), namesForm(over, rule), path);
    if (rule === 'build')
        return mergeMaps(buildForm(base), buildForm(over), path);
    if (rule === 'logging' && base.kind === 'map' && over.kind === 'map') {
        const driver = (n) => {
            const d = n.entries.get('driver')?.value;
            return d?.kind === 'scalar' ? d.value : undefined;
        };
        // A different driver makes the old options meaningless.
        if (driver(over) !== undefined && driver(base) !== undefined && driver(over) !== driver(base))
            return stripTags(over);
    }
    if (base.kind === 'map' && over.kind === 'map')
        return mergeMaps(base, over, path);
    if (base.kind === 'seq' && over.kind === 'seq') {
        if (rule === 'set')
            return mergeKeyed(base, over, (n) => (n.kind === 'scalar' ? String(n.value) : undefined));
        if (typeof rule === 'function')
            return mergeKeyed(base, over, rule);
        return seqNode(over.loc, [...base.items, ...over.items.map(stripTags)]);
    }
    return stripTags(over);
}
function mergeMaps(base, over, path) {
    const out = mapNode(base.loc, new Map(base.entries));
    for (const [key, entry] of over.entries) {
        path.push(key);
        const merged = mergeNodes(base.entries.get(key)?.value, entry.value, path);
        path.pop();
        if (merged === undefined)
            out.entries.delete(key);
        else
            out.entries.set(key, { keyLoc: entry.keyLoc, value: merged });
    }
    return out;
}
/** Sequence merge where an entry with the same key replaces the earlier one in place. */
function mergeKeyed(base, over, key) {
    const items = [...base.items];
    const index = new Map();
    items.forEach((item, i) => {
        const k = key(item);
        if (k !== undefined)
            index.set(k, i);
    });
    for (const item of over.items) {
        const k = key(item);
        const at = k === undefined ? undefined : index.get(k);
        if (at !== undefined)
            items[at] = stripTags(item);
        else {
            if (k !== undefined)
                index.set(k, items.length);
            items.push(stripTags(item));
        }
    }
    return seqNode(over.loc, items);
}
/** `[A=1, B]` → `{A: 1, B: null}`, so list and mapping forms merge key by key. */
function dictForm(node) {
    if (node.kind !== 'seq')
        return node.kind === 'map' ? node : mapNode(node.loc);
    const out = mapNode(node.loc);
    for (const item of node.items) {
        if (item.kind !== 'scalar' || item.value === null)
            continue;
        const text = String(item.value);
        const eq = text.indexOf('=');
        const key = eq < 0 ? text : text.slice(0, eq);
        out.entries.set(key, {
            keyLoc: item.loc,
            value: scalarNode(item.loc, eq < 0 ? null : text.slice(eq + 1)),
        });
    }
    return out;
}
/** `[db]` → `{db: {condition: service_started}}` for depends_on, `{db: null}` for networks. */
function namesForm(node, rule) {
    if (node.kind !== 'seq')
        return node.kind === 'map' ? node : mapNode(node.loc);
    const out = mapNode(node.loc);
    for (const item of node.items) {
        if (item.kind !== 'scalar' || item.value === null)
            continue;
        let value = scalarNode(item.loc, null);
        if (rule === 'depends-on') {
            value = mapNode(item.loc);
            value.entries.set('condition', { keyLoc: item.loc, value: scalarNode(item.loc, 'service_started') });
        }
        out.entries.set(String(item.value), { keyLoc: item.loc, value });
    }
    return out;
}
/** `build: ./dir` → `{context: ./dir}`. */
function buildForm(node) {
    if (node.kind === 'map')
        return node;
    const out = mapNode(node.loc);
    out.entries.set('context', { keyLoc: node.loc, value: node });
    return out;
}
function stripTags(node) {
    if (!node.tag)
        return node;
    const { tag: _tag, ...rest } = node;
    return rest;
}
/**
 * A value with nothing under it yet: `!reset` entries inside it just disappear, as in Compose. A subtree
 * with no tag in it is returned as it is rather than copied (the first file of a project is all of it):
 * a copy of a list or mapping is only started at its first change.
 */
function dropResets(node) {
    if (node.kind === 'scalar')
        return stripTags(node);
    if (node.kind === 'seq') {
        let items;
        node.items.forEach((item, at) => {
            const value = item.tag === '!reset' ? undefined : dropResets(item);
            if (value !== item)
                items ??= node.items.slice(0, at);
            if (items && value)
                items.push(value);
        });
        return items || node.tag ? { ...stripTags(node), items: items ?? node.items } : node;
    }
    let entries;
    let at = 0;
    for (const [key, entry] of node.entries) {
        const value = entry.value.tag === '!reset' ? undefined : dropResets(entry.value);
        if (value !== entry.value)
            entries ??= new Map([...node.entries].slice(0, at));
        if (entries && value)
            entries.set(key, value === entry.value ? entry : { keyLoc: entry.keyLoc, value });
        at++;
    }
    return entries || node.tag ? { ...stripTags(node), entries: entries ?? node.entries } : node;
}
/** Merges whole documents in order. */
function mergeDocuments(docs) {
    let result;
    for (const doc of docs)
        result = mergeNodes(result, doc, []) ?? result;
    return result ?? mapNode({ file: '', line: 1, column: 1 });
}

;// CONCATENATED MODULE: ./src/compose/paths.ts
// Makes relative paths absolute. Compose resolves every path of a file against its project
// directory: the first file's directory for the main files and their overrides, the
// included file's own directory for `include`, the other file's directory for `extends`.



function resolvePath(path, ctx) {
    if (path === '~' || path.startsWith('~/'))
        return ctx.home ? (0,external_node_path_.resolve)(ctx.home, path.slice(2)) : path;
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(ctx.baseDir, path);
}
function rewrite(node, ctx, when = () => true) {
    if (node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' && when(node.value)) {
        node.written ??= node.value;
        node.value = resolvePath(node.value, ctx);
    }
}
const isRemote = (s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('git@') || s.startsWith('github.com/');
/** Rewrites one document's relative paths in place. */
function resolveRelativePaths(root, ctx) {
    const services = get(root, 'services');
    if (services?.kind === 'map') {
        for (const { value: service } of services.entries.values())
            resolveServicePaths(service, ctx);
    }
    for (const section of ['secrets', 'configs']) {
        const defs = get(root, section);
        if (defs?.kind !== 'map')
            continue;
        for (const { value } of defs.entries.values())
            rewrite(get(value, 'file'), ctx);
    }
}
function resolveServicePaths(service, ctx) {
    if (service.kind !== 'map')
        return;
    const build = get(service, 'build');
    if (build?.kind === 'scalar')
        rewrite(build, ctx, (s) => !isRemote(s));
    else
        rewrite(get(build, 'context'), ctx, (s) => !isRemote(s));
    const envFile = get(service, 'env_file');
    if (envFile?.kind === 'scalar')
        rewrite(envFile, ctx);
    for (const item of envFile?.kind === 'seq' ? envFile.items : [])
        rewrite(item.kind === 'map' ? get(item, 'path') : item, ctx);
    const volumes = get(service, 'volumes');
    for (const item of volumes?.kind === 'seq' ? volumes.items : []) {
        if (item.kind === 'map') {
            const type = get(item, 'type');
            if (type?.kind === 'scalar' && type.value === 'bind')
                rewrite(get(item, 'source'), ctx);
        }
        else if (item.kind === 'scalar' && typeof item.value === 'string') {
            const parts = splitShortVolume(item.value);
            if (parts.length >= 2 && isPathSource(parts[0]) && !(0,external_node_path_.isAbsolute)(parts[0])) {
                item.written ??= parts[0];
                parts[0] = resolvePath(parts[0], ctx);
                item.value = parts.join(':');
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/compose/extends.ts




/** Resolves every `extends` in `doc` (a document read from `file`), in place. */
async function applyExtends(ctx, doc, file, lookup) {
    const services = get(doc, 'services');
    if (services?.kind !== 'map')
        return;
    const others = new Map();
    const self = { file, doc, done: new Map() };
    const cycles = new Set();
    const open = (other, usedAt) => {
        if (other === file)
            return Promise.resolve(self);
        let pending = others.get(other);
        if (!pending) {
            pending = ctx.readCompose(other, lookup, usedAt).then((d) => {
                if (!d)
                    return undefined;
                resolveRelativePaths(d, { baseDir: (0,external_node_path_.dirname)(other), home: ctx.home });
                return { file: other, doc: d, done: new Map() };
            });
            others.set(other, pending);
        }
        return pending;
    };
    const resolveService = async (where, name, stack, usedAt) => {
        const cached = where.done.get(name);
        if (cached)
            return cached;
        const id = `${ctx.display(where.file)}#${name}`;
        const node = get(get(where.doc, 'services'), name);
        if (!node) {
            if (usedAt)
                ctx.diags.error(`extends service ${JSON.stringify(name)}, which is not defined in ${ctx.display(where.file)}`, usedAt.path, usedAt.loc);
            return undefined;
        }
        if (stack.includes(id)) {
            const cycle = stack.slice(stack.indexOf(id));
            // Report each cycle once, whichever service it was reached from.
            const key = [...cycle].sort().join('\n');
            if (!cycles.has(key))
                ctx.diags.error(`extends forms a cycle: ${[...cycle, id].join(' → ')}`, usedAt?.path, usedAt?.loc);
            cycles.add(key);
            return undefined;
        }
        const ext = get(node, 'extends');
        if (node.kind !== 'map' || !ext) {
            where.done.set(name, node);
            return node;
        }
        const path = ['services', name, 'extends'];
        const target = parseExtends(ctx, ext, path);
        if (!target)
            return undefined;
        const otherFile = target.file ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(where.file), target.file) : where.file;
        const other = await open(otherFile, { path, loc: ext.loc });
        if (!other)
            return undefined;
        const base = await resolveService(other, target.service, [...stack, id], { path, loc: ext.loc });
        if (!base)
            return undefined;
        const local = mapNode(node.loc, new Map(node.entries));
        local.entries.delete('extends');
        const merged = mergeNodes(base, local, ['services', name]) ?? local;
        where.done.set(name, merged);
        return merged;
    };
    for (const name of [...services.entries.keys()]) {
        const merged = await resolveService(self, name, []);
        const entry = services.entries.get(name);
        if (merged)
            services.entries.set(name, { keyLoc: entry.keyLoc, value: merged });
    }
}
function parseExtends(ctx, node, path) {
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return { service: node.value };
    if (node.kind === 'map') {
        const out = {};
        for (const [key, entry] of node.entries) {
            const v = entry.value;
            if ((key === 'service' || key === 'file') && v.kind === 'scalar' && typeof v.value === 'string')
                out[key] = v.value;
            else
                ctx.diags.error(`expected service (a name) and optionally file (a path) in extends, found ${key}: ${node_describe(v)}`, [...path, key], entry.keyLoc);
        }
        if (out.service !== undefined)
            return out;
        ctx.diags.error('extends needs `service`', path, node.loc);
        return undefined;
    }
    ctx.diags.error(`expected a service name or a mapping with service and file, found ${node_describe(node)}`, path, node.loc);
    return undefined;
}

;// CONCATENATED MODULE: ./src/compose/include.ts
// `include`: other compose projects (each with its own directory and .env) loaded whole and
// added to this one. A resource defined both here and in an included project is an error,
// as in Compose.






const SECTIONS = ['services', 'networks', 'volumes', 'secrets', 'configs'];
/** Deepest chain of includes followed; real projects nest two or three. */
const MAX_INCLUDE_DEPTH = 16;
async function applyIncludes(ctx, doc, baseDir, lookup, stack = []) {
    if (doc.kind !== 'map')
        return;
    const include = doc.entries.get('include');
    if (!include)
        return;
    doc.entries.delete('include');
    const specs = parseIncludes(ctx, include.value, baseDir);
    for (const spec of specs) {
        const projectDir = spec.projectDir ?? (0,external_node_path_.dirname)(spec.files[0]);
        // An include's env_file replaces the included project's .env, as in Compose.
        const own = await ctx.makeLookup(projectDir, spec.envFiles, 'instead-of-dotenv');
        const included = (name) => own(name) ?? lookup(name);
        const docs = [];
        for (const file of spec.files) {
            if (stack.length >= MAX_INCLUDE_DEPTH) {
                ctx.diags.error(`include nests deeper than ${MAX_INCLUDE_DEPTH} files: ${[...stack, file].map(ctx.display).join(' → ')}`, spec.path, spec.node.loc);
                break;
            }
            // A file reached again through another include (a diamond) adds the same resources: it is loaded once,
            // as compose-go does, so a fan-out of includes costs each file once, not once per path to it.
            const once = `${await (0,promises_.realpath)(file).catch(() => file)}\0${projectDir}\0${(spec.envFiles ?? []).join('\0')}`;
            if (ctx.included.has(once) && !stack.includes(file))
                continue;
            ctx.included.add(once);
            if (stack.includes(file)) {
                ctx.diags.error(`include forms a cycle: ${[...stack, file].map(ctx.display).join(' → ')}`, spec.path, spec.node.loc);
                continue;
            }
            const child = await ctx.readCompose(file, included, { path: spec.path, loc: spec.node.loc });
            if (!child)
                continue;
            await applyIncludes(ctx, child, (0,external_node_path_.dirname)(file), included, [...stack, file]);
            await applyExtends(ctx, child, file, included);
            resolveRelativePaths(child, { baseDir: projectDir, home: ctx.home });
            docs.push(child);
        }
        if (docs.length === 0)
            continue;
        const merged = mergeDocuments(docs);
        for (const section of SECTIONS) {
            const from = get(merged, section);
            if (from?.kind !== 'map')
                continue;
            let into = doc.entries.get(section)?.value;
            if (!into || into.kind !== 'map') {
                into = mapNode(from.loc);
                doc.entries.set(section, { keyLoc: from.loc, value: into });
            }
            for (const [name, entry] of from.entries) {
                const existing = into.entries.get(name);
                if (existing) {
                    ctx.diags.error(`${section.slice(0, -1)} ${JSON.stringify(name)} is defined both here and in the included ${ctx.display(spec.files[0])} (line ${entry.keyLoc.line}); rename one`, [section, name], existing.keyLoc);
                }
                else
                    into.entries.set(name, entry);
            }
        }
    }
}
function parseIncludes(ctx, node, baseDir) {
    if (node.kind !== 'seq') {
        ctx.diags.error(`expected a list of files to include, found ${node_describe(node)}`, ['include'], node.loc);
        return [];
    }
    const specs = [];
    node.items.forEach((item, i) => {
        const path = ['include', i];
        const str = (n) => n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
        const list = (n, key) => {
            if (n === undefined)
                return undefined;
            const one = str(n);
            if (one !== undefined)
                return [one];
            if (n.kind === 'seq' && n.items.every((x) => str(x) !== undefined))
                return n.items.map((x) => str(x));
            ctx.diags.error(`expected a path or a list of paths, found ${node_describe(n)}`, [...path, key], n.loc);
            return undefined;
        };
        if (str(item) !== undefined) {
            specs.push({ files: [(0,external_node_path_.resolve)(baseDir, str(item))], node: item, path });
            return;
        }
        if (item.kind !== 'map') {
            ctx.diags.error(`expected a path or a mapping with path, project_directory, env_file, found ${node_describe(item)}`, path, item.loc);
            return;
        }
        for (const [key, entry] of item.entries) {
            if (!['path', 'project_directory', 'env_file'].includes(key))
                ctx.diags.error(`unknown field ${JSON.stringify(key)} in include (allowed: path, project_directory, env_file)`, [...path, key], entry.keyLoc);
        }
        const files = list(get(item, 'path'), 'path');
        if (!files) {
            if (!get(item, 'path'))
                ctx.diags.error('an include entry needs `path`', path, item.loc);
            return;
        }
        const spec = { files: files.map((f) => (0,external_node_path_.resolve)(baseDir, f)), node: item, path };
        const dir = get(item, 'project_directory');
        if (dir !== undefined) {
            const d = str(dir);
            if (d === undefined)
                ctx.diags.error(`expected a directory path, found ${node_describe(dir)}`, [...path, 'project_directory'], dir.loc);
            else
                spec.projectDir = (0,external_node_path_.resolve)(baseDir, d);
        }
        const envFiles = list(get(item, 'env_file'), 'env_file');
        if (envFiles)
            spec.envFiles = envFiles.map((f) => (0,external_node_path_.resolve)(baseDir, f));
        specs.push(spec);
    });
    return specs;
}

;// CONCATENATED MODULE: ./src/compose/normalize/project.ts

/** Calls `each` for every entry of a top-level section; a null entry means "all defaults". */
function eachResource(ctx, node, section, each) {
    const out = {};
    if (!node)
        return out;
    const map = asMap(ctx, node, [section]);
    for (const [name, entry] of map?.entries ?? []) {
        const v = entry.value;
        const value = each(name, v.kind === 'scalar' && v.value === null ? undefined : v, [section, name]);
        if (value !== undefined)
            out[name] = value;
    }
    return out;
}
/** `external: true` plus `name:` gives the external resource's real name. */
function externalHandlers(ctx, r) {
    return {
        external: (v, p) => {
            if (v.kind === 'map') {
                // Legacy form `external: { name: x }`.
                r.external = true;
                fields(ctx, v, p, { name: (n, q) => (r.externalName = str(ctx, n, q)) }, 'external');
            }
            else
                r.external = bool(ctx, v, p) ?? false;
        },
        name: (v, p) => (r.externalName = str(ctx, v, p)),
    };
}
function finish(r) {
    // A custom `name:` on a resource the project creates renames it; keep it as the name.
    if (!r.external && r.externalName !== undefined) {
        r.name = r.externalName;
        delete r.externalName;
    }
    for (const key of Object.keys(r))
        if (r[key] === undefined)
            delete r[key];
    return r;
}
function normalizeNetwork(ctx, name, node, path) {
    const n = { name, external: false, extensions: {} };
    const map = node && asMap(ctx, node, path);
    if (node && !map)
        return undefined;
    const ignored = (v, p) => ctx.diags.warn('ignored on ECS: networks become security groups in the VPC', p, v.loc);
    if (map) {
        fields(ctx, map, path, {
            ...externalHandlers(ctx, n),
            driver: (v, p) => (n.driver = str(ctx, v, p)),
            internal: (v, p) => (n.internal = bool(ctx, v, p)),
            driver_opts: ignored,
            attachable: ignored,
            enable_ipv4: ignored,
            enable_ipv6: ignored,
            ipam: ignored,
            labels: ignored,
        }, `network ${JSON.stringify(name)}`, n.extensions);
    }
    return finish(n);
}
function normalizeVolume(ctx, name, node, path) {
    const v = { name, external: false, driverOpts: {}, extensions: {} };
    const map = node && asMap(ctx, node, path);
    if (node && !map)
        return undefined;
    if (map) {
        fields(ctx, map, path, {
            ...externalHandlers(ctx, v),
            driver: (n, p) => (v.driver = str(ctx, n, p)),
            driver_opts: (n, p) => (v.driverOpts = stringDict(ctx, n, p)),
            labels: (n, p) => void stringDict(ctx, n, p),
        }, `volume ${JSON.stringify(name)}`, v.extensions);
    }
    return finish(v);
}
function normalizeSecret(ctx, name, node, path) {
    return fileResource(ctx, name, node, path, 'secret');
}
function normalizeConfig(ctx, name, node, path) {
    return fileResource(ctx, name, node, path, 'config');
}
function fileResource(ctx, name, node, path, kind) {
    const r = { name, external: false, extensions: {} };
    const map = node && asMap(ctx, node, path);
    if (!map) {
        if (!node)
            ctx.diags.error(`a ${kind} needs file, environment${kind === 'config' ? ', content' : ''} or external`, path, undefined);
        return undefined;
    }
    const handlers = {
        ...externalHandlers(ctx, r),
        file: (v, p) => (r.file = str(ctx, v, p)),
        environment: (v, p) => (r.environment = str(ctx, v, p)),
        labels: (v, p) => void stringDict(ctx, v, p),
        driver: (v, p) => ctx.diags.warn(`ignored on ECS: ${kind} drivers are a Swarm feature`, p, v.loc),
        driver_opts: (v, p) => ctx.diags.warn(`ignored on ECS: ${kind} drivers are a Swarm feature`, p, v.loc),
        template_driver: (v, p) => ctx.diags.warn(`ignored on ECS: ${kind} templates are a Swarm feature`, p, v.loc),
    };
    if (kind === 'config')
        handlers.content = (v, p) => (r.content = read_text(ctx, v, p));
    fields(ctx, map, path, handlers, `${kind} ${JSON.stringify(name)}`, r.extensions);
    const sources = ['file', 'environment', 'content'].filter((k) => map.entries.has(k)).length + (r.external ? 1 : 0);
    if (sources !== 1)
        ctx.diags.error(`a ${kind} needs exactly one of file, environment${kind === 'config' ? ', content' : ''} or external: true`, path, map.loc);
    return finish(r);
}

;// CONCATENATED MODULE: ./src/compose/normalize/build.ts
// build: a context path, or the long form. Relative paths were made absolute by paths.ts (the context)
// or are made absolute here against the context's project directory (ssh keys, additional contexts).
// Every field of the Compose build spec is decoded into a typed field; which engine can honour it is
// the images stage's decision (src/images/build-support.ts), made before anything is built.





/** Values of additional_contexts that are not local directories. */
const build_NAMED_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|docker-image:|service:|target:|oci-layout:)/i;
function normalizeBuild(ctx, node, path, projectDir) {
    const build = {
        context: projectDir,
        dockerfile: 'Dockerfile',
        args: {},
        labels: {},
        platforms: [],
        extensions: {},
    };
    if (node.kind === 'scalar' && typeof node.value === 'string') {
        build.context = node.value;
        return build;
    }
    const map = asMap(ctx, node, path, 'a build context path or a mapping');
    if (!map)
        return undefined;
    const ignored = (why) => (v, p) => ctx.diags.warn(`ignored: ${why}`, p, v.loc);
    const local = (p) => ((0,external_node_path_.isAbsolute)(p) || build_NAMED_SOURCE.test(p) ? p : (0,external_node_path_.resolve)(projectDir, p));
    fields(ctx, map, path, {
        context: (v, p) => (build.context = str(ctx, v, p) ?? build.context),
        dockerfile: (v, p) => (build.dockerfile = str(ctx, v, p) ?? build.dockerfile),
        dockerfile_inline: (v, p) => (build.dockerfileInline = str(ctx, v, p)),
        args: (v, p) => (build.args = stringDict(ctx, v, p)),
        target: (v, p) => (build.target = str(ctx, v, p)),
        labels: (v, p) => (build.labels = stringDict(ctx, v, p)),
        platforms: (v, p) => (build.platforms = stringList(ctx, v, p) ?? []),
        secrets: (v, p) => (build.secrets = normalizeFileRefs(ctx, v, p).map((r) => ({
            source: r.source,
            id: r.target ?? r.source,
        }))),
        ssh: (v, p) => (build.ssh = sshEntries(ctx, v, p, local)),
        additional_contexts: (v, p) => (build.additionalContexts = Object.fromEntries([...dict(ctx, v, p)].map(([name, { value }]) => [name, local(value)]))),
        cache_from: (v, p) => (build.cacheFrom = stringList(ctx, v, p)),
        cache_to: (v, p) => (build.cacheTo = stringList(ctx, v, p)),
        extra_hosts: (v, p) => (build.extraHosts = extraHosts(ctx, v, p)),
        network: (v, p) => (build.network = str(ctx, v, p)),
        shm_size: (v, p) => (build.shmSize = size(ctx, v, p)),
        tags: (v, p) => (build.tags = stringList(ctx, v, p)),
        pull: (v, p) => (build.pull = bool(ctx, v, p)),
        no_cache: (v, p) => (build.noCache = bool(ctx, v, p)),
        privileged: (v, p) => (build.privileged = bool(ctx, v, p)),
        ulimits: (v, p) => (build.ulimits = service_ulimits(ctx, v, p)),
        entitlements: (v, p) => (build.entitlements = stringList(ctx, v, p)),
        provenance: (v, p) => (build.provenance = attestation(ctx, v, p)),
        sbom: (v, p) => (build.sbom = attestation(ctx, v, p)),
        isolation: ignored('build isolation is a Windows-only option'),
    }, 'build', build.extensions);
    // "When set, the dockerfile attribute is not allowed and Compose rejects any Compose file having both
    // set" (https://github.com/compose-spec/compose-spec/blob/main/build.md#dockerfile_inline): one of them
    // would be silently ignored.
    const inline = map.entries.get('dockerfile_inline');
    if (inline && map.entries.has('dockerfile'))
        ctx.diags.error('dockerfile and dockerfile_inline are both set: Compose takes one or the other (remove one, or `!reset` it in an override file)', [...path, 'dockerfile_inline'], inline.keyLoc);
    for (const key of Object.keys(build))
        if (build[key] === undefined)
            delete build[key];
    return build;
}
/** `ssh`: a list of `id` or `id=path[,path]`, or a mapping of id to path. `default` alone = the agent. */
function sshEntries(ctx, node, path, local) {
    const entry = (id, value) => ({
        id,
        paths: value ? value.split(',').map((p) => local(p.trim())) : [],
    });
    if (node.kind === 'map')
        return [...node.entries].map(([id, e]) => entry(id, read_text(ctx, e.value, [...path, id]) ?? ''));
    return (strings(ctx, node, path) ?? []).map((item) => {
        const eq = item.indexOf('=');
        return eq < 0 ? entry(item, undefined) : entry(item.slice(0, eq), item.slice(eq + 1));
    });
}
/** provenance / sbom: a boolean, or the builder's own option string. */
function attestation(ctx, node, path) {
    const v = toPlain(node);
    if (typeof v === 'boolean' || typeof v === 'string')
        return String(v);
    return expected(ctx, node, path, 'true, false or a builder option string');
}

;// CONCATENATED MODULE: ./src/compose/shell-split.ts
// Splits a `command:` / `entrypoint:` string into words as a POSIX shell would tokenise it:
// quotes and backslashes only. No expansion of any kind happens; nothing is executed.
/** Words, or an error message when a quote is left open. */
function shellSplit(text) {
    const words = [];
    let word = '';
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === "'") {
            const close = text.indexOf("'", i + 1);
            if (close < 0)
                return { error: 'unterminated single quote' };
            word += text.slice(i + 1, close);
            inWord = true;
            i = close;
        }
        else if (c === '"') {
            let j = i + 1;
            for (; j < text.length && text[j] !== '"'; j++) {
                // Inside double quotes a backslash only escapes $ ` " \ and newline.
                if (text[j] === '\\' && j + 1 < text.length && '$`"\\\n'.includes(text[j + 1])) {
                    j++;
                    if (text[j] !== '\n')
                        word += text[j];
                }
                else
                    word += text[j];
            }
            if (j >= text.length)
                return { error: 'unterminated double quote' };
            inWord = true;
            i = j;
        }
        else if (c === '\\') {
            if (i + 1 < text.length) {
                if (text[i + 1] !== '\n')
                    word += text[i + 1];
                i++;
            }
            inWord = true;
        }
        else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.push(word);
    return { words };
}

;// CONCATENATED MODULE: ./src/compose/normalize/command.ts


function normalizeCommand(ctx, node, path) {
    if (node.kind === 'scalar' && node.value === null)
        return undefined;
    if (node.kind === 'scalar' && typeof node.value === 'string') {
        const split = shellSplit(node.value);
        return 'words' in split
            ? split.words
            : expected(ctx, node, path, `a command whose quotes are closed (${split.error})`);
    }
    return stringList(ctx, node, path);
}

;// CONCATENATED MODULE: ./src/compose/normalize/gpus.ts


const NO_DEVICE_IDS = 'ECS reserves GPUs by count, not by device id (ResourceRequirements Type GPU); replace device_ids with count';
/** Adds two requests; `all` absorbs any count. */
function addGpus(a, b) {
    if (a === undefined)
        return b;
    if (b === undefined)
        return a;
    return a === 'all' || b === 'all' ? 'all' : a + b;
}
/** `count`: a whole number of 1 or more, or `all`. */
function gpuCount(ctx, node, path) {
    if (node.kind === 'scalar' && node.value === 'all')
        return 'all';
    if (node.kind === 'scalar' && (node.value === -1 || node.value === '-1'))
        return 'all'; // Docker's -1
    return read_int(ctx, node, path, 1);
}
/** One device request (a `devices:` item or a `gpus:` item); `gpu` tells whether it asks for GPUs. */
function deviceRequest(ctx, node, path, shortForm) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    let capabilities = shortForm ? ['gpu'] : undefined;
    let count;
    fields(ctx, map, path, {
        capabilities: (v, p) => (capabilities = stringList(ctx, v, p)),
        count: (v, p) => (count = gpuCount(ctx, v, p)),
        device_ids: (v, p) => ctx.diags.error(NO_DEVICE_IDS, p, v.loc),
        driver: (v, p) => {
            const driver = str(ctx, v, p);
            if (driver !== undefined && driver !== 'nvidia')
                ctx.diags.error(`the ECS GPU-optimized AMI has NVIDIA drivers only; driver ${JSON.stringify(driver)} cannot be honoured`, p, v.loc);
        },
        options: (v, p) => ctx.diags.warn(`ignored on ECS: driver options ${JSON.stringify(toPlain(v))} are not passed to the GPU driver`, p, v.loc),
    }, 'a device request');
    if (!shortForm && capabilities === undefined) {
        ctx.diags.error('a device request needs capabilities (e.g. [gpu])', path, map.loc);
        return undefined;
    }
    const gpu = (capabilities ?? []).includes('gpu');
    if (!gpu) {
        ctx.diags.error(`ECS tasks can reserve GPUs only; capabilities ${JSON.stringify(capabilities)} cannot be honoured`, [...path, 'capabilities'], map.entries.get('capabilities')?.value.loc ?? map.loc);
        return undefined;
    }
    // Compose: a GPU request without count or device_ids takes all GPUs.
    return { gpu, count: count ?? (map.entries.has('device_ids') ? undefined : 'all') };
}
/** `deploy.resources.reservations.devices`: the GPUs asked for (undefined when none). */
function reservedDevices(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of device requests');
    let total;
    node.items.forEach((item, i) => {
        const request = deviceRequest(ctx, item, [...path, i], false);
        if (request?.count !== undefined)
            total = addGpus(total, request.count);
    });
    return total;
}
/** Service-level `gpus:`: `all`, or a list of requests (capabilities implied). */
function serviceGpus(ctx, node, path) {
    if (node.kind === 'scalar' && node.value === 'all')
        return 'all';
    if (node.kind !== 'seq')
        return expected(ctx, node, path, '"all" or a list of GPU requests');
    let total;
    node.items.forEach((item, i) => {
        const request = deviceRequest(ctx, item, [...path, i], true);
        if (request?.count !== undefined)
            total = addGpus(total, request.count);
    });
    return total;
}

;// CONCATENATED MODULE: ./src/compose/normalize/deploy.ts



function emptyDeploy() {
    return { resources: {}, labels: {}, extensions: {} };
}
function normalizeDeploy(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const deploy = emptyDeploy();
    const ignored = (why) => (v, p) => ctx.diags.warn(`ignored on ECS: ${why}`, p, v.loc);
    fields(ctx, map, path, {
        mode: (v, p) => (deploy.mode = oneOf(ctx, v, p, ['replicated', 'global', 'replicated-job', 'global-job'])),
        replicas: (v, p) => (deploy.replicas = read_int(ctx, v, p)),
        resources: (v, p) => resources(ctx, v, p, deploy),
        update_config: (v, p) => (deploy.updateConfig = updateConfig(ctx, v, p)),
        rollback_config: (v, p) => (deploy.rollbackConfig = updateConfig(ctx, v, p)),
        restart_policy: (v, p) => (deploy.restartPolicy = restartPolicy(ctx, v, p)),
        labels: (v, p) => (deploy.labels = stringDict(ctx, v, p)),
        placement: (v) => (deploy.placement = toPlain(v)),
        endpoint_mode: ignored('ECS services are reached through their load balancer or service discovery'),
    }, 'deploy', deploy.extensions);
    return compact(deploy);
}
function resources(ctx, node, path, deploy) {
    const map = asMap(ctx, node, path);
    if (!map)
        return;
    fields(ctx, map, path, {
        limits: (v, p) => (deploy.resources.limits = figures(ctx, v, p, 'limits')),
        reservations: (v, p) => (deploy.resources.reservations = figures(ctx, v, p, 'reservations')),
    }, 'deploy.resources');
}
function figures(ctx, node, path, kind) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const out = {};
    const refuse = (why) => (v, p) => ctx.diags.error(why, p, v.loc);
    fields(ctx, map, path, {
        cpus: (v, p) => (out.cpus = num(ctx, v, p)),
        memory: (v, p) => (out.memory = size(ctx, v, p)),
        pids: (v, p) => (out.pids = read_int(ctx, v, p)),
        // Compose reserves devices; it has no device limits.
        devices: kind === 'reservations'
            ? (v, p) => (out.gpus = reservedDevices(ctx, v, p))
            : refuse('devices are reserved, not limited: move them to deploy.resources.reservations.devices'),
        generic_resources: refuse('ECS has no Swarm generic resources; reserve GPUs with devices: [{capabilities: [gpu], count: N}]'),
    }, 'resources');
    return compact(out);
}
function updateConfig(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const out = { extensions: {} };
    fields(ctx, map, path, {
        parallelism: (v, p) => (out.parallelism = read_int(ctx, v, p)),
        delay: (v, p) => (out.delay = duration(ctx, v, p)),
        failure_action: (v, p) => (out.failureAction = oneOf(ctx, v, p, ['continue', 'rollback', 'pause'])),
        monitor: (v, p) => (out.monitor = duration(ctx, v, p)),
        max_failure_ratio: (v, p) => (out.maxFailureRatio = num(ctx, v, p)),
        order: (v, p) => (out.order = oneOf(ctx, v, p, ['start-first', 'stop-first'])),
    }, 'an update or rollback config', out.extensions);
    return compact(out);
}
function restartPolicy(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const out = {};
    const ignored = (v, p) => {
        if (duration(ctx, v, p) !== undefined)
            ctx.diags.warn('ignored on ECS: the service scheduler decides when to restart tasks', p, v.loc);
    };
    fields(ctx, map, path, {
        condition: (v, p) => (out.condition = str(ctx, v, p)),
        max_attempts: (v, p) => (out.maxAttempts = read_int(ctx, v, p)),
        delay: ignored,
        window: ignored,
    }, 'restart_policy');
    return compact(out);
}

;// CONCATENATED MODULE: ./src/compose/normalize/depends-on.ts

const CONDITIONS = ['service_started', 'service_healthy', 'service_completed_successfully'];
function normalizeDependsOn(ctx, node, path) {
    const out = {};
    if (node.kind === 'seq') {
        for (const name of stringList(ctx, node, path) ?? [])
            out[name] = { condition: 'service_started', required: true, restart: false };
        return out;
    }
    const map = asMap(ctx, node, path, 'a list of service names or a mapping');
    for (const [name, entry] of map?.entries ?? []) {
        const p = [...path, name];
        const dep = { condition: 'service_started', required: true, restart: false };
        const m = asMap(ctx, entry.value, p);
        if (m) {
            fields(ctx, m, p, {
                condition: (v, q) => (dep.condition = oneOf(ctx, v, q, CONDITIONS) ?? dep.condition),
                required: (v, q) => (dep.required = bool(ctx, v, q) ?? true),
                restart: (v, q) => (dep.restart = bool(ctx, v, q) ?? false),
            }, 'a depends_on entry');
            // The specification requires `condition` in the long form.
            if (!m.entries.has('condition'))
                ctx.diags.error('a depends_on entry in long form needs `condition` (service_started, service_healthy or service_completed_successfully)', p, m.loc);
        }
        out[name] = dep;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compose/normalize/healthcheck.ts

function normalizeHealthcheck(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const hc = { disable: false };
    fields(ctx, map, path, {
        test: (v, p) => (hc.test = healthTest(ctx, v, p)),
        interval: (v, p) => (hc.interval = duration(ctx, v, p)),
        timeout: (v, p) => (hc.timeout = duration(ctx, v, p)),
        start_period: (v, p) => (hc.startPeriod = duration(ctx, v, p)),
        start_interval: (v, p) => (hc.startInterval = duration(ctx, v, p)),
        retries: (v, p) => (hc.retries = read_int(ctx, v, p)),
        disable: (v, p) => (hc.disable = bool(ctx, v, p) ?? false),
    }, 'a healthcheck');
    if (hc.test?.[0] === 'NONE')
        hc.disable = true;
    return compact(hc);
}
function healthTest(ctx, node, path) {
    if (node.kind === 'scalar' && typeof node.value === 'string')
        return node.value === '' ? ['NONE'] : ['CMD-SHELL', node.value];
    const list = stringList(ctx, node, path);
    if (!list)
        return undefined;
    if (list.length === 0 || !['CMD', 'CMD-SHELL', 'NONE'].includes(list[0])) {
        return expected(ctx, node, path, 'a command string, or a list starting with "CMD", "CMD-SHELL" or "NONE"');
    }
    if (list[0] === 'CMD-SHELL' && list.length !== 2)
        return expected(ctx, node, path, '["CMD-SHELL", "one shell command"]');
    return list;
}

;// CONCATENATED MODULE: ./src/compose/normalize/service.ts












function emptyService(name) {
    return {
        name,
        environment: {},
        capAdd: [],
        capDrop: [],
        ulimits: {},
        labels: {},
        ports: [],
        expose: [],
        volumes: [],
        secrets: [],
        configs: [],
        networks: {},
        links: [],
        dependsOn: {},
        profiles: [],
        devices: [],
        extraHosts: [],
        extensions: {},
    };
}
function normalizeService(ctx, name, node) {
    const path = ['services', name];
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const s = emptyService(name);
    let environment = new Map();
    // Shorthands (cpus, mem_limit, ..., scale) are applied after `deploy:`, which wins per figure.
    const short = {
        limits: {},
        reservations: {},
    };
    const limit = (key, value, kind = 'limits') => {
        if (value !== undefined)
            short[kind][key] = value;
    };
    const handlers = {
        image: (v, p) => (s.image = str(ctx, v, p)),
        build: (v, p) => (s.build = normalizeBuild(ctx, v, p, ctx.projectDir)),
        command: (v, p) => (s.command = normalizeCommand(ctx, v, p)),
        entrypoint: (v, p) => (s.entrypoint = normalizeCommand(ctx, v, p)),
        environment: (v, p) => {
            for (const [key, { value, node }] of dict(ctx, v, p, true))
                environment.set(key, value ?? fromEnvironment(ctx, key, [...p, key], node) ?? null);
        },
        env_file: () => undefined, // read beforehand (env-file.ts); merged below
        working_dir: (v, p) => (s.workingDir = str(ctx, v, p)),
        user: (v, p) => (s.user = str(ctx, v, p)),
        init: (v, p) => (s.init = bool(ctx, v, p)),
        read_only: (v, p) => (s.readOnly = bool(ctx, v, p)),
        cap_add: (v, p) => (s.capAdd = stringList(ctx, v, p) ?? []),
        cap_drop: (v, p) => (s.capDrop = stringList(ctx, v, p) ?? []),
        ulimits: (v, p) => (s.ulimits = service_ulimits(ctx, v, p)),
        stop_grace_period: (v, p) => (s.stopGracePeriod = duration(ctx, v, p)),
        labels: (v, p) => (s.labels = stringDict(ctx, v, p)),
        sysctls: (v, p) => (s.sysctls = stringDict(ctx, v, p)),
        ports: (v, p) => (s.ports = normalizePorts(ctx, v, p)),
        expose: (v, p) => (s.expose = expose(ctx, v, p)),
        volumes: (v, p) => s.volumes.push(...normalizeServiceVolumes(ctx, v, p)),
        tmpfs: (v, p) => s.volumes.push(...tmpfsMounts(ctx, v, p)),
        secrets: (v, p) => (s.secrets = normalizeFileRefs(ctx, v, p)),
        configs: (v, p) => (s.configs = normalizeFileRefs(ctx, v, p)),
        networks: (v, p) => (s.networks = networks(ctx, v, p)),
        links: (v, p) => (s.links = links(ctx, v, p)),
        depends_on: (v, p) => (s.dependsOn = normalizeDependsOn(ctx, v, p)),
        healthcheck: (v, p) => (s.healthcheck = normalizeHealthcheck(ctx, v, p)),
        logging: (v, p) => (s.logging = logging(ctx, v, p)),
        deploy: (v, p) => (s.deploy = normalizeDeploy(ctx, v, p)),
        platform: (v, p) => (s.platform = str(ctx, v, p)),
        gpus: (v, p) => (s.gpus = serviceGpus(ctx, v, p)),
        profiles: (v, p) => (s.profiles = stringList(ctx, v, p) ?? []),
        restart: (v, p) => (s.restart = str(ctx, v, p)),
        network_mode: (v, p) => (s.networkMode = str(ctx, v, p)),
        privileged: (v, p) => (s.privileged = bool(ctx, v, p)),
        pid: (v, p) => (s.pid = str(ctx, v, p) ?? undefined),
        devices: (v, p) => (s.devices = devices(ctx, v, p)),
        extra_hosts: (v, p) => (s.extraHosts = extraHosts(ctx, v, p)),
        hostname: (v, p) => (s.hostname = str(ctx, v, p)),
        tty: (v, p) => (s.tty = bool(ctx, v, p)),
        stdin_open: (v, p) => (s.stdinOpen = bool(ctx, v, p)),
        // Shorthands Compose folds into deploy; `deploy:` wins where both are written.
        cpus: (v, p) => limit('cpus', num(ctx, v, p)),
        mem_limit: (v, p) => limit('memory', size(ctx, v, p)),
        mem_reservation: (v, p) => limit('memory', size(ctx, v, p), 'reservations'),
        pids_limit: (v, p) => limit('pids', read_int(ctx, v, p)),
        scale: (v, p) => (short.replicas = read_int(ctx, v, p)),
    };
    // Fields with no place in the model: accepted here, judged by ecs-rules.ts.
    fields(ctx, map, path, handlers, `service ${JSON.stringify(name)}`, s.extensions, UNMODELLED_SERVICE_FIELDS);
    applyShorthands(s, short);
    // env_file values first, then `environment` overrides them.
    const merged = {};
    for (const [key, value] of ctx.envFileVars(name))
        merged[key] = value ?? ctx.lookup(key) ?? null;
    for (const [key, value] of environment)
        merged[key] = value;
    s.environment = merged;
    environment = new Map();
    if (!map.entries.has('image') && !map.entries.has('build'))
        ctx.diags.error(`service ${JSON.stringify(name)} needs an image or a build section`, path, map.loc);
    // A network_mode: service:<name> sidecar shares that service's networks; any other service (including one
    // whose network_mode Fargate ignores, such as bridge) joins the default network as under compose.
    if (Object.keys(s.networks).length === 0 && !s.networkMode?.startsWith('service:'))
        s.networks = { default: { aliases: [] } };
    return compact(s);
}
function applyShorthands(s, short) {
    const hasFigures = Object.keys(short.limits).length + Object.keys(short.reservations).length > 0;
    if (!hasFigures && short.replicas === undefined)
        return;
    const deploy = (s.deploy ??= emptyDeploy());
    if (short.replicas !== undefined)
        deploy.replicas ??= short.replicas;
    for (const kind of ['limits', 'reservations']) {
        if (Object.keys(short[kind]).length > 0)
            deploy.resources[kind] = { ...short[kind], ...deploy.resources[kind] };
    }
}
function expose(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of ports') ?? [];
    const out = [];
    node.items.forEach((item, i) => {
        const t = item.kind === 'scalar' && (typeof item.value === 'string' || typeof item.value === 'number')
            ? String(item.value)
            : undefined;
        if (t !== undefined && /^\d+(-\d+)?(\/(tcp|udp))?$/.test(t))
            out.push(t);
        else
            expected(ctx, item, [...path, i], 'a container port such as 3000, "3000-3005" or "53/udp"');
    });
    return out;
}
function service_ulimits(ctx, node, path) {
    const out = {};
    const map = asMap(ctx, node, path);
    for (const [key, entry] of map?.entries ?? []) {
        const p = [...path, key];
        const v = entry.value;
        if (v.kind === 'map') {
            const limits = {};
            fields(ctx, v, p, { soft: (n, q) => (limits.soft = read_int(ctx, n, q)), hard: (n, q) => (limits.hard = read_int(ctx, n, q)) }, 'a ulimit');
            if (limits.soft !== undefined && limits.hard !== undefined)
                out[key] = { soft: limits.soft, hard: limits.hard };
            else if (v.entries.size > 0 && (!v.entries.has('soft') || !v.entries.has('hard')))
                expected(ctx, v, p, 'both soft and hard');
        }
        else {
            const n = read_int(ctx, v, p);
            if (n !== undefined)
                out[key] = { soft: n, hard: n };
        }
    }
    return out;
}
function networks(ctx, node, path) {
    const out = {};
    if (node.kind === 'seq') {
        for (const name of stringList(ctx, node, path) ?? [])
            out[name] = { aliases: [] };
        return out;
    }
    const map = asMap(ctx, node, path, 'a list of network names or a mapping');
    for (const [name, entry] of map?.entries ?? []) {
        const p = [...path, name];
        const attachment = { aliases: [] };
        out[name] = attachment;
        const v = entry.value;
        if (v.kind === 'scalar' && v.value === null)
            continue;
        const m = asMap(ctx, v, p);
        if (!m)
            continue;
        const ignored = (why) => (n, q) => ctx.diags.warn(`ignored on ECS: ${why}`, q, n.loc);
        const noFixedIp = (n, q) => ctx.diags.error('Fargate assigns task IP addresses itself; remove the fixed address', q, n.loc);
        fields(ctx, m, p, {
            aliases: (n, q) => (attachment.aliases = stringList(ctx, n, q) ?? []),
            ipv4_address: noFixedIp,
            ipv6_address: noFixedIp,
            link_local_ips: noFixedIp,
            mac_address: noFixedIp,
            priority: ignored('tasks have a single network interface'),
            gw_priority: ignored('tasks have a single network interface'),
            interface_name: ignored('tasks have a single network interface'),
            driver_opts: ignored('ECS does not use Docker network drivers'),
        }, 'a service network attachment');
    }
    return out;
}
function logging(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const out = { options: {} };
    fields(ctx, map, path, {
        driver: (v, p) => (out.driver = str(ctx, v, p)),
        options: (v, p) => {
            const m = asMap(ctx, v, p);
            for (const [key, entry] of m?.entries ?? []) {
                if (entry.value.kind === 'scalar' && entry.value.value === null)
                    continue;
                const t = read_text(ctx, entry.value, [...p, key]);
                if (t !== undefined)
                    out.options[key] = t;
            }
        },
    }, 'logging');
    return compact(out);
}
function devices(ctx, node, path) {
    if (node.kind !== 'seq')
        return expected(ctx, node, path, 'a list of devices') ?? [];
    return node.items.flatMap((item, i) => {
        if (item.kind === 'map') {
            const src = item.entries.get('source')?.value;
            return src?.kind === 'scalar' && typeof src.value === 'string'
                ? [src.value]
                : (expected(ctx, item, [...path, i], 'a device with a source') ?? []);
        }
        const t = str(ctx, item, [...path, i]);
        return t === undefined ? [] : [t];
    });
}
/** `links: [db, "db:database"]`: SERVICE or SERVICE:ALIAS. */
function links(ctx, node, path) {
    return (stringList(ctx, node, path) ?? []).map((l) => {
        const [service = '', alias] = l.split(':');
        return { service, alias: alias || service };
    });
}
function extraHosts(ctx, node, path) {
    if (node.kind === 'map') {
        const out = [];
        for (const [host, entry] of node.entries) {
            const ips = strings(ctx, entry.value, [...path, host]) ?? [];
            for (const ip of ips)
                out.push(`${host}=${ip}`);
        }
        return out;
    }
    return (stringList(ctx, node, path) ?? []).map((h) => h.replace(/^([^:=]+):(?!.*=)/, '$1='));
}
/** A bare `environment: [KEY]` takes the environment's value: never a runner credential's. */
function fromEnvironment(ctx, key, path, node) {
    try {
        return ctx.lookup(key);
    }
    catch (err) {
        if (!(err instanceof RefusedVariable))
            throw err;
        ctx.diags.error(err.message, path, node.loc);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/compose/normalize/index.ts



/** Returns the project with its name left empty (project-name.ts decides it). */
function normalizeProject(ctx, root) {
    const project = {
        name: '',
        workingDir: ctx.projectDir,
        files: ctx.files,
        services: {},
        networks: {},
        volumes: {},
        secrets: {},
        configs: {},
        extensions: {},
    };
    let topLevelName;
    const map = asMap(ctx, root, [], 'a mapping with services, networks, volumes, ... at the top level');
    if (!map)
        return { project };
    const section = (key) => map.entries.get(key)?.value;
    fields(ctx, map, [], {
        version: (v, p) => ctx.diags.warn('`version` is obsolete and ignored', p, v.loc),
        name: (v, p) => (topLevelName = str(ctx, v, p)),
        include: () => undefined, // consumed by include.ts
        services: () => undefined,
        networks: () => undefined,
        volumes: () => undefined,
        secrets: () => undefined,
        configs: () => undefined,
        models: (v, p) => ctx.diags.error('model runners (`models`) are not available on ECS', p, v.loc),
    }, 'the top level', project.extensions);
    const services = section('services');
    if (services) {
        const m = asMap(ctx, services, ['services']);
        for (const [name, entry] of m?.entries ?? []) {
            if (!/^[a-zA-Z0-9._-]+$/.test(name))
                ctx.diags.error(`a service name may use letters, digits, ".", "_" and "-" only`, ['services', name], entry.keyLoc);
            const s = normalizeService(ctx, name, entry.value);
            if (s)
                project.services[name] = s;
        }
    }
    project.networks = eachResource(ctx, section('networks'), 'networks', (name, v, p) => normalizeNetwork(ctx, name, v, p));
    project.volumes = eachResource(ctx, section('volumes'), 'volumes', (name, v, p) => normalizeVolume(ctx, name, v, p));
    project.secrets = eachResource(ctx, section('secrets'), 'secrets', (name, v, p) => normalizeSecret(ctx, name, v, p));
    project.configs = eachResource(ctx, section('configs'), 'configs', (name, v, p) => normalizeConfig(ctx, name, v, p));
    return topLevelName === undefined ? { project } : { project, topLevelName };
}

;// CONCATENATED MODULE: ./src/compose/profiles.ts
function enabledProfiles(input, environment) {
    const fromEnv = (environment ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    return new Set([...(input ?? []), ...fromEnv]);
}
/** Names of the active services, in declaration order. */
function activeServices(services, enabled) {
    const all = enabled.has('*');
    const active = new Set();
    const queue = [];
    for (const [name, s] of Object.entries(services)) {
        if (s.profiles.length === 0 || all || s.profiles.some((p) => enabled.has(p))) {
            active.add(name);
            queue.push(name);
        }
    }
    // Breadth-first over depends_on: each service is visited once, so this is linear.
    for (let i = 0; i < queue.length; i++) {
        const name = queue[i];
        for (const [dep, spec] of Object.entries(services[name]?.dependsOn ?? {})) {
            if (!spec.required || active.has(dep) || !services[dep])
                continue;
            active.add(dep);
            queue.push(dep);
        }
    }
    return new Set(Object.keys(services).filter((n) => active.has(n)));
}

;// CONCATENATED MODULE: ./src/compose/project-name.ts
// Project name: explicit input, else top-level `name:`, else COMPOSE_PROJECT_NAME, else the
// project directory's name, normalised as Compose does (lower case; letters, digits, `-`, `_`;
// starting with a letter or digit).

function normalizeProjectName(raw) {
    return raw
        .toLowerCase()
        .replace(/[^a-z0-9_-]/g, '')
        .replace(/^[^a-z0-9]+/, '');
}
/** The chosen name and where it came from (for the error when nothing usable remains). */
function chooseProjectName(s) {
    const candidates = [
        [s.input, 'the project-name input'],
        [s.topLevel, 'the top-level name:'],
        [s.environment, 'COMPOSE_PROJECT_NAME'],
        [(0,external_node_path_.basename)(s.projectDir), 'the project directory name'],
    ];
    const [raw, from] = candidates.find(([value]) => value !== undefined && value !== '') ?? ['', 'nothing'];
    return { name: normalizeProjectName(raw), from, raw: raw };
}

;// CONCATENATED MODULE: ./src/compose/source-map.ts
class TreeSourceMap {
    root;
    constructor(root) {
        this.root = root;
    }
    locate(path) {
        let node = this.root;
        let location = node.loc;
        for (const part of path) {
            const next = step(node, part);
            if (!next)
                break;
            node = next.node;
            location = next.loc;
        }
        return location;
    }
}
function step(node, part) {
    if (node.kind === 'seq' && typeof part === 'number') {
        const item = node.items[part];
        return item && { node: item, loc: item.loc };
    }
    if (node.kind !== 'map')
        return undefined;
    const key = String(part);
    const entry = node.entries.get(key) ?? node.entries.get(key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
    // A value's own position is where it starts; for a missing or null value, use the key.
    if (!entry)
        return undefined;
    const v = entry.value;
    return {
        node: v,
        loc: v.kind === 'scalar' && v.value === null ? entry.keyLoc : v.kind === 'scalar' ? v.loc : entry.keyLoc,
    };
}

;// CONCATENATED MODULE: ./src/compose/validate.ts

function validateReferences(project, sourceMap, diags) {
    const fail = (message, path) => diags.error(message, path, sourceMap.locate(path));
    const defined = (section, names) => Object.keys(names).join(', ') || `no ${section} are defined`;
    for (const [name, s] of Object.entries(project.services)) {
        for (const [dep, spec] of Object.entries(s.dependsOn)) {
            if (project.services[dep])
                continue;
            if (spec.required)
                fail(`depends on service ${JSON.stringify(dep)}, which is not defined or not active (defined: ${defined('services', project.services)})`, ['services', name, 'depends_on', dep]);
            else
                delete s.dependsOn[dep];
        }
        for (const net of Object.keys(s.networks)) {
            if (net !== 'default' && !project.networks[net])
                fail(`uses network ${JSON.stringify(net)}, which is not defined under the top-level networks: (${defined('networks', project.networks)})`, ['services', name, 'networks', net]);
        }
        s.volumes.forEach((v, i) => {
            if (v.type === 'volume' && v.source !== undefined && !project.volumes[v.source]) {
                fail(`uses volume ${JSON.stringify(v.source)}, which is not defined under the top-level volumes: (${defined('volumes', project.volumes)})`, [...(originOf(v) ?? ['services', name, 'volumes', i])]);
            }
        });
        for (const kind of ['secrets', 'configs']) {
            s[kind].forEach((ref, i) => {
                if (!project[kind][ref.source])
                    fail(`uses ${kind.slice(0, -1)} ${JSON.stringify(ref.source)}, which is not defined under the top-level ${kind}: (${defined(kind, project[kind])})`, ['services', name, kind, i]);
            });
        }
    }
    // Compose creates the default network when a service uses it.
    if (!project.networks.default && Object.values(project.services).some((s) => s.networks.default)) {
        project.networks.default = { name: 'default', external: false, extensions: {} };
    }
}

;// CONCATENATED MODULE: ./src/compose/load.ts
// loadProject: the compose loader's one entry point. Passes, in order (as compose-go does):
// discover → read+parse (positions) → interpolate → include → extends → resolve paths →
// merge files → normalise → profiles → validate references → ECS rules (bind mounts may become configs)
// → the content of the configs services use.




























async function loadProject(options) {
    const diags = new Diagnostics();
    const runnerValues = new Map();
    const ctx = loadContext(options, diags, (v) => runnerValues.set(v.name, v.value));
    const discovered = await discoverFiles(options.files, options.workingDir, options.environment);
    if (discovered.files.length === 0) {
        throw new src_errors/* UserError */.yo(`No compose file found in ${options.workingDir} (looked for ${discovered.searched.map((f) => ctx.display(f)).join(', ')}); pass the files to use.`);
    }
    const files = discovered.files;
    const projectDir = (0,external_node_path_.dirname)(files[0]);
    const lookup = await ctx.makeLookup(projectDir, options.envFiles?.map((f) => (0,external_node_path_.resolve)(options.workingDir, f)));
    const docs = await readDocuments(ctx, files, projectDir, lookup);
    diags.throwIfAny();
    const tree = mergeDocuments(docs);
    const sourceMap = new TreeSourceMap(tree);
    const services = get(tree, 'services');
    const envFileVars = await serviceEnvFiles(ctx, services, lookup, diags);
    const { project, topLevelName } = normalizeProject({ diags, projectDir, files, lookup, envFileVars: (name) => envFileVars.get(name) ?? new Map() }, tree);
    const chosen = chooseProjectName({
        input: options.projectName,
        topLevel: topLevelName,
        environment: lookup('COMPOSE_PROJECT_NAME'),
        projectDir,
    });
    if (!chosen.name) {
        diags.error(`the project name from ${chosen.from} (${JSON.stringify(chosen.raw)}) has no letters or digits; set one with the project-name input or a top-level name:`, topLevelName !== undefined && chosen.from.includes('name:') ? ['name'] : undefined, topLevelName !== undefined ? sourceMap.locate(['name']) : undefined);
    }
    project.name = chosen.name;
    applyProfiles(project, options, lookup);
    validateReferences(project, sourceMap, diags);
    // Only a well-formed project is checked against the disk: a malformed field has its own error.
    if (diags.errors.length === 0) {
        await checkWorkspacePaths(project, sourceMap, diags, {
            refusal: ctx.files.refusal,
            allowOutside: options.allowOutsideWorkspace ?? false,
            allowPrivileged: options.allowPrivilegedBuilds ?? false,
        });
        await checkReferencedFiles(project, sourceMap, diags);
    }
    const rawFields = unmodelledFields(project, services);
    // Every x-aws-* extension becomes typed fields here, once; the converter reads only those.
    decodeAwsExtensions(project, {
        error: (path, message) => diags.error(message, path, sourceMap.locate(path)),
        warn: (path, message) => diags.warn(message, path, sourceMap.locate(path)),
    });
    const policy = options.bindMounts ?? (0,bind_policy/* bindMountPolicy */.nb)('error');
    applyEcsRules(project, sourceMap, rawFields, diags, {
        bindMounts: policy,
        bindSources: await bindSources(project),
        workspace: options.workspace ?? workspaceRoot(options.environment, options.workingDir),
        ...(policy.drop === 'copied-source' ? { images: await builtImageContents(project) } : {}),
    });
    // After the ECS rules, which may add configs made from bind mounts.
    if (diags.errors.length === 0)
        await readConfigContents(project, sourceMap, diags, lookup, ctx.files.read);
    diags.throwIfAny();
    return {
        project,
        sourceMap,
        warnings: sortedWarnings(diags),
        runnerVariables: [...runnerValues].map(([name, value]) => ({ name, value })),
        builtFrom: await builtBases(project),
    };
}
/** What each built service's image rests on, read from its Dockerfile (named-volume seeding needs a shell). */
async function builtBases(project) {
    const out = {};
    for (const service of Object.values(project.services)) {
        const base = service.build && (await builtFrom(service.build));
        if (base)
            out[service.name] = base;
    }
    return out;
}
/** Each compose file read, its includes and extends applied and its relative paths resolved. */
async function readDocuments(ctx, files, projectDir, lookup) {
    const docs = [];
    for (const file of files) {
        const doc = await ctx.readCompose(file, lookup);
        if (!doc)
            continue;
        await applyIncludes(ctx, doc, (0,external_node_path_.dirname)(file), lookup);
        await applyExtends(ctx, doc, file, lookup);
        resolveRelativePaths(doc, { baseDir: projectDir, home: ctx.home });
        docs.push(doc);
    }
    return docs;
}
/** Service name → the variables of its env_file entries, read before the project is normalised. */
async function serviceEnvFiles(ctx, services, lookup, diags) {
    const envFileVars = new Map();
    for (const [name, entry] of services?.kind === 'map' ? services.entries : []) {
        const envFile = get(entry.value, 'env_file');
        if (envFile)
            envFileVars.set(name, await readServiceEnvFiles(envFile, ['services', name, 'env_file'], lookup, diags, ctx.display, ctx.files.read));
    }
    return envFileVars;
}
/** Service name → the fields it sets that the model does not keep (the ECS rules warn about them). */
function unmodelledFields(project, services) {
    const rawFields = new Map();
    for (const name of Object.keys(project.services)) {
        const node = get(services, name);
        rawFields.set(name, node?.kind === 'map'
            ? [...node.entries.keys()].filter((k) => Object.hasOwn(UNMODELLED_SERVICE_FIELDS, k))
            : []);
    }
    return rawFields;
}
/** What each built service's image holds from its build context, read from its Dockerfile. */
async function builtImageContents(project) {
    const contents = new Map();
    for (const service of Object.values(project.services)) {
        const content = service.build && (await imageContent(service.build));
        if (content)
            contents.set(service.name, content);
    }
    return contents;
}
function applyProfiles(project, options, lookup) {
    const active = activeServices(project.services, enabledProfiles(options.profiles, lookup('COMPOSE_PROFILES')));
    for (const name of Object.keys(project.services))
        if (!active.has(name))
            delete project.services[name];
}
function loadContext(options, diags, onRunnerValue) {
    const env = options.environment;
    const display = (absolute) => {
        const rel = (0,external_node_path_.relative)(options.workingDir, absolute);
        return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : absolute;
    };
    const files = fileAccess({
        workspace: options.workspace ?? workspaceRoot(env, options.workingDir),
        allowOutside: options.allowOutsideWorkspace ?? false,
        ...(options.signal && { signal: options.signal }),
    });
    return {
        diags,
        files,
        included: new Set(),
        workingDir: options.workingDir,
        home: env.HOME,
        display,
        async readCompose(file, lookup, usedAt) {
            // A file another compose file names (include, extends) is confined; the operator's own are not.
            const result = await files.read(file, { maxBytes: MAX_FILE_BYTES, confine: usedAt !== undefined });
            if ('problem' in result) {
                diags.error(`compose file ${display(file)} ${result.problem}`, usedAt?.path, usedAt?.loc);
                return undefined;
            }
            const text = decodeUtf8(result.bytes, display(file), diags);
            const doc = text === undefined ? undefined : parseYaml(text, display(file), diags);
            if (doc)
                interpolateTree(doc, lookup, diags);
            return doc;
        },
        makeLookup: (projectDir, envFiles, mode = 'after-dotenv') => projectLookup({ environment: env, diags, display, read: files.read, onRunnerValue }, projectDir, envFiles, mode),
    };
}

;// CONCATENATED MODULE: ./src/stack-name.ts
// The CloudFormation stack a compose project deploys to. Compose project names allow `_` and a leading digit
// (`my_app`, `2048`); stack names do not: "[a-zA-Z][-a-zA-Z0-9]*", at most 128 characters
// (AWS::CloudFormation::Stack / CreateStack StackName constraints). A default derived from the project name
// must therefore be made valid, and stay the same from run to run (it addresses the stack).


const STACK_NAME = /^[a-zA-Z][-a-zA-Z0-9]{0,127}$/;
const MAX = 128;
/**
 * The default stack name for a project: every character outside [A-Za-z0-9-] becomes `-`, a name that does not
 * start with a letter gets the prefix `compose-`, and a name over 128 characters keeps its first 119 and ends
 * with `-` and 8 hex characters of the SHA-256 of the whole project name (so two long names stay distinct).
 */
function defaultStackName(projectName) {
    let name = projectName.replace(/[^A-Za-z0-9-]/g, '-');
    if (!/^[A-Za-z]/.test(name))
        name = `compose-${name}`;
    if (name.length > MAX) {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(projectName).digest('hex').slice(0, 8);
        name = `${name.slice(0, MAX - hash.length - 1)}-${hash}`;
    }
    return name;
}
/** The stack to use: the user's name as given (refused when CloudFormation would refuse it), else the default. */
function resolveStackName(given, projectName) {
    if (!given)
        return defaultStackName(projectName);
    if (!STACK_NAME.test(given)) {
        throw new src_errors/* UserError */.yo(`stack-name "${given}" is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128)`);
    }
    return given;
}

;// CONCATENATED MODULE: ./src/steps/load.ts




/**
 * Step 1 of a new release: the compose project, checked, and the stack it goes to. A build field no engine
 * can apply stops the run here, unless nothing will be built (convert).
 */
async function loadCompose(options, logger, signal, refuseBuildErrors = true) {
    const loaded = await loadProject({ ...options.load, ...(signal && { signal }) });
    for (const w of loaded.warnings)
        logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    logger.info(`project ${loaded.project.name}: ${Object.keys(loaded.project.services).length} services`);
    const build = buildSupport(loaded);
    for (const w of build.warnings)
        logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    if (build.errors.length && refuseBuildErrors) {
        throw new src_errors/* UserError */.yo(`${build.errors.length} build option(s) cannot be applied`, build.errors);
    }
    return {
        loaded,
        stackName: resolveStackName(options.stackName, loaded.project.name),
        buildWarnings: build.warnings,
    };
}
/** The load step of a mode that reports on the project: the stack it names, the loader's and build warnings. */
async function loadStep(run, options, deps, refuseBuildErrors = true) {
    const compose = await run.step('load', () => loadCompose(options, deps.logger, deps.signal, refuseBuildErrors));
    const { loaded, stackName, buildWarnings } = compose;
    await run.emit({ kind: 'stack-named', project: loaded.project.name, stackName }, ...[...loaded.warnings, ...buildWarnings].map((w) => ({
        kind: 'warning',
        text: (0,src_errors/* formatDiagnostic */.xy)(w),
    })));
    return compose;
}

;// CONCATENATED MODULE: ./src/modes/convert.ts




/** convert: load → convert. No AWS, no build; built services get a stand-in image name. */
async function convertMode(kernel, options, deps) {
    // Nothing is built: a build field no engine applies is a warning here, not an error.
    const { loaded } = await loadStep(kernel, options, deps, false);
    const conversion = await kernel.step('convert', async () => {
        const conversion = convertProject(withPreviewImages(loaded), options.convert, deps.logger);
        await guardSecrets(loaded, options.load.environment, false, deps.logger, conversion.template);
        await writeTemplate(options.templatePath, conversion.body);
        return conversion;
    });
    await kernel.emit(...conversion.warnings.map((w) => ({ kind: 'warning', text: (0,src_errors/* formatDiagnostic */.xy)(w) })));
    return {
        hasChanges: false,
        images: [],
        ...(options.templatePath ? { templatePath: options.templatePath } : {}),
        conversion,
    };
}

;// CONCATENATED MODULE: ./src/runtime/clock.ts
// Time for the run's waits: tests pass a clock that never sleeps (__tests__/support/fake-edge.ts fakeClock).
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        // No timer outlives a cancel: the runner kills the step 10 s after its first signal.
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    }),
};

;// CONCATENATED MODULE: ./src/steps/context.ts


function stepContext(options, deps, kernel = new RunKernel(options.mode, deps.logger, deps.aws?.calls, deps.onEvents)) {
    const aws = required(deps.aws, 'AWS clients');
    const clock = deps.clock ?? systemClock;
    return {
        options,
        deps,
        logger: deps.logger,
        aws,
        clock,
        // One budget for the whole wait (change set, stack, rollout), as the wait-timeout input promises.
        poll: {
            intervalMs: options.pollIntervalMs ?? 2000,
            timeoutMs: options.waitTimeoutMs,
            deadline: clock.now() + options.waitTimeoutMs,
            now: clock.now,
            sleep: clock.sleep,
            ...(deps.signal ? { signal: deps.signal } : {}),
        },
        step: (name, body, subject) => kernel.step(name, body, subject),
        emit: (...events) => kernel.emit(...events),
        report: () => kernel.report(),
        know: (outputs) => kernel.know(outputs),
    };
}
function required(value, what) {
    if (!value)
        throw new Error(`internal: the pipeline needs ${what} in this mode`);
    return value;
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/runtime/poll.ts


const sleep = systemClock.sleep;
/** The longest gap between two checks: the most that "done" may wait to be seen. */
const MAX_INTERVAL_MS = 2000;
/**
 * Calls `check` until it returns a value (not undefined) or the timeout passes.
 * Returns `{ done: true, value }` or `{ done: false }` on timeout: the caller words the timeout.
 * Throws Cancelled when `options.signal` aborts, before the next check: the caller undoes what it started.
 */
async function pollUntil(check, options) {
    const wait = options.sleep ?? sleep;
    const now = options.now ?? Date.now;
    const deadline = Math.min(now() + options.timeoutMs, options.deadline ?? Infinity);
    const { signal } = options;
    let interval = options.intervalMs ?? 1000;
    // At most 2 s between checks, so what finished is reported within 2 s of finishing (issue 13); a wait
    // of minutes then costs one call per check, which the call counter reports by phase.
    const max = options.maxIntervalMs ?? MAX_INTERVAL_MS;
    for (;;) {
        if (signal?.aborted)
            throw new Cancelled(`cancelled (${cancelRequest(signal).signalName})`);
        const value = await check();
        if (value !== undefined)
            return { done: true, value };
        if (now() + interval > deadline)
            return { done: false };
        await wait(interval, signal);
        interval = Math.min(interval * 2, max);
    }
}

;// CONCATENATED MODULE: ./src/deploy/stack.ts




async function describeStack(stacks, stackName) {
    try {
        return await stacks.describe(stackName);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(`CloudFormation DescribeStacks ${stackName}`, err);
    }
}
/**
 * States no change set can be made in until someone acts, with what to do; a no-op for any other state.
 * (An operation in progress is waited for instead: waitForOperation.)
 */
function refuseBlockedStack(stackName, status) {
    if (status === 'UPDATE_ROLLBACK_FAILED') {
        throw new src_errors/* UserError */.yo(`stack ${stackName} is UPDATE_ROLLBACK_FAILED: fix the resource that could not roll back, then run ContinueUpdateRollback (aws cloudformation continue-update-rollback --stack-name ${stackName}).`);
    }
    if (status === 'DELETE_FAILED') {
        throw new src_errors/* UserError */.yo(`stack ${stackName} is DELETE_FAILED: finish deleting it in the CloudFormation console first.`);
    }
}
/**
 * Reads the stack and makes it ready for a change set: an operation still running (another deploy, a
 * rollback) is waited for within the run's one wait budget; a failed first create (ROLLBACK_COMPLETE) is
 * deleted, since CloudFormation cannot update it; states that block an update are refused with what to do.
 */
async function prepareStack(cfn, stackName, logger, poll, options = { deleteFailedCreate: true }) {
    const stack = await waitForOperation(cfn, stackName, logger, poll, options.known);
    const status = stack?.StackStatus;
    if (!stack || status === 'DELETE_COMPLETE')
        return { isNew: true };
    if (status === 'REVIEW_IN_PROGRESS')
        return { isNew: true, stackId: stack.StackId, status };
    if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED') {
        if (!options.deleteFailedCreate)
            return { isNew: true, stackId: stack.StackId, status, failedCreate: status };
        logger.warning(`stack ${stackName} is ${status} after a failed first create; deleting it so it can be created again`);
        // Within the run's deadline like every other wait (wait-timeout), not a budget of its own.
        await deleteStack(cfn, stack.StackId, poll);
        return { isNew: true };
    }
    refuseBlockedStack(stackName, status);
    const parameters = Object.fromEntries((stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
    const settings = {
        tags: Object.fromEntries((stack.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
        ...(stack.RoleARN ? { roleArn: stack.RoleARN } : {}),
        notificationArns: stack.NotificationARNs ?? [],
    };
    return { isNew: false, stackId: stack.StackId, status, parameters, settings, stack };
}
/** How often a wait for another operation says what it waits for. */
const WAIT_NOTICE_MS = 60_000;
/**
 * The stack once no operation runs on it: a stack *_IN_PROGRESS (another deploy, a rollback, a deletion)
 * cannot take a change set, so this waits for it within the run's wait budget, saying every minute what it
 * waits for, and fails clearly when the budget runs out. REVIEW_IN_PROGRESS is a change set waiting, not an
 * operation.
 */
async function waitForOperation(cfn, stackName, logger, poll, 
/** A reading taken just before: the first check uses it instead of calling DescribeStacks. */
known) {
    const now = poll.now ?? Date.now;
    const started = now();
    let lastNotice = -Infinity;
    let last;
    let reading = known;
    const result = await pollUntil(async () => {
        last = reading ? reading.stack : await describeStack(cfn, stackName);
        reading = undefined;
        const status = last?.StackStatus;
        if (!status?.endsWith('_IN_PROGRESS') || status === 'REVIEW_IN_PROGRESS')
            return { stack: last };
        if (now() - lastNotice >= WAIT_NOTICE_MS) {
            lastNotice = now();
            const waited = Math.round((now() - started) / 1000);
            logger.info(`stack ${stackName} is ${status}: waiting for that operation to finish (${waited} s so far)`);
        }
        return undefined;
    }, poll).catch((err) => {
        if (!isCancelled(err))
            throw err;
        throw new Cancelled(`plan ${err.message} while stack ${stackName} was ${last?.StackStatus}: this run changed nothing`);
    });
    if (!result.done)
        throw new src_errors/* UserError */.yo(`stack ${stackName} was still ${last?.StackStatus} when the wait-timeout ran out: another operation is running on it. Let it finish (a workflow concurrency group makes deploys queue) and run again.`);
    return result.value.stack;
}
async function deleteStack(cfn, stackId, poll) {
    try {
        await cfn.delete(stackId);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(`CloudFormation DeleteStack ${stackId}`, err);
    }
    const result = await pollUntil(async () => {
        const stack = await describeStack(cfn, stackId);
        const status = stack?.StackStatus;
        if (!stack || status === 'DELETE_COMPLETE')
            return true;
        if (status === 'DELETE_FAILED')
            throw new src_errors/* UserError */.yo(`deleting stack ${stackId} failed: ${stack.StackStatusReason ?? ''}`);
        return undefined;
    }, poll);
    if (!result.done)
        throw new src_errors/* UserError */.yo(`deleting stack ${stackId} did not finish in time`);
}
/** Every resource of a stack, page by page (DescribeStackResources stops at 100). */
async function listStackResources(cfn, stackId) {
    try {
        return await cfn.resources(stackId);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('CloudFormation ListStackResources', err);
    }
}

;// CONCATENATED MODULE: ./src/deploy/service-deployments.ts

const ROLLBACK = new Set([
    'ROLLBACK_REQUESTED',
    'ROLLBACK_IN_PROGRESS',
    'ROLLBACK_SUCCESSFUL',
    'ROLLBACK_FAILED',
]);
const FINISHED = new Set(['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']);
/** The view of one described deployment; `bakeSince` is when this run first saw it bake (ms). */
function deploymentView(d, now, bakeSince) {
    const status = d.status ?? 'PENDING';
    const bake = d.deploymentConfiguration?.bakeTimeInMinutes;
    const bakeMinutesLeft = d.lifecycleStage === 'BAKE_TIME' && bake !== undefined
        ? Math.max(0, Math.ceil(bake - (now - (bakeSince ?? now)) / 60_000))
        : undefined;
    const breaker = d.deploymentCircuitBreaker;
    const alarms = d.alarms;
    return {
        arn: d.serviceDeploymentArn ?? '',
        status,
        ...(d.lifecycleStage ? { stage: d.lifecycleStage } : {}),
        ...(d.deploymentConfiguration?.strategy ? { strategy: d.deploymentConfiguration.strategy } : {}),
        ...(d.targetServiceRevision?.requestedProductionTrafficWeight !== undefined
            ? { trafficPercent: d.targetServiceRevision.requestedProductionTrafficWeight }
            : {}),
        ...(bakeMinutesLeft !== undefined ? { bakeMinutesLeft } : {}),
        ...(breaker && breaker.status !== 'DISABLED'
            ? {
                circuitBreaker: {
                    status: breaker.status,
                    failures: breaker.failureCount ?? 0,
                    ...(breaker.threshold !== undefined ? { threshold: breaker.threshold } : {}),
                },
            }
            : {}),
        ...(alarms && alarms.status !== 'DISABLED'
            ? {
                alarms: {
                    status: alarms.status,
                    names: alarms.alarmNames ?? [],
                    triggered: alarms.triggeredAlarmNames ?? [],
                },
            }
            : {}),
        ...(d.statusReason ? { reason: d.statusReason } : {}),
        ...(d.rollback
            ? { rollback: { reason: d.rollback.reason, revision: d.rollback.serviceRevisionArn } }
            : {}),
        finished: FINISHED.has(status),
        rolledBack: ROLLBACK.has(status),
    };
}
/** Why ECS rolled a deployment back, in one sentence: which alarm, the circuit breaker's count, ECS's reason. */
function rollbackCause(view) {
    const causes = [];
    if (view.alarms?.triggered.length)
        causes.push(`CloudWatch alarm${view.alarms.triggered.length > 1 ? 's' : ''} ${view.alarms.triggered.join(', ')} went into ALARM`);
    if (view.circuitBreaker?.status === 'TRIGGERED')
        causes.push(`the deployment circuit breaker counted ${view.circuitBreaker.failures}${view.circuitBreaker.threshold !== undefined ? ` of ${view.circuitBreaker.threshold}` : ''} failed tasks`);
    const said = view.rollback?.reason ?? view.reason;
    if (said && !causes.some((c) => said.includes(c)))
        causes.push(said);
    const where = view.stage ? ` during ${view.stage}` : '';
    return `${causes.join('; ') || 'ECS gave no reason'}${where} (${view.status})`;
}
/**
 * Follows the deployments this run started, one per service. The first read lists each service's
 * deployments created since the run began; once known, only DescribeServiceDeployments is asked (20 a
 * call), and a finished deployment is not asked again.
 */
class DeploymentFollower {
    ecs;
    since;
    logger;
    now;
    /** Why the API could not be used; set once, and then nothing is asked again. */
    unavailable;
    found = new Map();
    /** Services already listed: after the stack settled, a service with no deployment of this run has none. */
    listed = new Set();
    /**
     * The ECS services the stack operation's events name (logical ids): once there is one, only those can
     * have a deployment of this run, and no other is listed. With none seen (an emulator that reports no
     * service events, or a page of events missed), every service is listed once.
     */
    touched;
    last = new Map();
    bakeSince = new Map();
    constructor(ecs, since, logger, now = Date.now) {
        this.ecs = ecs;
        this.since = since;
        this.logger = logger;
        this.now = now;
    }
    /**
     * The views of the services' deployments (by logical id); services without one this run are left out.
     * `listAgain`: while CloudFormation works a service's deployment may not have started yet, so a service
     * with none is listed again; once the stack has settled each service is listed once.
     */
    async read(services, listAgain = false) {
        if (this.unavailable)
            return this.last;
        try {
            for (const s of services) {
                if (this.found.has(s.logicalId) || (this.listed.has(s.logicalId) && !listAgain))
                    continue;
                if (this.touched?.size && !this.touched.has(s.logicalId))
                    continue;
                this.listed.add(s.logicalId);
                const listed = await this.ecs.deployments(s.cluster, s.arn, this.since);
                // The newest one created since the run began: the deployment this run's change started.
                const newest = [...listed].sort((a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0))[0];
                if (newest?.serviceDeploymentArn)
                    this.found.set(s.logicalId, newest.serviceDeploymentArn);
            }
            const open = services
                .filter((s) => this.found.has(s.logicalId) && !this.last.get(s.logicalId)?.finished)
                .map((s) => s.logicalId);
            for (let i = 0; i < open.length; i += 20) {
                const batch = open.slice(i, i + 20);
                const described = await this.ecs.describeDeployments(batch.map((id) => this.found.get(id)));
                for (const id of batch) {
                    const d = described.find((x) => x.serviceDeploymentArn === this.found.get(id));
                    if (!d)
                        continue;
                    if (d.lifecycleStage === 'BAKE_TIME' && !this.bakeSince.has(id))
                        this.bakeSince.set(id, this.now());
                    this.last.set(id, deploymentView(d, this.now(), this.bakeSince.get(id)));
                }
            }
        }
        catch (err) {
            this.giveUp(err);
        }
        return this.last;
    }
    /** The deployment ECS rolled back, first found, with its service. */
    rolledBack() {
        for (const [logicalId, view] of this.last)
            if (view.rolledBack)
                return { logicalId, view };
        return undefined;
    }
    /** The deployments still running (to stop one when the run is cancelled with no stack update in flight). */
    inFlight() {
        return [...this.last].filter(([, v]) => !v.finished).map(([logicalId, view]) => ({ logicalId, view }));
    }
    giveUp(err) {
        const message = (0,errors/* errorMessage */.gJ)(err);
        const name = err.name ?? '';
        this.unavailable = message;
        // Views that can no longer be refreshed would hold the rollout open: DescribeServices decides alone.
        this.last.clear();
        // A denied call needs the deploy role changed; a missing one (an emulator, an older partition) does not.
        const denied = /AccessDenied|not authorized/i.test(`${name} ${message}`);
        const said = `ECS service deployments could not be read (${message}); the rollout is followed through DescribeServices alone, without lifecycle stages, traffic shares or alarms`;
        if (denied)
            this.logger.warning(`${said}. Allow ecs:ListServiceDeployments and ecs:DescribeServiceDeployments to see them.`);
        else
            this.logger.info(said);
    }
}

;// CONCATENATED MODULE: ./src/deploy/rollout.ts






/**
 * The ECS services a stack owns, with their clusters and the task definitions the template gives
 * them, from the stack's resources (its Outputs may be empty).
 */
async function stackServices(cfn, stackId, template) {
    const resources = await listStackResources(cfn, stackId);
    const cluster = resources.find((r) => r.ResourceType === 'AWS::ECS::Cluster')?.PhysicalResourceId;
    const physical = new Map(resources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
    const taskDefinitionOf = (serviceId) => {
        const ref = template?.Resources[serviceId]?.Properties?.TaskDefinition
            ?.Ref;
        return ref ? physical.get(ref) : undefined;
    };
    // A GPU service's group, read back from the template (service → capacity provider → group); the group's
    // physical resource ID is its name (AWS::AutoScaling::AutoScalingGroup, Ref).
    const gpuOf = new Map((0,gpu_summary/* gpuSummaries */.ph)(template).flatMap((g) => {
        const group = physical.get(g.autoScalingGroupId);
        return group ? [[g.serviceId, { group, instanceType: g.instanceType }]] : [];
    }));
    return resources
        .filter((r) => r.ResourceType === 'AWS::ECS::Service' && r.PhysicalResourceId)
        .map((r) => {
        const gpu = gpuOf.get(r.LogicalResourceId);
        return {
            logicalId: r.LogicalResourceId,
            arn: r.PhysicalResourceId,
            cluster: clusterOf(r.PhysicalResourceId) ?? cluster ?? 'default',
            taskDefinition: taskDefinitionOf(r.LogicalResourceId),
            ...(gpu ? { gpu } : {}),
        };
    })
        .sort((a, b) => a.logicalId.localeCompare(b.logicalId));
}
/** Long service ARNs carry the cluster: arn:aws:ecs:region:acct:service/<cluster>/<name>. */
function clusterOf(serviceArn) {
    const parts = serviceArn.split(':').pop()?.split('/') ?? [];
    return parts.length === 3 ? parts[1] : undefined;
}
/**
 * Reads where a service's rollout stands. A rollout that ECS rolled back is a failure, never
 * success: after a circuit-breaker rollback the PRIMARY deployment is the old task definition and
 * may well be COMPLETED, so the task definition is checked, not only the state.
 */
function rolloutOf(logicalId, service, expectedTaskDefinition) {
    const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
    // The service's own task definition is what ECS settled on: after a rollback it is the old revision.
    const current = service.taskDefinition ?? primary?.taskDefinition;
    const mismatch = Boolean(expectedTaskDefinition && current && current !== expectedTaskDefinition);
    const failedDeployment = service.deployments?.find((d) => d.rolloutState === 'FAILED');
    // A different revision alone could be someone else's update (or an emulator that does not track
    // CloudFormation's updates); with a failed deployment or a rollback event it is ECS undoing ours.
    const rollbackEvidence = Boolean(failedDeployment) ||
        (service.events ?? [])
            .slice(0, 10)
            .some((e) => /roll(ing|ed) back|circuit breaker/i.test(e.message ?? ''));
    const rolledBack = mismatch && rollbackEvidence;
    const rolloutState = primary?.rolloutState ?? 'IN_PROGRESS';
    const desired = primary?.desiredCount ?? service.desiredCount ?? 0;
    const running = primary?.runningCount ?? service.runningCount ?? 0;
    const latestEvent = service.events?.[0]?.message;
    const otherDeployments = (service.deployments?.length ?? 1) - 1;
    const serving = (service.deployments ?? [])
        .filter((d) => d !== primary && (d.runningCount ?? 0) > 0)
        .map((d) => `${d.taskDefinition?.split('/').pop() ?? 'another revision'} (${d.runningCount} running)`);
    const failed = rolloutState === 'FAILED' || rolledBack;
    // Without a rollout state (the rolling controller on older APIs) fall back to counts.
    const done = !failed && rolloutState === 'COMPLETED' && running >= desired && otherDeployments === 0;
    return {
        logicalId,
        name: service.serviceName ?? logicalId,
        taskDefinition: current?.split('/').pop(),
        rolloutState,
        desired,
        running,
        pending: Math.max(0, primary?.pendingCount ?? 0),
        failedTasks: primary?.failedTasks ?? 0,
        otherDeployments,
        ...(serving.length ? { serving } : {}),
        latestEvent,
        done,
        failed,
        note: mismatch && !rolledBack
            ? `ECS reports ${current?.split('/').pop()}, not the deployed ${expectedTaskDefinition?.split('/').pop()}`
            : undefined,
        // A rollout failing now speaks for itself; a finished rollback is told by the revision ECS went back to.
        reason: !failed
            ? undefined
            : rolloutState === 'FAILED'
                ? (primary?.rolloutStateReason ?? latestEvent)
                : `${failedDeployment?.rolloutStateReason ?? 'the deployment was rolled back'}; ECS runs ${current?.split('/').pop()} instead of ${expectedTaskDefinition?.split('/').pop()}`,
    };
}
/** ECS's circuit breaker rolled a service back; `diagnosis` says why its last task stopped, once read. */
class RolloutFailed extends src_errors/* UserError */.yo {
    failedService;
    diagnosis;
    constructor(message, failedService) {
        super(message);
        this.failedService = failedService;
    }
}
/**
 * Waits until every service's primary deployment has completed, reporting each poll.
 * Fails with ECS's own reason when the circuit breaker rolled a deployment back.
 */
async function watchRollout(ecs, services, poll, onProgress = () => { }, follower, instances) {
    let rows = [];
    const result = await pollUntil(async () => {
        rows = await readRollouts(ecs, services, follower, false, instances);
        await onProgress(rows);
        const failed = rows.find((r) => r.failed);
        if (failed) {
            // Which service, so the caller can say why its tasks stopped (failure-report.ts).
            const service = services.find((s) => s.logicalId === failed.logicalId);
            throw new RolloutFailed(`ECS rolled back service ${failed.name}: ${failed.reason ?? 'the deployment failed'}${failed.latestEvent && failed.latestEvent !== failed.reason ? ` (latest event: ${failed.latestEvent})` : ''}`, service && { ...service, name: failed.name });
        }
        return rows.every((r) => r.done) ? rows : undefined;
    }, poll);
    if (!result.done) {
        const waiting = rows
            .filter((r) => !r.done)
            .map((r) => `${r.name} (${[`${r.running}/${r.desired} running`, r.instances, r.reason ?? r.latestEvent].filter(Boolean).join('; ')})`);
        throw new src_errors/* UserError */.yo(`rollout did not complete within the wait timeout: ${waiting.join(', ')}`);
    }
    return result.value;
}
function missingService(member, reason) {
    return {
        logicalId: member.logicalId,
        name: member.arn.split('/').pop() ?? member.logicalId,
        rolloutState: reason ?? 'MISSING',
        desired: 0,
        running: 0,
        pending: 0,
        failedTasks: 0,
        otherDeployments: 0,
        latestEvent: `ECS did not return the service${reason ? ` (${reason})` : ''}`,
        done: false,
        failed: false,
    };
}
/**
 * A row with ECS's own account of the deployment merged in: a rollback or a stopped deployment is a failure
 * with its cause, and a deployment ECS has not finished (a bake, a traffic shift) is not done yet.
 */
function withDeployment(row, view) {
    if (!view)
        return row;
    const failed = row.failed || view.rolledBack || view.status === 'STOPPED';
    const reason = view.rolledBack
        ? rollbackCause(view)
        : view.status === 'STOPPED'
            ? `ECS stopped the deployment${view.reason ? `: ${view.reason}` : ''}`
            : row.reason;
    return {
        ...row,
        deployment: view,
        failed,
        done: !failed && row.done && view.status === 'SUCCESSFUL',
        ...(reason ? { reason } : {}),
    };
}
/**
 * Every service's row, with its deployment as ECS reports it when a follower reads them, and a waiting GPU
 * service's instances when an InstanceWatch is given.
 */
async function readRollouts(ecs, services, follower, listAgain = false, instances) {
    let rows = await describeRollouts(ecs, services);
    if (follower) {
        const views = await follower.read(services, listAgain);
        rows = rows.map((r) => withDeployment(r, views.get(r.logicalId)));
    }
    return instances ? instances.annotate(services, rows) : rows;
}
async function describeRollouts(ecs, services) {
    const rows = [];
    const byCluster = new Map();
    for (const s of services)
        byCluster.set(s.cluster, [...(byCluster.get(s.cluster) ?? []), s]);
    for (const [cluster, members] of byCluster) {
        // DescribeServices takes at most 10 services a call.
        for (let i = 0; i < members.length; i += 10) {
            const batch = members.slice(i, i + 10);
            let out;
            try {
                out = await ecs.describe(cluster, batch.map((s) => s.arn));
            }
            catch (err) {
                throw (0,errors/* awsFailure */.MT)('ECS DescribeServices', err);
            }
            for (const member of batch) {
                const found = out.services.find((s) => s.serviceArn === member.arn || s.serviceName === member.arn);
                if (found)
                    rows.push(rolloutOf(member.logicalId, found, member.taskDefinition));
                // A service ECS does not return is not running: never count it as done.
                else
                    rows.push(missingService(member, out.failures.find((f) => f.arn === member.arn)?.reason));
            }
        }
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/deploy/change-set.ts





/** AWS reports an update that changes nothing in two ways; both are a successful no-op, not a failure. */
function isNoChangeReason(reason) {
    return failures/* NO_CHANGES */.eo.test(reason ?? '');
}
/** Change-set names: start with a letter, letters digits and hyphens, at most 128. */
function changeSetName(prefix, when, suffix) {
    const stamp = when.toISOString().replace(/[-:T]/g, '').slice(0, 14);
    const raw = [prefix, stamp, suffix].filter(Boolean).join('-');
    return raw
        .replace(/[^a-zA-Z0-9-]/g, '-')
        .replace(/^[^a-zA-Z]+/, 'c')
        .slice(0, 128);
}
/** Creates the change set and waits until CloudFormation has computed it. */
async function createChangeSet(cfn, request, poll) {
    let created;
    try {
        created = await cfn.create(request);
    }
    catch (err) {
        if (err instanceof failures/* ChangeSetEmpty */.Yr)
            return { kind: 'no-changes', reason: err.message };
        throw (0,errors/* awsFailure */.MT)(`CloudFormation CreateChangeSet ${request.changeSetName}`, err);
    }
    const changeSetId = created.id;
    const result = await pollUntil(async () => {
        const page = await describePage(cfn, changeSetId);
        if (page.Status === 'CREATE_COMPLETE' || page.Status === 'FAILED')
            return page;
        return undefined;
    }, poll).catch(async (err) => {
        if (!isCancelled(err))
            throw err;
        // A cancelled plan leaves no change set behind (the caller removes an empty new stack).
        const deleted = await deleteChangeSet(cfn, changeSetId).then(() => 'deleted it', (e) => `could not delete it: ${(0,errors/* errorMessage */.gJ)(e)}`);
        throw new Cancelled(`${err.message} while CloudFormation computed change set ${request.changeSetName}; ${deleted}`);
    });
    if (!result.done) {
        await deleteChangeSet(cfn, changeSetId).catch(() => undefined);
        throw new src_errors/* UserError */.yo(`change set ${request.changeSetName} was not ready in time (deleted it)`);
    }
    const first = result.value;
    if (first.Status === 'FAILED') {
        if (isNoChangeReason(first.StatusReason)) {
            return {
                kind: 'no-changes',
                changeSetId,
                stackId: first.StackId ?? created.stackId,
                reason: first.StatusReason ?? '',
            };
        }
        // A failed change set is useless and would linger on the stack: remove it before saying why.
        await deleteChangeSet(cfn, changeSetId).catch(() => undefined);
        throw new src_errors/* UserError */.yo(`change set ${request.changeSetName} failed: ${first.StatusReason ?? 'no reason given'}`);
    }
    const resolved = Object.fromEntries((first.Parameters ?? [])
        .filter((p) => p.ParameterKey && p.ResolvedValue)
        .map((p) => [p.ParameterKey, p.ResolvedValue]));
    return {
        kind: 'ready',
        changeSetId,
        stackId: (first.StackId ?? created.stackId),
        changes: await collectChanges(cfn, changeSetId, first),
        ...(Object.keys(resolved).length > 0 ? { resolved } : {}),
    };
}
async function describePage(cfn, id, nextToken) {
    try {
        return await cfn.describe(id, nextToken);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(`CloudFormation DescribeChangeSet`, err);
    }
}
async function collectChanges(cfn, id, first) {
    const changes = [];
    let page = first;
    while (page) {
        for (const change of page.Changes ?? []) {
            const resourceChange = toResourceChange(change);
            if (resourceChange)
                changes.push(resourceChange);
        }
        page = page.NextToken ? await describePage(cfn, id, page.NextToken) : undefined;
    }
    return changes.sort((a, b) => a.logicalId.localeCompare(b.logicalId));
}
function toResourceChange(change) {
    const rc = change.ResourceChange;
    if (!rc?.LogicalResourceId)
        return undefined;
    const properties = new Set();
    const details = [];
    for (const detail of rc.Details ?? []) {
        const target = detail.Target;
        const name = target?.Name;
        if (target?.Attribute !== 'Properties' || !name)
            continue;
        properties.add(name);
        details.push({
            property: name,
            ...(target.Path ? { path: target.Path } : {}),
            ...(target.RequiresRecreation ? { recreation: target.RequiresRecreation } : {}),
            ...(detail.CausingEntity ? { cause: detail.CausingEntity } : {}),
            ...(target.BeforeValue !== undefined ? { before: target.BeforeValue } : {}),
            ...(target.AfterValue !== undefined ? { after: target.AfterValue } : {}),
        });
    }
    return {
        action: (rc.Action ?? 'Modify'),
        logicalId: rc.LogicalResourceId,
        type: rc.ResourceType ?? '',
        physicalId: rc.PhysicalResourceId,
        replacement: rc.Replacement,
        scope: [...(rc.Scope ?? [])],
        properties: [...properties].sort(),
        ...(details.length ? { details } : {}),
    };
}
/** Best effort: a change set that is already gone (executed, or deleted with its stack) is fine. */
async function deleteChangeSet(cfn, changeSetId) {
    try {
        await cfn.delete(changeSetId);
    }
    catch (err) {
        if (err instanceof failures/* ChangeSetNotFound */.oJ || err instanceof failures/* StackNotFound */.yU)
            return;
        throw (0,errors/* awsFailure */.MT)('CloudFormation DeleteChangeSet', err);
    }
}

;// CONCATENATED MODULE: ./src/deploy/events.ts

/**
 * Events of one stack operation, oldest first. An operation is told apart by the client request
 * token we gave ExecuteChangeSet; events without one (some services omit it) count if they are no
 * older than the operation's start. Events come newest first, so paging stops at the operation's start,
 * and at the first event already `known` (seen in an earlier poll): everything after it is known too, so a
 * poll with nothing new costs one page. Only events not known are returned.
 */
async function operationEvents(source, stackId, token, since, known = () => false) {
    const events = [];
    let next;
    try {
        paging: do {
            const page = await source.page(stackId, next);
            for (const e of page.events) {
                const event = toOperationEvent(e, since);
                if (known(event.id))
                    break paging;
                if (e.ClientRequestToken ? e.ClientRequestToken === token : event.timestamp >= since)
                    events.push(event);
            }
            next = page.nextToken;
            // Past the operation's start: older pages hold earlier operations only.
            const oldest = page.events[page.events.length - 1]?.Timestamp;
            if (oldest && oldest < since)
                break;
        } while (next);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('CloudFormation DescribeStackEvents', err);
    }
    return events.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
}
function toOperationEvent(e, since) {
    return {
        id: e.EventId ?? `${e.Timestamp?.toISOString()}|${e.LogicalResourceId}|${e.ResourceStatus}`,
        timestamp: e.Timestamp ?? since,
        logicalId: e.LogicalResourceId ?? '',
        type: e.ResourceType ?? '',
        status: e.ResourceStatus ?? '',
        reason: e.ResourceStatusReason,
        ...(e.PhysicalResourceId ? { physicalId: e.PhysicalResourceId } : {}),
    };
}
/** Reasons CloudFormation gives to resources that failed only because another one did. */
const CASCADE = /Resource (creation|update|deletion) cancelled|The following resource\(s\) failed|Resource handler returned message: "null"|rollback requested by user/i;
/**
 * The event that explains a failed operation: the first resource failure that is not a cascade
 * of another (the last event is usually just "the following resource(s) failed...").
 */
function rootCause(events) {
    const failures = events.filter((e) => e.status.endsWith('_FAILED') && e.reason);
    return (failures.find((e) => !CASCADE.test(e.reason) && e.type !== 'AWS::CloudFormation::Stack') ?? failures[0]);
}

;// CONCATENATED MODULE: ./src/deploy/stack-watch.ts



/** One line per event, as the log shows it. */
function formatEvent(e) {
    return `${e.timestamp.toISOString()} ${e.logicalId} ${e.status}${e.reason ? `: ${e.reason}` : ''}`;
}
/** The events of one stack operation, read incrementally. */
class StackEventStream {
    source;
    stackId;
    options;
    /** Every event read so far, oldest first. */
    events = [];
    seen = new Set();
    constructor(source, stackId, options) {
        this.source = source;
        this.stackId = stackId;
        this.options = options;
    }
    /** Reads the events not seen yet (one page when nothing is new); each is logged, kept and handed on. */
    async read() {
        const { token, since, logger, onEvent } = this.options;
        const known = (id) => this.seen.has(id);
        for (const e of await operationEvents(this.source, this.stackId, token, since, known)) {
            if (known(e.id))
                continue;
            this.seen.add(e.id);
            this.events.push(e);
            logger.info(formatEvent(e));
            onEvent?.(e);
        }
    }
    /** The event that explains a failed operation (events.ts rootCause). */
    rootCause() {
        return rootCause(this.events);
    }
}
/**
 * Polls the stack, then its new events, until `settled` returns a value for the stack read. The stack is
 * read first: events read after the stack settled include all of the operation's, so a success needs no
 * read after the loop (a failure reads once more, for what its last poll may have missed).
 */
function watchStack(stacks, stream, poll, settled, 
/** Runs after each poll that has not settled (the ECS rollout the operation waits for, live-rollout.ts). */
alongside) {
    return pollUntil(async () => {
        const stack = await describeStack(stacks, stream.stackId);
        await stream.read();
        const value = settled(stack);
        if (value === undefined)
            await alongside?.();
        return value;
    }, poll);
}

;// CONCATENATED MODULE: ./src/deploy/cancel.ts



/** The status reported when CloudFormation could not be read at all. */
const UNREAD = 'in a state that could not be read (DescribeStacks failed)';
/**
 * Stops the stack operation a cancelled run started: an update is cancelled (CloudFormation rolls it
 * back), a first create is deleted (unless disable-rollback keeps it); either is followed until it
 * settles or the cancel budget runs out.
 */
async function cancelStackOperation(stacks, stackId, options, poll) {
    const settle = cleanupPoll(poll);
    const before = await stacks.describe(stackId).catch(() => undefined);
    const status = before?.StackStatus ?? '';
    const action = status === 'UPDATE_IN_PROGRESS'
        ? 'cancel-update'
        : status === 'CREATE_IN_PROGRESS' && !options.disableRollback
            ? 'delete'
            : 'none';
    let refused;
    try {
        if (action === 'cancel-update')
            await stacks.cancelUpdate(stackId);
        if (action === 'delete')
            await stacks.delete(stackId);
    }
    catch (err) {
        // e.g. the update finished between the read and the call; the state read below says what happened.
        refused = (0,errors/* errorMessage */.gJ)(err);
    }
    let last = before;
    let gone = false;
    const settled = action === 'none' && !status.endsWith('_IN_PROGRESS')
        ? true
        : (await pollUntil(async () => {
            try {
                last = await stacks.describe(stackId);
            }
            catch {
                return undefined; // a failed read within a short budget: try again
            }
            gone = !last || last.StackStatus === 'DELETE_COMPLETE';
            return gone || !last?.StackStatus?.endsWith('_IN_PROGRESS') ? true : undefined;
        }, settle)).done;
    const finalStatus = gone ? 'DELETE_COMPLETE' : last?.StackStatus || status || UNREAD;
    return { before: status, action, status: finalStatus, settling: !settled, ...(refused ? { refused } : {}) };
}
/** One sentence for the log, the comment and the job summary: what was done and the state left. */
function describeCancel(stackName, request, outcome, options) {
    const waited = `${Math.round(request.waitMs / 1000)} s`;
    const state = outcome.settling
        ? `stack ${stackName} was still ${outcome.status} after ${waited}: CloudFormation carries on without this run`
        : `stack ${stackName} is ${outcome.status}`;
    const asked = outcome.action === 'cancel-update'
        ? 'asked CloudFormation to cancel the update (CancelUpdateStack), which rolls it back to the previous release'
        : outcome.action === 'delete'
            ? 'the stack was being created, which CloudFormation cannot cancel, so it was deleted (DeleteStack)'
            : options.disableRollback && outcome.before === 'CREATE_IN_PROGRESS'
                ? `the stack was being created and disable-rollback keeps it: delete it when done (aws cloudformation delete-stack --stack-name ${stackName})`
                : 'the stack operation had already finished, so there was nothing to cancel';
    const refused = outcome.refused ? ` (CloudFormation refused: ${outcome.refused})` : '';
    return `deploy cancelled (${request.signalName}): ${asked}${refused}; ${state}`;
}
/** Cancels what the run executes, logs it, and returns the Cancelled error that ends the run. */
async function cancelExecution(stacks, stackId, options, logger, poll) {
    const request = cancelRequest(poll.signal);
    logger.warning(`${request.signalName} received: stopping the stack operation`);
    const outcome = await cancelStackOperation(stacks, stackId, options, poll);
    const stackName = /:stack\/([^/]+)\//.exec(stackId)?.[1] ?? stackId;
    const message = describeCancel(stackName, request, outcome, options);
    logger.warning(message);
    return new Cancelled(message);
}

;// CONCATENATED MODULE: ./src/deploy/execute.ts








const SUCCESS = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);
/**
 * Executes a change set and waits for the stack to settle. On failure it names the root-cause
 * event (not the last one) and leaves no change set behind.
 */
async function executeChangeSet(aws, input, logger, poll, onEvent = () => { }, 
/** Runs between polls while CloudFormation works (the live view of the ECS rollout it waits through). */
alongside) {
    const token = `compose-ecs-${(0,external_node_crypto_.randomUUID)()}`;
    // A little slack: the emulator and AWS stamp events with their own clocks.
    const since = new Date((poll.now ?? Date.now)() - 5000);
    if (poll.signal?.aborted)
        throw await discardUnexecuted(aws, input, logger, poll);
    let executeError;
    try {
        await aws.changeSets.execute(input.changeSetId, { token, disableRollback: input.disableRollback });
    }
    catch (err) {
        executeError = err;
    }
    const stream = new StackEventStream(aws.events, input.stackId, { token, since, logger, onEvent });
    let status = '';
    let statusReason;
    let settledStack;
    if (!executeError) {
        const settled = await watchStack(aws.stacks, stream, poll, (stack) => (!stack?.StackStatus || stack.StackStatus.endsWith('_IN_PROGRESS') ? undefined : stack), alongside).catch(async (err) => {
            // Cancelled while CloudFormation works: cancel the update (or delete a first create) and say how it ended.
            if (!isCancelled(err))
                throw err;
            throw await cancelExecution(aws.stacks, input.stackId, input, logger, poll);
        });
        if (!settled.done) {
            throw new src_errors/* UserError */.yo(`stack ${input.stackId} did not settle within the wait timeout; it is still running in CloudFormation`);
        }
        settledStack = settled.value;
        status = settled.value.StackStatus;
        statusReason = settled.value.StackStatusReason;
    }
    if (!executeError && SUCCESS.has(status))
        return {
            stackId: input.stackId,
            status,
            events: stream.events,
            ...(settledStack ? { stack: settledStack } : {}),
        };
    // Failed: read what is left to read (ExecuteChangeSet's own failure has had no read yet), clean up, then
    // explain with the first real failure.
    await stream.read().catch(() => undefined);
    await deleteChangeSet(aws.changeSets, input.changeSetId).catch((err) => logger.warning(`could not delete change set ${input.changeSetId}: ${(0,errors/* errorMessage */.gJ)(err)}`));
    const cause = stream.rootCause();
    if (cause) {
        throw new src_errors/* UserError */.yo(`deploy failed: ${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`);
    }
    if (executeError)
        throw (0,errors/* awsFailure */.MT)('CloudFormation ExecuteChangeSet', executeError);
    throw new src_errors/* UserError */.yo(`deploy failed: stack is ${status}${statusReason ? `: ${statusReason}` : ''}`);
}
/**
 * Cancelled after the plan, before ExecuteChangeSet: nothing changed, so the change set goes, and so does
 * the empty REVIEW_IN_PROGRESS stack of a CREATE change set.
 */
async function discardUnexecuted(aws, input, logger, poll) {
    const done = [];
    try {
        await deleteChangeSet(aws.changeSets, input.changeSetId);
        done.push('deleted the change set');
        const stack = await describeStack(aws.stacks, input.stackId);
        if (stack?.StackStatus === 'REVIEW_IN_PROGRESS') {
            await deleteStack(aws.stacks, input.stackId, cleanupPoll(poll));
            done.push('deleted the empty new stack');
        }
    }
    catch (err) {
        done.push(`could not finish cleaning up: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    const message = `deploy cancelled (${cancelRequest(poll.signal).signalName}) before the change set executed: the stack is unchanged; ${done.join(', ')}`;
    logger.warning(message);
    return new Cancelled(message);
}

;// CONCATENATED MODULE: ./src/deploy/failure-report.ts
const LOG_LINES = 20;
/**
 * The most recently stopped task of a service, explained; undefined when ECS has no stopped task to show
 * (or cannot be read: a diagnosis never hides the failure it explains).
 */
async function diagnoseService(ecs, logs, service, targetGroupArns = []) {
    const [task] = await ecs.stoppedTasks(service.cluster, service.arn, 1).catch(() => []);
    if (!task?.taskArn)
        return undefined;
    const taskId = task.taskArn.split('/').pop();
    const definition = task.taskDefinitionArn
        ? await ecs.taskDefinition(task.taskDefinitionArn).catch(() => undefined)
        : undefined;
    // Containers that failed first: a non-zero exit, then any with a reason; the init containers last.
    const containers = [...(task.containers ?? [])].sort((a, b) => rank(a) - rank(b));
    const diagnosed = [];
    for (const c of containers) {
        if (!c.name || (c.exitCode === 0 && !c.reason))
            continue;
        const options = definition?.containerDefinitions?.find((d) => d.name === c.name)?.logConfiguration;
        const group = options?.logDriver === 'awslogs' ? options.options?.['awslogs-group'] : undefined;
        const prefix = options?.options?.['awslogs-stream-prefix'];
        // awslogs names each stream <prefix>/<container name>/<task id> (Amazon ECS developer guide, awslogs).
        const lines = group && prefix
            ? await logs.tail(group, `${prefix}/${c.name}/${taskId}`, LOG_LINES).catch(() => [])
            : [];
        diagnosed.push({
            name: c.name,
            ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
            ...(c.reason ? { reason: c.reason } : {}),
            lastLines: lines.map((l) => l.message.replace(/\s+$/, '')),
        });
    }
    const unhealthyTargets = [];
    const groups = targetGroupArns.length
        ? targetGroupArns
        : await ecs
            .describe(service.cluster, [service.arn])
            .then((r) => r.services.flatMap((s) => (s.loadBalancers ?? []).map((lb) => lb.targetGroupArn ?? '')))
            .catch(() => []);
    for (const arn of groups.filter(Boolean)) {
        const health = await ecs.targetHealth(arn).catch(() => []);
        for (const h of health) {
            const state = h.TargetHealth?.State;
            if (state === 'healthy' || state === undefined)
                continue;
            const target = `${h.Target?.Id ?? '?'}:${h.Target?.Port ?? '?'}`;
            const why = [h.TargetHealth?.Reason, h.TargetHealth?.Description].filter(Boolean).join(': ');
            unhealthyTargets.push(`${target} ${state}${why ? ` (${why})` : ''}`);
        }
    }
    return {
        service: service.name,
        taskId,
        ...(task.stoppedReason ? { stoppedReason: task.stoppedReason } : {}),
        containers: diagnosed,
        unhealthyTargets,
    };
}
function rank(c) {
    if (c.exitCode !== undefined && c.exitCode !== 0)
        return 0;
    if (c.reason)
        return 1;
    return 2;
}
/** The diagnosis as text lines: the stopped reason, each failed container with its last lines, unhealthy targets. */
function formatDiagnosis(d) {
    const out = [`stopped task ${d.taskId} of ${d.service}: ${d.stoppedReason ?? 'no reason given'}`];
    for (const c of d.containers) {
        const exit = c.exitCode !== undefined ? `exit code ${c.exitCode}` : 'no exit code';
        out.push(`  container ${c.name}: ${exit}${c.reason ? ` (${c.reason})` : ''}`);
        if (c.lastLines.length) {
            out.push(`  last ${c.lastLines.length} lines of ${c.name}:`);
            for (const line of c.lastLines)
                out.push(`    ${line}`);
        }
    }
    for (const t of d.unhealthyTargets)
        out.push(`  target ${t}`);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/deploy/gpu-instances.ts
/** A GPU instance boots in a few minutes; a group still empty after this is looked into. */
const STUCK_AFTER_MS = 3 * 60_000;
/** Activities read per stuck group: the newest ones (DescribeScalingActivities returns them newest first). */
const ACTIVITIES_READ = 10;
class InstanceWatch {
    capacity;
    now;
    since;
    /** Per group: since when it has had no instance in service. */
    emptySince = new Map();
    constructor(capacity, now, 
    /** Activities that started before this are an earlier deploy's, not this one's cause. */
    since) {
        this.capacity = capacity;
        this.now = now;
        this.since = since;
    }
    /** The rows, each waiting GPU service's with its group's instances (and a stuck group's cause). */
    async annotate(services, rows) {
        const gpuOf = new Map(services.flatMap((s) => (s.gpu ? [[s.logicalId, s.gpu]] : [])));
        const waiting = rows.filter((r) => gpuOf.has(r.logicalId) && !r.done && !r.failed);
        // Only GPU services have groups: without one waiting, Auto Scaling is not asked.
        if (waiting.length === 0)
            return rows;
        const names = [...new Set(waiting.map((r) => gpuOf.get(r.logicalId).group))];
        let groups;
        try {
            groups = await this.capacity.groups(names);
        }
        catch {
            return rows;
        }
        const causes = new Map();
        for (const group of groups) {
            const name = group.AutoScalingGroupName;
            if (name)
                causes.set(name, await this.stuckCause(name, inService(group)));
        }
        return rows.map((row) => {
            const gpu = gpuOf.get(row.logicalId);
            const group = gpu && waiting.includes(row) ? groups.find((g) => g.AutoScalingGroupName === gpu.group) : undefined;
            if (!gpu || !group)
                return row;
            const cause = causes.get(gpu.group);
            return {
                ...row,
                instances: `instances: ${inService(group)}/${group.DesiredCapacity ?? 0} in service (${gpu.instanceType})`,
                ...(cause ? { reason: `Auto Scaling could not start ${gpu.instanceType} instances: ${cause}` } : {}),
            };
        });
    }
    /** The newest failed activity's message of a group empty for STUCK_AFTER_MS; undefined otherwise. */
    async stuckCause(group, running) {
        if (running > 0) {
            this.emptySince.delete(group);
            return undefined;
        }
        const since = this.emptySince.get(group) ?? this.now();
        this.emptySince.set(group, since);
        if (this.now() - since < STUCK_AFTER_MS)
            return undefined;
        let activities;
        try {
            activities = await this.capacity.activities(group, ACTIVITIES_READ);
        }
        catch {
            return undefined;
        }
        const failed = activities.find(
        // A launch that failed is Failed or Cancelled, its StatusMessage the cause (API_DescribeScalingActivities).
        (a) => (a.StatusCode === 'Failed' || a.StatusCode === 'Cancelled') &&
            (a.StartTime?.getTime() ?? 0) >= this.since);
        return failed ? (failed.StatusMessage ?? failed.Description) : undefined;
    }
}
function inService(group) {
    return (group.Instances ?? []).filter((i) => i.LifecycleState === 'InService').length;
}

;// CONCATENATED MODULE: ./src/deploy/live-rollout.ts

const READ_EVERY_MS = 15_000;
class LiveRollout {
    aws;
    stack;
    follower;
    onRows;
    now;
    instances;
    services = [];
    lastRead;
    /** Reads made: a failure forces one more read only after the operation lasted long enough for one. */
    reads = 0;
    /** The rows last handed on (the final report keeps them when the stack fails). */
    rows = [];
    constructor(aws, stack, follower, onRows, now, 
    /** A waiting GPU service's instances (gpu-instances.ts); no Auto Scaling call for a stack without GPUs. */
    instances) {
        this.aws = aws;
        this.stack = stack;
        this.follower = follower;
        this.onRows = onRows;
        this.now = now;
        this.instances = instances;
        this.lastRead = now();
    }
    /**
     * Between two polls of the stack: reads when READ_EVERY_MS has passed since the last read. `force` (the
     * operation failed) reads once more, unless nothing was read yet: a quick failure is not a rollout's.
     */
    async tick(force = false) {
        if (force ? this.reads === 0 : this.now() - this.lastRead < READ_EVERY_MS)
            return;
        this.lastRead = this.now();
        this.reads++;
        try {
            // A stack being created gains its services as it goes: listed again until there are some.
            if (!this.services.length)
                this.services = await stackServices(this.aws.stacks, this.stack.stackId, this.stack.template);
            if (!this.services.length)
                return;
            this.rows = await readRollouts(this.aws.services, this.services, this.follower, true, this.instances);
            await this.onRows(this.rows);
        }
        catch {
            // Display only: CloudFormation's outcome decides, and the rollout watch after it reads again.
        }
    }
    /** The service ECS rolled back during the operation, with its StackService (for the failure report). */
    rolledBack() {
        const found = this.follower.rolledBack();
        const service = found && this.services.find((s) => s.logicalId === found.logicalId);
        if (!found || !service)
            return undefined;
        const row = this.rows.find((r) => r.logicalId === found.logicalId);
        return { service, ...(row ? { row } : {}), cause: row?.reason ?? found.view.status };
    }
}

;// CONCATENATED MODULE: ./src/deploy/certificate-watch.ts

const CERTIFICATE = 'AWS::CertificateManager::Certificate';
const certificate_watch_READ_EVERY_MS = 15_000;
/** What to do about each FailureReason ACM documents (API_CertificateDetail, FailureReason). */
const ADVICE = {
    CAA_ERROR: 'a CAA record of the domain (or a parent) does not allow amazon.com, amazontrust.com, awstrust.com or amazonaws.com to issue: add one of them to the CAA records',
    NO_AVAILABLE_CONTACTS: 'no contact for email validation: use DNS validation in a Route 53 zone of the name',
    DOMAIN_NOT_ALLOWED: 'ACM does not issue for this name (ask AWS Support to review it)',
    INVALID_PUBLIC_DOMAIN: 'the name is not a valid public domain: check its spelling and top-level domain',
    DOMAIN_VALIDATION_DENIED: 'validation of the name was denied: ask AWS Support',
    ADDITIONAL_VERIFICATION_REQUIRED: 'ACM needs more information for this name: open a case with AWS Support',
};
const TIMED_OUT = 'ACM never saw the validation CNAME: the hosted zone must be authoritative for the name (its NS records delegated from the parent zone or registrar), and the record must resolve publicly';
/** One line of ACM's state for the report and the log. */
function certificateLine(c) {
    const pending = (c.DomainValidationOptions ?? []).filter((o) => o.ValidationStatus !== 'SUCCESS');
    switch (c.Status) {
        case 'PENDING_VALIDATION': {
            const names = pending.map((o) => {
                const r = o.ResourceRecord;
                const zone = o.ValidationDomain && o.ValidationDomain !== o.DomainName ? o.ValidationDomain : undefined;
                const record = r
                    ? ` (record ${r.Name?.replace(/\.$/, '')} ${r.Type}${zone ? ` in zone ${zone}` : ''})`
                    : '';
                return `${o.DomainName}${record}`;
            });
            return `ACM: pending DNS validation of ${names.join(', ') || c.DomainName}; a first issue can take minutes`;
        }
        case 'ISSUED':
            return `ACM: issued for ${[c.DomainName, ...(c.SubjectAlternativeNames ?? []).filter((n) => n !== c.DomainName)].join(', ')}`;
        default:
            return `ACM: ${c.Status ?? 'unknown status'}${c.FailureReason ? ` (${c.FailureReason})` : ''}`;
    }
}
/** The deploy's root cause when ACM failed the certificate; undefined otherwise. */
function certificateFailure(logicalId, c) {
    if (c.Status === 'VALIDATION_TIMED_OUT')
        return `ACM validation of ${logicalId} (${c.DomainName}) timed out: ${TIMED_OUT}`;
    if (c.Status !== 'FAILED')
        return undefined;
    const reason = c.FailureReason ?? 'OTHER';
    const advice = ADVICE[reason] ?? 'see the certificate in the ACM console for the name that failed';
    return `ACM failed certificate ${logicalId} (${c.DomainName}): ${reason}: ${advice}`;
}
class CertificateWatch {
    aws;
    logger;
    onEvent;
    now;
    watched = new Map();
    lastRead;
    failed;
    constructor(aws, logger, 
    /** The report's progress: a certificate's row gains ACM's status as its reason. */
    onEvent, now) {
        this.aws = aws;
        this.logger = logger;
        this.onEvent = onEvent;
        this.now = now;
        this.lastRead = now();
    }
    /** Every event of the operation passes here: certificates are followed from CREATE_IN_PROGRESS on. */
    see(event) {
        if (event.type !== CERTIFICATE)
            return;
        const known = this.watched.get(event.logicalId);
        if (!known && event.status !== 'CREATE_IN_PROGRESS')
            return;
        // The ARN appears on the "Resource creation Initiated" event, once ACM has the request.
        const arn = event.physicalId?.startsWith('arn:') ? event.physicalId : known?.arn;
        this.watched.set(event.logicalId, { ...known, status: event.status, ...(arn ? { arn } : {}) });
    }
    /**
     * Between two polls of the stack: reads the certificates in creation when READ_EVERY_MS has passed.
     * `force` (the operation failed): reads the ones CloudFormation failed, once, for ACM's reason.
     */
    async tick(force = false) {
        const due = [...this.watched].filter(([, w]) => force ? w.arn && w.status === 'CREATE_FAILED' : w.arn && w.status === 'CREATE_IN_PROGRESS');
        if (!due.length || (!force && this.now() - this.lastRead < certificate_watch_READ_EVERY_MS))
            return;
        this.lastRead = this.now();
        for (const [logicalId, w] of due) {
            try {
                const detail = await this.aws.certificates.describe(w.arn);
                if (!detail)
                    continue;
                this.failed ??= certificateFailure(logicalId, detail);
                const line = certificateLine(detail);
                // A forced read restates the line on the failed row: ACM's reason, not CloudFormation's, stays in sight.
                if (line === w.line && !force)
                    continue;
                w.line = line;
                this.logger.info(`${logicalId} ${line}`);
                const at = new Date(this.now());
                this.onEvent({
                    id: `acm|${logicalId}|${w.status}|${line}`,
                    timestamp: at,
                    logicalId,
                    type: CERTIFICATE,
                    status: w.status,
                    reason: line,
                });
            }
            catch (err) {
                this.logger.debug?.(`could not read certificate ${w.arn}: ${(0,errors/* errorMessage */.gJ)(err)}`);
            }
        }
    }
    /** ACM's failure of a certificate seen during the operation, with what to do. */
    failure() {
        return this.failed;
    }
}

;// CONCATENATED MODULE: ./src/deploy/stop-deployments.ts

/**
 * Stops every deployment the follower saw still running, with ROLLBACK; one sentence for the report saying
 * what ECS does, or undefined when nothing was in flight (or the follower never read a deployment).
 */
async function stopInFlight(ecs, follower) {
    const running = follower.inFlight();
    if (!running.length)
        return undefined;
    const stopped = [];
    const refused = [];
    for (const { logicalId, view } of running) {
        try {
            await ecs.stopDeployment(view.arn);
            stopped.push(logicalId);
        }
        catch (err) {
            refused.push(`${logicalId} (${(0,errors/* errorMessage */.gJ)(err)})`);
        }
    }
    const parts = [];
    if (stopped.length)
        parts.push(`asked ECS to stop the deployment of ${stopped.join(', ')} (StopServiceDeployment, ROLLBACK): ECS rolls ${stopped.length > 1 ? 'them' : 'it'} back to the previous service revision, while the stack still names the new one, so deploy again (or roll the release back) to bring the two together`);
    if (refused.length)
        parts.push(`ECS refused to stop ${refused.join(', ')}, and goes on with ${refused.length > 1 ? 'those' : 'that'} rollout`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts










/** A rolled-back service's failure, with why its last task stopped and what it printed (failure-report.ts). */
async function withDiagnosis(aws, err, logger) {
    if (!(err instanceof RolloutFailed) || !err.failedService)
        return err;
    const diagnosis = await diagnoseService(aws.services, aws.logs, err.failedService).catch(() => undefined);
    if (!diagnosis)
        return err;
    err.diagnosis = formatDiagnosis(diagnosis);
    logger.info(err.diagnosis);
    return err;
}
/**
 * Executes a ready change set, then follows every ECS service of the stack until its rollout has
 * completed. Either step's failure throws with its root cause; success means ECS runs the release.
 */
async function deployChangeSet(aws, ready, logger, poll, progress, 
/** The run's steps (src/kernel/): the change set's execution and the rollout are one each. */
step) {
    const now = poll.now ?? Date.now;
    // The deployments ECS starts for this change set: created from now on (a little slack for clocks).
    const follower = new DeploymentFollower(aws.services, new Date(now() - 5000), logger, now);
    // Only a service the operation touched has a deployment of this run: the others are not listed.
    const touched = new Set();
    follower.touched = touched;
    // The certificates CloudFormation waits for ACM to issue (x-aws-domain): their status on their rows.
    const certificates = new CertificateWatch(aws, logger, progress.onEvent, now);
    const onEvent = (event) => {
        if (event.type === 'AWS::ECS::Service')
            touched.add(event.logicalId);
        certificates.see(event);
        progress.onEvent(event);
    };
    // GPU services' instances while their rollouts wait: Auto Scaling is asked only for a stack with GPU groups.
    const instances = new InstanceWatch(aws.capacity, now, now() - 5000);
    const live = new LiveRollout(aws, ready, follower, progress.onRollout, now, instances);
    const alongside = async () => {
        await live.tick();
        await certificates.tick();
    };
    const executed = await step('deploy', () => executeChangeSet(aws, ready, logger, poll, onEvent, alongside), ready.stackName).catch(async (err) => {
        if (isCancelled(err))
            throw leftToCloudFormation(err, live, logger);
        // ACM failed a certificate: its reason, with what to do, is the root cause.
        await certificates.tick(true);
        const acm = certificates.failure();
        if (acm)
            throw new src_errors/* UserError */.yo(`deploy failed: ${acm}; ${err instanceof Error ? err.message : String(err)}`);
        // CloudFormation failed the service because ECS rolled its deployment back: say ECS's cause first.
        await live.tick(true);
        const rolledBack = live.rolledBack();
        if (!rolledBack)
            throw err;
        const name = rolledBack.row?.name ?? rolledBack.service.logicalId;
        const failure = new RolloutFailed(`ECS rolled back service ${name}: ${rolledBack.cause}; ${err instanceof Error ? err.message : String(err)}`, { ...rolledBack.service, name });
        throw await withDiagnosis(aws, failure, logger);
    });
    if (executed.stack)
        progress.onSettled?.(executed.stack);
    return step('rollout', async () => {
        const services = await stackServices(aws.stacks, ready.stackId, ready.template);
        const rows = await watchRollout(aws.services, services, poll, async (rows) => {
            for (const r of rows)
                logger.info(rolloutLine(r));
            await progress.onRollout(rows);
        }, follower, instances).catch(async (err) => {
            if (isCancelled(err))
                throw await rolloutCancelled(aws, ready.stackName, follower, poll, logger);
            throw await withDiagnosis(aws, err, logger);
        });
        for (const r of rows)
            if (r.note)
                logger.warning(`${r.name}: ${r.note}`);
        return rows;
    });
}
/**
 * Cancelled while CloudFormation waited through ECS deployments: CancelUpdateStack (cancel.ts) was the right
 * call, and the report says what it means for each deployment ECS was running. A StopServiceDeployment
 * underneath would fail the resource, and CloudFormation would roll back with yet another deployment.
 */
function leftToCloudFormation(err, live, logger) {
    const running = live.follower.inFlight();
    if (!running.length)
        return err;
    const names = running.map((r) => `${r.logicalId} (${r.view.stage ?? r.view.status})`).join(', ');
    const said = `ECS's deployment of ${names} was not stopped underneath CloudFormation: the stack's rollback deploys the previous revision again, and ECS shifts any traffic back to it`;
    logger.warning(said);
    return new Cancelled(`${err.message}; ${said}`);
}
/** One log line per service and poll: ECS's state, its counts, and the deployment's stage when ECS reports it. */
function rolloutLine(r) {
    const d = r.deployment;
    const stage = d
        ? ` · ${[d.status, d.stage, d.trafficPercent !== undefined ? `${d.trafficPercent} % traffic` : undefined].filter(Boolean).join(' ')}`
        : '';
    // A waiting GPU service's instances, with why its group could not start any when that is known.
    const instances = r.instances ? ` · ${r.instances}${r.reason ? ` (${r.reason})` : ''}` : '';
    const said = r.latestEvent;
    return `${r.name}: ${r.rolloutState} ${r.running}/${r.desired} running${stage}${instances}${said ? ` · ${said}` : ''}`;
}
/**
 * Cancelled once CloudFormation had finished: there is no stack operation left to cancel (CancelUpdateStack
 * applies to UPDATE_IN_PROGRESS only). A deployment ECS still runs is stopped with StopServiceDeployment
 * (stop-deployments.ts), which rolls it back; without one, ECS goes on with the rollout the stack started.
 */
async function rolloutCancelled(aws, stackName, follower, poll, logger) {
    const signal = cancelRequest(poll.signal).signalName;
    const stopped = await stopInFlight(aws.services, follower);
    const message = stopped
        ? `deploy cancelled (${signal}) while ECS rolled the release out: stack ${stackName} had already been updated, so there was nothing to cancel in CloudFormation; ${stopped}`
        : `deploy cancelled (${signal}) while ECS rolled the release out: stack ${stackName} had already been updated, so there was nothing to cancel in CloudFormation; ECS goes on with the rollout (its deployment circuit breaker rolls back new tasks that fail, unless update_config.failure_action is continue)`;
    logger.warning(message);
    return new Cancelled(message);
}

;// CONCATENATED MODULE: ./src/deploy/termination-protection.ts

async function protectStack(aws, stackId, logger) {
    try {
        await aws.stacks.setTerminationProtection(stackId, true);
        logger.info('termination protection is on: the stack cannot be deleted until it is turned off');
    }
    catch (err) {
        // The release runs; only the protection is missing: say so loudly, without failing the deploy.
        logger.warning(`could not turn termination protection on: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/deploy/file-secrets.ts




/** The Secrets Manager name a compose secret is stored under: one per stack and secret. */
function storedSecretName(stackName, secret) {
    return `compose-ecs/${stackName}/${secret}`;
}
/**
 * Fills the template's file-secret parameters. A `file:` (or `environment:`) secret's content goes
 * to Secrets Manager through the API, never into the template, the change set, a log or a comment;
 * the template gets the secret's ARN and the version id its tasks pin.
 *
 * Nothing is written here. New content gets a fresh random version id (never derived from the
 * content: a hash of a weak password in a stack parameter could be guessed offline), which the change
 * set pins; the content is stored under that id by writeFileSecrets only once the change set is ready
 * and about to execute (Secrets Manager takes the version id as PutSecretValue's ClientRequestToken:
 * https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_PutSecretValue.html). A deploy
 * of a secret that does not exist yet creates it without a value (CreateSecret without SecretString
 * creates no version: https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html),
 * because its ARN carries a random suffix the template needs. A plan creates nothing and passes the
 * ARN the secret has, or will have.
 */
async function fileSecretParameters(project, environment, stackName, parameters, mode, deps, 
/** The parameter values the stack runs now (a plan keeps the version it pins). */
stackParameters = {}) {
    const plan = { parameters: {}, writes: [], created: [] };
    const values = plan.parameters;
    const newVersionId = deps.newVersionId ?? external_node_crypto_.randomUUID;
    for (const p of parameters.filter((x) => x.kind === 'file-secret')) {
        const definition = project.secrets[p.secret ?? ''];
        if (!definition)
            throw new src_errors/* UserError */.yo(`template parameter ${p.name} names an unknown secret ${p.secret}`);
        const content = await secretContent(definition, environment);
        deps.logger.mask(content);
        const name = storedSecretName(stackName, definition.name);
        const version = parameters.find((x) => x.kind === 'file-secret-version' && x.secret === p.secret);
        if (mode === 'plan') {
            // A plan reads no secret value: a comparison it could make would let whoever controls a plan (a
            // pull request) confirm a guessed value, and the plan role would need to read production's secrets.
            // It keeps the version the stack pins; the deploy compares the contents and pins a new one if they
            // changed. DescribeSecret answers metadata only.
            const existing = await call(`Secrets Manager DescribeSecret ${name}`, () => deps.secrets.find(name));
            values[p.name] = existing ?? (await predictedArn(deps.identity, name));
            const pinned = version ? stackParameters[version.name] : undefined;
            if (version)
                values[version.name] = existing && pinned ? pinned : 'new-version-on-deploy';
            (plan.comparedAtDeploy ??= []).push(definition.name);
            continue;
        }
        // One read when the secret holds a value (every run after the first): GetSecretValue by name answers
        // the ARN, the version and the content together; only without one does DescribeSecret say whether it exists.
        const current = await call(`Secrets Manager GetSecretValue ${name}`, () => deps.secrets.current(name));
        const existing = current?.arn ?? (await call(`Secrets Manager DescribeSecret ${name}`, () => deps.secrets.find(name)));
        const unchanged = current !== undefined && current.value === content;
        let arn = existing;
        if (!arn) {
            arn = await call(`creating secret ${definition.name} in Secrets Manager`, () => deps.secrets.create({
                name,
                description: `compose secret ${definition.name} of stack ${stackName}, stored by compose-ecs`,
                tags: { 'com.docker.compose.project': project.name, 'compose-ecs:stack': stackName },
            }));
            plan.created.push(arn);
        }
        values[p.name] = arn;
        const versionId = unchanged ? current.versionId : newVersionId();
        if (version)
            values[version.name] = versionId;
        if (!unchanged)
            plan.writes.push({ secret: definition.name, arn, versionId, content });
    }
    return plan;
}
/** Stores the pending contents under the version ids the change set pins: call it just before executing. */
async function writeFileSecrets(plan, deps) {
    for (const w of plan.writes) {
        await call(`storing secret ${w.secret} in Secrets Manager`, () => deps.secrets.put(w.arn, w.content, w.versionId));
        deps.logger.info(`stored ${plan.created.includes(w.arn) ? 'secret' : 'a new version of secret'} ${w.secret} in Secrets Manager`);
    }
}
/** Removes the secrets this run created without a value, when their change set will not execute. */
async function discardCreatedSecrets(plan, deps) {
    for (const arn of plan.created) {
        await deps.secrets
            .remove(arn)
            .catch((err) => deps.logger.warning(`could not remove the unused secret ${arn}: ${err.message}`));
    }
}
async function call(what, f) {
    try {
        return await f();
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(what, err);
    }
}
async function predictedArn(identity, name) {
    const [account, region] = await call('STS GetCallerIdentity', () => Promise.all([identity.account(), identity.region()]));
    return `arn:${account.partition}:secretsmanager:${region}:${account.id}:secret:${name}`;
}
async function secretContent(definition, environment) {
    const content = await (0,values/* readSecret */.n5)(definition, environment);
    if (content !== undefined)
        return content;
    // The loader checked the file and the pipeline the variable; this is the last word if either vanished.
    throw new src_errors/* UserError */.yo(definition.file
        ? `secret ${definition.name}: cannot read its file ${definition.file}; write it before this step, e.g. from a GitHub secret`
        : `secret ${definition.name}: environment variable ${definition.environment} is not set`);
}

;// CONCATENATED MODULE: ./src/deploy/template-source.ts


/** The template the stack runs now (what the plan diffs against); undefined for a new stack. */
async function deployedTemplate(stacks, stackId) {
    let body;
    try {
        body = await stacks.template(stackId);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('CloudFormation GetTemplate', err);
    }
    if (!body)
        return undefined;
    // Our templates are JSON; a stack someone edited by hand may hold YAML (a superset of JSON).
    return (0,dist/* parse */.qg)(body);
}

;// CONCATENATED MODULE: ./src/deploy/template-upload.ts




/**
 * Inline up to CloudFormation's 51,200 bytes; past that the template goes to the S3 bucket the
 * user named, under a content-addressed key, and the change set reads it from its URL (1 MB limit).
 */
async function templateSource(body, upload) {
    if (!templateBodyTooLarge(body))
        return { templateBody: body };
    const bucket = requireBucket(body, upload.bucket);
    const key = `compose-ecs/${upload.stackName}/${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}.json`;
    try {
        await upload.store.put(bucket, key, body);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(`uploading the template to s3://${bucket}/${key}`, err);
    }
    return { templateUrl: `https://${bucket}.s3.${upload.region}.amazonaws.com/${key}` };
}
/** A body over the inline limit needs the bucket (and at most 1 MB); says what to set otherwise. */
function requireBucket(body, bucket) {
    const bytes = Buffer.byteLength(body);
    if (!bucket) {
        throw new src_errors/* UserError */.yo(`the template is ${bytes} bytes, over CloudFormation's inline limit of 51,200: set the template-bucket input to an S3 bucket the role may write to`);
    }
    if (bytes > 1_000_000)
        throw new src_errors/* UserError */.yo(`the template is ${bytes} bytes, over CloudFormation's limit of 1 MB`);
    return bucket;
}

;// CONCATENATED MODULE: ./src/deploy/keep-capacity.ts
// A service that ran on a capacity provider strategy (x-aws-capacity) and is asked to run on the FARGATE
// launch type again stays on a strategy: on-demand Fargate through the FARGATE capacity provider, the same
// capacity at the same price. ECS's UpdateService takes no launch type: it moves a service back to one only
// through an empty strategy (UpdateService, capacityProviderStrategy: "Update the ... Fargate capacity
// provider back to the launch type. Pass an empty list"), which a template that simply drops the property
// does not say. Keeping a strategy is an in-place update ECS documents (a Fargate provider to a Fargate
// provider), and its nonce moves the running tasks off Fargate Spot. The cluster the stack created keeps
// its Fargate providers for it. Pure: the same two templates give the same result.

const SERVICE = 'AWS::ECS::Service';
const ON_DEMAND = [{ CapacityProvider: FARGATE, Weight: 1 }];
function keepCapacityStrategy(before, after, notes) {
    const resources = { ...after.Resources };
    for (const [id, r] of Object.entries(after.Resources)) {
        const old = before.Resources[id];
        const had = old?.Type === SERVICE && Array.isArray(old.Properties?.CapacityProviderStrategy);
        if (r.Type !== SERVICE || !had || r.Properties?.LaunchType !== 'FARGATE')
            continue;
        const { LaunchType: _launchType, ...props } = r.Properties;
        const ownCluster = typeof props.Cluster !== 'string';
        if (ownCluster && !resources[CAPACITY_PROVIDERS_ID])
            resources[CAPACITY_PROVIDERS_ID] = {
                Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
                Properties: {
                    CapacityProviders: [FARGATE, FARGATE_SPOT],
                    Cluster: props.Cluster,
                    DefaultCapacityProviderStrategy: ON_DEMAND,
                },
            };
        const dependsOn = [r.DependsOn ?? []].flat();
        resources[id] = {
            ...r,
            ...(ownCluster ? { DependsOn: [...new Set([...dependsOn, CAPACITY_PROVIDERS_ID])].sort() } : {}),
            Properties: {
                ...props,
                CapacityProviderStrategy: ON_DEMAND,
                ForceNewDeployment: {
                    EnableForceNewDeployment: true,
                    ForceNewDeploymentNonce: strategyNonce(ON_DEMAND),
                },
            },
        };
        notes.push(`${id} leaves its capacity provider strategy for on-demand Fargate through the FARGATE capacity provider (ECS moves a service back to a launch type only through an empty strategy)`);
    }
    return { ...after, Resources: resources };
}

;// CONCATENATED MODULE: ./src/deploy/keep-deployed.ts
// The template a deploy sends, reconciled with the one the stack runs: where the new template would
// create a resource that AWS holds unique by something other than its logical ID (a listener's port, a
// rule's priority) while a removed resource still holds it, the new resource takes the deployed logical
// ID and is updated in place. CloudFormation creates first and deletes at cleanup, so without this a
// rename fails (DuplicateListener, PriorityInUse); it also carries stacks deployed before listeners
// were keyed by port over without a failed deploy. Cosmetic create-only values the stack already has
// (a security group's description, a container's log stream prefix) are kept rather than replaced.
// Pure: the same two templates give the same result.




const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
/**
 * What AWS holds unique per type, as a key. A target group is not unique, but one whose every property
 * equals a removed one's is that group under a new ID (target groups were keyed by published port
 * before): keeping the deployed ID spares the service a needless rollout.
 */
function uniqueKey(r) {
    const p = r.Properties ?? {};
    if (r.Type === TARGET_GROUP)
        return (0,canonical_json/* canonicalJson */.d)(p);
    if (r.Type === LISTENER)
        return `${(0,canonical_json/* canonicalJson */.d)(p.LoadBalancerArn)} port ${(0,canonical_json/* canonicalJson */.d)(p.Port)}`;
    if (r.Type === RULE)
        return `${(0,canonical_json/* canonicalJson */.d)(p.ListenerArn)} priority ${(0,canonical_json/* canonicalJson */.d)(p.Priority)}`;
    return undefined;
}
function keepDeployed(before, after) {
    if (!before)
        return { template: after, notes: [] };
    const notes = [];
    let template = after;
    // Listeners before rules: a rule's key names its listener, which may just have taken its deployed ID.
    for (const type of [TARGET_GROUP, LISTENER, RULE]) {
        const renames = new Map();
        const held = new Map();
        for (const [id, r] of Object.entries(before.Resources))
            if (r.Type === type && !(id in template.Resources))
                held.set(uniqueKey(r), id);
        for (const [id, r] of Object.entries(template.Resources)) {
            if (r.Type !== type || id in before.Resources)
                continue;
            const deployed = held.get(uniqueKey(r));
            if (deployed === undefined)
                continue;
            // One new resource per deployed one.
            held.delete(uniqueKey(r));
            renames.set(id, deployed);
            notes.push(`${id} keeps the deployed logical ID ${deployed} (updated in place)`);
        }
        if (renames.size)
            template = renameResources(template, renames);
    }
    template = keepCosmetic(before, template, notes);
    template = keepCapacityStrategy(before, template, notes);
    return { template: notes.length ? canonicalTemplate(template) : after, notes };
}
/** Every logical-ID mention (Ref, GetAtt, Sub, DependsOn) renamed, and the resources re-keyed. */
function renameResources(template, renames) {
    const subName = (text) => text.replace(/\$\{([A-Za-z0-9]+)([.}])/g, (all, id, end) => renames.has(id) ? `\${${renames.get(id)}${end}` : all);
    const walk = (value, key) => {
        if (Array.isArray(value))
            return value.map((v) => walk(v, key));
        if (typeof value === 'string') {
            if (key === 'Ref' || key === 'DependsOn' || key === 'Fn::GetAtt')
                return renames.get(value) ?? value;
            if (key === 'Fn::Sub')
                return subName(value);
            return value;
        }
        if (value && typeof value === 'object') {
            const out = {};
            for (const [k, v] of Object.entries(value)) {
                if (k === 'Fn::Sub' && Array.isArray(v))
                    out[k] = [subName(String(v[0])), walk(v[1])];
                else if (k === 'Fn::GetAtt' && Array.isArray(v))
                    out[k] = [renames.get(String(v[0])) ?? v[0], ...v.slice(1)];
                else
                    out[k] = walk(v, k);
            }
            return out;
        }
        return value;
    };
    const walked = walk(template);
    const resources = {};
    for (const [id, r] of Object.entries(walked.Resources))
        resources[renames.get(id) ?? id] = r;
    return { ...walked, Resources: resources };
}
/**
 * A security group's GroupDescription and a container's awslogs-stream-prefix once named the project:
 * both are create-only, so a stack deployed then keeps its values (nothing is replaced for a label).
 */
function keepCosmetic(before, after, notes) {
    const resources = { ...after.Resources };
    for (const [id, r] of Object.entries(after.Resources)) {
        const old = before.Resources[id];
        if (!old || old.Type !== r.Type)
            continue;
        if (r.Type === 'AWS::EC2::SecurityGroup') {
            const description = old.Properties?.GroupDescription;
            const ours = String(r.Properties?.GroupDescription).startsWith('compose-ecs ');
            if (ours && description !== undefined && description !== r.Properties?.GroupDescription) {
                resources[id] = { ...r, Properties: { ...r.Properties, GroupDescription: description } };
                notes.push(`${id} keeps its deployed description`);
            }
        }
        if (r.Type === 'AWS::ECS::TaskDefinition') {
            const kept = keepStreamPrefix(old, r);
            if (kept) {
                resources[id] = kept;
                notes.push(`${id} keeps its deployed log stream prefix`);
            }
        }
    }
    return { ...after, Resources: resources };
}
const PREFIX = 'awslogs-stream-prefix';
function keepStreamPrefix(old, r) {
    const deployed = new Map((old.Properties?.ContainerDefinitions ?? []).map((c) => [
        c.Name,
        c.LogConfiguration?.Options?.[PREFIX],
    ]));
    let changed = false;
    const containers = (r.Properties?.ContainerDefinitions ?? []).map((c) => {
        const prefix = deployed.get(c.Name);
        const options = c.LogConfiguration?.Options;
        // Only our own prefix gives way: one the compose file sets (logging.options) is what it says.
        if (prefix === undefined || options?.[PREFIX] !== LOG_STREAM_PREFIX || prefix === LOG_STREAM_PREFIX)
            return c;
        changed = true;
        return { ...c, LogConfiguration: { ...c.LogConfiguration, Options: { ...options, [PREFIX]: prefix } } };
    });
    return changed ? { ...r, Properties: { ...r.Properties, ContainerDefinitions: containers } } : undefined;
}

;// CONCATENATED MODULE: ./src/deploy/cluster-capacity.ts

/** The providers each existing cluster (by the name or ARN the template gives) must have, with the services asking. */
function providersNeeded(template) {
    const needed = new Map();
    for (const [id, r] of Object.entries(template.Resources)) {
        const cluster = r.Properties?.Cluster;
        const strategy = r.Properties?.CapacityProviderStrategy;
        // A Ref is the stack's own cluster, whose association the template holds.
        if (r.Type !== 'AWS::ECS::Service' || typeof cluster !== 'string' || !Array.isArray(strategy))
            continue;
        const providers = needed.get(cluster) ?? new Map();
        for (const item of strategy)
            if (typeof item.CapacityProvider === 'string')
                providers.set(item.CapacityProvider, [...(providers.get(item.CapacityProvider) ?? []), id]);
        needed.set(cluster, providers);
    }
    return needed;
}
/** A cluster named by ARN (…:cluster/name) or by name: DescribeClusters answers with the ARN. */
const cluster_capacity_clusterName = (nameOrArn) => nameOrArn.replace(/^arn:[^:]+:ecs:[^:]*:\d*:cluster\//, '');
/** Refuses, naming the cluster, the providers it lacks and the services that ask for them. */
async function checkClusterCapacity(ecs, template) {
    const needed = providersNeeded(template);
    if (needed.size === 0)
        return;
    const { clusters, failures } = await ecs.clusters([...needed.keys()]);
    const problems = [];
    for (const [cluster, providers] of needed) {
        const found = clusters.find((c) => c.clusterArn === cluster || c.clusterName === cluster_capacity_clusterName(cluster));
        if (!found || found.status === 'INACTIVE') {
            const why = failures.find((f) => f.arn?.endsWith(`/${cluster_capacity_clusterName(cluster)}`))?.reason;
            problems.push(`cluster ${cluster} (x-aws-cluster) was not found${why ? ` (${why})` : ''}`);
            continue;
        }
        const has = found.capacityProviders ?? [];
        const missing = [...providers.keys()].filter((p) => !has.includes(p));
        if (missing.length === 0)
            continue;
        const services = [...new Set(missing.flatMap((p) => providers.get(p)))].sort();
        const all = [...new Set([...has, ...missing])];
        problems.push(`cluster ${found.clusterName ?? cluster} (x-aws-cluster) has no ${missing.join(', ')} capacity provider, which ${services.join(', ')} ${services.length > 1 ? 'ask' : 'asks'} for ` +
            `(it has: ${has.length ? has.join(', ') : 'none'}). compose-ecs does not change a cluster it did not create: ` +
            `associating providers replaces the cluster's whole list. Whoever owns the cluster can add ${missing.length > 1 ? 'them' : 'it'} with ` +
            `aws ecs put-cluster-capacity-providers --cluster ${found.clusterName ?? cluster} --capacity-providers ${all.join(' ')} ` +
            `--default-capacity-provider-strategy ${defaultStrategy(found.defaultCapacityProviderStrategy)}` +
            ` (the list and the default strategy given replace the current ones); or drop x-aws-capacity.`);
    }
    if (problems.length)
        throw new src_errors/* UserError */.yo(`the cluster cannot run the services as asked:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}
/** The cluster's current default strategy in the CLI's shorthand, so the command keeps it ([] when none). */
function defaultStrategy(items) {
    if (!items?.length)
        return '[]';
    return items
        .map((i) => `capacityProvider=${i.capacityProvider},weight=${i.weight ?? 0},base=${i.base ?? 0}`)
        .join(' ');
}

;// CONCATENATED MODULE: ./src/deploy/plan.ts










/**
 * How old the first reading may be and still stand for the stack when the plan starts: a run that built
 * nothing gets here within seconds. After a longer build another operation may have started, so the stack
 * is read again.
 */
const PREFLIGHT_REUSE_MS = 30_000;
/**
 * Computes the change set: stack state, what it runs now, parameters from the account, the template
 * inline or from S3, then CreateChangeSet and its description. No secret content is written here:
 * the plan says what to store (writeFileSecrets) once the change set is ready to execute.
 */
async function planStack(request, aws, logger, poll) {
    const fresh = request.preflight && request.now.getTime() - request.preflight.readAt <= PREFLIGHT_REUSE_MS;
    const state = await prepareStack(aws.stacks, request.stackName, logger, poll, {
        deleteFailedCreate: request.mode === 'deploy',
        ...(fresh ? { known: request.preflight } : {}),
    });
    if (state.failedCreate)
        return replacementPreview(request, state.failedCreate, state.stackId);
    const before = state.isNew || !state.stackId ? undefined : await deployedTemplate(aws.stacks, state.stackId);
    // Resources AWS holds unique by port or priority keep their deployed IDs; cosmetic values stay.
    const kept = keepDeployed(before, request.template);
    for (const note of kept.notes)
        logger.info(note);
    const template = kept.template;
    // Compact, as the steps write it (steps/convert.ts compactBody).
    const body = template === request.template ? request.body : JSON.stringify(template);
    request = { ...request, template, body };
    // An existing cluster (x-aws-cluster) must already have the capacity providers the services name.
    await checkClusterCapacity(aws.services, template);
    const source = await templateSource(request.body, {
        store: aws.templates,
        bucket: request.templateBucket,
        stackName: request.stackName,
        region: request.region,
    });
    // Last, so nothing above can fail after a secret was created.
    const resolved = await request.parameters(state, aws, logger);
    const secrets = resolved.secrets;
    const parameters = resolved.values;
    const tags = { ...request.tags, ...resolved.tags };
    const name = changeSetName('compose-ecs', request.now);
    const type = state.isNew ? 'CREATE' : 'UPDATE';
    const difference = request.forceChangeSet
        ? 'forced'
        : differenceFromStack(state, before, request, parameters, tags);
    const plan = {
        type,
        changeSetName: name,
        stackId: state.stackId,
        before,
        secrets,
        parameters,
        tags,
        ...(state.stack ? { stack: state.stack } : {}),
        template,
        body,
    };
    if (difference === undefined) {
        // Nothing to compute: CreateChangeSet, DescribeChangeSet and DeleteChangeSet would only say so.
        const reason = 'the template, every parameter, the tags and the stack settings equal what the stack runs';
        return { ...plan, outcome: { kind: 'no-changes', reason, stackId: state.stackId } };
    }
    logger.debug(`a change set is needed; differs from the stack: ${difference}`);
    const input = {
        stackName: request.stackName,
        changeSetName: name,
        type,
        ...source,
        parameters,
        tags,
        description: request.description,
        ...(request.stack.roleArn ? { roleArn: request.stack.roleArn } : {}),
        ...(request.stack.notificationArns?.length ? { notificationArns: request.stack.notificationArns } : {}),
    };
    return { ...plan, outcome: await changeSetOrCleanUp(input, secrets, aws, logger, poll) };
}
/**
 * CreateChangeSet and its description; when that fails or the run is cancelled, what the plan left is
 * removed: the secrets it created, and the empty REVIEW_IN_PROGRESS stack a CREATE change set leaves behind
 * (within the cancel budget when cancelled).
 */
async function changeSetOrCleanUp(input, secrets, aws, logger, poll) {
    try {
        return await createChangeSet(aws.changeSets, input, poll);
    }
    catch (err) {
        const removed = input.type === 'CREATE'
            ? await removeEmptyStack(aws.stacks, input.stackName, cleanupPoll(poll)).then((id) => (id ? `; deleted the empty new stack ${input.stackName}` : ''), (e) => `; could not delete the empty new stack ${input.stackName}: ${(0,errors/* errorMessage */.gJ)(e)}`)
            : '';
        await discardCreatedSecrets(secrets, { secrets: aws.secrets, logger });
        if (isCancelled(err))
            throw new Cancelled(`plan ${err.message}${removed}`);
        throw err;
    }
}
/**
 * What differs from the stack, or undefined when it already runs exactly this: the deployed template
 * (GetTemplate) against the new one, every parameter value (a NoEcho value reads as **** and so never equals:
 * a change set then decides), the tags, the service role and the topics. Anything unknown counts as a difference.
 */
function differenceFromStack(state, before, request, parameters, tags) {
    if (state.isNew || !before || !state.parameters || !state.settings)
        return 'the stack is new or unread';
    const { settings } = state;
    const differs = (a, b) => (0,canonical_json/* canonicalJson */.d)(a) !== (0,canonical_json/* canonicalJson */.d)(b);
    if (differs(before, request.template))
        return 'the template';
    const changed = Object.keys({ ...state.parameters, ...parameters }).filter((k) => state.parameters[k] !== parameters[k]);
    if (changed.length)
        return `parameters ${changed.sort().join(', ')}`;
    if (differs(withoutRunTags(settings.tags), withoutRunTags(tags)))
        return 'the stack tags';
    if ((settings.roleArn ?? '') !== (request.stack.roleArn ?? ''))
        return 'the service role';
    if (differs([...settings.notificationArns].sort(), [...(request.stack.notificationArns ?? [])].sort()))
        return 'the notification topics';
    return undefined;
}
/**
 * The tags that name the run (its commit and its URL) change on every run: alone they never make a change
 * set, or no deploy would ever be a no-op. They then name the run that last changed the stack; the release
 * of every run, no-op or not, is recorded as a GitHub deployment.
 */
const RUN_TAGS = ['compose-ecs:sha', 'compose-ecs:run-url'];
function withoutRunTags(tags) {
    return Object.fromEntries(Object.entries(tags).filter(([k]) => !RUN_TAGS.includes(k)));
}
/**
 * A plan of a stack left by a failed first create: CloudFormation cannot make a change set for it, and
 * deleting it would change the account, so the plan shows the stack a deploy would create in its place.
 */
function replacementPreview(request, status, stackId) {
    const resources = request.template.Resources;
    const changes = Object.entries(resources)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([logicalId, r]) => ({
        action: 'Add',
        logicalId,
        type: r.Type,
        scope: [],
        properties: [],
    }));
    return {
        type: 'CREATE',
        changeSetName: changeSetName('compose-ecs', request.now),
        outcome: {
            kind: 'preview',
            reason: `stack ${request.stackName} is ${status} after a failed first create: a deploy deletes it and creates it again with these resources (this plan changed nothing)`,
            changes,
        },
        ...(stackId ? { stackId } : {}),
        secrets: { parameters: {}, writes: [], created: [] },
        parameters: {},
        template: request.template,
        body: request.body,
    };
}
/** Deletes the stack when it is the empty shell of a CREATE change set; returns its id when it did. */
async function removeEmptyStack(cfn, stackName, poll) {
    const stack = await describeStack(cfn, stackName);
    if (stack?.StackStatus !== 'REVIEW_IN_PROGRESS' || !stack.StackId)
        return undefined;
    await deleteStack(cfn, stack.StackId, poll);
    return stack.StackId;
}
/** Removes what planning created: the change set, and for a new stack the empty REVIEW_IN_PROGRESS shell. */
async function discardPlan(aws, plan, poll, logger) {
    if (plan.outcome.changeSetId)
        await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
    if (plan.type === 'CREATE' && plan.outcome.stackId) {
        logger.info('removing the empty stack the plan created');
        // Cleanup runs to its end even when the run is being cancelled (within the cancel budget).
        await deleteStack(aws.stacks, plan.outcome.stackId, cleanupPoll(poll));
    }
    await discardCreatedSecrets(plan.secrets, { secrets: aws.secrets, logger });
}

;// CONCATENATED MODULE: ./src/images/ecr.ts



/** Decodes GetAuthorizationToken's `base64(user:password)`. The caller masks the password at once. */
async function getRegistryLogin(ecr) {
    let data;
    try {
        data = await ecr.authorizationToken();
    }
    catch (err) {
        throw (permissionFailure(err, 'ecr:GetAuthorizationToken', '*') ?? (0,errors/* awsFailure */.MT)('ECR GetAuthorizationToken', err));
    }
    if (!data.token || !data.endpoint) {
        throw new src_errors/* UserError */.yo('ECR GetAuthorizationToken returned no token');
    }
    const decoded = Buffer.from(data.token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1)
        throw new src_errors/* UserError */.yo('ECR GetAuthorizationToken returned a token that is not user:password');
    return {
        registry: new URL(data.endpoint).host,
        username: decoded.slice(0, colon),
        password: decoded.slice(colon + 1),
    };
}
const REPOSITORY_NAME = /^(?=.{2,256}$)[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*$/;
function isValidRepositoryName(name) {
    return REPOSITORY_NAME.test(name);
}
/** What the repository's tag mutability says about rewriting a tag (exclusion filters are wildcards). */
function canRewrite(repository, tag) {
    const matches = (repository.imageTagMutabilityExclusionFilters ?? []).some((f) => new RegExp(`^${(f.filter ?? '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(tag));
    switch (repository.imageTagMutability) {
        case 'IMMUTABLE':
            return false;
        case 'IMMUTABLE_WITH_EXCLUSION':
            return matches;
        case 'MUTABLE_WITH_EXCLUSION':
            return !matches;
        default:
            return true;
    }
}
/**
 * Finds every repository in one DescribeRepositories call and creates the missing ones, with scan on
 * push, encryption and immutable content tags. Returns each name's URI.
 * https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html
 */
async function ensureRepositories(ecr, names, settings) {
    const found = new Map();
    for (const repository of await describeRepositories(ecr, names)) {
        if (repository.repositoryName && repository.repositoryUri)
            found.set(repository.repositoryName, {
                uri: repository.repositoryUri,
                created: false,
                canRewrite: (tag) => canRewrite(repository, tag),
            });
    }
    for (const name of names.filter((n) => !found.has(n))) {
        const { tags, kmsKey, mutableTags } = settings(name);
        try {
            const created = await ecr.createRepository({ name, kmsKey, mutableTags, tags });
            const uri = created?.repositoryUri;
            if (!uri)
                throw new src_errors/* UserError */.yo(`ECR CreateRepository ${name} returned no URI`);
            found.set(name, { uri, created: true, canRewrite: (tag) => mutableTags.includes(tag) });
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:CreateRepository', name) ??
                (0,errors/* awsFailure */.MT)(`ECR CreateRepository ${name}`, err));
        }
    }
    return found;
}
/**
 * One call when every repository exists (the steady state). A missing name fails the whole call, so
 * then each name is looked up on its own: the same repository-scoped permission, never a listing of the
 * registry (which a policy scoped to repository/PREFIX/* would refuse).
 */
async function describeRepositories(ecr, names) {
    const describe = async (repositoryNames) => {
        try {
            return await ecr.repositories(repositoryNames);
        }
        catch (err) {
            if (err instanceof failures/* NotFound */.Mk)
                return undefined;
            throw (permissionFailure(err, 'ecr:DescribeRepositories', repositoryNames.join(', ')) ??
                (0,errors/* awsFailure */.MT)('ECR DescribeRepositories', err));
        }
    };
    // DescribeRepositories takes up to 100 names.
    const batches = [];
    for (let i = 0; i < names.length; i += 100)
        batches.push(names.slice(i, i + 100));
    const found = [];
    for (const batch of batches) {
        const all = await describe(batch);
        if (all)
            found.push(...all);
        else
            for (const one of await Promise.all(batch.map((n) => describe([n]))))
                found.push(...(one ?? []));
    }
    return found;
}
/** An access-denied failure as one line naming the repository and the IAM action the role lacks. */
function permissionFailure(err, action, repository) {
    if (!(err instanceof failures/* AccessDenied */.Oy))
        return undefined;
    return deniedError(`${err.code} ${err.message}`, action, repository);
}
/** Names the action AWS reported as missing, else the one the call needed. */
function deniedError(text, action, repository) {
    const reported = /not authorized to perform: ([a-z0-9-]+:[A-Za-z]+)/.exec(text)?.[1];
    return new src_errors/* UserError */.yo(`access denied to ECR repository ${repository}: the role needs ${reported ?? action} on it (see the README's IAM policy) [${text.trim().split('\n').pop()}]`);
}

;// CONCATENATED MODULE: ./src/images/lifecycle.ts


/** Above ECR's default quota of images per repository (20,000): a keep rule that never expires. */
const NEVER = 20000;
function lifecyclePolicy(keep) {
    const rule = (rulePriority, description, pattern, countNumber) => ({
        rulePriority,
        description,
        selection: {
            tagStatus: 'tagged',
            tagPatternList: [pattern],
            countType: 'imageCountMoreThan',
            countNumber,
        },
        action: { type: 'expire' },
    });
    return JSON.stringify({
        rules: [
            rule(1, 'compose-ecs: images a release uses are kept', 'release-*', NEVER),
            rule(2, 'compose-ecs: the registry build cache is kept', 'buildcache', NEVER),
            rule(3, `compose-ecs: keep the last ${keep} builds`, 'src-*', keep),
        ],
    });
}
/** Puts the policy on each repository whose policy differs (one GetLifecyclePolicy each, in parallel). */
async function applyLifecyclePolicy(ecr, repositories, keep) {
    const wanted = lifecyclePolicy(keep);
    const changed = [];
    await Promise.all(repositories.map(async (repositoryName) => {
        let current;
        try {
            current = await ecr.lifecyclePolicy(repositoryName);
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:GetLifecyclePolicy', repositoryName) ??
                (0,errors/* awsFailure */.MT)(`ECR GetLifecyclePolicy ${repositoryName}`, err));
        }
        if (current && JSON.stringify(JSON.parse(current)) === wanted)
            return;
        await ecr.putLifecyclePolicy(repositoryName, wanted).catch((err) => {
            throw (permissionFailure(err, 'ecr:PutLifecyclePolicy', repositoryName) ??
                (0,errors/* awsFailure */.MT)(`ECR PutLifecyclePolicy ${repositoryName}`, err));
        });
        changed.push(repositoryName);
    }));
    return changed.sort();
}
/** A tag name for a release: `release-` and the release's id, in ECR's tag alphabet, at most 128 characters. */
function releaseTag(id) {
    return `release-${id.replace(/[^A-Za-z0-9_.-]/g, '-')}`.slice(0, 128);
}
/**
 * Tags every built image a release runs with the release's tag (the documented way to retag in ECR:
 * BatchGetImage, then PutImage of the same manifest under the new tag).
 * https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-retag.html
 */
async function tagRelease(ecr, images, tag) {
    await Promise.all(images
        .filter((i) => i.repository && i.digest)
        .map(async ({ repository, digest }) => {
        const what = `${repository}@${digest}`;
        let found;
        try {
            found = await ecr.tagImage(repository, digest, tag);
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:BatchGetImage and ecr:PutImage', repository) ??
                (0,errors/* awsFailure */.MT)(`tagging ${what} as ${tag}`, err));
        }
        if (!found)
            throw (0,errors/* awsFailure */.MT)(`tagging ${what} as ${tag}`, new Error(`ECR returned no manifest for ${what}`));
    }));
}

;// CONCATENATED MODULE: ./src/jobs/job-records.ts

function jobRecordName(stackName, job, fingerprint) {
    return `${storedConfigPrefix(stackName)}jobs/${job}/${fingerprint}`;
}
/** The jobs (of those given, by name → fingerprint) with a recorded successful run. */
async function succeededJobs(parameters, stackName, fingerprints) {
    const names = Object.entries(fingerprints).map(([job, fp]) => [job, jobRecordName(stackName, job, fp)]);
    if (!names.length)
        return new Set();
    const found = new Set();
    // GetParameters takes at most 10 names per call.
    for (let i = 0; i < names.length; i += 10) {
        const existing = await parameters.existing(names.slice(i, i + 10).map(([, n]) => n));
        for (const [job, n] of names.slice(i, i + 10))
            if (existing.has(n))
                found.add(job);
    }
    return found;
}
async function recordSuccess(parameters, input) {
    await parameters.create({
        name: jobRecordName(input.stackName, input.job, input.fingerprint),
        value: JSON.stringify({ task: input.taskArn, exitCode: 0, at: input.at.toISOString() }),
        description: `a successful run of job ${input.job} of stack ${input.stackName}, recorded by compose-ecs`,
        tags: { 'com.docker.compose.project': input.project, 'compose-ecs:stack': input.stackName },
    });
}

;// CONCATENATED MODULE: ./src/jobs/template-graph.ts
/** Logical IDs and parameter names a value refers to (pseudo parameters AWS::* left out). */
function referencesIn(value, out = new Set()) {
    if (Array.isArray(value)) {
        for (const v of value)
            referencesIn(v, out);
        return out;
    }
    if (!value || typeof value !== 'object')
        return out;
    for (const [key, v] of Object.entries(value)) {
        if (key === 'Ref' && typeof v === 'string')
            add(out, v);
        else if (key === 'Fn::GetAtt')
            add(out, Array.isArray(v) ? String(v[0]) : String(v).split('.')[0]);
        else if (key === 'Fn::Sub') {
            const text = Array.isArray(v) ? String(v[0]) : String(v);
            const own = Array.isArray(v) && v[1] && typeof v[1] === 'object' ? Object.keys(v[1]) : [];
            for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
                const name = m[1].split('.')[0];
                if (!own.includes(name))
                    add(out, name);
            }
            if (Array.isArray(v))
                referencesIn(v[1], out);
        }
        else
            referencesIn(v, out);
    }
    return out;
}
function add(out, name) {
    if (!name.startsWith('AWS::'))
        out.add(name);
}
/** What a resource needs: its references and its DependsOn. */
function needsOf(resource) {
    const out = referencesIn(resource?.Properties);
    const depends = resource?.DependsOn;
    for (const d of Array.isArray(depends) ? depends : depends ? [depends] : [])
        out.add(d);
    return out;
}
/** `roots` and every resource and parameter they need, transitively. */
function closure(template, roots) {
    const seen = new Set();
    const stack = [...roots];
    while (stack.length > 0) {
        const id = stack.pop();
        if (seen.has(id))
            continue;
        seen.add(id);
        stack.push(...needsOf(template.Resources[id]));
    }
    return seen;
}

;// CONCATENATED MODULE: ./src/jobs/phases.ts
// Which jobs a deploy runs, and the first of its two phases. Pure: templates and parameter values in, a plan out.
//
// Phase 1 applies the new template except the resources of the services that wait for a job to run (JobSpec.Holds),
// which stay as deployed (or absent, when new); the jobs run; phase 2 applies the whole new template. A job
// is skipped only when the stack already runs exactly it (the same fingerprint: its task definition, the
// services it starts after and everything they refer to, with the parameter values those read) and a run of
// that fingerprint succeeded (job-records.ts); otherwise it runs. A rollback never reruns a job: restoring a
// template does not reverse what a job did to data, so running an older migration again would only add to it.




function jobSpecs(template) {
    return template?.Metadata?.[JOBS_METADATA] ?? {};
}
/** Jobs in the order they run: a job after the jobs it starts after, otherwise by name. */
function jobOrder(specs) {
    const out = [];
    const visit = (name, path) => {
        if (out.includes(name) || path.has(name))
            return;
        path.add(name);
        for (const dep of specs[name].After)
            if (specs[dep])
                visit(dep, path);
        out.push(name);
    };
    for (const name of Object.keys(specs).sort())
        visit(name, new Set());
    return out;
}
/** What the job runs and waits for, with the parameter values read: equal fingerprints, nothing changed. */
function inputsOf(template, parameters, spec) {
    const out = new Map();
    for (const id of [...closure(template, [spec.TaskDefinition, ...spec.Needs])].sort()) {
        const resource = template.Resources[id];
        out.set(id, resource ? (0,canonical_json/* canonicalJson */.d)(resource) : `parameter=${parameters[id] ?? ''}`);
    }
    return out;
}
/** sha256 of what the job runs and waits for (inputsOf): the name its successful runs are recorded under. */
function jobFingerprint(template, parameters, name) {
    const spec = jobSpecs(template)[name];
    if (!spec)
        throw new Error(`internal: the template has no job ${name}`);
    const text = (0,canonical_json/* canonicalJson */.d)(Object.fromEntries(inputsOf(template, parameters, spec)));
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
function planJobs(input) {
    const specs = jobSpecs(input.after);
    const deployed = jobSpecs(input.before);
    return jobOrder(specs).map((name) => {
        const spec = specs[name];
        const row = { name, before: spec.Before, after: spec.After };
        if (input.rollback)
            return {
                ...row,
                run: false,
                why: 'a rollback does not rerun jobs: restoring a template does not undo what a job changed (a migration stays applied)',
            };
        const old = deployed[name];
        if (!old || !input.before)
            return { ...row, run: true, why: 'new job' };
        const was = inputsOf(input.before, input.beforeParameters, old);
        const now = inputsOf(input.after, input.afterParameters, spec);
        const changed = [...new Set([...was.keys(), ...now.keys()])]
            .filter((id) => was.get(id) !== now.get(id))
            .sort();
        if (changed.length === 0 && !input.succeeded.has(name))
            return { ...row, run: true, why: 'its last run did not succeed' };
        if (changed.length === 0)
            return {
                ...row,
                run: false,
                why: 'unchanged: nothing it runs or waits for changed since it last succeeded',
            };
        const shown = changed.slice(0, 5).join(', ') + (changed.length > 5 ? ` and ${changed.length - 5} more` : '');
        return { ...row, run: true, why: `changed: ${shown}` };
    });
}
/**
 * The template of phase 1: the new one, with the held resources as deployed (absent when new), then closed
 * both ways until it stands on its own: whatever refers to an absent resource is held too, and whatever a
 * deployed resource refers to that the new template removed stays as deployed. Parameters: the new values,
 * and the deployed value of one only a held resource still reads.
 */
function phaseOneTemplate(input) {
    const { before, after } = input;
    const deployed = before?.Resources ?? {};
    const held = new Set(input.holds);
    let resources = {};
    for (let changed = true; changed;) {
        changed = false;
        resources = {};
        for (const [id, r] of Object.entries(after.Resources))
            if (!held.has(id))
                resources[id] = r;
        for (const id of held)
            if (deployed[id])
                resources[id] = deployed[id];
        for (const [id, r] of Object.entries(resources)) {
            for (const need of needsOf(r)) {
                if (resources[need] || after.Parameters?.[need] || before?.Parameters?.[need])
                    continue;
                // A new resource refers to one held back (absent): hold it too. A deployed one refers to one the new
                // template removed: keep that as deployed.
                const hold = deployed[need] ? need : id;
                if (!held.has(hold)) {
                    held.add(hold);
                    changed = true;
                }
            }
        }
    }
    const used = new Set(Object.values(resources).flatMap((r) => [...needsOf(r)]));
    const parameters = { ...after.Parameters };
    const values = { ...input.parameters };
    for (const [name, p] of Object.entries(before?.Parameters ?? {}))
        if (!parameters[name] && used.has(name) && input.deployedParameters[name] !== undefined) {
            parameters[name] = p;
            values[name] = input.deployedParameters[name];
        }
    const outputs = Object.fromEntries(Object.entries(after.Outputs ?? {}).filter(([, o]) => [...needsOf({ Properties: o.Value })].every((n) => resources[n] || parameters[n])));
    const template = {
        ...after,
        ...(Object.keys(parameters).length ? { Parameters: parameters } : {}),
        Resources: resources,
        ...(Object.keys(outputs).length ? { Outputs: outputs } : {}),
    };
    if (!Object.keys(outputs).length)
        delete template.Outputs;
    return { template, parameters: values };
}

;// CONCATENATED MODULE: ./src/jobs/plan-jobs.ts


async function planJobsOf(ctx, candidate, plan) {
    const names = Object.keys(jobSpecs(candidate.template));
    if (!names.length)
        return [];
    const fingerprints = Object.fromEntries(names.map((name) => [name, jobFingerprint(candidate.template, plan.parameters, name)]));
    // A rollback replays a recorded release: what its jobs ran before is no reason to skip them now.
    const rollback = candidate.restored ?? false;
    const succeeded = rollback || !plan.before
        ? new Set()
        : await succeededJobs(ctx.aws.parameters, candidate.stackName, fingerprints).catch((err) => {
            ctx.logger.warning(`could not read which jobs last succeeded (${err.message}): a job whose inputs did not change runs again`);
            return new Set();
        });
    const jobs = planJobs({
        before: plan.before,
        after: candidate.template,
        beforeParameters: deployedParameters(plan),
        afterParameters: plan.parameters,
        rollback,
        succeeded,
    });
    for (const j of jobs)
        ctx.logger.info(`job ${j.name}: ${j.run ? 'runs' : 'does not run'} (${j.why})`);
    return jobs;
}
/** The parameter values the stack runs with now (DescribeStacks). */
function deployedParameters(plan) {
    return Object.fromEntries((plan.stack?.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']));
}

;// CONCATENATED MODULE: ./src/deploy/outputs.ts

const IS_URL = /url$/i;
/**
 * Service URLs (outputs whose key ends in `URL`), for the report and later workflow steps. They come
 * from the stack's Outputs; where CloudFormation has none yet (some endpoints never fill them), the
 * template's own URL outputs are evaluated against the load balancers the stack created.
 */
async function stackUrls(clients, stackId, template, 
/** A reading of the stack as it stands now (after its last operation), instead of another DescribeStacks. */
known) {
    const stack = known ?? (await describeStack(clients.stacks, stackId));
    const urls = {};
    for (const output of stack?.Outputs ?? []) {
        if (output.OutputKey && output.OutputValue && IS_URL.test(output.OutputKey))
            urls[output.OutputKey] = output.OutputValue;
    }
    if (Object.keys(urls).length || !template?.Outputs)
        return urls;
    const wanted = Object.entries(template.Outputs).filter(([key]) => IS_URL.test(key));
    if (!wanted.length)
        return urls;
    const dnsNames = await loadBalancerDnsNames(clients, stackId, template).catch(() => new Map());
    for (const [key, output] of wanted) {
        const value = evaluate(output.Value, dnsNames);
        if (value)
            urls[key] = value;
    }
    return urls;
}
/** DNS name per load-balancer logical ID, from the stack's resources and the ELBv2 API. */
async function loadBalancerDnsNames(clients, stackId, template) {
    const resources = await listStackResources(clients.stacks, stackId);
    const balancers = resources.filter((r) => template.Resources[r.LogicalResourceId ?? '']?.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' &&
        r.PhysicalResourceId);
    const names = new Map();
    if (!balancers.length)
        return names;
    const found = await clients.services.loadBalancers(balancers.map((b) => b.PhysicalResourceId));
    for (const b of balancers) {
        const dns = found.find((lb) => lb.LoadBalancerArn === b.PhysicalResourceId)?.DNSName;
        if (dns)
            names.set(b.LogicalResourceId, dns);
    }
    return names;
}
/** Evaluates the output forms the converter writes: strings, Fn::Sub with ${Id.DNSName}, Fn::GetAtt, Fn::Join. */
function evaluate(value, dnsNames) {
    if (typeof value === 'string')
        return value;
    if (!value || typeof value !== 'object')
        return undefined;
    const fn = value;
    if (typeof fn['Fn::Sub'] === 'string') {
        let unresolved = false;
        const text = fn['Fn::Sub'].replace(/\$\{([A-Za-z0-9]+)\.DNSName\}/g, (_m, id) => {
            const dns = dnsNames.get(id);
            if (!dns)
                unresolved = true;
            return dns ?? '';
        });
        return unresolved || /\$\{/.test(text) ? undefined : text;
    }
    const getAtt = fn['Fn::GetAtt'];
    if (Array.isArray(getAtt) && getAtt[1] === 'DNSName')
        return dnsNames.get(String(getAtt[0]));
    const join = fn['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        const parts = join[1].map((p) => evaluate(p, dnsNames));
        return parts.every((p) => p !== undefined) ? parts.join(join[0]) : undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/report/compose-changes.ts + 1 modules
var compose_changes = __webpack_require__(5733);
// EXTERNAL MODULE: ./src/report/resource-diff.ts + 1 modules
var resource_diff = __webpack_require__(5068);
;// CONCATENATED MODULE: ./src/report/security-changes.ts


const INTERNET = new Set(['0.0.0.0/0', '::/0']);
/**
 * Actions that take no resource-level permission, so "*" is the only resource they can name: not a
 * broadening. ECR: "GetAuthorizationToken ... you must specify * as the resource"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/security_iam_id-based-policy-examples.html).
 */
const STAR_ONLY = new Set([
    'ecr:GetAuthorizationToken',
    // Elastic Load Balancing's Describe* calls name no resource type ("*" only, Service Authorization
    // Reference, list_elasticloadbalancingv2): a deployment strategy's infrastructure role reads with them.
    'elasticloadbalancing:DescribeListeners',
    'elasticloadbalancing:DescribeRules',
    'elasticloadbalancing:DescribeTargetGroups',
    'elasticloadbalancing:DescribeTargetHealth',
]);
function securityChanges(before, after) {
    const out = [];
    setDiff(statements(before), statements(after), out);
    setDiff(managedPolicies(before), managedPolicies(after), out);
    setDiff(rules(before), rules(after), out);
    setDiff(publicLoadBalancers(before), publicLoadBalancers(after), out);
    return out;
}
function setDiff(before, after, out) {
    for (const [key, item] of after)
        if (!before.has(key))
            out.push({ ...item, change: 'added' });
    for (const [key, item] of before)
        if (!after.has(key))
            out.push({ ...item, change: 'removed', flag: undefined });
}
const list = (value) => Array.isArray(value) ? value : value === undefined ? [] : [value];
/** Inline statements of roles and policies, keyed by where they are and what they say. */
function statements(template) {
    const found = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        const props = resource.Properties ?? {};
        const documents = [];
        if (resource.Type === 'AWS::IAM::Role') {
            documents.push({ name: 'trust policy', document: props.AssumeRolePolicyDocument });
            for (const p of list(props.Policies))
                documents.push({ name: `policy ${String(p.PolicyName)}`, document: p.PolicyDocument });
        }
        else if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') {
            documents.push({ name: `policy ${(0,resource_diff/* showValue */.vp)(props.PolicyName ?? id)}`, document: props.PolicyDocument });
        }
        for (const { name, document } of documents) {
            const doc = document;
            for (const statement of list(doc?.Statement)) {
                const actions = list(statement.Action ?? statement.NotAction).map((a) => (0,resource_diff/* showValue */.vp)(a));
                const resources = list(statement.Resource ?? statement.NotResource).map((r) => (0,resource_diff/* showValue */.vp)(r, 120));
                const principal = statement.Principal === undefined ? '' : ` for ${principalText(statement.Principal)}`;
                const condition = statement.Condition === undefined ? '' : ' (with a condition)';
                const text = `${String(statement.Effect ?? 'Allow')} ${actions.join(', ')}` +
                    `${resources.length ? ` on ${resources.join(', ')}` : ''}${principal}${condition}`;
                const allow = statement.Effect !== 'Deny';
                const admin = allow && actions.some((a) => a === '*' || a === '*:*');
                const broad = allow &&
                    (actions.some((a) => a.endsWith(':*')) ||
                        (resources.includes('*') && actions.some((a) => !STAR_ONLY.has(a))));
                const trust = allow && name === 'trust policy' ? foreignTrust(statement.Principal) : undefined;
                found.set(`${id}\n${name}\n${(0,canonical_json/* canonicalJson */.d)(statement)}`, {
                    kind: 'iam',
                    resource: id,
                    text,
                    where: `${id} ${name}`,
                    flag: trust ?? (admin ? 'every action (`*:*`)' : broad ? 'broad permissions (wildcard)' : undefined),
                });
            }
        }
    }
    return found;
}
/**
 * The services the roles compose-ecs generates trust: ECS tasks (src/template/iam.ts) and, for a deployment
 * strategy's infrastructure role, ECS itself (src/template/strategy-traffic.ts).
 */
const SERVICES_NEEDED = new Set(['ecs-tasks.amazonaws.com', 'ecs.amazonaws.com']);
/**
 * Why a trust policy's principal needs a second look: anyone, another account (an account id or ARN
 * written out: only `${AWS::AccountId}` is known to be this one), a federated identity, or an AWS
 * service the template's roles do not serve. Undefined for ECS tasks and this account.
 */
function foreignTrust(principal) {
    if (principal === '*')
        return 'trusts anyone (`*`)';
    if (typeof principal !== 'object' || principal === null)
        return undefined;
    const entries = principal;
    const aws = list(entries.AWS).filter((p) => !(0,canonical_json/* canonicalJson */.d)(p).includes('AWS::AccountId'));
    if (aws.length)
        return `trusts a principal outside this account (${aws.map((p) => (0,resource_diff/* showValue */.vp)(p)).join(', ')})`;
    if (entries.Federated !== undefined)
        return 'trusts a federated identity';
    if (entries.CanonicalUser !== undefined)
        return 'trusts a principal outside this account';
    const services = list(entries.Service).filter((s) => !SERVICES_NEEDED.has(String(s)));
    if (services.length)
        return `trusts ${services.map((s) => (0,resource_diff/* showValue */.vp)(s)).join(', ')}, which the template's roles do not need`;
    return undefined;
}
/** {"Service": "ecs-tasks.amazonaws.com"} → `Service ecs-tasks.amazonaws.com`; "*" stays "*". */
function principalText(principal) {
    if (typeof principal !== 'object' || principal === null)
        return (0,resource_diff/* showValue */.vp)(principal);
    return Object.entries(principal)
        .map(([kind, who]) => `${kind} ${list(who)
        .map((w) => (0,resource_diff/* showValue */.vp)(w))
        .join(', ')}`)
        .join('; ');
}
function managedPolicies(template) {
    const found = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        if (resource.Type !== 'AWS::IAM::Role')
            continue;
        for (const arn of list(resource.Properties?.ManagedPolicyArns)) {
            const name = (0,resource_diff/* showValue */.vp)(arn, 200);
            found.set(`${id}\n${(0,canonical_json/* canonicalJson */.d)(arn)}`, {
                kind: 'managed-policy',
                resource: id,
                text: `managed policy ${name}`,
                where: id,
                flag: /AdministratorAccess|FullAccess|PowerUser/.test(name) ? 'broad managed policy' : undefined,
            });
        }
    }
    return found;
}
/** One entry per rule, inline in a group or a rule resource of its own; the description is not the rule. */
function rules(template) {
    const found = new Map();
    const add = (group, direction, rule) => {
        const { Description: _d, GroupId: _g, ...what } = rule;
        const peer = rule.CidrIp ??
            rule.CidrIpv6 ??
            rule.SourceSecurityGroupId ??
            rule.DestinationSecurityGroupId ??
            rule.SourcePrefixListId ??
            rule.DestinationPrefixListId;
        const protocol = String(rule.IpProtocol ?? 'tcp');
        const ports = protocol === '-1'
            ? 'all traffic'
            : rule.FromPort === rule.ToPort
                ? `${String(rule.FromPort)}/${protocol}`
                : `${String(rule.FromPort)}-${String(rule.ToPort)}/${protocol}`;
        const shown = (0,resource_diff/* showValue */.vp)(peer)
            .replace(/^!(Ref|GetAtt) /, '')
            .replace(/\.GroupId$/, '');
        const open = typeof peer === 'string' && INTERNET.has(peer);
        found.set(`${group}\n${direction}\n${(0,canonical_json/* canonicalJson */.d)(what)}`, {
            kind: direction,
            resource: group,
            text: `${group}: ${direction} ${ports} ${direction === 'ingress' ? 'from' : 'to'} ${shown}`,
            flag: open && direction === 'ingress' ? 'open to the internet' : undefined,
        });
    };
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        const props = resource.Properties ?? {};
        if (resource.Type === 'AWS::EC2::SecurityGroup') {
            for (const r of list(props.SecurityGroupIngress))
                add(id, 'ingress', r);
            for (const r of list(props.SecurityGroupEgress))
                add(id, 'egress', r);
        }
        else if (resource.Type === 'AWS::EC2::SecurityGroupIngress' ||
            resource.Type === 'AWS::EC2::SecurityGroupEgress') {
            const group = (0,resource_diff/* showValue */.vp)(props.GroupId)
                .replace(/^!(Ref|GetAtt) /, '')
                .replace(/\.GroupId$/, '');
            add(group, resource.Type.endsWith('Ingress') ? 'ingress' : 'egress', props);
        }
    }
    return found;
}
/** A load balancer is internet-facing unless its Scheme says internal (CloudFormation's default). */
function publicLoadBalancers(template) {
    const found = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        if (resource.Type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer')
            continue;
        if (resource.Properties?.Scheme === 'internal')
            continue;
        found.set(id, {
            kind: 'load-balancer',
            resource: id,
            text: `${id}: internet-facing load balancer`,
            flag: 'reachable from the internet',
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/report/template-diff.ts





/**
 * What changes between the deployed template and the new one, computed locally: resource-level sets
 * (a reviewer's `cdk diff`), the container images that change, a property-level diff per resource, and
 * the compose-level and security-sensitive views of it.
 * It does not need CloudFormation's change-set details, which not every endpoint provides.
 */
function diffTemplates(before, after, 
/** Built images: the URI the template names → the content key (tag) it was built under. */
contentKeys = {}) {
    const old = before?.Resources ?? {};
    const next = after.Resources;
    const added = Object.keys(next)
        .filter((id) => !(id in old))
        .sort();
    const removed = Object.keys(old)
        .filter((id) => !(id in next))
        .sort();
    const modified = Object.keys(next)
        .filter((id) => id in old && (0,canonical_json/* canonicalJson */.d)(old[id]) !== (0,canonical_json/* canonicalJson */.d)(next[id]))
        .sort();
    return {
        added,
        removed,
        modified,
        images: imageChanges(before, after),
        resources: (0,resource_diff/* resourceDiffs */.ze)(before, after),
        compose: (0,compose_changes/* composeChanges */.M)(before, after),
        security: securityChanges(before, after),
        templateHash: `sha256:${(0,external_node_crypto_.createHash)('sha256').update((0,canonical_json/* canonicalJson */.d)(after)).digest('hex')}`,
        ...(Object.keys(contentKeys).length ? { contentHash: template_diff_contentHash(after, contentKeys) } : {}),
    };
}
function template_diff_contentHash(template, contentKeys) {
    let text = (0,canonical_json/* canonicalJson */.d)(template);
    // Longest first: no URI is a prefix of another once replaced.
    for (const uri of Object.keys(contentKeys).sort((a, b) => b.length - a.length)) {
        const key = `content-key:${contentKeys[uri]}`;
        text = text.split(JSON.stringify(uri)).join(JSON.stringify(key));
        // The execution role names the image's repository by ARN (…:repository/<prefix>/<service>), which
        // differs between a pull request's `-untrusted` prefix and the deploy's: name it by content key too.
        const repository = /^[^/]+\/([^@:]+)/.exec(uri)?.[1];
        if (repository)
            text = text.split(`:repository/${repository}"`).join(`:repository/${key}"`);
    }
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`;
}
function containerImages(template) {
    const images = new Map();
    for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
        if (resource.Type !== 'AWS::ECS::TaskDefinition')
            continue;
        const containers = (resource.Properties?.ContainerDefinitions ?? []);
        for (const c of containers) {
            if (typeof c.Image === 'string')
                images.set(`${id}/${c.Name}`, { resource: id, container: c.Name ?? '', image: c.Image });
        }
    }
    return images;
}
function imageChanges(before, after) {
    const old = containerImages(before);
    const next = containerImages(after);
    const changes = [];
    for (const key of new Set([...old.keys(), ...next.keys()])) {
        const a = old.get(key);
        const b = next.get(key);
        if (a?.image === b?.image)
            continue;
        changes.push({
            resource: (b ?? a).resource,
            container: (b ?? a).container,
            from: a?.image,
            to: b?.image,
        });
    }
    return changes.sort((x, y) => `${x.resource}/${x.container}`.localeCompare(`${y.resource}/${y.container}`));
}

;// CONCATENATED MODULE: ./src/cost/price-catalog.ts
// What the estimate asks the AWS Price List for, by the Price List's own attributes. One GetProducts
// query per service code (all filtered to the stack's region by `regionCode`), and each price picked out
// of the answer by its exact usage type. Usage types carry a region prefix (EUW1-, USE1-, ...) that AWS
// does not publish as a table, so the match is on what follows it; the `regionCode` filter already
// keeps every other region out. Attribute names and usage types: the Price List's product attributes
// (GetAttributeValues) and AWS's usage-type reports for each service (docs/mapping.md, "Cost estimate").
const contains = (field, value) => ({
    Type: 'CONTAINS',
    Field: field,
    Value: value,
});
const term = (field, value) => ({
    Type: 'TERM_MATCH',
    Field: field,
    Value: value,
});
// Fargate: one query for every Fargate product of the region (x86, ARM, Windows, storage).
const price_catalog_FARGATE = [contains('usagetype', 'Fargate')];
const CATALOG = {
    'fargate.vcpu.x86': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-vCPU-Hours:perCPU' },
    },
    'fargate.gb.x86': { service: 'AmazonECS', narrow: price_catalog_FARGATE, match: { usagetype: 'Fargate-GB-Hours' } },
    'fargate.vcpu.arm': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-ARM-vCPU-Hours:perCPU' },
    },
    'fargate.gb.arm': { service: 'AmazonECS', narrow: price_catalog_FARGATE, match: { usagetype: 'Fargate-ARM-GB-Hours' } },
    'fargate.vcpu.windows': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-Windows-vCPU-Hours:perCPU' },
    },
    'fargate.gb.windows': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-Windows-GB-Hours' },
    },
    'fargate.os.windows': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-Windows-OS-Hours:perCPU' },
    },
    'fargate.storage': {
        service: 'AmazonECS',
        narrow: price_catalog_FARGATE,
        match: { usagetype: 'Fargate-EphemeralStorage-GB-Hours' },
    },
    // Elastic Load Balancing: the hour and the capacity unit share usage types across ALB and NLB.
    'alb.hour': {
        service: 'AWSELB',
        match: { usagetype: 'LoadBalancerUsage', operation: 'LoadBalancing:Application' },
    },
    'alb.lcu': { service: 'AWSELB', match: { usagetype: 'LCUUsage', operation: 'LoadBalancing:Application' } },
    'nlb.hour': {
        service: 'AWSELB',
        match: { usagetype: 'LoadBalancerUsage', operation: 'LoadBalancing:Network' },
    },
    'nlb.nlcu': { service: 'AWSELB', match: { usagetype: 'LCUUsage', operation: 'LoadBalancing:Network' } },
    // Public IPv4 addresses (since 2024-02-01, in use or idle, under Amazon VPC).
    'ipv4.hour': {
        service: 'AmazonVPC',
        narrow: [contains('usagetype', 'PublicIPv4')],
        match: { usagetype: 'PublicIPv4:InUseAddress' },
    },
    'nat.hour': {
        service: 'AmazonEC2',
        narrow: [term('productFamily', 'NAT Gateway')],
        match: { usagetype: 'NatGateway-Hours' },
    },
    'nat.gb': {
        service: 'AmazonEC2',
        narrow: [term('productFamily', 'NAT Gateway')],
        match: { usagetype: 'NatGateway-Bytes' },
    },
    'efs.gb-month': {
        service: 'AmazonEFS',
        narrow: [contains('usagetype', 'TimedStorage')],
        match: { usagetype: 'TimedStorage-ByteHrs' },
    },
    // Log ingestion (the Standard log class), the per-GB charge of a log group.
    'logs.gb': {
        service: 'AmazonCloudWatch',
        narrow: [contains('usagetype', 'DataProcessing-Bytes')],
        match: { usagetype: 'DataProcessing-Bytes' },
    },
    'secret.month': { service: 'AWSSecretsManager', match: { usagetype: 'AWSSecretsManager-Secrets' } },
    'parameter.advanced.month': {
        service: 'AWSSystemsManager',
        narrow: [contains('usagetype', 'PS-Advanced-Param')],
        match: { usagetype: 'PS-Advanced-Param-Tier1' },
    },
};
/** Linux on-demand instances on shared tenancy, the product an ECS container instance is. */
function ec2Entry(instanceType) {
    return {
        service: 'AmazonEC2',
        narrow: [
            term('instanceType', instanceType),
            term('operatingSystem', 'Linux'),
            term('tenancy', 'Shared'),
            term('preInstalledSw', 'NA'),
            term('capacitystatus', 'Used'),
        ],
        match: { usagetype: `BoxUsage:${instanceType}` },
    };
}
function entryOf(key) {
    return key.startsWith('ec2:') ? ec2Entry(key.slice(4)) : CATALOG[key];
}
/** The product a key names, as a reader finds it in the Price List: `AWSELB LCUUsage (LoadBalancing:Network)`. */
function productName(key) {
    const { service, match } = entryOf(key);
    return `${service} ${match.usagetype}${match.operation ? ` (${match.operation})` : ''}`;
}
/** The query a key's price is in: keys of one service code with the same filters share one call. */
function queryFor(key, region) {
    const { service, narrow = [] } = entryOf(key);
    const filters = [term('regionCode', region), ...narrow];
    return {
        id: `${service} ${filters.map((f) => `${f.Field}=${f.Value}`).join(' ')}`,
        serviceCode: service,
        filters,
    };
}
/** The distinct queries for a set of keys, in a stable order (the same plan asks the same calls). */
function queriesFor(keys, region) {
    const byId = new Map();
    for (const key of keys) {
        const query = queryFor(key, region);
        byId.set(query.id, query);
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
/** Whether a product's attributes are the key's: its usage type (after the region prefix) and operation. */
function isProductOf(key, attributes) {
    const { match } = entryOf(key);
    const usagetype = attributes.usagetype ?? '';
    const unprefixed = usagetype === match.usagetype || usagetype.endsWith(`-${match.usagetype}`);
    // The prefix is letters and digits only: `Fargate-ARM-vCPU-Hours:perCPU` is not `vCPU-Hours:perCPU`'s.
    const prefix = usagetype.slice(0, usagetype.length - match.usagetype.length - 1);
    return (unprefixed &&
        (usagetype === match.usagetype || /^[A-Z0-9]+$/.test(prefix)) &&
        (!match.operation || attributes.operation === match.operation));
}

;// CONCATENATED MODULE: ./src/cost/price-list.ts
// Reads GetProducts answers: each PriceList entry is a JSON string of one product with its terms
// (`product.attributes`, `terms.OnDemand.<offer>.priceDimensions.<rate>.pricePerUnit.USD`), as the
// Price List Query API documents it. Only on-demand terms are read: the estimate is of list prices.

function price_list_parse(entry) {
    try {
        const value = JSON.parse(entry);
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The first paid tier of the product's on-demand price: a tiered price (log ingestion past some terabytes)
 * starts at `beginRange` 0, and a free first tier (an allowance) is not what the next unit costs.
 */
function onDemand(product) {
    const dimensions = Object.values(product.terms?.OnDemand ?? {}).flatMap((t) => Object.values(t.priceDimensions ?? {}));
    const priced = dimensions
        .map((d) => ({ usd: Number(d.pricePerUnit?.USD), unit: d.unit ?? '', begin: Number(d.beginRange ?? 0) }))
        .filter((d) => Number.isFinite(d.usd))
        .sort((a, b) => a.begin - b.begin);
    return priced.find((d) => d.usd > 0) ?? priced[0];
}
/** The key's price among a query's answer; undefined when no product of the answer is the key's. */
function findPrice(key, answer) {
    for (const entry of answer) {
        const product = price_list_parse(entry);
        const attributes = product?.product?.attributes;
        if (!product || !attributes || !isProductOf(key, attributes))
            continue;
        const price = onDemand(product);
        if (!price)
            continue;
        return {
            usd: price.usd,
            unit: price.unit,
            usagetype: attributes.usagetype ?? '',
            ...(product.publicationDate ? { published: product.publicationDate } : {}),
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cost/usage.ts
const usage_num = (value, fallback) => {
    const n = typeof value === 'string' ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
};
const props = (r) => (r?.Properties ?? {}); // eslint-disable-line @typescript-eslint/no-explicit-any
/** The logical id a `Ref` or `Fn::GetAtt` names, wherever it sits in a value. */
function referenced(value, found = []) {
    if (Array.isArray(value))
        value.forEach((v) => referenced(v, found));
    else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
            if (key === 'Ref' && typeof inner === 'string')
                found.push(inner);
            else if (key === 'Fn::GetAtt' && Array.isArray(inner) && typeof inner[0] === 'string')
                found.push(inner[0]);
            else
                referenced(inner, found);
        }
    }
    return found;
}
const tag = (r, key) => props(r).Tags?.find((t) => t.Key === key)
    ?.Value;
/** ECS's spread of a strategy's tasks: the base goes to its provider first, the rest by weight. */
function spotShare(strategy) {
    return (n) => {
        let spot = 0;
        let left = n;
        for (const s of strategy) {
            const base = Math.min(usage_num(s.Base, 0), left);
            if (s.CapacityProvider === 'FARGATE_SPOT')
                spot += base;
            left -= base;
        }
        const total = strategy.reduce((sum, s) => sum + usage_num(s.Weight, 0), 0);
        const spotWeight = strategy
            .filter((s) => s.CapacityProvider === 'FARGATE_SPOT')
            .reduce((sum, s) => sum + usage_num(s.Weight, 0), 0);
        return spot + (total > 0 ? (left * spotWeight) / total : 0);
    };
}
function serviceUsage(id, service, template, scaling) {
    const p = props(service);
    const taskId = referenced(p.TaskDefinition)[0];
    const task = props(taskId ? template.Resources[taskId] : undefined);
    const platform = (task.RuntimePlatform ?? {});
    const windows = String(platform.OperatingSystemFamily ?? 'LINUX').startsWith('WINDOWS');
    const strategy = (p.CapacityProviderStrategy ?? []);
    const providers = strategy.map((s) => s.CapacityProvider);
    const onEc2 = p.LaunchType === 'EC2' || providers.some((c) => c !== 'FARGATE' && c !== 'FARGATE_SPOT');
    const desired = usage_num(p.DesiredCount, 1);
    const target = scaling.get(id);
    const storage = usage_num(task.EphemeralStorage?.SizeInGiB, 20);
    const usage = {
        name: tag(service, 'com.docker.compose.service') ?? id,
        // Task-level CPU units (1,024 a vCPU) and MiB, as Fargate bills them.
        vcpu: usage_num(task.Cpu, 256) / 1024,
        gb: usage_num(task.Memory, 512) / 1024,
        architecture: windows ? 'windows' : platform.CpuArchitecture === 'ARM64' ? 'arm' : 'x86',
        extraStorageGb: Math.max(0, storage - 20),
        tasks: target
            ? { min: usage_num(props(target).MinCapacity, desired), max: usage_num(props(target).MaxCapacity, desired) }
            : { min: desired, max: desired },
        spotTasks: spotShare(strategy),
        onEc2,
        publicIp: p.NetworkConfiguration?.AwsvpcConfiguration?.AssignPublicIp === 'ENABLED',
    };
    return usage;
}
/** Instances of an Auto Scaling group, by the instance type of its launch template. */
function instanceUsage(id, group, template) {
    const p = props(group);
    const launchId = referenced(p.LaunchTemplate ?? p.MixedInstancesPolicy)[0];
    const instanceType = props(launchId ? template.Resources[launchId] : undefined).LaunchTemplateData
        ?.InstanceType;
    if (typeof instanceType !== 'string')
        return undefined;
    const desired = usage_num(p.DesiredCapacity, usage_num(p.MinSize, 0));
    return { name: id, instanceType, count: { min: usage_num(p.MinSize, desired), max: usage_num(p.MaxSize, desired) } };
}
/** Stored secrets are parameter pairs `<Id>SecretArn` + `<Id>SecretVersion` (src/template/secrets.ts). */
function storedSecrets(template) {
    const names = Object.keys(template.Parameters ?? {});
    return names.filter((n) => n.endsWith('SecretArn') && names.includes(n.replace(/Arn$/, 'Version'))).length;
}
/** How many subnets (zones) a load balancer names: a literal list, or a list parameter's value. */
function zonesOf(p, parameters) {
    if (Array.isArray(p.SubnetMappings))
        return p.SubnetMappings.length;
    if (Array.isArray(p.Subnets))
        return p.Subnets.length;
    const name = p.Subnets?.Ref;
    const value = typeof name === 'string' ? parameters[name] : undefined;
    return value ? value.split(',').filter((s) => s.trim()).length : 0;
}
/** The usage of a template; `parameters` are the values it is deployed with (the subnets of a load balancer). */
function stackUsage(template, parameters = {}) {
    const usage = {
        services: [],
        loadBalancers: [],
        instances: [],
        natGateways: 0,
        elasticIps: 0,
        fileSystems: 0,
        logGroups: 0,
        secrets: template ? storedSecrets(template) : 0,
        advancedParameters: 0,
    };
    if (!template)
        return usage;
    const resources = Object.entries(template.Resources).sort(([a], [b]) => a.localeCompare(b));
    const scaling = new Map();
    for (const [, r] of resources)
        if (r.Type === 'AWS::ApplicationAutoScaling::ScalableTarget' && props(r).ServiceNamespace === 'ecs')
            for (const target of referenced(props(r).ResourceId))
                scaling.set(target, r);
    for (const [id, r] of resources) {
        const p = props(r);
        if (r.Type === 'AWS::ECS::Service')
            usage.services.push(serviceUsage(id, r, template, scaling));
        else if (r.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' &&
            (p.Type ?? 'application') !== 'gateway') {
            const zones = zonesOf(p, parameters);
            const internetFacing = (p.Scheme ?? 'internet-facing') === 'internet-facing';
            usage.loadBalancers.push({
                name: id,
                type: p.Type === 'network' ? 'network' : 'application',
                publicIps: internetFacing ? zones || 2 : 0,
                zonesAssumed: internetFacing && !zones,
            });
        }
        else if (r.Type === 'AWS::AutoScaling::AutoScalingGroup') {
            const instances = instanceUsage(id, r, template);
            if (instances)
                usage.instances.push(instances);
        }
        else if (r.Type === 'AWS::EC2::Instance' && typeof p.InstanceType === 'string')
            usage.instances.push({ name: id, instanceType: p.InstanceType, count: { min: 1, max: 1 } });
        else if (r.Type === 'AWS::EC2::NatGateway')
            usage.natGateways++;
        else if (r.Type === 'AWS::EC2::EIP')
            usage.elasticIps++;
        else if (r.Type === 'AWS::EFS::FileSystem')
            usage.fileSystems++;
        else if (r.Type === 'AWS::Logs::LogGroup')
            usage.logGroups++;
        else if (r.Type === 'AWS::SecretsManager::Secret')
            usage.secrets++;
        else if (r.Type === 'AWS::SSM::Parameter' && p.Tier === 'Advanced')
            usage.advancedParameters++;
    }
    return usage;
}

;// CONCATENATED MODULE: ./src/cost/estimate.ts
// The monthly estimate of a stack before and after a change: a pure function of the two templates and
// the Price List's answers. On-demand list prices only (no savings plans, no free tier); what is billed
// by use (capacity units, GB stored or processed) is shown as its unit price, never guessed.



/** AWS's Pricing Calculator bills a month as 730 hours (365 days × 24 / 12). */
const HOURS_PER_MONTH = 730;
/**
 * Fargate Spot runs "at up to a 70% discount off the Fargate price" (AWS Fargate pricing); its price moves
 * with demand and is not in the Price List, so a Spot task is shown from 30% to 100% of on-demand.
 */
const SPOT_LOW = 0.3;
const money = (low, high = low) => ({ low, high });
const plus = (a, b) => ({ low: a.low + b.low, high: a.high + b.high });
const times = (m, k) => ({ low: m.low * k, high: m.high * k });
const usd = (n) => `$${n < 0.1 ? n.toFixed(4).replace(/0+$/, '') : n.toFixed(n < 10 ? 3 : 2).replace(/0$/, '')}`;
/** The prices a template's usage needs. */
function priceKeys(usage) {
    const keys = new Set();
    for (const s of usage.services) {
        if (!s.onEc2 && s.architecture === 'windows')
            ['fargate.vcpu.windows', 'fargate.gb.windows', 'fargate.os.windows'].forEach((k) => keys.add(k));
        else if (!s.onEc2)
            [`fargate.vcpu.${s.architecture}`, `fargate.gb.${s.architecture}`].forEach((k) => keys.add(k));
        if (!s.onEc2 && s.extraStorageGb > 0)
            keys.add('fargate.storage');
        if (s.publicIp)
            keys.add('ipv4.hour');
    }
    for (const lb of usage.loadBalancers) {
        keys.add(lb.type === 'network' ? 'nlb.hour' : 'alb.hour');
        keys.add(lb.type === 'network' ? 'nlb.nlcu' : 'alb.lcu');
        if (lb.publicIps)
            keys.add('ipv4.hour');
    }
    for (const i of usage.instances)
        keys.add(`ec2:${i.instanceType}`);
    if (usage.natGateways)
        ['nat.hour', 'nat.gb'].forEach((k) => keys.add(k));
    if (usage.elasticIps)
        keys.add('ipv4.hour');
    if (usage.fileSystems)
        keys.add('efs.gb-month');
    if (usage.logGroups)
        keys.add('logs.gb');
    if (usage.secrets)
        keys.add('secret.month');
    if (usage.advancedParameters)
        keys.add('parameter.advanced.month');
    return keys;
}
/** The GetProducts calls an estimate of these two templates needs (none when neither bills anything). */
function costQueries(before, after, region) {
    return queriesFor(new Set([...priceKeys(stackUsage(before)), ...priceKeys(stackUsage(after))]), region);
}
/** Looks prices up in the answers, and notes which a row needed but did not get. */
class PriceBook {
    answers;
    region;
    used = [];
    constructor(answers, region) {
        this.answers = answers;
        this.region = region;
    }
    /** The hourly or monthly price, 0 (and `missing` told) when the Price List has none. */
    get(key, missing) {
        const price = findPrice(key, this.answers[queryFor(key, this.region).id] ?? []);
        if (!price) {
            if (!missing.includes(productName(key)))
                missing.push(productName(key));
            return 0;
        }
        this.used.push(price);
        return price.usd;
    }
    unit(key, what, missing) {
        const price = findPrice(key, this.answers[queryFor(key, this.region).id] ?? []);
        if (!price)
            return void missing.push(productName(key));
        this.used.push(price);
        return `${what}: ${usd(price.usd)} per ${price.unit} (${price.usagetype})`;
    }
}
function serviceCost(s, prices, missing) {
    const ipv4 = s.publicIp ? prices.get('ipv4.hour', missing) : 0;
    let task = 0;
    if (!s.onEc2) {
        const arch = s.architecture;
        task =
            s.vcpu * prices.get(`fargate.vcpu.${arch}`, missing) + s.gb * prices.get(`fargate.gb.${arch}`, missing);
        if (arch === 'windows')
            task += s.vcpu * prices.get('fargate.os.windows', missing);
        if (s.extraStorageGb)
            task += s.extraStorageGb * prices.get('fargate.storage', missing);
    }
    const at = (n) => {
        const spot = s.onEc2 ? 0 : s.spotTasks(n);
        return money((n - spot) * task + spot * task * SPOT_LOW + n * ipv4, n * (task + ipv4));
    };
    return times(money(at(s.tasks.min).low, at(s.tasks.max).high), HOURS_PER_MONTH);
}
function describeService(s) {
    const n = s.tasks.min === s.tasks.max ? `${s.tasks.min}` : `${s.tasks.min}–${s.tasks.max} (autoscaled)`;
    const arch = { x86: 'x86', arm: 'ARM', windows: 'Windows' }[s.architecture];
    const spot = s.spotTasks(s.tasks.max) > 0
        ? s.spotTasks(s.tasks.max) === s.tasks.max
            ? ', Spot'
            : ', partly Spot'
        : '';
    const capacity = s.onEc2
        ? ', on EC2 capacity (the instances are priced where the template declares them)'
        : '';
    const storage = s.extraStorageGb ? `, ${s.extraStorageGb + 20} GiB storage` : '';
    const ip = s.publicIp ? ', public IPv4 each' : '';
    return `${n} × ${s.vcpu} vCPU, ${s.gb} GB ${arch}${spot}${storage}${ip}${capacity}`;
}
/** The shared resources of a usage, each a row keyed by name (a load balancer keeps its logical id). */
function sharedRows(u) {
    const rows = [];
    // Nothing of it (an internal load balancer's public addresses): no price needed, none missed.
    const hourly = (k, n) => (p, m) => money(n ? n * p.get(k, m) * HOURS_PER_MONTH : 0);
    for (const lb of u.loadBalancers) {
        const alb = lb.type === 'application';
        const ips = lb.publicIps
            ? `, ${lb.publicIps} public IPv4${lb.zonesAssumed ? ' (2 zones assumed)' : ''}`
            : '';
        rows.push({
            name: lb.name,
            what: `${alb ? 'Application' : 'Network'} Load Balancer${ips}`,
            cost: (p, m) => plus(hourly(alb ? 'alb.hour' : 'nlb.hour', 1)(p, m), hourly('ipv4.hour', lb.publicIps)(p, m)),
            perUse: (p, m) => [p.unit(alb ? 'alb.lcu' : 'nlb.nlcu', alb ? 'capacity units' : 'NLCUs', m)],
        });
    }
    for (const i of u.instances)
        rows.push({
            name: i.name,
            what: `${i.count.min === i.count.max ? i.count.min : `${i.count.min}–${i.count.max}`} × ${i.instanceType} (Linux, on-demand)`,
            cost: (p, m) => {
                const h = p.get(`ec2:${i.instanceType}`, m) * HOURS_PER_MONTH;
                return money(i.count.min * h, i.count.max * h);
            },
        });
    if (u.natGateways)
        rows.push({
            name: 'NAT gateways',
            what: `${u.natGateways} NAT gateway${u.natGateways > 1 ? 's' : ''}`,
            cost: hourly('nat.hour', u.natGateways),
            perUse: (p, m) => [p.unit('nat.gb', 'data processed', m)],
        });
    if (u.elasticIps)
        rows.push({
            name: 'Elastic IPs',
            what: `${u.elasticIps} public IPv4`,
            cost: hourly('ipv4.hour', u.elasticIps),
        });
    if (u.fileSystems)
        rows.push({
            name: 'EFS',
            what: `${u.fileSystems} file system${u.fileSystems > 1 ? 's' : ''}`,
            cost: () => money(0),
            perUse: (p, m) => [p.unit('efs.gb-month', 'stored (Standard)', m)],
        });
    if (u.logGroups)
        rows.push({
            name: 'CloudWatch Logs',
            what: `${u.logGroups} log group${u.logGroups > 1 ? 's' : ''}`,
            cost: () => money(0),
            perUse: (p, m) => [p.unit('logs.gb', 'ingested', m)],
        });
    if (u.secrets)
        rows.push({
            name: 'Secrets Manager',
            what: `${u.secrets} secret${u.secrets > 1 ? 's' : ''}`,
            cost: (p, m) => money(u.secrets * p.get('secret.month', m)),
        });
    if (u.advancedParameters)
        rows.push({
            name: 'SSM parameters',
            what: `${u.advancedParameters} advanced parameter${u.advancedParameters > 1 ? 's' : ''}`,
            cost: (p, m) => money(u.advancedParameters * p.get('parameter.advanced.month', m)),
        });
    return rows;
}
function estimateCost(input) {
    const prices = new PriceBook(input.answers, input.region);
    const before = stackUsage(input.before, input.parameters);
    const after = stackUsage(input.after, input.parameters);
    const rows = new Map();
    const row = (name, kind) => {
        const key = `${kind} ${name}`;
        if (!rows.has(key))
            rows.set(key, { name, kind, what: '', perUse: [], missing: [] });
        return rows.get(key);
    };
    for (const [side, usage] of [
        ['before', before],
        ['after', after],
    ]) {
        for (const s of usage.services) {
            const r = row(s.name, 'service');
            r[side] = serviceCost(s, prices, r.missing);
            if (side === 'after' || !r.what)
                r.what = describeService(s);
        }
        for (const shared of sharedRows(usage)) {
            const r = row(shared.name, 'shared');
            r[side] = shared.cost(prices, r.missing);
            if (side === 'after' || !r.what)
                r.what = shared.what;
            if (side === 'after' || !input.after)
                r.perUse = (shared.perUse?.(prices, r.missing) ?? []).filter((t) => !!t);
        }
    }
    const list = [...rows.values()].sort((a, b) => a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'service' ? -1 : 1);
    const total = (side) => list.reduce((sum, r) => plus(sum, r[side] ?? money(0)), money(0));
    const published = prices.used
        .map((p) => p.published)
        .filter((d) => !!d)
        .sort()
        .pop();
    const notes = [];
    if ([...before.services, ...after.services].some((s) => !s.onEc2 && s.spotTasks(s.tasks.max) > 0))
        notes.push(`Fargate Spot is shown from ${SPOT_LOW * 100}% to 100% of the on-demand price: AWS gives up to a 70% discount, and Spot prices move with demand and are not in the Price List.`);
    if (list.some((r) => r.missing.length))
        notes.push(`Not in the Price List for ${input.region}, so left out: ${[...new Set(list.flatMap((r) => r.missing))].join(', ')}.`);
    return {
        region: input.region,
        readOn: input.readOn,
        ...(published ? { published: published.slice(0, 10) } : {}),
        ...(input.before ? { before: total('before') } : {}),
        ...(input.after ? { after: total('after') } : {}),
        rows: list,
        notes,
    };
}

// EXTERNAL MODULE: ./src/cost/render.ts
var render = __webpack_require__(6517);
;// CONCATENATED MODULE: ./src/steps/cost.ts



/**
 * The monthly cost of the stack before and after, from the AWS Price List at plan time (a handful of
 * GetProducts calls, each asked once a run). Undefined when `cost: false` or nothing in either template
 * is billed; without the permission or the API, the report says why and shows no figures.
 */
async function estimateStackCost(ctx, before, after, 
/** The parameter values of the plan (a load balancer's subnets are one). */
parameters = {}, 
/** The region the run already read (the plan's report), so it is not asked again. */
known) {
    if (ctx.options.cost === false)
        return undefined;
    const region = known ?? (await ctx.aws.identity.region().catch(() => undefined));
    if (!region)
        return { unavailable: 'the region the stack runs in is not known.' };
    const queries = costQueries(before, after, region);
    if (!queries.length)
        return undefined;
    return ctx.step('cost', async () => {
        try {
            const answers = await Promise.all(queries.map(async (q) => [q.id, await ctx.aws.prices.products(q)]));
            const estimate = estimateCost({
                before,
                after,
                answers: Object.fromEntries(answers),
                region,
                parameters,
                readOn: new Date(ctx.clock.now()).toISOString().slice(0, 10),
            });
            const cost = { estimate };
            ctx.logger.info((0,render/* costLine */.EK)(cost));
            return cost;
        }
        catch (err) {
            const cost = { unavailable: whyNoPrices(err) };
            ctx.logger.info((0,render/* costLine */.EK)(cost));
            return cost;
        }
    });
}
/** One sentence for the report: the missing permission, or the API out of reach. */
function whyNoPrices(err) {
    const name = (0,errors/* errorName */.Is)(err);
    const message = (0,errors/* errorMessage */.gJ)(err);
    if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(`${name} ${message}`))
        return 'the role may not call `pricing:GetProducts` (the README’s plan policy lists it; `cost: false` turns the estimate off).';
    return `the AWS Price List API could not be reached (${name || 'error'}: ${message.split('\n')[0].slice(0, 160)}).`;
}

;// CONCATENATED MODULE: ./src/deploy/day-two.ts
// What the second deploy must not do silently, found by comparing the template with the one the stack
// runs (both pure; the plan step acts on the findings): create a resource under a name a removed or
// replaced one still holds (CloudFormation deletes those only at cleanup), put a volume's service on
// new, empty storage, or flip the load balancer's type (a new DNS name for every URL) as a side effect.






function dayTwoFindings(before, after, context = {}) {
    const diffs = (0,resource_diff/* resourceDiffs */.ze)(before, after);
    return [
        ...namesTaken(before, after, diffs),
        ...dataReplaced(before, after, diffs, context),
        ...loadBalancerType(diffs, context),
    ];
}
/** Names AWS holds unique, per type: the key of a resource, and what it is in words. */
function uniqueName(r) {
    const p = r.Properties ?? {};
    const at = (...values) => `${r.Type} ${values.map((v) => (0,canonical_json/* canonicalJson */.d)(v)).join(' ')}`;
    switch (r.Type) {
        case 'AWS::ServiceDiscovery::Service':
            return {
                key: at(p.NamespaceId, p.Name),
                what: `the service name "${String(p.Name)}"`,
                error: 'ServiceAlreadyExists',
            };
        case 'AWS::ElasticLoadBalancingV2::Listener':
            return {
                key: at(p.LoadBalancerArn, p.Port),
                what: `listener port ${String(p.Port)}`,
                error: 'DuplicateListener',
            };
        case 'AWS::ElasticLoadBalancingV2::ListenerRule':
            return {
                key: at(p.ListenerArn, p.Priority),
                what: `rule priority ${String(p.Priority)}`,
                error: 'PriorityInUse',
            };
        case 'AWS::ECS::Service':
            return p.ServiceName === undefined
                ? undefined
                : {
                    key: at(p.Cluster, p.ServiceName),
                    what: `ECS service name ${String(p.ServiceName)}`,
                    error: 'InvalidParameterException',
                };
        default:
            return undefined;
    }
}
const day_two_owner = (r) => (r.Properties?.Tags ?? []).find((t) => t.Key === SERVICE_TAG)
    ?.Value;
/** Refs inside a value: a name under a parent that is itself new cannot clash with the old parent's. */
function refs(value, out = []) {
    if (Array.isArray(value))
        value.forEach((v) => refs(v, out));
    else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) {
            if (k === 'Ref' && typeof v === 'string')
                out.push(v);
            else
                refs(v, out);
        }
    return out;
}
function namesTaken(before, after, diffs) {
    const replaced = (d) => d.action === 'Modify' && d.replacedBy.length > 0;
    const created = new Set(diffs.filter((d) => d.action === 'Add' || replaced(d)).map((d) => d.logicalId));
    const held = new Map();
    for (const d of diffs.filter((x) => x.action === 'Remove' || replaced(x))) {
        const name = uniqueName(before.Resources[d.logicalId]);
        if (name)
            held.set(name.key, d.logicalId);
    }
    const out = [];
    for (const id of [...created].sort()) {
        const r = after.Resources[id];
        const name = uniqueName(r);
        const holder = name && held.get(name.key);
        if (!name || !holder)
            continue;
        if (refs(r.Properties).some((ref) => created.has(ref)))
            continue;
        const was = day_two_owner(before.Resources[holder]);
        const now = day_two_owner(r);
        out.push({
            kind: 'name-taken',
            resource: id,
            blocking: true,
            message: `${name.what} moves from ${holder}${was ? ` (service ${was})` : ''} to ${id}${now ? ` (service ${now})` : ''}: ` +
                `CloudFormation creates ${id} before it deletes ${holder}, and AWS refuses a second one (${name.error}). ` +
                `Deploy in two steps: first without ${was ? `what gives ${was} that name` : holder} (the name is released), then this change.`,
        });
    }
    return out;
}
/** The compose volume a file system or access point serves: the file system's volume tag. */
function volumeOf(template, r) {
    if (r.Type === 'AWS::EFS::FileSystem')
        return (r.Properties?.FileSystemTags ?? []).find((t) => t.Key === VOLUME_TAG)?.Value;
    const fs = r.Properties?.FileSystemId;
    const ref = refs(fs)
        .map((id) => template.Resources[id])
        .find((x) => x?.Type === 'AWS::EFS::FileSystem');
    return ref ? volumeOf(template, ref) : typeof fs === 'string' ? fs : undefined;
}
function dataReplaced(before, after, diffs, context) {
    const out = [];
    const allowed = new Set(context.allowVolumeReplacement ?? []);
    for (const d of diffs) {
        if (d.action !== 'Modify')
            continue;
        const old = before.Resources[d.logicalId];
        let what;
        if (d.type === 'AWS::EFS::FileSystem' && d.replacedBy.length) {
            // A stack given a retained file system (<id>RetainedId) does not create this one at all.
            if (context.parameters?.[`${d.logicalId}RetainedId`])
                continue;
            const fsId = context.physicalIds?.[d.logicalId];
            what = `its file system is replaced (${d.replacedBy.join(', ')} cannot change in place): the service starts on a new, empty file system; the data stays on the retained one${fsId ? `, ${fsId}` : ''}`;
        }
        else if (d.type === 'AWS::EFS::AccessPoint') {
            const path = d.changes.find((c) => c.path.startsWith('Properties.RootDirectory.Path') || c.path === 'Properties.FileSystemId');
            if (!path)
                continue;
            const fs = refs(old.Properties?.FileSystemId)
                .map((id) => context.physicalIds?.[id])
                .find(Boolean);
            what = `its access point ${d.logicalId} moves from ${(0,canonical_json/* canonicalJson */.d)(path.before)} to ${(0,canonical_json/* canonicalJson */.d)(path.after)}: the service sees another, empty directory; the data stays at the old path${fs ? ` on ${fs}` : ''}`;
        }
        else
            continue;
        const volume = volumeOf(after, after.Resources[d.logicalId]) ?? volumeOf(before, old) ?? d.logicalId;
        const ok = allowed.has(volume);
        out.push({
            kind: 'data-replaced',
            resource: d.logicalId,
            volume,
            blocking: !ok,
            message: `volume ${volume}: ${what}. ${ok ? 'Allowed by allow-volume-replacement.' : `The deploy stops before executing; to go ahead, name the volume in allow-volume-replacement (--allow-volume-replacement ${volume}), or undo the change.`}`,
        });
    }
    return out;
}
function loadBalancerType(diffs, context) {
    const d = diffs.find((x) => x.logicalId === LB_ID && x.action === 'Modify');
    const change = d?.changes.find((c) => c.path === 'Properties.Type');
    if (!change || context.loadBalancer?.explicit)
        return [];
    const cause = context.loadBalancer?.cause ?? 'the published ports changed';
    return [
        {
            kind: 'load-balancer-type',
            resource: LB_ID,
            blocking: true,
            message: `the load balancer would change from ${String(change.before)} to ${String(change.after)} because ${cause}: ` +
                `a new load balancer replaces it, with a new DNS name, and every URL of the project changes. ` +
                `The deploy stops before executing; to keep the ${String(change.before)} load balancer undo that port change` +
                `${change.before === 'network' ? ` or set ${X.loadBalancerType}: network` : ''}; to accept the new one set ${X.loadBalancerType}: ${String(change.after)}.`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/steps/day-two.ts
// The plan step's second-deploy review: what the change would do to the running stack that a change
// set alone does not say (deploy/day-two.ts finds it), written into the plan's security-sensitive
// section, and what must stop a deploy before it executes.


/** The findings of a plan of an existing stack; none for a new one. */
async function reviewSecondDeploy(ctx, candidate, plan) {
    if (!plan.before)
        return [];
    const context = {
        // A rollback restores a template that ran before: its load balancer type is not a side effect.
        ...(candidate.conversion ? { loadBalancer: candidate.conversion.loadBalancer ?? noLoadBalancer } : {}),
        allowVolumeReplacement: ctx.options.allowVolumeReplacement ?? [],
        parameters: plan.parameters,
    };
    let findings = dayTwoFindings(plan.before, plan.template, context);
    if (!candidate.conversion)
        findings = findings.filter((f) => f.kind !== 'load-balancer-type');
    if (findings.some((f) => f.kind === 'data-replaced') && plan.stackId) {
        // The retained file system is named by its id: read once, only when there is one to name.
        const physicalIds = Object.fromEntries((await ctx.aws.stacks.resources(plan.stackId).catch(() => []))
            .filter((r) => r.LogicalResourceId && r.PhysicalResourceId)
            .map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
        findings = dayTwoFindings(plan.before, plan.template, { ...context, physicalIds }).filter((f) => candidate.conversion || f.kind !== 'load-balancer-type');
    }
    for (const f of findings)
        (f.blocking ? ctx.logger.warning : ctx.logger.info)(f.message);
    return findings;
}
/** A template without a created load balancer: its type is not inferred from anything. */
const noLoadBalancer = { type: 'network', explicit: true, cause: 'no load balancer' };
/** Findings as lines of the plan's security-sensitive section, flagged when they stop a deploy. */
function findingLines(findings) {
    return findings.map((f) => ({
        kind: 'day-two',
        change: 'added',
        resource: f.resource,
        text: f.message,
        ...(f.blocking ? { flag: 'stops the deploy before it executes' } : {}),
    }));
}
/** The error a deploy stops with, naming every cause and the way through. */
function secondDeployStop(findings) {
    const blocking = findings.filter((f) => f.blocking);
    if (!blocking.length)
        return undefined;
    return new src_errors/* UserError */.yo(`the deploy stops before executing (nothing was changed):\n${blocking.map((f) => `  - ${f.message}`).join('\n')}`);
}

;// CONCATENATED MODULE: ./src/steps/plan.ts






/** Plans a candidate as a change set (or finds nothing to change), and says what the plan found. */
async function planCandidate(ctx, candidate, 
/** A plan removes what it made (a new stack's too); a deploy goes on to execute it. */
intent) {
    const { aws, logger } = ctx;
    const region = await aws.identity.region().catch(() => undefined);
    await ctx.emit({ kind: 'region-read', region });
    const plan = await ctx.step('plan', () => planStack(stackPlanRequest(ctx, candidate, intent), aws, logger, ctx.poll), candidate.stackName);
    // What is planned and recorded is the template reconciled with the deployed one.
    candidate.template = plan.template;
    candidate.body = plan.body;
    const findings = await reviewSecondDeploy(ctx, candidate, plan);
    const diff = diffTemplates(plan.before, candidate.template, contentKeysOf(candidate.images));
    diff.security.unshift(...findingLines(findings));
    const { outcome } = plan;
    const unread = plan.secrets.comparedAtDeploy ?? [];
    if (unread.length)
        await ctx.emit({
            kind: 'warning',
            text: `secret${unread.length > 1 ? 's' : ''} ${unread.join(', ')}: contents compared at deploy, not by this plan (a plan reads no secret value); changed contents give the services that use ${unread.length > 1 ? 'them' : 'it'} a new task definition revision then`,
        });
    if (outcome.kind === 'preview')
        logger.warning(outcome.reason);
    else
        logger.info(outcome.kind === 'ready'
            ? `change set ${plan.changeSetName}: ${outcome.changes.length} resource changes`
            : `no changes: ${outcome.reason}`);
    // A plan that changes nothing costs no Price List calls (the no-op deploy stays at its floor).
    const cost = outcome.kind === 'no-changes'
        ? undefined
        : await estimateStackCost(ctx, plan.before, candidate.template, plan.parameters, region);
    await ctx.emit({
        kind: 'planned',
        ...(cost ? { cost } : {}),
        changeSetType: plan.type,
        changeSetName: plan.changeSetName,
        diff,
        hasChanges: outcome.kind !== 'no-changes',
        ...(outcome.kind !== 'no-changes' ? { changes: outcome.changes } : {}),
        ...(outcome.kind === 'preview' ? { warning: outcome.reason } : {}),
    });
    const jobs = await planJobsOf(ctx, candidate, plan);
    if (jobs.length)
        await ctx.emit({ kind: 'jobs-planned', jobs });
    const result = {
        // A plan of a new stack removes the stack it created: there is no stack to name.
        stackId: intent === 'plan' && plan.type === 'CREATE' ? undefined : (outcome.stackId ?? plan.stackId),
        changeSetId: outcome.changeSetId,
        hasChanges: outcome.kind !== 'no-changes',
        images: candidate.images,
        ...(candidate.templatePath ? { templatePath: candidate.templatePath } : {}),
        ...(candidate.conversion ? { conversion: candidate.conversion } : {}),
    };
    // From here on, a failure still sets the stack, change set and images as outputs.
    ctx.know(result);
    return { candidate, plan, findings, jobs, result };
}
/** What planStack gets for a candidate (the jobs' two phases reuse it with their own template). */
function stackPlanRequest(ctx, candidate, intent) {
    const { options, clock } = ctx;
    return {
        stackName: candidate.stackName,
        template: candidate.template,
        body: candidate.body,
        parameters: candidate.parameters,
        mode: intent,
        description: `compose-ecs ${options.mode} of ${candidate.project}`,
        templateBucket: options.templateBucket,
        region: ctx.report().region ?? '',
        tags: {
            ...options.stack?.tags,
            'com.docker.compose.project': candidate.project,
            ...options.tags,
            // The stack names the commit it runs (a rollback: the restored one).
            ...(candidate.sha ? { 'compose-ecs:sha': candidate.sha } : {}),
        },
        stack: options.stack ?? {},
        ...(candidate.preflight ? { preflight: candidate.preflight } : {}),
        forceChangeSet: options.forceChangeSet ?? false,
        now: new Date(clock.now()),
    };
}
/** Built images by URI → the content key (`src-…` tag) they were built under. */
function contentKeysOf(images) {
    return Object.fromEntries(images.filter((i) => i.tag?.startsWith('src-')).map((i) => [i.uri, i.tag]));
}
/** A plan never leaves a change set behind; the next run computes a fresh one. */
async function discardPlanned(ctx, planned) {
    await ctx.step('discard', () => discardPlan(ctx.aws, planned.plan, ctx.poll, ctx.logger));
}
/** The URLs are a convenience: failing to read them never fails a deploy that succeeded. */
function serviceUrls(ctx, planned, stackId, 
/** A reading of the stack as it stands now, instead of another DescribeStacks. */
known) {
    return stackUrls(ctx.aws, stackId, planned.candidate.template, known).catch((err) => {
        ctx.logger.warning(`could not read the service URLs: ${err.message}`);
        return {};
    });
}

;// CONCATENATED MODULE: ./src/jobs/resolve.ts
function resolveJob(name, spec, lookup) {
    const one = (value, what) => {
        const v = resolve_evaluate(value, lookup);
        if (typeof v === 'string' && v)
            return v;
        throw new Error(`job ${name}: cannot resolve its ${what} (${JSON.stringify(value)}) against the stack`);
    };
    const list = (value, what) => {
        const v = resolve_evaluate(value, lookup);
        const items = Array.isArray(v) ? v.flat() : typeof v === 'string' ? v.split(',') : [];
        if (items.length && items.every((x) => typeof x === 'string' && x))
            return items;
        throw new Error(`job ${name}: cannot resolve its ${what} (${JSON.stringify(value)}) against the stack`);
    };
    return {
        cluster: one(spec.Cluster, 'cluster'),
        taskDefinition: one({ Ref: spec.TaskDefinition }, 'task definition'),
        subnets: list(spec.Subnets, 'subnets'),
        securityGroups: list(spec.SecurityGroups, 'security groups'),
        assignPublicIp: spec.AssignPublicIp === 'ENABLED',
    };
}
function resolve_evaluate(value, lookup) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.map((v) => resolve_evaluate(v, lookup));
    if (!value || typeof value !== 'object')
        return undefined;
    const o = value;
    if (typeof o.Ref === 'string')
        return lookup.parameters[o.Ref] !== undefined ? lookup.parameters[o.Ref] : lookup.physical.get(o.Ref);
    if (Array.isArray(o['Fn::GetAtt']) && o['Fn::GetAtt'][1] === 'GroupId')
        return lookup.physical.get(String(o['Fn::GetAtt'][0]));
    if (Array.isArray(o['Fn::Select'])) {
        const [index, from] = o['Fn::Select'];
        const items = resolve_evaluate(from, lookup);
        const all = typeof items === 'string' ? items.split(',') : Array.isArray(items) ? items : [];
        return all[Number(index)];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/jobs/run-task.ts



const LAST_LINES = 20;
/** Where awslogs puts a container's lines: group and stream `<prefix>/<container>/<task id>` (ECS developer guide, awslogs). */
async function logStreamOf(aws, taskDefinitionArn, container, taskId) {
    const definition = await aws.services.taskDefinition(taskDefinitionArn).catch(() => undefined);
    const config = definition?.containerDefinitions?.find((d) => d.name === container)?.logConfiguration;
    const group = config?.logDriver === 'awslogs' ? config.options?.['awslogs-group'] : undefined;
    const prefix = config?.options?.['awslogs-stream-prefix'];
    return group && prefix ? { group, stream: `${prefix}/${container}/${taskId}` } : undefined;
}
async function runTaskToEnd(aws, input, poll, onStarted, 
/** Gets what the container logged since the last call while it runs (`compose-ecs run` streams it). */
onLines) {
    const started = await aws.tasks.run(input);
    if (!started.task?.taskArn)
        throw new Error(`ECS started no task for ${input.what}: ${started.failure ?? 'no reason given'}`);
    const taskArn = started.task.taskArn;
    const taskId = taskArn.split('/').pop();
    await onStarted?.({ taskArn, taskId });
    const where = await logStreamOf(aws, started.task.taskDefinitionArn ?? input.taskDefinition, input.container, taskId);
    let cursor;
    const follow = async () => {
        if (!onLines || !where)
            return;
        const page = await aws.logs
            .read(where.group, { streamPrefix: where.stream, ...(cursor ? { nextToken: cursor } : {}) })
            .catch(() => undefined);
        if (!page)
            return;
        if (page.lines.length)
            onLines(page.lines);
        if (page.nextToken)
            cursor = page.nextToken;
    };
    let stopped;
    try {
        const waited = await pollUntil(async () => {
            await follow();
            const [task] = await aws.tasks.describe(input.cluster, [taskArn]);
            return task?.lastStatus === 'STOPPED' ? task : undefined;
        }, poll);
        if (!waited.done) {
            await stopQuietly(aws, input.cluster, taskArn, `${input.what} ran past the wait timeout`);
            throw new Error(`${input.what} did not finish within the wait timeout: stopped its task ${taskId}`);
        }
        stopped = waited.value;
    }
    catch (err) {
        if (!isCancelled(err))
            throw err;
        const stop = await stopQuietly(aws, input.cluster, taskArn, `${input.what} cancelled`);
        throw new Cancelled(`${input.what} cancelled: ${stop ? `could not stop its task ${taskId}: ${stop}` : `stopped its task ${taskId}`}`);
    }
    await follow();
    const container = stopped.containers?.find((c) => c.name === input.container);
    const lastLines = where
        ? (await aws.logs.tail(where.group, where.stream, LAST_LINES).catch(() => [])).map((l) => l.message.replace(/\s+$/, ''))
        : [];
    const reason = [stopped.stoppedReason, container?.reason].filter(Boolean).join('; ');
    return {
        taskArn,
        taskId,
        ...(typeof container?.exitCode === 'number' ? { exitCode: container.exitCode } : {}),
        ...(reason ? { reason } : {}),
        lastLines,
    };
}
/** StopTask; the problem as text when it failed (the caller reports it, never hides the first failure). */
async function stopQuietly(aws, cluster, taskArn, reason) {
    return aws.tasks.stop(cluster, taskArn, reason).then(() => undefined, (err) => (0,errors/* errorMessage */.gJ)(err));
}

;// CONCATENATED MODULE: ./src/jobs/run-jobs.ts
// The deploy of a release whose jobs run (docs/mapping.md, "Jobs"): the reviewed change set cannot execute
// before them, so it is replaced by two from the same plan. Phase 1 applies everything but the services that
// wait for the jobs (and follows the rollout of the services the jobs wait for); the jobs run, in order, each
// as one task; phase 2 applies the release's own template, so the stack ends exactly as the plan reviewed.
// A job that fails stops the deploy before phase 2: the waiting services never roll.













async function runJobsFirst(ctx, planned, progress) {
    const { aws, logger, options } = ctx;
    const { plan, candidate } = planned;
    const specs = jobSpecs(candidate.template);
    const running = planned.jobs.filter((j) => j.run);
    if (plan.outcome.changeSetId)
        await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
    // A new stack: the empty stack the reviewed change set made goes with it, and phase 1 creates the stack.
    if (plan.type === 'CREATE' && plan.outcome.stackId)
        await deleteStack(aws.stacks, plan.outcome.stackId, ctx.poll);
    const first = phaseOneTemplate({
        before: plan.before,
        after: candidate.template,
        holds: running.flatMap((j) => specs[j.name].Holds),
        deployedParameters: deployedParameters(plan),
        parameters: plan.parameters,
    });
    const one = await phase(ctx, planned, first.template, first.parameters, 'before jobs');
    let stackId = one.outcome.stackId ?? plan.stackId;
    if (one.outcome.kind === 'ready') {
        stackId = one.outcome.stackId;
        await deployChangeSet(aws, {
            ...one.outcome,
            stackName: candidate.stackName,
            template: first.template,
            disableRollback: options.stack?.disableRollback,
        }, logger, ctx.poll, progress, ctx.step);
    }
    if (!stackId)
        throw new Error(`internal: no stack after phase 1 of ${candidate.stackName}`);
    // What the run reports as its stack (outputs, release record): the one phase 1 made, for a new stack.
    planned.result.stackId = stackId;
    const physical = new Map((await aws.stacks.resources(stackId)).map((r) => [r.LogicalResourceId ?? '', r.PhysicalResourceId ?? '']));
    for (const job of running)
        await ctx.step('job', () => runJob(ctx, planned, job, specs[job.name], { physical, parameters: first.parameters }), job.name);
    const two = await phase(ctx, planned, candidate.template, plan.parameters, 'after jobs');
    return two.outcome.kind === 'ready'
        ? { stackId: two.outcome.stackId, changeSetId: two.outcome.changeSetId }
        : { stackId };
}
/** A change set of one phase, with the plan's parameter values and tags (no new secrets: already stored). */
function phase(ctx, planned, template, values, what) {
    // The run's first reading of the stack is stale once phase 1 ran: each phase reads the stack afresh.
    const { preflight: _stale, ...request } = stackPlanRequest(ctx, planned.candidate, 'deploy');
    const tags = planned.plan.tags ?? {};
    return ctx.step('plan', () => planStack({
        ...request,
        template,
        body: template === planned.candidate.template ? planned.candidate.body : compactBody(template),
        parameters: async () => ({ values, secrets: { parameters: {}, writes: [], created: [] }, tags }),
        description: `${request.description} (${what})`,
        forceChangeSet: false,
        now: new Date(ctx.clock.now()),
    }, ctx.aws, ctx.logger, ctx.poll), `${planned.candidate.stackName} (${what})`);
}
/** Runs one job to its end, with the retries its restart policy allows; throws when it did not succeed. */
async function runJob(ctx, planned, job, spec, lookup) {
    const target = resolveJob(job.name, spec, lookup);
    let last;
    for (let attempt = 1; attempt <= spec.Attempts; attempt++) {
        await ctx.emit({ kind: 'job', name: job.name, state: 'running', attempt });
        try {
            last = await runTaskToEnd(ctx.aws, {
                ...target,
                // startedBy takes at most 36 characters.
                startedBy: `compose-ecs job ${job.name}`.slice(0, 36),
                container: spec.Container,
                what: `job ${job.name}`,
            }, ctx.poll, (task) => ctx.emit({ kind: 'job', name: job.name, state: 'running', taskId: task.taskId, attempt }));
        }
        catch (err) {
            await ctx.emit({
                kind: 'job',
                name: job.name,
                state: isCancelled(err) ? 'cancelled' : 'failed',
            });
            throw err;
        }
        ctx.logger.info(`job ${job.name}: task ${last.taskId} exited with ${last.exitCode ?? 'no exit code'}`);
        if (last.exitCode === 0) {
            await ctx.emit({ kind: 'job', name: job.name, state: 'succeeded', exitCode: 0 });
            await record(ctx, planned, job.name, last.taskArn);
            return;
        }
        await ctx.emit({
            kind: 'job',
            name: job.name,
            state: 'failed',
            ...(last.exitCode !== undefined ? { exitCode: last.exitCode } : {}),
        });
    }
    throw jobFailure(job, last, spec.Attempts);
}
async function record(ctx, planned, job, taskArn) {
    const { candidate, plan } = planned;
    await recordSuccess(ctx.aws.parameters, {
        stackName: candidate.stackName,
        project: candidate.project,
        job,
        fingerprint: jobFingerprint(candidate.template, plan.parameters, job),
        taskArn,
        at: new Date(ctx.clock.now()),
    }).catch((err) => 
    // Already recorded (the same job succeeded before), or not allowed: the next deploy at worst reruns it.
    ctx.logger.debug(`job ${job}: success not recorded: ${err.message}`));
}
/** The deploy's failure: the exit code and the last lines, as the PR comment shows them ("Why the task stopped"). */
function jobFailure(job, outcome, attempts) {
    const how = outcome.exitCode !== undefined
        ? `exited with code ${outcome.exitCode}`
        : `did not run (${outcome.reason ?? 'no reason given'})`;
    const waiting = job.before.length ? `; ${job.before.join(', ')} (waiting for it) not rolled out` : '';
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    const lines = [
        `job ${job.name}: task ${outcome.taskId} ${how}${outcome.reason && outcome.exitCode !== undefined ? ` (${outcome.reason})` : ''}`,
    ];
    if (outcome.lastLines.length) {
        lines.push(`  last ${outcome.lastLines.length} lines of ${job.name}:`);
        for (const l of outcome.lastLines)
            lines.push(`    ${l}`);
    }
    // A failed job is the deploy's own outcome, not an internal error: said once, with its lines.
    return new JobFailed(`job ${job.name} ${how}${tries}${waiting}`, lines.join('\n'));
}
/** A job that failed: the deploy's own outcome, with its exit code and last lines as the diagnosis. */
class JobFailed extends src_errors/* UserError */.yo {
    diagnosis;
    constructor(message, diagnosis) {
        super(message);
        this.diagnosis = diagnosis;
        this.name = 'JobFailed';
    }
}

;// CONCATENATED MODULE: ./src/steps/apply.ts










/**
 * Applies a plan: nothing to do when it found no changes; otherwise the release's images are tagged
 * (lifecycle policies keep them), file secrets stored under the versions the change set pins, the change
 * set executed and the ECS rollout followed to the end. A failure is said (deploy-failed) and thrown.
 */
async function applyPlanned(ctx, planned) {
    const { aws, logger } = ctx;
    const { plan, result } = planned;
    const { outcome } = plan;
    // A job whose last run failed runs again even when the template has nothing left to change.
    const jobsFirst = planned.jobs.some((j) => j.run) && outcome.kind !== 'preview';
    if (outcome.kind !== 'ready' && !jobsFirst) {
        await discardPlan(aws, plan, ctx.poll, logger);
        const urls = result.stackId ? await serviceUrls(ctx, planned, result.stackId, plan.stack) : {};
        await ctx.emit({ kind: 'deploy-skipped', urls });
        return;
    }
    // A change that would break the running stack or lose sight of its data stops here, unexecuted.
    const stop = secondDeployStop(planned.findings);
    if (stop) {
        await discardPlan(aws, plan, ctx.poll, logger);
        throw stop;
    }
    await ctx.emit({ kind: 'deploy-started' });
    try {
        await storeBeforeExecuting(ctx, planned);
    }
    catch (err) {
        // The change set never executes: leave none behind (nor the empty stack and secrets it made).
        await discardPlan(aws, plan, ctx.poll, logger).catch((e) => logger.warning(`could not remove the change set: ${e.message}`));
        await deployFailed(ctx, err);
        throw err;
    }
    try {
        await execute(ctx, planned, jobsFirst);
    }
    catch (err) {
        await deployFailed(ctx, err);
        throw err;
    }
}
/**
 * What the change set needs stored first: with a lifecycle policy, the images this release runs are
 * tagged before it executes (so the policy never expires an image a deployed release uses); the content of
 * file secrets under the version ids the change set pins; config contents the account does not have yet.
 */
async function storeBeforeExecuting(ctx, planned) {
    const { aws, logger, options } = ctx;
    const { plan, candidate } = planned;
    if (options.images?.lifecycleKeep)
        await tagRelease(aws.registry, candidate.images, releaseTag(`${candidate.stackName}-${plan.changeSetName}`));
    await writeFileSecrets(plan.secrets, { secrets: aws.secrets, logger });
    await candidate.storeContent?.();
}
/** Jobs first (two phases from this one plan, src/jobs/run-jobs.ts), else the change set as planned. */
async function execute(ctx, planned, jobsFirst) {
    const { aws, logger, options } = ctx;
    const { plan, candidate } = planned;
    const { outcome } = plan;
    // The reading that saw the stack settle holds its outputs: the URLs need no further DescribeStacks.
    let settled;
    const progress = {
        // Stack events are frequent: published without waiting (the commenter spaces its edits out).
        onEvent: (event) => void ctx.emit({ kind: 'stack-event', event }),
        onRollout: (rows) => ctx.emit({ kind: 'rollout', rows }),
        onSettled: (stack) => (settled = stack),
    };
    const ready = jobsFirst || outcome.kind !== 'ready'
        ? await runJobsFirst(ctx, planned, progress)
        : { stackId: outcome.stackId, changeSetId: outcome.changeSetId };
    if (ready.changeSetId)
        await deployChangeSet(aws, {
            stackId: ready.stackId,
            changeSetId: ready.changeSetId,
            stackName: candidate.stackName,
            template: candidate.template,
            disableRollback: options.stack?.disableRollback,
        }, logger, ctx.poll, progress, ctx.step);
    if (plan.type === 'CREATE' && options.stack?.terminationProtection)
        await protectStack(aws, ready.stackId, logger);
    const urls = await serviceUrls(ctx, planned, ready.stackId, settled);
    await ctx.emit({ kind: 'deploy-succeeded', urls });
}
/** The deploy's failure as the report shows it: cancelled or failed, with a rollout's or a job's diagnosis. */
function deployFailed(ctx, err) {
    return ctx.emit({
        kind: 'deploy-failed',
        error: err instanceof Error ? err.message : String(err),
        cancelled: isCancelled(err),
        ...((err instanceof RolloutFailed || err instanceof JobFailed) && err.diagnosis
            ? { diagnosis: err.diagnosis }
            : {}),
    });
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/releases/payload.ts


/**
 * GitHub documents no size limit for a deployment's payload; we keep the compressed record well under
 * 64 KiB so the create call never fails on size, and put larger ones where large templates already go
 * (template-bucket), under a key named by the record's hash.
 */
const INLINE_PAYLOAD_LIMIT = 60 * 1024;
function templateHash(body) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex')}`;
}
function compressRelease(record) {
    return (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(record), 'utf8'));
}
/** The payload for a record, inline when it fits; otherwise `bucket` must be given (the caller uploads). */
function releasePayload(record, bucket, limit = INLINE_PAYLOAD_LIMIT) {
    const compressed = compressRelease(record);
    const data = compressed.toString('base64');
    const summary = {
        version: 1,
        stack: record.stack,
        region: record.region,
        sha: record.sha,
        templateHash: record.templateHash,
        images: record.images,
    };
    if (data.length <= limit)
        return {
            payload: {
                'compose-ecs': { ...summary, release: { storage: 'inline', encoding: 'gzip+base64', data } },
            },
            compressed,
        };
    const reason = `the compressed release is ${data.length} bytes in base64, over the ${limit}-byte inline payload limit`;
    if (!bucket)
        throw new Error(`${reason}: set template-bucket so the release can be stored in S3`);
    // Named by the whole record, not the template: releases of the same template differ in their
    // parameters and secret versions (and a rollback records the template it restores again).
    const key = `compose-ecs/${record.stack}/releases/${(0,external_node_crypto_.createHash)('sha256').update(compressed).digest('hex')}.json.gz`;
    return {
        payload: {
            'compose-ecs': { ...summary, release: { storage: 's3', encoding: 'gzip', bucket, key, reason } },
        },
        compressed,
        upload: { bucket, key, body: compressed },
    };
}
/** The payload of a deployment compose-ecs made; undefined for any other deployment. */
function readPayload(payload) {
    const parsed = typeof payload === 'string' ? safeJson(payload) : payload;
    const inner = parsed?.['compose-ecs'];
    return inner && typeof inner === 'object' && inner.version === 1 && inner.release ? inner : undefined;
}
function decodeRelease(compressed) {
    const record = JSON.parse((0,external_node_zlib_.gunzipSync)(compressed).toString('utf8'));
    if (record.version !== 1 || typeof record.templateBody !== 'string' || typeof record.sha !== 'string')
        throw new Error('the release record lacks the template body or the commit sha');
    if (templateHash(record.templateBody) !== record.templateHash)
        throw new Error('the release record is damaged: its template does not match its hash');
    return record;
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/releases/store.ts
// Where releases are kept, as the release steps see it: GitHub Deployments in the action and the CLI
// (github-store.ts, loaded lazily by lazy-store.ts), a typed fake in unit tests.
/** How the status a rollback puts on the release it went back from begins (`inactive` alone is not that). */
const ROLLED_BACK = 'rolled back:';

;// CONCATENATED MODULE: ./src/releases/select.ts



/** A commit as people write it: its first seven hex digits. */
const sha7 = (sha) => sha.slice(0, 7);
/** Succeeded: `success`, or `inactive` (which GitHub only adds to a deployment that had succeeded). */
const succeeded = (r) => r.state === 'success' || r.state === 'inactive';
const rolledBackFrom = (r) => r.state === 'inactive' && (r.stateDescription ?? '').startsWith(ROLLED_BACK);
/** The releases compose-ecs recorded, among an environment's deployments (a job's `environment:` makes others). */
function recordedReleases(releases) {
    return releases.filter((r) => readPayload(r.payload));
}
/** Whether a rollback to `restoredSha` marks `live` as rolled back from (so `previous` never picks it again). */
function marksRolledBack(live, restoredSha) {
    return succeeded(live) && !rolledBackFrom(live) && live.sha !== restoredSha;
}
/** One line per release, for errors and `compose-ecs releases`. */
function formatReleases(releases) {
    return releases
        .map((r) => `  ${r.id}  ${sha7(r.sha)}  ${(r.state ?? 'no status').padEnd(11)} ${r.createdAt}  ${r.description ?? ''}`.trimEnd())
        .join('\n');
}
/**
 * Which recorded release `rollback-to` names, among an environment's releases (newest first):
 *  - `previous`: the last successful release before the newest one (the one live now, or the one that
 *    just failed), skipping failed ones, ones a rollback went back from (their status says ROLLED_BACK)
 *    and ones of the newest one's commit (restoring them would change nothing). A good release that is
 *    merely `inactive` still counts: GitHub makes every prior successful deployment of the environment
 *    inactive whenever another one succeeds (auto_inactive, default true), which a job with
 *    `environment:` does at its end (actions/runner#1001);
 *  - a deployment id;
 *  - a commit sha (7 to 40 hex digits): its newest successful release.
 * Anything else, or nothing to restore, is an error that names what was asked and lists the last releases.
 */
function selectRelease(releases, rollbackTo, environment, 
/** Deployments `previous` passes over (ones the account does not vouch for: src/releases/trust.ts). */
skip = new Set()) {
    const ours = recordedReleases(releases);
    const live = ours[0];
    const refuse = (why) => {
        const recent = ours.slice(0, 5);
        throw new src_errors/* UserError */.yo(`${why}${recent.length ? `\nThe last releases of environment ${environment}:\n${formatReleases(recent)}` : `\nEnvironment ${environment} has no release recorded by compose-ecs.`}`);
    };
    const to = rollbackTo.trim() || 'previous';
    if (to === 'previous') {
        if (!live)
            return refuse(`rollback-to previous: environment ${environment} has no release to roll back from`);
        const target = ours
            .slice(ours.indexOf(live) + 1)
            .find((r) => succeeded(r) && !rolledBackFrom(r) && r.sha !== live.sha && !skip.has(r.id));
        if (!target)
            return refuse(`rollback-to previous: environment ${environment} has no successful release before ${sha7(live.sha)}`);
        return { target, live };
    }
    if (/^\d+$/.test(to)) {
        const byId = ours.find((r) => String(r.id) === to);
        if (byId)
            return checked(byId);
    }
    if (/^[0-9a-f]{7,40}$/i.test(to)) {
        const bySha = ours.filter((r) => r.sha.toLowerCase().startsWith(to.toLowerCase()));
        const good = bySha.find(succeeded);
        if (good)
            return { target: good, ...(live ? { live } : {}) };
        if (bySha.length)
            return refuse(`rollback-to ${to}: the releases of ${sha7(bySha[0].sha)} in environment ${environment} did not succeed`);
    }
    return refuse(`rollback-to ${to}: no release of environment ${environment} has that deployment id or commit`);
    function checked(release) {
        if (!succeeded(release))
            refuse(`rollback-to ${to}: deployment ${release.id} (${sha7(release.sha)}) ended ${release.state ?? 'without a status'}; only a release that succeeded can be restored`);
        return { target: release, ...(live ? { live } : {}) };
    }
}

;// CONCATENATED MODULE: ./src/releases/trust.ts
// What a rollback trusts: the account, not GitHub. Anyone with `deployments: write` (a pull request's job
// among them: every job using GITHUB_TOKEN creates deployments as github-actions[bot]) can create a
// deployment whose payload looks like a release. So the deploy role records the hash of each release
// record where only it can write, SSM Parameter Store under /compose-ecs/STACK/releases/ (the plan
// role's policy grants nothing there), and a rollback restores a record only when its hash is recorded.
// Records too large for the payload live in template-bucket under compose-ecs/STACK/releases/, a prefix
// the plan role cannot write either; reads are confined to it. The hash is taken over the stored bytes,
// before anything is decompressed or parsed.



/** sha256 (hex) of a release record as stored: the gzip bytes of the payload or the S3 object. */
function releaseHash(compressed) {
    return (0,external_node_crypto_.createHash)('sha256').update(compressed).digest('hex');
}
/** The SSM parameter whose existence vouches for a record: only the deploy role may write here. */
function releaseParameterName(stack, hash) {
    return `/compose-ecs/${stack}/releases/${hash}`;
}
/** Where large records go in template-bucket, and the only place a rollback reads them from. */
function releaseObjectPrefix(stack) {
    return `compose-ecs/${stack}/releases/`;
}
/** Records the hash of a release the deploy role is recording (PutParameter without overwrite). */
async function vouchForRelease(parameters, record, compressed) {
    const name = releaseParameterName(record.stack, releaseHash(compressed));
    try {
        await parameters.create({
            name,
            // Metadata only, for people reading the parameter: the name is what vouches.
            value: JSON.stringify({
                sha: record.sha,
                environment: record.environment,
                template: record.templateHash,
            }),
            description: `compose-ecs release of ${record.stack} (${record.sha.slice(0, 7)}) recorded by the deploy role`,
            tags: { 'compose-ecs:stack': record.stack },
        });
    }
    catch (err) {
        // The same record deployed again (same commit, template, parameters and versions): already vouched for.
        if (err.name !== 'ParameterAlreadyExists')
            throw err;
    }
    return name;
}
/**
 * The deployment's record if the account vouches for it, else why not. `stack` is the stack the rollback
 * restores (stack-name, else the payload's): the parameter is looked up under it, so a record of
 * another stack is never vouched for by this one's releases.
 */
async function verifiedRecord(deps, release, stack) {
    const stored = readPayload(release.payload).release;
    let bytes;
    if (stored.storage === 'inline')
        bytes = Buffer.from(stored.data, 'base64');
    else {
        const prefix = releaseObjectPrefix(stack);
        const name = stored.key.slice(prefix.length);
        if (!stored.key.startsWith(prefix) || !/^[0-9a-f]{64}\.json\.gz$/.test(name))
            return {
                verified: false,
                why: `its record is at s3://${stored.bucket}/${stored.key}, outside ${prefix}`,
            };
        if (deps.templateBucket && stored.bucket !== deps.templateBucket)
            return {
                verified: false,
                why: `its record is in bucket ${stored.bucket}, not template-bucket ${deps.templateBucket}`,
            };
        bytes = Buffer.from(await deps.templates.get(stored.bucket, stored.key).catch((err) => {
            throw (0,errors/* awsFailure */.MT)(`reading the release from s3://${stored.bucket}/${stored.key}`, err);
        }));
    }
    const parameter = releaseParameterName(stack, releaseHash(bytes));
    const found = await deps.parameters.existing([parameter]).catch((err) => {
        throw (0,errors/* awsFailure */.MT)(`SSM GetParameters ${parameter}`, err);
    });
    if (!found.has(parameter))
        return {
            verified: false,
            why: `the deploy role never recorded its hash (no SSM parameter ${parameter})`,
        };
    let record;
    try {
        record = decodeRelease(bytes);
    }
    catch (err) {
        return { verified: false, why: err.message };
    }
    if (record.stack !== stack)
        return { verified: false, why: `it is a release of stack ${record.stack}` };
    return { verified: true, record };
}

;// CONCATENATED MODULE: ./src/steps/record.ts









/** The GitHub environment releases are recorded for: the input, else the stack's name. */
function environmentOf(ctx, stackName) {
    return ctx.options.release?.environment || stackName;
}
/** What a rollback needs to replay the planned release exactly (NoEcho values are never recorded). */
function releaseRecord(ctx, planned) {
    const { candidate, plan } = planned;
    const parameters = Object.fromEntries(Object.entries(plan.parameters).sort(([a], [b]) => (a < b ? -1 : 1)));
    const noEcho = Object.entries(candidate.template.Parameters ?? {})
        .filter(([, p]) => String(p.NoEcho) === 'true')
        .map(([name]) => name);
    for (const name of noEcho)
        delete parameters[name];
    return {
        version: 1,
        stack: candidate.stackName,
        region: ctx.report().region ?? '',
        environment: environmentOf(ctx, candidate.stackName),
        project: candidate.project,
        sha: candidate.sha ?? '',
        composeFiles: candidate.composeFiles,
        images: Object.fromEntries(candidate.images.map((i) => [i.service, i.uri])),
        helperImages: helperImages(candidate.template),
        templateHash: templateHash(candidate.body),
        templateBody: candidate.body,
        parameters,
        noEcho,
        secretVersions: candidate.secretVersions(plan.parameters),
        ...(plan.outcome.kind === 'ready' && plan.outcome.resolved
            ? { resolvedParameters: plan.outcome.resolved }
            : {}),
    };
}
/**
 * Records the planned release as a GitHub deployment, in progress. Without a token, a repository or a
 * commit there is nothing to record; without the deployments permission GitHub refuses: both are a
 * warning, never a failed deploy (the stack still runs the release).
 */
async function startRelease(ctx, planned) {
    const store = ctx.deps.releases;
    const { candidate } = planned;
    if (!store || !candidate.sha) {
        ctx.logger.debug('no GitHub token, repository or commit: the release is not recorded');
        return undefined;
    }
    const record = releaseRecord(ctx, planned);
    // The record holds the template and every parameter: no secret's value may be among them.
    refuseLeaks(record, (ctx.report().redactions ?? []).map((value) => ({ secret: 'declared in the compose files', value })), 'release record');
    const environment = record.environment;
    try {
        const { payload, upload, compressed } = releasePayload(record, ctx.options.templateBucket);
        await vouch(ctx, record, compressed);
        if (upload) {
            await ctx.aws.templates.put(upload.bucket, upload.key, upload.body).catch((err) => {
                throw (0,errors/* awsFailure */.MT)(`storing the release in s3://${upload.bucket}/${upload.key}`, err);
            });
            ctx.logger.info(`the release record went to s3://${upload.bucket}/${upload.key}: ${payload['compose-ecs'].release.storage === 's3' ? payload['compose-ecs'].release.reason : ''}`);
        }
        const id = await store.create({
            environment,
            sha: candidate.sha,
            description: candidate.description ?? `compose-ecs deploy of ${candidate.project} to ${candidate.stackName}`,
            transient: ctx.options.release?.transient ?? false,
            payload: payload,
        });
        await store.setState(id, 'in_progress', { ...logUrl(ctx), description: 'deploying' });
        ctx.logger.info(`release recorded as deployment ${id} of environment ${environment}`);
        await ctx.emit({ kind: 'release-recorded', id, environment });
        return { id, environment };
    }
    catch (err) {
        ctx.logger.warning(`the release is not recorded: ${githubProblem(err)}`);
        return undefined;
    }
}
/**
 * The hash of the record where only the deploy role writes (src/releases/trust.ts): without it no
 * rollback will restore this release, which the warning says; the deploy itself goes on.
 */
async function vouch(ctx, record, compressed) {
    try {
        const name = await vouchForRelease(ctx.aws.parameters, record, compressed);
        ctx.logger.info(`the release's hash is recorded in SSM as ${name}`);
    }
    catch (err) {
        ctx.logger.warning(`no rollback will restore this release: its hash could not be recorded in SSM under /compose-ecs/${record.stack}/releases/ (the deploy role needs ssm:PutParameter there): ${err.message}`);
    }
}
/** The outcome of the release on its deployment: success with the first URL, or failure with the root cause. */
async function finishRelease(ctx, planned, recorded, error) {
    if (!recorded || !ctx.deps.releases)
        return;
    const { deploy } = ctx.report();
    const urls = Object.values(deploy?.urls ?? {});
    const state = error ? 'failure' : 'success';
    const description = error
        ? (deploy?.error ?? (error instanceof Error ? error.message : String(error)))
        : (planned.candidate.description ?? 'deployed');
    try {
        await ctx.deps.releases.setState(recorded.id, state, {
            ...logUrl(ctx),
            description,
            ...(urls[0] ? { environmentUrl: urls[0] } : {}),
        });
    }
    catch (err) {
        ctx.logger.warning(`could not mark deployment ${recorded.id} ${state}: ${githubProblem(err)}`);
    }
}
function logUrl(ctx) {
    return ctx.options.release?.runUrl ? { logUrl: ctx.options.release.runUrl } : {};
}
/**
 * GitHub shows the environment as no longer deployed once its deployments are inactive. Only the ones that
 * succeeded, as GitHub's own auto_inactive does: `inactive` means "succeeded, no longer live" to a rollback
 * (src/releases/select.ts), so a failed release keeps its failure.
 */
async function markInactive(ctx, environment) {
    const store = ctx.deps.releases;
    if (!store)
        return;
    try {
        const live = (await store.list(environment, 100)).filter((x) => x.state === 'success');
        for (const r of live)
            await store.setState(r.id, 'inactive', { description: 'the stack was destroyed' });
        if (live.length)
            ctx.logger.info(`marked ${live.length} deployment(s) of ${environment} inactive`);
    }
    catch (err) {
        ctx.logger.warning(`could not mark the deployments of ${environment} inactive: ${githubProblem(err)}`);
    }
}
/**
 * After a rollback ran: a failed release keeps its failure; a good one rolled back from is marked inactive,
 * no longer a candidate for `previous`.
 */
async function markRolledBack(ctx, live, candidate) {
    if (!ctx.deps.releases || !marksRolledBack(live, candidate.sha ?? ''))
        return;
    await ctx.deps.releases
        .setState(live.id, 'inactive', { description: `${ROLLED_BACK} ${candidate.description ?? ''}` })
        .catch((err) => ctx.logger.warning(`could not mark deployment ${live.id} rolled back: ${githubProblem(err)}`));
}
/** GitHub's refusal in words that say what to change. */
function githubProblem(err) {
    const status = err.status;
    const message = err instanceof Error ? err.message : String(err);
    if (status === 403 || status === 404)
        return `GitHub answered ${status} (${message}): the workflow needs \`permissions: deployments: write\``;
    return message;
}
const HELPERS = new Set([SECRETS_INIT_CONTAINER, CONFIGS_INIT_CONTAINER, DNS_INIT_CONTAINER]);
/** The images of the init containers the converter adds (they receive secret values), by container name. */
function helperImages(template) {
    const out = {};
    for (const resource of Object.values(template.Resources ?? {})) {
        if (resource.Type !== 'AWS::ECS::TaskDefinition')
            continue;
        const containers = resource.Properties
            ?.ContainerDefinitions;
        for (const c of (containers ?? []))
            if (typeof c.Name === 'string' && HELPERS.has(c.Name) && typeof c.Image === 'string')
                out[c.Name] = c.Image;
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

;// CONCATENATED MODULE: ./src/steps/deliver.ts



/**
 * What deploy and rollback share once they have a candidate: plan it → record the release (in progress)
 * → apply → record the outcome. A failure is recorded on the release, then goes on to the run.
 */
async function deliverCandidate(ctx, candidate) {
    const planned = await planCandidate(ctx, candidate, 'deploy');
    const record = await ctx.step('record', () => startRelease(ctx, planned));
    try {
        await ctx.step('apply', () => applyPlanned(ctx, planned));
    }
    catch (err) {
        await ctx.step('record', () => finishRelease(ctx, planned, record, err));
        throw err;
    }
    await ctx.step('record', () => finishRelease(ctx, planned, record));
    return planned;
}

;// CONCATENATED MODULE: ./src/deploy/gpu-preflight.ts

/** Service Quotas: "Running On-Demand G and VT instances", in vCPUs (ServiceCode ec2). */
const G_VT_QUOTA = { serviceCode: 'ec2', quotaCode: 'L-DB2E81BA' };
const INTERFACE_ENDPOINTS = ['ecs', 'ecs-agent', 'ecs-telemetry', 'ecr.api', 'ecr.dkr', 'logs'];
/** The table that routes a subnet: its own association, else the VPC's main table. */
function tableOf(tables, subnetId) {
    return (tables.find((t) => t.Associations?.some((a) => a.SubnetId === subnetId)) ??
        tables.find((t) => t.Associations?.some((a) => a.Main)));
}
/** Whether a table sends 0.0.0.0/0 somewhere that translates addresses (not an internet gateway). */
function hasNat(table) {
    return (table?.Routes ?? []).some((r) => r.DestinationCidrBlock === '0.0.0.0/0' &&
        r.State !== 'blackhole' &&
        Boolean(r.NatGatewayId || r.TransitGatewayId || r.InstanceId || r.NetworkInterfaceId));
}
const serviceOf = (e) => (e.ServiceName ?? '').replace(/^.*?\.amazonaws\.com\.|^com\.amazonaws\.[^.]+\./, '');
/** What each task subnet lacks to pull images and register instances without public IPs; empty when nothing. */
function missingEgress(subnetIds, tables, endpoints) {
    const live = endpoints.filter((e) => !['deleted', 'deleting', 'failed', 'rejected'].includes(String(e.State ?? '').toLowerCase()));
    const interfaces = new Set(live.filter((e) => e.VpcEndpointType !== 'Gateway').map(serviceOf));
    const s3Tables = new Set(live
        .filter((e) => e.VpcEndpointType === 'Gateway' && serviceOf(e) === 's3')
        .flatMap((e) => e.RouteTableIds ?? []));
    const problems = [];
    for (const subnet of subnetIds) {
        const table = tableOf(tables, subnet);
        if (hasNat(table))
            continue;
        const missing = INTERFACE_ENDPOINTS.filter((name) => !interfaces.has(name)).map((n) => `${n} (interface)`);
        if (!table?.RouteTableId || !s3Tables.has(table.RouteTableId))
            missing.push('s3 (gateway, on this route table)');
        if (missing.length)
            problems.push(`${subnet} (route table ${table?.RouteTableId ?? 'none'}) has no default route through a NAT gateway, and the VPC lacks the endpoints ${missing.join(', ')}`);
    }
    return problems;
}
/** Refuses a network GPU instances and their tasks could not work in. */
async function checkGpuNetwork(capacity, vpcId, subnetIds, services) {
    const [tables, endpoints] = await Promise.all([capacity.routeTables(vpcId), capacity.vpcEndpoints(vpcId)]);
    const problems = missingEgress(subnetIds, tables, endpoints);
    if (problems.length)
        throw new src_errors/* UserError */.yo(`${services.join(', ')} ${services.length === 1 ? 'runs' : 'run'} on EC2 GPU instances whose awsvpc tasks get no public IP, so their subnets need a NAT gateway or VPC endpoints: ${problems.join('; ')}. Run them in private subnets with a NAT gateway (private-subnets, or subnet-ids), or add the endpoints`);
}
/** The sentence the plan says about the G and VT vCPU quota, whether or not it could be read. */
async function gpuQuotaNote(capacity, summaries) {
    const vcpus = (count) => summaries.reduce((n, s) => n + (s.type?.vcpus ?? 0) * count(s), 0);
    const now = vcpus((s) => s.instances ?? s.maxInstances);
    const most = vcpus((s) => s.maxInstances);
    const need = `the GPU instances need ${now} vCPUs (up to ${most} while tasks are replaced)`;
    let quota;
    try {
        quota = await capacity.quota(G_VT_QUOTA.serviceCode, G_VT_QUOTA.quotaCode);
    }
    catch (err) {
        const name = err.name ?? 'an error';
        return `${need}; the G and VT instance vCPU quota (${G_VT_QUOTA.quotaCode}) could not be read (${name}: allow servicequotas:GetServiceQuota to check it). New accounts often have 0: ask for more in Service Quotas before deploying`;
    }
    if (quota === undefined)
        return `${need}; Service Quotas returned no value for ${G_VT_QUOTA.quotaCode}`;
    if (quota < now)
        return `${need}, but the account's G and VT instance vCPU quota is ${quota}: no instance will start. Ask for at least ${now} in Service Quotas (${G_VT_QUOTA.quotaCode})`;
    return `${need}; the account's G and VT instance vCPU quota is ${quota}${quota < most ? ', less than a rolling update may use' : ''}`;
}

;// CONCATENATED MODULE: ./src/deploy/network.ts


/**
 * The VPC and subnets the services run in, looked up at plan time so the template never bakes
 * them in: the given VPC (else the account's default VPC), and the given subnets, else that VPC's
 * public subnets (the ones that map public IPs) or, when asked for private, the others; one per
 * availability zone.
 */
async function resolveNetwork(ec2, request) {
    try {
        let vpcId = request.vpcId;
        if (!vpcId) {
            vpcId = await ec2.defaultVpcId();
            if (!vpcId) {
                throw new src_errors/* UserError */.yo('this account and region have no default VPC: set the vpc-id input (or x-aws-vpc) and subnet-ids');
            }
        }
        if (request.subnetIds?.length)
            return { vpcId, subnetIds: [...request.subnetIds], ...(await network_zonesOf(ec2, request.subnetIds)) };
        const found = await subnetsOf(ec2, vpcId, !request.privateSubnets);
        if (!found.subnetIds.length) {
            throw new src_errors/* UserError */.yo(`VPC ${vpcId} has no ${request.privateSubnets ? 'private' : 'public'} subnets: set the subnet-ids input`);
        }
        return { vpcId, ...found };
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('looking up the VPC and subnets', err);
    }
}
/** Given subnets are taken as they are, but their zones are counted: ALB and EFS need distinct ones. */
async function network_zonesOf(ec2, subnetIds) {
    const subnets = await ec2.subnets({ subnetIds });
    const zoneNames = [...new Set(subnets.map((s) => s.AvailabilityZone ?? s.SubnetId))].sort();
    return { zones: zoneNames.length, zoneNames };
}
/**
 * Subnets for an internet-facing load balancer: the public-subnet-ids input (zones counted), else the
 * VPC's public subnets, one per availability zone.
 */
async function resolvePublicSubnets(ec2, vpcId, given) {
    try {
        if (given?.length)
            return { subnetIds: [...given], ...(await network_zonesOf(ec2, given)) };
        return await subnetsOf(ec2, vpcId, true);
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)('looking up public subnets for the load balancer', err);
    }
}
/** The VPC's public (map public IPs) or private subnets, one per availability zone, sorted; maybe none. */
async function subnetsOf(ec2, vpcId, publicOnes) {
    {
        const subnets = await ec2.subnets({ vpcId });
        const wanted = (s) => Boolean(s.MapPublicIpOnLaunch) === publicOnes;
        // One subnet per availability zone: load balancers and EFS mount targets need distinct zones.
        const byZone = new Map();
        for (const subnet of subnets.filter(wanted).sort((a, b) => (a.SubnetId < b.SubnetId ? -1 : 1))) {
            const zone = subnet.AvailabilityZone ?? subnet.SubnetId;
            if (!byZone.has(zone))
                byZone.set(zone, subnet.SubnetId);
        }
        const subnetIds = [...byZone.values()].sort();
        return { subnetIds, zones: byZone.size, zoneNames: [...byZone.keys()].sort() };
    }
}

;// CONCATENATED MODULE: ./src/deploy/parameters.ts


/** What this run's inputs ask for, before any lookup (zones unknown). */
function networkModes(parameters, request) {
    const vpc = parameters.find((p) => p.kind === 'vpc');
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    const vpcId = request.vpcId ?? vpc?.value;
    const privateSubnets = request.privateSubnets ?? (subnets?.public === false ? true : undefined);
    // Public task subnets serve the load balancer too; private ones cannot (no route from the internet).
    const lb = !lbSubnets
        ? undefined
        : request.publicSubnetIds?.length
            ? 'given'
            : privateSubnets
                ? 'public'
                : 'tasks';
    return {
        vpc: vpcId ? 'given' : 'default',
        subnets: request.subnetIds?.length ? 'given' : privateSubnets ? 'private' : 'public',
        ...(lb ? { lb } : {}),
        ...(vpcId ? { vpcId } : {}),
        ...(privateSubnets !== undefined ? { privateSubnets } : {}),
    };
}
/**
 * Fills the template's network parameters from the account: the VPC and subnets, looked up now, never baked
 * in. The vpc-id and subnet-ids inputs win over the compose file's x-aws-vpc, which wins over the default
 * VPC. Returns the values and the record of how they were chosen (none when the template has no network
 * parameter).
 */
async function lookUpNetwork(ec2, parameters, request) {
    const vpc = parameters.find((p) => p.kind === 'vpc');
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    if (!vpc && !subnets && !lbSubnets)
        return { values: {} };
    const modes = networkModes(parameters, request);
    const network = await resolveNetwork(ec2, {
        vpcId: modes.vpcId,
        subnetIds: request.subnetIds,
        privateSubnets: modes.privateSubnets,
    });
    const record = { vpc: modes.vpc, subnets: modes.subnets, zones: network.zones };
    const values = {};
    if (vpc)
        values[vpc.name] = network.vpcId;
    if (subnets)
        values[subnets.name] = network.subnetIds.join(',');
    let lbZones;
    if (lbSubnets && modes.lb) {
        const lb = modes.lb === 'tasks'
            ? network
            : await resolvePublicSubnets(ec2, network.vpcId, request.publicSubnetIds);
        values[lbSubnets.name] = lb.subnetIds.join(',');
        Object.assign(record, { lb: modes.lb, lbZones: lb.zones });
        lbZones = lb;
    }
    const problem = zoneProblem(parameters, record, values);
    if (problem)
        throw new src_errors/* UserError */.yo(problem);
    if (lbZones) {
        const lb = lbZones;
        // A load balancer routes only to targets in the zones it is enabled in (Elastic Load Balancing:
        // Availability Zones for your load balancer), and ECS asks that it span the zones its tasks run
        // in: a task elsewhere gets no traffic and never passes its health check. Say which zone is missing.
        const missing = network.zoneNames.filter((z) => !lb.zoneNames.includes(z));
        if (missing.length > 0)
            throw new src_errors/* UserError */.yo(`the load balancer's subnets (${lb.subnetIds.join(', ')}) are in ${lb.zoneNames.join(', ')}, but the tasks' subnets are also in ${missing.join(', ')}: add a public subnet there (public-subnet-ids) or run the tasks in those zones only (subnet-ids)`);
    }
    return { values, record };
}
/** What the subnets lack for the template (EFS mount targets, a load balancer), or undefined when they suffice. */
function zoneProblem(parameters, record, values) {
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    if (subnets?.minCount && record.zones < subnets.minCount)
        return `${subnets.description}: needs at least ${subnets.minCount} subnets in distinct availability zones, found ${record.zones} zone(s) (${(values[subnets.name] ?? '').split(',').join(', ')})`;
    if (lbSubnets && (record.lbZones ?? 0) < (lbSubnets.minCount ?? 2))
        return `${lbSubnets.description}: found ${record.lbZones ?? 0} zone(s) (${(values[lbSubnets.name] ?? '').split(',').filter(Boolean).join(', ') || 'none'}); set the public-subnet-ids input, or x-aws-loadbalancer_scheme: internal to keep the load balancer inside the VPC`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/deploy/network-record.ts

const NETWORK_TAG = 'compose-ecs:network';
/**
 * CloudFormation returns a parameter's value as it was given (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html:
 * "the input value associated with the parameter"): a List<AWS::EC2::Subnet::Id> as the comma-separated ids.
 * A value of any other form is not reused (it is looked up instead).
 */
const VALUE_FORM = {
    vpc: /^vpc-[0-9a-f]+$/,
    subnets: /^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)*$/,
    'load-balancer-subnets': /^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)*$/,
};
/** `vpc=default subnets=public zones=3 lb=tasks lb-zones=3`: the characters every service's tags accept. */
function networkTag(record) {
    return [
        `vpc=${record.vpc}`,
        `subnets=${record.subnets}`,
        `zones=${record.zones}`,
        ...(record.lb ? [`lb=${record.lb}`, `lb-zones=${record.lbZones ?? 0}`] : []),
    ].join(' ');
}
function parseNetworkTag(text) {
    if (!text)
        return undefined;
    const fields = Object.fromEntries(text.split(' ').map((pair) => pair.split('=')));
    const zones = Number(fields.zones);
    const lbZones = Number(fields['lb-zones']);
    if (!['given', 'default'].includes(fields.vpc ?? ''))
        return undefined;
    if (!['given', 'public', 'private'].includes(fields.subnets ?? ''))
        return undefined;
    if (!Number.isSafeInteger(zones))
        return undefined;
    const record = {
        vpc: fields.vpc,
        subnets: fields.subnets,
        zones,
    };
    if (fields.lb) {
        if (!['given', 'tasks', 'public'].includes(fields.lb) || !Number.isSafeInteger(lbZones))
            return undefined;
        Object.assign(record, { lb: fields.lb, lbZones });
    }
    return record;
}
/** The stack's own network values when they answer this run's inputs (see the top of this file). */
function reuseStackNetwork(parameters, request, stack) {
    const wanted = parameters.filter((p) => p.kind in VALUE_FORM);
    const recorded = parseNetworkTag(stack.tags[NETWORK_TAG]);
    if (!wanted.length || !recorded)
        return undefined;
    const modes = networkModes(parameters, request);
    if (recorded.vpc !== modes.vpc || recorded.subnets !== modes.subnets || recorded.lb !== modes.lb)
        return undefined;
    // Inputs left empty (the action passes [] and '') ask for nothing.
    const given = {
        vpc: modes.vpcId || undefined,
        subnets: request.subnetIds?.join(',') || undefined,
        'load-balancer-subnets': request.publicSubnetIds?.join(',') || undefined,
    };
    const values = {};
    for (const p of wanted) {
        const value = stack.parameters[p.name];
        if (value === undefined || !VALUE_FORM[p.kind].test(value))
            return undefined;
        if (given[p.kind] !== undefined && given[p.kind] !== value)
            return undefined;
        values[p.name] = value;
    }
    // A template that now needs more zones than recorded is looked up, so the refusal names fresh data.
    if (zoneProblem(parameters, recorded, values))
        return undefined;
    return { values, tag: networkTag(recorded), reused: true };
}
/** The stack's values when they answer the inputs, else a lookup in the account (resolveNetwork). */
async function stackNetwork(ec2, parameters, request, stack) {
    const reused = stack && reuseStackNetwork(parameters, request, stack);
    if (reused)
        return reused;
    const { values, record } = await lookUpNetwork(ec2, parameters, request);
    return { values, ...(record ? { tag: networkTag(record) } : {}), reused: false };
}

;// CONCATENATED MODULE: ./src/deploy/retained-volumes.ts



/** Every file system listed once (all pages), filtered by the project and volume tags; only available ones. */
function efsFinder(efs) {
    let all;
    return {
        async byTags(project, volume, stack) {
            all ??= efs.list();
            return (await all)
                .filter((fs) => fs.available &&
                fs.tags[PROJECT_TAG] === project &&
                fs.tags[VOLUME_TAG] === volume &&
                fs.tags[STACK_TAG] === stack)
                .map(({ id, created }) => ({ id, ...(created ? { created } : {}) }));
        },
    };
}
async function retainedFileSystemParameters(finder, parameters, request, logger) {
    const values = {};
    for (const p of parameters.filter((x) => x.kind === 'retained-file-system' && x.volume !== undefined)) {
        if (!request.isNew) {
            values[p.name] = request.current?.[p.name] ?? '';
            continue;
        }
        let found;
        try {
            found = await finder.byTags(request.project, p.volume, request.stack);
        }
        catch (err) {
            throw (0,errors/* awsFailure */.MT)(`looking up retained file systems of volume ${p.volume}`, err);
        }
        const newest = [...found].sort((a, b) => (b.created?.getTime() ?? 0) - (a.created?.getTime() ?? 0));
        const chosen = newest[0];
        values[p.name] = chosen?.id ?? '';
        if (chosen)
            logger.info(`volume ${p.volume}: using file system ${chosen.id}, retained when stack ${request.stack} was deleted`);
        if (newest.length > 1)
            logger.warning(`volume ${p.volume}: ${newest.length} retained file systems of ${request.project} (${newest.map((f) => f.id).join(', ')}); using the newest, ${chosen.id}`);
    }
    return values;
}

;// CONCATENATED MODULE: ./src/deploy/account-parameters.ts





/**
 * The parameters of a new release, from the account: network lookups, file systems a deleted stack
 * retained, and file secrets (last, so nothing after it can fail once a secret was created).
 */
function accountParameters(request) {
    return async (state, aws, logger) => {
        // The network as the stack runs it when the inputs ask for the same one (network-record.ts).
        const network = await stackNetwork(aws.network, request.sources, request.network, state.parameters && state.settings && !request.forceLookup
            ? { parameters: state.parameters, tags: state.settings.tags }
            : undefined);
        if (network.reused)
            logger.info('VPC and subnets: as the stack runs them (the network inputs are unchanged; nothing looked up)');
        if (request.gpu?.length)
            await checkGpuCapacity(aws.capacity, request, network.values, logger);
        const fromAccount = {
            ...network.values,
            ...request.hostedZones,
            ...(await retainedFileSystemParameters(efsFinder(aws.fileSystems), request.sources, {
                project: request.project.name,
                stack: request.stackName,
                isNew: state.isNew,
                ...(state.parameters ? { current: state.parameters } : {}),
            }, logger)),
        };
        const secrets = await fileSecretParameters(request.project, request.environment, request.stackName, request.sources, request.mode, { secrets: aws.secrets, identity: aws.identity, logger }, state.parameters ?? {});
        return {
            values: { ...request.overrides, ...fromAccount, ...secrets.parameters },
            secrets,
            ...(network.tag ? { tags: { [NETWORK_TAG]: network.tag } } : {}),
        };
    };
}
/** GPU services: refuse subnets their tasks cannot pull from, and say what the vCPU quota allows. */
async function checkGpuCapacity(capacity, request, values, logger) {
    const gpu = request.gpu ?? [];
    const vpcId = values[VPC_PARAM];
    const subnetIds = (values[SUBNETS_PARAM] ?? '').split(',').filter(Boolean);
    if (vpcId && subnetIds.length)
        await checkGpuNetwork(capacity, vpcId, subnetIds, gpu.map((s) => s.service));
    const note = await gpuQuotaNote(capacity, gpu);
    logger.info(note);
    request.say?.(note);
}

;// CONCATENATED MODULE: ./src/deploy/hosted-zones.ts
// The Route 53 zone of each x-aws-domain name, found before anything is built: the longest public hosted
// zone of the account the name falls in (shop.example.com goes in shop.example.com if the account has that
// zone, else in example.com), or the zone x-aws-hosted_zone names. The template takes each as a parameter
// (template/domains.ts); the plan says which zone it chose, and a name outside every zone stops the run.



/** Every hosted-zone parameter's zone, or one error naming each name that has none (file, line and field). */
async function findHostedZones(zones, sources, locate = () => undefined) {
    const wanted = sources.filter((p) => p.kind === 'hosted-zone' && p.domain !== undefined);
    if (wanted.length === 0)
        return [];
    const lookup = cachedLookup(zones);
    const choices = [];
    const problems = [];
    for (const p of wanted) {
        const path = ['services', p.service ?? '', p.hostedZone ? X.hostedZone : X.domain];
        try {
            const found = p.hostedZone
                ? await namedZone(lookup, zones, p.domain, p.hostedZone)
                : await longestZone(lookup, p.domain);
            const location = locate(path);
            if (typeof found === 'string')
                problems.push({ message: found, path, ...(location ? { location } : {}) });
            else
                choices.push({
                    parameter: p.name,
                    domain: p.domain,
                    service: p.service ?? '',
                    zone: found,
                    how: p.hostedZone ? X.hostedZone : 'longest public zone',
                });
        }
        catch (err) {
            throw (0,errors/* awsFailure */.MT)(`looking up the Route 53 hosted zone of ${p.domain}`, err);
        }
    }
    if (problems.length > 0)
        throw new src_errors/* UserError */.yo(`${problems.length} ${X.domain} name${problems.length > 1 ? 's have' : ' has'} no hosted zone to go in`, problems);
    return choices;
}
/** The public zones named exactly `name`, one ListHostedZonesByName per name a run asks about. */
function cachedLookup(zones) {
    const seen = new Map();
    return (name) => {
        let found = seen.get(name);
        if (!found) {
            found = zones.fromName(name).then((list) => list.filter((z) => z.name === name && !z.private));
            seen.set(name, found);
        }
        return found;
    };
}
/** The name itself, then each parent with at least two labels: the first with a public zone wins. */
async function longestZone(lookup, domain) {
    const labels = domain.split('.');
    const tried = [];
    for (let i = 0; i <= labels.length - 2; i++) {
        const candidate = labels.slice(i).join('.');
        tried.push(candidate);
        const found = await lookup(candidate);
        if (found.length === 1)
            return found[0];
        if (found.length > 1)
            return `${found.length} public hosted zones are named ${candidate} (${found.map((z) => z.id).join(', ')}): set ${X.hostedZone} to the id of the one for ${domain}`;
    }
    return `no public Route 53 hosted zone of this account holds ${domain} (looked for ${tried.join(', ')}): create the zone, or set ${X.hostedZone}`;
}
async function namedZone(lookup, zones, domain, given) {
    let zone;
    if (/^Z[A-Z0-9]+$/.test(given)) {
        zone = await zones.get(given);
        if (!zone)
            return `hosted zone ${given} does not exist in this account`;
        if (zone.private)
            return `hosted zone ${given} (${zone.name}) is private: a certificate is validated in a public zone`;
        if (domain !== zone.name && !domain.endsWith(`.${zone.name}`))
            return `${domain} is not in hosted zone ${given} (${zone.name})`;
        return zone;
    }
    const found = await lookup(given);
    if (found.length === 0)
        return `no public Route 53 hosted zone of this account is named ${given}`;
    if (found.length > 1)
        return `${found.length} public hosted zones are named ${given} (${found.map((z) => z.id).join(', ')}): set ${X.hostedZone} to the id of one`;
    return found[0];
}
/** What the plan says about the domains: where each name goes, and what the first deploy waits for. */
function zoneLines(choices) {
    if (choices.length === 0)
        return [];
    return [
        ...choices.map((c) => `https://${c.domain} (${c.service}): hosted zone ${c.zone.name} (${c.zone.id}), ${c.how === 'longest public zone' ? 'the longest public zone it falls in' : `as ${X.hostedZone} names it`}`),
        'a new certificate is issued once ACM sees its DNS validation record, which CloudFormation writes in the zone: the deploy that creates it waits for that, usually a few minutes (up to 72 hours before ACM gives up)',
        "those validation records (_….NAME CNAME) stay in the zone when the stack is deleted: ACM reuses one per name, and another stack's certificate may renew with it; the alias records go with the stack",
    ];
}

;// CONCATENATED MODULE: ./src/deploy/file-configs.ts


/**
 * Creates the parameters the change set's task definitions read and that do not exist yet: call it
 * once the change set is ready, just before it executes. Standard-tier String parameters (no charge,
 * no KMS key for the execution role to use); PutParameter without Overwrite never replaces content
 * (https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html).
 */
async function writeFileConfigs(project, stackName, deps) {
    const prefix = storedConfigPrefix(stackName);
    for (const config of storedConfigs(project)) {
        const chunks = configChunks(config).flatMap((f) => f.chunks);
        if (chunks.length === 0)
            continue;
        const names = chunks.map((c) => `${prefix}${c.name}`);
        const existing = await file_configs_call(`SSM GetParameters for config ${config.name}`, () => deps.parameters.existing(names));
        const missing = chunks.filter((c) => !existing.has(`${prefix}${c.name}`));
        for (const c of missing)
            await file_configs_call(`storing config ${config.name} in SSM Parameter Store`, () => deps.parameters.create({
                name: `${prefix}${c.name}`,
                value: c.value,
                description: `compose config ${config.name} of stack ${stackName}, stored by compose-ecs`,
                tags: { 'com.docker.compose.project': project.name, 'compose-ecs:stack': stackName },
            }));
        if (missing.length > 0)
            deps.logger.info(`stored config ${config.name} in SSM Parameter Store (${missing.length} parameter${missing.length > 1 ? 's' : ''})`);
    }
}
async function file_configs_call(what, f) {
    try {
        return await f();
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(what, err);
    }
}

// EXTERNAL MODULE: ./src/deploy/stack-settings.ts
var stack_settings = __webpack_require__(1817);
;// CONCATENATED MODULE: ./src/deploy/rollout-duration.ts
/** The container's stop timeout when none is set (ECS container definition stopTimeout, Fargate default 30 s). */
const STOP_DEFAULT = 30;
const NLB_DELAY = 600;
const START = {
    phase: 'ECS starts the new tasks (image pull, ENI, container start)',
    min: 30,
    max: 60,
    estimate: true,
};
const COMPLETE = { phase: 'ECS marks the deployment complete', min: 10, max: 30, estimate: true };
const propsOf = (template, id) => id ? template.Resources[id]?.Properties : undefined;
const refOf = (v) => v?.Ref;
const rollout_duration_num = (v, fallback) => {
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
};
function settingsOf(template, logicalId) {
    const service = propsOf(template, logicalId) ?? {};
    const config = (service.DeploymentConfiguration ?? {});
    const groupId = refOf((service.LoadBalancers ?? [])[0]?.TargetGroupArn);
    const group = propsOf(template, groupId);
    const attributes = group?.TargetGroupAttributes ?? [];
    const drain = attributes.find((a) => a.Key === 'deregistration_delay.timeout_seconds')?.Value;
    const task = propsOf(template, refOf(service.TaskDefinition));
    const containers = task?.ContainerDefinitions ?? [];
    return {
        replicas: rollout_duration_num(service.DesiredCount, 1),
        minPercent: rollout_duration_num(config.MinimumHealthyPercent, 100),
        maxPercent: rollout_duration_num(config.MaximumPercent, 200),
        ...(group
            ? {
                target: {
                    // Elastic Load Balancing's defaults: 5 checks 30 s apart, a 300 s deregistration delay.
                    healthy: rollout_duration_num(group.HealthyThresholdCount, 5),
                    interval: rollout_duration_num(group.HealthCheckIntervalSeconds, 30),
                    drain: rollout_duration_num(drain, 300),
                    network: ['TCP', 'UDP', 'TLS', 'TCP_UDP'].includes(String(group.Protocol)),
                },
            }
            : {}),
        // The task stops when its slowest container has: each gets its own StopTimeout (ECS's default when unset).
        stopTimeout: Math.max(0, ...containers.map((c) => rollout_duration_num(c.StopTimeout, STOP_DEFAULT))) || STOP_DEFAULT,
    };
}
function healthyPhase(s) {
    if (!s.target)
        return [];
    const { healthy, interval } = s.target;
    return [
        {
            phase: `targets healthy (${healthy} checks ${interval} s apart)`,
            min: (healthy - 1) * interval,
            max: healthy * interval,
        },
    ];
}
function retirePhases(s) {
    return [
        ...(s.target
            ? [
                {
                    phase: `old targets drain (deregistration delay ${s.target.drain} s)`,
                    min: s.target.drain,
                    max: s.target.drain,
                },
            ]
            : []),
        { phase: `old tasks stop (SIGTERM, up to ${s.stopTimeout} s)`, min: 0, max: s.stopTimeout },
    ];
}
function rollingPhases(s) {
    // Each wave replaces as many tasks as the percentages leave room for (at least one).
    const room = Math.floor((s.replicas * s.maxPercent) / 100) - Math.ceil((s.replicas * s.minPercent) / 100);
    const waves = Math.max(1, Math.ceil(s.replicas / Math.max(1, room)));
    const wave = [START, ...healthyPhase(s), ...retirePhases(s)];
    const phases = waves === 1
        ? wave
        : wave.map((p) => ({
            ...p,
            phase: `${p.phase}, ${waves} waves`,
            min: p.min * waves,
            max: p.max * waves,
        }));
    return [...phases, COMPLETE];
}
function shiftPhases(strategy, config) {
    const minutes = (v) => rollout_duration_num(v, 0) * 60;
    if (strategy === 'CANARY') {
        const canary = (config.CanaryConfiguration ?? {});
        const wait = minutes(canary.CanaryBakeTimeInMinutes);
        const percent = rollout_duration_num(canary.CanaryPercent, 10);
        return {
            phases: [{ phase: `${percent} % of traffic for ${wait / 60} min, then all`, min: wait, max: wait }],
            steps: 2,
        };
    }
    if (strategy === 'LINEAR') {
        const linear = (config.LinearConfiguration ?? {});
        const step = rollout_duration_num(linear.StepPercent, 10);
        const steps = Math.ceil(100 / Math.max(step, 0.1));
        const wait = minutes(linear.StepBakeTimeInMinutes);
        return {
            phases: [
                {
                    phase: `${steps} steps of ${step} %, ${wait / 60} min apart`,
                    min: (steps - 1) * wait,
                    max: steps * wait,
                },
            ],
            steps,
        };
    }
    return { phases: [{ phase: 'all traffic at once', min: 0, max: 0 }], steps: 1 };
}
function shiftedPhases(strategy, s, config) {
    const shift = shiftPhases(strategy, config);
    const bake = rollout_duration_num(config.BakeTimeInMinutes, 0) * 60;
    const nlb = s.target?.network
        ? [
            {
                phase: 'Network Load Balancer delay (10 min per stage: test and production shifts, pre-scale-up, each production step)',
                min: 2 * NLB_DELAY,
                max: (2 + shift.steps) * NLB_DELAY,
            },
        ]
        : [];
    return [
        { ...START, phase: 'SCALE_UP: ECS starts the new revision (image pull, ENI, container start)' },
        ...healthyPhase(s),
        ...shift.phases.map((p) => ({ ...p, phase: `PRODUCTION_TRAFFIC_SHIFT: ${p.phase}` })),
        ...nlb,
        { phase: `BAKE_TIME: both revisions up for ${bake / 60} min`, min: bake, max: bake },
        ...retirePhases(s).map((p) => ({ ...p, phase: `CLEAN_UP: ${p.phase}` })),
        COMPLETE,
    ];
}
/** The model of one service's next rollout. */
function serviceRollout(template, logicalId) {
    const resource = template.Resources[logicalId];
    const props = (resource?.Properties ?? {});
    const config = (props.DeploymentConfiguration ?? {});
    const declared = String(config.Strategy ?? 'ROLLING');
    const strategy = (['BLUE_GREEN', 'CANARY', 'LINEAR'].includes(declared) ? declared : 'ROLLING');
    const s = settingsOf(template, logicalId);
    const phases = strategy === 'ROLLING' ? rollingPhases(s) : shiftedPhases(strategy, s, config);
    const tags = props.Tags ?? [];
    const named = tags.find((t) => t.Key === 'com.docker.compose.service')?.Value;
    return {
        logicalId,
        service: typeof named === 'string' ? named : logicalId,
        strategy,
        phases,
        min: phases.reduce((t, p) => t + p.min, 0),
        max: phases.reduce((t, p) => t + p.max, 0),
    };
}
/** Every service's model, and the stack's: the longest DependsOn chain of services, by its slowest end. */
function stackRollout(template) {
    const ids = Object.keys(template.Resources)
        .filter((id) => template.Resources[id]?.Type === 'AWS::ECS::Service')
        .sort();
    const models = new Map(ids.map((id) => [id, serviceRollout(template, id)]));
    const longest = new Map();
    const dependsOn = (id) => {
        const d = template.Resources[id]?.DependsOn;
        return d === undefined ? [] : Array.isArray(d) ? d : [d];
    };
    // The services a resource waits for, directly or through other resources (CloudFormation has no cycles).
    const servicesBefore = (id, seen = new Set()) => dependsOn(id).flatMap((d) => {
        if (seen.has(d))
            return [];
        seen.add(d);
        return models.has(d) ? [d] : servicesBefore(d, seen);
    });
    const chainOf = (id) => {
        const known = longest.get(id);
        if (known)
            return known;
        const model = models.get(id);
        const before = servicesBefore(id)
            .map(chainOf)
            .sort((a, b) => b.max - a.max)[0];
        const result = before
            ? { chain: [...before.chain, id], min: before.min + model.min, max: before.max + model.max }
            : { chain: [id], min: model.min, max: model.max };
        longest.set(id, result);
        return result;
    };
    const top = ids.map(chainOf).sort((a, b) => b.max - a.max)[0] ?? { chain: [], min: 0, max: 0 };
    return { services: [...models.values()], ...top };
}
/** A GitHub-hosted runner's job limit: "Each job in a workflow can run for up to 6 hours of execution time". */
const HOSTED_JOB_LIMIT_MINUTES = 360;
const minutesOf = (seconds) => Math.ceil(seconds / 60);
const strategyName = (s) => s.strategy.toLowerCase().replace('_', '/');
/** One line for the log and the plan: each service's modelled range, and the longest chain's. */
function describeStackRollout(rollout) {
    const services = rollout.services
        .map((s) => `${s.service} (${strategyName(s)}) ${minutesOf(s.min)}–${minutesOf(s.max)} min`)
        .join(', ');
    return `modelled rollout: ${services}; the stack's ${minutesOf(rollout.min)}–${minutesOf(rollout.max)} min`;
}
/**
 * Refuses, before anything is built, a stack whose modelled rollout cannot finish in time: its fastest end
 * over wait-timeout (or a hosted runner's six hours). A slowest end over the limit is a warning: the rollout
 * may still finish. Returns the error and the warnings, both naming the services and their numbers.
 */
function rolloutTimeProblems(template, limits) {
    const rollout = stackRollout(template);
    if (!rollout.chain.length)
        return { warnings: [] };
    const summary = describeStackRollout(rollout);
    const byId = new Map(rollout.services.map((s) => [s.logicalId, s]));
    const chain = rollout.chain
        .map((id) => byId.get(id))
        .map((s) => `${s.service} (${strategyName(s)}, ${minutesOf(s.min)}–${minutesOf(s.max)} min)`)
        .join(' then ');
    const range = `${minutesOf(rollout.min)}–${minutesOf(rollout.max)} min`;
    const limit = limits.hostedRunner && HOSTED_JOB_LIMIT_MINUTES < limits.waitTimeoutMinutes
        ? { minutes: HOSTED_JOB_LIMIT_MINUTES, name: "a GitHub-hosted runner's 6-hour job limit" }
        : { minutes: limits.waitTimeoutMinutes, name: `wait-timeout (${limits.waitTimeoutMinutes} min)` };
    const fix = limit.minutes === limits.waitTimeoutMinutes
        ? `raise wait-timeout to at least ${minutesOf(rollout.max)}, or shorten the strategy's intervals and bake time`
        : "shorten the strategy's intervals and bake time, or deploy from a self-hosted runner";
    if (minutesOf(rollout.min) > limit.minutes)
        return {
            error: `the rollout is modelled to take ${range}, over ${limit.name}: ${chain}; ${fix}`,
            warnings: [],
            summary,
        };
    if (minutesOf(rollout.max) > limit.minutes)
        return {
            summary,
            warnings: [
                `the rollout may take up to ${minutesOf(rollout.max)} min (${range}), over ${limit.name}: ${chain}`,
            ],
        };
    return { warnings: [], summary };
}

// EXTERNAL MODULE: ./src/report/runner-values.ts
var runner_values = __webpack_require__(409);
;// CONCATENATED MODULE: ./src/images/build-inputs.ts





/**
 * A fingerprint of everything a build reads (its content key): the Dockerfile (or dockerfile_inline), every
 * file of the context and of each local additional context that .dockerignore lets through (path, mode
 * and content) or a Git context's commit, build args, labels, target, platforms, each build secret's id
 * and content (by a keyed hash, never in clear: secretDigest), ssh ids and sources, cache_from/cache_to,
 * `pull`, and the build's network settings.
 * Used as the image tag, so an unchanged service is neither rebuilt nor pushed, and every run of
 * an unchanged project pins the same digest (a no-op deploy stays a no-op even without a build cache).
 * An input left out would let a build with another value of it (a pull request's own `npmrc` secret, or
 * an attacker's cache) produce the tag a trusted build then finds and reuses instead of building.
 */
async function buildInputsHash(build, dockerfile, platforms = build.platforms, 
/** Build secret id → its keyed digest (secretDigest), in the order of build.secrets. */
secretDigests = {}) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const add = (label, value) => {
        hash.update(`${label}\0${Buffer.byteLength(value)}\0`);
        hash.update(value);
    };
    add('dockerfile', 'text' in dockerfile ? dockerfile.text : await (0,promises_.readFile)(dockerfile.path));
    await addContext(add, 'context', build.context);
    for (const [name, source] of build_inputs_sorted(build.additionalContexts ?? {})) {
        add('named-context', name);
        await addContext(add, `context:${name}`, source);
    }
    for (const [key, value] of build_inputs_sorted(build.args))
        add(`arg:${key}`, value);
    for (const [key, value] of build_inputs_sorted(build.labels))
        add(`label:${key}`, value);
    add('target', build.target ?? '');
    add('platform', platforms.join(','));
    // Fields added later hash only when written, so tags of builds that do not use them stay the same.
    for (const secret of build.secrets ?? []) {
        add('secret-id', secret.id);
        const digest = secretDigests[secret.id];
        if (digest !== undefined)
            add('secret-content', digest);
    }
    for (const ssh of build.ssh ?? []) {
        add('ssh-id', ssh.id);
        for (const path of ssh.paths)
            add('ssh-source', path);
    }
    for (const ref of build.cacheFrom ?? [])
        add('cache-from', ref);
    for (const ref of build.cacheTo ?? [])
        add('cache-to', ref);
    if (build.pull)
        add('pull', 'true');
    if (build.network)
        add('network', build.network);
    for (const host of build.extraHosts ?? [])
        add('extra-host', host);
    if (build.shmSize !== undefined)
        add('shm-size', String(build.shmSize));
    for (const [name, limit] of build_inputs_sorted(build.ulimits ?? {}))
        add(`ulimit:${name}`, `${limit.soft}:${limit.hard}`);
    for (const entitlement of build.entitlements ?? [])
        add('entitlement', entitlement);
    if (build.privileged)
        add('privileged', 'true');
    return hash.digest('hex');
}
/**
 * A build secret's content as it enters the content key: HMAC-SHA256 under `key` (the build-secret-key
 * input, a GitHub secret), never the value nor its plain hash. Content tags appear in logs and the
 * registry, and everything else a build reads is often public: a plain hash there would confirm a guessed
 * value offline. Without a key the HMAC is keyed by a fixed label only (README, "Security").
 */
function secretDigest(value, key) {
    return (0,external_node_crypto_.createHmac)('sha256', key || 'compose-ecs build secret')
        .update(value)
        .digest('hex');
}
function build_inputs_sorted(record) {
    return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
/** A local directory's files, a Git context's commit, or (images, services, stages) the name itself. */
async function addContext(add, label, source) {
    const git = gitContext(source);
    if (git) {
        add(`${label}:git`, `${git.url}#${await gitCommit(git)}:${git.subdir ?? ''}`);
        return;
    }
    if (!source.startsWith('/')) {
        // docker-image://, service:, target: — named, not read here. An image by tag can move;
        // pin it by digest for builds that must follow it.
        add(`${label}:named`, source);
        return;
    }
    const ignore = parseDockerignore(await (0,promises_.readFile)((0,external_node_path_.join)(source, '.dockerignore'), 'utf8').catch(() => ''));
    for (const file of await contextFiles(source, ignore)) {
        const stat = await (0,promises_.lstat)(file.absolute);
        add(label === 'context' ? 'path' : `${label}:path`, file.relative);
        add('mode', String(stat.mode & 0o777));
        add('content', stat.isSymbolicLink() ? `link:${await (0,promises_.readlink)(file.absolute)}` : await (0,promises_.readFile)(file.absolute));
    }
}
async function contextFiles(root, ignore) {
    const files = [];
    const walk = async (dir) => {
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        for (const entry of entries) {
            const absolute = (0,external_node_path_.join)(dir, entry.name);
            const rel = (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
            if (ignore(rel))
                continue;
            if (entry.isDirectory())
                await walk(absolute);
            else if (entry.isFile() || entry.isSymbolicLink())
                files.push({ relative: rel, absolute });
        }
    };
    await walk(root);
    // Byte order, not locale order: the same tree must hash the same everywhere.
    return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/images/prepare-build.ts
// From a compose service to the engine's BuildRequest: the content tag, the Dockerfile (a private
// file for dockerfile_inline), build secrets as files (an environment secret is written to a private
// 0600 file for the build and removed after it), the default registry cache and attestations.






async function prepareBuild(service, options) {
    const { build } = service;
    let privateDir;
    const privateFile = async (name, content) => {
        privateDir ??= await makePrivateDir('compose-ecs-build-');
        const file = (0,external_node_path_.join)(privateDir, name);
        await (0,promises_.writeFile)(file, content, { mode: 0o600 });
        return file;
    };
    const cleanup = async () => {
        if (privateDir)
            await (0,promises_.rm)(privateDir, { recursive: true, force: true });
    };
    try {
        const platforms = build.platforms.length ? build.platforms : service.platform ? [service.platform] : [];
        const remote = gitContext(build.context);
        const dockerfile = build.dockerfileInline !== undefined
            ? await privateFile('Dockerfile', build.dockerfileInline)
            : remote || (0,external_node_path_.isAbsolute)(build.dockerfile)
                ? build.dockerfile
                : (0,external_node_path_.join)(build.context, build.dockerfile);
        const secrets = [];
        const secretDigests = {};
        for (const [i, secret] of (build.secrets ?? []).entries()) {
            const definition = options.secrets[secret.source];
            if (definition?.file) {
                secrets.push({ id: secret.id, file: definition.file });
                const content = await (0,promises_.readFile)(definition.file).catch(() => {
                    throw new src_errors/* UserError */.yo(`build secret "${secret.source}" of service "${service.name}": cannot read its file ${definition.file}`);
                });
                secretDigests[secret.id] = secretDigest(content, options.secretKey);
            }
            else {
                const value = definition?.environment ? options.environment[definition.environment] : undefined;
                if (value === undefined)
                    throw new src_errors/* UserError */.yo(`build secret "${secret.source}" of service "${service.name}" has no value: set ${definition?.environment ?? 'its environment variable'}`);
                secrets.push({ id: secret.id, file: await privateFile(`secret-${i}`, value) });
                secretDigests[secret.id] = secretDigest(value, options.secretKey);
            }
        }
        const fingerprint = await buildInputsHash(build, build.dockerfileInline !== undefined || remote
            ? { text: build.dockerfileInline ?? build.dockerfile }
            : { path: dockerfile }, platforms, secretDigests);
        const tag = `src-${fingerprint.slice(0, 32)}`;
        const userCache = Boolean(build.cacheFrom?.length || build.cacheTo?.length);
        const request = {
            service: service.name,
            context: build.context,
            dockerfile,
            tags: [`${options.repositoryUri}:${tag}`, ...(build.tags ?? [])],
            args: build.args,
            labels: {
                ...build.labels,
                'com.docker.compose.project': options.projectName,
                'com.docker.compose.service': service.name,
            },
            target: build.target,
            platforms,
            secrets,
            ssh: build.ssh ?? [],
            additionalContexts: build.additionalContexts ?? {},
            cacheFrom: build.cacheFrom ?? [],
            cacheTo: build.cacheTo ?? [],
            cacheRef: options.cache && !userCache && !build.noCache ? `${options.repositoryUri}:buildcache` : undefined,
            extraHosts: build.extraHosts ?? [],
            network: build.network,
            shmSize: build.shmSize,
            pull: build.pull ?? false,
            noCache: build.noCache ?? false,
            ulimits: build.ulimits ?? {},
            entitlements: [...(build.entitlements ?? []), ...(build.privileged ? ['security.insecure'] : [])],
            provenance: build.provenance ?? options.provenance,
            sbom: build.sbom ?? options.sbom,
        };
        return { request, repository: options.repository, repositoryUri: options.repositoryUri, tag, cleanup };
    }
    catch (err) {
        await cleanup();
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/images/run-builds.ts
// Runs builds in parallel, up to a limit. Each build's output is buffered and printed as one group
// when it ends, with its duration, so parallel logs never interleave. After a failure no new build
// starts; the running ones finish (their pushes are complete, content-tagged images, never half a
// state the next run would trust), then the stage fails with the failed build's last lines.



async function runBuilds(plans, engine, logger, concurrency, now = () => performance.now()) {
    const results = [];
    const failures = [];
    const queue = [...plans];
    const worker = async () => {
        for (let plan = queue.shift(); plan && !failures.length; plan = queue.shift()) {
            const service = plan.request.service;
            const lines = [];
            const started = now();
            try {
                const digest = await engine.buildAndPush(plan.request, (line) => lines.push(line));
                const durationMs = now() - started;
                lines.push(`pushed ${plan.request.tags[0]} as ${digest}`);
                await printGroup(logger, `image: ${service} (built and pushed in ${seconds(durationMs)})`, lines);
                results.push({ plan, digest, durationMs });
            }
            catch (error) {
                const ended = isCancelled(error) ? 'cancelled' : 'failed';
                await printGroup(logger, `image: ${service} (${ended} after ${seconds(now() - started)})`, lines);
                failures.push({ service, error: explainDenied(error, plan) });
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, plans.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failures.length) {
        const skipped = plans.length - results.length - failures.length;
        if (skipped > 0)
            logger.info(`${skipped} build(s) not started after the ${isCancelled(failures[0].error) ? 'cancel' : 'failure'}`);
        throw failures[0].error;
    }
    return results;
}
async function printGroup(logger, title, lines) {
    // Build output is the Dockerfile's (a pull request's): never read as workflow commands.
    await logger.group(title, async () => logger.verbatim(lines));
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
const PUSH_ACTIONS = 'ecr:BatchCheckLayerAvailability, ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload and ecr:PutImage';
/** A push the registry refused for lack of permission names the repository and the IAM action. */
function explainDenied(error, plan) {
    if (!(error instanceof src_errors/* UserError */.yo))
        return error;
    if (!/not authorized to perform|^denied:|\bdenied: /im.test(error.message))
        return error;
    const line = error.message.split('\n').find((l) => /not authorized to perform|denied/i.test(l)) ?? error.message;
    return deniedError(line, PUSH_ACTIONS, plan.repository);
}

;// CONCATENATED MODULE: ./src/images/build-and-push.ts






const CACHE_TAG = 'buildcache';
const UNTRUSTED_SUFFIX = '-untrusted';
/** The repository prefix a run pushes to: `<prefix>-untrusted` for untrusted runs. */
function imagePrefix(prefix, untrusted) {
    return untrusted && !prefix.endsWith(UNTRUSTED_SUFFIX) ? `${prefix}${UNTRUSTED_SUFFIX}` : prefix;
}
/** ECR repository per built service: `<prefix>/<service>`, lowercase as ECR requires. */
function repositoryName(prefix, service) {
    return `${prefix}/${service}`.toLowerCase();
}
/**
 * Builds every service that has `build:` (in parallel, up to `concurrency`), pushes it to ECR after
 * one token login, and returns the project with each built service's `image` pinned to
 * `repository@digest` as the registry reported it. An image whose content tag the registry already has
 * is neither built nor pushed. Services without `build:` keep their image as written.
 */
async function buildAndPushImages(project, deps, options = {}) {
    const prefix = imagePrefix(options.repositoryPrefix ?? project.name, options.untrusted);
    const built = Object.values(project.services)
        .filter((s) => Boolean(s.build))
        .sort((a, b) => a.name.localeCompare(b.name));
    const invalid = built
        .map((s) => repositoryName(prefix, s.name))
        .filter((name) => !isValidRepositoryName(name));
    if (invalid.length) {
        throw new src_errors/* UserError */.yo(`not valid ECR repository names: ${invalid.join(', ')} (set repository-prefix)`);
    }
    const images = [];
    const services = { ...project.services };
    if (built.length) {
        const engine = deps.engine;
        if (!engine)
            throw new Error('internal: services are built but no engine was chosen');
        const cache = options.cache !== false && engine.capabilities.defaultCache !== 'none';
        if ((options.provenance || options.sbom) && !engine.capabilities.attestations)
            deps.logger.warning(`provenance and sbom are not produced by ${engine.description}: they need buildx with the docker-container driver`);
        const login = await getRegistryLogin(deps.registry);
        deps.logger.mask(login.password);
        const names = built.map((s) => repositoryName(prefix, s.name));
        const serviceOf = (name) => built.find((s) => repositoryName(prefix, s.name) === name);
        const repositories = await ensureRepositories(deps.registry, names, (name) => ({
            tags: {
                'com.docker.compose.project': project.name,
                'com.docker.compose.service': serviceOf(name).name,
            },
            kmsKey: options.kmsKey,
            // build.tags into the same repository (e.g. :latest) are rewritten by every build: keep them mutable.
            mutableTags: [
                ...(cache ? [CACHE_TAG] : []),
                ...(serviceOf(name).build.tags ?? [])
                    .filter((t) => t.startsWith(`${login.registry}/${name}:`))
                    .map((t) => t.slice(`${login.registry}/${name}:`.length)),
            ],
        }));
        for (const [name, { created }] of repositories)
            if (created)
                deps.logger.info(`created ECR repository ${name}`);
        if (options.lifecycleKeep) {
            const changed = await applyLifecyclePolicy(deps.registry, names, options.lifecycleKeep);
            if (changed.length)
                deps.logger.info(`lifecycle policy (keep the last ${options.lifecycleKeep} builds) put on ${changed.join(', ')}`);
        }
        const plans = await Promise.all(built.map((service) => {
            const repository = repositoryName(prefix, service.name);
            return prepareBuild(service, {
                repository,
                repositoryUri: repositories.get(repository).uri,
                projectName: project.name,
                // A repository someone made fully immutable cannot take a rewritten cache tag: no default cache there.
                cache: cache && repositories.get(repository).canRewrite(CACHE_TAG),
                provenance: options.provenance,
                sbom: options.sbom,
                environment: options.environment ?? process.env,
                secrets: project.secrets,
                secretKey: options.secretKey,
            });
        }));
        const records = await buildMissing(plans, login, { ...deps, engine }, options.concurrency ?? (0,external_node_os_.availableParallelism)());
        for (const record of records) {
            images.push(record);
            services[record.service] = { ...project.services[record.service], image: record.uri };
        }
    }
    for (const service of Object.values(project.services)) {
        if (!service.build && service.image)
            images.push({ service: service.name, uri: service.image, pushed: false });
    }
    images.sort((a, b) => a.service.localeCompare(b.service));
    return { project: { ...project, services }, images };
}
/** Asks the registry for every content tag, then builds (in parallel) only the images it lacks. */
async function buildMissing(plans, login, deps, concurrency) {
    const existing = await Promise.all(plans.map((p) => deps.registry.manifestDigest(login, p.repository, p.tag)));
    const records = [];
    const missing = [];
    plans.forEach((plan, i) => {
        const digest = existing[i];
        if (!digest)
            return missing.push(plan);
        deps.logger.info(`${plan.repository}:${plan.tag} is already in the registry (${digest}): nothing to build`);
        records.push(build_and_push_record(plan, digest, false));
    });
    try {
        if (missing.length) {
            await deps.engine.login(login.registry, login.username, login.password);
            const results = await runBuilds(missing, deps.engine, deps.logger, concurrency);
            // The registry's own digest for the content tag is what a task pulls: it is the one pinned, whatever
            // an engine reported (older buildx with the docker driver reported the image id, not the digest).
            const pushed = await Promise.all(results.map((r) => deps.registry.manifestDigest(login, r.plan.repository, r.plan.tag)));
            results.forEach(({ plan, digest, durationMs }, i) => {
                const stored = pushed[i];
                if (!stored)
                    throw new src_errors/* UserError */.yo(`${plan.repository}:${plan.tag} was pushed but the registry does not have it`);
                if (stored !== digest)
                    deps.logger.info(`${plan.repository}:${plan.tag}: the engine reported ${digest}, the registry stores ${stored}`);
                records.push({ ...build_and_push_record(plan, stored, true), durationMs });
            });
        }
    }
    finally {
        await Promise.all(plans.map((p) => p.cleanup()));
    }
    return records;
}
function build_and_push_record(plan, digest, pushed) {
    return {
        service: plan.request.service,
        uri: `${plan.repositoryUri}@${digest}`,
        repository: plan.repository,
        tag: plan.tag,
        digest,
        pushed,
    };
}

;// CONCATENATED MODULE: ./src/images/image-reference.ts
/**
 * The reference grammar of the distribution project (reference.go): the first component is a host when it
 * has a dot or a port, or is localhost; otherwise the image is on Docker Hub.
 */
function parseImageReference(text) {
    const at = text.indexOf('@');
    const digest = at >= 0 ? text.slice(at + 1) : undefined;
    const rest = at >= 0 ? text.slice(0, at) : text;
    const slash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    const tag = colon > slash ? rest.slice(colon + 1) : undefined;
    const name = colon > slash ? rest.slice(0, colon) : rest;
    if (!name || (digest !== undefined && !/^sha256:[a-f0-9]{64}$/.test(digest)))
        return undefined;
    if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag))
        return undefined;
    const first = name.split('/')[0];
    const hasHost = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    const host = hasHost ? first : 'docker.io';
    let path = hasHost ? name.slice(first.length + 1) : name;
    if (host === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(path))
        return undefined;
    return {
        host,
        apiHost: host === 'docker.io' || host === 'index.docker.io' ? 'registry-1.docker.io' : host,
        path,
        ...(tag !== undefined ? { tag } : {}),
        ...(digest !== undefined ? { digest } : {}),
        name,
    };
}
/** Private ECR registries answer the ECR token login (Basic AWS:<token>), never an anonymous token. */
function isPrivateEcrHost(host) {
    return /^\d{12}\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.amazonaws\.com(\.cn)?(:\d+)?$/.test(host);
}

// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/images/token-realm.ts
// Which token realm a registry may send the runner to. A registry answering 401 names the URL of its
// token service (`WWW-Authenticate: Bearer realm=…`, the Docker token authentication specification), and
// the runner fetches it: a hostile registry (any `image:` in a pull request's compose file) could name an
// internal URL — the instance metadata service of a self-hosted runner, a service on localhost — and read
// the answer back through the error. Only https realms are followed (or, for a registry or mirror the
// runner already reaches over plain http, an http realm on that same host); link-local and
// instance-metadata addresses never; private and loopback addresses only when the registry itself is
// private (internal registries and mirrors keep working).


const resolveHost = async (host) => (0,external_node_net_.isIP)(host) ? [host] : (await (0,external_node_dns_promises_.lookup)(host, { all: true, verbatim: true })).map((a) => a.address);
/** The reason a realm is refused, or undefined when the runner may fetch it. */
async function realmRefusal(realm, 
/** The registry's host, or the base URL the lookup asked (`http://…` for an insecure mirror). */
registry, resolve = resolveHost) {
    let url;
    try {
        url = new URL(realm);
    }
    catch {
        return `its token realm ${JSON.stringify(realm)} is not a URL`;
    }
    const asked = new URL(registry.includes('://') ? registry : `https://${registry}`);
    // An insecure registry's token may go back to it as plainly as its manifests do, and nowhere else.
    const plainToItself = asked.protocol === 'http:' && url.protocol === 'http:' && url.host === asked.host;
    if (url.protocol !== 'https:' && !plainToItself)
        return `its token realm ${url.origin} is not https`;
    const realmScopes = await scopes(hostOf(url.hostname), resolve);
    if (realmScopes === undefined)
        return `its token realm's host ${url.hostname} does not resolve`;
    if (realmScopes.has('link-local'))
        return `its token realm ${url.host} is a link-local or instance-metadata address`;
    if (!realmScopes.has('private'))
        return undefined;
    const registryScopes = await scopes(hostOf(asked.hostname), resolve);
    if (registryScopes && !registryScopes.has('public'))
        return undefined;
    return `its token realm ${url.host} is a private address, and the registry is not`;
}
/** `[::1]` → `::1`: URL keeps IPv6 literals in brackets. */
function hostOf(hostname) {
    return hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
}
async function scopes(host, resolve) {
    const addresses = await resolve(host).catch(() => []);
    return addresses.length ? new Set(addresses.map(addressScope)) : undefined;
}
/** Where an address lies: link-local (169.254.0.0/16, fe80::/10, fd00:ec2::254), private, or public. */
function addressScope(address) {
    const v4 = (0,external_node_net_.isIP)(address) === 4 ? address : /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (v4) {
        const [a, b] = v4.split('.').map(Number);
        if (a === 169 && b === 254)
            return 'link-local';
        if (a === 10 || a === 127 || a === 0)
            return 'private';
        if (a === 172 && b >= 16 && b <= 31)
            return 'private';
        if (a === 192 && b === 168)
            return 'private';
        if (a === 100 && b >= 64 && b <= 127)
            return 'private'; // carrier-grade NAT (RFC 6598)
        return 'public';
    }
    const v6 = address.toLowerCase();
    // The EC2 instance metadata service's IPv6 address, inside fd00::/8.
    if (v6 === 'fd00:ec2::254' || v6 === 'fd00:ec2:0:0:0:0:0:254')
        return 'link-local';
    if (/^fe[89ab]/.test(v6))
        return 'link-local';
    if (v6 === '::1' || v6 === '::' || /^f[cd]/.test(v6))
        return 'private';
    return 'public';
}

;// CONCATENATED MODULE: ./src/images/manifest-lookup.ts




/** Every manifest kind a tag can name: a multi-platform index first, so the digest is the tag's own. */
const MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/**
 * The credentials lookups of these references need: the ECR token login (masked) when one of them is in a
 * private ECR registry — it serves this account's registry (and the local stand-in for it) only — and
 * anonymous access for every other host.
 */
async function registryCredentials(refs, registry, logger) {
    const login = refs.some((r) => r && isPrivateEcrHost(r.host))
        ? await getRegistryLogin(registry)
        : undefined;
    if (login)
        logger.mask(login.password);
    return (host) => login && host === login.registry ? { username: login.username, password: login.password } : undefined;
}
/**
 * The digest a tag (or digest) points at now, by a HEAD request on the manifest (Docker Registry HTTP API
 * v2, which Docker Hub, GHCR, public and private ECR all serve; Docker Hub does not count HEAD requests
 * against its pull rate limit). A 401 with a Bearer challenge is answered with a token for pull (anonymous, or for the credentials)
 * scope (the token authentication specification); registries that ask for Basic get the ECR login.
 * Undefined when the registry has no such manifest.
 */
async function manifestDigestOf(ref, deps) {
    // The engine's mirrors first, as its pulls go; the registry itself when none has the manifest.
    const tried = [];
    const mirrors = deps.mirrors?.get(ref.host) ?? [];
    for (const mirror of mirrors) {
        const host = new URL(mirror).host;
        try {
            const digest = await digestAt(mirror, host, ref, deps);
            if (digest)
                return digest;
            tried.push(`${host}: no such manifest`);
        }
        catch (err) {
            tried.push(`${host}: ${err.message}`);
        }
        deps.onMirrorMiss?.(`mirror ${host} could not pin ${ref.name}:${ref.tag ?? 'latest'} (${tried.at(-1)}); asking ${ref.host}`);
    }
    try {
        return await digestAt(`https://${ref.apiHost}`, ref.host, ref, deps);
    }
    catch (err) {
        if (!(err instanceof src_errors/* UserError */.yo) || !err.message.startsWith('cannot reach'))
            throw err;
        const viaMirrors = tried.length ? ` (mirrors: ${tried.join('; ')})` : '';
        throw new src_errors/* UserError */.yo(`${err.message}${viaMirrors}. ${UNREACHABLE_HINT(ref)}`);
    }
}
/** The lookup against one registry API (`https://host[:port]`), with `credentialHost`'s Basic login if any. */
async function digestAt(base, credentialHost, ref, deps) {
    const url = `${base}/v2/${ref.path}/manifests/${ref.digest ?? ref.tag ?? 'latest'}`;
    const basic = deps.credentials(credentialHost);
    const deniedHint = deps.deniedHint ?? pinDeniedHint;
    const head = (authorization) => deps.fetch(url, {
        method: 'HEAD',
        signal: AbortSignal.timeout(30_000),
        headers: { Accept: MANIFEST_ACCEPT, ...(authorization ? { Authorization: authorization } : {}) },
    });
    let response = await reach(ref, () => head(basic ? basicHeader(basic) : undefined));
    if (response.status === 401) {
        const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
            throw new src_errors/* UserError */.yo(`${ref.host} asks for credentials to read ${ref.path}: ${deniedHint(ref)}`);
        const refused = await realmRefusal(challenge.params.realm, base.startsWith('http://') ? base : ref.apiHost, deps.resolveHost);
        if (refused)
            throw new src_errors/* UserError */.yo(`${ref.host} asked for a token from elsewhere, which is not fetched: ${refused}. ${deniedHint(ref)}`);
        const token = await bearerToken(ref, challenge.params, deps.fetch, deniedHint, basic);
        response = await reach(ref, () => head(`Bearer ${token}`));
    }
    if (response.status === 404)
        return undefined;
    if (response.status === 401 || response.status === 403)
        throw new src_errors/* UserError */.yo(`${ref.host} refused to show ${ref.path}: ${deniedHint(ref)}`);
    if (!response.ok)
        throw new src_errors/* UserError */.yo(`${ref.host} answered ${response.status} for ${ref.path}`);
    const digest = response.headers.get('docker-content-digest');
    if (!digest?.startsWith('sha256:'))
        throw new src_errors/* UserError */.yo(`${ref.host} did not say which digest ${ref.path}:${ref.tag} is`);
    return digest;
}
const basicHeader = (c) => `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
function pinDeniedHint(ref) {
    return `a private image outside this account's ECR cannot be looked up; pin it by digest in the compose file (${ref.name}@sha256:…) or set pin-images: false`;
}
async function reach(ref, call) {
    try {
        return await call();
    }
    catch (err) {
        const cause = err.cause;
        throw new src_errors/* UserError */.yo(`cannot reach the registry ${ref.host} to pin ${ref.name}:${ref.tag ?? 'latest'}: ${cause?.message ?? err.message}`);
    }
}
/** The ways out when the registry cannot be reached from here. */
const UNREACHABLE_HINT = (ref) => `To deploy without the lookup, set pin-images: false (the release then names the tag, which can move) or write the digest in the compose file (${ref.name}@sha256:…); to reach the registry, set HTTPS_PROXY (with NO_PROXY) for the run, or give the engine a registry mirror (registry-mirrors in /etc/docker/daemon.json, [[registry.mirror]] in registries.conf for podman), which the lookup uses too`;
/** `Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:x:pull"` */
function parseChallenge(header) {
    const m = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g))
        params[p[1].toLowerCase()] = p[2];
    return { scheme: m[1].toLowerCase(), params };
}
/** A pull token from the challenge's realm: with the Basic credentials when there are some, else anonymous. */
async function bearerToken(ref, params, fetchImpl, deniedHint, basic) {
    const url = new URL(params.realm);
    if (params.service)
        url.searchParams.set('service', params.service);
    url.searchParams.set('scope', params.scope ?? `repository:${ref.path}:pull`);
    const headers = basic ? { Authorization: basicHeader(basic) } : {};
    const response = await reach(ref, () => fetchImpl(url, { headers, signal: AbortSignal.timeout(30_000) }));
    if (!response.ok)
        throw new src_errors/* UserError */.yo(`${url.host} gave no pull token for ${ref.path} (${response.status}): ${deniedHint(ref)}`);
    const body = (await response.json());
    const token = body.token ?? body.access_token;
    if (!token)
        throw new src_errors/* UserError */.yo(`${url.host} answered without a token for ${ref.path}`);
    return token;
}

;// CONCATENATED MODULE: ./src/images/docker-credentials.ts
// Registry credentials the way the runner's Docker client configuration names them
// (https://docs.docker.com/reference/cli/docker/login/#credential-stores): `credHelpers` per registry, else
// the `credsStore` for all, else the `auths` entries `docker login` wrote. A helper is the program
// docker-credential-<name>, run with `get` and the server on stdin, answering {"Username","Secret"}.
// $DOCKER_CONFIG names the directory (default ~/.docker). Used for the digest lookups of `image:` tags.




const HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Docker Hub's key in config.json and in the helpers, as `docker login` writes it. */
const HUB_SERVER = 'https://index.docker.io/v1/';
/** `https://host:5000/v1/` → `host:5000`; Docker Hub's names → docker.io. */
function normalHost(key) {
    const host = key.replace(/^\w+:\/\//, '').split('/')[0];
    return HUB.has(host) ? 'docker.io' : host;
}
async function readConfig(env) {
    const dir = env.DOCKER_CONFIG || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.docker');
    try {
        return JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'config.json'), 'utf8'));
    }
    catch {
        return {};
    }
}
/** What a credential helper knows about `server`; undefined when it has nothing (or cannot run). */
async function fromHelper(helper, server, env) {
    if (!/^[\w.-]+$/.test(helper))
        return undefined;
    const result = await runCommand(`docker-credential-${helper}`, ['get'], {
        input: server,
        env: Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined)),
    }).catch(() => undefined);
    if (!result || result.exitCode !== 0)
        return undefined;
    try {
        const answer = JSON.parse(result.stdout);
        return answer.Username && answer.Secret
            ? { username: answer.Username, password: answer.Secret }
            : undefined;
    }
    catch {
        return undefined;
    }
}
function fromAuths(config, host) {
    const entry = Object.entries(config.auths ?? {}).find(([key]) => normalHost(key) === host)?.[1];
    if (entry?.username && entry.password)
        return { username: entry.username, password: entry.password };
    if (!entry?.auth)
        return undefined;
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon > 0 ? { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) } : undefined;
}
/** The credentials Docker's configuration holds for each of `hosts` (those it has none for are left out). */
async function dockerCredentials(hosts, env) {
    const config = await readConfig(env);
    const found = new Map();
    for (const host of new Set(hosts.map(normalHost))) {
        const helper = Object.entries(config.credHelpers ?? {}).find(([key]) => normalHost(key) === host)?.[1] ??
            config.credsStore;
        const server = host === 'docker.io' ? HUB_SERVER : host;
        const credentials = helper ? await fromHelper(helper, server, env) : fromAuths(config, host);
        if (credentials)
            found.set(host, credentials);
    }
    return found;
}
/** The key a host has in dockerCredentials' answer. */
const credentialKey = normalHost;

;// CONCATENATED MODULE: ./src/images/pin-tags.ts




/**
 * Pins every `image:` given by tag (`postgres:16`) to the digest the tag points at now, so the template
 * and the release name the same bytes whenever they are deployed again (a tag can move). Built services
 * are already pinned; an image already given by digest stays as written.
 */
async function pinImageTags(result, deps) {
    const toPin = Object.values(result.project.services).filter((s) => !s.build && s.image && !s.image.includes('@'));
    if (!toPin.length)
        return result;
    const refs = toPin.map((s) => {
        const ref = parseImageReference(s.image);
        if (!ref)
            throw new src_errors/* UserError */.yo(`service ${s.name}: "${s.image}" is not an image reference`);
        return { service: s, ref };
    });
    // A mirror in this account's ECR takes the ECR login like the registry it stands for.
    const mirrorHosts = refs
        .flatMap((r) => deps.mirrors?.get(r.ref.host) ?? [])
        .map((url) => ({ host: new URL(url).host }));
    const hosts = [...refs.map((r) => r.ref), ...mirrorHosts];
    const ecrLogin = await registryCredentials(hosts, deps.registry, deps.logger);
    // Other registries: what the runner's Docker configuration holds for them (docker login, helpers).
    const configured = deps.env
        ? await dockerCredentials(hosts.map((h) => h.host), deps.env)
        : new Map();
    for (const c of configured.values())
        deps.logger.mask(c.password);
    const credentials = (host) => ecrLogin(host) ?? configured.get(credentialKey(host));
    const pinned = await Promise.all(refs.map(async ({ service, ref }) => {
        const digest = await manifestDigestOf(ref, {
            fetch: deps.fetch,
            credentials,
            ...(deps.mirrors ? { mirrors: deps.mirrors } : {}),
            onMirrorMiss: (message) => deps.logger.warning(message),
        });
        if (!digest)
            throw new src_errors/* UserError */.yo(`service ${service.name}: image ${service.image} does not exist in ${ref.host}`);
        const uri = `${ref.name}@${digest}`;
        deps.logger.info(`${service.name}: ${service.image} is ${digest}; the release pins ${uri}`);
        return { service, ref, digest, uri };
    }));
    const services = { ...result.project.services };
    for (const p of pinned)
        services[p.service.name] = { ...p.service, image: p.uri };
    return {
        project: { ...result.project, services },
        images: [
            ...result.images,
            ...pinned.map((p) => ({
                service: p.service.name,
                uri: p.uri,
                repository: p.ref.name,
                tag: p.ref.tag ?? 'latest',
                digest: p.digest,
                pushed: false,
                origin: `pinned from ${p.service.image}`,
            })),
        ].sort((a, b) => a.service.localeCompare(b.service)),
    };
}

;// CONCATENATED MODULE: ./src/images/registry-mirrors.ts
// The registry mirrors the runner's container engine is configured with, so a digest lookup goes where the
// engine's pulls go (a runner that cannot reach Docker Hub usually has one). Docker mirrors Docker Hub only
// (`registry-mirrors` in daemon.json: https://docs.docker.com/docker-hub/image-library/mirror/); podman
// mirrors any registry (`[[registry.mirror]]` in registries.conf, containers-registries.conf(5), whose path
// CONTAINERS_REGISTRIES_CONF overrides). Read once per run; a file that is missing or unreadable adds none.



const DOCKER_HUB = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
/** The configuration files, per engine, the way each engine finds them. */
function mirrorConfigPaths(env) {
    const config = env.XDG_CONFIG_HOME || (0,external_node_path_.join)(env.HOME || (0,external_node_os_.homedir)(), '.config');
    return {
        // Rootful docker, then rootless docker.
        daemonJson: ['/etc/docker/daemon.json', (0,external_node_path_.join)(config, 'docker/daemon.json')],
        registriesConf: env.CONTAINERS_REGISTRIES_CONF
            ? [env.CONTAINERS_REGISTRIES_CONF]
            : ['/etc/containers/registries.conf', (0,external_node_path_.join)(config, 'containers/registries.conf')],
    };
}
/** `registry-mirrors` of daemon.json: URLs, each a mirror of Docker Hub. */
function daemonJsonMirrors(text) {
    try {
        const mirrors = JSON.parse(text)['registry-mirrors'];
        return Array.isArray(mirrors)
            ? mirrors.filter((m) => typeof m === 'string').map((m) => m.replace(/\/+$/, ''))
            : [];
    }
    catch {
        return [];
    }
}
/**
 * `[[registry]]` tables with their `[[registry.mirror]]` entries, from the subset of TOML registries.conf
 * uses: table headers and `key = "string"` or `key = true|false` lines. A registry is keyed by its prefix
 * (else its location); a mirror's location becomes an https URL, or http where `insecure = true`.
 */
function registriesConfMirrors(text) {
    const out = new Map();
    let registry;
    let table = '';
    const flush = () => {
        const mirrors = (registry?.mirrors ?? []).filter((m) => m.location);
        if (registry?.key && mirrors.length)
            out.set(registry.key, mirrors.map((m) => `${m.insecure ? 'http' : 'https'}://${m.location.replace(/\/+$/, '')}`));
    };
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (!line || line.startsWith('#'))
            continue;
        const header = /^\[\[?\s*([\w.]+)\s*\]\]?$/.exec(line);
        if (header) {
            table = header[1];
            if (table === 'registry') {
                flush();
                registry = { mirrors: [] };
            }
            else if (table === 'registry.mirror')
                registry?.mirrors.push({});
            continue;
        }
        const pair = /^([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(true|false))$/.exec(line);
        if (!pair || !registry)
            continue;
        const [, key, dq, sq, bool] = pair;
        const value = dq ?? sq;
        if (table === 'registry' && (key === 'prefix' || (key === 'location' && !registry.key)))
            registry.key = value;
        if (table === 'registry.mirror') {
            const mirror = registry.mirrors.at(-1);
            if (key === 'location')
                mirror.location = value;
            if (key === 'insecure')
                mirror.insecure = bool === 'true';
        }
    }
    flush();
    return out;
}
/** Every mirror the engines on this machine are configured with, by the registry host they mirror. */
async function engineMirrors(env) {
    const paths = mirrorConfigPaths(env);
    const read = (path) => (0,promises_.readFile)(path, 'utf8').catch(() => '');
    const mirrors = new Map();
    const add = (host, urls) => mirrors.set(host, [...new Set([...(mirrors.get(host) ?? []), ...urls])]);
    for (const path of paths.daemonJson) {
        const hub = daemonJsonMirrors(await read(path));
        for (const host of DOCKER_HUB)
            if (hub.length)
                add(host, hub);
    }
    for (const path of paths.registriesConf)
        for (const [key, urls] of registriesConfMirrors(await read(path))) {
            const host = key.split('/')[0];
            for (const alias of DOCKER_HUB.includes(host) ? DOCKER_HUB : [host])
                add(alias, urls);
        }
    return mirrors;
}

;// CONCATENATED MODULE: ./src/steps/images.ts







/**
 * Builds and pushes what the project builds, then pins every image by digest: the built ones to the
 * digest the registry reported, the `image:` tags to the digest they point at now (pin-images), so a
 * release always names the same bytes.
 */
async function buildImages(ctx, loaded) {
    const { options, aws, logger } = ctx;
    const engine = await chooseEngine(loaded, ctx.deps.engine);
    // A cancelled run stops the builds in flight instead of waiting for them (the runner kills the step 10 s
    // after its first signal).
    if (engine && ctx.deps.signal)
        engine.abortOn?.(ctx.deps.signal);
    const built = await buildAndPushImages(loaded.project, { registry: aws.registry, engine, logger }, { ...options.images, repositoryPrefix: options.repositoryPrefix, environment: options.load.environment }).finally(() => engine?.dispose());
    if (options.pinImages === false)
        return built;
    return pinImageTags(built, {
        registry: aws.registry,
        logger,
        fetch: ctx.deps.fetch ?? registryFetch(process.env),
        mirrors: await engineMirrors(process.env),
        env: process.env,
    });
}
/** The builder, checked against every build field before anything is built: one error per field it cannot apply. */
async function chooseEngine(loaded, engine) {
    if (!Object.values(loaded.project.services).some((s) => s.build))
        return undefined;
    const chosen = await (typeof engine === 'function' ? engine() : required(engine, 'a container engine'));
    const errors = engineSupport(loaded, chosen);
    if (errors.length) {
        await chosen.dispose();
        throw new src_errors/* UserError */.yo(`${errors.length} build option(s) cannot be applied by ${chosen.description}`, errors);
    }
    return chosen;
}

;// CONCATENATED MODULE: ./src/report/strategy-text.ts
const strategy_text_minutes = (m) => `${m ?? 0} min`;
const percent = (p) => `${p ?? 0} %`;
/** The shift itself: how much traffic moves when. */
function shift(d, balanced) {
    if (!balanced)
        return d.strategy === 'rolling'
            ? 'rolling: tasks replaced a few at a time'
            : `${label(d)}: the new revision starts beside the old one and replaces it once healthy (no load balancer: no traffic is shifted)`;
    switch (d.strategy) {
        case 'canary':
            return `canary: ${percent(d.percent)} for ${strategy_text_minutes(d.intervalMinutes)}, then 100 %`;
        case 'linear':
            return `linear: ${percent(d.percent)} more every ${strategy_text_minutes(d.intervalMinutes)} up to 100 %`;
        case 'blue-green':
            return 'blue/green: 100 % at once when the new revision is healthy';
        default:
            return 'rolling: tasks replaced a few at a time behind the load balancer';
    }
}
function label(d) {
    return d.strategy === 'blue-green' ? 'blue/green' : d.strategy;
}
function describeStrategy(d, where = {}) {
    const balanced = where.loadBalancer !== undefined;
    const parts = [shift(d, balanced)];
    if (d.strategy !== 'rolling' && d.bakeMinutes !== undefined)
        parts[0] += `, old revision kept ${strategy_text_minutes(d.bakeMinutes)}`;
    const notes = [];
    if (d.testPort !== undefined && balanced)
        notes.push(`test listener on port ${d.testPort} reaches the new revision first`);
    if (d.alarms?.length)
        notes.push(`${where.rollback === false ? 'stops' : 'rolls back'} on alarm${d.alarms.length > 1 ? 's' : ''} ${d.alarms.join(', ')}`);
    if (where.loadBalancer === 'network' && d.strategy !== 'rolling')
        notes.push('Network Load Balancer: ECS waits about 10 min more at each traffic shift');
    if (where.cloudMap && d.strategy !== 'rolling')
        notes.push(balanced
            ? 'only load-balanced traffic is shifted: Cloud Map names are never shifted, callers inside the project reach the new revision at once'
            : 'Cloud Map names are never shifted: callers inside the project reach the new revision at once');
    return [...parts, ...notes].join('; ');
}

;// CONCATENATED MODULE: ./src/report/next-rollouts.ts
// The plan's "Next rollout" lines: how each strategy-managed service's next rollout goes (strategy-text.ts),
// with the time the rollout model gives it (deploy/rollout-duration.ts), so a reviewer sees both at once.


const next_rollouts_minutes = (seconds) => Math.ceil(seconds / 60);
/** One line per service with x-aws-deployment: its strategy in words, then its modelled duration. */
function nextRolloutLines(strategies, template) {
    const models = new Map(strategies.length ? stackRollout(template).services.map((m) => [m.service, m]) : []);
    return strategies.map((s) => {
        const model = models.get(s.service);
        const duration = model ? ` (modelled at ${next_rollouts_minutes(model.min)}–${next_rollouts_minutes(model.max)} min)` : '';
        return `${s.service}${duration}: ${describeStrategy(s.strategy, s)}`;
    });
}

;// CONCATENATED MODULE: ./src/steps/prepare.ts
















/**
 * A new release from the compose files: secrets checked, converted once before anything is built (a
 * converter error stops the run before a push), images built, pushed and pinned, converted again with
 * the pinned images.
 */
async function prepareRelease(ctx, compose, 
/** A plan's account lookups leave nothing behind; a deploy's create what the release needs. */
intent) {
    const { options, logger } = ctx;
    const { loaded, stackName } = compose;
    const preview = convertProject(withPreviewImages(loaded), options.convert, logger);
    const secrets = await guardSecrets(loaded, options.load.environment, true, logger, preview.template);
    // Blanked out of every report from here on, a failure's too.
    await ctx.emit({ kind: 'redactions', values: secrets.map((s) => s.value) });
    refuseBeforeBuild(ctx, preview);
    // What can refuse the run later is checked before anything is built or pushed.
    // The reading is reused by the plan when it is still fresh (issue 13: one DescribeStacks per run).
    const preflight = { stack: await describeStack(ctx.aws.stacks, stackName), readAt: ctx.clock.now() };
    refuseBlockedStack(stackName, preflight.stack?.StackStatus);
    // x-aws-domain: a name outside every hosted zone stops the run here, before a build.
    const zones = await findHostedZones(ctx.aws.zones, preview.parameters, (path) => loaded.sourceMap.locate(path));
    const domains = zoneLines(zones);
    for (const line of domains.slice(0, zones.length))
        logger.info(line);
    const { project, images } = await buildImages(ctx, loaded);
    const conversion = convertProject({ ...loaded, project }, options.convert, logger, false);
    // The pinned template differs from the preview only in images; checked again all the same.
    refuseLeaks(conversion.template, secrets, 'template');
    await writeTemplate(options.templatePath, conversion.body);
    const gpu = (0,gpu_summary/* gpuSummaries */.ph)(conversion.template);
    await emitRelease(ctx, loaded, conversion, images, domains);
    return {
        stackName,
        project: loaded.project.name,
        template: conversion.template,
        body: compactBody(conversion.template),
        parameters: accountParameters({
            stackName,
            project,
            sources: conversion.parameters,
            mode: intent,
            environment: options.load.environment,
            network: {
                vpcId: options.vpcId,
                subnetIds: options.subnetIds,
                publicSubnetIds: options.publicSubnetIds,
                privateSubnets: options.privateSubnets,
            },
            overrides: options.stack?.parameterOverrides ?? {},
            ...(options.forceChangeSet ? { forceLookup: true } : {}),
            hostedZones: Object.fromEntries(zones.map((z) => [z.parameter, z.zone.id])),
            ...(gpu.length > 0 ? { gpu, say: sayOnce(ctx) } : {}),
        }),
        preflight,
        images,
        storeContent: () => writeFileConfigs(project, stackName, { parameters: ctx.aws.parameters, logger: ctx.logger }),
        composeFiles: loaded.project.files.map((f) => (0,external_node_path_.relative)(options.load.workingDir, f)),
        ...(options.release?.sha ? { sha: options.release.sha } : {}),
        secretVersions: (values) => secretVersions(conversion.parameters, values),
        conversion,
        ...(options.templatePath ? { templatePath: options.templatePath } : {}),
    };
}
/** What the preview alone can refuse (parameter overrides, rollout time, template size), before any build. */
function refuseBeforeBuild(ctx, preview) {
    const { options, logger } = ctx;
    const overrideProblems = (0,stack_settings/* parameterOverrideProblems */._)(options.stack?.parameterOverrides ?? {}, preview.template.Parameters ?? {}, preview.parameters);
    if (overrideProblems.length)
        throw new src_errors/* UserError */.yo(overrideProblems.join('; '));
    // A rollout that cannot finish within the wait (or a hosted runner's job) is refused before any build.
    const timing = rolloutTimeProblems(preview.template, {
        waitTimeoutMinutes: options.waitTimeoutMs / 60_000,
        hostedRunner: process.env.RUNNER_ENVIRONMENT === 'github-hosted',
    });
    if (timing.summary)
        logger.info(timing.summary);
    if (timing.error)
        throw new src_errors/* UserError */.yo(timing.error);
    for (const w of timing.warnings)
        logger.warning(w);
    // A rollout that may outlast the wait is said in the report too, not only in the log.
    for (const text of timing.warnings)
        void ctx.emit({ kind: 'warning', text });
    // The pushed images' names are longer than the preview's, so a preview over the inline limit is
    // certainly too large: say so now rather than after the push.
    const previewBody = compactBody(preview.template);
    if (templateBodyTooLarge(previewBody))
        requireBucket(previewBody, options.templateBucket);
}
/** The release's events for the report: images, warnings, start order, domains, rollouts, runner values. */
async function emitRelease(ctx, loaded, conversion, images, domains) {
    const { options } = ctx;
    await ctx.emit({ kind: 'images', images }, ...conversion.warnings.map((w) => ({ kind: 'warning', text: (0,src_errors/* formatDiagnostic */.xy)(w) })), { kind: 'start-order', lines: conversion.startOrder }, ...(domains.length ? [{ kind: 'domains', lines: domains }] : []), ...(conversion.strategies.length
        ? [
            {
                kind: 'next-rollouts',
                lines: nextRolloutLines(conversion.strategies, conversion.template),
            },
        ]
        : []), {
        kind: 'shown-as',
        shownAs: (0,runner_values/* runnerValueDisplay */._)(loaded.runnerVariables ?? [], options.showVariables ?? []),
    }, ...(options.release?.sha ? [{ kind: 'commit', sha: options.release.sha }] : []));
}
/** The plan's GPU checks speak later, once each (account-parameters.ts). */
function sayOnce(ctx) {
    const said = new Set();
    return (note) => {
        if (said.has(note))
            return;
        said.add(note);
        void ctx.emit({ kind: 'warning', text: note });
    };
}
/** Each file secret's stored ARN and version, from the values the plan filled in. */
function secretVersions(parameters, values) {
    return parameters
        .filter((p) => p.kind === 'file-secret-version')
        .flatMap((v) => {
        const arn = parameters.find((p) => p.kind === 'file-secret' && p.secret === v.secret);
        const [arnValue, versionId] = [arn && values[arn.name], values[v.name]];
        return arnValue && versionId ? [{ secret: v.secret, arn: arnValue, versionId }] : [];
    });
}

;// CONCATENATED MODULE: ./src/modes/deploy.ts




/** deploy: load → prepare a release → plan → record it → apply → record the outcome. */
async function deployMode(kernel, options, deps) {
    const compose = await loadStep(kernel, options, deps);
    const ctx = stepContext(options, deps, kernel);
    const candidate = await ctx.step('prepare', () => prepareRelease(ctx, compose, 'deploy'));
    return (await deliverCandidate(ctx, candidate)).result;
}

;// CONCATENATED MODULE: ./src/steps/destroy.ts








/** What `destroy` will delete and what stays, read from the stack and its template. */
async function planDestroy(ctx, stackName) {
    const { aws, logger } = ctx;
    const secrets = await aws.secrets.named(storedSecretName(stackName, '')).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('Secrets Manager ListSecrets', err);
    });
    const configs = await aws.parameters.under(storedConfigPrefix(stackName)).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('SSM GetParametersByPath', err);
    });
    const bucket = ctx.options.templateBucket;
    const objects = {
        bucket: bucket ?? '',
        keys: bucket
            ? await aws.templates.keys(bucket, `compose-ecs/${stackName}/`).catch((err) => {
                throw (0,errors/* awsFailure */.MT)(`S3 ListObjectsV2 s3://${bucket}/compose-ecs/${stackName}/`, err);
            })
            : [],
    };
    const stack = await waitForOperation(aws.stacks, stackName, logger, ctx.poll);
    if (!stack || stack.StackStatus === 'DELETE_COMPLETE' || !stack.StackId)
        return { stackName, deleted: [], retained: [], secrets, configs, objects, autoScalingGroups: [] };
    if (stack.EnableTerminationProtection)
        throw new src_errors/* UserError */.yo(`stack ${stackName} has termination protection on: nothing was deleted. Turn it off first (aws cloudformation update-termination-protection --no-enable-termination-protection --stack-name ${stackName}) if it really is to go.`);
    const [resources, template] = await Promise.all([
        listStackResources(aws.stacks, stack.StackId),
        deployedTemplate(aws.stacks, stack.StackId),
    ]);
    const policy = (id) => String(template?.Resources?.[id]?.DeletionPolicy ?? 'Delete');
    const plan = {
        stackName,
        stackId: stack.StackId,
        deleted: [],
        retained: [],
        secrets,
        configs,
        objects,
        autoScalingGroups: resources
            .filter((r) => r.ResourceType === 'AWS::AutoScaling::AutoScalingGroup' && r.PhysicalResourceId)
            .map((r) => r.PhysicalResourceId),
        ...(template ? { template } : {}),
        parameters: Object.fromEntries((stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? ''])),
    };
    for (const r of resources) {
        const row = { logicalId: r.LogicalResourceId ?? '', type: r.ResourceType ?? '' };
        if (['Retain', 'RetainExceptOnCreate', 'Snapshot'].includes(policy(row.logicalId)))
            plan.retained.push({ ...row, ...(r.PhysicalResourceId ? { physicalId: r.PhysicalResourceId } : {}) });
        else
            plan.deleted.push(row);
    }
    return plan;
}
/** What the report says of a destroy besides the resources: what stays, and what goes outside the stack. */
function destroyNotes(plan, keepSecrets) {
    const { stackName } = plan;
    const notes = [];
    if (!plan.stackId)
        notes.push(`stack ${stackName} does not exist: there was nothing to delete`);
    for (const r of plan.retained)
        notes.push(`${r.logicalId} (${r.type}${r.physicalId ? ` ${r.physicalId}` : ''}) is retained, not deleted: its data stays until you delete it yourself`);
    notes.push('ECR repositories stay: other environments of the project push to the same ones (repository-prefix)');
    const secrets = plan.secrets.map((s) => s.name).join(', ');
    if (plan.secrets.length)
        notes.push(keepSecrets
            ? `kept (keep-secrets): ${secrets}`
            : `deleted from Secrets Manager, where the action stored them: ${secrets}`);
    if (plan.configs.length)
        notes.push(`deleted from SSM Parameter Store, where the action stored the configs: ${plan.configs.length} parameter(s) under ${plan.configs[0].split('/').slice(0, 3).join('/')}/`);
    if (plan.objects.keys.length)
        notes.push(`deleted from s3://${plan.objects.bucket}/compose-ecs/${stackName}/, where the action stored templates and release records: ${plan.objects.keys.length} object(s)`);
    return notes;
}
/** Deletes the stack and watches the deletion's events; a failed deletion names its first real failure. */
async function deleteStackWatched(ctx, plan) {
    const { aws, logger } = ctx;
    if (!plan.stackId)
        return;
    const since = new Date(ctx.clock.now() - 5000);
    try {
        await aws.stacks.delete(plan.stackId, ctx.options.stack?.roleArn ? { roleArn: ctx.options.stack.roleArn } : {});
    }
    catch (err) {
        throw (0,errors/* awsFailure */.MT)(`CloudFormation DeleteStack ${plan.stackName}`, err);
    }
    await ctx.emit({ kind: 'deploy-started' });
    // The deletion is called without a request token: its events are those since it started.
    const stream = new StackEventStream(aws.events, plan.stackId, {
        since,
        logger,
        onEvent: (event) => void ctx.emit({ kind: 'stack-event', event }),
    });
    const settled = await watchStack(aws.stacks, stream, ctx.poll, (stack) => {
        const status = stack?.StackStatus;
        if (!stack || status === 'DELETE_COMPLETE')
            return 'DELETE_COMPLETE';
        return status === 'DELETE_FAILED' ? status : undefined;
    }).catch(async (err) => {
        if (!isCancelled(err))
            throw err;
        // Nothing cancels a deletion (CancelUpdateStack applies to UPDATE_IN_PROGRESS only): say it goes on.
        const error = `destroy cancelled (${cancelRequest(ctx.poll.signal).signalName}): CloudFormation goes on deleting stack ${plan.stackName}, which cannot be cancelled; run destroy again to see it finish and remove the secrets the action stored`;
        await ctx.emit({ kind: 'deploy-failed', error, cancelled: true });
        throw new Cancelled(error);
    });
    await stream.read().catch(() => undefined);
    if (!settled.done)
        throw new src_errors/* UserError */.yo(`deleting stack ${plan.stackName} did not finish within the wait-timeout`);
    if (settled.value === 'DELETE_FAILED') {
        const cause = stream.rootCause();
        const why = cause
            ? `${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`
            : 'stack is DELETE_FAILED';
        await ctx.emit({ kind: 'deploy-failed', error: why, cancelled: false });
        throw new src_errors/* UserError */.yo(`deleting stack ${plan.stackName} failed: ${why}`);
    }
    await ctx.emit({ kind: 'deploy-succeeded', urls: {} });
}
/** Removes the templates and release records the action stored in template-bucket for the stack. */
async function removeStoredObjects(ctx, plan) {
    const { bucket, keys } = plan.objects;
    if (!keys.length)
        return;
    await ctx.aws.templates.remove(bucket, keys).catch((err) => {
        throw (0,errors/* awsFailure */.MT)(`S3 DeleteObjects s3://${bucket}/compose-ecs/${plan.stackName}/`, err);
    });
    ctx.logger.info(`deleted ${keys.length} object(s) from s3://${bucket}/compose-ecs/${plan.stackName}/`);
}
/** Removes the config contents the action stored in SSM for the stack (all its versions). */
async function removeStoredConfigs(ctx, plan) {
    if (!plan.configs.length)
        return;
    await ctx.aws.parameters.remove(plan.configs).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('SSM DeleteParameters', err);
    });
    ctx.logger.info(`deleted ${plan.configs.length} config parameter(s) from SSM Parameter Store`);
}
/** Removes the secrets the action stored for the stack (at once: a preview environment leaves nothing behind). */
async function removeStoredSecrets(ctx, plan) {
    for (const s of plan.secrets) {
        await ctx.aws.secrets.remove(s.arn).catch((err) => {
            throw (0,errors/* awsFailure */.MT)(`Secrets Manager DeleteSecret ${s.name}`, err);
        });
        ctx.logger.info(`deleted secret ${s.name} from Secrets Manager`);
    }
}

;// CONCATENATED MODULE: ./src/steps/release-capacity.ts
// Before `down` deletes a stack with GPU services: lift the instances' scale-in protection and empty their
// Auto Scaling groups. With managed termination protection, ECS protects every instance that runs a task
// from scale-in; CloudFormation deletes the capacity provider (which would have lifted it) before the group
// it refers to, and the group's deletion then waits on instances that a scale-in never terminates (ECS
// developer guide, "Managed termination protection"; docs/mapping.md, GPUs). Without the stack the tasks
// stop anyway, so nothing is lost by stopping the instances first.

async function releaseGpuInstances(ctx, plan) {
    if (plan.autoScalingGroups.length === 0)
        return;
    const { capacity } = ctx.aws;
    const groups = await capacity.groups(plan.autoScalingGroups).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('Auto Scaling DescribeAutoScalingGroups', err);
    });
    for (const group of groups) {
        const name = group.AutoScalingGroupName;
        if (!name)
            continue;
        const protectedIds = (group.Instances ?? [])
            .filter((i) => i.ProtectedFromScaleIn && i.InstanceId)
            .map((i) => i.InstanceId);
        try {
            if (protectedIds.length > 0)
                await capacity.unprotect(name, protectedIds);
            await capacity.empty(name);
        }
        catch (err) {
            throw (0,errors/* awsFailure */.MT)(`Auto Scaling: releasing the instances of ${name}`, err);
        }
        ctx.logger.info(`${name}: scale-in protection lifted from ${protectedIds.length} instance(s), group set to 0 so its deletion does not wait on them`);
    }
}

;// CONCATENATED MODULE: ./src/modes/destroy.ts






/**
 * destroy (compose's `down`): say what goes and what stays → delete the stack, watching its events →
 * remove the secrets the action stored (unless keep-secrets) → mark the environment's releases inactive.
 */
async function destroyMode(kernel, options, deps) {
    // The stack to delete: named, or the compose project's (as plan and deploy name it).
    const stackName = options.stackName ??
        (await kernel.step('load', () => loadCompose(options, deps.logger, deps.signal))).stackName;
    const ctx = stepContext(options, deps, kernel);
    await ctx.emit({ kind: 'stack-named', project: stackName, stackName });
    const plan = await ctx.step('plan-destroy', () => planDestroy(ctx, stackName));
    const notes = [...destroyNotes(plan, options.keepSecrets ?? false), ...certificateNotes(plan.template)];
    for (const note of notes)
        ctx.logger.info(note);
    await ctx.emit(...notes.map((text) => ({ kind: 'warning', text })));
    // What stops being paid: the stack's monthly cost, from the template it runs.
    const cost = plan.template
        ? await estimateStackCost(ctx, plan.template, undefined, plan.parameters)
        : undefined;
    if (cost)
        await ctx.emit({ kind: 'cost-estimated', cost });
    const outputs = {
        hasChanges: Boolean(plan.stackId) ||
            plan.secrets.length > 0 ||
            plan.configs.length > 0 ||
            plan.objects.keys.length > 0,
        images: [],
        ...(plan.stackId ? { stackId: plan.stackId } : {}),
    };
    ctx.know(outputs);
    const changes = plan.deleted.map((r) => ({
        action: 'Remove',
        logicalId: r.logicalId,
        type: r.type,
        scope: [],
        properties: [],
    }));
    await ctx.emit({ kind: 'destroy-planned', changes, hasChanges: outputs.hasChanges });
    await ctx.step('delete', async () => {
        // GPU instances protected from scale-in would hold the stack's deletion (release-capacity.ts).
        await releaseGpuInstances(ctx, plan);
        await deleteStackWatched(ctx, plan);
    }, stackName);
    await ctx.step('remove-stored', async () => {
        if (!options.keepSecrets)
            await removeStoredSecrets(ctx, plan);
        // Configs are not secret, but they are this stack's alone: nothing of a preview stays behind.
        await removeStoredConfigs(ctx, plan);
        // Templates over the inline limit and release records too big for a deployment's payload.
        await removeStoredObjects(ctx, plan);
    });
    await ctx.step('record', () => markInactive(ctx, environmentOf(ctx, stackName)));
    return outputs;
}
/** The certificates' DNS validation records outlive the stack (ACM reuses one per name across certificates). */
function certificateNotes(template) {
    const validated = aliasNames(template);
    return validated.length
        ? [
            `the alias records of ${validated.join(', ')} are deleted with the stack; their certificates' DNS validation records (_….NAME CNAME) stay in the hosted zone: CloudFormation leaves them, and ACM reuses one per name for other certificates`,
        ]
        : [];
}
/** The names of the stack's alias records (x-aws-domain): their certificates' validation records outlive them. */
function aliasNames(template) {
    const names = Object.values(template?.Resources ?? {})
        .filter((r) => r.Type === 'AWS::Route53::RecordSet' && r.Properties?.AliasTarget !== undefined)
        .map((r) => r.Properties?.Name)
        .filter((n) => typeof n === 'string');
    return [...new Set(names)];
}

;// CONCATENATED MODULE: ./src/modes/plan.ts




/** plan: load → prepare a release → plan it → discard the change set. The account is left as it was. */
async function planMode(kernel, options, deps) {
    const compose = await loadStep(kernel, options, deps);
    const ctx = stepContext(options, deps, kernel);
    const candidate = await ctx.step('prepare', () => prepareRelease(ctx, compose, 'plan'));
    const planned = await planCandidate(ctx, candidate, 'plan');
    await discardPlanned(ctx, planned);
    return planned.result;
}

;// CONCATENATED MODULE: ./src/steps/restore.ts










/** How many of an environment's releases a rollback looks through. */
const RELEASES_READ = 50;
/**
 * A recorded release, ready to plan again exactly as it was deployed: its template body and parameters
 * byte for byte, nothing built, pushed or converted. Before the stack is touched, every image it runs must
 * still be in its registry (ECR lifecycle policies delete images) and every secret version it pinned must
 * still exist in Secrets Manager; all that is missing is named at once.
 */
async function restoreRelease(ctx) {
    const { options, aws, logger } = ctx;
    const store = required(ctx.deps.releases, 'GitHub releases (a github-token and the repository)');
    const stackHint = options.stackName;
    const environment = options.release?.environment || stackHint;
    if (!environment)
        throw new src_errors/* UserError */.yo('rollback needs the environment (or stack-name) whose release it restores');
    const releases = await store.list(environment, RELEASES_READ).catch((err) => {
        throw new src_errors/* UserError */.yo(`cannot read the releases of environment ${environment}: ${err.message}`);
    });
    const { target, live, record } = await trustedRelease(ctx, releases, environment);
    const region = await aws.identity.region().catch(() => record.region);
    if (record.region && region && record.region !== region)
        throw new src_errors/* UserError */.yo(`deployment ${target.id} released stack ${record.stack} in ${record.region}, not ${region}`);
    if (environmentOf(ctx, record.stack) !== record.environment)
        throw new src_errors/* UserError */.yo(`deployment ${target.id} is a release of environment ${record.environment}, not ${environment}`);
    logger.info(`restoring deployment ${target.id}: ${sha7(record.sha)} of ${record.stack}${live ? ` (live now: ${sha7(live.sha)}, deployment ${live.id})` : ''}`);
    const problems = [
        ...(await missingImages(ctx, record)),
        ...(await missingSecrets(ctx, record)),
        ...(await missingConfigs(ctx, record)),
    ];
    const overrides = options.stack?.parameterOverrides ?? {};
    for (const name of record.noEcho)
        if (overrides[name] === undefined)
            problems.push(`parameter ${name} is NoEcho, so its value was never recorded: pass it again in parameter-overrides`);
    if (problems.length)
        throw new src_errors/* UserError */.yo(`release ${sha7(record.sha)} (deployment ${target.id}) cannot be restored:\n  ${problems.join('\n  ')}`);
    const description = `rollback from ${live ? sha7(live.sha) : 'unknown'} to ${sha7(record.sha)}`;
    const images = Object.entries(record.images).map(([service, uri]) => ({
        service,
        uri,
        ...(uri.includes('@') ? { digest: uri.slice(uri.indexOf('@') + 1) } : {}),
        pushed: false,
        origin: `as recorded in deployment ${target.id}`,
    }));
    const noEchoValues = Object.fromEntries(record.noEcho.map((n) => [n, overrides[n]]));
    await ctx.emit({ kind: 'stack-named', project: record.project, stackName: record.stack }, { kind: 'commit', sha: record.sha }, { kind: 'images', images }, {
        kind: 'warning',
        text: `${description}: deployment ${target.id} replayed as recorded (nothing built, pushed or converted)`,
    });
    return {
        target,
        ...(live ? { live } : {}),
        record,
        candidate: {
            stackName: record.stack,
            project: record.project,
            template: JSON.parse(record.templateBody),
            body: record.templateBody,
            // The recorded values exactly: no lookup, no secret written (their versions exist, checked above).
            parameters: async () => ({
                values: { ...record.parameters, ...noEchoValues },
                secrets: { parameters: {}, writes: [], created: [] },
            }),
            images,
            composeFiles: record.composeFiles,
            sha: record.sha,
            secretVersions: () => record.secretVersions,
            description,
            restored: true,
        },
    };
}
/**
 * The release rollback-to names, among those the account vouches for (src/releases/trust.ts): a named
 * one that is not vouched for is refused; `previous` passes over those with a warning naming each.
 */
async function trustedRelease(ctx, releases, environment) {
    const rollbackTo = ctx.options.release?.rollbackTo ?? 'previous';
    const stackHint = ctx.options.stackName;
    const skipped = new Map();
    for (;;) {
        let selection;
        try {
            selection = selectRelease(releases, rollbackTo, environment, new Set(skipped.keys()));
        }
        catch (err) {
            if (!(err instanceof src_errors/* UserError */.yo) || !skipped.size)
                throw err;
            const list = [...skipped].map(([id, why]) => `deployment ${id}: ${why}`).join('\n  ');
            throw new src_errors/* UserError */.yo(`${err.message}\nPassed over, not recorded by the deploy role:\n  ${list}`);
        }
        const { target } = selection;
        const stack = stackHint ?? readPayload(target.payload).stack;
        const checked = await verifiedRecord({
            parameters: ctx.aws.parameters,
            templates: ctx.aws.templates,
            templateBucket: ctx.options.templateBucket,
        }, target, stack);
        if (checked.verified)
            return { ...selection, record: checked.record };
        const why = `${sha7(target.sha)} cannot be trusted: ${checked.why}`;
        if (rollbackTo.trim() && rollbackTo.trim() !== 'previous')
            throw new src_errors/* UserError */.yo(`rollback-to ${rollbackTo}: deployment ${target.id} (${why}); only a release the deploy role recorded can be restored (anyone who can create deployments can write a payload)`);
        ctx.logger.warning(`rollback-to previous passes over deployment ${target.id}: ${why}`);
        skipped.set(target.id, why);
    }
}
/** Images of the release no longer in their registry (HEAD on the manifest by digest). */
async function missingImages(ctx, record) {
    const refs = Object.entries(record.images).map(([service, uri]) => ({
        service,
        uri,
        ref: parseImageReference(uri),
    }));
    const credentials = await registryCredentials(refs.map((r) => r.ref), ctx.aws.registry, ctx.logger);
    const missing = await Promise.all(refs.map(async ({ service, uri, ref }) => {
        if (!ref)
            return `service ${service}: ${uri} is not an image reference`;
        if (!ref.digest) {
            // Deployed with pin-images: false: the template names the tag, which is replayed as it is.
            ctx.logger.warning(`service ${service}: ${uri} was recorded by tag (pin-images: false): the rollback runs whatever it names now`);
            return undefined;
        }
        try {
            const found = await manifestDigestOf(ref, {
                fetch: ctx.deps.fetch ?? fetch,
                credentials,
                deniedHint: () => 'ECS pulls it with the task execution role, and will say if it cannot',
            });
            return found
                ? undefined
                : `service ${service}: image ${uri} no longer exists (an ECR lifecycle policy or someone deleted it)`;
        }
        catch (err) {
            // A check that cannot be made (a private registry outside this account, a registry out of reach)
            // must not make every rollback of the environment impossible: the rollout watch sees a failed pull.
            if (!(err instanceof src_errors/* UserError */.yo))
                throw err;
            ctx.logger.warning(`service ${service}: could not check that ${uri} still exists: ${err.message}`);
            return undefined;
        }
    }));
    return missing.filter((m) => Boolean(m));
}
/**
 * Config contents the release's tasks read (SSM parameters named by content in the template body) that
 * are gone: someone deleted them, or a destroy of the stack did.
 */
async function missingConfigs(ctx, record) {
    const names = [
        ...new Set([
            ...record.templateBody.matchAll(/parameter(\/compose-ecs\/\$\{AWS::StackName\}\/configs\/[^"*\\]+)/g),
        ].map((m) => m[1].replace('${AWS::StackName}', record.stack))),
        // The execution role's policy names a config's parameters by a prefix (`…/configs/<name>/*`; releases
        // before 6539d43 `…/<hash>/*`), not a parameter.
    ].filter((n) => !n.endsWith('/'));
    if (!names.length)
        return [];
    const found = await ctx.aws.parameters.existing(names).catch((err) => {
        throw (0,errors/* awsFailure */.MT)('SSM GetParameters', err);
    });
    return names
        .filter((n) => !found.has(n))
        .map((n) => `config content ${n} no longer exists in SSM Parameter Store`);
}
/** Secret versions the release pinned that Secrets Manager no longer has. */
async function missingSecrets(ctx, record) {
    const missing = [];
    for (const s of record.secretVersions) {
        const ids = await ctx.aws.secrets.versionIds(s.arn).catch((err) => {
            if (err instanceof failures/* NotFound */.Mk)
                return [];
            throw (0,errors/* awsFailure */.MT)(`Secrets Manager ListSecretVersionIds ${s.arn}`, err);
        });
        if (!ids.includes(s.versionId))
            missing.push(`secret ${s.secret}: version ${s.versionId} no longer exists in Secrets Manager (${s.arn})`);
    }
    return missing;
}

;// CONCATENATED MODULE: ./src/modes/rollback.ts




/**
 * rollback: restore a recorded release → plan it like any deploy → record it → apply → record the outcome;
 * once it runs, the release rolled back from is marked inactive so `previous` never picks it again.
 */
async function rollbackMode(kernel, options, deps) {
    const ctx = stepContext(options, deps, kernel);
    const { candidate, live } = await ctx.step('restore', () => restoreRelease(ctx));
    const planned = await deliverCandidate(ctx, candidate);
    if (live)
        await ctx.step('record', () => markRolledBack(ctx, live, candidate));
    return planned.result;
}

;// CONCATENATED MODULE: ./src/run.ts







/**
 * Each mode is a short composition of the same typed steps (src/steps), run through one kernel
 * (src/kernel/kernel.ts):
 *   convert  = load → convert
 *   plan     = load → prepare (images, convert) → plan → discard
 *   deploy   = load → prepare → plan → record → apply → record outcome
 *   rollback = restore a recorded release → plan → record → apply → record outcome
 *   destroy  = read the stack → delete it and what the action stored → mark its releases inactive
 */
const run_MODES = {
    convert: convertMode,
    plan: planMode,
    deploy: deployMode,
    rollback: rollbackMode,
    destroy: destroyMode,
};
/**
 * The pipeline both shells run. The report is folded from the run's events, which the shells hear as
 * they come (deps.onEvents); a failure is a RunFailure carrying the step it came from and those events.
 */
async function run(options, deps) {
    const kernel = new RunKernel(options.mode, deps.logger, deps.aws?.calls, deps.onEvents);
    return kernel.run(() => run_MODES[options.mode](kernel, options, deps));
}

;// CONCATENATED MODULE: ./src/action/leftover-state.ts
// The engines' leftovers (src/images/leftovers.ts) as the action's state, for its post step: saveState
// writes to GITHUB_STATE, which the runner reads when the main step ends however it ends (actions/runner
// ActionRunner.RunAsync processes the file commands in a finally: also after a failure, a cancel or a kill)
// and hands to the post step as STATE_<name>.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#sending-values-to-the-pre-and-post-actions


const LEFTOVERS_STATE = 'engine-leftovers';
/** A ledger that keeps the saved state current: each change saves the whole record (the last save wins). */
function stateLedger(save = lib_core.saveState) {
    const current = new Map();
    return {
        update(engineId, leftovers) {
            if (leftovers)
                current.set(engineId, { ...leftovers, registries: [...leftovers.registries] });
            else
                current.delete(engineId);
            save(LEFTOVERS_STATE, JSON.stringify([...current.values()]));
        },
    };
}
/** What the main step left, read in the post step. */
function savedLeftovers(get = core.getState) {
    return parseLeftovers(get(LEFTOVERS_STATE));
}

;// CONCATENATED MODULE: ./src/action/repository.ts
function repositoryFrom(env) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
    return match ? { owner: match[1], repo: match[2] } : undefined;
}
/** The link to this workflow run, when the runner says which run it is. */
function runUrlFrom(env, repository) {
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    const runId = env.GITHUB_RUN_ID;
    return repository && runId
        ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${runId}`
        : undefined;
}

;// CONCATENATED MODULE: ./src/action/logger.ts



/**
 * Annotations land on a pull request's files only with paths relative to the repository root; the
 * loader reports paths relative to the working directory (or absolute outside it).
 */
function annotationPath(file, workingDirectory, workspace) {
    return (0,external_node_path_.relative)(workspace, (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(workingDirectory, file));
}
/** Logger for the action: workflow commands, so problems become annotations on the file and line. */
function createActionLogger(workingDirectory, workspace = process.env.GITHUB_WORKSPACE || process.cwd()) {
    const annotation = (location) => location
        ? {
            file: annotationPath(location.file, workingDirectory, workspace),
            startLine: location.line,
            startColumn: location.column,
        }
        : undefined;
    return {
        info: (message) => lib_core.info(message),
        debug: (message) => lib_core.debug(message),
        warning: (message, location) => lib_core.warning(message, annotation(location)),
        error: (message, location) => lib_core.error(message, annotation(location)),
        mask: (secret) => lib_core.setSecret(secret),
        group: (title, body) => lib_core.group(title, body),
        verbatim: (lines) => writeVerbatim(lines, (line) => process.stdout.write(`${line}\n`)),
    };
}
/**
 * Prints lines between `::stop-commands::TOKEN` and `::TOKEN::`: the runner reads no workflow command in
 * between (GitHub's "Stopping and starting workflow commands"). The token is random for each block, so
 * output cannot end the block early by guessing it.
 */
function writeVerbatim(lines, write) {
    if (lines.length === 0)
        return;
    const token = (0,external_node_crypto_.randomBytes)(16).toString('hex');
    write(`::stop-commands::${token}`);
    for (const line of lines)
        write(line);
    write(`::${token}::`);
}

;// CONCATENATED MODULE: ./src/action/run-action.ts

















/** Seconds between progress edits of the PR comment (GitHub's secondary rate limits). */
const COMMENT_INTERVAL_MS = 10_000;
/**
 * How long a cancelled run waits for CloudFormation (the rollback of a cancelled update). A cancelled
 * step gets SIGINT, then SIGTERM 7.5 s later, and its process tree is killed 2.5 s after that
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-cancellation): this
 * leaves about five seconds for the cancel call itself, the comment and the job summary.
 */
const CANCEL_WAIT_MS = 5_000;
/** The action: inputs → pipeline → outputs, job summary and PR comment. Failures end the step with one line. */
async function runAction(inputs) {
    const aws = createAwsEdge({ region: inputs.awsRegion });
    const logger = createActionLogger(inputs.workingDirectory);
    const interrupts = cancelOnSignals({
        waitMs: CANCEL_WAIT_MS,
        onFirst: (name) => logger.warning(`${name} received: the job is being cancelled; undoing what this run started`),
        // The runner follows SIGINT with SIGTERM: the cancel already under way goes on.
        onRepeat: (name) => logger.info(`${name} received: still cancelling`),
    });
    try {
        await runWithReport(inputs, aws, logger, interrupts.signal);
    }
    finally {
        interrupts.dispose();
    }
}
async function runWithReport(inputs, aws, logger, signal) {
    if (inputs.githubToken)
        lib_core.setSecret(inputs.githubToken);
    if (inputs.buildSecretKey)
        lib_core.setSecret(inputs.buildSecretKey);
    const deprecation = bindMountChoice(inputs).deprecation;
    if (deprecation)
        logger.warning(deprecation);
    const repository = repositoryFrom(process.env);
    if (!repository && inputs.comment)
        logger.warning('GITHUB_REPOSITORY is not set: no pull-request comment');
    const runUrl = runUrlFrom(process.env, repository);
    // Hidden before loading: a load error may quote a value before the project names its secrets.
    const beforeLoad = redactionsBeforeLoad(process.env);
    for (const value of beforeLoad)
        logger.mask(value);
    // What the action knows before the run starts, said first so the run's own facts win: the commit a
    // report names is this run's, or for a rollback the restored release's (said by restore).
    const sha = inputs.mode === 'rollback' ? undefined : process.env.GITHUB_SHA;
    const context = [
        { kind: 'run-started', mode: inputs.mode },
        ...(runUrl ? [{ kind: 'run-url', url: runUrl }] : []),
        ...(sha ? [{ kind: 'commit', sha }] : []),
    ];
    const { publish, after } = commentPublisher(inputs, repository, logger, context, beforeLoad);
    let events;
    try {
        const result = await run(runOptions(inputs, { env: process.env, tags: actionTags(repository, runUrl), runUrl }), {
            logger,
            aws,
            engine: () => selectEngine(inputs.builder, logger, undefined, stateLedger()),
            onEvents: publish,
            signal,
            ...(inputs.githubToken && repository
                ? { releases: lazyReleases(inputs.githubToken, repository) }
                : {}),
        });
        events = result.events;
        setOutputs(result);
    }
    catch (err) {
        const failure = err instanceof RunFailure ? err : undefined;
        // A failed deploy still tells later steps what it built and where (e.g. for a notification).
        if (failure?.result)
            setOutputs(failure.result);
        const cause = failure ? failure.error : err;
        const { line, message } = describeFailure(cause, logger);
        // Before the project named its stack, the report names the one the inputs point at.
        const name = inputs.stackName ?? inputs.projectName ?? (0,external_node_path_.basename)(inputs.workingDirectory);
        events = [
            { kind: 'stack-named', project: name, stackName: name },
            ...(failure?.events ?? []),
            { kind: 'run-failed', error: message, cancelled: isCancelled(cause) },
        ];
        lib_core.setFailed(line);
    }
    finally {
        logger.info(`AWS API calls: ${aws.calls.total} ${JSON.stringify(aws.calls.summary())}`);
        logger.info(`AWS API calls by phase: ${JSON.stringify(aws.calls.byPhase())}`);
    }
    events = [...events, { kind: 'api-calls', total: aws.calls.total, byPhase: aws.calls.phaseTotals() }];
    await publish(events, true);
    await writeJobSummary((0,markdown/* renderMarkdown */.Gc)(foldReport([...context, ...events, ...after()]), markdown/* SUMMARY_LIMIT */.Jt), logger);
}
/**
 * Publishes the report to the pull request's comment, when the inputs ask for one and name a token and
 * a repository; `after` is what every report ends with (the reviewed plan, the values hidden before loading).
 */
function commentPublisher(inputs, repository, logger, context, beforeLoad) {
    // The pull request is known from the event, except for a rollback: it comments on the pull request of
    // the release it restores, known once the release is read (report.commit).
    // The GitHub client (Octokit) loads only here, from a chunk of its own: a run without a comment never
    // reads it (issue 13: start-up).
    let commenter;
    let targetFor;
    const commenterFor = async (report) => {
        if (!inputs.comment || !repository || !inputs.githubToken)
            return undefined;
        const restored = inputs.mode === 'rollback' ? report.commit : undefined;
        if (inputs.mode === 'rollback' && !restored)
            return undefined;
        if (targetFor === (restored ?? ''))
            return commenter;
        targetFor = restored ?? '';
        commenter = await pullRequestCommenter(inputs.githubToken, repository, logger, restored);
        return commenter;
    };
    // A deploy edits the plan's comment: the plan reviewed there, read back once it is found. The values
    // hidden before loading are hidden after the project's own secrets.
    const reviewed = [];
    const after = () => [...reviewed, { kind: 'redactions', values: beforeLoad }];
    const publish = async (events, final) => {
        const reportOf = () => foldReport([...context, ...events, ...after()]);
        const commenter = await commenterFor(reportOf());
        if (!commenter)
            return;
        const { mode, stackName } = reportOf();
        if (mode === 'deploy' && !reviewed.length) {
            const plan = (0,reviewed_plan/* reviewedPlanFrom */.fi)(await commenter.existing((0,markdown/* commentMarker */.Ql)(stackName)));
            if (plan)
                reviewed.push({ kind: 'reviewed-plan', reviewed: plan });
        }
        const body = (0,markdown/* renderMarkdown */.Gc)(reportOf());
        if (final)
            await commenter.flush((0,markdown/* commentMarker */.Ql)(stackName), body);
        else
            await commenter.upsert((0,markdown/* commentMarker */.Ql)(stackName), body);
    };
    return { publish, after };
}
/** The stack tags the action sets: which repository, commit and run the stack runs (ACTION_TAGS). */
function actionTags(repository, runUrl) {
    return {
        ...(repository ? { 'compose-ecs:repository': `${repository.owner}/${repository.repo}` } : {}),
        ...(process.env.GITHUB_SHA ? { 'compose-ecs:sha': process.env.GITHUB_SHA } : {}),
        ...(runUrl ? { 'compose-ecs:run-url': runUrl } : {}),
    };
}
/** The job summary, where the runner offers one; failing to write it never changes the step's outcome. */
async function writeJobSummary(markdown, logger) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        logger.debug('GITHUB_STEP_SUMMARY is not set: no job summary');
        return;
    }
    try {
        await lib_core.summary.addRaw(markdown).write();
    }
    catch (err) {
        logger.warning(`could not write the job summary: ${err.message}`);
    }
}
function setOutputs(result) {
    lib_core.setOutput('stack-name', result.report.stackName);
    lib_core.setOutput('stack-id', result.stackId ?? '');
    lib_core.setOutput('change-set-id', result.changeSetId ?? '');
    lib_core.setOutput('has-changes', String(result.hasChanges));
    lib_core.setOutput('images', JSON.stringify(Object.fromEntries(result.images.map((i) => [i.service, i.uri]))));
    lib_core.setOutput('template-path', result.templatePath);
    lib_core.setOutput('urls', JSON.stringify(result.report.deploy?.urls ?? {}));
    lib_core.setOutput('deployment-id', result.releaseId === undefined ? '' : String(result.releaseId));
}
/**
 * Each load or convert diagnostic becomes one annotation on its file and line; the step then fails with one
 * line that summarises without repeating them. The report (comment, job summary) carries them all in `message`.
 */
function describeFailure(err, logger) {
    if (err instanceof src_errors/* UserError */.yo) {
        for (const d of err.diagnostics)
            logger.error((0,src_errors/* diagnosticBody */.Wb)(d), d.location);
        const message = err.diagnostics.length
            ? `${err.message}: ${err.diagnostics.map(src_errors/* formatDiagnostic */.xy).join('; ')}`
            : err.message;
        return { line: err.message, message };
    }
    const message = `unexpected failure: ${err?.stack ?? String(err)}`;
    return { line: message, message };
}
/**
 * The pull request's comment, throttled; undefined when the run belongs to none. A rollback comments on the
 * pull request of the release it restores (`restored`, its commit).
 */
async function pullRequestCommenter(token, repository, logger, restored) {
    const [{ context }, { commentTarget }, { createCommenter, throttled }] = await Promise.all([
        __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)),
        Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(269)]).then(__webpack_require__.bind(__webpack_require__, 3269)),
        Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(685)]).then(__webpack_require__.bind(__webpack_require__, 1685)),
    ]);
    const target = await commentTarget(context, repository, token, logger, restored);
    return target ? throttled(createCommenter(token, target, logger), COMMENT_INTERVAL_MS) : undefined;
}


/***/ }),

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

/***/ 6412:
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

/***/ 4535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jt: () => (/* binding */ SUMMARY_LIMIT),
  GN: () => (/* binding */ carriesMarker),
  Ql: () => (/* binding */ commentMarker),
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: COMMENT_LIMIT

// EXTERNAL MODULE: ./src/cost/render.ts
var render = __webpack_require__(6517);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(6412);
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
// EXTERNAL MODULE: ./src/report/reviewed-plan.ts
var reviewed_plan = __webpack_require__(7017);
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
    const hidden = [commentMarker(report.stackName), (0,reviewed_plan/* fingerprintLine */.p2)(report)].filter(Boolean).join('\n');
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
    if ((0,reviewed_plan/* reviewedSection */.Vn)(report, false))
        sections.push({ priority: 2, rows: 1, keep: 0, render: (n) => (0,reviewed_plan/* reviewedSection */.Vn)(report, n > 0) });
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

/***/ 7017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vn: () => (/* binding */ reviewedSection),
/* harmony export */   fi: () => (/* binding */ reviewedPlanFrom),
/* harmony export */   p2: () => (/* binding */ fingerprintLine)
/* harmony export */ });
/* unused harmony exports fingerprintOf, differences */
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


/***/ }),

/***/ 409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ runnerValueDisplay),
/* harmony export */   v: () => (/* binding */ showAsVariables)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6412);
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

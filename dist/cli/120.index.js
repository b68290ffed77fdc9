export const id = 120;
export const ids = [120];
export const modules = {

/***/ 6120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAwsEdge: () => (/* binding */ createAwsEdge)
});

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/aws/call-counter.ts
/**
 * Counts API calls per `Service.Operation`, so runs can be compared (a no-op deploy's cost is a baseline),
 * and per phase of the run (load, images, plan, ...): whoever knows the phase sets it (call-phases.ts).
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
 * and a middleware counts calls.
 */
function createAwsClients(options = {}) {
    const calls = new CallCounter();
    const config = {
        ...(options.region ? { region: options.region } : {}),
        maxAttempts: options.maxAttempts ?? 5,
        retryMode: 'standard',
        customUserAgent: `compose-ecs/${version/* VERSION */.x}`,
        // Without these a stalled connection would hold the job until GitHub kills it; a timed-out
        // attempt is retried like any other transient failure.
        requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
    };
    // Each client's stack is typed by its own service's inputs; the counter reads none of them.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const count = (client, service) => {
        client.middlewareStack.add((next, context) => async (args) => {
            calls.record(`${service}.${String(context.commandName ?? 'unknown').replace(/Command$/, '')}`);
            return next(args);
        }, { step: 'initialize', name: 'composeEcsCallCounter' });
        return client;
    };
    const cloudformation = once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19))).CloudFormationClient(config), 'CloudFormation'));
    return {
        cloudformation,
        ecr: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249)]).then(__webpack_require__.t.bind(__webpack_require__, 8249, 19))).ECRClient(config), 'ECR')),
        ecs: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212)]).then(__webpack_require__.t.bind(__webpack_require__, 212, 19))).ECSClient(config), 'ECS')),
        ec2: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193)]).then(__webpack_require__.t.bind(__webpack_require__, 5193, 19))).EC2Client(config), 'EC2')),
        efs: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(663)]).then(__webpack_require__.t.bind(__webpack_require__, 1663, 19))).EFSClient(config), 'EFS')),
        logs: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19))).CloudWatchLogsClient(config), 'Logs')),
        elbv2: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(586)]).then(__webpack_require__.t.bind(__webpack_require__, 586, 19))).ElasticLoadBalancingV2Client(config), 'ELBv2')),
        // Path-style addressing when an endpoint is set (a stand-in or a VPC endpoint): bucket host names need DNS.
        s3: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711)]).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19))).S3Client({
            ...config,
            forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL),
        }), 'S3')),
        secretsManager: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994)]).then(__webpack_require__.t.bind(__webpack_require__, 2994, 19))).SecretsManagerClient(config), 'SecretsManager')),
        ssm: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736)]).then(__webpack_require__.t.bind(__webpack_require__, 4736, 19))).SSMClient(config), 'SSM')),
        sts: once(async () => count(new (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19))).STSClient(config), 'STS')),
        calls,
        // Every plan and deploy talks to CloudFormation: its client resolves the region the others use too.
        region: async () => {
            const region = (await cloudformation()).config.region;
            return typeof region === 'function' ? await region() : region;
        },
    };
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
        secrets: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994), __webpack_require__.e(431)]).then(__webpack_require__.bind(__webpack_require__, 1431))).sdkSecrets(await clients.secretsManager())),
        parameters: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 8168))).sdkParameters(await clients.ssm())),
        registry: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(249), __webpack_require__.e(687)]).then(__webpack_require__.bind(__webpack_require__, 4687))).sdkRegistry(await clients.ecr(), options.fetch ?? fetch)),
        logs: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(303), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 3015))).sdkLogs(await clients.logs())),
        network: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(193), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 3796))).sdkNetwork(await clients.ec2())),
        fileSystems: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(663), __webpack_require__.e(721)]).then(__webpack_require__.bind(__webpack_require__, 7721))).sdkFileSystems(await clients.efs())),
        templates: lazyPort(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(711), __webpack_require__.e(25)]).then(__webpack_require__.bind(__webpack_require__, 9025))).sdkTemplates(await clients.s3())),
        // The region needs no STS call (the clients' own resolution): asking for it loads no STS code.
        identity: { account: async () => (await identity()).account(), region: clients.region },
        calls: clients.calls,
    };
}


/***/ })

};

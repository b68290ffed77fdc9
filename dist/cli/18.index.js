export const id = 18;
export const ids = [18];
export const modules = {

/***/ 9378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ errorName),
/* harmony export */   MT: () => (/* binding */ awsFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

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
function awsFailure(stage, action, err) {
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
    else if (/AccessDenied|UnauthorizedOperation|not authorized/i.test(name + message)) {
        hint = `access denied: the role needs the permission for this call (see the README's IAM policy)`;
    }
    const detail = hint ? `${hint} [${name || code}: ${message}]` : `${name ? `${name}: ` : ''}${message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(stage, `${action} failed: ${detail}`);
}


/***/ }),

/***/ 6018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAwsEdge: () => (/* binding */ createAwsEdge)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(2684);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ec2/dist-cjs/index.js
var client_ec2_dist_cjs = __webpack_require__(5193);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(8249);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(212);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-efs/dist-cjs/index.js
var client_efs_dist_cjs = __webpack_require__(1663);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var client_secrets_manager_dist_cjs = __webpack_require__(2994);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/aws/clients.ts











/** Counts API calls per `Service.Command`, so runs can be compared (a no-op deploy's cost is a baseline). */
class CallCounter {
    counts = new Map();
    record(name) {
        this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    }
    get total() {
        let sum = 0;
        for (const n of this.counts.values())
            sum += n;
        return sum;
    }
    /** Sorted `Service.Command: n` pairs. */
    summary() {
        return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
    }
}
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
    const cloudformation = count(new dist_cjs/* CloudFormationClient */.m1N(config), 'CloudFormation');
    return {
        cloudformation,
        ecr: count(new client_ecr_dist_cjs/* ECRClient */.S70(config), 'ECR'),
        ecs: count(new client_ecs_dist_cjs/* ECSClient */.Zgc(config), 'ECS'),
        ec2: count(new client_ec2_dist_cjs/* EC2Client */.gu5(config), 'EC2'),
        efs: count(new client_efs_dist_cjs/* EFSClient */.klU(config), 'EFS'),
        logs: count(new client_cloudwatch_logs_dist_cjs/* CloudWatchLogsClient */.TFr(config), 'Logs'),
        elbv2: count(new client_elastic_load_balancing_v2_dist_cjs/* ElasticLoadBalancingV2Client */.MlD(config), 'ELBv2'),
        // Path-style addressing when an endpoint is set (a stand-in or a VPC endpoint): bucket host names need DNS.
        s3: count(new client_s3_dist_cjs/* S3Client */.YxF({
            ...config,
            forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL),
        }), 'S3'),
        secretsManager: count(new client_secrets_manager_dist_cjs/* SecretsManagerClient */._H(config), 'SecretsManager'),
        sts: count(new client_sts_dist_cjs/* STSClient */.iM(config), 'STS'),
        calls,
        region: async () => {
            const region = cloudformation.config.region;
            return typeof region === 'function' ? await region() : region;
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/sdk/account.ts




function sdkNetwork(ec2) {
    return {
        async defaultVpcId() {
            const out = await ec2.send(new client_ec2_dist_cjs/* DescribeVpcsCommand */.Dti({ Filters: [{ Name: 'is-default', Values: ['true'] }] }));
            return out.Vpcs?.[0]?.VpcId;
        },
        async subnets(query) {
            const out = await ec2.send(new client_ec2_dist_cjs/* DescribeSubnetsCommand */.jSW('vpcId' in query
                ? { Filters: [{ Name: 'vpc-id', Values: [query.vpcId] }] }
                : { SubnetIds: query.subnetIds }));
            return out.Subnets ?? [];
        },
    };
}
function sdkFileSystems(efs) {
    return {
        async list() {
            const out = [];
            let Marker;
            do {
                const page = await efs.send(new client_efs_dist_cjs/* DescribeFileSystemsCommand */.XX0({ ...(Marker ? { Marker } : {}) }));
                for (const fs of page.FileSystems ?? []) {
                    if (!fs.FileSystemId)
                        continue;
                    out.push({
                        id: fs.FileSystemId,
                        available: fs.LifeCycleState === 'available',
                        ...(fs.CreationTime ? { created: fs.CreationTime } : {}),
                        tags: Object.fromEntries((fs.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
                    });
                }
                Marker = page.NextMarker;
            } while (Marker);
            return out;
        },
    };
}
function sdkTemplates(s3) {
    return {
        async put(Bucket, Key, Body) {
            const ContentType = typeof Body === 'string' ? 'application/json' : 'application/gzip';
            await s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({ Bucket, Key, Body, ContentType }));
        },
        async get(Bucket, Key) {
            const out = await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket, Key }));
            if (!out.Body)
                throw new Error(`s3://${Bucket}/${Key} is empty`);
            return out.Body.transformToByteArray();
        },
    };
}
function sdkIdentity(sts, region) {
    let account;
    return {
        account() {
            account ??= sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})).then((identity) => ({
                id: identity.Account ?? '',
                partition: (identity.Arn ?? '').split(':')[1] || 'aws',
            }));
            // A failed lookup is not remembered: the next caller asks again.
            account.catch(() => (account = undefined));
            return account;
        },
        region,
    };
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/sdk/cloudformation.ts


function sdkStacks(cfn) {
    return {
        async describe(stack) {
            try {
                return (await cfn.send(new dist_cjs/* DescribeStacksCommand */.Y47({ StackName: stack }))).Stacks?.[0];
            }
            catch (err) {
                // CloudFormation answers a missing stack with a ValidationError that says so.
                if (/does not exist/i.test((0,errors/* errorMessage */.gJ)(err)))
                    return undefined;
                throw err;
            }
        },
        async delete(stackId, options = {}) {
            await cfn.send(new dist_cjs/* DeleteStackCommand */.fAr({ StackName: stackId, RoleARN: options.roleArn }));
        },
        async cancelUpdate(stackId) {
            await cfn.send(new dist_cjs/* CancelUpdateStackCommand */.v6j({ StackName: stackId }));
        },
        async resources(stackId) {
            const resources = [];
            let next;
            do {
                const page = await cfn.send(new dist_cjs/* ListStackResourcesCommand */.XnL({ StackName: stackId, NextToken: next }));
                resources.push(...(page.StackResourceSummaries ?? []));
                next = page.NextToken;
            } while (next);
            return resources;
        },
        async template(stackId) {
            return (await cfn.send(new dist_cjs/* GetTemplateCommand */._JK({ StackName: stackId, TemplateStage: 'Original' })))
                .TemplateBody;
        },
        async setTerminationProtection(stackId, enabled) {
            await cfn.send(new dist_cjs/* UpdateTerminationProtectionCommand */.mP2({ StackName: stackId, EnableTerminationProtection: enabled }));
        },
    };
}
function sdkChangeSets(cfn) {
    return {
        async create(input) {
            const out = await cfn.send(new dist_cjs/* CreateChangeSetCommand */.YDU({
                StackName: input.stackName,
                ChangeSetName: input.changeSetName,
                ChangeSetType: input.type,
                TemplateBody: input.templateBody,
                TemplateURL: input.templateUrl,
                Parameters: Object.entries(input.parameters).map(([ParameterKey, ParameterValue]) => ({
                    ParameterKey,
                    ParameterValue,
                })),
                Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
                Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
                Description: input.description,
                RoleARN: input.roleArn,
                NotificationARNs: input.notificationArns?.length ? input.notificationArns : undefined,
            }));
            return { id: out.Id, stackId: out.StackId };
        },
        describe: (changeSetId, nextToken) => cfn.send(new dist_cjs/* DescribeChangeSetCommand */.TTT({ ChangeSetName: changeSetId, NextToken: nextToken })),
        async execute(changeSetId, options) {
            await cfn.send(new dist_cjs/* ExecuteChangeSetCommand */.PB_({
                ChangeSetName: changeSetId,
                ClientRequestToken: options.token,
                ...(options.disableRollback ? { DisableRollback: true } : {}),
            }));
        },
        async delete(changeSetId) {
            await cfn.send(new dist_cjs/* DeleteChangeSetCommand */.$GE({ ChangeSetName: changeSetId }));
        },
    };
}
function sdkStackEvents(cfn) {
    return {
        async page(stackId, nextToken) {
            const out = await cfn.send(new dist_cjs/* DescribeStackEventsCommand */.Ie9({ StackName: stackId, NextToken: nextToken }));
            return { events: out.StackEvents ?? [], nextToken: out.NextToken };
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/sdk/ecs.ts


function sdkServices(ecs, elbv2) {
    const tasks = async (cluster, service, status, limit) => {
        const listed = await ecs.send(new client_ecs_dist_cjs/* ListTasksCommand */.MYg({ cluster, serviceName: service, desiredStatus: status, maxResults: limit }));
        const arns = (listed.taskArns ?? []).slice(0, limit);
        if (!arns.length)
            return [];
        // DescribeTasks takes up to 100 tasks; limit stays below that.
        return (await ecs.send(new client_ecs_dist_cjs/* DescribeTasksCommand */.z8X({ cluster, tasks: arns }))).tasks ?? [];
    };
    return {
        async describe(cluster, services) {
            const out = await ecs.send(new client_ecs_dist_cjs/* DescribeServicesCommand */.H7c({ cluster, services }));
            return { services: out.services ?? [], failures: out.failures ?? [] };
        },
        stoppedTasks: (cluster, service, limit) => tasks(cluster, service, 'STOPPED', Math.min(limit, 100)),
        runningTasks: (cluster, service) => tasks(cluster, service, 'RUNNING', 100),
        async taskDefinition(arn) {
            return (await ecs.send(new client_ecs_dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: arn }))).taskDefinition;
        },
        async targetHealth(targetGroupArn) {
            return ((await elbv2.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeTargetHealthCommand */.qyg({ TargetGroupArn: targetGroupArn })))
                .TargetHealthDescriptions ?? []);
        },
        async loadBalancers(arns) {
            if (!arns.length)
                return [];
            return ((await elbv2.send(new client_elastic_load_balancing_v2_dist_cjs/* DescribeLoadBalancersCommand */.AZi({ LoadBalancerArns: arns }))).LoadBalancers ?? []);
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/sdk/logs.ts


function sdkLogs(logs) {
    return {
        async tail(group, stream, limit) {
            try {
                // startFromHead false: the newest `limit` events, returned oldest first.
                const out = await logs.send(new client_cloudwatch_logs_dist_cjs/* GetLogEventsCommand */.h7S({
                    logGroupName: group,
                    logStreamName: stream,
                    limit,
                    startFromHead: false,
                }));
                return (out.events ?? []).map((e) => ({
                    timestamp: new Date(e.timestamp ?? 0),
                    message: e.message ?? '',
                    stream,
                }));
            }
            catch (err) {
                if ((0,errors/* errorName */.Is)(err) === 'ResourceNotFoundException')
                    return [];
                throw err;
            }
        },
        async read(group, options) {
            const out = await logs.send(new client_cloudwatch_logs_dist_cjs/* FilterLogEventsCommand */.nsW({
                logGroupName: group,
                logStreamNamePrefix: options.streamPrefix,
                startTime: options.since?.getTime(),
                nextToken: options.nextToken,
            }));
            return {
                lines: (out.events ?? []).map((e) => ({
                    timestamp: new Date(e.timestamp ?? 0),
                    message: e.message ?? '',
                    stream: e.logStreamName ?? '',
                })),
                nextToken: out.nextToken,
            };
        },
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/aws/sdk/registry.ts



const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
/** ECR's API over the SDK, and the registry's HTTP API over the `fetch` given. */
function sdkRegistry(ecr, fetchImpl) {
    return {
        async authorizationToken() {
            const data = (await ecr.send(new client_ecr_dist_cjs/* GetAuthorizationTokenCommand */.Eu6({}))).authorizationData?.[0];
            return { token: data?.authorizationToken, endpoint: data?.proxyEndpoint };
        },
        async repositories(names) {
            return (await ecr.send(new client_ecr_dist_cjs/* DescribeRepositoriesCommand */.pE_({ repositoryNames: names }))).repositories ?? [];
        },
        async createRepository({ name, kmsKey, mutableTags, tags }) {
            const out = await ecr.send(new client_ecr_dist_cjs/* CreateRepositoryCommand */.WTe({
                repositoryName: name,
                imageScanningConfiguration: { scanOnPush: true },
                encryptionConfiguration: kmsKey ? { encryptionType: 'KMS', kmsKey } : { encryptionType: 'AES256' },
                ...(mutableTags.length
                    ? {
                        imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION',
                        imageTagMutabilityExclusionFilters: mutableTags.map((filter) => ({
                            filterType: 'WILDCARD',
                            filter,
                        })),
                    }
                    : { imageTagMutability: 'IMMUTABLE' }),
                tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
            }));
            return out.repository;
        },
        async lifecyclePolicy(repositoryName) {
            try {
                return (await ecr.send(new client_ecr_dist_cjs/* GetLifecyclePolicyCommand */.O0C({ repositoryName }))).lifecyclePolicyText;
            }
            catch (err) {
                if ((0,errors/* errorName */.Is)(err) === 'LifecyclePolicyNotFoundException')
                    return undefined;
                throw err;
            }
        },
        async putLifecyclePolicy(repositoryName, lifecyclePolicyText) {
            await ecr.send(new client_ecr_dist_cjs/* PutLifecyclePolicyCommand */.Rcn({ repositoryName, lifecyclePolicyText }));
        },
        async tagImage(repositoryName, digest, tag) {
            const found = await ecr.send(new client_ecr_dist_cjs/* BatchGetImageCommand */.P8n({ repositoryName, imageIds: [{ imageDigest: digest }] }));
            const image = found.images?.[0];
            if (!image?.imageManifest)
                return false;
            try {
                await ecr.send(new client_ecr_dist_cjs/* PutImageCommand */.SUU({
                    repositoryName,
                    imageManifest: image.imageManifest,
                    imageManifestMediaType: image.imageManifestMediaType,
                    imageDigest: digest,
                    imageTag: tag,
                }));
            }
            catch (err) {
                if ((0,errors/* errorName */.Is)(err) !== 'ImageAlreadyExistsException')
                    throw err;
            }
            return true;
        },
        async manifestDigest(login, repository, tag) {
            const url = `https://${login.registry}/v2/${repository}/manifests/${encodeURIComponent(tag)}`;
            let response;
            try {
                response = await fetchImpl(url, {
                    method: 'HEAD',
                    // A stalled registry must not hold the job until GitHub kills it.
                    signal: AbortSignal.timeout(30_000),
                    headers: {
                        Accept: MANIFEST_TYPES,
                        Authorization: `Basic ${Buffer.from(`${login.username}:${login.password}`).toString('base64')}`,
                    },
                });
            }
            catch (err) {
                const cause = err.cause;
                throw new src_errors/* UserError */.yo('images', `cannot reach the registry ${login.registry}: ${cause?.message ?? err.message}`);
            }
            if (response.status === 404)
                return undefined;
            if (!response.ok)
                throw new src_errors/* UserError */.yo('images', `registry ${login.registry} answered ${response.status} for ${repository}:${tag}`);
            return response.headers.get('docker-content-digest') ?? undefined;
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/sdk/secrets.ts


function sdkSecrets(sm) {
    return {
        async find(name) {
            try {
                const out = await sm.send(new client_secrets_manager_dist_cjs/* DescribeSecretCommand */.X5({ SecretId: name }));
                return out.DeletedDate ? undefined : out.ARN;
            }
            catch (err) {
                if ((0,errors/* errorName */.Is)(err) === 'ResourceNotFoundException')
                    return undefined;
                throw err;
            }
        },
        async current(arn) {
            try {
                const out = await sm.send(new client_secrets_manager_dist_cjs/* GetSecretValueCommand */.d2({ SecretId: arn }));
                return out.VersionId ? { value: out.SecretString, versionId: out.VersionId } : undefined;
            }
            catch (err) {
                // A secret created without a value has no AWSCURRENT version yet.
                if ((0,errors/* errorName */.Is)(err) === 'ResourceNotFoundException')
                    return undefined;
                throw err;
            }
        },
        async create(input) {
            const out = await sm.send(new client_secrets_manager_dist_cjs/* CreateSecretCommand */._f({
                Name: input.name,
                Description: input.description,
                Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
            }));
            return out.ARN;
        },
        async put(arn, value, versionId) {
            await sm.send(new client_secrets_manager_dist_cjs/* PutSecretValueCommand */.cp({ SecretId: arn, SecretString: value, ClientRequestToken: versionId }));
        },
        async remove(arn) {
            await sm.send(new client_secrets_manager_dist_cjs/* DeleteSecretCommand */.hh({ SecretId: arn, ForceDeleteWithoutRecovery: true }));
        },
        async versionIds(arn) {
            const ids = [];
            let NextToken;
            do {
                const out = await sm.send(new client_secrets_manager_dist_cjs/* ListSecretVersionIdsCommand */.Af({ SecretId: arn, IncludeDeprecated: true, NextToken }));
                for (const v of out.Versions ?? [])
                    if (v.VersionId)
                        ids.push(v.VersionId);
                NextToken = out.NextToken;
            } while (NextToken);
            return ids;
        },
        async named(prefix) {
            const out = [];
            let NextToken;
            do {
                const page = await sm.send(new client_secrets_manager_dist_cjs/* ListSecretsCommand */.j({ Filters: [{ Key: 'name', Values: [prefix] }], NextToken }));
                for (const s of page.SecretList ?? [])
                    if (s.ARN && s.Name?.startsWith(prefix) && !s.DeletedDate)
                        out.push({ arn: s.ARN, name: s.Name });
                NextToken = page.NextToken;
            } while (NextToken);
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/aws/sdk-edge.ts







/** The pipeline's AWS edge over the SDK v3 clients (one place builds them; calls are counted per operation). */
function createAwsEdge(options = {}, clients = createAwsClients(options)) {
    return {
        stacks: sdkStacks(clients.cloudformation),
        changeSets: sdkChangeSets(clients.cloudformation),
        events: sdkStackEvents(clients.cloudformation),
        services: sdkServices(clients.ecs, clients.elbv2),
        secrets: sdkSecrets(clients.secretsManager),
        registry: sdkRegistry(clients.ecr, options.fetch ?? fetch),
        logs: sdkLogs(clients.logs),
        network: sdkNetwork(clients.ec2),
        fileSystems: sdkFileSystems(clients.efs),
        templates: sdkTemplates(clients.s3),
        identity: sdkIdentity(clients.sts, clients.region),
        calls: clients.calls,
    };
}


/***/ })

};

export const id = 783;
export const ids = [783];
export const modules = {

/***/ 4783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(3360);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(303);
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
            await s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({ Bucket, Key, Body, ContentType: 'application/json' }));
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

// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/aws/errors.ts

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
    if (err instanceof src_errors/* UserError */.yo)
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
    return new src_errors/* UserError */.yo(stage, `${action} failed: ${detail}`);
}

;// CONCATENATED MODULE: ./src/aws/sdk/cloudformation.ts


function sdkStacks(cfn) {
    return {
        async describe(stack) {
            try {
                return (await cfn.send(new dist_cjs/* DescribeStacksCommand */.Y47({ StackName: stack }))).Stacks?.[0];
            }
            catch (err) {
                // CloudFormation answers a missing stack with a ValidationError that says so.
                if (/does not exist/i.test(errorMessage(err)))
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
                if (errorName(err) === 'ResourceNotFoundException')
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
                if (errorName(err) === 'LifecyclePolicyNotFoundException')
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
                if (errorName(err) !== 'ImageAlreadyExistsException')
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
                if (errorName(err) === 'ResourceNotFoundException')
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
                if (errorName(err) === 'ResourceNotFoundException')
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

;// CONCATENATED MODULE: ./src/github/pr-comment.ts


/** Octokit for the REST API at GITHUB_API_URL (GitHub Enterprise, or a local stand-in), read when called. */
function octokitFor(token, baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com') {
    return (0,github/* getOctokit */.Q)(token, { baseUrl });
}
/**
 * The GitHub REST edge.
 * A refused write (403 on a pull request from a fork, whose token is read-only) is a warning, not a
 * failed deploy: the job summary still carries the same report.
 */
function createCommenter(token, target, logger) {
    const octokit = octokitFor(token);
    let commentId;
    return {
        async upsert(marker, body) {
            try {
                if (commentId === undefined) {
                    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
                        owner: target.owner,
                        repo: target.repo,
                        issue_number: target.issueNumber,
                        per_page: 100,
                    });
                    commentId = comments.find((c) => c.body?.includes(marker))?.id;
                }
                if (commentId !== undefined) {
                    const updated = await octokit.rest.issues.updateComment({
                        owner: target.owner,
                        repo: target.repo,
                        comment_id: commentId,
                        body,
                    });
                    return updated.data.html_url;
                }
                const created = await octokit.rest.issues.createComment({
                    owner: target.owner,
                    repo: target.repo,
                    issue_number: target.issueNumber,
                    body,
                });
                commentId = created.data.id;
                return created.data.html_url;
            }
            catch (err) {
                const status = err.status;
                const hint = status === 403
                    ? ' (the token cannot write comments: pull requests from forks get a read-only token; grant `pull-requests: write` otherwise)'
                    : '';
                logger.warning(`could not post the pull-request comment: ${errorMessage(err)}${hint}`);
                return undefined;
            }
        },
    };
}
/**
 * Spaces comment edits out (GitHub's secondary rate limits), always letting the final one through,
 * and runs them one at a time, so two edits can never both create the comment.
 */
function throttled(commenter, minIntervalMs, now = Date.now) {
    let last = -Infinity;
    let queue = Promise.resolve();
    const enqueue = (marker, body) => {
        const next = queue.then(() => commenter.upsert(marker, body));
        queue = next.catch(() => undefined);
        return next;
    };
    return {
        async upsert(marker, body) {
            if (now() - last < minIntervalMs)
                return undefined;
            last = now();
            return enqueue(marker, body);
        },
        async flush(marker, body) {
            last = now();
            return enqueue(marker, body);
        },
    };
}

// EXTERNAL MODULE: ./src/images/select-engine.ts + 5 modules
var select_engine = __webpack_require__(7310);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/report/secret-guard.ts
// Keeps secret values out of what compose-ecs writes. A `file:`/`environment:` secret's value may
// still be interpolated into a plain field (DATABASE_URL=postgres://app:${DB_PASSWORD}@db), which
// would put it in the template, the change set and the PR comment: that is refused, with where.

/** Shorter values would match by accident everywhere. */
const MIN_LENGTH = 4;
/** A `file:` or `environment:` secret's content, or undefined when there is none to read. */
async function readSecret(secret, environment) {
    if (secret.file)
        return (0,promises_.readFile)(secret.file, 'utf8').catch(() => undefined);
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
    const check = (text, path) => {
        const hit = values.find((v) => text?.includes(v.value));
        if (!hit)
            return;
        leaks.push({
            message: `contains the value of secret ${hit.secret}, which would be written into the template, the change set and the pull-request comment; pass it with secrets: instead (x-aws-keys for one key of a JSON secret)`,
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

;// CONCATENATED MODULE: ./src/report/markdown.ts


/** GitHub refuses comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65_536;
/** Job summaries take 1 MiB per step; stay well inside it. */
const SUMMARY_LIMIT = 1_000_000;
/** Hidden marker that finds this stack's comment again, so one comment is edited in place. */
function commentMarker(stackName) {
    return `<!-- compose-ecs stack=${stackName} -->`;
}
const ACTION_ICON = {
    Add: '➕',
    Modify: '✏️',
    Remove: '➖',
    Import: '📥',
    Dynamic: '❔',
};
function headline(report) {
    const counts = countActions(report.changes);
    const plan = report.hasChanges
        ? `${counts.Add ?? 0} to add, ${counts.Modify ?? 0} to change, ${counts.Remove ?? 0} to remove`
        : 'no changes';
    const stack = `\`${report.stackName}\``;
    if (report.error && !report.deploy)
        return `### ❌ compose-ecs ${report.mode}: ${stack} failed`;
    if (report.mode === 'plan')
        return `### 📋 compose-ecs plan: ${stack}: ${plan}`;
    switch (report.deploy?.state) {
        case 'succeeded':
            return `### ✅ compose-ecs deploy: ${stack} deployed (${plan})`;
        case 'failed':
            return `### ❌ compose-ecs deploy: ${stack} failed`;
        case 'in-progress':
            return `### ⏳ compose-ecs deploy: ${stack} rolling out (${plan})`;
        default:
            return `### ✅ compose-ecs deploy: ${stack}: nothing to deploy`;
    }
}
function countActions(changes) {
    const counts = {};
    for (const c of changes)
        counts[c.action] = (counts[c.action] ?? 0) + 1;
    return counts;
}
/** Pipes and newlines would break a markdown table cell. */
function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function changesTable(changes) {
    if (!changes.length)
        return '';
    const rows = changes.map((c) => `| ${ACTION_ICON[c.action] ?? ''} ${c.action} | \`${cell(c.logicalId)}\` | ${cell(c.type)} | ${cell(c.replacement === 'True' ? '⚠️ replaced' : c.replacement === 'Conditional' ? 'maybe replaced' : '')} |`);
    return ['| Action | Resource | Type | Replacement |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
function imagesTable(report) {
    if (!report.images.length)
        return '';
    // What the deploy does with each image: a task definition gets it for the first time, or swaps to it.
    const deployed = new Map((report.diff?.images ?? []).map((i) => [i.to, i.from ? '**changes**' : 'new']));
    const rows = report.images.map((i) => {
        const build = i.repository ? (i.pushed ? 'built and pushed' : 'reused from the registry') : 'as written';
        return `| ${cell(i.service)} | \`${cell(i.uri)}\` | ${build} | ${deployed.get(i.uri) ?? 'unchanged'} |`;
    });
    return [
        '**Images**',
        '',
        '| Service | Image | Build | Deploy |',
        '| --- | --- | --- | --- |',
        ...rows,
    ].join('\n');
}
function resourcesTable(rows) {
    const icon = (status) => status.endsWith('_FAILED') ? '❌' : status.endsWith('_COMPLETE') ? '✅' : '⏳';
    return [
        '| Resource | Type | Status | Reason |',
        '| --- | --- | --- | --- |',
        ...rows.map((r) => `| \`${cell(r.logicalId)}\` | ${cell(r.type)} | ${icon(r.status)} ${cell(r.status)} | ${cell(r.reason)} |`),
    ].join('\n');
}
function rolloutTable(rows) {
    if (!rows.length)
        return '';
    const icon = (r) => (r.failed ? '❌' : r.done ? '✅' : '⏳');
    return [
        '| Service | Task definition | Rollout | Desired | Running | Pending | Failed tasks | Latest event |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...rows.map((r) => `| ${icon(r)} \`${cell(r.logicalId)}\` | ${cell(r.taskDefinition)} | ${cell(r.rolloutState)} | ${r.desired} | ${r.running} | ${r.pending} | ${r.failedTasks} | ${cell(r.reason ?? r.latestEvent)} |`),
    ].join('\n');
}
function diffSection(report, budget) {
    const unified = report.diff?.unified;
    if (!unified)
        return '';
    const lines = unified.split('\n').length;
    let body = unified;
    if (body.length > budget) {
        body = `${body.slice(0, Math.max(0, budget)).replace(/\n[^\n]*$/, '')}\n… (diff truncated: the full template is in the job summary and the template-path output)`;
    }
    return `<details><summary>Template diff (${lines} lines)</summary>\n\n${fence(body, 'diff')}\n\n</details>`;
}
/**
 * Renders the report as GitHub-flavoured markdown within `limit` characters: the template diff is
 * what gets cut first, so the verdict, the changes and the rollout always fit.
 */
function renderMarkdown(report, limit = COMMENT_LIMIT) {
    const parts = [commentMarker(report.stackName), headline(report)];
    if (report.error)
        parts.push(`> [!CAUTION]\n> ${cell(report.error)}`);
    if (report.deploy?.error && report.deploy.error !== report.error)
        parts.push(`> [!CAUTION]\n> ${cell(report.deploy.error)}`);
    if (report.deploy?.diagnosis)
        parts.push(`**Why the task stopped**\n\n${fence(report.deploy.diagnosis)}`);
    const urls = Object.entries(report.deploy?.urls ?? {});
    if (urls.length)
        parts.push(urls.map(([name, url]) => `- ${cell(name)}: ${url}`).join('\n'));
    if (report.deploy?.rollout.length)
        parts.push(`**Rollout**\n\n${rolloutTable(report.deploy.rollout)}`);
    // While CloudFormation works (and after it failed), each resource's latest status, as a console shows it.
    const resources = report.deploy?.state === 'in-progress' || report.deploy?.state === 'failed'
        ? report.deploy.resources
        : undefined;
    if (resources?.length)
        parts.push(`**Stack progress**\n\n${resourcesTable(resources)}`);
    if (report.sensitive.length)
        parts.push(`**Security-sensitive changes**\n\n${report.sensitive.map((s) => `- ⚠️ ${cell(s)}`).join('\n')}`);
    const table = changesTable(report.changes);
    if (table)
        parts.push(`**${report.changeSetType === 'CREATE' ? 'New stack' : 'Changes'}**\n\n${table}`);
    const images = imagesTable(report);
    if (images)
        parts.push(images);
    if (report.warnings.length)
        parts.push(`**Warnings**\n\n${report.warnings.map((w) => `- ${cell(w)}`).join('\n')}`);
    const footer = [
        `compose-ecs ${version/* VERSION */.x}`,
        report.region,
        report.changeSetName ? `change set \`${report.changeSetName}\`` : undefined,
        report.apiCalls !== undefined ? `${report.apiCalls} AWS API calls` : undefined,
        report.runUrl ? `[run](${report.runUrl})` : undefined,
    ]
        .filter(Boolean)
        .join(' · ');
    const head = parts.join('\n\n');
    const tail = `<sub>${footer}</sub>`;
    const budget = limit - head.length - tail.length - 400;
    const diff = diffSection(report, budget);
    let out = redact([head, diff, tail].filter(Boolean).join('\n\n') + '\n', report.redactions ?? []);
    if (out.length > limit)
        out = `${out.slice(0, limit - 80)}\n\n… (truncated to fit GitHub's limit)\n`;
    return out;
}
/** A code block its content cannot close: the fence is longer than any run of backticks inside (CommonMark). */
function fence(text, language = 'text') {
    let longest = 0;
    for (const m of text.matchAll(/`+/g))
        longest = Math.max(longest, m[0].length);
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    return `${ticks}${language}\n${text}\n${ticks}`;
}

;// CONCATENATED MODULE: ./src/aws/edge.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

;// CONCATENATED MODULE: ./src/compose/check-files.ts
// The files a project names must exist before anything is built: a missing build context or secret
// file is bad input, reported with the rest of the load errors, not a failed build half-way through.


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

;// CONCATENATED MODULE: ./src/compose/diagnostics.ts

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
        throw new src_errors/* UserError */.yo('load', summary, this.errors);
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

;// CONCATENATED MODULE: ./src/compose/aws-extensions.ts
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
};
/** Where each extension may appear; anything else x-aws-* there gets a warning (typos). */
const PLACES = {
    project: [
        X.cluster,
        X.vpc,
        X.loadBalancer,
        X.loadBalancerSecurityGroup,
        X.loadBalancerScheme,
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
    config: [],
    build: [],
    fileReference: [],
};
/** CloudWatch Logs' allowed retention periods (AWS::Logs::LogGroup RetentionInDays). */
const RETENTION_DAYS = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
const PORT_PROTOCOLS = ['http', 'https', 'tcp', 'tls', 'udp'];
const LB_SCHEMES = ['internet-facing', 'internal'];
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
            keys: r.stringList(d.extensions, X.keys, at),
            secretArn: r.string(d.extensions, X.secretArn, at),
        });
    }
    for (const [name, d] of Object.entries(project.configs))
        r.unknown(d.extensions, PLACES.config, ['configs', name]);
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
function describe(node) {
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

;// CONCATENATED MODULE: ./src/compose/normalize/read.ts


function expected(ctx, node, path, what) {
    ctx.diags.error(`expected ${what}, found ${describe(node)}`, path, node.loc);
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
function fields(ctx, node, path, handlers, where, extensions) {
    for (const [key, entry] of node.entries) {
        const handler = Object.hasOwn(handlers, key) ? handlers[key] : undefined;
        if (handler)
            handler(entry.value, [...path, key]);
        else if (extensions && key.startsWith('x-'))
            extensions[key] = toPlain(entry.value);
        else {
            const known = Object.keys(handlers);
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
    sysctls: error('Fargate only allows a few namespaced sysctls and this tool does not pass them; remove them'),
    ipc: error('Fargate tasks cannot share IPC namespaces; remove `ipc`'),
    uts: error('Fargate tasks cannot use the host UTS namespace; remove `uts`'),
    userns_mode: error('Fargate does not support user namespace modes; remove `userns_mode`'),
    cgroup: error('Fargate does not support cgroup namespace modes; remove `cgroup`'),
    runtime: error('Fargate runs its own container runtime; remove `runtime`'),
    isolation: error('isolation is a Windows container option that Fargate Linux tasks do not have'),
    credential_spec: error('gMSA credential specs need Windows containers on EC2'),
    gpus: error('Fargate has no GPUs; run GPU workloads on EC2 capacity'),
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
 */
function fargateFindings(service) {
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
    if (service.restart !== undefined && service.restart !== 'no')
        add(warning('ECS services restart stopped tasks themselves; restart policies do not apply'), 'restart');
    if (service.hostname !== undefined)
        add(warning('Fargate sets the hostname of each task; reach services by their service name'), 'hostname');
    if (service.extraHosts.length > 0)
        add(error('Fargate (awsvpc) tasks cannot add /etc/hosts entries; use service discovery or Route 53 names'), 'extra_hosts');
    const deploy = service.deploy;
    if (deploy?.mode && deploy.mode !== 'replicated')
        add(error(`deploy.mode ${deploy.mode} is not available on Fargate (only replicated services)`), 'deploy', 'mode');
    if (deploy?.placement !== undefined)
        add(warning('Fargate places tasks itself; deploy.placement does not apply'), 'deploy', 'placement');
    if (Object.keys(deploy?.labels ?? {}).length > 0)
        add(warning('deploy.labels are Swarm service labels; container labels go under labels:'), 'deploy', 'labels');
    if (deploy?.rollbackConfig)
        add(warning('the deployment circuit breaker rolls back'), 'deploy', 'rollback_config');
    if (deploy?.restartPolicy)
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
    for (const [name, service] of Object.entries(project.services)) {
        const at = (...rest) => ['services', name, ...rest];
        for (const field of rawFields.get(name) ?? []) {
            const rule = UNMODELLED_SERVICE_FIELDS[field];
            if (rule)
                report(rule, at(field));
        }
        for (const f of fargateFindings(service))
            report(f.rule, at(...f.at));
        service.volumes = service.volumes.filter((mount, index) => {
            if (mount.type !== 'bind' && mount.type !== 'tmpfs')
                return true;
            const what = mount.type === 'bind'
                ? `bind mount of ${mount.written ?? mount.source} at ${mount.target}`
                : `tmpfs mount at ${mount.target}`;
            const fix = 'Fargate cannot mount host paths or tmpfs. Add a production override file that replaces the list, e.g. `volumes: !reset []` (or `!override` with named volumes), or set drop-bind-mounts to drop them';
            const path = originOf(mount) ?? at('volumes', index);
            if (options.dropBindMounts) {
                diags.warn(`dropped the ${what}: Fargate cannot mount host paths or tmpfs`, path, sourceMap.locate(path));
                return false;
            }
            diags.error(`${what}: ${fix}`, path, sourceMap.locate(path));
            return true;
        });
    }
}

;// CONCATENATED MODULE: ./src/compose/interpolate.ts
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolateString(text, lookup) {
    const out = { value: '', unset: [], errors: [] };
    out.value = expand(text, 0, text.length, lookup, out);
    return out;
}
/** Expands text[from, to). */
function expand(text, from, to, lookup, out) {
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
            result += braced(text, dollar + 2, close, lookup, out);
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
function braced(text, start, end, lookup, out) {
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
    const arg = () => expand(text, argFrom, end, lookup, out);
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
            const message = arg();
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/compose/parse.ts
// YAML text → positioned Node tree. Aliases and `<<` merge keys are expanded here, under a
// node budget, so a billion-laughs document fails fast instead of exhausting memory.


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
    const at = (offset) => {
        const pos = lineCounter.linePos(offset ?? 0);
        return { file, line: pos.line, column: pos.col };
    };
    let doc;
    try {
        doc = (0,dist/* parseDocument */.Tp)(text, {
            lineCounter,
            merge: true,
            uniqueKeys: true,
            prettyErrors: false,
            strict: true,
        });
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
    if (diags.errors.length > before)
        return undefined;
    // Anchors indexed once: the library's Alias.resolve searches the whole document per alias,
    // which makes many `<<: *defaults` quadratic.
    const anchors = new Map();
    (0,dist/* visit */.YR)(doc, (_key, node) => {
        const anchor = node?.anchor;
        if (anchor) {
            const list = anchors.get(anchor) ?? [];
            list.push({ offset: node.range?.[0] ?? 0, node });
            anchors.set(anchor, list);
        }
    });
    const resolveAlias = (name, offset) => {
        // The latest definition before the alias wins (anchors may be redefined).
        let found;
        for (const def of anchors.get(name) ?? [])
            if (def.offset < offset)
                found = def.node;
        return found;
    };
    let budget = MAX_NODES;
    const convert = (value, depth, fallback, aliases) => {
        if (--budget < 0)
            throw new Abort(`the document expands to more than ${MAX_NODES} values (YAML aliases repeated too often?)`);
        if (depth > MAX_DEPTH)
            throw new Abort(`the document nests deeper than ${MAX_DEPTH} levels`);
        if ((0,dist/* isAlias */.Vj)(value)) {
            if (aliases > MAX_ALIAS_COUNT)
                throw new Abort('too many nested YAML aliases');
            const target = resolveAlias(value.source, value.range?.[0] ?? 0);
            if (!target)
                throw new AbortAt(`unknown YAML alias *${value.source} (no anchor &${value.source} before it)`, at(value.range?.[0]));
            return convert(target, depth, at(value.range?.[0]), aliases + 1);
        }
        const node = convertNode(value, depth, fallback, aliases);
        const tag = value?.tag;
        if (tag && MERGE_TAGS.has(tag))
            node.tag = tag;
        return node;
    };
    const convertNode = (value, depth, fallback, aliases) => {
        if (value === null || value === undefined)
            return scalarNode(fallback, null);
        const loc = at(value.range?.[0]);
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
            return seqNode(loc, value.items.map((item) => convert(item, depth + 1, loc, aliases)));
        }
        if ((0,dist/* isMap */.jh)(value)) {
            const out = mapNode(loc);
            const merges = [];
            for (const pair of value.items) {
                const keyNode = pair.key;
                const keyLoc = at(keyNode?.range?.[0] ?? loc.line);
                if ((0,dist/* isScalar */.jn)(keyNode) && typeof keyNode.value === 'symbol') {
                    merges.push(convert(pair.value, depth + 1, keyLoc, aliases));
                    continue;
                }
                if (keyNode !== null && !(0,dist/* isScalar */.jn)(keyNode))
                    throw new AbortAt('mapping keys must be plain values, not lists or mappings', keyLoc);
                const key = keyNode === null ? '' : String(keyNode.value);
                out.entries.set(key, { keyLoc, value: convert(pair.value, depth + 1, keyLoc, aliases) });
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
        return scalarNode(loc, null);
    };
    try {
        const root = convert(doc.contents, 0, { file, line: 1, column: 1 }, 0);
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
// Reads `.env` and `env_file` files the way Compose's dotenv parser does. Values are data:
// `${VAR}` inside them is substituted from earlier lines and the environment, nothing runs.




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
            diags.error(`expected KEY=VALUE with a variable name, found ${JSON.stringify(line.slice(0, 60))}`, undefined, loc);
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
/** Reads an env file; `missing` says what a missing file means (error, or silently nothing). */
async function readEnvFile(path, display, lookup, diags, options) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (err) {
        if (options.required) {
            const why = err.code === 'ENOENT'
                ? 'does not exist'
                : `cannot be read (${err.message})`;
            diags.error(`env file ${display} ${why}`, options.usedPath, options.usedAt);
        }
        return new Map();
    }
    if (bytes.length > MAX_FILE_BYTES) {
        diags.error(`env file ${display} is larger than ${MAX_FILE_BYTES} bytes`, options.usedPath, options.usedAt);
        return new Map();
    }
    const text = decodeUtf8(bytes, display, diags);
    return text === undefined ? new Map() : parseEnvText(text, display, lookup, diags, options.format);
}
/**
 * A service's `env_file:` (a path, a list, or long form `{path, required, format}`), read in
 * order; later files win. Paths are absolute already (paths.ts).
 */
async function readServiceEnvFiles(node, path, lookup, diags, display) {
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
                    diags.error(`expected path (a string), required (true or false) or format (raw) in an env_file entry, found ${key}: ${describe(v)}`, [...at, key], entry.keyLoc);
            }
            if (file === undefined)
                diags.error('an env_file entry needs `path`', at, item.loc);
        }
        else
            diags.error(`expected an env file path or a mapping with path, found ${describe(item)}`, at, item.loc);
        if (file === undefined)
            continue;
        const vars = await readEnvFile(file, display(file), lookup, diags, {
            required,
            usedAt: item.loc,
            usedPath: [...at],
            ...(format && { format }),
        });
        for (const [key, entry] of vars)
            out.set(key, entry.value);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/compose/normalize/ports.ts

const SHORT = /^(?:(?:(\[[0-9a-fA-F:.]+\]|[^:[\]]*):)?(\d+(?:-\d+)?)?:)?(\d+(?:-\d+)?)(?:\/(tcp|udp))?$/;
function range(text) {
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
    const target = range(tgt);
    const published = pub === undefined ? undefined : range(pub);
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
/** File modes are written in octal as a string ("0440") or as a YAML number (0o440 / 288). */
function fileMode(ctx, node, path) {
    if (node.kind === 'scalar' && typeof node.value === 'string' && /^0?[0-7]{1,4}$/.test(node.value))
        return parseInt(node.value, 8);
    return read_int(ctx, node, path);
}
/**
 * uid / gid: a numeric id, as a string ("1000") or a YAML number. Names cannot be resolved outside the
 * image, and the value ends up in a shell command (the secrets init container's chown).
 */
function numericId(ctx, node, path) {
    const v = node.kind === 'scalar' ? node.value : undefined;
    if (typeof v === 'string' && /^[0-9]+$/.test(v))
        return v;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return String(v);
    return expected(ctx, node, path, 'a numeric user or group id (decimal digits, e.g. "1000")');
}

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
/** A value with nothing under it yet: `!reset` entries inside it just disappear, as in Compose. */
function dropResets(node) {
    if (node.kind === 'scalar')
        return stripTags(node);
    if (node.kind === 'seq')
        return {
            ...stripTags(node),
            items: node.items.filter((i) => i.tag !== '!reset').map(dropResets),
        };
    const entries = new Map();
    for (const [key, entry] of node.entries) {
        if (entry.value.tag !== '!reset')
            entries.set(key, { keyLoc: entry.keyLoc, value: dropResets(entry.value) });
    }
    return { ...stripTags(node), entries };
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
// `extends`: a service starts from another service (in the same file or another file) and
// its own fields merge on top with the usual merge rules. Paths in another file resolve
// against that file's directory. Cycles are errors.




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
                ctx.diags.error(`expected service (a name) and optionally file (a path) in extends, found ${key}: ${describe(v)}`, [...path, key], entry.keyLoc);
        }
        if (out.service !== undefined)
            return out;
        ctx.diags.error('extends needs `service`', path, node.loc);
        return undefined;
    }
    ctx.diags.error(`expected a service name or a mapping with service and file, found ${describe(node)}`, path, node.loc);
    return undefined;
}

;// CONCATENATED MODULE: ./src/compose/include.ts
// `include`: other compose projects (each with its own directory and .env) loaded whole and
// added to this one. A resource defined both here and in an included project is an error,
// as in Compose.





const SECTIONS = ['services', 'networks', 'volumes', 'secrets', 'configs'];
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
        ctx.diags.error(`expected a list of files to include, found ${describe(node)}`, ['include'], node.loc);
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
            ctx.diags.error(`expected a path or a list of paths, found ${describe(n)}`, [...path, key], n.loc);
            return undefined;
        };
        if (str(item) !== undefined) {
            specs.push({ files: [(0,external_node_path_.resolve)(baseDir, str(item))], node: item, path });
            return;
        }
        if (item.kind !== 'map') {
            ctx.diags.error(`expected a path or a mapping with path, project_directory, env_file, found ${describe(item)}`, path, item.loc);
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
                ctx.diags.error(`expected a directory path, found ${describe(dir)}`, [...path, 'project_directory'], dir.loc);
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
const NAMED_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|docker-image:|service:|target:|oci-layout:)/i;
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
    const local = (p) => ((0,external_node_path_.isAbsolute)(p) || NAMED_SOURCE.test(p) ? p : (0,external_node_path_.resolve)(projectDir, p));
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
        ulimits: (v, p) => (build.ulimits = ulimits(ctx, v, p)),
        entitlements: (v, p) => (build.entitlements = stringList(ctx, v, p)),
        provenance: (v, p) => (build.provenance = attestation(ctx, v, p)),
        sbom: (v, p) => (build.sbom = attestation(ctx, v, p)),
        isolation: ignored('build isolation is a Windows-only option'),
    }, 'build', build.extensions);
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
        limits: (v, p) => (deploy.resources.limits = figures(ctx, v, p)),
        reservations: (v, p) => (deploy.resources.reservations = figures(ctx, v, p)),
    }, 'deploy.resources');
}
function figures(ctx, node, path) {
    const map = asMap(ctx, node, path);
    if (!map)
        return undefined;
    const out = {};
    const noGpu = (v, p) => ctx.diags.error('Fargate tasks cannot reserve devices or generic resources (no GPUs); use an EC2 capacity provider outside this tool', p, v.loc);
    fields(ctx, map, path, {
        cpus: (v, p) => (out.cpus = num(ctx, v, p)),
        memory: (v, p) => (out.memory = size(ctx, v, p)),
        pids: (v, p) => (out.pids = read_int(ctx, v, p)),
        devices: noGpu,
        generic_resources: noGpu,
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
            for (const [key, { value }] of dict(ctx, v, p, true))
                environment.set(key, value ?? ctx.lookup(key) ?? null);
        },
        env_file: () => undefined, // read beforehand (env-file.ts); merged below
        working_dir: (v, p) => (s.workingDir = str(ctx, v, p)),
        user: (v, p) => (s.user = str(ctx, v, p)),
        init: (v, p) => (s.init = bool(ctx, v, p)),
        read_only: (v, p) => (s.readOnly = bool(ctx, v, p)),
        cap_add: (v, p) => (s.capAdd = stringList(ctx, v, p) ?? []),
        cap_drop: (v, p) => (s.capDrop = stringList(ctx, v, p) ?? []),
        ulimits: (v, p) => (s.ulimits = ulimits(ctx, v, p)),
        stop_grace_period: (v, p) => (s.stopGracePeriod = duration(ctx, v, p)),
        labels: (v, p) => (s.labels = stringDict(ctx, v, p)),
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
    for (const key of Object.keys(UNMODELLED_SERVICE_FIELDS))
        handlers[key] = () => undefined;
    fields(ctx, map, path, handlers, `service ${JSON.stringify(name)}`, s.extensions);
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
function ulimits(ctx, node, path) {
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
// merge files → normalise → profiles → validate references → ECS rules.





















async function loadProject(options) {
    const diags = new Diagnostics();
    const ctx = loadContext(options, diags);
    const discovered = await discoverFiles(options.files, options.workingDir, options.environment);
    if (discovered.files.length === 0) {
        throw new src_errors/* UserError */.yo('load', `No compose file found in ${options.workingDir} (looked for ${discovered.searched.map((f) => ctx.display(f)).join(', ')}); pass the files to use.`);
    }
    const files = discovered.files;
    const projectDir = (0,external_node_path_.dirname)(files[0]);
    const lookup = await ctx.makeLookup(projectDir, options.envFiles?.map((f) => (0,external_node_path_.resolve)(options.workingDir, f)));
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
    diags.throwIfAny();
    const tree = mergeDocuments(docs);
    const sourceMap = new TreeSourceMap(tree);
    const envFileVars = new Map();
    const services = get(tree, 'services');
    for (const [name, entry] of services?.kind === 'map' ? services.entries : []) {
        const envFile = get(entry.value, 'env_file');
        if (envFile)
            envFileVars.set(name, await readServiceEnvFiles(envFile, ['services', name, 'env_file'], lookup, diags, ctx.display));
    }
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
    if (diags.errors.length === 0)
        await checkReferencedFiles(project, sourceMap, diags);
    const rawFields = new Map();
    for (const name of Object.keys(project.services)) {
        const node = get(services, name);
        rawFields.set(name, node?.kind === 'map'
            ? [...node.entries.keys()].filter((k) => Object.hasOwn(UNMODELLED_SERVICE_FIELDS, k))
            : []);
    }
    // Every x-aws-* extension becomes typed fields here, once; the converter reads only those.
    decodeAwsExtensions(project, {
        error: (path, message) => diags.error(message, path, sourceMap.locate(path)),
        warn: (path, message) => diags.warn(message, path, sourceMap.locate(path)),
    });
    applyEcsRules(project, sourceMap, rawFields, diags, { dropBindMounts: options.dropBindMounts ?? false });
    diags.throwIfAny();
    return { project, sourceMap, warnings: sortedWarnings(diags) };
}
function applyProfiles(project, options, lookup) {
    const active = activeServices(project.services, enabledProfiles(options.profiles, lookup('COMPOSE_PROFILES')));
    for (const name of Object.keys(project.services))
        if (!active.has(name))
            delete project.services[name];
}
function loadContext(options, diags) {
    const env = options.environment;
    const display = (absolute) => {
        const rel = (0,external_node_path_.relative)(options.workingDir, absolute);
        return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : absolute;
    };
    return {
        diags,
        workingDir: options.workingDir,
        home: env.HOME,
        display,
        async readCompose(file, lookup, usedAt) {
            let bytes;
            try {
                bytes = await (0,promises_.readFile)(file);
            }
            catch (err) {
                const why = err.code === 'ENOENT'
                    ? 'does not exist'
                    : `cannot be read (${err.message})`;
                diags.error(`compose file ${display(file)} ${why}`, usedAt?.path, usedAt?.loc);
                return undefined;
            }
            if (bytes.length > MAX_FILE_BYTES) {
                diags.error(`compose file ${display(file)} is larger than ${MAX_FILE_BYTES} bytes`, usedAt?.path, usedAt?.loc);
                return undefined;
            }
            const text = decodeUtf8(bytes, display(file), diags);
            const doc = text === undefined ? undefined : parseYaml(text, display(file), diags);
            if (doc)
                interpolateTree(doc, lookup, diags);
            return doc;
        },
        async makeLookup(projectDir, envFiles, mode = 'after-dotenv') {
            // Process environment wins over env files; later env files win over earlier ones.
            const fromFiles = new Map();
            const base = (name) => env[name] ?? fromFiles.get(name);
            // Joined by hand: ncc's asset relocator rewrites resolve(dir, '.env') into a path inside dist/.
            const dotEnv = [(0,external_node_path_.resolve)(projectDir), '.env'].join(external_node_path_.sep);
            const given = envFiles ?? [];
            const list = [
                ...(mode === 'after-dotenv' || given.length === 0 ? [[dotEnv, false]] : []),
                ...given.map((f) => [f, true]),
            ];
            for (const [file, required] of list) {
                const shown = required && mode === 'after-dotenv' ? `${display(file)} (from the env-file input)` : display(file);
                const vars = await readEnvFile(file, shown, base, diags, { required });
                for (const [key, entry] of vars)
                    if (entry.value !== undefined || env[key] !== undefined)
                        fromFiles.set(key, entry.value ?? env[key]);
            }
            return base;
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/deploy/poll.ts
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Calls `check` until it returns a value (not undefined) or the timeout passes.
 * Returns `{ done: true, value }` or `{ done: false }` on timeout: the caller words the timeout.
 */
async function pollUntil(check, options) {
    const wait = options.sleep ?? sleep;
    const now = options.now ?? Date.now;
    const deadline = Math.min(now() + options.timeoutMs, options.deadline ?? Infinity);
    let interval = options.intervalMs ?? 1000;
    const max = options.maxIntervalMs ?? 15000;
    for (;;) {
        const value = await check();
        if (value !== undefined)
            return { done: true, value };
        if (now() + interval > deadline)
            return { done: false };
        await wait(interval);
        interval = Math.min(interval * 2, max);
    }
}

;// CONCATENATED MODULE: ./src/deploy/change-set.ts



/** AWS reports an update that changes nothing in two ways; both are a successful no-op, not a failure. */
function isNoChangeReason(reason) {
    return /didn't contain changes|No updates are to be performed/i.test(reason ?? '');
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
        if (isNoChangeReason(errorMessage(err)))
            return { kind: 'no-changes', reason: errorMessage(err) };
        throw awsFailure('plan', `CloudFormation CreateChangeSet ${request.changeSetName}`, err);
    }
    const changeSetId = created.id;
    const result = await pollUntil(async () => {
        const page = await describePage(cfn, changeSetId);
        if (page.Status === 'CREATE_COMPLETE' || page.Status === 'FAILED')
            return page;
        return undefined;
    }, poll);
    if (!result.done) {
        await deleteChangeSet(cfn, changeSetId).catch(() => undefined);
        throw new src_errors/* UserError */.yo('plan', `change set ${request.changeSetName} was not ready in time (deleted it)`);
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
        throw new src_errors/* UserError */.yo('plan', `change set ${request.changeSetName} failed: ${first.StatusReason ?? 'no reason given'}`);
    }
    return {
        kind: 'ready',
        changeSetId,
        stackId: (first.StackId ?? created.stackId),
        changes: await collectChanges(cfn, changeSetId, first),
    };
}
async function describePage(cfn, id, nextToken) {
    try {
        return await cfn.describe(id, nextToken);
    }
    catch (err) {
        throw awsFailure('plan', `CloudFormation DescribeChangeSet`, err);
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
    for (const detail of rc.Details ?? []) {
        const name = detail.Target?.Name;
        if (detail.Target?.Attribute === 'Properties' && name)
            properties.add(name);
    }
    return {
        action: (rc.Action ?? 'Modify'),
        logicalId: rc.LogicalResourceId,
        type: rc.ResourceType ?? '',
        physicalId: rc.PhysicalResourceId,
        replacement: rc.Replacement,
        scope: [...(rc.Scope ?? [])],
        properties: [...properties].sort(),
    };
}
/** Best effort: a change set that is already gone (executed, or deleted with its stack) is fine. */
async function deleteChangeSet(cfn, changeSetId) {
    try {
        await cfn.delete(changeSetId);
    }
    catch (err) {
        if (/does not exist|not found|ChangeSetNotFound/i.test(`${err.name} ${errorMessage(err)}`))
            return;
        throw awsFailure('deploy', 'CloudFormation DeleteChangeSet', err);
    }
}

;// CONCATENATED MODULE: ./src/deploy/events.ts

/**
 * Events of one stack operation, oldest first. An operation is told apart by the client request
 * token we gave ExecuteChangeSet; events without one (some services omit it) count if they are no
 * older than the operation's start.
 */
async function operationEvents(source, stackId, token, since) {
    const events = [];
    let next;
    try {
        do {
            const page = await source.page(stackId, next);
            const batch = page.events;
            events.push(...batch);
            next = page.nextToken;
            // Events come newest first: stop paging once we are past the operation's start.
            const oldest = batch[batch.length - 1]?.Timestamp;
            if (oldest && oldest < since)
                break;
        } while (next);
    }
    catch (err) {
        throw awsFailure('deploy', 'CloudFormation DescribeStackEvents', err);
    }
    return events
        .filter((e) => (e.ClientRequestToken ? e.ClientRequestToken === token : (e.Timestamp ?? since) >= since))
        .map((e) => ({
        id: e.EventId ?? `${e.Timestamp?.toISOString()}|${e.LogicalResourceId}|${e.ResourceStatus}`,
        timestamp: e.Timestamp ?? since,
        logicalId: e.LogicalResourceId ?? '',
        type: e.ResourceType ?? '',
        status: e.ResourceStatus ?? '',
        reason: e.ResourceStatusReason,
    }))
        .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
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

;// CONCATENATED MODULE: ./src/deploy/stack.ts



async function describeStack(stacks, stackName) {
    try {
        return await stacks.describe(stackName);
    }
    catch (err) {
        throw awsFailure('plan', `CloudFormation DescribeStacks ${stackName}`, err);
    }
}
/**
 * States no change set can be made in until someone acts, with what to do; a no-op for any other state.
 * (An operation in progress is waited for instead: waitForOperation.)
 */
function refuseBlockedStack(stackName, status) {
    if (status === 'UPDATE_ROLLBACK_FAILED') {
        throw new src_errors/* UserError */.yo('plan', `stack ${stackName} is UPDATE_ROLLBACK_FAILED: fix the resource that could not roll back, then run ContinueUpdateRollback (aws cloudformation continue-update-rollback --stack-name ${stackName}).`);
    }
    if (status === 'DELETE_FAILED') {
        throw new src_errors/* UserError */.yo('plan', `stack ${stackName} is DELETE_FAILED: finish deleting it in the CloudFormation console first.`);
    }
}
/**
 * Reads the stack and makes it ready for a change set: an operation still running (another deploy, a
 * rollback) is waited for within the run's one wait budget; a failed first create (ROLLBACK_COMPLETE) is
 * deleted, since CloudFormation cannot update it; states that block an update are refused with what to do.
 */
async function prepareStack(cfn, stackName, logger, poll, 
/** Only a deploy deletes a failed first create: a plan never changes the account. */
options = { deleteFailedCreate: true }) {
    const stack = await waitForOperation(cfn, stackName, logger, poll);
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
    return { isNew: false, stackId: stack.StackId, status, parameters, settings };
}
/** How often a wait for another operation says what it waits for. */
const WAIT_NOTICE_MS = 60_000;
/**
 * The stack once no operation runs on it: a stack *_IN_PROGRESS (another deploy, a rollback, a deletion)
 * cannot take a change set, so this waits for it within the run's wait budget, saying every minute what it
 * waits for, and fails clearly when the budget runs out. REVIEW_IN_PROGRESS is a change set waiting, not an
 * operation.
 */
async function waitForOperation(cfn, stackName, logger, poll) {
    const now = poll.now ?? Date.now;
    const started = now();
    let lastNotice = -Infinity;
    let last;
    const result = await pollUntil(async () => {
        last = await describeStack(cfn, stackName);
        const status = last?.StackStatus;
        if (!status?.endsWith('_IN_PROGRESS') || status === 'REVIEW_IN_PROGRESS')
            return { stack: last };
        if (now() - lastNotice >= WAIT_NOTICE_MS) {
            lastNotice = now();
            const waited = Math.round((now() - started) / 1000);
            logger.info(`stack ${stackName} is ${status}: waiting for that operation to finish (${waited} s so far)`);
        }
        return undefined;
    }, poll);
    if (!result.done)
        throw new src_errors/* UserError */.yo('plan', `stack ${stackName} was still ${last?.StackStatus} when the wait-timeout ran out: another operation is running on it. Let it finish (a workflow concurrency group makes deploys queue) and run again.`);
    return result.value.stack;
}
async function deleteStack(cfn, stackId, poll) {
    try {
        await cfn.delete(stackId);
    }
    catch (err) {
        throw awsFailure('plan', `CloudFormation DeleteStack ${stackId}`, err);
    }
    const result = await pollUntil(async () => {
        const stack = await describeStack(cfn, stackId);
        const status = stack?.StackStatus;
        if (!stack || status === 'DELETE_COMPLETE')
            return true;
        if (status === 'DELETE_FAILED')
            throw new src_errors/* UserError */.yo('plan', `deleting stack ${stackId} failed: ${stack.StackStatusReason ?? ''}`);
        return undefined;
    }, poll);
    if (!result.done)
        throw new src_errors/* UserError */.yo('plan', `deleting stack ${stackId} did not finish in time`);
}
/** Every resource of a stack, page by page (DescribeStackResources stops at 100). */
async function listStackResources(cfn, stackId) {
    try {
        return await cfn.resources(stackId);
    }
    catch (err) {
        throw awsFailure('deploy', 'CloudFormation ListStackResources', err);
    }
}

;// CONCATENATED MODULE: ./src/deploy/execute.ts







const SUCCESS = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);
/**
 * Executes a change set and waits for the stack to settle. On failure it names the root-cause
 * event (not the last one) and leaves no change set behind.
 */
async function executeChangeSet(aws, input, logger, poll, onEvent = () => { }) {
    const token = `compose-ecs-${(0,external_node_crypto_.randomUUID)()}`;
    // A little slack: the emulator and AWS stamp events with their own clocks.
    const since = new Date((poll.now ?? Date.now)() - 5000);
    let executeError;
    try {
        await aws.changeSets.execute(input.changeSetId, { token, disableRollback: input.disableRollback });
    }
    catch (err) {
        executeError = err;
    }
    const seen = new Set();
    const stream = async () => {
        const events = await operationEvents(aws.events, input.stackId, token, since);
        for (const e of events) {
            if (!seen.has(e.id)) {
                seen.add(e.id);
                onEvent(e);
            }
        }
        return events;
    };
    let status = '';
    let statusReason;
    if (!executeError) {
        const settled = await pollUntil(async () => {
            await stream();
            const stack = await describeStack(aws.stacks, input.stackId);
            if (!stack?.StackStatus || stack.StackStatus.endsWith('_IN_PROGRESS'))
                return undefined;
            return stack;
        }, poll);
        if (!settled.done) {
            throw new src_errors/* UserError */.yo('deploy', `stack ${input.stackId} did not settle within the wait timeout; it is still running in CloudFormation`);
        }
        status = settled.value.StackStatus;
        statusReason = settled.value.StackStatusReason;
    }
    const events = await stream().catch(() => []);
    if (!executeError && SUCCESS.has(status))
        return { stackId: input.stackId, status, events };
    // Failed: clean up, then explain with the first real failure.
    await deleteChangeSet(aws.changeSets, input.changeSetId).catch((err) => logger.warning(`could not delete change set ${input.changeSetId}: ${errorMessage(err)}`));
    const cause = rootCause(events);
    if (cause) {
        throw new src_errors/* UserError */.yo('deploy', `deploy failed: ${cause.logicalId} (${cause.type}) ${cause.status}: ${cause.reason}`);
    }
    if (executeError)
        throw awsFailure('deploy', 'CloudFormation ExecuteChangeSet', executeError);
    throw new src_errors/* UserError */.yo('deploy', `deploy failed: stack is ${status}${statusReason ? `: ${statusReason}` : ''}`);
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
    return resources
        .filter((r) => r.ResourceType === 'AWS::ECS::Service' && r.PhysicalResourceId)
        .map((r) => ({
        logicalId: r.LogicalResourceId,
        arn: r.PhysicalResourceId,
        cluster: clusterOf(r.PhysicalResourceId) ?? cluster ?? 'default',
        taskDefinition: taskDefinitionOf(r.LogicalResourceId),
    }))
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
/**
 * Waits until every service's primary deployment has completed, reporting each poll.
 * Fails with ECS's own reason when the circuit breaker rolled a deployment back.
 */
async function watchRollout(ecs, services, poll, onProgress = () => { }) {
    let rows = [];
    const result = await pollUntil(async () => {
        rows = await describeRollouts(ecs, services);
        await onProgress(rows);
        const failed = rows.find((r) => r.failed);
        if (failed) {
            const error = new src_errors/* UserError */.yo('deploy', `ECS rolled back service ${failed.name}: ${failed.reason ?? 'the deployment failed'}${failed.latestEvent && failed.latestEvent !== failed.reason ? ` (latest event: ${failed.latestEvent})` : ''}`);
            // Which service, so the caller can say why its tasks stopped (failure-report.ts).
            const service = services.find((s) => s.logicalId === failed.logicalId);
            throw Object.assign(error, { failedService: service && { ...service, name: failed.name } });
        }
        return rows.every((r) => r.done) ? rows : undefined;
    }, poll);
    if (!result.done) {
        const waiting = rows
            .filter((r) => !r.done)
            .map((r) => `${r.name} (${r.running}/${r.desired} running${r.latestEvent ? `; ${r.latestEvent}` : ''})`);
        throw new src_errors/* UserError */.yo('deploy', `rollout did not complete within the wait timeout: ${waiting.join(', ')}`);
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
                throw awsFailure('deploy', 'ECS DescribeServices', err);
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

;// CONCATENATED MODULE: ./src/deploy/deploy.ts



/** A rolled-back service's failure, with why its last task stopped and what it printed (failure-report.ts). */
async function withDiagnosis(aws, err, logger) {
    const failed = err.failedService;
    if (!failed)
        return err;
    const diagnosis = await diagnoseService(aws.services, aws.logs, failed).catch(() => undefined);
    if (!diagnosis)
        return err;
    const text = formatDiagnosis(diagnosis);
    logger.info(text);
    return Object.assign(err, { diagnosis: text });
}
/**
 * Executes a ready change set, then follows every ECS service of the stack until its rollout has
 * completed. Either step's failure throws with its root cause; success means ECS runs the release.
 */
async function deployChangeSet(aws, ready, logger, poll, progress) {
    await logger.group(`deploy stack ${ready.stackName}`, () => executeChangeSet(aws, ready, logger, poll, (e) => {
        logger.info(`${e.timestamp.toISOString()} ${e.logicalId} ${e.status}${e.reason ? `: ${e.reason}` : ''}`);
        progress.onEvent(e);
    }));
    return logger.group('watch the ECS rollout', async () => {
        const services = await stackServices(aws.stacks, ready.stackId, ready.template);
        const rows = await watchRollout(aws.services, services, poll, async (rows) => {
            for (const r of rows) {
                logger.info(`${r.name}: ${r.rolloutState} ${r.running}/${r.desired} running${r.latestEvent ? ` · ${r.latestEvent}` : ''}`);
            }
            await progress.onRollout(rows);
        }).catch(async (err) => {
            throw await withDiagnosis(aws, err, logger);
        });
        for (const r of rows)
            if (r.note)
                logger.warning(`${r.name}: ${r.note}`);
        return rows;
    });
}

;// CONCATENATED MODULE: ./src/deploy/outputs.ts

const IS_URL = /url$/i;
/**
 * Service URLs (outputs whose key ends in `URL`), for the report and later workflow steps. They come
 * from the stack's Outputs; where CloudFormation has none yet (some endpoints never fill them), the
 * template's own URL outputs are evaluated against the load balancers the stack created.
 */
async function stackUrls(clients, stackId, template) {
    const stack = await describeStack(clients.stacks, stackId);
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
async function fileSecretParameters(project, environment, stackName, parameters, mode, deps) {
    const plan = { parameters: {}, writes: [], created: [] };
    const values = plan.parameters;
    const newVersionId = deps.newVersionId ?? external_node_crypto_.randomUUID;
    for (const p of parameters.filter((x) => x.kind === 'file-secret')) {
        const definition = project.secrets[p.secret ?? ''];
        if (!definition)
            throw new src_errors/* UserError */.yo('plan', `template parameter ${p.name} names an unknown secret ${p.secret}`);
        const content = await secretContent(definition, environment);
        deps.logger.mask(content);
        const name = storedSecretName(stackName, definition.name);
        const version = parameters.find((x) => x.kind === 'file-secret-version' && x.secret === p.secret);
        const existing = await call(`Secrets Manager DescribeSecret ${name}`, () => deps.secrets.find(name));
        const current = existing
            ? await call(`Secrets Manager GetSecretValue ${name}`, () => deps.secrets.current(existing))
            : undefined;
        const unchanged = current !== undefined && current.value === content;
        if (mode === 'plan') {
            values[p.name] = existing ?? (await predictedArn(deps.identity, name));
            // A plan stores nothing: new content shows as a version still to be written.
            if (version)
                values[version.name] = unchanged ? current.versionId : 'new-version-on-deploy';
            continue;
        }
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
        throw awsFailure('plan', what, err);
    }
}
async function predictedArn(identity, name) {
    const [account, region] = await call('STS GetCallerIdentity', () => Promise.all([identity.account(), identity.region()]));
    return `arn:${account.partition}:secretsmanager:${region}:${account.id}:secret:${name}`;
}
async function secretContent(definition, environment) {
    const content = await readSecret(definition, environment);
    if (content !== undefined)
        return content;
    // The loader checked the file and the pipeline the variable; this is the last word if either vanished.
    throw new src_errors/* UserError */.yo('plan', definition.file
        ? `secret ${definition.name}: cannot read its file ${definition.file}; write it before this step, e.g. from a GitHub secret`
        : `secret ${definition.name}: environment variable ${definition.environment} is not set`);
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
                throw new src_errors/* UserError */.yo('plan', 'this account and region have no default VPC: set the vpc-id input (or x-aws-vpc) and subnet-ids');
            }
        }
        if (request.subnetIds?.length)
            return { vpcId, subnetIds: [...request.subnetIds], zones: await zoneCount(ec2, request.subnetIds) };
        const found = await subnetsOf(ec2, vpcId, !request.privateSubnets);
        if (!found.subnetIds.length) {
            throw new src_errors/* UserError */.yo('plan', `VPC ${vpcId} has no ${request.privateSubnets ? 'private' : 'public'} subnets: set the subnet-ids input`);
        }
        return { vpcId, ...found };
    }
    catch (err) {
        throw awsFailure('plan', 'looking up the VPC and subnets', err);
    }
}
/** Given subnets are taken as they are, but their zones are counted: ALB and EFS need distinct ones. */
async function zoneCount(ec2, subnetIds) {
    const subnets = await ec2.subnets({ subnetIds });
    return new Set(subnets.map((s) => s.AvailabilityZone ?? s.SubnetId)).size;
}
/**
 * Subnets for an internet-facing load balancer: the public-subnet-ids input (zones counted), else the
 * VPC's public subnets, one per availability zone.
 */
async function resolvePublicSubnets(ec2, vpcId, given) {
    try {
        if (given?.length)
            return { subnetIds: [...given], zones: await zoneCount(ec2, given) };
        return await subnetsOf(ec2, vpcId, true);
    }
    catch (err) {
        throw awsFailure('plan', 'looking up public subnets for the load balancer', err);
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
        return { subnetIds, zones: byZone.size };
    }
}

;// CONCATENATED MODULE: ./src/deploy/parameters.ts


/**
 * Fills the template's network parameters from the account: the VPC and subnets, looked up now,
 * never baked in. The vpc-id and subnet-ids inputs win over the compose file's x-aws-vpc, which
 * wins over the default VPC.
 */
async function networkParameters(ec2, parameters, request) {
    const vpc = parameters.find((p) => p.kind === 'vpc');
    const subnets = parameters.find((p) => p.kind === 'subnets');
    const lbSubnets = parameters.find((p) => p.kind === 'load-balancer-subnets');
    if (!vpc && !subnets && !lbSubnets)
        return {};
    const network = await resolveNetwork(ec2, {
        vpcId: request.vpcId ?? vpc?.value,
        subnetIds: request.subnetIds,
        privateSubnets: request.privateSubnets ?? (subnets?.public === false ? true : undefined),
    });
    if (subnets?.minCount && network.zones < subnets.minCount) {
        throw new src_errors/* UserError */.yo('plan', `${subnets.description}: needs at least ${subnets.minCount} subnets in distinct availability zones, found ${network.zones} zone(s) (${network.subnetIds.join(', ')})`);
    }
    const values = {};
    if (vpc)
        values[vpc.name] = network.vpcId;
    if (subnets)
        values[subnets.name] = network.subnetIds.join(',');
    if (lbSubnets) {
        // Public task subnets serve the load balancer too; private ones cannot (no route from the internet).
        const tasksPublic = !(request.privateSubnets ?? subnets?.public === false);
        const lb = !request.publicSubnetIds?.length && tasksPublic
            ? network
            : await resolvePublicSubnets(ec2, network.vpcId, request.publicSubnetIds);
        if (lb.zones < (lbSubnets.minCount ?? 2)) {
            throw new src_errors/* UserError */.yo('plan', `${lbSubnets.description}: found ${lb.zones} zone(s) (${lb.subnetIds.join(', ') || 'none'}); set the public-subnet-ids input, or x-aws-loadbalancer_scheme: internal to keep the load balancer inside the VPC`);
        }
        values[lbSubnets.name] = lb.subnetIds.join(',');
    }
    return values;
}

;// CONCATENATED MODULE: ./src/template/tags.ts
const PROJECT_TAG = 'com.docker.compose.project';
const SERVICE_TAG = 'com.docker.compose.service';
const TAG_PROPERTY = {
    'AWS::ECS::Cluster': 'Tags',
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
    'AWS::EFS::FileSystem': 'FileSystemTags',
    'AWS::EFS::AccessPoint': 'AccessPointTags',
    'AWS::EFS::MountTarget': null,
    'AWS::ServiceDiscovery::HttpNamespace': 'Tags',
    'AWS::ServiceDiscovery::PrivateDnsNamespace': 'Tags',
    'AWS::ServiceDiscovery::Service': 'Tags',
    'AWS::ServiceDiscovery::Instance': null,
    'AWS::ApplicationAutoScaling::ScalableTarget': null,
    'AWS::ApplicationAutoScaling::ScalingPolicy': null,
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
        const mine = tagList(ctx.project.name, owners.get(id));
        props[prop] = [...mine, ...existing.filter((t) => !mine.some((m) => m.Key === t.Key))];
    }
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
                GroupDescription: `${ctx.project.name} ${name} network`,
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

;// CONCATENATED MODULE: ./src/template/fargate-size.ts
// Fargate accepts only fixed CPU/memory pairs; pick the smallest that covers what compose asks for.
/** CPU units → allowed memory in MiB (ECS-FACTS.md). */
const FARGATE_SIZES = [
    { cpu: 256, memory: [512, 1024, 2048] },
    { cpu: 512, memory: fargate_size_range(1024, 4096, 1024) },
    { cpu: 1024, memory: fargate_size_range(2048, 8192, 1024) },
    { cpu: 2048, memory: fargate_size_range(4096, 16384, 1024) },
    { cpu: 4096, memory: fargate_size_range(8192, 30720, 1024) },
    { cpu: 8192, memory: fargate_size_range(16384, 61440, 4096) },
    { cpu: 16384, memory: fargate_size_range(32768, 122880, 8192) },
];
function fargate_size_range(from, to, step) {
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

;// CONCATENATED MODULE: ./src/template/logs.ts

const LOG_GROUP_ID = 'LogGroup';
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
        'awslogs-stream-prefix': ctx.project.name,
    };
    for (const key of Object.keys(userOptions).sort())
        options[key] = userOptions[key];
    const extraGroup = typeof userOptions['awslogs-group'] === 'string' ? userOptions['awslogs-group'] : undefined;
    return { config: { LogDriver: 'awslogs', Options: options }, ...(extraGroup ? { extraGroup } : {}) };
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
    for (const c of task.containers) {
        const r = c.deploy?.resources;
        cpus += r?.limits?.cpus ?? r?.reservations?.cpus ?? 0;
        memory += r?.limits?.memory ?? r?.reservations?.memory ?? 0;
    }
    const size = fargateSize(cpus, memory);
    if (!size) {
        ctx.error(['services', task.name, 'deploy', 'resources'], `task ${task.name} asks for ${cpus} vCPU and ${Math.ceil(memory / MIB)} MiB; Fargate tasks go up to ${MAX_CPUS} vCPU and ${MAX_MEMORY_MIB} MiB`);
        return { cpu: 256, memory: 512 };
    }
    return size;
}
function addTaskDefinition(ctx, task, extras) {
    const id = `${task.id}TaskDefinition`;
    const size = taskSize(ctx, task);
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
            RequiresCompatibilities: ['FARGATE'],
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
    checkUnsupported(ctx, c);
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
        ...(Object.keys(c.ulimits).length > 0 ? { Ulimits: task_definition_ulimits(ctx, c) } : {}),
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
function task_definition_ulimits(ctx, c) {
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
/** What the converter cannot carry yet. Fargate's own rules live in one table (compose/ecs-rules.ts), applied by the loader. */
function checkUnsupported(ctx, c) {
    const path = ['services', c.name];
    if (c.configs.length > 0)
        ctx.warn([...path, 'configs'], 'configs are not supported yet; ignored');
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
    const users = new Map();
    for (const task of tasks) {
        for (const c of task.containers) {
            for (const m of c.volumes) {
                if (m.type !== 'volume' || !m.source)
                    continue;
                users.set(m.source, (users.get(m.source) ?? new Set()).add(task));
            }
        }
    }
    for (const name of [...users.keys()].sort()) {
        const vol = ctx.project.volumes[name];
        const path = ['volumes', name];
        if (!vol) {
            ctx.error(['services', [...users.get(name)][0].name, 'volumes'], `volume ${name} is not defined in the top-level volumes`);
            continue;
        }
        if (vol.driver && !['local', 'efs'].includes(vol.driver))
            ctx.warn([...path, 'driver'], `volume driver ${vol.driver} is ignored: volumes become EFS file systems`);
        for (const key of Object.keys(vol.driverOpts).sort()) {
            if (!KNOWN_OPTS.includes(key))
                ctx.warn([...path, 'driver_opts', key], `driver option ${key} is ignored (known: ${KNOWN_OPTS.join(', ')})`);
        }
        if (vol.external) {
            const fs = vol.externalName ?? vol.name;
            if (!/^fs-[0-9a-f]+$/.test(fs))
                ctx.error([...path, 'name'], `external volume ${name} must name an existing EFS file system id (fs-...), got ${fs}`);
            plan.fileSystems.set(name, fs);
            continue;
        }
        const id = fileSystemId(ctx, name);
        const o = vol.driverOpts;
        const throughput = o.provisioned_throughput !== undefined ? Number(o.provisioned_throughput) : undefined;
        if (throughput !== undefined && !(throughput > 0))
            ctx.error([...path, 'driver_opts', 'provisioned_throughput'], 'provisioned_throughput must be a positive number of MiB/s');
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
        plan.parameters.push({
            name: retained,
            kind: 'retained-file-system',
            volume: name,
            description: `a file system of volume ${name} that an earlier stack of ${ctx.project.name} retained`,
        });
        const fsValue = { 'Fn::If': [isNew, ref(id), ref(retained)] };
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
                ...(o.lifecycle_policy ? { LifecyclePolicies: [{ TransitionToIA: o.lifecycle_policy }] } : {}),
                ...(o.performance_mode ? { PerformanceMode: o.performance_mode } : {}),
                ...(throughput !== undefined && throughput > 0 ? { ProvisionedThroughputInMibps: throughput } : {}),
                ...(o.throughput_mode ? { ThroughputMode: o.throughput_mode } : {}),
            },
        });
        // NFS from the security groups of the services that mount it, nothing else.
        const clientGroups = new Map();
        for (const task of users.get(name)) {
            for (const n of Object.keys(task.main.networks).sort()) {
                const g = groups.get(n);
                if (g !== undefined)
                    clientGroups.set(JSON.stringify(g), g);
            }
        }
        ctx.add(`${id}SecurityGroup`, {
            Type: 'AWS::EC2::SecurityGroup',
            Properties: {
                GroupDescription: `${ctx.project.name} ${name} volume: NFS from the services that mount it`,
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
        plan.fileSystems.set(name, fsValue);
        plan.mountTargets.set(name, targets);
    }
    return plan;
}
function taskVolumes(ctx, task, plan) {
    const out = { containers: new Map(), volumes: [], statements: [], mountTargets: [] };
    const taskVolumeNames = new Set();
    const access = new Map();
    for (const c of task.containers) {
        const mounts = [];
        c.volumes.forEach((m, i) => {
            const path = ['services', c.name, 'volumes', i];
            if (m.type === 'bind' || m.type === 'tmpfs') {
                const what = m.type === 'bind' ? `bind mount ${m.source} → ${m.target}` : `tmpfs ${m.target}`;
                if (ctx.options.dropUnsupportedMounts)
                    ctx.warn(path, `${what} is dropped: Fargate has no host file system`);
                else
                    ctx.error(path, `${what} is not available on Fargate (use a named volume)`);
                return;
            }
            if (m.type !== 'volume') {
                ctx.error(path, `${m.type} mounts are not available on Fargate`);
                return;
            }
            if (!m.source) {
                // Docker fills an anonymous volume with the image's content at that path; an ECS task volume
                // starts empty (only a path the image declares as VOLUME is copied), so `- /code/node_modules`
                // would hide the image's node_modules. Without the mount the image's content stays visible and
                // writes go to the container's layer — what compose shows, minus persistence across restarts,
                // which an anonymous volume never promised. Kept (empty) where nocopy asks for an empty volume
                // or the root file system is read-only and the path must stay writable.
                if (m.nocopy || c.readOnly) {
                    const name = `${containerName(c.name)}-anon-${i}`;
                    out.volumes.push({ Name: name });
                    mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: name });
                    if (!m.nocopy)
                        ctx.warn(path, `anonymous volume ${m.target} starts empty on ECS (Docker would copy the image's content there); kept because read_only needs it writable`);
                }
                else {
                    ctx.warn(path, `anonymous volume ${m.target} is not mounted: an ECS task volume starts empty and would hide the image's content there, which Docker copies in; the image's files stay visible and writes go to the container`);
                }
                return;
            }
            const fs = plan.fileSystems.get(m.source);
            if (fs === undefined)
                return; // reported by planVolumes
            const vol = ctx.project.volumes[m.source];
            const sub_ = m.subpath ? m.subpath.replace(/^\/+|\/+$/g, '') : '';
            const volName = `${m.source}${sub_ ? `-${sub_}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '-');
            const apId = `${task.id}${ctx.ids.volume.get(m.source)}${sub_ ? pascal(sub_) : ''}AccessPoint`;
            if (!taskVolumeNames.has(volName)) {
                taskVolumeNames.add(volName);
                ctx.add(apId, accessPoint(fs, vol.driverOpts, sub_, vol.external ? '' : m.source, owner(c)), task.name);
                out.volumes.push({
                    EFSVolumeConfiguration: {
                        AuthorizationConfig: { AccessPointId: ref(apId), IAM: 'ENABLED' },
                        FilesystemId: fs,
                        TransitEncryption: 'ENABLED',
                    },
                    Name: volName,
                });
                const key = JSON.stringify(fs);
                const a = access.get(key) ?? { fs, points: [], write: false };
                a.points.push(sub(`arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:access-point/\${${apId}}`));
                access.set(key, a);
                out.mountTargets.push(...(plan.mountTargets.get(m.source) ?? []));
            }
            if (!m.readOnly)
                access.get(JSON.stringify(fs)).write = true;
            mounts.push({ ContainerPath: m.target, ReadOnly: m.readOnly, SourceVolume: volName });
        });
        if (mounts.length > 0)
            out.containers.set(c.name, { MountPoints: mounts });
    }
    for (const a of access.values()) {
        const arn = 'arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/';
        const fsArn = typeof a.fs === 'string' ? sub(`${arn}${a.fs}`) : sub(`${arn}\${Id}`, { Id: a.fs });
        out.statements.push({
            Action: a.write
                ? ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite']
                : 'elasticfilesystem:ClientMount',
            Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': a.points } },
            Effect: 'Allow',
            Resource: fsArn,
        });
    }
    return out;
}
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
            throw awsFailure('plan', `looking up retained file systems of volume ${p.volume}`, err);
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

;// CONCATENATED MODULE: ./src/deploy/template-source.ts


/** The template the stack runs now (what the plan diffs against); undefined for a new stack. */
async function deployedTemplate(stacks, stackId) {
    let body;
    try {
        body = await stacks.template(stackId);
    }
    catch (err) {
        throw awsFailure('plan', 'CloudFormation GetTemplate', err);
    }
    if (!body)
        return undefined;
    // Our templates are JSON; a stack someone edited by hand may hold YAML (a superset of JSON).
    return (0,dist/* parse */.qg)(body);
}

;// CONCATENATED MODULE: ./src/template/target-health.ts

const CHECK_DEFAULTS = { interval: 10, timeout: 5, healthy: 2, unhealthy: 2 };
/** compose's default stop_grace_period, and the bounds of the drain derived from it (Fargate stops a container after at most 120 s). */
const DRAIN = { default: 10, min: 5, max: 120 };
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
    const path = ext?.path ?? (type === 'application' ? local?.path : undefined);
    const codes = ext?.codes;
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

;// CONCATENATED MODULE: ./src/template/routes.ts

/** The port's route, if it has one (x-aws-route, checked by the loader): prefixes expanded, a stable priority. */
function portRoute(route, key) {
    if (!route)
        return undefined;
    const { paths, hosts } = route;
    return { paths: routes_expand(paths), hosts, priority: route.priority ?? defaultPriority(paths, hosts, key) };
}
/** `/api` means the prefix: `/api` and `/api/*`, as a compose user would expect. */
function routes_expand(paths) {
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

;// CONCATENATED MODULE: ./src/template/published-ports.ts

/**
 * Ports sharing a published port share the listener of the one without a route (its logical ID stays
 * what it was before routes), else one named after the port (`HTTP80Listener`). Routes of one listener
 * need distinct priorities, and all its ports the same protocol and certificate.
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
        const owner = group.find((p) => !p.route);
        const listenerId = owner ? owner.listenerId : `${group[0].protocol}${group[0].port.published}Listener`;
        const priorities = new Map();
        for (const p of group) {
            p.listenerId = listenerId;
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
    for (const p of ports) {
        const twin = out.find((o) => o.port.published === p.port.published &&
            o.protocols.length === 1 &&
            o.protocols[0] !== p.port.protocol);
        if (!twin) {
            out.push(p);
            continue;
        }
        const tcp = twin.port.protocol === 'tcp' ? twin : p;
        if (twin.container !== p.container || twin.port.target !== p.port.target || tcp.protocol !== 'TCP') {
            ctx.error(p.path, `port ${p.port.published} is published for TCP and UDP: a load balancer has one listener per port, so both must go to the same container port of the same service, without TLS (one TCP_UDP listener)`);
            continue;
        }
        out[out.indexOf(twin)] = {
            ...tcp,
            id: `${ctx.ids.service.get(tcp.container.name)}TCPUDP${tcp.port.published}`,
            listenerId: `${ctx.ids.service.get(tcp.container.name)}TCPUDP${tcp.port.published}Listener`,
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

;// CONCATENATED MODULE: ./src/template/load-balancer.ts








const LB_ID = 'LoadBalancer';
const LB_SG_ID = 'LoadBalancerSecurityGroup';
const HTTP_PROTOCOLS = ['http', 'https'];
function planLoadBalancer(ctx, tasks) {
    const raw = [];
    for (const task of tasks) {
        for (const container of task.containers) {
            container.ports.forEach((port, i) => {
                if (port.published === undefined)
                    return;
                const path = ['services', container.name, 'ports', i];
                if (port.hostIp !== undefined && !isWildcard(port.hostIp)) {
                    if (isLoopback(port.hostIp)) {
                        // Compose binds such a port on the host's loopback only: nobody outside the host reaches it.
                        // Publishing it on an internet-facing load balancer would expose what the file keeps private.
                        ctx.warn([...path, 'host_ip'], `port ${port.published}:${port.target}/${port.protocol} is bound to ${port.hostIp} under compose: not published; reachable from other services by name (${container.name}:${port.target})`);
                        return;
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
                raw.push({
                    task,
                    container,
                    port,
                    path,
                    http,
                    ...(route ? { route } : {}),
                    ...(requested ? { requested } : {}),
                    ...(certificate ? { certificate } : {}),
                });
            });
        }
    }
    const type = raw.length > 0 && raw.every((p) => p.http) ? 'application' : 'network';
    // One listener per published port. Ports sharing one are routed (x-aws-route), all but at most one.
    const unrouted = new Map();
    const all = raw.map((p) => {
        const key = `${p.port.published}/${p.port.protocol}`;
        if (p.route && type !== 'application')
            ctx.error([...p.path, X.route], `${X.route} needs an Application Load Balancer: every published port must be HTTP`);
        const other = unrouted.get(key);
        if (!p.route && other)
            ctx.error(p.path, `port ${key} is already published by service ${other}; each published port needs its own listener (or give each service an ${X.route} to share it)`);
        if (!p.route)
            unrouted.set(key, p.container.name);
        const protocol = type === 'application'
            ? p.requested === 'https' || (p.requested === undefined && p.certificate)
                ? 'HTTPS'
                : 'HTTP'
            : p.port.protocol === 'udp'
                ? 'UDP'
                : p.certificate
                    ? 'TLS'
                    : 'TCP';
        // e.g. WebTCP80: the compose service, the compose protocol and the published port.
        const id = `${ctx.ids.service.get(p.container.name)}${p.port.protocol.toUpperCase()}${p.port.published}`;
        return {
            listenerId: `${id}Listener`,
            task: p.task,
            container: p.container,
            port: p.port,
            path: p.path,
            id,
            protocols: [p.port.protocol],
            ...(p.route ? { route: p.route } : {}),
            protocol,
            ...(p.certificate ? { certificate: p.certificate } : {}),
        };
    });
    shareListeners(ctx, all);
    const ports = mergeTcpUdp(ctx, all);
    const lbScheme = ctx.project.aws?.loadBalancerScheme ?? 'internet-facing';
    if (lbScheme === 'internet-facing')
        for (const p of ports)
            warnIfDatastore(ctx, p);
    const existing = ctx.project.aws?.loadBalancer;
    const existingGroup = ctx.project.aws?.loadBalancerSecurityGroup;
    if (existingGroup !== undefined && existing === undefined && ports.length > 0)
        ctx.warn([X.loadBalancerSecurityGroup], `${X.loadBalancerSecurityGroup} applies only with ${X.loadBalancer}; the load balancer this stack creates has its own group`);
    if (ports.length === 0)
        return { type, ports, existing: false, scheme: lbScheme };
    if (existing !== undefined) {
        if (existingGroup === undefined) {
            ctx.warn([X.loadBalancer], `SECURITY: the tasks behind the existing load balancer accept their published container ports from anywhere (0.0.0.0/0), not only from the load balancer; set ${X.loadBalancerSecurityGroup} to the load balancer's security group id to restrict them`);
            return { type, ports, arn: existing, existing: true, scheme: lbScheme };
        }
        return { type, ports, arn: existing, securityGroup: existingGroup, existing: true, scheme: lbScheme };
    }
    ctx.add(LB_SG_ID, {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
            GroupDescription: `${ctx.project.name} load balancer: published ports`,
            VpcId: ref(VPC_PARAM),
            SecurityGroupIngress: ports
                .filter((p, i) => ports.findIndex((o) => o.listenerId === p.listenerId) === i)
                .flatMap((p) => p.protocols.map((protocol) => ({
                CidrIp: '0.0.0.0/0',
                Description: `${p.container.name} published port ${p.port.published}/${protocol}`,
                FromPort: p.port.published,
                IpProtocol: protocol,
                ToPort: p.port.published,
            }))),
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
    return { type, ports, arn: ref(LB_ID), securityGroup: ref(LB_SG_ID), existing: false, scheme: lbScheme };
}
/** Target group, listener, task ingress and URL output per published port. */
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
function addListeners(ctx, plan, taskGroup) {
    // EC2 refuses a rule that already exists (same group, protocol, port and source), and so would
    // CloudFormation's create: e.g. "80:8080" plus "443:8080", or a TCP port that is also a UDP health-check port.
    const rules = new Set();
    const addIngress = (id, p, group, protocol, port, why) => {
        const source = plan.securityGroup ?? '0.0.0.0/0';
        const key = JSON.stringify([group, protocol, port, source]);
        if (rules.has(key))
            return;
        rules.add(key);
        const fromLb = plan.securityGroup !== undefined;
        ctx.add(id, {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
                ...(fromLb ? {} : { CidrIp: '0.0.0.0/0' }),
                Description: `container port ${port}/${protocol} ${why}`,
                FromPort: port,
                GroupId: group,
                IpProtocol: protocol,
                ...(fromLb ? { SourceSecurityGroupId: plan.securityGroup } : {}),
                ToPort: port,
            },
        }, p.task.name);
    };
    const listeners = new Set();
    for (const p of plan.ports) {
        const tg = `${p.id}TargetGroup`;
        const owner = p.task.name;
        const tgProtocol = plan.type === 'application'
            ? 'HTTP'
            : p.protocol === 'UDP' || p.protocol === 'TCP_UDP'
                ? p.protocol
                : 'TCP';
        const checked = {
            container: p.container,
            target: p.port.target,
            health: p.port.aws?.healthcheck,
            path: p.path,
        };
        const health = targetHealthCheck(ctx, checked, plan.type);
        ctx.add(tg, {
            Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
            Properties: {
                ...health,
                Port: p.port.target,
                Protocol: tgProtocol,
                TargetGroupAttributes: [
                    { Key: 'deregistration_delay.timeout_seconds', Value: String(drainSeconds(checked)) },
                ],
                TargetType: 'ip',
                VpcId: ref(VPC_PARAM),
            },
        }, owner);
        if (!listeners.has(p.listenerId)) {
            listeners.add(p.listenerId);
            // The port without a route answers what no rule matches; without one, the listener says 404.
            const fallback = plan.ports.find((o) => o.listenerId === p.listenerId && !o.route);
            ctx.add(p.listenerId, {
                Type: 'AWS::ElasticLoadBalancingV2::Listener',
                Properties: {
                    ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
                    DefaultActions: [
                        fallback
                            ? { TargetGroupArn: ref(`${fallback.id}TargetGroup`), Type: 'forward' }
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
        if (p.route) {
            ctx.add(`${p.id}Rule`, {
                Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
                Properties: {
                    Actions: [{ TargetGroupArn: ref(tg), Type: 'forward' }],
                    Conditions: [
                        ...(p.route.hosts.length > 0
                            ? [{ Field: 'host-header', HostHeaderConfig: { Values: p.route.hosts } }]
                            : []),
                        ...(p.route.paths.length > 0
                            ? [{ Field: 'path-pattern', PathPatternConfig: { Values: p.route.paths } }]
                            : []),
                    ],
                    ListenerArn: ref(p.listenerId),
                    Priority: p.route.priority,
                },
            }, owner);
        }
        // The container port opens to the load balancer's security group only — also for UDP: AWS documents
        // that a target rule referencing the NLB's security group admits its traffic even with client IP
        // preservation (always on for UDP). Without a group (an existing LB whose group is not given, which
        // planLoadBalancer warns about) it opens to 0.0.0.0/0.
        const group = taskGroup(p.task);
        if (group === undefined) {
            ctx.warn(p.path, `service ${p.task.name} joins only external networks: allow port ${p.port.target}/${p.protocols.join('+')} from the load balancer yourself`);
        }
        else {
            for (const protocol of p.protocols)
                addIngress(ingressId(group, protocol, p.port.target), p, group, protocol, p.port.target, 'from the load balancer');
            // Health checks obey the targets' inbound rules: a check on another port than the traffic port
            // (x-aws-healthcheck.port, or the port a compose healthcheck fetches), or the TCP check of a UDP
            // target group (an NLB cannot check UDP), needs that TCP port open to the load balancer too —
            // otherwise every target stays unhealthy and the service never becomes stable.
            const hcPort = Number(health.HealthCheckPort ?? p.port.target);
            if (hcPort !== p.port.target || !p.protocols.includes('tcp')) {
                addIngress(ingressId(group, 'tcp', hcPort, 'HealthCheck'), p, group, 'tcp', hcPort, 'for health checks');
            }
            if (tgProtocol === 'UDP' && health.HealthCheckPort === undefined) {
                ctx.warn(p.path, `UDP port ${p.port.target} is health-checked over TCP on port ${hcPort} (a Network Load Balancer cannot check UDP): the container must accept TCP connections there, or set ${X.healthcheck}: { port: <a TCP port it listens on> }`);
            }
        }
        if (!plan.existing) {
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
    }
    if (plan.ports.length > 0 && !plan.existing) {
        ctx.template.Outputs.LoadBalancerDNSName = {
            Description: 'DNS name of the load balancer',
            Value: getAtt(LB_ID, 'DNSName'),
        };
    }
}

;// CONCATENATED MODULE: ./src/template/service.ts


function serviceId(task) {
    return `${task.id}Service`;
}
function addService(ctx, task, taskDefinitionId, extras) {
    const s = task.main;
    const deploy = s.deploy;
    ctx.add(serviceId(task), {
        Type: 'AWS::ECS::Service',
        ...(extras.dependsOn.length > 0 ? { DependsOn: [...new Set(extras.dependsOn)].sort() } : {}),
        Properties: {
            Cluster: extras.cluster,
            DeploymentConfiguration: deploymentConfiguration(ctx, s),
            DeploymentController: { Type: 'ECS' },
            ...(extras.autoscaled ? {} : { DesiredCount: deploy?.replicas ?? 1 }),
            EnableECSManagedTags: true,
            ...(extras.enableExec ? { EnableExecuteCommand: true } : {}),
            ...(extras.loadBalancers.length > 0
                ? { HealthCheckGracePeriodSeconds: extras.gracePeriod ?? 60 }
                : {}),
            LaunchType: 'FARGATE',
            ...(extras.loadBalancers.length > 0 ? { LoadBalancers: extras.loadBalancers } : {}),
            NetworkConfiguration: {
                AwsvpcConfiguration: {
                    AssignPublicIp: ctx.options.assignPublicIp ? 'ENABLED' : 'DISABLED',
                    SecurityGroups: extras.securityGroups,
                    Subnets: extras.subnets ?? ref(SUBNETS_PARAM),
                },
            },
            PlatformVersion: 'LATEST',
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
    if (stateful !== undefined && (deploy?.replicas ?? 1) <= 1 && uc?.order === undefined) {
        // Two tasks on one data directory corrupt it, or the new one cannot take the database's lock, fails
        // its health check and the circuit breaker rolls the deploy back: replace the task stop-first.
        min = 0;
        max = 100;
        ctx.warn(['services', s.name, 'volumes', stateful.index], `${s.name} writes volume ${stateful.volume} with one replica: updates stop the old task before starting the new one (a short outage); set update_config.order: start-first to overlap them`);
    }
    if (uc && (uc.parallelism !== undefined || uc.order !== undefined)) {
        const r = Math.max(1, deploy?.replicas ?? 1);
        let p = uc.parallelism ?? 1;
        if (p < 1)
            p = 1;
        if (p > r) {
            ctx.warn([...ucPath, 'parallelism'], `parallelism ${p} is more than the ${r} replica(s); ${r} is used`);
            p = r;
        }
        min = Math.floor(((r - p) * 100) / r);
        max = Math.floor(((r + p) * 100) / r);
        if (uc.order === 'start-first')
            min = 100;
        if (uc.order === 'stop-first')
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
    if (uc?.monitor !== undefined)
        ctx.warn([...ucPath, 'monitor'], 'update_config.monitor is ignored: the circuit breaker watches the rollout');
    if (uc?.maxFailureRatio !== undefined)
        ctx.warn([...ucPath, 'max_failure_ratio'], 'update_config.max_failure_ratio is ignored: the circuit breaker decides');
    if (uc?.failureAction === 'pause')
        ctx.warn([...ucPath, 'failure_action'], 'failure_action: pause has no ECS equivalent; failed deployments roll back');
    // rollback (and by default): the circuit breaker rolls back; continue: leave a failed deployment in place.
    const rollback = uc?.failureAction !== 'continue';
    return {
        DeploymentCircuitBreaker: { Enable: rollback, Rollback: rollback },
        MaximumPercent: max,
        MinimumHealthyPercent: min,
    };
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
/** Cloud Map service names: letters, digits, '_' and '-' (and we keep them DNS labels). */
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** Every name a task answers to: the main service's name first, then sidecars, aliases and link aliases. */
function taskNames(ctx, task) {
    const names = new Set();
    for (const c of task.containers) {
        names.add(c.name.toLowerCase());
        for (const n of Object.values(c.networks))
            for (const a of n.aliases)
                names.add(a.toLowerCase());
    }
    const members = new Set(task.containers.map((c) => c.name));
    for (const s of Object.values(ctx.project.services))
        for (const l of s.links)
            if (members.has(l.service))
                names.add(l.alias.toLowerCase());
    return [...names];
}
/** Adds the namespace, a Cloud Map service per task and a CNAME per other name; undefined when discovery is off. */
function addDiscovery(ctx, tasks) {
    if (!ctx.options.serviceDiscovery || tasks.length === 0)
        return undefined;
    ctx.add(NAMESPACE_ID, {
        Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
        Properties: {
            Description: `compose service names of ${ctx.project.name}`,
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
            ctx.warn(['services', task.name], `${name} is not a DNS label (letters, digits, '-'); other services cannot reach ${task.name} by that name`);
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
    const bytes = Buffer.byteLength(body, 'utf8');
    if (bytes > MAX_S3_BODY_BYTES)
        problems.push({
            message: `the template is ${bytes} bytes; CloudFormation takes at most ${MAX_S3_BODY_BYTES} bytes even from S3`,
        });
    return problems;
}

;// CONCATENATED MODULE: ./src/template/options.ts
// Conversion options: all optional; the defaults give a working public deployment.
const DEFAULT_SECRETS_INIT_IMAGE = 'public.ecr.aws/docker/library/busybox:1.36';
function resolveOptions(o = {}) {
    return {
        dropUnsupportedMounts: o.dropUnsupportedMounts ?? false,
        assignPublicIp: o.assignPublicIp ?? true,
        enableExec: o.enableExec ?? false,
        serviceDiscovery: o.serviceDiscovery ?? true,
        efsSubnetCount: Math.max(1, Math.floor(o.efsSubnetCount ?? 2)),
        secretsInitImage: o.secretsInitImage ?? DEFAULT_SECRETS_INIT_IMAGE,
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

;// CONCATENATED MODULE: ./src/template/secrets.ts




const SECRETS_ROOT = '/run/secrets';
const INIT_CONTAINER = 'compose-secrets-init';
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
const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
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
            for (const key of ['uid', 'gid']) {
                const id = r[key];
                if (id !== undefined && !/^[0-9]+$/.test(id))
                    ctx.error([...path, key], `${key} must be a numeric id (decimal digits), not ${JSON.stringify(id)}`);
            }
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
                script.push(`mkdir -p "$(dirname ${shellQuote(dest)})"`, `printf '%s' "$${initVar}" > ${shellQuote(dest)}`);
                // Every value in the script is quoted, even those the loader already checked (numeric ids, octal mode).
                const mode = (r.mode ?? 0o444).toString(8).padStart(4, '0');
                script.push(`chmod ${shellQuote(mode)} ${shellQuote(dest)}`);
                if (r.uid !== undefined || r.gid !== undefined)
                    script.push(`chown ${shellQuote(`${r.uid ?? '0'}:${r.gid ?? '0'}`)} ${shellQuote(dest)}`);
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
    if (initSecrets.length > 0) {
        out.initContainers.push({
            Name: INIT_CONTAINER,
            Image: ctx.options.secretsInitImage,
            Essential: false,
            EntryPoint: ['sh', '-c'],
            Command: [script.join('\n')],
            LogConfiguration: logConfiguration(ctx, initService(task.main)).config,
            MountPoints: initMounts,
            Secrets: initSecrets,
        });
    }
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
/** The init container logs like its task's main container, without user logging overrides. */
function initService(main) {
    return { ...main, logging: undefined };
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
function ordered(obj, order) {
    const keys = Object.keys(obj);
    const rank = (k) => (order.includes(k) ? order.indexOf(k) : order.length);
    return Object.fromEntries(keys
        .slice()
        .sort((a, b) => rank(a) - rank(b) || (rank(a) === order.length ? byKey(a, b) : 0))
        .map((k) => [k, obj[k]]));
}
function canonicalTemplate(template) {
    const out = ordered(template, SECTION_ORDER);
    for (const section of SORTED_SECTIONS) {
        const value = out[section];
        if (value === undefined)
            continue;
        if (Object.keys(value).length === 0 && section !== 'Resources') {
            delete out[section];
            continue;
        }
        const sorted = Object.fromEntries(Object.keys(value)
            .sort(byKey)
            .map((k) => [k, value[k]]));
        if (section === 'Resources') {
            for (const [id, res] of Object.entries(sorted)) {
                const r = ordered(res, RESOURCE_ORDER);
                if (r.Properties && typeof r.Properties === 'object')
                    r.Properties = ordered(r.Properties, []);
                sorted[id] = r;
            }
        }
        out[section] = sorted;
    }
    return out;
}
function serialize(template) {
    return JSON.stringify(template, null, 2) + '\n';
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

;// CONCATENATED MODULE: ./src/template/names-used.ts
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
        out.push({ name: host, ...(port !== undefined ? { port } : {}), where });
    }
    return out;
}
/** Every name of `names` that service `s` uses, with where and on which port. */
function namesUsedBy(s, names) {
    const out = [];
    for (const [key, value] of Object.entries(s.environment))
        if (value !== null)
            out.push(...findNames(value, names, `environment.${key}`));
    (s.command ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `command[${i}]`)));
    (s.entrypoint ?? []).forEach((arg, i) => out.push(...findNames(arg, names, `entrypoint[${i}]`)));
    for (const l of s.links)
        if (names.has(l.alias.toLowerCase()))
            out.push({ name: l.alias.toLowerCase(), where: 'links' });
    for (const dep of Object.keys(s.dependsOn))
        if (names.has(dep.toLowerCase()))
            out.push({ name: dep.toLowerCase(), where: `depends_on.${dep}` });
    return out.filter((u) => u.name !== s.name.toLowerCase());
}

;// CONCATENATED MODULE: ./src/template/start-order.ts


/** Task name → the tasks it must start after (depends_on across tasks, and names it uses). */
function startOrder(ctx, tasks) {
    const taskOf = new Map();
    for (const t of tasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const edges = new Map(tasks.map((t) => [t.name, new Set()]));
    for (const t of tasks)
        for (const c of t.containers)
            for (const dep of Object.keys(c.dependsOn)) {
                const other = taskOf.get(dep);
                if (other && other !== t)
                    edges.get(t.name).add(other.name);
            }
    if (!ctx.options.serviceDiscovery)
        return edges;
    const owner = new Map();
    for (const t of tasks)
        for (const n of taskNames(ctx, t))
            owner.set(n, t.name);
    const names = new Set(owner.keys());
    const reaches = (from, to) => {
        const seen = new Set();
        const stack = [from];
        while (stack.length > 0) {
            const n = stack.pop();
            if (n === to)
                return true;
            if (seen.has(n))
                continue;
            seen.add(n);
            stack.push(...(edges.get(n) ?? []));
        }
        return false;
    };
    for (const t of [...tasks].sort((a, b) => (a.name < b.name ? -1 : 1))) {
        for (const c of t.containers) {
            for (const use of namesUsedBy(c, names)) {
                const server = owner.get(use.name);
                if (server === t.name || edges.get(t.name).has(server))
                    continue;
                if (reaches(server, t.name)) {
                    ctx.warn(['services', c.name], `${c.name} names ${use.name} (${use.where}), but ${server} already starts after ${t.name}; ${c.name} may start before ${use.name} answers and must retry`);
                    continue;
                }
                edges.get(t.name).add(server);
            }
        }
    }
    return edges;
}

;// CONCATENATED MODULE: ./src/template/convert.ts






















function convert(loaded, options = {}) {
    const ctx = createContext(loaded, resolveOptions(options));
    const project = ctx.project;
    const parameters = addNetworkParameters(ctx);
    const cluster = addCluster(ctx);
    addLogGroup(ctx);
    const groups = addNetworks(ctx);
    const tasks = planTasks(ctx);
    const lb = planLoadBalancer(ctx, tasks);
    if (ctx.template.Resources[LB_ID] && lb.scheme === 'internet-facing')
        parameters.push(addLoadBalancerSubnetsParameter(ctx));
    else if (ctx.template.Resources[LB_ID]) {
        // An internal load balancer sits in the tasks' subnets: they must span two zones.
        const subnets = parameters.find((p) => p.kind === 'subnets');
        subnets.minCount = Math.max(subnets.minCount ?? 0, 2);
    }
    const taskOf = new Map();
    for (const t of tasks)
        for (const c of t.containers)
            taskOf.set(c.name, t);
    const taskGroups = (task) => {
        const names = Object.keys(task.main.networks).sort();
        for (const c of task.containers.slice(1)) {
            // A network_mode: service:<name> sidecar declares no networks of its own (compose forbids both).
            const own = Object.keys(c.networks).sort();
            if (own.length > 0 && own.join() !== names.join()) {
                ctx.warn(['services', c.name, 'networks'], `sidecar ${c.name} shares the network of ${task.name}; its own networks are ignored`);
            }
        }
        return names.map((n) => groups.get(n)).filter((g) => g !== undefined);
    };
    // Ingress for published ports goes on the first security group we create for the task.
    const ingressGroup = (task) => Object.keys(task.main.networks)
        .sort()
        .map((n) => groups.get(n))
        .find((g) => typeof g === 'object');
    addListeners(ctx, lb, ingressGroup);
    const secrets = planSecrets(ctx);
    parameters.push(...secrets.parameters);
    const volumes = planVolumes(ctx, tasks, groups);
    parameters.push(...volumes.parameters);
    const discovery = addDiscovery(ctx, tasks);
    const order = startOrder(ctx, tasks);
    const byName = new Map(tasks.map((t) => [t.name, t]));
    const portsOf = new Map();
    for (const p of lb.ports)
        portsOf.set(p.task, [...(portsOf.get(p.task) ?? []), p]);
    for (const task of tasks) {
        const exec = task.containers.some((c) => execEnabled(ctx, c));
        const ts = taskSecrets(ctx, task, secrets.sources);
        const tv = taskVolumes(ctx, task, volumes);
        const containers = new Map();
        const dependsOn = [...(order.get(task.name) ?? [])].map((name) => serviceId(byName.get(name)));
        // Every container starts after the DNS search list names the namespace, so bare compose names resolve.
        const initContainers = discovery
            ? [dnsSearchContainer(ctx, task.main), ...ts.initContainers]
            : ts.initContainers;
        const dnsReady = discovery ? [{ Condition: 'SUCCESS', ContainerName: DNS_INIT_CONTAINER }] : [];
        for (const c of task.containers) {
            const deps = containerDependencies(ctx, task, c, taskOf);
            let extra = mergeProperties(ts.containers.get(c.name) ?? {}, tv.containers.get(c.name));
            const after = [...dnsReady, ...deps.container];
            if (after.length > 0)
                extra = mergeProperties(extra, { DependsOn: after });
            if (Object.keys(extra).length > 0)
                containers.set(c.name, extra);
        }
        const executionRole = addExecutionRole(ctx, task, {
            images: [
                ...task.containers.map((c) => c.image ?? ''),
                ...(initContainers.length > 0 ? [ctx.options.secretsInitImage] : []),
            ],
            extraLogGroups: task.containers.flatMap((c) => logConfiguration(ctx, c).extraGroup ?? []),
            secretArns: ts.secretArns,
            parameterArns: ts.parameterArns,
        });
        const taskRole = addTaskRole(ctx, task, { statements: tv.statements, exec });
        const taskDefinition = addTaskDefinition(ctx, task, {
            containers,
            initContainers,
            volumes: [...ts.volumes, ...tv.volumes],
            executionRole,
            ...(taskRole !== undefined ? { taskRole } : {}),
        });
        const ports = portsOf.get(task) ?? [];
        if (ports.length > 5)
            ctx.error(['services', task.name, 'ports'], `an ECS service can attach to at most 5 target groups; ${task.name} publishes ${ports.length} ports`);
        const startPeriods = ports
            .map((p) => p.container.healthcheck?.startPeriod)
            .filter((v) => v !== undefined);
        // Services that mount EFS volumes run where the mount targets are.
        const efsSubnets = Array.from({ length: ctx.options.efsSubnetCount }, (_, i) => ({
            'Fn::Select': [i, ref(SUBNETS_PARAM)],
        }));
        addService(ctx, task, taskDefinition, {
            cluster,
            securityGroups: taskGroups(task),
            ...(tv.mountTargets.length > 0 ? { subnets: efsSubnets } : {}),
            loadBalancers: ports.map((p) => ({
                ContainerName: containerName(p.container.name),
                ContainerPort: p.port.target,
                TargetGroupArn: ref(`${p.id}TargetGroup`),
            })),
            dependsOn: [
                ...ports.flatMap((p) => [p.listenerId, ...(p.route ? [`${p.id}Rule`] : [])]),
                ...dependsOn,
                ...tv.mountTargets,
            ],
            ...(startPeriods.length > 0 ? { gracePeriod: Math.max(...startPeriods.map(Math.round)) } : {}),
            serviceRegistries: discovery ? serviceRegistries(discovery, task) : [],
            autoscaled: task.main.deploy?.aws?.autoscaling !== undefined,
            enableExec: exec,
        });
        addAutoscaling(ctx, task, clusterName(cluster), lb, ports);
    }
    applyTags(ctx, ctx.owners);
    const template = canonicalTemplate(applyOverlay(ctx, ctx.template, project.aws?.cloudformation));
    const body = serialize(template);
    for (const problem of checkLimits(template, body))
        ctx.errors.push(problem);
    const quotas = checkQuotas(template);
    ctx.errors.push(...quotas.errors);
    ctx.warnings.push(...quotas.warnings);
    if (ctx.errors.length > 0) {
        throw new src_errors/* UserError */.yo('convert', `cannot convert project ${project.name}: ${ctx.errors.length} problem(s)`, ctx.errors);
    }
    return { template, body, parameters, warnings: ctx.warnings };
}
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
        throw awsFailure('plan', `uploading the template to s3://${bucket}/${key}`, err);
    }
    return { templateUrl: `https://${bucket}.s3.${upload.region}.amazonaws.com/${key}` };
}
/** A body over the inline limit needs the bucket (and at most 1 MB); says what to set otherwise. */
function requireBucket(body, bucket) {
    const bytes = Buffer.byteLength(body);
    if (!bucket) {
        throw new src_errors/* UserError */.yo('plan', `the template is ${bytes} bytes, over CloudFormation's inline limit of 51,200: set the template-bucket input to an S3 bucket the role may write to`);
    }
    if (bytes > 1_000_000)
        throw new src_errors/* UserError */.yo('plan', `the template is ${bytes} bytes, over CloudFormation's limit of 1 MB`);
    return bucket;
}

;// CONCATENATED MODULE: ./src/deploy/plan.ts







/**
 * Computes the change set: stack state, what it runs now, parameters from the account, the template
 * inline or from S3, then CreateChangeSet and its description. No secret content is written here:
 * the plan says what to store (writeFileSecrets) once the change set is ready to execute.
 */
async function planStack(request, aws, logger, poll) {
    const state = await prepareStack(aws.stacks, request.stackName, logger, poll, {
        deleteFailedCreate: request.mode === 'deploy',
    });
    if (state.failedCreate)
        return replacementPreview(request, state.failedCreate, state.stackId);
    const before = state.isNew || !state.stackId ? undefined : await deployedTemplate(aws.stacks, state.stackId);
    // Compact JSON for the API (more projects stay under the inline limit); the file on disk stays readable.
    const source = await templateSource(JSON.stringify(JSON.parse(request.conversion.body)), {
        store: aws.templates,
        bucket: request.templateBucket,
        stackName: request.stackName,
        region: request.region,
    });
    const accountParameters = {
        ...(await networkParameters(aws.network, request.conversion.parameters, request.network)),
        ...(await retainedFileSystemParameters(efsFinder(aws.fileSystems), request.conversion.parameters, {
            project: request.project.name,
            stack: request.stackName,
            isNew: state.isNew,
            ...(state.parameters ? { current: state.parameters } : {}),
        }, logger)),
    };
    // Last, so nothing above can fail after a secret was created.
    const secrets = await fileSecretParameters(request.project, request.environment, request.stackName, request.conversion.parameters, request.mode, { secrets: aws.secrets, identity: aws.identity, logger });
    const parameters = { ...request.stack.parameterOverrides, ...accountParameters, ...secrets.parameters };
    const name = changeSetName('compose-ecs', request.now);
    const type = state.isNew ? 'CREATE' : 'UPDATE';
    const difference = request.forceChangeSet
        ? 'forced'
        : differenceFromStack(state, before, request, parameters);
    if (difference === undefined) {
        // Nothing to compute: CreateChangeSet, DescribeChangeSet and DeleteChangeSet would only say so.
        const reason = 'the template, every parameter, the tags and the stack settings equal what the stack runs';
        return {
            type,
            changeSetName: name,
            outcome: { kind: 'no-changes', reason, stackId: state.stackId },
            stackId: state.stackId,
            before,
            secrets,
        };
    }
    logger.debug(`a change set is needed; differs from the stack: ${difference}`);
    let outcome;
    try {
        outcome = await createChangeSet(aws.changeSets, {
            stackName: request.stackName,
            changeSetName: name,
            type,
            ...source,
            parameters,
            tags: request.tags,
            description: `compose-ecs ${request.mode} of ${request.project.name}`,
            ...(request.stack.roleArn ? { roleArn: request.stack.roleArn } : {}),
            ...(request.stack.notificationArns?.length
                ? { notificationArns: request.stack.notificationArns }
                : {}),
        }, poll);
    }
    catch (err) {
        // A CREATE change set leaves an empty REVIEW_IN_PROGRESS stack behind when it fails: remove it too.
        if (type === 'CREATE')
            await removeEmptyStack(aws.stacks, request.stackName, poll).catch(() => undefined);
        await discardCreatedSecrets(secrets, { secrets: aws.secrets, logger });
        throw err;
    }
    return { type, changeSetName: name, outcome, stackId: state.stackId, before, secrets };
}
/**
 * What differs from the stack, or undefined when it already runs exactly this: the deployed template
 * (GetTemplate) against the new one, every parameter value (a NoEcho value reads as **** and so never equals:
 * a change set then decides), the tags, the service role and the topics. Anything unknown counts as a difference.
 */
function differenceFromStack(state, before, request, parameters) {
    if (state.isNew || !before || !state.parameters || !state.settings)
        return 'the stack is new or unread';
    const { settings } = state;
    const differs = (a, b) => canonical(a) !== canonical(b);
    if (differs(before, request.conversion.template))
        return 'the template';
    const changed = Object.keys({ ...state.parameters, ...parameters }).filter((k) => state.parameters[k] !== parameters[k]);
    if (changed.length)
        return `parameters ${changed.sort().join(', ')}`;
    if (differs(settings.tags, request.tags))
        return 'the stack tags';
    if ((settings.roleArn ?? '') !== (request.stack.roleArn ?? ''))
        return 'the service role';
    if (differs([...settings.notificationArns].sort(), [...(request.stack.notificationArns ?? [])].sort()))
        return 'the notification topics';
    return undefined;
}
/** JSON with sorted keys, so equal values compare equal whatever their key order. */
function canonical(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v);
}
/**
 * A plan of a stack left by a failed first create: CloudFormation cannot make a change set for it, and
 * deleting it would change the account, so the plan shows the stack a deploy would create in its place.
 */
function replacementPreview(request, status, stackId) {
    const resources = request.conversion.template.Resources;
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
    };
}
async function removeEmptyStack(cfn, stackName, poll) {
    const stack = await describeStack(cfn, stackName);
    if (stack?.StackStatus === 'REVIEW_IN_PROGRESS' && stack.StackId)
        await deleteStack(cfn, stack.StackId, poll);
}
/** Removes what planning created: the change set, and for a new stack the empty REVIEW_IN_PROGRESS shell. */
async function discardPlan(aws, plan, poll, logger) {
    if (plan.outcome.changeSetId)
        await deleteChangeSet(aws.changeSets, plan.outcome.changeSetId);
    if (plan.type === 'CREATE' && plan.outcome.stackId) {
        logger.info('removing the empty stack the plan created');
        await deleteStack(aws.stacks, plan.outcome.stackId, poll);
    }
    await discardCreatedSecrets(plan.secrets, { secrets: aws.secrets, logger });
}

// EXTERNAL MODULE: ./src/images/command.ts
var command = __webpack_require__(9263);
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
    const result = await (0,command/* runCommand */.d)('git', ['ls-remote', '--', context.url, ref]).catch((err) => {
        throw new src_errors/* UserError */.yo('images', `cannot run git to resolve the build context ${context.url}: ${err.message}`);
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
        throw new src_errors/* UserError */.yo('images', `the build context ${context.url} has no ref "${ref}"${result.stderr.trim() ? `: ${result.stderr.trim()}` : ''}`);
    return commit;
}

;// CONCATENATED MODULE: ./src/images/build-support.ts
// Which compose build fields the images stage can honour, decided before anything is built.
// buildSupport: what no engine can do (checked in every mode, also convert). engineSupport: what the
// chosen engine cannot do, each error naming the field and the engine.


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

;// CONCATENATED MODULE: ./src/images/ecr.ts


/** Decodes GetAuthorizationToken's `base64(user:password)`. The caller masks the password at once. */
async function getRegistryLogin(ecr) {
    let data;
    try {
        data = await ecr.authorizationToken();
    }
    catch (err) {
        throw (permissionFailure(err, 'ecr:GetAuthorizationToken', '*') ??
            awsFailure('images', 'ECR GetAuthorizationToken', err));
    }
    if (!data.token || !data.endpoint) {
        throw new src_errors/* UserError */.yo('images', 'ECR GetAuthorizationToken returned no token');
    }
    const decoded = Buffer.from(data.token, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1)
        throw new src_errors/* UserError */.yo('images', 'ECR GetAuthorizationToken returned a token that is not user:password');
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
                throw new src_errors/* UserError */.yo('images', `ECR CreateRepository ${name} returned no URI`);
            found.set(name, { uri, created: true, canRewrite: (tag) => mutableTags.includes(tag) });
        }
        catch (err) {
            throw (permissionFailure(err, 'ecr:CreateRepository', name) ??
                awsFailure('images', `ECR CreateRepository ${name}`, err));
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
            if (errorName(err) === 'RepositoryNotFoundException')
                return undefined;
            throw (permissionFailure(err, 'ecr:DescribeRepositories', repositoryNames.join(', ')) ??
                awsFailure('images', 'ECR DescribeRepositories', err));
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
    const text = `${errorName(err)} ${errorMessage(err)}`;
    if (!/AccessDenied|not authorized|UnauthorizedOperation|denied/i.test(text))
        return undefined;
    return deniedError(text, action, repository);
}
/** Names the action AWS reported as missing, else the one the call needed. */
function deniedError(text, action, repository) {
    const reported = /not authorized to perform: ([a-z0-9-]+:[A-Za-z]+)/.exec(text)?.[1];
    return new src_errors/* UserError */.yo('images', `access denied to ECR repository ${repository}: the role needs ${reported ?? action} on it (see the README's IAM policy) [${text.trim().split('\n').pop()}]`);
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
                awsFailure('images', `ECR GetLifecyclePolicy ${repositoryName}`, err));
        }
        if (current && JSON.stringify(JSON.parse(current)) === wanted)
            return;
        await ecr.putLifecyclePolicy(repositoryName, wanted).catch((err) => {
            throw (permissionFailure(err, 'ecr:PutLifecyclePolicy', repositoryName) ??
                awsFailure('images', `ECR PutLifecyclePolicy ${repositoryName}`, err));
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
                awsFailure('images', `tagging ${what} as ${tag}`, err));
        }
        if (!found)
            throw awsFailure('images', `tagging ${what} as ${tag}`, new Error(`ECR returned no manifest for ${what}`));
    }));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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

;// CONCATENATED MODULE: ./src/images/build-inputs.ts





/**
 * A fingerprint of everything a build reads: the Dockerfile (or dockerfile_inline), every file of the
 * context and of each local additional context that .dockerignore lets through (path, mode and
 * content) or a Git context's commit, build args, labels, target, platforms, secret and ssh ids (never
 * secret values), and the build's network settings.
 * Used as the image tag, so an unchanged service is neither rebuilt nor pushed, and every run of
 * an unchanged project pins the same digest (a no-op deploy stays a no-op even without a build cache).
 */
async function buildInputsHash(build, dockerfile, platforms = build.platforms) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const add = (label, value) => {
        hash.update(`${label}\0${Buffer.byteLength(value)}\0`);
        hash.update(value);
    };
    add('dockerfile', 'text' in dockerfile ? dockerfile.text : await (0,promises_.readFile)(dockerfile.path));
    await addContext(add, 'context', build.context);
    for (const [name, source] of sorted(build.additionalContexts ?? {})) {
        add('named-context', name);
        await addContext(add, `context:${name}`, source);
    }
    for (const [key, value] of sorted(build.args))
        add(`arg:${key}`, value);
    for (const [key, value] of sorted(build.labels))
        add(`label:${key}`, value);
    add('target', build.target ?? '');
    add('platform', platforms.join(','));
    // Fields added later hash only when written, so tags of builds that do not use them stay the same.
    for (const secret of build.secrets ?? [])
        add('secret-id', secret.id);
    for (const ssh of build.ssh ?? [])
        add('ssh-id', ssh.id);
    if (build.network)
        add('network', build.network);
    for (const host of build.extraHosts ?? [])
        add('extra-host', host);
    if (build.shmSize !== undefined)
        add('shm-size', String(build.shmSize));
    for (const [name, limit] of sorted(build.ulimits ?? {}))
        add(`ulimit:${name}`, `${limit.soft}:${limit.hard}`);
    for (const entitlement of build.entitlements ?? [])
        add('entitlement', entitlement);
    if (build.privileged)
        add('privileged', 'true');
    return hash.digest('hex');
}
function sorted(record) {
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
        privateDir ??= await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'compose-ecs-build-'));
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
        const fingerprint = await buildInputsHash(build, build.dockerfileInline !== undefined || remote
            ? { text: build.dockerfileInline ?? build.dockerfile }
            : { path: dockerfile }, platforms);
        const tag = `src-${fingerprint.slice(0, 32)}`;
        const secrets = [];
        for (const [i, secret] of (build.secrets ?? []).entries()) {
            const definition = options.secrets[secret.source];
            if (definition?.file)
                secrets.push({ id: secret.id, file: definition.file });
            else {
                const value = definition?.environment ? options.environment[definition.environment] : undefined;
                if (value === undefined)
                    throw new src_errors/* UserError */.yo('images', `build secret "${secret.source}" of service "${service.name}" has no value: set ${definition?.environment ?? 'its environment variable'}`);
                secrets.push({ id: secret.id, file: await privateFile(`secret-${i}`, value) });
            }
        }
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
                await printGroup(logger, `image: ${service} (failed after ${seconds(now() - started)})`, lines);
                failures.push({ service, error: explainDenied(error, plan) });
            }
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, plans.length));
    await Promise.all(Array.from({ length: workers }, worker));
    if (failures.length) {
        const skipped = plans.length - results.length - failures.length;
        if (skipped > 0)
            logger.info(`${skipped} build(s) not started after the failure`);
        throw failures[0].error;
    }
    return results;
}
async function printGroup(logger, title, lines) {
    await logger.group(title, async () => {
        for (const line of lines)
            logger.info(line);
    });
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

;// CONCATENATED MODULE: ./src/images/pin.ts






const CACHE_TAG = 'buildcache';
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
    const prefix = options.repositoryPrefix ?? project.name;
    const built = Object.values(project.services)
        .filter((s) => Boolean(s.build))
        .sort((a, b) => a.name.localeCompare(b.name));
    const invalid = built
        .map((s) => repositoryName(prefix, s.name))
        .filter((name) => !isValidRepositoryName(name));
    if (invalid.length) {
        throw new src_errors/* UserError */.yo('images', `not valid ECR repository names: ${invalid.join(', ')} (set repository-prefix)`);
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
        records.push(record(plan, digest, false));
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
                    throw new src_errors/* UserError */.yo('images', `${plan.repository}:${plan.tag} was pushed but the registry does not have it`);
                if (stored !== digest)
                    deps.logger.info(`${plan.repository}:${plan.tag}: the engine reported ${digest}, the registry stores ${stored}`);
                records.push({ ...record(plan, stored, true), durationMs });
            });
        }
    }
    finally {
        await Promise.all(plans.map((p) => p.cleanup()));
    }
    return records;
}
function record(plan, digest, pushed) {
    return {
        service: plan.request.service,
        uri: `${plan.repositoryUri}@${digest}`,
        repository: plan.repository,
        tag: plan.tag,
        digest,
        pushed,
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
        throw new src_errors/* UserError */.yo('inputs', `stack-name "${given}" is not a valid CloudFormation stack name (a letter, then letters, digits and hyphens; at most 128)`);
    }
    return given;
}

// EXTERNAL MODULE: ./src/deploy/stack-settings.ts
var stack_settings = __webpack_require__(1817);
;// CONCATENATED MODULE: ./src/report/sensitive.ts
/**
 * Changes a reviewer should look at twice: IAM, ingress open to the internet, internet-facing
 * load balancers. Only resources that this plan adds or modifies are flagged.
 */
function sensitiveChanges(after, diff) {
    const touched = new Set([...diff.added, ...diff.modified]);
    const notes = [];
    for (const id of [...touched].sort()) {
        const resource = after.Resources[id];
        if (!resource)
            continue;
        const props = resource.Properties ?? {};
        if (resource.Type.startsWith('AWS::IAM::'))
            notes.push(`${id}: IAM ${resource.Type.slice('AWS::IAM::'.length)} changes permissions`);
        if (resource.Type === 'AWS::EC2::SecurityGroup' || resource.Type === 'AWS::EC2::SecurityGroupIngress') {
            const rules = resource.Type === 'AWS::EC2::SecurityGroupIngress'
                ? [props]
                : (props.SecurityGroupIngress ?? []);
            for (const rule of rules) {
                if (rule.CidrIp === '0.0.0.0/0' || rule.CidrIpv6 === '::/0') {
                    const ports = rule.FromPort === rule.ToPort
                        ? `port ${String(rule.FromPort)}`
                        : `ports ${String(rule.FromPort)}-${String(rule.ToPort)}`;
                    notes.push(`${id}: ingress open to the internet on ${ports}/${String(rule.IpProtocol ?? 'tcp')}`);
                }
            }
        }
        if (resource.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' && props.Scheme !== 'internal') {
            notes.push(`${id}: internet-facing load balancer`);
        }
    }
    return notes;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(9672);
;// CONCATENATED MODULE: ./src/report/template-diff.ts

/**
 * What changes between the deployed template and the new one, computed locally: resource-level sets
 * (a reviewer's `cdk diff`), the container images that change, and a unified text diff.
 * It does not need CloudFormation's change-set details, which not every endpoint provides.
 */
function diffTemplates(before, after) {
    const old = before?.Resources ?? {};
    const next = after.Resources;
    const added = Object.keys(next)
        .filter((id) => !(id in old))
        .sort();
    const removed = Object.keys(old)
        .filter((id) => !(id in next))
        .sort();
    const modified = Object.keys(next)
        .filter((id) => id in old && template_diff_canonical(old[id]) !== template_diff_canonical(next[id]))
        .sort();
    const beforeText = before ? `${JSON.stringify(before, null, 2)}\n` : '';
    const afterText = `${JSON.stringify(after, null, 2)}\n`;
    const unified = beforeText === afterText
        ? ''
        : (0,create/* createTwoFilesPatch */.ss)('deployed', 'planned', beforeText, afterText, undefined, undefined, {
            context: 3,
        })
            .split('\n')
            .filter((line) => !/^(Index: |={10,})/.test(line)) // the banner lines say nothing here
            .join('\n');
    return { added, removed, modified, images: imageChanges(before, after), unified };
}
function template_diff_canonical(value) {
    return JSON.stringify(value, (_key, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v);
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

;// CONCATENATED MODULE: ./src/run.ts




















/**
 * The pipeline both shells run: load → images → convert → plan → deploy → report.
 * Each stage throws a UserError that names where it failed; nothing after it runs.
 */
async function run(options, deps) {
    const { logger } = deps;
    const loaded = await deps.logger.group('load the compose project', async () => {
        const result = await loadProject(options.load);
        for (const w of result.warnings)
            logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
        logger.info(`project ${result.project.name}: ${Object.keys(result.project.services).length} services`);
        return result;
    });
    const build = buildSupport(loaded);
    for (const w of build.warnings)
        logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    if (build.errors.length && options.mode !== 'convert') {
        throw new src_errors/* UserError */.yo('load', `${build.errors.length} build option(s) cannot be applied`, build.errors);
    }
    const stackName = resolveStackName(options.stackName, loaded.project.name);
    try {
        return await runStages(options, deps, loaded, stackName);
    }
    catch (err) {
        // The shells name the stack in what they post (the comment marker), also for an early failure.
        if (err && typeof err === 'object' && !('stackName' in err))
            Object.assign(err, { stackName });
        throw err;
    }
}
async function runStages(options, deps, loaded, stackName) {
    const { logger } = deps;
    // Convert once before building anything: a converter error must stop the run before a push.
    const preview = convertProject(withPreviewImages(loaded), options, logger);
    const secrets = await secretValues(loaded, options.load.environment);
    for (const { value } of secrets)
        logger.mask(value);
    // convert needs no secret values (the template takes their ARNs as parameters); plan and deploy do.
    const unset = options.mode === 'convert'
        ? []
        : [
            ...unsetSecrets(loaded, options.load.environment),
            ...unsetBuildSecrets(loaded, options.load.environment),
        ];
    if (unset.length)
        throw new src_errors/* UserError */.yo('load', `${unset.length} secret(s) have no value`, unset);
    const leaks = secretLeaks(loaded, secrets);
    if (leaks.length)
        throw new src_errors/* UserError */.yo('convert', `${leaks.length} field(s) would put a secret's value into the template`, leaks);
    const imageLeaks = buildSecretLeaks(loaded, secrets);
    if (imageLeaks.length)
        throw new src_errors/* UserError */.yo('load', `${imageLeaks.length} build field(s) would put a secret's value into an image`, imageLeaks);
    if (options.mode === 'convert') {
        await writeTemplate(options.templatePath, preview.body);
        const report = baseReport(options, loaded, stackName, preview, []);
        return { report, hasChanges: false, images: [], templatePath: options.templatePath, conversion: preview };
    }
    const overrideProblems = (0,stack_settings/* parameterOverrideProblems */._)(options.stack?.parameterOverrides ?? {}, preview.template.Parameters ?? {}, preview.parameters);
    if (overrideProblems.length)
        throw new src_errors/* UserError */.yo('inputs', overrideProblems.join('; '));
    const aws = required(deps.aws, 'AWS clients');
    const clock = deps.clock ?? systemClock;
    // What can refuse the run later is checked before anything is built or pushed.
    refuseBlockedStack(stackName, (await describeStack(aws.stacks, stackName))?.StackStatus);
    const engine = await chooseEngine(loaded, deps.engine);
    // The pushed images' names are longer than the preview's, so a preview over the inline limit is
    // certainly too large: say so now rather than after the push.
    const previewBody = JSON.stringify(JSON.parse(preview.body));
    if (templateBodyTooLarge(previewBody))
        requireBucket(previewBody, options.templateBucket);
    const { project, images } = await buildAndPushImages(loaded.project, { registry: aws.registry, engine, logger }, { ...options.images, repositoryPrefix: options.repositoryPrefix, environment: options.load.environment }).finally(() => engine?.dispose());
    const conversion = convertProject({ ...loaded, project }, options, logger, false);
    await writeTemplate(options.templatePath, conversion.body);
    const report = baseReport(options, loaded, stackName, conversion, images);
    report.redactions = secrets.map((s) => s.value);
    report.region = await aws.identity.region().catch(() => undefined);
    // The URLs are a convenience: failing to read them never fails a deploy that succeeded.
    const urlsOf = (stackId) => stackUrls(aws, stackId, conversion.template).catch((err) => {
        logger.warning(`could not read the service URLs: ${err.message}`);
        return {};
    });
    // One budget for the whole wait (change set, stack, rollout), as the wait-timeout input promises.
    const poll = {
        intervalMs: options.pollIntervalMs ?? 2000,
        timeoutMs: options.waitTimeoutMs,
        deadline: clock.now() + options.waitTimeoutMs,
        now: clock.now,
        sleep: clock.sleep,
    };
    const plan = await logger.group(`plan stack ${stackName}`, () => planStack({
        stackName,
        project,
        conversion,
        mode: options.mode === 'deploy' ? 'deploy' : 'plan',
        environment: options.load.environment,
        network: {
            vpcId: options.vpcId,
            subnetIds: options.subnetIds,
            publicSubnetIds: options.publicSubnetIds,
            privateSubnets: options.privateSubnets,
        },
        templateBucket: options.templateBucket,
        region: report.region ?? '',
        tags: { ...options.stack?.tags, 'com.docker.compose.project': loaded.project.name, ...options.tags },
        stack: options.stack ?? {},
        forceChangeSet: options.forceChangeSet ?? false,
        now: new Date(clock.now()),
    }, aws, logger, poll));
    const { outcome } = plan;
    report.changeSetType = plan.type;
    report.changeSetName = plan.changeSetName;
    report.diff = diffTemplates(plan.before, conversion.template);
    report.sensitive = sensitiveChanges(conversion.template, report.diff);
    report.hasChanges = outcome.kind !== 'no-changes';
    if (outcome.kind !== 'no-changes')
        report.changes = outcome.changes;
    if (outcome.kind === 'preview') {
        logger.warning(outcome.reason);
        report.warnings.unshift(outcome.reason);
    }
    else
        logger.info(outcome.kind === 'ready'
            ? `change set ${plan.changeSetName}: ${outcome.changes.length} resource changes`
            : `no changes: ${outcome.reason}`);
    const result = {
        report,
        // A plan of a new stack removes the stack it created: there is no stack to name.
        stackId: options.mode === 'plan' && plan.type === 'CREATE' ? undefined : (outcome.stackId ?? plan.stackId),
        changeSetId: outcome.changeSetId,
        hasChanges: outcome.kind !== 'no-changes',
        images,
        templatePath: options.templatePath,
        conversion,
    };
    if (options.mode === 'plan' || outcome.kind !== 'ready') {
        // A plan never leaves a change set behind; the next run computes a fresh one.
        await discardPlan(aws, plan, poll, logger);
        if (options.mode === 'deploy') {
            report.deploy = {
                state: 'skipped',
                rollout: [],
                urls: result.stackId ? await urlsOf(result.stackId) : {},
            };
        }
        report.apiCalls = aws.calls.total;
        return result;
    }
    const deploy = {
        state: 'in-progress',
        rollout: [],
        resources: [],
        urls: {},
    };
    report.deploy = deploy;
    await deps.onReport?.(report, false);
    try {
        // With a lifecycle policy, the images this release runs are tagged before it executes, so the
        // policy never expires an image a deployed release uses.
        if (options.images?.lifecycleKeep)
            await tagRelease(aws.registry, images, releaseTag(`${stackName}-${plan.changeSetName}`));
        // The content of file secrets is stored only now, under the version ids the change set pins.
        await writeFileSecrets(plan.secrets, { secrets: aws.secrets, logger });
    }
    catch (err) {
        // The change set never executes: leave none behind (nor the empty stack and secrets it made).
        await discardPlan(aws, plan, poll, logger).catch((e) => logger.warning(`could not remove the change set: ${e.message}`));
        deploy.state = 'failed';
        deploy.error = err instanceof Error ? err.message : String(err);
        report.apiCalls = aws.calls.total;
        throw Object.assign(err, { report, result });
    }
    try {
        deploy.rollout = await deployChangeSet(aws, {
            stackId: outcome.stackId,
            changeSetId: outcome.changeSetId,
            stackName,
            template: conversion.template,
            disableRollback: options.stack?.disableRollback,
        }, logger, poll, {
            onEvent: (e) => {
                if (e.type === 'AWS::CloudFormation::Stack')
                    return;
                const row = { logicalId: e.logicalId, type: e.type, status: e.status, reason: e.reason };
                const at = deploy.resources.findIndex((r) => r.logicalId === e.logicalId);
                if (at >= 0)
                    deploy.resources[at] = row;
                else
                    deploy.resources.push(row);
                // The commenter spaces edits out and runs them one at a time; a lost update is harmless.
                void deps.onReport?.(report, false).catch(() => undefined);
            },
            onRollout: async (rows) => {
                deploy.rollout = rows;
                await deps.onReport?.(report, false);
            },
        });
        deploy.state = 'succeeded';
        if (plan.type === 'CREATE' && options.stack?.terminationProtection)
            await protectStack(aws, outcome.stackId, logger);
        deploy.urls = await urlsOf(outcome.stackId);
    }
    catch (err) {
        deploy.state = 'failed';
        deploy.error = err instanceof Error ? err.message : String(err);
        const diagnosis = err.diagnosis;
        if (diagnosis)
            deploy.diagnosis = diagnosis;
        report.apiCalls = aws.calls.total;
        // The shells still report what is known: the plan, the images, the stack.
        throw Object.assign(err, { report, result });
    }
    report.apiCalls = aws.calls.total;
    return result;
}
/** termination-protection: turned on once the stack exists (a change set cannot set it). */
async function protectStack(aws, stackId, logger) {
    try {
        await aws.stacks.setTerminationProtection(stackId, true);
        logger.info('termination protection is on: the stack cannot be deleted until it is turned off');
    }
    catch (err) {
        // The release runs; only the protection is missing: say so loudly, without failing the deploy.
        logger.warning(`could not turn termination protection on: ${err.message}`);
    }
}
/** Built services have no image until they are pushed: stand in a name so the converter can check the rest. */
function withPreviewImages(loaded) {
    const services = Object.fromEntries(Object.entries(loaded.project.services).map(([name, s]) => [
        name,
        s.image || !s.build ? s : { ...s, image: `${name}:compose-ecs-preview` },
    ]));
    return { ...loaded, project: { ...loaded.project, services } };
}
/** The builder, checked against every build field before anything is built: one error per field it cannot apply. */
async function chooseEngine(loaded, engine) {
    if (!Object.values(loaded.project.services).some((s) => s.build))
        return undefined;
    const chosen = await (typeof engine === 'function' ? engine() : required(engine, 'a container engine'));
    const errors = engineSupport(loaded, chosen);
    if (errors.length) {
        await chosen.dispose();
        throw new src_errors/* UserError */.yo('load', `${errors.length} build option(s) cannot be applied by ${chosen.description}`, errors);
    }
    return chosen;
}
function required(value, what) {
    if (!value)
        throw new Error(`internal: the pipeline needs ${what} in this mode`);
    return value;
}
function convertProject(loaded, options, logger, log = true) {
    const conversion = convert(loaded, options.convert);
    if (log)
        for (const w of conversion.warnings)
            logger.warning((0,src_errors/* diagnosticBody */.Wb)(w), w.location);
    return conversion;
}
async function writeTemplate(path, body) {
    if (path === undefined)
        return;
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, body);
}
function baseReport(options, loaded, stackName, conversion, images) {
    return {
        mode: options.mode === 'deploy' ? 'deploy' : 'plan',
        project: loaded.project.name,
        stackName,
        hasChanges: false,
        changes: [],
        images,
        sensitive: [],
        warnings: [...loaded.warnings, ...conversion.warnings].map(src_errors/* formatDiagnostic */.xy),
    };
}

;// CONCATENATED MODULE: ./src/action/comment-target.ts

/**
 * Which pull request the report belongs to: the one that triggered the run, or, on a push
 * (after a merge), the pull request that brought the commit in, so its comment follows the rollout.
 */
async function commentTarget(context, repository, token, logger) {
    const { owner, repo } = repository;
    const number = context.payload.pull_request?.number ?? context.payload.issue?.number;
    if (number)
        return { owner, repo, issueNumber: number };
    if (context.eventName !== 'push' || !token)
        return undefined;
    try {
        const octokit = octokitFor(token);
        const prs = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
            owner,
            repo,
            commit_sha: context.sha,
        });
        const merged = prs.data.find((pr) => pr.merged_at) ?? prs.data[0];
        return merged ? { owner, repo, issueNumber: merged.number } : undefined;
    }
    catch (err) {
        logger.debug(`no pull request found for ${context.sha}: ${err.message}`);
        return undefined;
    }
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
        info: (message) => core/* info */.pq(message),
        debug: (message) => core/* debug */.Yz(message),
        warning: (message, location) => core/* warning */.$e(message, annotation(location)),
        error: (message, location) => core/* error */.z3(message, annotation(location)),
        mask: (secret) => core/* setSecret */.Pq(secret),
        group: (title, body) => core/* group */.Os(title, body),
    };
}

;// CONCATENATED MODULE: ./src/action/run-action.ts












/** Seconds between progress edits of the PR comment (GitHub's secondary rate limits). */
const COMMENT_INTERVAL_MS = 10_000;
/** The action: inputs → pipeline → outputs, job summary and PR comment. Failures end the step with one line. */
async function runAction(inputs) {
    const logger = createActionLogger(inputs.workingDirectory);
    if (inputs.githubToken)
        core/* setSecret */.Pq(inputs.githubToken);
    const repository = repositoryFrom(process.env);
    if (!repository && inputs.comment)
        logger.warning('GITHUB_REPOSITORY is not set: no pull-request comment');
    const target = inputs.comment && repository
        ? await commentTarget(github/* context */._, repository, inputs.githubToken, logger)
        : undefined;
    const commenter = target && inputs.githubToken
        ? throttled(createCommenter(inputs.githubToken, target, logger), COMMENT_INTERVAL_MS)
        : undefined;
    const runUrl = runUrlFrom(process.env, repository);
    const publish = async (report, final) => {
        report.runUrl = runUrl;
        if (!commenter)
            return;
        const body = renderMarkdown(report);
        if (final)
            await commenter.flush(commentMarker(report.stackName), body);
        else
            await commenter.upsert(commentMarker(report.stackName), body);
    };
    const aws = createAwsEdge({ region: inputs.awsRegion });
    let report;
    try {
        const result = await run({
            mode: inputs.mode,
            load: {
                files: inputs.composeFiles,
                workingDir: inputs.workingDirectory,
                projectName: inputs.projectName,
                envFiles: inputs.envFiles,
                profiles: inputs.profiles,
                environment: process.env,
                dropBindMounts: inputs.dropBindMounts,
            },
            stackName: inputs.stackName,
            repositoryPrefix: inputs.repositoryPrefix,
            vpcId: inputs.vpcId,
            subnetIds: inputs.subnetIds,
            publicSubnetIds: inputs.publicSubnetIds,
            privateSubnets: inputs.privateSubnets,
            convert: { dropUnsupportedMounts: inputs.dropBindMounts, assignPublicIp: !inputs.privateSubnets },
            templatePath: inputs.templatePath,
            templateBucket: inputs.templateBucket,
            waitTimeoutMs: inputs.waitTimeoutMinutes * 60_000,
            tags: actionTags(repository, runUrl),
            stack: inputs.stack,
            forceChangeSet: inputs.forceChangeSet,
            images: {
                concurrency: inputs.buildConcurrency,
                cache: inputs.buildCache,
                provenance: inputs.provenance,
                sbom: inputs.sbom,
                kmsKey: inputs.repositoryKmsKey,
                lifecycleKeep: inputs.lifecycleKeep,
            },
        }, { logger, aws, engine: () => (0,select_engine/* selectEngine */.X)(inputs.builder, logger), onReport: publish });
        report = result.report;
        setOutputs(result);
    }
    catch (err) {
        report = err.report;
        // A failed deploy still tells later steps what it built and where (e.g. for a notification).
        const partial = err.result;
        if (partial)
            setOutputs(partial);
        const { line, message } = describeFailure(err, logger);
        if (!report) {
            const name = err.stackName ??
                inputs.stackName ??
                inputs.projectName ??
                (0,external_node_path_.basename)(inputs.workingDirectory);
            report = failureReport(inputs.mode, name, message);
        }
        else if (report && !report.error) {
            report.error = message;
        }
        core/* setFailed */.C1(line);
    }
    finally {
        logger.info(`AWS API calls: ${aws.calls.total} ${JSON.stringify(aws.calls.summary())}`);
    }
    if (report) {
        report.apiCalls = aws.calls.total;
        await publish(report, true);
        await writeJobSummary(renderMarkdown(report, SUMMARY_LIMIT), logger);
    }
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
        await core/* summary */.z.addRaw(markdown).write();
    }
    catch (err) {
        logger.warning(`could not write the job summary: ${err.message}`);
    }
}
function setOutputs(result) {
    core/* setOutput */.uH('stack-name', result.report.stackName);
    core/* setOutput */.uH('stack-id', result.stackId ?? '');
    core/* setOutput */.uH('change-set-id', result.changeSetId ?? '');
    core/* setOutput */.uH('has-changes', String(result.hasChanges));
    core/* setOutput */.uH('images', JSON.stringify(Object.fromEntries(result.images.map((i) => [i.service, i.uri]))));
    core/* setOutput */.uH('template-path', result.templatePath);
    core/* setOutput */.uH('urls', JSON.stringify(result.report.deploy?.urls ?? {}));
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
function failureReport(mode, stackName, error) {
    return {
        mode,
        project: stackName,
        stackName,
        hasChanges: false,
        changes: [],
        images: [],
        sensitive: [],
        warnings: [],
        error,
    };
}


/***/ })

};

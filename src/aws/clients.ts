import { proxyAgents } from '../net/proxy.js';
import type { AutoScalingClient } from '@aws-sdk/client-auto-scaling';
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { EFSClient } from '@aws-sdk/client-efs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { PricingClient } from '@aws-sdk/client-pricing';
import type { Route53Client } from '@aws-sdk/client-route-53';
import type { ACMClient } from '@aws-sdk/client-acm';
import type { S3Client } from '@aws-sdk/client-s3';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { STSClient } from '@aws-sdk/client-sts';
import type { MiddlewareStack } from '@smithy/types';
import { VERSION } from '../version.js';
import { CallCounter } from './call-counter.js';
import { classifyAwsError } from './failures.js';
import { once } from './once.js';

/**
 * Each client is made the first time it is asked for, and its package is loaded only then (a dynamic
 * import, which the bundler emits as a chunk of its own): the EC2 client alone is over 2 MB of code, and a
 * run that never looks up a VPC never reads it (issue 13: start-up and memory).
 */
export interface AwsClients {
  cloudformation(): Promise<CloudFormationClient>;
  ecr(): Promise<ECRClient>;
  ecs(): Promise<ECSClient>;
  ec2(): Promise<EC2Client>;
  /** Auto Scaling (GPU capacity: `down` lifts scale-in protection). */
  autoScaling(): Promise<AutoScalingClient>;
  /** Service Quotas (GPU capacity: the plan reads the G and VT instance vCPU quota). */
  serviceQuotas(): Promise<ServiceQuotasClient>;
  efs(): Promise<EFSClient>;
  logs(): Promise<CloudWatchLogsClient>;
  elbv2(): Promise<ElasticLoadBalancingV2Client>;
  s3(): Promise<S3Client>;
  /** Route 53 (a global service: the SDK sends to its one endpoint whatever the region). */
  route53(): Promise<Route53Client>;
  /** ACM (the certificates of x-aws-domain, read while CloudFormation waits for their issue). */
  acm(): Promise<ACMClient>;
  /** The Price List Query API, at the endpoint nearest the stack's region (it answers in a few regions only). */
  pricing(): Promise<PricingClient>;
  secretsManager(): Promise<SecretsManagerClient>;
  ssm(): Promise<SSMClient>;
  sts(): Promise<STSClient>;
  calls: CallCounter;
  /** The region the clients resolved (input, else the SDK's own chain). */
  region(): Promise<string>;
}

export interface AwsClientOptions {
  /** Explicit region; otherwise the SDK resolves it (AWS_REGION, profile, ...). */
  region?: string;
  /** Attempts per call, including the first; the SDK's standard retry mode backs off and retries throttling. */
  maxAttempts?: number;
  /** Where the proxy variables are read (default: process.env). */
  env?: NodeJS.ProcessEnv;
}

/**
 * One place builds every AWS client: credentials and endpoint come from the SDK's default chain
 * (so OIDC via configure-aws-credentials and AWS_ENDPOINT_URL both just work), a user agent names us,
 * and a middleware counts calls and types the failures the pipeline decides on (failures.ts).
 */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const calls = new CallCounter();
  const config = clientConfig(options);
  const count = counting(calls);
  const cloudformation = once(async () =>
    count(
      new (await import('@aws-sdk/client-cloudformation')).CloudFormationClient(config),
      'CloudFormation',
    ),
  );
  // Every plan and deploy talks to CloudFormation: its client resolves the region the others use too.
  const region = async () => {
    const resolved = (await cloudformation()).config.region;
    return typeof resolved === 'function' ? await resolved() : resolved;
  };
  return {
    cloudformation,
    ecr: once(async () => count(new (await import('@aws-sdk/client-ecr')).ECRClient(config), 'ECR')),
    ecs: once(async () => count(new (await import('@aws-sdk/client-ecs')).ECSClient(config), 'ECS')),
    ec2: once(async () => count(new (await import('@aws-sdk/client-ec2')).EC2Client(config), 'EC2')),
    autoScaling: once(async () =>
      count(new (await import('@aws-sdk/client-auto-scaling')).AutoScalingClient(config), 'AutoScaling'),
    ),
    serviceQuotas: once(async () =>
      count(
        new (await import('@aws-sdk/client-service-quotas')).ServiceQuotasClient(config),
        'ServiceQuotas',
      ),
    ),
    efs: once(async () => count(new (await import('@aws-sdk/client-efs')).EFSClient(config), 'EFS')),
    logs: once(async () =>
      count(new (await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient(config), 'Logs'),
    ),
    elbv2: once(async () =>
      count(
        new (await import('@aws-sdk/client-elastic-load-balancing-v2')).ElasticLoadBalancingV2Client(config),
        'ELBv2',
      ),
    ),
    // Path-style addressing when an endpoint is set (a stand-in or a VPC endpoint): bucket host names need DNS.
    s3: once(async () =>
      count(
        new (await import('@aws-sdk/client-s3')).S3Client({
          ...config,
          forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL),
        }),
        'S3',
      ),
    ),
    route53: once(async () =>
      count(new (await import('@aws-sdk/client-route-53')).Route53Client(config), 'Route53'),
    ),
    acm: once(async () => count(new (await import('@aws-sdk/client-acm')).ACMClient(config), 'ACM')),
    // A convenience for the report: fewer attempts and a shorter wait than the deploy's own calls, so an
    // unreachable Price List costs the plan seconds, not minutes.
    pricing: once(async () =>
      count(
        new (await import('@aws-sdk/client-pricing')).PricingClient({
          ...config,
          region: pricingEndpointRegion(await region()),
          maxAttempts: Math.min(config.maxAttempts, 3),
          requestHandler: { connectionTimeout: 5_000, requestTimeout: 15_000 },
        }),
        'Pricing',
      ),
    ),
    secretsManager: once(async () =>
      count(
        new (await import('@aws-sdk/client-secrets-manager')).SecretsManagerClient(config),
        'SecretsManager',
      ),
    ),
    ssm: once(async () => count(new (await import('@aws-sdk/client-ssm')).SSMClient(config), 'SSM')),
    sts: once(async () => count(new (await import('@aws-sdk/client-sts')).STSClient(config), 'STS')),
    calls,
    region,
  };
}

/** What every client shares: region, retries, our user agent, timeouts and the proxy's agents. */
function clientConfig(options: AwsClientOptions) {
  return {
    ...(options.region ? { region: options.region } : {}),
    maxAttempts: options.maxAttempts ?? 5,
    retryMode: 'standard',
    customUserAgent: `compose-ecs/${VERSION}`,
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
function counting(calls: CallCounter) {
  // Each client's stack is typed by its own service's inputs; the counter reads none of them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return <T extends { middlewareStack: MiddlewareStack<any, any> }>(client: T, service: string): T => {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        calls.record(operationName(service, context.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'composeEcsCallCounter' },
    );
    return typedFailures(client, service);
  };
}

/**
 * The Price List Query API has endpoints in us-east-1, eu-central-1 and ap-south-1 (and cn-northwest-1 for
 * the China regions) and answers for every region from each (AWS Billing User Guide, "Using the AWS Price
 * List Query API"): the nearest one by the region's geography.
 */
export function pricingEndpointRegion(region: string): string {
  if (region.startsWith('cn-')) return 'cn-northwest-1';
  if (/^(eu|il|af|me)-/.test(region)) return 'eu-central-1';
  if (/^ap-/.test(region)) return 'ap-south-1';
  return 'us-east-1';
}

const operationName = (service: string, command: string | undefined) =>
  `${service}.${String(command ?? 'unknown').replace(/Command$/, '')}`;

/**
 * Types the failures the pipeline decides on (failures.ts) on an SDK client: below this step the SDK has
 * retried, so what is left is typed once for every caller. createAwsClients adds it to every client; a
 * client made elsewhere (a test's) gets it here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function typedFailures<T extends { middlewareStack: MiddlewareStack<any, any> }>(
  client: T,
  service: string,
): T {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      try {
        return await next(args);
      } catch (err) {
        throw classifyAwsError(err, operationName(service, context.commandName));
      }
    },
    { step: 'initialize', name: 'composeEcsTypedFailures' },
  );
  return client;
}

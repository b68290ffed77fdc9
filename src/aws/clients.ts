import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { EC2Client } from '@aws-sdk/client-ec2';
import { ECRClient } from '@aws-sdk/client-ecr';
import { ECSClient } from '@aws-sdk/client-ecs';
import { EFSClient } from '@aws-sdk/client-efs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { STSClient } from '@aws-sdk/client-sts';
import type { MiddlewareStack } from '@smithy/types';
import { VERSION } from '../version.js';
import { CallCounter } from './call-counter.js';

export interface AwsClients {
  cloudformation: CloudFormationClient;
  ecr: ECRClient;
  ecs: ECSClient;
  ec2: EC2Client;
  efs: EFSClient;
  logs: CloudWatchLogsClient;
  elbv2: ElasticLoadBalancingV2Client;
  s3: S3Client;
  secretsManager: SecretsManagerClient;
  sts: STSClient;
  calls: CallCounter;
  /** The region the clients resolved (input, else the SDK's own chain). */
  region(): Promise<string>;
}

export interface AwsClientOptions {
  /** Explicit region; otherwise the SDK resolves it (AWS_REGION, profile, ...). */
  region?: string;
  /** Attempts per call, including the first; the SDK's standard retry mode backs off and retries throttling. */
  maxAttempts?: number;
}

/**
 * One place builds every AWS client: credentials and endpoint come from the SDK's default chain
 * (so OIDC via configure-aws-credentials and AWS_ENDPOINT_URL both just work), a user agent names us,
 * and a middleware counts calls.
 */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  const calls = new CallCounter();
  const config = {
    ...(options.region ? { region: options.region } : {}),
    maxAttempts: options.maxAttempts ?? 5,
    retryMode: 'standard',
    customUserAgent: `compose-ecs/${VERSION}`,
    // Without these a stalled connection would hold the job until GitHub kills it; a timed-out
    // attempt is retried like any other transient failure.
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
  };
  // Each client's stack is typed by its own service's inputs; the counter reads none of them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const count = <T extends { middlewareStack: MiddlewareStack<any, any> }>(client: T, service: string): T => {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        calls.record(`${service}.${String(context.commandName ?? 'unknown').replace(/Command$/, '')}`);
        return next(args);
      },
      { step: 'initialize', name: 'composeEcsCallCounter' },
    );
    return client;
  };
  const cloudformation = count(new CloudFormationClient(config), 'CloudFormation');
  return {
    cloudformation,
    ecr: count(new ECRClient(config), 'ECR'),
    ecs: count(new ECSClient(config), 'ECS'),
    ec2: count(new EC2Client(config), 'EC2'),
    efs: count(new EFSClient(config), 'EFS'),
    logs: count(new CloudWatchLogsClient(config), 'Logs'),
    elbv2: count(new ElasticLoadBalancingV2Client(config), 'ELBv2'),
    // Path-style addressing when an endpoint is set (a stand-in or a VPC endpoint): bucket host names need DNS.
    s3: count(
      new S3Client({
        ...config,
        forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL),
      }),
      'S3',
    ),
    secretsManager: count(new SecretsManagerClient(config), 'SecretsManager'),
    sts: count(new STSClient(config), 'STS'),
    calls,
    region: async () => {
      const region = cloudformation.config.region;
      return typeof region === 'function' ? await region() : region;
    },
  };
}

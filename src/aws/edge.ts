// The AWS and registry edge, declared by what the pipeline needs. The deploy code reads and writes AWS
// only through these small interfaces: src/aws/sdk-edge.ts implements them once over the SDK v3
// clients (counting calls per operation), and unit tests fake them with types. Results reuse the
// SDK's own data shapes (every field optional) so a fake states only what a test is about.
import type {
  DescribeChangeSetCommandOutput,
  Stack,
  StackEvent,
  StackResourceSummary,
} from '@aws-sdk/client-cloudformation';
import type { CertificateDetail } from '@aws-sdk/client-acm';
import type { Activity, AutoScalingGroup } from '@aws-sdk/client-auto-scaling';
import type { RouteTable, Subnet, VpcEndpoint } from '@aws-sdk/client-ec2';
import type { Repository } from '@aws-sdk/client-ecr';
import type {
  Cluster,
  Service,
  ServiceDeployment,
  ServiceDeploymentBrief,
  Task,
  TaskDefinition,
} from '@aws-sdk/client-ecs';
import type { LoadBalancer, TargetHealthDescription } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { PriceQuery } from '../cost/price-catalog.js';
import type { CallCounter } from './call-counter.js';

/** A stack's lifecycle calls (CloudFormation). */
export interface StackOperations {
  /** The stack by name or id; undefined when it does not exist. */
  describe(stack: string): Promise<Stack | undefined>;
  /** DeleteStack (the caller waits through describe). */
  delete(stackId: string, options?: { roleArn?: string }): Promise<void>;
  /** CancelUpdateStack: CloudFormation rolls an update in progress back. */
  cancelUpdate(stackId: string): Promise<void>;
  /** Every resource of the stack, page by page. */
  resources(stackId: string): Promise<StackResourceSummary[]>;
  /** The template the stack runs (Original stage); undefined when it has none. */
  template(stackId: string): Promise<string | undefined>;
  setTerminationProtection(stackId: string, enabled: boolean): Promise<void>;
}

export interface ChangeSetInput {
  stackName: string;
  changeSetName: string;
  type: 'CREATE' | 'UPDATE';
  templateBody?: string;
  templateUrl?: string;
  parameters: Record<string, string>;
  tags: Record<string, string>;
  description?: string;
  roleArn?: string;
  notificationArns?: string[];
}

/** Change sets (CloudFormation). */
export interface ChangeSets {
  create(input: ChangeSetInput): Promise<{ id: string; stackId?: string }>;
  describe(changeSetId: string, nextToken?: string): Promise<DescribeChangeSetCommandOutput>;
  execute(changeSetId: string, options: { token: string; disableRollback?: boolean }): Promise<void>;
  delete(changeSetId: string): Promise<void>;
}

/** A stack's events, newest first as CloudFormation returns them. */
export interface StackEvents {
  page(stackId: string, nextToken?: string): Promise<{ events: StackEvent[]; nextToken?: string }>;
}

/** ECS services and their tasks, and the load balancers in front of them. */
export interface Services {
  /** DescribeServices for up to 10 services of one cluster. */
  describe(
    cluster: string,
    services: string[],
  ): Promise<{ services: Service[]; failures: Array<{ arn?: string; reason?: string }> }>;
  /** DescribeClusters for up to 100 clusters by name or ARN (capacity providers, default strategy). */
  clusters(
    clusters: string[],
  ): Promise<{ clusters: Cluster[]; failures: Array<{ arn?: string; reason?: string }> }>;
  /** The service's most recently stopped tasks (at most `limit`), described. */
  stoppedTasks(cluster: string, service: string, limit: number): Promise<Task[]>;
  /** The service's running tasks, described. */
  runningTasks(cluster: string, service: string): Promise<Task[]>;
  taskDefinition(arn: string): Promise<TaskDefinition | undefined>;
  targetHealth(targetGroupArn: string): Promise<TargetHealthDescription[]>;
  loadBalancers(arns: string[]): Promise<LoadBalancer[]>;
  /** ListServiceDeployments: the service's deployments created at or after `since` (every page). */
  deployments(cluster: string, service: string, since: Date): Promise<ServiceDeploymentBrief[]>;
  /** DescribeServiceDeployments (up to 20 ARNs a call); a deployment ECS cannot describe is left out. */
  describeDeployments(arns: string[]): Promise<ServiceDeployment[]>;
  /** StopServiceDeployment with stopType ROLLBACK: ECS rolls the service back to its last steady revision. */
  stopDeployment(arn: string): Promise<void>;
}

/** One-off tasks (ECS RunTask): jobs, and `compose-ecs run`. */
export interface OneOffTasks {
  /** RunTask of one Fargate task; the task, or why ECS placed none (its `failures`). */
  run(input: OneOffTaskInput): Promise<{ task?: Task; failure?: string }>;
  /** DescribeTasks (up to 100 of one cluster). */
  describe(cluster: string, taskArns: string[]): Promise<Task[]>;
  /** StopTask with the reason ECS records as stoppedReason. */
  stop(cluster: string, taskArn: string, reason: string): Promise<void>;
}

export interface OneOffTaskInput {
  cluster: string;
  taskDefinition: string;
  subnets: string[];
  securityGroups: string[];
  assignPublicIp: boolean;
  /** ECS's `startedBy` (at most 36 characters): who started the task, for ListTasks and the console. */
  startedBy: string;
  /** Replaces the command of one container (`compose-ecs run SERVICE COMMAND…`). */
  command?: { container: string; command: string[] };
  /** ECS enforces idempotency on this token: a retried RunTask starts no second task. */
  clientToken?: string;
}

/** Secrets Manager, for the content of compose file secrets. */
export interface SecretStore {
  /** The secret's ARN, undefined when it does not exist (or is scheduled for deletion). */
  find(name: string): Promise<string | undefined>;
  /**
   * The AWSCURRENT value, its version id and the secret's ARN, by name or ARN in one read; undefined when
   * the secret does not exist, has no value yet, or cannot be read as it stands (scheduled for deletion).
   */
  current(secret: string): Promise<{ arn: string; value?: string; versionId: string } | undefined>;
  /** Creates the secret without a value (so its ARN is known before any content is written). */
  create(input: { name: string; description: string; tags: Record<string, string> }): Promise<string>;
  /** Stores a value under the version id given (Secrets Manager's ClientRequestToken). */
  put(arn: string, value: string, versionId: string): Promise<void>;
  /** Deletes a secret this run created and never used, without a recovery window. */
  remove(arn: string): Promise<void>;
  /** Every version id the secret still has, deprecated ones included (ListSecretVersionIds). */
  versionIds(arn: string): Promise<string[]>;
  /** The secrets whose name starts with `prefix` (ListSecrets), not those scheduled for deletion. */
  named(prefix: string): Promise<Array<{ arn: string; name: string }>>;
}

/** SSM Parameter Store, for the content of compose configs (one immutable parameter per content chunk). */
export interface ParameterStore {
  /** Which of these parameter names exist (GetParameters takes up to 10 names per call). */
  existing(names: string[]): Promise<Set<string>>;
  /** Creates a standard-tier String parameter; never overwrites one. */
  create(input: {
    name: string;
    value: string;
    description: string;
    tags: Record<string, string>;
  }): Promise<void>;
  /** Every parameter name under a path, recursively (GetParametersByPath). */
  under(path: string): Promise<string[]>;
  /** Deletes parameters (DeleteParameters, 10 names per call). */
  remove(names: string[]): Promise<void>;
}

export interface RegistryLogin {
  /** Host name of the registry, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com */
  registry: string;
  username: string;
  password: string;
}

/** ECR's API and the registry's own HTTP API (Docker Registry v2, which ECR serves too). */
export interface ImageRegistry {
  /** GetAuthorizationToken: the base64 `user:password` token and the registry's endpoint. */
  authorizationToken(): Promise<{ token?: string; endpoint?: string }>;
  /** DescribeRepositories by name (up to 100); throws RepositoryNotFoundException when one is missing. */
  repositories(names: string[]): Promise<Repository[]>;
  createRepository(input: {
    name: string;
    kmsKey?: string;
    mutableTags: string[];
    tags: Record<string, string>;
  }): Promise<Repository | undefined>;
  /** The lifecycle policy text; undefined when the repository has none. */
  lifecyclePolicy(repository: string): Promise<string | undefined>;
  putLifecyclePolicy(repository: string, text: string): Promise<void>;
  /** Adds a tag to an image already pushed (BatchGetImage + PutImage); false when ECR has no such image. */
  tagImage(repository: string, digest: string, tag: string): Promise<boolean>;
  /** The digest the registry stores under a tag (HEAD on the manifest); undefined when the tag is absent. */
  manifestDigest(login: RegistryLogin, repository: string, tag: string): Promise<string | undefined>;
}

export interface LogLine {
  timestamp: Date;
  message: string;
  stream: string;
}

/** CloudWatch Logs, for what containers printed. */
export interface Logs {
  /** The last `limit` lines of one stream, oldest first; [] when the stream does not exist. */
  tail(group: string, stream: string, limit: number): Promise<LogLine[]>;
  /** Lines of a group (optionally streams with a prefix) from `since`, oldest first, with a cursor to continue. */
  read(
    group: string,
    options: { streamPrefix?: string; since?: Date; nextToken?: string },
  ): Promise<{ lines: LogLine[]; nextToken?: string }>;
}

/** VPCs and subnets (EC2). */
export interface Network {
  defaultVpcId(): Promise<string | undefined>;
  subnets(query: { vpcId: string } | { subnetIds: string[] }): Promise<Subnet[]>;
}

/**
 * EC2 capacity of GPU services: the plan's network and quota checks, the rollout's instances, and `down`'s
 * release of instances.
 */
export interface Ec2Capacity {
  /** The VPC's route tables (DescribeRouteTables), with their subnet associations and routes. */
  routeTables(vpcId: string): Promise<RouteTable[]>;
  /** The VPC's endpoints (DescribeVpcEndpoints). */
  vpcEndpoints(vpcId: string): Promise<VpcEndpoint[]>;
  /** An applied Service Quotas value (GetServiceQuota); throws as the SDK does (AccessDenied when not allowed). */
  quota(serviceCode: string, quotaCode: string): Promise<number | undefined>;
  /** Auto Scaling groups by name, with their instances and scale-in protection. */
  groups(names: string[]): Promise<AutoScalingGroup[]>;
  /** The group's latest scaling activities (DescribeScalingActivities, one page of `limit`), newest first. */
  activities(group: string, limit: number): Promise<Activity[]>;
  /** SetInstanceProtection ProtectedFromScaleIn false for these instances of the group. */
  unprotect(group: string, instanceIds: string[]): Promise<void>;
  /** UpdateAutoScalingGroup MinSize 0, DesiredCapacity 0: the group terminates its instances. */
  empty(group: string): Promise<void>;
}

export interface FileSystemRecord {
  id: string;
  created?: Date;
  available: boolean;
  tags: Record<string, string>;
}

/** EFS file systems (to find the ones a deleted stack retained). */
export interface FileSystems {
  list(): Promise<FileSystemRecord[]>;
}

export interface HostedZoneRecord {
  /** Without the /hostedzone/ prefix, as a template's HostedZoneId takes it. */
  id: string;
  /** Without the trailing dot. */
  name: string;
  private: boolean;
}

/** Route 53 hosted zones, for the zone an x-aws-domain name goes in. */
export interface HostedZones {
  /** ListHostedZonesByName from `dnsName` on (one page): the zones of that name come first. */
  fromName(dnsName: string): Promise<HostedZoneRecord[]>;
  /** GetHostedZone; undefined when there is no such zone. */
  get(id: string): Promise<HostedZoneRecord | undefined>;
}

/** ACM certificates a stack creates (x-aws-domain), read while CloudFormation waits for their issue. */
export interface Certificates {
  /** DescribeCertificate; undefined when there is no such certificate (ResourceNotFoundException). */
  describe(arn: string): Promise<CertificateDetail | undefined>;
}

/** Where templates over the inline limit go (S3). */
export interface TemplateStore {
  put(bucket: string, key: string, body: string | Uint8Array): Promise<void>;
  /** The object's bytes (a release record stored beside the templates). */
  get(bucket: string, key: string): Promise<Uint8Array>;
  /** Every key under a prefix (ListObjectsV2, page by page). */
  keys(bucket: string, prefix: string): Promise<string[]>;
  /** Deletes objects (DeleteObjects, 1,000 keys per call). */
  remove(bucket: string, keys: string[]): Promise<void>;
}

/** The AWS Price List Query API (pricing:GetProducts), for the cost estimate. */
export interface PriceList {
  /** Every product the query matches (all pages), each the JSON string the API returns; asked once a run. */
  products(query: PriceQuery): Promise<string[]>;
}

/** Who and where the run is. */
export interface Identity {
  account(): Promise<{ id: string; partition: string }>;
  region(): Promise<string>;
}

/** Everything the pipeline reads and writes in AWS. */
export interface AwsEdge {
  stacks: StackOperations;
  changeSets: ChangeSets;
  events: StackEvents;
  services: Services;
  tasks: OneOffTasks;
  secrets: SecretStore;
  parameters: ParameterStore;
  registry: ImageRegistry;
  logs: Logs;
  network: Network;
  capacity: Ec2Capacity;
  fileSystems: FileSystems;
  zones: HostedZones;
  certificates: Certificates;
  templates: TemplateStore;
  identity: Identity;
  prices: PriceList;
  /** API calls per `Service.Operation`, for the report. */
  calls: CallCounter;
}

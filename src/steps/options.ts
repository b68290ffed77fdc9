import type { AwsEdge } from '../aws/edge.js';
import type { Clock } from '../runtime/clock.js';
import type { LoadOptions } from '../compose/load.js';
import type { StackSettings } from '../deploy/stack-settings.js';
import type { ReleaseStore } from '../releases/store.js';
import type { ContainerEngine } from '../images/engine.js';
import type { ImageOptions } from '../images/build-and-push.js';
import type { Logger } from '../log.js';
import type { EventSubscriber } from '../kernel/kernel.js';
import type { Mode } from '../options/modes.js';
import type { ConvertOptions } from '../template/convert.js';

export type { Mode };

export interface RunOptions {
  mode: Mode;
  load: LoadOptions;
  /** Defaults to a valid stack name derived from the compose project name (src/stack-name.ts). */
  stackName?: string;
  repositoryPrefix?: string;
  vpcId?: string;
  subnetIds?: string[];
  /** Public subnets for an internet-facing load balancer (public-subnet-ids). */
  publicSubnetIds?: string[];
  privateSubnets?: boolean;
  convert?: ConvertOptions;
  /** Where the generated template is written; without it nothing is written (the CLI prints the body instead). */
  templatePath?: string;
  /** How long the deploy may take (stack and rollout), in milliseconds. */
  waitTimeoutMs: number;
  /** First poll interval; polls back off from here. */
  pollIntervalMs?: number;
  /** S3 bucket for templates over CloudFormation's 51,200-byte inline limit (and releases over the payload limit). */
  templateBucket?: string;
  /** Tags the action sets on the stack (repository, commit, run). */
  tags?: Record<string, string>;
  /** Service role, termination protection, notifications, user tags, parameter overrides, disable-rollback. */
  stack?: StackSettings;
  /** Make a change set even when nothing differs from what the stack runs (otherwise skipped: issue 13). */
  forceChangeSet?: boolean;
  /** Compose volumes whose storage a deploy may replace; any other data-bearing replacement stops it (day-two.ts). */
  allowVolumeReplacement?: string[];
  /** How images are built and where they go (repository-prefix above wins over images.repositoryPrefix). */
  images?: Omit<ImageOptions, 'repositoryPrefix' | 'environment'>;
  /** Resolve `image:` tags to the digest they point at now, so a release names the same bytes (default on). */
  pinImages?: boolean;
  /** Releases: the environment they are recorded for, the commit, and what a rollback restores. */
  release?: ReleaseOptions;
  /** destroy: keep the secrets the action stored in Secrets Manager. */
  keepSecrets?: boolean;
  /** Variables whose interpolated values reports may show; others from the runner appear as `${NAME}`. */
  showVariables?: string[];
  /** Estimate the monthly cost from the AWS Price List (default on; `cost: false` skips the calls). */
  cost?: boolean;
}

export interface ReleaseOptions {
  /** The GitHub environment (default: the stack name). */
  environment?: string;
  /** The commit this run deploys (GITHUB_SHA). */
  sha?: string;
  /** Link to the run, for the deployment status. */
  runUrl?: string;
  /** A preview environment (a stack per pull request): GitHub's transient_environment. */
  transient?: boolean;
  /** rollback: previous | <commit sha> | <deployment id>. */
  rollbackTo?: string;
}

export interface RunDeps {
  logger: Logger;
  /** Needed by every mode but convert. */
  aws?: AwsEdge;
  /** The image builder, or how to choose it (selectEngine) when one is needed. */
  engine?: ContainerEngine | (() => Promise<ContainerEngine>);
  /**
   * Hears the run's events as it goes (each time progress is made: the rollout, the stack's events), to
   * fold them into the report it shows (src/report/report-fold.ts); the shells call it once more at the end.
   */
  onEvents?: EventSubscriber;
  /** Time and waiting (the system clock unless a test drives it). */
  clock?: Clock;
  /** GitHub Deployments, where releases are recorded (deploy) and read (rollback); none = no records. */
  releases?: ReleaseStore;
  /** Aborted on SIGINT/SIGTERM (reason: a CancelRequest): the run undoes what is in flight (src/deploy/cancel.ts). */
  signal?: AbortSignal;
  /** `fetch` for registries (digest lookups of `image:` tags); the global one unless a test passes its own. */
  fetch?: typeof fetch;
}

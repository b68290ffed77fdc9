// Each service's rollout as ECS itself reports it (issue 25): ListServiceDeployments finds the deployment this
// run started, DescribeServiceDeployments says where it stands — lifecycle stage, the share of production
// traffic on the new revision, bake time, the circuit breaker's failures against its threshold, the alarms
// that went off, and a rollback's cause. ECS reports service deployments for every service of the ECS
// deployment controller, rolling ones included ("View service history using Amazon ECS service
// deployments", https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-deployment.html), for
// deployments created on or after October 25, 2024. Where the API is missing (the emulator, a partition
// without it) or denied, the follower says so once and the rollout is followed through DescribeServices alone:
// a view that could not be read never fails a deploy.
import type { ServiceDeployment } from '@aws-sdk/client-ecs';
import type { Services } from '../aws/edge.js';
import { errorMessage } from '../aws/errors.js';
import type { Logger } from '../log.js';

/** Where one service's deployment stands, in the words of DescribeServiceDeployments. */
export interface DeploymentView {
  arn: string;
  /** PENDING | IN_PROGRESS | SUCCESSFUL | STOPPED | STOP_REQUESTED | ROLLBACK_REQUESTED | ROLLBACK_IN_PROGRESS | ROLLBACK_SUCCESSFUL | ROLLBACK_FAILED */
  status: string;
  /** RECONCILE_SERVICE, PRE_SCALE_UP, SCALE_UP, ..., BAKE_TIME, CLEAN_UP. */
  stage?: string;
  /** ROLLING | BLUE_GREEN | CANARY | LINEAR (absent before ECS reported strategies: rolling). */
  strategy?: string;
  /** The share of production traffic ECS asked for on the new revision, 0–100. */
  trafficPercent?: number;
  /** Minutes of bake time left, counted from when this run first saw the BAKE_TIME stage (an estimate). */
  bakeMinutesLeft?: number;
  circuitBreaker?: { status?: string; failures: number; threshold?: number };
  alarms?: { status?: string; names: string[]; triggered: string[] };
  /** ECS's statusReason. */
  reason?: string;
  rollback?: { reason?: string; revision?: string };
  /** SUCCESSFUL, STOPPED or a ROLLBACK_* state: ECS has finished with (or is undoing) this deployment. */
  finished: boolean;
  /** ECS is rolling the deployment back, or did. */
  rolledBack: boolean;
}

const ROLLBACK = new Set([
  'ROLLBACK_REQUESTED',
  'ROLLBACK_IN_PROGRESS',
  'ROLLBACK_SUCCESSFUL',
  'ROLLBACK_FAILED',
]);
const FINISHED = new Set(['SUCCESSFUL', 'STOPPED', 'ROLLBACK_SUCCESSFUL', 'ROLLBACK_FAILED']);

/** The view of one described deployment; `bakeSince` is when this run first saw it bake (ms). */
export function deploymentView(d: ServiceDeployment, now: number, bakeSince?: number): DeploymentView {
  const status = d.status ?? 'PENDING';
  const bake = d.deploymentConfiguration?.bakeTimeInMinutes;
  const bakeMinutesLeft =
    d.lifecycleStage === 'BAKE_TIME' && bake !== undefined
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
export function rollbackCause(view: DeploymentView): string {
  const causes: string[] = [];
  if (view.alarms?.triggered.length)
    causes.push(
      `CloudWatch alarm${view.alarms.triggered.length > 1 ? 's' : ''} ${view.alarms.triggered.join(', ')} went into ALARM`,
    );
  if (view.circuitBreaker?.status === 'TRIGGERED')
    causes.push(
      `the deployment circuit breaker counted ${view.circuitBreaker.failures}${view.circuitBreaker.threshold !== undefined ? ` of ${view.circuitBreaker.threshold}` : ''} failed tasks`,
    );
  const said = view.rollback?.reason ?? view.reason;
  if (said && !causes.some((c) => said.includes(c))) causes.push(said);
  const where = view.stage ? ` during ${view.stage}` : '';
  return `${causes.join('; ') || 'ECS gave no reason'}${where} (${view.status})`;
}

/** A service to follow: its ARN and cluster (rollout.ts StackService). */
export interface FollowedService {
  logicalId: string;
  arn: string;
  cluster: string;
}

/**
 * Follows the deployments this run started, one per service. The first read lists each service's
 * deployments created since the run began; once known, only DescribeServiceDeployments is asked (20 a
 * call), and a finished deployment is not asked again.
 */
export class DeploymentFollower {
  /** Why the API could not be used; set once, and then nothing is asked again. */
  unavailable?: string;
  private readonly found = new Map<string, string>();
  /** Services already listed: after the stack settled, a service with no deployment of this run has none. */
  private readonly listed = new Set<string>();
  /**
   * The ECS services the stack operation's events name (logical ids): once there is one, only those can
   * have a deployment of this run, and no other is listed. With none seen (an emulator that reports no
   * service events, or a page of events missed), every service is listed once.
   */
  touched?: ReadonlySet<string>;
  private readonly last = new Map<string, DeploymentView>();
  private readonly bakeSince = new Map<string, number>();

  constructor(
    private readonly ecs: Pick<Services, 'deployments' | 'describeDeployments'>,
    private readonly since: Date,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The views of the services' deployments (by logical id); services without one this run are left out.
   * `listAgain`: while CloudFormation works a service's deployment may not have started yet, so a service
   * with none is listed again; once the stack has settled each service is listed once.
   */
  async read(services: FollowedService[], listAgain = false): Promise<Map<string, DeploymentView>> {
    if (this.unavailable) return this.last;
    try {
      for (const s of services) {
        if (this.found.has(s.logicalId) || (this.listed.has(s.logicalId) && !listAgain)) continue;
        if (this.touched?.size && !this.touched.has(s.logicalId)) continue;
        this.listed.add(s.logicalId);
        const listed = await this.ecs.deployments(s.cluster, s.arn, this.since);
        // The newest one created since the run began: the deployment this run's change started.
        const newest = [...listed].sort(
          (a, b) => (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0),
        )[0];
        if (newest?.serviceDeploymentArn) this.found.set(s.logicalId, newest.serviceDeploymentArn);
      }
      const open = services
        .filter((s) => this.found.has(s.logicalId) && !this.last.get(s.logicalId)?.finished)
        .map((s) => s.logicalId);
      for (let i = 0; i < open.length; i += 20) {
        const batch = open.slice(i, i + 20);
        const described = await this.ecs.describeDeployments(batch.map((id) => this.found.get(id)!));
        for (const id of batch) {
          const d = described.find((x) => x.serviceDeploymentArn === this.found.get(id));
          if (!d) continue;
          if (d.lifecycleStage === 'BAKE_TIME' && !this.bakeSince.has(id)) this.bakeSince.set(id, this.now());
          this.last.set(id, deploymentView(d, this.now(), this.bakeSince.get(id)));
        }
      }
    } catch (err) {
      this.giveUp(err);
    }
    return this.last;
  }

  /** The deployment ECS rolled back, first found, with its service. */
  rolledBack(): { logicalId: string; view: DeploymentView } | undefined {
    for (const [logicalId, view] of this.last) if (view.rolledBack) return { logicalId, view };
    return undefined;
  }

  /** The deployments still running (to stop one when the run is cancelled with no stack update in flight). */
  inFlight(): Array<{ logicalId: string; view: DeploymentView }> {
    return [...this.last].filter(([, v]) => !v.finished).map(([logicalId, view]) => ({ logicalId, view }));
  }

  private giveUp(err: unknown): void {
    const message = errorMessage(err);
    const name = (err as { name?: string }).name ?? '';
    this.unavailable = message;
    // Views that can no longer be refreshed would hold the rollout open: DescribeServices decides alone.
    this.last.clear();
    // A denied call needs the deploy role changed; a missing one (an emulator, an older partition) does not.
    const denied = /AccessDenied|not authorized/i.test(`${name} ${message}`);
    const said = `ECS service deployments could not be read (${message}); the rollout is followed through DescribeServices alone, without lifecycle stages, traffic shares or alarms`;
    if (denied)
      this.logger.warning(
        `${said}. Allow ecs:ListServiceDeployments and ecs:DescribeServiceDeployments to see them.`,
      );
    else this.logger.info(said);
  }
}

import type { Service as EcsService } from '@aws-sdk/client-ecs';
import type { Services, StackOperations } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import { UserError } from '../errors.js';
import { gpuSummaries } from '../template/gpu-summary.js';
import type { Template } from '../template/types.js';
import { pollUntil, type PollOptions } from '../runtime/poll.js';
import type { InstanceWatch } from './gpu-instances.js';
import { listStackResources } from './stack.js';
import { rollbackCause, type DeploymentFollower, type DeploymentView } from './service-deployments.js';

/** One row of the rollout display, per ECS service (what AWS Copilot shows, for a comment and a log). */
export interface ServiceRollout {
  logicalId: string;
  name: string;
  taskDefinition?: string;
  /** IN_PROGRESS | COMPLETED | FAILED, from the primary deployment. */
  rolloutState: string;
  desired: number;
  running: number;
  pending: number;
  failedTasks: number;
  /** Deployments still draining besides the primary. */
  otherDeployments: number;
  /**
   * The revisions still serving besides the primary while it rolls out (ECS's ACTIVE deployments with
   * running tasks), e.g. `shop-web:3 (2 running)`: what users reach until the new revision takes over.
   */
  serving?: string[];
  latestEvent?: string;
  done: boolean;
  failed: boolean;
  reason?: string;
  /** Said when ECS runs another revision than the one deployed without a sign of a rollback. */
  note?: string;
  /** The deployment as ECS reports it (DescribeServiceDeployments), when the API answered. */
  deployment?: DeploymentView;
  /** A waiting GPU service's instances, e.g. `instances: 1/2 in service (g4dn.xlarge)` (gpu-instances.ts). */
  instances?: string;
}

export interface StackService {
  logicalId: string;
  arn: string;
  cluster: string;
  /** The task definition this deploy gave the service; ECS running another one means it rolled back. */
  taskDefinition?: string;
  /** A GPU service's Auto Scaling group (its physical name) and instance type, for the rollout's instances. */
  gpu?: { group: string; instanceType: string };
}

/**
 * The ECS services a stack owns, with their clusters and the task definitions the template gives
 * them, from the stack's resources (its Outputs may be empty).
 */
export async function stackServices(
  cfn: StackOperations,
  stackId: string,
  template?: Template,
): Promise<StackService[]> {
  const resources = await listStackResources(cfn, stackId);
  const cluster = resources.find((r) => r.ResourceType === 'AWS::ECS::Cluster')?.PhysicalResourceId;
  const physical = new Map(resources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
  const taskDefinitionOf = (serviceId: string): string | undefined => {
    const ref = (template?.Resources[serviceId]?.Properties?.TaskDefinition as { Ref?: string } | undefined)
      ?.Ref;
    return ref ? physical.get(ref) : undefined;
  };
  // A GPU service's group, read back from the template (service → capacity provider → group); the group's
  // physical resource ID is its name (AWS::AutoScaling::AutoScalingGroup, Ref).
  const gpuOf = new Map(
    gpuSummaries(template).flatMap((g) => {
      const group = physical.get(g.autoScalingGroupId);
      return group ? [[g.serviceId, { group, instanceType: g.instanceType }] as const] : [];
    }),
  );
  return resources
    .filter((r) => r.ResourceType === 'AWS::ECS::Service' && r.PhysicalResourceId)
    .map((r) => {
      const gpu = gpuOf.get(r.LogicalResourceId!);
      return {
        logicalId: r.LogicalResourceId!,
        arn: r.PhysicalResourceId!,
        cluster: clusterOf(r.PhysicalResourceId!) ?? cluster ?? 'default',
        taskDefinition: taskDefinitionOf(r.LogicalResourceId!),
        ...(gpu ? { gpu } : {}),
      };
    })
    .sort((a, b) => a.logicalId.localeCompare(b.logicalId));
}

/** Long service ARNs carry the cluster: arn:aws:ecs:region:acct:service/<cluster>/<name>. */
function clusterOf(serviceArn: string): string | undefined {
  const parts = serviceArn.split(':').pop()?.split('/') ?? [];
  return parts.length === 3 ? parts[1] : undefined;
}

/**
 * Reads where a service's rollout stands. A rollout that ECS rolled back is a failure, never
 * success: after a circuit-breaker rollback the PRIMARY deployment is the old task definition and
 * may well be COMPLETED, so the task definition is checked, not only the state.
 */
export function rolloutOf(
  logicalId: string,
  service: EcsService,
  expectedTaskDefinition?: string,
): ServiceRollout {
  const primary = service.deployments?.find((d) => d.status === 'PRIMARY');
  // The service's own task definition is what ECS settled on: after a rollback it is the old revision.
  const current = service.taskDefinition ?? primary?.taskDefinition;
  const mismatch = Boolean(expectedTaskDefinition && current && current !== expectedTaskDefinition);
  const failedDeployment = service.deployments?.find((d) => d.rolloutState === 'FAILED');
  // A different revision alone could be someone else's update (or an emulator that does not track
  // CloudFormation's updates); with a failed deployment or a rollback event it is ECS undoing ours.
  const rollbackEvidence =
    Boolean(failedDeployment) ||
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
    note:
      mismatch && !rolledBack
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
export class RolloutFailed extends UserError {
  diagnosis?: string;
  constructor(
    message: string,
    readonly failedService: (StackService & { name: string }) | undefined,
  ) {
    super(message);
  }
}

/**
 * Waits until every service's primary deployment has completed, reporting each poll.
 * Fails with ECS's own reason when the circuit breaker rolled a deployment back.
 */
export async function watchRollout(
  ecs: Services,
  services: StackService[],
  poll: PollOptions,
  onProgress: (rows: ServiceRollout[]) => void | Promise<void> = () => {},
  follower?: DeploymentFollower,
  instances?: InstanceWatch,
): Promise<ServiceRollout[]> {
  let rows: ServiceRollout[] = [];
  const result = await pollUntil(async () => {
    rows = await readRollouts(ecs, services, follower, false, instances);
    await onProgress(rows);
    const failed = rows.find((r) => r.failed);
    if (failed) {
      // Which service, so the caller can say why its tasks stopped (failure-report.ts).
      const service = services.find((s) => s.logicalId === failed.logicalId);
      throw new RolloutFailed(
        `ECS rolled back service ${failed.name}: ${failed.reason ?? 'the deployment failed'}${failed.latestEvent && failed.latestEvent !== failed.reason ? ` (latest event: ${failed.latestEvent})` : ''}`,
        service && { ...service, name: failed.name },
      );
    }
    return rows.every((r) => r.done) ? rows : undefined;
  }, poll);
  if (!result.done) {
    const waiting = rows
      .filter((r) => !r.done)
      .map(
        (r) =>
          `${r.name} (${[`${r.running}/${r.desired} running`, r.instances, r.reason ?? r.latestEvent].filter(Boolean).join('; ')})`,
      );
    throw new UserError(`rollout did not complete within the wait timeout: ${waiting.join(', ')}`);
  }
  return result.value;
}

function missingService(member: StackService, reason?: string): ServiceRollout {
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
export function withDeployment(row: ServiceRollout, view: DeploymentView | undefined): ServiceRollout {
  if (!view) return row;
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
export async function readRollouts(
  ecs: Services,
  services: StackService[],
  follower?: DeploymentFollower,
  listAgain = false,
  instances?: InstanceWatch,
): Promise<ServiceRollout[]> {
  let rows = await describeRollouts(ecs, services);
  if (follower) {
    const views = await follower.read(services, listAgain);
    rows = rows.map((r) => withDeployment(r, views.get(r.logicalId)));
  }
  return instances ? instances.annotate(services, rows) : rows;
}

async function describeRollouts(ecs: Services, services: StackService[]): Promise<ServiceRollout[]> {
  const rows: ServiceRollout[] = [];
  const byCluster = new Map<string, StackService[]>();
  for (const s of services) byCluster.set(s.cluster, [...(byCluster.get(s.cluster) ?? []), s]);
  for (const [cluster, members] of byCluster) {
    // DescribeServices takes at most 10 services a call.
    for (let i = 0; i < members.length; i += 10) {
      const batch = members.slice(i, i + 10);
      let out;
      try {
        out = await ecs.describe(
          cluster,
          batch.map((s) => s.arn),
        );
      } catch (err) {
        throw awsFailure('ECS DescribeServices', err);
      }
      for (const member of batch) {
        const found = out.services.find((s) => s.serviceArn === member.arn || s.serviceName === member.arn);
        if (found) rows.push(rolloutOf(member.logicalId, found, member.taskDefinition));
        // A service ECS does not return is not running: never count it as done.
        else rows.push(missingService(member, out.failures.find((f) => f.arn === member.arn)?.reason));
      }
    }
  }
  return rows;
}

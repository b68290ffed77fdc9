import type { Stack } from '@aws-sdk/client-cloudformation';
import type { AwsEdge } from '../aws/edge.js';
import type { StepRunner } from '../kernel/steps.js';
import type { Logger } from '../log.js';
import type { OperationEvent } from './events.js';
import { executeChangeSet } from './execute.js';
import type { Template } from '../template/types.js';
import type { PollOptions } from '../runtime/poll.js';
import { Cancelled, cancelRequest, isCancelled } from '../runtime/cancellation.js';
import { diagnoseService, formatDiagnosis } from './failure-report.js';
import { RolloutFailed, stackServices, watchRollout, type ServiceRollout } from './rollout.js';
import { InstanceWatch } from './gpu-instances.js';
import { LiveRollout } from './live-rollout.js';
import { CertificateWatch } from './certificate-watch.js';
import { UserError } from '../errors.js';
import { DeploymentFollower } from './service-deployments.js';
import { stopInFlight } from './stop-deployments.js';

/** A rolled-back service's failure, with why its last task stopped and what it printed (failure-report.ts). */
async function withDiagnosis(
  aws: Pick<AwsEdge, 'services' | 'logs'>,
  err: unknown,
  logger: Logger,
): Promise<unknown> {
  if (!(err instanceof RolloutFailed) || !err.failedService) return err;
  const diagnosis = await diagnoseService(aws.services, aws.logs, err.failedService).catch(() => undefined);
  if (!diagnosis) return err;
  err.diagnosis = formatDiagnosis(diagnosis);
  logger.info(err.diagnosis);
  return err;
}

/** What a deploy calls: CloudFormation to execute and follow, ECS and its logs for the rollout. */
export type DeployEdge = Pick<
  AwsEdge,
  'stacks' | 'changeSets' | 'events' | 'services' | 'logs' | 'certificates' | 'capacity'
>;

/**
 * Executes a ready change set, then follows every ECS service of the stack until its rollout has
 * completed. Either step's failure throws with its root cause; success means ECS runs the release.
 */
export async function deployChangeSet(
  aws: DeployEdge,
  ready: {
    stackId: string;
    changeSetId: string;
    stackName: string;
    template: Template;
    disableRollback?: boolean;
  },
  logger: Logger,
  poll: PollOptions,
  progress: {
    onEvent: (event: OperationEvent) => void;
    onRollout: (rows: ServiceRollout[]) => Promise<void>;
    /** The stack as CloudFormation finished it (its outputs final), so nobody needs to read it again. */
    onSettled?: (stack: Stack) => void;
  },
  /** The run's steps (src/kernel/): the change set's execution and the rollout are one each. */
  step: StepRunner,
): Promise<ServiceRollout[]> {
  const now = poll.now ?? Date.now;
  // The deployments ECS starts for this change set: created from now on (a little slack for clocks).
  const follower = new DeploymentFollower(aws.services, new Date(now() - 5000), logger, now);
  // Only a service the operation touched has a deployment of this run: the others are not listed.
  const touched = new Set<string>();
  follower.touched = touched;
  // The certificates CloudFormation waits for ACM to issue (x-aws-domain): their status on their rows.
  const certificates = new CertificateWatch(aws, logger, progress.onEvent, now);
  const onEvent = (event: OperationEvent) => {
    if (event.type === 'AWS::ECS::Service') touched.add(event.logicalId);
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
  const executed = await step(
    'deploy',
    () => executeChangeSet(aws, ready, logger, poll, onEvent, alongside),
    ready.stackName,
  ).catch(async (err: unknown) => {
    if (isCancelled(err)) throw leftToCloudFormation(err, live, logger);
    // ACM failed a certificate: its reason, with what to do, is the root cause.
    await certificates.tick(true);
    const acm = certificates.failure();
    if (acm)
      throw new UserError(`deploy failed: ${acm}; ${err instanceof Error ? err.message : String(err)}`);
    // CloudFormation failed the service because ECS rolled its deployment back: say ECS's cause first.
    await live.tick(true);
    const rolledBack = live.rolledBack();
    if (!rolledBack) throw err;
    const name = rolledBack.row?.name ?? rolledBack.service.logicalId;
    const failure = new RolloutFailed(
      `ECS rolled back service ${name}: ${rolledBack.cause}; ${err instanceof Error ? err.message : String(err)}`,
      { ...rolledBack.service, name },
    );
    throw await withDiagnosis(aws, failure, logger);
  });
  if (executed.stack) progress.onSettled?.(executed.stack);
  return step('rollout', async () => {
    const services = await stackServices(aws.stacks, ready.stackId, ready.template);
    const rows = await watchRollout(
      aws.services,
      services,
      poll,
      async (rows) => {
        for (const r of rows) logger.info(rolloutLine(r));
        await progress.onRollout(rows);
      },
      follower,
      instances,
    ).catch(async (err: unknown) => {
      if (isCancelled(err)) throw await rolloutCancelled(aws, ready.stackName, follower, poll, logger);
      throw await withDiagnosis(aws, err, logger);
    });
    for (const r of rows) if (r.note) logger.warning(`${r.name}: ${r.note}`);
    return rows;
  });
}

/**
 * Cancelled while CloudFormation waited through ECS deployments: CancelUpdateStack (cancel.ts) was the right
 * call, and the report says what it means for each deployment ECS was running. A StopServiceDeployment
 * underneath would fail the resource, and CloudFormation would roll back with yet another deployment.
 */
function leftToCloudFormation(err: Cancelled, live: LiveRollout, logger: Logger): Cancelled {
  const running = live.follower.inFlight();
  if (!running.length) return err;
  const names = running.map((r) => `${r.logicalId} (${r.view.stage ?? r.view.status})`).join(', ');
  const said = `ECS's deployment of ${names} was not stopped underneath CloudFormation: the stack's rollback deploys the previous revision again, and ECS shifts any traffic back to it`;
  logger.warning(said);
  return new Cancelled(`${err.message}; ${said}`);
}

/** One log line per service and poll: ECS's state, its counts, and the deployment's stage when ECS reports it. */
function rolloutLine(r: ServiceRollout): string {
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
async function rolloutCancelled(
  aws: Pick<AwsEdge, 'services'>,
  stackName: string,
  follower: DeploymentFollower,
  poll: PollOptions,
  logger: Logger,
): Promise<Cancelled> {
  const signal = cancelRequest(poll.signal!).signalName;
  const stopped = await stopInFlight(aws.services, follower);
  const message = stopped
    ? `deploy cancelled (${signal}) while ECS rolled the release out: stack ${stackName} had already been updated, so there was nothing to cancel in CloudFormation; ${stopped}`
    : `deploy cancelled (${signal}) while ECS rolled the release out: stack ${stackName} had already been updated, so there was nothing to cancel in CloudFormation; ECS goes on with the rollout (its deployment circuit breaker rolls back new tasks that fail, unless update_config.failure_action is continue)`;
  logger.warning(message);
  return new Cancelled(message);
}

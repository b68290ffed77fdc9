// Cancelling a run once CloudFormation has finished, while ECS still runs a deployment the stack started (a
// service CloudFormation did not wait for, or one the rollout watch follows after the stack). Only then is
// StopServiceDeployment used: while the stack update is in flight, CloudFormation owns the deployment, and a
// stop underneath would fail the resource and CloudFormation would roll back with yet another deployment, so
// that cancel stays CancelUpdateStack (cancel.ts). AWS: a PENDING or IN_PROGRESS deployment stopped with
// ROLLBACK "moves to the ROLLBACK_REQUESTED state, and then the rollback operation starts", to the previous
// service revision, even without the rollback option configured
// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/stop-service-deployment.html,
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_StopServiceDeployment.html).
import type { Services } from '../aws/edge.js';
import { errorMessage } from '../aws/errors.js';
import type { DeploymentFollower } from './service-deployments.js';

/**
 * Stops every deployment the follower saw still running, with ROLLBACK; one sentence for the report saying
 * what ECS does, or undefined when nothing was in flight (or the follower never read a deployment).
 */
export async function stopInFlight(
  ecs: Pick<Services, 'stopDeployment'>,
  follower: DeploymentFollower,
): Promise<string | undefined> {
  const running = follower.inFlight();
  if (!running.length) return undefined;
  const stopped: string[] = [];
  const refused: string[] = [];
  for (const { logicalId, view } of running) {
    try {
      await ecs.stopDeployment(view.arn);
      stopped.push(logicalId);
    } catch (err) {
      refused.push(`${logicalId} (${errorMessage(err)})`);
    }
  }
  const parts: string[] = [];
  if (stopped.length)
    parts.push(
      `asked ECS to stop the deployment of ${stopped.join(', ')} (StopServiceDeployment, ROLLBACK): ECS rolls ${stopped.length > 1 ? 'them' : 'it'} back to the previous service revision, while the stack still names the new one, so deploy again (or roll the release back) to bring the two together`,
    );
  if (refused.length)
    parts.push(
      `ECS refused to stop ${refused.join(', ')}, and goes on with ${refused.length > 1 ? 'those' : 'that'} rollout`,
    );
  return parts.join('; ');
}

// The rollout while CloudFormation works. An AWS::ECS::Service update completes only once ECS has finished
// the deployment it started — every traffic shift and the bake time of a blue/green, canary or linear one —
// so most of a rollout happens inside the stack operation. This reads the stack's services and their
// deployments between the stack's polls (every READ_EVERY_MS at most, the first one READ_EVERY_MS after the
// execution began: a quick update costs no call), hands the rows on to the report, and remembers a rollback
// ECS made, so the failure CloudFormation then reports can say its cause. It shows, never decides: a read
// that fails here is left out and the stack's own outcome stands.
import type { AwsEdge } from '../aws/edge.js';
import type { Template } from '../template/types.js';
import type { InstanceWatch } from './gpu-instances.js';
import { readRollouts, stackServices, type ServiceRollout, type StackService } from './rollout.js';
import type { DeploymentFollower } from './service-deployments.js';

export const READ_EVERY_MS = 15_000;

export class LiveRollout {
  private services: StackService[] = [];
  private lastRead: number;
  /** Reads made: a failure forces one more read only after the operation lasted long enough for one. */
  private reads = 0;
  /** The rows last handed on (the final report keeps them when the stack fails). */
  rows: ServiceRollout[] = [];

  constructor(
    private readonly aws: Pick<AwsEdge, 'stacks' | 'services'>,
    private readonly stack: { stackId: string; template: Template },
    readonly follower: DeploymentFollower,
    private readonly onRows: (rows: ServiceRollout[]) => Promise<void>,
    private readonly now: () => number,
    /** A waiting GPU service's instances (gpu-instances.ts); no Auto Scaling call for a stack without GPUs. */
    private readonly instances?: InstanceWatch,
  ) {
    this.lastRead = now();
  }

  /**
   * Between two polls of the stack: reads when READ_EVERY_MS has passed since the last read. `force` (the
   * operation failed) reads once more, unless nothing was read yet: a quick failure is not a rollout's.
   */
  async tick(force = false): Promise<void> {
    if (force ? this.reads === 0 : this.now() - this.lastRead < READ_EVERY_MS) return;
    this.lastRead = this.now();
    this.reads++;
    try {
      // A stack being created gains its services as it goes: listed again until there are some.
      if (!this.services.length)
        this.services = await stackServices(this.aws.stacks, this.stack.stackId, this.stack.template);
      if (!this.services.length) return;
      this.rows = await readRollouts(this.aws.services, this.services, this.follower, true, this.instances);
      await this.onRows(this.rows);
    } catch {
      // Display only: CloudFormation's outcome decides, and the rollout watch after it reads again.
    }
  }

  /** The service ECS rolled back during the operation, with its StackService (for the failure report). */
  rolledBack(): { service: StackService; row?: ServiceRollout; cause: string } | undefined {
    const found = this.follower.rolledBack();
    const service = found && this.services.find((s) => s.logicalId === found.logicalId);
    if (!found || !service) return undefined;
    const row = this.rows.find((r) => r.logicalId === found.logicalId);
    return { service, ...(row ? { row } : {}), cause: row?.reason ?? found.view.status };
  }
}

// The GPU instances a rollout waits for. ECS managed scaling starts a GPU service's instances only once its
// tasks ask for capacity (ECS developer guide, "Amazon ECS capacity provider managed scaling"), so while a GPU
// service's rollout waits, its row says how many of its group's instances are in service
// ("instances: 1/2 in service (g4dn.xlarge)"). One DescribeAutoScalingGroups call per poll covers every GPU
// group still waited on; a stack without GPU services (or whose GPU services are done) makes no call at all.
// A group with no instance in service for STUCK_AFTER_MS gets its scaling activities read
// (DescribeScalingActivities): the newest failed one's status message is the root cause a user needs (a vCPU
// quota, no capacity of the type in the subnets' zones), put in the row's reason. It shows, never decides: a
// read that fails leaves the rows as they were.
import type { Activity, AutoScalingGroup } from '@aws-sdk/client-auto-scaling';
import type { Ec2Capacity } from '../aws/edge.js';
import type { ServiceRollout, StackService } from './rollout.js';

/** A GPU instance boots in a few minutes; a group still empty after this is looked into. */
export const STUCK_AFTER_MS = 3 * 60_000;
/** Activities read per stuck group: the newest ones (DescribeScalingActivities returns them newest first). */
const ACTIVITIES_READ = 10;

export class InstanceWatch {
  /** Per group: since when it has had no instance in service. */
  private readonly emptySince = new Map<string, number>();

  constructor(
    private readonly capacity: Pick<Ec2Capacity, 'groups' | 'activities'>,
    private readonly now: () => number,
    /** Activities that started before this are an earlier deploy's, not this one's cause. */
    private readonly since: number,
  ) {}

  /** The rows, each waiting GPU service's with its group's instances (and a stuck group's cause). */
  async annotate(services: StackService[], rows: ServiceRollout[]): Promise<ServiceRollout[]> {
    const gpuOf = new Map(services.flatMap((s) => (s.gpu ? [[s.logicalId, s.gpu] as const] : [])));
    const waiting = rows.filter((r) => gpuOf.has(r.logicalId) && !r.done && !r.failed);
    // Only GPU services have groups: without one waiting, Auto Scaling is not asked.
    if (waiting.length === 0) return rows;
    const names = [...new Set(waiting.map((r) => gpuOf.get(r.logicalId)!.group))];
    let groups: AutoScalingGroup[];
    try {
      groups = await this.capacity.groups(names);
    } catch {
      return rows;
    }
    const causes = new Map<string, string | undefined>();
    for (const group of groups) {
      const name = group.AutoScalingGroupName;
      if (name) causes.set(name, await this.stuckCause(name, inService(group)));
    }
    return rows.map((row) => {
      const gpu = gpuOf.get(row.logicalId);
      const group =
        gpu && waiting.includes(row) ? groups.find((g) => g.AutoScalingGroupName === gpu.group) : undefined;
      if (!gpu || !group) return row;
      const cause = causes.get(gpu.group);
      return {
        ...row,
        instances: `instances: ${inService(group)}/${group.DesiredCapacity ?? 0} in service (${gpu.instanceType})`,
        ...(cause ? { reason: `Auto Scaling could not start ${gpu.instanceType} instances: ${cause}` } : {}),
      };
    });
  }

  /** The newest failed activity's message of a group empty for STUCK_AFTER_MS; undefined otherwise. */
  private async stuckCause(group: string, running: number): Promise<string | undefined> {
    if (running > 0) {
      this.emptySince.delete(group);
      return undefined;
    }
    const since = this.emptySince.get(group) ?? this.now();
    this.emptySince.set(group, since);
    if (this.now() - since < STUCK_AFTER_MS) return undefined;
    let activities: Activity[];
    try {
      activities = await this.capacity.activities(group, ACTIVITIES_READ);
    } catch {
      return undefined;
    }
    const failed = activities.find(
      // A launch that failed is Failed or Cancelled, its StatusMessage the cause (API_DescribeScalingActivities).
      (a) =>
        (a.StatusCode === 'Failed' || a.StatusCode === 'Cancelled') &&
        (a.StartTime?.getTime() ?? 0) >= this.since,
    );
    return failed ? (failed.StatusMessage ?? failed.Description) : undefined;
  }
}

function inService(group: AutoScalingGroup): number {
  return (group.Instances ?? []).filter((i) => i.LifecycleState === 'InService').length;
}

// Before `down` deletes a stack with GPU services: lift the instances' scale-in protection and empty their
// Auto Scaling groups. With managed termination protection, ECS protects every instance that runs a task
// from scale-in; CloudFormation deletes the capacity provider (which would have lifted it) before the group
// it refers to, and the group's deletion then waits on instances that a scale-in never terminates (ECS
// developer guide, "Managed termination protection"; docs/mapping.md, GPUs). Without the stack the tasks
// stop anyway, so nothing is lost by stopping the instances first.
import { awsFailure } from '../aws/errors.js';
import type { StepContext } from './context.js';
import type { DestroyPlan } from './destroy.js';

export async function releaseGpuInstances(ctx: StepContext, plan: DestroyPlan): Promise<void> {
  if (plan.autoScalingGroups.length === 0) return;
  const { capacity } = ctx.aws;
  const groups = await capacity.groups(plan.autoScalingGroups).catch((err: unknown) => {
    throw awsFailure('Auto Scaling DescribeAutoScalingGroups', err);
  });
  for (const group of groups) {
    const name = group.AutoScalingGroupName;
    if (!name) continue;
    const protectedIds = (group.Instances ?? [])
      .filter((i) => i.ProtectedFromScaleIn && i.InstanceId)
      .map((i) => i.InstanceId!);
    try {
      if (protectedIds.length > 0) await capacity.unprotect(name, protectedIds);
      await capacity.empty(name);
    } catch (err) {
      throw awsFailure(`Auto Scaling: releasing the instances of ${name}`, err);
    }
    ctx.logger.info(
      `${name}: scale-in protection lifted from ${protectedIds.length} instance(s), group set to 0 so its deletion does not wait on them`,
    );
  }
}

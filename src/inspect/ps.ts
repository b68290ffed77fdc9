// `compose-ecs ps`: what a deployed stack runs now, per compose service — the answer `docker compose ps`
// gave against Docker's ECS integration (issue 10). Read-only: DescribeStacks, ListStackResources,
// DescribeServices and the running tasks.
import type { AwsEdge } from '../aws/edge.js';
import { stackServices } from '../deploy/rollout.js';
import { describeStack } from '../deploy/stack.js';
import { deployedTemplate } from '../deploy/template-source.js';
import { UserError } from '../errors.js';
import { SERVICE_TAG } from '../template/tags.js';

export interface ServiceStatus {
  service: string;
  taskDefinition?: string;
  rollout?: string;
  running: number;
  desired: number;
  pending: number;
  /** One entry per running task: "<task id> <last status> <health>". */
  tasks: string[];
}

export async function stackStatus(
  aws: Pick<AwsEdge, 'stacks' | 'services'>,
  stackName: string,
): Promise<{ stackStatus: string; services: ServiceStatus[] }> {
  const stack = await describeStack(aws.stacks, stackName);
  if (!stack?.StackId || stack.StackStatus === 'DELETE_COMPLETE')
    throw new UserError(`stack ${stackName} does not exist (deploy it first, or name it with --stack-name)`);
  const services = await stackServices(aws.stacks, stack.StackId);
  // ECS names the services itself; the deployed template tags each with its compose name.
  const template = await deployedTemplate(aws.stacks, stack.StackId).catch(() => undefined);
  const composeName = (logicalId: string) =>
    (
      template?.Resources[logicalId]?.Properties?.Tags as Array<{ Key: string; Value: unknown }> | undefined
    )?.find((t) => t.Key === SERVICE_TAG)?.Value;
  const out: ServiceStatus[] = [];
  for (const s of services) {
    const [described] = (await aws.services.describe(s.cluster, [s.arn])).services;
    const primary = described?.deployments?.find((d) => d.status === 'PRIMARY');
    const tasks = await aws.services.runningTasks(s.cluster, s.arn);
    out.push({
      service: String(composeName(s.logicalId) ?? described?.serviceName ?? s.logicalId),
      ...(described?.taskDefinition ? { taskDefinition: described.taskDefinition.split('/').pop() } : {}),
      ...(primary?.rolloutState ? { rollout: primary.rolloutState } : {}),
      running: described?.runningCount ?? 0,
      desired: described?.desiredCount ?? 0,
      pending: described?.pendingCount ?? 0,
      tasks: tasks.map((t) =>
        [t.taskArn?.split('/').pop(), t.lastStatus, t.healthStatus].filter(Boolean).join(' '),
      ),
    });
  }
  return { stackStatus: stack.StackStatus ?? 'UNKNOWN', services: out };
}

/** A plain table, like `docker compose ps`. */
export function formatStatus(
  stackName: string,
  status: { stackStatus: string; services: ServiceStatus[] },
): string {
  const rows = [
    ['SERVICE', 'TASK DEFINITION', 'ROLLOUT', 'RUNNING', 'TASKS'],
    ...status.services.map((s) => [
      s.service,
      s.taskDefinition ?? '-',
      s.rollout ?? '-',
      `${s.running}/${s.desired}${s.pending ? ` (+${s.pending} pending)` : ''}`,
      s.tasks.join(', ') || '-',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  return [`stack ${stackName}: ${status.stackStatus}`, ...table].join('\n') + '\n';
}

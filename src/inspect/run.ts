// `compose-ecs run SERVICE [-- COMMAND…]`: a one-off task of a deployed service or job, the way
// `docker compose run` starts one: the service's own task definition and network (a service: what ECS runs
// it with now; a job: what the template says, resolved against the stack), the command replaced when one is
// given, what it prints followed while it runs, and its exit code returned.
import type { AwsEdge, LogLine } from '../aws/edge.js';
import { describeStack, listStackResources } from '../deploy/stack.js';
import { deployedTemplate } from '../deploy/template-source.js';
import type { PollOptions } from '../runtime/poll.js';
import { UserError } from '../errors.js';
import { jobSpecs } from '../jobs/phases.js';
import { resolveJob, type JobTarget } from '../jobs/resolve.js';
import { runTaskToEnd, type TaskOutcome } from '../jobs/run-task.js';
import { SERVICE_TAG } from '../template/tags.js';
import { containerName } from '../template/task-definition.js';

export interface RunRequest {
  stackName: string;
  service: string;
  /** Replaces the container's command; the task definition's when empty. */
  command: string[];
}

type RunEdge = Pick<AwsEdge, 'stacks' | 'services' | 'tasks' | 'logs'>;

export async function runOneOff(
  aws: RunEdge,
  request: RunRequest,
  poll: PollOptions,
  onLines: (lines: LogLine[]) => void,
  onStarted: (taskId: string) => void,
): Promise<TaskOutcome> {
  const target = await targetOf(aws, request);
  const container = containerName(request.service);
  return runTaskToEnd(
    aws,
    {
      ...target,
      startedBy: `compose-ecs run ${request.service}`.slice(0, 36),
      container,
      what: `run of ${request.service}`,
      ...(request.command.length ? { command: { container, command: request.command } } : {}),
    },
    poll,
    (task) => onStarted(task.taskId),
    onLines,
  );
}

/** Where and what to run: the job's spec, or the service's current task definition and network. */
async function targetOf(aws: RunEdge, request: RunRequest): Promise<JobTarget> {
  const stack = await describeStack(aws.stacks, request.stackName);
  if (!stack?.StackId || stack.StackStatus === 'DELETE_COMPLETE')
    throw new UserError(
      `stack ${request.stackName} does not exist (deploy it first, or name it with --stack-name)`,
    );
  const template = await deployedTemplate(aws.stacks, stack.StackId);
  const resources = await listStackResources(aws.stacks, stack.StackId);
  const physical = new Map(resources.map((r) => [r.LogicalResourceId ?? '', r.PhysicalResourceId ?? '']));
  const job = jobSpecs(template)[request.service];
  if (job) {
    const parameters = Object.fromEntries(
      (stack.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']),
    );
    return resolveJob(request.service, job, { physical, parameters });
  }
  const logicalId = Object.entries(template?.Resources ?? {}).find(
    ([, r]) =>
      r.Type === 'AWS::ECS::Service' &&
      (r.Properties?.Tags as Array<{ Key: string; Value: unknown }> | undefined)?.some(
        (t) => t.Key === SERVICE_TAG && t.Value === request.service,
      ),
  )?.[0];
  const arn = logicalId ? physical.get(logicalId) : undefined;
  const cluster = resources.find((r) => r.ResourceType === 'AWS::ECS::Cluster')?.PhysicalResourceId;
  const clusterOf = arn?.split('/').length === 3 ? arn.split('/')[1] : cluster;
  if (!arn || !clusterOf) {
    const names = [...Object.keys(jobSpecs(template))].sort();
    throw new UserError(
      `${request.service} is neither a service nor a job of stack ${request.stackName}${names.length ? ` (jobs: ${names.join(', ')})` : ''}`,
    );
  }
  const [service] = (await aws.services.describe(clusterOf, [arn])).services;
  const network = service?.networkConfiguration?.awsvpcConfiguration;
  if (!service?.taskDefinition || !network?.subnets?.length)
    throw new UserError(`ECS does not say how service ${request.service} runs (DescribeServices)`);
  return {
    cluster: clusterOf,
    taskDefinition: service.taskDefinition,
    subnets: network.subnets,
    securityGroups: network.securityGroups ?? [],
    assignPublicIp: network.assignPublicIp === 'ENABLED',
  };
}

// Runs one one-off task to its end (ECS RunTask, then DescribeTasks until STOPPED) and says how it ended:
// the exit code of the container that matters, ECS's reasons, and the last lines it logged (awslogs). Used by
// the deploy's jobs and by `compose-ecs run`. A cancelled run stops the task (StopTask) before it returns:
// a migration must not go on writing after the deploy that started it gave up.
import type { Task } from '@aws-sdk/client-ecs';
import type { AwsEdge, LogLine, OneOffTaskInput } from '../aws/edge.js';
import { errorMessage } from '../aws/errors.js';
import { Cancelled, isCancelled } from '../runtime/cancellation.js';
import { pollUntil, type PollOptions } from '../runtime/poll.js';

export interface TaskOutcome {
  taskArn: string;
  taskId: string;
  /** The container's exit code; undefined when it never ran (an image that could not be pulled). */
  exitCode?: number;
  /** ECS's stoppedReason and the container's own reason, when given. */
  reason?: string;
  /** The last lines the container logged, oldest first. */
  lastLines: string[];
}

export const LAST_LINES = 20;

type TaskEdge = Pick<AwsEdge, 'tasks' | 'services' | 'logs'>;

/** Where awslogs puts a container's lines: group and stream `<prefix>/<container>/<task id>` (ECS developer guide, awslogs). */
export async function logStreamOf(
  aws: TaskEdge,
  taskDefinitionArn: string,
  container: string,
  taskId: string,
): Promise<{ group: string; stream: string } | undefined> {
  const definition = await aws.services.taskDefinition(taskDefinitionArn).catch(() => undefined);
  const config = definition?.containerDefinitions?.find((d) => d.name === container)?.logConfiguration;
  const group = config?.logDriver === 'awslogs' ? config.options?.['awslogs-group'] : undefined;
  const prefix = config?.options?.['awslogs-stream-prefix'];
  return group && prefix ? { group, stream: `${prefix}/${container}/${taskId}` } : undefined;
}

export async function runTaskToEnd(
  aws: TaskEdge,
  input: OneOffTaskInput & { container: string; what: string },
  poll: PollOptions,
  onStarted?: (task: { taskArn: string; taskId: string }) => void | Promise<void>,
  /** Gets what the container logged since the last call while it runs (`compose-ecs run` streams it). */
  onLines?: (lines: LogLine[]) => void,
): Promise<TaskOutcome> {
  const started = await aws.tasks.run(input);
  if (!started.task?.taskArn)
    throw new Error(`ECS started no task for ${input.what}: ${started.failure ?? 'no reason given'}`);
  const taskArn = started.task.taskArn;
  const taskId = taskArn.split('/').pop()!;
  await onStarted?.({ taskArn, taskId });
  const where = await logStreamOf(
    aws,
    started.task.taskDefinitionArn ?? input.taskDefinition,
    input.container,
    taskId,
  );
  let cursor: string | undefined;
  const follow = async () => {
    if (!onLines || !where) return;
    const page = await aws.logs
      .read(where.group, { streamPrefix: where.stream, ...(cursor ? { nextToken: cursor } : {}) })
      .catch(() => undefined);
    if (!page) return;
    if (page.lines.length) onLines(page.lines);
    if (page.nextToken) cursor = page.nextToken;
  };
  let stopped: Task;
  try {
    const waited = await pollUntil(async () => {
      await follow();
      const [task] = await aws.tasks.describe(input.cluster, [taskArn]);
      return task?.lastStatus === 'STOPPED' ? task : undefined;
    }, poll);
    if (!waited.done) {
      await stopQuietly(aws, input.cluster, taskArn, `${input.what} ran past the wait timeout`);
      throw new Error(`${input.what} did not finish within the wait timeout: stopped its task ${taskId}`);
    }
    stopped = waited.value;
  } catch (err) {
    if (!isCancelled(err)) throw err;
    const stop = await stopQuietly(aws, input.cluster, taskArn, `${input.what} cancelled`);
    throw new Cancelled(
      `${input.what} cancelled: ${stop ? `could not stop its task ${taskId}: ${stop}` : `stopped its task ${taskId}`}`,
    );
  }
  await follow();
  const container = stopped.containers?.find((c) => c.name === input.container);
  const lastLines = where
    ? (await aws.logs.tail(where.group, where.stream, LAST_LINES).catch(() => [])).map((l) =>
        l.message.replace(/\s+$/, ''),
      )
    : [];
  const reason = [stopped.stoppedReason, container?.reason].filter(Boolean).join('; ');
  return {
    taskArn,
    taskId,
    ...(typeof container?.exitCode === 'number' ? { exitCode: container.exitCode } : {}),
    ...(reason ? { reason } : {}),
    lastLines,
  };
}

/** StopTask; the problem as text when it failed (the caller reports it, never hides the first failure). */
async function stopQuietly(
  aws: TaskEdge,
  cluster: string,
  taskArn: string,
  reason: string,
): Promise<string | undefined> {
  return aws.tasks.stop(cluster, taskArn, reason).then(
    () => undefined,
    (err: unknown) => errorMessage(err),
  );
}

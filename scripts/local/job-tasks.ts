// ECS one-off tasks (RunTask, DescribeTasks) answered as ECS documents them, for the deploy's jobs, where moto
// cannot: moto 5.2's RunTask adds up the memory of every container and fails with an internal error on a
// Fargate task definition whose containers set none (Fargate sizes the task: container memory is optional),
// and a task it starts reports only the first container definition (here an init container) with exit code 0,
// so the job's own container never ends. moto_server source: moto/ecs/models.py, run_task,
// _calculate_task_resource_requirements, Container.
//
// The answers: RunTask returns the task PROVISIONING; DescribeTasks reports it RUNNING until what the
// container "printed" is in moto's CloudWatch Logs, in the stream awslogs writes (group and
// `<awslogs-stream-prefix>/<container>/<task id>`, read from the task definition moto keeps), then STOPPED
// with the container's exit code (ECS developer guide, "Using the awslogs log driver"; API reference,
// DescribeTasks). Everything else (the log lines read back, the task definition) is moto's own.
//
// One more answer moto gets wrong: a task definition that CloudFormation UPDATED loses its containers' names,
// images and log configuration in moto (update_from_cloudformation_json registers the template's PascalCase
// ContainerDefinitions as given, where create_from_cloudformation_json remaps them to camelCase; the
// camelCase fields then read as absent), so DescribeTaskDefinition answers nameless containers where ECS
// answers what was registered (API reference, DescribeTaskDefinition). The deploy would find no awslogs
// stream for a job whose definition changed, on moto only. For such a definition the answer is rebuilt from
// the template the stack deployed: each container's name, image, essential flag and log configuration.
import {
  CloudFormationClient,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
} from '@aws-sdk/client-cloudformation';
import {
  CloudWatchLogsClient,
  CreateLogStreamCommand,
  PutLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeTaskDefinitionCommand,
  ECSClient,
  type ContainerDefinition,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import type { Answer } from './fault-proxy.js';

interface Clients {
  ecs: ECSClient;
  cfn: CloudFormationClient;
  region: string;
}

/** The containers a stack's template registered under `arn`, with the fields awslogs and a job need. */
async function registeredContainers(
  { cfn, region }: Clients,
  arn: string,
): Promise<ContainerDefinition[] | undefined> {
  for (const stack of (await cfn.send(new DescribeStacksCommand({}))).Stacks ?? []) {
    const name = stack.StackName!;
    const { StackResources: resources = [] } = await cfn.send(
      new DescribeStackResourcesCommand({ StackName: name }),
    );
    const logical = resources.find((r) => r.PhysicalResourceId === arn)?.LogicalResourceId;
    if (!logical) continue;
    const body = (await cfn.send(new GetTemplateCommand({ StackName: name }))).TemplateBody ?? '{}';
    const template = JSON.parse(body) as {
      Resources: Record<string, { Properties?: { ContainerDefinitions?: Array<Record<string, unknown>> } }>;
    };
    const physical = new Map(resources.map((r) => [r.LogicalResourceId, r.PhysicalResourceId]));
    const values = new Map((stack.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]));
    const pseudo: Record<string, string> = { 'AWS::Region': region, 'AWS::StackName': name };
    const value = (v: unknown): string | undefined => {
      if (typeof v === 'string') return v;
      const ref = (v as { Ref?: string } | undefined)?.Ref;
      return ref ? (pseudo[ref] ?? physical.get(ref) ?? values.get(ref)) : undefined;
    };
    return (template.Resources[logical]?.Properties?.ContainerDefinitions ?? []).map((c) => {
      const log = c.LogConfiguration as { LogDriver: string; Options?: Record<string, unknown> } | undefined;
      const options = Object.entries(log?.Options ?? {}).flatMap(([k, v]) => {
        const resolved = value(v);
        return resolved === undefined ? [] : [[k, resolved]];
      });
      return {
        name: c.Name as string,
        ...(value(c.Image) ? { image: value(c.Image) } : {}),
        essential: c.Essential !== false,
        ...(log
          ? {
              logConfiguration: {
                logDriver: log.LogDriver as 'awslogs',
                options: Object.fromEntries(options),
              },
            }
          : {}),
      };
    });
  }
  return undefined;
}

/** DescribeTaskDefinition as ECS answers it: moto's, with the containers it lost rebuilt (see above). */
async function describeDefinition(clients: Clients, arn: string): Promise<TaskDefinition | undefined> {
  const { taskDefinition } = await clients.ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: arn }),
  );
  if (!taskDefinition || taskDefinition.containerDefinitions?.every((c) => c.name)) return taskDefinition;
  const containers = await registeredContainers(clients, taskDefinition.taskDefinitionArn ?? arn);
  return containers ? { ...taskDefinition, containerDefinitions: containers } : taskDefinition;
}

/** JSON as the ECS API writes it: timestamps in epoch seconds. */
function ecsJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : v;
  });
}

/** How a job's task ends: the essential container's exit code and the lines it printed. */
export interface TaskEnding {
  exitCode: number;
  lines: string[];
}

interface StartedTask {
  task: Record<string, unknown>;
  ending: TaskEnding;
  /** The essential container, once read from the task definition. */
  container?: string;
  /** Set when the lines are in CloudWatch Logs (or writing them failed: then the task stops anyway). */
  logged: boolean;
  /** Why the lines could not be written, when they could not. */
  problem?: string;
}

const JSON_TYPE = 'application/x-amz-json-1.1';

export interface JobTasks {
  answers: Answer[];
  /** The tasks started so far, by ARN. */
  started: Map<string, StartedTask>;
}

/**
 * Answers RunTask and DescribeTasks for one-off tasks; `ending` says how the next task started ends.
 * `config` reaches moto itself (not the proxy these answers run in).
 */
export function jobTasks(
  config: {
    endpoint?: string;
    region?: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
  },
  ending: () => TaskEnding,
): JobTasks {
  const clients: Clients = {
    ecs: new ECSClient(config),
    cfn: new CloudFormationClient(config),
    region: config.region ?? 'us-east-1',
  };
  const logs = new CloudWatchLogsClient(config);
  const started = new Map<string, StartedTask>();
  let n = 0;
  const write = async (entry: StartedTask, taskDefinition: string, taskId: string) => {
    const definition = await describeDefinition(clients, taskDefinition);
    const essential = definition?.containerDefinitions?.find((c) => c.essential !== false);
    entry.container = essential?.name;
    const options = essential?.logConfiguration?.options ?? {};
    const group = options['awslogs-group'];
    const prefix = options['awslogs-stream-prefix'];
    if (essential?.logConfiguration?.logDriver !== 'awslogs' || !group || !prefix) return;
    const where = { logGroupName: group, logStreamName: `${prefix}/${essential.name}/${taskId}` };
    await logs.send(new CreateLogStreamCommand(where));
    const lines = entry.ending.lines;
    if (lines.length)
      await logs.send(
        new PutLogEventsCommand({
          ...where,
          logEvents: lines.map((message, i) => ({ timestamp: Date.now() + i, message })),
        }),
      );
  };
  const runTask: Answer = {
    operation: 'RunTask',
    respond: (body) => {
      const request = JSON.parse(body) as { cluster: string; taskDefinition: string; startedBy?: string };
      const taskId = `job${Date.now().toString(16)}${n++}`;
      const taskArn = `arn:aws:ecs:us-east-1:123456789012:task/${request.cluster}/${taskId}`;
      const task = {
        taskArn,
        clusterArn: `arn:aws:ecs:us-east-1:123456789012:cluster/${request.cluster}`,
        taskDefinitionArn: request.taskDefinition,
        ...(request.startedBy ? { startedBy: request.startedBy } : {}),
        launchType: 'FARGATE',
        lastStatus: 'PROVISIONING',
        desiredStatus: 'RUNNING',
      };
      const entry: StartedTask = { task, ending: ending(), logged: false };
      started.set(taskArn, entry);
      void write(entry, request.taskDefinition, taskId).then(
        () => (entry.logged = true),
        (err: unknown) => {
          entry.problem = String(err);
          entry.logged = true;
        },
      );
      return { contentType: JSON_TYPE, body: JSON.stringify({ tasks: [task], failures: [] }) };
    },
  };
  const describeTasks: Answer = {
    operation: 'DescribeTasks',
    respond: (body) => {
      const request = JSON.parse(body) as { tasks: string[] };
      const known = request.tasks.map((arn) => started.get(arn)).filter((t) => t !== undefined);
      if (!known.length) return undefined;
      const described = known.map(({ task, ending: end, container, logged }) =>
        logged
          ? {
              ...task,
              lastStatus: 'STOPPED',
              desiredStatus: 'STOPPED',
              stopCode: 'EssentialContainerExited',
              stoppedReason: 'Essential container in task exited',
              containers: [{ name: container, lastStatus: 'STOPPED', exitCode: end.exitCode }],
            }
          : { ...task, lastStatus: 'RUNNING' },
      );
      return { contentType: JSON_TYPE, body: JSON.stringify({ tasks: described, failures: [] }) };
    },
  };
  const describeTaskDefinition: Answer = {
    operation: 'DescribeTaskDefinition',
    respond: async (body) => {
      const { taskDefinition } = JSON.parse(body) as { taskDefinition: string };
      const definition = await describeDefinition(clients, taskDefinition);
      return (
        definition && { contentType: JSON_TYPE, body: ecsJson({ taskDefinition: definition, tags: [] }) }
      );
    },
  };
  return { answers: [runTask, describeTasks, describeTaskDefinition], started };
}

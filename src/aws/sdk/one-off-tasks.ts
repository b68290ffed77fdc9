import { DescribeTasksCommand, RunTaskCommand, StopTaskCommand, type ECSClient } from '@aws-sdk/client-ecs';
import type { OneOffTasks } from '../edge.js';

export function sdkOneOffTasks(ecs: ECSClient): OneOffTasks {
  return {
    async run(input) {
      const out = await ecs.send(
        new RunTaskCommand({
          cluster: input.cluster,
          taskDefinition: input.taskDefinition,
          count: 1,
          launchType: 'FARGATE',
          platformVersion: 'LATEST',
          networkConfiguration: {
            awsvpcConfiguration: {
              subnets: input.subnets,
              securityGroups: input.securityGroups,
              assignPublicIp: input.assignPublicIp ? 'ENABLED' : 'DISABLED',
            },
          },
          startedBy: input.startedBy,
          // The task carries the task definition's tags (project, service), as the services' tasks do.
          propagateTags: 'TASK_DEFINITION',
          enableECSManagedTags: true,
          ...(input.command
            ? {
                overrides: {
                  containerOverrides: [{ name: input.command.container, command: input.command.command }],
                },
              }
            : {}),
          ...(input.clientToken ? { clientToken: input.clientToken } : {}),
        }),
      );
      const failure = out.failures
        ?.map((f) => [f.arn, f.reason, f.detail].filter(Boolean).join(': '))
        .join('; ');
      return { ...(out.tasks?.[0] ? { task: out.tasks[0] } : {}), ...(failure ? { failure } : {}) };
    },
    async describe(cluster, taskArns) {
      if (!taskArns.length) return [];
      return (await ecs.send(new DescribeTasksCommand({ cluster, tasks: taskArns }))).tasks ?? [];
    },
    async stop(cluster, taskArn, reason) {
      await ecs.send(new StopTaskCommand({ cluster, task: taskArn, reason }));
    },
  };
}

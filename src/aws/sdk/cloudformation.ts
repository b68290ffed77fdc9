import {
  CancelUpdateStackCommand,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  ListStackResourcesCommand,
  UpdateTerminationProtectionCommand,
  type CloudFormationClient,
} from '@aws-sdk/client-cloudformation';
import { StackNotFound } from '../failures.js';
import type { ChangeSets, StackEvents, StackOperations } from '../edge.js';
import { allPages } from './pages.js';

export function sdkStacks(cfn: CloudFormationClient): StackOperations {
  return {
    async describe(stack) {
      try {
        return (await cfn.send(new DescribeStacksCommand({ StackName: stack }))).Stacks?.[0];
      } catch (err) {
        if (err instanceof StackNotFound) return undefined;
        throw err;
      }
    },
    async delete(stackId, options = {}) {
      await cfn.send(new DeleteStackCommand({ StackName: stackId, RoleARN: options.roleArn }));
    },
    async cancelUpdate(stackId) {
      await cfn.send(new CancelUpdateStackCommand({ StackName: stackId }));
    },
    async resources(stackId) {
      const pages = await allPages((NextToken) =>
        cfn.send(new ListStackResourcesCommand({ StackName: stackId, NextToken })),
      );
      return pages.flatMap((page) => page.StackResourceSummaries ?? []);
    },
    async template(stackId) {
      return (await cfn.send(new GetTemplateCommand({ StackName: stackId, TemplateStage: 'Original' })))
        .TemplateBody;
    },
    async setTerminationProtection(stackId, enabled) {
      await cfn.send(
        new UpdateTerminationProtectionCommand({ StackName: stackId, EnableTerminationProtection: enabled }),
      );
    },
  };
}

export function sdkChangeSets(cfn: CloudFormationClient): ChangeSets {
  return {
    async create(input) {
      const out = await cfn.send(
        new CreateChangeSetCommand({
          StackName: input.stackName,
          ChangeSetName: input.changeSetName,
          ChangeSetType: input.type,
          TemplateBody: input.templateBody,
          TemplateURL: input.templateUrl,
          Parameters: Object.entries(input.parameters).map(([ParameterKey, ParameterValue]) => ({
            ParameterKey,
            ParameterValue,
          })),
          Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
          Tags: Object.entries(input.tags).map(([Key, Value]) => ({ Key, Value })),
          Description: input.description,
          RoleARN: input.roleArn,
          NotificationARNs: input.notificationArns?.length ? input.notificationArns : undefined,
        }),
      );
      return { id: out.Id!, stackId: out.StackId };
    },
    describe: (changeSetId, nextToken) =>
      // IncludePropertyValues: each changed property's before and after values, for the review.
      cfn.send(
        new DescribeChangeSetCommand({
          ChangeSetName: changeSetId,
          NextToken: nextToken,
          IncludePropertyValues: true,
        }),
      ),
    async execute(changeSetId, options) {
      await cfn.send(
        new ExecuteChangeSetCommand({
          ChangeSetName: changeSetId,
          ClientRequestToken: options.token,
          ...(options.disableRollback ? { DisableRollback: true } : {}),
        }),
      );
    },
    async delete(changeSetId) {
      await cfn.send(new DeleteChangeSetCommand({ ChangeSetName: changeSetId }));
    },
  };
}

export function sdkStackEvents(cfn: CloudFormationClient): StackEvents {
  return {
    async page(stackId, nextToken) {
      const out = await cfn.send(
        new DescribeStackEventsCommand({ StackName: stackId, NextToken: nextToken }),
      );
      return { events: out.StackEvents ?? [], nextToken: out.NextToken };
    },
  };
}

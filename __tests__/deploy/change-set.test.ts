import { changeSetName, createChangeSet, isNoChangeReason } from '../../src/deploy/change-set.js';
import { sdkChangeSets } from '../../src/aws/sdk/cloudformation.js';
import { UserError } from '../../src/errors.js';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import { OFFLINE, fakeSdk, inputsOf, on, instantPoll, sdkError } from '../support/fake-sdk.js';

const request = {
  stackName: 'shop',
  changeSetName: 'compose-ecs-1',
  type: 'UPDATE' as const,
  templateBody: '{}',
  parameters: { VpcId: 'vpc-1' },
  tags: { 'com.docker.compose.project': 'shop' },
};

describe('createChangeSet', () => {
  it('treats a FAILED change set that "didn\'t contain changes" as a successful no-op', async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(CreateChangeSetCommand, () => ({ Id: 'cs-1', StackId: 'stack-1' })),
      on(
        DescribeChangeSetCommand,
        () => ({ Status: 'CREATE_IN_PROGRESS' }),
        () => ({
          Status: 'FAILED',
          StackId: 'stack-1',
          StatusReason:
            "The submitted information didn't contain changes. Submit different information to create a change set.",
        }),
      ),
    );
    const outcome = await createChangeSet(sdkChangeSets(cfn), request, instantPoll);
    expect(outcome).toMatchObject({ kind: 'no-changes', changeSetId: 'cs-1', stackId: 'stack-1' });
    expect(cfn.calls.filter((c) => c.command === 'DescribeChangeSet')).toHaveLength(2);
  });

  it('treats CreateChangeSet refusing with "No updates are to be performed" as a no-op too', async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(CreateChangeSetCommand, () =>
        Promise.reject(sdkError('ValidationError', 'No updates are to be performed.')),
      ),
    );
    await expect(createChangeSet(sdkChangeSets(cfn), request, instantPoll)).resolves.toMatchObject({
      kind: 'no-changes',
    });
  });

  it('collects every page of changes, sorted, with replacement and changed properties', async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(CreateChangeSetCommand, () => ({ Id: 'cs-1', StackId: 'stack-1' })),
      on(DescribeChangeSetCommand, (input: { NextToken?: string }) =>
        input.NextToken
          ? {
              Status: 'CREATE_COMPLETE',
              Changes: [
                {
                  ResourceChange: {
                    Action: 'Add',
                    LogicalResourceId: 'ApiService',
                    ResourceType: 'AWS::ECS::Service',
                  },
                },
              ],
            }
          : {
              Status: 'CREATE_COMPLETE',
              StackId: 'stack-1',
              NextToken: 'page-2',
              Changes: [
                {
                  ResourceChange: {
                    Action: 'Modify',
                    LogicalResourceId: 'WebTaskDefinition',
                    ResourceType: 'AWS::ECS::TaskDefinition',
                    Replacement: 'True',
                    Scope: ['Properties'],
                    Details: [{ Target: { Attribute: 'Properties', Name: 'ContainerDefinitions' } }],
                  },
                },
              ],
            },
      ),
    );
    const outcome = await createChangeSet(sdkChangeSets(cfn), request, instantPoll);
    expect(outcome.kind).toBe('ready');
    if (outcome.kind !== 'ready') return;
    expect(outcome.changes.map((c) => c.logicalId)).toEqual(['ApiService', 'WebTaskDefinition']);
    expect(outcome.changes[1]).toMatchObject({
      replacement: 'True',
      properties: ['ContainerDefinitions'],
      scope: ['Properties'],
    });
  });

  it('passes parameters, tags and IAM capabilities', async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(CreateChangeSetCommand, () => ({ Id: 'cs-1', StackId: 'stack-1' })),
      on(DescribeChangeSetCommand, () => ({ Status: 'CREATE_COMPLETE', Changes: [] })),
    );
    await createChangeSet(sdkChangeSets(cfn), request, instantPoll);
    const [input] = inputsOf(cfn, CreateChangeSetCommand);
    expect(input?.Parameters).toEqual([{ ParameterKey: 'VpcId', ParameterValue: 'vpc-1' }]);
    expect(input?.Capabilities).toEqual(['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM']);
    expect(input?.Tags).toEqual([{ Key: 'com.docker.compose.project', Value: 'shop' }]);
    expect(input?.ChangeSetType).toBe('UPDATE');
  });

  it("fails with CloudFormation's own reason otherwise, and deletes the failed change set", async () => {
    const cfn = fakeSdk(
      new CloudFormationClient(OFFLINE),
      on(DeleteChangeSetCommand, () => ({})),
      on(CreateChangeSetCommand, () => ({ Id: 'cs-1' })),
      on(DescribeChangeSetCommand, () => ({
        Status: 'FAILED',
        StatusReason: 'Template format error: Unresolved resource dependencies [Foo]',
      })),
    );
    const error = await createChangeSet(sdkChangeSets(cfn), request, instantPoll).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('Unresolved resource dependencies [Foo]');
    expect(cfn.calls.map((c) => [c.command, c.input])).toContainEqual([
      'DeleteChangeSet',
      { ChangeSetName: 'cs-1' },
    ]);
  });
});

describe('change-set names', () => {
  it('are valid CloudFormation names', () => {
    const name = changeSetName('compose-ecs', new Date('2026-11-22T04:05:06Z'), 'a_b.c');
    expect(name).toBe('compose-ecs-20261122040506-a-b-c');
    expect(changeSetName('9lives', new Date(0))).toMatch(/^[a-zA-Z][-a-zA-Z0-9]*$/);
  });
  it('recognise both no-change wordings only', () => {
    expect(isNoChangeReason("The submitted information didn't contain changes.")).toBe(true);
    expect(isNoChangeReason('No updates are to be performed.')).toBe(true);
    expect(isNoChangeReason('Template error')).toBe(false);
    expect(isNoChangeReason(undefined)).toBe(false);
  });
});

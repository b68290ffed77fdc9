import { prepareStack } from '../../src/deploy/stack.js';
import { sdkStacks } from '../../src/aws/sdk/cloudformation.js';
import { StreamLogger } from '../../src/log.js';
import { fakeClient, instantPoll, sdkError } from '../support/fake-aws.js';

const logger = new StreamLogger(() => {});
const stack = (status: string) => ({ Stacks: [{ StackId: 'arn:stack/shop/1', StackStatus: status }] });

describe('prepareStack', () => {
  it('says a missing stack is new', async () => {
    const cfn = fakeClient({
      DescribeStacks: () => Promise.reject(sdkError('ValidationError', 'Stack with id shop does not exist')),
    });
    await expect(prepareStack(sdkStacks(cfn), 'shop', logger)).resolves.toEqual({ isNew: true });
  });
  it('updates a settled stack', async () => {
    const cfn = fakeClient({ DescribeStacks: () => stack('UPDATE_COMPLETE') });
    await expect(prepareStack(sdkStacks(cfn), 'shop', logger)).resolves.toEqual({
      isNew: false,
      stackId: 'arn:stack/shop/1',
      status: 'UPDATE_COMPLETE',
      parameters: {},
    });
  });
  it('deletes a failed first create so it can be created again', async () => {
    const cfn = fakeClient({
      DescribeStacks: [
        () => stack('ROLLBACK_COMPLETE'),
        () => stack('DELETE_IN_PROGRESS'),
        () => stack('DELETE_COMPLETE'),
      ],
      DeleteStack: () => ({}),
    });
    await expect(prepareStack(sdkStacks(cfn), 'shop', logger, instantPoll)).resolves.toEqual({ isNew: true });
    expect(cfn.calls.find((c: { command: string }) => c.command === 'DeleteStack').input).toEqual({
      StackName: 'arn:stack/shop/1',
    });
  });
  it.each([
    ['UPDATE_IN_PROGRESS', /another operation is running/],
    ['UPDATE_ROLLBACK_FAILED', /continue-update-rollback --stack-name shop/],
    ['DELETE_FAILED', /DELETE_FAILED/],
  ])('refuses a stack in %s with what to do', async (status, message) => {
    const cfn = fakeClient({ DescribeStacks: () => stack(status) });
    await expect(prepareStack(sdkStacks(cfn), 'shop', logger)).rejects.toThrow(message);
  });
});

import { parameterOverrideProblems, stackSettingProblems } from '../../src/deploy/stack-settings.js';

const ACTION = { 'com.docker.compose.project': '', 'compose-ecs:sha': '' };

describe('stack settings are checked against CloudFormation limits before anything runs', () => {
  it('accepts what CloudFormation accepts', () => {
    expect(
      stackSettingProblems(
        {
          roleArn: 'arn:aws:iam::123456789012:role/path/cfn-deployer',
          notificationArns: [
            'arn:aws:sns:eu-west-1:123456789012:events',
            'arn:aws-cn:sns:cn-north-1:123456789012:x',
          ],
          tags: { team: 'shop', ['k'.repeat(128)]: 'v'.repeat(256) },
        },
        ACTION,
      ),
    ).toEqual([]);
  });

  it('names every problem: role, topics, tag sizes, reserved and action-owned keys, the tag count', () => {
    const tags: Record<string, string> = {
      ['k'.repeat(129)]: 'x',
      long: 'v'.repeat(257),
      'aws:owner': 'me',
      'compose-ecs:sha': 'abc',
    };
    for (let i = 0; i < 50; i++) tags[`t${i}`] = String(i);
    const problems = stackSettingProblems(
      {
        roleArn: 'arn:aws:iam::123456789012:user/deployer',
        notificationArns: [
          'arn:aws:sqs:us-east-1:123456789012:q',
          ...Array(5).fill('arn:aws:sns:us-east-1:123456789012:t'),
        ],
        tags,
      },
      ACTION,
    );
    expect(problems).toEqual([
      'input role-arn: expected an IAM role ARN (arn:aws:iam::<account>:role/<name>), got "arn:aws:iam::123456789012:user/deployer"',
      'input notification-arns: expected SNS topic ARNs (arn:aws:sns:<region>:<account>:<topic>), got "arn:aws:sqs:us-east-1:123456789012:q"',
      'input notification-arns: CloudFormation takes at most 5 topics, got 6',
      expect.stringMatching(/^input tags: a tag key is 1 to 128 characters; "k{40}…" has 129$/),
      'input tags: the value of long is 257 characters, over 256',
      'input tags: aws:owner: the aws: prefix is reserved for AWS',
      'input tags: compose-ecs:sha is set by compose-ecs itself',
      "input tags: a stack takes at most 50 tags; with the action's own that is 55",
    ]);
  });
});

describe('parameter overrides', () => {
  const parameters = { VpcId: {}, SubnetIds: {}, AlarmEmail: {} };
  const filled = [
    { name: 'VpcId', kind: 'vpc' as const, description: '' },
    { name: 'SubnetIds', kind: 'subnets' as const, description: '' },
  ];
  it('apply only to parameters the template adds through x-aws-cloudformation', () => {
    expect(parameterOverrideProblems({ AlarmEmail: 'ops@example.com' }, parameters, filled as never)).toEqual(
      [],
    );
    expect(parameterOverrideProblems({ VpcId: 'vpc-1', Nope: 'x' }, parameters, filled as never)).toEqual([
      'input parameter-overrides: VpcId is filled in by compose-ecs itself',
      'input parameter-overrides: the template has no parameter Nope (add it under x-aws-cloudformation: Parameters:)',
    ]);
  });
});

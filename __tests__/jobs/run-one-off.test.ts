// `compose-ecs run SERVICE [-- COMMAND…]` through the typed edge: a service's task definition and network as
// ECS runs it now, or a job's from the template; the command replaced; lines followed; the exit code returned.
import type { LogLine } from '../../src/aws/edge.js';
import { runOneOff } from '../../src/inspect/run.js';
import { fakeEdge, fakePoll } from '../support/fake-edge.js';

const STACK_ID = 'arn:aws:cloudformation:us-east-1:123456789012:stack/shop/1';
const SERVICE_ARN = 'arn:aws:ecs:us-east-1:123456789012:service/shop/shop-ApiService-1';
const TASK_ARN = 'arn:aws:ecs:us-east-1:123456789012:task/shop/t1';
const template = {
  Metadata: {
    ComposeEcsJobs: {
      migrate: {
        TaskDefinition: 'MigrateTaskDefinition',
        Container: 'migrate',
        Cluster: { Ref: 'Cluster' },
        Subnets: { Ref: 'SubnetIds' },
        SecurityGroups: [{ Ref: 'DefaultNetwork' }],
        AssignPublicIp: 'ENABLED',
        After: [],
        Needs: [],
        Before: ['api'],
        Holds: [],
        Attempts: 1,
      },
    },
  },
  Resources: {
    ApiService: {
      Type: 'AWS::ECS::Service',
      Properties: { Tags: [{ Key: 'com.docker.compose.service', Value: 'api' }] },
    },
  },
};

function edge() {
  return fakeEdge({
    stacks: {
      describe: async () => ({
        StackId: STACK_ID,
        StackName: 'shop',
        StackStatus: 'UPDATE_COMPLETE',
        CreationTime: new Date(0),
        Parameters: [{ ParameterKey: 'SubnetIds', ParameterValue: 'subnet-1,subnet-2' }],
      }),
      template: async () => JSON.stringify(template),
      resources: async () =>
        [
          {
            LogicalResourceId: 'ApiService',
            PhysicalResourceId: SERVICE_ARN,
            ResourceType: 'AWS::ECS::Service',
          },
          { LogicalResourceId: 'Cluster', PhysicalResourceId: 'shop', ResourceType: 'AWS::ECS::Cluster' },
          {
            LogicalResourceId: 'DefaultNetwork',
            PhysicalResourceId: 'sg-9',
            ResourceType: 'AWS::EC2::SecurityGroup',
          },
          {
            LogicalResourceId: 'MigrateTaskDefinition',
            PhysicalResourceId: 'arn:td/shop-migrate:4',
            ResourceType: 'AWS::ECS::TaskDefinition',
          },
        ] as never,
    },
    services: {
      describe: async () => ({
        services: [
          {
            taskDefinition: 'arn:td/shop-api:7',
            networkConfiguration: {
              awsvpcConfiguration: {
                subnets: ['subnet-1'],
                securityGroups: ['sg-1'],
                assignPublicIp: 'DISABLED',
              },
            },
          },
        ],
        failures: [],
      }),
      taskDefinition: async () => ({
        containerDefinitions: [
          {
            name: 'api',
            logConfiguration: {
              logDriver: 'awslogs',
              options: { 'awslogs-group': '/compose-ecs/shop', 'awslogs-stream-prefix': 'shop' },
            },
          },
        ],
      }),
    },
    tasks: {
      run: async () => ({ task: { taskArn: TASK_ARN } }),
      describe: async () => [
        {
          lastStatus: 'STOPPED',
          containers: [
            { name: 'api', exitCode: 0 },
            { name: 'migrate', exitCode: 2 },
          ],
        },
      ],
      stop: async () => undefined,
    },
    logs: {
      read: async (_group, o) =>
        o.nextToken
          ? { lines: [] }
          : {
              lines: [{ timestamp: new Date(0), message: 'hello\n', stream: o.streamPrefix! }],
              nextToken: 'n1',
            },
      tail: async () => [],
    },
  });
}

describe('compose-ecs run', () => {
  it("runs the service's task definition in its network, with the command replaced, and follows its lines", async () => {
    const aws = edge();
    const seen: LogLine[] = [];
    const out = await runOneOff(
      aws,
      { stackName: 'shop', service: 'api', command: ['./manage.py', 'shell'] },
      fakePoll(),
      (l) => seen.push(...l),
      () => undefined,
    );
    expect(out.exitCode).toBe(0);
    expect(aws.argsOf('tasks.run')[0]![0]).toEqual({
      cluster: 'shop',
      taskDefinition: 'arn:td/shop-api:7',
      subnets: ['subnet-1'],
      securityGroups: ['sg-1'],
      assignPublicIp: false,
      startedBy: 'compose-ecs run api',
      container: 'api',
      what: 'run of api',
      command: { container: 'api', command: ['./manage.py', 'shell'] },
    });
    expect(seen.map((l) => [l.stream, l.message])).toEqual([['shop/api/t1', 'hello\n']]);
  });

  it("runs a job from the template's description, resolved against the stack, and returns its exit code", async () => {
    const aws = edge();
    const out = await runOneOff(
      aws,
      { stackName: 'shop', service: 'migrate', command: [] },
      fakePoll(),
      () => undefined,
      () => undefined,
    );
    expect(out.exitCode).toBe(2);
    expect(aws.argsOf('tasks.run')[0]![0]).toMatchObject({
      cluster: 'shop',
      taskDefinition: 'arn:td/shop-migrate:4',
      subnets: ['subnet-1', 'subnet-2'],
      securityGroups: ['sg-9'],
      assignPublicIp: true,
    });
    expect(aws.argsOf('tasks.run')[0]![0]).not.toHaveProperty('command');
  });

  it('names the jobs when the name is neither a service nor a job', async () => {
    await expect(
      runOneOff(
        edge(),
        { stackName: 'shop', service: 'nope', command: [] },
        fakePoll(),
        () => undefined,
        () => undefined,
      ),
    ).rejects.toThrow('nope is neither a service nor a job of stack shop (jobs: migrate)');
  });
});

// The rollout as ECS reports it (issue 25), through real SDK clients: moto runs the stack and the service
// update, and the fault proxy in front of it answers the service-deployment calls moto does not implement
// (ListServiceDeployments, DescribeServiceDeployments, StopServiceDeployment) the way the ECS API reference
// documents them (API_ServiceDeployment): stages in progress and a bake, an alarm rollback, a circuit-breaker
// rollback, a cancel after the stack settled. Without the answers, moto's own reply shows the missing API.
// The deploy is driven from source (src/deploy/deploy.ts), so these run without a rebuilt dist/.
import {
  CreateChangeSetCommand,
  CreateStackCommand,
  DescribeChangeSetCommand,
  DescribeStacksCommand,
} from '@aws-sdk/client-cloudformation';
import { DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { createAwsEdge } from '../../src/aws/sdk-edge.js';
import { CancelRequest, Cancelled } from '../../src/runtime/cancellation.js';
import { deployChangeSet } from '../../src/deploy/deploy.js';
import { RolloutFailed, type ServiceRollout } from '../../src/deploy/rollout.js';
import { StreamLogger } from '../../src/log.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Template } from '../../src/template/types.js';
import { startFaultProxy, type Answer, type FaultProxy } from '../../scripts/local/fault-proxy.js';
import { localAws } from './support.js';

const STACK = `svcdeploy-${Date.now().toString(36)}`;
const TEMPLATE = {
  Parameters: { Image: { Type: 'String' }, SubnetIds: { Type: 'List<AWS::EC2::Subnet::Id>' } },
  Resources: {
    Cluster: { Type: 'AWS::ECS::Cluster', Properties: { ClusterName: { Ref: 'AWS::StackName' } } },
    WebTaskDefinition: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: {
        Family: { 'Fn::Sub': '${AWS::StackName}-web' },
        RequiresCompatibilities: ['FARGATE'],
        NetworkMode: 'awsvpc',
        Cpu: '256',
        Memory: '512',
        ContainerDefinitions: [{ Name: 'web', Image: { Ref: 'Image' }, Essential: true }],
      },
    },
    WebService: {
      Type: 'AWS::ECS::Service',
      Properties: {
        Cluster: { Ref: 'Cluster' },
        DesiredCount: 1,
        LaunchType: 'FARGATE',
        TaskDefinition: { Ref: 'WebTaskDefinition' },
        NetworkConfiguration: { AwsvpcConfiguration: { Subnets: { Ref: 'SubnetIds' } } },
        DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } },
      },
    },
  },
};

let aws: Awaited<ReturnType<typeof localAws>>;
let stackId: string;
let subnets: string;
let release = 1;

beforeAll(async () => {
  aws = await localAws();
  // The edge's clients take the endpoint and credentials from the SDK's default chain, as in the action.
  Object.assign(process.env, {
    AWS_REGION: aws.env.AWS_REGION,
    AWS_ACCESS_KEY_ID: aws.env.AWS_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: aws.env.AWS_SECRET_ACCESS_KEY,
  });
  const found = await new EC2Client(aws.config).send(new DescribeSubnetsCommand({}));
  subnets = (found.Subnets ?? []).map((s) => s.SubnetId!).join(',');
  const created = await aws.cfn.send(
    new CreateStackCommand({
      StackName: STACK,
      TemplateBody: JSON.stringify(TEMPLATE),
      Parameters: [
        { ParameterKey: 'Image', ParameterValue: 'nginx:1' },
        { ParameterKey: 'SubnetIds', ParameterValue: subnets },
      ],
    }),
  );
  stackId = created.StackId!;
  for (let i = 0; i < 100; i++) {
    const status = (await aws.cfn.send(new DescribeStacksCommand({ StackName: stackId }))).Stacks?.[0]
      ?.StackStatus;
    if (status === 'CREATE_COMPLETE') return;
    if (!status?.endsWith('_IN_PROGRESS')) throw new Error(`stack ${STACK} is ${status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
});

/** A change set giving the service a new image: what a deploy of a changed service executes. */
async function changeSet(): Promise<string> {
  release++;
  const out = await aws.cfn.send(
    new CreateChangeSetCommand({
      StackName: STACK,
      ChangeSetName: `release-${release}`,
      ChangeSetType: 'UPDATE',
      TemplateBody: JSON.stringify(TEMPLATE),
      Parameters: [
        { ParameterKey: 'Image', ParameterValue: `nginx:${release}` },
        { ParameterKey: 'SubnetIds', ParameterValue: subnets },
      ],
    }),
  );
  for (let i = 0; i < 100; i++) {
    const status = (
      await aws.cfn.send(new DescribeChangeSetCommand({ StackName: STACK, ChangeSetName: out.Id! }))
    ).Status;
    if (status === 'CREATE_COMPLETE') return out.Id!;
    if (status === 'FAILED') throw new Error('change set failed');
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('change set never completed');
}

const json = (body: unknown) => ({ contentType: 'application/x-amz-json-1.1', body: JSON.stringify(body) });
const deploymentArn = (serviceArn: string) =>
  serviceArn.replace(':service/', ':service-deployment/') + `/release-${release}`;

/**
 * Answers for the service-deployment API: ListServiceDeployments names one deployment of the asked service,
 * created now; DescribeServiceDeployments gives `stages` in order, one per call, the last repeated.
 */
function deploymentAnswers(stages: Array<Record<string, unknown>>): Answer[] {
  let serviceArn = '';
  let call = 0;
  return [
    {
      operation: 'ListServiceDeployments',
      respond: (body) => {
        serviceArn = (JSON.parse(body) as { service: string }).service;
        return json({
          serviceDeployments: [
            {
              serviceDeploymentArn: deploymentArn(serviceArn),
              serviceArn,
              createdAt: Date.now() / 1000,
              status: 'IN_PROGRESS',
            },
          ],
        });
      },
    },
    {
      operation: 'DescribeServiceDeployments',
      respond: () =>
        json({
          serviceDeployments: [
            {
              serviceDeploymentArn: deploymentArn(serviceArn),
              serviceArn,
              deploymentConfiguration: {
                strategy: 'CANARY',
                bakeTimeInMinutes: 5,
                canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 3 },
              },
              alarms: { status: 'MONITORING', alarmNames: ['shop-5xx'], triggeredAlarmNames: [] },
              deploymentCircuitBreaker: { status: 'MONITORING', failureCount: 0, threshold: 3 },
              ...stages[Math.min(call++, stages.length - 1)],
            },
          ],
          failures: [],
        }),
    },
  ];
}

async function deploy(proxy: FaultProxy, signal?: AbortSignal) {
  process.env.AWS_ENDPOINT_URL = proxy.url;
  const edge = createAwsEdge({ region: aws.env.AWS_REGION });
  const rows: ServiceRollout[][] = [];
  const lines: string[] = [];
  const result = await deployChangeSet(
    edge,
    { stackId, changeSetId: await changeSet(), stackName: STACK, template: TEMPLATE as unknown as Template },
    new StreamLogger((l) => lines.push(l)),
    { intervalMs: 200, maxIntervalMs: 500, timeoutMs: 60_000, ...(signal ? { signal } : {}) },
    { onEvent: () => undefined, onRollout: async (r) => void rows.push(r) },
    (_name, body) => body(),
  ).catch((e: unknown) => e);
  return { result, rows, lines };
}

const comment = (rollout: ServiceRollout[]) =>
  renderMarkdown({
    mode: 'deploy',
    project: 'shop',
    stackName: STACK,
    hasChanges: true,
    changes: [],
    images: [],
    warnings: [],
    deploy: { state: 'in-progress', rollout, urls: {} },
  });

describe('the rollout as ECS reports it, against the emulator with the API answered by the proxy', () => {
  it('follows the stages and the bake, and ends only when ECS says SUCCESSFUL', async () => {
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [], {
      answers: deploymentAnswers([
        { status: 'IN_PROGRESS', lifecycleStage: 'SCALE_UP' },
        {
          status: 'IN_PROGRESS',
          lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT',
          targetServiceRevision: { requestedProductionTrafficWeight: 10 },
        },
        {
          status: 'IN_PROGRESS',
          lifecycleStage: 'BAKE_TIME',
          targetServiceRevision: { requestedProductionTrafficWeight: 100 },
        },
        { status: 'SUCCESSFUL', lifecycleStage: 'CLEAN_UP' },
      ]),
    });
    try {
      const { result, rows } = await deploy(proxy);
      expect(result).toEqual([expect.objectContaining({ logicalId: 'WebService', done: true })]);
      // moto reports the rollout COMPLETED at once; the row waits for ECS's own SUCCESSFUL.
      expect(rows.map((r) => `${r[0]!.deployment?.status} ${r[0]!.deployment?.stage}`)).toEqual([
        'IN_PROGRESS SCALE_UP',
        'IN_PROGRESS PRODUCTION_TRAFFIC_SHIFT',
        'IN_PROGRESS BAKE_TIME',
        'SUCCESSFUL CLEAN_UP',
      ]);
      expect(rows.slice(0, 3).every((r) => !r[0]!.done)).toBe(true);
      expect(comment(rows[1]!)).toContain(
        'canary IN_PROGRESS · PRODUCTION_TRAFFIC_SHIFT · 10 % of traffic on the new revision',
      );
      expect(comment(rows[2]!)).toContain('bake: about 5 min left');
      expect(comment(rows[3]!)).toMatch(/\| ✅ `WebService` \| .* \| COMPLETED<br>canary SUCCESSFUL \|/);
      // Listed once, then only described.
      expect(proxy.operations.filter((o) => o === 'ListServiceDeployments')).toHaveLength(1);
      expect(proxy.operations).not.toContain('StopServiceDeployment');
    } finally {
      await proxy.close();
    }
  });

  it('an alarm rollback fails the step naming the alarm', async () => {
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [], {
      answers: deploymentAnswers([
        { status: 'IN_PROGRESS', lifecycleStage: 'BAKE_TIME' },
        {
          status: 'ROLLBACK_IN_PROGRESS',
          lifecycleStage: 'BAKE_TIME',
          alarms: { status: 'TRIGGERED', alarmNames: ['shop-5xx'], triggeredAlarmNames: ['shop-5xx'] },
          rollback: { reason: 'Service deployment rolled back because of a CloudWatch alarm' },
        },
      ]),
    });
    try {
      const { result, rows } = await deploy(proxy);
      expect(result).toBeInstanceOf(RolloutFailed);
      expect((result as Error).message).toMatch(
        /^ECS rolled back service \S+WebService\S*: CloudWatch alarm shop-5xx went into ALARM; Service deployment rolled back because of a CloudWatch alarm during BAKE_TIME \(ROLLBACK_IN_PROGRESS\)/,
      );
      expect(comment(rows.at(-1)!)).toMatch(/\| ❌ `WebService` \|.*alarm shop-5xx in ALARM/);
    } finally {
      await proxy.close();
    }
  });

  it("a circuit-breaker rollback fails the step with the breaker's count against its threshold", async () => {
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [], {
      answers: deploymentAnswers([
        {
          status: 'ROLLBACK_SUCCESSFUL',
          lifecycleStage: 'CLEAN_UP',
          statusReason: 'ECS deployment circuit breaker: tasks failed to start.',
          deploymentCircuitBreaker: { status: 'TRIGGERED', failureCount: 3, threshold: 3 },
        },
      ]),
    });
    try {
      const { result } = await deploy(proxy);
      expect(result).toBeInstanceOf(RolloutFailed);
      expect((result as Error).message).toContain(
        'the deployment circuit breaker counted 3 of 3 failed tasks; ECS deployment circuit breaker: tasks failed to start. during CLEAN_UP (ROLLBACK_SUCCESSFUL)',
      );
    } finally {
      await proxy.close();
    }
  });

  it('cancelled after the stack settled, a deployment still running is stopped with StopServiceDeployment', async () => {
    const controller = new AbortController();
    const answers = deploymentAnswers([
      { status: 'IN_PROGRESS', lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT' },
    ]);
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, [], [], {
      answers: [
        ...answers,
        {
          operation: 'StopServiceDeployment',
          respond: (body) =>
            json({
              serviceDeploymentArn: (JSON.parse(body) as { serviceDeploymentArn: string })
                .serviceDeploymentArn,
            }),
        },
      ],
      // The job is cancelled while ECS shifts traffic, after CloudFormation finished.
      onRequest: (operation) => {
        if (operation === 'DescribeServiceDeployments') controller.abort(new CancelRequest('SIGINT', 5000));
      },
    });
    try {
      const { result } = await deploy(proxy, controller.signal);
      expect(result).toBeInstanceOf(Cancelled);
      const stop = proxy.requests.find((r) => r.operation === 'StopServiceDeployment');
      expect(JSON.parse(stop!.body)).toEqual({
        serviceDeploymentArn: expect.stringMatching(/:service-deployment\/.*\/release-\d+$/),
        stopType: 'ROLLBACK',
      });
      expect(proxy.operations).not.toContain('CancelUpdateStack');
      expect((result as Error).message).toMatch(
        /^deploy cancelled \(SIGINT\) while ECS rolled the release out: stack \S+ had already been updated, so there was nothing to cancel in CloudFormation; asked ECS to stop the deployment of WebService \(StopServiceDeployment, ROLLBACK\): ECS rolls it back to the previous service revision/,
      );
    } finally {
      await proxy.close();
    }
  });

  it("without answers, moto's missing API is said once and the deploy follows DescribeServices", async () => {
    const proxy = await startFaultProxy(aws.env.AWS_ENDPOINT_URL!, []);
    try {
      const { result, lines } = await deploy(proxy);
      expect(result).toEqual([expect.objectContaining({ logicalId: 'WebService', done: true })]);
      expect((result as ServiceRollout[])[0]!.deployment).toBeUndefined();
      const said = lines.filter((l) => l.includes('ECS service deployments could not be read'));
      expect(said).toHaveLength(1);
      expect(said[0]).not.toMatch(/^warning/);
      expect(proxy.operations.filter((o) => o === 'DescribeServiceDeployments')).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});

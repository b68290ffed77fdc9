// The rollout watches a GPU service's instances come up (issue 26): its group's InService instances against
// the desired capacity, one DescribeAutoScalingGroups per poll for every GPU group, the newest failed
// scaling activity as the reason of a group stuck empty, and no Auto Scaling call for a stack without GPUs.
// Auto Scaling's answers follow the documented shapes (API_AutoScalingGroup, API_Activity).
import type { Activity, AutoScalingGroup } from '@aws-sdk/client-auto-scaling';
import type { Service } from '@aws-sdk/client-ecs';
import { InstanceWatch, STUCK_AFTER_MS } from '../../src/deploy/gpu-instances.js';
import {
  stackServices,
  watchRollout,
  type ServiceRollout,
  type StackService,
} from '../../src/deploy/rollout.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Template } from '../../src/template/types.js';
import { fakeEdge, fakePoll } from '../support/fake-edge.js';

const arn = (name: string) => `arn:aws:ecs:eu-west-1:1:service/shop/${name}`;
const trainer: StackService = {
  logicalId: 'TrainerService',
  arn: arn('shop-trainer'),
  cluster: 'shop',
  gpu: { group: 'shop-TrainerAutoScalingGroup-1AB', instanceType: 'g4dn.xlarge' },
};
const embedder: StackService = {
  logicalId: 'EmbedderService',
  arn: arn('shop-embedder'),
  cluster: 'shop',
  gpu: { group: 'shop-EmbedderAutoScalingGroup-2CD', instanceType: 'g5.xlarge' },
};
const web: StackService = { logicalId: 'WebService', arn: arn('shop-web'), cluster: 'shop' };

const service = (s: StackService, running: number, rolloutState = 'IN_PROGRESS'): Service => ({
  serviceName: s.arn.split('/').pop(),
  serviceArn: s.arn,
  deployments: [
    { status: 'PRIMARY', rolloutState: rolloutState as never, desiredCount: 2, runningCount: running },
  ],
});

const group = (name: string, desired: number, states: string[]): AutoScalingGroup =>
  ({
    AutoScalingGroupName: name,
    DesiredCapacity: desired,
    Instances: states.map((LifecycleState, i) => ({ InstanceId: `i-${i}`, LifecycleState })),
  }) as AutoScalingGroup;

describe('a GPU service rollout watches its instances', () => {
  it('says how many instances are in service on each poll, reading every GPU group in one call', async () => {
    // Poll by poll: the groups' instances (trainer, embedder) and the services' running tasks.
    const polls = [
      {
        trainer: group(trainer.gpu!.group, 2, []),
        embedder: group(embedder.gpu!.group, 1, ['Pending']),
        running: 0,
      },
      {
        trainer: group(trainer.gpu!.group, 2, ['InService', 'Pending']),
        embedder: group(embedder.gpu!.group, 1, ['InService']),
        running: 1,
      },
      {
        trainer: group(trainer.gpu!.group, 2, ['InService', 'InService']),
        embedder: group(embedder.gpu!.group, 1, ['InService']),
        running: 2,
      },
    ];
    let poll = -1;
    const edge = fakeEdge({
      services: {
        describe: async () => {
          poll++;
          const { running } = polls[Math.min(poll, polls.length - 1)]!;
          const state = running === 2 ? 'COMPLETED' : 'IN_PROGRESS';
          return {
            services: [service(trainer, running, state), service(embedder, running, state)],
            failures: [],
          };
        },
      },
      capacity: {
        groups: async () => {
          const p = polls[poll]!;
          return [p.trainer, p.embedder];
        },
      },
    });
    const options = fakePoll();
    const seen: ServiceRollout[][] = [];
    const rows = await watchRollout(
      edge.services,
      [embedder, trainer],
      options,
      (r) => void seen.push(r),
      undefined,
      new InstanceWatch(edge.capacity, options.now!, options.now!()),
    );
    const trainerSaid = seen.map((r) => r.find((x) => x.logicalId === 'TrainerService')!.instances);
    expect(trainerSaid).toEqual([
      'instances: 0/2 in service (g4dn.xlarge)',
      'instances: 1/2 in service (g4dn.xlarge)',
      // Done: the row no longer waits on instances, and Auto Scaling is not asked.
      undefined,
    ]);
    expect(seen[1]!.find((x) => x.logicalId === 'EmbedderService')!.instances).toBe(
      'instances: 1/1 in service (g5.xlarge)',
    );
    // One call per poll that still waits, naming both groups.
    expect(edge.argsOf('capacity.groups')).toEqual([
      [[embedder.gpu!.group, trainer.gpu!.group]],
      [[embedder.gpu!.group, trainer.gpu!.group]],
    ]);
    expect(rows.every((r) => r.done && !r.reason)).toBe(true);
    // The comment's Running cell carries it.
    const markdown = renderMarkdown({
      mode: 'deploy',
      project: 'shop',
      stackName: 'shop',
      hasChanges: true,
      changes: [],
      images: [],
      warnings: [],
      deploy: { state: 'in-progress', rollout: seen[1]!, urls: {} },
    });
    expect(markdown).toContain('| 1<br>instances: 1/2 in service (g4dn.xlarge) |');
  });

  it('a group stuck without instances says the newest failed scaling activity of this deploy, and the timeout names it', async () => {
    const options = fakePoll();
    const start = options.now!();
    const quota =
      'Launching a new EC2 instance. Status Reason: You have requested more vCPU capacity than your current vCPU limit of 0 allows for the instance bucket that the specified instance type belongs to.';
    const activities: Activity[] = [
      {
        ActivityId: 'a3',
        AutoScalingGroupName: trainer.gpu!.group,
        Cause: 'c',
        StartTime: new Date(start + 60_000),
        StatusCode: 'Failed',
        StatusMessage: quota,
        Progress: 100,
      },
      {
        ActivityId: 'a2',
        AutoScalingGroupName: trainer.gpu!.group,
        Cause: 'c',
        StartTime: new Date(start + 30_000),
        StatusCode: 'Failed',
        StatusMessage: 'an older failure',
        Progress: 100,
      },
      // An earlier deploy's failure is not this one's cause.
      {
        ActivityId: 'a1',
        AutoScalingGroupName: trainer.gpu!.group,
        Cause: 'c',
        StartTime: new Date(start - 3_600_000),
        StatusCode: 'Failed',
        StatusMessage: 'yesterday',
        Progress: 100,
      },
    ];
    const edge = fakeEdge({
      services: { describe: async () => ({ services: [service(trainer, 0)], failures: [] }) },
      capacity: {
        groups: async () => [group(trainer.gpu!.group, 1, [])],
        activities: async () => activities,
      },
    });
    const seen: ServiceRollout[][] = [];
    const at: number[] = [];
    const error = (await watchRollout(
      edge.services,
      [trainer],
      options,
      (r) => {
        seen.push(r);
        at.push(options.now!());
      },
      undefined,
      new InstanceWatch(edge.capacity, options.now!, start),
    ).catch((e: unknown) => e)) as Error;
    // Not before the group has been empty for STUCK_AFTER_MS: a GPU instance takes minutes to boot.
    const firstCause = seen.findIndex((r) => r[0]!.reason);
    expect(firstCause).toBeGreaterThan(0);
    expect(at[firstCause]! - at[0]!).toBeGreaterThanOrEqual(STUCK_AFTER_MS);
    expect(seen[firstCause - 1]!.at(0)!.reason).toBeUndefined();
    expect(seen.at(-1)![0]).toMatchObject({
      instances: 'instances: 0/1 in service (g4dn.xlarge)',
      reason: `Auto Scaling could not start g4dn.xlarge instances: ${quota}`,
      failed: false,
    });
    expect(edge.argsOf('capacity.activities')[0]).toEqual([trainer.gpu!.group, 10]);
    expect(error.message).toContain('rollout did not complete within the wait timeout');
    expect(error.message).toContain('current vCPU limit of 0');
  });

  it('a stack without GPU groups makes no Auto Scaling call', async () => {
    let polls = 0;
    const edge = fakeEdge({
      services: {
        describe: async () => {
          polls++;
          return {
            services: [service(web, polls > 3 ? 2 : 0, polls > 3 ? 'COMPLETED' : 'IN_PROGRESS')],
            failures: [],
          };
        },
      },
    });
    const options = fakePoll();
    const rows = await watchRollout(
      edge.services,
      [web],
      options,
      undefined,
      undefined,
      new InstanceWatch(edge.capacity, options.now!, options.now!()),
    );
    expect(rows[0]).toMatchObject({ done: true });
    expect(rows[0]!.instances).toBeUndefined();
    expect(polls).toBe(4);
    expect(edge.log.filter((c) => c.startsWith('capacity.'))).toEqual([]);
  });

  it("stackServices finds a GPU service's group by its physical name and its instance type from the template", async () => {
    const template = {
      Resources: {
        TrainerService: {
          Type: 'AWS::ECS::Service',
          Properties: {
            CapacityProviderStrategy: [{ CapacityProvider: { Ref: 'TrainerCapacityProvider' } }],
          },
        },
        TrainerCapacityProvider: {
          Type: 'AWS::ECS::CapacityProvider',
          Properties: {
            AutoScalingGroupProvider: { AutoScalingGroupArn: { Ref: 'TrainerAutoScalingGroup' } },
          },
        },
        TrainerAutoScalingGroup: {
          Type: 'AWS::AutoScaling::AutoScalingGroup',
          Properties: {
            LaunchTemplate: { LaunchTemplateId: { Ref: 'TrainerLaunchTemplate' } },
            MaxSize: '2',
          },
        },
        TrainerLaunchTemplate: {
          Type: 'AWS::EC2::LaunchTemplate',
          Properties: { LaunchTemplateData: { InstanceType: 'g4dn.xlarge' } },
        },
        WebService: { Type: 'AWS::ECS::Service', Properties: {} },
      },
    } as unknown as Template;
    const resource = (LogicalResourceId: string, ResourceType: string, PhysicalResourceId: string) =>
      ({ LogicalResourceId, ResourceType, PhysicalResourceId }) as never;
    const edge = fakeEdge({
      stacks: {
        resources: async () => [
          resource('Cluster', 'AWS::ECS::Cluster', 'shop'),
          resource('TrainerService', 'AWS::ECS::Service', trainer.arn),
          resource('TrainerAutoScalingGroup', 'AWS::AutoScaling::AutoScalingGroup', trainer.gpu!.group),
          resource('WebService', 'AWS::ECS::Service', web.arn),
        ],
      },
    });
    const services = await stackServices(edge.stacks, 'stack-1', template);
    expect(services.find((s) => s.logicalId === 'TrainerService')!.gpu).toEqual(trainer.gpu);
    expect(services.find((s) => s.logicalId === 'WebService')).not.toHaveProperty('gpu');
  });
});

// EC2 capacity for the services that reserve GPUs (docs/mapping.md, GPUs): per GPU service, a launch
// template booting the ECS GPU-optimized AMI (resolved from AWS's public SSM parameter when the change set
// is made, never written into the template), an Auto Scaling group that starts empty, and an ECS capacity
// provider with managed scaling that sizes the group to the service's tasks. One instance role and
// profile serve them all: the ECS agent's actions on this stack's cluster, nothing else.
import { gpuInstanceFor } from '../compose/gpu-rules.js';
import { gpusOn, usableMemoryMiB, type GpuInstanceType } from '../compose/gpu-instances.js';
import { gpuRequest } from '../compose/gpu-request.js';
import type { StrategyItem } from './capacity-providers.js';
import type { Context } from './context.js';
import { tasksPerInstance } from './gpu-summary.js';
import { getAtt, join, ref, sub } from './context.js';
import { SUBNETS_PARAM, VPC_PARAM } from './network.js';
import { containerName } from './task-definition.js';
import type { TaskPlan } from './tasks.js';

/** The CloudFormation parameter that resolves the AMI at each change set; the release records its value. */
export const GPU_AMI_PARAM = 'GpuAmiId';
/** AWS's public parameter for the recommended ECS GPU-optimized Amazon Linux 2023 AMI (x86_64 only). */
export const GPU_AMI_SSM_PARAMETER =
  '/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id';
export const GPU_INSTANCE_ROLE_ID = 'GpuInstanceRole';
export const GPU_INSTANCE_PROFILE_ID = 'GpuInstanceProfile';
export const GPU_INSTANCE_GROUP_ID = 'GpuInstanceSecurityGroup';

/** What a GPU task runs on: the instance type, GPUs per task, tasks per instance, the most instances. */
export interface GpuPlacement {
  type: GpuInstanceType;
  /** Per container name: the GPUs it reserves. */
  gpus: Map<string, number>;
  tasksPerInstance: number;
  maxInstances: number;
  capacityProviderId: string;
  autoScalingGroupId: string;
}

/** The GPU placement of a task, or undefined for a Fargate task; errors for what cannot be placed. */
export function planGpuTask(ctx: Context, task: TaskPlan): GpuPlacement | undefined {
  const asking = task.containers.filter((c) => gpuRequest(c) !== undefined);
  if (asking.length === 0) return undefined;
  const main = asking[0]!;
  const at = gpuRequest(main)!.at;
  if (ctx.project.aws?.cluster !== undefined) {
    // Associating a capacity provider replaces an existing cluster's whole list (PutClusterCapacityProviders).
    ctx.error(
      at,
      `${main.name} reserves GPUs, which needs the cluster this stack creates; remove x-aws-cluster`,
    );
    return undefined;
  }
  const type = gpuInstanceFor(main).type;
  if (!type) return undefined; // the loader said why
  const gpus = new Map<string, number>();
  for (const c of asking) gpus.set(c.name, gpusOn(type, gpuRequest(c)!.count));
  const perTask = [...gpus.values()].reduce((a, b) => a + b, 0);
  if (perTask > type.gpus) {
    ctx.error(
      at,
      `the containers of task ${task.name} reserve ${perTask} GPUs; ${type.name} has ${type.gpus}`,
    );
    return undefined;
  }
  // Each awsvpc task takes a network interface of its own; the instance keeps its primary one.
  const perInstance = tasksPerInstance(type, perTask);
  const autoscaling = main.deploy?.aws?.autoscaling;
  const tasks = Math.max(1, autoscaling?.max ?? main.deploy?.replicas ?? 1);
  // A rolling update runs up to twice the tasks (MaximumPercent 200) while the new ones start.
  const maxInstances = Math.ceil((2 * tasks) / perInstance);
  return {
    type,
    gpus,
    tasksPerInstance: perInstance,
    maxInstances,
    capacityProviderId: `${task.id}CapacityProvider`,
    autoScalingGroupId: `${task.id}AutoScalingGroup`,
  };
}

/** Task-level Cpu and Memory of an EC2 GPU task: what compose asks, else the task's share of the instance. */
export function gpuTaskSize(ctx: Context, task: TaskPlan, p: GpuPlacement): { cpu: number; memory: number } {
  let cpus = 0;
  let memory = 0;
  for (const c of task.containers) {
    const r = c.deploy?.resources;
    cpus += r?.limits?.cpus ?? r?.reservations?.cpus ?? 0;
    memory += r?.limits?.memory ?? r?.reservations?.memory ?? 0;
  }
  const share = 1 / p.tasksPerInstance;
  const cpu = cpus > 0 ? Math.max(128, Math.ceil(cpus * 1024)) : Math.floor(p.type.vcpus * 1024 * share);
  const mib = memory > 0 ? Math.ceil(memory / (1024 * 1024)) : Math.floor(usableMemoryMiB(p.type) * share);
  if (cpus === 0 || memory === 0)
    ctx.warn(
      ['services', task.name],
      `${task.name} runs with ${cpu} CPU units and ${mib} MiB, its share of a ${p.type.name}; set deploy.resources.limits (cpus, memory) to choose`,
    );
  return { cpu, memory: mib };
}

/** The shared pieces: AMI parameter, instance role and profile, the instances' security group. */
function addSharedCapacity(ctx: Context): void {
  if (ctx.template.Parameters[GPU_AMI_PARAM]) return;
  ctx.template.Parameters[GPU_AMI_PARAM] = {
    Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
    Default: GPU_AMI_SSM_PARAMETER,
    Description:
      'ECS GPU-optimized Amazon Linux 2023 AMI, resolved from the public SSM parameter at each deploy',
  };
  const arn = (rest: string) => sub(`arn:\${AWS::Partition}:ecs:\${AWS::Region}:\${AWS::AccountId}:${rest}`);
  ctx.add(GPU_INSTANCE_ROLE_ID, {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Statement: [
          { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } },
        ],
        Version: '2012-10-17',
      },
      // The ECS agent's actions (as in AmazonEC2ContainerServiceforEC2Role) on this stack's cluster only; no
      // ECR or Logs: on awsvpc tasks with an execution role the agent pulls and logs with that role.
      Policies: [
        {
          PolicyDocument: {
            Statement: [
              { Action: 'ecs:DiscoverPollEndpoint', Effect: 'Allow', Resource: '*' },
              {
                Action: [
                  'ecs:DeregisterContainerInstance',
                  'ecs:Poll',
                  'ecs:RegisterContainerInstance',
                  'ecs:StartTelemetrySession',
                  'ecs:SubmitAttachmentStateChanges',
                  'ecs:SubmitContainerStateChange',
                  'ecs:SubmitTaskStateChange',
                  'ecs:UpdateContainerInstancesState',
                ],
                Effect: 'Allow',
                Resource: [arn('cluster/${AWS::StackName}'), arn('container-instance/${AWS::StackName}/*')],
              },
            ],
            Version: '2012-10-17',
          },
          PolicyName: 'ecs-agent',
        },
      ],
    },
  });
  ctx.add(GPU_INSTANCE_PROFILE_ID, {
    Type: 'AWS::IAM::InstanceProfile',
    Properties: { Roles: [ref(GPU_INSTANCE_ROLE_ID)] },
  });
  // The instances' own interface only reaches out (agent, image layers through the tasks' roles); tasks
  // have interfaces of their own in the compose networks' groups.
  ctx.add(GPU_INSTANCE_GROUP_ID, {
    Type: 'AWS::EC2::SecurityGroup',
    Properties: {
      GroupDescription: 'compose-ecs GPU container instances (egress only)',
      VpcId: ref(VPC_PARAM),
    },
  });
}

/** The launch template, Auto Scaling group and capacity provider of one GPU service. */
export function addGpuCapacity(ctx: Context, task: TaskPlan, p: GpuPlacement, cluster: unknown): void {
  addSharedCapacity(ctx);
  const launchTemplate = `${task.id}LaunchTemplate`;
  const userData = [
    '#!/bin/bash',
    'cat >> /etc/ecs/ecs.config <<EOF',
    'ECS_CLUSTER=${Cluster}',
    'ECS_ENABLE_GPU_SUPPORT=true',
    // Tasks must not borrow the instance's role through the metadata service.
    'ECS_AWSVPC_BLOCK_IMDS=true',
    'EOF',
    '',
  ].join('\n');
  ctx.add(
    launchTemplate,
    {
      Type: 'AWS::EC2::LaunchTemplate',
      Properties: {
        LaunchTemplateData: {
          IamInstanceProfile: { Arn: getAtt(GPU_INSTANCE_PROFILE_ID, 'Arn') },
          ImageId: ref(GPU_AMI_PARAM),
          InstanceType: p.type.name,
          MetadataOptions: { HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1, HttpTokens: 'required' },
          SecurityGroupIds: [ref(GPU_INSTANCE_GROUP_ID)],
          UserData: { 'Fn::Base64': sub(userData, { Cluster: cluster }) },
        },
      },
    },
    task.name,
  );
  ctx.add(
    p.autoScalingGroupId,
    {
      Type: 'AWS::AutoScaling::AutoScalingGroup',
      Properties: {
        LaunchTemplate: {
          LaunchTemplateId: ref(launchTemplate),
          Version: getAtt(launchTemplate, 'LatestVersionNumber'),
        },
        // Managed scaling owns the size: the group starts empty and ECS grows it for the tasks.
        MaxSize: String(p.maxInstances),
        MinSize: '0',
        // Managed termination protection needs it: ECS lifts it from instances that run no task.
        NewInstancesProtectedFromScaleIn: true,
        VPCZoneIdentifier: ref(SUBNETS_PARAM),
      },
    },
    task.name,
  );
  ctx.add(
    p.capacityProviderId,
    {
      Type: 'AWS::ECS::CapacityProvider',
      Properties: {
        AutoScalingGroupProvider: {
          AutoScalingGroupArn: ref(p.autoScalingGroupId),
          ManagedDraining: 'ENABLED',
          ManagedScaling: {
            MaximumScalingStepSize: p.maxInstances,
            MinimumScalingStepSize: 1,
            Status: 'ENABLED',
            TargetCapacity: 100,
          },
          ManagedTerminationProtection: 'ENABLED',
        },
        // Capacity provider names may not begin with aws, ecs or fargate: a stack named ecs-… would.
        Name: join('-', ['gpu', ref('AWS::StackName'), containerName(task.name)]),
      },
    },
    task.name,
  );
}

/** Per container: the GPUs it reserves, as ECS takes them (ResourceRequirements Type GPU, a count as text). */
export function gpuContainerExtras(p: GpuPlacement): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const [name, count] of p.gpus)
    out.set(name, { ResourceRequirements: [{ Type: 'GPU', Value: String(count) }] });
  return out;
}

/** The service's capacity provider strategy: all its tasks on its own EC2 capacity provider. */
export function gpuStrategy(p: GpuPlacement): StrategyItem[] {
  return [{ CapacityProvider: ref(p.capacityProviderId), Weight: 1 }];
}

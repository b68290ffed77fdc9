// Fidelity checks for GPU services (issue 26), read the way ECS and CloudFormation will run them: each one
// on its own EC2 capacity provider that the cluster has associated, with a task definition ECS can place
// on the chosen instance type, instances booted from the GPU AMI's public parameter, and the pairing AWS
// requires between managed termination protection and the group's scale-in protection.
import { gpuInstanceType, usableMemoryMiB } from '../../src/compose/gpu-instances.js';
import { gpuRequest } from '../../src/compose/gpu-request.js';
import type { LoadedProject } from '../../src/compose/model.js';
import type { ConvertResult } from '../../src/template/convert.js';
import { GPU_AMI_SSM_PARAMETER } from '../../src/template/gpu-capacity.js';
import type { Resource } from '../../src/template/types.js';

const refOf = (v: unknown) => (v as { Ref?: string } | undefined)?.Ref;

export function gpuProblems(loaded: LoadedProject, result: ConvertResult): string[] {
  const problems: string[] = [];
  const resources = result.template.Resources;
  const byTag = (type: string, service: string): [string, Resource] | undefined =>
    Object.entries(resources).find(
      ([, r]) =>
        r.Type === type &&
        ((r.Properties?.Tags ?? []) as Array<{ Key: string; Value: unknown }>).some(
          (t) => t.Key === 'com.docker.compose.service' && t.Value === service,
        ),
    );
  const association = Object.values(resources).find(
    (r) => r.Type === 'AWS::ECS::ClusterCapacityProviderAssociations',
  );
  const associated = ((association?.Properties?.CapacityProviders ?? []) as unknown[]).map(refOf);
  for (const s of Object.values(loaded.project.services)) {
    const service = byTag('AWS::ECS::Service', s.name);
    const task = byTag('AWS::ECS::TaskDefinition', s.name)?.[1]?.Properties ?? {};
    const gpus = (
      (task.ContainerDefinitions ?? []) as Array<{ ResourceRequirements?: Array<{ Value: string }> }>
    )
      .flatMap((c) => c.ResourceRequirements ?? [])
      .reduce((n, q) => n + Number(q.Value), 0);
    if (!gpuRequest(s) || !service) {
      if (service && gpus > 0) problems.push(`${s.name}: reserves ${gpus} GPUs without asking for them`);
      continue;
    }
    const [serviceId, svc] = service;
    const props = svc.Properties ?? {};
    const say = (what: string) => problems.push(`${s.name} (GPU): ${what}`);
    const strategy = (props.CapacityProviderStrategy ?? []) as Array<{ CapacityProvider: unknown }>;
    const providerId = refOf(strategy[0]?.CapacityProvider);
    const provider = resources[providerId ?? '']?.Properties?.AutoScalingGroupProvider as
      Record<string, unknown> | undefined;
    if (strategy.length !== 1 || !provider)
      say(`${serviceId} does not run on one EC2 capacity provider of the stack`);
    if (!associated.includes(providerId)) say(`the cluster has not associated ${providerId}`);
    if (!((svc.DependsOn ?? []) as string[]).some((d) => resources[d] === association))
      say('the service does not wait for the capacity-provider association (ECS refuses the strategy)');
    if (props.LaunchType || props.PlatformVersion) say('a launch type or platform version is Fargate only');
    const awsvpc = (props.NetworkConfiguration as { AwsvpcConfiguration?: Record<string, unknown> })
      ?.AwsvpcConfiguration;
    if (awsvpc?.AssignPublicIp !== 'DISABLED') say('awsvpc tasks on EC2 cannot get a public IP');
    if (task.NetworkMode !== 'awsvpc' || String(task.RequiresCompatibilities) !== 'EC2')
      say('the task definition is not an awsvpc EC2 one');
    const asg = resources[refOf(provider?.AutoScalingGroupArn) ?? '']?.Properties ?? {};
    if (
      (provider?.ManagedTerminationProtection === 'ENABLED') !==
      (asg.NewInstancesProtectedFromScaleIn === true)
    )
      say(
        'managed termination protection needs the group to protect new instances from scale-in, and only then',
      );
    const lt = resources[
      refOf((asg.LaunchTemplate as { LaunchTemplateId?: unknown })?.LaunchTemplateId) ?? ''
    ]?.Properties?.LaunchTemplateData as { InstanceType?: string; ImageId?: unknown } | undefined;
    const ami = result.template.Parameters?.[refOf(lt?.ImageId) ?? ''];
    if (ami?.Default !== GPU_AMI_SSM_PARAMETER || !String(ami?.Type).startsWith('AWS::SSM::Parameter::Value'))
      say('instances do not boot the AMI of the public ECS GPU-optimized parameter');
    const type = gpuInstanceType(lt?.InstanceType ?? '');
    if (!type) {
      say(`instance type ${lt?.InstanceType} is not a listed GPU type`);
      continue;
    }
    if (gpus < 1 || gpus > type.gpus) say(`the task reserves ${gpus} GPUs; ${type.name} has ${type.gpus}`);
    if (Number(task.Cpu) > type.vcpus * 1024 || Number(task.Memory) > usableMemoryMiB(type))
      say(`the task (${task.Cpu} CPU units, ${task.Memory} MiB) does not fit a ${type.name}`);
  }
  return problems;
}

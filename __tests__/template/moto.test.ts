// Deploys the golden templates that moto can create (docs/mapping.md) to a private moto_server and
// expects CREATE_COMPLETE. Skipped where moto_server is not installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CloudFormationClient,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStacksCommand,
  ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import {
  AutoScalingClient,
  DescribeAutoScalingGroupsCommand,
  UpdateAutoScalingGroupCommand,
} from '@aws-sdk/client-auto-scaling';
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { sdkCapacity } from '../../src/aws/sdk/capacity.js';
import { CreateFileSystemCommand, DescribeMountTargetsCommand, EFSClient } from '@aws-sdk/client-efs';
import {
  DescribeLaunchTemplateVersionsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from '@aws-sdk/client-ec2';
import { DescribeClustersCommand, ECSClient } from '@aws-sdk/client-ecs';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const hasMoto = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;
// nlb: moto ignores the LB Type; existing/https: refer to resources that must already exist.
const deployable = [
  'basic',
  'networks',
  'secrets',
  'configs',
  'volumes',
  'autoscaling',
  'sidecars',
  'task-options',
  'overlay',
  'routes',
  'shop-example',
  'bind-configs',
  // moto skips the capacity-provider association (a warning) and keeps no strategy on the services.
  'spot',
  // moto stores no deployment strategy and ignores AdvancedConfiguration: this proves the rest (weighted
  // rules, alternate groups, the infrastructure role, a test listener) is created; AWS's rules are tested
  // in deployment-strategy.test.ts.
  'strategies',
];

(hasMoto ? describe : describe.skip)('golden templates on moto', () => {
  let server: ChildProcess;
  const port = 20000 + (process.pid % 20000);
  const endpoint = `http://127.0.0.1:${port}`;
  const config = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } };

  beforeAll(async () => {
    server = spawn('moto_server', ['-p', String(port)], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${endpoint}/moto-api/`)).ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('moto_server did not start');
  }, 20_000);

  afterAll(() => {
    server?.kill();
  });

  it.each(deployable)(
    '%s reaches CREATE_COMPLETE',
    async (name) => {
      const ec2 = new EC2Client(config);
      const cfn = new CloudFormationClient(config);
      const vpc = (await ec2.send(new DescribeVpcsCommand({}))).Vpcs![0]!.VpcId!;
      const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!.map((s) => s.SubnetId!);
      const body = readFileSync(join(goldenDir, `${name}.json`), 'utf8');
      // Parameters with a default (a retained file system to reuse: none here) keep it.
      const declared = Object.entries(
        (JSON.parse(body) as { Parameters: Record<string, { Default?: string }> }).Parameters,
      )
        .filter(([, p]) => p.Default === undefined)
        .map(([k]) => k);
      const values: Record<string, string> = {
        VpcId: vpc,
        SubnetIds: subnets.join(','),
        LoadBalancerSubnetIds: subnets.join(','),
      };
      const Parameters = declared.map((k) => ({
        ParameterKey: k,
        ParameterValue:
          values[k] ??
          (k.endsWith('SecretVersion')
            ? 'f'.repeat(64)
            : `arn:aws:secretsmanager:us-east-1:123456789012:secret:${k}-AbCdEf`),
      }));
      await cfn.send(
        new CreateStackCommand({
          StackName: `golden-${name}`,
          TemplateBody: body,
          Parameters,
          Capabilities: ['CAPABILITY_IAM'],
        }),
      );
      const stack = (await cfn.send(new DescribeStacksCommand({ StackName: `golden-${name}` }))).Stacks![0]!;
      expect([stack.StackStatus, stack.StackStatusReason]).toEqual(['CREATE_COMPLETE', undefined]);
    },
    30_000,
  );

  it('spot: the services exist; moto neither creates the association nor keeps the strategy (AWS does)', async () => {
    const cfn = new CloudFormationClient(config);
    const ecs = new ECSClient(config);
    const resources = (await cfn.send(new ListStackResourcesCommand({ StackName: 'golden-spot' })))
      .StackResourceSummaries!;
    const cluster = resources.find((r) => r.LogicalResourceId === 'Cluster')!.PhysicalResourceId!;
    const services = resources.filter((r) => r.ResourceType === 'AWS::ECS::Service');
    expect(services.map((r) => r.LogicalResourceId).sort()).toEqual([
      'DbService',
      'WebService',
      'WorkerService',
    ]);
    // What moto does with what AWS would do: a change here means moto now models capacity providers.
    expect(resources.map((r) => r.LogicalResourceId)).not.toContain('ClusterCapacityProviders');
    const [described] = (await ecs.send(new DescribeClustersCommand({ clusters: [cluster] }))).clusters!;
    expect(described!.capacityProviders ?? []).toEqual([]);
  }, 30_000);

  it('gpu: launch template on the AMI the public SSM parameter resolves to, an empty protected group; down releases its instances and deletes it', async () => {
    const ec2 = new EC2Client(config);
    const cfn = new CloudFormationClient(config);
    const autoScaling = new AutoScalingClient(config);
    const vpc = (await ec2.send(new DescribeVpcsCommand({}))).Vpcs![0]!.VpcId!;
    const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!.map((s) => s.SubnetId!);
    await cfn.send(
      new CreateStackCommand({
        StackName: 'golden-gpu',
        TemplateBody: readFileSync(join(goldenDir, 'gpu.json'), 'utf8'),
        Parameters: [
          { ParameterKey: 'VpcId', ParameterValue: vpc },
          { ParameterKey: 'SubnetIds', ParameterValue: subnets.join(',') },
          { ParameterKey: 'LoadBalancerSubnetIds', ParameterValue: subnets.join(',') },
        ],
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: 'golden-gpu' }))).Stacks![0]!;
    expect([stack.StackStatus, stack.StackStatusReason]).toEqual(['CREATE_COMPLETE', undefined]);
    const resources = (await cfn.send(new ListStackResourcesCommand({ StackName: 'golden-gpu' })))
      .StackResourceSummaries!;
    const physical = (id: string) => resources.find((r) => r.LogicalResourceId === id)?.PhysicalResourceId;
    const ami = (
      await new SSMClient(config).send(
        new GetParameterCommand({
          Name: '/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id',
        }),
      )
    ).Parameter!.Value!;
    const versions = await ec2.send(
      new DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: physical('TrainerLaunchTemplate')! }),
    );
    const data = versions.LaunchTemplateVersions![0]!.LaunchTemplateData!;
    expect([data.ImageId, data.InstanceType]).toEqual([ami, 'g4dn.xlarge']);
    const group = physical('TrainerAutoScalingGroup')!;
    const describe = async () =>
      (await autoScaling.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [group] })))
        .AutoScalingGroups![0];
    expect(await describe()).toMatchObject({
      MinSize: 0,
      MaxSize: 4,
      NewInstancesProtectedFromScaleIn: true,
    });
    // ECS managed scaling would start instances for the tasks: stand in for it, then release them as down does.
    await autoScaling.send(
      new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: group, DesiredCapacity: 2 }),
    );
    const running = (await describe())!.Instances!;
    expect(running.map((i) => i.ProtectedFromScaleIn)).toEqual([true, true]);
    const capacity = sdkCapacity(ec2, autoScaling, new ServiceQuotasClient(config));
    await capacity.unprotect(
      group,
      running.map((i) => i.InstanceId!),
    );
    await capacity.empty(group);
    expect((await describe())!).toMatchObject({ DesiredCapacity: 0, MinSize: 0, Instances: [] });
    await cfn.send(new DeleteStackCommand({ StackName: 'golden-gpu' }));
    expect(await describe()).toBeUndefined();
  }, 30_000);

  it('volumes with a retained file system: mounts it and creates none', async () => {
    const ec2 = new EC2Client(config);
    const cfn = new CloudFormationClient(config);
    const efs = new EFSClient(config);
    const vpc = (await ec2.send(new DescribeVpcsCommand({}))).Vpcs![0]!.VpcId!;
    const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!.map((s) => s.SubnetId!);
    const retained = (await efs.send(new CreateFileSystemCommand({ CreationToken: 'retained-data' })))
      .FileSystemId!;
    await cfn.send(
      new CreateStackCommand({
        StackName: 'golden-volumes-retained',
        TemplateBody: readFileSync(join(goldenDir, 'volumes.json'), 'utf8'),
        Parameters: [
          { ParameterKey: 'VpcId', ParameterValue: vpc },
          { ParameterKey: 'SubnetIds', ParameterValue: subnets.join(',') },
          { ParameterKey: 'DataFilesystemRetainedId', ParameterValue: retained },
        ],
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: 'golden-volumes-retained' })))
      .Stacks![0]!;
    expect([stack.StackStatus, stack.StackStatusReason]).toEqual(['CREATE_COMPLETE', undefined]);
    const created = (await cfn.send(new ListStackResourcesCommand({ StackName: stack.StackId! })))
      .StackResourceSummaries!;
    expect(created.map((r) => r.LogicalResourceId)).not.toContain('DataFilesystem');
    const targets = created.filter((r) => r.ResourceType === 'AWS::EFS::MountTarget');
    expect(targets.length).toBeGreaterThan(0);
    const mounted = await efs.send(new DescribeMountTargetsCommand({ FileSystemId: retained }));
    expect(mounted.MountTargets!.length).toBe(targets.length);
  }, 30_000);
});

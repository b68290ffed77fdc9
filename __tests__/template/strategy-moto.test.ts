// Issue 25, witnessed by moto (which stores no deployment strategy, but does what CloudFormation does with a
// stack update: only resources whose template properties changed are updated). After a completed shift ECS
// has rewritten the production rule's weights onto the alternate group; the next deploy (a new image, new
// environment, more replicas) must leave them there. Simulated: ModifyRule as ECS's infrastructure role
// calls it, then UpdateStack with the edited project's template. Skipped where moto_server is not installed.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  UpdateStackCommand,
} from '@aws-sdk/client-cloudformation';
import { DescribeSubnetsCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  DescribeRulesCommand,
  ElasticLoadBalancingV2Client,
  ModifyRuleCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Service } from '../../src/compose/model.js';
import { convert } from '../../src/template/convert.js';
import { port, project, service } from './builder.js';

const hasMoto = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;

const shop = (web: Partial<Service> = {}) =>
  convert(
    project([
      service('web', {
        ports: [port(8080, 80)],
        deploy: { replicas: 2, resources: {}, labels: {}, extensions: {} },
        extensions: { 'x-aws-deployment': { strategy: 'canary', percent: 10, interval: '3m' } },
        ...web,
      }),
      service('api', {
        ports: [port(8000, 80, { extensions: { 'x-aws-route': { path: '/api', priority: 10 } } })],
        extensions: { 'x-aws-deployment': { strategy: 'blue-green' } },
      }),
    ]),
  ).body;

(hasMoto ? describe : describe.skip)('a second deploy after a completed shift, on moto', () => {
  let server: ChildProcess;
  const endpoint = `http://127.0.0.1:${21000 + (process.pid % 20000)}`;
  const config = { endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } };
  const cfn = new CloudFormationClient(config);
  const elb = new ElasticLoadBalancingV2Client(config);

  beforeAll(async () => {
    server = spawn('moto_server', ['-p', endpoint.split(':').pop()!], { stdio: 'ignore' });
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
    cfn.destroy();
    elb.destroy();
    server?.kill();
  });

  // Physical ids as created (moto lists some resources without their logical id after an update; none of
  // these is replaced by the updates below).
  let created: Record<string, string> = {};
  const physical = async (id: string) => created[id]!;
  /** The rule's forward weights by target group logical id. */
  const weights = async (ruleId: string, groups: string[]) => {
    const arns = Object.fromEntries(await Promise.all(groups.map(async (g) => [await physical(g), g])));
    const rule = (await elb.send(new DescribeRulesCommand({ RuleArns: [await physical(ruleId)] })))
      .Rules![0]!;
    return Object.fromEntries(
      rule.Actions![0]!.ForwardConfig!.TargetGroups!.map((t) => [arns[t.TargetGroupArn!], t.Weight]),
    );
  };
  const update = async (
    body: string,
    parameters: Array<{ ParameterKey: string; ParameterValue: string }>,
  ) => {
    await cfn.send(
      new UpdateStackCommand({
        StackName: 'strategies',
        TemplateBody: body,
        Parameters: parameters,
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    return (await cfn.send(new DescribeStacksCommand({ StackName: 'strategies' }))).Stacks![0]!.StackStatus;
  };

  it('keeps the weights ECS set; an edit of the rule itself would have reset them', async () => {
    const ec2 = new EC2Client(config);
    const vpc = (await ec2.send(new DescribeVpcsCommand({}))).Vpcs![0]!.VpcId!;
    const subnets = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets!.map((s) => s.SubnetId!);
    const Parameters = [
      { ParameterKey: 'VpcId', ParameterValue: vpc },
      { ParameterKey: 'SubnetIds', ParameterValue: subnets.join(',') },
      { ParameterKey: 'LoadBalancerSubnetIds', ParameterValue: subnets.join(',') },
    ];
    await cfn.send(
      new CreateStackCommand({
        StackName: 'strategies',
        TemplateBody: shop(),
        Parameters,
        Capabilities: ['CAPABILITY_IAM'],
      }),
    );
    created = Object.fromEntries(
      (await cfn.send(new DescribeStackResourcesCommand({ StackName: 'strategies' }))).StackResources!.map(
        (r) => [r.LogicalResourceId!, r.PhysicalResourceId!],
      ),
    );
    const groups = ['WebTCP8080TargetGroup', 'WebTCP8080AlternateTargetGroup'];
    expect(await weights('Port80Priority50000Rule', groups)).toEqual({
      WebTCP8080TargetGroup: 100,
      WebTCP8080AlternateTargetGroup: 0,
    });

    // ECS completes a canary: all traffic on the alternate group, where the new revision runs.
    await elb.send(
      new ModifyRuleCommand({
        RuleArn: await physical('Port80Priority50000Rule'),
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: await physical('WebTCP8080TargetGroup'), Weight: 0 },
                { TargetGroupArn: await physical('WebTCP8080AlternateTargetGroup'), Weight: 100 },
              ],
            },
          },
        ],
      }),
    );

    // The next deploy: a new image, new environment and more replicas.
    const edited = shop({
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/demo/web@sha256:' + 'c'.repeat(64),
      environment: { RELEASE: '2' },
      deploy: { replicas: 3, resources: {}, labels: {}, extensions: {} },
    });
    expect(await update(edited, Parameters)).toBe('UPDATE_COMPLETE');
    expect(await weights('Port80Priority50000Rule', groups)).toEqual({
      WebTCP8080TargetGroup: 0,
      WebTCP8080AlternateTargetGroup: 100,
    });

    // The witness can see a reset: any change to the rule's properties in the template (here its Priority,
    // as an edit of the template by hand would) makes the update rewrite its actions to the template's 100 / 0.
    const apiGroups = ['ApiTCP8000TargetGroup', 'ApiTCP8000AlternateTargetGroup'];
    await elb.send(
      new ModifyRuleCommand({
        RuleArn: await physical('Port80Priority10Rule'),
        Actions: [
          {
            Type: 'forward',
            ForwardConfig: {
              TargetGroups: [
                { TargetGroupArn: await physical('ApiTCP8000TargetGroup'), Weight: 0 },
                { TargetGroupArn: await physical('ApiTCP8000AlternateTargetGroup'), Weight: 100 },
              ],
            },
          },
        ],
      }),
    );
    const changed = JSON.parse(shop()) as {
      Resources: Record<string, { Properties: Record<string, unknown> }>;
    };
    changed.Resources.Port80Priority10Rule!.Properties.Priority = 11;
    expect(await update(JSON.stringify(changed), Parameters)).toBe('UPDATE_COMPLETE');
    expect(await weights('Port80Priority10Rule', apiGroups)).toEqual({
      ApiTCP8000TargetGroup: 100,
      ApiTCP8000AlternateTargetGroup: 0,
    });
  }, 60_000);
});

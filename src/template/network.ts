// VPC and subnets are template parameters (looked up at plan time, never baked in);
// each compose network becomes a security group that allows traffic among its members.
import type { Context } from './context.js';
import { networkNames, ref } from './context.js';
import { X } from '../compose/aws-extensions.js';
import type { ParameterSource } from './convert.js';

export const VPC_PARAM = 'VpcId';
export const SUBNETS_PARAM = 'SubnetIds';
export const LB_SUBNETS_PARAM = 'LoadBalancerSubnetIds';

/**
 * Subnets of an internet-facing load balancer: public ones (a route to an internet gateway), in at least
 * two availability zones, whatever subnets the tasks run in — with private-subnets the tasks' subnets
 * cannot take it. The plan stage fills it from the public-subnet-ids input or looks the VPC's public
 * subnets up (the tasks' own subnets when they are public already).
 */
export function addLoadBalancerSubnetsParameter(ctx: Context): ParameterSource {
  ctx.template.Parameters[LB_SUBNETS_PARAM] = {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: 'Public subnets of the VPC for the internet-facing load balancer, one per availability zone',
  };
  return {
    name: LB_SUBNETS_PARAM,
    kind: 'load-balancer-subnets',
    description:
      'public subnets of that VPC for the internet-facing load balancer, in at least two availability zones',
    public: true,
    minCount: 2,
  };
}

export function addNetworkParameters(ctx: Context): ParameterSource[] {
  const vpc = ctx.project.aws?.vpc;
  const vpcId = vpc?.startsWith('arn:') ? vpc.split('/').pop() : vpc; // arn:aws:ec2:region:account:vpc/vpc-123
  ctx.template.Parameters[VPC_PARAM] = { Type: 'AWS::EC2::VPC::Id', Description: 'VPC the services run in' };
  ctx.template.Parameters[SUBNETS_PARAM] = {
    Type: 'List<AWS::EC2::Subnet::Id>',
    Description: `${ctx.options.assignPublicIp ? 'Public' : 'Private'} subnets of the VPC, one per availability zone`,
  };
  return [
    {
      name: VPC_PARAM,
      kind: 'vpc',
      description: vpcId ? `the VPC named by ${X.vpc}` : "the account's default VPC",
      ...(vpcId ? { value: vpcId } : {}),
    },
    {
      name: SUBNETS_PARAM,
      kind: 'subnets',
      description: `${ctx.options.assignPublicIp ? 'public' : 'private'} subnets of that VPC, each in a different availability zone`,
      public: ctx.options.assignPublicIp,
      ...(usesEfs(ctx) ? { minCount: ctx.options.efsSubnetCount } : {}),
    },
  ];
}

function usesEfs(ctx: Context): boolean {
  return Object.values(ctx.project.services).some((s) =>
    s.volumes.some((v) => v.type === 'volume' && v.source),
  );
}

export function networkId(ctx: Context, name: string): string {
  return `${ctx.ids.network.get(name)}Network`;
}

/** Adds a security group per (non-external) network; returns network name → group id value. */
export function addNetworks(ctx: Context): Map<string, unknown> {
  const groups = new Map<string, unknown>();
  for (const name of networkNames(ctx.project)) {
    const net = ctx.project.networks[name];
    const path = ['networks', name];
    // x-aws-securitygroup (deprecated; the loader says so).
    const legacy = net?.aws?.securityGroup;
    if (legacy !== undefined) {
      groups.set(name, legacy);
      continue;
    }
    if (net?.external) {
      const sg = net.externalName ?? net.name;
      if (!/^sg-[0-9a-f]+$/.test(sg))
        ctx.error(
          [...path, 'name'],
          `external network ${name} must name an existing security group id (sg-...), got ${sg}`,
        );
      groups.set(name, sg);
      continue;
    }
    if (net?.driver && !['bridge', 'overlay'].includes(net.driver))
      ctx.warn(
        [...path, 'driver'],
        `network driver ${net.driver} is ignored: networks become security groups`,
      );
    if (net?.internal)
      ctx.warn(
        [...path, 'internal'],
        'internal networks are not cut off from the internet here (tasks need egress to pull images and write logs)',
      );
    const id = networkId(ctx, name);
    ctx.add(id, {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        // Without the project: GroupDescription is create-only, and a renamed project would replace the
        // group and roll every service. The project is in the group's tags.
        GroupDescription: `compose-ecs network ${name}`,
        VpcId: ref(VPC_PARAM),
      },
    });
    // Members talk to each other on any port, as on a compose network.
    ctx.add(`${id}Ingress`, {
      Type: 'AWS::EC2::SecurityGroupIngress',
      Properties: {
        Description: `Allow communication within network ${name}`,
        GroupId: ref(id),
        IpProtocol: '-1',
        SourceSecurityGroupId: ref(id),
      },
    });
    groups.set(name, ref(id));
  }
  return groups;
}

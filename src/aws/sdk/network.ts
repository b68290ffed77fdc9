import { DescribeSubnetsCommand, DescribeVpcsCommand, type EC2Client } from '@aws-sdk/client-ec2';
import type { Network } from '../edge.js';

export function sdkNetwork(ec2: EC2Client): Network {
  return {
    async defaultVpcId() {
      const out = await ec2.send(
        new DescribeVpcsCommand({ Filters: [{ Name: 'is-default', Values: ['true'] }] }),
      );
      return out.Vpcs?.[0]?.VpcId;
    },
    async subnets(query) {
      const out = await ec2.send(
        new DescribeSubnetsCommand(
          'vpcId' in query
            ? { Filters: [{ Name: 'vpc-id', Values: [query.vpcId] }] }
            : { SubnetIds: query.subnetIds },
        ),
      );
      return out.Subnets ?? [];
    },
  };
}

import {
  DescribeAutoScalingGroupsCommand,
  DescribeScalingActivitiesCommand,
  SetInstanceProtectionCommand,
  UpdateAutoScalingGroupCommand,
  type AutoScalingClient,
} from '@aws-sdk/client-auto-scaling';
import {
  DescribeRouteTablesCommand,
  DescribeVpcEndpointsCommand,
  type EC2Client,
  type RouteTable,
  type VpcEndpoint,
} from '@aws-sdk/client-ec2';
import { GetServiceQuotaCommand, type ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { Ec2Capacity } from '../edge.js';

/** SetInstanceProtection takes at most 50 instance ids a call (Auto Scaling API reference). */
const PROTECTION_BATCH = 50;

export function sdkCapacity(
  ec2: EC2Client,
  autoScaling: AutoScalingClient,
  quotas: ServiceQuotasClient,
): Ec2Capacity {
  const vpcFilter = (vpcId: string) => [{ Name: 'vpc-id', Values: [vpcId] }];
  return {
    async routeTables(vpcId) {
      const out: RouteTable[] = [];
      let NextToken: string | undefined;
      do {
        const page = await ec2.send(new DescribeRouteTablesCommand({ Filters: vpcFilter(vpcId), NextToken }));
        out.push(...(page.RouteTables ?? []));
        NextToken = page.NextToken;
      } while (NextToken);
      return out;
    },
    async vpcEndpoints(vpcId) {
      const out: VpcEndpoint[] = [];
      let NextToken: string | undefined;
      do {
        const page = await ec2.send(
          new DescribeVpcEndpointsCommand({ Filters: vpcFilter(vpcId), NextToken }),
        );
        out.push(...(page.VpcEndpoints ?? []));
        NextToken = page.NextToken;
      } while (NextToken);
      return out;
    },
    async quota(ServiceCode, QuotaCode) {
      const out = await quotas.send(new GetServiceQuotaCommand({ ServiceCode, QuotaCode }));
      return out.Quota?.Value;
    },
    async groups(names) {
      if (names.length === 0) return [];
      const out = await autoScaling.send(
        new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: names }),
      );
      return out.AutoScalingGroups ?? [];
    },
    async activities(AutoScalingGroupName, MaxRecords) {
      const out = await autoScaling.send(
        new DescribeScalingActivitiesCommand({ AutoScalingGroupName, MaxRecords }),
      );
      return out.Activities ?? [];
    },
    async unprotect(group, instanceIds) {
      for (let i = 0; i < instanceIds.length; i += PROTECTION_BATCH)
        await autoScaling.send(
          new SetInstanceProtectionCommand({
            AutoScalingGroupName: group,
            InstanceIds: instanceIds.slice(i, i + PROTECTION_BATCH),
            ProtectedFromScaleIn: false,
          }),
        );
    },
    async empty(group) {
      await autoScaling.send(
        new UpdateAutoScalingGroupCommand({ AutoScalingGroupName: group, MinSize: 0, DesiredCapacity: 0 }),
      );
    },
  };
}

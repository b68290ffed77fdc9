import {
  DescribeServiceDeploymentsCommand,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListServiceDeploymentsCommand,
  ListTasksCommand,
  StopServiceDeploymentCommand,
  type ServiceDeploymentBrief,
  type DesiredStatus,
  type ECSClient,
  type Task,
} from '@aws-sdk/client-ecs';
import {
  DescribeLoadBalancersCommand,
  DescribeTargetHealthCommand,
  type ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Services } from '../edge.js';

export function sdkServices(ecs: ECSClient, elbv2: ElasticLoadBalancingV2Client): Services {
  const tasks = async (cluster: string, service: string, status: DesiredStatus, limit: number) => {
    const listed = await ecs.send(
      new ListTasksCommand({ cluster, serviceName: service, desiredStatus: status, maxResults: limit }),
    );
    const arns = (listed.taskArns ?? []).slice(0, limit);
    if (!arns.length) return [] as Task[];
    // DescribeTasks takes up to 100 tasks; limit stays below that.
    return (await ecs.send(new DescribeTasksCommand({ cluster, tasks: arns }))).tasks ?? [];
  };
  return {
    async describe(cluster, services) {
      const out = await ecs.send(new DescribeServicesCommand({ cluster, services }));
      return { services: out.services ?? [], failures: out.failures ?? [] };
    },
    async clusters(clusters) {
      const out = await ecs.send(new DescribeClustersCommand({ clusters }));
      return { clusters: out.clusters ?? [], failures: out.failures ?? [] };
    },
    stoppedTasks: (cluster, service, limit) => tasks(cluster, service, 'STOPPED', Math.min(limit, 100)),
    runningTasks: (cluster, service) => tasks(cluster, service, 'RUNNING', 100),
    async taskDefinition(arn) {
      return (await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }))).taskDefinition;
    },
    async targetHealth(targetGroupArn) {
      return (
        (await elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn })))
          .TargetHealthDescriptions ?? []
      );
    },
    async loadBalancers(arns) {
      if (!arns.length) return [];
      return (
        (await elbv2.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: arns }))).LoadBalancers ?? []
      );
    },
    async deployments(cluster, service, since) {
      const found: ServiceDeploymentBrief[] = [];
      let nextToken: string | undefined;
      do {
        const page = await ecs.send(
          new ListServiceDeploymentsCommand({ cluster, service, createdAt: { after: since }, nextToken }),
        );
        found.push(...(page.serviceDeployments ?? []));
        nextToken = page.nextToken;
      } while (nextToken);
      return found;
    },
    async describeDeployments(arns) {
      if (!arns.length) return [];
      const out = await ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: arns }));
      return out.serviceDeployments ?? [];
    },
    async stopDeployment(arn) {
      await ecs.send(new StopServiceDeploymentCommand({ serviceDeploymentArn: arn, stopType: 'ROLLBACK' }));
    },
  };
}

// x-aws-autoscaling (under deploy:) → an Application Auto Scaling target with target-tracking policies
// on CPU and/or memory, and on request count per target behind an ALB. moto accepts these resource
// types but does not create them (docs/mapping.md).
import type { Context } from './context.js';
import { getAtt, join, ref } from './context.js';
import { X } from '../compose/aws-extensions.js';
import { LB_ID, type LoadBalancerPlan, type PublishedPort } from './load-balancer.js';
import { serviceId } from './service.js';
import type { TaskPlan } from './tasks.js';

export function addAutoscaling(
  ctx: Context,
  task: TaskPlan,
  clusterName: unknown,
  lb: LoadBalancerPlan,
  ports: PublishedPort[],
): void {
  const deploy = task.main.deploy;
  const path = ['services', task.name, 'deploy'];
  // x-aws-autoscaling, checked by the loader (fields, ranges, max, a target).
  const spec = deploy?.aws?.autoscaling;
  if (!spec) return;
  const p = [...path, X.autoscaling];
  const { max, cpu, mem, requests } = spec;
  // Without min, the scaling floor is the replicas the service asks for.
  const min = spec.min ?? deploy?.replicas ?? 1;
  if (min > max) return void ctx.error(p, `autoscaling min ${min} (the replicas) is above max ${max}`);
  const port = ports[0];
  if (requests !== undefined && (lb.type !== 'application' || !port || lb.existing)) {
    return void ctx.error(
      [...p, 'requests'],
      'scaling on requests needs a port of this service published through the Application Load Balancer this stack creates',
    );
  }
  const target = `${task.id}ScalableTarget`;
  ctx.add(
    target,
    {
      Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
      Properties: {
        MaxCapacity: max,
        MinCapacity: min,
        ResourceId: join('/', ['service', clusterName, getAtt(serviceId(task), 'Name')]),
        ScalableDimension: 'ecs:service:DesiredCount',
        ServiceNamespace: 'ecs',
      },
    },
    task.name,
  );
  const policy = (suffix: string, metric: string, value: number, label?: unknown) =>
    ctx.add(
      `${task.id}${suffix}ScalingPolicy`,
      {
        Type: 'AWS::ApplicationAutoScaling::ScalingPolicy',
        Properties: {
          PolicyName: join('-', [ref('AWS::StackName'), `${task.id}${suffix}`]),
          PolicyType: 'TargetTrackingScaling',
          ScalingTargetId: ref(target),
          TargetTrackingScalingPolicyConfiguration: {
            PredefinedMetricSpecification: {
              PredefinedMetricType: metric,
              ...(label !== undefined ? { ResourceLabel: label } : {}),
            },
            TargetValue: value,
          },
        },
      },
      task.name,
    );
  if (cpu !== undefined) policy('CPU', 'ECSServiceAverageCPUUtilization', cpu);
  if (mem !== undefined) policy('Memory', 'ECSServiceAverageMemoryUtilization', mem);
  if (requests !== undefined && port) {
    const label = join('/', [
      getAtt(LB_ID, 'LoadBalancerFullName'),
      getAtt(`${port.id}TargetGroup`, 'TargetGroupFullName'),
    ]);
    policy('Requests', 'ALBRequestCountPerTarget', requests, label);
  }
}

/** The cluster's name (ResourceId wants a name): Ref of our cluster, or the name from x-aws-cluster. */
export function clusterName(cluster: unknown): unknown {
  return typeof cluster === 'string' ? cluster.split('/').pop() : cluster;
}

// One Fargate ECS service per task: desired count, rolling-update arithmetic, circuit breaker,
// load-balancer attachments and tag propagation.
import type { Service } from '../compose/model.js';
import { strategyNonce, type StrategyItem } from './capacity-providers.js';
import type { Context } from './context.js';
import { ref } from './context.js';
import { SUBNETS_PARAM } from './network.js';
import type { TaskPlan } from './tasks.js';
import { X } from '../compose/aws-extensions.js';
import { checkStrategy, effectiveStrategy, strategyConfiguration } from './deployment-strategy.js';

export interface ServiceExtras {
  cluster: unknown;
  securityGroups: unknown[];
  /** Subnets for this service (all SubnetIds, or the EFS mount-target subnets). */
  subnets?: unknown;
  loadBalancers: Array<{
    ContainerName: string;
    ContainerPort: number;
    TargetGroupArn: unknown;
    /** A deployment strategy's alternate target group, listener rules and role (strategy-traffic.ts). */
    AdvancedConfiguration?: unknown;
  }>;
  /** The IP protocols of the service's published ports (a deployment strategy checks them). */
  publishedProtocols: Array<'tcp' | 'udp'>;
  /** Logical IDs the service waits for (listeners, services it depends on, the discovery namespace). */
  dependsOn: string[];
  /** Cloud Map registries the service's tasks register their addresses in (compose names). */
  serviceRegistries: Array<Record<string, unknown>>;
  /**
   * Application Auto Scaling owns the task count: DesiredCount is left out, so an update never resets the
   * scaled count (CloudFormation then omits it from UpdateService; a new service starts with 1 and
   * RegisterScalableTarget moves it into [min, max]).
   */
  autoscaled: boolean;
  /** Seconds to ignore failing load-balancer health checks after a task starts. */
  gracePeriod?: number;
  enableExec: boolean;
  /** Where the tasks run (x-aws-capacity); absent: the FARGATE launch type. */
  capacityProviderStrategy?: StrategyItem[];
  /** The tasks run on the stack's EC2 instances (GPU services): no public IP, no Fargate platform version. */
  ec2?: boolean;
}

export function serviceId(task: TaskPlan): string {
  return `${task.id}Service`;
}

export function addService(
  ctx: Context,
  task: TaskPlan,
  taskDefinitionId: string,
  extras: ServiceExtras,
): void {
  const s = task.main;
  const deploy = s.deploy;
  const strategy = extras.capacityProviderStrategy;
  checkStrategy(ctx, s, {
    loadBalanced: extras.loadBalancers.length > 0,
    protocols: extras.publishedProtocols,
    ...(statefulVolume(s) ? { statefulVolume: statefulVolume(s)!.volume } : {}),
  });
  for (const sidecar of task.containers.slice(1))
    if (sidecar.aws?.deployment)
      ctx.warn(
        ['services', sidecar.name, X.deployment],
        `${X.deployment} on sidecar ${sidecar.name} is ignored: its task deploys as ${s.name} does`,
      );
  // A listener or rule the strategy's AdvancedConfiguration refers to is a dependency already (cfn-lint W3005).
  const referenced = new Set(
    [...JSON.stringify(extras.loadBalancers).matchAll(/"Ref":"([^"]+)"/g)].map((m) => m[1]),
  );
  const dependsOn = [...new Set(extras.dependsOn)].filter((id) => !referenced.has(id)).sort();
  ctx.add(
    serviceId(task),
    {
      Type: 'AWS::ECS::Service',
      ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
      Properties: {
        // A service takes a launch type or a capacity provider strategy, never both (CreateService).
        ...(strategy ? { CapacityProviderStrategy: strategy } : {}),
        Cluster: extras.cluster,
        DeploymentConfiguration: deploymentConfiguration(ctx, s),
        DeploymentController: { Type: 'ECS' },
        ...(extras.autoscaled ? {} : { DesiredCount: deploy?.replicas ?? 1 }),
        EnableECSManagedTags: true,
        ...(extras.enableExec ? { EnableExecuteCommand: true } : {}),
        ...(extras.loadBalancers.length > 0
          ? { HealthCheckGracePeriodSeconds: extras.gracePeriod ?? 60 }
          : {}),
        // ECS does not move running tasks when only the strategy changes; a nonce that changes with it
        // does (AWS::ECS::Service ForceNewDeployment: a new deployment when the nonce changes, no other time).
        ...(strategy
          ? {
              ForceNewDeployment: {
                EnableForceNewDeployment: true,
                ForceNewDeploymentNonce: strategyNonce(strategy),
              },
            }
          : { LaunchType: 'FARGATE' }),
        ...(extras.loadBalancers.length > 0 ? { LoadBalancers: extras.loadBalancers } : {}),
        NetworkConfiguration: {
          AwsvpcConfiguration: {
            // Public IPs are Fargate's: awsvpc tasks on EC2 get none (the plan checks their subnets' routes).
            AssignPublicIp: ctx.options.assignPublicIp && !extras.ec2 ? 'ENABLED' : 'DISABLED',
            SecurityGroups: extras.securityGroups,
            Subnets: extras.subnets ?? ref(SUBNETS_PARAM),
          },
        },
        ...(extras.ec2 ? {} : { PlatformVersion: 'LATEST' }),
        // Tasks carry the service's tags (project, service) for cost allocation.
        PropagateTags: 'SERVICE',
        ...(extras.serviceRegistries.length > 0 ? { ServiceRegistries: extras.serviceRegistries } : {}),
        TaskDefinition: ref(taskDefinitionId),
      },
    },
    task.name,
  );
}

/** The named volume a service mounts read-write, if any (a database's data directory on EFS). */
export function statefulVolume(s: Service): { volume: string; index: number } | undefined {
  const index = s.volumes.findIndex((v) => v.type === 'volume' && v.source && !v.readOnly);
  const v = s.volumes[index];
  return v?.type === 'volume' && v.source ? { volume: v.source, index } : undefined;
}

/** Whether ECS Exec is on for this task: the option, or x-aws-enable_exec on the service. */
export function execEnabled(ctx: Context, s: Service): boolean {
  return s.aws?.enableExec ?? ctx.options.enableExec;
}

/**
 * Compose's update_config in ECS percentages (ECS-FACTS.md): with replicas r and parallelism p,
 * minimum ⌊(r−p)·100/r⌋ and maximum ⌊(r+p)·100/r⌋; start-first keeps every old task until its
 * replacement runs (minimum 100), stop-first never runs extra tasks (maximum 100);
 * x-aws-min_percent / x-aws-max_percent win for their own figure.
 */
export function deploymentConfiguration(ctx: Context, s: Service): Record<string, unknown> {
  const path = ['services', s.name, 'deploy'];
  const deploy = s.deploy;
  const uc = deploy?.updateConfig;
  const ucPath = [...path, 'update_config'];
  let min = 100;
  let max = 200;
  const stateful = statefulVolume(s);
  // Two tasks on one data directory corrupt it, or the new one cannot take the database's lock, fails
  // its health check and the circuit breaker rolls the deploy back: replace the task stop-first. Only
  // order: start-first asks otherwise; parallelism alone does not (its arithmetic would allow 200 %).
  const stopFirstCap = stateful !== undefined && (deploy?.replicas ?? 1) <= 1 && uc?.order !== 'start-first';
  if (stateful !== undefined && stopFirstCap && uc?.order === undefined)
    ctx.warn(
      ['services', s.name, 'volumes', stateful.index],
      `${s.name} writes volume ${stateful.volume} with one replica: updates stop the old task before starting the new one (a short outage); set update_config.order: start-first to overlap them`,
    );
  if (uc && (uc.parallelism !== undefined || uc.order !== undefined)) {
    const r = Math.max(1, deploy?.replicas ?? 1);
    let p = uc.parallelism ?? 1;
    if (p < 1) p = 1;
    if (p > r) {
      ctx.warn(
        [...ucPath, 'parallelism'],
        `parallelism ${p} is more than the ${r} ${r === 1 ? 'replica' : 'replicas'}; ${r} is used`,
      );
      p = r;
    }
    min = Math.floor(((r - p) * 100) / r);
    max = Math.floor(((r + p) * 100) / r);
    if (uc.order === 'start-first') min = 100;
    if (uc.order === 'stop-first') max = 100;
  }
  if (stopFirstCap) {
    min = 0;
    max = 100;
  }
  const xMin = uc?.aws?.minPercent;
  const xMax = uc?.aws?.maxPercent;
  if (xMin !== undefined) min = xMin;
  if (xMax !== undefined) max = xMax;
  if (min === 100 && max === 100)
    ctx.error(
      ucPath,
      'minimum 100% and maximum 100% leave ECS no room to replace a task; raise the maximum or lower the minimum',
    );
  if (uc?.delay !== undefined)
    ctx.warn([...ucPath, 'delay'], 'update_config.delay is ignored: ECS paces deployments by health');
  const strategy = effectiveStrategy(s);
  if (uc?.monitor !== undefined && strategy === undefined)
    ctx.warn(
      [...ucPath, 'monitor'],
      `update_config.monitor is ignored for a rolling update: the circuit breaker watches the rollout (with ${X.deployment} strategy blue-green, canary or linear it is the bake time)`,
    );
  if (uc?.monitor !== undefined && s.aws?.deployment?.bakeMinutes !== undefined)
    ctx.warn(
      [...ucPath, 'monitor'],
      `update_config.monitor is ignored: ${X.deployment}.bake sets the bake time`,
    );
  if (uc?.failureAction === 'pause')
    ctx.warn(
      [...ucPath, 'failure_action'],
      'failure_action: pause: ECS cannot pause a deployment; its circuit breaker stops a failing one without rolling it back, and CloudFormation then fails the update and rolls the stack (and the service) back',
    );
  // rollback (and by default): ECS rolls a failed deployment back; pause: ECS stops it where it is
  // (CloudFormation still rolls the stack back); continue: no circuit breaker, alarms only report.
  const action = uc?.failureAction ?? 'rollback';
  const threshold = failureThreshold(ctx, uc, ucPath, action !== 'continue');
  return {
    DeploymentCircuitBreaker: {
      Enable: action !== 'continue',
      Rollback: action === 'rollback',
      ...(threshold ? { ThresholdConfiguration: threshold } : {}),
    },
    MaximumPercent: max,
    MinimumHealthyPercent: min,
    ...strategyConfiguration(s, action === 'rollback'),
  };
}

/**
 * update_config.max_failure_ratio (the share of tasks that may fail) as the circuit breaker's
 * ThresholdConfiguration: UNBOUNDED_PERCENT of the desired count, so the ratio means what it says (ECS's
 * default is BOUNDED_PERCENT 50: half the desired count, at least 3, at most 200).
 */
function failureThreshold(
  ctx: Context,
  uc: NonNullable<NonNullable<Service['deploy']>['updateConfig']> | undefined,
  ucPath: string[],
  breaker: boolean,
): { Type: string; Value: number } | undefined {
  const ratio = uc?.maxFailureRatio;
  if (ratio === undefined) return undefined;
  const at = [...ucPath, 'max_failure_ratio'];
  if (ratio < 0 || ratio > 1) {
    ctx.error(at, `max_failure_ratio is a share of the tasks, from 0 to 1 (got ${ratio})`);
    return undefined;
  }
  if (!breaker) {
    ctx.warn(at, 'max_failure_ratio is ignored with failure_action: continue (no circuit breaker)');
    return undefined;
  }
  const percent = Math.round(ratio * 100);
  if (percent !== ratio * 100)
    ctx.warn(at, `ECS takes the threshold in whole percent: max_failure_ratio ${ratio} becomes ${percent} %`);
  return { Type: 'UNBOUNDED_PERCENT', Value: percent };
}

// The typed `aws` fields the decoders write into the model; the converter reads only these.
import type { LB_SCHEMES, LB_TYPES } from './names.js';

/** x-aws-healthcheck on a port or a service: the target group's health check. */
export interface TargetHealthExtension {
  interval?: number;
  timeout?: number;
  healthyThreshold?: number;
  unhealthyThreshold?: number;
  port?: number;
  path?: string;
  codes?: string;
  deregistrationDelay?: number;
}

/** x-aws-route on a port: paths (with a leading /) and hosts, at most 5 in all; priority when given. */
export interface RouteExtension {
  paths: string[];
  hosts: string[];
  priority?: number;
}

/** x-aws-autoscaling under deploy: min (else the replicas), max, and at least one target. */
export interface AutoscalingExtension {
  min?: number;
  max: number;
  cpu?: number;
  mem?: number;
  requests?: number;
}

/**
 * x-aws-deployment on a service: ECS's deployment strategy. Durations are whole minutes (ECS's unit);
 * alarms are CloudWatch alarm names (an ARN given in the file is reduced to its name). Fields left out
 * take the converter's defaults (bake: update_config.monitor, else 5 minutes) or ECS's own.
 */
export interface DeploymentStrategyExtension {
  strategy: 'rolling' | 'blue-green' | 'canary' | 'linear';
  /** canary: share of traffic moved first; linear: share moved per step. */
  percent?: number;
  /** canary: minutes at that share; linear: minutes between steps. */
  intervalMinutes?: number;
  /** Minutes both revisions stay up after the whole shift (BakeTimeInMinutes). */
  bakeMinutes?: number;
  alarms?: string[];
  /** A test listener port that reaches the new revision before production traffic shifts. */
  testPort?: number;
}

/** x-aws-domain on a service (x-aws-hosted_zone beside it): lower-case host names, and the zone if named. */
export interface DomainExtension {
  names: string[];
  /** A zone name (example.com) or id (Z…), as x-aws-hosted_zone gave it; else the plan finds the zone. */
  hostedZone?: string;
}

/**
 * x-aws-capacity on a service: weights of Fargate Spot and on-demand Fargate (0–1000, one above 0), and
 * the tasks on on-demand Fargate before the weights apply (`spot` is { spot: 1, onDemand: 0, base: 0 }).
 */
export interface CapacityExtension {
  spot: number;
  onDemand: number;
  base: number;
}

export interface ProjectAws {
  cluster?: string;
  vpc?: string;
  loadBalancer?: string;
  loadBalancerSecurityGroup?: string;
  loadBalancerScheme?: (typeof LB_SCHEMES)[number];
  loadBalancerType?: (typeof LB_TYPES)[number];
  cloudformation?: Record<string, unknown>;
  logsRetention?: number;
}
export interface ServiceAws {
  /** An IAM policy document (with Statement) for the task role. */
  role?: Record<string, unknown>;
  policies?: string[];
  pullCredentials?: string;
  healthcheck?: TargetHealthExtension;
  sidecarOf?: string;
  enableExec?: boolean;
  deployment?: DeploymentStrategyExtension;
  domain?: DomainExtension;
  /** x-aws-instance_type: a listed GPU instance type (gpu-instances.ts). */
  instanceType?: string;
  capacity?: CapacityExtension;
}
export interface DeployAws {
  autoscaling?: AutoscalingExtension;
}
export interface UpdateConfigAws {
  minPercent?: number;
  maxPercent?: number;
}
export interface PortAws {
  /** Lower case, one of PORT_PROTOCOLS. */
  protocol?: string;
  certificate?: string;
  healthcheck?: TargetHealthExtension;
  route?: RouteExtension;
}
export interface NetworkAws {
  securityGroup?: string;
}
export interface SecretAws {
  keys?: string[];
  secretArn?: string;
}

export interface ConfigAws {
  /** SSM parameter name or ARN an external config is read from (else its name). */
  parameter?: string;
}

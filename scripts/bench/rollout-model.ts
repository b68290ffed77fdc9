// A model of one service's rolling update behind a load balancer on real AWS (issue 13), phase by phase,
// for the converter's defaults and for AWS's. moto runs no tasks, so this is arithmetic over documented
// settings, not a measurement; the two ranges that are estimates (a Fargate task's start, ECS marking
// the deployment complete) are named as such. docs/mapping.md ("Rolling-update timeline") explains it.
import { CHECK_DEFAULTS, DRAIN } from '../../src/template/target-health.js';

export interface RolloutSettings {
  /** Consecutive healthy checks before the load balancer sends traffic (HealthyThresholdCount). */
  healthyThreshold: number;
  /** Seconds between checks (HealthCheckIntervalSeconds). */
  interval: number;
  /** The target group's deregistration delay, in seconds. */
  drain: number;
  /** How long ECS waits after SIGTERM before SIGKILL (the container's stopTimeout). */
  stopTimeout: number;
}

/** What the converter sets when the compose file says nothing (src/template/target-health.ts). */
export const CONVERTER_DEFAULTS: RolloutSettings = {
  healthyThreshold: CHECK_DEFAULTS.healthy,
  interval: CHECK_DEFAULTS.interval,
  drain: DRAIN.default,
  stopTimeout: DRAIN.default,
};

/**
 * AWS's defaults: a target group checks every 30 s and needs 5 healthy checks, deregistration delay 300 s
 * (Elastic Load Balancing, "Health checks for your target groups" and "Target group attributes"); a
 * container gets 30 s after SIGTERM (ECS container definition stopTimeout, default 30 s on Fargate).
 */
export const AWS_DEFAULTS: RolloutSettings = {
  healthyThreshold: 5,
  interval: 30,
  drain: 300,
  stopTimeout: 30,
};

export interface Phase {
  phase: string;
  /** Seconds, fastest and slowest. */
  min: number;
  max: number;
  estimate?: boolean;
}

/** Start-first (100/200): the new task starts and turns healthy, then the old one drains and stops. */
export function rolloutTimeline(s: RolloutSettings): {
  phases: Phase[];
  total: { min: number; max: number };
} {
  const phases: Phase[] = [
    { phase: 'ECS starts the new task (image pull, ENI, container start)', min: 30, max: 60, estimate: true },
    // The first check can come right after registration, the last after `threshold` intervals.
    {
      phase: `target healthy (${s.healthyThreshold} checks ${s.interval} s apart)`,
      min: (s.healthyThreshold - 1) * s.interval,
      max: s.healthyThreshold * s.interval,
    },
    { phase: `old target drains (deregistration delay ${s.drain} s)`, min: s.drain, max: s.drain },
    { phase: `old task stops (SIGTERM, up to ${s.stopTimeout} s)`, min: 0, max: s.stopTimeout },
    { phase: 'ECS marks the deployment complete', min: 10, max: 30, estimate: true },
  ];
  return {
    phases,
    total: {
      min: phases.reduce((t, p) => t + p.min, 0),
      max: phases.reduce((t, p) => t + p.max, 0),
    },
  };
}

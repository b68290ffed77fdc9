// How long each service's next rollout takes on AWS, modelled from the template (issue 25): the strategy
// and its timings (DeploymentConfiguration), the replicas and the rolling percentages, the target group's
// health check and deregistration delay, the containers' stop timeout and the load balancer's type. It is
// arithmetic over documented settings, never a measurement (moto runs no tasks); the two ranges that are
// estimates (a Fargate task's start, ECS marking a deployment complete) are named as such.
// - Rolling: per wave, the new tasks start, turn healthy (HealthyThresholdCount checks
//   HealthCheckIntervalSeconds apart), the old targets drain (deregistration delay), the old tasks stop.
// - Blue/green, canary, linear (ECS's lifecycle stages, "How Amazon ECS blue/green deployments work"):
//   SCALE_UP (the whole new revision starts and turns healthy), PRODUCTION_TRAFFIC_SHIFT (canary: CanaryPercent,
//   then CanaryBakeTimeInMinutes, then the rest; linear: StepPercent steps with StepBakeTimeInMinutes between
//   them), BAKE_TIME (BakeTimeInMinutes), CLEAN_UP (the old revision drains and stops).
// - A Network Load Balancer: "Amazon ECS adds a 10 minute delay" to PRE_SCALE_UP, TEST_TRAFFIC_SHIFT and
//   PRODUCTION_TRAFFIC_SHIFT (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/nlb-resources-for-blue-green.html;
//   the page's newer text names the two traffic shifts only, and a canary or linear deployment runs
//   PRODUCTION_TRAFFIC_SHIFT once per step): the range runs from the two shifts once to all three, the
//   production shift once per step.
// CloudFormation updates services in their DependsOn order, each waiting for the ECS deployment to finish, so
// the stack's rollout is the longest chain of services (stackRollout).
import type { Template } from '../template/types.js';

export interface Phase {
  phase: string;
  /** Seconds, fastest and slowest. */
  min: number;
  max: number;
  estimate?: boolean;
}

export interface ServiceRolloutModel {
  logicalId: string;
  /** The compose service (its com.docker.compose.service tag), else the logical id. */
  service: string;
  strategy: 'ROLLING' | 'BLUE_GREEN' | 'CANARY' | 'LINEAR';
  phases: Phase[];
  min: number;
  max: number;
}

/** The container's stop timeout when none is set (ECS container definition stopTimeout, Fargate default 30 s). */
const STOP_DEFAULT = 30;
const NLB_DELAY = 600;
const START: Phase = {
  phase: 'ECS starts the new tasks (image pull, ENI, container start)',
  min: 30,
  max: 60,
  estimate: true,
};
const COMPLETE: Phase = { phase: 'ECS marks the deployment complete', min: 10, max: 30, estimate: true };

type Props = Record<string, unknown>;
const propsOf = (template: Template, id: string | undefined): Props | undefined =>
  id ? (template.Resources[id]?.Properties as Props | undefined) : undefined;
const refOf = (v: unknown): string | undefined => (v as { Ref?: string } | undefined)?.Ref;
const num = (v: unknown, fallback: number): number => {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : fallback;
};

/** What the rollout of a service waits on, read from its template resources. */
interface Settings {
  replicas: number;
  minPercent: number;
  maxPercent: number;
  /** Absent without a load balancer: nothing to turn healthy in or drain. */
  target?: { healthy: number; interval: number; drain: number; network: boolean };
  stopTimeout: number;
}

function settingsOf(template: Template, logicalId: string): Settings {
  const service = propsOf(template, logicalId) ?? {};
  const config = (service.DeploymentConfiguration ?? {}) as Props;
  const groupId = refOf(((service.LoadBalancers as Props[] | undefined) ?? [])[0]?.TargetGroupArn);
  const group = propsOf(template, groupId);
  const attributes =
    (group?.TargetGroupAttributes as Array<{ Key?: string; Value?: string }> | undefined) ?? [];
  const drain = attributes.find((a) => a.Key === 'deregistration_delay.timeout_seconds')?.Value;
  const task = propsOf(template, refOf(service.TaskDefinition));
  const containers = (task?.ContainerDefinitions as Props[] | undefined) ?? [];
  return {
    replicas: num(service.DesiredCount, 1),
    minPercent: num(config.MinimumHealthyPercent, 100),
    maxPercent: num(config.MaximumPercent, 200),
    ...(group
      ? {
          target: {
            // Elastic Load Balancing's defaults: 5 checks 30 s apart, a 300 s deregistration delay.
            healthy: num(group.HealthyThresholdCount, 5),
            interval: num(group.HealthCheckIntervalSeconds, 30),
            drain: num(drain, 300),
            network: ['TCP', 'UDP', 'TLS', 'TCP_UDP'].includes(String(group.Protocol)),
          },
        }
      : {}),
    // The task stops when its slowest container has: each gets its own StopTimeout (ECS's default when unset).
    stopTimeout: Math.max(0, ...containers.map((c) => num(c.StopTimeout, STOP_DEFAULT))) || STOP_DEFAULT,
  };
}

function healthyPhase(s: Settings): Phase[] {
  if (!s.target) return [];
  const { healthy, interval } = s.target;
  return [
    {
      phase: `targets healthy (${healthy} checks ${interval} s apart)`,
      min: (healthy - 1) * interval,
      max: healthy * interval,
    },
  ];
}

function retirePhases(s: Settings): Phase[] {
  return [
    ...(s.target
      ? [
          {
            phase: `old targets drain (deregistration delay ${s.target.drain} s)`,
            min: s.target.drain,
            max: s.target.drain,
          },
        ]
      : []),
    { phase: `old tasks stop (SIGTERM, up to ${s.stopTimeout} s)`, min: 0, max: s.stopTimeout },
  ];
}

function rollingPhases(s: Settings): Phase[] {
  // Each wave replaces as many tasks as the percentages leave room for (at least one).
  const room = Math.floor((s.replicas * s.maxPercent) / 100) - Math.ceil((s.replicas * s.minPercent) / 100);
  const waves = Math.max(1, Math.ceil(s.replicas / Math.max(1, room)));
  const wave = [START, ...healthyPhase(s), ...retirePhases(s)];
  const phases =
    waves === 1
      ? wave
      : wave.map((p) => ({
          ...p,
          phase: `${p.phase}, ${waves} waves`,
          min: p.min * waves,
          max: p.max * waves,
        }));
  return [...phases, COMPLETE];
}

function shiftPhases(
  strategy: ServiceRolloutModel['strategy'],
  config: Props,
): { phases: Phase[]; steps: number } {
  const minutes = (v: unknown) => num(v, 0) * 60;
  if (strategy === 'CANARY') {
    const canary = (config.CanaryConfiguration ?? {}) as Props;
    const wait = minutes(canary.CanaryBakeTimeInMinutes);
    const percent = num(canary.CanaryPercent, 10);
    return {
      phases: [{ phase: `${percent} % of traffic for ${wait / 60} min, then all`, min: wait, max: wait }],
      steps: 2,
    };
  }
  if (strategy === 'LINEAR') {
    const linear = (config.LinearConfiguration ?? {}) as Props;
    const step = num(linear.StepPercent, 10);
    const steps = Math.ceil(100 / Math.max(step, 0.1));
    const wait = minutes(linear.StepBakeTimeInMinutes);
    return {
      phases: [
        {
          phase: `${steps} steps of ${step} %, ${wait / 60} min apart`,
          min: (steps - 1) * wait,
          max: steps * wait,
        },
      ],
      steps,
    };
  }
  return { phases: [{ phase: 'all traffic at once', min: 0, max: 0 }], steps: 1 };
}

function shiftedPhases(strategy: ServiceRolloutModel['strategy'], s: Settings, config: Props): Phase[] {
  const shift = shiftPhases(strategy, config);
  const bake = num(config.BakeTimeInMinutes, 0) * 60;
  const nlb: Phase[] = s.target?.network
    ? [
        {
          phase:
            'Network Load Balancer delay (10 min per stage: test and production shifts, pre-scale-up, each production step)',
          min: 2 * NLB_DELAY,
          max: (2 + shift.steps) * NLB_DELAY,
        },
      ]
    : [];
  return [
    { ...START, phase: 'SCALE_UP: ECS starts the new revision (image pull, ENI, container start)' },
    ...healthyPhase(s),
    ...shift.phases.map((p) => ({ ...p, phase: `PRODUCTION_TRAFFIC_SHIFT: ${p.phase}` })),
    ...nlb,
    { phase: `BAKE_TIME: both revisions up for ${bake / 60} min`, min: bake, max: bake },
    ...retirePhases(s).map((p) => ({ ...p, phase: `CLEAN_UP: ${p.phase}` })),
    COMPLETE,
  ];
}

/** The model of one service's next rollout. */
export function serviceRollout(template: Template, logicalId: string): ServiceRolloutModel {
  const resource = template.Resources[logicalId];
  const props = (resource?.Properties ?? {}) as Props;
  const config = (props.DeploymentConfiguration ?? {}) as Props;
  const declared = String(config.Strategy ?? 'ROLLING');
  const strategy = (
    ['BLUE_GREEN', 'CANARY', 'LINEAR'].includes(declared) ? declared : 'ROLLING'
  ) as ServiceRolloutModel['strategy'];
  const s = settingsOf(template, logicalId);
  const phases = strategy === 'ROLLING' ? rollingPhases(s) : shiftedPhases(strategy, s, config);
  const tags = (props.Tags as Array<{ Key?: string; Value?: unknown }> | undefined) ?? [];
  const named = tags.find((t) => t.Key === 'com.docker.compose.service')?.Value;
  return {
    logicalId,
    service: typeof named === 'string' ? named : logicalId,
    strategy,
    phases,
    min: phases.reduce((t, p) => t + p.min, 0),
    max: phases.reduce((t, p) => t + p.max, 0),
  };
}

export interface StackRollout {
  services: ServiceRolloutModel[];
  /** The longest chain of services CloudFormation updates one after another (DependsOn), first to last. */
  chain: string[];
  min: number;
  max: number;
}

/** Every service's model, and the stack's: the longest DependsOn chain of services, by its slowest end. */
export function stackRollout(template: Template): StackRollout {
  const ids = Object.keys(template.Resources)
    .filter((id) => template.Resources[id]?.Type === 'AWS::ECS::Service')
    .sort();
  const models = new Map(ids.map((id) => [id, serviceRollout(template, id)]));
  const longest = new Map<string, { chain: string[]; min: number; max: number }>();
  const dependsOn = (id: string): string[] => {
    const d = (template.Resources[id] as { DependsOn?: string | string[] } | undefined)?.DependsOn;
    return d === undefined ? [] : Array.isArray(d) ? d : [d];
  };
  // The services a resource waits for, directly or through other resources (CloudFormation has no cycles).
  const servicesBefore = (id: string, seen = new Set<string>()): string[] =>
    dependsOn(id).flatMap((d) => {
      if (seen.has(d)) return [];
      seen.add(d);
      return models.has(d) ? [d] : servicesBefore(d, seen);
    });
  const chainOf = (id: string): { chain: string[]; min: number; max: number } => {
    const known = longest.get(id);
    if (known) return known;
    const model = models.get(id)!;
    const before = servicesBefore(id)
      .map(chainOf)
      .sort((a, b) => b.max - a.max)[0];
    const result = before
      ? { chain: [...before.chain, id], min: before.min + model.min, max: before.max + model.max }
      : { chain: [id], min: model.min, max: model.max };
    longest.set(id, result);
    return result;
  };
  const top = ids.map(chainOf).sort((a, b) => b.max - a.max)[0] ?? { chain: [], min: 0, max: 0 };
  return { services: [...models.values()], ...top };
}

/** A GitHub-hosted runner's job limit: "Each job in a workflow can run for up to 6 hours of execution time". */
export const HOSTED_JOB_LIMIT_MINUTES = 360;

const minutesOf = (seconds: number) => Math.ceil(seconds / 60);
const strategyName = (s: ServiceRolloutModel) => s.strategy.toLowerCase().replace('_', '/');

/** One line for the log and the plan: each service's modelled range, and the longest chain's. */
export function describeStackRollout(rollout: StackRollout): string {
  const services = rollout.services
    .map((s) => `${s.service} (${strategyName(s)}) ${minutesOf(s.min)}–${minutesOf(s.max)} min`)
    .join(', ');
  return `modelled rollout: ${services}; the stack's ${minutesOf(rollout.min)}–${minutesOf(rollout.max)} min`;
}

/**
 * Refuses, before anything is built, a stack whose modelled rollout cannot finish in time: its fastest end
 * over wait-timeout (or a hosted runner's six hours). A slowest end over the limit is a warning: the rollout
 * may still finish. Returns the error and the warnings, both naming the services and their numbers.
 */
export function rolloutTimeProblems(
  template: Template,
  limits: { waitTimeoutMinutes: number; hostedRunner: boolean },
): { error?: string; warnings: string[]; summary?: string } {
  const rollout = stackRollout(template);
  if (!rollout.chain.length) return { warnings: [] };
  const summary = describeStackRollout(rollout);
  const byId = new Map(rollout.services.map((s) => [s.logicalId, s]));
  const chain = rollout.chain
    .map((id) => byId.get(id)!)
    .map((s) => `${s.service} (${strategyName(s)}, ${minutesOf(s.min)}–${minutesOf(s.max)} min)`)
    .join(' then ');
  const range = `${minutesOf(rollout.min)}–${minutesOf(rollout.max)} min`;
  const limit =
    limits.hostedRunner && HOSTED_JOB_LIMIT_MINUTES < limits.waitTimeoutMinutes
      ? { minutes: HOSTED_JOB_LIMIT_MINUTES, name: "a GitHub-hosted runner's 6-hour job limit" }
      : { minutes: limits.waitTimeoutMinutes, name: `wait-timeout (${limits.waitTimeoutMinutes} min)` };
  const fix =
    limit.minutes === limits.waitTimeoutMinutes
      ? `raise wait-timeout to at least ${minutesOf(rollout.max)}, or shorten the strategy's intervals and bake time`
      : "shorten the strategy's intervals and bake time, or deploy from a self-hosted runner";
  if (minutesOf(rollout.min) > limit.minutes)
    return {
      error: `the rollout is modelled to take ${range}, over ${limit.name}: ${chain}; ${fix}`,
      warnings: [],
      summary,
    };
  if (minutesOf(rollout.max) > limit.minutes)
    return {
      summary,
      warnings: [
        `the rollout may take up to ${minutesOf(rollout.max)} min (${range}), over ${limit.name}: ${chain}`,
      ],
    };
  return { warnings: [], summary };
}

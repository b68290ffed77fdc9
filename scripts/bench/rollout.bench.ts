// The rollout model as bench rows: the rolling update phase by phase (rollout-model.ts), for the converter's
// defaults beside AWS's, then one service under each of ECS's strategies (src/deploy/rollout-duration.ts, the
// model the plan refuses a too-long rollout with), behind an Application and a Network Load Balancer.
// ms is the slowest end of the range, the note gives both ends.
import type { Row } from './run.js';
import { AWS_DEFAULTS, CONVERTER_DEFAULTS, rolloutTimeline, type RolloutSettings } from './rollout-model.js';
import { serviceRollout } from '../../src/deploy/rollout-duration.js';
import type { Template } from '../../src/template/types.js';

/** The strategies as the example's canary service would set them, with the converter's target group. */
const STRATEGIES: Record<string, Record<string, unknown>> = {
  rolling: {},
  'blue/green, bake 5 min': { Strategy: 'BLUE_GREEN', BakeTimeInMinutes: 5 },
  'canary 10 % for 3 min, bake 5 min': {
    Strategy: 'CANARY',
    BakeTimeInMinutes: 5,
    CanaryConfiguration: { CanaryPercent: 10, CanaryBakeTimeInMinutes: 3 },
  },
  'linear 20 % every 2 min, bake 5 min': {
    Strategy: 'LINEAR',
    BakeTimeInMinutes: 5,
    LinearConfiguration: { StepPercent: 20, StepBakeTimeInMinutes: 2 },
  },
};

function oneService(config: Record<string, unknown>, protocol: string): Template {
  return {
    Resources: {
      WebTargetGroup: {
        Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        Properties: {
          Protocol: protocol,
          HealthCheckIntervalSeconds: CONVERTER_DEFAULTS.interval,
          HealthyThresholdCount: CONVERTER_DEFAULTS.healthyThreshold,
          TargetGroupAttributes: [
            { Key: 'deregistration_delay.timeout_seconds', Value: String(CONVERTER_DEFAULTS.drain) },
          ],
        },
      },
      WebService: {
        Type: 'AWS::ECS::Service',
        Properties: {
          DesiredCount: 2,
          DeploymentConfiguration: { MaximumPercent: 200, MinimumHealthyPercent: 100, ...config },
          LoadBalancers: [{ TargetGroupArn: { Ref: 'WebTargetGroup' } }],
        },
      },
    },
  } as unknown as Template;
}

export async function bench(): Promise<Row[]> {
  const rows = (label: string, settings: RolloutSettings): Row[] => {
    const { phases, total } = rolloutTimeline(settings);
    return [
      ...phases.map((p) => ({
        name: `one-service update model, ${label}: ${p.phase}`,
        n: 0,
        ms: p.max * 1000,
        note: `${p.min}–${p.max} s${p.estimate ? ' (estimate)' : ''}`,
      })),
      {
        name: `one-service update model, ${label}: total`,
        n: 0,
        ms: total.max * 1000,
        note: `${total.min}–${total.max} s`,
      },
    ];
  };
  const strategies = Object.entries(STRATEGIES).flatMap(([label, config]) =>
    (['HTTP', 'TCP'] as const).map((protocol) => {
      const model = serviceRollout(oneService(config, protocol), 'WebService');
      return {
        name: `strategy model, ${label}, ${protocol === 'TCP' ? 'NLB' : 'ALB'}`,
        n: 0,
        ms: model.max * 1000,
        note: `${Math.round(model.min / 6) / 10}–${Math.round(model.max / 6) / 10} min`,
        data: model.phases,
      };
    }),
  );
  return [
    ...rows("compose-ecs's defaults", CONVERTER_DEFAULTS),
    ...rows("AWS's defaults", AWS_DEFAULTS),
    ...strategies,
  ];
}

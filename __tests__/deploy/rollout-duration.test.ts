import { rolloutTimeProblems, serviceRollout, stackRollout } from '../../src/deploy/rollout-duration.js';
import type { Template } from '../../src/template/types.js';
import { CONVERTER_DEFAULTS, rolloutTimeline } from '../../scripts/bench/rollout-model.js';

type Config = Record<string, unknown>;

/** One service behind a target group with the converter's health check (10 s × 2, 10 s drain), as convert emits it. */
function template(
  services: Record<string, { config?: Config; replicas?: number; protocol?: string; dependsOn?: string[] }>,
): Template {
  const resources: Template['Resources'] = {};
  for (const [name, s] of Object.entries(services)) {
    const id = `${name[0]!.toUpperCase()}${name.slice(1)}`;
    resources[`${id}TargetGroup`] = {
      Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
      Properties: {
        HealthCheckIntervalSeconds: 10,
        HealthyThresholdCount: 2,
        Protocol: s.protocol ?? 'HTTP',
        TargetGroupAttributes: [{ Key: 'deregistration_delay.timeout_seconds', Value: '10' }],
      },
    };
    resources[`${id}TaskDefinition`] = {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: { ContainerDefinitions: [{ Name: name, StopTimeout: 10 }] },
    };
    resources[`${id}Service`] = {
      Type: 'AWS::ECS::Service',
      ...(s.dependsOn ? { DependsOn: s.dependsOn } : {}),
      Properties: {
        DesiredCount: s.replicas ?? 1,
        DeploymentConfiguration: { MaximumPercent: 200, MinimumHealthyPercent: 100, ...s.config },
        LoadBalancers: [{ TargetGroupArn: { Ref: `${id}TargetGroup` } }],
        TaskDefinition: { Ref: `${id}TaskDefinition` },
        Tags: [{ Key: 'com.docker.compose.service', Value: name }],
      },
    };
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources } as Template;
}

const minutes = (m: { min: number; max: number }) => [m.min / 60, m.max / 60];

describe('the rollout duration model', () => {
  it("models a rolling update as the bench's one-service model does, with the converter's defaults", () => {
    const model = serviceRollout(template({ web: {} }), 'WebService');
    expect(model.strategy).toBe('ROLLING');
    const bench = rolloutTimeline(CONVERTER_DEFAULTS).total;
    expect([model.min, model.max]).toEqual([bench.min, bench.max]);
  });

  it('counts the waves the rolling percentages leave room for', () => {
    const one = serviceRollout(template({ web: { replicas: 4 } }), 'WebService');
    const four = serviceRollout(
      template({ web: { replicas: 4, config: { MaximumPercent: 125, MinimumHealthyPercent: 100 } } }),
      'WebService',
    );
    expect(four.phases[0]!.phase).toContain('4 waves');
    // Every phase but the final "complete" runs once per wave.
    expect(four.max - 30).toBe(4 * (one.max - 30));
  });

  it('adds the canary interval and the bake time to a canary', () => {
    const model = serviceRollout(
      template({
        web: {
          config: {
            Strategy: 'CANARY',
            BakeTimeInMinutes: 5,
            CanaryConfiguration: { CanaryPercent: 10, CanaryBakeTimeInMinutes: 3 },
          },
        },
      }),
      'WebService',
    );
    expect(model.strategy).toBe('CANARY');
    expect(model.phases.map((p) => p.phase)).toEqual([
      'SCALE_UP: ECS starts the new revision (image pull, ENI, container start)',
      'targets healthy (2 checks 10 s apart)',
      'PRODUCTION_TRAFFIC_SHIFT: 10 % of traffic for 3 min, then all',
      'BAKE_TIME: both revisions up for 5 min',
      'CLEAN_UP: old targets drain (deregistration delay 10 s)',
      'CLEAN_UP: old tasks stop (SIGTERM, up to 10 s)',
      'ECS marks the deployment complete',
    ]);
    // 30–60 start, 10–20 healthy, 180 canary, 300 bake, 10 drain, 0–10 stop, 10–30 complete.
    expect([model.min, model.max]).toEqual([540, 610]);
  });

  it('shifts a linear deployment in steps with the interval between them', () => {
    const model = serviceRollout(
      template({
        web: {
          config: {
            Strategy: 'LINEAR',
            BakeTimeInMinutes: 0,
            LinearConfiguration: { StepPercent: 25, StepBakeTimeInMinutes: 2 },
          },
        },
      }),
      'WebService',
    );
    const shift = model.phases.find((p) => p.phase.startsWith('PRODUCTION_TRAFFIC_SHIFT'))!;
    expect(shift).toMatchObject({
      phase: 'PRODUCTION_TRAFFIC_SHIFT: 4 steps of 25 %, 2 min apart',
      min: 360,
      max: 480,
    });
  });

  it('adds ten minutes per stage behind a Network Load Balancer (two stages to three and each production step)', () => {
    const config = {
      Strategy: 'CANARY',
      BakeTimeInMinutes: 0,
      CanaryConfiguration: { CanaryPercent: 10, CanaryBakeTimeInMinutes: 0 },
    };
    const alb = serviceRollout(template({ web: { config } }), 'WebService');
    const nlb = serviceRollout(template({ web: { config, protocol: 'TCP' } }), 'WebService');
    expect(nlb.min - alb.min).toBe(20 * 60);
    expect(nlb.max - alb.max).toBe(40 * 60);
    const blueGreen = serviceRollout(
      template({ web: { config: { Strategy: 'BLUE_GREEN' }, protocol: 'TCP' } }),
      'WebService',
    );
    expect(blueGreen.phases.find((p) => p.phase.startsWith('Network'))).toMatchObject({
      min: 1200,
      max: 1800,
    });
  });

  it("follows CloudFormation's DependsOn order: the stack's rollout is its longest chain of services", () => {
    const canary = {
      Strategy: 'CANARY',
      BakeTimeInMinutes: 10,
      CanaryConfiguration: { CanaryPercent: 10, CanaryBakeTimeInMinutes: 10 },
    };
    // Alone, the canary is the longest; db then api is a chain, but shorter.
    const apart = stackRollout(
      template({ db: {}, api: { dependsOn: ['DbService'] }, web: { config: canary } }),
    );
    expect(apart.chain).toEqual(['WebService']);
    // web waits for a listener rule that waits for api: db, api and web update one after another.
    const t = template({
      db: {},
      api: { dependsOn: ['DbService'] },
      web: { config: canary, dependsOn: ['Rule'] },
    });
    t.Resources.Rule = {
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      DependsOn: ['ApiService'],
    } as never;
    const longest = stackRollout(t);
    expect(longest.chain).toEqual(['DbService', 'ApiService', 'WebService']);
    const sum = ['DbService', 'ApiService', 'WebService'].map((id) => serviceRollout(t, id));
    expect(longest.max).toBe(sum.reduce((n, s) => n + s.max, 0));
    expect(minutes(longest)[0]).toBeGreaterThan(20);
  });
});

describe('the plan refuses a rollout that cannot finish in time', () => {
  const slowCanary = (bake: number) =>
    template({
      web: {
        config: {
          Strategy: 'CANARY',
          BakeTimeInMinutes: bake,
          CanaryConfiguration: { CanaryPercent: 10, CanaryBakeTimeInMinutes: 30 },
        },
      },
      db: {},
    });

  it('names the service and the numbers when the fastest end is over wait-timeout', () => {
    const { error } = rolloutTimeProblems(slowCanary(60), { waitTimeoutMinutes: 30, hostedRunner: false });
    expect(error).toBe(
      "the rollout is modelled to take 91–93 min, over wait-timeout (30 min): web (canary, 91–93 min); raise wait-timeout to at least 93, or shorten the strategy's intervals and bake time",
    );
  });

  it('passes a rollout within wait-timeout, and warns when only its slowest end is over', () => {
    expect(rolloutTimeProblems(slowCanary(60), { waitTimeoutMinutes: 120, hostedRunner: false })).toEqual({
      warnings: [],
      summary: "modelled rollout: db (rolling) 1–3 min, web (canary) 91–93 min; the stack's 91–93 min",
    });
    const near = rolloutTimeProblems(slowCanary(60), { waitTimeoutMinutes: 92, hostedRunner: false });
    expect(near.error).toBeUndefined();
    expect(near.warnings).toEqual([
      'the rollout may take up to 93 min (91–93 min), over wait-timeout (92 min): web (canary, 91–93 min)',
    ]);
  });

  it('holds a GitHub-hosted runner to its 6-hour job limit whatever wait-timeout says', () => {
    const long = slowCanary(400);
    expect(
      rolloutTimeProblems(long, { waitTimeoutMinutes: 1000, hostedRunner: false }).error,
    ).toBeUndefined();
    expect(rolloutTimeProblems(long, { waitTimeoutMinutes: 1000, hostedRunner: true }).error).toMatch(
      /^the rollout is modelled to take 431–433 min, over a GitHub-hosted runner's 6-hour job limit: web \(canary, 431–433 min\); shorten .* or deploy from a self-hosted runner$/,
    );
  });

  it('says nothing about a stack without services', () => {
    expect(
      rolloutTimeProblems({ Resources: {} } as Template, { waitTimeoutMinutes: 1, hostedRunner: true }),
    ).toEqual({
      warnings: [],
    });
  });
});

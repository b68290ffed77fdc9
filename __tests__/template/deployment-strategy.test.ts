// Issue 25, template side: ECS blue/green, canary and linear deployments as CloudFormation takes them, the
// traffic resources ECS shifts, and the next deploy after a completed shift. AWS documents that ECS rewrites
// the production rule's forward action into weights; a CloudFormation change to that rule resets them
// (aws/aws-cdk#36649, aws/containers-roadmap#2853). CloudFormation updates only resources whose template
// properties changed, so the rule, the listener and both target groups must come out byte-identical from
// any edit of the service itself.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedProject, Service } from '../../src/compose/model.js';
import { UserError } from '../../src/errors.js';
import { convert, type ConvertResult } from '../../src/template/convert.js';
import { cfnLint } from '../support/cfn-lint.js';
import { port, project, service } from './builder.js';

const props = (r: ConvertResult, id: string) => r.template.Resources[id]!.Properties!;
const deploy = (fields: Partial<NonNullable<Service['deploy']>> = {}): Service['deploy'] => ({
  replicas: 2,
  resources: {},
  labels: {},
  extensions: {},
  ...fields,
});
const web = (fields: Partial<Service> = {}, strategy: Record<string, unknown> = { strategy: 'canary' }) =>
  service('web', {
    ports: [port(8080, 80)],
    deploy: deploy(),
    extensions: { 'x-aws-deployment': strategy },
    ...fields,
  });
function errorsOf(loaded: LoadedProject): string[] {
  try {
    convert(loaded);
  } catch (e) {
    if (e instanceof UserError) return e.diagnostics.map((d) => d.message);
    throw e;
  }
  throw new Error('expected the project to be refused');
}
/** Every resource ECS shifts or registers in, by logical id, as the template writes it. */
function trafficResources(r: ConvertResult): Record<string, string> {
  return Object.fromEntries(
    Object.entries(r.template.Resources)
      .filter(([, x]) => /ListenerRule|Listener$|TargetGroup$/.test(x.Type))
      .map(([id, x]) => [id, JSON.stringify(x)]),
  );
}

describe('x-aws-deployment → DeploymentConfiguration', () => {
  it('canary: Strategy, CanaryConfiguration, BakeTimeInMinutes and alarms that roll back', () => {
    const r = convert(
      project([
        web({}, { strategy: 'canary', percent: 10, interval: '3m', bake: '5m', alarms: ['shop-5xx'] }),
      ]),
    );
    expect(props(r, 'WebService').DeploymentConfiguration).toEqual({
      Alarms: { AlarmNames: ['shop-5xx'], Enable: true, Rollback: true },
      BakeTimeInMinutes: 5,
      CanaryConfiguration: { CanaryBakeTimeInMinutes: 3, CanaryPercent: 10 },
      DeploymentCircuitBreaker: { Enable: true, Rollback: true },
      MaximumPercent: 200,
      MinimumHealthyPercent: 100,
      Strategy: 'CANARY',
    });
  });

  it("blue/green gets the bake ECS requires: update_config.monitor rounded up to minutes, else 5; linear gets ECS's defaults", () => {
    const monitored = convert(
      project([
        web(
          { deploy: deploy({ updateConfig: { monitor: 61, extensions: {} } }) },
          { strategy: 'blue-green' },
        ),
      ]),
    );
    expect(props(monitored, 'WebService').DeploymentConfiguration).toMatchObject({
      BakeTimeInMinutes: 2,
      Strategy: 'BLUE_GREEN',
    });
    const linear = convert(project([web({}, { strategy: 'linear' })]));
    expect(props(linear, 'WebService').DeploymentConfiguration).toMatchObject({
      BakeTimeInMinutes: 5,
      LinearConfiguration: { StepBakeTimeInMinutes: 6, StepPercent: 10 },
      Strategy: 'LINEAR',
    });
  });

  it('update_config.failure_action: pause stops without rollback, continue turns the breaker off and alarms only report', () => {
    const withAction = (failureAction: 'pause' | 'continue') =>
      props(
        convert(
          project([
            web(
              { deploy: deploy({ updateConfig: { failureAction, extensions: {} } }) },
              { strategy: 'canary', alarms: ['a'] },
            ),
          ]),
        ),
        'WebService',
      ).DeploymentConfiguration as Record<string, unknown>;
    expect(withAction('pause')).toMatchObject({
      Alarms: { AlarmNames: ['a'], Enable: true, Rollback: false },
      DeploymentCircuitBreaker: { Enable: true, Rollback: false },
    });
    expect(withAction('continue')).toMatchObject({
      Alarms: { AlarmNames: ['a'], Enable: true, Rollback: false },
      DeploymentCircuitBreaker: { Enable: false, Rollback: false },
    });
  });

  it('update_config.max_failure_ratio sets the circuit breaker threshold as a share of the desired count', () => {
    const r = convert(
      project([
        service('api', { deploy: deploy({ updateConfig: { maxFailureRatio: 0.2, extensions: {} } }) }),
      ]),
    );
    expect(props(r, 'ApiService').DeploymentConfiguration).toMatchObject({
      DeploymentCircuitBreaker: {
        Enable: true,
        Rollback: true,
        ThresholdConfiguration: { Type: 'UNBOUNDED_PERCENT', Value: 20 },
      },
    });
    expect(
      errorsOf(
        project([
          service('api', { deploy: deploy({ updateConfig: { maxFailureRatio: 2, extensions: {} } }) }),
        ]),
      ),
    ).toEqual([expect.stringMatching(/max_failure_ratio is a share of the tasks, from 0 to 1/)]);
  });

  it('a service without x-aws-deployment keeps the template it had (no Strategy key)', () => {
    const r = convert(project([service('web', { ports: [port(8080, 80)] })]));
    expect(props(r, 'WebService').DeploymentConfiguration).toEqual({
      DeploymentCircuitBreaker: { Enable: true, Rollback: true },
      MaximumPercent: 200,
      MinimumHealthyPercent: 100,
    });
    expect(Object.keys(r.template.Resources).filter((id) => /Alternate|Infrastructure/.test(id))).toEqual([]);
  });
});

describe('what ECS refuses is refused before anything is built, with the reason', () => {
  it('a single-replica service writing a named volume (stop-first: two revisions would be two writers)', () => {
    const db = service('db', {
      volumes: [{ type: 'volume', source: 'data', target: '/data', readOnly: false }],
      extensions: { 'x-aws-deployment': { strategy: 'blue-green' } },
    });
    expect(
      errorsOf(
        project([db], {
          volumes: { data: { name: 'demo_data', external: false, driverOpts: {}, extensions: {} } },
        }),
      ),
    ).toEqual([
      expect.stringMatching(
        /db writes volume data with one replica.*blue-green runs both revisions at once.*use strategy: rolling/,
      ),
    ]);
  });

  it('canary or linear without a load balancer; UDP; a test port that is already a listener', () => {
    expect(
      errorsOf(project([service('worker', { extensions: { 'x-aws-deployment': { strategy: 'linear' } } })])),
    ).toEqual([expect.stringMatching(/linear shifts load-balanced traffic, and worker publishes no port/)]);
    expect(
      errorsOf(project([web({ ports: [port(53, 53, { protocol: 'udp' })] }, { strategy: 'blue-green' })])),
    ).toEqual([expect.stringMatching(/publishes a UDP port, which ECS documents no traffic shifting for/)]);
    expect(
      errorsOf(
        project([
          web({}, { strategy: 'canary', test_port: 443 }),
          service('api', { ports: [port(8000, 443)] }),
        ]),
      ),
    ).toEqual([expect.stringMatching(/test_port 443 is already a listener port/)]);
  });

  it('blue/green without a load balancer is accepted: ECS replaces the tasks, nothing is shifted', () => {
    const r = convert(
      project([service('worker', { extensions: { 'x-aws-deployment': { strategy: 'blue-green' } } })]),
    );
    expect(props(r, 'WorkerService').DeploymentConfiguration).toMatchObject({ Strategy: 'BLUE_GREEN' });
    expect(props(r, 'WorkerService').LoadBalancers).toBeUndefined();
  });
});

describe('the traffic ECS shifts: a production rule of its own per port, never changed after creation', () => {
  const alb = (fields: Partial<Service> = {}, strategy?: Record<string, unknown>) =>
    convert(
      project([
        web(fields, strategy),
        service('api', { ports: [port(8000, 80, { extensions: { 'x-aws-route': { path: '/api' } } })] }),
      ]),
    );

  it('ALB: a catch-all rule weighted 100/0 over the primary and alternate groups, named in AdvancedConfiguration', () => {
    const r = alb({}, { strategy: 'canary', test_port: 9080 });
    expect(props(r, 'Port80Priority50000Rule')).toEqual({
      Actions: [
        {
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: { Ref: 'WebTCP8080TargetGroup' }, Weight: 100 },
              { TargetGroupArn: { Ref: 'WebTCP8080AlternateTargetGroup' }, Weight: 0 },
            ],
          },
          Type: 'forward',
        },
      ],
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }],
      ListenerArn: { Ref: 'Port80Listener' },
      Priority: 50000,
    });
    // The listener's default stays the plain forward it was under a rolling update: switching to a strategy
    // does not touch the listener, and the catch-all rule in front of it answers every path.
    expect(props(r, 'Port80Listener').DefaultActions).toEqual([
      { TargetGroupArn: { Ref: 'WebTCP8080TargetGroup' }, Type: 'forward' },
    ]);
    expect(props(r, 'WebService').LoadBalancers).toEqual([
      {
        AdvancedConfiguration: {
          AlternateTargetGroupArn: { Ref: 'WebTCP8080AlternateTargetGroup' },
          ProductionListenerRule: { Ref: 'Port80Priority50000Rule' },
          RoleArn: { 'Fn::GetAtt': ['WebLoadBalancerInfrastructureRole', 'Arn'] },
          TestListenerRule: { Ref: 'Port9080Priority50000Rule' },
        },
        ContainerName: 'web',
        ContainerPort: 8080,
        TargetGroupArn: { Ref: 'WebTCP8080TargetGroup' },
      },
    ]);
    // The alternate group is the primary's twin: same port, protocol and health check.
    const { Tags: _a, ...alternate } = props(r, 'WebTCP8080AlternateTargetGroup');
    const { Tags: _p, ...primary } = props(r, 'WebTCP8080TargetGroup');
    expect(alternate).toEqual(primary);
    // api, rolling, keeps its plain routed rule.
    expect(props(r, 'Port80Priority48280Rule').Actions).toEqual([
      { TargetGroupArn: { Ref: 'ApiTCP8000TargetGroup' }, Type: 'forward' },
    ]);
  });

  it('the infrastructure role is trusted to ECS and allowed only on its own service’s groups and rules', () => {
    const r = alb({}, { strategy: 'canary', test_port: 9080 });
    const role = props(r, 'WebLoadBalancerInfrastructureRole');
    expect(role.AssumeRolePolicyDocument).toEqual({
      Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' } }],
      Version: '2012-10-17',
    });
    const statements = (
      role.Policies as Array<{ PolicyDocument: { Statement: Array<Record<string, unknown>> } }>
    )[0]!.PolicyDocument.Statement;
    expect(statements.filter((s) => s.Resource === '*').flatMap((s) => s.Action)).toEqual([
      'elasticloadbalancing:DescribeListeners',
      'elasticloadbalancing:DescribeRules',
      'elasticloadbalancing:DescribeTargetGroups',
      'elasticloadbalancing:DescribeTargetHealth',
    ]);
    expect(statements.filter((s) => s.Resource !== '*')).toEqual([
      {
        Action: ['elasticloadbalancing:DeregisterTargets', 'elasticloadbalancing:RegisterTargets'],
        Effect: 'Allow',
        Resource: [{ Ref: 'WebTCP8080TargetGroup' }, { Ref: 'WebTCP8080AlternateTargetGroup' }],
      },
      {
        Action: 'elasticloadbalancing:ModifyRule',
        Effect: 'Allow',
        Resource: [{ Ref: 'Port80Priority50000Rule' }, { Ref: 'Port9080Priority50000Rule' }],
      },
    ]);
  });

  it('NLB: the port’s own listener is what ECS shifts, weighted, and what the role may modify', () => {
    const r = convert(project([web({ ports: [port(7777, 7777)] }, { strategy: 'blue-green' })]));
    expect(props(r, 'Port7777Listener').DefaultActions).toEqual([
      {
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: { Ref: 'WebTCP7777TargetGroup' }, Weight: 100 },
            { TargetGroupArn: { Ref: 'WebTCP7777AlternateTargetGroup' }, Weight: 0 },
          ],
        },
        Type: 'forward',
      },
    ]);
    expect(
      (props(r, 'WebService').LoadBalancers as Array<{ AdvancedConfiguration: unknown }>)[0]!
        .AdvancedConfiguration,
    ).toMatchObject({ ProductionListenerRule: { Ref: 'Port7777Listener' } });
    expect(JSON.stringify(props(r, 'WebLoadBalancerInfrastructureRole'))).toContain(
      '{"Action":"elasticloadbalancing:ModifyListener","Effect":"Allow","Resource":[{"Ref":"Port7777Listener"}]}',
    );
    expect(Object.values(r.template.Resources).some((x) => x.Type.endsWith('ListenerRule'))).toBe(false);
  });

  it('a second deploy after a completed shift: editing the service leaves the rule, listeners and groups byte-identical', () => {
    for (const strategy of [
      { strategy: 'canary', percent: 10, interval: '3m', test_port: 9080 },
      { strategy: 'linear', percent: 20 },
      { strategy: 'blue-green' },
    ]) {
      const first = trafficResources(alb({}, strategy));
      // A new image, new environment, more replicas, other timings and an alarm: the edits a team makes.
      const edited = trafficResources(
        alb(
          {
            image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/demo/web@sha256:' + 'b'.repeat(64),
            environment: { RELEASE: '2' },
            deploy: deploy({ replicas: 4 }),
          },
          { ...strategy, bake: '30m', alarms: ['shop-5xx'], ...(strategy.percent ? { percent: 50 } : {}) },
        ),
      );
      expect(edited).toEqual(first);
    }
    // The same holds behind an NLB, where the listener itself carries the weights.
    const nlb = (image: string) =>
      trafficResources(convert(project([web({ image, ports: [port(7777, 7777)] }, { strategy: 'canary' })])));
    expect(nlb('a/web:2')).toEqual(nlb('a/web:1'));
  });

  it('routed ports: the route’s own rule becomes the production rule (a strategy switched on changes it once)', () => {
    const r = convert(
      project([
        service('web', { ports: [port(8080, 80)] }),
        service('api', {
          ports: [port(8000, 80, { extensions: { 'x-aws-route': { path: '/api' } } })],
          deploy: deploy(),
          extensions: { 'x-aws-deployment': { strategy: 'linear' } },
        }),
      ]),
    );
    expect(
      (props(r, 'ApiService').LoadBalancers as Array<{ AdvancedConfiguration: unknown }>)[0]!
        .AdvancedConfiguration,
    ).toMatchObject({ ProductionListenerRule: { Ref: 'Port80Priority48280Rule' } });
    expect(JSON.stringify(props(r, 'Port80Priority48280Rule').Actions)).toContain(
      'ApiTCP8000AlternateTargetGroup',
    );
    expect(r.template.Resources.Port80Priority50000Rule).toBeUndefined();
  });

  it('cfn-lint: the one error is ThresholdConfiguration, which AWS documents and cfn-lint 1.51’s schema lacks', () => {
    const r = convert(
      project([
        web(
          { deploy: deploy({ updateConfig: { maxFailureRatio: 0.25, extensions: {} } }) },
          { strategy: 'canary', test_port: 9080 },
        ),
      ]),
    );
    const dir = mkdtempSync(join(tmpdir(), 'strategy-lint-'));
    try {
      const file = join(dir, 'template.json');
      writeFileSync(file, r.body);
      const errors = cfnLint([file]).filter((m) => m.Level === 'Error');
      // AWS::ECS::Service ThresholdConfiguration (CloudFormation template reference); docs/mapping.md.
      expect(errors.map((m) => `${m.Rule.Id} ${m.Message}`)).toEqual([
        "E3002 Additional properties are not allowed ('ThresholdConfiguration' was unexpected)",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('with x-aws-domain (issue 27): the HTTPS host rule is the production rule', () => {
  it('weights the host-header rule on 443, names it in AdvancedConfiguration, adds no catch-all on 80', () => {
    const r = convert(
      project([
        web({
          extensions: { 'x-aws-deployment': { strategy: 'canary' }, 'x-aws-domain': 'shop.example.com' },
        }),
      ]),
    );
    const [ruleId, rule] = Object.entries(r.template.Resources).find(
      ([, x]) =>
        x.Type === 'AWS::ElasticLoadBalancingV2::ListenerRule' &&
        JSON.stringify(x.Properties!.ListenerArn) === JSON.stringify({ Ref: 'Port443Listener' }),
    )!;
    expect(rule.Properties!.Actions).toEqual([
      {
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: { Ref: 'WebTCP8080TargetGroup' }, Weight: 100 },
            { TargetGroupArn: { Ref: 'WebTCP8080AlternateTargetGroup' }, Weight: 0 },
          ],
        },
        Type: 'forward',
      },
    ]);
    expect(
      (props(r, 'WebService').LoadBalancers as Array<{ AdvancedConfiguration: unknown }>)[0]!
        .AdvancedConfiguration,
    ).toMatchObject({ ProductionListenerRule: { Ref: ruleId } });
    expect(r.template.Resources.Port80Priority50000Rule).toBeUndefined();
    expect(r.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /ECS shifts the HTTPS rule of its x-aws-domain names; requests to port 80 for other host names/,
      ),
    );
  });
});

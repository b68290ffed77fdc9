// x-aws-capacity in the template: a capacity provider strategy instead of the launch type, the cluster's
// Fargate providers associated once, and what a strategy cannot honour said at convert time.
import type { Service } from '../../src/compose/model.js';
import { convert, type ConvertResult } from '../../src/template/convert.js';
import { port, project, service, volume } from './builder.js';

const spot = (capacity: unknown, fields: Partial<Service> = {}) => ({
  ...fields,
  extensions: { ...fields.extensions, 'x-aws-capacity': capacity },
});
const props = (r: ConvertResult, id: string) => r.template.Resources[id]!.Properties!;
const messages = (r: ConvertResult) => r.warnings.map((w) => `${(w.path ?? []).join('.')}: ${w.message}`);

describe('x-aws-capacity', () => {
  it('puts a spot service on FARGATE_SPOT, with no launch type, after the association of both Fargate providers', () => {
    const r = convert(project([service('worker', spot('spot')), service('web', { ports: [port(80, 80)] })]));
    const worker = r.template.Resources.WorkerService!;
    expect(worker.Properties!.CapacityProviderStrategy).toEqual([
      { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
    ]);
    expect(worker.Properties!.LaunchType).toBeUndefined();
    expect(worker.DependsOn).toEqual(['ClusterCapacityProviders']);
    expect(r.template.Resources.ClusterCapacityProviders).toEqual({
      Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
      Properties: {
        CapacityProviders: ['FARGATE', 'FARGATE_SPOT'],
        Cluster: { Ref: 'Cluster' },
        DefaultCapacityProviderStrategy: [{ CapacityProvider: 'FARGATE', Weight: 1 }],
      },
    });
    // The service without x-aws-capacity is as before: the launch type, no dependency on the association.
    expect(props(r, 'WebService').LaunchType).toBe('FARGATE');
    expect(props(r, 'WebService').CapacityProviderStrategy).toBeUndefined();
    expect(r.template.Resources.WebService!.DependsOn).not.toContain('ClusterCapacityProviders');
  });

  it('a mapping is a strategy with the base on on-demand Fargate; a weight of 0 leaves its provider out', () => {
    const r = convert(
      project([
        service('web', spot({ spot: 3, on_demand: 1, base: 2 })),
        service('batch', spot({ spot: 0, on_demand: 2 })),
      ]),
    );
    expect(props(r, 'WebService').CapacityProviderStrategy).toEqual([
      { CapacityProvider: 'FARGATE', Base: 2, Weight: 1 },
      { CapacityProvider: 'FARGATE_SPOT', Weight: 3 },
    ]);
    expect(props(r, 'BatchService').CapacityProviderStrategy).toEqual([
      { CapacityProvider: 'FARGATE', Weight: 2 },
    ]);
  });

  it('adds no association to the stack without a strategy: templates of projects without x-aws-capacity are unchanged', () => {
    const r = convert(project([service('web'), service('worker')]));
    expect(Object.values(r.template.Resources).map((x) => x.Type)).not.toContain(
      'AWS::ECS::ClusterCapacityProviderAssociations',
    );
  });

  it('a strategy change changes the ForceNewDeployment nonce (running tasks move), nothing else of the service', () => {
    const a = convert(project([service('worker', spot({ spot: 1, on_demand: 1 }))]));
    const b = convert(project([service('worker', spot({ spot: 3, on_demand: 1, base: 1 }))]));
    expect(props(a, 'WorkerService').ForceNewDeployment).toEqual({
      EnableForceNewDeployment: true,
      ForceNewDeploymentNonce: 'FARGATE:1, FARGATE_SPOT:1',
    });
    expect(props(b, 'WorkerService').ForceNewDeployment).toEqual({
      EnableForceNewDeployment: true,
      ForceNewDeploymentNonce: 'FARGATE:1 base 1, FARGATE_SPOT:3',
    });
    const rest = (r: ConvertResult) => {
      const { CapacityProviderStrategy: _s, ForceNewDeployment: _f, ...others } = props(r, 'WorkerService');
      return others;
    };
    expect(rest(b)).toEqual(rest(a));
  });

  it('on an existing cluster (x-aws-cluster) associates nothing: the plan checks the cluster instead', () => {
    const cluster = 'arn:aws:ecs:us-east-1:123456789012:cluster/shared';
    const r = convert(
      project([service('worker', spot('spot'))], { extensions: { 'x-aws-cluster': cluster } }),
    );
    expect(r.template.Resources.ClusterCapacityProviders).toBeUndefined();
    expect(props(r, 'WorkerService').Cluster).toBe(cluster);
    expect(props(r, 'WorkerService').CapacityProviderStrategy).toEqual([
      { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
    ]);
    expect(r.template.Resources.WorkerService!.DependsOn).toBeUndefined();
  });

  it('runs ARM64 tasks on Fargate Spot: AWS supports it on platform version 1.4.0, which LATEST is', () => {
    const r = convert(project([service('worker', spot('spot', { platform: 'linux/arm64' }))]));
    expect(props(r, 'WorkerTaskDefinition').RuntimePlatform).toEqual({
      CpuArchitecture: 'ARM64',
      OperatingSystemFamily: 'LINUX',
    });
    expect(props(r, 'WorkerService').CapacityProviderStrategy).toEqual([
      { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
    ]);
    expect(props(r, 'WorkerService').PlatformVersion).toBe('LATEST');
  });

  it('warns on a Spot service that writes a named volume, not on one that reads it or runs on demand', () => {
    const data = (readOnly: boolean) => ({
      volumes: [{ type: 'volume' as const, source: 'data', target: '/data', readOnly }],
    });
    const r = convert(
      project(
        [
          service('db', spot('spot', data(false))),
          service('reader', spot('spot', data(true))),
          service('steady', spot({ on_demand: 1 }, data(false))),
        ],
        { volumes: { data: volume('demo_data') } },
      ),
    );
    const spotWarnings = messages(r).filter((m) => m.includes('Fargate Spot'));
    expect(spotWarnings).toEqual([
      expect.stringMatching(
        /^services\.db\.volumes\.0: db writes volume data and runs on Fargate Spot .* two minutes' notice/,
      ),
    ]);
  });

  it('warns on a Spot service whose load balancer drains for two minutes or more', () => {
    const r = convert(
      project([
        service(
          'web',
          spot('spot', {
            ports: [port(80, 80, { extensions: { 'x-aws-healthcheck': { deregistration_delay: 300 } } })],
          }),
        ),
        service(
          'api',
          spot('spot', {
            ports: [port(8080, 8080, { extensions: { 'x-aws-healthcheck': { deregistration_delay: 60 } } })],
          }),
        ),
      ]),
    );
    expect(messages(r).filter((m) => m.includes('deregistration_delay'))).toEqual([
      expect.stringMatching(/^services\.web\.ports\.0: deregistration_delay 300s on a Fargate Spot service/),
    ]);
  });

  it('a job ignores x-aws-capacity (run once on on-demand Fargate), with a warning at the field', () => {
    const r = convert(
      project([
        service('migrate', spot('spot', { restart: 'no' })),
        service('web', {
          dependsOn: {
            migrate: { condition: 'service_completed_successfully', required: true, restart: false },
          },
        }),
      ]),
    );
    expect(r.template.Resources.MigrateService).toBeUndefined();
    expect(r.template.Resources.ClusterCapacityProviders).toBeUndefined();
    expect(messages(r)).toContainEqual(
      expect.stringMatching(
        /^services\.migrate\.x-aws-capacity: x-aws-capacity is ignored: migrate is a job/,
      ),
    );
  });

  it("a sidecar's x-aws-capacity is ignored with a warning: its task runs where the main service says", () => {
    const r = convert(
      project([
        service('web', spot('spot')),
        service('proxy', { extensions: { 'x-aws-sidecar_of': 'web', 'x-aws-capacity': { on_demand: 1 } } }),
      ]),
    );
    expect(props(r, 'WebService').CapacityProviderStrategy).toEqual([
      { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
    ]);
    expect(messages(r)).toContainEqual(
      expect.stringMatching(/^services\.proxy\.x-aws-capacity: x-aws-capacity on sidecar proxy is ignored/),
    );
  });
});

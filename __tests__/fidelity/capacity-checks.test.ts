// The capacity checks of the fidelity suite can fail: each rule broken on a converted Spot template.
import { convert } from '../../src/template/convert.js';
import { fixtures } from '../template/fixtures.js';
import { capacityProblems } from './capacity-checks.js';

const spot = fixtures.find((f) => f.name === 'spot')!;
function broken(change: (resources: ReturnType<typeof convert>['template']['Resources']) => void): string[] {
  const { template } = convert(spot.loaded, spot.options);
  const resources = structuredClone(template.Resources);
  change(resources);
  return capacityProblems(resources);
}
const props = (r: Record<string, { Properties?: Record<string, unknown> }>, id: string) => r[id]!.Properties!;

describe('fidelity capacity checks', () => {
  it('pass on the converted template', () => {
    expect(broken(() => {})).toEqual([]);
  });

  it.each([
    [
      'a launch type beside the strategy',
      (r: never) => (props(r, 'WorkerService').LaunchType = 'FARGATE'),
      /both LaunchType/,
    ],
    [
      'a weight over 1000',
      (r: never) =>
        (props(r, 'WorkerService').CapacityProviderStrategy = [
          { CapacityProvider: 'FARGATE_SPOT', Weight: 1001 },
        ]),
      /weight 1001 outside/,
    ],
    [
      'two bases',
      (r: never) =>
        (props(r, 'WebService').CapacityProviderStrategy = [
          { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
          { CapacityProvider: 'FARGATE_SPOT', Base: 1, Weight: 1 },
        ]),
      /more than one provider has a base/,
    ],
    [
      'every weight 0',
      (r: never) =>
        (props(r, 'WorkerService').CapacityProviderStrategy = [
          { CapacityProvider: 'FARGATE_SPOT', Weight: 0 },
        ]),
      /no provider has a weight above 0/,
    ],
    [
      'a provider the cluster lacks',
      (r: never) => (props(r, 'ClusterCapacityProviders').CapacityProviders = ['FARGATE']),
      /"FARGATE_SPOT" is not associated with cluster Cluster/,
    ],
    [
      'no wait for the association',
      (r: never) => delete (r as Record<string, { DependsOn?: unknown }>).WorkerService!.DependsOn,
      /does not wait for ClusterCapacityProviders/,
    ],
    [
      'Spot on Windows',
      (r: never) =>
        (props(r, 'WorkerTaskDefinition').RuntimePlatform = {
          OperatingSystemFamily: 'WINDOWS_SERVER_2022_CORE',
        }),
      /Linux tasks only/,
    ],
    [
      'ARM64 Spot on platform 1.3.0',
      (r: never) => {
        props(r, 'WorkerTaskDefinition').RuntimePlatform = {
          OperatingSystemFamily: 'LINUX',
          CpuArchitecture: 'ARM64',
        };
        props(r, 'WorkerService').PlatformVersion = '1.3.0';
      },
      /platform version 1\.4\.0 or later, not 1\.3\.0/,
    ],
  ])('report %s', (_what, change, problem) => {
    expect(broken(change as never)).toContainEqual(expect.stringMatching(problem));
  });
});

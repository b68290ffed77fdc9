// Stacks deployed before listeners were keyed by port, security groups had fixed descriptions and the
// log stream prefix was fixed: the next deploy of the same compose file must change nothing there
// (a listener added on a port the old one holds fails with DuplicateListener).
import { keepDeployed } from '../../src/deploy/keep-deployed.js';
import { canonicalJson as canonical } from '../../src/canonical-json.js';
import { convert } from '../../src/template/convert.js';
import type { Template } from '../../src/template/types.js';
import { port, project, service } from '../template/builder.js';

const current = () =>
  convert(
    project([
      service('web', { ports: [port(8080, 80)] }),
      service('api', {
        ports: [port(8000, 80, { extensions: { 'x-aws-route': { path: '/api', priority: 7 } } })],
      }),
    ]),
  ).template;

/** The same project as an older compose-ecs wrote it: IDs by service, the project in labels. */
function asDeployedBefore(template: Template): Template {
  const text = JSON.stringify(template)
    .replaceAll('Port80Priority7Rule', 'ApiTCP80Rule')
    .replaceAll('WebTCP8080TargetGroup', 'WebTCP80TargetGroup')
    .replaceAll('Port80Listener', 'WebTCP80Listener')
    .replaceAll('"compose-ecs network default"', '"demo default network"')
    .replaceAll('"compose-ecs load balancer: published ports"', '"demo load balancer: published ports"')
    .replaceAll('"awslogs-stream-prefix":"compose"', '"awslogs-stream-prefix":"demo"');
  const old = JSON.parse(text) as Template;
  expect(old.Resources.WebTCP80Listener).toBeDefined();
  return old;
}

describe('keepDeployed', () => {
  it('gives a stack deployed by an older release exactly what it runs: nothing to change', () => {
    const after = current();
    const before = asDeployedBefore(after);
    const kept = keepDeployed(before, after);
    expect(canonical(kept.template)).toBe(canonical(before));
    expect(kept.notes).toEqual(
      expect.arrayContaining([
        'Port80Listener keeps the deployed logical ID WebTCP80Listener (updated in place)',
        'Port80Priority7Rule keeps the deployed logical ID ApiTCP80Rule (updated in place)',
        'WebTCP8080TargetGroup keeps the deployed logical ID WebTCP80TargetGroup (updated in place)',
      ]),
    );
  });

  it('changes nothing without a deployed template, or when the IDs already agree', () => {
    const after = current();
    expect(keepDeployed(undefined, after).template).toBe(after);
    expect(keepDeployed(after, after)).toEqual({ template: after, notes: [] });
  });

  it('a listener on another port, or a stream prefix the compose file sets, is not carried over', () => {
    const after = current();
    const before = asDeployedBefore(after);
    (before.Resources.WebTCP80Listener!.Properties as Record<string, unknown>).Port = 81;
    const mine = structuredClone(after);
    const containers = mine.Resources.WebTaskDefinition!.Properties!.ContainerDefinitions as Array<{
      Name: string;
      LogConfiguration: { Options: Record<string, unknown> };
    }>;
    const web = containers.find((c) => c.Name === 'web')!;
    web.LogConfiguration.Options['awslogs-stream-prefix'] = 'mine';
    const kept = keepDeployed(before, mine).template;
    expect(kept.Resources.Port80Listener).toBeDefined();
    const prefixes = (
      kept.Resources.WebTaskDefinition!.Properties!.ContainerDefinitions as typeof containers
    ).map((c) => [c.Name, c.LogConfiguration.Options['awslogs-stream-prefix']]);
    // The compose file's own prefix stands; the init container keeps the deployed one.
    expect(prefixes).toEqual([
      ['compose-dns-search', 'demo'],
      ['web', 'mine'],
    ]);
  });
});

import { COMMENT_LIMIT, commentMarker, renderMarkdown } from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/run-report.js';
import { diffTemplates } from '../../src/report/template-diff.js';
import { sensitiveChanges } from '../../src/report/sensitive.js';
import type { Template } from '../../src/template/types.js';

const template = (image: string, extra: Template['Resources'] = {}): Template => ({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    WebTaskDefinition: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: { ContainerDefinitions: [{ Name: 'web', Image: image }] },
    },
    Cluster: { Type: 'AWS::ECS::Cluster' },
    ...extra,
  },
});

const report = (overrides: Partial<RunReport> = {}): RunReport => ({
  mode: 'plan',
  project: 'shop',
  stackName: 'shop-staging',
  hasChanges: true,
  changeSetType: 'UPDATE',
  changes: [
    {
      action: 'Modify',
      logicalId: 'WebTaskDefinition',
      type: 'AWS::ECS::TaskDefinition',
      replacement: 'True',
      scope: ['Properties'],
      properties: [],
    },
    { action: 'Add', logicalId: 'Api|Service', type: 'AWS::ECS::Service', scope: [], properties: [] },
  ],
  images: [],
  sensitive: [],
  warnings: [],
  ...overrides,
});

describe('diffTemplates', () => {
  it('sorts resources into added, removed and modified, and lists the images that change', () => {
    const before = template('repo/web@sha256:aaa', { Old: { Type: 'AWS::Logs::LogGroup' } });
    const after = template('repo/web@sha256:bbb', { New: { Type: 'AWS::Logs::LogGroup' } });
    const diff = diffTemplates(before, after);
    expect(diff).toMatchObject({ added: ['New'], removed: ['Old'], modified: ['WebTaskDefinition'] });
    expect(diff.images).toEqual([
      {
        resource: 'WebTaskDefinition',
        container: 'web',
        from: 'repo/web@sha256:aaa',
        to: 'repo/web@sha256:bbb',
      },
    ]);
    expect(diff.unified.split('\n').slice(0, 2)).toEqual(['--- deployed', '+++ planned']);
    expect(diff.unified).toContain(
      '\n-            "Image": "repo/web@sha256:aaa"\n+            "Image": "repo/web@sha256:bbb"\n',
    );
  });
  it('ignores key order and gives no text diff for identical templates', () => {
    const a = template('x');
    const b: Template = {
      Resources: {
        Cluster: { Type: 'AWS::ECS::Cluster' },
        WebTaskDefinition: a.Resources.WebTaskDefinition!,
      },
      AWSTemplateFormatVersion: '2010-09-09',
    };
    const diff = diffTemplates(a, b);
    expect(diff.modified).toEqual([]);
    expect(diffTemplates(a, a).unified).toBe('');
  });
});

describe('sensitiveChanges', () => {
  it('flags IAM, ingress from anywhere and internet-facing load balancers that the plan touches', () => {
    const after = template('x', {
      TaskRole: { Type: 'AWS::IAM::Role', Properties: {} },
      Ingress: {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: { CidrIp: '0.0.0.0/0', FromPort: 80, ToPort: 80, IpProtocol: 'tcp' },
      },
      LoadBalancer: {
        Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Properties: { Scheme: 'internet-facing' },
      },
      Internal: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer', Properties: { Scheme: 'internal' } },
    });
    const notes = sensitiveChanges(after, diffTemplates(undefined, after));
    expect(notes).toEqual([
      'Ingress: ingress open to the internet on port 80/tcp',
      'LoadBalancer: internet-facing load balancer',
      'TaskRole: IAM Role changes permissions',
    ]);
    expect(sensitiveChanges(after, diffTemplates(after, after))).toEqual([]);
  });
});

describe('renderMarkdown', () => {
  it('leads with the marker and a verdict with counts, and escapes table cells', () => {
    const md = renderMarkdown(report());
    expect(
      md.startsWith(
        `${commentMarker('shop-staging')}\n\n### 📋 compose-ecs plan: \`shop-staging\`: 1 to add, 1 to change, 0 to remove`,
      ),
    ).toBe(true);
    expect(md).toContain('| ✏️ Modify | `WebTaskDefinition` | AWS::ECS::TaskDefinition | ⚠️ replaced |');
    expect(md).toContain('`Api\\|Service`');
  });
  it('shows a failed deploy with its cause and the rollout', () => {
    const md = renderMarkdown(
      report({
        mode: 'deploy',
        deploy: {
          state: 'failed',
          error: 'ECS rolled back service web: circuit breaker',
          urls: {},
          rollout: [
            {
              logicalId: 'WebService',
              name: 'web',
              rolloutState: 'FAILED',
              desired: 2,
              running: 0,
              pending: 0,
              failedTasks: 3,
              otherDeployments: 0,
              done: false,
              failed: true,
              reason: 'circuit breaker',
            },
          ],
        },
      }),
    );
    expect(md).toContain('### ❌ compose-ecs deploy: `shop-staging` failed');
    expect(md).toContain('> ECS rolled back service web: circuit breaker');
    expect(md).toContain('| ❌ `WebService` |  | FAILED | 2 | 0 | 0 | 3 | circuit breaker |');
  });
  it("stays within GitHub's limit by cutting the diff, keeping the verdict and changes", () => {
    const huge = template('y'.repeat(200_000));
    const md = renderMarkdown(report({ diff: diffTemplates(template('x'), huge) }));
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).toContain('diff truncated');
    expect(md).toContain('1 to add, 1 to change');
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
  });
});

describe('while CloudFormation works', () => {
  it("says the deploy is rolling out and shows each resource's latest status", () => {
    const md = renderMarkdown(
      report({
        mode: 'deploy',
        deploy: {
          state: 'in-progress',
          rollout: [],
          urls: {},
          resources: [
            { logicalId: 'WebTaskDefinition', type: 'AWS::ECS::TaskDefinition', status: 'UPDATE_COMPLETE' },
            {
              logicalId: 'WebService',
              type: 'AWS::ECS::Service',
              status: 'UPDATE_IN_PROGRESS',
              reason: 'Resource update initiated',
            },
          ],
        },
      }),
    );
    expect(md).toContain(
      '### ⏳ compose-ecs deploy: `shop-staging` rolling out (1 to add, 1 to change, 0 to remove)',
    );
    expect(md).toContain('| `WebTaskDefinition` | AWS::ECS::TaskDefinition | ✅ UPDATE_COMPLETE |  |');
    expect(md).toContain(
      '| `WebService` | AWS::ECS::Service | ⏳ UPDATE_IN_PROGRESS | Resource update initiated |',
    );
  });

  it('drops the resource list once the deploy succeeded', () => {
    const md = renderMarkdown(
      report({
        mode: 'deploy',
        deploy: {
          state: 'succeeded',
          rollout: [],
          urls: {},
          resources: [{ logicalId: 'WebService', type: 'AWS::ECS::Service', status: 'UPDATE_COMPLETE' }],
        },
      }),
    );
    expect(md).not.toContain('Stack progress');
  });
});

describe('the images table', () => {
  it('says how each image was obtained and what the deploy does with it', () => {
    const md = renderMarkdown(
      report({
        images: [
          {
            service: 'api',
            uri: 'r/api@sha256:new',
            repository: 'shop/api',
            tag: 't',
            digest: 'sha256:new',
            pushed: true,
          },
          {
            service: 'web',
            uri: 'r/web@sha256:same',
            repository: 'shop/web',
            tag: 't',
            digest: 'sha256:same',
            pushed: false,
          },
          { service: 'cache', uri: 'redis:7', pushed: false },
        ],
        diff: {
          added: [],
          removed: [],
          modified: ['ApiTaskDefinition'],
          unified: '',
          images: [
            {
              resource: 'ApiTaskDefinition',
              container: 'api',
              from: 'r/api@sha256:old',
              to: 'r/api@sha256:new',
            },
          ],
        },
      }),
    );
    expect(md).toContain('| api | `r/api@sha256:new` | built and pushed | **changes** |');
    expect(md).toContain('| web | `r/web@sha256:same` | reused from the registry | unchanged |');
    expect(md).toContain('| cache | `redis:7` | as written | unchanged |');
  });
});

describe('redaction', () => {
  it('blanks secret values out of everything rendered', () => {
    const md = renderMarkdown(
      report({ error: 'connecting with hunter2-s3cret failed', redactions: ['hunter2-s3cret'] }),
    );
    expect(md).toContain('connecting with *** failed');
    expect(md).not.toContain('hunter2-s3cret');
  });
});

describe('a cancelled deploy', () => {
  it('says cancelled in the headline and gives the state the stack was left in', () => {
    const body = renderMarkdown(
      report({
        mode: 'deploy',
        deploy: {
          state: 'cancelled',
          rollout: [],
          urls: {},
          error:
            'deploy cancelled (SIGINT): asked CloudFormation to cancel the update; stack shop is UPDATE_ROLLBACK_COMPLETE',
        },
      }),
    );
    expect(body).toContain('### ⛔ compose-ecs deploy: `shop-staging` cancelled');
    expect(body).toContain('stack shop is UPDATE_ROLLBACK_COMPLETE');
  });

  it('a plan cancelled before it had a report says cancelled too, not failed', () => {
    const error = 'plan cancelled (SIGINT) while CloudFormation computed change set c; deleted it';
    expect(renderMarkdown(report({ error, cancelled: true }))).toContain(
      '### ⛔ compose-ecs plan: `shop-staging` cancelled',
    );
    expect(renderMarkdown(report({ error }))).toContain('### ❌ compose-ecs plan: `shop-staging` failed');
  });
});

import { toResourceChange } from '../../src/deploy/change-set.js';
import { COMMENT_LIMIT, commentMarker, renderMarkdown } from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/run-report.js';
import type { ProgressRow } from '../../src/report/stack-progress.js';
import { diffTemplates } from '../../src/report/template-diff.js';
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
    expect(diff.resources.find((r) => r.logicalId === 'WebTaskDefinition')).toEqual({
      logicalId: 'WebTaskDefinition',
      type: 'AWS::ECS::TaskDefinition',
      action: 'Modify',
      changes: [
        {
          path: 'Properties.ContainerDefinitions[web].Image',
          before: 'repo/web@sha256:aaa',
          after: 'repo/web@sha256:bbb',
        },
      ],
      replacedBy: ['ContainerDefinitions'],
    });
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
    expect(diffTemplates(a, a).resources).toEqual([]);
  });
});

describe('renderMarkdown', () => {
  it('lists the start order with the evidence for each edge', () => {
    const md = renderMarkdown(
      report({
        startOrder: [
          'db does not wait for wordpress: db names wordpress in environment.MYSQL_USER, a bare word, perhaps not a host, but wordpress already starts after db',
          'wordpress starts after db: wordpress names db in environment.WORDPRESS_DB_HOST, a host',
        ],
      }),
    );
    expect(md).toContain(
      '**Start order**\n\n- db does not wait for wordpress: db names wordpress in environment.MYSQL_USER, a bare word, perhaps not a host, but wordpress already starts after db\n- wordpress starts after db: wordpress names db in environment.WORDPRESS_DB_HOST, a host',
    );
    expect(renderMarkdown(report())).not.toContain('Start order');
  });

  it('shows each x-aws-domain URL with its hosted zone, and what its certificate waits for', () => {
    const md = renderMarkdown(
      report({
        domains: [
          'https://shop.example.com (web): hosted zone example.com (Z123), the longest public zone it falls in',
          'a new certificate is issued once ACM sees its DNS validation record',
        ],
      }),
    );
    expect(md).toContain(
      '**Domains**\n\n- https://shop.example.com (web): hosted zone example.com (Z123), the longest public zone it falls in\n- a new certificate is issued once ACM sees its DNS validation record',
    );
    expect(renderMarkdown(report())).not.toContain('**Domains**');
  });

  it('leads with the marker and a verdict with counts, and escapes table cells', () => {
    const md = renderMarkdown(report());
    expect(
      md.startsWith(
        `${commentMarker('shop-staging')}\n\n### 📋 compose-ecs plan: \`shop-staging\` planned: 1 to add, 0 to change, 1 to replace, 0 to remove\nproject \`shop\``,
      ),
    ).toBe(true);
    expect(md).toContain('| ✏️ Modify | `WebTaskDefinition` | ECS::TaskDefinition | ⚠️ **replaced** |');
    expect(md).toContain('`Api\\|Service`');
  });
  it("takes CloudFormation's own word on what recreates a resource and its property values, where the change set gives them", () => {
    const change = toResourceChange({
      Type: 'Resource',
      ResourceChange: {
        Action: 'Modify',
        LogicalResourceId: 'LoadBalancer',
        ResourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        Replacement: 'True',
        Scope: ['Properties'],
        Details: [
          {
            Target: {
              Attribute: 'Properties',
              Name: 'Type',
              Path: '/Properties/Type',
              RequiresRecreation: 'Always',
              BeforeValue: 'application',
              AfterValue: 'network',
            },
            CausingEntity: 'LoadBalancerType',
            ChangeSource: 'DirectModification',
          },
          { Target: { Attribute: 'Properties', Name: 'Tags', RequiresRecreation: 'Never' } },
        ],
      },
    })!;
    const md = renderMarkdown(report({ diff: undefined, changes: [change] }));
    expect(md).toContain(
      '| ✏️ Modify | `LoadBalancer` | ElasticLoadBalancingV2::LoadBalancer | ⚠️ **replaced** by Type (LoadBalancerType)<br>/Properties/Type: application → network |',
    );
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
    const groups = Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [
        `Group${i}`,
        { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: `${i}-${'y'.repeat(150)}` } },
      ]),
    );
    const md = renderMarkdown(report({ diff: diffTemplates(template('x'), template('x', groups)) }));
    expect(md.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(md).toContain('1 to add, 0 to change, 1 to replace, 0 to remove');
    expect(md).toContain('| ✏️ Modify | `WebTaskDefinition` |');
    // The template diff gave way: some resources are shown, the rest counted, no code block cut.
    expect(md).toMatch(/<summary><b>Template diff<\/b> \(2000 resources\)/);
    expect(md).toMatch(/… \d+ more resources left out to fit GitHub's limit/);
    expect(md.split('```').length % 2).toBe(1);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
  });
});

describe('while CloudFormation works', () => {
  /** The comment of a deploy still under way, with these progress rows. */
  const inProgress = (resources: ProgressRow[]) =>
    renderMarkdown(
      report({ mode: 'deploy', deploy: { state: 'in-progress', rollout: [], urls: {}, resources } }),
    );

  it("says the deploy is under way and shows each resource's latest status", () => {
    const md = inProgress([
      { logicalId: 'WebTaskDefinition', type: 'AWS::ECS::TaskDefinition', status: 'UPDATE_COMPLETE' },
      {
        logicalId: 'WebService',
        type: 'AWS::ECS::Service',
        status: 'UPDATE_IN_PROGRESS',
        reason: 'Resource update initiated',
      },
    ]);
    expect(md).toContain(
      '### ⏳ compose-ecs deploy: `shop-staging` deploying: 1 to add, 0 to change, 1 to replace, 0 to remove',
    );
    expect(md).toContain('| `WebTaskDefinition` | ECS::TaskDefinition | ✅ UPDATE_COMPLETE |  |');
    expect(md).toContain(
      '| `WebService` | ECS::Service | ⏳ UPDATE_IN_PROGRESS | Resource update initiated |',
    );
  });

  it('says failed, not deploying, as soon as CloudFormation rolls the stack back', () => {
    const stack = (status: string) =>
      inProgress([{ logicalId: 'shop-staging', type: 'AWS::CloudFormation::Stack', status }]);
    expect(stack('UPDATE_IN_PROGRESS')).toContain('### ⏳ compose-ecs deploy: `shop-staging` deploying:');
    expect(stack('UPDATE_ROLLBACK_IN_PROGRESS')).toContain(
      '### ❌ compose-ecs deploy: `shop-staging` failed:',
    );
    expect(stack('UPDATE_ROLLBACK_COMPLETE')).toContain(
      '### ❌ compose-ecs deploy: `shop-staging` failed and rolled back:',
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
          resources: [],
          compose: { services: [], project: [] },
          security: [],
          templateHash: 'sha256:0',
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
    expect(md).toContain('| api | `api@sha256:new` | built and pushed | **changes** from `api@sha256:old` |');
    expect(md).toContain('| web | `web@sha256:same` | reused from the registry | unchanged |');
    expect(md).toContain('api: r/api@sha256:new');
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

describe('the job summary', () => {
  it('stays within 1 MiB in bytes, whatever characters the report holds', async () => {
    const { SUMMARY_LIMIT } = await import('../../src/report/markdown.js');
    // 3-byte characters (one UTF-16 unit each) in every warning: a character limit of 1,000,000 would be 3 MB.
    const warnings = Array.from({ length: 4000 }, (_, i) => `警告 ${i}: ${'設定'.repeat(200)}`);
    const md = renderMarkdown(report({ warnings }), SUMMARY_LIMIT);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    expect(md).toContain('compose-ecs plan');
  });
});

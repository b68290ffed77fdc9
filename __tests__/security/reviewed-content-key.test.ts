// Issue 22, item 1: a pull request's plan pushes to `shop-untrusted/*`, the deploy on main builds again
// into `shop/*`. Their templates and digests differ (other repositories; builds are rarely reproducible),
// so "applies the plan reviewed" compares content keys (a hash of every build input), not URIs.
import { renderMarkdown } from '../../src/report/markdown.js';
import { reviewedPlanFrom } from '../../src/report/reviewed-plan.js';
import type { RunReport } from '../../src/report/run-report.js';
import { diffTemplates } from '../../src/report/template-diff.js';
import type { Template } from '../../src/template/types.js';

const registry = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';

function template(image: string): Template {
  // The execution role may pull from the image's repository, named by ARN (its prefix differs too).
  const repository = image.slice(image.indexOf('/') + 1, image.indexOf('@'));
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      WebTaskDefinition: {
        Type: 'AWS::ECS::TaskDefinition',
        Properties: { ContainerDefinitions: [{ Name: 'web', Image: image }] },
      },
      WebTaskExecutionRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          Policies: [
            {
              PolicyName: 'ExecutionPolicy',
              PolicyDocument: {
                Statement: [
                  {
                    Effect: 'Allow',
                    Action: ['ecr:BatchGetImage'],
                    Resource: `arn:aws:ecr:eu-west-1:123456789012:repository/${repository}`,
                  },
                ],
              },
            },
          ],
        },
      },
    },
  } as Template;
}

function report(mode: 'plan' | 'deploy', prefix: string, digest: string, tag: string): RunReport {
  const uri = `${registry}/${prefix}/web@sha256:${digest.repeat(64)}`;
  const images = [
    {
      service: 'web',
      uri,
      repository: `${prefix}/web`,
      tag,
      digest: `sha256:${digest.repeat(64)}`,
      pushed: true,
    },
  ];
  return {
    mode,
    project: 'shop',
    stackName: 'shop-staging',
    hasChanges: true,
    changes: [],
    images,
    warnings: [],
    diff: diffTemplates(undefined, template(uri), { [uri]: tag }),
    ...(mode === 'deploy' ? { deploy: { state: 'succeeded' as const, rollout: [], urls: {} } } : {}),
  };
}

const verdict = (plan: RunReport, deploy: RunReport) =>
  renderMarkdown({ ...deploy, reviewed: reviewedPlanFrom(renderMarkdown(plan)) });

describe('reviewed plan across repository prefixes', () => {
  const key = `src-${'1'.repeat(32)}`;

  it('the same build inputs under another prefix are what was reviewed', () => {
    const md = verdict(report('plan', 'shop-untrusted', 'a', key), report('deploy', 'shop', 'b', key));
    expect(md).toContain(
      '✅ **Applies the plan reviewed on this pull request**: the same template and the same builds',
    );
    expect(md).not.toContain('Not what was reviewed');
  });

  it('other build inputs (another secret, another cache) are not, whatever the template says', () => {
    const md = verdict(
      report('plan', 'shop-untrusted', 'a', key),
      report('deploy', 'shop', 'b', `src-${'2'.repeat(32)}`),
    );
    expect(md).toContain('⚠️ **Not what was reviewed on this pull request**');
    expect(md).toContain(
      `- image of web: reviewed build \`${key}\`, deploying build \`src-${'2'.repeat(32)}\``,
    );
  });

  it('under one prefix the digests still decide', () => {
    const md = verdict(report('plan', 'shop', 'a', key), report('deploy', 'shop', 'a', key));
    expect(md).toContain('the same template (`sha256:');
  });
});

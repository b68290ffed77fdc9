import { renderMarkdown } from '../../src/report/markdown.js';
import { reviewedPlanFrom } from '../../src/report/reviewed-plan.js';
import type { RunReport } from '../../src/report/run-report.js';
import { imageAndEnvironment } from './scenarios.js';

/** The deploy after the merge: the same report, now deploying, reading the plan comment back. */
function deployOf(plan: RunReport, planComment: string): RunReport {
  return {
    ...plan,
    mode: 'deploy',
    deploy: { state: 'succeeded', rollout: [], urls: {} },
    reviewed: reviewedPlanFrom(planComment),
  };
}

describe('the plan reviewed on the pull request', () => {
  it('a deploy of exactly what was planned says so and keeps the plan readable, folded', async () => {
    const plan = await imageAndEnvironment();
    const planComment = renderMarkdown(plan);
    const deployed = renderMarkdown(deployOf(plan, planComment));
    expect(deployed).toContain(
      '✅ **Applies the plan reviewed on this pull request**: the same template (`sha256:',
    );
    expect(deployed).toContain('<details><summary>The plan reviewed on this pull request</summary>');
    expect(deployed).toContain(
      '### 📋 compose-ecs plan: `shop` planned: 0 to add, 0 to change, 1 to replace',
    );
    // A later run reads the same reviewed plan back from the deploy's comment.
    const again = reviewedPlanFrom(deployed);
    expect(again).toEqual(reviewedPlanFrom(planComment));
  });

  it('a deploy that differs names what differs: images, resource changes, the template', async () => {
    const plan = await imageAndEnvironment();
    const planComment = renderMarkdown(plan);
    const other = await imageAndEnvironment();
    other.images = other.images.map((i) =>
      i.service === 'api' ? { ...i, digest: `sha256:${'e'.repeat(64)}` } : i,
    );
    other.diff = { ...other.diff!, templateHash: 'sha256:other' };
    other.changes = [
      ...other.changes,
      {
        action: 'Modify',
        logicalId: 'ApiTaskDefinition',
        type: 'AWS::ECS::TaskDefinition',
        scope: [],
        properties: [],
      },
    ];
    const md = renderMarkdown(deployOf(other, planComment));
    expect(md).toContain(
      [
        '⚠️ **Not what was reviewed on this pull request** (another change merged in between?):',
        '- the template differs from the reviewed one',
        '- image of api: reviewed `sha256:14c2529eb449`, deploying `sha256:eeeeeeeeeeee`',
        '- changes the reviewed plan did not list: Modify ApiTaskDefinition',
      ].join('\n'),
    );
  });

  it('ignores a comment without a fingerprint, or with one that does not parse', () => {
    expect(reviewedPlanFrom('### 📋 compose-ecs plan: `shop` planned')).toBeUndefined();
    expect(reviewedPlanFrom('<!-- compose-ecs reviewed {not json} -->')).toBeUndefined();
    expect(reviewedPlanFrom(undefined)).toBeUndefined();
  });
});

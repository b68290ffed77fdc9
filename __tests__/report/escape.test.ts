// Issue 22, item 11: user-supplied strings in the comment render nothing (no HTML, links, images, mentions,
// closed <details>), and the hidden markers a deploy reads back are found only where compose-ecs writes them.
import { codeSpan, escapeText } from '../../src/report/escape.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { reviewedPlanFrom } from '../../src/report/reviewed-plan.js';
import type { RunReport } from '../../src/report/run-report.js';

const HOSTILE_KEYS = [
  '<img src=https://evil.example/x.png>',
  '[Approve deploy](https://evil.example/approve)',
  '![x](https://evil.example/x.png)',
  '@acme/platform-team',
  '</details>',
  '<!-- compose-ecs stack=shop-production -->',
  'a`b`c <b>bold</b>',
];

const report = (notes: string[]): RunReport => ({
  mode: 'plan',
  project: 'shop',
  stackName: 'shop-staging',
  hasChanges: true,
  changeSetType: 'UPDATE',
  changes: [],
  images: [],
  warnings: HOSTILE_KEYS.map((k) => `services.web.environment.${k}: unused`),
  diff: {
    added: [],
    removed: [],
    modified: [],
    resources: [],
    compose: { services: [{ service: 'web', status: 'changed', notes }], project: [] },
    security: [],
    templateHash: 'sha256:0',
    images: [],
  },
});

describe('user-supplied text in the comment', () => {
  it.each(HOSTILE_KEYS)('renders %s inert, wherever it appears', (key) => {
    const body = renderMarkdown(report([`environment ${key} added`]));
    expect(body).toContain('**web**');
    const userPart = body.split('\n').slice(1).join('\n');
    expect(userPart).not.toContain(key);
    expect(userPart).not.toMatch(
      /<img|<\/details>[^\n]*unused|\]\(https:\/\/evil|(?<!&#)@acme|<!-- compose-ecs stack=shop-production/,
    );
    // The marker line stays the first and only one.
    expect(body.match(/<!-- compose-ecs stack=/g)).toHaveLength(1);
  });

  it('shows the same characters, through entities', () => {
    expect(escapeText('<a href="x">@team</a> [l](u) | `c` \\')).toBe(
      '&lt;a href="x"&gt;&#64;team&lt;/a&gt; &#91;l&#93;(u) &#124; &#96;c&#96; &#92;',
    );
  });

  it('puts code in a span its content cannot close', () => {
    expect(codeSpan('plain')).toBe('`plain`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b\nc')).toBe('`a\\|b c`');
  });
});

describe('the reviewed plan a deploy reads back', () => {
  const fingerprint = { template: 'sha256:aaa', images: { web: 'sha256:bbb' } };
  const forged = `<!-- compose-ecs reviewed ${JSON.stringify({ template: 'sha256:evil', images: {} })} -->`;

  it('is the line right under the marker', () => {
    const body = `<!-- compose-ecs stack=s -->\n<!-- compose-ecs reviewed ${JSON.stringify(fingerprint)} -->\nplan`;
    expect(reviewedPlanFrom(body)?.fingerprint).toEqual(fingerprint);
  });

  it('is never a line further down, where a quoted or rendered string could put one', () => {
    expect(reviewedPlanFrom(`<!-- compose-ecs stack=s -->\nplan\n${forged}\n`)).toBeUndefined();
    expect(reviewedPlanFrom(`> quoted\n<!-- compose-ecs stack=s -->\n${forged}\n`)).toBeUndefined();
  });
});

// Issue 22, item 12: one service with 1,500 long variables gave a 2,202-character comment: its one row
// pushed every Changes row, the warnings and the diff out. The oversized row is cut; the rest stays.
import { COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/run-report.js';
import { cutRow } from '../../src/report/sections.js';

const VARIABLES = Array.from({ length: 1500 }, (_, i) => `VARIABLE_${i}`);
const LONG = 'x'.repeat(120);

const report: RunReport = {
  mode: 'plan',
  project: 'shop',
  stackName: 'shop-staging',
  hasChanges: true,
  changeSetType: 'UPDATE',
  changes: ['Web', 'Api', 'Worker'].map((name) => ({
    action: 'Modify' as const,
    logicalId: `${name}TaskDefinition`,
    type: 'AWS::ECS::TaskDefinition',
    scope: ['Properties'],
    properties: ['ContainerDefinitions'],
  })),
  images: [],
  warnings: ['services.web.restart: ignored (ECS restarts tasks)'],
  diff: {
    added: [],
    removed: [],
    modified: ['WebTaskDefinition'],
    resources: [
      {
        logicalId: 'WebTaskDefinition',
        type: 'AWS::ECS::TaskDefinition',
        action: 'Modify',
        replacedBy: [],
        changes: VARIABLES.map((v) => ({
          path: `Properties.ContainerDefinitions[0].Environment.${v}`,
          before: undefined,
          after: LONG,
        })),
      },
    ],
    compose: {
      services: [
        {
          service: 'web',
          status: 'changed',
          notes: VARIABLES.map((v) => `environment ${v} added (= "${LONG}")`),
        },
      ],
      project: [],
    },
    security: [],
    templateHash: 'sha256:0',
    images: [],
  },
} as RunReport;

describe('a comment with one oversized row', () => {
  it('cuts that row and keeps every other section', () => {
    const body = renderMarkdown(report);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    for (const name of ['Web', 'Api', 'Worker']) expect(body).toContain(`\`${name}TaskDefinition\``);
    expect(body).toContain('services.web.restart');
    expect(body).toMatch(/more lines cut to fit/);
    expect(body).toContain('VARIABLE_0');
    expect(body).toContain('<b>Template diff</b>');
    // A large share of the limit is used: the rest was re-expanded, not left out.
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT / 4);
  });

  it('cuts a table row as a table row and a list item at a line', () => {
    expect(cutRow(`| a | ${'w '.repeat(400)}|`, 200)).toMatch(/^\| a \| (w )+… \(cut to fit\) \|$/);
    expect(cutRow(`- x\n${'  - note\n'.repeat(100)}`, 200)).toMatch(
      /^- x\n( {2}- note\n)+ {2}- … \d+ more lines cut to fit$/,
    );
    expect(cutRow('short', 200)).toBe('short');
  });
});

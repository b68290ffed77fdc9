// The CLI's report: every fact of the comment, none of GitHub's markup, colour only when asked for.
import { describe, expect, it } from '@jest/globals';
import { commentMarker, renderMarkdown } from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/run-report.js';
import { renderTerminal } from '../../src/report/terminal.js';
import {
  circuitBreakerRollback,
  cloudFormationRollback,
  iamSecurityReplacement,
  imageAndEnvironment,
  newStack,
  retainedRemoval,
} from './scenarios.js';

const scenarios: Array<[string, () => Promise<RunReport>]> = [
  ['new stack', newStack],
  ['image and environment', imageAndEnvironment],
  ['IAM and security replacement', iamSecurityReplacement],
  ['retained removal', retainedRemoval],
  ['circuit breaker rollback', circuitBreakerRollback],
  ['CloudFormation rollback', cloudFormationRollback],
];

const ESC = String.fromCharCode(27);

describe('the terminal report', () => {
  it.each(scenarios)('%s: no markers, HTML, markdown syntax or emoji', async (_, scenario) => {
    const report = {
      ...(await scenario()),
      warnings: ['compose.yaml:4:5 services.web.restart: ignored on ECS'],
    };
    // The comment carries what the terminal must not show.
    expect(renderMarkdown(report)).toContain(commentMarker(report.stackName));
    const text = renderTerminal(report, { color: false });
    expect(text).not.toMatch(/<!--|-->|<\/?(details|summary|sub|br|b|code)>|\*\*|`|^\s*\|/m);
    // Emoji (wide, and a width terminals disagree on) become one-column symbols.
    expect(text).not.toMatch(/\p{Emoji_Presentation}|\uFE0F/u);
    expect(text).not.toContain(ESC);
    expect(text.split('\n').filter((l) => l.includes('services.web.restart'))).toHaveLength(1);
  });

  it.each(scenarios)('%s: the same facts as the comment', async (_, scenario) => {
    const report = await scenario();
    const text = renderTerminal(report, { color: false });
    for (const change of report.changes) expect(text).toContain(change.logicalId);
    for (const image of report.images) expect(text).toContain(image.uri);
    for (const row of report.deploy?.rollout ?? []) expect(text).toContain(row.logicalId);
    if (report.error) expect(text).toContain(`error: ${report.error.split('\n')[0]}`);
    if (report.deploy?.diagnosis) expect(text).toContain(report.deploy.diagnosis.split('\n')[0]);
    if (report.runUrl) expect(text).toContain(report.runUrl);
    expect(text).toMatch(new RegExp(`compose-ecs ${report.mode}: ${report.stackName}`));
  });

  it('aligns tables in columns and colours by meaning when asked', async () => {
    const report = await circuitBreakerRollback();
    const plain = renderTerminal(report, { color: false });
    const rows = plain
      .split('\n')
      .filter((l) => /^ {2}(Service|✗ WebService) /.test(l))
      .slice(0, 2);
    expect(rows[1]).toMatch(/^ {2}✗ WebService/);
    // Each column starts at the same place in the header and the row.
    expect(rows[0]!.indexOf('Rollout')).toBe(rows[1]!.indexOf('FAILED'));
    const coloured = renderTerminal(report, { color: true });
    expect(coloured).toContain(`${ESC}[31merror: ECS rolled back`);
    expect(coloured).toMatch(new RegExp(`${ESC}\\[32m {0}\\+ ContainerDefinitions`));
    expect(coloured.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), '')).toBe(plain);
  });

  it('never cuts what does not fit a comment', async () => {
    const { manyServices } = await import('./scenarios.js');
    const report = manyServices(400);
    expect(renderMarkdown(report)).toContain('left out to fit');
    expect(renderTerminal(report, { color: false })).not.toContain('left out to fit');
  });
});

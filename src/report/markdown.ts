import { costLine, costSection } from '../cost/render.js';
import { VERSION } from '../version.js';
import type { RunReport } from './run-report.js';
import { changesSection, composeItems, securityItems } from './change-sections.js';
import { progressSection, rolloutSection } from './deploy-sections.js';
import { diffSection } from './diff-section.js';
import { escapeText as cell, fence } from './escape.js';
import { headline } from './headline.js';
import { fullImages, imagesSection } from './image-sections.js';
import { showAsVariables } from './runner-values.js';
import { fingerprintLine, reviewedSection } from './reviewed-plan.js';
import { redact } from '../secrets/redact.js';
import { fitSections, fixed, listSection, type Section } from './sections.js';
import { jobItems } from './job-rows.js';

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/**
 * Job summaries take 1 MiB per step, counted in bytes (the runner refuses larger ones: "supports content up
 * to a size of 1024k"), while the fitting counts UTF-16 code units; one unit is at most 3 bytes of UTF-8
 * (a 4-byte character is 2 units), so 349,525 units always fit, whatever the text.
 */
export const SUMMARY_LIMIT = Math.floor((1024 * 1024) / 3);

/** Hidden marker that finds this stack's comment again, so one comment is edited in place. */
export function commentMarker(stackName: string): string {
  return `<!-- compose-ecs stack=${stackName} -->`;
}

/**
 * Whether a comment is the one `marker` names: the marker is the comment's first line, where only
 * compose-ecs writes it. Anywhere else it is text someone else put there (a quote, an environment key).
 */
export function carriesMarker(body: string | null | undefined, marker: string): boolean {
  return body === marker || (body?.startsWith(`${marker}\n`) ?? false);
}

/**
 * Renders the report as GitHub-flavoured markdown within `limit` characters. When it does not fit,
 * the least important sections are shortened row by row (never inside a table row or a code block),
 * the template diff first; the headline, the cause of a failure, the images and the run link stay.
 */
export function renderMarkdown(report: RunReport, limit = COMMENT_LIMIT): string {
  const sections = [...leadSections(report), ...bodySections(report), fixed(`<sub>${footer(report)}</sub>`)];
  let out = fitSections(sections, limit, (text) =>
    showAsVariables(redact(text, report.redactions ?? []), report.shownAs ?? []),
  );
  // Only the fixed parts are left (a giant error message): cut at a paragraph, outside any table.
  if (out.length > limit) {
    const cut = out.lastIndexOf('\n\n', limit - 80);
    out = `${out.slice(0, cut > 0 ? cut : limit - 80)}\n\n… (truncated to fit GitHub's limit)\n`;
  }
  return out;
}

/** What is never shortened: the markers, the headline, the cost, the failure and its cause, the URLs. */
function leadSections(report: RunReport): Section[] {
  const hidden = [commentMarker(report.stackName), fingerprintLine(report)].filter(Boolean).join('\n');
  const sections: Section[] = [fixed(hidden), fixed(headline(report))];
  if (report.cost) sections.push(fixed(costLine(report.cost)));
  if (report.error) sections.push(fixed(`> [!CAUTION]\n> ${cell(report.error)}`));
  if (report.deploy?.error && report.deploy.error !== report.error)
    sections.push(fixed(`> [!CAUTION]\n> ${cell(report.deploy.error)}`));
  if (report.deploy?.diagnosis)
    sections.push(fixed(`**Why the task stopped**\n\n${fence(report.deploy.diagnosis)}`));
  const urls = Object.entries(report.deploy?.urls ?? {});
  if (urls.length) sections.push(fixed(urls.map(([name, url]) => `- ${cell(name)}: ${url}`).join('\n')));
  return sections;
}

/** The sections a reviewer reads, each shortened row by row by its priority when the comment is too long. */
function bodySections(report: RunReport): Section[] {
  const sections: Section[] = [];
  // Whether this deploy applies what was reviewed; the reviewed plan folded, given up first for space.
  if (reviewedSection(report, false))
    sections.push({ priority: 2, rows: 1, keep: 0, render: (n) => reviewedSection(report, n > 0) });
  const rollout = rolloutSection(report);
  if (rollout) sections.push(rollout);
  const progress = progressSection(report);
  if (progress) sections.push(progress);
  sections.push(listSection('Jobs', jobItems(report), 8, 'jobs'));
  const cost = report.cost && costSection(report.cost);
  if (cost) sections.push(cost);
  sections.push(listSection('In compose words', composeItems(report), 8, 'services'));
  const domains = (report.domains ?? []).map((line) => `- ${cell(line)}`);
  sections.push(listSection('Domains', domains, 7, 'lines'));
  const startOrder = (report.startOrder ?? []).map((line) => `- ${cell(line)}`);
  sections.push(listSection('Start order', startOrder, 9, 'orderings'));
  const nextRollouts = (report.nextRollouts ?? []).map((line) => `- ${cell(line)}`);
  sections.push(listSection('Next rollout', nextRollouts, 9, 'services'));
  sections.push(listSection('Security-sensitive changes', securityItems(report), 9, 'changes'));
  sections.push(changesSection(report), imagesSection(report), fullImages(report));
  const warnings = report.warnings.map((w) => `- ${cell(w)}`);
  sections.push(listSection('Warnings', warnings, 5, 'warnings'), diffSection(report));
  return sections;
}

/** The version, region, change set, AWS calls and run link, in small print. */
function footer(report: RunReport): string {
  return [
    `compose-ecs ${VERSION}`,
    report.region,
    report.changeSetName ? `change set \`${report.changeSetName}\`` : undefined,
    report.apiCalls !== undefined ? `${report.apiCalls} AWS API calls${byPhase(report)}` : undefined,
    report.runUrl ? `[run](${report.runUrl})` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** ` (images 3, plan 5)`: the phases that made calls, in order; nothing when none is known. */
function byPhase(report: RunReport): string {
  const phases = Object.entries(report.apiCallsByPhase ?? {}).filter(([, n]) => n > 0);
  return phases.length ? ` (${phases.map(([phase, n]) => `${phase} ${n}`).join(', ')})` : '';
}

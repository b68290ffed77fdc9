// The images a release runs: one row each with where it came from and what the deploy does with it, and
// the full references folded beneath.
import { codeSpan, escapeText as cell, fence } from './escape.js';
import { showValue } from './resource-diff.js';
import type { RunReport } from './run-report.js';
import { tableSection, type Section } from './sections.js';

/** `repo/web@sha256:0123456789abcdef…` → `web@sha256:0123456789ab`: enough to tell two images apart. */
export function shortImage(uri: string | undefined): string {
  if (!uri) return '(none)';
  const [name, digest] = uri.split('@');
  const base = name!.split('/').pop()!;
  return showValue(digest ? `${base}@${digest.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1')}` : base, 80);
}

export function imageRows(report: RunReport): string[] {
  // What the deploy does with each image: a task definition gets it for the first time, or swaps to it.
  const deployed = new Map(
    (report.diff?.images ?? []).map((i) => [
      i.to,
      i.from ? `**changes** from \`${shortImage(i.from)}\`` : 'new',
    ]),
  );
  return report.images.map((i) => {
    const build =
      i.origin ??
      (i.repository ? (i.pushed ? 'built and pushed' : 'reused from the registry') : 'as written');
    return `| ${cell(i.service)} | ${codeSpan(shortImage(i.uri))} | ${build} | ${deployed.get(i.uri) ?? 'unchanged'} |`;
  });
}

export function fullImages(report: RunReport): Section {
  const lines = report.images.map((i) => `${i.service}: ${i.uri}`);
  return {
    priority: 3,
    rows: lines.length ? 1 : 0,
    render: (n) =>
      n && lines.length
        ? `<details><summary>Full image references</summary>\n\n${fence(lines.join('\n'))}\n\n</details>`
        : '',
  };
}

/** One row per image: the short reference, how it was got, and what the deploy does with it. */
export function imagesSection(report: RunReport): Section {
  return tableSection('Images', ['Service', 'Image', 'Build', 'Deploy'], imageRows(report), 10, 'images');
}

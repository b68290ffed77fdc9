// Whether a deploy applies what was reviewed. A plan comment carries a fingerprint of what it planned
// (template hash, image digests, the resources it changes) in a hidden line; the deploy that edits the
// same comment after the merge reads it back, compares it with its own, says what differs (another
// pull request merged in between, an image rebuilt differently), and keeps the reviewed plan folded.
import type { RunReport } from './run-report.js';

export interface Fingerprint {
  /** sha256 of the template, keys sorted. */
  template: string;
  /** Service → image digest (or the reference as written, for images not built). */
  images: Record<string, string>;
  /**
   * Built service → its content key (the `src-…` tag: a hash of every build input). A pull request pushes
   * under `<prefix>-untrusted` and the deploy builds again under `<prefix>`, so their digests may differ
   * where the builds are not reproducible: what was reviewed is the same sources, compared by this key.
   */
  contentKeys?: Record<string, string>;
  /** The template hash with built images named by content key (TemplateDiff.contentHash). */
  contentTemplate?: string;
  /** `Action LogicalId` per resource change, when there are few enough to carry. */
  changes?: string[];
  /** The jobs the plan runs (src/jobs/), when the project has jobs: both phases of a deploy are one plan. */
  jobs?: string[];
}

export interface ReviewedPlan {
  fingerprint: Fingerprint;
  /** The plan comment as reviewers read it (without its hidden lines). */
  body?: string;
}

/** The fingerprint line: the comment's second, right under the stack marker, where only compose-ecs writes. */
const LINE = /^<!-- compose-ecs stack=[^\n]* -->\n<!-- compose-ecs reviewed (\{[^\n]*\}) -->(?:\n|$)/;
const START = '<!-- compose-ecs reviewed-plan -->';
const END = '<!-- compose-ecs reviewed-plan end -->';
/** Past this many resource changes the list would crowd the comment: the template hash still tells. */
const MAX_CHANGES = 100;

export function fingerprintOf(report: RunReport): Fingerprint | undefined {
  if (!report.diff?.templateHash) return undefined;
  const changes = report.changes.map((c) => `${c.action} ${c.logicalId}`);
  const built = report.images.filter((i) => i.tag?.startsWith('src-'));
  return {
    template: report.diff.templateHash,
    images: Object.fromEntries(report.images.map((i) => [i.service, i.digest ?? i.uri])),
    ...(built.length ? { contentKeys: Object.fromEntries(built.map((i) => [i.service, i.tag!])) } : {}),
    ...(report.diff.contentHash ? { contentTemplate: report.diff.contentHash } : {}),
    ...(changes.length <= MAX_CHANGES ? { changes } : {}),
    ...(report.jobs?.length ? { jobs: report.jobs.filter((j) => j.run).map((j) => j.name) } : {}),
  };
}

/** The hidden line a comment carries: the plan's own fingerprint, or, on a deploy, the reviewed one. */
export function fingerprintLine(report: RunReport): string {
  const fingerprint = report.mode === 'plan' ? fingerprintOf(report) : report.reviewed?.fingerprint;
  // `--` cannot appear inside an HTML comment; JSON of hashes, names and ids never has it, but be sure.
  return fingerprint
    ? `<!-- compose-ecs reviewed ${JSON.stringify(fingerprint).replace(/--/g, '-\\u002d')} -->`
    : '';
}

/** Reads the reviewed plan back from the comment a plan (or an earlier deploy of it) left. */
export function reviewedPlanFrom(body: string | undefined): ReviewedPlan | undefined {
  const line = body ? LINE.exec(body) : null;
  if (!body || !line) return undefined;
  let fingerprint: Fingerprint;
  try {
    fingerprint = JSON.parse(line[1]!) as Fingerprint;
  } catch {
    return undefined;
  }
  if (typeof fingerprint.template !== 'string' || typeof fingerprint.images !== 'object') return undefined;
  const start = body.indexOf(START);
  const end = body.indexOf(END);
  const plan =
    start >= 0 && end > start
      ? body.slice(start + START.length, end)
      : /compose-ecs plan/.test(body)
        ? body
        : undefined;
  const clean = plan
    ?.split('\n')
    .filter((l) => !/^<!-- compose-ecs (stack=|reviewed )/.test(l))
    .join('\n')
    .trim();
  return { fingerprint, ...(clean ? { body: clean } : {}) };
}

/** What differs between the reviewed plan and this deploy, in a reviewer's words; empty when nothing. */
export function differences(reviewed: Fingerprint, applied: Fingerprint): string[] {
  const out: string[] = [];
  const short = (d: string) => d.replace(/^(sha256:[0-9a-f]{12})[0-9a-f]+$/, '$1').replace(/^.*\//, '');
  for (const service of [
    ...new Set([...Object.keys(reviewed.images), ...Object.keys(applied.images)]),
  ].sort()) {
    const keys = [reviewed.contentKeys?.[service], applied.contentKeys?.[service]];
    // Built on both sides: the same build inputs are what was reviewed, whichever repository holds them.
    if (keys[0] && keys[1]) {
      if (keys[0] !== keys[1])
        out.push(`image of ${service}: reviewed build \`${keys[0]}\`, deploying build \`${keys[1]}\``);
      continue;
    }
    const a = reviewed.images[service];
    const b = applied.images[service];
    if (a === b) continue;
    out.push(
      a && b
        ? `image of ${service}: reviewed \`${short(a)}\`, deploying \`${short(b)}\``
        : b
          ? `service ${service} was not in the reviewed plan`
          : `service ${service} was in the reviewed plan, not in this deploy`,
    );
  }
  if (reviewed.changes && applied.changes) {
    const before = new Set(reviewed.changes);
    const now = new Set(applied.changes);
    const extra = [...now].filter((c) => !before.has(c));
    const missing = [...before].filter((c) => !now.has(c));
    if (extra.length) out.push(`changes the reviewed plan did not list: ${extra.join(', ')}`);
    if (missing.length)
      out.push(`changes the reviewed plan listed that this deploy does not make: ${missing.join(', ')}`);
  }
  if (reviewed.jobs && applied.jobs && reviewed.jobs.join() !== applied.jobs.join())
    out.push(
      `jobs: the reviewed plan ran ${reviewed.jobs.join(', ') || 'none'}, this deploy runs ${applied.jobs.join(', ') || 'none'}`,
    );
  // Images under different prefixes make different templates of the same sources: compare by content key.
  const byContent = reviewed.contentTemplate !== undefined && applied.contentTemplate !== undefined;
  const templateDiffers = byContent
    ? reviewed.contentTemplate !== applied.contentTemplate
    : reviewed.template !== applied.template;
  if (templateDiffers && !out.length)
    out.push('the template differs from the reviewed one (see the template diff)');
  else if (templateDiffers) out.unshift('the template differs from the reviewed one');
  return out;
}

/** Whether a built image of the deploy has another digest than the reviewed build of the same content key. */
function rebuiltElsewhere(reviewed: Fingerprint, applied: Fingerprint): boolean {
  return Object.keys(applied.contentKeys ?? {}).some(
    (s) => reviewed.contentKeys?.[s] !== undefined && reviewed.images[s] !== applied.images[s],
  );
}

/** The deploy's verdict on what it applies, and the reviewed plan folded; '' when there was none. */
export function reviewedSection(report: RunReport, withPlan: boolean): string {
  const reviewed = report.reviewed;
  const applied = fingerprintOf(report);
  if (report.mode !== 'deploy' || !reviewed || !applied) return '';
  const diff = differences(reviewed.fingerprint, applied);
  const verdict = diff.length
    ? `⚠️ **Not what was reviewed on this pull request** (another change merged in between?):\n${diff.map((d) => `- ${d}`).join('\n')}`
    : rebuiltElsewhere(reviewed.fingerprint, applied)
      ? `✅ **Applies the plan reviewed on this pull request**: the same template and the same builds (content keys; the pull request's images are in its own repositories).`
      : `✅ **Applies the plan reviewed on this pull request**: the same template (\`${applied.template.slice(0, 'sha256:'.length + 12)}\`) and image digests.`;
  const plan =
    withPlan && reviewed.body
      ? `\n\n<details><summary>The plan reviewed on this pull request</summary>\n\n${START}\n${reviewed.body}\n${END}\n\n</details>`
      : '';
  return verdict + plan;
}

import { UserError } from '../errors.js';
import { readPayload } from './payload.js';
import { ROLLED_BACK, type ReleaseSummary } from './store.js';

export interface Selection {
  target: ReleaseSummary;
  /** The environment's newest release: what was deployed last, whatever its outcome. */
  live?: ReleaseSummary;
}

/** A commit as people write it: its first seven hex digits. */
export const sha7 = (sha: string) => sha.slice(0, 7);

/** Succeeded: `success`, or `inactive` (which GitHub only adds to a deployment that had succeeded). */
const succeeded = (r: ReleaseSummary) => r.state === 'success' || r.state === 'inactive';
const rolledBackFrom = (r: ReleaseSummary) =>
  r.state === 'inactive' && (r.stateDescription ?? '').startsWith(ROLLED_BACK);

/** The releases compose-ecs recorded, among an environment's deployments (a job's `environment:` makes others). */
export function recordedReleases(releases: ReleaseSummary[]): ReleaseSummary[] {
  return releases.filter((r) => readPayload(r.payload));
}

/** Whether a rollback to `restoredSha` marks `live` as rolled back from (so `previous` never picks it again). */
export function marksRolledBack(live: ReleaseSummary, restoredSha: string): boolean {
  return succeeded(live) && !rolledBackFrom(live) && live.sha !== restoredSha;
}

/** One line per release, for errors and `compose-ecs releases`. */
export function formatReleases(releases: ReleaseSummary[]): string {
  return releases
    .map((r) =>
      `  ${r.id}  ${sha7(r.sha)}  ${(r.state ?? 'no status').padEnd(11)} ${r.createdAt}  ${r.description ?? ''}`.trimEnd(),
    )
    .join('\n');
}

/**
 * Which recorded release `rollback-to` names, among an environment's releases (newest first):
 *  - `previous`: the last successful release before the newest one (the one live now, or the one that
 *    just failed), skipping failed ones, ones a rollback went back from (their status says ROLLED_BACK)
 *    and ones of the newest one's commit (restoring them would change nothing). A good release that is
 *    merely `inactive` still counts: GitHub makes every prior successful deployment of the environment
 *    inactive whenever another one succeeds (auto_inactive, default true), which a job with
 *    `environment:` does at its end (actions/runner#1001);
 *  - a deployment id;
 *  - a commit sha (7 to 40 hex digits): its newest successful release.
 * Anything else, or nothing to restore, is an error that names what was asked and lists the last releases.
 */
export function selectRelease(
  releases: ReleaseSummary[],
  rollbackTo: string,
  environment: string,
  /** Deployments `previous` passes over (ones the account does not vouch for: src/releases/trust.ts). */
  skip: ReadonlySet<number> = new Set(),
): Selection {
  const ours = recordedReleases(releases);
  const live = ours[0];
  const refuse = (why: string): never => {
    const recent = ours.slice(0, 5);
    throw new UserError(
      `${why}${recent.length ? `\nThe last releases of environment ${environment}:\n${formatReleases(recent)}` : `\nEnvironment ${environment} has no release recorded by compose-ecs.`}`,
    );
  };
  const to = rollbackTo.trim() || 'previous';
  if (to === 'previous') {
    if (!live)
      return refuse(`rollback-to previous: environment ${environment} has no release to roll back from`);
    const target = ours
      .slice(ours.indexOf(live) + 1)
      .find((r) => succeeded(r) && !rolledBackFrom(r) && r.sha !== live.sha && !skip.has(r.id));
    if (!target)
      return refuse(
        `rollback-to previous: environment ${environment} has no successful release before ${sha7(live.sha)}`,
      );
    return { target, live };
  }
  if (/^\d+$/.test(to)) {
    const byId = ours.find((r) => String(r.id) === to);
    if (byId) return checked(byId);
  }
  if (/^[0-9a-f]{7,40}$/i.test(to)) {
    const bySha = ours.filter((r) => r.sha.toLowerCase().startsWith(to.toLowerCase()));
    const good = bySha.find(succeeded);
    if (good) return { target: good, ...(live ? { live } : {}) };
    if (bySha.length)
      return refuse(
        `rollback-to ${to}: the releases of ${sha7(bySha[0]!.sha)} in environment ${environment} did not succeed`,
      );
  }
  return refuse(
    `rollback-to ${to}: no release of environment ${environment} has that deployment id or commit`,
  );

  function checked(release: ReleaseSummary): Selection {
    if (!succeeded(release))
      refuse(
        `rollback-to ${to}: deployment ${release.id} (${sha7(release.sha)}) ended ${release.state ?? 'without a status'}; only a release that succeeded can be restored`,
      );
    return { target: release, ...(live ? { live } : {}) };
  }
}

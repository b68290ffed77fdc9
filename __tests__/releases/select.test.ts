import { UserError } from '../../src/errors.js';
import type { ReleaseState, ReleaseSummary } from '../../src/releases/store.js';
import { marksRolledBack, selectRelease } from '../../src/releases/select.js';
import { emptyReleasePayload } from '../support/release-payload.js';

const payload = (sha: string) => emptyReleasePayload(sha);

let id = 100;
const release = (sha: string, state: ReleaseState | undefined): ReleaseSummary => ({
  id: id++,
  sha: sha.repeat(40).slice(0, 40),
  environment: 'staging',
  createdAt: '2026-12-01T00:00:00Z',
  ...(state ? { state } : {}),
  payload: payload(sha.repeat(40).slice(0, 40)),
});

// Newest first, as GitHub lists them: v1 ok, v2 ok, v3 failed, v4 ok (live).
const v1 = release('1', 'success');
const v2 = release('2', 'success');
const v3 = release('3', 'failure');
const v4 = release('4', 'success');
const history = [v4, v3, v2, v1];

describe('which release rollback-to names', () => {
  it('previous: the last successful release before the newest one, skipping failed ones', () => {
    expect(selectRelease(history, 'previous', 'staging')).toEqual({ target: v2, live: v4 });
  });

  it('previous after a failed deploy: the last good release, the one before the failure', () => {
    const v5 = release('5', 'failure');
    expect(selectRelease([v5, ...history], 'previous', 'staging')).toEqual({ target: v4, live: v5 });
  });

  it('previous skips releases rolled back from (inactive) and ones of the commit that is live', () => {
    // A rollback to v2 recorded v6 (sha of v2) and marked v4 inactive.
    const v6 = { ...release('2', 'success') };
    const rolledBack = {
      ...v4,
      state: 'inactive' as const,
      stateDescription: 'rolled back: rollback from 4444444 to 2222222',
    };
    expect(selectRelease([v6, rolledBack, v3, v2, v1], 'previous', 'staging')).toEqual({
      target: v1,
      live: v6,
    });
  });

  it('previous counts a good release that GitHub made inactive (auto_inactive), not rolled back from', () => {
    const auto = { ...v2, state: 'inactive' as const };
    expect(selectRelease([v4, v3, auto, v1], 'previous', 'staging')).toEqual({ target: auto, live: v4 });
  });

  it('a commit sha (short or full) or a deployment id', () => {
    expect(selectRelease(history, '1111111', 'staging').target).toBe(v1);
    expect(selectRelease(history, v1.sha, 'staging').target).toBe(v1);
    expect(selectRelease(history, String(v2.id), 'staging').target).toBe(v2);
  });

  it.each([
    [
      'an unknown sha',
      'abcdef0',
      /rollback-to abcdef0: no release of environment staging has that deployment id or commit/,
    ],
    ['a failed release', '3333333', /the releases of 3333333 in environment staging did not succeed/],
    ['a failed release by id', String(v3.id), new RegExp(`deployment ${v3.id} \\(3333333\\) ended failure`)],
  ])('%s: an error that lists the last releases', (_what, to, message) => {
    let error: unknown;
    try {
      selectRelease(history, to, 'staging');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(
      `The last releases of environment staging:\n  ${v4.id}  4444444  success`,
    );
  });

  it('no earlier successful release, or none at all', () => {
    expect(() => selectRelease([v4, v3], 'previous', 'staging')).toThrow(
      /no successful release before 4444444/,
    );
    expect(() => selectRelease([], 'previous', 'staging')).toThrow(
      /has no release to roll back from\nEnvironment staging has no release recorded by compose-ecs/,
    );
  });

  it('a rollback marks the release it went back from, also one GitHub had already made inactive', () => {
    // A job with `environment:` that ends after the live release (a pull request's plan job) makes it
    // inactive; unmarked, `previous` would later restore the very release this rollback went back from.
    expect(marksRolledBack({ ...v4, state: 'inactive' }, v2.sha)).toBe(true);
    expect(marksRolledBack(v4, v2.sha)).toBe(true);
    expect(marksRolledBack(v3, v2.sha)).toBe(false); // a failure keeps its failure
    expect(marksRolledBack(v4, v4.sha)).toBe(false); // restoring its own commit
    expect(
      marksRolledBack(
        { ...v4, state: 'inactive', stateDescription: 'rolled back: rollback from 4444444 to 1111111' },
        v2.sha,
      ),
    ).toBe(false); // already marked
  });
});

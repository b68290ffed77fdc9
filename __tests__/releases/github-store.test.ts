// Releases over the GitHub Deployments API (the local stand-in), as a rollback reads them. GitHub's
// "Inactive deployments": a success status (auto_inactive, default true) makes every prior non-transient,
// non-production deployment of the environment that had succeeded `inactive`. A job with `environment:`
// (as in examples/workflows) has GitHub Actions create such a deployment and mark it success when the job
// ends (actions/runner#1001), so the good releases before the newest one are `inactive` without anyone
// having rolled back from them.
import { startFakeGitHub, type FakeGitHub } from '../../scripts/local/fake-github.js';
import { githubReleases } from '../../src/releases/github-store.js';
import type { ReleaseStore } from '../../src/releases/store.js';
import { selectRelease } from '../../src/releases/select.js';
import { emptyReleasePayload } from '../support/release-payload.js';

const repository = { owner: 'octo-org', repo: 'shop' };
const sha = (digit: string) => digit.repeat(40);
let github: FakeGitHub;
let store: ReleaseStore;

const payload = (sha: string) => emptyReleasePayload(sha) as unknown as Record<string, unknown>;

async function post(path: string, body: unknown): Promise<{ id: number }> {
  const response = await fetch(`${github.url}/repos/octo-org/shop${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { id: number };
}

/** One run of a job with `environment: staging` that deploys `commit` with compose-ecs. */
async function jobRun(commit: string, outcome: 'success' | 'failure'): Promise<number> {
  // GitHub Actions creates the job's deployment when the job starts...
  const job = await post('/deployments', { ref: commit, environment: 'staging', required_contexts: [] });
  const id = await store.create({
    environment: 'staging',
    sha: commit,
    description: 'compose-ecs deploy',
    transient: false,
    payload: payload(commit),
  });
  await store.setState(id, 'in_progress');
  await store.setState(id, outcome);
  // ...and marks it with the job's outcome when it ends, with GitHub's default auto_inactive.
  await post(`/deployments/${job.id}/statuses`, { state: outcome });
  return id;
}

beforeEach(async () => {
  github = await startFakeGitHub();
  process.env.GITHUB_API_URL = github.url;
  store = githubReleases('t0ken', repository);
});
afterEach(async () => github.close());

describe('releases read back from GitHub Deployments', () => {
  it('previous: a good release GitHub itself made inactive is still one to restore', async () => {
    const v1 = await jobRun(sha('1'), 'success');
    const v2 = await jobRun(sha('2'), 'success');
    const releases = await store.list('staging', 50);
    // GitHub's auto_inactive reached v1: that is not a rollback from it.
    expect(releases.find((r) => r.id === v1)?.state).toBe('inactive');
    const { target, live } = selectRelease(releases, 'previous', 'staging');
    expect(live?.id).toBe(v2);
    expect(target.id).toBe(v1);
  });

  it('previous: a release a rollback went back from is skipped, as its status says', async () => {
    const v1 = await jobRun(sha('1'), 'success');
    const v2 = await jobRun(sha('2'), 'success');
    const v3 = await jobRun(sha('3'), 'success');
    // A rollback from v3 to v2 is recorded as a new release of v2's commit; v3 is marked rolled back.
    const rollback = await jobRun(sha('2'), 'success');
    await store.setState(v3, 'inactive', { description: 'rolled back: rollback from 3333333 to 2222222' });
    const { target, live } = selectRelease(await store.list('staging', 50), 'previous', 'staging');
    expect(live?.id).toBe(rollback);
    // Not v3 (rolled back from), not v2 (the commit live now): v1.
    expect(target.id).toBe(v1);
    expect(v2).toBeLessThan(v3);
  });
});

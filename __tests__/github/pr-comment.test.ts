import { createCommenter, throttled, type PullRequestCommenter } from '../../src/github/pr-comment.js';
import { StreamLogger } from '../../src/log.js';
import { startFakeGitHub, type FakeGitHub } from '../../scripts/local/fake-github.js';

const target = { owner: 'octo-org', repo: 'shop', issueNumber: 7 };
const BOT = { login: 'github-actions[bot]', type: 'Bot' as const };
const MALLORY = { login: 'mallory', type: 'User' as const };
const OTHER_APP = { login: 'review-bot[bot]', type: 'Bot' as const };
let github: FakeGitHub;
const warnings: string[] = [];
const logger = new StreamLogger((line) => warnings.push(line));

beforeEach(async () => {
  github = await startFakeGitHub();
  process.env.GITHUB_API_URL = github.url;
  warnings.length = 0;
});
afterEach(async () => github.close());

describe('createCommenter', () => {
  it('creates one comment and then edits it in place, also from a later run', async () => {
    await createCommenter('t0ken', target, logger).upsert('<!-- m -->', '<!-- m -->\nfirst');
    // Someone else's comment on the same pull request must be left alone.
    github.comments.set(1, { id: 1, issue: 7, body: 'LGTM' });
    const later = createCommenter('t0ken', target, logger);
    const url = await later.upsert('<!-- m -->', '<!-- m -->\nsecond');
    await later.upsert('<!-- m -->', '<!-- m -->\nthird');
    expect(url).toBe('http://github.local/c/1000');
    expect([...github.comments.values()].map((c) => c.body)).toEqual(['<!-- m -->\nthird', 'LGTM']);
    expect(github.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual([
      'GET /repos/octo-org/shop/issues/7/comments',
      'POST /repos/octo-org/shop/issues/7/comments',
      'GET /repos/octo-org/shop/issues/7/comments',
      'PATCH /repos/octo-org/shop/issues/comments/1000',
      'PATCH /repos/octo-org/shop/issues/comments/1000',
    ]);
    expect(github.requests[0]!.authorization).toBe('token t0ken');
  });

  it('reads the body the comment had before this run, with one listing shared with the edits', async () => {
    github.comments.set(1, { id: 1, issue: 7, body: 'LGTM' });
    github.comments.set(2, { id: 2, issue: 7, body: '<!-- m -->\nthe plan reviewed', user: BOT });
    const commenter = createCommenter('t0ken', target, logger);
    expect(await commenter.existing('<!-- m -->')).toBe('<!-- m -->\nthe plan reviewed');
    await commenter.upsert('<!-- m -->', '<!-- m -->\ndeployed');
    expect(await commenter.existing('<!-- m -->')).toBe('<!-- m -->\nthe plan reviewed');
    expect(github.comments.get(2)?.body).toBe('<!-- m -->\ndeployed');
    expect(github.requests.map((r) => r.method)).toEqual(['GET', 'PATCH']);
    expect(await createCommenter('t0ken', { ...target, issueNumber: 8 }, logger).existing('<!-- m -->')).toBe(
      undefined,
    );
  });

  it('neither edits nor reads as the plan a comment someone else wrote with the marker in it', async () => {
    // A pasted marker (with a plan fingerprint) must not make a deploy claim it applies a reviewed plan.
    github.comments.set(1, { id: 1, issue: 7, body: '<!-- m -->\nforged plan', user: MALLORY });
    const commenter = createCommenter('t0ken', target, logger);
    expect(await commenter.existing('<!-- m -->')).toBeUndefined();
    await commenter.upsert('<!-- m -->', '<!-- m -->\nplanned');
    expect(github.comments.get(1)?.body).toBe('<!-- m -->\nforged plan');
    expect([...github.comments.values()].map((c) => [c.body, c.user?.login])).toEqual([
      ['<!-- m -->\nforged plan', 'mallory'],
      ['<!-- m -->\nplanned', 'github-actions[bot]'],
    ]);
    expect(warnings.join('\n')).toContain(
      "ignored a comment by @mallory that carries compose-ecs's marker: only comments this token (or GITHUB_TOKEN) wrote are edited",
    );
    // The next run finds the bot's comment and edits it.
    expect(await createCommenter('t0ken', target, logger).existing('<!-- m -->')).toBe('<!-- m -->\nplanned');
  });

  it("asks who the token is only when a comment by someone other than GITHUB_TOKEN's bot carries the marker", async () => {
    github.comments.set(1, { id: 1, issue: 7, body: '<!-- m -->\nplanned', user: BOT });
    await createCommenter('t0ken', target, logger).upsert('<!-- m -->', '<!-- m -->\ndeployed');
    expect(github.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`)).toEqual([
      'GET /repos/octo-org/shop/issues/7/comments',
      'PATCH /repos/octo-org/shop/issues/comments/1',
    ]);
  });

  it("neither edits nor reads another app's bot comment that quotes the marker", async () => {
    // Another app (a review or coverage bot) quoting the marker is not this token; GITHUB_TOKEN asks its
    // identity (github-actions) by GraphQL and writes a comment of its own, leaving the app's alone.
    github.comments.set(1, { id: 1, issue: 7, body: '> <!-- m -->\nquoted', user: OTHER_APP });
    const commenter = createCommenter('t0ken', target, logger);
    expect(await commenter.existing('<!-- m -->')).toBeUndefined();
    await commenter.upsert('<!-- m -->', '<!-- m -->\nplanned');
    expect([...github.comments.values()].map((c) => [c.body, c.user?.login])).toEqual([
      ['> <!-- m -->\nquoted', 'review-bot[bot]'],
      ['<!-- m -->\nplanned', 'github-actions[bot]'],
    ]);
    // A quote does not start with the marker: it is not even a candidate (issue 22, item 11).
    expect(warnings.join('\n')).not.toContain('review-bot');
  });

  it('takes the marker only at the start of a comment, even in a comment of its own', async () => {
    // An environment key rendered in staging's comment carried production's marker mid-comment.
    github.comments.set(1, {
      id: 1,
      issue: 7,
      body: '<!-- compose-ecs stack=shop-staging -->\n| KEY <!-- compose-ecs stack=shop-production --> |',
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const commenter = createCommenter('t0ken', target, logger);
    expect(await commenter.existing('<!-- compose-ecs stack=shop-production -->')).toBeUndefined();
  });

  it("with an app's installation token, edits the app's own comment", async () => {
    github.tokenUser = { login: 'deploy-app[bot]', type: 'Bot' };
    github.comments.set(1, { id: 1, issue: 7, body: '<!-- m -->\nquoted', user: OTHER_APP });
    github.comments.set(2, { id: 2, issue: 7, body: '<!-- m -->\nours', user: github.tokenUser });
    const commenter = createCommenter('t0ken', target, logger);
    expect(await commenter.existing('<!-- m -->')).toBe('<!-- m -->\nours');
    await commenter.upsert('<!-- m -->', '<!-- m -->\nedited');
    expect([...github.comments.values()].map((c) => c.body)).toEqual([
      '<!-- m -->\nquoted',
      '<!-- m -->\nedited',
    ]);
  });

  it("with a personal token, finds the token user's own comment and ignores others", async () => {
    github.tokenUser = { login: 'deployer', type: 'User' };
    github.comments.set(1, { id: 1, issue: 7, body: '<!-- m -->\nforged', user: MALLORY });
    github.comments.set(2, { id: 2, issue: 7, body: '<!-- m -->\nours', user: github.tokenUser });
    const commenter = createCommenter('t0ken', target, logger);
    expect(await commenter.existing('<!-- m -->')).toBe('<!-- m -->\nours');
    await commenter.upsert('<!-- m -->', '<!-- m -->\nedited');
    expect([...github.comments.values()].map((c) => c.body)).toEqual([
      '<!-- m -->\nforged',
      '<!-- m -->\nedited',
    ]);
  });

  it('without GraphQL, a personal token is known by GET /user', async () => {
    github.graphqlUnavailable = true;
    github.tokenUser = { login: 'deployer', type: 'User' };
    github.comments.set(1, { id: 1, issue: 7, body: '<!-- m -->\nforged', user: MALLORY });
    github.comments.set(2, { id: 2, issue: 7, body: '<!-- m -->\nours', user: github.tokenUser });
    expect(await createCommenter('t0ken', target, logger).existing('<!-- m -->')).toBe('<!-- m -->\nours');
    expect(github.requests.map((r) => `${r.method} ${r.path}`)).toContain('GET /user');
  });

  it("a plan posted with GITHUB_TOKEN is found by a deploy with a personal token, beside another's comment", async () => {
    github.tokenUser = { login: 'deployer', type: 'User' };
    github.comments.set(1, { id: 1, issue: 7, body: '<!-- m -->\nforged', user: MALLORY });
    github.comments.set(2, { id: 2, issue: 7, body: '<!-- m -->\nplanned', user: BOT });
    const commenter = createCommenter('t0ken', target, logger);
    expect(await commenter.existing('<!-- m -->')).toBe('<!-- m -->\nplanned');
    await commenter.upsert('<!-- m -->', '<!-- m -->\ndeployed');
    expect([...github.comments.values()].map((c) => c.body)).toEqual([
      '<!-- m -->\nforged',
      '<!-- m -->\ndeployed',
    ]);
  });

  it("turns a refused write (a fork's read-only token) into a warning, not a failure", async () => {
    github.failWritesWith = 403;
    await expect(createCommenter('t0ken', target, logger).upsert('<!-- m -->', 'x')).resolves.toBeUndefined();
    expect(warnings.join('\n')).toMatch(
      /could not post the pull-request comment: .*pull requests from forks get a read-only token/,
    );
  });
});

describe('throttled', () => {
  it('runs edits one at a time, so concurrent edits create one comment', async () => {
    const commenter = throttled(createCommenter('t0ken', target, logger), 0);
    await Promise.all([
      commenter.upsert('<!-- m -->', '<!-- m -->\na'),
      commenter.flush('<!-- m -->', '<!-- m -->\nb'),
    ]);
    expect([...github.comments.values()].map((c) => c.body)).toEqual(['<!-- m -->\nb']);
  });

  it('spaces edits out but always lets the final one through', async () => {
    const bodies: string[] = [];
    const inner: PullRequestCommenter = {
      upsert: async (_m, body) => (bodies.push(body), 'url'),
      existing: async () => undefined,
    };
    let now = 0;
    const commenter = throttled(inner, 10_000, () => now);
    await commenter.upsert('m', 'a');
    now = 5_000;
    await commenter.upsert('m', 'b');
    now = 10_001;
    await commenter.upsert('m', 'c');
    now = 10_002;
    await commenter.flush('m', 'final');
    expect(bodies).toEqual(['a', 'c', 'final']);
  });
});

// `compose-ecs releases`: an environment's releases as a rollback sees them (only the deployments
// compose-ecs recorded, not the ones a job's `environment:` makes), and a GitHub it cannot read is one
// clear line, not a stack trace.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startFakeGitHub, type FakeGitHub } from '../scripts/local/fake-github.js';
import { emptyReleasePayload } from './support/release-payload.js';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/tsx/dist/cli.mjs');
const CLI = join(process.cwd(), 'src/cli.ts');
let github: FakeGitHub;

const env = (apiUrl: string) => ({
  ...process.env,
  GITHUB_TOKEN: 't0ken',
  GITHUB_REPOSITORY: 'octo-org/shop',
  GITHUB_API_URL: apiUrl,
});

beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => github.close());

describe('compose-ecs releases', () => {
  it('lists the releases compose-ecs recorded, not the deployments a job environment made', async () => {
    const deployment = (sha: string, payload: unknown) => ({
      id: github.deployments.length + 1,
      sha,
      ref: sha,
      environment: 'staging',
      payload,
      transient_environment: false,
      created_at: '2026-12-01T00:00:00Z',
      statuses: [{ id: 1, state: 'success' }],
    });
    github.deployments.push(deployment('1'.repeat(40), emptyReleasePayload('1'.repeat(40))));
    github.deployments.push(deployment('2'.repeat(40), {}));
    const { stdout } = await run(process.execPath, [TSX, CLI, 'releases', '--environment', 'staging'], {
      env: env(github.url),
    });
    expect(stdout.trimEnd().split('\n')).toEqual([expect.stringMatching(/^ {2}1 {2}1111111 {2}success/)]);
  }, 60_000);

  it('a GitHub it cannot reach: one line that says so, exit code 1', async () => {
    const failed = await run(process.execPath, [TSX, CLI, 'releases', '--environment', 'staging'], {
      env: env('http://127.0.0.1:9'),
    }).catch((err: { code: number; stderr: string }) => err);
    expect('code' in failed && failed.code).toBe(1);
    const lines = failed.stderr
      .trimEnd()
      .split('\n')
      .filter(
        (l) =>
          !/NodeVersionSupport|node >=22|^$|upgrade|a\.co|trace-warnings|versions published|will require/.test(
            l,
          ),
      );
    expect(lines).toEqual([
      expect.stringMatching(/^error: cannot read the releases of environment staging: /),
    ]);
  }, 60_000);
});

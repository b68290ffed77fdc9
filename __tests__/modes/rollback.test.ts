// rollback as run() composes it, through the typed fakes: the recorded release is replayed (its template and
// parameters, nothing built or converted), planned and executed like a deploy, recorded, and the release
// rolled back from is marked inactive.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { releasePayload, templateHash, type ReleaseRecord } from '../../src/releases/payload.js';
import type { ReleaseStore, ReleaseSummary } from '../../src/releases/store.js';
import { StreamLogger } from '../../src/log.js';
import { run } from '../../src/run.js';
import { fakeClock, fakeEdge } from '../support/fake-edge.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const body = JSON.stringify({ Resources: { Topic: { Type: 'AWS::SNS::Topic' } } });
const record = (sha: string): ReleaseRecord => ({
  version: 1,
  stack: 'shop',
  region: 'us-east-1',
  environment: 'staging',
  project: 'shop',
  sha,
  composeFiles: ['compose.yaml'],
  images: { web: `ghcr.io/o/web@${DIGEST}` },
  templateHash: templateHash(body),
  templateBody: body,
  parameters: {},
  noEcho: [],
  secretVersions: [],
});
const summary = (id: number, r: ReleaseRecord): ReleaseSummary => ({
  id,
  sha: r.sha,
  environment: 'staging',
  createdAt: '2026-12-01T00:00:00Z',
  state: 'success',
  payload: releasePayload(r, undefined).payload,
});

it('replays the previous release through a change set and marks the one rolled back from inactive', async () => {
  const live = record('3'.repeat(40));
  const previous = record('2'.repeat(40));
  const states: string[] = [];
  const store: ReleaseStore = {
    create: async () => 9,
    setState: async (id, state) => void states.push(`${id} ${state}`),
    list: async () => [summary(2, live), summary(1, previous)],
  };
  let stack = { StackId: 'arn:stack/shop/1', StackName: 'shop', StackStatus: 'UPDATE_COMPLETE' } as Stack;
  const vouched: string[] = [];
  const aws = fakeEdge({
    identity: { region: async () => 'us-east-1' },
    // Every release of this stack is vouched for by the deploy role here (what trust refuses: releases/trust tests).
    parameters: {
      existing: async (names) => new Set(names.filter((n) => n.startsWith('/compose-ecs/shop/releases/'))),
      create: async ({ name }) => void vouched.push(name),
    },
    stacks: {
      describe: async () => stack,
      template: async () => JSON.stringify({ Resources: {} }),
      resources: async () => [],
    },
    changeSets: {
      create: async () => ({ id: 'arn:changeSet/cs-1', stackId: 'arn:stack/shop/1' }),
      describe: async () => ({
        $metadata: {},
        Status: 'CREATE_COMPLETE',
        StackId: 'arn:stack/shop/1',
        Changes: [
          {
            Type: 'Resource',
            ResourceChange: { Action: 'Add', LogicalResourceId: 'Topic', ResourceType: 'AWS::SNS::Topic' },
          },
        ],
      }),
      execute: async () => {
        stack = { ...stack, StackStatus: 'UPDATE_COMPLETE' };
      },
    },
    events: { page: async () => ({ events: [] }) },
  });
  const result = await run(
    {
      mode: 'rollback',
      load: { files: [], workingDir: '/nowhere', environment: {} },
      waitTimeoutMs: 600_000,
      release: { environment: 'staging', rollbackTo: 'previous', sha: '3'.repeat(40) },
    },
    {
      aws,
      logger: new StreamLogger(() => {}),
      clock: fakeClock(),
      releases: store,
      fetch: (async () =>
        new Response(null, { status: 200, headers: { 'docker-content-digest': DIGEST } })) as typeof fetch,
    },
  );
  expect(result.report).toMatchObject({ mode: 'rollback', hasChanges: true, deploy: { state: 'succeeded' } });
  // The recorded template, as recorded: nothing was converted or built.
  expect(aws.argsOf('changeSets.create')[0]![0]).toMatchObject({ templateBody: body, type: 'UPDATE' });
  // Reads, then the change set against the stack's current template, executed and followed; no ECS service.
  expect(aws.log).toEqual([
    // The release's record is checked against the hash the deploy role recorded (releases/trust.ts).
    'parameters.existing',
    'identity.region',
    'identity.region',
    'stacks.describe',
    'stacks.template',
    'changeSets.create',
    'changeSets.describe',
    // Nothing billed here, so no Price List query; the rollback vouches for its own release before executing.
    'parameters.create',
    'changeSets.execute',
    'stacks.describe',
    'events.page',
    'stacks.resources',
  ]);
  // The rollback is recorded as a release of its own, and the release rolled back from goes inactive.
  expect(states).toEqual(['9 in_progress', '9 success', '2 inactive']);
  expect(vouched).toHaveLength(1);
});

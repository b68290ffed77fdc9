// Recording a release on GitHub through a typed fake of the Deployments edge.
import { decodeRelease, readPayload } from '../../src/releases/payload.js';
import type { NewRelease, ReleaseState, ReleaseStore } from '../../src/releases/store.js';
import { StreamLogger } from '../../src/log.js';
import type { Candidate } from '../../src/steps/candidate.js';
import { stepContext } from '../../src/steps/context.js';
import type { Planned } from '../../src/steps/plan.js';
import { finishRelease, startRelease } from '../../src/steps/record.js';
import { releaseHash } from '../../src/releases/trust.js';
import { fakeClock, fakeEdge, type EdgeOverrides } from '../support/fake-edge.js';

const body = JSON.stringify({
  Parameters: { Subnets: { Type: 'String' }, Token: { Type: 'String', NoEcho: true } },
  Resources: {},
});

function planned(): Planned {
  const candidate: Candidate = {
    stackName: 'shop',
    project: 'shop',
    template: JSON.parse(body),
    body,
    parameters: async () => ({ values: {}, secrets: { parameters: {}, writes: [], created: [] } }),
    images: [{ service: 'web', uri: `r/web@sha256:${'a'.repeat(64)}`, pushed: true }],
    composeFiles: ['compose.yaml'],
    sha: 'f'.repeat(40),
    secretVersions: (values) => [{ secret: 'db', arn: values.DbArn!, versionId: values.DbVersion! }],
  };
  return {
    candidate,
    jobs: [],
    plan: {
      type: 'UPDATE',
      changeSetName: 'cs',
      outcome: { kind: 'no-changes', reason: 'x' },
      secrets: { parameters: {}, writes: [], created: [] },
      parameters: { Subnets: 'subnet-1', Token: 'never-recorded', DbArn: 'arn:db', DbVersion: 'v1' },
      template: candidate.template,
      body: candidate.body,
    },
    findings: [],
    result: { hasChanges: true, images: candidate.images },
  };
}

function recorder(fail?: { status: number; message: string }, edge: EdgeOverrides = {}) {
  const created: NewRelease[] = [];
  const states: Array<[number, ReleaseState, Record<string, string | undefined>]> = [];
  const store: ReleaseStore = {
    create: async (r) => {
      if (fail) throw Object.assign(new Error(fail.message), { status: fail.status });
      created.push(r);
      return 77;
    },
    setState: async (id, state, details = {}) => void states.push([id, state, details]),
    list: async () => [],
  };
  const lines: string[] = [];
  const aws = fakeEdge(edge);
  const ctx = stepContext(
    {
      mode: 'deploy',
      load: { files: [], workingDir: '/x', environment: {} },
      waitTimeoutMs: 60_000,
      release: { environment: 'staging', runUrl: 'https://github.com/o/r/actions/runs/1' },
    },
    { logger: new StreamLogger((l) => lines.push(l)), aws, clock: fakeClock(), releases: store },
  );
  // What the run said before the release is recorded: the stack, and the region the plan read.
  void ctx.emit(
    { kind: 'stack-named', project: 'shop', stackName: 'shop' },
    { kind: 'region-read', region: 'us-east-1' },
  );
  return { ctx, created, states, lines, aws };
}

describe('recording a release', () => {
  it('creates the deployment with the full record (no NoEcho value), in progress, then success with the URL', async () => {
    const { ctx, created, states } = recorder();
    const p = planned();
    const recorded = await startRelease(ctx, p);
    expect(recorded).toEqual({ id: 77, environment: 'staging' });
    expect(ctx.report().release).toEqual({ id: 77, environment: 'staging' });
    expect(created[0]).toMatchObject({ environment: 'staging', sha: 'f'.repeat(40), transient: false });
    const stored = readPayload(created[0]!.payload)!.release;
    if (stored.storage !== 'inline') throw new Error('expected inline');
    const record = decodeRelease(Buffer.from(stored.data, 'base64'));
    expect(record.templateBody).toBe(body);
    expect(record.parameters).toEqual({ DbArn: 'arn:db', DbVersion: 'v1', Subnets: 'subnet-1' });
    expect(record.noEcho).toEqual(['Token']);
    expect(JSON.stringify(created[0]!.payload)).not.toContain('never-recorded');
    expect(record.secretVersions).toEqual([{ secret: 'db', arn: 'arn:db', versionId: 'v1' }]);
    await ctx.emit({ kind: 'deploy-started' }, { kind: 'deploy-succeeded', urls: { WebURL: 'http://lb' } });
    await finishRelease(ctx, p, recorded);
    expect(states.map(([, s, d]) => [s, d.environmentUrl, d.logUrl])).toEqual([
      ['in_progress', undefined, 'https://github.com/o/r/actions/runs/1'],
      ['success', 'http://lb', 'https://github.com/o/r/actions/runs/1'],
    ]);
  });

  it('a failed release gets the root cause as its description', async () => {
    const { ctx, states } = recorder();
    const p = planned();
    const recorded = await startRelease(ctx, p);
    await ctx.emit({
      kind: 'deploy-failed',
      error: 'ECS rolled back service web: circuit breaker',
      cancelled: false,
    });
    await finishRelease(ctx, p, recorded, new Error('ignored: the report has the root cause'));
    expect(states.at(-1)?.[1]).toBe('failure');
    expect(states.at(-1)?.[2].description).toBe('ECS rolled back service web: circuit breaker');
  });

  it('without deployments: write GitHub refuses: a warning that names the permission, never a failed deploy', async () => {
    const { ctx, lines } = recorder({ status: 403, message: 'Resource not accessible by integration' });
    expect(await startRelease(ctx, planned())).toBeUndefined();
    expect(lines.join('\n')).toMatch(
      /the release is not recorded: GitHub answered 403 .*permissions: deployments: write/,
    );
  });

  it('records the hash of the stored record in SSM under /compose-ecs/STACK/releases/, where only the deploy role writes', async () => {
    const { ctx, created, aws } = recorder(undefined, { parameters: { create: async () => undefined } });
    await startRelease(ctx, planned());
    const stored = readPayload(created[0]!.payload)!.release;
    if (stored.storage !== 'inline') throw new Error('expected inline');
    const input = aws.argsOf('parameters.create')[0]![0] as { name: string };
    expect(input.name).toBe(`/compose-ecs/shop/releases/${releaseHash(Buffer.from(stored.data, 'base64'))}`);
    // Recorded before the deployment exists: a deployment is never restorable before its hash is.
    expect(aws.log).toEqual(['parameters.create']);
  });

  it('the same record again (ParameterAlreadyExists) is vouched for already; a refusal is a warning naming the permission', async () => {
    const again = recorder(undefined, {
      parameters: {
        create: async () =>
          Promise.reject(Object.assign(new Error('exists'), { name: 'ParameterAlreadyExists' })),
      },
    });
    expect(await startRelease(again.ctx, planned())).toBeDefined();
    expect(again.lines.join('\n')).not.toContain('no rollback will restore');
    const denied = recorder(undefined, {
      parameters: {
        create: async () =>
          Promise.reject(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' })),
      },
    });
    expect(await startRelease(denied.ctx, planned())).toBeDefined();
    expect(denied.lines.join('\n')).toContain(
      'no rollback will restore this release: its hash could not be recorded in SSM under /compose-ecs/shop/releases/ (the deploy role needs ssm:PutParameter there)',
    );
  });
});

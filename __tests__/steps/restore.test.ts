// A rollback's restore step through the typed edges: which release, what it checks before touching
// the stack, and what it refuses.
import { UserError } from '../../src/errors.js';
import { releasePayload, templateHash, type ReleaseRecord } from '../../src/releases/payload.js';
import type { ReleaseStore, ReleaseSummary } from '../../src/releases/store.js';
import { StreamLogger } from '../../src/log.js';
import { stepContext } from '../../src/steps/context.js';
import { releaseHash, releaseParameterName } from '../../src/releases/trust.js';
import { restoreRelease } from '../../src/steps/restore.js';
import { fakeClock, fakeEdge, type EdgeOverrides } from '../support/fake-edge.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const body = JSON.stringify({ Parameters: { Token: { Type: 'String', NoEcho: true } }, Resources: {} });
const record = (sha: string, extra: Partial<ReleaseRecord> = {}): ReleaseRecord => ({
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
  parameters: { Subnets: 'subnet-1,subnet-2' },
  noEcho: [],
  secretVersions: [{ secret: 'db', arn: 'arn:secret:db', versionId: 'v-old' }],
  ...extra,
});
let id = 1;
const summary = (r: ReleaseRecord, state: ReleaseSummary['state']): ReleaseSummary => ({
  id: id++,
  sha: r.sha,
  environment: 'staging',
  createdAt: '2026-12-01T00:00:00Z',
  ...(state ? { state } : {}),
  payload: releasePayload(r, undefined).payload,
});

function context(
  releases: ReleaseSummary[],
  edge: EdgeOverrides,
  options: { overrides?: Record<string, string>; found?: boolean; fetch?: typeof fetch } = {},
) {
  const lines: string[] = [];
  const store: ReleaseStore = {
    create: async () => 0,
    setState: async () => undefined,
    list: async () => releases,
  };
  // Every release here was recorded by the deploy role (its hash is in SSM) unless a test says otherwise.
  const aws = fakeEdge({
    identity: { region: async () => 'us-east-1' },
    parameters: { existing: async (names: string[]) => new Set(names) },
    ...edge,
  });
  const fakeFetch =
    options.fetch ??
    ((async () =>
      options.found === false
        ? new Response(null, { status: 404 })
        : new Response(null, { status: 200, headers: { 'docker-content-digest': DIGEST } })) as typeof fetch);
  const ctx = stepContext(
    {
      mode: 'rollback',
      load: { files: [], workingDir: '/x', environment: {} },
      waitTimeoutMs: 60_000,
      release: { environment: 'staging', rollbackTo: 'previous' },
      stack: { parameterOverrides: options.overrides ?? {} } as never,
    },
    {
      logger: new StreamLogger((line) => lines.push(line)),
      aws,
      clock: fakeClock(),
      releases: store,
      fetch: fakeFetch,
    },
  );
  return { ctx, aws, lines };
}

const secretsKept = { secrets: { versionIds: async () => ['v-old', 'v-new'] } };

describe('restoring a recorded release', () => {
  it('replays the recorded template body and parameters exactly, and names the rollback', async () => {
    const good = record('2'.repeat(40));
    const history = [summary(record('3'.repeat(40)), 'failure'), summary(good, 'success')];
    const { ctx, aws } = context(history, secretsKept);
    const restored = await restoreRelease(ctx);
    expect(restored.candidate.body).toBe(body);
    expect(restored.candidate.description).toBe('rollback from 3333333 to 2222222');
    const params = await restored.candidate.parameters({ isNew: false }, aws, ctx.logger);
    expect(params.values).toEqual({ Subnets: 'subnet-1,subnet-2' });
    expect(params.secrets.writes).toEqual([]);
    expect(restored.candidate.images).toEqual([
      expect.objectContaining({
        service: 'web',
        uri: `ghcr.io/o/web@${DIGEST}`,
        digest: DIGEST,
        pushed: false,
      }),
    ]);
    // Nothing but reads: the stack is not touched before the plan.
    expect(aws.log).toEqual(['parameters.existing', 'identity.region', 'secrets.versionIds']);
  });

  it('refuses before touching the stack when an image or a secret version is gone, naming each', async () => {
    const good = record('2'.repeat(40));
    const { ctx } = context(
      [summary(record('3'.repeat(40)), 'success'), summary(good, 'success')],
      { secrets: { versionIds: async () => ['v-new'] } },
      { found: false },
    );
    const error = await restoreRelease(ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('release 2222222 (deployment');
    expect((error as Error).message).toContain(`service web: image ghcr.io/o/web@${DIGEST} no longer exists`);
    expect((error as Error).message).toContain(
      'secret db: version v-old no longer exists in Secrets Manager',
    );
  });

  it('refuses when the config contents its tasks read are gone from SSM', async () => {
    const withConfig = JSON.stringify({
      Resources: {
        ProxyTaskExecutionRole: {
          Properties: {
            Policies: [
              {
                PolicyDocument: {
                  Statement: [
                    {
                      // A release's grant: every version of the config (…/<hash>/* before 6539d43).
                      Resource: [
                        {
                          'Fn::Sub':
                            'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/compose-ecs/${AWS::StackName}/configs/proxy_conf/499e67d22faf26cf/*',
                        },
                        {
                          'Fn::Sub':
                            'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/compose-ecs/${AWS::StackName}/configs/proxy_conf/*',
                        },
                      ],
                    },
                  ],
                },
              },
            ],
          },
        },
        ProxyTaskDefinition: {
          Properties: {
            ContainerDefinitions: [
              {
                Secrets: [
                  {
                    ValueFrom: {
                      'Fn::Sub':
                        'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/compose-ecs/${AWS::StackName}/configs/proxy_conf/499e67d22faf26cf/0.0',
                    },
                  },
                ],
              },
            ],
          },
        },
      },
    });
    const good = record('2'.repeat(40), { templateBody: withConfig, templateHash: templateHash(withConfig) });
    const { ctx, aws } = context([summary(record('3'.repeat(40)), 'success'), summary(good, 'success')], {
      ...secretsKept,
      parameters: {
        existing: async (names: string[]) => new Set(names.filter((n) => n.includes('/releases/'))),
      },
    });
    await expect(restoreRelease(ctx)).rejects.toThrow(
      'config content /compose-ecs/shop/configs/proxy_conf/499e67d22faf26cf/0.0 no longer exists in SSM Parameter Store',
    );
    expect(aws.argsOf('parameters.existing')).toContainEqual([
      ['/compose-ecs/shop/configs/proxy_conf/499e67d22faf26cf/0.0'],
    ]);
  });

  it("an image whose registry will not show it (a private GHCR image, another account's ECR) is a warning, not a refusal", async () => {
    // The check is there to catch images deleted since; one it cannot make must not make every rollback
    // of the environment impossible (ECS, which pulls with the task's own credentials, is the judge).
    const denied = (async () =>
      new Response(null, {
        status: 401,
        headers: { 'www-authenticate': 'Basic realm="private registry"' },
      })) as typeof fetch;
    const good = record('2'.repeat(40));
    const history = [summary(record('3'.repeat(40)), 'failure'), summary(good, 'success')];
    const { ctx, lines } = context(history, secretsKept, { fetch: denied });
    const restored = await restoreRelease(ctx);
    expect(restored.record.sha).toBe(good.sha);
    expect(lines.join('\n')).toMatch(
      new RegExp(
        `service web: could not check that ghcr\\.io/o/web@${DIGEST} still exists: ghcr\\.io asks for credentials`,
      ),
    );
    expect(lines.join('\n')).not.toMatch(/pin-images/);
  });

  it('an image recorded by tag (deployed with pin-images: false) is replayed by tag, with a warning', async () => {
    // pin-images: false is the user's choice; it must not make every rollback of the environment impossible.
    const good = record('2'.repeat(40), { images: { web: `ghcr.io/o/web@${DIGEST}`, db: 'postgres:16' } });
    const history = [summary(record('3'.repeat(40)), 'failure'), summary(good, 'success')];
    const { ctx, lines } = context(history, secretsKept);
    const restored = await restoreRelease(ctx);
    expect(restored.record.sha).toBe(good.sha);
    expect(lines.join('\n')).toMatch(
      /service db: postgres:16 was recorded by tag \(pin-images: false\): the rollback runs whatever it names now/,
    );
  });

  it('a NoEcho parameter was never recorded: it must come from parameter-overrides again', async () => {
    const good = record('2'.repeat(40), { noEcho: ['Token'] });
    const history = [summary(record('3'.repeat(40)), 'success'), summary(good, 'success')];
    await expect(restoreRelease(context(history, secretsKept).ctx)).rejects.toThrow(
      /parameter Token is NoEcho, so its value was never recorded: pass it again in parameter-overrides/,
    );
    const { ctx, aws } = context(history, secretsKept, { overrides: { Token: 's3cret' } });
    const restored = await restoreRelease(ctx);
    expect((await restored.candidate.parameters({ isNew: false }, aws, ctx.logger)).values.Token).toBe(
      's3cret',
    );
  });

  it('a release of another stack or region is refused', async () => {
    const other = record('2'.repeat(40), { region: 'eu-west-1' });
    const { ctx } = context(
      [summary(record('3'.repeat(40)), 'success'), summary(other, 'success')],
      secretsKept,
    );
    await expect(restoreRelease(ctx)).rejects.toThrow(/released stack shop in eu-west-1, not us-east-1/);
  });

  describe('what a rollback trusts (issue 22, item 2)', () => {
    // Attack: anyone with `deployments: write` (a pull request's job) creates a deployment whose payload
    // carries a template with an admin role; `rollback-to: previous` took the newest good one.
    const admin = JSON.stringify({
      Resources: {
        Backdoor: {
          Type: 'AWS::IAM::Role',
          Properties: { ManagedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'] },
        },
      },
    });
    const planted = record('6'.repeat(40), { templateBody: admin, templateHash: templateHash(admin) });
    const vouchedFor = (records: ReleaseRecord[]) => {
      const names = new Set(
        records.map((r) =>
          releaseParameterName(r.stack, releaseHash(releasePayload(r, undefined).compressed)),
        ),
      );
      return { existing: async (asked: string[]) => new Set(asked.filter((n) => names.has(n))) };
    };

    it('previous passes over a deployment the deploy role never recorded, naming it, and restores the one before', async () => {
      const live = record('3'.repeat(40));
      const good = record('2'.repeat(40));
      const plantedSummary = summary(planted, 'success');
      const { ctx, lines } = context([summary(live, 'success'), plantedSummary, summary(good, 'success')], {
        ...secretsKept,
        parameters: vouchedFor([live, good]),
      });
      const restored = await restoreRelease(ctx);
      expect(restored.record.sha).toBe(good.sha);
      expect(restored.candidate.body).not.toContain('Backdoor');
      expect(lines.join('\n')).toContain(
        `rollback-to previous passes over deployment ${plantedSummary.id}: 6666666 cannot be trusted: the deploy role never recorded its hash (no SSM parameter /compose-ecs/shop/releases/`,
      );
    });

    it('a rollback to a deployment the deploy role never recorded is refused', async () => {
      const plantedSummary = summary(planted, 'success');
      const { ctx } = context([summary(record('3'.repeat(40)), 'success'), plantedSummary], {
        ...secretsKept,
        parameters: vouchedFor([record('3'.repeat(40))]),
      });
      ctx.options.release!.rollbackTo = String(plantedSummary.id);
      await expect(restoreRelease(ctx)).rejects.toThrow(
        `rollback-to ${plantedSummary.id}: deployment ${plantedSummary.id} (6666666 cannot be trusted: the deploy role never recorded its hash`,
      );
    });

    it('with nothing vouched for before the live release, says which were passed over', async () => {
      const plantedSummary = summary(planted, 'success');
      const { ctx } = context([summary(record('3'.repeat(40)), 'success'), plantedSummary], {
        ...secretsKept,
        parameters: vouchedFor([]),
      });
      const error = (await restoreRelease(ctx).catch((e: unknown) => e)) as Error;
      expect(error.message).toContain('has no successful release before 3333333');
      expect(error.message).toContain(
        `Passed over, not recorded by the deploy role:\n  deployment ${plantedSummary.id}: 6666666`,
      );
    });

    it('reads a record from S3 only under compose-ecs/STACK/releases/ of template-bucket', async () => {
      const big = { ...summary(planted, 'success') };
      big.payload = {
        'compose-ecs': {
          ...(big.payload as { 'compose-ecs': object })['compose-ecs'],
          release: {
            storage: 's3',
            encoding: 'gzip',
            bucket: 'attacker',
            key: 'compose-ecs/shop/templates/x.json.gz',
            reason: 'big',
          },
        },
      };
      const { ctx, aws } = context([summary(record('3'.repeat(40)), 'success'), big], {
        ...secretsKept,
        parameters: vouchedFor([]),
        templates: { get: async () => new Uint8Array() },
      });
      ctx.options.release!.rollbackTo = String(big.id);
      await expect(restoreRelease(ctx)).rejects.toThrow(
        'its record is at s3://attacker/compose-ecs/shop/templates/x.json.gz, outside compose-ecs/shop/releases/',
      );
      expect(aws.log).not.toContain('templates.get');
    });
  });
});

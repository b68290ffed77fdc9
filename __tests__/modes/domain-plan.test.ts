// A plan of a project with x-aws-domain (issue 27), through the typed fakes: the hosted zone is looked up
// before anything else is asked of the account, its id becomes the template's parameter, the report says
// which zone; a name outside every zone stops the run before a change set exists.
import type { Stack } from '@aws-sdk/client-cloudformation';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StreamLogger } from '../../src/log.js';
import { run, type RunOptions } from '../../src/run.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';
import type { ChangeSetInput } from '../../src/aws/edge.js';
import { fakeClock, fakeEdge } from '../support/fake-edge.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'domain-plan-'));
  await writeFile(
    join(dir, 'compose.yaml'),
    'name: shop\nservices:\n  web:\n    image: busybox:1.36\n    ports: ["80:8080"]\n    x-aws-domain: shop.example.com\n',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const options = (): RunOptions => ({
  mode: 'plan',
  load: { files: [], workingDir: dir, environment: {} },
  waitTimeoutMs: 600_000,
  pinImages: false,
});

function account(zones: Array<{ id: string; name: string; private: boolean }>) {
  const state: { stack?: Stack } = {};
  return fakeEdge({
    identity: {
      region: async () => 'eu-west-1',
      account: async () => ({ id: '123456789012', partition: 'aws' }),
    },
    zones: { fromName: async (name: string) => zones.filter((z) => z.name >= name) },
    network: {
      defaultVpcId: async () => 'vpc-1',
      subnets: async () => [
        { SubnetId: 'subnet-a', AvailabilityZone: 'eu-west-1a', MapPublicIpOnLaunch: true, VpcId: 'vpc-1' },
        { SubnetId: 'subnet-b', AvailabilityZone: 'eu-west-1b', MapPublicIpOnLaunch: true, VpcId: 'vpc-1' },
      ],
    },
    stacks: {
      describe: async () => state.stack,
      delete: async () => {
        state.stack = undefined;
      },
    },
    changeSets: {
      create: async () => {
        state.stack = {
          StackId: 'arn:stack/shop/1',
          StackName: 'shop',
          StackStatus: 'REVIEW_IN_PROGRESS',
        } as Stack;
        return { id: 'arn:changeSet/cs-1', stackId: 'arn:stack/shop/1' };
      },
      describe: async () => ({
        $metadata: {},
        Status: 'CREATE_COMPLETE',
        StackId: 'arn:stack/shop/1',
        Changes: [],
      }),
      delete: async () => undefined,
    },
  });
}
const deps = (aws: ReturnType<typeof fakeEdge>) => ({
  aws,
  logger: new StreamLogger(() => undefined),
  clock: fakeClock(),
});

describe('a plan with x-aws-domain', () => {
  it('finds the zone right after the first reading of the stack, passes its id, and says which zone', async () => {
    const aws = account([{ id: 'ZEXAMPLE', name: 'example.com', private: false }]);
    const result = await run(options(), deps(aws));
    expect(aws.log.slice(0, 3)).toEqual(['stacks.describe', 'zones.fromName', 'zones.fromName']);
    const [input] = aws.argsOf('changeSets.create')[0] as [ChangeSetInput];
    expect(input.parameters).toMatchObject({ ShopExampleComHostedZoneId: 'ZEXAMPLE' });
    expect(result.report.domains).toEqual([
      'https://shop.example.com (web): hosted zone example.com (ZEXAMPLE), the longest public zone it falls in',
      expect.stringMatching(/usually a few minutes/),
      expect.stringMatching(/stay in the zone when the stack is deleted/),
    ]);
  });

  it('refuses a name outside every public zone before a change set or a build, naming the field and line', async () => {
    const aws = account([{ id: 'ZPRIVATE', name: 'example.com', private: true }]);
    let diagnostics: string[] = [];
    await run(options(), deps(aws)).catch((err: unknown) => {
      const cause = (err as { error?: unknown }).error ?? err;
      if (cause instanceof UserError) diagnostics = cause.diagnostics.map(formatDiagnostic);
      else if (err instanceof UserError) diagnostics = err.diagnostics.map(formatDiagnostic);
      else throw err;
    });
    expect(diagnostics).toEqual([
      expect.stringMatching(
        /^compose\.yaml:6:\d+ services\.web\.x-aws-domain: no public Route 53 hosted zone of this account holds shop\.example\.com/,
      ),
    ]);
    expect(aws.log).not.toContain('changeSets.create');
  });
});

// The certificate CloudFormation waits for (issue 27): ACM's status on the certificate's row while the stack
// operation runs, ACM's FailureReason as the deploy's root cause, and no ACM call without a certificate in
// creation. ACM's answers follow DescribeCertificate's documented shape (API_CertificateDetail).
import type { CertificateDetail } from '@aws-sdk/client-acm';
import type { Stack, StackEvent as CfnEvent } from '@aws-sdk/client-cloudformation';
import { deployChangeSet } from '../../src/deploy/deploy.js';
import type { OperationEvent } from '../../src/deploy/events.js';
import { StreamLogger } from '../../src/log.js';
import type { StepRunner } from '../../src/kernel/steps.js';
import { recordEvent, type ProgressRow } from '../../src/report/stack-progress.js';
import type { Template } from '../../src/template/types.js';
import { fakeEdge, fakePoll, type EdgeOverrides } from '../support/fake-edge.js';

const STACK_ID = 'arn:aws:cloudformation:eu-west-1:1:stack/shop/1';
const CERT_ARN = 'arn:aws:acm:eu-west-1:1:certificate/0f1e2d3c';
const CERT = 'AWS::CertificateManager::Certificate';
const template = {
  Resources: { WebCertificate: { Type: CERT, Properties: { DomainName: 'shop.example.com' } } },
} as unknown as Template;
const ready = { stackId: STACK_ID, changeSetId: 'cs-1', stackName: 'shop', template };
const START = Date.parse('2026-11-22T12:00:00Z');
const runStep: StepRunner = (_name, body) => body();

const cfnEvent = (n: number, status: string, extra: Partial<CfnEvent> = {}): CfnEvent => ({
  EventId: `e${n}`,
  StackId: STACK_ID,
  StackName: 'shop',
  Timestamp: new Date(START + n * 1000),
  LogicalResourceId: 'WebCertificate',
  ResourceType: CERT,
  ResourceStatus: status as never,
  ...extra,
});

/** The certificate's events by stack read: requested, then its ARN reported (Resource creation Initiated). */
function certificateEvents(reads: () => number, final?: { after: number; event: CfnEvent }) {
  return async () => {
    const events = [
      cfnEvent(1, 'CREATE_IN_PROGRESS'),
      ...(reads() >= 3
        ? [
            cfnEvent(2, 'CREATE_IN_PROGRESS', {
              PhysicalResourceId: CERT_ARN,
              ResourceStatusReason: 'Resource creation Initiated',
            }),
          ]
        : []),
      ...(final && reads() > final.after ? [final.event] : []),
    ];
    return { events: events.reverse() };
  };
}

const pending: CertificateDetail = {
  CertificateArn: CERT_ARN,
  DomainName: 'shop.example.com',
  Status: 'PENDING_VALIDATION',
  DomainValidationOptions: [
    {
      DomainName: 'shop.example.com',
      ValidationDomain: 'example.com',
      ValidationStatus: 'PENDING_VALIDATION',
      ValidationMethod: 'DNS',
      ResourceRecord: { Name: '_abc.shop.example.com.', Type: 'CNAME', Value: '_xyz.acm-validations.aws.' },
    },
  ],
};
const issued: CertificateDetail = {
  ...pending,
  Status: 'ISSUED',
  DomainValidationOptions: [{ ...pending.DomainValidationOptions![0]!, ValidationStatus: 'SUCCESS' }],
};

function run(overrides: EdgeOverrides & { busy: number; final: string }, poll = fakePoll()) {
  let reads = 0;
  const stack = async (): Promise<Stack> => {
    reads++;
    return {
      StackId: STACK_ID,
      StackName: 'shop',
      CreationTime: new Date(0),
      StackStatus: (reads <= overrides.busy ? 'CREATE_IN_PROGRESS' : overrides.final) as never,
    };
  };
  const aws = fakeEdge({
    ...overrides,
    changeSets: { execute: async () => undefined, delete: async () => undefined },
    stacks: { describe: stack, resources: async () => [] },
    events: overrides.events ?? { page: certificateEvents(() => reads) },
  });
  const events: OperationEvent[] = [];
  const lines: string[] = [];
  const result = deployChangeSet(
    aws,
    ready,
    new StreamLogger((l) => lines.push(l)),
    poll,
    { onEvent: (e) => void events.push(e), onRollout: async () => undefined },
    runStep,
  ).catch((e: unknown) => e);
  const rows = () => {
    const progress: ProgressRow[] = [];
    for (const e of events) recordEvent(progress, e);
    return progress;
  };
  return { aws, result, events, rows, lines, poll };
}

test('a certificate pending DNS validation shows ACM status on its row, read every 15 s, until issued', async () => {
  const poll = fakePoll();
  const readAt: number[] = [];
  const answers = [pending, pending, issued];
  const { aws, result, rows, lines } = run(
    {
      busy: 50,
      final: 'CREATE_COMPLETE',
      certificates: {
        describe: async (arn) => {
          expect(arn).toBe(CERT_ARN);
          readAt.push(poll.now!());
          return answers[Math.min(readAt.length - 1, answers.length - 1)];
        },
      },
    },
    poll,
  );
  const seen: string[] = [];
  // The row's reason as the report shows it after the first ACM read.
  expect(await result).toEqual([]);
  expect(readAt.length).toBeGreaterThanOrEqual(3);
  for (let i = 1; i < readAt.length; i++) expect(readAt[i]! - readAt[i - 1]!).toBeGreaterThanOrEqual(15_000);
  for (const l of lines) if (l.includes('ACM:')) seen.push(l);
  expect(seen[0]).toContain(
    'WebCertificate ACM: pending DNS validation of shop.example.com (record _abc.shop.example.com CNAME in zone example.com); a first issue can take minutes',
  );
  expect(seen).toHaveLength(2); // logged when it changes, not every read
  expect(rows()).toEqual([
    expect.objectContaining({ logicalId: 'WebCertificate', reason: 'ACM: issued for shop.example.com' }),
  ]);
  expect(aws.log.filter((c) => c === 'certificates.describe')).toHaveLength(readAt.length);
});

test('ACM failing the certificate makes its FailureReason, with what to do, the root cause', async () => {
  const failed: CertificateDetail = { ...pending, Status: 'FAILED', FailureReason: 'CAA_ERROR' };
  let reads = 0;
  const { result, rows } = run({
    busy: 30,
    final: 'ROLLBACK_COMPLETE',
    stacks: {},
    events: {
      page: async () => {
        reads++;
        return certificateEvents(() => reads, {
          after: 30,
          event: cfnEvent(40, 'CREATE_FAILED', {
            PhysicalResourceId: CERT_ARN,
            ResourceStatusReason: 'Resource handler returned message: "null"',
          }),
        })();
      },
    },
    certificates: { describe: async () => (reads > 20 ? failed : pending) },
  });
  const err = (await result) as Error;
  expect(err).toBeInstanceOf(Error);
  expect(err.message).toMatch(
    /^deploy failed: ACM failed certificate WebCertificate \(shop\.example\.com\): CAA_ERROR: /,
  );
  expect(err.message).toContain('add one of them to the CAA records');
  expect(rows()[0]).toEqual(
    expect.objectContaining({ status: 'CREATE_FAILED', reason: 'ACM: FAILED (CAA_ERROR)' }),
  );
});

test('validation timed out: the zone must be authoritative (delegated) for the name', async () => {
  const timedOut: CertificateDetail = { ...pending, Status: 'VALIDATION_TIMED_OUT' };
  let reads = 0;
  const { result } = run({
    busy: 20,
    final: 'ROLLBACK_COMPLETE',
    events: {
      page: async () => {
        reads++;
        return certificateEvents(() => reads, {
          after: 20,
          event: cfnEvent(30, 'CREATE_FAILED', {
            PhysicalResourceId: CERT_ARN,
            ResourceStatusReason: 'timed out',
          }),
        })();
      },
    },
    certificates: { describe: async () => timedOut },
  });
  expect(((await result) as Error).message).toMatch(
    /deploy failed: ACM validation of WebCertificate \(shop\.example\.com\) timed out: .*authoritative.*delegated/,
  );
});

test('no ACM call without a certificate in creation, nor before CloudFormation reports its ARN', async () => {
  const service: CfnEvent = {
    ...cfnEvent(1, 'CREATE_IN_PROGRESS'),
    LogicalResourceId: 'Logs',
    ResourceType: 'AWS::Logs::LogGroup',
  };
  const quiet = run({
    busy: 60,
    final: 'CREATE_COMPLETE',
    events: { page: async () => ({ events: [service] }) },
  });
  expect(await quiet.result).toEqual([]);
  // Requested but no ARN yet (the first event carries none): nothing to read.
  const requested = run({
    busy: 60,
    final: 'CREATE_COMPLETE',
    events: { page: async () => ({ events: [cfnEvent(1, 'CREATE_IN_PROGRESS')] }) },
  });
  expect(await requested.result).toEqual([]);
  for (const { aws } of [quiet, requested]) expect(aws.log).not.toContain('certificates.describe');
});

// The report is a fold of the run's events: table-driven, events in and report out; the fold never writes
// to an event, and any prefix of the events is the report as it stood then.
import type { ReportEvent } from '../../src/report/report-events.js';
import { foldReport } from '../../src/report/report-fold.js';
import type { RunReport } from '../../src/report/run-report.js';
import type { TemplateDiff } from '../../src/report/template-diff.js';

const started: ReportEvent = { kind: 'run-started', mode: 'deploy' };
const named: ReportEvent = { kind: 'stack-named', project: 'shop', stackName: 'shop-staging' };
const image = { service: 'web', uri: 'r/web@sha256:abc', pushed: true };
const diff = { templateHash: 'sha256:1', resources: [], security: [], images: [] } as unknown as TemplateDiff;
const change = {
  action: 'Add',
  logicalId: 'WebService',
  type: 'AWS::ECS::Service',
  scope: [],
  properties: [],
};
const planned: ReportEvent = {
  kind: 'planned',
  changeSetType: 'UPDATE',
  changeSetName: 'cs-1',
  diff,
  hasChanges: true,
  changes: [change as never],
};
const stackEvent = (logicalId: string, status: string, reason?: string): ReportEvent => ({
  kind: 'stack-event',
  event: {
    logicalId,
    type: logicalId === 'shop-staging' ? 'AWS::CloudFormation::Stack' : 'AWS::ECS::Service',
    status,
    ...(reason ? { reason } : {}),
  } as never,
});

const rows: Array<[string, ReportEvent[], Partial<RunReport>]> = [
  [
    'the run alone: its mode, nothing planned',
    [started],
    { mode: 'deploy', project: '', stackName: '', hasChanges: false, changes: [], images: [], warnings: [] },
  ],
  ['the stack the project names', [started, named], { project: 'shop', stackName: 'shop-staging' }],
  [
    'warnings in the order said; a plan’s own warning first',
    [
      started,
      { kind: 'warning', text: 'load' },
      { kind: 'warning', text: 'build' },
      { ...planned, warning: 'preview only' } as ReportEvent,
      { kind: 'warning', text: 'after' },
    ],
    { warnings: ['preview only', 'load', 'build', 'after'] },
  ],
  [
    'images, start order, runner values',
    [
      started,
      { kind: 'images', images: [image] },
      { kind: 'start-order', lines: ['web after db'] },
      { kind: 'shown-as', shownAs: [{ name: 'TAG', value: 'v1' }] as never },
    ],
    { images: [image], startOrder: ['web after db'], shownAs: [{ name: 'TAG', value: 'v1' }] as never },
  ],
  [
    'redactions gather, each once, in the order said',
    [
      started,
      { kind: 'redactions', values: ['s3cret', 'pw'] },
      { kind: 'redactions', values: ['pw', 'tok'] },
    ],
    { redactions: ['s3cret', 'pw', 'tok'] },
  ],
  [
    'the later commit wins (the shell says GITHUB_SHA first, a release its own)',
    [started, { kind: 'commit', sha: 'a'.repeat(40) }, { kind: 'commit', sha: 'b'.repeat(40) }],
    { commit: 'b'.repeat(40) },
  ],
  ['the region read', [started, { kind: 'region-read', region: 'eu-west-1' }], { region: 'eu-west-1' }],
  [
    'the plan: change set, diff, changes, cost',
    [started, { ...planned, cost: { unavailable: 'no prices' } } as ReportEvent],
    {
      changeSetType: 'UPDATE',
      changeSetName: 'cs-1',
      diff,
      hasChanges: true,
      changes: [change as never],
      cost: { unavailable: 'no prices' },
    },
  ],
  [
    'a destroy: the resources it removes, and what stops being paid',
    [
      { kind: 'run-started', mode: 'destroy' },
      { kind: 'destroy-planned', changes: [{ ...change, action: 'Remove' } as never], hasChanges: true },
      { kind: 'cost-estimated', cost: { unavailable: 'no prices' } },
    ],
    {
      mode: 'destroy',
      hasChanges: true,
      changes: [{ ...change, action: 'Remove' } as never],
      cost: { unavailable: 'no prices' },
    },
  ],
  [
    'jobs planned, then how each ran',
    [
      started,
      {
        kind: 'jobs-planned',
        jobs: [{ name: 'migrate', before: ['api'], after: [], run: true, why: 'new' }],
      },
      { kind: 'job', name: 'migrate', state: 'running', taskId: 't1', attempt: 1 },
      { kind: 'job', name: 'migrate', state: 'succeeded', exitCode: 0 },
      { kind: 'job', name: 'unknown', state: 'failed' },
    ],
    {
      jobs: [
        {
          name: 'migrate',
          before: ['api'],
          after: [],
          run: true,
          why: 'new',
          state: 'succeeded',
          taskId: 't1',
          attempt: 1,
          exitCode: 0,
        },
      ],
    },
  ],
  [
    'a deploy as it goes: the stack first, a failure kept through the rollback',
    [
      started,
      { kind: 'deploy-started' },
      stackEvent('WebService', 'UPDATE_FAILED', 'image not found'),
      stackEvent('shop-staging', 'UPDATE_ROLLBACK_IN_PROGRESS'),
      stackEvent('WebService', 'UPDATE_COMPLETE'),
      { kind: 'rollout', rows: [] },
    ],
    {
      deploy: {
        state: 'in-progress',
        rollout: [],
        urls: {},
        resources: [
          {
            logicalId: 'shop-staging',
            type: 'AWS::CloudFormation::Stack',
            status: 'UPDATE_ROLLBACK_IN_PROGRESS',
          },
          {
            logicalId: 'WebService',
            type: 'AWS::ECS::Service',
            status: 'UPDATE_COMPLETE',
            failure: { status: 'UPDATE_FAILED', reason: 'image not found' },
          },
        ],
      },
    },
  ],
  [
    'a deploy that succeeded, with its URLs',
    [started, { kind: 'deploy-started' }, { kind: 'deploy-succeeded', urls: { WebURL: 'http://lb' } }],
    { deploy: { state: 'succeeded', rollout: [], resources: [], urls: { WebURL: 'http://lb' } } },
  ],
  [
    'nothing to deploy',
    [started, { kind: 'deploy-skipped', urls: {} }],
    { deploy: { state: 'skipped', rollout: [], urls: {} } },
  ],
  [
    'a cancelled deploy, with its diagnosis',
    [
      started,
      { kind: 'deploy-started' },
      { kind: 'deploy-failed', error: 'cancelled: rolled back', diagnosis: 'exit 1', cancelled: true },
    ],
    {
      deploy: {
        state: 'cancelled',
        rollout: [],
        resources: [],
        urls: {},
        error: 'cancelled: rolled back',
        diagnosis: 'exit 1',
      },
    },
  ],
  [
    'the run’s failure: the first error said stays; cancelled once said',
    [
      started,
      { kind: 'run-failed', error: 'first', cancelled: true },
      { kind: 'run-failed', error: 'second', cancelled: false },
    ],
    { error: 'first', cancelled: true },
  ],
  [
    'the shells’ facts: run URL, release, reviewed plan, API calls',
    [
      started,
      { kind: 'run-url', url: 'https://github.com/o/r/actions/runs/1' },
      { kind: 'release-recorded', id: 77, environment: 'staging' },
      { kind: 'reviewed-plan', reviewed: { fingerprint: { template: 'sha256:1', images: {} } } },
      { kind: 'api-calls', total: 12, byPhase: { load: 0, plan: 12 } },
    ],
    {
      runUrl: 'https://github.com/o/r/actions/runs/1',
      release: { id: 77, environment: 'staging' },
      reviewed: { fingerprint: { template: 'sha256:1', images: {} } },
      apiCalls: 12,
      apiCallsByPhase: { load: 0, plan: 12 },
    },
  ],
  ['no reviewed plan found: none said', [started, { kind: 'reviewed-plan', reviewed: undefined }], {}],
];

/** Frozen all the way down: a fold that wrote to an event would throw (ES modules are strict). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('the report is a fold of the events', () => {
  it.each(rows)('%s', (_name, events, expected) => {
    const report = foldReport(deepFreeze(structuredClone(events)));
    expect(report).toMatchObject(expected);
  });

  it('says nothing it was not told: the rows above set no field they do not name', () => {
    expect(Object.keys(foldReport([started])).sort()).toEqual(
      ['changes', 'hasChanges', 'images', 'mode', 'project', 'stackName', 'warnings'].sort(),
    );
    expect(foldReport([started, { kind: 'reviewed-plan', reviewed: undefined }])).not.toHaveProperty(
      'reviewed',
    );
  });

  it('is the same report however often it is folded, and any prefix is the report as it stood then', () => {
    const events = deepFreeze(rows.flatMap(([, e]) => e.filter((x) => x.kind !== 'run-started')));
    const all = [started, ...events];
    expect(foldReport(all)).toEqual(foldReport(all));
    const before = foldReport(all.slice(0, 10));
    foldReport(all);
    expect(foldReport(all.slice(0, 10))).toEqual(before);
  });

  it('a report needs the run to have started', () => {
    expect(() => foldReport([named])).toThrow(/run-started/);
  });
});

// Issue 25: the plan says, per service, how its next rollout will go, from the strategy the template deploys
// (the converter's defaults filled in), and that Cloud Map names are never shifted.
import { loadProject } from '../../src/compose/load.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { RunReport } from '../../src/report/run-report.js';
import { describeStrategy } from '../../src/report/strategy-text.js';
import { convert } from '../../src/template/convert.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('describeStrategy', () => {
  it('canary, linear and blue/green, in the words of the issue', () => {
    expect(
      describeStrategy(
        { strategy: 'canary', percent: 10, intervalMinutes: 3, bakeMinutes: 5, alarms: ['shop-5xx'] },
        { loadBalancer: 'application' },
      ),
    ).toBe('canary: 10 % for 3 min, then 100 %, old revision kept 5 min; rolls back on alarm shop-5xx');
    expect(
      describeStrategy(
        {
          strategy: 'linear',
          percent: 20,
          intervalMinutes: 2,
          bakeMinutes: 0,
          alarms: ['a', 'b'],
          testPort: 9080,
        },
        { loadBalancer: 'network', rollback: false },
      ),
    ).toBe(
      'linear: 20 % more every 2 min up to 100 %, old revision kept 0 min; test listener on port 9080 reaches the new revision first; stops on alarms a, b; Network Load Balancer: ECS waits about 10 min more at each traffic shift',
    );
    expect(describeStrategy({ strategy: 'rolling', alarms: ['a'] }, { loadBalancer: 'application' })).toBe(
      'rolling: tasks replaced a few at a time behind the load balancer; rolls back on alarm a',
    );
  });

  it('says that Cloud Map names are never shifted, and that nothing is without a load balancer', () => {
    expect(describeStrategy({ strategy: 'blue-green', bakeMinutes: 5 }, { cloudMap: true })).toBe(
      'blue/green: the new revision starts beside the old one and replaces it once healthy (no load balancer: no traffic is shifted), old revision kept 5 min; Cloud Map names are never shifted: callers inside the project reach the new revision at once',
    );
    expect(
      describeStrategy(
        { strategy: 'blue-green', bakeMinutes: 5 },
        { cloudMap: true, loadBalancer: 'application' },
      ),
    ).toContain('only load-balanced traffic is shifted: Cloud Map names are never shifted');
  });
});

describe('the plan shows the next rollout per service', () => {
  it('from compose text through the converter to the comment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'strategy-plan-'));
    try {
      await writeFile(
        join(dir, 'compose.yaml'),
        `services:
  web:
    image: web
    ports: ["80:8080"]
    deploy:
      replicas: 2
      update_config: { monitor: 4m }
    x-aws-deployment: { strategy: canary, percent: 10, interval: 3m, alarms: [shop-5xx] }
  api:
    image: api
`,
      );
      const loaded = await loadProject({ files: [], environment: {}, workingDir: dir, projectName: 'shop' });
      const conversion = convert(loaded);
      expect(conversion.strategies).toEqual([
        {
          service: 'web',
          strategy: {
            strategy: 'canary',
            percent: 10,
            intervalMinutes: 3,
            bakeMinutes: 4,
            alarms: ['shop-5xx'],
          },
          loadBalancer: 'application',
          cloudMap: true,
          rollback: true,
        },
      ]);
      const report: RunReport = {
        mode: 'plan',
        project: 'shop',
        stackName: 'shop',
        hasChanges: true,
        changes: [],
        images: [],
        warnings: [],
        nextRollouts: conversion.strategies.map((s) => `${s.service}: ${describeStrategy(s.strategy, s)}`),
      };
      expect(renderMarkdown(report)).toContain(
        '**Next rollout**\n\n- web: canary: 10 % for 3 min, then 100 %, old revision kept 4 min; rolls back on alarm shop-5xx; only load-balanced traffic is shifted: Cloud Map names are never shifted, callers inside the project reach the new revision at once',
      );
      expect(renderMarkdown({ ...report, nextRollouts: [] })).not.toContain('Next rollout');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

import { CallCounter } from '../../src/aws/call-counter.js';
import { countCallsByPhase } from '../../src/aws/call-phases.js';
import { StreamLogger } from '../../src/log.js';
import { renderMarkdown } from '../../src/report/markdown.js';

describe('AWS calls counted per phase of the run', () => {
  it('names the phase from the stage groups, and the gap after each stage after it', async () => {
    const calls = new CallCounter();
    const lines: string[] = [];
    const logger = countCallsByPhase(new StreamLogger((l) => lines.push(l)), calls);
    await logger.group('load the compose project', async () => undefined);
    calls.record('CloudFormation.DescribeStacks');
    calls.record('ECR.GetAuthorizationToken');
    // A build's log group is not a stage: the ECR work around it stays in its phase.
    await logger.group('build web (1.2s)', async () => calls.record('ECR.DescribeRepositories'));
    await logger.group('plan stack shop', async () => {
      calls.record('CloudFormation.GetTemplate');
      calls.record('CloudFormation.DescribeStacks');
    });
    calls.record('CloudFormation.DeleteChangeSet');
    expect(calls.byPhase()).toEqual({
      'preflight and images': {
        'CloudFormation.DescribeStacks': 1,
        'ECR.DescribeRepositories': 1,
        'ECR.GetAuthorizationToken': 1,
      },
      plan: { 'CloudFormation.DescribeStacks': 1, 'CloudFormation.GetTemplate': 1 },
      'after the plan': { 'CloudFormation.DeleteChangeSet': 1 },
    });
    expect(calls.phaseTotals()).toEqual({ 'preflight and images': 3, plan: 2, 'after the plan': 1 });
    expect(calls.total).toBe(6);
    expect(calls.summary()['CloudFormation.DescribeStacks']).toBe(2);
    // The groups still reach the log.
    expect(lines).toContain('── plan stack shop');
  });

  it('the Price List calls of the cost estimate have their phase, and the phase before resumes after them', async () => {
    const calls = new CallCounter();
    const logger = countCallsByPhase(new StreamLogger(() => undefined), calls);
    await logger.group('plan stack shop', async () => calls.record('CloudFormation.CreateChangeSet'));
    await logger.group('estimate the monthly cost', async () => {
      calls.record('Pricing.GetProducts');
      calls.record('Pricing.GetProducts');
    });
    calls.record('CloudFormation.DeleteChangeSet');
    expect(calls.byPhase()).toEqual({
      plan: { 'CloudFormation.CreateChangeSet': 1 },
      cost: { 'Pricing.GetProducts': 2 },
      'after the plan': { 'CloudFormation.DeleteChangeSet': 1 },
    });
  });

  it('a stage that fails still ends its phase', async () => {
    const calls = new CallCounter();
    const logger = countCallsByPhase(new StreamLogger(() => undefined), calls);
    await expect(
      logger.group('deploy stack shop', async () => {
        calls.record('CloudFormation.ExecuteChangeSet');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    calls.record('CloudFormation.DeleteChangeSet');
    expect(calls.phaseTotals()).toEqual({ deploy: 1, 'after the deploy': 1 });
  });

  it('the report footer says how many calls each phase made', () => {
    const markdown = renderMarkdown({
      mode: 'deploy',
      project: 'shop',
      stackName: 'shop',
      hasChanges: false,
      changes: [],
      images: [],
      warnings: [],
      apiCalls: 6,
      apiCallsByPhase: { load: 0, 'preflight and images': 3, plan: 3 },
    });
    expect(markdown).toContain('6 AWS API calls (preflight and images 3, plan 3)');
  });
});

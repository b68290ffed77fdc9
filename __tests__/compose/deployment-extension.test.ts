// Issue 25: x-aws-deployment decoded at load time against AWS's documented limits, each bad value one error
// with file, line and field (ECS CanaryConfiguration / LinearConfiguration API reference; CloudFormation's
// 33-hour ceiling from AWS::ECS::Service CanaryConfiguration and LinearConfiguration).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linearSteps, totalMinutes } from '../../src/compose/extensions/deployment.js';
import { loadProject } from '../../src/compose/load.js';
import { UserError, formatDiagnostic } from '../../src/errors.js';

async function load(deployment: string) {
  const dir = await mkdtemp(join(tmpdir(), 'deploy-ext-'));
  try {
    await writeFile(
      join(dir, 'compose.yaml'),
      `services:\n  web:\n    image: web\n    ports: ["80:8080"]\n    x-aws-deployment: ${deployment}\n`,
    );
    return await loadProject({ files: [], environment: {}, workingDir: dir, projectName: 'shop' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function errorsOf(deployment: string): Promise<string[]> {
  try {
    await load(deployment);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics.map(formatDiagnostic);
    throw err;
  }
  throw new Error('expected the project to be refused');
}
const decoded = async (deployment: string) => (await load(deployment)).project.services.web!.aws?.deployment;

describe('x-aws-deployment: decoded into DeploymentStrategyExtension', () => {
  it('durations become whole minutes, ARNs become alarm names, strategy defaults to rolling', async () => {
    expect(
      await decoded('{ strategy: linear, percent: 20, interval: 1h30m, bake: 0, alarms: shop-5xx }'),
    ).toEqual({
      strategy: 'linear',
      percent: 20,
      intervalMinutes: 90,
      bakeMinutes: 0,
      alarms: ['shop-5xx'],
    });
    expect(await decoded('{ alarms: [arn:aws:cloudwatch:eu-west-1:123456789012:alarm:api-errors] }')).toEqual(
      {
        strategy: 'rolling',
        alarms: ['api-errors'],
      },
    );
    expect(await decoded('{ strategy: blue-green, bake: 10m, test_port: 9080 }')).toEqual({
      strategy: 'blue-green',
      bakeMinutes: 10,
      testPort: 9080,
    });
  });

  it("refuses what ECS refuses, each at the field's line", async () => {
    const bad = async (value: string, message: RegExp) => {
      const errors = await errorsOf(value);
      expect(errors).toEqual([expect.stringMatching(message)]);
      expect(errors[0]).toMatch(/^compose\.yaml:5:\d+ services\.web\.x-aws-deployment/);
    };
    await bad('{ strategy: canary, percent: 0.05 }', /percent must be a number from 0\.1 to 100/);
    await bad('{ strategy: canary, percent: 12.34 }', /percent must be a multiple of 0\.1/);
    await bad('{ strategy: linear, percent: 2 }', /percent must be a number from 3 to 100/);
    await bad(
      '{ strategy: canary, interval: 90s }',
      /interval 90s is not a whole number of minutes.*1m or 2m/,
    );
    await bad('{ strategy: canary, interval: 25h }', /interval 25h is 1500 minutes; ECS allows 0 to 1440/);
    await bad('{ strategy: canary, bake: 5 }', /bake must be a duration with its unit/);
    await bad(
      '{ strategy: rolling, percent: 10 }',
      /percent applies only to canary and linear deployments, not rolling/,
    );
    await bad('{ strategy: blue-green, interval: 3m }', /interval applies only to canary and linear/);
    await bad(
      '{ strategy: rolling, test_port: 9080 }',
      /test_port applies only to blue-green, canary and linear/,
    );
    await bad('{ strategy: red-black }', /strategy must be one of rolling, blue-green, canary, linear/);
    await bad('{ alarms: [arn:aws:sns:us-east-1:123456789012:topic] }', /is not a CloudWatch alarm ARN/);
    await bad('{ alarms: [] }', /alarms is empty/);
  });

  it("refuses timings over CloudFormation's 33-hour ceiling", async () => {
    // linear 3 % → 33 steps (100 / 3 = 33.3, floored) × 60 min = 1980 min, plus 1 min of bake.
    expect(await errorsOf('{ strategy: linear, percent: 3, interval: 1h, bake: 1m }')).toEqual([
      expect.stringMatching(/exceed 33 hours in all \(1981 minutes here\)/),
    ]);
    expect(await decoded('{ strategy: linear, percent: 3, interval: 1h, bake: 0 }')).toMatchObject({
      percent: 3,
    });
    expect(await errorsOf('{ strategy: canary, interval: 24h, bake: 10h }')).toEqual([
      expect.stringMatching(/canary deployment whose bake and canary times exceed 33 hours/),
    ]);
  });

  it('an unknown field is warned about, not silently used', async () => {
    const { warnings } = await load('{ strategy: canary, percentage: 10 }');
    expect(warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/x-aws-deployment\.percentage: unknown deployment field percentage/),
    ]);
  });

  it('counts linear steps the way CloudFormation does', () => {
    expect(linearSteps(10)).toBe(9);
    expect(linearSteps(11)).toBe(9);
    expect(linearSteps(25)).toBe(3);
    expect(linearSteps(100)).toBe(0);
    expect(linearSteps(3)).toBe(33);
    expect(totalMinutes({ strategy: 'canary' }, 5)).toBe(15);
    expect(totalMinutes({ strategy: 'linear', percent: 20, intervalMinutes: 2, bakeMinutes: 1 })).toBe(9);
  });
});

import { parseInputs } from '../src/inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const env = { GITHUB_WORKSPACE: '/repo', RUNNER_TEMP: '/tmp/runner' };

describe('parseInputs', () => {
  it('gives a plan with discovery and defaults when nothing is set', () => {
    expect(parseInputs(reader({}), env)).toMatchObject({
      mode: 'plan',
      composeFiles: [],
      workingDirectory: '/repo',
      waitTimeoutMinutes: 30,
      templatePath: '/tmp/runner/compose-ecs/project.template.json',
      comment: true,
      privateSubnets: false,
    });
  });
  it('reads lists, flags and paths', () => {
    const inputs = parseInputs(
      reader({
        mode: 'deploy',
        'compose-file': 'compose.yaml\ncompose.ecs.yaml\n',
        'working-directory': 'app',
        profiles: 'web, worker',
        'subnet-ids': 'subnet-a,subnet-b',
        'private-subnets': 'true',
        'stack-name': 'shop',
        'template-path': 'out/t.json',
      }),
      env,
    );
    expect(inputs).toMatchObject({
      mode: 'deploy',
      composeFiles: ['compose.yaml', 'compose.ecs.yaml'],
      workingDirectory: '/repo/app',
      profiles: ['web', 'worker'],
      subnetIds: ['subnet-a', 'subnet-b'],
      privateSubnets: true,
      templatePath: '/repo/app/out/t.json',
    });
  });
  it('rejects rollback clearly rather than pretending', () => {
    expect(() => parseInputs(reader({ mode: 'rollback' }), env)).toThrow(
      /rollback is not available in this version yet/,
    );
  });
  it('reports every bad input at once', () => {
    expect(() => parseInputs(reader({ mode: 'apply', 'wait-timeout': '-1', comment: 'maybe' }), env)).toThrow(
      'input mode: expected one of plan, deploy, got "apply"; input wait-timeout: expected a positive number of minutes, got "-1"; input comment: expected true or false, got "maybe"',
    );
  });
});

import { parseInputs, stackSettings } from '../../src/options/parse.js';
import { bindMountChoice, runOptions } from '../../src/options/run-options.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const env = { GITHUB_WORKSPACE: '/repo', RUNNER_TEMP: '/tmp/runner' };

describe('parseInputs', () => {
  it('trust inputs: untrusted images on pull requests by default, the boundary ARN checked, the key kept as given', () => {
    const untrusted = (event: string, values: Record<string, string> = {}) =>
      runOptions(parseInputs(reader(values), env), { env: { ...env, GITHUB_EVENT_NAME: event } }).images
        ?.untrusted;
    expect(untrusted('pull_request')).toBe(true);
    expect(untrusted('pull_request_target')).toBe(true);
    expect(untrusted('push')).toBe(false);
    expect(untrusted('pull_request', { 'untrusted-images': 'false' })).toBe(false);
    expect(untrusted('push', { 'untrusted-images': 'true' })).toBe(true);
    const given = parseInputs(
      reader({
        'untrusted-images': 'false',
        'permissions-boundary': 'arn:aws:iam::123456789012:policy/compose-ecs-boundary',
        'build-secret-key': ' k3y ',
      }),
      { ...env, GITHUB_EVENT_NAME: 'pull_request' },
    );
    expect(given).toMatchObject({
      untrustedImages: 'false',
      permissionsBoundary: 'arn:aws:iam::123456789012:policy/compose-ecs-boundary',
      buildSecretKey: 'k3y',
    });
    expect(runOptions(given, { env }).convert?.permissionsBoundary).toBe(
      'arn:aws:iam::123456789012:policy/compose-ecs-boundary',
    );
    expect(() => parseInputs(reader({ 'permissions-boundary': 'AdministratorAccess' }), env)).toThrow(
      'input permissions-boundary: expected the ARN of an IAM managed policy (arn:aws:iam::ACCOUNT:policy/NAME), got "AdministratorAccess"',
    );
    expect(() => parseInputs(reader({ 'untrusted-images': 'yes' }), env)).toThrow('input untrusted-images');
  });

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
  it('reads allow-volume-replacement as a list of compose volumes (none by default)', () => {
    expect(parseInputs(reader({}), env).allowVolumeReplacement).toEqual([]);
    expect(
      parseInputs(reader({ 'allow-volume-replacement': 'dbdata, uploads\nlogs' }), env)
        .allowVolumeReplacement,
    ).toEqual(['dbdata', 'uploads', 'logs']);
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
        'bind-mounts-as-configs': 'true',
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
      bindMountsAsConfigs: true,
      templatePath: '/repo/app/out/t.json',
    });
    expect(bindMountChoice(inputs)).toEqual({
      policy: { configs: true, drop: 'none' },
      deprecation: 'input bind-mounts-as-configs is deprecated: use bind-mounts: configs',
    });
  });
  it('rollback needs the environment (or the stack) and a rollback-to it can read', () => {
    expect(() => parseInputs(reader({ mode: 'rollback', 'rollback-to': 'last-tuesday' }), env)).toThrow(
      'input rollback-to: expected previous, a commit sha (7 to 40 hex digits) or a deployment id, got "last-tuesday"; input environment: rollback needs the environment (or stack-name) whose release it restores',
    );
    expect(parseInputs(reader({ mode: 'rollback', environment: 'staging' }), env)).toMatchObject({
      mode: 'rollback',
      environment: 'staging',
      rollbackTo: 'previous',
      pinImages: true,
      keepSecrets: false,
      transientEnvironment: false,
    });
    expect(
      parseInputs(reader({ mode: 'rollback', 'stack-name': 'shop', 'rollback-to': '4f2a9c1' }), env)
        .rollbackTo,
    ).toBe('4f2a9c1');
  });
  it('estimates the cost unless `cost` is false, and refuses a value that is not a boolean', () => {
    expect(parseInputs(reader({}), env).cost).toBe(true);
    expect(parseInputs(reader({ cost: 'false' }), env).cost).toBe(false);
    expect(() => parseInputs(reader({ cost: 'off' }), env)).toThrow(
      'input cost: expected true or false (true | True | TRUE | false | False | FALSE), got "off"',
    );
  });
  it('reports every bad input at once', () => {
    expect(() => parseInputs(reader({ mode: 'apply', 'wait-timeout': '-1', comment: 'maybe' }), env)).toThrow(
      'input mode: expected one of plan, deploy, rollback, destroy, got "apply"; input wait-timeout: expected a positive number of minutes, got "-1"; input comment: expected true or false (true | True | TRUE | false | False | FALSE), got "maybe"',
    );
  });
  it('reads booleans as the toolkit does (true|True|TRUE|false|False|FALSE) and reports every bad one', () => {
    for (const [text, value] of [
      ['true', true],
      ['True', true],
      ['TRUE', true],
      ['false', false],
      ['False', false],
      ['FALSE', false],
      [' true\n', true],
    ] as const) {
      expect(parseInputs(reader({ 'private-subnets': text, comment: text }), env)).toMatchObject({
        privateSubnets: value,
        comment: value,
      });
    }
    const bad = () =>
      parseInputs(
        reader({ 'private-subnets': 'yes', 'drop-bind-mounts': '1', comment: 'tRuE', 'build-cache': 'on' }),
        env,
      );
    expect(bad).toThrow(
      /^input drop-bind-mounts: .* got "1"; input build-cache: .* got "on"; input private-subnets: .* got "yes"; input comment: .* got "tRuE"$/,
    );
  });
  it('reads the stack settings and checks them with the other inputs', () => {
    expect(
      stackSettings(
        parseInputs(
          reader({
            'role-arn': 'arn:aws:iam::123456789012:role/cfn',
            'termination-protection': 'true',
            'notification-arns': 'arn:aws:sns:us-east-1:123456789012:a\narn:aws:sns:us-east-1:123456789012:b',
            tags: 'team=shop, env=prod',
            'parameter-overrides': 'AlarmEmail=ops@example.com',
            'disable-rollback': 'TRUE',
          }),
          env,
        ),
      ),
    ).toEqual({
      roleArn: 'arn:aws:iam::123456789012:role/cfn',
      terminationProtection: true,
      notificationArns: ['arn:aws:sns:us-east-1:123456789012:a', 'arn:aws:sns:us-east-1:123456789012:b'],
      tags: { team: 'shop', env: 'prod' },
      parameterOverrides: { AlarmEmail: 'ops@example.com' },
      disableRollback: true,
    });
    expect(() =>
      parseInputs(reader({ 'role-arn': 'cfn-role', tags: 'compose-ecs:run-url=x', mode: 'apply' }), env),
    ).toThrow(
      /input mode: .*; input role-arn: expected an IAM role ARN.*; input tags: compose-ecs:run-url is set by compose-ecs itself$/,
    );
  });
  it('reads the image inputs: builder, concurrency, cache, attestations, encryption key, lifecycle', () => {
    expect(parseInputs(reader({}), env)).toMatchObject({ builder: 'auto', buildCache: true });
    expect(
      parseInputs(
        reader({
          builder: 'podman',
          'build-concurrency': '3',
          'build-cache': 'false',
          provenance: 'mode=max',
          sbom: 'true',
          'repository-kms-key': 'alias/ecr',
          'lifecycle-keep': '30',
        }),
        env,
      ),
    ).toMatchObject({
      builder: 'podman',
      buildConcurrency: 3,
      buildCache: false,
      provenance: 'mode=max',
      sbom: 'true',
      repositoryKmsKey: 'alias/ecr',
      lifecycleKeep: 30,
    });
    expect(() =>
      parseInputs(reader({ builder: 'kaniko', 'build-concurrency': '0', 'lifecycle-keep': 'all' }), env),
    ).toThrow(
      'input builder: expected one of auto, buildx, buildkit, podman, got "kaniko"; input build-concurrency: expected a whole number, 1 or more, got "0"; input lifecycle-keep: expected a whole number, 1 or more, got "all"',
    );
  });
});

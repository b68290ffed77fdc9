// Issue 22, item 3. Attack: the recommended deploy policy let a compose file mint an administrator:
// `x-aws-policies: [AdministratorAccess]`, or an `x-aws-cloudformation` role trusting another account,
// converted fine and the role could pass anything. Now every role the template creates carries the
// permissions boundary the deploy policy demands, and the plan flags roles trusting principals outside
// the account, services the template does not need, and `*:*`.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProject } from '../../src/compose/load.js';
import { securityChanges } from '../../src/report/security-changes.js';
import { convert } from '../../src/template/convert.js';
import { cfnLint } from '../support/cfn-lint.js';

const BOUNDARY = 'arn:aws:iam::123456789012:policy/compose-ecs-boundary';

async function hostile(extraRoleProperties: Record<string, unknown> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'iam-roles-'));
  const compose = {
    name: 'shop',
    services: {
      web: {
        image: 'nginx@sha256:' + 'a'.repeat(64),
        'x-aws-policies': ['arn:aws:iam::aws:policy/AdministratorAccess'],
      },
    },
    'x-aws-cloudformation': {
      Resources: {
        Backdoor: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: 'sts:AssumeRole',
                  Principal: { AWS: 'arn:aws:iam::999988887777:root' },
                },
                { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } },
              ],
            },
            Policies: [
              {
                PolicyName: 'everything',
                PolicyDocument: {
                  Version: '2012-10-17',
                  Statement: [{ Effect: 'Allow', Action: '*:*', Resource: '*' }],
                },
              },
            ],
            ...extraRoleProperties,
          },
        },
      },
    },
  };
  await writeFile(join(dir, 'compose.yaml'), JSON.stringify(compose));
  return { dir, loaded: await loadProject({ files: [], workingDir: dir, environment: {} }) };
}

describe('permissions boundary on every role the template creates', () => {
  it('is set on the generated roles and on x-aws-cloudformation roles; the template passes cfn-lint', async () => {
    const { dir, loaded } = await hostile();
    const { template, body } = convert(loaded, { permissionsBoundary: BOUNDARY });
    const roles = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::IAM::Role');
    expect(roles.map(([id]) => id).sort()).toEqual(['Backdoor', 'WebTaskExecutionRole', 'WebTaskRole']);
    for (const [, role] of roles) expect(role.Properties?.PermissionsBoundary).toBe(BOUNDARY);
    const file = join(dir, 'template.json');
    await writeFile(file, body);
    expect(cfnLint([file]).filter((m) => m.Level === 'Error')).toEqual([]);
  }, 60_000);

  it('refuses a role that names another boundary (it could not be created under the deploy policy)', async () => {
    const { loaded } = await hostile({ PermissionsBoundary: 'arn:aws:iam::aws:policy/AdministratorAccess' });
    expect(() => convert(loaded, { permissionsBoundary: BOUNDARY })).toThrow(
      expect.objectContaining({
        diagnostics: [
          expect.objectContaining({
            message: expect.stringContaining('role Backdoor names another permissions boundary'),
          }),
        ],
      }),
    );
  });

  it('without the input, the template is as before (no boundary)', async () => {
    const { loaded } = await hostile();
    const { template } = convert(loaded);
    expect(template.Resources.WebTaskRole?.Properties?.PermissionsBoundary).toBeUndefined();
  });
});

describe('the plan flags security-sensitive roles', () => {
  it('trust outside the account, services the template does not need, *:*, administrator policies', async () => {
    const { loaded } = await hostile();
    const { template } = convert(loaded);
    const flags = securityChanges(undefined, template)
      .filter((c) => c.flag)
      .map((c) => `${c.resource}: ${c.flag}`);
    expect(flags).toEqual(
      expect.arrayContaining([
        'Backdoor: trusts a principal outside this account (arn:aws:iam::999988887777:root)',
        "Backdoor: trusts lambda.amazonaws.com, which the template's roles do not need",
        'Backdoor: every action (`*:*`)',
        'WebTaskRole: broad managed policy',
      ]),
    );
    // The roles compose-ecs generates trust ECS tasks only: never flagged for it.
    expect(flags.filter((f) => f.startsWith('WebTaskExecutionRole'))).toEqual([]);
  });
});

// Issue 22, item 3. The README's policies, parsed and evaluated (moto does not evaluate IAM). Attack: the
// policy the README recommended let a compose file mint administrators (iam:CreateRole/PutRolePolicy/
// AttachRolePolicy/PassRole on STACK-* with no boundary nor condition) and left elasticloadbalancing:*,
// servicediscovery:* and route53:ChangeResourceRecordSets unscoped; one role served plans and deploys.
import { readFileSync } from 'node:fs';
import { convert } from '../../src/template/convert.js';
import { decide, type PolicyDocument, type Request } from '../support/iam-policy.js';
import { fixtures } from '../template/fixtures.js';
import { loadShopExample } from '../template/shop-example.js';

const VALUES: Record<string, string> = {
  ACCOUNT: '123456789012',
  REGION: 'eu-west-1',
  PREFIX: 'shop',
  PROJECT: 'shop',
  STACK: 'shop-staging',
  'TEMPLATE-BUCKET': 'shop-templates',
  BOUNDARY: 'arn:aws:iam::123456789012:policy/compose-ecs-boundary',
};
const README = readFileSync('README.md', 'utf8');

function policy(name: string): PolicyDocument {
  const match = new RegExp(`<!-- policy: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(README);
  if (!match) throw new Error(`README has no policy ${name}`);
  return JSON.parse(
    match[1]!.replace(
      /\b(TEMPLATE-BUCKET|ACCOUNT|REGION|PREFIX|PROJECT|STACK|BOUNDARY)\b/g,
      (k) => VALUES[k]!,
    ),
  ) as PolicyDocument;
}

const ecr = (repo: string) => `arn:aws:ecr:eu-west-1:123456789012:repository/${repo}`;
const role = (name: string) => `arn:aws:iam::123456789012:role/${name}`;
const releaseParameter = `arn:aws:ssm:eu-west-1:123456789012:parameter/compose-ecs/shop-staging/releases/${'a'.repeat(64)}`;
const plan = policy('plan');
const deploy = policy('deploy');
const cloudformation = policy('cloudformation-role');
const boundary = policy('boundary');
const can = (p: PolicyDocument, request: Request) => decide(p, request) === 'allow';

describe('every README policy', () => {
  it.each(['plan', 'deploy', 'cloudformation-role'])(
    '%s grants no whole service and no unscoped write',
    (name) => {
      for (const s of policy(name).Statement.filter((x) => x.Effect === 'Allow')) {
        const actions = [s.Action ?? []].flat();
        expect([s.Sid, actions.filter((a) => a === '*' || a.endsWith(':*'))]).toEqual([s.Sid, []]);
        if ([s.Resource].flat().includes('*') && !s.Condition)
          for (const a of actions)
            // Reads, and the few actions AWS gives no resource-level permission (they take "*").
            expect([s.Sid, a]).toEqual([
              s.Sid,
              expect.stringMatching(
                /:(Describe|Get|List)\w*$|^ecr:GetAuthorizationToken$|^ecs:(Register|Deregister)TaskDefinition$/,
              ),
            ]);
      }
    },
  );

  it('every PassRole is limited by iam:PassedToService; every role change by iam:PermissionsBoundary', () => {
    for (const p of [plan, deploy, cloudformation])
      for (const s of p.Statement.filter((x) => x.Effect === 'Allow')) {
        const actions = [s.Action ?? []].flat();
        if (actions.includes('iam:PassRole'))
          expect(s.Condition?.StringEquals?.['iam:PassedToService']).toBeDefined();
        if (actions.some((a) => /^iam:(CreateRole|PutRolePolicy|AttachRolePolicy)$/.test(a)))
          expect(s.Condition?.StringEquals?.['iam:PermissionsBoundary']).toBe(VALUES.BOUNDARY);
      }
  });
});

describe('the plan role (a pull request)', () => {
  it('pushes to PREFIX-untrusted only, never where the deploy looks', () => {
    expect(can(plan, { action: 'ecr:PutImage', resource: ecr('shop-untrusted/web') })).toBe(true);
    expect(decide(plan, { action: 'ecr:PutImage', resource: ecr('shop/web') })).toBe('deny');
    expect(decide(plan, { action: 'ecr:PutImage', resource: ecr('shop/buildcache') })).toBe('deny');
  });

  it('reads no secret value, executes nothing, passes no role, and cannot write what a rollback trusts', () => {
    const secret = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:compose-ecs/shop-staging/db-AbC';
    expect(can(plan, { action: 'secretsmanager:DescribeSecret', resource: secret })).toBe(true);
    expect(decide(plan, { action: 'secretsmanager:GetSecretValue', resource: secret })).toBe('deny');
    const stack = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/shop-staging/1';
    expect(can(plan, { action: 'cloudformation:CreateChangeSet', resource: stack })).toBe(true);
    for (const action of ['cloudformation:ExecuteChangeSet', 'cloudformation:UpdateTerminationProtection'])
      expect(can(plan, { action, resource: stack })).toBe(false);
    expect(can(plan, { action: 'iam:PassRole', resource: role('compose-ecs-cloudformation') })).toBe(false);
    expect(decide(plan, { action: 'ssm:PutParameter', resource: releaseParameter })).toBe('deny');
    for (const key of ['releases/x.json.gz', 'releases/x.json'])
      expect(
        decide(plan, {
          action: 's3:PutObject',
          resource: `arn:aws:s3:::shop-templates/compose-ecs/shop-staging/${key}`,
        }),
      ).toBe('deny');
    expect(
      can(plan, {
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::shop-templates/compose-ecs/shop-staging/ab.json',
      }),
    ).toBe(true);
  });
});

describe('the deploy role', () => {
  it('never reads or reuses an untrusted image', () => {
    expect(can(deploy, { action: 'ecr:PutImage', resource: ecr('shop/web') })).toBe(true);
    for (const action of ['ecr:BatchGetImage', 'ecr:PutImage', 'ecr:DescribeRepositories'])
      expect(decide(deploy, { action, resource: ecr('shop-untrusted/web') })).toBe('deny');
  });

  it('records release hashes once, passes the CloudFormation service role and, for jobs, only the stack’s roles to ECS tasks, creates no role itself', () => {
    expect(can(deploy, { action: 'ssm:PutParameter', resource: releaseParameter })).toBe(true);
    expect(
      decide(deploy, {
        action: 'ssm:PutParameter',
        resource: releaseParameter,
        context: { 'ssm:Overwrite': 'true' },
      }),
    ).toBe('deny');
    const pass = (resource: string, service: string) =>
      can(deploy, { action: 'iam:PassRole', resource, context: { 'iam:PassedToService': service } });
    expect(pass(role('compose-ecs-cloudformation'), 'cloudformation.amazonaws.com')).toBe(true);
    expect(pass(role('compose-ecs-cloudformation'), 'ecs-tasks.amazonaws.com')).toBe(false);
    // Jobs (docs/mapping.md): RunTask passes the stack's own task and execution roles, which carry the boundary.
    expect(pass(role('shop-staging-MigrateTaskRole-X'), 'ecs-tasks.amazonaws.com')).toBe(true);
    expect(pass(role('shop-staging-MigrateTaskRole-X'), 'ec2.amazonaws.com')).toBe(false);
    expect(pass(role('shop-production-MigrateTaskRole-X'), 'ecs-tasks.amazonaws.com')).toBe(false);
    expect(can(deploy, { action: 'iam:CreateRole', resource: role('shop-staging-X') })).toBe(false);
  });
});

describe('the CloudFormation service role', () => {
  const withBoundary = (b: string) => ({ 'iam:PermissionsBoundary': b });

  it('creates roles only with the boundary, and only the stack-named ones', () => {
    const create = (name: string, context: Record<string, string> = {}) =>
      can(cloudformation, { action: 'iam:CreateRole', resource: role(name), context });
    expect(create('shop-staging-WebTaskRole-ABC', withBoundary(VALUES.BOUNDARY!))).toBe(true);
    expect(create('shop-staging-WebTaskRole-ABC')).toBe(false);
    expect(
      create('shop-staging-Backdoor-ABC', withBoundary('arn:aws:iam::aws:policy/AdministratorAccess')),
    ).toBe(false);
    expect(create('shop-production-WebTaskRole-ABC', withBoundary(VALUES.BOUNDARY!))).toBe(false);
    expect(
      decide(cloudformation, {
        action: 'iam:DeleteRolePermissionsBoundary',
        resource: role('shop-staging-X'),
      }),
    ).toBe('deny');
    expect(decide(cloudformation, { action: 'iam:CreatePolicyVersion', resource: VALUES.BOUNDARY! })).toBe(
      'deny',
    );
  });

  it("an administrator policy attached to a stack's role is capped by the boundary", () => {
    expect(
      can(cloudformation, {
        action: 'iam:AttachRolePolicy',
        resource: role('shop-staging-WebTaskRole-ABC'),
        context: withBoundary(VALUES.BOUNDARY!),
      }),
    ).toBe(true);
    for (const action of [
      'iam:CreateRole',
      'iam:PassRole',
      'sts:AssumeRole',
      'organizations:LeaveOrganization',
    ])
      expect(decide(boundary, { action, resource: '*' })).toBe('deny');
  });

  it('passes roles to ECS tasks only', () => {
    const pass = (service: string) =>
      can(cloudformation, {
        action: 'iam:PassRole',
        resource: role('shop-staging-WebTaskRole-ABC'),
        context: { 'iam:PassedToService': service },
      });
    expect(pass('ecs-tasks.amazonaws.com')).toBe(true);
    for (const service of ['ec2.amazonaws.com', 'lambda.amazonaws.com', 'cloudformation.amazonaws.com'])
      expect(pass(service)).toBe(false);
  });

  it("changes only the project's load balancers, its namespace's records and its own security groups", () => {
    const lb = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/other/1';
    const tagged = (project: string) => ({ 'aws:ResourceTag/com.docker.compose.project': project });
    expect(
      can(cloudformation, {
        action: 'elasticloadbalancing:DeleteLoadBalancer',
        resource: lb,
        context: tagged('shop'),
      }),
    ).toBe(true);
    expect(
      can(cloudformation, {
        action: 'elasticloadbalancing:DeleteLoadBalancer',
        resource: lb,
        context: tagged('billing'),
      }),
    ).toBe(false);
    const records = (names: string[]) =>
      can(cloudformation, {
        action: 'route53:ChangeResourceRecordSets',
        resource: 'arn:aws:route53:::hostedzone/Z1',
        context: { 'route53:ChangeResourceRecordSetsNormalizedRecordNames': names },
      });
    expect(records(['web.shop-staging.compose.internal'])).toBe(true);
    expect(records(['web.shop-staging.compose.internal', 'www.example.com'])).toBe(false);
    const group = 'arn:aws:ec2:eu-west-1:123456789012:security-group/sg-1';
    const ingress = (stack: string) =>
      can(cloudformation, {
        action: 'ec2:AuthorizeSecurityGroupIngress',
        resource: group,
        context: { 'aws:ResourceTag/aws:cloudformation:stack-name': stack },
      });
    expect(ingress('shop-staging')).toBe(true);
    expect(ingress('shop-production')).toBe(false);
  });
});

describe("the template's roles against the policies", () => {
  it('every role the shop example creates can be created by the service role and passed to the service it trusts', async () => {
    const { template } = convert(await loadShopExample(), { permissionsBoundary: VALUES.BOUNDARY! });
    const roles = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::IAM::Role');
    expect(roles.length).toBeGreaterThan(0);
    for (const [id, r] of roles) {
      // CloudFormation names a role it names itself STACK-LogicalId-RANDOM.
      const arn = role(`shop-staging-${id}-1A2B3C`);
      const props = r.Properties as {
        PermissionsBoundary: string;
        AssumeRolePolicyDocument: { Statement: Array<{ Principal: { Service?: string } }> };
      };
      expect(
        can(cloudformation, {
          action: 'iam:CreateRole',
          resource: arn,
          context: { 'iam:PermissionsBoundary': props.PermissionsBoundary },
        }),
      ).toBe(true);
      for (const s of props.AssumeRolePolicyDocument.Statement)
        expect(
          can(cloudformation, {
            action: 'iam:PassRole',
            resource: arn,
            context: { 'iam:PassedToService': String(s.Principal.Service) },
          }),
        ).toBe(true);
    }
  });

  it('without permissions-boundary the same roles cannot be created under these policies', async () => {
    const { template } = convert(await loadShopExample());
    const [id, r] = Object.entries(template.Resources).find(([, x]) => x.Type === 'AWS::IAM::Role')!;
    const context: Record<string, string> = r.Properties?.PermissionsBoundary
      ? { 'iam:PermissionsBoundary': String(r.Properties.PermissionsBoundary) }
      : {};
    expect(
      can(cloudformation, { action: 'iam:CreateRole', resource: role(`shop-staging-${id}-X`), context }),
    ).toBe(false);
  });
});

describe('GPU capacity (issue 26), needed only when a service reserves GPUs', () => {
  const asg = (stack: string) =>
    `arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:0a1b:autoScalingGroupName/${stack}-TrainerAutoScalingGroup-1AB`;

  it('the GPU instance role is created with the boundary, passed to EC2 only, and its agent actions fit the boundary', async () => {
    const gpu = fixtures.find((f) => f.name === 'gpu')!;
    const { template } = convert(gpu.loaded, { ...gpu.options, permissionsBoundary: VALUES.BOUNDARY! });
    const instanceRole = template.Resources.GpuInstanceRole!.Properties as {
      PermissionsBoundary: string;
      Policies: Array<{ PolicyDocument: { Statement: Array<{ Action: string | string[] }> } }>;
    };
    const arn = role('shop-staging-GpuInstanceRole-1A2B3C');
    const context = { 'iam:PermissionsBoundary': instanceRole.PermissionsBoundary };
    expect(can(cloudformation, { action: 'iam:CreateRole', resource: arn, context })).toBe(true);
    const pass = (resource: string, service: string) =>
      can(cloudformation, { action: 'iam:PassRole', resource, context: { 'iam:PassedToService': service } });
    expect(pass(arn, 'ec2.amazonaws.com')).toBe(true);
    expect(pass(role('shop-staging-WebTaskRole-ABC'), 'ec2.amazonaws.com')).toBe(false);
    expect(pass(role('shop-production-GpuInstanceRole-ABC'), 'ec2.amazonaws.com')).toBe(false);
    const profile = 'arn:aws:iam::123456789012:instance-profile/shop-staging-GpuInstanceProfile-1A2B';
    expect(can(cloudformation, { action: 'iam:AddRoleToInstanceProfile', resource: profile })).toBe(true);
    expect(
      can(cloudformation, {
        action: 'iam:AddRoleToInstanceProfile',
        resource: 'arn:aws:iam::123456789012:instance-profile/admin',
      }),
    ).toBe(false);
    // The boundary caps the instance role too: every action the agent needs must be inside it.
    for (const statement of instanceRole.Policies.flatMap((p) => p.PolicyDocument.Statement))
      for (const action of [statement.Action].flat())
        expect([action, decide(boundary, { action, resource: '*' })]).toEqual([action, 'allow']);
  });

  it("the service role creates only the stack's groups and capacity providers", () => {
    const make = (action: string, resource: string) => can(cloudformation, { action, resource });
    expect(make('autoscaling:CreateAutoScalingGroup', asg('shop-staging'))).toBe(true);
    expect(make('autoscaling:CreateAutoScalingGroup', asg('shop-production'))).toBe(false);
    const provider = (name: string) => `arn:aws:ecs:eu-west-1:123456789012:capacity-provider/${name}`;
    expect(make('ecs:CreateCapacityProvider', provider('gpu-shop-staging-trainer'))).toBe(true);
    expect(make('ecs:DeleteCapacityProvider', provider('gpu-shop-production-trainer'))).toBe(false);
  });

  it('down lifts protection and empties only the stack’s groups; plan and deploy read routes, endpoints, the quota and the AMI parameter', () => {
    for (const action of ['autoscaling:SetInstanceProtection', 'autoscaling:UpdateAutoScalingGroup']) {
      expect(can(deploy, { action, resource: asg('shop-staging') })).toBe(true);
      expect(can(deploy, { action, resource: asg('shop-production') })).toBe(false);
      expect(can(plan, { action, resource: asg('shop-staging') })).toBe(false);
    }
    const quota = 'arn:aws:servicequotas:eu-west-1:123456789012:ec2/L-DB2E81BA';
    const ami =
      'arn:aws:ssm:eu-west-1::parameter/aws/service/ecs/optimized-ami/amazon-linux-2023/gpu/recommended/image_id';
    for (const p of [plan, deploy]) {
      expect(can(p, { action: 'servicequotas:GetServiceQuota', resource: quota })).toBe(true);
      expect(can(p, { action: 'ssm:GetParameters', resource: ami })).toBe(true);
      expect(can(p, { action: 'ec2:DescribeRouteTables', resource: '*' })).toBe(true);
      expect(can(p, { action: 'ec2:DescribeVpcEndpoints', resource: '*' })).toBe(true);
    }
  });
});

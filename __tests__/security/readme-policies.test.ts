// Issue 22, item 3. The README's policies, parsed and evaluated (moto does not evaluate IAM). Attack: the
// policy the README recommended let a compose file mint administrators (iam:CreateRole/PutRolePolicy/
// AttachRolePolicy/PassRole on STACK-* with no boundary nor condition) and left elasticloadbalancing:*,
// servicediscovery:* and route53:ChangeResourceRecordSets unscoped; one role served plans and deploys.
import { readFileSync } from 'node:fs';
import { convert } from '../../src/template/convert.js';
import { decide, type PolicyDocument, type Request } from '../support/iam-policy.js';
import { fixtures } from '../template/fixtures.js';
import { loadShopExample } from '../template/shop-example.js';
import { port, project, service } from '../template/builder.js';

const VALUES: Record<string, string> = {
  ACCOUNT: '123456789012',
  REGION: 'eu-west-1',
  PREFIX: 'shop',
  PROJECT: 'shop',
  STACK: 'shop-staging',
  'TEMPLATE-BUCKET': 'shop-templates',
  BOUNDARY: 'arn:aws:iam::123456789012:policy/compose-ecs-boundary',
  ZONE: 'Z0123456789EXAMPLE',
  DOMAIN: 'preview.example.com',
};
const README = readFileSync('README.md', 'utf8');

function policy(name: string): PolicyDocument {
  const match = new RegExp(`<!-- policy: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(README);
  if (!match) throw new Error(`README has no policy ${name}`);
  return JSON.parse(
    match[1]!.replace(
      /\b(TEMPLATE-BUCKET|ACCOUNT|REGION|PREFIX|PROJECT|STACK|BOUNDARY|ZONE|DOMAIN)\b/g,
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

  it('runs, follows, stops and records a job of the stack (what src/jobs/ calls), and nothing of another stack', () => {
    const arn = (service: string, rest: string) => `arn:aws:${service}:eu-west-1:123456789012:${rest}`;
    const cluster = { 'ecs:cluster': arn('ecs', 'cluster/shop-staging') };
    const task = arn('ecs', 'task/shop-staging/0123456789abcdef');
    const record = arn('ssm', `parameter/compose-ecs/shop-staging/jobs/migrate/${'b'.repeat(64)}`);
    const allowed: Request[] = [
      {
        action: 'ecs:RunTask',
        resource: arn('ecs', 'task-definition/shop-staging-migrate:3'),
        context: cluster,
      },
      { action: 'ecs:TagResource', resource: task, context: { 'ecs:CreateAction': 'RunTask' } },
      { action: 'ecs:DescribeTasks', resource: task },
      { action: 'ecs:StopTask', resource: task },
      { action: 'ecs:DescribeTaskDefinition', resource: '*' },
      {
        action: 'logs:GetLogEvents',
        resource: arn(
          'logs',
          'log-group:/compose-ecs/shop-staging:log-stream:compose/migrate/0123456789abcdef',
        ),
      },
      { action: 'ssm:GetParameters', resource: record },
      { action: 'ssm:PutParameter', resource: record },
      { action: 'ssm:AddTagsToResource', resource: record },
    ];
    for (const request of allowed)
      expect([request.action, can(deploy, request)]).toEqual([request.action, true]);
    // Another stack's task definition, or the stack's own in another cluster; a record rewritten.
    const elsewhere = { 'ecs:cluster': arn('ecs', 'cluster/shop-production') };
    expect(
      can(deploy, {
        action: 'ecs:RunTask',
        resource: arn('ecs', 'task-definition/shop-production-migrate:1'),
        context: cluster,
      }),
    ).toBe(false);
    expect(
      can(deploy, {
        action: 'ecs:RunTask',
        resource: arn('ecs', 'task-definition/shop-staging-migrate:3'),
        context: elsewhere,
      }),
    ).toBe(false);
    expect(can(deploy, { action: 'ecs:StopTask', resource: arn('ecs', 'task/shop-production/0123') })).toBe(
      false,
    );
    expect(
      decide(deploy, { action: 'ssm:PutParameter', resource: record, context: { 'ssm:Overwrite': 'true' } }),
    ).toBe('deny');
  });
});

describe('service deployments (issue 25)', () => {
  const service = (stack: string) =>
    `arn:aws:ecs:eu-west-1:123456789012:service/${stack}/${stack}-WebService-AbC`;
  const deployment = (stack: string) =>
    `arn:aws:ecs:eu-west-1:123456789012:service-deployment/${stack}/${stack}-WebService-AbC/r9i43YFjvgF`;

  it("the deploy role follows and stops the stack's own service deployments, on the service and the deployment IAM names", () => {
    expect(can(deploy, { action: 'ecs:ListServiceDeployments', resource: service('shop-staging') })).toBe(
      true,
    );
    // DescribeServiceDeployments and StopServiceDeployment authorize on the service and on the deployment.
    for (const action of ['ecs:DescribeServiceDeployments', 'ecs:StopServiceDeployment']) {
      expect(can(deploy, { action, resource: service('shop-staging') })).toBe(true);
      expect(can(deploy, { action, resource: deployment('shop-staging') })).toBe(true);
      expect(can(deploy, { action, resource: deployment('shop-production') })).toBe(false);
    }
    expect(can(deploy, { action: 'ecs:ListServiceDeployments', resource: service('shop-production') })).toBe(
      false,
    );
  });

  it('a plan stops no deployment; the CloudFormation role may follow its own services, as its ECS handler does', () => {
    expect(can(plan, { action: 'ecs:StopServiceDeployment', resource: deployment('shop-staging') })).toBe(
      false,
    );
    for (const action of [
      'ecs:ListServiceDeployments',
      'ecs:DescribeServiceDeployments',
      'ecs:StopServiceDeployment',
    ])
      expect(
        can(cloudformation, {
          action,
          resource: action.startsWith('ecs:List') ? service('shop-staging') : deployment('shop-staging'),
        }),
      ).toBe(true);
    expect(can(cloudformation, { action: 'ecs:StopServiceDeployment', resource: deployment('other') })).toBe(
      false,
    );
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

  it("creates the stack's cluster (named after the stack) and sets its capacity providers, no other cluster's", () => {
    const cluster = (name: string) => `arn:aws:ecs:eu-west-1:123456789012:cluster/${name}`;
    for (const action of ['ecs:CreateCluster', 'ecs:PutClusterCapacityProviders', 'ecs:DeleteCluster']) {
      expect([action, can(cloudformation, { action, resource: cluster('shop-staging') })]).toEqual([
        action,
        true,
      ]);
      expect([action, can(cloudformation, { action, resource: cluster('shared') })]).toEqual([action, false]);
      expect([action, can(cloudformation, { action, resource: cluster('shop-production') })]).toEqual([
        action,
        false,
      ]);
    }
  });
});

describe('Fargate Spot on an existing cluster (x-aws-capacity with x-aws-cluster)', () => {
  it('the plan and deploy roles read its capacity providers and cannot change them', () => {
    const shared = 'arn:aws:ecs:eu-west-1:123456789012:cluster/shared';
    for (const p of [plan, deploy]) {
      expect(can(p, { action: 'ecs:DescribeClusters', resource: shared })).toBe(true);
      expect(can(p, { action: 'ecs:PutClusterCapacityProviders', resource: shared })).toBe(false);
    }
  });
});

describe('x-aws-domain (issue 27)', () => {
  const zone = 'arn:aws:route53:::hostedzone/Z0123456789EXAMPLE';
  const records = (names: string[], resource = zone) =>
    can(cloudformation, {
      action: 'route53:ChangeResourceRecordSets',
      resource,
      context: { 'route53:ChangeResourceRecordSetsNormalizedRecordNames': names },
    });
  const request = (names: string[], method = 'DNS', project = 'shop') =>
    can(cloudformation, {
      action: 'acm:RequestCertificate',
      resource: '*',
      context: {
        'acm:DomainNames': names,
        'acm:ValidationMethod': method,
        'aws:RequestTag/com.docker.compose.project': project,
      },
    });

  it('the plan and deploy roles look a name’s hosted zone up', () => {
    for (const p of [plan, deploy])
      expect(can(p, { action: 'route53:ListHostedZonesByName', resource: '*' })).toBe(true);
  });

  it('the service role changes records of the preview names only, in the one zone: aliases and validation CNAMEs', () => {
    expect(records(['pr-7.preview.example.com'])).toBe(true);
    expect(records(['_3f2a9c.pr-7.preview.example.com'])).toBe(true);
    expect(records(['preview.example.com'])).toBe(true);
    for (const outside of [
      ['shop.example.com'],
      ['pr-7.preview.example.com', 'www.example.com'],
      ['evilpreview.example.com'],
    ])
      expect(records(outside)).toBe(false);
    expect(records(['pr-7.preview.example.com'], 'arn:aws:route53:::hostedzone/ZOTHER')).toBe(false);
  });

  it('requests DNS-validated certificates of the project for those names only, and deletes only the project’s', () => {
    expect(request(['pr-7.preview.example.com'])).toBe(true);
    expect(request(['pr-7.preview.example.com'], 'EMAIL')).toBe(false);
    expect(request(['pr-7.preview.example.com', 'shop.example.com'])).toBe(false);
    expect(request(['pr-7.preview.example.com'], 'DNS', 'billing')).toBe(false);
    const certificate = 'arn:aws:acm:eu-west-1:123456789012:certificate/1';
    const del = (project: string) =>
      can(cloudformation, {
        action: 'acm:DeleteCertificate',
        resource: certificate,
        context: { 'aws:ResourceTag/com.docker.compose.project': project },
      });
    expect(del('shop')).toBe(true);
    expect(del('billing')).toBe(false);
    for (const action of [
      'elasticloadbalancing:AddListenerCertificates',
      'elasticloadbalancing:RemoveListenerCertificates',
    ])
      expect(
        can(cloudformation, {
          action,
          resource: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop/1/2',
          context: { 'aws:ResourceTag/com.docker.compose.project': 'shop' },
        }),
      ).toBe(true);
  });

  it('the deploy role reads the status of the project’s certificates only, while CloudFormation waits for their issue', () => {
    const describe = (p: typeof deploy, project: string, region = 'eu-west-1') =>
      can(p, {
        action: 'acm:DescribeCertificate',
        resource: `arn:aws:acm:${region}:123456789012:certificate/1`,
        context: { 'aws:ResourceTag/com.docker.compose.project': project },
      });
    expect(describe(deploy, 'shop')).toBe(true);
    expect(describe(deploy, 'billing')).toBe(false);
    expect(describe(deploy, 'shop', 'us-east-1')).toBe(false);
    // The plan role never waits for a certificate.
    expect(describe(plan, 'shop')).toBe(false);
  });

  it('a preview’s template asks for nothing these policies refuse: its certificate and its records', () => {
    const { template } = convert(
      project(
        [
          service('web', {
            ports: [port(8080, 80)],
            extensions: { 'x-aws-domain': ['pr-7.preview.example.com', 'www.pr-7.preview.example.com'] },
          }),
        ],
        { name: 'shop' },
      ),
    );
    const of = (type: string) => Object.values(template.Resources).filter((r) => r.Type === type);
    const [certificate] = of('AWS::CertificateManager::Certificate');
    const props = certificate!.Properties as {
      DomainName: string;
      SubjectAlternativeNames: string[];
      Tags: Array<{ Key: string; Value: string }>;
    };
    const tag = props.Tags.find((t) => t.Key === 'com.docker.compose.project')!.Value;
    // The converter's project is "demo": the policy's PROJECT is what the stack's tag says.
    expect(request([props.DomainName, ...props.SubjectAlternativeNames], 'DNS', tag)).toBe(true);
    expect(records(of('AWS::Route53::RecordSet').map((r) => String(r.Properties!.Name)))).toBe(true);
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

describe('deployment strategies (issue 25): the infrastructure role ECS assumes to shift traffic', () => {
  it('the service role passes it to ECS (ecs.amazonaws.com), never to another service', () => {
    const pass = (service: string) =>
      can(cloudformation, {
        action: 'iam:PassRole',
        resource: role('shop-staging-ProxyLoadBalancerInfrastructureRole-ABC'),
        context: { 'iam:PassedToService': service },
      });
    expect(pass('ecs.amazonaws.com')).toBe(true);
    expect(pass('lambda.amazonaws.com')).toBe(false);
    expect(
      can(cloudformation, {
        action: 'iam:PassRole',
        resource: role('other-stack-ProxyLoadBalancerInfrastructureRole-ABC'),
        context: { 'iam:PassedToService': 'ecs.amazonaws.com' },
      }),
    ).toBe(false);
  });

  it('the boundary lets only a role tagged as the infrastructure role move weights and register targets', async () => {
    const { template } = convert(await loadShopExample(), { permissionsBoundary: VALUES.BOUNDARY! });
    const [, infra] = Object.entries(template.Resources).find(([id]) =>
      id.endsWith('LoadBalancerInfrastructureRole'),
    )!;
    const tags = Object.fromEntries(
      (infra.Properties!.Tags as Array<{ Key: string; Value: string }>).map((t) => [
        `aws:PrincipalTag/${t.Key}`,
        t.Value,
      ]),
    );
    const statements = (
      infra.Properties!.Policies as Array<{
        PolicyDocument: { Statement: Array<{ Action: string | string[] }> };
      }>
    )[0]!.PolicyDocument.Statement;
    const actions = statements.flatMap((s) => [s.Action].flat());
    expect(actions).toEqual(
      expect.arrayContaining(['elasticloadbalancing:ModifyRule', 'elasticloadbalancing:RegisterTargets']),
    );
    for (const action of actions) {
      expect([action, decide(boundary, { action, resource: '*', context: tags })]).toEqual([action, 'allow']);
      // A task role (untagged) stays without them, whatever its own policy asks.
      expect([action, decide(boundary, { action, resource: '*' })]).toEqual([action, 'implicit deny']);
    }
  });

  it('the CloudFormation service role can create its rules, groups and listeners (project-tagged load balancer)', () => {
    for (const action of [
      'elasticloadbalancing:CreateRule',
      'elasticloadbalancing:ModifyRule',
      'elasticloadbalancing:CreateListener',
    ])
      expect(
        can(cloudformation, {
          action,
          resource: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/shop/1/2/3',
          context: { 'aws:ResourceTag/com.docker.compose.project': 'shop' },
        }),
      ).toBe(true);
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

  it('the deploy role reads the GPU groups and their scaling activities (only `*` exists for either), and changes no group with them', () => {
    // Service Authorization Reference: neither action has a resource type, so a group ARN cannot scope it.
    for (const action of ['autoscaling:DescribeAutoScalingGroups', 'autoscaling:DescribeScalingActivities'])
      expect(can(deploy, { action, resource: '*' })).toBe(true);
    const reads = deploy.Statement.filter((s) =>
      [s.Action].flat().includes('autoscaling:DescribeScalingActivities'),
    );
    expect(reads).toHaveLength(1);
    expect([reads[0]!.Action].flat().every((a) => String(a).startsWith('autoscaling:Describe'))).toBe(true);
    expect(can(deploy, { action: 'autoscaling:SetDesiredCapacity', resource: '*' })).toBe(false);
    expect(can(deploy, { action: 'autoscaling:UpdateAutoScalingGroup', resource: '*' })).toBe(false);
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

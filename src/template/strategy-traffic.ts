// The load-balancer side of an ECS blue/green, canary or linear deployment (x-aws-deployment): per
// published port of the service, an alternate target group, a production listener rule of its own (ALB)
// or the port's own listener (NLB), optionally a test listener, and one infrastructure role per service
// that ECS assumes to move the weights. The ECS Developer Guide's "Application/Network Load Balancer
// resources for blue/green, linear and canary deployments" and "Amazon ECS infrastructure IAM role for load
// balancers" are the sources (docs/mapping.md).
//
// ECS rewrites the production rule's forward action into weights over the two target groups during a
// deployment, and leaves it pointing at whichever group the new revision is in; a CloudFormation update of
// that rule later resets the weights to what the template says — possibly onto the emptied group
// (aws/aws-cdk#36649, aws/containers-roadmap#2853). So the rule's properties are fixed at creation and
// depend on nothing that an edit of the service changes: its listener, a fixed priority, its conditions
// and a weighted forward (100 / 0) over two target groups whose logical ids never change.
import { X } from '../compose/aws-extensions.js';
import type { Context } from './context.js';
import { getAtt, ref } from './context.js';
import { effectiveStrategy } from './deployment-strategy.js';
import { addListenerRule, routeConditions, type RuleCondition } from './listener-rules.js';
import { listenerId, ruleId } from './listener-ids.js';
import { HTTPS_PORT } from './domain-ports.js';
import type { LoadBalancerPlan, PublishedPort } from './load-balancer.js';
import { addTargetGroup } from './target-groups.js';
import type { TaskPlan } from './tasks.js';

/** The production (or test) rule of a port without a route: after every routed rule, catching every path. */
export const CATCH_ALL_PRIORITY = 50000;

/** The alternate target group of a strategy-managed port: its primary group's id with Alternate. */
export function alternateTargetGroupId(p: PublishedPort): string {
  return p.targetGroupId.replace(/TargetGroup$/, 'AlternateTargetGroup');
}

/** Whether ECS shifts this port's traffic (its service has a blue-green, canary or linear strategy). */
export function strategyManaged(p: PublishedPort): boolean {
  return effectiveStrategy(p.task.main) !== undefined;
}

/**
 * The forward action of p: to its target group, or, when ECS shifts its traffic, to both groups weighted
 * 100 / 0 (ECS's documented starting point; the alternate group must sit in an action of the load
 * balancer for ECS to register the new revision in it).
 */
export function forwardActions(p: PublishedPort): unknown[] {
  if (!strategyManaged(p)) return [{ TargetGroupArn: ref(p.targetGroupId), Type: 'forward' }];
  return [
    {
      ForwardConfig: {
        TargetGroups: [
          { TargetGroupArn: ref(p.targetGroupId), Weight: 100 },
          { TargetGroupArn: ref(alternateTargetGroupId(p)), Weight: 0 },
        ],
      },
      Type: 'forward',
    },
  ];
}

/** The conditions of p's production rule: its route's, else every path (for a host: pass host-header). */
export function productionConditions(p: PublishedPort): RuleCondition[] {
  return p.route
    ? routeConditions(p.route)
    : [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }];
}

/** LoadBalancers[].AdvancedConfiguration of a strategy-managed port, keyed by its target group id. */
export type AdvancedConfigurations = Map<string, Record<string, unknown>>;

interface ServiceTraffic {
  task: TaskPlan;
  targetGroups: string[];
  rules: string[];
  listeners: string[];
}

/** Collects what ECS may change per service, then adds its infrastructure role (finish). */
export class StrategyTraffic {
  readonly advanced: AdvancedConfigurations = new Map();
  private readonly services = new Map<string, ServiceTraffic>();
  private readonly testPorts = new Map<number, string>();

  constructor(
    private readonly ctx: Context,
    private readonly plan: LoadBalancerPlan,
  ) {}

  /** The alternate target group, the production rule (ALB, unrouted port) and the test listener of p. */
  addPort(p: PublishedPort): void {
    const strategy = effectiveStrategy(p.task.main);
    if (!strategy) return;
    const alternate = alternateTargetGroupId(p);
    addTargetGroup(this.ctx, this.plan, p, alternate);
    const application = this.plan.type === 'application';
    // A routed port's rule (listeners.ts) is its production rule; an unrouted one gets a catch-all rule of
    // its own, since ECS needs a rule, not the listener's default action. On an NLB, the listener it is.
    let production = p.listenerId;
    if (application && p.domain && !this.plan.existing) {
      // x-aws-domain: the service's traffic comes through its host-header rule on the HTTPS listener
      // (domains.ts, whose actions are forwardActions too), and that rule is what ECS shifts.
      production = ruleId(listenerId(HTTPS_PORT), p.domain.priority);
      this.ctx.warn(
        p.path,
        `${p.task.name}: ECS shifts the HTTPS rule of its ${X.domain} names; requests to port ${p.port.published} for other host names (the load balancer's own DNS name) are not shifted and reach the first target group only, which a completed shift leaves empty`,
      );
    } else if (application) {
      production = p.route
        ? ruleId(p.listenerId, p.route.priority)
        : addListenerRule(this.ctx, {
            listenerId: p.listenerId,
            priority: CATCH_ALL_PRIORITY,
            conditions: productionConditions(p),
            actions: forwardActions(p),
            owner: p.task.name,
          });
    }
    const test = strategy.testPort !== undefined ? this.addTestListener(p, strategy.testPort) : undefined;
    const service = this.service(p.task);
    service.targetGroups.push(p.targetGroupId, alternate);
    (application ? service.rules : service.listeners).push(production);
    if (test) (application ? service.rules : service.listeners).push(test);
    this.advanced.set(p.targetGroupId, {
      AlternateTargetGroupArn: ref(alternate),
      ProductionListenerRule: ref(production),
      RoleArn: getAtt(roleId(p.task), 'Arn'),
      ...(test ? { TestListenerRule: ref(test) } : {}),
    });
  }

  /** One infrastructure role per strategy-managed service, allowed only on that service's resources. */
  finish(): void {
    for (const s of this.services.values()) addInfrastructureRole(this.ctx, s);
  }

  private service(task: TaskPlan): ServiceTraffic {
    let s = this.services.get(task.name);
    if (!s) this.services.set(task.name, (s = { task, targetGroups: [], rules: [], listeners: [] }));
    return s;
  }

  /**
   * A listener on test_port reaching the new revision before production traffic moves (ECS points the
   * test rule at it first). Its id is the port's listener id, so it cannot collide with a published port.
   */
  private addTestListener(p: PublishedPort, port: number): string | undefined {
    const at = ['services', p.task.name, X.deployment, 'test_port'];
    const id = listenerId(port);
    const other = this.testPorts.get(port);
    if (this.plan.ports.some((q) => q.listenerId === id) || (other && other !== p.task.name)) {
      this.ctx.error(
        at,
        `test_port ${port} is already a listener port of this load balancer; choose another`,
      );
      return undefined;
    }
    if (other === p.task.name) {
      this.ctx.error(at, `test_port tests one published port; ${p.task.name} publishes several`);
      return undefined;
    }
    this.testPorts.set(port, p.task.name);
    const application = this.plan.type === 'application';
    this.ctx.add(
      id,
      {
        Type: 'AWS::ElasticLoadBalancingV2::Listener',
        Properties: {
          ...(p.certificate ? { Certificates: [{ CertificateArn: p.certificate }] } : {}),
          DefaultActions: application
            ? [{ TargetGroupArn: ref(p.targetGroupId), Type: 'forward' }]
            : forwardActions(p),
          LoadBalancerArn: this.plan.arn,
          Port: port,
          Protocol: p.protocol,
        },
      },
      p.task.name,
    );
    this.openTestPort(p, port);
    if (!application) return id;
    return addListenerRule(this.ctx, {
      listenerId: id,
      priority: CATCH_ALL_PRIORITY,
      conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/*'] } }],
      actions: forwardActions(p),
      owner: p.task.name,
    });
  }

  /** The load balancer's own security group opens the test port; an existing one is the user's to open. */
  private openTestPort(p: PublishedPort, port: number): void {
    if (this.plan.existing) {
      this.ctx.warn(
        ['services', p.task.name, X.deployment, 'test_port'],
        `open test_port ${port}/tcp on the existing load balancer's security group yourself`,
      );
      return;
    }
    this.ctx.add(
      `LoadBalancerTCP${port}TestIngress`,
      {
        Type: 'AWS::EC2::SecurityGroupIngress',
        Properties: {
          CidrIp: '0.0.0.0/0',
          Description: `${p.task.name} test listener port ${port}/tcp`,
          FromPort: port,
          GroupId: this.plan.securityGroup,
          IpProtocol: 'tcp',
          ToPort: port,
        },
      },
      p.task.name,
    );
  }
}

/** The tag the README's permissions boundary lets shift load-balancer traffic. */
export const INFRASTRUCTURE_ROLE_TAG = 'compose-ecs:infrastructure-role';

function roleId(task: TaskPlan): string {
  return `${task.id}LoadBalancerInfrastructureRole`;
}

/**
 * The role ECS assumes (trusted to ecs.amazonaws.com) to register the new revision and move the weights.
 * AWS's managed AmazonECSInfrastructureRolePolicyForLoadBalancers grants the same actions on every target
 * group, listener and rule of the account; this inline policy grants them on this service's only.
 * Describe* calls take no resource-level permissions.
 */
function addInfrastructureRole(ctx: Context, s: ServiceTraffic): void {
  const statements: unknown[] = [
    {
      Action: [
        'elasticloadbalancing:DescribeListeners',
        'elasticloadbalancing:DescribeRules',
        'elasticloadbalancing:DescribeTargetGroups',
        'elasticloadbalancing:DescribeTargetHealth',
      ],
      Effect: 'Allow',
      Resource: '*',
    },
    {
      Action: ['elasticloadbalancing:DeregisterTargets', 'elasticloadbalancing:RegisterTargets'],
      Effect: 'Allow',
      Resource: s.targetGroups.map((id) => ref(id)),
    },
  ];
  if (s.rules.length > 0)
    statements.push({
      Action: 'elasticloadbalancing:ModifyRule',
      Effect: 'Allow',
      Resource: s.rules.map((id) => ref(id)),
    });
  if (s.listeners.length > 0)
    statements.push({
      Action: 'elasticloadbalancing:ModifyListener',
      Effect: 'Allow',
      Resource: s.listeners.map((id) => ref(id)),
    });
  ctx.add(
    roleId(s.task),
    {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [
            { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' } },
          ],
          Version: '2012-10-17',
        },
        Policies: [
          {
            PolicyDocument: { Statement: statements, Version: '2012-10-17' },
            PolicyName: 'LoadBalancerTrafficShift',
          },
        ],
        // With permissions-boundary, the boundary allows these actions only to roles tagged so (README).
        Tags: [{ Key: INFRASTRUCTURE_ROLE_TAG, Value: 'load-balancer' }],
      },
    },
    s.task.name,
  );
}

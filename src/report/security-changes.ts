// What a reviewer must look at twice, and only what changes: IAM statements and managed policies
// added or removed, security-group rules added or removed (one line per rule), load balancers that
// become internet-facing. A rule present before and after is never listed, so the port-80 rule of an
// existing load balancer is not flagged again when another port is published.
import type { Template } from '../template/types.js';
import { showValue } from './resource-diff.js';
import { canonicalJson } from '../canonical-json.js';

export interface SecurityChange {
  /** day-two: what the change does to the running stack (a volume's storage, a name, the load balancer). */
  kind: 'iam' | 'managed-policy' | 'ingress' | 'egress' | 'load-balancer' | 'day-two';
  change: 'added' | 'removed';
  /** The role, group or load balancer it belongs to (logical id). */
  resource: string;
  text: string;
  /** Where the statement or policy sits (`ApiTaskRole policy TaskPolicy`), apart so repeats can be grouped. */
  where?: string;
  /** Needs a second look: open to the internet, wildcard actions or resources, admin policies. */
  flag?: string;
}

const INTERNET = new Set(['0.0.0.0/0', '::/0']);

/**
 * Actions that take no resource-level permission, so "*" is the only resource they can name: not a
 * broadening. ECR: "GetAuthorizationToken ... you must specify * as the resource"
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/security_iam_id-based-policy-examples.html).
 */
const STAR_ONLY = new Set([
  'ecr:GetAuthorizationToken',
  // Elastic Load Balancing's Describe* calls name no resource type ("*" only, Service Authorization
  // Reference, list_elasticloadbalancingv2): a deployment strategy's infrastructure role reads with them.
  'elasticloadbalancing:DescribeListeners',
  'elasticloadbalancing:DescribeRules',
  'elasticloadbalancing:DescribeTargetGroups',
  'elasticloadbalancing:DescribeTargetHealth',
]);

export function securityChanges(before: Template | undefined, after: Template): SecurityChange[] {
  const out: SecurityChange[] = [];
  setDiff(statements(before), statements(after), out);
  setDiff(managedPolicies(before), managedPolicies(after), out);
  setDiff(rules(before), rules(after), out);
  setDiff(publicLoadBalancers(before), publicLoadBalancers(after), out);
  return out;
}

type Keyed = Map<string, Omit<SecurityChange, 'change'>>;

function setDiff(before: Keyed, after: Keyed, out: SecurityChange[]): void {
  for (const [key, item] of after) if (!before.has(key)) out.push({ ...item, change: 'added' });
  for (const [key, item] of before)
    if (!after.has(key)) out.push({ ...item, change: 'removed', flag: undefined });
}

const list = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined ? [] : [value];

/** Inline statements of roles and policies, keyed by where they are and what they say. */
function statements(template: Template | undefined): Keyed {
  const found: Keyed = new Map();
  for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
    const props = resource.Properties ?? {};
    const documents: Array<{ name: string; document: unknown }> = [];
    if (resource.Type === 'AWS::IAM::Role') {
      documents.push({ name: 'trust policy', document: props.AssumeRolePolicyDocument });
      for (const p of list(props.Policies) as Array<Record<string, unknown>>)
        documents.push({ name: `policy ${String(p.PolicyName)}`, document: p.PolicyDocument });
    } else if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') {
      documents.push({ name: `policy ${showValue(props.PolicyName ?? id)}`, document: props.PolicyDocument });
    }
    for (const { name, document } of documents) {
      const doc = document as { Statement?: unknown } | undefined;
      for (const statement of list(doc?.Statement) as Array<Record<string, unknown>>) {
        const actions = list(statement.Action ?? statement.NotAction).map((a) => showValue(a));
        const resources = list(statement.Resource ?? statement.NotResource).map((r) => showValue(r, 120));
        const principal =
          statement.Principal === undefined ? '' : ` for ${principalText(statement.Principal)}`;
        const condition = statement.Condition === undefined ? '' : ' (with a condition)';
        const text =
          `${String(statement.Effect ?? 'Allow')} ${actions.join(', ')}` +
          `${resources.length ? ` on ${resources.join(', ')}` : ''}${principal}${condition}`;
        const allow = statement.Effect !== 'Deny';
        const admin = allow && actions.some((a) => a === '*' || a === '*:*');
        const broad =
          allow &&
          (actions.some((a) => a.endsWith(':*')) ||
            (resources.includes('*') && actions.some((a) => !STAR_ONLY.has(a))));
        const trust = allow && name === 'trust policy' ? foreignTrust(statement.Principal) : undefined;
        found.set(`${id}\n${name}\n${canonicalJson(statement)}`, {
          kind: 'iam',
          resource: id,
          text,
          where: `${id} ${name}`,
          flag:
            trust ?? (admin ? 'every action (`*:*`)' : broad ? 'broad permissions (wildcard)' : undefined),
        });
      }
    }
  }
  return found;
}

/**
 * The services the roles compose-ecs generates trust: ECS tasks (src/template/iam.ts) and, for a deployment
 * strategy's infrastructure role, ECS itself (src/template/strategy-traffic.ts).
 */
const SERVICES_NEEDED = new Set(['ecs-tasks.amazonaws.com', 'ecs.amazonaws.com']);

/**
 * Why a trust policy's principal needs a second look: anyone, another account (an account id or ARN
 * written out: only `${AWS::AccountId}` is known to be this one), a federated identity, or an AWS
 * service the template's roles do not serve. Undefined for ECS tasks and this account.
 */
function foreignTrust(principal: unknown): string | undefined {
  if (principal === '*') return 'trusts anyone (`*`)';
  if (typeof principal !== 'object' || principal === null) return undefined;
  const entries = principal as Record<string, unknown>;
  const aws = list(entries.AWS).filter((p) => !canonicalJson(p).includes('AWS::AccountId'));
  if (aws.length)
    return `trusts a principal outside this account (${aws.map((p) => showValue(p)).join(', ')})`;
  if (entries.Federated !== undefined) return 'trusts a federated identity';
  if (entries.CanonicalUser !== undefined) return 'trusts a principal outside this account';
  const services = list(entries.Service).filter((s) => !SERVICES_NEEDED.has(String(s)));
  if (services.length)
    return `trusts ${services.map((s) => showValue(s)).join(', ')}, which the template's roles do not need`;
  return undefined;
}

/** {"Service": "ecs-tasks.amazonaws.com"} → `Service ecs-tasks.amazonaws.com`; "*" stays "*". */
function principalText(principal: unknown): string {
  if (typeof principal !== 'object' || principal === null) return showValue(principal);
  return Object.entries(principal as Record<string, unknown>)
    .map(
      ([kind, who]) =>
        `${kind} ${list(who)
          .map((w) => showValue(w))
          .join(', ')}`,
    )
    .join('; ');
}

function managedPolicies(template: Template | undefined): Keyed {
  const found: Keyed = new Map();
  for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
    if (resource.Type !== 'AWS::IAM::Role') continue;
    for (const arn of list(resource.Properties?.ManagedPolicyArns)) {
      const name = showValue(arn, 200);
      found.set(`${id}\n${canonicalJson(arn)}`, {
        kind: 'managed-policy',
        resource: id,
        text: `managed policy ${name}`,
        where: id,
        flag: /AdministratorAccess|FullAccess|PowerUser/.test(name) ? 'broad managed policy' : undefined,
      });
    }
  }
  return found;
}

/** One entry per rule, inline in a group or a rule resource of its own; the description is not the rule. */
function rules(template: Template | undefined): Keyed {
  const found: Keyed = new Map();
  const add = (group: string, direction: 'ingress' | 'egress', rule: Record<string, unknown>) => {
    const { Description: _d, GroupId: _g, ...what } = rule;
    const peer =
      rule.CidrIp ??
      rule.CidrIpv6 ??
      rule.SourceSecurityGroupId ??
      rule.DestinationSecurityGroupId ??
      rule.SourcePrefixListId ??
      rule.DestinationPrefixListId;
    const protocol = String(rule.IpProtocol ?? 'tcp');
    const ports =
      protocol === '-1'
        ? 'all traffic'
        : rule.FromPort === rule.ToPort
          ? `${String(rule.FromPort)}/${protocol}`
          : `${String(rule.FromPort)}-${String(rule.ToPort)}/${protocol}`;
    const shown = showValue(peer)
      .replace(/^!(Ref|GetAtt) /, '')
      .replace(/\.GroupId$/, '');
    const open = typeof peer === 'string' && INTERNET.has(peer);
    found.set(`${group}\n${direction}\n${canonicalJson(what)}`, {
      kind: direction,
      resource: group,
      text: `${group}: ${direction} ${ports} ${direction === 'ingress' ? 'from' : 'to'} ${shown}`,
      flag: open && direction === 'ingress' ? 'open to the internet' : undefined,
    });
  };
  for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
    const props = resource.Properties ?? {};
    if (resource.Type === 'AWS::EC2::SecurityGroup') {
      for (const r of list(props.SecurityGroupIngress)) add(id, 'ingress', r as Record<string, unknown>);
      for (const r of list(props.SecurityGroupEgress)) add(id, 'egress', r as Record<string, unknown>);
    } else if (
      resource.Type === 'AWS::EC2::SecurityGroupIngress' ||
      resource.Type === 'AWS::EC2::SecurityGroupEgress'
    ) {
      const group = showValue(props.GroupId)
        .replace(/^!(Ref|GetAtt) /, '')
        .replace(/\.GroupId$/, '');
      add(group, resource.Type.endsWith('Ingress') ? 'ingress' : 'egress', props);
    }
  }
  return found;
}

/** A load balancer is internet-facing unless its Scheme says internal (CloudFormation's default). */
function publicLoadBalancers(template: Template | undefined): Keyed {
  const found: Keyed = new Map();
  for (const [id, resource] of Object.entries(template?.Resources ?? {})) {
    if (resource.Type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer') continue;
    if (resource.Properties?.Scheme === 'internal') continue;
    found.set(id, {
      kind: 'load-balancer',
      resource: id,
      text: `${id}: internet-facing load balancer`,
      flag: 'reachable from the internet',
    });
  }
  return found;
}

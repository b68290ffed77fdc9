// AWS service quotas a template can exceed although CloudFormation, cfn-lint and moto accept it: the
// stack then fails half-way on AWS. Checked at convert time, each message names the quota and the way
// out. Fixed quotas are errors; adjustable ones (Service Quotas can raise them) are warnings above
// AWS's default and errors above the highest value AWS allows.
import type { Diagnostic } from '../errors.js';
import type { Template } from './types.js';

/** Elastic Load Balancing: listeners per Application or Network Load Balancer (not adjustable). */
export const MAX_LISTENERS_PER_LB = 50;
/** VPC: inbound rules per security group, default (adjustable; rules × groups per interface ≤ 1,000). */
export const DEFAULT_RULES_PER_GROUP = 60;
/** VPC: security groups per network interface, default 5, adjustable up to 16. */
export const DEFAULT_GROUPS_PER_ENI = 5;
export const MAX_GROUPS_PER_ENI = 16;

export interface QuotaFindings {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export function checkQuotas(template: Template): QuotaFindings {
  const out: QuotaFindings = { errors: [], warnings: [] };
  const resources = Object.entries(template.Resources);

  const listeners = new Map<string, number>();
  for (const [, r] of resources)
    if (r.Type === 'AWS::ElasticLoadBalancingV2::Listener') {
      const lb = JSON.stringify(r.Properties?.LoadBalancerArn);
      listeners.set(lb, (listeners.get(lb) ?? 0) + 1);
    }
  for (const n of listeners.values())
    if (n > MAX_LISTENERS_PER_LB)
      out.errors.push({
        message: `the load balancer would have ${n} listeners (one per published port); Elastic Load Balancing allows ${MAX_LISTENERS_PER_LB} per load balancer (quota "Listeners per Application/Network Load Balancer", not adjustable). Put several HTTP services behind one published port with x-aws-route (path or host rules on one listener); publish only the ports clients outside the VPC need (services reach each other by name on any port without publishing); or split the project into several stacks`,
      });

  const rules = new Map<string, number>();
  const addRule = (group: unknown, n = 1) => {
    const key = JSON.stringify(group);
    rules.set(key, (rules.get(key) ?? 0) + n);
  };
  for (const [id, r] of resources) {
    if (r.Type === 'AWS::EC2::SecurityGroupIngress') addRule(r.Properties?.GroupId);
    if (r.Type === 'AWS::EC2::SecurityGroup')
      addRule({ Ref: id }, ((r.Properties?.SecurityGroupIngress as unknown[] | undefined) ?? []).length);
  }
  for (const [group, n] of rules)
    if (n > DEFAULT_RULES_PER_GROUP)
      out.warnings.push({
        message: `security group ${group} would have ${n} inbound rules; AWS allows ${DEFAULT_RULES_PER_GROUP} by default (quota "Inbound or outbound rules per security group"): the stack fails unless the quota is raised in Service Quotas. Publish fewer ports (services reach each other by name without publishing)`,
      });

  for (const [id, r] of resources) {
    if (r.Type !== 'AWS::ECS::Service') continue;
    const groups = (
      r.Properties?.NetworkConfiguration as
        { AwsvpcConfiguration?: { SecurityGroups?: unknown[] } } | undefined
    )?.AwsvpcConfiguration?.SecurityGroups;
    const n = groups?.length ?? 0;
    const message = `${id}'s tasks would join ${n} security groups (one per compose network); a network interface takes ${DEFAULT_GROUPS_PER_ENI} by default (quota "Security groups per network interface", adjustable up to ${MAX_GROUPS_PER_ENI}). Attach the service to fewer networks`;
    if (n > MAX_GROUPS_PER_ENI) out.errors.push({ message });
    else if (n > DEFAULT_GROUPS_PER_ENI)
      out.warnings.push({ message: `${message}, or raise the quota in Service Quotas` });
  }
  return out;
}

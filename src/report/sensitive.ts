import type { Template } from '../template/types.js';
import type { TemplateDiff } from './template-diff.js';

/**
 * Changes a reviewer should look at twice: IAM, ingress open to the internet, internet-facing
 * load balancers. Only resources that this plan adds or modifies are flagged.
 */
export function sensitiveChanges(after: Template, diff: TemplateDiff): string[] {
  const touched = new Set([...diff.added, ...diff.modified]);
  const notes: string[] = [];
  for (const id of [...touched].sort()) {
    const resource = after.Resources[id];
    if (!resource) continue;
    const props = resource.Properties ?? {};
    if (resource.Type.startsWith('AWS::IAM::'))
      notes.push(`${id}: IAM ${resource.Type.slice('AWS::IAM::'.length)} changes permissions`);
    if (resource.Type === 'AWS::EC2::SecurityGroup' || resource.Type === 'AWS::EC2::SecurityGroupIngress') {
      const rules =
        resource.Type === 'AWS::EC2::SecurityGroupIngress'
          ? [props]
          : ((props.SecurityGroupIngress ?? []) as unknown[]);
      for (const rule of rules as Array<Record<string, unknown>>) {
        if (rule.CidrIp === '0.0.0.0/0' || rule.CidrIpv6 === '::/0') {
          const ports =
            rule.FromPort === rule.ToPort
              ? `port ${String(rule.FromPort)}`
              : `ports ${String(rule.FromPort)}-${String(rule.ToPort)}`;
          notes.push(`${id}: ingress open to the internet on ${ports}/${String(rule.IpProtocol ?? 'tcp')}`);
        }
      }
    }
    if (resource.Type === 'AWS::ElasticLoadBalancingV2::LoadBalancer' && props.Scheme !== 'internal') {
      notes.push(`${id}: internet-facing load balancer`);
    }
  }
  return notes;
}

// x-aws-domain's resources: per service an ACM certificate for its names, validated by DNS in their
// hosted zones (CloudFormation writes the validation records when DomainValidationOptions names the zone);
// one HTTPS listener on 443 for every domain, choosing the certificate by SNI (the first as the listener's
// default, the others as listener certificates) and the service by host-header rule; a permanent redirect
// from the service's own HTTP listener to HTTPS for those names only; and A (AAAA when dual-stack) alias
// records to the load balancer. The zone of each name is a parameter the plan fills (deploy/hosted-zones.ts).
import type { Context } from './context.js';
import { getAtt, ref } from './context.js';
import type { ParameterSource } from './convert.js';
import { HTTPS_PORT } from './domain-ports.js';
import { addListenerRule, hostHeader, type ListenerRuleSpec } from './listener-rules.js';
import { listenerId } from './listener-ids.js';
import { LB_ID, type LoadBalancerPlan, type PublishedPort } from './load-balancer.js';
import { assignIds } from './logical-id.js';
import { forwardActions } from './strategy-traffic.js';
import { MAX_FIRST_NAME } from '../compose/extensions/domain.js';

/**
 * AWS's recommended policy for HTTPS listeners (TLS 1.3 and 1.2, hybrid post-quantum key exchange):
 * docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html. Without one,
 * CloudFormation would give the listener ELBSecurityPolicy-2016-08 (TLS 1.0 and up).
 */
export const HTTPS_POLICY = 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09';

/** IpAddressType values of a load balancer that answers over IPv6 too (then AAAA aliases resolve). */
const DUAL_STACK = ['dualstack', 'dualstack-without-public-ipv4'];

/** The domain ports of a plan, in service order (the first one's certificate is the listener's default). */
export function domainPorts(plan: LoadBalancerPlan): PublishedPort[] {
  return plan.ports.filter((p) => p.domain).sort((a, b) => (a.container.name < b.container.name ? -1 : 1));
}

export function certificateId(ctx: Context, p: PublishedPort): string {
  return `${ctx.ids.service.get(p.container.name)}Certificate`;
}

/** The rule that forwards a domain service's names on the HTTPS listener (a deployment strategy may replace its actions). */
export function httpsRule(p: PublishedPort): ListenerRuleSpec {
  return {
    listenerId: listenerId(HTTPS_PORT),
    priority: p.domain!.priority,
    conditions: [hostHeader(p.domain!.names)],
    // Weighted over the alternate target group when a deployment strategy shifts it (strategy-traffic.ts).
    actions: forwardActions(p),
    owner: p.task.name,
  };
}

/** Adds every x-aws-domain resource; returns the hosted-zone parameters the plan fills. */
export function addDomains(ctx: Context, plan: LoadBalancerPlan): ParameterSource[] {
  const ports = domainPorts(plan);
  if (ports.length === 0 || plan.existing || plan.type !== 'application') return [];
  const keys = assignIds(ports.flatMap((p) => p.domain!.names));
  const parameters = ports.flatMap((p) => p.domain!.names.map((name) => zoneParameter(ctx, p, name, keys)));
  const own = plan.ports.find((p) => p.listenerId === listenerId(HTTPS_PORT));
  if (!own) addHttpsListener(ctx, plan, ports[0]!);
  for (const p of ports) {
    addCertificate(ctx, p, keys);
    // Every domain certificate is in the listener's certificate list, the default one too (AWS allows it:
    // DescribeListenerCertificates then lists it twice). So removing the service whose certificate is the
    // default changes the listener's default first and only then removes a certificate no longer the default.
    ctx.add(
      `${ctx.ids.service.get(p.container.name)}ListenerCertificate`,
      {
        Type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate',
        Properties: {
          Certificates: [{ CertificateArn: ref(certificateId(ctx, p)) }],
          ListenerArn: ref(listenerId(HTTPS_PORT)),
        },
      },
      p.task.name,
    );
    addListenerRule(ctx, httpsRule(p));
    addListenerRule(ctx, {
      listenerId: p.listenerId,
      priority: p.domain!.priority,
      conditions: [hostHeader(p.domain!.names)],
      // Host, path and query stay as asked (#{host}, /#{path}, #{query} are the defaults).
      actions: [
        {
          RedirectConfig: { Port: String(HTTPS_PORT), Protocol: 'HTTPS', StatusCode: 'HTTP_301' },
          Type: 'redirect',
        },
      ],
      owner: p.task.name,
    });
    addAliases(ctx, p, keys);
    p.domain!.names.forEach((name, i) => {
      ctx.template.Outputs[`${p.id}${i === 0 ? '' : `Name${i + 1}`}URL`] = {
        Description: `${p.container.name}: ${name} (${p.container.name} published port ${p.port.published})`,
        Value: `https://${name}`,
      };
    });
  }
  return parameters;
}

function zoneParameter(
  ctx: Context,
  p: PublishedPort,
  name: string,
  keys: Map<string, string>,
): ParameterSource {
  const id = `${keys.get(name)}HostedZoneId`;
  ctx.template.Parameters[id] = {
    Type: 'String',
    AllowedPattern: '^Z[A-Z0-9]+$',
    Description: `Public Route 53 hosted zone of ${name} (x-aws-domain of ${p.container.name})`,
  };
  return {
    name: id,
    kind: 'hosted-zone',
    domain: name,
    service: p.container.name,
    ...(p.domain!.hostedZone ? { hostedZone: p.domain!.hostedZone } : {}),
    description: `the public Route 53 hosted zone of ${name}`,
  };
}

/** The 443 listener when no published port has one: the first domain's certificate, 404 for other hosts. */
function addHttpsListener(ctx: Context, plan: LoadBalancerPlan, first: PublishedPort): void {
  ctx.add(
    listenerId(HTTPS_PORT),
    {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        Certificates: [{ CertificateArn: ref(certificateId(ctx, first)) }],
        DefaultActions: [
          {
            FixedResponseConfig: { ContentType: 'text/plain', MessageBody: 'not found', StatusCode: '404' },
            Type: 'fixed-response',
          },
        ],
        LoadBalancerArn: plan.arn,
        Port: HTTPS_PORT,
        Protocol: 'HTTPS',
        SslPolicy: HTTPS_POLICY,
      },
    },
    first.task.name,
  );
}

/**
 * One certificate per service, for all its names. With HostedZoneId in every DomainValidationOption,
 * CloudFormation creates the validation CNAME records and waits until ACM issues the certificate
 * (docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-certificatemanager-certificate.html).
 * CloudFormation leaves those records in the zone when the certificate is deleted; ACM reuses one per name.
 */
function addCertificate(ctx: Context, p: PublishedPort, keys: Map<string, string>): void {
  const names = p.domain!.names;
  const first = names.find((n) => n.length <= MAX_FIRST_NAME)!;
  const others = names.filter((n) => n !== first);
  ctx.add(
    certificateId(ctx, p),
    {
      Type: 'AWS::CertificateManager::Certificate',
      Properties: {
        DomainName: first,
        DomainValidationOptions: names.map((name) => ({
          DomainName: name,
          HostedZoneId: ref(`${keys.get(name)}HostedZoneId`),
        })),
        ...(others.length > 0 ? { SubjectAlternativeNames: others } : {}),
        ValidationMethod: 'DNS',
      },
    },
    p.task.name,
  );
}

/** A (and AAAA for a dual-stack load balancer) alias records per name; deleted with the stack. */
function addAliases(ctx: Context, p: PublishedPort, keys: Map<string, string>): void {
  const overlay = ctx.project.aws?.cloudformation as
    { Resources?: Record<string, { Properties?: { IpAddressType?: unknown } }> } | undefined;
  const ipType = overlay?.Resources?.[LB_ID]?.Properties?.IpAddressType;
  const types = DUAL_STACK.includes(String(ipType)) ? ['A', 'AAAA'] : ['A'];
  for (const name of p.domain!.names)
    for (const type of types)
      ctx.add(
        `${keys.get(name)}${type === 'A' ? 'Alias' : 'AliasIPv6'}`,
        {
          Type: 'AWS::Route53::RecordSet',
          Properties: {
            AliasTarget: {
              DNSName: getAtt(LB_ID, 'DNSName'),
              EvaluateTargetHealth: false,
              HostedZoneId: getAtt(LB_ID, 'CanonicalHostedZoneID'),
            },
            HostedZoneId: ref(`${keys.get(name)}HostedZoneId`),
            Name: name,
            Type: type,
          },
        },
        p.task.name,
      );
}

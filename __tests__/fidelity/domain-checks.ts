// x-aws-domain read the way AWS runs it (issue 27), from the resources alone: each name has a
// DNS-validated certificate with one validation option naming its zone (ACM: "one and only one" per
// name), that certificate reaches an HTTPS listener on 443 (its default or its certificate list), a rule
// there forwards the names to the target group the service registers (and the service waits for it, or
// ECS refuses a target group no listener uses), plain HTTP for the names is redirected permanently to
// HTTPS, an alias in the same zone points at the load balancer, 443 is open, and no listener holds a
// priority twice or a rule more than 5 condition values.
import type { LoadedProject } from '../../src/compose/model.js';
import type { ConvertResult } from '../../src/template/convert.js';

type Resources = ConvertResult['template']['Resources'];
type Res = Resources[string];
const json = (v: unknown) => JSON.stringify(v);
const ref = (v: unknown) => (v as { Ref?: string } | undefined)?.Ref;
interface Condition {
  Field: string;
  HostHeaderConfig?: { Values: string[] };
  PathPatternConfig?: { Values: string[] };
}
const hostsOf = (rule: Res) =>
  ((rule.Properties!.Conditions as Condition[]) ?? []).flatMap((c) => c.HostHeaderConfig?.Values ?? []);

export function domainProblems(loaded: LoadedProject, result: ConvertResult): string[] {
  const problems: string[] = [];
  const resources = result.template.Resources;
  const of = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const rules = of('AWS::ElasticLoadBalancingV2::ListenerRule');
  for (const [id, r] of rules) {
    const values = ((r.Properties!.Conditions as Condition[]) ?? []).flatMap((c) => [
      ...(c.HostHeaderConfig?.Values ?? []),
      ...(c.PathPatternConfig?.Values ?? []),
    ]);
    if (values.length > 5) problems.push(`${id}: ${values.length} condition values (a rule takes 5)`);
  }
  const priorities = new Map<string, string>();
  for (const [id, r] of rules) {
    const key = json([r.Properties!.ListenerArn, r.Properties!.Priority]);
    if (priorities.has(key)) problems.push(`${id}: priority taken by ${priorities.get(key)} (PriorityInUse)`);
    priorities.set(key, id);
  }
  for (const s of Object.values(loaded.project.services)) {
    const names = s.aws?.domain?.names;
    if (names) problems.push(...serviceProblems(resources, s.name, names));
  }
  return problems;
}

function serviceProblems(resources: Resources, service: string, names: string[]): string[] {
  const problems: string[] = [];
  const say = (m: string) => problems.push(`${service} (x-aws-domain): ${m}`);
  const of = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const certificate = of('AWS::CertificateManager::Certificate').find(([, c]) => {
    const p = c.Properties!;
    const all = [p.DomainName, ...((p.SubjectAlternativeNames as string[]) ?? [])];
    return json([...all].sort()) === json([...names].sort());
  });
  if (!certificate) return [`${service} (x-aws-domain): no certificate covers exactly ${names.join(', ')}`];
  const [certId, cert] = certificate;
  if (cert.Properties!.ValidationMethod !== 'DNS') say(`${certId} is not validated by DNS`);
  const options =
    (cert.Properties!.DomainValidationOptions as Array<{ DomainName: string; HostedZoneId?: unknown }>) ?? [];
  const zoneOf = new Map<string, unknown>();
  for (const name of names) {
    const mine = options.filter((o) => o.DomainName === name);
    if (mine.length !== 1 || mine[0]!.HostedZoneId === undefined)
      say(`${certId} needs one validation option with a HostedZoneId for ${name}`);
    else zoneOf.set(name, mine[0]!.HostedZoneId);
  }
  // The HTTPS listener on 443 that carries the certificate.
  const carries = (listenerId: string, l: Res) =>
    json(l.Properties!.Certificates ?? []).includes(json({ Ref: certId })) ||
    of('AWS::ElasticLoadBalancingV2::ListenerCertificate').some(
      ([, lc]) =>
        ref(lc.Properties!.ListenerArn) === listenerId &&
        json(lc.Properties!.Certificates).includes(json({ Ref: certId })),
    );
  const https = of('AWS::ElasticLoadBalancingV2::Listener').find(
    ([id, l]) => l.Properties!.Port === 443 && l.Properties!.Protocol === 'HTTPS' && carries(id, l),
  );
  if (!https) return [...problems, `${service} (x-aws-domain): no HTTPS listener on 443 carries ${certId}`];
  const policy = https[1].Properties!.SslPolicy;
  const ours = json(https[1].Properties!.Certificates).includes('"Ref"');
  if (ours && !String(policy).startsWith('ELBSecurityPolicy-TLS13-'))
    say(`${https[0]} has no TLS 1.3 policy (CloudFormation's default is ELBSecurityPolicy-2016-08)`);
  // The forward rule on it, to the target group the ECS service registers, which the service waits for.
  const rules = of('AWS::ElasticLoadBalancingV2::ListenerRule');
  const forward = rules.find(
    ([, r]) =>
      ref(r.Properties!.ListenerArn) === https[0] && json(hostsOf(r).sort()) === json([...names].sort()),
  );
  const ecs = of('AWS::ECS::Service').find(([, e]) =>
    json(e.Properties!.LoadBalancers ?? []).includes(
      json(
        ((forward?.[1].Properties!.Actions as Array<{ TargetGroupArn?: unknown }>) ?? [])[0]
          ?.TargetGroupArn ?? null,
      ),
    ),
  );
  if (!forward || !ecs)
    say(`no rule on ${https[0]} forwards ${names.join(', ')} to a target group of the service`);
  else if (![ecs[1].DependsOn ?? []].flat().includes(forward[0]))
    say(`${ecs[0]} does not wait for ${forward[0]}, the only listener rule reaching its target group`);
  // Plain HTTP for the names: redirected, permanently, to HTTPS.
  const redirect = rules.find(
    ([, r]) =>
      ref(r.Properties!.ListenerArn) !== https[0] &&
      json(hostsOf(r).sort()) === json([...names].sort()) &&
      json(r.Properties!.Actions).includes('"Protocol":"HTTPS"') &&
      json(r.Properties!.Actions).includes('"StatusCode":"HTTP_301"'),
  );
  if (!redirect) say(`no listener redirects http://${names[0]} to HTTPS with a 301`);
  // An alias per name in the zone its certificate is validated in, to the load balancer.
  for (const name of names) {
    const alias = of('AWS::Route53::RecordSet').find(
      ([, a]) => a.Properties!.Name === name && a.Properties!.Type === 'A',
    );
    const target = alias?.[1].Properties!.AliasTarget as
      { DNSName?: unknown; HostedZoneId?: unknown } | undefined;
    if (!alias || json(alias[1].Properties!.HostedZoneId) !== json(zoneOf.get(name)))
      say(`no A alias of ${name} in the zone its certificate is validated in`);
    else if (
      !json(target?.DNSName).includes('DNSName') ||
      !json(target?.HostedZoneId).includes('CanonicalHostedZoneID')
    )
      say(`the alias of ${name} does not point at the load balancer (DNSName, CanonicalHostedZoneID)`);
  }
  const group = of('AWS::EC2::SecurityGroup').find(([id]) => id === 'LoadBalancerSecurityGroup')?.[1];
  const opens443 = (
    (group?.Properties!.SecurityGroupIngress as Array<{
      FromPort: number;
      ToPort: number;
      CidrIp?: string;
    }>) ?? []
  ).some((i) => i.FromPort <= 443 && i.ToPort >= 443 && i.CidrIp === '0.0.0.0/0');
  if (!opens443) say('the load balancer’s security group does not open 443');
  return problems;
}

// ECS deployment strategies read the way AWS runs them (issue 25), from the resources alone: a BLUE_GREEN
// service names its bake time (ECS: "You must provide this parameter when you use the BLUE_GREEN deployment
// strategy"), canary and linear figures sit within ECS's ranges and CloudFormation's 33 hours, canary and
// linear have a load balancer to shift, and every load-balanced entry of a shifted service has an alternate
// target group (the primary's twin), a production rule (ALB) or listener (NLB) forwarding to both groups
// with forward actions only, and a role ECS can assume that may register in both groups and modify that
// rule or listener.
import type { LoadedProject } from '../../src/compose/model.js';
import type { ConvertResult } from '../../src/template/convert.js';

type Resources = ConvertResult['template']['Resources'];
type Res = Resources[string];
const ref = (v: unknown) => (v as { Ref?: string } | undefined)?.Ref;
const json = (v: unknown) => JSON.stringify(v);

export function strategyProblems(_loaded: LoadedProject, result: ConvertResult): string[] {
  const problems: string[] = [];
  const resources = result.template.Resources;
  for (const [id, s] of Object.entries(resources)) {
    if (s.Type !== 'AWS::ECS::Service') continue;
    const config = (s.Properties!.DeploymentConfiguration ?? {}) as Record<string, unknown>;
    const strategy = config.Strategy as string | undefined;
    if (!strategy || strategy === 'ROLLING') continue;
    const say = (m: string) => problems.push(`${id} (${strategy}): ${m}`);
    figures(config, say);
    const entries = (s.Properties!.LoadBalancers ?? []) as Array<Record<string, unknown>>;
    if ((strategy === 'CANARY' || strategy === 'LINEAR') && entries.length === 0)
      say('no load balancer to shift traffic on (ECS needs Elastic Load Balancing or Service Connect)');
    for (const entry of entries) entryProblems(resources, entry, say);
  }
  return problems;
}

function figures(config: Record<string, unknown>, say: (m: string) => void): void {
  const minutes = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1440;
  const bake = config.BakeTimeInMinutes;
  if (!minutes(bake)) say(`BakeTimeInMinutes ${json(bake)} is not 0–1440 minutes`);
  const canary = config.CanaryConfiguration as Record<string, number> | undefined;
  const linear = config.LinearConfiguration as Record<string, number> | undefined;
  const tenths = (p: number, min: number) =>
    p >= min && p <= 100 && Math.abs(p * 10 - Math.round(p * 10)) < 1e-9;
  if (config.Strategy === 'CANARY') {
    if (!canary || !tenths(canary.CanaryPercent!, 0.1) || !minutes(canary.CanaryBakeTimeInMinutes))
      say(`CanaryConfiguration ${json(canary)} outside ECS's ranges`);
    else if ((bake as number) + canary.CanaryBakeTimeInMinutes! > 33 * 60)
      say('over CloudFormation’s 33 hours');
  }
  if (config.Strategy === 'LINEAR') {
    if (!linear || !tenths(linear.StepPercent!, 3) || !minutes(linear.StepBakeTimeInMinutes))
      say(`LinearConfiguration ${json(linear)} outside ECS's ranges`);
  }
}

function entryProblems(resources: Resources, entry: Record<string, unknown>, say: (m: string) => void): void {
  const advanced = entry.AdvancedConfiguration as Record<string, unknown> | undefined;
  const primary = ref(entry.TargetGroupArn)!;
  if (!advanced) return say(`${primary}: no AdvancedConfiguration, nothing for ECS to shift`);
  const alternate = ref(advanced.AlternateTargetGroupArn);
  const groups = [primary, alternate];
  const twin = (r: Res | undefined) => {
    const { Tags: _t, ...rest } = (r?.Properties ?? {}) as Record<string, unknown>;
    return json(rest);
  };
  if (
    !alternate ||
    alternate === primary ||
    resources[alternate]?.Type !== 'AWS::ElasticLoadBalancingV2::TargetGroup'
  )
    say(`${primary}: no alternate target group of its own`);
  else if (twin(resources[alternate]) !== twin(resources[primary]))
    say(`${alternate} differs from ${primary} (the new revision would be checked otherwise)`);
  const productionId = ref(advanced.ProductionListenerRule);
  const production = productionId ? resources[productionId] : undefined;
  const actions = (
    production?.Type === 'AWS::ElasticLoadBalancingV2::Listener'
      ? production.Properties!.DefaultActions
      : production?.Properties?.Actions
  ) as Array<Record<string, unknown>> | undefined;
  if (!actions)
    return say(`${primary}: ProductionListenerRule is no listener rule or listener of the template`);
  if (actions.some((a) => a.Type !== 'forward'))
    say(`${productionId}: a non-forward action beside the forward (ECS shifts forward actions only)`);
  const forwarded = actions.flatMap((a) => [
    ref(a.TargetGroupArn),
    ...(
      (a.ForwardConfig as { TargetGroups?: Array<{ TargetGroupArn: unknown }> } | undefined)?.TargetGroups ??
      []
    ).map((t) => ref(t.TargetGroupArn)),
  ]);
  for (const g of groups)
    if (g && !forwarded.includes(g))
      say(`${productionId} does not forward to ${g} (ECS could not register in it)`);
  const roleId = (advanced.RoleArn as { 'Fn::GetAtt'?: [string, string] } | undefined)?.['Fn::GetAtt']?.[0];
  const role = roleId ? resources[roleId] : undefined;
  if (role?.Type !== 'AWS::IAM::Role') return say('RoleArn is no role of the template');
  if (!json(role.Properties!.AssumeRolePolicyDocument).includes('"Service":"ecs.amazonaws.com"'))
    say(`${roleId} is not trusted to ecs.amazonaws.com`);
  const granted = json(role.Properties!.Policies);
  const modify =
    production?.Type === 'AWS::ElasticLoadBalancingV2::Listener' ? 'ModifyListener' : 'ModifyRule';
  if (!granted.includes(`elasticloadbalancing:${modify}`) || !granted.includes(`{"Ref":"${productionId}"}`))
    say(`${roleId} may not ${modify} ${productionId}`);
  for (const g of groups)
    if (g && !granted.includes(`{"Ref":"${g}"}`)) say(`${roleId} may not register targets in ${g}`);
}

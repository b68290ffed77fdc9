// Listener rules: every rule the template puts on a listener is made here, from a listener's logical
// id, a priority, conditions and actions, so rules from x-aws-route, from x-aws-domain and from a
// deployment strategy share one shape and one id scheme (ruleId: the listener holds priorities unique).
import type { Context } from './context.js';
import { ref } from './context.js';
import { ruleId } from './listener-ids.js';
import type { Route } from './routes.js';

/** A listener rule condition, as AWS::ElasticLoadBalancingV2::ListenerRule takes it. */
export type RuleCondition =
  | { Field: 'host-header'; HostHeaderConfig: { Values: string[] } }
  | { Field: 'path-pattern'; PathPatternConfig: { Values: string[] } };

export interface ListenerRuleSpec {
  /** The logical id of the listener the rule sits on. */
  listenerId: string;
  priority: number;
  conditions: RuleCondition[];
  actions: unknown[];
  /** The compose service the rule belongs to (the template's ownership metadata). */
  owner: string;
}

/** Adds the rule under ruleId(listener, priority) and returns that logical id. */
export function addListenerRule(ctx: Context, rule: ListenerRuleSpec): string {
  const id = ruleId(rule.listenerId, rule.priority);
  ctx.add(
    id,
    {
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      Properties: {
        Actions: rule.actions,
        Conditions: rule.conditions,
        ListenerArn: ref(rule.listenerId),
        Priority: rule.priority,
      },
    },
    rule.owner,
  );
  return id;
}

/** A host-header condition (at most 5 values per rule, with the rule's other conditions). */
export function hostHeader(hosts: string[]): RuleCondition {
  return { Field: 'host-header', HostHeaderConfig: { Values: hosts } };
}

/** The conditions of an x-aws-route: its hosts and its path patterns. */
export function routeConditions(route: Route): RuleCondition[] {
  return [
    ...(route.hosts.length > 0 ? [hostHeader(route.hosts)] : []),
    ...(route.paths.length > 0
      ? [{ Field: 'path-pattern' as const, PathPatternConfig: { Values: route.paths } }]
      : []),
  ];
}

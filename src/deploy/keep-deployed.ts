// The template a deploy sends, reconciled with the one the stack runs: where the new template would
// create a resource that AWS holds unique by something other than its logical ID (a listener's port, a
// rule's priority) while a removed resource still holds it, the new resource takes the deployed logical
// ID and is updated in place. CloudFormation creates first and deletes at cleanup, so without this a
// rename fails (DuplicateListener, PriorityInUse); it also carries stacks deployed before listeners
// were keyed by port over without a failed deploy. Cosmetic create-only values the stack already has
// (a security group's description, a container's log stream prefix) are kept rather than replaced.
// Pure: the same two templates give the same result.
import { canonicalTemplate } from '../template/serialize.js';
import type { Resource, Template } from '../template/types.js';
import { canonicalJson } from '../canonical-json.js';
import { LOG_STREAM_PREFIX } from '../template/logs.js';
import { keepCapacityStrategy } from './keep-capacity.js';

export interface Reconciled {
  template: Template;
  /** What was carried over, one line each (for the log). */
  notes: string[];
}

const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';

/**
 * What AWS holds unique per type, as a key. A target group is not unique, but one whose every property
 * equals a removed one's is that group under a new ID (target groups were keyed by published port
 * before): keeping the deployed ID spares the service a needless rollout.
 */
function uniqueKey(r: Resource): string | undefined {
  const p = r.Properties ?? {};
  if (r.Type === TARGET_GROUP) return canonicalJson(p);
  if (r.Type === LISTENER) return `${canonicalJson(p.LoadBalancerArn)} port ${canonicalJson(p.Port)}`;
  if (r.Type === RULE) return `${canonicalJson(p.ListenerArn)} priority ${canonicalJson(p.Priority)}`;
  return undefined;
}

export function keepDeployed(before: Template | undefined, after: Template): Reconciled {
  if (!before) return { template: after, notes: [] };
  const notes: string[] = [];
  let template = after;
  // Listeners before rules: a rule's key names its listener, which may just have taken its deployed ID.
  for (const type of [TARGET_GROUP, LISTENER, RULE]) {
    const renames = new Map<string, string>();
    const held = new Map<string, string>();
    for (const [id, r] of Object.entries(before.Resources))
      if (r.Type === type && !(id in template.Resources)) held.set(uniqueKey(r)!, id);
    for (const [id, r] of Object.entries(template.Resources)) {
      if (r.Type !== type || id in before.Resources) continue;
      const deployed = held.get(uniqueKey(r)!);
      if (deployed === undefined) continue;
      // One new resource per deployed one.
      held.delete(uniqueKey(r)!);
      renames.set(id, deployed);
      notes.push(`${id} keeps the deployed logical ID ${deployed} (updated in place)`);
    }
    if (renames.size) template = renameResources(template, renames);
  }
  template = keepCosmetic(before, template, notes);
  template = keepCapacityStrategy(before, template, notes);
  return { template: notes.length ? canonicalTemplate(template) : after, notes };
}

/** Every logical-ID mention (Ref, GetAtt, Sub, DependsOn) renamed, and the resources re-keyed. */
function renameResources(template: Template, renames: Map<string, string>): Template {
  const subName = (text: string) =>
    text.replace(/\$\{([A-Za-z0-9]+)([.}])/g, (all, id: string, end: string) =>
      renames.has(id) ? `\${${renames.get(id)!}${end}` : all,
    );
  const walk = (value: unknown, key?: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (typeof value === 'string') {
      if (key === 'Ref' || key === 'DependsOn' || key === 'Fn::GetAtt') return renames.get(value) ?? value;
      if (key === 'Fn::Sub') return subName(value);
      return value;
    }
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (k === 'Fn::Sub' && Array.isArray(v)) out[k] = [subName(String(v[0])), walk(v[1])];
        else if (k === 'Fn::GetAtt' && Array.isArray(v))
          out[k] = [renames.get(String(v[0])) ?? v[0], ...v.slice(1)];
        else out[k] = walk(v, k);
      }
      return out;
    }
    return value;
  };
  const walked = walk(template) as Template;
  const resources: Template['Resources'] = {};
  for (const [id, r] of Object.entries(walked.Resources)) resources[renames.get(id) ?? id] = r;
  return { ...walked, Resources: resources };
}

/**
 * A security group's GroupDescription and a container's awslogs-stream-prefix once named the project:
 * both are create-only, so a stack deployed then keeps its values (nothing is replaced for a label).
 */
function keepCosmetic(before: Template, after: Template, notes: string[]): Template {
  const resources = { ...after.Resources };
  for (const [id, r] of Object.entries(after.Resources)) {
    const old = before.Resources[id];
    if (!old || old.Type !== r.Type) continue;
    if (r.Type === 'AWS::EC2::SecurityGroup') {
      const description = old.Properties?.GroupDescription;
      const ours = String(r.Properties?.GroupDescription).startsWith('compose-ecs ');
      if (ours && description !== undefined && description !== r.Properties?.GroupDescription) {
        resources[id] = { ...r, Properties: { ...r.Properties, GroupDescription: description } };
        notes.push(`${id} keeps its deployed description`);
      }
    }
    if (r.Type === 'AWS::ECS::TaskDefinition') {
      const kept = keepStreamPrefix(old, r);
      if (kept) {
        resources[id] = kept;
        notes.push(`${id} keeps its deployed log stream prefix`);
      }
    }
  }
  return { ...after, Resources: resources };
}

type Container = { Name?: string; LogConfiguration?: { Options?: Record<string, unknown> } };
const PREFIX = 'awslogs-stream-prefix';

function keepStreamPrefix(old: Resource, r: Resource): Resource | undefined {
  const deployed = new Map(
    ((old.Properties?.ContainerDefinitions ?? []) as Container[]).map((c) => [
      c.Name,
      c.LogConfiguration?.Options?.[PREFIX],
    ]),
  );
  let changed = false;
  const containers = ((r.Properties?.ContainerDefinitions ?? []) as Container[]).map((c) => {
    const prefix = deployed.get(c.Name);
    const options = c.LogConfiguration?.Options;
    // Only our own prefix gives way: one the compose file sets (logging.options) is what it says.
    if (prefix === undefined || options?.[PREFIX] !== LOG_STREAM_PREFIX || prefix === LOG_STREAM_PREFIX)
      return c;
    changed = true;
    return { ...c, LogConfiguration: { ...c.LogConfiguration, Options: { ...options!, [PREFIX]: prefix } } };
  });
  return changed ? { ...r, Properties: { ...r.Properties, ContainerDefinitions: containers } } : undefined;
}

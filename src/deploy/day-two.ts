// What the second deploy must not do silently, found by comparing the template with the one the stack
// runs (both pure; the plan step acts on the findings): create a resource under a name a removed or
// replaced one still holds (CloudFormation deletes those only at cleanup), put a volume's service on
// new, empty storage, or flip the load balancer's type (a new DNS name for every URL) as a side effect.
import { X } from '../compose/aws-extensions.js';
import { resourceDiffs, type ResourceDiff } from '../report/resource-diff.js';
import { canonicalJson } from '../canonical-json.js';
import type { LoadBalancerChoice } from '../template/load-balancer-type.js';
import { LB_ID } from '../template/load-balancer.js';
import { SERVICE_TAG } from '../template/tags.js';
import type { Resource, Template } from '../template/types.js';
import { VOLUME_TAG } from '../template/volumes.js';

export interface DayTwoFinding {
  kind: 'name-taken' | 'data-replaced' | 'load-balancer-type';
  /** The logical ID the finding is about. */
  resource: string;
  /** The compose volume (data-replaced). */
  volume?: string;
  /** What would happen and why, then the way through. */
  message: string;
  /** Stops a deploy (a data replacement the allow-volume-replacement input names does not). */
  blocking: boolean;
}

export interface DayTwoContext {
  /** How the new template's load balancer type was chosen (a new release's conversion). */
  loadBalancer?: LoadBalancerChoice;
  /** Compose volumes (or file system ids) whose storage may be replaced. */
  allowVolumeReplacement?: readonly string[];
  /** Physical ids of the deployed resources, by logical ID (to name the retained file system). */
  physicalIds?: Readonly<Record<string, string>>;
  /** The parameter values the change set is made with (a retained file system in use instead). */
  parameters?: Readonly<Record<string, string>>;
}

export function dayTwoFindings(
  before: Template,
  after: Template,
  context: DayTwoContext = {},
): DayTwoFinding[] {
  const diffs = resourceDiffs(before, after);
  return [
    ...namesTaken(before, after, diffs),
    ...dataReplaced(before, after, diffs, context),
    ...loadBalancerType(diffs, context),
  ];
}

/** Names AWS holds unique, per type: the key of a resource, and what it is in words. */
function uniqueName(r: Resource): { key: string; what: string; error: string } | undefined {
  const p = r.Properties ?? {};
  const at = (...values: unknown[]) => `${r.Type} ${values.map((v) => canonicalJson(v)).join(' ')}`;
  switch (r.Type) {
    case 'AWS::ServiceDiscovery::Service':
      return {
        key: at(p.NamespaceId, p.Name),
        what: `the service name "${String(p.Name)}"`,
        error: 'ServiceAlreadyExists',
      };
    case 'AWS::ElasticLoadBalancingV2::Listener':
      return {
        key: at(p.LoadBalancerArn, p.Port),
        what: `listener port ${String(p.Port)}`,
        error: 'DuplicateListener',
      };
    case 'AWS::ElasticLoadBalancingV2::ListenerRule':
      return {
        key: at(p.ListenerArn, p.Priority),
        what: `rule priority ${String(p.Priority)}`,
        error: 'PriorityInUse',
      };
    case 'AWS::ECS::Service':
      return p.ServiceName === undefined
        ? undefined
        : {
            key: at(p.Cluster, p.ServiceName),
            what: `ECS service name ${String(p.ServiceName)}`,
            error: 'InvalidParameterException',
          };
    default:
      return undefined;
  }
}

const owner = (r: Resource): string | undefined =>
  ((r.Properties?.Tags ?? []) as Array<{ Key: string; Value: string }>).find((t) => t.Key === SERVICE_TAG)
    ?.Value;

/** Refs inside a value: a name under a parent that is itself new cannot clash with the old parent's. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  return out;
}

function namesTaken(before: Template, after: Template, diffs: ResourceDiff[]): DayTwoFinding[] {
  const replaced = (d: ResourceDiff) => d.action === 'Modify' && d.replacedBy.length > 0;
  const created = new Set(diffs.filter((d) => d.action === 'Add' || replaced(d)).map((d) => d.logicalId));
  const held = new Map<string, string>();
  for (const d of diffs.filter((x) => x.action === 'Remove' || replaced(x))) {
    const name = uniqueName(before.Resources[d.logicalId]!);
    if (name) held.set(name.key, d.logicalId);
  }
  const out: DayTwoFinding[] = [];
  for (const id of [...created].sort()) {
    const r = after.Resources[id]!;
    const name = uniqueName(r);
    const holder = name && held.get(name.key);
    if (!name || !holder) continue;
    if (refs(r.Properties).some((ref) => created.has(ref))) continue;
    const was = owner(before.Resources[holder]!);
    const now = owner(r);
    out.push({
      kind: 'name-taken',
      resource: id,
      blocking: true,
      message:
        `${name.what} moves from ${holder}${was ? ` (service ${was})` : ''} to ${id}${now ? ` (service ${now})` : ''}: ` +
        `CloudFormation creates ${id} before it deletes ${holder}, and AWS refuses a second one (${name.error}). ` +
        `Deploy in two steps: first without ${was ? `what gives ${was} that name` : holder} (the name is released), then this change.`,
    });
  }
  return out;
}

/** The compose volume a file system or access point serves: the file system's volume tag. */
function volumeOf(template: Template, r: Resource): string | undefined {
  if (r.Type === 'AWS::EFS::FileSystem')
    return ((r.Properties?.FileSystemTags ?? []) as Array<{ Key: string; Value: string }>).find(
      (t) => t.Key === VOLUME_TAG,
    )?.Value;
  const fs = r.Properties?.FileSystemId;
  const ref = refs(fs)
    .map((id) => template.Resources[id])
    .find((x) => x?.Type === 'AWS::EFS::FileSystem');
  return ref ? volumeOf(template, ref) : typeof fs === 'string' ? fs : undefined;
}

function dataReplaced(
  before: Template,
  after: Template,
  diffs: ResourceDiff[],
  context: DayTwoContext,
): DayTwoFinding[] {
  const out: DayTwoFinding[] = [];
  const allowed = new Set(context.allowVolumeReplacement ?? []);
  for (const d of diffs) {
    if (d.action !== 'Modify') continue;
    const old = before.Resources[d.logicalId]!;
    let what: string | undefined;
    if (d.type === 'AWS::EFS::FileSystem' && d.replacedBy.length) {
      // A stack given a retained file system (<id>RetainedId) does not create this one at all.
      if (context.parameters?.[`${d.logicalId}RetainedId`]) continue;
      const fsId = context.physicalIds?.[d.logicalId];
      what = `its file system is replaced (${d.replacedBy.join(', ')} cannot change in place): the service starts on a new, empty file system; the data stays on the retained one${fsId ? `, ${fsId}` : ''}`;
    } else if (d.type === 'AWS::EFS::AccessPoint') {
      const path = d.changes.find(
        (c) => c.path.startsWith('Properties.RootDirectory.Path') || c.path === 'Properties.FileSystemId',
      );
      if (!path) continue;
      const fs = refs(old.Properties?.FileSystemId)
        .map((id) => context.physicalIds?.[id])
        .find(Boolean);
      what = `its access point ${d.logicalId} moves from ${canonicalJson(path.before)} to ${canonicalJson(path.after)}: the service sees another, empty directory; the data stays at the old path${fs ? ` on ${fs}` : ''}`;
    } else continue;
    const volume = volumeOf(after, after.Resources[d.logicalId]!) ?? volumeOf(before, old) ?? d.logicalId;
    const ok = allowed.has(volume);
    out.push({
      kind: 'data-replaced',
      resource: d.logicalId,
      volume,
      blocking: !ok,
      message: `volume ${volume}: ${what}. ${ok ? 'Allowed by allow-volume-replacement.' : `The deploy stops before executing; to go ahead, name the volume in allow-volume-replacement (--allow-volume-replacement ${volume}), or undo the change.`}`,
    });
  }
  return out;
}

function loadBalancerType(diffs: ResourceDiff[], context: DayTwoContext): DayTwoFinding[] {
  const d = diffs.find((x) => x.logicalId === LB_ID && x.action === 'Modify');
  const change = d?.changes.find((c) => c.path === 'Properties.Type');
  if (!change || context.loadBalancer?.explicit) return [];
  const cause = context.loadBalancer?.cause ?? 'the published ports changed';
  return [
    {
      kind: 'load-balancer-type',
      resource: LB_ID,
      blocking: true,
      message:
        `the load balancer would change from ${String(change.before)} to ${String(change.after)} because ${cause}: ` +
        `a new load balancer replaces it, with a new DNS name, and every URL of the project changes. ` +
        `The deploy stops before executing; to keep the ${String(change.before)} load balancer undo that port change` +
        `${change.before === 'network' ? ` or set ${X.loadBalancerType}: network` : ''}; to accept the new one set ${X.loadBalancerType}: ${String(change.after)}.`,
    },
  ];
}

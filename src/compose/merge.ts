// Merges compose documents in order with the specification's rules: mappings merge key by
// key; some sequences merge by a key (ports, volumes, secrets, configs) or as sets; command,
// entrypoint and healthcheck.test are replaced; `!reset` removes a value and `!override`
// replaces it wholesale. Also used by `extends` (service onto service).
import { mapNode, scalarNode, seqNode, type Entry, type MapNode, type Node } from './node.js';
import { portKey } from './normalize/ports.js';
import { refKey } from './normalize/refs.js';
import { volumeKey } from './normalize/volumes.js';

type Rule =
  | 'replace'
  | 'dict'
  | 'set'
  | 'depends-on'
  | 'networks'
  | 'build'
  | 'logging'
  | ((n: Node) => string | undefined);

const RULES: Array<[string[], Rule]> = [
  [['services', '*', 'command'], 'replace'],
  [['services', '*', 'entrypoint'], 'replace'],
  [['services', '*', 'healthcheck', 'test'], 'replace'],
  [['services', '*', 'ulimits', '*'], 'replace'],
  [['services', '*', 'environment'], 'dict'],
  [['services', '*', 'labels'], 'dict'],
  [['services', '*', 'annotations'], 'dict'],
  [['services', '*', 'sysctls'], 'dict'],
  [['services', '*', 'extra_hosts'], 'set'],
  [['services', '*', 'build'], 'build'],
  [['services', '*', 'build', 'args'], 'dict'],
  [['services', '*', 'build', 'labels'], 'dict'],
  [['services', '*', 'deploy', 'labels'], 'dict'],
  [['services', '*', 'logging'], 'logging'],
  [['services', '*', 'depends_on'], 'depends-on'],
  [['services', '*', 'networks'], 'networks'],
  [['services', '*', 'ports'], portKey],
  [['services', '*', 'volumes'], volumeKey],
  [['services', '*', 'secrets'], refKey],
  [['services', '*', 'configs'], refKey],
  [['services', '*', 'expose'], 'set'],
  [['services', '*', 'env_file'], 'set'],
  [['services', '*', 'dns'], 'set'],
  [['services', '*', 'dns_search'], 'set'],
  [['services', '*', 'dns_opt'], 'set'],
  [['services', '*', 'cap_add'], 'set'],
  [['services', '*', 'cap_drop'], 'set'],
  [['services', '*', 'devices'], 'set'],
  [['services', '*', 'tmpfs'], 'set'],
  [['services', '*', 'profiles'], 'set'],
  [['services', '*', 'security_opt'], 'set'],
  [['services', '*', 'links'], 'set'],
  [['services', '*', 'external_links'], 'set'],
  [['services', '*', 'group_add'], 'set'],
];

function ruleFor(path: readonly string[]): Rule | undefined {
  // Only service fields have special rules; skip the scan for everything else.
  if (path[0] !== 'services' || path.length < 3) return undefined;
  for (const [pattern, rule] of RULES) {
    if (pattern.length === path.length && pattern.every((p, i) => p === '*' || p === path[i])) return rule;
  }
  return undefined;
}

/** Merges `over` onto `base` (either may be absent). Returns undefined when the result is reset. */
export function mergeNodes(base: Node | undefined, over: Node, path: string[]): Node | undefined {
  if (over.tag === '!reset') return undefined;
  if (base === undefined) return dropResets(over);
  if (over.tag === '!override') return stripTags(over);
  const rule = ruleFor(path);
  if (rule === 'replace') return stripTags(over);
  if (rule === 'dict') return mergeMaps(dictForm(base), dictForm(over), path);
  if (rule === 'depends-on' || rule === 'networks')
    return mergeMaps(namesForm(base, rule), namesForm(over, rule), path);
  if (rule === 'build') return mergeMaps(buildForm(base), buildForm(over), path);
  if (rule === 'logging' && base.kind === 'map' && over.kind === 'map') {
    const driver = (n: MapNode) => {
      const d = n.entries.get('driver')?.value;
      return d?.kind === 'scalar' ? d.value : undefined;
    };
    // A different driver makes the old options meaningless.
    if (driver(over) !== undefined && driver(base) !== undefined && driver(over) !== driver(base))
      return stripTags(over);
  }
  if (base.kind === 'map' && over.kind === 'map') return mergeMaps(base, over, path);
  if (base.kind === 'seq' && over.kind === 'seq') {
    if (rule === 'set')
      return mergeKeyed(base, over, (n) => (n.kind === 'scalar' ? String(n.value) : undefined));
    if (typeof rule === 'function') return mergeKeyed(base, over, rule);
    return seqNode(over.loc, [...base.items, ...over.items.map(stripTags)]);
  }
  return stripTags(over);
}

function mergeMaps(base: MapNode, over: MapNode, path: string[]): MapNode {
  const out = mapNode(base.loc, new Map(base.entries));
  for (const [key, entry] of over.entries) {
    path.push(key);
    const merged = mergeNodes(base.entries.get(key)?.value, entry.value, path);
    path.pop();
    if (merged === undefined) out.entries.delete(key);
    else out.entries.set(key, { keyLoc: entry.keyLoc, value: merged });
  }
  return out;
}

/** Sequence merge where an entry with the same key replaces the earlier one in place. */
function mergeKeyed(
  base: Node & { kind: 'seq' },
  over: Node & { kind: 'seq' },
  key: (n: Node) => string | undefined,
): Node {
  const items = [...base.items];
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    if (k !== undefined) index.set(k, i);
  });
  for (const item of over.items) {
    const k = key(item);
    const at = k === undefined ? undefined : index.get(k);
    if (at !== undefined) items[at] = stripTags(item);
    else {
      if (k !== undefined) index.set(k, items.length);
      items.push(stripTags(item));
    }
  }
  return seqNode(over.loc, items);
}

/** `[A=1, B]` → `{A: 1, B: null}`, so list and mapping forms merge key by key. */
function dictForm(node: Node): MapNode {
  if (node.kind !== 'seq') return node.kind === 'map' ? node : mapNode(node.loc);
  const out = mapNode(node.loc);
  for (const item of node.items) {
    if (item.kind !== 'scalar' || item.value === null) continue;
    const text = String(item.value);
    const eq = text.indexOf('=');
    const key = eq < 0 ? text : text.slice(0, eq);
    out.entries.set(key, {
      keyLoc: item.loc,
      value: scalarNode(item.loc, eq < 0 ? null : text.slice(eq + 1)),
    });
  }
  return out;
}

/** `[db]` → `{db: {condition: service_started}}` for depends_on, `{db: null}` for networks. */
function namesForm(node: Node, rule: 'depends-on' | 'networks'): MapNode {
  if (node.kind !== 'seq') return node.kind === 'map' ? node : mapNode(node.loc);
  const out = mapNode(node.loc);
  for (const item of node.items) {
    if (item.kind !== 'scalar' || item.value === null) continue;
    let value: Node = scalarNode(item.loc, null);
    if (rule === 'depends-on') {
      value = mapNode(item.loc);
      value.entries.set('condition', { keyLoc: item.loc, value: scalarNode(item.loc, 'service_started') });
    }
    out.entries.set(String(item.value), { keyLoc: item.loc, value });
  }
  return out;
}

/** `build: ./dir` → `{context: ./dir}`. */
function buildForm(node: Node): MapNode {
  if (node.kind === 'map') return node;
  const out = mapNode(node.loc);
  out.entries.set('context', { keyLoc: node.loc, value: node });
  return out;
}

function stripTags(node: Node): Node {
  if (!node.tag) return node;
  const { tag: _tag, ...rest } = node;
  return rest as Node;
}

/**
 * A value with nothing under it yet: `!reset` entries inside it just disappear, as in Compose. A subtree
 * with no tag in it is returned as it is rather than copied (the first file of a project is all of it):
 * a copy of a list or mapping is only started at its first change.
 */
function dropResets(node: Node): Node {
  if (node.kind === 'scalar') return stripTags(node);
  if (node.kind === 'seq') {
    let items: Node[] | undefined;
    node.items.forEach((item, at) => {
      const value = item.tag === '!reset' ? undefined : dropResets(item);
      if (value !== item) items ??= node.items.slice(0, at);
      if (items && value) items.push(value);
    });
    return items || node.tag ? ({ ...stripTags(node), items: items ?? node.items } as Node) : node;
  }
  let entries: Map<string, Entry> | undefined;
  let at = 0;
  for (const [key, entry] of node.entries) {
    const value = entry.value.tag === '!reset' ? undefined : dropResets(entry.value);
    if (value !== entry.value) entries ??= new Map([...node.entries].slice(0, at));
    if (entries && value) entries.set(key, value === entry.value ? entry : { keyLoc: entry.keyLoc, value });
    at++;
  }
  return entries || node.tag ? ({ ...stripTags(node), entries: entries ?? node.entries } as Node) : node;
}

/** Merges whole documents in order. */
export function mergeDocuments(docs: Node[]): Node {
  let result: Node | undefined;
  for (const doc of docs) result = mergeNodes(result, doc, []) ?? result;
  return result ?? mapNode({ file: '', line: 1, column: 1 });
}

// The positioned document tree every pass works on. The YAML library's own AST is
// converted once (aliases and merge keys expanded) so that later passes can merge
// and rewrite values while each one still knows the file, line and column it came from.
import type { SourceLocation } from '../errors.js';

export type Node = MapNode | SeqNode | ScalarNode;
export type Scalar = string | number | boolean | null;

interface Base {
  loc: SourceLocation;
  /** `!reset` / `!override` merge tags (other tags are rejected at parse time). */
  tag?: '!reset' | '!override';
}
export interface MapNode extends Base {
  kind: 'map';
  entries: Map<string, Entry>;
}
export interface Entry {
  keyLoc: SourceLocation;
  value: Node;
}
export interface SeqNode extends Base {
  kind: 'seq';
  items: Node[];
}
export interface ScalarNode extends Base {
  kind: 'scalar';
  value: Scalar;
  /** A path as the file wrote it, before it was made absolute (messages name what the user wrote). */
  written?: string;
}

export function mapNode(loc: SourceLocation, entries = new Map<string, Entry>()): MapNode {
  return { kind: 'map', loc, entries };
}
export function seqNode(loc: SourceLocation, items: Node[] = []): SeqNode {
  return { kind: 'seq', loc, items };
}
export function scalarNode(loc: SourceLocation, value: Scalar): ScalarNode {
  return { kind: 'scalar', loc, value };
}

export function get(node: Node | undefined, key: string): Node | undefined {
  return node?.kind === 'map' ? node.entries.get(key)?.value : undefined;
}

/** Sets (or replaces) a key, keeping the key position of an existing entry. */
export function set(node: MapNode, key: string, value: Node): void {
  const existing = node.entries.get(key);
  node.entries.set(key, { keyLoc: existing?.keyLoc ?? value.loc, value });
}

/** Words for "what was found", used in "expected X, found Y" messages. */
export function describe(node: Node): string {
  if (node.kind === 'map') return 'a mapping';
  if (node.kind === 'seq') return 'a list';
  if (node.value === null) return 'null';
  if (typeof node.value === 'string') return `the string ${JSON.stringify(clip(node.value))}`;
  return `${typeof node.value} ${String(node.value)}`;
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Plain JavaScript value of a subtree (for extensions and schema checks). */
export function toPlain(node: Node): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [key, entry] of node.entries) out[key] = toPlain(entry.value);
  return out;
}

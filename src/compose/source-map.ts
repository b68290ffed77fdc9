// SourceMap over the final merged tree: each node keeps the position of the file that last
// set it, so a model path resolves by walking the tree. Model paths may use the model's
// camelCase names (`dependsOn`); those are tried in compose's snake_case too. A path that
// goes past what was written (a default, an expanded port range) maps to the nearest
// written ancestor.
import type { ModelPath, SourceLocation } from '../errors.js';
import type { SourceMap } from './model.js';
import type { Node } from './node.js';

export class TreeSourceMap implements SourceMap {
  constructor(private readonly root: Node) {}

  locate(path: ModelPath): SourceLocation | undefined {
    let node: Node = this.root;
    let location: SourceLocation = node.loc;
    for (const part of path) {
      const next = step(node, part);
      if (!next) break;
      node = next.node;
      location = next.loc;
    }
    return location;
  }
}

function step(node: Node, part: string | number): { node: Node; loc: SourceLocation } | undefined {
  if (node.kind === 'seq' && typeof part === 'number') {
    const item = node.items[part];
    return item && { node: item, loc: item.loc };
  }
  if (node.kind !== 'map') return undefined;
  const key = String(part);
  const entry =
    node.entries.get(key) ?? node.entries.get(key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  // A value's own position is where it starts; for a missing or null value, use the key.
  if (!entry) return undefined;
  const v = entry.value;
  return {
    node: v,
    loc: v.kind === 'scalar' && v.value === null ? entry.keyLoc : v.kind === 'scalar' ? v.loc : entry.keyLoc,
  };
}

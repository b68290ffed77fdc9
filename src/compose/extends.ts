// `extends`: a service starts from another service (in the same file or another file) and
// its own fields merge on top with the usual merge rules. Paths in another file resolve
// against that file's directory. Cycles are errors.
import type { SourceLocation } from '../errors.js';
import { dirname, resolve } from 'node:path';
import type { Lookup } from './interpolate.js';
import type { LoadContext } from './load.js';
import { mergeNodes } from './merge.js';
import { describe, get, mapNode, type MapNode, type Node } from './node.js';
import { resolveRelativePaths } from './paths.js';

interface FileDoc {
  file: string;
  doc: Node;
  /** Services whose extends chain is already resolved. */
  done: Map<string, Node>;
}

/** Resolves every `extends` in `doc` (a document read from `file`), in place. */
export async function applyExtends(ctx: LoadContext, doc: Node, file: string, lookup: Lookup): Promise<void> {
  const services = get(doc, 'services');
  if (services?.kind !== 'map') return;
  const others = new Map<string, Promise<FileDoc | undefined>>();
  const self: FileDoc = { file, doc, done: new Map() };
  const cycles = new Set<string>();

  const open = (other: string, usedAt: { path: (string | number)[]; loc: SourceLocation }) => {
    if (other === file) return Promise.resolve(self);
    let pending = others.get(other);
    if (!pending) {
      pending = ctx.readCompose(other, lookup, usedAt).then((d) => {
        if (!d) return undefined;
        resolveRelativePaths(d, { baseDir: dirname(other), home: ctx.home });
        return { file: other, doc: d, done: new Map() };
      });
      others.set(other, pending);
    }
    return pending;
  };

  const resolveService = async (
    where: FileDoc,
    name: string,
    stack: string[],
    usedAt?: { path: (string | number)[]; loc: SourceLocation },
  ): Promise<Node | undefined> => {
    const cached = where.done.get(name);
    if (cached) return cached;
    const id = `${ctx.display(where.file)}#${name}`;
    const node = get(get(where.doc, 'services'), name);
    if (!node) {
      if (usedAt)
        ctx.diags.error(
          `extends service ${JSON.stringify(name)}, which is not defined in ${ctx.display(where.file)}`,
          usedAt.path,
          usedAt.loc,
        );
      return undefined;
    }
    if (stack.includes(id)) {
      const cycle = stack.slice(stack.indexOf(id));
      // Report each cycle once, whichever service it was reached from.
      const key = [...cycle].sort().join('\n');
      if (!cycles.has(key))
        ctx.diags.error(`extends forms a cycle: ${[...cycle, id].join(' → ')}`, usedAt?.path, usedAt?.loc);
      cycles.add(key);
      return undefined;
    }
    const ext = get(node, 'extends');
    if (node.kind !== 'map' || !ext) {
      where.done.set(name, node);
      return node;
    }
    const path = ['services', name, 'extends'];
    const target = parseExtends(ctx, ext, path);
    if (!target) return undefined;
    const otherFile = target.file ? resolve(dirname(where.file), target.file) : where.file;
    const other = await open(otherFile, { path, loc: ext.loc });
    if (!other) return undefined;
    const base = await resolveService(other, target.service, [...stack, id], { path, loc: ext.loc });
    if (!base) return undefined;
    const local: MapNode = mapNode(node.loc, new Map(node.entries));
    local.entries.delete('extends');
    const merged = mergeNodes(base, local, ['services', name]) ?? local;
    where.done.set(name, merged);
    return merged;
  };

  for (const name of [...services.entries.keys()]) {
    const merged = await resolveService(self, name, []);
    const entry = services.entries.get(name)!;
    if (merged) services.entries.set(name, { keyLoc: entry.keyLoc, value: merged });
  }
}

function parseExtends(
  ctx: LoadContext,
  node: Node,
  path: (string | number)[],
): { service: string; file?: string } | undefined {
  if (node.kind === 'scalar' && typeof node.value === 'string') return { service: node.value };
  if (node.kind === 'map') {
    const out: { service?: string; file?: string } = {};
    for (const [key, entry] of node.entries) {
      const v = entry.value;
      if ((key === 'service' || key === 'file') && v.kind === 'scalar' && typeof v.value === 'string')
        out[key] = v.value;
      else
        ctx.diags.error(
          `expected service (a name) and optionally file (a path) in extends, found ${key}: ${describe(v)}`,
          [...path, key],
          entry.keyLoc,
        );
    }
    if (out.service !== undefined) return out as { service: string; file?: string };
    ctx.diags.error('extends needs `service`', path, node.loc);
    return undefined;
  }
  ctx.diags.error(
    `expected a service name or a mapping with service and file, found ${describe(node)}`,
    path,
    node.loc,
  );
  return undefined;
}

// `include`: other compose projects (each with its own directory and .env) loaded whole and
// added to this one. A resource defined both here and in an included project is an error,
// as in Compose.
import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Lookup } from './interpolate.js';
import type { LoadContext } from './load.js';
import { applyExtends } from './extends.js';
import { mergeDocuments } from './merge.js';
import { describe, get, mapNode, type Node } from './node.js';
import { resolveRelativePaths } from './paths.js';

const SECTIONS = ['services', 'networks', 'volumes', 'secrets', 'configs'];
/** Deepest chain of includes followed; real projects nest two or three. */
export const MAX_INCLUDE_DEPTH = 16;

interface IncludeSpec {
  files: string[];
  projectDir?: string;
  envFiles?: string[];
  node: Node;
  path: (string | number)[];
}

export async function applyIncludes(
  ctx: LoadContext,
  doc: Node,
  baseDir: string,
  lookup: Lookup,
  stack: string[] = [],
): Promise<void> {
  if (doc.kind !== 'map') return;
  const include = doc.entries.get('include');
  if (!include) return;
  doc.entries.delete('include');
  const specs = parseIncludes(ctx, include.value, baseDir);
  for (const spec of specs) {
    const projectDir = spec.projectDir ?? dirname(spec.files[0]!);
    // An include's env_file replaces the included project's .env, as in Compose.
    const own = await ctx.makeLookup(projectDir, spec.envFiles, 'instead-of-dotenv');
    const included: Lookup = (name) => own(name) ?? lookup(name);
    const docs: Node[] = [];
    for (const file of spec.files) {
      if (stack.length >= MAX_INCLUDE_DEPTH) {
        ctx.diags.error(
          `include nests deeper than ${MAX_INCLUDE_DEPTH} files: ${[...stack, file].map(ctx.display).join(' → ')}`,
          spec.path,
          spec.node.loc,
        );
        break;
      }
      // A file reached again through another include (a diamond) adds the same resources: it is loaded once,
      // as compose-go does, so a fan-out of includes costs each file once, not once per path to it.
      const once = `${await realpath(file).catch(() => file)}\0${projectDir}\0${(spec.envFiles ?? []).join('\0')}`;
      if (ctx.included.has(once) && !stack.includes(file)) continue;
      ctx.included.add(once);
      if (stack.includes(file)) {
        ctx.diags.error(
          `include forms a cycle: ${[...stack, file].map(ctx.display).join(' → ')}`,
          spec.path,
          spec.node.loc,
        );
        continue;
      }
      const child = await ctx.readCompose(file, included, { path: spec.path, loc: spec.node.loc });
      if (!child) continue;
      await applyIncludes(ctx, child, dirname(file), included, [...stack, file]);
      await applyExtends(ctx, child, file, included);
      resolveRelativePaths(child, { baseDir: projectDir, home: ctx.home });
      docs.push(child);
    }
    if (docs.length === 0) continue;
    const merged = mergeDocuments(docs);
    for (const section of SECTIONS) {
      const from = get(merged, section);
      if (from?.kind !== 'map') continue;
      let into = doc.entries.get(section)?.value;
      if (!into || into.kind !== 'map') {
        into = mapNode(from.loc);
        doc.entries.set(section, { keyLoc: from.loc, value: into });
      }
      for (const [name, entry] of from.entries) {
        const existing = into.entries.get(name);
        if (existing) {
          ctx.diags.error(
            `${section.slice(0, -1)} ${JSON.stringify(name)} is defined both here and in the included ${ctx.display(spec.files[0]!)} (line ${entry.keyLoc.line}); rename one`,
            [section, name],
            existing.keyLoc,
          );
        } else into.entries.set(name, entry);
      }
    }
  }
}

function parseIncludes(ctx: LoadContext, node: Node, baseDir: string): IncludeSpec[] {
  if (node.kind !== 'seq') {
    ctx.diags.error(`expected a list of files to include, found ${describe(node)}`, ['include'], node.loc);
    return [];
  }
  const specs: IncludeSpec[] = [];
  node.items.forEach((item, i) => {
    const path = ['include', i];
    const str = (n: Node | undefined) =>
      n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
    const list = (n: Node | undefined, key: string): string[] | undefined => {
      if (n === undefined) return undefined;
      const one = str(n);
      if (one !== undefined) return [one];
      if (n.kind === 'seq' && n.items.every((x) => str(x) !== undefined)) return n.items.map((x) => str(x)!);
      ctx.diags.error(`expected a path or a list of paths, found ${describe(n)}`, [...path, key], n.loc);
      return undefined;
    };
    if (str(item) !== undefined) {
      specs.push({ files: [resolve(baseDir, str(item)!)], node: item, path });
      return;
    }
    if (item.kind !== 'map') {
      ctx.diags.error(
        `expected a path or a mapping with path, project_directory, env_file, found ${describe(item)}`,
        path,
        item.loc,
      );
      return;
    }
    for (const [key, entry] of item.entries) {
      if (!['path', 'project_directory', 'env_file'].includes(key))
        ctx.diags.error(
          `unknown field ${JSON.stringify(key)} in include (allowed: path, project_directory, env_file)`,
          [...path, key],
          entry.keyLoc,
        );
    }
    const files = list(get(item, 'path'), 'path');
    if (!files) {
      if (!get(item, 'path')) ctx.diags.error('an include entry needs `path`', path, item.loc);
      return;
    }
    const spec: IncludeSpec = { files: files.map((f) => resolve(baseDir, f)), node: item, path };
    const dir = get(item, 'project_directory');
    if (dir !== undefined) {
      const d = str(dir);
      if (d === undefined)
        ctx.diags.error(
          `expected a directory path, found ${describe(dir)}`,
          [...path, 'project_directory'],
          dir.loc,
        );
      else spec.projectDir = resolve(baseDir, d);
    }
    const envFiles = list(get(item, 'env_file'), 'env_file');
    if (envFiles) spec.envFiles = envFiles.map((f) => resolve(baseDir, f));
    specs.push(spec);
  });
  return specs;
}

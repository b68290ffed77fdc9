// Makes relative paths absolute. Compose resolves every path of a file against its project
// directory: the first file's directory for the main files and their overrides, the
// included file's own directory for `include`, the other file's directory for `extends`.
import { isAbsolute, resolve } from 'node:path';
import { get, type Node, type ScalarNode } from './node.js';
import { isPathSource, splitShortVolume } from './normalize/volumes.js';

export interface PathContext {
  baseDir: string;
  /** For `~/...`; from the environment, never the machine. */
  home?: string;
}

export function resolvePath(path: string, ctx: PathContext): string {
  if (path === '~' || path.startsWith('~/')) return ctx.home ? resolve(ctx.home, path.slice(2)) : path;
  return isAbsolute(path) ? path : resolve(ctx.baseDir, path);
}

function rewrite(node: Node | undefined, ctx: PathContext, when: (s: string) => boolean = () => true): void {
  if (node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' && when(node.value)) {
    (node as ScalarNode).written ??= node.value;
    (node as ScalarNode).value = resolvePath(node.value, ctx);
  }
}

const isRemote = (s: string) =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || s.startsWith('git@') || s.startsWith('github.com/');

/** Rewrites one document's relative paths in place. */
export function resolveRelativePaths(root: Node, ctx: PathContext): void {
  const services = get(root, 'services');
  if (services?.kind === 'map') {
    for (const { value: service } of services.entries.values()) resolveServicePaths(service, ctx);
  }
  for (const section of ['secrets', 'configs']) {
    const defs = get(root, section);
    if (defs?.kind !== 'map') continue;
    for (const { value } of defs.entries.values()) rewrite(get(value, 'file'), ctx);
  }
}

export function resolveServicePaths(service: Node, ctx: PathContext): void {
  if (service.kind !== 'map') return;
  const build = get(service, 'build');
  if (build?.kind === 'scalar') rewrite(build, ctx, (s) => !isRemote(s));
  else rewrite(get(build, 'context'), ctx, (s) => !isRemote(s));
  const envFile = get(service, 'env_file');
  if (envFile?.kind === 'scalar') rewrite(envFile, ctx);
  for (const item of envFile?.kind === 'seq' ? envFile.items : [])
    rewrite(item.kind === 'map' ? get(item, 'path') : item, ctx);
  const volumes = get(service, 'volumes');
  for (const item of volumes?.kind === 'seq' ? volumes.items : []) {
    if (item.kind === 'map') {
      const type = get(item, 'type');
      if (type?.kind === 'scalar' && type.value === 'bind') rewrite(get(item, 'source'), ctx);
    } else if (item.kind === 'scalar' && typeof item.value === 'string') {
      const parts = splitShortVolume(item.value);
      if (parts.length >= 2 && isPathSource(parts[0]!) && !isAbsolute(parts[0]!)) {
        item.written ??= parts[0]!;
        parts[0] = resolvePath(parts[0]!, ctx);
        item.value = parts.join(':');
      }
    }
  }
}

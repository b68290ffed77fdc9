// `command` / `entrypoint`: a list is taken as is; a string is split into words as a shell
// would tokenise it (Compose does the same), without running anything.
import type { Node } from '../node.js';
import { shellSplit } from '../shell-split.js';
import { expected, stringList, type Ctx, type Path } from './read.js';

export function normalizeCommand(ctx: Ctx, node: Node, path: Path): string[] | undefined {
  if (node.kind === 'scalar' && node.value === null) return undefined;
  if (node.kind === 'scalar' && typeof node.value === 'string') {
    const split = shellSplit(node.value);
    return 'words' in split
      ? split.words
      : expected(ctx, node, path, `a command whose quotes are closed (${split.error})`);
  }
  return stringList(ctx, node, path);
}

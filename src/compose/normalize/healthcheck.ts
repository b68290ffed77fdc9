// healthcheck: `test` as a string (run by a shell) or a list led by CMD, CMD-SHELL or NONE.
import type { Healthcheck } from '../model.js';
import type { Node } from '../node.js';
import {
  asMap,
  bool,
  duration,
  expected,
  fields,
  int,
  stringList,
  compact,
  type Ctx,
  type Path,
} from './read.js';

export function normalizeHealthcheck(ctx: Ctx, node: Node, path: Path): Healthcheck | undefined {
  const map = asMap(ctx, node, path);
  if (!map) return undefined;
  const hc: Healthcheck = { disable: false };
  fields(
    ctx,
    map,
    path,
    {
      test: (v, p) => (hc.test = healthTest(ctx, v, p)),
      interval: (v, p) => (hc.interval = duration(ctx, v, p)),
      timeout: (v, p) => (hc.timeout = duration(ctx, v, p)),
      start_period: (v, p) => (hc.startPeriod = duration(ctx, v, p)),
      start_interval: (v, p) => (hc.startInterval = duration(ctx, v, p)),
      retries: (v, p) => (hc.retries = int(ctx, v, p)),
      disable: (v, p) => (hc.disable = bool(ctx, v, p) ?? false),
    },
    'a healthcheck',
  );
  if (hc.test?.[0] === 'NONE') hc.disable = true;
  return compact(hc);
}

function healthTest(ctx: Ctx, node: Node, path: Path): string[] | undefined {
  if (node.kind === 'scalar' && typeof node.value === 'string')
    return node.value === '' ? ['NONE'] : ['CMD-SHELL', node.value];
  const list = stringList(ctx, node, path);
  if (!list) return undefined;
  if (list.length === 0 || !['CMD', 'CMD-SHELL', 'NONE'].includes(list[0]!)) {
    return expected(
      ctx,
      node,
      path,
      'a command string, or a list starting with "CMD", "CMD-SHELL" or "NONE"',
    );
  }
  if (list[0] === 'CMD-SHELL' && list.length !== 2)
    return expected(ctx, node, path, '["CMD-SHELL", "one shell command"]');
  return list;
}

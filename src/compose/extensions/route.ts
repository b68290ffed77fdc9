// x-aws-route (a port): the listener rule's paths, hosts and priority.
import type { ModelPath } from '../../errors.js';
import type { Extensions } from '../model.js';
import { X } from './names.js';
import { compactAws, type Reader } from './reader.js';
import type { RouteExtension } from './types.js';

export function decodeRoute(r: Reader, ext: Extensions, path: ModelPath): RouteExtension | undefined {
  const spec = r.object(ext, X.route, path);
  if (!spec) return undefined;
  const at = [...path, X.route];
  r.knownFields(spec, ['path', 'host', 'priority'], at, 'route');
  const paths = (r.stringList(spec, 'path', at) ?? []).map((p) => (p.startsWith('/') ? p : `/${p}`));
  const hosts = r.stringList(spec, 'host', at) ?? [];
  if (paths.length === 0 && hosts.length === 0) {
    r.report.error(at, `${X.route} needs a path or a host`);
    return undefined;
  }
  if (paths.length + hosts.length > 5)
    r.report.error(
      at,
      'a listener rule takes at most 5 path and host values in all (Elastic Load Balancing quota)',
    );
  return compactAws({ paths, hosts, priority: r.number(spec, 'priority', at, { min: 1, max: 50000 }) });
}

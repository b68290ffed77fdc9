// Cross-references the model: every depends_on, network, named volume, secret and config a
// service uses must be defined (compose's own consistency check).
import type { Diagnostics } from './diagnostics.js';
import type { Project, SourceMap } from './model.js';
import { originOf } from './normalize/read.js';

export function validateReferences(project: Project, sourceMap: SourceMap, diags: Diagnostics): void {
  const fail = (message: string, path: (string | number)[]) =>
    diags.error(message, path, sourceMap.locate(path));
  const defined = (section: string, names: object) =>
    Object.keys(names).join(', ') || `no ${section} are defined`;
  for (const [name, s] of Object.entries(project.services)) {
    for (const [dep, spec] of Object.entries(s.dependsOn)) {
      if (project.services[dep]) continue;
      if (spec.required)
        fail(
          `depends on service ${JSON.stringify(dep)}, which is not defined or not active (defined: ${defined('services', project.services)})`,
          ['services', name, 'depends_on', dep],
        );
      else delete s.dependsOn[dep];
    }
    for (const net of Object.keys(s.networks)) {
      if (net !== 'default' && !project.networks[net])
        fail(
          `uses network ${JSON.stringify(net)}, which is not defined under the top-level networks: (${defined('networks', project.networks)})`,
          ['services', name, 'networks', net],
        );
    }
    s.volumes.forEach((v, i) => {
      if (v.type === 'volume' && v.source !== undefined && !project.volumes[v.source]) {
        fail(
          `uses volume ${JSON.stringify(v.source)}, which is not defined under the top-level volumes: (${defined('volumes', project.volumes)})`,
          [...(originOf(v) ?? ['services', name, 'volumes', i])],
        );
      }
    });
    for (const kind of ['secrets', 'configs'] as const) {
      s[kind].forEach((ref, i) => {
        if (!project[kind][ref.source])
          fail(
            `uses ${kind.slice(0, -1)} ${JSON.stringify(ref.source)}, which is not defined under the top-level ${kind}: (${defined(kind, project[kind])})`,
            ['services', name, kind, i],
          );
      });
    }
  }
  // Compose creates the default network when a service uses it.
  if (!project.networks.default && Object.values(project.services).some((s) => s.networks.default)) {
    project.networks.default = { name: 'default', external: false, extensions: {} };
  }
}

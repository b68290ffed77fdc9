// bind-mounts-as-configs: a read-only bind mount of a file or directory inside the project becomes a
// config named after its path (Compose's production answer to a mounted nginx.conf), so a stock image
// needs no custom build. Writable mounts and paths outside the project stay errors: their content is
// either written by the container or not the project's to publish.
import { stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { Project, Service, VolumeMount } from './model.js';

type BindMount = Extract<VolumeMount, { type: 'bind' }>;

/** Whether each bind-mount source is a file or a directory (undefined: missing), for the ECS rules. */
export async function bindSourceKinds(project: Project): Promise<Map<string, 'file' | 'directory'>> {
  const kinds = new Map<string, 'file' | 'directory'>();
  for (const s of Object.values(project.services))
    for (const m of s.volumes) {
      if (m.type !== 'bind' || kinds.has(m.source)) continue;
      const found = await stat(m.source).catch(() => undefined);
      // Sockets and devices are neither: they can never become a config.
      if (found?.isDirectory()) kinds.set(m.source, 'directory');
      else if (found?.isFile()) kinds.set(m.source, 'file');
    }
  return kinds;
}

/** The source relative to the project directory, or undefined when it lies outside. */
function insideProject(project: Project, source: string): string | undefined {
  const rel = relative(project.workingDir, source);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
}

/** Why a bind mount cannot become a config, or undefined when it can. */
export function bindConfigRefusal(
  project: Project,
  mount: BindMount,
  kind: 'file' | 'directory' | undefined,
): string | undefined {
  if (!insideProject(project, mount.source))
    return 'it is outside the project directory, so it is not the project’s to publish';
  if (!mount.readOnly)
    return 'it is writable (a config is read-only: add :ro if the container only reads it)';
  if (!kind) return `${mount.source} is neither a file nor a directory`;
  return undefined;
}

/**
 * Turns the mount into a config reference of the service; the config is named after the path
 * (`./proxy/nginx.conf` → `proxy_nginx.conf`) and shared by every mount of the same path.
 */
export function bindMountToConfig(project: Project, service: Service, mount: BindMount): string {
  const rel = insideProject(project, mount.source)!;
  const base = rel.replace(/[^A-Za-z0-9._-]/g, '_');
  let name = base;
  for (let n = 2; project.configs[name] && project.configs[name]?.file !== mount.source; n++)
    name = `${base}_${n}`;
  project.configs[name] ??= {
    name,
    file: mount.source,
    external: false,
    extensions: {},
  };
  service.configs.push({ source: name, target: mount.target, extensions: {} });
  return name;
}

// bind-mounts-as-configs: a read-only bind mount of a file or directory inside the project becomes a
// config named after its path (Compose's production answer to a mounted nginx.conf), so a stock image
// needs no custom build. Writable mounts and paths outside the project stay errors: their content is
// either written by the container or not the project's to publish.
import type { ModelPath } from '../errors.js';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import type { Project, Service, VolumeMount } from './model.js';

type BindMount = Extract<VolumeMount, { type: 'bind' }>;

/** What a bind-mount source is on disk: a file or a directory (else missing, a socket, a device). */
export interface BindSource {
  kind?: 'file' | 'directory';
  /** Where it really is, symbolic links resolved (undefined: missing). */
  realPath?: string;
  /** The project directory, symbolic links resolved. */
  realProject: string;
}

/** What each bind-mount source is, for the ECS rules. */
export async function bindSources(project: Project): Promise<Map<string, BindSource>> {
  const realProject = await realpath(project.workingDir).catch(() => project.workingDir);
  const sources = new Map<string, BindSource>();
  for (const s of Object.values(project.services))
    for (const m of s.volumes) {
      if (m.type !== 'bind' || sources.has(m.source)) continue;
      const found = await stat(m.source).catch(() => undefined);
      const realPath = await realpath(m.source).catch(() => undefined);
      // Sockets and devices are neither: they can never become a config.
      const kind = found?.isDirectory() ? 'directory' : found?.isFile() ? 'file' : undefined;
      sources.set(m.source, { ...(kind ? { kind } : {}), ...(realPath ? { realPath } : {}), realProject });
    }
  return sources;
}

/** `path` relative to `dir`, '/'-separated, or undefined when it lies outside (or is `dir` itself). */
export function inside(dir: string, path: string): string | undefined {
  const rel = relative(dir, path);
  return rel && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
    ? rel.split(sep).join('/')
    : undefined;
}

/** Whether a '/'-separated path relative to the project lies in a `.git` directory (or is one). */
export function inGitMetadata(rel: string): boolean {
  return rel.split('/').includes('.git');
}

/** The source relative to the project directory, or undefined when it lies outside. */
function insideProject(project: Project, source: string): string | undefined {
  return inside(project.workingDir, source);
}

/** Why a bind mount cannot become a config, or undefined when it can. */
export function bindConfigRefusal(
  project: Project,
  mount: BindMount,
  source: BindSource | undefined,
): string | undefined {
  if (!insideProject(project, mount.source))
    return 'it is outside the project directory, so it is not the project’s to publish';
  // A symbolic link inside the project may lead anywhere (a pull request could point one at the runner's
  // credentials): what is published is where the link leads.
  if (source?.realPath && !inside(source.realProject, source.realPath))
    return `it is a symbolic link to ${relative(source.realProject, source.realPath)}, outside the project directory, so it is not the project’s to publish`;
  const real = source?.realPath && inside(source.realProject, source.realPath);
  if (inGitMetadata(insideProject(project, mount.source)!) || (real && inGitMetadata(real)))
    return `it is inside .git, the repository's metadata, not the project’s content (actions/checkout keeps the job's token in .git/config)`;
  const kind = source?.kind;
  if (!mount.readOnly)
    return 'it is writable (a config is read-only: add :ro if the container only reads it)';
  if (!kind) return `${mount.source} is neither a file nor a directory`;
  return undefined;
}

/**
 * Turns the mount into a config reference of the service; the config is named after the path
 * (`./proxy/nginx.conf` → `proxy_nginx.conf`) and shared by every mount of the same path.
 */
export function bindMountToConfig(
  project: Project,
  service: Service,
  mount: BindMount,
  at: ModelPath,
): string {
  const rel = insideProject(project, mount.source)!;
  const base = rel.replace(/[^A-Za-z0-9._-]/g, '_');
  let name = base;
  for (let n = 2; project.configs[name] && project.configs[name]?.file !== mount.source; n++)
    name = `${base}_${n}`;
  project.configs[name] ??= {
    name,
    file: mount.source,
    // A directory's files are read only where they really lie inside the project (config-contents.ts).
    bindMount: at,
    external: false,
    extensions: {},
  };
  service.configs.push({ source: name, target: mount.target, extensions: {} });
  return name;
}

// Every path a compose project names, held to the workspace (src/workspace.ts) before anything is read or
// built: a pull request's compose file could otherwise publish the runner's ~/.ssh as a secret, its
// $RUNNER_TEMP (where the registry login lives) as a build context, or .git/config (the job's token) as a
// config. Files the loader reads itself (env files, include, extends) are confined as they are read
// (file-access.ts). Reaching outside through the builder (the runner's SSH agent, host networking, a cache
// written anywhere on disk) is refused the same way; the operator's input allow-outside-workspace opts out.
// A privileged build is opt-in too (allow-privileged-builds).
import type { ModelPath } from '../errors.js';
import { isAbsolute, join, resolve } from 'node:path';
import { isRemoteContext } from './check-files.js';
import type { Diagnostics } from './diagnostics.js';
import { OUTSIDE_WORKSPACE_INPUT } from './file-access.js';
import type { Project, SourceMap } from './model.js';

/** additional_contexts values that name no local directory. */
const NAMED_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|docker-image:|service:|target:|oci-layout:)/i;

export interface WorkspacePolicy {
  /** Why a path may not be used (outside the workspace, inside .git), or undefined. */
  refusal: (path: string) => Promise<string | undefined>;
  allowOutside: boolean;
  /** `build.privileged: true` is opt-in (input allow-privileged-builds). */
  allowPrivileged: boolean;
}

interface NamedPath {
  what: string;
  path: string;
  at: ModelPath;
}

export async function checkWorkspacePaths(
  project: Project,
  sourceMap: SourceMap,
  diags: Diagnostics,
  policy: WorkspacePolicy,
): Promise<void> {
  const error = (message: string, at: ModelPath) => diags.error(message, at, sourceMap.locate(at));
  for (const named of namedPaths(project)) {
    const why = await policy.refusal(named.path);
    if (why) error(`${named.what} ${named.path} is not used: ${why}`, named.at);
  }
  const optOut = `(the input ${OUTSIDE_WORKSPACE_INPUT}: true allows it)`;
  for (const service of Object.values(project.services)) {
    const build = service.build;
    if (!build) continue;
    const base = ['services', service.name, 'build'];
    if ((build.privileged || build.entitlements?.includes('security.insecure')) && !policy.allowPrivileged)
      error(
        'a privileged build runs its RUN steps with every capability of the builder host (a pull request could take over the runner): the input allow-privileged-builds: true allows it',
        [...base, build.privileged ? 'privileged' : 'entitlements'],
      );
    if (policy.allowOutside) continue;
    (build.ssh ?? []).forEach((entry, i) => {
      if (entry.paths.length === 0)
        error(
          `ssh ${entry.id} forwards the runner's SSH agent (its deploy keys) into the build ${optOut}; name a key file inside the workspace instead`,
          [...base, 'ssh', i],
        );
    });
    if (build.network === 'host' || build.entitlements?.includes('network.host'))
      error(
        `network: host gives the build's RUN steps the runner's network (its metadata endpoint and local services) ${optOut}`,
        [...base, build.network === 'host' ? 'network' : 'entitlements'],
      );
  }
}

/** Local files and directories the project names: secrets, configs, build contexts and their parts. */
function namedPaths(project: Project): NamedPath[] {
  const out: NamedPath[] = [];
  for (const secret of Object.values(project.secrets))
    if (secret.file)
      out.push({ what: 'secret file', path: secret.file, at: ['secrets', secret.name, 'file'] });
  for (const config of Object.values(project.configs))
    // A config made from a bind mount is held to the project directory by bind-configs.ts.
    if (config.file && !config.bindMount)
      out.push({ what: 'config file', path: config.file, at: ['configs', config.name, 'file'] });
  for (const service of Object.values(project.services)) {
    const build = service.build;
    if (!build || isRemoteContext(build.context)) continue;
    const base = ['services', service.name, 'build'];
    out.push({ what: 'build context', path: build.context, at: [...base, 'context'] });
    if (build.dockerfileInline === undefined)
      out.push({
        what: 'Dockerfile',
        path: isAbsolute(build.dockerfile) ? build.dockerfile : join(build.context, build.dockerfile),
        at: [...base, 'dockerfile'],
      });
    for (const [name, source] of Object.entries(build.additionalContexts ?? {}))
      if (!NAMED_SOURCE.test(source))
        out.push({ what: 'additional context', path: source, at: [...base, 'additional_contexts', name] });
    (build.ssh ?? []).forEach((entry, i) => {
      for (const key of entry.paths) out.push({ what: 'ssh key', path: key, at: [...base, 'ssh', i] });
    });
    for (const [field, entries, key] of [
      ['cache_from', build.cacheFrom, 'src'],
      ['cache_to', build.cacheTo, 'dest'],
    ] as const)
      (entries ?? []).forEach((entry, i) => {
        const dir = localCacheDir(entry, key);
        if (dir !== undefined)
          out.push({
            what: `${field} directory`,
            path: resolve(project.workingDir, dir),
            at: [...base, field, i],
          });
      });
  }
  return out;
}

/** The directory of a `type=local,src=…`/`dest=…` cache entry (BuildKit's local cache), else undefined. */
function localCacheDir(entry: string, key: 'src' | 'dest'): string | undefined {
  const fields = new Map(
    entry.split(',').map((part) => {
      const eq = part.indexOf('=');
      return [part.slice(0, eq).trim(), part.slice(eq + 1).trim()] as const;
    }),
  );
  return fields.get('type') === 'local' ? (fields.get(key) ?? '') : undefined;
}

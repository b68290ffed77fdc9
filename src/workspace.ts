// "The workspace": the one directory a compose project may read files from. In the action it is
// GITHUB_WORKSPACE (where actions/checkout puts the repository); in the CLI the git repository around the
// working directory, else the working directory itself. A file a compose project names outside it (the
// runner's ~/.ssh, /proc/self/environ, $RUNNER_TEMP's registry login) or inside `.git` (actions/checkout
// keeps the job's token in .git/config) is not the project's to read.
import { existsSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** The workspace root: GITHUB_WORKSPACE when set, else the enclosing git repository's root, else `cwd`. */
export function workspaceRoot(env: NodeJS.ProcessEnv, cwd: string): string {
  if (env.GITHUB_WORKSPACE) return resolve(cwd, env.GITHUB_WORKSPACE);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    // `.git` is a directory in a clone and a file in a worktree or submodule.
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

export type WorkspaceCheck =
  | { inside: true; realPath: string; relative: string }
  | { inside: false; realPath: string; reason: string; gitMetadata: boolean };

/**
 * Whether `path`, symbolic links resolved, lies inside the workspace `root` and outside any `.git`
 * directory. A path that does not exist yet is judged by its deepest existing ancestor (a link there
 * still counts). `relative` is '/'-separated ('' for the root itself).
 */
export async function insideWorkspace(root: string, path: string): Promise<WorkspaceCheck> {
  const realRoot = await realpath(root).catch(() => resolve(root));
  const real = await realpathOfNearest(resolve(root, path));
  const rel = relative(realRoot, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return {
      inside: false,
      realPath: real,
      reason: `it is outside the workspace ${realRoot}`,
      gitMetadata: false,
    };
  const parts = rel === '' ? [] : rel.split(sep);
  if (parts.includes('.git'))
    return {
      inside: false,
      realPath: real,
      reason:
        'it is inside .git, the repository’s metadata (actions/checkout keeps the job’s token in .git/config)',
      gitMetadata: true,
    };
  return { inside: true, realPath: real, relative: parts.join('/') };
}

async function realpathOfNearest(path: string): Promise<string> {
  const rest: string[] = [];
  for (let dir = path; ;) {
    const real = await realpath(dir).catch(() => undefined);
    if (real !== undefined) return join(real, ...[...rest].reverse());
    if (dirname(dir) === dir) return path;
    rest.push(basename(dir));
    dir = dirname(dir);
  }
}

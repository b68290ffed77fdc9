// The workspace: the directory tree a run may read and publish from. In the action it is the checkout
// (GITHUB_WORKSPACE); in the CLI, the git repository around the working directory, else the directory itself.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function workspaceRoot(env: NodeJS.ProcessEnv, cwd: string): string {
  if (env.GITHUB_WORKSPACE) return resolve(env.GITHUB_WORKSPACE);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    // `.git` is a directory in a clone and a file in a worktree or submodule.
    if (existsSync(resolve(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

// Git URLs as build contexts (`https://host/repo.git#ref:dir`, `git@host:repo.git#ref`), as the
// engines take them. The fingerprint of such a context is the commit its ref points at right now.
import { UserError } from '../errors.js';
import { runCommand } from './command.js';

export interface GitContext {
  url: string;
  ref?: string;
  subdir?: string;
}

export function gitContext(context: string): GitContext | undefined {
  const [url, fragment = ''] = context.split('#', 2) as [string, string?];
  const isGit = /^(?:git:\/\/|git@|ssh:\/\/)/.test(url) || /^https?:\/\/.+\.git\/?$/.test(url);
  if (!isGit) return undefined;
  const [ref, subdir] = fragment.split(':', 2);
  return { url, ...(ref ? { ref } : {}), ...(subdir ? { subdir } : {}) };
}

/** The commit a Git context builds: its ref when that is a full commit id, else what the remote says. */
export async function gitCommit(context: GitContext): Promise<string> {
  if (context.ref && /^[0-9a-f]{40}$/.test(context.ref)) return context.ref;
  const ref = context.ref ?? 'HEAD';
  const result = await runCommand('git', ['ls-remote', '--', context.url, ref]).catch((err: Error) => {
    throw new UserError(`cannot run git to resolve the build context ${context.url}: ${err.message}`);
  });
  // Prefer an exact match (refs/heads/x, refs/tags/x, or HEAD); a peeled tag (^{}) names the commit itself.
  const lines = result.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t') as [string, string]);
  const peeled = lines.find(([, name]) => name.endsWith(`/${ref}^{}`));
  const exact = lines.find(([, name]) => name === ref || name.endsWith(`/${ref}`));
  const commit = (peeled ?? exact)?.[0];
  if (result.exitCode !== 0 || !commit)
    throw new UserError(
      `the build context ${context.url} has no ref "${ref}"${result.stderr.trim() ? `: ${result.stderr.trim()}` : ''}`,
    );
  return commit;
}

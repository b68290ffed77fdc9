import type { ReleaseStore } from './store.js';

/**
 * The GitHub Deployments store, loading Octokit on its first call (a chunk of its own): a plan, which
 * records nothing, never reads it (issue 13: start-up).
 */
export function lazyReleases(token: string, repository: { owner: string; repo: string }): ReleaseStore {
  let store: Promise<ReleaseStore> | undefined;
  const get = () => (store ??= import('./github-store.js').then((m) => m.githubReleases(token, repository)));
  return {
    create: async (release) => (await get()).create(release),
    setState: async (id, state, details) => (await get()).setState(id, state, details),
    list: async (environment, limit) => (await get()).list(environment, limit),
  };
}

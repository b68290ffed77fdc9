// The repository the run belongs to. @actions/github's `context.repo` throws when GITHUB_REPOSITORY is
// unset (a local run, a container action, a misconfigured runner); the action must then go on without
// what needs the repository (the PR comment, the run link, the repository tag) instead of crashing.
export interface Repository {
  owner: string;
  repo: string;
}

export function repositoryFrom(env: NodeJS.ProcessEnv): Repository | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
  return match ? { owner: match[1]!, repo: match[2]! } : undefined;
}

/** The link to this workflow run, when the runner says which run it is. */
export function runUrlFrom(env: NodeJS.ProcessEnv, repository: Repository | undefined): string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const runId = env.GITHUB_RUN_ID;
  return repository && runId
    ? `${server}/${repository.owner}/${repository.repo}/actions/runs/${runId}`
    : undefined;
}

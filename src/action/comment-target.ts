import type { context as githubContext } from '@actions/github';
import type { Logger } from '../log.js';
import type { CommentTarget } from '../github/pr-comment.js';
import { octokitFor } from '../github/octokit.js';
import type { Repository } from './repository.js';

type Context = typeof githubContext;

/**
 * Which pull request the report belongs to: the one that triggered the run, or, on a push
 * (after a merge), the pull request that brought the commit in, so its comment follows the rollout.
 */
export async function commentTarget(
  context: Context,
  repository: Repository,
  token: string | undefined,
  logger: Logger,
  /** A rollback: the commit of the release it restores, whose pull request gets the comment. */
  restoredSha?: string,
): Promise<CommentTarget | undefined> {
  const { owner, repo } = repository;
  const number = restoredSha
    ? undefined
    : (context.payload.pull_request?.number ?? context.payload.issue?.number);
  if (number) return { owner, repo, issueNumber: number };
  if ((context.eventName !== 'push' && !restoredSha) || !token) return undefined;
  const sha = restoredSha ?? context.sha;
  try {
    const octokit = octokitFor(token);
    const prs = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
      owner,
      repo,
      commit_sha: sha,
    });
    const merged = prs.data.find((pr) => pr.merged_at) ?? prs.data[0];
    return merged ? { owner, repo, issueNumber: merged.number } : undefined;
  } catch (err) {
    logger.debug(`no pull request found for ${sha}: ${(err as Error).message}`);
    return undefined;
  }
}

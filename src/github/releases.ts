import { octokitFor } from './pr-comment.js';

/** GitHub's deployment states (REST: "Create a deployment status"). */
export type ReleaseState =
  'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued' | 'pending';

export interface ReleaseSummary {
  id: number;
  sha: string;
  environment: string;
  createdAt: string;
  description?: string;
  /** The latest status; undefined when none was ever set. */
  state?: ReleaseState;
  /** The latest status's description (a rollback marks the release it went back from: ROLLED_BACK). */
  stateDescription?: string;
  /** The deployment's payload as GitHub returns it. */
  payload: unknown;
}

export interface NewRelease {
  environment: string;
  sha: string;
  description: string;
  /** A preview environment that goes away (transient_environment). */
  transient: boolean;
  payload: Record<string, unknown>;
}

/** Releases as GitHub Deployments: the edge the release steps need, faked with types in unit tests. */
export interface ReleaseStore {
  create(release: NewRelease): Promise<number>;
  setState(
    id: number,
    state: ReleaseState,
    details?: { description?: string; logUrl?: string; environmentUrl?: string },
  ): Promise<void>;
  /** The environment's releases, newest first, each with its latest state; at most `limit`. */
  list(environment: string, limit: number): Promise<ReleaseSummary[]>;
}

/** How the status a rollback puts on the release it went back from begins (`inactive` alone is not that). */
export const ROLLED_BACK = 'rolled back:';

/** A deployment status description is at most 140 characters (GitHub answers 422 past it). */
export function statusDescription(text: string): string {
  return text.length <= 140 ? text : `${text.slice(0, 139)}…`;
}

/** The store over GitHub's REST API (GITHUB_API_URL: github.com, GHES, or the local stand-in). */
export function githubReleases(token: string, repository: { owner: string; repo: string }): ReleaseStore {
  const octokit = octokitFor(token);
  return {
    async create(release) {
      const response = await octokit.rest.repos.createDeployment({
        ...repository,
        ref: release.sha,
        environment: release.environment,
        description: statusDescription(release.description),
        // Without it GitHub answers 409 while the run's own checks are still pending (which they are).
        required_contexts: [],
        auto_merge: false,
        transient_environment: release.transient,
        payload: release.payload as never,
      });
      const id = (response.data as { id?: number }).id;
      if (typeof id !== 'number')
        throw new Error(
          `GitHub did not create the deployment: ${(response.data as { message?: string }).message}`,
        );
      return id;
    },
    async setState(id, state, details = {}) {
      await octokit.rest.repos.createDeploymentStatus({
        ...repository,
        deployment_id: id,
        state,
        ...(details.description ? { description: statusDescription(details.description) } : {}),
        ...(details.logUrl ? { log_url: details.logUrl } : {}),
        ...(details.environmentUrl ? { environment_url: details.environmentUrl } : {}),
        // Older releases keep their own last state: a rollback must tell a good release from a failed one.
        auto_inactive: false,
      });
    },
    async list(environment, limit) {
      const out: ReleaseSummary[] = [];
      for await (const page of octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
        ...repository,
        environment,
        per_page: Math.min(100, limit),
      })) {
        for (const d of page.data) {
          if (out.length >= limit) break;
          const statuses = await octokit.rest.repos.listDeploymentStatuses({
            ...repository,
            deployment_id: d.id,
            per_page: 1,
          });
          out.push({
            id: d.id,
            sha: d.sha,
            environment: d.environment,
            createdAt: d.created_at,
            ...(d.description ? { description: d.description } : {}),
            ...(statuses.data[0] ? { state: statuses.data[0].state as ReleaseState } : {}),
            ...(statuses.data[0]?.description ? { stateDescription: statuses.data[0].description } : {}),
            payload: d.payload,
          });
        }
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}

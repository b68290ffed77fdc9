// Where releases are kept, as the release steps see it: GitHub Deployments in the action and the CLI
// (github-store.ts, loaded lazily by lazy-store.ts), a typed fake in unit tests.

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

/** The narrow edge the release steps call. */
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

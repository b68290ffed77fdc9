// The runner's own variables: its credentials (never interpolated into a compose project, see
// environment.ts) and the values to hide before a project is loaded. No dependencies, so the CLI can use
// it before the pipeline loads.

/** AWS variables that carry credentials (the SDKs' credential chain), not settings like AWS_REGION. */
const AWS_CREDENTIALS = new Set([
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
]);
/** The runner's own: its job token, runtime and OIDC request tokens, the step's inputs, its directories. */
const RUNNER_PREFIXES = ['ACTIONS_', 'INPUT_', 'RUNNER_'];
const RUNNER_NAMES = new Set(['GITHUB_TOKEN', 'GH_TOKEN']);

/** Why a variable is never read by a compose project, or undefined when it may be. */
export function runnerCredential(name: string): string | undefined {
  if (AWS_CREDENTIALS.has(name) || RUNNER_NAMES.has(name) || RUNNER_PREFIXES.some((p) => name.startsWith(p)))
    return 'is the runner’s (AWS credentials, GITHUB_TOKEN, ACTIONS_*, INPUT_*, RUNNER_*), never the project’s: pass what the project needs under a name of its own';
  return undefined;
}

/** Names whose values are secret by the look of them, whatever a compose file later says. */
const SECRET_LIKE_NAME = /pass|secret|token|credential|private|_key$|^key$|_key_|apikey|auth|signature|dsn/i;
/** Shorter values would match by accident everywhere. */
const MIN_REDACTED_LENGTH = 4;

/**
 * Values to hide from the log, the comment and the summary before anything is loaded: a load can fail
 * with an error quoting a value before the project says which variables are its secrets. The runner's
 * credentials and every variable whose name looks secret (DB_PASSWORD, NPM_TOKEN, API_KEY).
 */
export function redactionsBeforeLoad(environment: Record<string, string | undefined>): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(environment))
    if (
      value &&
      value.length >= MIN_REDACTED_LENGTH &&
      (SECRET_LIKE_NAME.test(name) || (runnerCredential(name) && !/^(RUNNER|INPUT)_/.test(name)))
    )
      values.add(value);
  return [...values].sort((a, b) => b.length - a.length);
}

import { UserError } from '../errors.js';
import { AccessDenied, Throttled, type SdkErrorLike } from './failures.js';

export function errorName(err: unknown): string {
  const e = err as SdkErrorLike;
  return e?.name ?? e?.code ?? '';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Turns an AWS SDK failure into one clear line that says what failed and what to do next.
 * The common first-run problems (no credentials, no region, endpoint unreachable, access denied)
 * get a specific hint; anything else keeps the service's own message.
 */
export function awsFailure(action: string, err: unknown): UserError {
  if (err instanceof UserError) return err;
  const name = errorName(err);
  const message = errorMessage(err);
  const code = (err as SdkErrorLike)?.code ?? '';
  let hint = '';
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    hint =
      'no AWS credentials were found: add aws-actions/configure-aws-credentials before this step (OIDC), or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY';
  } else if (/Region is missing/i.test(message)) {
    hint = 'no AWS region: set the aws-region input or AWS_REGION';
  } else if (['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET'].includes(code)) {
    hint = `the AWS endpoint is unreachable (${code}${process.env.AWS_ENDPOINT_URL ? ` at ${process.env.AWS_ENDPOINT_URL}` : ''})`;
  } else if (err instanceof AccessDenied) {
    hint = `access denied: the role needs ${err.missingAction ?? 'the permission for this call'} (see the README's IAM policy)`;
  } else if (err instanceof Throttled) {
    hint = `AWS throttled ${err.operation} through every retry: fewer jobs against this account at once, or a higher quota`;
  }
  const detail = hint ? `${hint} [${name || code}: ${message}]` : `${name ? `${name}: ` : ''}${message}`;
  return new UserError(`${action} failed: ${detail}`);
}

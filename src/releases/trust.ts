// What a rollback trusts: the account, not GitHub. Anyone with `deployments: write` (a pull request's job
// among them: every job using GITHUB_TOKEN creates deployments as github-actions[bot]) can create a
// deployment whose payload looks like a release. So the deploy role records the hash of each release
// record where only it can write, SSM Parameter Store under /compose-ecs/STACK/releases/ (the plan
// role's policy grants nothing there), and a rollback restores a record only when its hash is recorded.
// Records too large for the payload live in template-bucket under compose-ecs/STACK/releases/, a prefix
// the plan role cannot write either; reads are confined to it. The hash is taken over the stored bytes,
// before anything is decompressed or parsed.
import { createHash } from 'node:crypto';
import type { ParameterStore, TemplateStore } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import { decodeRelease, readPayload, type ReleaseRecord } from './payload.js';
import type { ReleaseSummary } from './store.js';

/** sha256 (hex) of a release record as stored: the gzip bytes of the payload or the S3 object. */
export function releaseHash(compressed: Buffer): string {
  return createHash('sha256').update(compressed).digest('hex');
}

/** The SSM parameter whose existence vouches for a record: only the deploy role may write here. */
export function releaseParameterName(stack: string, hash: string): string {
  return `/compose-ecs/${stack}/releases/${hash}`;
}

/** Where large records go in template-bucket, and the only place a rollback reads them from. */
export function releaseObjectPrefix(stack: string): string {
  return `compose-ecs/${stack}/releases/`;
}

/** Records the hash of a release the deploy role is recording (PutParameter without overwrite). */
export async function vouchForRelease(
  parameters: ParameterStore,
  record: Pick<ReleaseRecord, 'stack' | 'sha' | 'environment' | 'templateHash'>,
  compressed: Buffer,
): Promise<string> {
  const name = releaseParameterName(record.stack, releaseHash(compressed));
  try {
    await parameters.create({
      name,
      // Metadata only, for people reading the parameter: the name is what vouches.
      value: JSON.stringify({
        sha: record.sha,
        environment: record.environment,
        template: record.templateHash,
      }),
      description: `compose-ecs release of ${record.stack} (${record.sha.slice(0, 7)}) recorded by the deploy role`,
      tags: { 'compose-ecs:stack': record.stack },
    });
  } catch (err) {
    // The same record deployed again (same commit, template, parameters and versions): already vouched for.
    if ((err as { name?: string }).name !== 'ParameterAlreadyExists') throw err;
  }
  return name;
}

export type VerifiedRecord = { verified: true; record: ReleaseRecord } | { verified: false; why: string };

/**
 * The deployment's record if the account vouches for it, else why not. `stack` is the stack the rollback
 * restores (stack-name, else the payload's): the parameter is looked up under it, so a record of
 * another stack is never vouched for by this one's releases.
 */
export async function verifiedRecord(
  deps: { parameters: ParameterStore; templates: TemplateStore; templateBucket?: string },
  release: ReleaseSummary,
  stack: string,
): Promise<VerifiedRecord> {
  const stored = readPayload(release.payload)!.release;
  let bytes: Buffer;
  if (stored.storage === 'inline') bytes = Buffer.from(stored.data, 'base64');
  else {
    const prefix = releaseObjectPrefix(stack);
    const name = stored.key.slice(prefix.length);
    if (!stored.key.startsWith(prefix) || !/^[0-9a-f]{64}\.json\.gz$/.test(name))
      return {
        verified: false,
        why: `its record is at s3://${stored.bucket}/${stored.key}, outside ${prefix}`,
      };
    if (deps.templateBucket && stored.bucket !== deps.templateBucket)
      return {
        verified: false,
        why: `its record is in bucket ${stored.bucket}, not template-bucket ${deps.templateBucket}`,
      };
    bytes = Buffer.from(
      await deps.templates.get(stored.bucket, stored.key).catch((err: unknown) => {
        throw awsFailure(`reading the release from s3://${stored.bucket}/${stored.key}`, err);
      }),
    );
  }
  const parameter = releaseParameterName(stack, releaseHash(bytes));
  const found = await deps.parameters.existing([parameter]).catch((err: unknown) => {
    throw awsFailure(`SSM GetParameters ${parameter}`, err);
  });
  if (!found.has(parameter))
    return {
      verified: false,
      why: `the deploy role never recorded its hash (no SSM parameter ${parameter})`,
    };
  let record: ReleaseRecord;
  try {
    record = decodeRelease(bytes);
  } catch (err) {
    return { verified: false, why: (err as Error).message };
  }
  if (record.stack !== stack) return { verified: false, why: `it is a release of stack ${record.stack}` };
  return { verified: true, record };
}

import { createHash } from 'node:crypto';
import { gzipSync, gunzipSync } from 'node:zlib';

/** A file secret's value as the release ran it: the secret's ARN and the version its tasks pinned. */
export interface SecretVersion {
  secret: string;
  arn: string;
  versionId: string;
}

/** Everything a rollback needs, independent of the checkout and of the action's version. */
export interface ReleaseRecord {
  version: 1;
  stack: string;
  region: string;
  environment: string;
  project: string;
  sha: string;
  composeFiles: string[];
  /** service name → image reference pinned by digest */
  images: Record<string, string>;
  /** Images the template adds besides the services' (the secrets/DNS init containers'), by container name. */
  helperImages?: Record<string, string>;
  /** sha256 of templateBody. */
  templateHash: string;
  /** The compact template body exactly as CloudFormation received it. */
  templateBody: string;
  /** Every parameter value the change set was made with, but NoEcho ones (never recorded: see noEcho). */
  parameters: Record<string, string>;
  /** NoEcho parameters: their values are secret, so a rollback takes them from parameter-overrides again. */
  noEcho: string[];
  secretVersions: SecretVersion[];
  /**
   * What CloudFormation resolved SSM-typed parameters to for this release (GpuAmiId: the ECS GPU-optimized
   * AMI id the instances boot). A rollback cannot pass them back (the parameter takes an SSM name), so they
   * are a record of what ran.
   */
  resolvedParameters?: Record<string, string>;
}

/** Where the record lives: in the deployment's payload, or in template-bucket when it is too large. */
export type StoredRelease =
  | { storage: 'inline'; encoding: 'gzip+base64'; data: string }
  | { storage: 's3'; encoding: 'gzip'; bucket: string; key: string; reason: string };

/** The deployment payload: a small summary any reader can show, and where the full record is. */
export interface ReleasePayload {
  'compose-ecs': {
    version: 1;
    stack: string;
    region: string;
    sha: string;
    templateHash: string;
    images: Record<string, string>;
    release: StoredRelease;
  };
}

/**
 * GitHub documents no size limit for a deployment's payload; we keep the compressed record well under
 * 64 KiB so the create call never fails on size, and put larger ones where large templates already go
 * (template-bucket), under a key named by the record's hash.
 */
export const INLINE_PAYLOAD_LIMIT = 60 * 1024;

export function templateHash(body: string): string {
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}

export function compressRelease(record: ReleaseRecord): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(record), 'utf8'));
}

/** The payload for a record, inline when it fits; otherwise `bucket` must be given (the caller uploads). */
export function releasePayload(
  record: ReleaseRecord,
  bucket: string | undefined,
  limit = INLINE_PAYLOAD_LIMIT,
): { payload: ReleasePayload; compressed: Buffer; upload?: { bucket: string; key: string; body: Buffer } } {
  const compressed = compressRelease(record);
  const data = compressed.toString('base64');
  const summary = {
    version: 1 as const,
    stack: record.stack,
    region: record.region,
    sha: record.sha,
    templateHash: record.templateHash,
    images: record.images,
  };
  if (data.length <= limit)
    return {
      payload: {
        'compose-ecs': { ...summary, release: { storage: 'inline', encoding: 'gzip+base64', data } },
      },
      compressed,
    };
  const reason = `the compressed release is ${data.length} bytes in base64, over the ${limit}-byte inline payload limit`;
  if (!bucket) throw new Error(`${reason}: set template-bucket so the release can be stored in S3`);
  // Named by the whole record, not the template: releases of the same template differ in their
  // parameters and secret versions (and a rollback records the template it restores again).
  const key = `compose-ecs/${record.stack}/releases/${createHash('sha256').update(compressed).digest('hex')}.json.gz`;
  return {
    payload: {
      'compose-ecs': { ...summary, release: { storage: 's3', encoding: 'gzip', bucket, key, reason } },
    },
    compressed,
    upload: { bucket, key, body: compressed },
  };
}

/** The payload of a deployment compose-ecs made; undefined for any other deployment. */
export function readPayload(payload: unknown): ReleasePayload['compose-ecs'] | undefined {
  const parsed = typeof payload === 'string' ? safeJson(payload) : payload;
  const inner = (parsed as Partial<ReleasePayload> | undefined)?.['compose-ecs'];
  return inner && typeof inner === 'object' && inner.version === 1 && inner.release ? inner : undefined;
}

export function decodeRelease(compressed: Buffer): ReleaseRecord {
  const record = JSON.parse(gunzipSync(compressed).toString('utf8')) as ReleaseRecord;
  if (record.version !== 1 || typeof record.templateBody !== 'string' || typeof record.sha !== 'string')
    throw new Error('the release record lacks the template body or the commit sha');
  if (templateHash(record.templateBody) !== record.templateHash)
    throw new Error('the release record is damaged: its template does not match its hash');
  return record;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

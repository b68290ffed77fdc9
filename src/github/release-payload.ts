import { gzipSync, gunzipSync } from 'node:zlib';

/** Everything a rollback needs, independent of the checkout and of the action's version. */
export interface ReleaseRecord {
  stack: string;
  region: string;
  sha: string;
  composeFiles: string[];
  /** service name → image reference pinned by digest */
  images: Record<string, string>;
  templateHash: string;
  templateBody: string;
  parameters: Record<string, string>;
}

/** Where the template body and parameters of a release live. */
export type StoredRelease =
  { storage: 'inline'; encoding: 'gzip+base64'; data: string } | { storage: 's3'; reason: string };

/**
 * GitHub does not document a size limit for a deployment's payload; we keep the compressed record
 * well under 64 KiB so the create call never fails on size, and store larger ones in template-bucket.
 */
export const INLINE_PAYLOAD_LIMIT = 60 * 1024;

export function encodeRelease(record: ReleaseRecord, limit = INLINE_PAYLOAD_LIMIT): StoredRelease {
  const data = gzipSync(Buffer.from(JSON.stringify(record), 'utf8')).toString('base64');
  if (data.length <= limit) return { storage: 'inline', encoding: 'gzip+base64', data };
  return {
    storage: 's3',
    reason: `the compressed release is ${data.length} bytes, over the ${limit}-byte inline payload limit`,
  };
}

export function decodeRelease(stored: { encoding: string; data: string }): ReleaseRecord {
  if (stored.encoding !== 'gzip+base64') {
    throw new Error(`unknown release payload encoding "${stored.encoding}"`);
  }
  const record = JSON.parse(gunzipSync(Buffer.from(stored.data, 'base64')).toString('utf8')) as ReleaseRecord;
  if (typeof record.templateBody !== 'string' || typeof record.sha !== 'string') {
    throw new Error('release payload lacks the template body or the commit sha');
  }
  return record;
}

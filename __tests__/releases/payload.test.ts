import { gzipSync } from 'node:zlib';
import {
  decodeRelease,
  readPayload,
  releasePayload,
  templateHash,
  type ReleaseRecord,
} from '../../src/releases/payload.js';

const body = JSON.stringify({ Resources: { Cluster: { Type: 'AWS::ECS::Cluster' } } });
const record: ReleaseRecord = {
  version: 1,
  stack: 'shop',
  region: 'us-east-1',
  environment: 'staging',
  project: 'shop',
  sha: 'a'.repeat(40),
  composeFiles: ['compose.yaml'],
  images: { web: `registry/web@sha256:${'b'.repeat(64)}` },
  templateHash: templateHash(body),
  templateBody: body,
  parameters: { Subnets: 'subnet-1' },
  noEcho: [],
  secretVersions: [{ secret: 'db', arn: 'arn:aws:secretsmanager:us-east-1:1:secret:db', versionId: 'v1' }],
};

describe('release payload', () => {
  it('round-trips a release inline, byte for byte, with a summary any reader can show', () => {
    const { payload, upload } = releasePayload(record, undefined);
    expect(upload).toBeUndefined();
    const inner = readPayload(JSON.parse(JSON.stringify(payload)))!;
    expect(inner).toMatchObject({
      stack: 'shop',
      sha: record.sha,
      templateHash: record.templateHash,
      images: record.images,
    });
    if (inner.release.storage !== 'inline') throw new Error('expected inline');
    expect(decodeRelease(Buffer.from(inner.release.data, 'base64'))).toEqual(record);
  });

  it('sends a release over the limit to template-bucket under the hash of the whole record, and says why', () => {
    const { payload, upload } = releasePayload(record, 'templates', 10);
    const stored = payload['compose-ecs'].release;
    if (stored.storage !== 's3') throw new Error('expected s3');
    expect(stored.reason).toMatch(/over the 10-byte inline payload limit/);
    expect(upload?.key).toMatch(/^compose-ecs\/shop\/releases\/[a-f0-9]{64}\.json\.gz$/);
    expect(stored.key).toBe(upload?.key);
    expect(decodeRelease(upload!.body)).toEqual(record);
  });

  it('two releases of the same template (only a secret version or a parameter changed) never share an object', () => {
    // Keyed by the template hash alone, the later release overwrote the earlier one's record, and a
    // rollback to the earlier one restored the later one's secret versions and parameters.
    const later: ReleaseRecord = {
      ...record,
      sha: 'c'.repeat(40),
      secretVersions: [{ ...record.secretVersions[0]!, versionId: 'v2' }],
    };
    const first = releasePayload(record, 'templates', 10).upload!;
    const second = releasePayload(later, 'templates', 10).upload!;
    expect(second.key).not.toBe(first.key);
    expect(decodeRelease(first.body).secretVersions[0]!.versionId).toBe('v1');
  });

  it('without a bucket a release too large for the payload is an error that names the input', () => {
    expect(() => releasePayload(record, undefined, 10)).toThrow(/set template-bucket/);
  });

  it('refuses a record whose template does not match its hash', () => {
    const damaged = gzipSync(Buffer.from(JSON.stringify({ ...record, templateBody: '{}' })));
    expect(() => decodeRelease(damaged)).toThrow(/does not match its hash/);
  });

  it('ignores deployments compose-ecs did not make (a payload string GitHub returns, or another tool)', () => {
    expect(readPayload('')).toBeUndefined();
    expect(readPayload({ deploy: 'x' })).toBeUndefined();
    expect(readPayload(JSON.stringify(releasePayload(record, undefined).payload))?.stack).toBe('shop');
  });
});

import { gzipSync } from 'node:zlib';
import {
  decodeRelease,
  readPayload,
  releasePayload,
  templateHash,
  type ReleaseRecord,
} from '../../src/github/release-payload.js';

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

  it('sends a release over the limit to template-bucket under its template hash, and says why', () => {
    const { payload, upload } = releasePayload(record, 'templates', 10);
    const stored = payload['compose-ecs'].release;
    if (stored.storage !== 's3') throw new Error('expected s3');
    expect(stored.reason).toMatch(/over the 10-byte inline payload limit/);
    expect(upload?.key).toBe(`compose-ecs/shop/releases/${record.templateHash.slice(7)}.json.gz`);
    expect(decodeRelease(upload!.body)).toEqual(record);
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

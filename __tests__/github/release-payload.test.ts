import { decodeRelease, encodeRelease, type ReleaseRecord } from '../../src/github/release-payload.js';

const record: ReleaseRecord = {
  stack: 'shop',
  region: 'us-east-1',
  sha: 'a'.repeat(40),
  composeFiles: ['compose.yaml'],
  images: { web: `registry/web@sha256:${'b'.repeat(64)}` },
  templateHash: 'c'.repeat(64),
  templateBody: JSON.stringify({ Resources: { Cluster: { Type: 'AWS::ECS::Cluster' } } }),
  parameters: { Subnets: 'subnet-1' },
};

describe('release payload', () => {
  it('round-trips a release inline, byte for byte', () => {
    const stored = encodeRelease(record);
    if (stored.storage !== 'inline') throw new Error(`expected inline, got ${stored.storage}`);
    expect(decodeRelease(stored)).toEqual(record);
  });

  it('sends a release over the limit to S3 and says why', () => {
    const stored = encodeRelease(record, 10);
    expect(stored.storage).toBe('s3');
    if (stored.storage === 's3') expect(stored.reason).toMatch(/over the 10-byte inline payload limit/);
  });

  it('refuses an unknown encoding', () => {
    expect(() => decodeRelease({ encoding: 'zstd', data: '' })).toThrow(
      /unknown release payload encoding "zstd"/,
    );
  });
});

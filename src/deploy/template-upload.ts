import { createHash } from 'node:crypto';
import type { TemplateStore } from '../aws/edge.js';
import { awsFailure } from '../aws/errors.js';
import { UserError } from '../errors.js';
import { templateBodyTooLarge } from '../template/convert.js';

export type TemplateSource = { templateBody: string } | { templateUrl: string };

/**
 * Inline up to CloudFormation's 51,200 bytes; past that the template goes to the S3 bucket the
 * user named, under a content-addressed key, and the change set reads it from its URL (1 MB limit).
 */
export async function templateSource(
  body: string,
  upload: { store: TemplateStore; bucket?: string; stackName: string; region: string },
): Promise<TemplateSource> {
  if (!templateBodyTooLarge(body)) return { templateBody: body };
  const bucket = requireBucket(body, upload.bucket);
  const key = `compose-ecs/${upload.stackName}/${createHash('sha256').update(body).digest('hex')}.json`;
  try {
    await upload.store.put(bucket, key, body);
  } catch (err) {
    throw awsFailure(`uploading the template to s3://${bucket}/${key}`, err);
  }
  return { templateUrl: `https://${bucket}.s3.${upload.region}.amazonaws.com/${key}` };
}

/** A body over the inline limit needs the bucket (and at most 1 MB); says what to set otherwise. */
export function requireBucket(body: string, bucket: string | undefined): string {
  const bytes = Buffer.byteLength(body);
  if (!bucket) {
    throw new UserError(
      `the template is ${bytes} bytes, over CloudFormation's inline limit of 51,200: set the template-bucket input to an S3 bucket the role may write to`,
    );
  }
  if (bytes > 1_000_000)
    throw new UserError(`the template is ${bytes} bytes, over CloudFormation's limit of 1 MB`);
  return bucket;
}

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { TemplateStore } from '../edge.js';

export function sdkTemplates(s3: S3Client): TemplateStore {
  return {
    async put(Bucket, Key, Body) {
      // Templates are JSON; release records are gzip-compressed JSON.
      const ContentType = typeof Body === 'string' ? 'application/json' : 'application/gzip';
      await s3.send(new PutObjectCommand({ Bucket, Key, Body, ContentType }));
    },
    async get(Bucket, Key) {
      const out = await s3.send(new GetObjectCommand({ Bucket, Key }));
      if (!out.Body) throw new Error(`s3://${Bucket}/${Key} is empty`);
      return out.Body.transformToByteArray();
    },
    async keys(Bucket, Prefix) {
      const keys: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const out = await s3.send(new ListObjectsV2Command({ Bucket, Prefix, ContinuationToken }));
        for (const o of out.Contents ?? []) if (o.Key) keys.push(o.Key);
        ContinuationToken = out.IsTruncated ? out.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return keys;
    },
    async remove(Bucket, keys) {
      // DeleteObjects takes at most 1,000 keys per request.
      for (let i = 0; i < keys.length; i += 1000) {
        const out = await s3.send(
          new DeleteObjectsCommand({
            Bucket,
            Delete: { Objects: keys.slice(i, i + 1000).map((Key) => ({ Key })), Quiet: true },
          }),
        );
        const failed = out.Errors?.[0];
        if (failed) throw new Error(`s3://${Bucket}/${failed.Key}: ${failed.Code} ${failed.Message}`);
      }
    },
  };
}

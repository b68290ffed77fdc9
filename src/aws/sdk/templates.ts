import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
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
  };
}
